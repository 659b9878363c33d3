"""The scan over a text: the trigger regex finds where a figure may begin, and each trigger
is read locally (``reading``)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from claimledger.extract.figures.model import Figure
from claimledger.extract.figures.qualifiers import finish
from claimledger.extract.figures.reading import read_article_one, read_digits, read_word
from claimledger.extract.figures.scanner import Scanner, scanner
from claimledger.extract.figures.text import lower_same_length
from claimledger.lang import LanguagePack


def scan_figures(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every quantitative figure in ``text[start:end]``, sorted by start, non-overlapping.

    Dates, years, clock times, ordinals, references (Artikel 5), phone numbers, long IDs,
    URLs and names with digits (G7, F-16) are skipped: they are numbers but not quantities,
    and every one of them reported would become a false claim downstream. Context just
    outside ``start``/``end`` (a qualifier, a currency sign) may be read, never reported.
    """
    sc = scanner(pack)
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    # a leading non-word character lets the trigger fire at the window's first character
    low = " " + lower_same_length(text[start:end])
    shift = start - 1
    out: list[Figure] = []
    last = start
    for m in _triggers(sc, low):
        kind = m.lastgroup
        if kind is None:  # a placeholder
            s = m.start() + shift
            if s < last:
                continue
            fig: Figure | None = finish(sc, text, s, m.end() + shift, None, None, "placeholder", False, end)
            consumed = m.end() + shift
        else:
            s = m.start(kind) + shift
            if s < last:
                continue
            try:
                if kind == "d":
                    fig, consumed = read_digits(sc, pack, text, s, end)
                else:  # "w", or "a": an article before a scale, unit or vague word
                    fig, consumed = read_word(sc, pack, text, s, m.end() + shift, end)
            except (ValueError, KeyError, OverflowError, IndexError):  # never let one token kill a scan
                fig, consumed = None, s + 1
        if fig is not None and fig.start >= last:
            if out and sc.restate is not None:
                _carry_sign(sc, text, out[-1], fig)
            if out and sc.change_from is not None:
                _carry_unit_back(sc, text, out[-1], fig)
            if out and fig.unit is None:
                _carry_unit_to_bracket(text, out, fig)
            out.append(fig)
            last = max(fig.end, fig.unit_end, consumed)
            one = _article_after(sc, pack, text, fig, end)
            if one is not None:
                out.append(one)  # "zwei Polizisten und ein Zivilist"
                last = max(last, one.end)
        else:
            last = max(last, consumed)
    return out


def _article_after(sc: Scanner, pack: LanguagePack, text: str, fig: Figure, end: int) -> Figure | None:
    """The article set against the figure before it ("zwei Polizisten und ein Zivilist"): the
    number one, read like the article before a coordinated figure."""
    if sc.article_after is None or fig.kind != "number" or fig.unit is not None:
        return None
    m = sc.article_after.match(text, fig.end, end)
    if m is None or not sc.syntax.is_noun(m.group("n")):  # before a noun, not an adjective
        return None
    got, _ = read_article_one(sc, pack, text, m.start("a"), m.end("a"), end)
    return got


def _triggers(sc: Scanner, low: str) -> Iterator[re.Match[str]]:
    """The trigger's matches and the placeholders', in the order of the text; where both
    start at one position (never in practice) the placeholder comes first."""
    phs = list(sc.placeholder.finditer(low))
    if not phs:
        yield from sc.trigger.finditer(low)
        return
    yield from heapq.merge(phs, sc.trigger.finditer(low), key=lambda m: m.start())


def _carry_unit_back(sc: Scanner, text: str, prev: Figure, fig: Figure) -> None:
    """"stieg von 22,6 auf 22,3 Prozent": the first figure of a change from one level to
    another states no unit of its own; it has the second's."""
    if prev.unit is not None or fig.unit is None or prev.kind != "number" or prev.unit_end != prev.end:
        return
    before, between = sc.change_from  # type: ignore[misc]
    m = between.match(text, prev.end, fig.start)
    if m is not None and m.end() == fig.start and before.search(text, max(0, prev.start - 12), prev.start):
        prev.unit = fig.unit


BRACKET_LIST_REACH = 500  # characters back to the figure whose unit a bracketed list carries


def _carry_unit_to_bracket(text: str, out: list[Figure], fig: Figure) -> None:
    """"vor Israel (4,11 Prozent) und Japan (3,58)": a bare decimal alone in brackets
    continues a list of figures and has the unit of the last one that states it (ranks and
    counts in between, "auf Platz vier (3,2)", are passed over). Whole numbers in brackets are
    ages and ranks, not such a list."""
    if fig.kind != "number" or fig.low is None or fig.high != fig.low or float(fig.low).is_integer():
        return
    if text[fig.start - 1:fig.start] != "(" or text[fig.end:fig.end + 1] != ")":
        return
    for prev in reversed(out):
        if fig.start - prev.end > BRACKET_LIST_REACH:
            return
        if prev.unit is not None:
            fig.unit = prev.unit
            return
        if prev.low is not None and not float(prev.low).is_integer():
            return  # a bare decimal outside brackets: no list of one unit


def _carry_sign(sc: Scanner, text: str, prev: Figure, fig: Figure) -> None:
    """A figure that restates the negative figure before it in another unit ("eine
    Negativdifferenz von 6.675 Personen oder 0,1 Prozent") is negative too."""
    if prev.low is None or prev.low >= 0 or fig.low is None or fig.low <= 0 or fig.qualifier is not None:
        return
    assert sc.restate is not None
    m = sc.restate.match(text, prev.unit_end, fig.start)
    if m is not None and m.end() == fig.start:
        fig.low, fig.high = -fig.low, (-fig.high if fig.high is not None else None)
        if fig.high is not None and fig.low > fig.high:
            fig.low, fig.high = fig.high, fig.low
