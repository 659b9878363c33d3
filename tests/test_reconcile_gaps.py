"""Gaps: placeholders with and without candidates."""

from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger_json


def _gap(led, cid):
    return next(g for g in led["gaps"] if g["claim"] == cid)


def test_placeholder_filled_from_corroborated_figure_ranked_first():
    sub = dict(measure="displaced", subject="flood victims", time=("2024-09-01", "2024-09-30"))
    led = build_ledger_json([
        mk("ph", None, bound="up_to", placeholder=True, source="un.iom", **sub),
        mk("a", 250000, bound="approx", source="un.iom", outlet="X", **sub),
        mk("b", 250000, source="red.cross", outlet="Y", **sub),
        mk("c", 120000, source="ng.nema", outlet="Z", **sub),
        mk("m", 200000, bound="more_than", source="msf", outlet="Z", **sub),
    ])
    g = _gap(led, "ph")
    vals = [c["value"] for c in g["candidates"]]
    assert vals == [250000, 120000]
    top = g["candidates"][0]
    assert top["claims"] == ["a", "b"] and top["consistent"] == ["m"]
    assert 0 < g["candidates"][1]["confidence"] < top["confidence"] <= 1
    assert g["why"]


def test_placeholder_abstains_without_a_figure_of_the_same_measure():
    led = build_ledger_json([
        mk("ph", None, placeholder=True, measure="killed", subject="soldiers",
           time=("2025-01-01", "2025-03-31")),
        mk("cas", 4700, measure="casualties", subject="soldiers", time=("2025-01-01", "2025-03-31")),
        mk("late", 100, measure="killed", subject="soldiers", time=("2025-08-01", "2025-08-31")),
        mk("vg", None, bound="vague", measure="killed", subject="soldiers", time="2025-02-01"),
    ])
    g = _gap(led, "ph")
    assert g["candidates"] == [] and "Not in the corpus" in g["why"]


def test_increment_placeholder_takes_only_increments_and_time_must_be_close():
    sub = dict(measure="deployed", subject="troops")
    led = build_ledger_json([
        mk("ph", None, placeholder=True, increment=True, time=("2025-01-01", "2025-01-31"), **sub),
        mk("tot", 14000, time=("2025-01-01", "2025-01-31"), **sub),
        mk("inc", 3000, increment=True, time="2025-02-20", **sub),
        mk("old", 2000, increment=True, time="2024-06-01", **sub),
    ])
    g = _gap(led, "ph")
    assert [c["value"] for c in g["candidates"]] == [3000]


def test_same_source_scores_higher():
    sub = dict(measure="killed", subject="miners", time="2024-05-02")
    led = build_ledger_json([
        mk("ph", None, placeholder=True, source="police", **sub),
        mk("a", 12, source="police", outlet="X", **sub),
        mk("b", 20, source="union", outlet="Y", **sub),
    ])
    g = _gap(led, "ph")
    assert [c["value"] for c in g["candidates"]] == [12, 20]


def test_placeholder_without_subject_abstains():
    led = build_ledger_json([mk("ph", None, placeholder=True, subject=None, time="2024-05-02"),
                        mk("a", 12, subject=None, time="2024-05-02")])
    assert _gap(led, "ph")["candidates"] == []
