"""One person as a figure: "Ein Soldat wurde getötet", "eine junge Frau wurde verletzt".

The indefinite article is the number one only where the text counts with it. The figure stage
takes it as one where it is set against another figure ("zwei Polizisten und ein Zivilist");
this stage adds the article before a noun of people in a sentence whose predicate is a toll
(killed, wounded, missing, captured: the pack's ``[singles] measures``), where a news reader
counts the one person as a casualty. Counting then reads the figure like any other and keeps
it only when it measures such a toll.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Callable

from claimledger.extract.counting import measure as M
from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.lexicon import CountLexicon
from claimledger.extract.figures.model import Figure
from claimledger.lang.regex import finditer_opening, finditer_word_start

SINGLE_KIND = "single"


class Singles:
    """Where one document may count one person, and those figures sentence by sentence. A
    sentence with no figure of its own can hold one, so its sentences are found in one scan of
    the document for the toll predicates and for bounds before an article."""

    def __init__(self, lex: CountLexicon, text: str, starts: list[int], skip: Callable[[int], bool]) -> None:
        self.lex, self.text = lex, text
        self.tolls: set[int] = set()
        self.focus: set[int] = set()
        # every bound opens with one of its words: only where one occurs is the pattern tried
        for found, matches in ((self.tolls, finditer_word_start(lex.toll_re, text)),
                               (self.focus, finditer_opening(lex.focus_re, lex.focus_bounds, text))):
            for m in matches:
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and not skip(starts[i]):
                    found.add(i)

    def sentences(self) -> set[int]:
        return self.tolls | self.focus

    def add_to(self, i: int, ss: int, se: int, figs: list[Any],
               predicates: Callable[[int, int], list[re.Match[str]]]) -> list[Any]:
        """Sentence ``i``'s figures with its single people among them, in text order."""
        ones = focus_ones(self.lex, self.text, ss, se, figs) if i in self.focus else []
        if i in self.tolls:
            ones += single_people(self.lex, self.text, predicates(ss, se), ss, se, figs + ones)
        return sorted(figs + ones, key=lambda f: f.start) if ones else figs


def single_people(lex: CountLexicon, text: str, preds: list[re.Match[str]], ss: int, se: int,
                  taken: list[Any]) -> list[Figure]:
    """Articles of sentence [ss, se) that count one person of a toll, outside ``taken`` figures
    (asked only of the sentences where the pack's toll predicates occur)."""
    if not lex.single_measures or not any(M.pred_measure(lex, m.lastgroup) in lex.single_measures for m in preds):
        return []
    out = []
    for m in lex.single_article_re.finditer(text, ss, se):
        a, e = m.span(1)
        if any(f.start <= a < f.end or a <= f.start < e for f in taken) or _governed(lex, text, ss, a):
            continue  # "eine Messerattacke auf eine Soldatin": a preposition's object is no count
        noun = lex.syntax.noun_after(text, e, se, 2)
        if noun is None or not P.names_listed_people(lex, text[noun[0]:noun[1]]):
            continue
        out.append(Figure(a, e, 1.0, 1.0, "exact", None, e, SINGLE_KIND, None, None, True))
    return out


def focus_ones(lex: CountLexicon, text: str, ss: int, se: int, taken: list[Any]) -> list[Figure]:
    """Articles of sentence [ss, se) after a bound ("mindestens eine Klage", "lediglich eine
    Frau"): one, with the bound the word gives."""
    out = []
    for m in lex.focus_re.finditer(text, ss, se):
        q, (a, e) = m.group("q").lower(), m.span("a")
        if any(f.start <= a < f.end or a <= f.start < e for f in taken):
            continue
        before = _WORD_BEFORE.search(text, max(ss, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() in lex.focus_negations:
            continue  # "nicht nur eine Stadt, sondern …"
        noun = lex.syntax.noun_after(text, e, se, 2)
        if noun is None or (q not in lex.focus_any_noun and not _counted_noun(lex, text[noun[0]:noun[1]])):
            continue
        out.append(Figure(a, e, 1.0, 1.0, lex.focus_bounds.get(q, "exact"), None, e, SINGLE_KIND,
                          m.group("q"), m.span("q"), True))
    return out


def _counted_noun(lex: CountLexicon, word: str) -> bool:
    return lex.noun_re.fullmatch(word) is not None or P.names_people(lex, word)


def _governed(lex: CountLexicon, text: str, ss: int, pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(ss, pos - 30), pos)
    return m is not None and m.group(1).lower() in lex.syntax.prepositions


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def keeps(fig: Figure, measure: str, lex: CountLexicon) -> bool:
    """A single person is a claim only as one of a toll; one after a bound always is (other
    figures are not this module's to judge)."""
    return fig.kind != SINGLE_KIND or fig.qualifier is not None or measure in lex.single_measures
