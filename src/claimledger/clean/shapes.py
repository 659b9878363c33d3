"""Spans that are no claims by their shape alone, in any language.

Match scores and set results ("7:6(5),6:3", "1:0 (15.)"), match minutes and substitutions in
lineups ("(75. Hwang)") and list markers ("2) Zoom") are written with digits but count nothing
a ledger could hold. They are found by the shape of the text, not by its words, so the rule
holds for every language pack; figures inside these spans are dropped like boilerplate.
"""

from __future__ import annotations

import re

from claimledger.clean.boilerplate import Span

_SCORE = re.compile(r"(?<![\w.,:])\d{1,3}:\d{1,3}(?:\(\d{1,2}\))?(?:,\s?\d{1,3}:\d{1,3}(?:\(\d{1,2}\))?)*(?![\w:])")
_MINUTE = re.compile(r"\(\d{1,3}\.(?:[ \u00a0][^()\n]{1,40})?\)")


def shape_spans(text: str) -> list[Span]:
    out = _scores(text)
    # each shape needs a character most texts have few of: test for it before scanning
    if "(" in text:
        out.extend(Span(m.start(), m.end(), "match minute") for m in _MINUTE.finditer(text))
    if ")" in text:
        out.extend(_list_marks(text))
    return out


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
                out.append(Span(m.start(), m.end(), "score"))
                covered = m.end()
        i = text.find(":", i + 1)
    return out


__all__ = ["shape_spans"]
