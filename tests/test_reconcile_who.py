"""Series identity on who (SPEC Contract 2) and the rules that depend on it: gaps take
candidates only from compatible who, money and magnitudes disagree and update like tolls,
sums never count one increment twice, units never mix."""

from __future__ import annotations

from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger, series_key

FLOOD = dict(measure="killed", subject=None, time="2024-10-31")


def _series(led, measure):
    return [s for s in led.series if s.measure == measure]


def test_people_and_spanish_people_of_one_flood_are_one_series():
    led = build_ledger([
        mk("a", 95, who=("people", None, "ES"), outlet="A", doc="d1", **FLOOD),
        mk("b", 95, who=("people", "ES", "ES"), outlet="B", doc="d2", **FLOOD),
        mk("w", 300, who=("people", None, "ES"), outlet="A", doc="d1", measure="wounded",
           subject=None, time="2024-10-31"),
        # names no place: the place most of its document's figures are about (Spain) carries
        mk("c", 95, who=("people", None, None), outlet="C", doc="d1", **FLOOD),
    ])
    [s] = _series(led, "killed")
    assert s.who.group == "people" and s.who.place == "ES"
    assert s.estimates[0].claims == ["a", "b", "c"]


def test_police_and_aid_workers_are_not_folded_into_people():
    led = build_ledger([
        mk("a", 95, who=("people", None, "ES"), outlet="A", **FLOOD),
        mk("b", 3, who=("police", None, "ES"), outlet="B", **FLOOD),
        mk("c", 2, who=("aid_workers", None, "ES"), outlet="C", **FLOOD),
    ])
    assert sorted(s.who.group for s in _series(led, "killed")) == ["aid_workers", "people", "police"]
    assert led.disagreements == []


def test_another_countrys_figure_is_never_a_gap_candidate():
    led = build_ledger([
        mk("ph", None, placeholder=True, who=("people", None, "GR"), source="gr.gov", **FLOOD),
        mk("tr", 40, who=("people", None, "TR"), source="tr.gov", outlet="B", **FLOOD),
        mk("gr", 12, who=("people", None, "GR"), source="gr.gov", outlet="C",
           measure="wounded", subject=None, time="2024-10-31"),
    ])
    [gap] = led.gaps
    assert gap.candidates == []


def test_gap_filled_from_compatible_who_only():
    led = build_ledger([
        mk("ph", None, placeholder=True, who=("people", None, "GR"), source="gr.gov",
           outlet="A", doc="d1", **FLOOD),
        mk("gr", 12, who=("people", "GR", None), source="gr.fire", outlet="B", doc="d2", **FLOOD),
        mk("tr", 40, who=("people", None, "TR"), source="tr.gov", outlet="C", doc="d3", **FLOOD),
    ])
    assert [c.value for c in led.gaps[0].candidates] == [12]


def test_two_agencies_magnitudes_for_one_quake_disagree_and_one_agency_revises():
    q = dict(measure="magnitude", subject=None, unit="Mw", who=(None, None, "JP"))
    led = build_ledger([
        mk("usgs1", 7.5, time="2025-01-10", source="us.usgs", outlet="A", **q),
        mk("jma", 7.1, time="2025-01-10", source="jp.jma", outlet="B", **q),
        mk("usgs2", 7.6, time="2025-01-11", source="us.usgs", outlet="C", **q),
    ])
    assert any({"usgs1", "jma"} <= set(d.claims) for d in led.disagreements)
    assert [(u.from_, u.to) for u in led.updates] == [(["usgs1"], ["usgs2"])]


def test_two_damage_estimates_a_week_apart_disagree():
    d = dict(measure="damage", subject=None, unit="EUR", who=(None, None, "DE"))
    led = build_ledger([
        mk("ins", 2.0e9, bound="approx", time="2024-06-05", source="gdv", outlet="A", **d),
        mk("gov", 3.5e9, time="2024-06-12", source="de.gov", outlet="B", **d),
    ])
    assert [dd.claims for dd in led.disagreements] == [["gov", "ins"]]
    assert led.updates == []


def test_same_source_revising_a_budget_down_is_an_update():
    b = dict(measure="amount", subject=None, unit="EUR", who=(None, None, "DE"))
    led = build_ledger([
        mk("v1", 480e9, time="2025-07-01", source="de.bmf", outlet="A", **b),
        mk("v2", 466e9, time="2025-09-03", source="de.bmf", outlet="B", **b),
    ])
    assert [(u.from_, u.to) for u in led.updates] == [(["v1"], ["v2"])]
    assert led.disagreements == []


