"""Changes: whether a figure states a difference rather than a level, and whether it fell.

"weitere 3.000", "stieg um 15 Prozent", "43 Punkte weniger", "büßte zwei Punkte ein", "ein
Rückgang um 3 Prozent": a change is an increment, and a stated fall is negative. The words come
from the pack (``[markers]`` of counted.toml); this mixin of the count analyzer only decides
where to look for them.
"""

from __future__ import annotations

import re
from typing import Any

from claimledger.extract.counting import measure as M
from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.frame import Frame
from claimledger.extract.counting.lexicon import CountLexicon

GAP_WINDOW = 70  # "wuchs der Rückstand auf die Katalanen auf sechs Punkte": a gap noun this far back
NEXT_FIGURE_GAP = 10
CHANGE_PREP_CHARS = 16  # "um gleich 18 Prozent": the preposition and a filler before the figure
CHANGE_NOUN_CHARS = 70  # "ein Rückgang der Wirtschaftsleistung des Landes um": a noun of change this far back
_DIGIT = re.compile(r"\d")  # "mehr als die Hälfte": a comparative this close to the next figure qualifies it
_GAP = re.compile(r"[ \u00a0]+")
_FOUR_DIGITS = re.compile(r"\d{4}(?!\d)")


def counted_end(ph: P.Phrase) -> int | None:
    """Where the figure's own counted noun ends ("43 Punkte| weniger"), if it has one."""
    return ph.span[1] if ph.span is not None and ph.where in ("after", "head", "unknown") else None


