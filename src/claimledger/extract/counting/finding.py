"""Stage 1 of counting: the phrase a figure counts, where the text names it elsewhere.

The noun right after a figure is found by the phrase module; these rules find it where the
sentence leaves it out or puts it first: a partitive ("zwei der Soldaten"), a bracket after a
name or a place, a restatement in brackets, a later count of the same sentence, an expletive
"es" pointing to the sentence before, a marker ("die Zahl der"). They read and keep the
document's memory of what was counted last, which the analyser holds.
"""

from __future__ import annotations

import re

from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.frame import Frame
from claimledger.extract.counting.lexicon import CountLexicon, Nation
from claimledger.extract.counting.measure import TIMES_UNIT
from claimledger.extract.counting.who import NationFinder, nation_at

WINDOW_AFTER_UNIT = 70
_TOKEN = re.compile(r"[\w.,]*\w")  # a figure's token: "21", "1.000", "fünf"


_LIST_NEXT = re.compile(r"[^\d]{0,12}?(\d[\d.,]*\d|\d)")  # the next item of a list of numbers

class PhraseRules:
    """Mixin of :class:`CountAnalyzer`: where the counted phrase is when it is not after the figure."""

    text: str
    lex: CountLexicon
    nations: NationFinder
    _last_phrase: tuple[int, tuple[int, int]]
    _last_count_noun: tuple[int, tuple[int, int]]
    _last_bracket: tuple[int, tuple[int, int]]
    _last_unit_phrase: dict[str, tuple[int, tuple[int, int]]]
    _last_measured: tuple[int, tuple[int, int] | None]
    _prev_sentence: tuple[int, int] | None
    _source_span: tuple[int, int] | None

    def _remembered_phrase(self, f: Frame) -> P.Phrase:
        """The figure's phrase, remembered for the figures after it in the sentence."""
        phrase = self._phrase(f)
        if f.fig.kind == "multiplier" and phrase.key is None:
            phrase.person = False  # "der zweifache Sieger" counts wins, not persons
        if phrase.span is not None and phrase.where != "carried":
            self._last_phrase = (f.ss, phrase.span)
            if phrase.where in ("after", "unknown") and f.countable and f.unit is None:
                self._last_count_noun = (f.ss, phrase.span)
        self._last_measured = (f.unit_end, phrase.span if phrase.where != "carried" else None)
        return phrase

    def _partitive(self, f: Frame) -> P.Phrase | None:
        """"sechs der 21 Gemeinden", "vier der letzten fünf Duelle": a part of a whole that is
        counted by the next figure counts the noun after that figure."""
        t, nxt = self.text, f.next_at
        if nxt is None or not self.lex.partitive_re.fullmatch(t, f.unit_end, nxt):
            return None
        tok = _TOKEN.match(t, nxt)
        end = tok.end() if tok else nxt
        return P.after_figure(self.lex, t, end, min(f.ce, end + WINDOW_AFTER_UNIT))

    def _phrase(self, f: Frame) -> P.Phrase:
        lex, t = self.lex, self.text
        restated = self._restated_phrase(f)
        if restated is not None:
            return restated
        if f.unit == TIMES_UNIT and not lex.times_compared_re.match(t, f.unit_end):
            doer = self._doer(f)  # "Sechsmal wurde er zu Fall gebracht": who did it so often
            last = self._last_unit_phrase.get(TIMES_UNIT)
            if doer is None and last is not None and last[0] == f.ss:
                doer = P.of_span(lex, t, last[1])  # "fünfmal den Titel, dreimal den Cup": the same doer
            if doer is not None and doer.span is not None:
                self._last_unit_phrase[TIMES_UNIT] = (f.ss, doer.span)
                return doer
        if f.countable:
            ph = P.after_figure(lex, t, f.unit_end, f.win_end) or self._partitive(f)
            if ph is None:
                ph = P.before_figure(lex, t, f.cs, f.fig.start)
        else:
            ph = self._measured_phrase(f)
        if ph is None or (ph.where == "before" and not f.countable):
            ph = P.before_bracket(lex, t, f.ss, f.cs) or ph
            ph = self._elided_before_nation(f, ph)
            ph = self._bracket_after_place(f, ph)
            if ph is not None and ph.key is not None and ph.span is not None and ph.where == "before":
                self._last_bracket = (f.ss, ph.span)
        if ph is None and not f.countable:
            span = lex.syntax.antecedent(t, f.cs)
            ph = P.of_span(lex, t, span) if span else None
        if ph is None and f.countable and self._last_phrase[0] == f.ss \
                and lex.subset_re.search(t, max(f.cs, f.lead_at - 40), f.lead_at):
            ph = P.of_span(lex, t, self._last_phrase[1])  # "zehn Doppelfehler, davon acht …"
        if ph is None:
            ph = self._elided_from_before(f)
        if not f.countable and f.unit:
            last = self._last_unit_phrase.get(f.unit)
            if ph is None and last is not None and last[0] == f.ss:
                # "Waren es einst 20 Prozent der Besucher, sind es nun 40 Prozent", "ein
                # Umweltbeitrag von 50 Euro …, bei über 200 Gramm könnten 1000 Euro fällig
                # werden": a parallel clause leaves out what the same unit measured before
                ph = P.of_span(lex, t, last[1])
            if ph is not None and ph.span is not None:
                self._last_unit_phrase[f.unit] = (f.ss, ph.span)
        if ph is None and f.countable:
            # "die Zahl der Ankünfte stieg auf 12.900" (in the clause), "Wie viele Kinder …,
            # gab die Polizei mit 12 an" (in the sentence): the noun after the marker
            ph = (self._after_marker(lex.count_noun_re, f.cs, f.fig.start)
                  or self._after_marker(lex.how_many_re, f.ss, f.fig.start))
        if ph is None and f.countable and f.unit is None and self._last_count_noun[0] == f.ss \
                and f.fig.kind != "multiplier":
            ph = P.of_span(lex, t, self._last_count_noun[1])
            ph.where = "carried"  # "Wurden 2012 1,9 Milliarden Nachrichten verschickt, waren es 2015 857 Millionen"
        if ph is not None and ph.span is not None and ph.key is None and not f.countable \
                and lex.source_noun_re.fullmatch(t[ph.span[0]:ph.span[1]].split()[-1]):
            ph = None  # "Berichten zufolge beliefen sich diese auf 80 Millionen": where it comes from
        ph = ph or P.Phrase(np_end=f.unit_end)
        if ph.key in lex.instance_tables and lex.instance_before_re.search(t, max(f.ss, f.lead_at - 25), f.lead_at):
            ph.key = None  # "in 36 Fällen": instances, not cases of an illness
        return ph

    def _measured_phrase(self, f: Frame) -> P.Phrase | None:
        """What a figure with a unit measures: a place it is attached to, the noun its extended
        attribute describes, else what its clause says it measures — never who gives it."""
        lex, t = self.lex, self.text
        attached = self.nations.attached_place(f.ss, f.lead_at)
        noun = lex.syntax.noun_after(t, f.attribute_noun_at, f.se, 0) if f.attribute_noun_at is not None else None
        ph = (P.of_span(lex, t, attached[0]) if attached else P.of_span(lex, t, noun) if noun
              else P.of_measure(lex, t, f.cs, f.lead_at, f.unit_end, f.win_end, f.ss,
                                clause_end=f.ce, changed=self._subject_measured(f)))
        src = self._source_span
        if ph is not None and ph.span is not None and src is not None \
                and ph.span[0] < src[1] and src[0] < ph.span[1]:
            # who gives the figure is not what it measures: "Die Aktiva der Bank beziffert
            # die Ratingagentur mit 2,97 Mrd. Dollar"
            # (when the clause names nothing else, the source speaks of itself: "Die
            # Energie AG investiert nach eigenen Angaben 58 Mio. Euro")
            span = lex.syntax.noun_before(t, f.cs, src[0])
            ph = P.of_span(lex, t, span) if span else ph
        return ph

    def _doer(self, f: Frame) -> P.Phrase | None:
        """Who or what did the thing a count of times counts: the clause's subject, which
        follows the verb when the count or an adverbial opens the clause ("Mit den Katalanen
        holte der Stürmer fünfmal den Titel")."""
        lex, t = self.lex, self.text

        def frames(w: str) -> bool:
            return P.frames_or_dates(lex, w)
        before, after = t[f.cs:f.lead_at].split(), t[f.unit_end:f.ce].split()
        if not before or (len(before) == 1 and not lex.syntax.is_noun(before[0])):
            if after and after[0].lower() in lex.syntax.determiners:
                return None  # "…, dreimal den Cup": no verb, an object; the doer was named before
            # the count (and an adverb) opens the clause: "Bereits zweimal stimmte das Parlament"
            span = lex.syntax.clause_subject(t, f.unit_end, f.ce, frames, opened=True)
        else:
            span = lex.syntax.clause_subject(t, f.cs, f.lead_at, frames)
        return P.of_span(lex, t, span) if span else None

    def _subject_measured(self, f: Frame) -> bool:
        """Does the clause's verb say the figure measures its subject: a verb of change ("fiel
        die Quote auf 5 Prozent") or of a level reached ("Griss kommt auf zwölf Punkte")?"""
        lex, t = self.lex, self.text
        return lex.change_verb_re.search(t, f.cs, f.ce) is not None \
            or lex.level_verb_re.search(t, f.cs, f.ce) is not None

    def _elided_from_before(self, f: Frame) -> P.Phrase | None:
        """"Ein Quartal zuvor waren es noch 949,3 Millionen": an expletive "es" with a copula
        leaves out what the figure counts, which the sentence before named with a figure of
        the same kind (a head count, or the same unit)."""
        prev, lex, t = self._prev_sentence, self.lex, self.text
        if prev is None or not (lex.elided_count_re.search(t, max(f.ss, f.lead_at - 40), f.lead_at)
                                or self._elided_after(f)):
            return None
        last = self._last_unit_phrase.get(f.unit) if f.unit else self._last_count_noun if f.countable else None
        if last is not None and last[0] == prev[0]:
            ph = P.of_span(lex, t, last[1])
        elif f.countable and f.unit is None:
            # "Die Zahl der … geflüchteten Menschen ging zurück. Nur noch 335 waren es …"
            ph = self._after_marker(lex.count_noun_re, prev[0], prev[1])
            if ph is None:
                return None
        else:
            return None
        ph.where = "carried"
        return ph

    def _elided_after(self, f: Frame) -> bool:
        """"Nur noch 335, 338 und 200 waren es": the expletive and its copula right after the
        figure, or after the list the figure opens."""
        lex, t, at = self.lex, self.text, f.unit_end
        nxt = _LIST_NEXT.match(t, at)
        while nxt is not None and lex.list_joint_re.fullmatch(t, at, nxt.start(1)):
            at = nxt.end()
            nxt = _LIST_NEXT.match(t, at)
        return lex.elided_count_after_re.match(t, at) is not None

    def _restated_phrase(self, f: Frame) -> P.Phrase | None:
        """A figure in brackets right after another restates it in another unit and counts
        what it counted: "Staatsschulden in Höhe von 72 Milliarden Dollar (64 Mrd. Euro)"."""
        end, span = self._last_measured
        if span is None or f.cs <= f.ss or self.text[f.cs - 1] != "(" or end > f.cs \
                or self.text[end:f.cs - 1].strip():
            return None
        return P.of_span(self.lex, self.text, span)

    def _elided_before_nation(self, f: Frame, ph: P.Phrase | None) -> P.Phrase | None:
        """A bracket after a bare nation in a list counts the noun the list began with:
        "Staatsbürger Afghanistans (plus 18.329), des Irak (plus 10.039)"."""
        if ph is None or ph.key is not None or ph.span is None or self._last_bracket[0] != f.ss:
            return ph
        nation = self._nation_named(ph.span)
        if nation is None:
            return ph
        last = P.of_span(self.lex, self.text, self._last_bracket[1])
        if last.key is None:
            return ph
        last.named_nation = nation
        return last

    def _bracket_after_place(self, f: Frame, ph: P.Phrase | None) -> P.Phrase | None:
        """A bracket after a bare place counts what the sentence counts before it, the first
        noun of people or of the lexicon: "Die meisten Schüler … finden sich in Wien (18.478)
        vor Oberösterreich (4.090)". A share or measurement there is the place's own ("Tirol
        (plus 1,4 Prozent)")."""
        if ph is None or ph.key is not None or ph.span is None or ph.where != "before" or ph.person \
                or not f.countable or f.unit is not None or not float(f.fig.low or 0).is_integer():
            return ph
        lex, t = self.lex, self.text
        m = lex.place_re.fullmatch(t, ph.span[0], ph.span[1])
        if m is None or m.group(1) not in lex.place_map:
            return ph
        for w in re.finditer(r"\w+", t[f.ss:ph.span[0]]):
            word = w.group()
            if lex.noun_re.fullmatch(word) or (lex.syntax.is_noun(word) and lex.syntax.names_person(word)):
                return P.of_span(lex, t, (f.ss + w.start(), f.ss + w.end()))
        return ph

    def _nation_named(self, span: tuple[int, int]) -> Nation | None:
        """The nation a phrase is, when it is nothing but a country or a people's name."""
        m = self.lex.where_re.fullmatch(self.text, span[0], span[1])
        kind = m.lastgroup if m else None
        return nation_at(self.lex, m.group(kind), kind) if kind in ("country", "demonym") else None

    def _after_marker(self, rx: re.Pattern[str], start: int, pos: int) -> P.Phrase | None:
        """The noun right after the last match of ``rx`` in [start, pos)."""
        last = None
        for last in rx.finditer(self.text, start, pos):
            pass
        span = self.lex.syntax.head_after_article(self.text, last.end(), pos) if last else None
        return P.of_span(self.lex, self.text, span) if span else None
