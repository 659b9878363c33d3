"""The gap search's columnar path (reconcile/gap_columns.py, gaps._raw_columnar) gives the
gaps the reference gives (gaps._raw, one estimate and one claim at a time): the same
candidates, supporting and consistent claims, and confidences to the bit — on random claim
sets, on synthetic claims with many placeholders and sources, and on hand-made cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile_gap_index import claim_sets
from test_reconcile_helpers import mk

from claimledger.engine.parquet import read_claims
from claimledger.reconcile import gaps as G
from claimledger.reconcile import gap_columns as GC
from claimledger.reconcile.gap_columns import Codes, GroupColumns, candidates, confidence, hits
from claimledger.reconcile.ledger import reconcile_groups
from claimledger.reconcile.series import group_series

ROOT = Path(__file__).resolve().parent.parent


def _gaps(claims, columnar: bool, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """The gaps of ``claims`` with the columnar path on or off (the reference)."""
    with monkeypatch.context() as m:
        if not columnar:
            m.setattr(G, "_columnar", lambda p, g: False)
        _, gaps = reconcile_groups(group_series(claims))
    return [g.to_json() for g in gaps]


def _same(claims, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    fast, ref = _gaps(claims, True, monkeypatch), _gaps(claims, False, monkeypatch)
    assert fast == ref
    return fast


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(claim_sets())
def test_columnar_gaps_equal_the_reference(monkeypatch, claims) -> None:
    _same(claims, monkeypatch)


SOURCES = [None, "a.x", "a.y", "b.y", "polizei", "stadt"]


@st.composite
def people_sets(draw):
    """Claims about a few groups of people in two places over a few months: many point and
    bounded figures near each placeholder, named and unnamed sources of two families."""
    out = []
    for i in range(draw(st.integers(3, 60))):
        bound = draw(st.sampled_from(("exact", "approx", "more_than", "up_to", "range")))
        value = draw(st.sampled_from([100, 104, 120, 150, 300]))
        day = draw(st.integers(1, 28))
        month = draw(st.integers(1, 4))
        long = draw(st.booleans())
        t = (f"2024-{month:02d}-01", f"2024-{month:02d}-28") if long else f"2024-{month:02d}-{day:02d}"
        out.append(mk(f"c{i:02d}", value if bound != "range" else (value, value + 20),
                      bound=bound, measure=draw(st.sampled_from(("killed", "deployed"))),
                      subject="x", time=t, source=draw(st.sampled_from(SOURCES)),
                      outlet=draw(st.sampled_from(["O1", "O2", "O3"])),
                      increment=draw(st.integers(0, 5)) == 0,
                      placeholder=draw(st.integers(0, 3)) == 0,
                      who=(draw(st.sampled_from(("people", "troops"))), None,
                           draw(st.sampled_from(("UA", None))))))
    return out


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(people_sets())
def test_columnar_gaps_equal_the_reference_on_crowded_series(monkeypatch, claims) -> None:
    _same(claims, monkeypatch)


def test_columnar_gaps_on_synthetic_claims(tmp_path: Path, monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("bench_ledger",
                                                  ROOT / "benchmarks" / "bench_ledger.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_ledger"] = mod
    spec.loader.exec_module(mod)
    claims = list(read_claims(mod.write_synthetic(str(tmp_path / "s"), 20000, 40, seed=3)))
    used = []
    with monkeypatch.context() as m:
        m.setattr(G, "hits", lambda *a: used.append(1) or hits(*a))
        gaps = _same(claims, monkeypatch)
    assert used and sum(bool(g["candidates"]) for g in gaps) > 50


def test_repeated_claim_ids_take_the_reference(monkeypatch) -> None:
    """The bounded figures consistent with a candidate are counted by distinct ids: a corpus
    that repeats a claim is left to the reference, and still agrees."""
    sub = dict(measure="killed", subject="miners", time="2024-05-02", who=("people", None, "UA"))
    claims = [mk("ph", None, placeholder=True, source="a.x", **sub),
              mk("a", 12, outlet="X", **sub), mk("m", 10, bound="more_than", outlet="Y", **sub),
              mk("m", 10, bound="more_than", outlet="Y", **sub)]
    gaps = _same(claims, monkeypatch)
    assert gaps[0]["candidates"][0]["consistent"] == ["m"]


def test_candidates_table() -> None:
    """One placeholder against three estimates: one supported by the same source, one only by
    a rival named source (no support), one by an unnamed outlet a month and a half away (too
    far) and a day away (kept, with its time score)."""
    sub = dict(measure="killed", subject="miners", who=("people", None, "UA"))
    claims = [mk("ph", None, placeholder=True, source="a.x", time="2024-05-10", **sub),
              mk("s1", 100, source="a.x", outlet="X", time="2024-05-10", **sub),
              mk("r1", 300, source="b.y", outlet="Y", time="2024-05-10", **sub),
              mk("u1", 500, outlet="Z", time="2024-05-11", **sub),
              mk("u2", 500, outlet="W", time="2024-06-30", **sub)]
    groups = group_series(claims)
    parts, _ = reconcile_groups(groups)
    (key, r), = parts
    p = groups[key].placeholders[0]
    codes = Codes()
    ests = sorted((e for e in r.clusters), key=lambda e: e.t0)
    cols = GroupColumns(ests, [0] * len(ests), codes)
    found, = candidates(cols, [(p, np.arange(len(ests)))], codes)
    by_value = {ests[row].best: rest for row, *rest in found}
    assert set(by_value) == {100, 500}
    # (time score, sources, outlets, same source, named, same family, consistent)
    assert by_value[100] == [1.0, 1, 1, True, True, True, 0]
    assert by_value[500] == [1.0 - 0.5 * 1 / 31, 1, 1, False, False, False, 0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 1200), st.integers(1, 40), st.booleans(), st.booleans(),
                          st.floats(0.0, 1.0), st.integers(0, 50)), min_size=1, max_size=30))
def test_confidence_is_score_of_to_the_bit(rows) -> None:
    """The array confidences are the floats the reference's score_of gives, bit for bit."""
    cols = [np.array(c) for c in zip(*rows)]
    got = confidence(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]).tolist()
    want = [G.score_of(*r[:4], r[4], r[5]) for r in rows]
    assert [x.hex() for x in got] == [x.hex() for x in want]


