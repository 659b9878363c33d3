"""The Dask engine yields exactly the local engine's claims, resumes, and reads archives on
its workers. One small LocalCluster (loopback, no dashboard) serves the whole module."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.engine import DaskExecutor, ExtractJob, LocalExecutor, run_extract
from claimledger.engine.parquet import CLAIMS_DIR, read_claims
from claimledger.ingest import read_documents
from warc_fixtures import write_warc

BENCH = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"
SUBSET = 48   # articles: enough for several units on both workers, fast enough for a test


@pytest.fixture(scope="module")
def cluster():
    with DaskExecutor(workers=2) as ex:
        yield ex


@pytest.fixture(scope="module")
def subset(tmp_path_factory) -> Path:
    """The first articles of the bench corpus, in its own layout and under its own name (so
    document ids are the same as in the full file)."""
    if not BENCH.is_file():
        pytest.skip(f"bench corpus not found at ../shared/corpus/bench (looked in {BENCH.parent})")
    out = tmp_path_factory.mktemp("bench") / BENCH.name
    with BENCH.open(encoding="utf-8", newline="") as src, out.open("w", encoding="utf-8", newline="") as dst:
        reader = csv.reader(src, delimiter=";", quotechar="'", doublequote=True)
        for i, row in enumerate(reader):
            if i == SUBSET:
                break
            label, text = row[0], row[1].replace("'", "''")
            dst.write(f"{label};'{text}'\n")
    return out


def _records(job: ExtractJob, ex) -> list[dict]:
    got: list[dict] = []
    run_extract(job, ex, on_records=got.extend)
    return got


def _local(job: ExtractJob) -> list[dict]:
    with LocalExecutor() as ex:
        return _records(job, ex)


def _key(rec: dict) -> str:
    return json.dumps(rec, sort_keys=True, ensure_ascii=False)


def test_subset_reads_like_the_bench_file(subset: Path) -> None:
    docs = list(read_documents([subset]))
    assert len(docs) == SUBSET and docs[0].id == "10kGNAD_test-1"


def test_dask_claims_equal_local_claims_in_order(subset: Path, cluster) -> None:
    job = ExtractJob([str(subset)], batch_size=5)
    local = _local(job)
    assert len(local) > 50
    assert _records(job, cluster) == local


def test_parquet_dataset_equals_local_and_resumes(subset: Path, cluster, tmp_path: Path) -> None:
    job = ExtractJob([str(subset)], batch_size=8)
    local = _local(job)
    out = str(tmp_path / "claims.parquet")
    first = run_extract(job, cluster, out)
    assert first.units == 6 and first.skipped_units == 0
    stored = [c.to_json() | {"published_from": None} for c in read_claims(out)]
    assert sorted(map(_key, stored)) == sorted(_key(r | {"published_from": None}) for r in local)
    # a crash lost one partition: the rerun writes only that one
    os.remove(Path(out) / CLAIMS_DIR / "part-000002.parquet")
    again = run_extract(job, cluster, out)
    assert again.units == 1 and again.skipped_units == 5
    assert len(list(read_claims(out))) == len(local)


def test_archives_are_read_on_the_workers(tmp_path: Path, cluster) -> None:
    write_warc(tmp_path / "a.warc.gz")
    write_warc(tmp_path / "b.warc")
    (tmp_path / "note.txt").write_text("Die Polizei meldete am Montag 12 Verletzte.", encoding="utf-8")
    job = ExtractJob([str(tmp_path)])
    local = _local(job)
    assert {r["doc_id"].split("-")[0] for r in local} == {"a", "b", "note"}
    assert _records(job, cluster) == local


def test_cli_extract_on_an_existing_scheduler(subset: Path, cluster, tmp_path: Path) -> None:
    address = cluster.client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    out = tmp_path / "ds"
    out.mkdir()
    res = CliRunner().invoke(main, ["extract", str(subset), "--engine", "dask", "--scheduler",
                                    address, "-o", str(out)])
    assert res.exit_code == 0, res.output
    jsonl = tmp_path / "c.jsonl"
    res = CliRunner().invoke(main, ["extract", str(subset), "-o", str(jsonl)])
    assert res.exit_code == 0, res.output
    a = CliRunner().invoke(main, ["ledger", str(out)])
    b = CliRunner().invoke(main, ["ledger", str(jsonl)])
    assert a.exit_code == 0 and b.exit_code == 0, a.output + b.output
    assert json.loads(a.stdout) == json.loads(b.stdout)
    again = CliRunner().invoke(main, ["extract", str(subset), "--engine", "dask", "--scheduler",
                                      address, "-o", str(out)])
    assert again.exit_code == 0 and "already written" in again.stderr


def test_run_on_the_cluster_stores_what_the_local_run_stores(subset: Path, cluster,
                                                              tmp_path: Path) -> None:
    from claimledger.runner import run
    from claimledger.store import Store

    a = run([subset], db=tmp_path / "local.duckdb")
    b = run([subset], db=tmp_path / "dask.duckdb", engine=cluster)
    assert len(b.inserted) == SUBSET and a.claims_stored == b.claims_stored
    assert a.ledger == b.ledger
    with Store.open(tmp_path / "local.duckdb") as x, Store.open(tmp_path / "dask.duckdb") as y:
        assert [c.to_json() for c in x.claims()] == [c.to_json() for c in y.claims()]
    again = run([subset], db=tmp_path / "dask.duckdb", engine=cluster)
    assert len(again.unchanged) == SUBSET


def test_cluster_listens_on_loopback_only(cluster) -> None:
    info = cluster.client.scheduler_info()
    addresses = [info["address"], *info["workers"]]
    assert addresses and all(a.startswith("tcp://127.0.0.1:") for a in addresses), addresses
    http = cluster.client.run_on_scheduler(
        lambda dask_scheduler: [s.getsockname()[0] for s in dask_scheduler.http_server._sockets.values()])
    assert http and set(http) == {"127.0.0.1"}


def test_cli_run_on_the_cluster(subset: Path, cluster, tmp_path: Path) -> None:
    address = cluster.client.scheduler.address
    res = CliRunner().invoke(main, ["run", str(subset), "--db", str(tmp_path / "x.duckdb"), "-q",
                                    "--engine", "dask", "--scheduler", address])
    assert res.exit_code == 0, res.output
    bad = CliRunner().invoke(main, ["run", str(subset), "--workers", "2"])
    assert bad.exit_code != 0 and "--engine dask" in bad.output