def test_euros_never_meet_persons():
    a = mk("eur", 1000, unit="EUR", who=(None, None, "DE"), measure="aid", subject=None,
           time="2024-01-01")
    p = mk("per", 1000, unit="person", who=("people", None, "DE"), measure="aid", subject=None,
           time="2024-01-01")
    assert series_key(a) != series_key(p)
    led = build_ledger([a, p, mk("ph", None, placeholder=True, unit="EUR", measure="aid",
                                 subject=None, who=(None, None, "DE"), time="2024-01-01")])
    assert [c.claims for c in led.gaps[0].candidates] == [["eur"]]


def test_a_sum_never_adds_two_reports_of_one_increment():
    t = dict(measure="deployed", subject=None, who=("troops", "KP", "RU"))
    led = build_ledger([
        mk("base", 11000, time=("2024-10-01", "2024-11-30"), source="nis", outlet="A", **t),
        mk("inc1", 3000, increment=True, time=("2025-01-01", "2025-01-31"), source="nis",
           outlet="B", **t),
        mk("inc2", 3200, increment=True, bound="approx", time=("2025-01-20", "2025-02-10"),
           source="jcs", outlet="C", **t),
        mk("tot", 17200, time=("2025-03-01", "2025-03-31"), source="x", outlet="D", **t),
        mk("tot2", 14000, time=("2025-03-01", "2025-03-31"), source="y", outlet="E", **t),
    ])
    sums = [r for r in led.relations if r.kind == "sum"]
    assert sums and all(not {"inc1", "inc2"} <= set(r.parts) for r in sums)
    assert any(r.total == ["tot2"] for r in sums)


def test_claims_without_who_fall_back_to_the_subject_label():
    a = mk("a", 5, subject="Flood victims", time="2024-01-01")
    b = mk("b", 5, subject="flood  victims", time="2024-01-01")
    assert series_key(a) == series_key(b) is not None
    assert series_key(a) != series_key(mk("c", 5, who=("people", None, None), subject="flood victims"))


def test_a_comparison_abroad_does_not_move_a_documents_own_figures():
    """The only stated place of this article is Austria's, in one of its three figures: its
    own figures, which name no place, stay out of the Austrian series."""
    led = build_ledger([
        mk("de1", 30000, who=("workers", None, None), doc="d1", measure="participants",
           subject=None, time="2025-03-10"),
        mk("de2", 18000, who=("workers", None, None), doc="d1", measure="participants",
           subject=None, time="2025-03-10", source="db"),
        mk("at", 8000, who=("workers", None, "AT"), doc="d1", measure="participants",
           subject=None, time="2025-03-10", source="vida"),
    ])
    places = {s.who.place: sorted(c for e in s.estimates for c in e.claims) for s in led.series}
    assert places == {None: ["de1", "de2"], "AT": ["at"]}


def test_a_label_only_thing_meets_the_same_label_about_a_place_but_never_another_label():
    """A figure whose article names no place states none: by SPEC Contract 2 it is compatible
    with the same thing about any place ("storm damage" in Greece), never with another thing."""
    d = dict(measure="damage", unit="EUR", time="2024-06-05")
    led = build_ledger([
        mk("ph", None, placeholder=True, subject="storm damage", **d),
        mk("gr", 2e9, who=(None, None, "GR"), outlet="B", subject="Storm damages", **d),
        mk("fl", 3e9, who=(None, None, "GR"), outlet="C", subject="flood damage", **d),
    ])
    assert [c.claims for c in led.gaps[0].candidates] == [["gr"]]


def test_a_toll_that_names_no_group_counts_people_never_police():
    led = build_ledger([
        mk("a", 95, who=("people", None, "ES"), outlet="A", **FLOOD),
        mk("b", 95, who=(None, None, "ES"), outlet="B", **FLOOD),
        mk("c", 3, who=("police", None, "ES"), outlet="C", **FLOOD),
    ])
    groups = {s.who.group: sorted(c for e in s.estimates for c in e.claims)
              for s in _series(led, "killed")}
    assert groups == {"people": ["a", "b"], "police": ["c"]}
