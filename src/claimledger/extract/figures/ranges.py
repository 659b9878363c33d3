"""Ranges: "25.000 bis 30.000", "zwischen 10 und 20 Millionen", "3–5"."""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.figures.model import Core
from claimledger.extract.figures.scanner import Scanner
from claimledger.extract.figures.shapes import is_ordinal, looks_like_year
from claimledger.extract.figures.values import apply_scale, mul, read_core
from claimledger.lang import LanguagePack


@dataclass
class Range:
    """A range partner found after a figure: the bounds, where the range ends, the scale
    word of the partner, whether the partner looks like a year, and the "zwischen" before."""

    low: float
    high: float
    end: int
    scale: float | None
    partner_year: bool
    between: tuple[str, int, int] | None


def _after_sign(sc: Scanner, text: str, pos: int) -> int:
    """Where the second figure's digits begin: "£60m and £80m" repeats the currency sign."""
    if pos < len(text) and not text[pos].isdigit():
        for sign in sc.currency_signs:
            if text.startswith(sign, pos):
                return pos + len(sign)
    return pos


def _before_sign(sc: Scanner, text: str, pos: int) -> int:
    """Where the first figure's frame ends: "between £60m" puts a sign between them."""
    for sign in sc.currency_signs:
        if text.startswith(sign, pos - len(sign)):
            return pos - len(sign)
    return pos


def read_range(sc: Scanner, pack: LanguagePack, text: str, start: int, core: Core, value: float,
               scale: float | None, pos: int, end: int) -> Range | None:
    """The range that the figure ``core`` (value ``value`` up to ``pos``) opens, if any. A
    connector that needs a frame ("und" of "zwischen … und …") counts only with the frame."""
    rc_m = sc.range_conn.match(text, pos, end)
    if not rc_m:
        return None
    conn = (rc_m.group("w") or rc_m.group("d") or "").lower()
    needs_between = conn in sc.between.values() and conn not in sc.between
    frame = _before_sign(sc, text, start)
    bw = sc.between_re.search(text, max(0, frame - 20), frame) if needs_between else None
    if needs_between and not bw:
        return None
    c2 = read_core(sc, pack, text, _after_sign(sc, text, rc_m.end()), end)
    if c2 is None or is_ordinal(sc, text, c2, end):
        return None
    v2, p2, s2 = apply_scale(sc, text, c2, end)
    v1 = value
    if s2 and not scale and core.value < c2.value:
        v1 = mul(core.value, s2)  # "zwei bis drei Millionen"
    if v2 <= v1:
        return None
    return Range(v1, v2, p2, scale or s2, looks_like_year(sc, c2) and not s2,
                 (bw.group("b"), bw.start("b"), bw.end("b")) if bw else None)
