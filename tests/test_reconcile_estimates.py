"""Series grouping and estimate clustering on small hand-made stories."""

from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger_json


def _series(ledger, measure, subject=None):
    for s in ledger["series"]:
        if s["measure"] == measure and (subject is None or s["subject"] == subject):
            return s
    raise AssertionError(f"no series {measure} {subject}")


def test_repeated_figure_is_one_corroborated_estimate():
    claims = [
        mk("a", 41000, time="2023-02-15", source="tr.afad", outlet="Outlet A"),
        mk("b", 41000, time="2023-02-15", source="tr.afad", outlet="Outlet B"),
        mk("c", 41100, bound="approx", time="2023-02-14", source="un.ocha", outlet="Outlet C"),
    ]
    s = _series(build_ledger_json(claims), "killed")
    assert len(s["estimates"]) == 1
    e = s["estimates"][0]
    assert e["claims"] == ["a", "b", "c"]
    assert e["sources"] == ["tr.afad", "un.ocha"]
    assert e["n_outlets"] == 3
    assert e["best"] == 41000 and e["named_source"] is True
    assert e["time"] == {"start": "2023-02-14", "end": "2023-02-15"}


def test_different_figures_or_distant_times_stay_apart():
    claims = [
        mk("a", 1000, time="2023-02-07"),
        mk("b", 1100, time="2023-02-07"),          # 10% off: another figure
        mk("c", 1000, time="2023-06-01"),          # same figure months later: another estimate
    ]
    s = _series(build_ledger_json(claims), "killed")
    assert [e["claims"] for e in s["estimates"]] == [["a"], ["b"], ["c"]]


def test_increments_never_merge_with_totals():
    claims = [
        mk("t", 3000, measure="deployed", subject="peacekeepers", time="2024-03-01"),
        mk("i", 3000, measure="deployed", subject="peacekeepers", time="2024-03-01",
           increment=True),
    ]
    s = _series(build_ledger_json(claims), "deployed")
    flags = sorted((e["increment"], tuple(e["claims"])) for e in s["estimates"])
    assert flags == [(False, ("t",)), (True, ("i",))]


def test_hedged_bound_of_the_same_figure_joins_but_a_looser_bound_does_not():
    claims = [
        mk("p", 1100, bound="approx", time=("2024-12-01", "2024-12-31"), source="x"),
        mk("m", 1100, bound="more_than", time=("2024-12-01", "2024-12-31"), source="y"),
        mk("u", 14000, bound="exact", time="2024-12-10", source="x", measure="displaced"),
        mk("v", 14000, bound="up_to", time="2024-12-12", source="y", measure="displaced"),
        mk("w", 10000, bound="more_than", time="2024-12-12", source="z", measure="displaced"),
    ]
    led = build_ledger_json(claims)
    assert [e["claims"] for e in _series(led, "killed")["estimates"]] == [["m", "p"]]
    disp = _series(led, "displaced")["estimates"]
    assert sorted(e["claims"] for e in disp) == [["u", "v"], ["w"]]


def test_vague_figures_are_listed_and_null_source_is_the_outlet():
    claims = [mk("v", None, bound="vague", time="2023-02-07", outlet="Daily Sabah"),
              mk("n", 500, time="2023-02-07", outlet="Daily Sabah")]
    s = _series(build_ledger_json(claims), "killed")
    kinds = {e["bound"]: e for e in s["estimates"]}
    assert kinds["vague"]["low"] is None and kinds["vague"]["best"] is None
    assert kinds["exact"]["sources"] == ["outlet:daily sabah"]
    assert kinds["exact"]["named_source"] is False


def test_grouping_rules_subject_spelling_and_dropped_claims():
    claims = [
        mk("a", 10, subject="Rescue Teams", measure="deployed", time="2023-02-07"),
        mk("b", 10, subject="rescue  teams", measure="deployed", time="2023-02-07"),
        mk("o", 77, subject=None, measure="other", time="2023-02-07"),   # says nothing: dropped
        mk("x", 5, subject="rescue teams", measure="other", time="2023-02-07"),
    ]
    led = build_ledger_json(claims)
    dep = _series(led, "deployed")
    assert dep["estimates"][0]["claims"] == ["a", "b"]
    assert all("o" not in e["claims"] for s in led["series"] for e in s["estimates"])
    other = _series(led, "other")
    assert other["comparable"] is False


def test_every_item_has_a_why():
    claims = [mk("a", 1000, time="2023-02-07", source="x"),
              mk("b", 3000, time="2023-02-07", source="y"),
              mk("p", None, placeholder=True, time="2023-02-07")]
    led = build_ledger_json(claims)
    for key in ("series", "disagreements", "gaps"):
        assert led[key], key
        assert all(isinstance(item["why"], str) and item["why"] for item in led[key])
    assert all(e["why"] for s in led["series"] for e in s["estimates"])
