"""An index of estimates for the gap search, so that a placeholder looks only at its own.

:func:`~claimledger.reconcile.gaps.fill_gaps` may offer a placeholder any estimate of a series
whose key is compatible with its own (:func:`~claimledger.reconcile.series.keys_compatible`)
that has a supporting claim within :data:`~claimledger.reconcile.series.CLOSE_DAYS` of it.
Scanning every series of the placeholder's measure and group, and every estimate in them,
costs time proportional to the corpus for each placeholder: quadratic over ten million claims
(a hundred thousand series, as many placeholders). The index narrows both:

* **Series**: keys are grouped on what compatibility requires to be equal or absent —
  measure, group, basis, label and place. A placeholder visits the groups of its own label
  and of its own place or of none (or of every place, when it names none); when it counts
  things (no group), also the groups of the other basis, whose labels do not matter
  (:func:`keys_compatible`). Every key in a visited group is still checked with
  :func:`keys_compatible` itself, so the index only ever skips keys that check would reject.
* **Time**: inside a group, estimates with a known period are kept sorted by their start.
  An estimate whose period (the hull of all its claims) lies more than ``CLOSE_DAYS`` from the
  placeholder's has no claim close enough to support it, so only starts within
  ``[p.t0 - CLOSE_DAYS - longest, p.t1 + CLOSE_DAYS]`` are looked at (``longest``: the
  group's longest estimate) — two bisections. A placeholder of unknown time takes every
  estimate (any time fits it), and only it looks at estimates of unknown time.

:meth:`GapIndex.matches` returns the estimates in the order the linear scan visits them
(series key, then position in the series), so that everything computed from them — the
confidences' normalising sum included — is identical, bit for bit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.gap_columns import Codes, GroupColumns
from claimledger.reconcile.series import CLOSE_DAYS, SeriesKey, keys_compatible

# what keys_compatible requires to be equal or absent, apart from unit and nationality:
# (measure, group, basis, label, place)
GroupId = tuple[str, str, str, str, str]

# (series rank in key order, position in the series, the series key)
Match = tuple[int, int, SeriesKey]


def group_of(key: SeriesKey) -> GroupId:
    """The index group of a series key."""
    return (key[0], key[2], key[6], key[5], key[4])


@dataclass
class _Group:
    """The series of one :data:`GroupId` and their estimates, timed ones sorted by start."""

    keys: list[tuple[int, SeriesKey]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    timed: list[tuple[int, int, int, int, SeriesKey]] = field(default_factory=list)
    untimed: list[Match] = field(default_factory=list)
    longest: int = 0
    ests: list[Cluster] = field(default_factory=list)   # the timed ones, in ``timed`` order
    base: int = 0         # where ``ests`` begin in the index's :meth:`GapIndex.columns`
    unique: bool = True   # whether their claims' ids are distinct
    ends: Any = None      # numpy arrays: the timed estimates' ends, their series' positions
    local: Any = None     # in ``keys`` (made with :meth:`GapIndex.columns`)

    def add(self, rank: int, key: SeriesKey, ests: list[Cluster]) -> None:
        self.keys.append((rank, key))
        for i, e in enumerate(ests):
            if e.kind == "vague":
                continue   # never a candidate
            if e.t0 is None or e.t1 is None:
                self.untimed.append((rank, i, key))
            else:
                self.timed.append((e.t0, e.t1, rank, i, key))
                self.ests.append(e)
                self.longest = max(self.longest, e.t1 - e.t0)

    def seal(self) -> None:
        order = sorted(range(len(self.timed)), key=lambda k: self.timed[k][0])   # stable
        self.timed = [self.timed[k] for k in order]
        self.ests = [self.ests[k] for k in order]
        self.starts = [x[0] for x in self.timed]

    def place(self, cols: GroupColumns, base: int) -> None:
        """Note where the group's estimates are in the index's arrays ``cols``."""
        import numpy as np

        where = {r: n for n, (r, _) in enumerate(self.keys)}
        self.base = base
        self.ends = np.array([x[1] for x in self.timed], np.int64)
        self.local = np.array([where[x[2]] for x in self.timed], np.int64)
        a, b = cols.off[base], cols.off[base + len(self.ests)]
        self.unique = len(set(cols.ids[a:b])) == b - a

    def rows(self, t0: int, t1: int, ok: Any) -> Any:
        """:meth:`near` of a known period as positions in ``timed`` (a numpy array); ``ok``
        says which of ``keys`` may match (:meth:`GapIndex.compatible`), as positions in the
        index's :meth:`GapIndex.columns` (made first)."""
        import numpy as np

        lo = bisect_left(self.starts, t0 - CLOSE_DAYS - self.longest)
        hi = bisect_right(self.starts, t1 + CLOSE_DAYS)
        sel = (self.ends[lo:hi] >= t0 - CLOSE_DAYS) & ok[self.local[lo:hi]]
        return np.flatnonzero(sel) + (lo + self.base)

    def near(self, t0: int | None, t1: int | None, ok: set[int]) -> list[Match]:
        """Estimates of the series ranked in ``ok`` that may lie within ``CLOSE_DAYS`` of
        the period ``t0..t1`` (all of them when it is unknown)."""
        if t0 is None or t1 is None:
            return ([(r, i, k) for _, _, r, i, k in self.timed if r in ok]
                    + [m for m in self.untimed if m[0] in ok])
        lo = bisect_left(self.starts, t0 - CLOSE_DAYS - self.longest)
        hi = bisect_right(self.starts, t1 + CLOSE_DAYS)
        return [(r, i, k) for s, e, r, i, k in self.timed[lo:hi]
                if r in ok and e >= t0 - CLOSE_DAYS]


