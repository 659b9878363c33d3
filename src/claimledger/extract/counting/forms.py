"""Figures decided by their form before anything else: ages, durations, clock times, figures
glued into a word, names and year spans that are no claims."""

from __future__ import annotations

import re
from typing import Any

from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.frame import Counted, Frame
from claimledger.model import Who

BOUNDING = ("more_than", "at_least", "at_most", "up_to")  # bounds that make an article as one a span
MAX_HUMAN_AGE = 130  # years: an age above this is a thing's, whoever's phrase it stands in
PHRASE_BACK_CHARS = 60  # how far back an age's owner's article may stand ("Der britische … Tim Hunt (72)")
_WORD = re.compile(r"[^\W\d_]+")


_FIGURE_AFTER = re.compile(r"[ \u00a0]*\d")  # another figure right after: a list
_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)")  # the word right after a unit

class FormRules:
    """Part of :class:`~claimledger.extract.counting.analyzer.CountAnalyzer`: the rules that
    read a figure's form (its lexicon, text and place finder are the analyzer's)."""

    lex: Any
    text: str
    nations: Any
    _prev_sentence: tuple[int, int] | None
    _last_measured: tuple[int, tuple[int, int] | None]

    def _special(self, f: Frame, skip: tuple[int, int] | None) -> Counted | None:
        """Ages, durations, clock times and figures glued into a word are decided by their
        form before anything else."""
        lex, t, fig = self.lex, self.text, f.fig
        if P.is_name_number(lex, t, fig, f.ss) or P.is_year_span(t, fig) or self._rate_base(f):
            return Counted("other", None, None, False, drop=True)
        if f.unit is None and lex.time_scale_re.search(t, fig.start, fig.end):
            return self._duration(f, None, skip)  # "nach knapp vier Jahrzehnten an der Macht"
        if f.unit is None and self._bare_age(f):
            return self._age(f, None, skip)
        owner = self._bounded_age(f) if f.unit is None else None
        if owner is not None:
            return self._age(f, owner, skip)
        if f.unit is None:
            owner = P.of_age(lex, t, fig.start, fig.end, f.ss, f.se)
            if owner is not False:
                return self._age(f, owner or lex.syntax.name_before_in(t, f.ss, f.lead_at), skip)  # type: ignore[arg-type]
            dm = lex.duration_re.match(t, f.unit_end)
            if dm:
                window = t[max(f.ss, fig.start - 25):min(f.se, f.unit_end + 20)]
                if lex.age_re.search(window):
                    attr = lex.age_attributive_re.match(t, dm.end())  # "eine 36 Jahre alte Frau"
                    return self._age(f, (attr and lex.syntax.noun_after(t, attr.end(), f.se, 1))
                                     or lex.syntax.noun_before(t, f.cs, f.lead_at)
                                     or lex.syntax.name_before_in(t, f.ss, f.lead_at)
                                     or self._pronoun_owner(f), skip)
                return self._duration(f, dm, skip)
        da = lex.duration_adj_re.match(t, fig.end) if f.unit is None else None
        if da:  # "eine 23-sekündige Animation"
            after = lex.syntax.noun_after(t, da.end(), f.ce, 1)
            return Counted("duration", None, lex.duration_adj[da.group(1)], False, None, "unit",
                           counted=self._span(after), who=Who(None, None, self._place(f, skip)))
        if f.unit in lex.glued_no_claim_units and t.startswith("-", fig.end) and lex.compound_re.match(t, f.unit_end):
            return Counted("other", None, None, False, drop=True)  # "10-Punkte-Plan" (but "6-Zoll-Screen")
        if self._clock_or_glued(fig) and (
                lex.clock_re.match(t[fig.start:fig.end])
                or (not P.glued_noun(lex, t, fig.end) and t[fig.start:fig.end].isdigit())):
            return Counted("other", None, None, False, drop=True)
        return None

    def _bare_age(self, f: Frame) -> bool:
        """"Mit 14 gründete er seine erste Band": a whole figure of a lifetime right after the
        pack's lead words that open its clause, with a verb (lower case) or a comma after it
        rather than a noun, is an age."""
        lex, t, low = self.lex, self.text, f.fig.low
        if low is None or low != f.fig.high or not float(low).is_integer() or not 1 <= low <= MAX_HUMAN_AGE:
            return False
        start = f.cs + len(t[f.cs:f.lead_at]) - len(t[f.cs:f.lead_at].lstrip())
        if not lex.bare_age_re.match(t, start, f.lead_at):
            return False
        if t[f.fig.end:f.fig.end + 1] == ",":
            return not _FIGURE_AFTER.match(t, f.fig.end + 1)  # "Heute, mit 68, …", not "Mit 32, 64 und 128 GB"
        nxt = _WORD_AFTER.match(t, f.fig.end, f.ce)
        return nxt is not None and nxt.group(1).islower() \
            and nxt.group(1) not in lex.syntax.prepositions \
            and lex.syntax.noun_after(t, f.fig.end, f.ce, 1) is None  # "Mit 14 erzielten Toren": a count

    def _bounded_age(self, f: Frame) -> tuple[int, int] | None:
        """"Prostituierte zwischen 18 und 21 Jahren", "Kinder unter zehn Jahren", "eine Frau
        über 40": years bounded right after a noun of people are those people's age, unless a
        noun follows them. Returns the noun's span."""
        lex, t, fig = self.lex, self.text, f.fig
        low, high = fig.low, fig.high if fig.high is not None else fig.low
        if low is None or not 1 <= low <= (high or 0) <= MAX_HUMAN_AGE:
            return None
        m = lex.age_bound_re.search(t, max(f.ss, fig.start - 40), fig.start)
        if m is None or not lex.syntax.is_noun(m.group(1)):
            return None
        years = lex.duration_re.match(t, f.unit_end)
        if lex.syntax.noun_after(t, years.end() if years else fig.end, f.ce, 1) is not None:
            return None  # "dem Angeklagten drohen bis zu drei Jahre Haft": what lasts follows
        span = (m.start(1), m.end(1))
        meta = self._noun_meta(span)
        person = meta.get("person_group", meta.get("group")) if meta else P.names_people(lex, m.group(1))
        return span if person else None

    def _rate_base(self, f: Frame) -> bool:
        """"pro 1.000 Einwohner": the base a rate is given per is no claim."""
        if f.lead_at != f.fig.start:
            return False
        m = None
        for m in self.lex.rate_base_re.finditer(self.text, max(f.ss, f.lead_at - 12), f.fig.end):
            pass
        if m is None or m.end() != f.fig.end:
            return False
        # "je" distributes a figure unless it follows another within a few words
        last = self._last_measured[0]
        return m.group(1) not in self.lex.distributive or (last >= 0 and m.start() - last <= 40)

    def _clock_or_glued(self, fig: Any) -> bool:
        """A bare figure shaped like a clock time or glued to a word by a hyphen: the forms
        that may make it no claim ("15.30", "10-seitig")."""
        lex, t = self.lex, self.text
        return getattr(fig, "unit", None) is None and getattr(fig, "kind", "") != "placeholder" and bool(
            lex.clock_re.match(t[fig.start:fig.end]) or lex.compound_re.match(t, fig.end))

    def _pronoun_owner(self, f: Frame) -> tuple[int, int] | None:
        """"Der Schauspieler Alex Rocco ist tot. Er starb im Alter von 79 Jahren": a sentence
        that opens with a personal pronoun is about the person the sentence before named."""
        prev = self._prev_sentence
        if prev is None or not self.lex.pronoun_open_re.match(self.text, f.ss, f.se):
            return None
        return self.lex.syntax.name_before_in(self.text, prev[0], prev[1])

    def _age(self, f: Frame, owner: tuple[int, int] | None, skip: tuple[int, int] | None) -> Counted:
        # no one lives this long: "etwa 126 Millionen Jahre alt" is the age of a thing
        group, nat = ("people" if (f.fig.low or 0) <= MAX_HUMAN_AGE else None), None
        if owner is None:  # "Im Alter von 18 Jahren kommt sie nach Paris", "Mit 14 gründete er …"
            owner = self._lasting_subject(f, f.unit_end)
        if owner is not None and self.lex.age_span_re.search(self.text, owner[0], owner[1]):
            # "eine fünfjährige Haftstrafe": years that something lasts
            return Counted("duration", None, "year", False, None, "unit", counted=self._span(owner),
                           who=Who(None, None, self._place(f, skip)))
        if owner is not None:
            meta = self._noun_meta(owner)
            # a listed noun decides: people of its group, or a thing ("das 800-jährige Bestehen")
            group = meta.get("person_group", meta.get("group")) if meta else group
            nat = self._owner_nation(f, owner, skip)
        return Counted("age", None, "year", False, "people" if group else None, "unit", counted=self._span(owner),
                       who=Who(group, nat, self._place(f, skip)))

    def _owner_nation(self, f: Frame, owner: tuple[int, int], skip: tuple[int, int] | None) -> str | None:
        """Whose nationality an age carries: a nationality in the noun phrase of its owner —
        the owner itself ("der 27-jährige Kroate"), the words before it from its article on
        ("Der britische Nobelpreisträger Tim Hunt (72)", "die US-Journalistin Anna Day (26)"),
        the words between the figure and it ("ein 29-jähriger israelischer Araber") — else the
        country of the place its owner is an inhabitant of ("der 21-jährige Niederösterreicher")."""
        start = min(owner[0], f.fig.end) if owner[0] > f.fig.start else self._phrase_start(f, owner[0])
        found = [m for m in self.nations.nations(f.ss, f.se, start, owner[1], skip)
                 if m.pos >= owner[0] or m.kind != "country"]  # "die Grenzen Österreichs" is no nationality
        if found:
            return found[-1].nation.iso  # the nearest the owner's head
        word = self.text[owner[0]:owner[1]].split()[-1] if owner[1] > owner[0] else ""
        return self.nations.inhabitant_of(word) or self._anaphor_nation(f)  # type: ignore[attr-defined]

    def _phrase_start(self, f: Frame, pos: int) -> int:
        """Where the noun phrase ending in the word at ``pos`` opens: its article, a few words
        back and before no comma; else ``pos`` (the figure's own clause may open after it, at
        a bracket: "Tim Hunt (72)")."""
        lex, t = self.lex, self.text
        syn = lex.syntax
        for m in reversed(list(_WORD.finditer(t, max(f.ss, pos - PHRASE_BACK_CHARS), pos))):
            w = m.group()
            if w.lower() in syn.determiners:
                return m.start()
            if t[m.end():m.end() + 1] in ",;:" or not (syn.is_noun(w) or syn.is_modifier(w)):
                break  # "Der Russe gewann gegen Max Meier (26)": a verb or preposition ends the phrase
        return pos

    def _no_span(self, f: Frame, dm: re.Match[str]) -> bool:
        """A time unit after a number word that is no span worth a claim: a time set off from
        another ("zwei Jahre später", "vor vier Wochen", "in den vergangenen sieben Tagen"), or
        the bare article as one ("ein Jahr") unless the clause makes the span the point ("ein
        Jahr lang", "in einer Stunde geknackt") or a qualifier bounds it ("mehr als ein Jahr";
        "seit ungefähr einer Woche" only dates).
        Digits always are a claim."""
        lex, t = self.lex, self.text
        if lex.offset_before_re.search(t, max(f.cs, f.lead_at - 30), f.lead_at) \
                or lex.offset_after_re.match(t, dm.end()):
            return True
        if f.fig.low != 1 or f.fig.bound in BOUNDING:
            return False  # "etwas mehr als einer Minute", "mindestens ein Jahr": a bound makes it a figure
        return not (lex.duration_marker_re.search(t, f.cs, f.ce)
                    or lex.duration_prep_re.search(t, max(f.cs, f.lead_at - 30), f.lead_at))

    def _duration(self, f: Frame, dm: re.Match[str] | None, skip: tuple[int, int] | None) -> Counted:
        """A span of time: the unit word after the figure (``dm``), or none when the figure
        counts years itself ("vier Jahrzehnte")."""
        lex, t = self.lex, self.text
        if dm is not None and getattr(f.fig, "is_word", False) and self._no_span(f, dm):
            return Counted("other", None, None, False, drop=True)
        if dm is None:
            end, code = f.fig.end, lex.time_scale_unit
        else:
            word, end = t[dm.start():dm.end()].strip(), dm.end()
            code = next((c for stem, c in lex.duration_codes if word.startswith(stem)), None)
        # what lasts: the noun after ("vier Jahren Haft"), the relative clause's noun ("Ali,
        # der fast drei Monate unterwegs war"), the clause's subject ("dauere der Krieg …")
        lm = lex.duration_after_re.match(t, end)  # "ein Jahr lang Kriegsgefangener"
        after = (self._lasting_noun(f) or P.governing_noun(lex, t, f.cs, f.lead_at)
                 or lex.syntax.noun_after(t, lm.end() if lm else end, f.ce, 0)
                 or self._participle_noun(end, f.ce)
                 or lex.syntax.antecedent(t, f.cs)
                 or self._object_after(end, f.ce)
                 or lex.syntax.noun_before(t, f.cs, f.lead_at)
                 or self._lasting_subject(f, end))
        if code == "year" and self._deep_past(f):
            return Counted("age", None, code, False, None, "unit", counted=self._span(after),
                           who=Who(None, None, self._place(f, skip)))
        return Counted("duration", None, code, self._span_changed(f, end), None, "unit", counted=self._span(after),
                       who=Who(self._person_group(after), None, self._place(f, skip)))

    def _lasting_subject(self, f: Frame, end: int) -> tuple[int, int] | None:
        """The clause's subject lasts the span; German may put it after the figure ("Nach 54
        Jahren löste sich die Gruppe auf"), but never the span's own unit."""
        lex, t = self.lex, self.text
        if not t[f.cs:f.lead_at].strip():  # the span opens the clause: "45 Jahre lang hätten … seine Vorgänger"
            lm = lex.duration_after_re.match(t, end)
            return lex.syntax.clause_subject(t, lm.end() if lm else end, f.ce,
                                             lambda w: P.frames_or_dates(lex, w), opened=True)
        span = lex.syntax.clause_subject(t, f.cs, f.ce, lambda w: P.frames_or_dates(lex, w))
        return span if span is not None and not (f.fig.start <= span[0] < end) else None

    def _participle_noun(self, end: int, clause_end: int) -> tuple[int, int] | None:
        """A span inside an attributive participle lasts as the noun the participle describes
        ("Die seit acht Tagen bestehende Ausgangssperre", "der seit 20 Jahren amtierende
        Machthaber")."""
        syn = self.lex.syntax
        m = _WORD_AFTER.match(self.text, end, clause_end)
        if m is None or not syn.is_modifier(m.group(1)):
            return None
        return syn.noun_after(self.text, m.end(), clause_end, 2)  # "aufgeteilte ausführliche Studie"

    def _object_after(self, end: int, clause_end: int) -> tuple[int, int] | None:
        """A span of time followed by the state it was spent in ("für 81 Tage in Haft", "vier
        Jahre im Amt"): the noun of that phrase, when it names a state that lasts (the pack's
        ``age_span_nouns``), not a place."""
        syn = self.lex.syntax
        m = _WORD_AFTER.match(self.text, end, clause_end)
        if m is None or m.group(1).lower() not in self.lex.spent_in:
            return None
        span = syn.noun_after(self.text, m.end(), clause_end, 3)
        if span is None or not self.lex.age_span_re.fullmatch(self.text, span[0], span[1]):
            return None  # "drei Wochen im Lager verbracht": a place, where someone spent it
        return span

    def _lasting_noun(self, f: Frame) -> tuple[int, int] | None:
        """The noun right before the preposition that opens the span ("der schlimmste Regen
        seit 1.000 Jahren"): what has lasted, or what the span is counted to."""
        m = self.lex.lasting_prep_re.search(self.text, max(f.cs, f.lead_at - 60), f.lead_at)
        word = m.group(1) if m else ""
        if not word.replace("-", "").isalpha() or word.isupper() or not self.lex.syntax.is_noun(word) \
                or word in self.lex.place_map or P.frames_or_dates(self.lex, word):
            return None  # "lebt in Wien seit 20 Jahren": a place is where, not what lasts; a
            # bracket or an acronym ("am PC in einer Stunde") is no noun phrase that lasts, nor a
            # date ("öffnete am Donnerstag nach 48 Stunden Sperre")
        return m.start(1), m.end(1)

    def _deep_past(self, f: Frame) -> bool:
        """"vor 40.000 Jahren": a date in deep time, the age of what it dates."""
        lex = self.lex
        return (f.fig.low is not None and f.fig.low >= lex.deep_past_years
                and lex.ago_re.search(self.text, max(f.cs, f.lead_at - 30), f.lead_at) is not None)

    def _person_group(self, span: tuple[int, int] | None) -> str | None:
        """The group of the people a span of time is about ("Flüchtlinge, die fast drei Monate
        unterwegs waren"), when the phrase names listed people; things have none."""
        meta = self._noun_meta(span) if span is not None else {}
        return meta.get("person_group", meta.get("group"))

    def _noun_meta(self, span: tuple[int, int]) -> dict[str, Any]:
        """The table of the first listed noun in ``span`` ({} when none is listed)."""
        m = self.lex.noun_scan.within(self.text, *span).search(self.text, *span)
        return self.lex.noun_meta.get(m.lastgroup or "", {}) if m else {}

