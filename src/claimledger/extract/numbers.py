"""Reading single numbers: digit strings with local separators, and number words.

The figure scanner (figures.py) finds *where* numbers are; this module says *what value*
a found token has. It is kept separate so the rules for separators and compound number
words can be tested on their own and reused (e.g. by the time resolver for "zwei Wochen").

Everything language-specific comes from the ``numbers`` table of a language pack: the
decimal mark, the thousands separators and the atoms of compound number words. The
compound grammar is generic for languages that build numbers as
``[units] hundred [units joiner tens] thousand ...`` (German, Dutch, and - with spaces
instead of concatenation - English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.lang import LanguagePack

__all__ = [
    "NumberWords",
    "number_words",
    "parse_digits",
    "parse_number_word",
    "alternation",
]


def alternation(words: object) -> str:
    """A regex alternation of literal ``words``, longest first, so that the regex engine's
    leftmost-first choice also becomes the longest match."""
    uniq = sorted({str(w) for w in words if str(w)}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq)


def parse_digits(token: str, decimal_mark: str = ",", group_separators: str = ". \u00a0\u202f\u2009'\u2019") -> float | None:
    """Value of a digit token as written in running text.

    Why the rules: German writes "11.000" (dot groups thousands) and "2,35" (comma is the
    decimal mark), but English-style "1.5 Millionen" and "1,234,567" also occur in wires.
    A separator is a thousands mark only where every group after it has exactly three
    digits; otherwise the last separator is a decimal point. ``decimal_mark`` says which of
    "," and "." wins when a single separator is followed by exactly three digits
    ("4,800" is 4.8 in German, "2.300" is 2300).
    """
    t = token.strip()
    if not t or not t[0].isdigit():
        return None
    other = "." if decimal_mark == "," else ","
    # spaces, apostrophes etc. only ever group thousands
    t = t.translate(_drop_table(group_separators))
    if not t.replace(".", "").replace(",", "").isdigit():
        return None
    n_dec = t.count(decimal_mark)
    n_oth = t.count(other)
    try:
        if n_dec == 0 and n_oth == 0:
            return float(int(t))
        if n_dec and n_oth:
            # both marks: the one that comes last is the decimal mark
            if t.rfind(decimal_mark) > t.rfind(other):
                int_part, frac = t.rsplit(decimal_mark, 1)
                groups, dec = int_part.split(other), decimal_mark
            else:
                int_part, frac = t.rsplit(other, 1)
                groups, dec = int_part.split(decimal_mark), other
            if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
                return None
            if dec in frac:
                return None
            return float("".join(groups) + "." + frac)
        mark = decimal_mark if n_dec else other
        parts = t.split(mark)
        if len(parts) > 2:
            # "299.792.458" / "1,234,567": repeated marks group thousands
            if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
                return float("".join(parts))
            return None
        head, tail = parts
        if mark == decimal_mark:
            return float(head + "." + tail)
        # the "other" mark once: thousands if exactly 3 digits follow, else a decimal point
        if len(tail) == 3 and 1 <= len(head) <= 3:
            return float(head + tail)
        return float(head + "." + tail)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=16)
def _drop_table(group_separators: str) -> dict[int, None]:
    """A str.translate table deleting the separators other than "." and ","."""
    return {ord(c): None for c in group_separators if c not in ".,"}


@dataclass(frozen=True)
class NumberWords:
    """The compiled number-word grammar of a language pack."""

    values: dict[str, float]       # every atom -> its value
    kinds: dict[str, str]          # atom -> unit|final|zero|teen|ten|hundred|thousand|half|joiner|standalone
    pattern: str                   # regex source for one whole compound number word
    atom_re: re.Pattern[str]       # splits a matched compound into atoms
    decimal_word: str | None
    article_one: frozenset[str]
    # ``pattern`` compiled: passed as a string to re.fullmatch it fell out of the module's
    # pattern cache (a run compiles hundreds) and was compiled again call after call
    whole_re: re.Pattern[str]


def _build_words(pack: LanguagePack) -> NumberWords:
    w = pack.table("numbers")["words"]
    values: dict[str, float] = {}
    kinds: dict[str, str] = {}
    for kind, key in (("unit", "units"), ("final", "final_units"), ("zero", "zero"), ("teen", "teens"),
                      ("ten", "tens"), ("hundred", "hundred"), ("thousand", "thousand"),
                      ("half", "half_suffix"), ("standalone", "standalone")):
        for word, val in w.get(key, {}).items():
            values[word.lower()] = float(val)
            kinds[word.lower()] = kind
    joiner = w.get("joiner", "")
    if joiner:
        kinds[joiner] = "joiner"
        values[joiner] = 0.0

    def alt(kind: str) -> str:
        return "(?:" + alternation(k for k, v in kinds.items() if v == kind) + ")"

    U, F, T, Z = alt("unit"), alt("final"), alt("teen"), alt("ten")
    H, K = alt("hundred"), alt("thousand")
    J = re.escape(joiner) if joiner else "(?!)"
    # below 100: "einundzwanzig", "zwanzig", "zwölf", "drei", "eins"; languages that name
    # the ten first join it to the unit the other way round ("twenty-one")
    pair = f"{Z}{J}{U}" if w["joiner_order"] == "ten_unit" else f"{U}{J}{Z}"
    b100 = f"(?:{pair}|{Z}|{T}|{U}|{F})"
    b100_nf = f"(?:{pair}|{Z}|{T}|{U})"  # not ending in "eins" (before hundert/tausend)
    # below 1000: "dreihundertneun", "zwölfhundert", "hundert"
    b1000 = f"(?:(?:{U}|{T}|{b100_nf})?{H}{b100}?|{b100})"
    b1000_nf = f"(?:(?:{U}|{T}|{b100_nf})?{H}{b100_nf}?|{b100_nf})"
    compound = f"(?:(?:{b1000_nf})?{K}{b1000}?|{b1000})"
    half = alt("half") if any(v == "half" for v in kinds.values()) else "(?!)"
    standalone = alt("standalone") if any(v == "standalone" for v in kinds.values()) else "(?!)"
    zero = alt("zero") if any(v == "zero" for v in kinds.values()) else "(?!)"
    # "zweieinhalb": a compound ending in a unit + "einhalb"
    pattern = f"(?:{standalone}|{compound}(?:{half})?|{zero})"
    atom_re = re.compile(alternation(kinds), re.IGNORECASE)
    dec = w.get("decimal_word")
    return NumberWords(values, kinds, pattern, atom_re, dec.lower() if dec else None,
                       frozenset(a.lower() for a in w.get("article_one", [])), re.compile(pattern))


def number_words(pack: LanguagePack) -> NumberWords:
    """The pack's number-word grammar, compiled once per pack."""
    return pack.compiled("numbers.words", _build_words)