class ChangeRules:
    """Increments and falls, for the count analyzer (which provides these attributes)."""

    lex: CountLexicon
    text: str
    ctx: Any
    _last_fall: tuple[int, bool]

    def _fell(self, f: Frame, noun_end: int | None, increment: bool) -> bool:
        falls = self._falls(f, noun_end, increment)
        self._last_fall = (f.unit_end, falls)
        return falls

    def _increment(self, f: Frame, ph: P.Phrase) -> bool:
        """"weitere 3.000", "mit zusätzlichen 25.000", "5.000 zusätzliche Soldaten"."""
        lex, t = self.lex, self.text
        mark = lex.increment_re.search(t, max(f.ss, f.lead_at - 25), f.lead_at)
        if mark and not (lex.sign_word_re.match(t, mark.start())
                         and lex.level_prep_re.search(t, max(f.ss, mark.start() - 8), mark.start())):
            return True  # "weitere 3.000", "plus 2,4 Prozent", but "liegt mit minus 45 Punkten"
        if lex.change_prep_re.search(t, max(f.ss, f.lead_at - 8), f.lead_at) and (
                self._change_verb(f, lex.change_verb_re) or lex.change_verb_re.search(t, f.ss, f.se)):
            return True  # "sank um 0,4 Prozent", "konnten sich verbessern – Griss um vier Punkte"
        if lex.fall_noun_re.search(t, max(f.ss, f.lead_at - 25), f.lead_at):
            return True  # "ein Rückgang um 3 Prozent"
        if self._changed_by_noun(f) is not None:
            return True  # "ein Rückgang der Wirtschaftsleistung des Landes um 3,6 Prozent"
        if f.unit_end > f.fig.end and lex.difference_unit_re.match(t, f.fig.end, f.unit_end):
            return True  # "zwei Prozentpunkte": a unit that is a difference
        if self._compared(f, ph):
            return True  # "80 Prozent mehr Ankünfte", "43 Punkte weniger", "830 mehr als im Vorjahr"
        if f.unit not in (None, M.PERSON_UNIT, M.FACTOR_UNIT) and lex.measure_comparative_re.match(t, f.unit_end):
            return True  # "20 Zentimeter breiter", "fünf Sekunden schnellere Rundenzeiten"
        if self._gap(f, ph):
            return True  # "39 Punkte Vorsprung", "der Rückstand wuchs auf sechs Punkte"
        if self._changes_like_a_share(f, ph) and self._change_verb(f, lex.change_verb_re) \
                and not lex.level_prep_re.search(t, max(f.ss, f.lead_at - 20), f.lead_at):
            return True  # "verlor knapp 40 Prozent ihres Wertes", "büßte zwei Punkte ein", but "stieg auf 5 Prozent"
        prev_end, prev_inc = self.ctx.last_change
        if prev_inc and f.ss <= prev_end < f.lead_at and (
                lex.restatement_re.match(t, prev_end, f.lead_at)
                or (f.cs > f.ss and t[f.cs - 1] == "(" and not t[prev_end:f.cs - 1].strip()
                    and not lex.level_prep_re.search(t, max(f.ss, f.lead_at - 8), f.lead_at))):
            return True  # "plus 2,4 Prozent oder 43.236 Personen", "um 30 Milliarden Rubel (367 Millionen Euro)"
        if ph.where not in ("after", "head") or ph.span is None:
            return False
        m = lex.increment_word_re.search(t, f.unit_end, ph.span[0])
        return m is not None and not (lex.new_things_re.match(m.group()) and not ph.meta(lex).get("group"))

    def _changed_by_noun(self, f: Frame) -> re.Match[str] | None:
        """A noun of change earlier in the clause's sentence, "um" (and a filler) right before
        the figure, no figure between: the noun of change that makes it a difference."""
        lex, t = self.lex, self.text
        if not lex.change_prep_far_re.search(t, max(f.ss, f.lead_at - CHANGE_PREP_CHARS), f.lead_at):
            return None
        start = max(f.ss, f.lead_at - CHANGE_NOUN_CHARS)
        found = None
        for found in lex.change_noun_re.finditer(t, start, f.lead_at):
            pass
        if found is None or _DIGIT.search(t, found.end(), f.lead_at):
            return None
        return found

    def _compared(self, f: Frame, ph: P.Phrase) -> bool:
        """A comparative right after a share, a tally or a bare count ("830 mehr als …"), or
        after the counted noun, makes the figure a difference — unless it qualifies the next
        figure ("16 Stimmen, mehr als doppelt so viel", "vier Milliarden Personen, mehr als die
        Hälfte")."""
        lex, t = self.lex, self.text
        noun_end = counted_end(ph)
        bare = f.countable and f.unit is None and ph.where not in ("after", "head")
        m = None
        if self._tallied(f) or bare:
            m = lex.comparative_re.match(t, f.unit_end)
        if m is None and noun_end is not None:
            m = lex.comparative_re.match(t, noun_end)
        if m is None:
            return False
        nxt = f.next_at
        return nxt is None or nxt - m.end() > NEXT_FIGURE_GAP or self._year_at(nxt)  # "mehr als 2014"

    def _gap(self, f: Frame, ph: P.Phrase) -> bool:
        """A lead or a deficit is a difference between two standings: the gap noun right after
        the figure's unit or counted noun, or before the figure in its clause; a tally of
        points ahead of or behind someone."""
        lex, t = self.lex, self.text
        end = counted_end(ph)
        if lex.gap_after_re.match(t, f.unit_end) or (end is not None and lex.gap_after_re.match(t, end)):
            return True
        if self._tallied(f) and lex.tally_gap_re.match(t, f.unit_end) \
                and not lex.level_prep_re.search(t, max(f.ss, f.lead_at - 8), f.lead_at):
            return True  # "führt 97 Zähler vor seinem Landsmann", but "liegt mit 4,29 Prozent vor Israel"
        return lex.gap_before_re.search(t, max(f.cs, f.lead_at - GAP_WINDOW), f.lead_at) is not None

    def _span_changed(self, f: Frame, end: int) -> bool:
        """A span of time that is a difference: a lead or a deficit ("mit einer Minute
        Rückstand", "einem Rückstand von 56 Sekunden"), a comparative after it ("fünf Sekunden
        schnellere Rundenzeiten") or a change by it ("um 25 Stunden verlängern")."""
        lex, t = self.lex, self.text
        if lex.gap_after_re.match(t, end) or lex.measure_comparative_re.match(t, end) \
                or lex.gap_before_re.search(t, max(f.cs, f.lead_at - GAP_WINDOW), f.lead_at):
            return True
        return lex.change_prep_re.search(t, max(f.ss, f.lead_at - 8), f.lead_at) is not None \
            and self._change_verb(f, lex.change_verb_re) is not None

    def _year_at(self, pos: int) -> bool:
        """Four digits at ``pos`` within the pack's years (the figure scanner's bounds)."""
        m = _FOUR_DIGITS.match(self.text, pos)
        return m is not None and self.lex.years[0] <= int(m.group()) <= self.lex.years[1]

    def _changes_like_a_share(self, f: Frame, ph: P.Phrase) -> bool:
        """Shares, points, seats and measurements are what a verb of change changes by the
        figure ("verlor 40 Prozent", "büßte zwei Punkte ein", "verlor zwei Mandate", "hat 18 kg
        abgenommen"); a head count with such a verb is as often a level ("verlor 300
        Mitarbeiter" — who left)."""
        return self._tallied(f) or ph.meta(self.lex).get("measure") == "seats" or self._measurement(f)

    def _measurement(self, f: Frame) -> bool:
        """A figure in a unit of measurement, not money ("hat 18 kg abgenommen": a change of
        weight; "verlor 200 Millionen Euro" is an amount lost)."""
        return f.unit not in (None, M.PERSON_UNIT, M.FACTOR_UNIT, M.YEAR_UNIT, M.TIMES_UNIT) and not M.is_money(f.unit)

    def _tallied(self, f: Frame) -> bool:
        """A share or a tally of points: its unit, not a noun, says what changes."""
        return self.lex.unit_forced.get(f.unit or "") == "share" or f.unit in M.TALLY_UNITS

    def _falls(self, f: Frame, noun_end: int | None, increment: bool) -> bool:
        """A change that the clause says is a fall ("um 6,8 Prozent abgestürzt", "ein Rückgang
        um 3 Prozent") is negative; a figure already signed ("minus 0,4") is left alone."""
        if not increment or f.fig.low is None or f.fig.low < 0:
            return False
        lex, t = self.lex, self.text
        by_noun = self._changed_by_noun(f)
        if by_noun is not None:
            return lex.fall_change_noun_re.fullmatch(by_noun.group()) is not None
        if lex.fall_noun_re.search(t, max(f.ss, f.lead_at - 25), f.lead_at) \
                or lex.fall_comparative_re.match(t, f.unit_end) \
                or (f.unit not in (None, M.FACTOR_UNIT) and lex.measure_fall_comparative_re.match(t, f.unit_end)) \
                or (noun_end is not None and lex.fall_comparative_re.match(t, noun_end)):
            return True
        verb = self._change_verb(f, lex.change_verb_re)
        if verb is not None:
            return lex.fall_verb_re.match(t, verb.start(), verb.end()) is not None
        prev_end, prev_falls = self._last_fall
        # a bracket restating a fall in another unit falls too
        return prev_falls and f.ss <= prev_end and f.cs > f.ss and t[f.cs - 1] == "(" \
            and not t[prev_end:f.cs - 1].strip()

    def _change_verb(self, f: Frame, rx: re.Pattern[str]) -> re.Match[str] | None:
        """The verb of ``rx`` nearest the figure in its clause, else the first past a bracket
        that ends the clause or holds the figure ("um 30 Milliarden Rubel (etwa 367 Millionen
        Euro) gekürzt")."""
        t = self.text
        found = list(rx.finditer(t, f.cs, f.ce))
        if found:
            return min(found, key=lambda m: abs(m.start() - f.lead_at))
        if f.ce < f.se and t[f.ce] == "(":
            close = t.find(")", f.ce, f.se)
        elif f.cs > f.ss and t[f.cs - 1] == "(" and f.ce < f.se and t[f.ce] == ")":
            close = f.ce
        else:
            return None
        if close < 0 or close + 1 >= f.se:
            return None
        after = _GAP.match(t, close + 1)
        if self.lex.coord_open_re.match(t, after.end() if after else close + 1):
            return None  # "304 Stimmen (mehr als 52 Prozent) und gewann … ein Mandat dazu": another clause
        return rx.search(t, close + 1, self._clause(f.ss, f.se, close + 1)[1])
