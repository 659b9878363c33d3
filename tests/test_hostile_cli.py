"""Hostile corpus, outputs and databases: issue 10's cases 6 (unwritable outputs, a full
disk, damaged databases) and 8 (no network from DuckDB). No documented command may show a
traceback on bad input or bad paths."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import duckdb
import pytest

from claimledger.store import Store, StoreError, classify_error
from claimledger.store import duckdb_store
from hostile import GOOD, cli, write

DEV_FULL = Path(os.devnull).with_name("full")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    p = tmp_path / "r.duckdb"
    r = cli(["run", str(write(tmp_path / "ok.txt", GOOD)), "--db", str(p), "-q"])
    assert r.exit_code == 0, r.output
    return p


# ---- 6. unwritable outputs ------------------------------------------------------------
def test_unwritable_outputs_of_every_command(tmp_path: Path, db: Path) -> None:
    good = tmp_path / "ok.txt"
    claims = tmp_path / "c.jsonl"
    assert cli(["extract", str(good), "-o", str(claims)]).exit_code == 0
    a_file = write(tmp_path / "plain", "x")
    targets = [tmp_path / "no" / "such" / "out", a_file / "out"]
    for target in targets:
        runs = [["extract", str(good), "-o", str(target)],
                ["ledger", str(claims), "-o", str(target)]]
        runs += [["show", "--db", str(db), "--format", fmt, "-o", str(target)]
                 for fmt in ("table", "json", "csv", "parquet")]
        runs += [["show", "--db", str(db), "--format", "csv", "--what", "claims",
                  "-o", str(target)]]
        for args in runs:
            r = cli(args)
            assert r.exit_code == 1, (args, r.output)
            assert f"error: {target}: cannot write" in r.stderr, (args, r.stderr)


@pytest.mark.skipif(not DEV_FULL.exists(), reason="needs a full-disk device (Linux)")
def test_full_disk_on_output(tmp_path: Path) -> None:
    good = write(tmp_path / "ok.txt", GOOD)
    r = cli(["extract", str(good), "-o", str(DEV_FULL)])
    assert r.exit_code == 1 and "disk is full" in r.stderr


def test_full_disk_during_run_is_named(tmp_path: Path, db: Path, monkeypatch) -> None:
    def no_space(self: Store, items: object, on_refused: object = None) -> list:
        raise duckdb.IOException('IO Error: Could not write file "r.duckdb.wal": '
                                 'No space left on device')

    monkeypatch.setattr(Store, "upsert_many", no_space)
    other = write(tmp_path / "more.txt", "Es gab 40 Tote.")
    r = cli(["run", str(other), "--db", str(db), "-q"])
    assert r.exit_code == 1
    assert f"error: {db}: writing document 'more' failed: the disk is full" in r.stderr


def test_damaged_database_is_not_reported_as_in_use(tmp_path: Path, db: Path) -> None:
    with db.open("r+b") as fh:
        fh.seek(12288)
        fh.write(b"\xff" * 8192)
    before = db.read_bytes()
    for args in (["show", "--db", str(db)], ["show", "--db", str(db), "--format", "csv"],
                 ["run", str(tmp_path / "ok.txt"), "--db", str(db)]):
        r = cli(args)
        assert r.exit_code == 1 and str(db) in r.stderr
        assert "in use" not in r.stderr and "damaged" in r.stderr, r.stderr
    assert db.read_bytes() == before


def test_error_classification() -> None:
    assert "in use" in classify_error(duckdb.IOException(
        'IO Error: Could not set lock on file "x": Conflicting lock is held'))
    assert "damaged" in classify_error(duckdb.Error(
        "Corrupt database file: computed checksum 1 does not match stored checksum 2 in "
        "block at location 12288"))
    assert "disk is full" in classify_error(OSError(28, "No space left on device"))


# ---- 8. no network from DuckDB ------------------------------------------------------------
def test_sqlite_file_as_db_gives_a_message_and_no_download(tmp_path: Path) -> None:
    p = tmp_path / "x.sqlite"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    r = cli(["run", str(write(tmp_path / "ok.txt", GOOD)), "--db", str(p)])
    assert r.exit_code == 1 and "not a DuckDB database" in r.stderr
    assert "download" not in r.stderr.lower() and "http" not in r.stderr.lower()
    with pytest.raises(StoreError):
        Store.open(p)


def test_connections_have_extension_autoloading_off(tmp_path: Path) -> None:
    assert duckdb_store.OFFLINE == {"autoinstall_known_extensions": False,
                                     "autoload_known_extensions": False}
    with Store.open(tmp_path / "n.duckdb") as s:
        got = dict(s.connection.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert got == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


# ---- no traceback from any documented command on bad paths --------------------------------
@pytest.mark.parametrize("args", [
    ["extract", "{d}/missing.txt"], ["extract", "{d}/ok.txt/inner.txt"], ["extract", "{d}/x.pdf"],
    ["run", "{d}/missing.txt", "--db", "{d}/r.duckdb"], ["run", "{d}", "--db", "{d}"],
    ["run", "{d}/ok.txt", "--db", "{d}/ok.txt"], ["ledger", "{d}/missing.jsonl"],
    ["ledger", "{d}"], ["ledger", "{d}/ok.txt"], ["show", "--db", "{d}/missing.duckdb"],
    ["show", "--db", "{d}/ok.txt"], ["show", "--db", "{d}", "--format", "json"],
])
def test_bad_paths_give_messages(tmp_path: Path, args: list[str]) -> None:
    write(tmp_path / "ok.txt", GOOD)
    write(tmp_path / "x.pdf", b"%PDF")
    r = cli([a.format(d=tmp_path) for a in args])
    assert r.exit_code in (1, 2) and r.stderr.strip()


# ---- 3. one document the extractor fails on ------------------------------------------------
def test_extraction_failure_of_one_document_is_named(tmp_path: Path, monkeypatch) -> None:
    import importlib

    pipeline = importlib.import_module("claimledger.extract.pipeline")

    real = pipeline.extract_document

    def flaky(doc, pack):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, pack)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    f = write(tmp_path / "a.jsonl", '{"id": "bad", "text": "BOOM 3 Tote."}\n'
                                    '{"id": "good", "text": "Es gab 4 Tote."}\n')
    r = cli(["extract", str(f)])
    assert r.exit_code == 1
    assert f"error: {f} [bad]: extraction failed: RecursionError" in r.stderr
    assert "1 documents, 1 claims; 1 error, 0 warnings" in r.stderr
    r = cli(["run", str(f), "--db", str(tmp_path / "r.duckdb"), "-q"])
    assert r.exit_code == 1 and f"error: {f} [bad]: extraction failed" in r.stderr
