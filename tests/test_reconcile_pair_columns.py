"""The array search for updates (reconcile/pair_columns.py) chooses what the per-pair
reference in disagreements.find_updates chooses: the same updates, in the same order, with the
same words — on random claim sets (people, cumulative, stock and other measures, shared and
distinct sources, publication days), on synthetic claims with large series, and on the
helpers' own edge cases (huge integers refused, equal keys ranked together)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile_helpers import mk

from claimledger.engine.parquet import read_claims
from claimledger.reconcile import disagreements as D
from claimledger.reconcile.estimates import Cluster, build_estimates
from claimledger.reconcile.pair_columns import _masks, exact, key_ranks
from claimledger.reconcile.series import group_series
from claimledger.reconcile.story import merge_source_variants

ROOT = Path(__file__).resolve().parent.parent


def _updates(claims, columns: bool, monkeypatch: pytest.MonkeyPatch) -> list[list[dict]]:
    """Every series' updates with the array path from one timed estimate on, or never."""
    out = []
    with monkeypatch.context() as m:
        m.setattr(D, "COLUMNS_FROM", 1 if columns else 10**9)
        for key, g in sorted(group_series(claims).items()):
            merge_source_variants(g.obs + g.placeholders)
            ests = build_estimates(g.obs)
            if g.comparable and ests:
                ups = D.find_updates(ests, g.subject, g.measure, g.unit, things=not g.key[2])
                out.append([u.to_json() for u in ups])
    return out


@st.composite
def series_claims(draw):
    """Claims of a few series of people: rising and falling figures, bounds, sources that
    recur, and times that repeat (restated figures) or lie months apart."""
    n = draw(st.integers(2, 60))
    base = date(2024, 1, 1)
    out = []
    for i in range(n):
        bound = draw(st.sampled_from(["exact", "approx", "more_than", "up_to", "range"]))
        value = draw(st.sampled_from([10, 12, 50, 100, 110, 400, 1000, 1500, 5000, 0.5]))
        day = draw(st.sampled_from([0, 0, 3, 20, 40, 45, 90, 200]))
        span = draw(st.sampled_from([0, 0, 30]))
        outlet = draw(st.sampled_from(["O1", "O2", "O3"]))
        out.append(mk(f"c{i}", value if bound != "range" else (value, value * 2), bound=bound,
                      measure=draw(st.sampled_from(["killed", "deployed", "damage"])),
                      time=((base + timedelta(day)).isoformat(),
                            (base + timedelta(day + span)).isoformat()),
                      source=draw(st.sampled_from([None, "a.x", "a.z", "b.y", "polizei"])),
                      outlet=outlet, doc=f"{outlet}-{draw(st.integers(0, 3))}",
                      who=("troops", None, draw(st.sampled_from(["SY", "LB"])))))
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series_claims())
def test_array_updates_equal_the_reference(claims) -> None:
    with pytest.MonkeyPatch.context() as mp:
        assert _updates(claims, True, mp) == _updates(claims, False, mp)


def test_array_updates_on_synthetic_claims(tmp_path: Path, monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("bench_ledger",
                                                  ROOT / "benchmarks" / "bench_ledger.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_ledger"] = mod
    spec.loader.exec_module(mod)
    claims = list(read_claims(mod.write_synthetic(str(tmp_path / "s"), 20000, 30, seed=5)))
    fast = _updates(claims, True, monkeypatch)
    assert fast == _updates(claims, False, monkeypatch)
    assert sum(map(len, fast)) > 500   # large series, many updates


def _cluster(best, key, sources=("a",)) -> Cluster:
    c = Cluster("point", False, best=best, key=key)
    c.source_set = frozenset(sources)
    return c


def test_huge_integers_take_the_reference_path() -> None:
    assert exact([_cluster(1000.0, (1,)), _cluster(10**15, (2,))])
    assert not exact([_cluster(1000.0, (1,)), _cluster(2**53 + 1, (2,))])


def test_equal_keys_share_a_rank() -> None:
    ests = [_cluster(1.0, (2, "b")), _cluster(1.0, (1,)), _cluster(1.0, (2, "b"))]
    assert key_ranks(ests).tolist() == [1, 0, 1]


def test_masks_meet_where_the_sets_do() -> None:
    sets = [frozenset({f"s{i}"}) for i in range(130)] + [frozenset({"s0", "s129"})]
    m = _masks(sets)
    assert m.shape == (131, 3)
    meets = ((m[:, None, :] & m[None, :, :]) != 0).any(axis=2)
    expect = np.array([[not a.isdisjoint(b) for b in sets] for a in sets])
    assert (meets == expect).all()
