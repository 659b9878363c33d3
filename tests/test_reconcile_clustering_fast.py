"""Clustering's fast paths (reconcile/estimates.py) equal the straightforward rules they
replace: the closest joinable cluster found in one pass, the closing pass skipped while no
cluster can end, a vote that re-picks between the old figure and the voted one — compared
with the former code (kept here as the reference) on random point claims, including figures
of unknown time, equal values, ties and many sources."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.reconcile import estimates as E
from claimledger.reconcile.series import CLOSE_DAYS, Obs, make_obs, time_gap


def _ref_vote(e: E.Cluster, o: Obs) -> None:
    e.votes.setdefault(o.value, set()).add(o.source)
    if o.bound == "exact":
        e.exact_values.add(o.value)
    votes, exact = e.votes, e.exact_values
    e.best = min(votes, key=lambda v: (-len(votes[v]), v not in exact, v))


def _ref_time_ok(o: Obs, e: E.Cluster) -> bool:
    if (o.t0 is None) != (e.t0 is None):
        return False
    if o.t0 is None:
        return True
    gap = time_gap(o.t0, o.t1, e.t0, e.t1)
    return gap is not None and gap <= CLOSE_DAYS


def _ref_cluster_points(points: list[Obs], increment: bool) -> list[E.Cluster]:
    done: list[E.Cluster] = []
    active: list[E.Cluster] = []
    for o in sorted(points, key=E._tkey):
        if o.t0 is not None and active:
            keep = []
            for e in active:
                if e.t1 is not None and e.t1 < o.t0 - CLOSE_DAYS:
                    done.append(e)
                else:
                    keep.append(e)
            active = keep
        cands = [e for e in active if o.lo <= e.ihi and e.ilo <= o.hi and _ref_time_ok(o, e)]
        e = E._closest(o, cands)
        if e is None:
            e = E.Cluster("point", increment, ilo=o.lo, ihi=o.hi, lo=o.lo, hi=o.hi,
                          best=o.value, key=(len(done) + len(active),))
            active.append(e)
        else:
            e.ilo, e.ihi = max(e.ilo, o.lo), min(e.ihi, o.hi)
            e.lo, e.hi = min(e.lo, o.lo), max(e.hi, o.hi)
        e.members.append(o)
        e.core.append(o)
        e.add_time(o)
        _ref_vote(e, o)
    return done + active


@st.composite
def points(draw) -> list[Obs]:
    out = []
    for i in range(draw(st.integers(1, 40))):
        v = float(draw(st.sampled_from([100, 101, 102, 104, 110, 1000, 1010, 1040, 1100, 3000])))
        bound = draw(st.sampled_from(["exact", "approx", "range"]))
        high = v * 1.05 if bound == "range" else v
        timed = draw(st.integers(0, 9)) > 0
        t0 = draw(st.integers(0, 200)) if timed else None
        t1 = None if t0 is None else t0 + draw(st.sampled_from([0, 0, 5, 30, 45]))
        src = draw(st.sampled_from(["a", "b", "c", "d"]))
        o = make_obs(f"c{i:03d}", "d1", (i, i + 3), bound, v, high, False, False, t0, t1, t0,
                     (src, src, src, True), "o1", None, None)
        out.append(o)
    return out


def _shape(clusters: list[E.Cluster]) -> list[tuple]:
    return [(e.key, [o.id for o in e.members], e.best, e.ilo, e.ihi, e.lo, e.hi, e.t0, e.t1)
            for e in clusters]


@settings(max_examples=400, deadline=None)
@given(points())
def test_fast_clustering_equals_the_reference(obs) -> None:
    assert _shape(E._cluster_points(list(obs), False)) == \
        _shape(_ref_cluster_points(list(obs), False))


def _ref_cluster_bounds(bounded: list[Obs], points: list[E.Cluster], increment: bool
                        ) -> list[E.Cluster]:
    """The former open-bound clustering: every point cluster tested for every claim."""
    own: list[E.Cluster] = []
    same = E._SAME_FIGURE
    for o in sorted(bounded, key=E._tkey):
        v = o.value or 0.0
        tol = abs(v) * same
        cands = [e for e in points
                 if e.ilo - tol <= v <= e.ihi + tol and _ref_time_ok(o, e)
                 and abs((e.best or 0.0) - v) <= max(abs(e.best or 0.0), abs(v)) * same * 2]
        e = E._closest(o, cands)
        if e is not None:
            e.members.append(o)
            e.add_time(o)
            continue
        cands = [e for e in own if e.kind == o.kind and _ref_time_ok(o, e)
                 and abs((e.best or 0.0) - v) <= max(abs(e.best or 0.0), abs(v)) * same]
        e = E._closest(o, cands)
        if e is None:
            e = E.Cluster(o.kind, increment, key=(1_000_000 + len(own),))
            own.append(e)
        e.members.append(o)
        e.core.append(o)
        e.add_time(o)
        if o.kind == "lower":
            e.lo, e.hi = min(e.lo if e.core[:-1] else E.INF, o.lo), E.INF
            e.best = min(x.value for x in e.core)
        else:
            e.lo, e.hi = -E.INF, max(e.hi if e.core[:-1] else -E.INF, o.hi)
            e.best = max(x.value for x in e.core)
        e.ilo, e.ihi = e.lo, e.hi
    return own


@st.composite
def bounded(draw) -> list[Obs]:
    out = []
    for i in range(draw(st.integers(0, 25))):
        v = float(draw(st.sampled_from([98, 100, 102, 104, 110, 1000, 1020, 1040, 1100, 3000])))
        bound = draw(st.sampled_from(["more_than", "at_least", "up_to", "at_most"]))
        timed = draw(st.integers(0, 9)) > 0
        t0 = draw(st.integers(0, 200)) if timed else None
        t1 = None if t0 is None else t0 + draw(st.sampled_from([0, 0, 5, 30, 45]))
        src = draw(st.sampled_from(["a", "b", "c"]))
        out.append(make_obs(f"b{i:03d}", "d1", (i, i + 3), bound, v, v, False, False, t0, t1,
                            t0, (src, src, src, True), "o1", None, None))
    return out


@settings(max_examples=400, deadline=None)
@given(points(), bounded())
def test_open_bounds_join_the_clusters_the_full_scan_finds(obs, bounds) -> None:
    fast_points, ref_points = E._cluster_points(list(obs), False), \
        _ref_cluster_points(list(obs), False)
    fast = E._cluster_bounds(list(bounds), fast_points, False)
    ref = _ref_cluster_bounds(list(bounds), ref_points, False)
    assert _shape(fast_points) == _shape(ref_points)
    assert _shape(fast) == _shape(ref)


# ------------------------------------------------------- time order and one-pass candidates
_NUM = st.one_of(st.sampled_from([0.0, -0.0, 1.0, 100.0, 102.0, -50.0, 1e-12, 3000.0]),
                 st.just(float("nan")), st.integers(-5, 5), st.none())


@st.composite
def loose_obs(draw, nan: bool = True) -> list[Obs]:
    """Claims with any times (a start without an end too), figures (None, NaN, ints,
    negative zero), in any order and with repeated sort keys."""
    out = []
    for i in range(draw(st.integers(0, 30))):
        t0 = draw(st.one_of(st.none(), st.integers(0, 60)))
        t1 = draw(st.one_of(st.none(), st.integers(0, 90)))
        v = draw(_NUM if nan else _NUM.filter(lambda x: x is None or x == x))
        o = make_obs(f"c{draw(st.integers(0, 9)):02d}", "d1", (i, i + 1), "exact", 1.0, 1.0,
                     False, False, t0, t1, t0, ("a", "a", "a", True), "o1", None, None)
        o.value, o.t0, o.t1 = v, t0, t1
        out.append(o)
    return out


@settings(max_examples=400, deadline=None)
@given(loose_obs())
def test_time_order_is_tkey_order(obs) -> None:
    want = [id(o) for o in sorted(obs, key=E._tkey)]
    assert [id(o) for o in E._in_time_order(list(obs))] == want
    ordered = sorted(obs, key=E._SORT_KEY)
    assert [id(o) for o in E._in_time_order(ordered, in_order=True)] == \
        [id(o) for o in sorted(ordered, key=E._tkey)]


@settings(max_examples=400, deadline=None)
@given(loose_obs(), loose_obs(), st.sampled_from([1, 2]), st.booleans())
def test_closest_figure_equals_candidates_and_closest(bounds, others, factor, by_range) -> None:
    """The one-pass pick among clusters equals the candidate list and ``_closest`` it
    replaced, for figures and times of every kind (None, NaN, zero, negative)."""
    clusters = []
    for n, x in enumerate(others):
        e = E.Cluster("lower" if n % 3 else "upper", False, key=(n,), t0=x.t0, t1=x.t1,
                      best=x.value)
        e.ilo, e.ihi = sorted([x.value or 0.0, (x.value or 0.0) * 1.05])
        clusters.append(e)
    for o in bounds:
        o.kind = "lower" if (o.t0 or 0) % 2 else "upper"
        v = o.value or 0.0
        tol = abs(v) * E._SAME_FIGURE if by_range else None
        same = E._SAME_FIGURE
        cands = [e for e in clusters
                 if (e.kind == o.kind if tol is None else e.ilo - tol <= v <= e.ihi + tol)
                 and abs((e.best or 0.0) - v) <= max(abs(e.best or 0.0), abs(v)) * same * factor
                 and _ref_time_ok(o, e)]
        assert E._closest_figure(o, clusters, factor, tol) is E._closest(o, cands)


@settings(max_examples=400, deadline=None)
@given(loose_obs(), loose_obs())
def test_closest_joinable_equals_candidates_and_closest(points_, others) -> None:
    """The inline gap and ratio of ``_closest_joinable`` (no max/abs calls) pick what
    ``_closest`` picks among the joinable clusters, for figures and times of every kind."""
    active = []
    for n, x in enumerate(others):
        e = E.Cluster("point", False, key=(n,), t0=x.t0, t1=x.t1, best=x.value)
        e.ilo = e.ihi = x.value if x.value is not None and x.value == x.value else 0.0
        active.append(e)
    for o in points_:
        o.lo, o.hi = (o.value - 1, o.value + 1) if o.value is not None and o.value == o.value \
            else (-E.INF, E.INF)
        cands = [e for e in active if o.lo <= e.ihi and e.ilo <= o.hi and _ref_time_ok(o, e)]
        assert E._closest_joinable(o, active) is E._closest(o, cands)


_FIG = st.one_of(st.none(), st.sampled_from([0.0, 5.0, 100.0, 101.0, 1e6, -3.0]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["exact", "approx", "range", "more_than", "at_least",
                                           "up_to", "at_most", "vague"]), _FIG, _FIG,
                          st.booleans(), st.one_of(st.none(), st.integers(0, 90))),
                max_size=30))
def test_one_claim_low_high_bound_equals_the_general_one(rows) -> None:
    """A one-claim estimate's low, high and bound, made without lists and sets, are what
    ``_low_high_bound`` gives, for every bound, missing ends and figures."""
    obs = [make_obs(f"c{i:03d}", "d1", (i, i + 1), bound, low, high, inc, False, t, t, t,
                    ("a", "a", "a", True), "o1", None, None)
           for i, (bound, low, high, inc, t) in enumerate(rows)]
    for e in E.build_estimates([o for o in obs if o is not None]):
        assert e.lhb == e._low_high_bound()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from([100.0, 101.0, 102.0]),
                          st.integers(0, 3)), min_size=2, max_size=20), st.randoms())
def test_finalize_orders_members_by_sort_key(rows, rnd) -> None:
    """Members sorted by id alone where ids are distinct, else by sort_key: the order and
    the claim ids are those of a sort by sort_key, repeated ids included."""
    obs = [make_obs(f"c{i}", "d1", (n, n + 1), "exact", v, v, False, False, t, t, t,
                    ("a", "a", "a", True), "o1", None, None)
           for n, (i, v, t) in enumerate(rows)]
    rnd.shuffle(obs)
    e = E.Cluster("point", False, list(obs), list(obs), best=100.0, key=(0,))
    e.finalize()
    want = sorted(obs, key=E._SORT_KEY)
    assert [id(o) for o in e.members] == [id(o) for o in want]
    assert e.claim_ids == sorted({o.id for o in obs})
