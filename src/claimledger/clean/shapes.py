"""Spans that are no claims by their shape alone, in any language.

Match scores and set results ("7:6(5),6:3", "1:0 (15.)"), match minutes and substitutions in
lineups ("(75. Hwang)"), list markers ("2) Zoom") and results run into prose ("1. Rießle (GER)
25:22,4 Min. – 2. Watabe (JPN) +12,5 Sek. – 3. …") are written with digits but count nothing
a ledger could hold. They are found by the shape of the text, not by its words, so the rule
holds for every language pack; figures inside these spans are dropped like boilerplate.
"""

from __future__ import annotations

import re

from claimledger.clean.boilerplate import Span

SCORE = "score"  # the reason of a score's span
_SCORE = re.compile(r"(?<![\w.,:])\d{1,3}:\d{1,3}(?:\(\d{1,2}\))?(?:,\s?\d{1,3}:\d{1,3}(?:\(\d{1,2}\))?)*(?![\w:])")
_MINUTE = re.compile(r"\(\d{1,3}\.(?:[ \u00a0][^()\n]{1,40})?\)")


def shape_spans(text: str) -> list[Span]:
    out = _scores(text)
    # each shape needs a character most texts have few of: test for it before scanning
    if "(" in text:
        out.extend(Span(m.start(), m.end(), "match minute") for m in _MINUTE.finditer(text))
    if ")" in text:
        out.extend(_list_marks(text))
    if ". " in text:
        out.extend(_standings(text))
    return out


# a rank follows no word, point, comma or slash ("2.015. Besucher" is no rank)
_NOT_BEFORE_RANK = frozenset(".,:/")
_ITEM_END = re.compile(r"\n|[ \u00a0][–—-][ \u00a0]|;|\.[ \u00a0]+(?=[^\W\d_])")
#: ranks of one standing follow each other this closely (characters from rank to rank)
_RANK_GAP = 160
#: an item after the last rank is at most this long
_LAST_ITEM = 100


def _standings(text: str) -> list[Span]:
    """Results and standings written as running text: three or more ranks ("1.", "2.", "4.",
    "10.") each before a capitalised name, rising, each close to the one before. The whole
    run, up to the end of its last item, holds times, points and gaps of a table, no claims."""
    out: list[Span] = []
    run: list[tuple[int, int, str]] = []
    for start, rank, word_at in _ranks(text):
        if run and (rank <= run[-1][1] or start - run[-1][0] > _RANK_GAP):
            _close_run(text, run, out)
            run = []
        run.append((start, rank, _WORD.match(text, word_at).group(0)))  # type: ignore[union-attr]
    _close_run(text, run, out)
    return out


def _ranks(text: str) -> list[tuple[int, int, int]]:
    """(start, rank, where the name starts) of each "N. Name": found from the points before a
    space (a fast literal search; a regex scan for the digits costs three times as much), one
    to three digits before the point, no word, point, comma or slash before the digits, and a
    capital after the space."""
    out = []
    n = len(text)
    for sep in (". ", ".\u00a0"):
        i = text.find(sep)
        while i != -1:
            s = i
            while s > 0 and i - s < 3 and text[s - 1].isdecimal():
                s -= 1
            j = i + 2
            while j < n and text[j] in " \u00a0":
                j += 1
            before = text[s - 1] if s else " "
            if s < i and j < n and text[j].isupper() and not (
                    before.isalnum() or before == "_" or before in _NOT_BEFORE_RANK):
                out.append((s, int(text[s:i]), j))
            i = text.find(sep, i + 1)
    if len(out) > 1:
        out.sort()
    return out


_WORD = re.compile(r"\w*")


def _close_run(text: str, run: list[tuple[int, int, str]], out: list[Span]) -> None:
    """A run is a standing when its ranks name different things: the same word after each
    ("10. April", "17. April"; "16. Minute", "30. Minute") makes dates or a match report."""
    if len(run) < 3 or len({w for _, _, w in run}) * 2 <= len(run):
        return
    last = run[-1][0]
    end = min(len(text), last + _LAST_ITEM)
    m = _ITEM_END.search(text, text.find(" ", last) + 1, end)
    out.append(Span(run[0][0], m.start() if m else end, "standings"))


def _list_marks(text: str) -> list[Span]:
    r"""List markers, "2) Zoom": one or two digits after whitespace (or at the start) and
    a closing bracket before whitespace. Found from the brackets (a fast literal search): the
    pattern ``(?<!\S)\d{1,2}\)(?=\s)`` opens with a look-behind, which the regex engine
    tests at every position of the text."""
    out: list[Span] = []
    n = len(text)
    i = text.find(")")
    while i != -1:
        if i + 1 < n and text[i + 1].isspace() and i > 0 and text[i - 1].isdecimal():
            s = i - 1
            if s > 0 and text[s - 1].isdecimal():
                s -= 1
            if s == 0 or text[s - 1].isspace():
                out.append(Span(s, i + 1, "list marker"))
        i = text.find(")", i + 1)
    return out


def _scores(text: str) -> list[Span]:
    """Scores start at a colon between digits: find the colons (a fast literal search), then
    match the whole score from the digits before the first one."""
    out: list[Span] = []
    i = text.find(":")
    covered = -1
    while i != -1:
        if i > covered and i > 0 and text[i - 1].isdigit():
            s = i - 1
            while s > 0 and i - s < 3 and text[s - 1].isdigit():
                s -= 1
            m = _SCORE.match(text, s)
            if m and m.start() == s:
                out.append(Span(m.start(), m.end(), SCORE))
                covered = m.end()
        i = text.find(":", i + 1)
    return out


__all__ = ["SCORE", "shape_spans"]
