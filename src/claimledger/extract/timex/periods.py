"""Calendar arithmetic for resolving times: month ends, shifting by units, the calendar
period around a date, parts of a period ("Ende", "erstes Drittel"), and choosing one
occurrence of a recurring period relative to the publication date."""

from __future__ import annotations

import calendar as _calendar
import math
from datetime import date, timedelta
from typing import Any

# How many units a vague plural means ("in den kommenden Monaten" = six months). These are
# conventions about time, not about a language, so they live here and not in a pack.
VAGUE_COUNT = {"hour": 24, "day": 7, "week": 4, "month": 6, "quarter": 2, "half": 2, "year": 3}
# "vor drei Monaten" points at a moment; report it at this precision
AGO_GRAIN = {"hour": "day", "day": "day", "week": "week", "month": "month",
             "quarter": "month", "half": "month", "year": "month"}
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def month_end(y: int, m: int) -> date:
    return date(y, m, _calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, _calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (negative: back)."""
    if unit == "hour":
        return d + timedelta(days=int(n / 24))
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return _add_months(d, n * _MONTHS_PER[unit])


def period(d: date, unit: str) -> tuple[date, date]:
    """The calendar period of ``unit`` containing ``d`` (ISO weeks start on Monday)."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        mon = d - timedelta(days=d.isoweekday() - 1)
        return mon, mon + timedelta(days=6)
    k = _MONTHS_PER[unit]
    m0 = (d.month - 1) // k * k + 1
    return date(d.year, m0, 1), month_end(d.year, m0 + k - 1)


def apply_part(iv: tuple[date, date], spec: dict[str, Any] | None) -> tuple[date, date]:
    """Cut the begin/middle/end of a period, by the pack's rules for years, months, others."""
    f, l = iv
    if not spec:
        return iv
    if f.year == l.year and (f.month, f.day, l.month, l.day) == (1, 1, 12, 31) and "year_months" in spec:
        a, b = spec["year_months"]
        return date(f.year, a, 1), month_end(f.year, b)
    if (f.year, f.month) == (l.year, l.month) and f.day == 1 and l == month_end(l.year, l.month) \
            and "month_days" in spec:
        a, b = spec["month_days"]
        return date(f.year, f.month, min(a, l.day)), date(f.year, f.month, min(b, l.day))
    n_months = (l.year - f.year) * 12 + l.month - f.month + 1
    if f.day == 1 and l == month_end(l.year, l.month) and n_months % 3 == 0 and "thirds" in spec:
        k = n_months // 3
        s = _add_months(f, k * (spec["thirds"] - 1))
        e = _add_months(s, k - 1)
        return s, month_end(e.year, e.month)
    if "fraction" in spec:
        n = (l - f).days + 1
        a, b = spec["fraction"]
        s = f + timedelta(days=int(math.floor(a * n)))
        e = f + timedelta(days=max(int(math.ceil(b * n)) - 1, 0))
        return (s, min(e, l)) if s <= e else (s, s)
    return iv


RECENT_BIAS = 4  # a past end point must be this many times nearer than the next to win


def select(cands: list[tuple[date, date]], pub: date, mode: str) -> tuple[date, date] | None:
    """Pick one occurrence of a recurring period relative to the publication date.

    past: the most recent that has begun; prev: the most recent that has ended;
    this: the one containing the date, else the nearest; next: the first not yet begun;
    future: the first not yet ended; near: the first not yet ended unless the last one
    ended much more recently.
    """
    cands = sorted(cands)
    if mode == "past":
        ok = [c for c in cands if c[0] <= pub]
        return ok[-1] if ok else None
    if mode == "prev":
        ok = [c for c in cands if c[1] < pub]
        return ok[-1] if ok else None
    if mode == "next":
        ok = [c for c in cands if c[0] > pub]
        return ok[0] if ok else None
    if mode == "future":
        ok = [c for c in cands if c[1] >= pub]
        return ok[0] if ok else None
    if mode == "near":
        # an end point ("bis Mitte Mai"): the occurrence not yet ended, unless the one just
        # ended is nearer ("kamen bis Mitte Mai 12.900 Migranten", written in early June)
        ahead = [c for c in cands if c[1] >= pub]
        behind = [c for c in cands if c[1] < pub]
        if ahead and behind and (pub - behind[-1][1]).days < (ahead[0][1] - pub).days / RECENT_BIAS:
            return behind[-1]
        return ahead[0] if ahead else (behind[-1] if behind else None)

    def dist(c: tuple[date, date]) -> int:
        return 0 if c[0] <= pub <= c[1] else min(abs((c[0] - pub).days), abs((c[1] - pub).days))
    return min(cands, key=dist) if cands else None


MODE = {-1: "prev", 0: "this", 1: "next"}
