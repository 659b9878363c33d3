"""The unit of a figure: a unit, currency or percent word or symbol after it, or a currency
sign or unit word before it ("€ 5", "USD 3")."""

from __future__ import annotations

import re

from claimledger.extract.figures.scanner import Scanner
from claimledger.extract.figures.text import last_tokens, lower_same_length

_SPACES = re.compile(r"\s+")
#: unit codes ending in this are a hundredth of the currency ("Cent")
SUBUNIT = "_cent"


def read_unit(sc: Scanner, text: str, pos: int, end: int) -> tuple[str | None, int]:
    """The unit, currency or percent word/symbol right after ``pos`` and where it ends."""
    best: tuple[str | None, int] = (None, pos)
    win = lower_same_length(text[pos:min(end, pos + 48)])
    if not win or win[0].isdigit():
        return best
    m = sc.adj_re.match(win)
    if m:
        code = sc.unit_adj.get((m.group("a"), m.group("n")))
        if code:
            best = (code, pos + m.end())
    m = sc.unit_ci.match(win)
    if m and pos + m.end() > best[1]:
        best = (sc.unit_map_ci[_SPACES.sub(" ", m.group("u"))], pos + m.end())
    m = sc.unit_cs.match(text, pos, end)
    if m and m.end() > best[1]:
        best = (sc.unit_map_cs[m.group("u")], m.end())
    return best


def unit_before(sc: Scanner, text: str, qpos: int) -> tuple[str | None, int]:
    """A unit word or currency sign right before ``qpos`` (spaced or glued), and where the
    figure's qualifiers must then be looked for: before it."""
    if qpos <= 0:
        return None, qpos
    prev = text[qpos - 1]
    if prev.isspace():
        pt = last_tokens(text, qpos, 1)
        key, kpos = (pt[0][1], pt[0][0]) if pt else ("", qpos)
    else:
        ws = max(text.rfind(" ", max(0, qpos - 8), qpos), text.rfind("\n", max(0, qpos - 8), qpos))
        kpos = ws + 1 if ws >= 0 else max(0, qpos - 8)
        key = text[kpos:qpos]
    if key:
        u = sc.pre_unit_map.get(key) or sc.pre_unit_map.get(key.lower())
        if u is not None:
            return u, kpos
    return None, qpos
