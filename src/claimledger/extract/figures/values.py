"""The value of a number: a digit token or number word, scale words, decimal arithmetic."""

from __future__ import annotations

from decimal import Decimal

from claimledger.extract.figures.model import Core
from claimledger.extract.figures.scanner import WORD_CACHE_MAX, Scanner
from claimledger.extract.numbers import parse_digits, parse_number_word
from claimledger.lang import LanguagePack


def word_info(sc: Scanner, pack: LanguagePack, lw: str) -> tuple[float, str | None, int | None] | None:
    """(value, multiplier suffix, length of the number word when an adjective is glued to
    it) of a lower-case word if it is a number word, cached per word form."""
    try:
        return sc.word_cache[lw]
    except KeyError:
        pass
    res: tuple[float, str | None, int | None] | None = None
    if lw not in sc.article_one:
        m = sc.word_full.fullmatch(lw)
        if m:
            v = parse_number_word(m.group("wn"), pack)
            if v is not None:
                res = (v, m.group("suf"), len(m.group("wn")) if m.group("glued") else None)
    if len(sc.word_cache) < WORD_CACHE_MAX:
        sc.word_cache[lw] = res
    return res


def too_long(sc: Scanner, tok: str) -> bool:
    """A run of ungrouped digits longer than a written quantity ever is: an ID, a phone or
    order number, a coordinate ("5004137,4932975")."""
    head = tok.split(sc.decimal_mark, 1)[0]
    return head.isdigit() and len(head) > sc.max_plain


def digit_value(sc: Scanner, tok: str) -> float | None:
    return parse_digits(tok, sc.decimal_mark, sc.group_seps)


def read_core(sc: Scanner, pack: LanguagePack, text: str, pos: int, end: int) -> Core | None:
    """A digit token or a plain number word at ``pos`` (a range partner)."""
    if pos >= end:
        return None
    if text[pos].isdigit():
        m = sc.dig.match(text, pos, end)
        if not m:
            return None
        tok = m.group(0)
        if too_long(sc, tok):
            return None
        v = digit_value(sc, tok)
        return None if v is None else Core(pos, m.end(), v, False, tok)
    m = sc.word_at.match(text, pos, end)
    if not m:
        return None
    info = word_info(sc, pack, m.group(0).lower())
    if info is None or info[1] or info[2]:
        return None
    return Core(pos, m.end(), info[0], True, m.group(0))


def mul(a: float, b: float) -> float:
    """Product in decimal arithmetic: 8,2 x 10^9 is 8200000000, not 8199999999.999999, and
    a value read from text keeps the digits it was written with."""
    return float(Decimal(repr(a)) * Decimal(repr(b)))


def hundredth(x: float | None) -> float | None:
    return None if x is None else float(round(x / 100, 10))


def apply_scale(sc: Scanner, text: str, core: Core, end: int) -> tuple[float, int, float | None]:
    """Scale word after a core: returns (value, end, scale or None)."""
    m = sc.scale.match(text, core.end, end)
    if not m:
        return core.value, core.end, None
    s = sc.scales[m.group("s").lower()]
    return mul(core.value, s), m.end(), s
