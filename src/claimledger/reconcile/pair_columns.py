"""The predecessor search of updates for a whole series at once, in numpy.

:func:`~claimledger.reconcile.disagreements.find_updates` asks, for every estimate of a
series, up to 64 earlier ones whether it supersedes them (``is_update``) and ranks those that
do. At ten million claims a series holds dozens of estimates, and those tests, one Python call
per pair, were more than a million calls per bucket (half of them passing). Here the
estimates' numbers (periods, value intervals, best figures, publication days, sources and
families as bit masks) are arrays, the tests and the ranking are a few array operations over
all pairs, and only each estimate's chosen predecessor becomes a record, by the reference
code's own formatting. (Disagreements were tried the same way and dropped: their pairs are
few — only estimates of overlapping months are paired — and their records cost the most.)

What the tests compare is exact in float64 and int64: day ordinals and their sums are small
integers (``later_by > CLOSE_DAYS`` is ``2 * later_by > 2 * CLOSE_DAYS`` on the integer sums),
halving a float is exact, and :func:`columns_of` refuses (None: the reference path is taken)
a series whose figures are integers too large for a float64 to hold exactly.

Only series of people take this path: a series of things also weighs labels and sizes
(:func:`~claimledger.reconcile.story.clusters_may_pair`, a logarithm in the ranking), which
stay per pair in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from claimledger.reconcile.series import CLOSE_DAYS, CUMULATIVE, STOCK

if TYPE_CHECKING:
    from claimledger.reconcile.estimates import Cluster

_COLLAPSE = 0.5      # as disagreements._COLLAPSE
_EXACT = 2.0 ** 53   # integers beyond this are not all floats


class PairColumns:
    """The numbers of a list of timed estimates (none vague, all with a period) that the
    pair tests read, one array entry per estimate, in the list's order."""

    def __init__(self, ests: Sequence[Cluster]) -> None:
        self.t0 = np.array([e.t0 for e in ests], np.int64)
        self.t1 = np.array([e.t1 for e in ests], np.int64)
        self.mid2 = self.t0 + self.t1            # twice the centre of the period
        self.lo = np.array([e.lo for e in ests], np.float64)
        self.hi = np.array([e.hi for e in ests], np.float64)
        self.best = np.array([e.best or 0.0 for e in ests], np.float64)
        self.inc = np.array([e.increment for e in ests], np.bool_)
        self.has_pub0 = np.array([e.pub0 is not None for e in ests], np.bool_)
        self.has_pub1 = np.array([e.pub1 is not None for e in ests], np.bool_)
        self.pub0 = np.array([e.pub0 or 0 for e in ests], np.int64)
        self.pub1 = np.array([e.pub1 or 0 for e in ests], np.int64)
        self.src = _masks([e.source_set for e in ests])

    def shares(self, masks: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Whether the sets coded in ``masks`` of estimates ``i`` and ``j`` meet."""
        return ((masks[i] & masks[j]) != 0).any(axis=1)

    def is_update(self, i: np.ndarray, j: np.ndarray, measure: str) -> np.ndarray:
        """:func:`~claimledger.reconcile.disagreements.is_update` of the pairs (``i[k]``,
        ``j[k]``): does estimate ``j`` supersede estimate ``i``."""
        t0, t1, mid2, lo, hi, best = self.t0, self.t1, self.mid2, self.lo, self.hi, self.best
        disjoint = (hi[i] < lo[j]) | (hi[j] < lo[i])
        later = (t1[j] >= t1[i]) & (mid2[j] > mid2[i])
        restated = ((t0[i] == t0[j]) & (t1[i] == t1[j]) & self.has_pub1[i] & self.has_pub0[j]
                    & (self.pub0[j] > self.pub1[i]))
        own = later | restated
        if measure in CUMULATIVE:
            own &= ~(best[j] < _COLLAPSE * best[i])
        if measure in CUMULATIVE or measure in STOCK:
            much_later = mid2[j] - mid2[i] > 2 * CLOSE_DAYS
            if measure in CUMULATIVE:
                much_later |= t0[j] > t1[i]
            other = later & (hi[i] < lo[j]) & much_later
        else:
            other = np.zeros(len(i), np.bool_)
        return disjoint & ~self.inc[i] & ~self.inc[j] & np.where(self.shares(self.src, i, j),
                                                                  own, other)


def _masks(sets: Sequence[frozenset[str]]) -> np.ndarray:
    """Each set as a row of 64-bit words, one bit per distinct member of all ``sets``."""
    codes: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for r, s in enumerate(sets):
        rows.extend([r] * len(s))
        cols.extend([codes.setdefault(x, len(codes)) for x in s])
    words = max(1, (len(codes) + 63) // 64)
    bits = np.zeros((len(sets), 64 * words), np.bool_)
    bits[rows, cols] = True
    return np.packbits(bits, axis=1).view(np.uint64)


def exact(ests: Sequence[Cluster]) -> bool:
    """Whether every figure the tests compare is a float64 exactly (huge integers are not)."""
    return all(type(x) is float or x is None or abs(x) < _EXACT
               for e in ests for x in (e.lo, e.hi, e.best))


def key_ranks(ests: Sequence[Cluster]) -> np.ndarray:
    """Each estimate's place in the order of the estimates' keys, equal keys one place."""
    order = sorted(range(len(ests)), key=lambda k: ests[k].key)
    ranks = np.zeros(len(ests), np.int64)
    r = 0
    for n, k in enumerate(order):
        if n and ests[k].key != ests[order[n - 1]].key:
            r += 1
        ranks[k] = r
    return ranks


def update_choices(timed: Sequence[Cluster], measure: str, lookback: int
                   ) -> list[tuple[int, int, bool, bool]]:
    """For each estimate ``j`` of ``timed`` (sorted as ``find_updates`` sorts it) that
    supersedes one of the ``lookback`` before it, (j, its predecessor, same source, same
    family): the predecessor ``find_updates`` ranks first — same source, then family, then
    the latest period, the best figure, the key; of equal ranks the nearest."""
    n = len(timed)
    cols = PairColumns(timed)
    back = min(lookback, n - 1)
    if back < 1:
        return []
    j = np.repeat(np.arange(n), back)
    k = np.tile(np.arange(1, back + 1), n)
    keep = j >= k
    j, k = j[keep], k[keep]
    i = j - k
    ok = cols.is_update(i, j, measure)
    i, j, k = i[ok], j[ok], k[ok]
    if not len(j):
        return []
    same_src = cols.shares(cols.src, i, j)
    same_fam = cols.shares(_masks([e.families for e in timed]), i, j)
    keys = key_ranks(timed)
    order = np.lexsort((-k, keys[i], cols.best[i], cols.t0[i], cols.t1[i], same_fam, same_src, j))
    js = j[order]
    last = np.flatnonzero(np.append(js[1:] != js[:-1], True))   # each j's highest rank
    pick = order[last]
    return list(zip(j[pick].tolist(), i[pick].tolist(), same_src[pick].tolist(),
                    same_fam[pick].tolist()))


__all__ = ["PairColumns", "exact", "key_ranks", "update_choices"]
