"""Qualifiers and bounds: the words before or after a figure that make it approximate, a
lower or upper bound ("rund", "mehr als", "bis zu", "oder mehr"), a sign word ("minus"),
and ``finish``, which attaches them with the unit to a read value."""

from __future__ import annotations

import re

from claimledger.extract.figures.model import Figure
from claimledger.extract.figures.scanner import Scanner, scanner
from claimledger.extract.figures.text import last_tokens
from claimledger.extract.figures.units import SUBUNIT, read_unit, unit_before
from claimledger.extract.figures.values import hundredth
from claimledger.lang import LanguagePack

_OPENERS = "([{\"'„“‚‘«»"
_SPACES = re.compile(r"\s+")

#: a qualifier as found: (text, start, end, bound)
Qualifier = tuple[str, int, int, str]


_CLAUSE_MARKS = ".!?:;,([\u2013\u2014\"\u201e\u201c"


def _clause_initial(text: str, pos: int) -> bool:
    """Nothing but blanks between the start of the clause (or text) and ``pos``."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _CLAUSE_MARKS


def _one_qualifier(sc: Scanner, text: str, pos: int) -> Qualifier | None:
    """The longest qualifier phrase ending right before ``pos``."""
    toks = last_tokens(text, pos, sc.qual_max_words)
    if toks and not _may_end_qualifier(sc, toks[-1][1]):
        return None
    for k in range(len(toks), 0, -1):
        first_start, first = toks[-k]
        stripped = first.lstrip(_OPENERS)
        off = len(first) - len(stripped)
        phrase = " ".join([stripped] + [t for _, t in toks[len(toks) - k + 1:]]).lower()
        qs = first_start + off
        b = sc.qual_map.get(phrase)
        if b is None and phrase in sc.qual_initial and _clause_initial(text, qs):
            b = sc.qual_initial[phrase]
        if b is not None:
            qe = toks[-1][0] + len(toks[-1][1])
            return text[qs:qe], qs, qe, b
    return None


def _may_end_qualifier(sc: Scanner, last: str) -> bool:
    """Can a qualifier phrase end with the token ``last``? A phrase of one word is the token
    without its opening quote or bracket, a longer one ends with the token as it is. A word
    with a capital sigma is let through: its lower case depends on the letters around it."""
    if "\u03a3" in last:
        return True
    low = last.lower()
    return low in sc.qual_last or last.lstrip(_OPENERS).lower() in sc.qual_last


def pre_qualifier(sc: Scanner, text: str, pos: int) -> Qualifier | None:
    """The qualifier before a figure. Two may stand in a row ("ab ca. 630 Euro"): a bound
    before an approximation is the figure's bound, and the qualifier spans both."""
    q = _one_qualifier(sc, text, pos)
    if q is None or q[3] != "approx":
        return q
    outer = _one_qualifier(sc, text, q[1])
    if outer is None or outer[3] == "approx" or outer[0].lower() in sc.qual_not_outer:
        return q
    return text[outer[1]:q[2]], outer[1], q[2], outer[3]


def post_qualifier(sc: Scanner, text: str, pos: int, end: int) -> Qualifier | None:
    m = sc.post_qual.match(text, pos, end)
    if not m:
        return None
    q = m.group("q")
    return q, m.start("q"), m.end("q"), sc.post_map[_SPACES.sub(" ", q.lower())]


def _qualify(sc: Scanner, text: str, qpos: int, after: int, end: int, bound: str | None,
             qualifier: tuple[str, int, int] | None) -> tuple[str | None, tuple[int, int] | None, str | None]:
    """The qualifier text, its span and the bound: a qualifier before the figure wins, then
    the one given by the caller ("zwischen"), then one after the figure."""
    qtext: str | None = None
    qspan: tuple[int, int] | None = None
    qual = pre_qualifier(sc, text, qpos)
    if qual:
        qtext, qspan = qual[0], (qual[1], qual[2])
        if bound is None:
            bound = qual[3]
    elif qualifier is not None:
        qtext, qspan = qualifier[0], (qualifier[1], qualifier[2])
    if qtext is None or (bound is not None and bound not in ("range", "vague") and not qual):
        post = post_qualifier(sc, text, after, end)
        if post and qtext is None:
            qtext, qspan = post[0], (post[1], post[2])
            if bound is None:
                bound = post[3]
    return qtext, qspan, bound


def finish(sc: Scanner, text: str, start: int, fig_end: int, low: float | None, high: float | None,
           kind: str, is_word: bool, end: int, bound: str | None = None,
           unit: str | None = None, unit_end: int | None = None,
           qualifier: tuple[str, int, int] | None = None) -> Figure:
    """Attach unit (after, or a currency sign before), qualifiers and the bound."""
    if unit is None:
        unit, ue = read_unit(sc, text, fig_end, end)
    else:
        ue = unit_end if unit_end is not None else fig_end
    qpos = start
    if unit is None:
        unit, qpos = unit_before(sc, text, qpos)
    qtext, qspan, bound = _qualify(sc, text, qpos, max(ue, fig_end), end, bound, qualifier)
    if sc.negative is not None and low is not None and sc.negative.search(text, max(0, qpos - 32), qpos):
        low, high = -low, (-high if high is not None else None)
        if low > (high if high is not None else low):
            low, high = high, low
    if unit is not None and unit.endswith(SUBUNIT):
        # "3,17 Cent" is 0.0317 euro: a claim is compared in the currency itself
        unit = unit[:-len(SUBUNIT)]
        low, high = hundredth(low), hundredth(high)
    return Figure(start, fig_end, low, high, bound or "exact", unit, max(ue, fig_end), kind,
                  qtext, qspan, is_word)


def qualify_multiplier(sc: Scanner, text: str, fig: Figure) -> Figure:
    """A multiplier's qualifier, which may stand before its article ("mehr als das
    Doppelte", "fast das Dreifache"); a figure that has one already is left as it is."""
    if fig.qualifier is not None:
        return fig
    q = pre_qualifier(sc, text, fig.start)
    if q is None:
        art = last_tokens(text, fig.start, 1)
        if not art or art[0][1].lower() not in sc.mult_articles:
            return fig
        q = pre_qualifier(sc, text, art[0][0])
        if q is None:
            return fig
    return _take(fig, q)


def _take(fig: Figure, q: tuple[str, int, int, str]) -> Figure:
    """Give the figure its qualifier; the qualifier's bound holds unless the figure has one."""
    fig.qualifier, fig.qualifier_span = q[0], (q[1], q[2])
    if fig.bound == "exact":
        fig.bound = q[3]
    return fig


def qualify(text: str, pack: LanguagePack, fig: Figure) -> Figure:
    """Read the qualifier before a figure found by another scanner ("rund einem Drittel",
    "mehr als jeder Sechste") and set its bound."""
    sc = scanner(pack)
    q = pre_qualifier(sc, text, fig.start)
    return fig if q is None else _take(fig, q)
