"""What a figure counts: measure, normalised subject, unit and increment.

German news rarely states what a number counts in one place: the noun may follow after
adjectives and participles ("15.000 zum Kampf entsandten nordkoreanischen Truppen"), be
elided ("weitere 3.000 nach Kursk"), or the measure may live in a predicate at the end of
the clause ("4.000 getötet oder verwundet wurden"). The rules below look in widening
circles — the noun phrase after the figure, the figure's clause, the sentence, the document
so far — and take the nearest evidence. All words come from the language pack
(``counted.toml``, ``nationalities.toml``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimledger.lang import LanguagePack
from claimledger.lang.regex import alternation

CASUALTY_FAMILY = frozenset({"killed", "wounded", "casualties"})
MILITARY_MEASURES = CASUALTY_FAMILY | {"deployed", "present", "planned", "captured", "missing"}
PERSON_MEASURES = MILITARY_MEASURES | {"displaced"}
DEPLOYMENT_MEASURES = frozenset({"deployed", "present", "planned"})
CARRY_NATION_GROUPS = frozenset({"troops", "armed forces", "people", "civilians"})
TROOP_CONTEXT_CHARS = 1500  # how far back a troop count makes bare losses troop losses
PERSON_UNIT = "person"
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")  # units are ISO 4217 codes for money
FACTOR_UNIT = "factor"


@dataclass
class Nation:
    label: str
    country_label: str


@dataclass
class Counted:
    measure: str
    subject: str | None
    unit: str | None
    increment: bool
    group: str | None = None
    # how the measure was decided: "noun", "predicate", "memory", "default", "unit"
    evidence: str = "default"
    drop: bool = False  # not a claim after all (a duration, a bare small number word)


@dataclass
class _Compiled:
    noun_re: re.Pattern[str]
    noun_meta: dict[str, dict[str, Any]]
    pred_re: re.Pattern[str]
    pred_meta: dict[str, dict[str, Any]]
    nat_adj_re: re.Pattern[str]
    nat_country_re: re.Pattern[str]
    nat_demonym_re: re.Pattern[str]
    adj_map: dict[str, Nation]
    country_map: dict[str, Nation]
    demonym_map: dict[str, Nation]
    increment_re: re.Pattern[str]
    plan_re: re.Pattern[str]
    clause_break_re: re.Pattern[str]
    coord_re: re.Pattern[str]
    age_re: re.Pattern[str]
    age_suffix_re: re.Pattern[str]
    governor_re: re.Pattern[str]
    troop_noun_re: re.Pattern[str]
    clock_re: re.Pattern[str]
    compound_re: re.Pattern[str]
    unknown_noun_re: re.Pattern[str]
    not_counted: frozenset[str]
    duration_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    calendar_words: tuple[str, ...]
    increment_word_re: re.Pattern[str]
    unit_defaults: dict[str, str]
    unit_forced: dict[str, str]
    person_groups: frozenset[str]
    destination_re: re.Pattern[str]


def _alt(patterns: list[str]) -> str:
    return alternation(list(patterns))


def _compile(pack: LanguagePack) -> _Compiled:
    tab = pack.table("counted")
    nouns = tab["nouns"]
    # one word-boundary test outside the groups: most positions fail it at once
    noun_re = re.compile(r"\b(?:" + "|".join(
        rf"(?P<{key}>(?:{_alt(meta['patterns'])})\b)" for key, meta in nouns.items()) + ")")
    preds = tab["predicates"]
    pred_re = re.compile(r"\b(?:" + "|".join(
        rf"(?P<{key}>(?:{_alt(meta['patterns'])})\b)" for key, meta in preds.items()) + ")")
    adj_map: dict[str, Nation] = {}
    country_map: dict[str, Nation] = {}
    demonym_map: dict[str, Nation] = {}
    for n in pack.table("nationalities")["nation"]:
        nation = Nation(n["label"], n["country_label"])
        adj_map.setdefault(n["adj"].lower(), nation)
        for c in n.get("country", []):
            country_map.setdefault(c, nation)
        if n.get("demonym"):
            demonym_map.setdefault(n["demonym"], nation)
    nat_adj_re = re.compile(r"(?i)\b(" + _alt([re.escape(a) for a in adj_map]) + r")(?:e|en|er|es|em)\b")
    # a country name as the first part of a compound ("Ukraine-Krieg") says nothing about who
    # is counted
    nat_country_re = re.compile(r"\b(" + _alt([re.escape(c) for c in country_map]) + r")s?\b(?!-)")
    nat_demonym_re = re.compile(r"\b(" + _alt([re.escape(d) for d in demonym_map]) + r")(?:n|en|in|innen|s)?\b")
    marks = tab.get("markers", {})
    breaks = marks.get("clause_breaks", [])
    person_groups = frozenset(k for k, m in nouns.items()
                              if m.get("label") in {"troops", "people", "civilians", "armed forces"})
    return _Compiled(
        noun_re=noun_re, noun_meta=nouns, pred_re=pred_re, pred_meta=preds,
        nat_adj_re=nat_adj_re, nat_country_re=nat_country_re, nat_demonym_re=nat_demonym_re,
        adj_map=adj_map, country_map=country_map, demonym_map=demonym_map,
        increment_re=re.compile(r"(?i)\b(?:" + _alt(marks.get("increment", [])) + r")\s*$"),
        plan_re=re.compile(r"\b(?:" + _alt(marks.get("plan", [])) + r")\b"),
        clause_break_re=re.compile("|".join(breaks) or r"(?!)"),
        coord_re=re.compile(r"^\s*(?:" + "|".join(re.escape(c) for c in marks.get("coordinators", [])) + r")\s+$"),
        age_re=re.compile("|".join(marks.get("age_patterns", [])) or r"(?!)"),
        age_suffix_re=re.compile(marks.get("age_suffix") or r"(?!)"),
        clock_re=re.compile(marks.get("clock_time") or r"(?!)"),
        compound_re=re.compile(marks.get("compound_modifier") or r"(?!)"),
        unknown_noun_re=re.compile(r"[ \u00a0]([A-ZÄÖÜ][\w-]*)"),
        not_counted=frozenset(marks.get("not_counted_words", [])),
        duration_re=re.compile(r"\s*(?:" + _alt(marks.get("duration_units", [])) + r")\b"),
        relative_re=re.compile(r",\s*(?:" + _alt(marks.get("relative_pronouns", [])) + r")\b"),
        calendar_words=tuple(sorted(
            (w for w in (*pack.table("calendar").get("weekdays", {}), *pack.table("calendar").get("months", {}))
             if len(w) > 3), key=len, reverse=True)) if pack.has("calendar") else (),
        troop_noun_re=re.compile(r"\b(?:" + _alt(nouns["troops"]["patterns"] + marks.get("military_context", [])) + r")\b"),
        governor_re=re.compile(r"\b([A-ZÄÖÜ]\w+)\s+(?:" + _alt(marks.get("governing_prepositions", [])) + r")\s+$"),
        increment_word_re=re.compile(r"(?i)\b(?:" + _alt(marks.get("increment", [])) + r")\b"),
        unit_defaults=dict(tab.get("unit_defaults", {})),
        unit_forced=dict(tab.get("unit_forced", {})),
        person_groups=person_groups,
        destination_re=re.compile(
            r"(?i)\b(?:" + _alt(marks.get("destination_prepositions", [])) + r")\s+(?:\w+\s+)?$"),
    )


@dataclass
class CountContext:
    """What the document has counted so far: carries elided nouns and subjects forward."""

    last_person: tuple[str, str | None] | None = None  # (noun table key, nationality label)
    nationalities: dict[str, Counter[str]] = field(default_factory=dict)  # group label -> nationality counts
    value_measures: dict[tuple[float, str], str] = field(default_factory=dict)
    latest: dict[str, str] = field(default_factory=dict)  # group label -> last nationality
    last_troops_at: int | None = None  # offset of the last figure that counted troops

    def recent(self, label: str) -> str | None:
        """The nationality most recently counted for this group: news moves from one party to
        the next paragraph by paragraph, so the latest one is the likeliest referent."""
        return self.latest.get(label)


class CountAnalyzer:
    """Decides measure/subject/unit/increment for the figures of one document."""

    def __init__(self, text: str, pack: LanguagePack) -> None:
        self.text = text
        self.c: _Compiled = pack.compiled("counted", _compile)
        self.ctx = CountContext()
        # per-sentence caches: a sentence with several figures is scanned once
        self._nat_cache_key: tuple[int, int] | None = None
        self._nat_cache: list[tuple[int, Nation, str, bool]] = []
        self._pred_cache_key: tuple[int, int] | None = None
        self._pred_cache: list[re.Match[str]] = []

    # ------------------------------------------------------------------ helpers
    def _clause(self, sent_start: int, sent_end: int, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: bounded by punctuation and dashes within the sentence."""
        t = self.text
        s = sent_start
        for m in self.c.clause_break_re.finditer(t, sent_start, pos):
            s = m.end()
        e = sent_end
        m = self.c.clause_break_re.search(t, pos, sent_end)
        if m:
            e = m.start()
            # a relative clause right after belongs to the noun of this clause
            rel = self.c.relative_re.match(t, m.start(), min(sent_end, m.start() + 16))
            if rel:
                m2 = self.c.clause_break_re.search(t, m.end() + 1, sent_end)
                e = m2.start() if m2 else sent_end
        return s, e

    def _nation_at(self, m: re.Match[str], kind: str) -> Nation | None:
        key = m.group(1)
        if kind == "adj":
            return self.c.adj_map.get(key.lower())
        if kind == "country":
            return self.c.country_map.get(key)
        return self.c.demonym_map.get(key)

    def _sentence_nations(self, ss: int, se: int) -> list[tuple[int, Nation, str, bool]]:
        """All nationality mentions of a sentence (cached): position, nation, kind, and
        whether a preposition of place governs it."""
        if self._nat_cache_key == (ss, se):
            return self._nat_cache
        out: list[tuple[int, Nation, str, bool]] = []
        t = self.text
        for kind, rx in (("adj", self.c.nat_adj_re), ("country", self.c.nat_country_re),
                         ("demonym", self.c.nat_demonym_re)):
            for m in rx.finditer(t, ss, se):
                n = self._nation_at(m, kind)
                if n:
                    placed = kind != "demonym" and bool(
                        self.c.destination_re.search(t[max(ss, m.start() - 25):m.start()]))
                    out.append((m.start(), n, kind, placed))
        self._nat_cache_key, self._nat_cache = (ss, se), out
        return out

    def _nations(self, ss: int, se: int, start: int, end: int, skip: tuple[int, int] | None,
                 places_count: bool) -> list[tuple[int, Nation, str]]:
        """Nationality mentions in a region, minus those inside the source mention and, unless
        ``places_count``, those governed by a preposition of place ("nach Russland")."""
        return [(p, n, k) for p, n, k, placed in self._sentence_nations(ss, se)
                if start <= p < end and (places_count or not placed)
                and not (skip and skip[0] <= p < skip[1])]

    def _sentence_predicates(self, ss: int, se: int) -> list[re.Match[str]]:
        if self._pred_cache_key != (ss, se):
            self._pred_cache_key = (ss, se)
            self._pred_cache = list(self.c.pred_re.finditer(self.text, ss, se))
        return self._pred_cache

    # ------------------------------------------------------------------ main
    def analyse(self, sent_start: int, sent_end: int, fig: Any, next_fig_start: int | None,
                source_span: tuple[int, int] | None = None,
                prev_sentence: tuple[int, int] | None = None) -> Counted:
        t = self.text
        c = self.c
        fig_unit = getattr(fig, "unit", None)
        unit_end = max(getattr(fig, "unit_end", fig.end) or fig.end, fig.end)
        cl_s, cl_e = self._clause(sent_start, sent_end, fig.start)
        self._sent = (sent_start, sent_end)

        # durations are not claims; ages are ("Wehrpflicht ab 17 Jahren", "45-jähriger")
        if fig_unit is None and c.age_suffix_re.match(t, fig.end):
            return Counted("age", None, "year", False, None, "unit")
        if fig_unit is None and c.duration_re.match(t, unit_end):
            window = t[max(sent_start, fig.start - 15):min(sent_end, unit_end + 20)]
            if c.age_re.search(window):
                return Counted("age", None, "year", False, None, "unit")
            return Counted("other", None, None, False, drop=True)

        # a clock time, or a figure glued to a word ("10-seitigen"), counts nothing
        if fig_unit is None and getattr(fig, "kind", "") != "placeholder" and (
                c.clock_re.match(t[fig.start:fig.end]) or c.compound_re.match(t, fig.end)):
            return Counted("other", None, None, False, drop=True)

        # 1. the counted noun after the figure (same clause, before the next figure)
        countable = fig_unit in (None, PERSON_UNIT, FACTOR_UNIT)
        win_end = min(cl_e, next_fig_start or sent_end, unit_end + 70)
        noun_m = c.noun_re.search(t, unit_end, win_end) if countable else None
        if noun_m and t[unit_end:noun_m.start()].count(" ") > 6:
            noun_m = None
        noun_from = "after" if noun_m else None
        np_end = noun_m.end() if noun_m else unit_end
        # 1b. a demonym as the counted noun ("3000 Nordkoreaner")
        demonym_m = None
        if not noun_m and fig_unit is None:
            dm = c.nat_demonym_re.match(t, unit_end + (1 if t[unit_end:unit_end + 1] == " " else 0))
            if dm:
                demonym_m = dm
                np_end = dm.end()
        # 1b'. a capitalised word the lexicon does not know: that is what is counted
        # ("13 Versuche", "600 Höhenmeter"), so nothing is borrowed from elsewhere
        unknown_noun = None
        if not noun_m and not demonym_m and fig_unit is None:
            um = c.unknown_noun_re.match(t, unit_end)
            if um and um.group(1) not in c.not_counted:
                unknown_noun = um.group(1)
        # 1c. elided noun: nearest counted noun earlier in the clause
        if not noun_m and not demonym_m and countable and unknown_noun is None:
            for m in c.noun_re.finditer(t, cl_s, fig.start):
                noun_m = m
            if noun_m:
                noun_from = "before"
        noun_key = noun_m.lastgroup if noun_m else None
        noun_meta = c.noun_meta.get(noun_key or "", {})

        # increment ("weitere 3.000", "mit zusätzlichen 25.000", "5.000 zusätzliche Soldaten")
        q_span = getattr(fig, "qualifier_span", None)
        lead_at = min(fig.start, q_span[0]) if q_span else fig.start
        increment = bool(c.increment_re.search(t, max(sent_start, lead_at - 25), lead_at))
        if not increment and noun_from == "after" and noun_m is not None:
            increment = bool(c.increment_word_re.search(t, unit_end, noun_m.start()))

        # 2. the measure: a noun that carries one, else the nearest predicate
        measure: str | None = None
        evidence = "default"
        if noun_from == "after" and noun_meta.get("measure"):
            measure, evidence = noun_meta["measure"], "noun"
            # "4.000 Verletzten und Toten": coordinated casualty nouns count casualties
            m2 = c.noun_re.search(t, noun_m.end(), min(win_end, noun_m.end() + 30))  # type: ignore[union-attr]
            if m2 and c.coord_re.match(t[noun_m.end():m2.start()]):  # type: ignore[union-attr]
                other = c.noun_meta[m2.lastgroup or ""].get("measure")
                if measure in CASUALTY_FAMILY and other in CASUALTY_FAMILY and other != measure:
                    measure = "casualties"
                np_end = m2.end()
        if measure is None:
            # a noun that governs the figure directly: "den Tod von 100 Soldaten",
            # "die Entsendung von 3.000 Soldaten"
            gov = c.governor_re.search(t, max(sent_start, lead_at - 40), lead_at)
            if gov is not None:
                pm = c.pred_re.fullmatch(gov.group(1))
                if pm is not None and pm.lastgroup:
                    measure, evidence = pm.lastgroup, "predicate"
        if measure is None:
            people = countable and (noun_key in c.person_groups or bool(noun_meta.get("measure"))
                                    or demonym_m is not None)
            pm = self._nearest_predicate(cl_s, cl_e, fig.start, unit_end, fig_unit, people, after_first=True)
            if pm is None:
                # an earlier clause may still say what happened ("… getötet wurden – ein
                # Bruchteil der etwa [Zahl fehlt]"); a later clause is about something else
                pm = self._nearest_predicate(sent_start, cl_s, fig.start, unit_end, fig_unit, people)
            if pm is not None:
                measure, evidence = pm, "predicate"

        # 1d. nothing counted in the sentence: an elided noun is carried from the document's
        # previous head count, but only when the sentence says something happened to people
        # ("Im Januar folgten weitere 400") — a bare "beläuft sich auf 18,1 Millionen" is not
        carried_nat = None
        if (noun_key is None and demonym_m is None and fig_unit is None and unknown_noun is None
                and self.ctx.last_person
                and (increment or (evidence == "predicate" and measure in PERSON_MEASURES))):
            noun_key, carried_nat = self.ctx.last_person
            noun_from = "carried"
            noun_meta = c.noun_meta.get(noun_key, {})

        if measure is None and noun_meta.get("measure"):
            measure, evidence = noun_meta["measure"], "noun"
        if measure is None and fig_unit in c.unit_defaults:
            measure, evidence = c.unit_defaults[fig_unit], "unit"
        if measure is None:
            measure = noun_meta.get("default") or "other"

        is_person = countable and (
            noun_key in c.person_groups or bool(noun_meta.get("measure")) or demonym_m is not None
            or (noun_key is None and fig_unit is None and unknown_noun is None and measure in PERSON_MEASURES))
        # what the deployment verbs mean for things ("sent") and for money ("aid")
        if measure == "deployed" and not is_person:
            money = fig_unit is not None and CURRENCY_RE.match(fig_unit) is not None
            measure = c.pred_meta["deployed"].get("money" if money else "things", "sent")
        if fig_unit in c.unit_forced:
            measure = c.unit_forced[fig_unit]
        if measure == "deployed" and c.plan_re.search(t, cl_s, cl_e):
            measure = "planned"

        # 3. subject: nationality + what is counted
        group_label = noun_meta.get("label") if is_person or fig_unit == FACTOR_UNIT else None
        if is_person and group_label is None:
            if measure in DEPLOYMENT_MEASURES:
                group_label = "troops"
            elif c.troop_noun_re.search(t, sent_start, sent_end):
                group_label = "troops"  # "von den 15.000 Truppen etwa 4.700 Opfer"
            elif (measure in CASUALTY_FAMILY and self.ctx.last_troops_at is not None
                  and fig.start - self.ctx.last_troops_at < TROOP_CONTEXT_CHARS):
                group_label = "troops"  # losses in a passage that has just counted troops
        # the story's running nationality stands in where a sentence names none; demonyms
        # ("8.000 Syrer") do not set it for people (see the bookkeeping at the end)
        nat_hint = carried_nat or (self.ctx.recent(group_label) if group_label in CARRY_NATION_GROUPS else None)
        # "in der Türkei" names where people died, but where troops were sent to
        places_count = measure not in DEPLOYMENT_MEASURES | {"sent"}
        nat, from_demonym = self._nationality(sent_start, sent_end, cl_s, cl_e, fig.start, np_end,
                                              demonym_m, source_span, nat_hint, places_count)
        if nat is None and is_person and prev_sentence is not None:
            # "Nordkorea hat weitere Truppen entsandt. Rund 3.000 Soldaten seien …": the
            # subject of the sentence before, its first nationality not named as a place
            found = self._nations(*prev_sentence, *prev_sentence, None, False)
            if found:
                nat = min(found, key=lambda x: x[0])[1].label
        if is_person and group_label is None:
            # demonyms and bare counts: troops where the story counts this nation's troops
            group_label = "troops" if nat and nat in self.ctx.nationalities.get("troops", {}) else "people"
            if nat is None and group_label in CARRY_NATION_GROUPS:
                nat = self.ctx.recent(group_label)
        unit = fig_unit
        if fig_unit == FACTOR_UNIT:
            if measure == "deployed" and c.plan_re.search(t, sent_start, sent_end):
                measure = "planned"
            subject = (f"{nat} {group_label}" if nat else group_label) if group_label else \
                self._thing_subject(unit_end, win_end, noun_m if noun_from == "after" else None, nat)
        elif is_person:
            unit = PERSON_UNIT
            subject = f"{nat} {group_label}" if nat else group_label
        else:
            subject = unknown_noun if unknown_noun else \
                self._thing_subject(unit_end, win_end, noun_m if noun_from == "after" else None, nat)

        # 4. a figure repeated in the document counts what it counted before
        val = getattr(fig, "low", None)
        if val is not None and group_label:
            key = (float(val), group_label)
            prev = self.ctx.value_measures.get(key)
            if evidence == "default" and prev and prev != measure:
                measure, evidence = prev, "memory"
            elif evidence in ("noun", "predicate"):
                self.ctx.value_measures[key] = measure
        if is_person and group_label:
            if noun_key and noun_from != "carried":
                self.ctx.last_person = (noun_key, nat)
            # "8.000 Syrer" names a group within the story, not where the story happens
            if nat and not (group_label == "people" and from_demonym):
                self.ctx.nationalities.setdefault(group_label, Counter())[nat] += 1
                self.ctx.latest[group_label] = nat
            if group_label == "troops":
                self.ctx.last_troops_at = fig.start
        return Counted(measure, subject, unit, increment, group_label or noun_meta.get("label"), evidence)

    def _nearest_predicate(self, start: int, end: int, fs: int, fe: int, unit: str | None,
                           people: bool, after_first: bool = False) -> str | None:
        """Nearest predicate to the figure within [start, end); coordinated casualty words
        ("getötet oder verwundet", "getöteten und verwundeten") count casualties.

        With ``after_first`` a predicate after the figure wins over one before it: German puts
        participles and subordinate verbs last ("…, und vier Israelis wurden schwer verletzt"),
        so within a clause the verb after a figure is the one that governs it."""
        c = self.c
        best: tuple[tuple[int, int], re.Match[str]] | None = None
        matches = [m for m in self._sentence_predicates(*self._sent) if start <= m.start() and m.end() <= end]
        for m in matches:
            key = m.lastgroup or ""
            meta = c.pred_meta[key]
            if meta.get("units") and unit not in meta["units"]:
                continue
            if people and meta.get("not_people"):
                continue
            if key == "captured_area" and unit is None:
                continue
            if unit not in (None, PERSON_UNIT, FACTOR_UNIT) and key in PERSON_MEASURES and key != "deployed":
                continue  # "drei Prozent" are never killed
            before = m.end() <= fs
            d = fs - m.end() if before else max(0, m.start() - fe)
            rank = (1 if (after_first and before) else 0, d)
            if best is None or rank < best[0]:
                best = (rank, m)
        if best is None:
            return None
        m = best[1]
        measure = m.lastgroup or "other"
        if measure in CASUALTY_FAMILY:
            for o in matches:
                if o is m or (o.lastgroup or "") not in CASUALTY_FAMILY or o.lastgroup == measure:
                    continue
                a, b = (m, o) if m.start() < o.start() else (o, m)
                if c.coord_re.match(self.text[a.end():b.start()]):
                    return "casualties"
        if measure == "size" and unit not in (None, PERSON_UNIT):
            return None
        return measure

    def _nationality(self, ss: int, se: int, cs: int, ce: int, fs: int, np_end: int,
                     demonym_m: re.Match[str] | None, source_span: tuple[int, int] | None,
                     doc_nat: str | None, places_count: bool) -> tuple[str | None, bool]:
        """Who is counted: the nationality in the figure's noun phrase, else in its clause,
        else the one the document has been counting, else anywhere in the sentence — a
        country in another clause ("um der Operation der Ukraine entgegenzuwirken") is weaker
        evidence than the story's running subject. Also says whether a demonym named it."""
        if demonym_m is not None:
            n = self.c.demonym_map.get(demonym_m.group(1))
            if n:
                return n.label, True
        # in the noun phrase of the figure
        for _, n, k in self._nations(ss, se, fs, np_end, source_span, places_count):
            return n.label, k == "demonym"
        found = self._nations(ss, se, cs, ce, source_span, places_count)
        if not found:
            if doc_nat:
                return doc_nat, False
            found = self._nations(ss, se, ss, se, source_span, places_count)
        if found:
            found.sort(key=lambda x: abs(x[0] - fs))
            return found[0][1].label, found[0][2] == "demonym"
        return None, False

    def _thing_subject(self, start: int, end: int, noun_m: re.Match[str] | None, nat: str | None) -> str | None:
        """Subject of a non-person figure: the thing after the unit ("Tonnen Öl" -> "Öl") or
        the counted noun, prefixed by the country where one is named."""
        if noun_m is not None:
            core = noun_m.group(0)
        else:
            m = re.match(r"\s*(?:[a-zäöüß]+\s+){0,2}([A-ZÄÖÜ][\w-]+)", self.text[start:end])
            core = m.group(1) if m else None
            if core and core.lower().startswith(self.c.calendar_words):
                core = None  # "Tausende harrten am Montagmorgen aus": a time, not a thing
        if nat and core:
            return f"{nat} {core}"
        return core or nat
