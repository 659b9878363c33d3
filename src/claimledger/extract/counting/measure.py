"""Stage 2 of counting: what kind of figure it is (the SPEC's measure vocabulary).

Evidence in order of strength: the counted phrase's own modifiers ("33 leicht verletzten
Flüchtlingen" are wounded, whatever Flüchtlinge carry), the counted noun (Tote -> killed,
also as a compound head: "Erdbebentote"), a noun governing the figure ("den Tod von 100"),
the predicate of the figure's own clause — the one after the figure first, because German puts
participles and subordinate verbs last — then an earlier clause of the sentence, then the
unit (money is an amount, a percentage a share). Predicates about people never measure things
("kämpfen in vier Gewichtsklassen" is no troop presence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.counting.lexicon import CountLexicon

CASUALTY_FAMILY = frozenset({"killed", "wounded", "casualties"})
MILITARY_MEASURES = CASUALTY_FAMILY | {"deployed", "present", "planned", "captured", "missing"}
PERSON_MEASURES = MILITARY_MEASURES | {"displaced", "cases", "hospitalised", "participants"}
DEPLOYMENT_MEASURES = frozenset({"deployed", "present", "planned"})
# what counts people as heads (a measurement with a unit of its own is none of these)
PEOPLE_COUNTS = PERSON_MEASURES | {"size"}
YEAR_UNIT = "year"
# what a sum of money can measure (SPEC: money that is not aid or damage is an amount)
MONEY_MEASURES = frozenset({"amount", "aid", "damage"})
PERSON_UNIT = "person"
FACTOR_UNIT = "factor"
TIMES_UNIT = "times"  # "zweimal": how often, no measurement
# units of a tally that a verb of change changes like a share ("verlor zwei Punkte")
TALLY_UNITS = frozenset({"points"})
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")  # units are ISO 4217 codes for money


@dataclass
class PredicateQuery:
    """What the predicate search needs to know about the figure."""

    fig_start: int
    fig_end: int
    unit: str | None
    people: bool        # the counted phrase names people (or nothing: a bare head count)
    thing: bool         # the counted phrase names a thing: person-only predicates don't apply
    excludes: frozenset[str] = frozenset()  # measures the counted noun rules out
    noun: str | None = None  # the counted noun's table, for predicates that name what they apply to


def nearest_predicate(lex: CountLexicon, text: str, preds: list[re.Match[str]], start: int, end: int,
                      q: PredicateQuery, after_first: bool = False) -> str | None:
    """Nearest predicate to the figure within [start, end); coordinated casualty words
    ("getötet oder verwundet") count casualties."""
    best: tuple[tuple[int, int], re.Match[str]] | None = None
    # a word inside the figure itself ("[figure missing]") predicates nothing about it
    matches = [m for m in preds if start <= m.start() and m.end() <= end
               and not q.fig_start <= m.start() < q.fig_end]
    for m in matches:
        if not _applies(lex, m.lastgroup or "", q):
            continue
        before = m.end() <= q.fig_start
        d = q.fig_start - m.end() if before else max(0, m.start() - q.fig_end)
        rank = (1 if (after_first and before) else 0, d)
        if best is None or rank < best[0]:
            best = (rank, m)
    if best is None:
        return None
    m = best[1]
    measure = pred_measure(lex, m.lastgroup)
    if measure in CASUALTY_FAMILY and _coordinated_casualties(lex, text, m, matches, measure):
        return "casualties"
    if measure == "size" and q.unit not in (None, PERSON_UNIT):
        return None
    return measure


def predicate_group(lex: CountLexicon, preds: list[re.Match[str]], start: int, end: int) -> str | None:
    """The group a predicate of the clause names by itself ("wählten": voters), if any."""
    for m in preds:
        if start <= m.start() and m.end() <= end:
            group = lex.pred_meta.get(m.lastgroup or "", {}).get("group")
            if group:
                return group
    return None


def pred_measure(lex: CountLexicon, key: str | None) -> str:
    """The measure a predicate table stands for (its ``measure``, else its name)."""
    return lex.pred_meta.get(key or "", {}).get("measure", key or "other")


def _applies(lex: CountLexicon, key: str, q: PredicateQuery) -> bool:
    meta = lex.pred_meta[key]
    measure = meta.get("measure", key)
    if meta.get("units") and q.unit not in meta["units"]:
        return False
    if q.unit in meta.get("not_units", ()):
        return False  # a store's "Kapazität von 15 TB" processes nothing
    if meta.get("nouns") and q.noun not in meta["nouns"]:
        return False  # "Stellen streichen" plans a cut; "sich aus zehn Ländern zurückziehen" does not
    if q.people and meta.get("not_people"):
        return False
    if q.thing and (meta.get("people_only") or measure in CASUALTY_FAMILY):
        return False
    if meta.get("needs_people") and not q.people:
        return False
    if measure in q.excludes:
        return False
    if q.unit not in (None, PERSON_UNIT, FACTOR_UNIT) and measure in PERSON_MEASURES and measure != "deployed":
        return False  # "drei Prozent" are never killed
    return True


def _coordinated_casualties(lex: CountLexicon, text: str, m: re.Match[str],
                            matches: list[re.Match[str]], measure: str) -> bool:
    for o in matches:
        om = pred_measure(lex, o.lastgroup)
        if o is m or om not in CASUALTY_FAMILY or om == measure:
            continue
        a, b = (m, o) if m.start() < o.start() else (o, m)
        if lex.coord_re.match(text[a.end():b.start()]):
            return True
    return False


def noun_measure(lex: CountLexicon, text: str, key: str | None, np_end: int, win_end: int) -> tuple[str | None, int]:
    """The measure a counted noun carries; two different casualty nouns coordinated
    ("4.000 Verletzten und Toten") count casualties. Returns the measure and the end of the
    noun phrase."""
    measure = lex.noun_meta.get(key or "", {}).get("measure")
    if measure is None:
        return None, np_end
    end = min(win_end, np_end + 30)
    m2 = lex.noun_scan.within(text, np_end, end).search(text, np_end, end)
    if m2 and lex.coord_re.match(text[np_end:m2.start()]):
        other = lex.noun_meta[m2.lastgroup or ""].get("measure")
        if measure in CASUALTY_FAMILY and other in CASUALTY_FAMILY and other != measure:
            measure = "casualties"
        return measure, m2.end()
    return measure, np_end


def modifier_measure(lex: CountLexicon, preds: list[re.Match[str]], start: int, end: int) -> str | None:
    """A participle between the figure and its noun ("33 leicht verletzten Flüchtlingen")."""
    for m in preds:
        if start <= m.start() and m.end() <= end and pred_measure(lex, m.lastgroup) in PERSON_MEASURES:
            return pred_measure(lex, m.lastgroup)
    return None


def governed_measure(lex: CountLexicon, text: str, sent_start: int, lead_at: int,
                     unit: str | None = None) -> str | None:
    """A noun that governs the figure directly: "den Tod von 100 Soldaten" (but not in a unit
    its table leaves out: "eine Kapazität von 15 TB" processes nothing)."""
    gov = lex.governor_re.search(text, max(sent_start, lead_at - 40), lead_at)
    if gov is None:
        return None
    pm = lex.pred_re.fullmatch(gov.group(1))
    if pm is None or not pm.lastgroup or unit in lex.pred_meta[pm.lastgroup].get("not_units", ()):
        return None
    return pred_measure(lex, pm.lastgroup)


def unit_measure(lex: CountLexicon, unit: str | None) -> str | None:
    """What a unit says when nothing else does (money is an amount, Mw a magnitude)."""
    if unit is None:
        return None
    if unit in lex.unit_defaults:
        return lex.unit_defaults[unit]
    if is_money(unit):
        return lex.money_default
    return None


def is_money(unit: str | None) -> bool:
    """Units of money are ISO 4217 codes."""
    return unit is not None and CURRENCY_RE.match(unit) is not None


def for_things(lex: CountLexicon, measure: str, unit: str | None, is_person: bool,
               names_thing: bool = False) -> str:
    """What deployment verbs mean for things ("sent") and for money ("aid"); forced units;
    money is never a count of people."""
    if measure == "deployed" and not is_person:
        meta = lex.pred_meta["deployed"]
        money = is_money(unit)
        if unit is None or money or unit in meta.get("thing_units", ()):
            measure = meta.get("money" if money else "things", "sent")
        else:  # "39 MW Gesamtleistung … liefern": a measurement is not a delivery
            measure = "other"
    elif names_thing and not is_money(unit):
        # "erhielt 16 Stimmen": what a table says its predicate means for things (a bare
        # figure may still count people)
        measure = lex.pred_meta.get(measure, {}).get("things", measure)
    if unit in lex.unit_forced:
        measure = lex.unit_forced[unit]
    if measure in PEOPLE_COUNTS and unit not in (None, PERSON_UNIT, FACTOR_UNIT, YEAR_UNIT) and not is_money(unit) \
            and not is_person and lex.unit_defaults.get(unit) != measure:
        # "Die Läufer legten 42 Kilometer zurück", "Die Schüler erreichten 529 Punkte": a
        # measurement of people's doing is no count of them
        measure = "other"
    if measure == "amount" and unit not in (None, FACTOR_UNIT) and not is_money(unit):
        measure = "other"  # "ein Verlust von drei Prozentpunkten": a loss, but not of money
    if is_money(unit) and measure not in MONEY_MEASURES:
        # "290 Mio. Euro Verlust" is money lost, not people; "kassierte 14.500 Euro" is money
        # earned, not an arrival
        measure = lex.money_default
    return measure
