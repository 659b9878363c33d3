"""The gap search's index (reconcile/gap_index.py) finds exactly what a scan of every series
finds: the same estimates of compatible series close enough in time, in the same order — so
the gaps, their candidates and confidences are unchanged."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger_json
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.gap_index import GapIndex, Match
from claimledger.reconcile.ledger import reconcile_groups
from claimledger.reconcile.series import (CLOSE_DAYS, SeriesKey, group_series, keys_compatible,
                                          time_gap)

MEASURES = ("killed", "damage", "deployed", "other")
GROUPS = (None, "troops", "people", "police")
PLACES = (None, "UA", "RU", "DE")
SUBJECTS = (None, "Opfer", "Soldaten", "Schaden", "Defizit")
UNITS = ("person", "EUR", None)
BOUNDS = ("exact", "approx", "range", "more_than", "up_to", "vague")


def linear_matches(estimates: dict[SeriesKey, list[Cluster]], key: SeriesKey,
                   t0: int | None, t1: int | None) -> list[Match]:
    """The reference: every estimate of every compatible series, in key order, that is not
    vague and lies within CLOSE_DAYS (all of them when the time is unknown)."""
    out = []
    for rank, k in enumerate(sorted(estimates)):
        if not keys_compatible(key, k):
            continue
        for i, e in enumerate(estimates[k]):
            if e.kind == "vague":
                continue
            if t0 is not None:
                gap = time_gap(t0, t1, e.t0, e.t1)
                if gap is None or gap > CLOSE_DAYS:
                    continue
            out.append((rank, i, k))
    return out


@st.composite
def claim_sets(draw):
    n = draw(st.integers(2, 40))
    base = date(2024, 1, 1)
    out = []
    for i in range(n):
        bound = draw(st.sampled_from(BOUNDS))
        value = draw(st.sampled_from([10, 12, 100, 110, 1000, 5000]))
        day = draw(st.one_of(st.none(), st.integers(0, 200)))
        span = draw(st.integers(0, 60))
        time = None if day is None else ((base + timedelta(day)).isoformat(),
                                         (base + timedelta(day + span)).isoformat())
        out.append(mk(f"c{i}", value if bound != "range" else (value, value * 2), bound=bound,
                      measure=draw(st.sampled_from(MEASURES)),
                      subject=draw(st.sampled_from(SUBJECTS)),
                      unit=draw(st.sampled_from(UNITS)), time=time,
                      source=draw(st.sampled_from([None, "a.x", "b.y", "polizei"])),
                      outlet=draw(st.sampled_from(["O1", "O2", "O3"])),
                      doc=draw(st.sampled_from([f"d{j}" for j in range(8)])),
                      increment=draw(st.booleans()) and draw(st.booleans()),
                      placeholder=draw(st.integers(0, 4)) == 0,
                      who=(draw(st.sampled_from(GROUPS)), draw(st.sampled_from(PLACES)),
                           draw(st.sampled_from(PLACES)))))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_sets())
def test_index_finds_what_a_scan_finds(claims) -> None:
    groups = group_series(claims)
    parts, _ = reconcile_groups(groups)
    estimates = {k: r.clusters for k, r in parts}
    index = GapIndex(estimates)
    for key, g in groups.items():
        for p in g.placeholders + g.obs[:3]:   # placeholders, and other times and kinds too
            assert index.matches(key, p.t0, p.t1) == linear_matches(estimates, key, p.t0, p.t1)


def test_things_of_no_place_meet_figures_of_any_place_through_the_index() -> None:
    """A lost amount keyed on its label alone (its document has no place: the story is told
    in two places, so it continues neither) finds the amounts of both places; a count of
    people keyed that way finds none (keys_compatible, kept by the index)."""
    t = "2024-03-01"
    amount = dict(measure="damage", unit="EUR", subject="Schaden", time=t)
    toll = dict(measure="killed", subject="Opfer", time=t)
    led = build_ledger_json([
        mk("ph", None, placeholder=True, doc="d0", outlet="O0", **amount),
        mk("a", 5000, doc="d1", outlet="O1", who=(None, None, "DE"), **amount),
        mk("b", 7000, doc="d2", outlet="O2", who=(None, None, "FR"), **amount),
        mk("ph2", None, placeholder=True, doc="d3", outlet="O3", **toll),
        mk("c", 12, doc="d4", outlet="O4", who=("people", None, "DE"), **toll),
        mk("d", 15, doc="d5", outlet="O5", who=("people", None, "FR"), **toll),
    ])
    gaps = {g["claim"]: g for g in led["gaps"]}
    assert sorted(c["value"] for c in gaps["ph"]["candidates"]) == [5000, 7000]
    assert gaps["ph2"]["candidates"] == []
