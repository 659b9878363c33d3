"""Clustering a series' claims into estimates.

An estimate is one figure for one moment as the corpus reports it: "about 11,000 in autumn
2024", said by one source or repeated by five. Clustering is what turns repetition into
corroboration, and what makes later steps compare *figures* rather than sentences.

Rules:
* point figures (exact, approx, range) join when their value intervals all overlap (the cluster
  keeps the intersection, so a chain 1,000 -> 1,019 -> 1,038 cannot drift) and their times lie
  within :data:`CLOSE_DAYS`;
* an open-bounded figure ("more than 1,100", "up to 14,000") joins a point estimate only when
  its bound is that same figure (within 2%): it is the same number hedged differently. Otherwise
  open bounds of one direction and similar value form their own estimate — "more than 10,000"
  is *compatible* with 11,000 and with 14,000, and merging it with either would be a guess;
* increments never merge with totals; vague figures ("thousands") are listed, grouped by time,
  and never compared.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from claimledger.reconcile.series import CLOSE_DAYS, INF, Obs, time_gap

_SORT_KEY, _ID = attrgetter("sort_key"), attrgetter("id")
_SAME_FIGURE = 0.02  # an open bound within 2% of a point estimate is the same figure, hedged


@dataclass(slots=True, eq=False)  # identity, not field-wise equality
class Cluster:
    """A cluster of claims reporting one figure for one period."""

    kind: str                      # "point" | "lower" | "upper" | "vague"
    increment: bool
    members: list[Obs] = field(default_factory=list)
    core: list[Obs] = field(default_factory=list)   # members that define the value
    ilo: float = -INF              # intersection of the core's intervals (joining test)
    ihi: float = INF
    lo: float = -INF               # hull of the core's intervals (comparison with others)
    hi: float = INF
    t0: int | None = None
    t1: int | None = None
    pub0: int | None = None        # earliest and latest publication day of the members
    pub1: int | None = None
    best: float | None = None
    key: tuple = ()
    votes: dict[float, set[str]] = field(default_factory=dict)  # value -> sources giving it
    exact_values: set[float] = field(default_factory=set)

    # filled by finalize(): later steps read these many times
    sources: list[str] = field(default_factory=list)
    source_set: frozenset[str] = frozenset()   # the same, for the pairwise tests
    # the members' label evidence (story.clusters_may_pair), made when first asked
    label_sets: frozenset[frozenset[str]] | None = None
    phrase: tuple[str | None, str] | None = None   # (unit, figure in words): phrasing.py
    said: tuple[str | None, str] | None = None     # (unit, who says what): phrasing.py
    outlets: frozenset[str] = frozenset()
    families: frozenset[str] = frozenset()
    claim_ids: list[str] = field(default_factory=list)
    named_source: bool = False
    lhb: tuple[float | None, float | None, str] = (None, None, "vague")
    who: str = ""
    n_labels: int = 0
    # the claim ids as a JSON list and as a merge key's items (pair_runs.py), made when
    # first asked; False when an id needs escaping
    id_texts: tuple[str, str] | bool | None = None

    def add_time(self, o: Obs) -> None:
        """Widen the period to cover ``o`` (claims of unknown time leave it unchanged)."""
        if o.t0 is None or o.t1 is None:
            return
        self.t0 = o.t0 if self.t0 is None else min(self.t0, o.t0)
        self.t1 = o.t1 if self.t1 is None else max(self.t1, o.t1)

    def finalize(self) -> None:
        """Freeze the derived facts once membership is settled."""
        members = self.members
        if len(members) == 1:   # half of all estimates: the same facts, without the sets
            self._finalize_one(members[0])
            return
        # by sort_key, whose first item is the id: by the id alone (strings compare faster
        # than tuples) where no id is there twice, else by sort_key among equal ids too
        members.sort(key=_ID)
        ids = [o.id for o in members]
        if len(set(ids)) == len(ids):
            self.claim_ids = ids
        else:
            members.sort(key=_SORT_KEY)
            self.claim_ids = sorted(set(ids))
        self.outlets = frozenset([o.outlet for o in members])
        self.families = frozenset([o.family for o in members])
        pubs = [o.pub for o in members if o.pub is not None]
        self.pub0, self.pub1 = (min(pubs), max(pubs)) if pubs else (None, None)
        self.named_source = any([o.named for o in members])
        self.lhb = self._low_high_bound()
        labels: dict[str, str] = {}
        for o in members:
            if o.source not in labels:
                labels[o.source] = o.source_label
        self.sources = sorted(labels)
        self.source_set = frozenset(labels)
        names = set(labels.values())
        self.who = _join_names(sorted(names, key=str.casefold))
        self.n_labels = len(names)

    def _finalize_one(self, o: Obs) -> None:
        """:meth:`finalize` of a cluster of the one claim ``o``."""
        self.outlets = frozenset((o.outlet,))
        self.families = frozenset((o.family,))
        self.claim_ids = [o.id]
        self.pub0 = self.pub1 = o.pub
        self.named_source = bool(o.named)
        core = self.core
        self.lhb = (self._one_low_high_bound(o) if len(core) == 1 and core[0] is o
                    else self._low_high_bound())
        self.sources = [o.source]
        self.source_set = frozenset(self.sources)
        self.who = o.source_label
        self.n_labels = 1

    def low_high_bound(self) -> tuple[float | None, float | None, str]:
        """Low, high and bound of the estimate as a whole (cached by :meth:`finalize`)."""
        return self.lhb

    def _one_low_high_bound(self, o: Obs) -> tuple[float | None, float | None, str]:
        """:meth:`_low_high_bound` where ``o`` is the whole core, without lists and sets."""
        kind = self.kind
        if kind == "vague":
            return None, None, "vague"
        if kind in ("lower", "upper"):
            return self.best, self.best, o.bound
        low, high, bound = o.low, o.high, o.bound
        if low is None:
            low = high
        elif high is None:
            high = low
        if bound == "range":
            return low, high, "range"
        if bound == "exact" and low == high:
            return low, high, "exact"
        return low, high, "approx"

    def _low_high_bound(self) -> tuple[float | None, float | None, str]:
        """Low, high and bound of the estimate as a whole (see module docstring)."""
        if self.kind == "vague":
            return None, None, "vague"
        if self.kind in ("lower", "upper"):
            bounds = sorted({o.bound for o in self.core})
            v = self.best
            return v, v, bounds[0] if len(bounds) == 1 else ("more_than" if self.kind == "lower" else "up_to")
        lows = [o.low if o.low is not None else o.high for o in self.core]
        highs = [o.high if o.high is not None else o.low for o in self.core]
        low, high = min(lows), max(highs)  # type: ignore[type-var]
        bounds = {o.bound for o in self.core}
        if bounds == {"range"}:
            return low, high, "range"
        if bounds == {"exact"} and low == high:
            return low, high, "exact"
        return low, high, "approx"


def _join_names(names: list[str], limit: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 more'."""
    if len(names) > limit:
        names = names[:limit] + [f"{len(names) - limit} more"]
    if len(names) <= 1:
        return names[0] if names else "unknown"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _closest(o: Obs, cands: list[Cluster]) -> Cluster | None:
    best, best_key = None, None
    for e in cands:
        scale = max(abs(e.best or 0.0), 1e-9)
        gap = time_gap(o.t0, o.t1, e.t0, e.t1)
        k = (abs((o.value or 0.0) - (e.best or 0.0)) / scale, gap or 0, e.key)
        if best_key is None or k < best_key:
            best, best_key = e, k
    return best