class GapIndex:
    """The estimates of all series, indexed for :meth:`matches` (see the module docstring)."""

    def __init__(self, estimates: dict[SeriesKey, list[Cluster]]) -> None:
        self._groups: dict[GroupId, _Group] = {}
        # (measure, group, basis, label) -> place -> group; (measure, group, basis) -> groups
        self._by_label: dict[tuple[str, str, str, str], dict[str, _Group]] = {}
        self._by_basis: dict[tuple[str, str, str], list[tuple[str, _Group]]] = {}
        self._compatible: dict[SeriesKey, list[tuple[_Group, list[int], Any]]] = {}
        self._estimates = estimates
        self._bounded: dict[SeriesKey, list[Cluster]] = {}
        self.codes = Codes()   # source, family and outlet codes of the columnar search
        self._columns: GroupColumns | None = None
        self.keys: list[SeriesKey] = []   # by position in the columns: the series, and the
        self.pos: Any = None              # position in it
        for rank, key in enumerate(sorted(estimates)):
            gid = group_of(key)
            g = self._groups.get(gid)
            if g is None:
                g = self._groups[gid] = _Group()
                self._by_label.setdefault(gid[:4], {})[gid[4]] = g
                self._by_basis.setdefault(gid[:3], []).append((gid[4], g))
            g.add(rank, key, estimates[key])
        for g in self._groups.values():
            g.seal()

    def columns(self, keys: list[SeriesKey] | None = None) -> GroupColumns:
        """The timed estimates of the groups that placeholders of ``keys`` visit
        (:meth:`compatible`), group after group, as one set of arrays (:mod:`.gap_columns`),
        made when first asked: all placeholders' queries are then tested together, whatever
        their groups. Later calls return the same arrays."""
        if self._columns is None:
            import numpy as np

            groups = list({id(g): g for k in keys or () for g, _, _ in self.compatible(k)
                           }.values())
            ests = [e for g in groups for e in g.ests]
            timed = [x for g in groups for x in g.timed]
            cols = self._columns = GroupColumns(ests, [x[2] for x in timed], self.codes,
                                                [len(g.ests) for g in groups])
            self.keys = [x[4] for x in timed]
            self.pos = np.array([x[3] for x in timed], np.int64)
            base = 0
            for g in groups:
                g.place(cols, base)
                base += len(g.ests)
        return self._columns

    def _visit(self, key: SeriesKey) -> list[_Group]:
        """The groups that may hold a key compatible with ``key``."""
        measure, _, group, _, place, label, basis = key
        out: list[_Group] = []
        same = self._by_label.get((measure, group, basis, label), {})
        out.extend(same.values() if not place else
                   [g for g in (same.get(place), same.get("")) if g is not None])
        if not group:   # things: the other basis, whatever its label
            other = "who" if basis == "subject" else "subject"
            out.extend(g for p, g in self._by_basis.get((measure, group, other), [])
                       if not place or not p or p == place)
        return out

    def bounded(self, key: SeriesKey) -> list[Cluster]:
        """The open-bounded estimates of the series ``key`` (made once per series: a large
        series has hundreds of estimates, and each placeholder near it asks)."""
        found = self._bounded.get(key)
        if found is None:
            found = self._bounded[key] = [e for e in self._estimates[key]
                                          if e.kind in ("lower", "upper")]
        return found

    def compatible(self, key: SeriesKey) -> list[tuple[_Group, list[int], Any]]:
        """The groups :meth:`matches` visits for ``key``, each with the ranks of its series
        compatible with ``key`` and which of its ``keys`` they are (a numpy mask): worked
        out once per key, a series' placeholders share it."""
        found = self._compatible.get(key)
        if found is None:
            import numpy as np

            found = []
            for g in self._visit(key):
                mask = np.array([keys_compatible(key, k) for _, k in g.keys], np.bool_)
                if mask.any():
                    found.append((g, [r for (r, _), m in zip(g.keys, mask.tolist()) if m], mask))
            self._compatible[key] = found
        return found

    def matches(self, key: SeriesKey, t0: int | None, t1: int | None) -> list[Match]:
        """The estimates of series compatible with ``key`` that may have a claim within
        ``CLOSE_DAYS`` of ``t0..t1``, in series-key order and then series order."""
        found: list[Match] = []
        for g, ok, _ in self.compatible(key):
            found.extend(g.near(t0, t1, set(ok)))
        found.sort(key=lambda m: (m[0], m[1]))
        return found


__all__ = ["GapIndex", "GroupId", "Match", "group_of"]
