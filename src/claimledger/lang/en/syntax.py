"""English noun-phrase hooks for the counting stage.

English capitalises names, not nouns, so the German test "a noun is a capitalised word"
cannot find what a figure counts. English puts the counted noun after the figure with its
modifiers in front and no endings ("5,000 North Korean troops", "300 flooded homes"), and a
count above one is plural: the head is the first plural-looking word of the run of content
words after the figure, where a content word is one the pack's word classes
(``syntax.toml``) do not list as a function word. Trailing verbs ("300 homes flooded") end
the run: a word shaped like a past tense or listed as a verb is no head. The same functions
as ``lang/de/syntax.py`` are exported, so the pipeline asks the same questions of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

_WORD = re.compile(r"[^\W\d_][\w'\u2019]*(?:-[^\W_][\w]*)*")
_GAP = re.compile(r"[ \u00a0]+")
_TOKEN = re.compile(r"[^\s,;:()\"\u201c\u201d]+")
_NAME2 = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]([A-Z][a-z]+)\b")
_REL_OPEN = re.compile(r"[ \u00a0]*(\w+)\b")


@dataclass
class Syntax:
    """English answers to the questions the counting stage asks about a noun phrase."""

    function_words: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    partitives: frozenset[str]
    relatives: frozenset[str]
    verbs: frozenset[str]
    plural_nouns: frozenset[str]
    nominal_adjectives: frozenset[str]
    singular_s: frozenset[str]
    verb_suffixes: tuple[str, ...]
    adjacent: re.Pattern[str]   # what may stand between a recipient and its figure
    max_between: int = 3
    person_nouns: frozenset[str] = frozenset()  # the pack's list of nouns naming people, if any
    partitive_prepositions: frozenset[str] = frozenset()  # "thousands of refugees"
    subject_pronouns: frozenset[str] = frozenset()  # pronouns that can be a clause's subject

    def names_person(self, word: str) -> bool:
        """A noun of the pack's person list; English compounds are separate words, so the
        word itself decides (the pack's person endings cover the rest)."""
        return word.rstrip(".,;:").lower() in self.person_nouns

    # ---------------------------------------------------------------- word classes
    def _content(self, word: str) -> bool:
        """A word that can stand in a noun phrase: not a function word."""
        return bool(word) and word[0].isalpha() and word.lower().strip("'\u2019") not in self.function_words

    def is_pronoun(self, word: str) -> bool:
        """A pronoun the counting rules may give as what a figure counts ("they"): it points
        back to something named before, so it labels no series."""
        return word.lower() in self.subject_pronouns

    def is_modifier(self, word: str) -> bool:
        """A word that may stand before the head of a noun phrase ("new", "affected"): English
        does not inflect adjectives, so any content word may."""
        return self._content(word)

    def _verb_like(self, word: str) -> bool:
        low = word.lower()
        return low in self.verbs or (len(low) > 4 and low.endswith(self.verb_suffixes)
                                     and low not in self.nominal_adjectives)

    def _plural(self, word: str) -> bool:
        low = word.lower()
        if low.endswith(("'s", "\u2019s")):
            return False  # a possessive ("the town's") is a determiner of what follows
        low = low.rstrip("'\u2019")
        if low in self.plural_nouns:
            return True
        return (len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
                and low not in self.singular_s and low not in self.verbs)

    def looks_like_noun(self, word: str) -> bool:
        """A name (capitalised) or a content word; function words ("was", "the") are not."""
        return bool(word) and (word[0].isupper() or self._content(word))

    def is_noun(self, word: str) -> bool:
        return self._content(word) and not self._verb_like(word)

    def is_name_token(self, word: str) -> bool:
        """A word that can name a product or programme ("Windows", "iOS", "BBC")."""
        w = word.rstrip(".,;:")
        if not w or not w[0].isalpha() or w.lower() in self.function_words:
            return False
        return w[0].isupper() or any(ch.isupper() for ch in w[1:])

    # ---------------------------------------------------------------- phrases
    def _run(self, text: str, pos: int, end: int, limit: int) -> tuple[list[tuple[int, int]], bool]:
        """The content words from ``pos`` on (at most ``limit + 1``), and whether what follows
        them closes the phrase (a function word, punctuation) rather than ``end`` or a further
        content word."""
        out: list[tuple[int, int]] = []
        i = pos + 1 if text[pos:pos + 1] == "-" else pos
        while True:
            g = _GAP.match(text, i, end)
            if g:
                i = g.end()
            if i >= end:
                return out, False
            m = _WORD.match(text, i, end)
            if not m:
                return out, True
            if not self._content(m.group(0)):
                return out, True
            if len(out) > limit:
                return out, False
            out.append((m.start(), m.end()))
            if m.end() >= end:
                return out, end >= len(text) or not text[end].isalnum()
            i = m.end()

    def head_after_article(self, text: str, pos: int, end: int, max_words: int = 10) -> tuple[int, int] | None:
        """The head noun of the noun phrase after an article; English puts no extended
        attribute before it, so the first noun."""
        return self.noun_after(text, pos, end, 2)

    def noun_after(self, text: str, pos: int, end: int, max_between: int | None = None
                   ) -> tuple[int, int] | None:
        """The head of the noun phrase right after ``pos``: the first plural among at most
        ``max_between + 1`` content words ("5,000 North Korean troops", "300 flooded
        homes"); else, when the phrase visibly ends, its last word before a verb ("a $5m
        budget.", "one person died"); None when a verb comes first ("300 died")."""
        limit = self.max_between if max_between is None else max_between
        run, closed = self._run(text, pos, end, limit)
        for k, (s, e) in enumerate(run):
            if self._plural(text[s:e]):
                return s, e
            if text[s:e].lower() in self.nominal_adjectives and k + 1 == len(run) and closed:
                return s, e  # "300 dead", but "300 displaced people"
        head = None
        for k, (s, e) in enumerate(run):
            if self._verb_like(text[s:e]) and (k + 1 == len(run) or head is not None):
                closed = True
                break
            head = (s, e)
        return head if closed else None

    def measured_after(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The noun after a unit that the figure measures: "40 percent of (the) workers",
        "$5bn aid", not the object of a verb ("40 percent backed the deal")."""
        g = _GAP.match(text, pos, end)
        i = g.end() if g else pos
        m = _WORD.match(text, i, end)
        if m and m.group(0).lower() in self.partitives:
            j = m.end()
            g = _GAP.match(text, j, end)
            j = g.end() if g else j
            d = _WORD.match(text, j, end)
            if d and d.group(0).lower() in self.determiners:
                j = d.end()
            return self.noun_after(text, j, end, 2)
        if m and not self._content(m.group(0)):
            return None
        return self.noun_after(text, pos, end, 1)

    def _phrases(self, text: str, start: int, pos: int) -> list[tuple[int, int, int, bool]]:
        """Noun phrases opened by a determiner in [start, pos): (determiner index, head start,
        head end, opened by a preposition)."""
        toks = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, start, pos)]
        out = []
        for j, (at, w) in enumerate(toks):
            if w.lower() not in self.determiners:
                continue
            head = None
            for k in range(j + 1, min(len(toks), j + 5)):
                tw = toks[k][1].rstrip(".")
                if not self._content(tw) or self._verb_like(tw):
                    break
                head = (toks[k][0], toks[k][0] + len(tw))
            if head:
                prep = j > 0 and toks[j - 1][1].lower() in self.prepositions
                out.append((j, head[0], head[1], prep))
        return out

    def noun_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The head of the nearest noun phrase with a determiner before ``pos`` that no
        preposition governs ("The strike cost ..."). English marks no case: a phrase after a
        preposition ("in the town") is an adverbial, and a phrase right before the figure
        is the recipient of a double object ("cost the council £25m", "gave the town
        $10m"), not what is measured; both are passed over when another phrase stands."""
        best = None
        for _j, s, e, prep in self._phrases(text, start, pos):
            recipient = self.adjacent.fullmatch(text, e, pos) is not None
            if (prep or recipient) and best is not None:
                continue
            best = (s, e)
        return best

    def last_noun(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        last = None
        for m in _WORD.finditer(text, start, pos):
            if self.is_noun(m.group(0)):
                last = (m.start(), m.end())
        return last

    def antecedent(self, text: str, clause_start: int) -> tuple[int, int] | None:
        """The noun a relative clause describes: "contracts, which came to $800,000", and
        one a participle clause describes ("the flood wall, built in 2009 for £6m,")."""
        m = _REL_OPEN.match(text, clause_start)
        if m is None or not (m.group(1).lower() in self.relatives or self._verb_like(m.group(1))):
            return None
        comma = text.rfind(",", max(0, clause_start - 3), clause_start)
        if comma < 0:
            return None
        last = self.last_noun(text, max(0, comma - 60), comma)
        return last if last and text[last[1]:comma].strip() == "" else None

    def name_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """A personal name right before ``pos`` ("John Smith (23)")."""
        seg = text[start:pos].rstrip()
        m = re.search(r"((?:[A-Z][\w'-]*\.?[ \u00a0]){0,2}[A-Z][\w'-]*\.?)$", seg)
        if not m or m.group(1).split()[0].lower() in self.function_words:
            return None
        return start + m.start(1), start + m.end(1)

    def name_before_in(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The nearest two capitalised words in a row that are no function words."""
        best = None
        for m in _NAME2.finditer(text, start, pos):
            if m.group(1).lower() not in self.function_words and m.group(2).lower() not in self.function_words:
                best = (m.start(), m.end())
        return best

    def subject_of(self, text: str, start: int, end: int, fig_start: int, fig_end: int
                   ) -> tuple[int, int] | None:
        """The subject of a clause, for what lasts a duration: English puts it first ("Maria
        spent almost three weeks in the camp"); a name, else the clause's first noun phrase."""
        first = _WORD.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
        if first is not None and first.start() < fig_start and first.group(0)[0].isupper() \
                and first.group(0).lower() not in self.function_words:
            name = self.name_before_in(text, first.start(), fig_start)
            return name if name and name[0] == first.start() else (first.start(), first.end())
        return self.noun_before(text, start, fig_start)

    def clause_subject(self, text: str, start: int, pos: int, frames: Callable[[str], bool] | None = None,
                       objects: bool = False, opened: bool = False) -> tuple[int, int] | None:
        """What a verb of change changes, or what lasts: English puts the subject before the
        verb ("Sales rose 5 percent", "In March the rate fell to 3.1 percent"), so the first
        noun phrase no preposition governs, else a pronoun or name that opens the clause.
        English word order leaves the object after the figure, so ``objects`` changes nothing,
        and the subject comes before the verb whatever opens the clause (``opened``)."""
        for _j, s, e, prep in self._phrases(text, start, pos):
            if not prep and not (frames and frames(text[s:e])):
                return s, e
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, pos)]
        if toks and toks[0][2].lower() in self.subject_pronouns:
            return toks[0][0], toks[0][1]
        return self.subject_of(text, start, pos, pos, pos)

    def priced_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The thing a price after a preposition belongs to ("a television at £5,800"): the
        noun right before the preposition."""
        last = self.last_noun(text, max(start, pos - 60), pos)
        return last if last and not text[last[1]:pos].strip() else None

    def determiner_before(self, text: str, pos: int) -> int | None:
        """Start of an article right before ``pos`` ("the 39-year-old")."""
        m = re.search(r"(\w+)[ \u00a0]$", text[max(0, pos - 12):pos])
        if m and m.group(1).lower() in self.determiners:
            return pos - len(m.group(0))
        return None


def _low(tab: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in tab.get(key, []))


def make(pack: Any) -> Syntax:
    tab = pack.table("syntax")
    dets, preps = _low(tab, "determiners"), _low(tab, "prepositions")
    function = dets | preps | _low(tab, "function_words") | _low(tab, "auxiliaries")
    return Syntax(function_words=function, determiners=dets, prepositions=preps,
                  partitives=_low(tab, "partitive_prepositions"),
                  partitive_prepositions=_low(tab, "partitive_prepositions"),
                  relatives=_low(tab, "relative_pronouns"),
                  verbs=_low(tab, "verbs") | _low(tab, "auxiliaries"),
                  plural_nouns=_low(tab, "plural_nouns"),
                  nominal_adjectives=_low(tab, "nominal_adjectives"), singular_s=_low(tab, "singular_nouns_in_s"),
                  verb_suffixes=tuple(tab.get("verb_suffixes", [])),
                  adjacent=re.compile(r"(?:[ \u00a0]+(?:" + "|".join(re.escape(w) for w in tab.get("figure_lead_words", []))
                                      + r"))*[ \u00a0]*[$\u00a3\u20ac\u00a5]?"),
                  max_between=int(tab.get("max_words_between_figure_and_noun", 3)),
                  subject_pronouns=_low(tab, "subject_pronouns"),
                  person_nouns=frozenset(w.lower() for w in pack.words("person_nouns")))