def _time_ok(o: Obs, e: Cluster) -> bool:
    if (o.t0 is None) != (e.t0 is None):
        return False
    if o.t0 is None:
        return True
    gap = time_gap(o.t0, o.t1, e.t0, e.t1)
    return gap is not None and gap <= CLOSE_DAYS


def _tkey(o: Obs) -> tuple:
    return (o.t0 is not None, o.t0 or 0, o.t1 or 0, o.value or 0.0, o.sort_key)


_TIME_VALUE, _VALUE = attrgetter("t0", "t1", "value"), attrgetter("value")


def _in_time_order(obs: list[Obs], in_order: bool = False) -> list[Obs]:
    """``sorted(obs, key=_tkey)`` by a key made in C: (t0, t1, value), stably, of the claims
    in ``sort_key`` order (``in_order``: they are, as grouping leaves them) — the same
    order wherever those compare as ``_tkey``'s numbers do. Where a time or a figure is
    unknown for some claims and not others (comparing None with a number raises
    TypeError) or a figure is NaN (no consistent order), it is ``_tkey`` itself."""
    try:
        if not math.isnan(sum(map(_VALUE, obs))):
            return sorted(obs if in_order else sorted(obs, key=_SORT_KEY), key=_TIME_VALUE)
    except TypeError:
        pass
    return sorted(obs, key=_tkey)


