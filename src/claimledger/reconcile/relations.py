"""Arithmetic between the figures of one series: parts that add up to a total, or fall short.

"About 11,000 in autumn plus another 3,000 in January make 14,000 by April" is the kind of
check a reader does by hand. Combinations are only formed where adding makes sense:

* never two reports of the same increment (overlapping values, close in time);
* with increments: at most one non-increment part (the base, not later than the increments)
  plus one or two increments; the total ends at or after the latest part;
* without increments: two or three figures for disjoint periods, and a total whose period
  covers them all (tranches of a budget). Two cumulative tolls at different dates are never
  added — the later one already contains the earlier.

Tolerances come from the estimates' intervals, so "about 11,000" + 3,000 matches 14,000. A
total that is larger than base + increments gets an ``exceeds`` relation (something else was
added since), one per total. Work is bounded: at most :data:`_POOL` estimates per series take
part (the best-corroborated), triples only from the first :data:`_POOL3`, and at most
:data:`_MAX_PER_SERIES` relations per series.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import combinations

from claimledger.model import Relation
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.phrasing import fmt_estimate, fmt_number, fmt_period
from claimledger.reconcile.series import CLOSE_DAYS, time_gap

_POOL = 16
_POOL3 = 10
_MAX_PER_SERIES = 12
_SLACK_DAYS = 3
_MAX_SHORTFALLS = 64
_SAME_INCREMENT = 0.15  # relative difference below which two close increments are one wave


def _usable(e: Cluster) -> bool:
    return e.kind == "point" and e.t0 is not None and e.best is not None and e.best > 0


def _same_increment(a: Cluster, b: Cluster) -> bool:
    """Two reports of one increment ("another 3,000" and "about 3,200 more" within a month)
    that clustering kept apart: similar values at close times. Adding them would count the
    wave twice."""
    gap = time_gap(a.t0, a.t1, b.t0, b.t1)
    va, vb = a.best or 0.0, b.best or 0.0
    similar = abs(va - vb) <= _SAME_INCREMENT * max(abs(va), abs(vb))
    return similar and gap is not None and gap <= CLOSE_DAYS


def _parts_ok(parts: tuple[Cluster, ...]) -> bool:
    n_inc = sum(1 for p in parts if p.increment)
    incs = [p for p in parts if p.increment]
    if any(_same_increment(a, b) for a, b in combinations(incs, 2)):
        return False
    if n_inc:
        if len(parts) - n_inc > 1:
            return False
        base = next((p for p in parts if not p.increment), None)
        return base is None or all(base.t0 <= p.t0 for p in parts)  # type: ignore[operator]
    ordered = sorted(parts, key=lambda p: p.t0)  # type: ignore[arg-type, return-value]
    return all(x.t1 < y.t0 for x, y in zip(ordered, ordered[1:]))  # type: ignore[operator]


def _pair_ok(a: Cluster, b: Cluster) -> bool:
    """:func:`_parts_ok` of the pair ``(a, b)``, without its general bookkeeping (this is
    asked for every pair of the pool)."""
    if a.increment and b.increment:
        return not _same_increment(a, b)
    if a.increment or b.increment:
        base, inc = (b, a) if a.increment else (a, b)
        return base.t0 <= inc.t0  # type: ignore[operator]
    x, y = (a, b) if a.t0 <= b.t0 else (b, a)  # type: ignore[operator]  # sorted() is stable
    return x.t1 < y.t0  # type: ignore[operator]


def _combos(pool: list[Cluster]) -> list[tuple[Cluster, ...]]:
    """The pairs of ``pool`` and the triples of its first :data:`_POOL3` that may be added
    (:func:`_parts_ok`), in :func:`itertools.combinations` order. A triple is only tested
    when its three pairs passed: every rule holds for the parts of a triple that passes
    (disjoint periods, no wave counted twice, the base first), so no other triple can."""
    combos: list[tuple[Cluster, ...]] = []
    ok: set[tuple[int, int]] = set()
    for i, j in combinations(range(len(pool)), 2):
        if _pair_ok(pool[i], pool[j]):
            combos.append((pool[i], pool[j]))
            ok.add((i, j))
    for i, j, k in combinations(range(min(len(pool), _POOL3)), 3):
        if (i, j) in ok and (i, k) in ok and (j, k) in ok:
            triple = (pool[i], pool[j], pool[k])
            if _parts_ok(triple):
                combos.append(triple)
    return combos


def _total_ok(t: Cluster, parts: tuple[Cluster, ...]) -> bool:
    """May ``t`` be the total of ``parts``? (:class:`_Parts` answers it for a combination's
    many candidate totals; this is the reference it is tested against.)"""
    if t.increment or t.best is None or any(t is p for p in parts):
        return False
    if any((p.best or 0) >= t.best for p in parts):
        return False
    last = max(p.t1 for p in parts)  # type: ignore[type-var]
    if t.t1 < last:  # type: ignore[operator]
        return False
    if any(p.increment for p in parts):
        return True
    first = min(p.t0 for p in parts)  # type: ignore[type-var]
    # the total's period must cover the parts' periods (a budget over both years), not merely
    # come after them (a later toll already contains the earlier one)
    covered = sum(p.t1 - p.t0 + 1 for p in parts)  # type: ignore[operator]
    return (t.t0 <= first + _SLACK_DAYS and t.t1 + _SLACK_DAYS >= last  # type: ignore[operator]
            and t.t1 - t.t0 + 1 >= 0.9 * covered)  # type: ignore[operator]


class _Parts:
    """What the search reads of one combination of parts, worked out once: each
    combination is tested against every total in its value window, and :func:`_total_ok`
    recomputed the parts' largest figure, their first and last days and the days they cover
    for each total. The parts are usable estimates (:func:`_usable`: a period, a positive
    best figure), so ``(p.best or 0)`` is ``p.best`` and "any part at least the total" is
    "the largest part at least the total"."""

    __slots__ = ("parts", "lo", "hi", "inc", "top", "first", "last", "covered")

    def __init__(self, parts: tuple[Cluster, ...]) -> None:
        self.parts = parts
        self.lo = sum(p.lo for p in parts)   # summed in order, as before: the same floats
        self.hi = sum(p.hi for p in parts)
        self.inc = any(p.increment for p in parts)
        self.top = max(p.best for p in parts)  # type: ignore[type-var]
        self.first = min(p.t0 for p in parts)  # type: ignore[type-var]
        self.last = max(p.t1 for p in parts)  # type: ignore[type-var]
        self.covered = sum(p.t1 - p.t0 + 1 for p in parts)  # type: ignore[operator]

    def total_ok(self, t: Cluster) -> bool:
        """:func:`_total_ok` of ``t`` and these parts."""
        if t.increment or t.best is None or self.top >= t.best or t.t1 < self.last:
            return False
        if any(t is p for p in self.parts):
            return False
        if self.inc:
            return True
        return (t.t0 <= self.first + _SLACK_DAYS and t.t1 + _SLACK_DAYS >= self.last
                and t.t1 - t.t0 + 1 >= 0.9 * self.covered)


def _describe(parts: tuple[Cluster, ...], unit: str | None) -> str:
    bits = []
    for p in sorted(parts, key=lambda p: (p.t0, p.key)):  # type: ignore[arg-type, return-value]
        tag = " more" if p.increment else ""
        bits.append(f"{fmt_estimate(p, unit)}{tag} ({fmt_period(p.t0, p.t1)})")
    return " plus ".join(bits)


def find_relations(ests: list[Cluster], subject: str | None, measure: str,
                   unit: str | None) -> list[Relation]:
    """Sum and exceeds relations within one series (bounded work, see module docstring)."""
    usable = [e for e in ests if _usable(e)]
    if len(usable) < 3:
        return []
    pool = sorted(usable, key=lambda e: (-len(e.sources), -len(e.members), e.key))[:_POOL]
    pool.sort(key=lambda e: e.key)
    totals = sorted((e for e in usable if not e.increment), key=lambda e: (e.best, e.key))
    total_best = [t.best for t in totals]
    combos = _combos(pool)
    sums: list[tuple[tuple, Relation]] = []
    matched_totals: set[int] = set()
    shortfalls: list[tuple[float, float, _Parts]] = []
    for combo in map(_Parts, combos):
        parts, lo, hi = combo.parts, combo.lo, combo.hi
        if combo.inc:
            shortfalls.append((sum(p.best for p in parts), hi, combo))  # type: ignore[misc]
        # totals are narrow intervals around their best value: bisect on best, then test
        i = bisect_left(total_best, lo / 1.05)
        j = bisect_right(total_best, hi * 1.05)
        for t in totals[i:j]:
            if t.hi < lo or t.lo > hi or not combo.total_ok(t):
                continue
            matched_totals.add(id(t))
            total_s = fmt_estimate(t, unit)
            sums.append(((len(parts), t.key, [p.key for p in parts]), Relation(
                "sum", subject, measure, unit, sorted({c for p in parts for c in p.claim_ids}),
                list(t.claim_ids),
                f"{_describe(parts, unit)} make {total_s} ({fmt_period(t.t0, t.t1)}).")))
    exceeds: list[tuple[tuple, Relation]] = []
    shortfalls.sort(key=lambda s: (-s[0], [p.key for p in s[2].parts]))
    del shortfalls[_MAX_SHORTFALLS:]
    for t in totals:
        if id(t) in matched_totals:
            continue
        for best_sum, hi, combo in shortfalls:
            parts = combo.parts
            if t.lo > hi and combo.total_ok(t):
                exceeds.append(((len(parts), t.key, [p.key for p in parts]), Relation(
                    "exceeds", subject, measure, unit,
                    sorted({c for p in parts for c in p.claim_ids}), list(t.claim_ids),
                    f"{fmt_estimate(t, unit)} ({fmt_period(t.t0, t.t1)}) is "
                    f"{fmt_number(t.best - best_sum)} more than "  # type: ignore[operator]
                    f"{_describe(parts, unit)}: either more was added or the figures "
                    f"disagree.")))
                break
    sums.sort(key=lambda r: r[0])
    exceeds.sort(key=lambda r: r[0])
    return [r for _, r in sums + exceeds][:_MAX_PER_SERIES]
