"""Arithmetic relations: a first wave plus an increment, budget tranches, and non-relations."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger_json


def _rel(led, kind):
    return [(r["parts"], r["total"]) for r in led["relations"] if r["kind"] == kind]


def test_first_wave_plus_increment_makes_the_total_and_a_larger_total_exceeds():
    sub = dict(measure="deployed", subject="engineers")
    led = build_ledger_json([
        mk("w1", 800, bound="approx", time=("2024-03-01", "2024-03-31"), source="a", **sub),
        mk("inc", 400, increment=True, time=("2024-05-01", "2024-05-31"), source="b", **sub),
        mk("tot", 1200, time="2024-07-01", source="c", **sub),
        mk("big", 1500, time="2024-07-02", source="d", **sub),
    ])
    assert (["inc", "w1"], ["tot"]) in _rel(led, "sum")
    assert (["inc", "w1"], ["big"]) in _rel(led, "exceeds")
    assert all(r["why"] for r in led["relations"])


def test_budget_tranches_sum_to_a_total_covering_their_periods():
    sub = dict(measure="aid", subject="reconstruction package", unit="EUR")
    led = build_ledger_json([
        mk("y1", 2e9, time=("2024-01-01", "2024-12-31"), source="ministry", **sub),
        mk("y2", 3.5e9, time=("2025-01-01", "2025-12-31"), source="ministry", **sub),
        mk("all", 5.5e9, bound="approx", time=("2024-01-01", "2025-12-31"), source="eu", **sub),
    ])
    assert _rel(led, "sum") == [(["y1", "y2"], ["all"])]


def test_cumulative_tolls_at_different_dates_are_never_added():
    led = build_ledger_json([mk("a", 1000, time="2023-02-06"), mk("b", 2500, time="2023-02-07"),
                        mk("c", 3500, time="2023-02-08")])
    assert led["relations"] == []


def test_total_before_its_parts_is_not_a_sum():
    sub = dict(measure="deployed", subject="engineers")
    led = build_ledger_json([
        mk("tot", 1200, time="2024-01-01", **sub),
        mk("w1", 800, time=("2024-03-01", "2024-03-31"), **sub),
        mk("inc", 400, increment=True, time=("2024-05-01", "2024-05-31"), **sub),
    ])
    assert _rel(led, "sum") == []


def test_relations_stay_bounded_on_a_large_series():
    import time
    claims = [mk(f"c{i}", 1000 + 37 * i, time=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                 increment=i % 5 == 0, measure="deployed", subject="s") for i in range(400)]
    t = time.perf_counter()
    led = build_ledger_json(claims)
    assert time.perf_counter() - t < 5
    assert len(led["relations"]) <= 12


def test_pair_rule_is_the_general_rule_for_two_parts() -> None:
    """relations._pair_ok is _parts_ok specialised to pairs: same answer on every pair of
    estimates with increments or not, equal, touching, nested and disjoint periods."""
    from itertools import product

    from claimledger.reconcile.estimates import Cluster
    from claimledger.reconcile.relations import _pair_ok, _parts_ok

    ests = [Cluster("point", inc, t0=t0, t1=t1, best=v)
            for inc, (t0, t1), v in product((False, True), ((0, 0), (0, 5), (3, 9), (6, 6), (20, 40)),
                                            (100.0, 110.0, 300.0))]
    for a, b in product(ests, ests):
        if a is not b:
            assert _pair_ok(a, b) == _parts_ok((a, b)), (a.increment, a.t0, a.t1, b.t0, b.t1)


def test_a_combination_tests_its_totals_as_the_reference_does() -> None:
    """relations._Parts.total_ok (the parts' figures worked out once per combination) is
    _total_ok on every total and every pair and triple of usable estimates: increments or
    not, periods before, across and after the parts', totals among the parts, larger and
    smaller figures."""
    from itertools import combinations, product

    from claimledger.reconcile.estimates import Cluster
    from claimledger.reconcile.relations import _Parts, _total_ok

    ests = [Cluster("point", inc, t0=t0, t1=t1, best=v, lo=v * 0.99, hi=v * 1.01)
            for inc, (t0, t1), v in product((False, True), ((0, 0), (0, 5), (2, 9), (6, 40),
                                                            (0, 60), (-2, 44)),
                                            (100.0, 300.0, 420.0))]
    for n in (2, 3):
        for parts in combinations(ests[::2] if n == 3 else ests, n):
            combo = _Parts(parts)
            for t in ests:
                assert combo.total_ok(t) == _total_ok(t, parts)


def _relation_claims(draw_values, draw_days, draw_incs):
    from datetime import date, timedelta

    from test_reconcile_helpers import mk

    base = date(2024, 1, 1)
    out = []
    for i, (v, (d, span), inc) in enumerate(zip(draw_values, draw_days, draw_incs)):
        out.append(mk(f"c{i}", v, bound="exact" if i % 3 else "approx", increment=inc,
                      time=((base + timedelta(d)).isoformat(),
                            (base + timedelta(d + span)).isoformat()),
                      source=["a.x", "b.y", None][i % 3], outlet=f"O{i % 4}",
                      who=("people", None, "SY"), measure=["killed", "aid"][i % 2],
                      unit="person"))
    return out


def _relations(claims, arrays: bool) -> list[list[dict]]:
    from claimledger.reconcile import relations as R
    from claimledger.reconcile.estimates import build_estimates
    from claimledger.reconcile.series import group_series

    was = R.COLUMNS_FROM
    R.COLUMNS_FROM = 0 if arrays else 10**9
    try:
        out = []
        for _, g in sorted(group_series(claims).items()):
            ests = build_estimates(g.obs)
            out.append([r.to_json() for r in R.find_relations(ests, g.subject, g.measure,
                                                              g.unit)])
        return out
    finally:
        R.COLUMNS_FROM = was


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([100, 200, 300, 310, 500, 600, 900, 1000, 1500]),
                          st.tuples(st.sampled_from([0, 5, 20, 40, 41, 90, 120, 200]),
                                    st.sampled_from([0, 0, 10, 30, 200])),
                          st.booleans()), min_size=3, max_size=40))
def test_array_relations_equal_the_loops(rows) -> None:
    """The combinations and sums found in arrays (relations._combo_array, _sum_matches) are
    the loops' (_combo_indices, _sum_matches_ref): the same relations in the same order,
    on random figures, periods and increments."""
    from claimledger.reconcile.relations import _combo_array, _combo_indices
    from claimledger.reconcile.estimates import build_estimates
    from claimledger.reconcile.series import group_series

    claims = _relation_claims(*zip(*rows))
    assert _relations(claims, True) == _relations(claims, False)
    for _, g in group_series(claims).items():
        pool = [e for e in build_estimates(g.obs) if e.kind == "point"][:16]
        assert _combo_array(pool) == _combo_indices(pool)
        _assert_same_shortfalls(pool)


def _assert_same_shortfalls(pool) -> None:
    """The shortfalls picked with the combinations' arrays (a float pre-selection,
    relations._likely_shortfalls) are those picked from the plain list."""
    from claimledger.reconcile.relations import _combo_array, _shortfalls

    def picked(idx):
        return [(s, hi, [id(p) for p in c.parts]) for s, hi, c in _shortfalls(pool, idx)]

    combos = _combo_array(pool)
    assert picked(combos) == picked(list(combos))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.floats(0.5, 5000.0).map(lambda x: round(x, 1)),
                          st.integers(0, 300), st.integers(0, 1)),
                min_size=8, max_size=16, unique_by=lambda r: r[0]))
def test_shortfalls_from_arrays_equal_the_list(rows) -> None:
    """Many combinations with increments (more than the shortfalls kept), figures with
    decimals: the float pre-selection of the shortfalls changes nothing."""
    from claimledger.reconcile.estimates import build_estimates
    from claimledger.reconcile.series import group_series

    claims = _relation_claims([v for v, _, _ in rows], [(d, 0) for _, d, _ in rows],
                              [i % 2 == 0 or bool(inc) for i, (_, _, inc) in enumerate(rows)])
    for _, g in group_series(claims).items():
        ests = build_estimates(g.obs)
        for pool in ([e for e in ests if e.kind == "point"][:16],
                     [e for e in ests if e.kind == "point" and not e.increment][:16]):
            if len(pool) >= 3:
                _assert_same_shortfalls(pool)