def _cluster_points(points: list[Obs], increment: bool, in_order: bool = False
                    ) -> list[Cluster]:
    done: list[Cluster] = []
    active: list[Cluster] = []
    # no active cluster ends before this day (their ends only grow): while a claim is less
    # than CLOSE_DAYS past it, no cluster can close and the pass over them is skipped
    lowest_end = INF
    for o in _in_time_order(points, in_order):
        if o.t0 is not None and active and lowest_end < o.t0 - CLOSE_DAYS:
            # processing in time order: a cluster ending long before this claim is closed
            keep = []
            for e in active:
                if e.t1 is not None and e.t1 < o.t0 - CLOSE_DAYS:
                    done.append(e)
                else:
                    keep.append(e)
            active = keep
            lowest_end = min((e.t1 for e in active if e.t1 is not None), default=INF)
        e = _closest_joinable(o, active)
        if e is None:
            active.append(_opened(o, increment, len(done) + len(active)))
            if o.t1 is not None and o.t0 is not None and o.t1 < lowest_end:
                lowest_end = o.t1
            continue
        # max() and min() inline (each keeps the first of equals, as written here)
        lo, hi = o.lo, o.hi
        if lo > e.ilo:
            e.ilo = lo
        if hi < e.ihi:
            e.ihi = hi
        if lo < e.lo:
            e.lo = lo
        if hi > e.hi:
            e.hi = hi
        e.members.append(o)
        e.core.append(o)
        t0, t1 = o.t0, o.t1
        if t0 is not None and t1 is not None:   # add_time
            if e.t0 is None or t0 < e.t0:
                e.t0 = t0
            if e.t1 is None or t1 > e.t1:
                e.t1 = t1
        _vote(e, o)
    return done + active


def _opened(o: Obs, increment: bool, n: int) -> Cluster:
    """A new point cluster of the claim ``o`` alone, the ``n``-th of its pass: what adding
    ``o`` (its time, its vote) to an empty one gives, made in one step."""
    v = o.value
    timed = o.t0 is not None and o.t1 is not None
    return Cluster("point", increment, [o], [o], o.lo, o.hi, o.lo, o.hi,
                   o.t0 if timed else None, o.t1 if timed else None, best=v, key=(n,),
                   votes={v: {o.source}}, exact_values={v} if o.bound == "exact" else set())


