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

import heapq
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import combinations

import numpy as np

from claimledger.model import Relation
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.pair_columns import exact
from claimledger.reconcile.phrasing import fmt_estimate, fmt_number, fmt_period
from claimledger.reconcile.series import CLOSE_DAYS, time_gap

_POOL = 16
_POOL3 = 10
_MAX_PER_SERIES = 12
_SLACK_DAYS = 3
_MAX_SHORTFALLS = 64
_SAME_INCREMENT = 0.15  # relative difference below which two close increments are one wave
#: from this many (pool, total) pairs on, a series' combinations and sums are found in
#: arrays (:func:`_combo_array`, :func:`_sum_matches`); below it the loops are cheaper
COLUMNS_FROM = 40


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
    (:func:`_parts_ok`), in :func:`itertools.combinations` order."""
    return [tuple(pool[i] for i in c) for c in _combo_indices(pool)]


def _combo_indices(pool: list[Cluster]) -> list[tuple[int, ...]]:
    """:func:`_combos` as positions in ``pool``. A triple is only tested when its three
    pairs passed: every rule holds for the parts of a triple that passes (disjoint periods,
    no wave counted twice, the base first), so no other triple can."""
    combos: list[tuple[int, ...]] = []
    ok: set[tuple[int, int]] = set()
    for i, j in combinations(range(len(pool)), 2):
        if _pair_ok(pool[i], pool[j]):
            combos.append((i, j))
            ok.add((i, j))
    for i, j, k in combinations(range(min(len(pool), _POOL3)), 3):
        if (i, j) in ok and (i, k) in ok and (j, k) in ok:
            if _parts_ok((pool[i], pool[j], pool[k])):
                combos.append((i, j, k))
    return combos


def _combo_array(pool: list[Cluster]) -> list[tuple[int, ...]]:
    """:func:`_combo_indices` in numpy: :func:`_pair_ok` of every pair at once (the same
    float and integer operations), then the triples whose three pairs passed. Of those,
    :func:`_parts_ok` only adds that a triple with an increment has at most one part that
    is none: its other rules (no wave twice, the base first, disjoint periods in order) are
    rules of its pairs."""
    n = len(pool)
    inc = np.array([e.increment for e in pool], np.bool_)
    t0 = np.array([e.t0 for e in pool], np.int64)
    t1 = np.array([e.t1 for e in pool], np.int64)
    v = np.array([e.best or 0.0 for e in pool], np.float64)
    a, b = np.triu_indices(n, 1)   # combinations(range(n), 2) order
    gap = np.maximum(np.maximum(t0[b] - t1[a], t0[a] - t1[b]), 0)
    same_wave = ((np.abs(v[a] - v[b]) <= _SAME_INCREMENT * np.maximum(np.abs(v[a]), np.abs(v[b])))
                 & (gap <= CLOSE_DAYS))
    a_first = t0[a] <= t0[b]
    ok = np.where(inc[a] & inc[b], ~same_wave,
                  np.where(inc[a] | inc[b], np.where(inc[a], t0[b] <= t0[a], t0[a] <= t0[b]),
                           np.where(a_first, t1[a] < t0[b], t1[b] < t0[a])))
    table = np.zeros((n, n), np.bool_)
    a, b = a[ok], b[ok]
    table[a, b] = True
    combos = _Combos(zip(a.tolist(), b.tolist()))
    i, j, k = _triples(min(n, _POOL3))
    n_inc = inc[i].astype(np.int64) + inc[j] + inc[k]
    keep = table[i, j] & table[i, k] & table[j, k] & ((n_inc == 0) | (n_inc >= 2))
    i, j, k = i[keep], j[keep], k[keep]
    combos += zip(i.tolist(), j.tolist(), k.tolist())
    # the same as arrays, a pair's third part its first (as _sum_matches pads it)
    combos.parts = (np.concatenate((a, i)), np.concatenate((b, j)), np.concatenate((a, k)),
                    np.concatenate((np.zeros(len(a), np.bool_), np.ones(len(i), np.bool_))))
    return combos


class _Combos(list):   # type: ignore[type-arg]
    """:func:`_combo_array`'s combinations, with ``parts``: their first, second and third
    positions (a pair's third is its first) and which are triples, as arrays."""

    parts: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _parts(idx: list[tuple[int, ...]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The positions of the combinations ``idx`` as :attr:`_Combos.parts` holds them."""
    if isinstance(idx, _Combos):
        return idx.parts
    parts = np.array([c + (c[0],) * (3 - len(c)) for c in idx], np.int64).reshape(-1, 3)
    return parts[:, 0], parts[:, 1], parts[:, 2], np.array([len(x) == 3 for x in idx], np.bool_)


@lru_cache(maxsize=None)
def _triples(m: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The triples of ``range(m)`` in :func:`itertools.combinations` order, as three arrays."""
    t = np.array(list(combinations(range(m), 3)), np.int64).reshape(-1, 3)
    return t[:, 0], t[:, 1], t[:, 2]


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
    for each total. Most combinations have no total in their window, so those figures are
    only worked out for the first total tested. The parts are usable estimates
    (:func:`_usable`: a period, a positive best figure), so ``(p.best or 0)`` is ``p.best``
    and "any part at least the total" is "the largest part at least the total"."""

    __slots__ = ("parts", "lo", "hi", "inc", "top", "first", "last", "covered")

    def __init__(self, parts: tuple[Cluster, ...]) -> None:
        self.parts = parts
        if len(parts) == 2:   # most combinations: sum() and any() without generators
            a, b = parts
            self.lo = 0 + a.lo + b.lo   # as sum() adds: from 0, in order (the same floats)
            self.hi = 0 + a.hi + b.hi
            self.inc = bool(a.increment or b.increment)
        else:
            self.lo = sum(p.lo for p in parts)
            self.hi = sum(p.hi for p in parts)
            self.inc = any(p.increment for p in parts)
        self.top: float | None = None   # the rest: on the first total_ok

    def _figures(self) -> None:
        parts = self.parts
        self.top = max(p.best for p in parts)  # type: ignore[type-var]
        self.first = min(p.t0 for p in parts)  # type: ignore[type-var]
        self.last = max(p.t1 for p in parts)  # type: ignore[type-var]
        self.covered = sum(p.t1 - p.t0 + 1 for p in parts)  # type: ignore[operator]

    def total_ok(self, t: Cluster) -> bool:
        """:func:`_total_ok` of ``t`` and these parts."""
        if self.top is None:
            self._figures()
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


def _sum_matches_ref(combos: list[tuple[Cluster, ...]], totals: list[Cluster]
                     ) -> list[tuple[int, int]]:
    """(combination, total) positions of the sums, in the order they are found: each
    combination in turn, its totals by figure. Totals are narrow intervals around their
    best value: a bisect on best gives a combination's window, then each is tested."""
    total_best = [t.best for t in totals]
    out = []
    for ci, combo in enumerate(map(_Parts, combos)):
        lo, hi = combo.lo, combo.hi
        for ti in range(bisect_left(total_best, lo / 1.05), bisect_right(total_best, hi * 1.05)):
            t = totals[ti]
            if not (t.hi < lo or t.lo > hi) and combo.total_ok(t):
                out.append((ci, ti))
    return out


def _sum_matches(pool: list[Cluster], idx: list[tuple[int, ...]], totals: list[Cluster]
                 ) -> list[tuple[int, int]]:
    """:func:`_sum_matches_ref` for every combination and total at once, in numpy: the same
    tests on the same float64 and int64 values (sums added from 0 in the parts' order, as
    ``sum`` adds; :func:`~.pair_columns.exact` has refused figures a float cannot hold),
    and ``nonzero`` of the (combination, total) table gives the same order."""
    lo, hi, best = (np.array([getattr(e, f) for e in pool], np.float64)
                    for f in ("lo", "hi", "best"))
    t0, t1 = (np.array([getattr(e, f) for e in pool], np.int64) for f in ("t0", "t1"))
    inc = np.array([e.increment for e in pool], np.bool_)
    a, b, c, tri = _parts(idx)   # pairs: a twice
    lo_c, hi_c = 0.0 + lo[a] + lo[b], 0.0 + hi[a] + hi[b]
    lo_c[tri] += lo[c[tri]]
    hi_c[tri] += hi[c[tri]]
    days = t1 - t0 + 1
    covered = days[a] + days[b] + np.where(tri, days[c], 0)
    top = np.maximum(np.maximum(best[a], best[b]), best[c])
    first = np.minimum(np.minimum(t0[a], t0[b]), t0[c])
    last = np.maximum(np.maximum(t1[a], t1[b]), t1[c])
    at = {id(e): k for k, e in enumerate(pool)}
    where = np.array([at.get(id(t), -1) for t in totals], np.int64)[None, :]
    tb, tlo, thi = (np.array([getattr(t, f) for t in totals], np.float64)[None, :]
                    for f in ("best", "lo", "hi"))
    tt0, tt1 = (np.array([getattr(t, f) for t in totals], np.int64)[None, :]
                for f in ("t0", "t1"))
    col = np.s_[:, None]
    ok = ((tb >= (lo_c / 1.05)[col]) & (tb <= (hi_c * 1.05)[col])
          & ~((thi < lo_c[col]) | (tlo > hi_c[col]))
          & ~(top[col] >= tb) & ~(tt1 < last[col])
          & (where != a[col]) & (where != b[col]) & (where != c[col])
          & (inc[a][col] | inc[b][col] | inc[c][col]
             | ((tt0 <= first[col] + _SLACK_DAYS) & (tt1 + _SLACK_DAYS >= last[col])
                & (tt1 - tt0 + 1 >= 0.9 * covered[col]))))
    ci, ti = np.nonzero(ok)
    return list(zip(ci.tolist(), ti.tolist()))


def _shortfalls(pool: list[Cluster], idx: list[tuple[int, ...]]
                ) -> list[tuple[float, float, _Parts]]:
    """The :data:`_MAX_SHORTFALLS` combinations with an increment whose figures add up to
    the most (ties: by their parts' keys), with that sum and the top of their values. Only
    those that can be among them are sorted by the full key and made :class:`_Parts`: a
    large series has thousands of such combinations."""
    incs = [e.increment for e in pool]
    bests = [e.best for e in pool]
    found = [(sum(bests[i] for i in x), x) for x in _likely_shortfalls(pool, idx)
             if any(incs[i] for i in x)]   # type: ignore[misc]
    if len(found) > _MAX_SHORTFALLS:   # below the sum in the last place: never kept
        least = heapq.nlargest(_MAX_SHORTFALLS, [f[0] for f in found])[-1]
        found = [f for f in found if f[0] >= least]
    found.sort(key=lambda f: (-f[0], [pool[i].key for i in f[1]]))
    out = []
    for best_sum, x in found[:_MAX_SHORTFALLS]:
        c = _Parts(tuple(pool[i] for i in x))
        out.append((best_sum, c.hi, c))
    return out


def _likely_shortfalls(pool: list[Cluster], idx: list[tuple[int, ...]]
                       ) -> list[tuple[int, ...]]:
    """The combinations of ``idx`` that :func:`_shortfalls` may keep, in their order: for
    :func:`_combo_array`'s (exact figures: :func:`~.pair_columns.exact`) those with an
    increment whose sum in floats is not below the :data:`_MAX_SHORTFALLS`-th largest by
    more than rounding could make it (the exact sums then choose among them as among all);
    any others all."""
    if not isinstance(idx, _Combos) or len(idx) <= _MAX_SHORTFALLS:
        return idx
    a, b, c, tri = idx.parts
    inc = np.array([e.increment for e in pool], np.bool_)
    best = np.array([e.best for e in pool], np.float64)
    total = 0.0 + best[a] + best[b] + np.where(tri, best[c], 0.0)
    cand = np.nonzero(inc[a] | inc[b] | (tri & inc[c]))[0]
    if len(cand) <= _MAX_SHORTFALLS:
        return [idx[k] for k in cand.tolist()]
    sums = total[cand]
    least = float(np.partition(sums, len(sums) - _MAX_SHORTFALLS)[len(sums) - _MAX_SHORTFALLS])
    if np.isfinite(least):   # (an infinite figure: all of them, as the exact sums rank)
        cand = cand[sums >= least - (1e-9 * abs(least) + 1e-9)]
    return [idx[k] for k in cand.tolist()]


def find_relations(ests: list[Cluster], subject: str | None, measure: str,
                   unit: str | None) -> list[Relation]:
    """Sum and exceeds relations within one series (bounded work, see module docstring)."""
    usable = [e for e in ests if _usable(e)]
    if len(usable) < 3:
        return []
    pool = sorted(usable, key=lambda e: (-len(e.sources), -len(e.members), e.key))[:_POOL]
    pool.sort(key=lambda e: e.key)
    totals = sorted((e for e in usable if not e.increment), key=lambda e: (e.best, e.key))
    arrays = len(pool) * len(totals) >= COLUMNS_FROM and exact(pool + totals)
    idx = _combo_array(pool) if arrays else _combo_indices(pool)
    if arrays:
        matches = _sum_matches(pool, idx, totals) if idx else []
    else:
        matches = _sum_matches_ref([tuple(pool[i] for i in c) for c in idx], totals)
    sums: list[tuple[tuple, Relation]] = []
    matched_totals: set[int] = set()
    for ci, ti in matches:
        parts, t = tuple(pool[i] for i in idx[ci]), totals[ti]
        matched_totals.add(id(t))
        total_s = fmt_estimate(t, unit)
        sums.append(((len(parts), t.key, [p.key for p in parts]), Relation(
            "sum", subject, measure, unit, sorted({c for p in parts for c in p.claim_ids}),
            list(t.claim_ids),
            f"{_describe(parts, unit)} make {total_s} ({fmt_period(t.t0, t.t1)}).")))
    exceeds: list[tuple[tuple, Relation]] = []
    # sums come first and fill the series' share alone: no exceeds relation would be kept
    shortfalls = [] if len(sums) >= _MAX_PER_SERIES else _shortfalls(pool, idx)
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
