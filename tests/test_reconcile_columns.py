"""A worker's series grouped from Arrow columns (reconcile/columns.py) equal ``group_series``
of the claims the rows stand for: the same keys, the same Obs in the same order, the same
labels — on every story's gold claims and on synthetic claims, through a Parquet round trip."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from test_reconcile_helpers import mk
from test_stories import STORY_DIRS, story_gold

from claimledger.engine.parquet import CLAIM_SCHEMA, claim_row, read_claims
from claimledger.reconcile.columns import group_batches
from claimledger.reconcile.partition import RECONCILE_COLUMNS
from claimledger.reconcile.series import group_series
from claimledger.reconcile.story import story_context

ROOT = Path(__file__).resolve().parent.parent


def _synthetic(tmp: Path) -> list:
    spec = importlib.util.spec_from_file_location("bench_ledger",
                                                  ROOT / "benchmarks" / "bench_ledger.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_ledger"] = mod
    spec.loader.exec_module(mod)
    return list(read_claims(mod.write_synthetic(str(tmp / "synth"), 3000, 30, seed=11)))


def test_grouped_from_columns_equals_group_series(tmp_path: Path) -> None:
    claims = [c for story in STORY_DIRS for c in story_gold(story)[1]] + _synthetic(tmp_path)
    # the odd cases: no source but an outlet, neither, a reversed period, noise in no series
    claims += [mk("o1", 5, outlet=None, doc="x1", time=("2024-02-03", "2024-02-01")),
               mk("o2", None, placeholder=True, measure="other", subject=None, outlet=None),
               mk("o3", 9, measure="other", subject=None, source_text="  ")]
    path = tmp_path / "claims.parquet"
    pq.write_table(pa.Table.from_pylist([claim_row(c, None) for c in claims],
                                        schema=CLAIM_SCHEMA), path)
    read = list(read_claims(str(path)))
    ctx = story_context(read)
    want = group_series(read, ctx)
    batches = pq.read_table(path, columns=list(RECONCILE_COLUMNS)).to_batches(max_chunksize=500)
    got, n = group_batches(batches, ctx)
    assert n == len(claims)
    assert set(got) == set(want)
    for key, g in want.items():
        assert got[key] == g, key


# ------------------------------------------------------------------ property: random claims
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_VALUES = st.one_of(st.none(), st.sampled_from([0.0, 1.0, 7.5, 33.4, 100.0, 1000.0, 1e6]),
                    st.floats(-1e7, 1e7, allow_nan=False),
                    st.tuples(st.sampled_from([10.0, 20.5, 300.0]),
                              st.sampled_from([5.0, 30.0, 400.0])))
_CLAIM = st.fixed_dictionaries({
    "value": _VALUES,
    "bound": st.sampled_from(["exact", "approx", "range", "more_than", "at_least", "up_to",
                              "at_most", "vague"]),
    "measure": st.sampled_from(["killed", "displaced", "damage", "other", "deployed"]),
    "subject": st.sampled_from([None, "", "  ", "Opfer", " Opfer ", "victims", "Schäden"]),
    "unit": st.sampled_from(["person", "EUR", "percent"]),
    "time": st.sampled_from([None, "2024-03-01", ("2024-03-05", "2024-03-01"),
                             ("2024-02-01", "2024-02-29")]),
    "source": st.sampled_from([None, "x.y", "ministry"]),
    "source_text": st.sampled_from([None, "", "  ", "the Ministry", "Red Cross"]),
    "outlet": st.sampled_from([None, "", "Outlet A", " outlet a ", "B"]),
    "doc": st.sampled_from([None, "d1", "d2"]),
    "increment": st.booleans(),
    "placeholder": st.booleans(),
    "who": st.sampled_from([None, ("people", None, "SY"), ("troops", "DE", None),
                            (None, None, "IT")]),
})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_CLAIM, min_size=1, max_size=40), st.booleans())
def test_grouped_from_columns_equals_group_series_random(tmp_path: Path, rows, twice) -> None:
    """Random claims (figures of every bound, missing and blank fields, reversed periods,
    placeholders; ids ``twice``: each id on two claims, so the series are not sorted by id
    alone): the columns path (inlined make_obs, memos per distinct value) gives the Obs
    group_series gives."""
    claims = [mk(f"r{i // 2 if twice else i}", **r) for i, r in enumerate(rows)]
    path = tmp_path / "random.parquet"
    pq.write_table(pa.Table.from_pylist([claim_row(c, None) for c in claims],
                                        schema=CLAIM_SCHEMA), path)
    read = list(read_claims(str(path)))
    ctx = story_context(read)
    want = group_series(read, ctx)
    batches = pq.read_table(path, columns=list(RECONCILE_COLUMNS)).to_batches(max_chunksize=7)
    got, n = group_batches(batches, ctx)
    assert n == len(claims)
    assert got == want
