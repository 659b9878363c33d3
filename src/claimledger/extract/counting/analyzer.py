"""Counting, wired together: phrase -> measure -> who, with the document's memory.

Each figure is read in widening circles — its own noun phrase, its clause, its sentence, the
document so far — and the nearest evidence wins. The stages live in their own modules
(``phrase``, ``measure``, ``who``; the rules by form in ``forms``, the decisions about
whom in ``whom``); this one decides the order and keeps the memory.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from claimledger.extract.counting import measure as M
from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.changes import ChangeRules, counted_end
from claimledger.extract.counting.context import CountContext
from claimledger.extract.counting.finding import WINDOW_AFTER_UNIT, PhraseRules
from claimledger.extract.counting.forms import FormRules
from claimledger.extract.counting.frame import Counted, Frame
from claimledger.extract.counting.lexicon import CountLexicon, Nation, lexicon
from claimledger.extract.counting.singles import SINGLE_KIND
from claimledger.extract.counting.topic import topic_span
from claimledger.extract.counting.who import NationFinder
from claimledger.extract.counting.whom import CARRY_NATION_GROUPS, WhoRules
from claimledger.lang import LanguagePack
from claimledger.lang.regex import finditer_word_start
from claimledger.model import CountedPhrase, Who

PEOPLE_TABLE = "people"  # the noun table whose defaults hold for people the lexicon does not list
TROOP_CONTEXT_CHARS = 1500  # how far back a troop count makes bare losses troop losses
EVENT_CHARS = 60  # how far before a count of people its event may stand ("eine Podiumsdiskussion mit")
CURRENCY_CARRY_CHARS = 600  # how far back in its paragraph a sum's currency holds for "15 Millionen"
_LIST_ITEM = re.compile(r",[ \u00a0]*\d")  # ", 28 Israelis": the next item of a list of counts
# a bracket opened right after a count, with any earlier items of its breakdown inside
_BRACKET_OPEN = re.compile(r"[ \u00a0]*\([^()]*")
BREAKDOWN_CHARS = 60


_FIRST_WORD = re.compile(r"[^\W\d_]+")


class CountAnalyzer(FormRules, WhoRules, PhraseRules, ChangeRules):
    """Decides what each figure of one document counts."""

    def __init__(self, text: str, pack: LanguagePack) -> None:
        self.text = text
        self.lex: CountLexicon = lexicon(pack)
        self.ctx = CountContext()
        self.nations = NationFinder(text, self.lex)
        self._pkey: tuple[int, int] | None = None
        self._preds: list[re.Match[str]] = []
        self._story: str | None | bool = False  # the article's place, found when first needed
        # the sentence and span of the last counted phrase: "davon acht" counts what it counted
        self._last_phrase: tuple[int, tuple[int, int]] = (-1, (0, 0))
        # the sentence and noun of the last bare head count with its noun after it: a later
        # count of the sentence with no noun leaves that noun out ("…, waren es 2015 857 Millionen")
        self._last_count_noun: tuple[int, tuple[int, int]] = (-1, (0, 0))
        self._last_count_measure: tuple[int, str] = (-1, "")  # where the last count of people ended, its measure
        # the sentence and span of the last noun a bracket was about: a list of brackets after
        # bare nations counts it ("Staatsbürger Afghanistans (…), des Irak (…)")
        self._last_bracket: tuple[int, tuple[int, int]] = (-1, (0, 0))
        # per unit, the sentence and span of what the last such figure measured
        self._last_unit_phrase: dict[str, tuple[int, tuple[int, int]]] = {}
        # where the last figure's unit ended and what it counted: a bracket right after restates it
        self._last_measured: tuple[int, tuple[int, int] | None] = (-1, None)
        self._prev_sentence: tuple[int, int] | None = None  # the sentence before the figure's
        self._source_span: tuple[int, int] | None = None  # who gives the figure being read
        self._last_money: tuple[int, str | None] = (-1, None)  # where the last sum ended, its currency
        self._last_fall: tuple[int, bool] = (-1, False)  # where the last figure ended, and if it fell

    # ------------------------------------------------------------------ frame
    def _clause(self, ss: int, se: int, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: bounded by punctuation and dashes within the sentence;
        a relative clause right after belongs to the noun of this clause."""
        t, rx = self.text, self.lex.clause_break_re
        s = ss
        opened: list[int] = []
        for m in rx.finditer(t, ss, pos):
            if m.group() == ")" and opened:
                s = opened.pop()  # a closed bracket is an insertion: "Tobias Kern (CDU) liegt bei …"
                continue
            if m.group() == "(":
                opened.append(s)
            s = m.end()
        e = se
        m = rx.search(t, pos, se)
        if m:
            e = m.start()
            if self.lex.relative_re.match(t, m.start(), min(se, m.start() + 16)):
                m2 = rx.search(t, m.end() + 1, se)
                e = m2.start() if m2 else se
        return s, e

    def _frame(self, ss: int, se: int, fig: Any, next_fig: int | None) -> Frame:
        unit = getattr(fig, "unit", None)
        unit_end = max(getattr(fig, "unit_end", fig.end) or fig.end, fig.end)
        cs, ce = self._clause(ss, se, fig.start)
        q = getattr(fig, "qualifier_span", None)
        lead_at = min(fig.start, q[0]) if q else fig.start
        return Frame(ss, se, cs, ce, fig, unit, unit_end, lead_at,
                     min(ce, next_fig or se, unit_end + WINDOW_AFTER_UNIT),
                     unit in (None, M.PERSON_UNIT, M.FACTOR_UNIT), next_fig,
                     P.attribute_noun_at(self.lex, self.text, ss, lead_at, unit_end))

    def predicates(self, ss: int, se: int) -> list[re.Match[str]]:
        """The predicate words of sentence [ss, se) (cached for the sentence being read)."""
        return self._predicates(ss, se)

    def _predicates(self, ss: int, se: int) -> list[re.Match[str]]:
        if self._pkey != (ss, se):
            self._pkey = (ss, se)
            self._preds = list(finditer_word_start(self.lex.pred_scan.within(self.text, ss, se), self.text, ss, se))
            first = _FIRST_WORD.search(self.text, ss, se)
            if first is not None and first.group(0)[:1].isupper() \
                    and not (self._preds and self._preds[0].start() == first.start()):
                # "Getötet wurden zwei Polizisten": a participle in front, capitalised only there
                m = self.lex.pred_open_re.match(self.text, first.start(), se)
                if m is not None:
                    self._preds.insert(0, m)
        return self._preds

    # ------------------------------------------------------------------ main
    def analyse(self, sent_start: int, sent_end: int, fig: Any, next_fig_start: int | None,
                source_span: tuple[int, int] | None = None,
                prev_sentence: tuple[int, int] | None = None) -> Counted:
        f = self._frame(sent_start, sent_end, fig, next_fig_start)
        self._prev_sentence, self._source_span = prev_sentence, source_span
        special = self._special(f, source_span)
        if special is not None:
            return special
        phrase = self._remembered_phrase(f)
        noun_end = counted_end(phrase)  # "43 Punkte| weniger": where a comparative may follow
        phrase = self._with_elided_currency(f, phrase)
        increment = self._increment(f, phrase)
        self.ctx.last_change = (f.unit_end, increment)
        phrase = self._change_of_count(f, phrase, increment)
        measure, evidence, phrase = self._measure(f, phrase, increment)
        measure, evidence = self._elided_measure(f, phrase, measure, evidence, prev_sentence)
        if phrase.where == "carried" and phrase.span is not None \
                and phrase.span[0] < (prev_sentence[0] if prev_sentence else f.ss):
            phrase.span = None  # an elided noun named further back: the text names nothing here
        is_person = self._is_person(f, phrase, measure)
        measure, evidence = self._measure_in_clause(f, phrase, measure, evidence, is_person)
        group, label = self._group(f, phrase, measure, is_person)
        nat = self._nationality(f, phrase, measure, group, is_person, source_span, prev_sentence)
        if is_person and group is None:
            # demonyms and bare counts: troops where the story counts this nation's troops
            group = "troops" if nat and nat in self.ctx.nationalities.get("troops", {}) else "people"
            label = label or group
            if nat is None and group in CARRY_NATION_GROUPS:
                nat = self.ctx.recent(group)
        if f.unit == M.FACTOR_UNIT and measure == "deployed" and self.lex.plan_re.search(self.text, f.ss, f.se):
            measure = "planned"
        group, label = self._group_in_context(f, phrase, measure, evidence, group, label)
        place = self._place(f, source_span, prev_sentence)
        if is_person:
            group, measure = self._rival_count(f, group, measure, evidence)
            if group not in (None, "people") or measure != "size":
                self.ctx.last_people_count = (f.ss, group or "people", measure)
        measure, evidence = self._remember_value(f, group, measure, evidence)
        measure, evidence = self._noun_role(phrase, measure, evidence, is_person)
        broken = self._broken_down(f, measure, evidence, is_person)
        whole = broken == measure  # not an item of a breakdown
        measure = self._few_individuals(f, phrase, measure, evidence, is_person) if whole else broken
        self._remember(f, phrase, group, nat, is_person)
        self.ctx.last_group = (max(f.unit_end, phrase.span[1] if phrase.where == "after" and phrase.span else 0), group)
        if is_person and measure not in ("size", "other") and whole:
            self._last_count_measure = (self.ctx.last_group[0], measure)
        unit = M.PERSON_UNIT if is_person and f.unit != M.FACTOR_UNIT else f.unit
        if M.is_money(unit):
            self._last_money = (f.unit_end, unit)
        return Counted(measure, self._subject(f, phrase, label, nat, place, is_person), unit, increment,
                       label or phrase.meta(self.lex).get("label"), evidence, counted=self._counted(phrase),
                       topic=self._topic(f, phrase),
                       who=Who(group,
                               nat.iso if nat and (is_person or group) else None, place),
                       falls=self._fell(f, noun_end, increment))

    def _with_elided_currency(self, f: Frame, phrase: P.Phrase) -> P.Phrase:
        """A bare sum takes the currency of the sum before it, and then measures what sums do
        ("eine Ablösesumme …, die sich um drei Millionen erhöht"); a place is where the sum
        goes, not what it is."""
        currency = self._elided_currency(f, phrase)
        if currency is None:
            return phrase
        f.unit, f.countable = currency, False
        measured = self._measured_phrase(f)
        if measured is not None and measured.span is not None \
                and not self.lex.place_re.fullmatch(self.text, *measured.span):
            return measured
        return phrase

    def _measure_in_clause(self, f: Frame, phrase: P.Phrase, measure: str, evidence: str,
                           is_person: bool) -> tuple[str, str]:
        """What the measure becomes for things, in a plan, at an event or as a rate."""
        measure = M.for_things(self.lex, measure, f.unit, is_person,
                               names_thing=not is_person and phrase.span is not None and phrase.where != "carried")
        if measure == "deployed" and self.lex.plan_re.search(self.text, f.cs, f.ce):
            measure = "planned"
        if is_person and evidence != "predicate" and measure in ("size", "other") \
                and self.lex.event_with_re.search(self.text, max(f.ss, f.lead_at - EVENT_CHARS), f.lead_at):
            measure, evidence = "participants", "predicate"  # "eine Podiumsdiskussion mit 800 Zuhörern"
        if not M.is_money(f.unit) and self.lex.rate_after_re.match(self.text, f.unit_end):
            measure = "share"  # "9,4 Forscher pro 1.000 Einwohner": a rate
        return measure, evidence

    def _group_in_context(self, f: Frame, phrase: P.Phrase, measure: str, evidence: str,
                          group: str | None, label: str | None) -> tuple[str | None, str | None]:
        """The group as the sentence and the document settle it: a share of people, a share
        restating a count, the shares before, the people of the context, the predicate."""
        if group is None and not f.countable and not M.is_money(f.unit) and self._share_of_people(f, phrase):
            # "33 Prozent der Befragten": a share of people is about those people
            group = phrase.meta(self.lex).get("group") or "people"
        if group is None and measure == "share":
            group = self._restated_group(f)
        group = self._share_group(f, phrase, measure, group)
        if group is not None and phrase.meta(self.lex).get("people_of_context"):
            group = self._context_people(measure, group)
        if group == PEOPLE_TABLE and evidence == "predicate" and phrase.key == PEOPLE_TABLE:
            named = M.predicate_group(self.lex, self._predicates(f.ss, f.se), f.cs, f.ce)
            group, label = (named, named) if named else (group, label)
        return group, label

    def dropped_by_form(self, sent_start: int, sent_end: int, fig: Any, next_fig_start: int | None) -> bool:
        """Is the figure no claim by its form alone (a name with digits, a year span, a clock
        time, a figure glued to a word)? Asked before attribution, which then need not run."""
        lex, t = self.lex, self.text
        if P.is_name_number(lex, t, fig, sent_start) or P.is_year_span(t, fig):
            return True
        if not self._clock_or_glued(fig):
            return False  # the common case: no form to drop it by (and no frame to build)
        special = self._special(self._frame(sent_start, sent_end, fig, next_fig_start), None)
        return special is not None and special.drop

    # ------------------------------------------------------------------ stages
    def _measure(self, f: Frame, ph: P.Phrase, increment: bool) -> tuple[str, str, P.Phrase]:
        lex, t = self.lex, self.text
        preds = self._predicates(f.ss, f.se)
        measure, evidence = None, "default"
        if ph.where in ("after", "head") and ph.span is not None:
            measure = M.modifier_measure(lex, preds, f.unit_end, ph.span[0])
            if measure is not None:
                evidence = "predicate"
            else:
                measure, ph.np_end = M.noun_measure(lex, t, ph.key, ph.np_end, f.win_end)
                evidence = "noun" if measure else evidence
        if measure is None:
            measure = M.governed_measure(lex, t, f.ss, f.lead_at, f.unit)
            evidence = "predicate" if measure else evidence
        if measure is None and f.attribute_noun_at is None:
            people = f.countable and (ph.key in lex.person_keys or ph.demonym is not None or ph.person)
            q = M.PredicateQuery(f.fig.start, f.unit_end, f.unit, people,
                                 thing=ph.where is not None and not people,
                                 excludes=frozenset(ph.meta(lex).get("excludes", ())), noun=ph.key)
            measure = (M.nearest_predicate(lex, t, preds, f.cs, f.ce, q, after_first=True)
                       or M.nearest_predicate(lex, t, preds, f.ss, f.cs, q))
            list_end = self._list_end(f) if measure is None else f.ce
            if list_end > f.ce:  # "196 Palästinenser, 28 Israelis und vier Ausländer starben"
                measure = M.nearest_predicate(lex, t, preds, f.ce, list_end, q)
            evidence = "predicate" if measure else evidence
        # nothing counted in the sentence: the noun is carried from the document's previous
        # head count, but only when the sentence says something happened to people
        if (ph.where is None and f.unit is None and self.ctx.last_person
                and (increment or (evidence == "predicate" and measure in M.PERSON_MEASURES))):
            key, nation, span = self.ctx.last_person
            ph = P.Phrase(key, span, "carried", np_end=f.unit_end, carried_nation=nation)
        meta = ph.meta(lex)
        if measure is None and meta.get("measure"):
            measure, evidence = meta["measure"], "noun"
        if measure is None:
            measure = M.unit_measure(lex, f.unit)
            evidence = "unit" if measure else evidence
        if not meta and (ph.person or ph.demonym is not None) and f.countable:
            meta = lex.noun_meta.get(PEOPLE_TABLE, {})  # people the lexicon does not list
        measure = meta.get("reads", {}).get(measure, measure)  # "im Einsatz" deploys responders
        return measure or meta.get("default") or "other", evidence, ph

    def _elided_currency(self, f: Frame, ph: P.Phrase) -> str | None:
        """The currency a bare sum leaves out: "mindestens 20 Millionen Dollar investieren,
        sowie zusätzliche 15 Millionen" — a figure of millions or more that counts nothing
        holds the currency of the sum just before it in its paragraph."""
        end, currency = self._last_money
        fig = f.fig
        if currency is None or f.unit is not None or ph.span is not None or ph.key is not None \
                or getattr(fig, "kind", "") in ("placeholder", "multiplier"):
            return None
        if not 0 <= fig.start - end <= CURRENCY_CARRY_CHARS or "\n" in self.text[end:fig.start]:
            return None
        words = self.text[fig.start:fig.end].split()
        return currency if words and words[-1].lower() in self.lex.money_scales else None

    def _list_end(self, f: Frame) -> int:
        """Where a list of counts that the figure's clause begins ends: a comma followed by the
        next figure continues it, and the list shares the predicate after its last item."""
        t, end = self.text, f.ce
        if f.next_at is None or end >= f.se or t[end] != "," or t[end + 1:f.next_at].strip():
            return end
        end = self._clause(f.ss, f.se, f.next_at)[1]
        while end < f.se and _LIST_ITEM.match(t, end):
            end = self._clause(f.ss, f.se, end + 2)[1]
        return end

    def _context_people(self, measure: str, group: str) -> str:
        """Events that stand for people ("Ankünfte", "Nachmeldungen") are the people the text
        last counted with the same measure ("2.100 Migranten kamen an", "48.000 Läufer gingen an
        den Start"); the noun's own group when it counted none."""
        last = self.ctx.last_people_count
        return last[1] if last is not None and last[2] == measure and last[1] != "people" else group

    def _is_person(self, f: Frame, ph: P.Phrase, measure: str) -> bool:
        return f.countable and (
            ph.key in self.lex.person_keys or ph.demonym is not None or ph.person
            or (ph.where is None and f.unit is None and measure in M.PERSON_MEASURES))

    def _share_of_people(self, f: Frame, ph: P.Phrase) -> bool:
        """A share is of people its phrase names as a part ("33 Prozent der Befragten", "10
        Prozent aller Ärzte"); a person it is only for or about ("11 Prozent für den
        Kandidaten") or the sentence's subject ("Ökonomen rechneten mit 0,5 Prozent") is no
        group it divides. Nouns of the pack's people tables stay people in any position."""
        if ph.key in self.lex.person_keys:
            return True
        if not ph.person or ph.where != "after" or ph.span is None:
            return False
        between = self.text[f.unit_end:ph.span[0]].split()
        return bool(between) and between[0].lower() in self.lex.syntax.partitives

    def _group(self, f: Frame, ph: P.Phrase, measure: str, is_person: bool) -> tuple[str | None, str | None]:
        meta = ph.meta(self.lex)
        group, label = meta.get("group"), meta.get("label")
        if meta.get("single_group") and (f.fig.kind == SINGLE_KIND
                                         or (f.fig.low is not None and f.fig.low <= self.lex.few_individuals)):
            # one "Mann" (or "Zwei Frauen und ein Mann") is a man, "10.000 Mann" are troops
            group = label = meta["single_group"]
        if not (is_person or f.unit == M.FACTOR_UNIT):
            return None, None
        if is_person and group is None:
            t = self.text
            if ph.person:
                group = "people"
            elif measure in M.DEPLOYMENT_MEASURES:
                group = "troops"
            elif ph.demonym is not None:
                return None, label  # "Zwei Palästinenser … von der Armee erschossen": decided by
                # whether the story counts this nation's troops, not by a troop word nearby
            elif self.lex.troop_noun_re.search(t, f.ss, f.se):
                group = "troops"  # "von den 15.000 Truppen etwa 4.700 Opfer"
            elif (measure in M.CASUALTY_FAMILY and self.ctx.last_troops_at is not None
                  and f.fig.start - self.ctx.last_troops_at < TROOP_CONTEXT_CHARS):
                group = "troops"  # losses in a passage that has just counted troops
            label = label or group
        return group, label

    # ------------------------------------------------------------------ memory
    def _remember_value(self, f: Frame, group: str | None, measure: str, evidence: str) -> tuple[str, str]:
        """A figure repeated in the document counts what it counted before; a measurement in
        a unit the document has measured before ("8.500 Hektar verbrannt … Copernicus kommt
        auf 11.000 Hektar") measures the same, money and head counts aside."""
        unit = f.unit
        if unit and not f.countable and not M.is_money(unit) and unit not in self.lex.unit_forced:
            if evidence in ("noun", "predicate"):
                self.ctx.unit_measures[unit] = measure
            elif unit in self.ctx.unit_measures and measure in ("other", M.unit_measure(self.lex, unit)):
                return self.ctx.unit_measures[unit], "memory"
        val = getattr(f.fig, "low", None)
        if val is None or not group:
            return measure, evidence
        key = (float(val), group)
        prev = self.ctx.value_measures.get(key)
        if evidence == "default" and prev and prev != measure:
            return prev, "memory"
        if evidence in ("noun", "predicate"):
            self.ctx.value_measures[key] = measure
        return measure, evidence

    def _noun_role(self, ph: P.Phrase, measure: str, evidence: str, is_person: bool) -> tuple[str, str]:
        """People whom a verb gave a lasting role ("Schüler … besucht": participants) keep it
        where a later count of the same noun says nothing of its own."""
        if not is_person or ph.span is None:
            return measure, evidence
        noun = ph.key or self.text[ph.span[0]:ph.span[1]].split()[-1].lower()
        if evidence == "predicate" and measure in self.lex.noun_kept_measures:
            self.ctx.noun_measures[noun] = measure
        elif evidence not in ("predicate", "noun", "memory") and noun in self.ctx.noun_measures:
            return self.ctx.noun_measures[noun], "memory"
        return measure, evidence

    def _change_of_count(self, f: Frame, ph: P.Phrase, increment: bool) -> P.Phrase:
        """A share that changes and names nothing, right after a count in its sentence, is that
        count's change: "213.000 Asylerstanträge – 15 Prozent mehr als im ersten Quartal"."""
        last = self._last_count_noun
        if not increment or ph.span is not None or last[0] != f.ss or not self._tallied(f) \
                or last[1][1] > f.fig.start:
            return ph
        carried = P.of_span(self.lex, self.text, last[1])
        carried.where, carried.np_end = "carried", f.unit_end
        if carried.demonym is None and not P.names_people(self.lex, self.text[last[1][0]:last[1][1]].split()[-1]):
            # the words only: "15 Prozent mehr" Asylerstanträge is no share of people, though
            # the lexicon lets applications stand for the people who made them
            carried.key, carried.person = None, False
        return carried

    def _elided_measure(self, f: Frame, ph: P.Phrase, measure: str, evidence: str,
                        prev_sentence: tuple[int, int] | None) -> tuple[str, str]:
        """An elided count with no predicate of its own ("… nach Griechenland gekommen. Im
        Jänner 2015 waren es knapp 1.700") says what the count it stands for said."""
        end, last = self._last_count_measure
        start = prev_sentence[0] if prev_sentence else f.ss
        if ph.where != "carried" or evidence in ("predicate", "noun") or not last or end < start:
            return measure, evidence
        return last, "memory"

    def _broken_down(self, f: Frame, measure: str, evidence: str, is_person: bool) -> str:
        """People in a bracket right after a count break it down and share its measure:
        "2.429 Bewerbungen (1.812 Männer und 617 Frauen) wurden gezählt" -> received."""
        end, counted = self._last_count_measure
        if not is_person or measure not in ("size", "other") or evidence == "predicate" \
                or not 0 <= f.lead_at - end <= BREAKDOWN_CHARS:
            return measure
        return counted if _BRACKET_OPEN.fullmatch(self.text, end, f.lead_at) else measure

    def _few_individuals(self, f: Frame, ph: P.Phrase, measure: str, evidence: str, is_person: bool) -> str:
        """A handful of people with no predicate of their own are individuals of the story
        ("zwei Wirtschaftsprüfer", "drei Frauen und drei Männer"), not a group's standing size
        (ANNOTATION.md) — unless a verb of having says they make up a whole ("Das Ehepaar hat
        drei Kinder", "Das Team besteht aus sechs Personen"). Only the pack's narrative nouns."""
        lex, low = self.lex, f.fig.low
        if not is_person or measure != "size" or evidence in ("predicate", "memory") or low is None \
                or not 1 <= low <= lex.few_individuals or not float(low).is_integer() \
                or f.fig.high not in (None, low) or f.unit not in (None, M.PERSON_UNIT) \
                or getattr(f.fig, "kind", "") == "multiplier":
            return measure
        meta = ph.meta(lex) or (lex.noun_meta.get(PEOPLE_TABLE, {}) if ph.person or ph.key is None else {})
        if not meta.get("few") or lex.standing_verb_re.search(self.text, f.cs, f.ce):
            return measure
        return meta["few"]

    def _remember(self, f: Frame, ph: P.Phrase, group: str | None, nat: Nation | None, is_person: bool) -> None:
        if not (is_person and group):
            return
        subset = bool(self.lex.subset_re.search(self.text, max(f.cs, f.lead_at - 40), f.lead_at))
        if ph.key and ph.where != "carried" and not subset:
            self.ctx.last_person = (ph.key, nat, ph.span)
        # "8.000 Syrer" names a group within the story, not where the story happens
        if nat and not (group == "people" and ph.demonym is not None):
            self.ctx.nationalities.setdefault(group, Counter())[nat] += 1
            self.ctx.latest[group] = nat
        if group == "troops":
            self.ctx.last_troops_at = f.fig.start

    # ------------------------------------------------------------------ output
    def _span(self, span: tuple[int, int] | None) -> CountedPhrase | None:
        return CountedPhrase(self.text[span[0]:span[1]], span) if span else None

    def _counted(self, ph: P.Phrase) -> CountedPhrase | None:
        """The counted words; for an elided noun ("weitere 400") the noun named before."""
        return self._span(ph.span)

    def _topic(self, f: Frame, ph: P.Phrase) -> CountedPhrase | None:
        """What the sentence is about, when it names nothing counted; an elided noun named
        further back ("weitere 3.000") stays unnamed."""
        if ph.span is not None or ph.where == "carried":
            return None
        span = topic_span(self.lex, self.text, f)
        if span is not None and self.lex.source_noun_re.fullmatch(self.text[span[0]:span[1]].split()[-1]):
            return None  # "nach STANDARD-Infos verschwanden 30.000 Euro": where it comes from
        return self._span(span)

    def _subject(self, f: Frame, ph: P.Phrase, label: str | None, nat: Nation | None,
                 place: str | None, is_person: bool) -> str | None:
        """The display label: "<nationality> <group>", "<group> in <country>", or the thing."""
        if label and (is_person or f.unit == M.FACTOR_UNIT):
            if nat:
                return f"{nat.label} {label}"
            country = self.lex.iso_names.get(place or "")
            return f"{label} in {country}" if country else label
        if ph.span is None or ph.where == "carried":
            return nat.label if nat else None
        core = self.text[ph.span[0]:ph.span[1]]
        if self.lex.syntax.is_pronoun(core):
            return nat.label if nat else None  # "büßte sie 5,2 Prozent ein": a pronoun labels no series
        return f"{nat.label} {core}" if nat else core
