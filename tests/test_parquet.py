"""Parquet output: claims round-trip to exactly what JSONL holds, structs for nested fields,
local engine datasets, manifests that refuse a mismatched resume."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.engine import ExtractJob, LocalExecutor, PlanError, run_extract
from claimledger.engine.parquet import claim_from_row, claim_row, read_claims
from claimledger.model import Claim, CountedPhrase, Source, TimeSpan, Value, Who

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def _claim(**kw) -> Claim:
    base = dict(id="d:c1", doc_id="d", span=(3, 9), text="11.000", sentence="… 11.000 …",
                value=Value(11000, 11000, "approx"), measure="deployed",
                subject="North Korean troops",
                source=Source("Geheimdienst", (0, 12), "kr.nis", "intelligence", "laut"),
                time=TimeSpan(date(2024, 9, 1), date(2024, 11, 30)),
                counted=CountedPhrase("Soldaten", (10, 18)),
                who=Who("troops", "KP", "RU"), outlet="Zeit", published=date(2025, 4, 28))
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("claim", [
    _claim(),
    _claim(value=Value(None, None, "up_to"), placeholder=True, source=None, time=None,
           counted=None, who=Who(), outlet=None, published=None),
    _claim(value=Value(1.5, 2.25, "range"), extra={"note": "x", "n": [1, 2]},
           source=Source("ein Sprecher", None, None, None, "sagte", label="a spokesman")),
])
def test_claim_row_roundtrip(claim: Claim) -> None:
    assert claim_from_row(claim_row(claim, "given")).to_json() == claim.to_json()


def test_local_dataset_has_struct_columns_and_equals_jsonl(tmp_path: Path) -> None:
    job = ExtractJob([str(EXAMPLES)], meta=str(EXAMPLES / "meta.jsonl"), batch_size=2)
    records: list[dict] = []
    with LocalExecutor() as ex:
        run_extract(job, ex, on_records=records.extend)
        out = str(tmp_path / "seeds.parquet")
        summary = run_extract(job, ex, out)
    assert summary.documents == 5 and summary.units == 3
    table = pq.read_table(tmp_path / "seeds.parquet" / "claims")
    for col in ("value", "source", "time", "counted", "who"):
        assert str(table.schema.field(col).type).startswith("struct<"), col
    docs = pq.read_table(tmp_path / "seeds.parquet" / "documents")
    assert docs.num_rows == 5 and sum(docs.column("n_claims").to_pylist()) == len(records)
    stored = sorted((json.dumps(c.to_json(), sort_keys=True) for c in read_claims(out)))
    assert stored == sorted(json.dumps({k: v for k, v in r.items() if k != "published_from"},
                                       sort_keys=True) for r in records)


def test_resume_with_other_settings_is_refused(tmp_path: Path) -> None:
    out = str(tmp_path / "x.parquet")
    with LocalExecutor() as ex:
        run_extract(ExtractJob([str(EXAMPLES)], batch_size=2), ex, out)
        with pytest.raises(PlanError, match="batch_size"):
            run_extract(ExtractJob([str(EXAMPLES)], batch_size=3), ex, out)
        again = run_extract(ExtractJob([str(EXAMPLES)], batch_size=2), ex, out)
    assert again.units == 0 and again.skipped_units == 3


def test_cli_parquet_and_ledger_from_a_single_file(tmp_path: Path) -> None:
    out = tmp_path / "seeds.parquet"
    res = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--meta",
                                    str(EXAMPLES / "meta.jsonl"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    jsonl = tmp_path / "c.jsonl"
    CliRunner().invoke(main, ["extract", str(EXAMPLES), "--meta", str(EXAMPLES / "meta.jsonl"),
                              "-o", str(jsonl)])
    one = tmp_path / "one.parquet"
    pq.write_table(pq.read_table(out / "claims"), one)
    want = json.loads(CliRunner().invoke(main, ["ledger", str(jsonl)]).stdout)
    assert json.loads(CliRunner().invoke(main, ["ledger", str(out)]).stdout) == want
    assert json.loads(CliRunner().invoke(main, ["ledger", str(one)]).stdout) == want
    assert want["gaps"], "the seeds have placeholders"
    res = CliRunner().invoke(main, ["ledger", str(out), "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == want
    res = CliRunner().invoke(main, ["ledger", str(jsonl), "--workers", "2"])
    assert res.exit_code != 0 and "Parquet" in res.output


def test_cli_rejects_workers_without_dask(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--workers", "2"])
    assert res.exit_code != 0 and "--engine dask" in res.output


def test_local_engine_on_remote_archives_into_a_remote_dataset(tmp_path: Path) -> None:
    import fsspec
    from warc_fixtures import write_warc

    fs = fsspec.filesystem("memory")
    write_warc(tmp_path / "cc.warc.gz")
    fs.pipe("/news/cc.warc.gz", (tmp_path / "cc.warc.gz").read_bytes())
    try:
        with LocalExecutor() as ex:
            summary = run_extract(ExtractJob(["memory://news"]), ex, "memory://out/x.parquet")
        assert summary.documents == 2 and summary.errors == 0
        claims = list(read_claims("memory://out/x.parquet"))
        assert len(claims) == summary.claims > 0
        assert {c.doc_id for c in claims} == {"cc-3", "cc-5"}
    finally:
        for d in ("/news", "/out"):
            if fs.exists(d):
                fs.rm(d, recursive=True)