def parse_number_word(word: str, pack: LanguagePack) -> float | None:
    """Value of one compound number word ("dreihundertneunundneunzigtausendfünfhundertneun"
    -> 399509, "zweieinhalb" -> 2.5), or None if the word is not a number word.

    Bare articles ("ein", "eine", "eins") return None: on their own they are determiners,
    and a figure scanner that reports every "ein" as 1 drowns the real figures.
    """
    nw = number_words(pack)
    low = word.lower()
    if low in nw.article_one:
        return None
    if not nw.whole_re.fullmatch(low):
        return None
    atoms = nw.atom_re.findall(low)
    if "".join(atoms) != low:
        return None
    total = 0.0
    cur = 0.0
    pending = 0.0
    frac = 0.0
    for a in atoms:
        kind, val = nw.kinds[a], nw.values[a]
        if kind in ("unit", "final", "teen", "zero"):
            pending = val
        elif kind == "joiner":
            continue
        elif kind == "ten":
            cur += val + pending
            pending = 0.0
        elif kind == "hundred":
            cur = (cur + pending or 1.0) * val
            pending = 0.0
        elif kind == "thousand":
            total += (cur + pending or 1.0) * val
            cur = pending = 0.0
        elif kind in ("half", "standalone"):
            frac = val
    return total + cur + pending + frac