def _closest_joinable(o: Obs, active: list[Cluster]) -> Cluster | None:
    """``_closest(o, [e for e in active if o's interval meets e's intersection and
    _time_ok(o, e)])`` in one pass, without a candidate list or a call per cluster (this
    runs for every point claim against every open cluster of its series)."""
    lo, hi, t0, t1 = o.lo, o.hi, o.t0, o.t1
    v = o.value or 0.0
    best, best_key = None, None
    for e in active:
        if not (lo <= e.ihi and e.ilo <= hi):
            continue
        if t0 is None:   # only with clusters of unknown time, all equally close
            if e.t0 is not None:
                continue
            gap = 0
        else:   # time_gap, max(0, e.t0 - t1, t0 - e.t1), and the rest without builtin calls
            et0, et1 = e.t0, e.t1
            if et0 is None or et1 is None or t1 is None:
                continue
            gap = et0 - t1
            if t0 - et1 > gap:
                gap = t0 - et1
            if gap > CLOSE_DAYS:
                continue
            if gap < 0:
                gap = 0
        b = e.best or 0.0
        d = v - b   # abs(v - b) / max(abs(b), 1e-9)
        scale = b if b >= 0 else -b
        if scale < 1e-9:
            scale = 1e-9
        k = ((d if d >= 0 else -d) / scale, gap, e.key)
        if best_key is None or k < best_key:
            best, best_key = e, k
    return best


def _vote(e: Cluster, o: Obs) -> None:
    """Record ``o``'s figure and re-pick the representative: the figure most sources give;
    ties go to exact wording, then to the lower figure. Only ``o``'s figure gained, so the
    new pick is the old one or ``o``'s (the same as the minimum over all figures)."""
    assert o.value is not None
    v = o.value
    votes, exact = e.votes, e.exact_values
    sources = votes.get(v)
    if sources is None:
        sources = votes[v] = set()
    sources.add(o.source)
    if o.bound == "exact":
        exact.add(v)
    b = e.best
    if len(votes) == 1:   # the one figure (as first voted: 1000 and 1000.0 are one key)
        e.best = next(iter(votes))
    elif b is None or b not in votes:
        e.best = min(votes, key=lambda x: (-len(votes[x]), x not in exact, x))
    elif b != v and (-len(sources), v not in exact, v) < (-len(votes[b]), b not in exact, b):
        e.best = v


class _ByValue:
    """The point clusters of a series by the low end of their intersection, so that an
    open-bounded claim tests only those whose intersection may come within its tolerance
    (a large series has hundreds; testing every one for every bounded claim was most of
    :func:`_cluster_bounds`). Their intervals are settled before the bounded claims join
    (those never move them); any cluster with an infinite end makes it test them all."""

    def __init__(self, points: list[Cluster]) -> None:
        self.points = points
        finite = all(math.isfinite(e.ilo) and math.isfinite(e.ihi) for e in points)
        self.by_lo = sorted(points, key=_ILO) if finite else None
        self.los = [e.ilo for e in self.by_lo] if self.by_lo is not None else []
        self.width = max((e.ihi - e.ilo for e in points), default=0.0) if finite else 0.0

    def near(self, v: float, tol: float) -> list[Cluster]:
        """A superset of the clusters with ``ilo - tol <= v <= ihi + tol``, in ``points``'
        order where all are taken (the order does not matter to :func:`_closest`: keys are
        distinct)."""
        if self.by_lo is None or not math.isfinite(v):
            return self.points
        margin = 1e-6 * (abs(v) + tol + self.width) + 1e-9   # room for rounding
        lo = bisect_left(self.los, v - tol - self.width - margin)
        hi = bisect_right(self.los, v + tol + margin)
        return self.by_lo[lo:hi]


_ILO = attrgetter("ilo")


