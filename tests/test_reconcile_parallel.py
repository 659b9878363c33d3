"""The parallel ledger driver (reconcile/partition.py, reconcile/parallel.py) gives exactly the
ledger of ``build_ledger``: on the seeds' gold claims, on every story's gold claims, and on
synthetic claims; and its SQL re-expressions (document places, the key inputs) agree with the
Python definitions claim by claim."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_reconcile_helpers import GOLD_CLAIMS, gold_claims
from test_stories import STORY_DIRS, story_gold

from claimledger.engine.parquet import CLAIM_SCHEMA, claim_row, read_claims
from claimledger.model import Claim
from claimledger.reconcile import build_ledger, series_key
from claimledger.reconcile.parallel import (build_ledger_parallel, claims_files,
                                            write_ledger_parallel)
from claimledger.reconcile.partition import _KEY_INPUTS_SQL, connect, key_of, story_pass
from claimledger.reconcile.story import story_context

ROOT = Path(__file__).resolve().parent.parent


def _bench_ledger():
    spec = importlib.util.spec_from_file_location("bench_ledger",
                                                  ROOT / "benchmarks" / "bench_ledger.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_ledger"] = mod
    spec.loader.exec_module(mod)
    return mod


def _write(claims: list[Claim], path: Path) -> str:
    rows = [claim_row(c, None) for c in claims]
    pq.write_table(pa.Table.from_pylist(rows, schema=CLAIM_SCHEMA), path)
    return str(path)


def _story_claims() -> list[Claim]:
    out: list[Claim] = []
    for story in STORY_DIRS:
        out.extend(story_gold(story)[1])
    return out


def _assert_same(path: str, bucket_claims: int, workers: int = 1) -> None:
    """Both parallel forms (held whole; streamed from sorted runs) equal build_ledger."""
    serial = build_ledger(read_claims(path)).to_json()
    parallel = build_ledger_parallel(path, workers=workers, bucket_claims=bucket_claims)
    assert parallel.to_json() == serial
    out = io.StringIO()
    counts = write_ledger_parallel(path, out, workers=workers, bucket_claims=bucket_claims)
    assert json.loads(out.getvalue()) == serial
    assert counts == {k: len(v) for k, v in serial.items()}
    assert serial["series"], "a test over an empty ledger proves nothing"


@pytest.mark.skipif(not GOLD_CLAIMS.exists(), reason="shared gold not available")
def test_seeds_same_ledger(tmp_path: Path) -> None:
    path = _write(gold_claims(), tmp_path / "seeds.parquet")
    _assert_same(path, bucket_claims=7)
    # the Parquet round trip loses nothing reconciliation reads
    assert build_ledger(read_claims(path)).to_json() == build_ledger(gold_claims()).to_json()


def test_stories_same_ledger(tmp_path: Path) -> None:
    claims = _story_claims()
    assert build_ledger(claims).gaps, "the stories have placeholders: gaps are tested too"
    _assert_same(_write(claims, tmp_path / "stories.parquet"), bucket_claims=10)


def test_synthetic_same_ledger_in_two_processes(tmp_path: Path) -> None:
    bench = _bench_ledger()
    data = bench.write_synthetic(str(tmp_path / "synth"), 6000, 60, seed=3)
    ledger = build_ledger(read_claims(data))
    assert ledger.gaps and any(g.candidates for g in ledger.gaps) and ledger.relations
    _assert_same(data, bucket_claims=500, workers=2)


def test_story_pass_and_keys_in_sql_match_python(tmp_path: Path) -> None:
    bench = _bench_ledger()
    data = bench.write_synthetic(str(tmp_path / "synth"), 3000, 40, seed=5)
    claims = _story_claims() + list(read_claims(data))
    path = _write(claims, tmp_path / "all.parquet")
    ctx = story_context(claims)
    assert ctx.places, "some documents have a place"
    con = connect(claims_files(path), str(tmp_path), threads=1, memory="256MB")
    try:
        got = story_pass(con)
        assert (got.places, got.people_as, got.labels) == (ctx.places, ctx.people_as, ctx.labels)
        # the planner's form: the documents' own places stay in DuckDB, the continued ones
        # (of documents that name none) come back
        lean = story_pass(con, with_places=False)
        own = dict(con.execute("SELECT doc_id, place FROM doc_places").fetchall())
        assert lean.places == {d: p for d, p in ctx.places.items() if d not in own}
        assert {**own, **lean.places} == ctx.places
        assert (lean.people_as, lean.labels) == (ctx.people_as, ctx.labels)
        con.register("places", pa.table({"doc_id": list(ctx.places), "place": list(ctx.places.values())}))
        rows = con.execute(f"SELECT c.id, {_KEY_INPUTS_SQL} FROM claims c "
                           "LEFT JOIN places p USING (doc_id)").fetchall()
    finally:
        con.close()
    by_id = {c.id: c for c in claims}
    for cid, *inputs in rows:
        c = by_id[cid]
        want = series_key(c, context=ctx)
        if want is None and c.placeholder:
            want = ("other", c.unit or "", "", "", "", "", "subject")
        assert key_of(tuple(inputs), ctx) == want, cid


def test_dataset_directory_and_empty_input(tmp_path: Path) -> None:
    claims = _story_claims()
    d = tmp_path / "out" / "claims"
    d.mkdir(parents=True)
    half = len(claims) // 2
    _write(claims[:half], d / "part-000000.parquet")
    _write(claims[half:], d / "part-000001.parquet")
    (d / ".tmp-unfinished.parquet").write_bytes(b"not parquet")
    assert len(claims_files(str(tmp_path / "out"))) == 2
    _assert_same(str(tmp_path / "out"), bucket_claims=50)
    assert build_ledger_parallel([], workers=1).to_json() == build_ledger([]).to_json()
    out = io.StringIO()
    write_ledger_parallel([], out, workers=1)
    assert json.loads(out.getvalue()) == build_ledger([]).to_json()


def test_families_are_spread_evenly_over_buckets() -> None:
    from claimledger.reconcile.partition import balance

    sizes = {f"f{i}": n for i, n in enumerate([90, 80, 70, 10, 10, 10, 5, 5, 5, 5])}
    out = balance(sizes, 3)
    assert set(out) == set(sizes)
    loads = [sum(n for f, n in sizes.items() if out[f] == b) for b in range(3)]
    assert max(loads) - min(loads) <= 10, loads
    assert balance({}, 4) == {}


def test_claims_in_no_series_are_left_out_of_the_buckets(tmp_path: Path) -> None:
    """A figure with measure ``other`` about nothing named belongs to no series: the planner
    drops it (it used to give it a bucket numbered NULL and fail)."""
    from test_reconcile_helpers import mk

    claims = _story_claims()[:40] + [mk("noise", 7, measure="other", subject=None,
                                        outlet="N", time="2024-01-02")]
    _assert_same(_write(claims, tmp_path / "noise.parquet"), bucket_claims=10)


def test_buckets_joined_on_key_hashes_equal_those_joined_on_the_inputs(tmp_path: Path,
                                                                       monkeypatch) -> None:
    """The planner joins claims to their bucket on DuckDB's hash of the key inputs when the
    hashes of the distinct inputs are distinct; the buckets hold the same rows as when
    joined on the eight inputs themselves (what it falls back to on a collision)."""
    import pyarrow.ipc as ipc

    from claimledger.reconcile import partition

    bench = _bench_ledger()
    data = bench.write_synthetic(str(tmp_path / "synth"), 4000, 40, seed=9)
    files = claims_files(data) + [_write(_story_claims(), tmp_path / "stories.parquet")]

    def buckets(where: Path) -> list[list[tuple]]:
        plan = partition.plan_buckets(files, str(where), 4, threads=1)
        out = []
        for path in plan.buckets:
            with ipc.open_stream(path) as r:
                t = r.read_all()
            out.append(sorted(map(repr, t.to_pylist())))
        return out

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    real = partition._key_table
    distinct = []
    monkeypatch.setattr(partition, "_key_table",
                        lambda *a: (r := real(*a), distinct.append(r[2]))[0])
    by_hash = buckets(tmp_path / "a")
    assert distinct == [True]
    monkeypatch.setattr(partition, "_key_table", lambda *a: real(*a)[:2] + (False,))
    assert buckets(tmp_path / "b") == by_hash
    assert sum(map(len, by_hash)) > 4000
