"""Disagreements and updates: a rising earthquake toll, flood-displacement counts that clash."""

from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger_json


def _pairs(records, a="from", b="to"):
    return {(tuple(r[a]), tuple(r[b])) for r in records}


def test_rising_death_toll_is_a_chain_of_updates_not_disagreements():
    claims = [
        mk("d1", 1500, time="2023-02-06", source="tr.afad", outlet="A"),
        mk("d2", 5000, bound="more_than", time="2023-02-07", source="tr.afad", outlet="B"),
        mk("d3", 12000, bound="approx", time="2023-02-09", source="tr.afad", outlet="C"),
        mk("d4", 12000, time="2023-02-09", source="who", outlet="D"),
        mk("d5", 41000, time="2023-02-15", source="tr.afad", outlet="A"),
    ]
    led = build_ledger_json(claims)
    assert led["disagreements"] == []
    ups = _pairs(led["updates"])
    # more than 5,000 has no upper end: it neither updates nor is updated by a precise figure
    assert (("d1",), ("d3", "d4")) in ups
    assert (("d3", "d4"), ("d5",)) in ups
    assert all(u["why"] for u in led["updates"])


def test_two_agencies_disagree_on_displaced_in_the_same_month():
    claims = [
        mk("a", 250000, bound="approx", measure="displaced", subject="flood victims",
           time=("2024-09-01", "2024-09-30"), source="un.iom", source_text="the IOM", outlet="X"),
        mk("b", 120000, measure="displaced", subject="flood victims", time="2024-09-18",
           source="ng.nema", source_text="the national emergency agency", outlet="Y"),
        # compatible with both: never a disagreement
        mk("c", 100000, bound="more_than", measure="displaced", subject="flood victims",
           time="2024-09-20", source="red.cross", outlet="Z"),
    ]
    led = build_ledger_json(claims)
    assert len(led["disagreements"]) == 1
    d = led["disagreements"][0]
    assert d["claims"] == ["a", "b"] and d["period"] == "2024-09"
    assert d["why"].startswith("The IOM says about 250,000")
    assert "the national emergency agency says 120,000" in d["why"]
    assert led["updates"] == []  # same month, overlapping: not an update


def test_bounds_decide_compatibility():
    base = dict(measure="casualties", subject="soldiers", time=("2024-12-01", "2024-12-31"))
    clash = build_ledger_json([mk("x", 3000, bound="more_than", source="p", **base),
                          mk("y", 1100, bound="approx", source="q", **base)])
    assert len(clash["disagreements"]) == 1
    ok = build_ledger_json([mk("x", 10000, bound="more_than", source="p", **base),
                       mk("y", 11000, bound="approx", source="q", **base)])
    assert ok["disagreements"] == []
    ok2 = build_ledger_json([mk("x", 14000, bound="up_to", source="p", **base),
                        mk("y", 14000, source="q", **base)])
    assert ok2["disagreements"] == []


def test_same_source_and_vague_never_disagree():
    base = dict(time="2024-05-02")
    led = build_ledger_json([mk("a", 100, source="s", **base), mk("b", 300, source="s", **base),
                        mk("v", None, bound="vague", source="t", **base)])
    assert led["disagreements"] == []


def test_stock_measure_grows_by_update_only_after_a_month():
    sub = dict(measure="deployed", subject="peacekeepers")
    led = build_ledger_json([
        mk("a", 2000, time=("2024-01-01", "2024-01-31"), source="un", **sub),
        mk("b", 3500, time=("2024-04-01", "2024-04-30"), source="gov", **sub),
        mk("c", 4000, time="2024-04-20", source="un", **sub),
    ])
    assert _pairs(led["disagreements"], "claims", "claims") == {(("b", "c"), ("b", "c"))}
    ups = _pairs(led["updates"])
    assert (("a",), ("c",)) in ups and (("a",), ("b",)) in ups


def test_later_higher_toll_within_the_same_month_is_an_update_not_a_disagreement():
    led = build_ledger_json([mk("a", 300, time="2024-07-02", source="police"),
                        mk("b", 900, time="2024-07-20", source="hospital")])
    assert led["disagreements"] == []
    assert _pairs(led["updates"]) == {(("a",), ("b",))}


def test_increments_compared_only_with_increments():
    sub = dict(measure="deployed", subject="troops", time=("2025-01-01", "2025-03-31"))
    led = build_ledger_json([mk("i1", 3000, increment=True, source="a", **sub),
                        mk("i2", 5000, increment=True, source="b", **sub),
                        mk("t", 14000, source="c", **sub)])
    assert [d["claims"] for d in led["disagreements"]] == [["i1", "i2"]]
    assert led["disagreements"][0]["increment"] is True


def test_a_cumulative_count_collapsing_is_no_update_and_a_downward_revision_says_so():
    """'Twelve new cases' after 37 cases, its increment word lost, is another quantity; a
    budget revised down is an update that reads 'down from', not 'up from'."""
    from claimledger.reconcile import build_ledger
    sub = dict(measure="cases", subject=None, who=("people", None, "DE"))
    led = build_ledger([mk("a", 37, time="2025-02-10", source="ga", outlet="A", **sub),
                        mk("b", 12, time="2025-02-14", source="ga", outlet="B", **sub)])
    assert led.updates == [] and led.disagreements == []
    b = dict(measure="amount", subject=None, unit="EUR", who=(None, None, "DE"))
    led = build_ledger([mk("v1", 480e9, time="2025-07-01", source="de.bmf", outlet="A", **b),
                        mk("v2", 466e9, time="2025-09-03", source="de.bmf", outlet="B", **b)])
    assert "down from" in led.updates[0].why and "lower" in led.updates[0].why


def test_is_update_equals_its_reference() -> None:
    """is_update (its helpers inline) answers as the rules read (_is_update_ref), on random
    clusters: overlapping and disjoint values, shared sources, equal periods, publication
    days, every kind, increments, unknown times."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimledger.reconcile.disagreements import _is_update_ref, is_update
    from claimledger.reconcile.estimates import Cluster

    day = st.one_of(st.none(), st.integers(0, 120))
    clusters = st.builds(
        lambda kind, inc, lo, width, t0, span, pub, srcs, best: _cluster(
            Cluster, kind, inc, lo, width, t0, span, pub, srcs, best),
        st.sampled_from(["point", "point", "lower", "upper", "vague"]), st.booleans(),
        st.sampled_from([0.0, 90.0, 100.0, 150.0, 1000.0]), st.sampled_from([0.0, 5.0, 60.0]),
        day, st.sampled_from([0, 0, 10, 40]), day,
        st.sets(st.sampled_from(["a", "b", "c"]), max_size=2),
        st.sampled_from([None, 40.0, 100.0, 1000.0]))

    @settings(max_examples=800, deadline=None)
    @given(clusters, clusters, st.sampled_from(["killed", "deployed", "aid", "other"]))
    def check(a, b, measure) -> None:
        assert is_update(a, b, measure) == _is_update_ref(a, b, measure)

    check()


def _cluster(Cluster, kind, inc, lo, width, t0, span, pub, srcs, best):
    e = Cluster(kind, inc)
    e.lo, e.hi = lo, lo + width
    e.t0, e.t1 = t0, None if t0 is None else t0 + span
    e.pub0 = e.pub1 = pub
    e.source_set = frozenset(srcs)
    e.best = best
    return e