def _closest_figure(o: Obs, clusters: list[Cluster], factor: int, tol: float | None = None
                    ) -> Cluster | None:
    """``_closest(o, cands)`` of the ``clusters`` that may take the bounded claim ``o``: its
    figure ``v`` within ``_SAME_FIGURE * factor`` of theirs and ``_time_ok(o, e)``; with
    ``tol``, point clusters whose intersection comes within ``tol`` of ``v``, else open
    bounds of ``o``'s kind. One pass, without a candidate list or a call per cluster."""
    v = o.value or 0.0
    av = v if v >= 0 else -v   # abs(v); max(a, b) below is a unless b > a, as written
    t0, t1, kind = o.t0, o.t1, o.kind
    best, best_key = None, None
    for e in clusters:
        if tol is None:
            if e.kind != kind:
                continue
        elif not (e.ilo - tol <= v <= e.ihi + tol):
            continue
        b = e.best or 0.0
        d = b - v
        ad = d if d >= 0 else -d
        ab = b if b >= 0 else -b
        if not ad <= (ab if not av > ab else av) * _SAME_FIGURE * factor:
            continue
        if t0 is None:   # _time_ok: only with clusters of unknown time, all equally close
            if e.t0 is not None:
                continue
            gap = 0
        else:
            et0, et1 = e.t0, e.t1
            if et0 is None or et1 is None or t1 is None:
                continue
            gap = et0 - t1   # time_gap
            if t0 - et1 > gap:
                gap = t0 - et1
            if gap > CLOSE_DAYS:
                continue
            if gap < 0:
                gap = 0
        k = (ad / (ab if not 1e-9 > ab else 1e-9), gap, e.key)   # abs(v - b) is abs(b - v)
        if best_key is None or k < best_key:
            best, best_key = e, k
    return best


def _cluster_bounds(bounded: list[Obs], points: list[Cluster], increment: bool,
                    in_order: bool = False) -> list[Cluster]:
    own: list[Cluster] = []
    by_value = _ByValue(points) if bounded else None
    for o in _in_time_order(bounded, in_order):
        v = o.value or 0.0
        tol = abs(v) * _SAME_FIGURE
        assert by_value is not None
        e = _closest_figure(o, by_value.near(v, tol), 2, tol)
        if e is not None:
            e.members.append(o)
            e.add_time(o)
            continue
        e = _closest_figure(o, own, 1)
        if e is None:
            e = Cluster(o.kind, increment, key=(1_000_000 + len(own),))
            own.append(e)
        e.members.append(o)
        e.core.append(o)
        e.add_time(o)
        if o.kind == "lower":
            e.lo, e.hi = min(e.lo if e.core[:-1] else INF, o.lo), INF
            e.best = min(x.value for x in e.core)  # type: ignore[type-var]
        else:
            e.lo, e.hi = -INF, max(e.hi if e.core[:-1] else -INF, o.hi)
            e.best = max(x.value for x in e.core)  # type: ignore[type-var]
        e.ilo, e.ihi = e.lo, e.hi
    return own


def _cluster_vague(vague: list[Obs], increment: bool) -> list[Cluster]:
    by_time: dict[tuple, Cluster] = {}
    for o in vague:
        k = (o.t0 is not None, o.t0 or 0, o.t1 or 0)
        e = by_time.get(k)
        if e is None:
            e = by_time[k] = Cluster("vague", increment)
        e.members.append(o)
        e.core.append(o)
        e.add_time(o)
    return list(by_time.values())


def build_estimates(obs: list[Obs], in_order: bool = False) -> list[Cluster]:
    """Estimates of one series, sorted by (increment, time, value, claims); ``in_order``:
    ``obs`` are in ``sort_key`` order (as grouping leaves a series' claims)."""
    out: list[Cluster] = []
    for inc in (False, True):
        part = [o for o in obs if o.increment is inc]
        if not part:
            continue
        points = _cluster_points([o for o in part if o.kind == "point"], inc, in_order)
        bounded = _cluster_bounds([o for o in part if o.kind in ("lower", "upper")], points,
                                  inc, in_order)
        vague = _cluster_vague([o for o in part if o.kind == "vague"], inc)
        out.extend(points + bounded + vague)
    for e in out:
        e.finalize()
        e.key = (e.increment, e.t0 is not None, e.t0 or 0, e.t1 or 0, e.kind == "vague",
                 e.best if e.best is not None else 0.0, e.kind, e.claim_ids)
    out.sort(key=lambda e: e.key)
    return out