def test_consistent_counts_in_arrays_equal_the_loop(tmp_path: Path, monkeypatch) -> None:
    """The bounded figures consistent with each candidate, counted in arrays, are what the
    per-candidate loop (:func:`gap_columns._consistent`, taken when values are not exact
    floats) counts: the whole gaps agree with either, and with the reference."""
    spec = importlib.util.spec_from_file_location("bench_ledger",
                                                  ROOT / "benchmarks" / "bench_ledger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    claims = list(read_claims(mod.write_synthetic(str(tmp_path / "s"), 8000, 20, seed=5)))
    fast = _same(claims, monkeypatch)
    calls = []
    real = GC._consistent_arrays
    with monkeypatch.context() as m:
        m.setattr(GC, "_consistent_arrays", lambda *a: calls.append(1) or real(*a))
        m.setattr(GroupColumns, "exact", False, raising=False)
        init = GroupColumns.__init__

        def inexact(self, *a):
            init(self, *a)
            self.exact = False

        m.setattr(GroupColumns, "__init__", inexact)
        assert _gaps(claims, True, monkeypatch) == fast
    assert not calls


def test_exact_values_only_when_floats_compare_the_same() -> None:
    """Values compared in float64 only when that changes no comparison."""
    def exact(*lists):
        return GC._exact(*lists, tuple(np.array(v, np.float64) for v in lists))
    assert exact([1.5, float("-inf")], [3, 2 ** 53 - 1], [0])
    assert not exact([1.5], [2 ** 53 + 1], [0])
    assert not exact([1.5], [-(2 ** 60)], [0])
