"""One-line explanations ("why") a journalist can read without knowing the data model.

Kept apart from the reasoning so that wording can change without touching a rule.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from claimledger.reconcile.estimates import Cluster

_ONE_DAY = timedelta(days=1)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_BOUND_WORDS = {"approx": "about ", "more_than": "more than ", "at_least": "at least ",
                "up_to": "up to ", "at_most": "at most ", "exact": "", "range": ""}


def fmt_number(x: float | None) -> str:
    """12000 -> '12,000'; 7500000 -> '7.5 million'; 0.25 -> '0.25'."""
    if x is None:
        return "?"
    ax = abs(x)
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if ax >= scale:
            v = x / scale
            s = f"{v:.3f}".rstrip("0").rstrip(".")
            return f"{s} {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def fmt_unit(unit: str | None) -> str:
    """Units worth spelling out after a figure; counts of people need none."""
    if not unit or unit == "person":
        return ""
    return {"percent": "%", "km2": " km²"}.get(unit, f" {unit}")


def fmt_value(low: float | None, high: float | None, bound: str, unit: str | None = None) -> str:
    """A figure as words: 'more than 3,000', 'between 25,000 and 30,000', 'thousands'."""
    u = fmt_unit(unit)
    if bound == "vague" or (low is None and high is None):
        return "an unspecified number"
    if bound == "range" or (low is not None and high is not None and low != high):
        return f"between {fmt_number(low)} and {fmt_number(high)}{u}"
    v = low if low is not None else high
    return f"{_BOUND_WORDS.get(bound, '')}{fmt_number(v)}{u}"


def fmt_estimate(e: Cluster, unit: str | None = None) -> str:
    """The estimate's figure in words, worked out once per estimate and unit: an estimate of
    a large series is named in dozens of disagreements, updates, sums and gaps."""
    cached = e.phrase
    if cached is not None and cached[0] == unit:
        return cached[1]
    text = _fmt_estimate(e, unit)
    e.phrase = (unit, text)
    return text


def said(e: Cluster, unit: str | None = None) -> str:
    """Who says what, opening a sentence ("The police say about 300"): how every
    disagreement and update begins, worked out once per estimate and unit. It is never
    empty, so ``sentence(said + rest)`` is ``said + rest``."""
    cached = e.said
    if cached is not None and cached[0] == unit:
        return cached[1]
    text = sentence(f"{who(e)} {says(e)} {fmt_estimate(e, unit)}")
    e.said = (unit, text)
    return text


def _fmt_estimate(e: Cluster, unit: str | None) -> str:
    low, high, bound = e.low_high_bound()
    if e.kind == "point" and low != high and bound == "approx":
        return f"about {fmt_number(e.best)}{fmt_unit(unit)}"
    return fmt_value(low, high, bound, unit)


@lru_cache(maxsize=1 << 16)
def fmt_period(t0: int | None, t1: int | None) -> str:
    """'December 2024', '16 December 2024', 'September–November 2024', '2024-10-01 to 2025-04-30'."""
    if t0 is None or t1 is None:
        return "an unknown date"
    a, b = date.fromordinal(t0), date.fromordinal(t1)
    if a == b:
        return f"{a.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.day == 1 and (b + _one_day()).day == 1:
        if (a.year, a.month) == (b.year, b.month):
            return f"{_MONTHS[a.month - 1]} {a.year}"
        if a.year == b.year:
            return f"{_MONTHS[a.month - 1]}–{_MONTHS[b.month - 1]} {a.year}"
        return f"{_MONTHS[a.month - 1]} {a.year}–{_MONTHS[b.month - 1]} {b.year}"
    return f"{a.isoformat()} to {b.isoformat()}"


def _one_day() -> timedelta:
    return _ONE_DAY


def who(e: Cluster) -> str:
    """The sources behind an estimate, as they are named in the text ('Seoul and the NIS')."""
    return e.who


def sentence(text: str) -> str:
    """Capitalise the first letter: labels like "government of South Korea" open sentences."""
    return text[:1].upper() + text[1:] if text else text


def says(e: Cluster) -> str:
    """'says' or 'say', matching :func:`who`."""
    return "says" if e.n_labels == 1 else "say"


def same_time_phrase(a: Cluster, b: Cluster) -> str:
    """How close in time two estimates are, in words ('in the same week')."""
    return _same_time(a.t0, a.t1, b.t0, b.t1)


@lru_cache(maxsize=1 << 16)
def _same_time(a_t0: int | None, a_t1: int | None, b_t0: int | None, b_t1: int | None) -> str:
    """:func:`same_time_phrase` of two periods (many pairs share theirs)."""
    if a_t0 is None or b_t0 is None or a_t1 is None or b_t1 is None:
        return "at an unknown time"
    lo, hi = min(a_t0, b_t0), max(a_t1, b_t1)
    if hi - lo <= 7:
        return "in the same week"
    da, db = date.fromordinal(max(a_t0, b_t0)), date.fromordinal(min(a_t1, b_t1))
    if max(a_t0, b_t0) <= min(a_t1, b_t1):
        span = fmt_period(max(a_t0, b_t0), min(a_t1, b_t1))
        if (da.year, da.month) == (db.year, db.month):
            return f"in the same month ({_MONTHS[da.month - 1]} {da.year})"
        return f"for overlapping periods ({span})"
    return f"within the same month ({_MONTHS[da.month - 1]} {da.year})"
