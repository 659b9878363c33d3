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
    # the IOM's lost figure is what the IOM said: NEMA's 120,000 is a rival's word, and the
    # Red Cross's report of 250,000 does not support it as the IOM's (SPEC Contract 2)
    assert vals == [250000]
    top = g["candidates"][0]
    assert top["claims"] == ["a"] and top["consistent"] == ["m"]
    assert 0 < top["confidence"] <= 1
    assert g["why"]


def test_unattributed_figures_support_any_source_and_an_unnamed_gap_takes_any():
    sub = dict(measure="killed", subject="miners", time="2024-05-02")
    led = build_ledger_json([
        mk("ph", None, placeholder=True, source="police", **sub),
        mk("ph2", None, placeholder=True, outlet="W", **sub),
        mk("a", 12, outlet="X", **sub),
        mk("b", 20, source="union", outlet="Y", **sub),
    ])
    assert [c["value"] for c in _gap(led, "ph")["candidates"]] == [12]
    assert sorted(c["value"] for c in _gap(led, "ph2")["candidates"]) == [12, 20]


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


def test_same_source_only_a_rivals_figure_is_never_a_candidate():
    sub = dict(measure="killed", subject="miners", time="2024-05-02")
    led = build_ledger_json([
        mk("ph", None, placeholder=True, source="police", **sub),
        mk("a", 12, source="police", outlet="X", **sub),
        mk("b", 20, source="union", outlet="Y", **sub),
        mk("ph3", None, placeholder=True, source="ministry", outlet="Z", **sub),
    ])
    assert [c["value"] for c in _gap(led, "ph")["candidates"]] == [12]
    assert _gap(led, "ph3")["candidates"] == []  # only rivals' figures: not in the corpus


def test_placeholder_without_subject_abstains():
    led = build_ledger_json([mk("ph", None, placeholder=True, subject=None, time="2024-05-02"),
                        mk("a", 12, subject=None, time="2024-05-02")])
    assert _gap(led, "ph")["candidates"] == []


def test_a_related_source_of_the_same_kind_may_fill_a_lost_figure():
    """Phrase sources outside the registry are related by their kind: a regional government's
    lost figure may be the interior ministry's, never a union's."""
    from claimledger.model import Source
    sub = dict(measure="received", subject=None, who=("children", None, "ES"), time="2025-06-03")
    ph = mk("ph", None, placeholder=True, outlet="A", **sub)
    gov = mk("gov", 1700, outlet="B", **sub)
    ngo = mk("ngo", 2500, outlet="C", **sub)
    ph.source = Source("Regionalregierung der Kanaren", None, None, "government")
    gov.source = Source("Innenministerium", None, None, "government")
    ngo.source = Source("Hilfsorganisation", None, None, "ngo")
    assert [c["value"] for c in _gap(build_ledger_json([ph, gov, ngo]), "ph")["candidates"]] == [1700]
