"""The DuckDB store: idempotence, replacement, transactions, migration, damaged files."""

from __future__ import annotations

import json
import tempfile
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.model import Claim, Document, Source, TimeSpan, Value
from support.kill import kill_in_transaction
from claimledger.store import SCHEMA_VERSION, Store, StoreError, global_claim_id


def doc(doc_id: str, text: str, outlet: str = "Outlet") -> Document:
    return Document(id=doc_id, text=text, outlet=outlet, published=date(2025, 4, 28),
                    published_from="given", path=f"{doc_id}.txt")


def claims_for(d: Document) -> list[Claim]:
    """One claim per whitespace-separated token that is a number (a stand-in extractor)."""
    out = []
    pos = 0
    for tok in d.text.split():
        start = d.text.index(tok, pos)
        pos = start + len(tok)
        if tok.isdigit():
            v = float(tok)
            out.append(Claim(
                id=f"c{len(out) + 1}", doc_id=d.id, span=(start, pos), text=tok,
                sentence=d.text, value=Value(v, v, "approx"), measure="deployed",
                subject="North Korean troops",
                source=Source("Geheimdienst", (0, 3), "kr.nis", "intelligence", "laut"),
                time=TimeSpan(date(2024, 9, 1), date(2024, 11, 30))))
    return out


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Table contents, minus the ingest timestamp (which says when, not what)."""
    con = store.connection
    return {
        "documents": con.execute(
            "SELECT id, path, outlet, url, language, published, published_from, title, "
            "content_hash, claims_hash, text FROM documents ORDER BY id").fetchall(),
        "claims": con.execute("SELECT * FROM claims ORDER BY id").fetchall(),
        "sources": con.execute("SELECT * FROM sources ORDER BY id").fetchall(),
    }


SAMPLE_LEDGER = {
    "series": [{"subject": "North Korean troops", "measure": "deployed", "note": "kept",
                "estimates": [
                    {"low": 11000, "high": 11000, "bound": "approx", "increment": False,
                     "time": {"start": "2024-09-01", "end": "2024-11-30"},
                     "claims": ["a:c1", "b:c1"], "sources": ["kr.nis"], "confidence": 0.9},
                    {"low": 3000, "high": 3000, "bound": "exact", "increment": True,
                     "time": {"start": "2025-01-01", "end": "2025-03-31"},
                     "claims": ["b:c2"], "sources": []}]}],
    "disagreements": [{"claims": ["a:c1", "b:c2"], "why": "11,000 vs 3,000"}],
    "updates": [{"from": ["a:c1"], "to": ["b:c1"], "why": "later"}],
    "relations": [{"kind": "sum", "parts": ["a:c1", "b:c2"], "total": ["b:c1"]}],
    "gaps": [{"claim": "b:c9", "candidates": [{"value": 11000, "claims": ["a:c1"],
                                                "confidence": 0.8}]},
             {"claim": "b:c8", "candidates": []}],
}


# ---------------------------------------------------------------- upsert behaviour
def test_insert_unchanged_replaced(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    a = doc("a", "laut NIS 11000 Soldaten und 3000 Tote")
    with Store.open(db) as s:
        assert s.upsert_document(a, claims_for(a)) == "inserted"
        assert s.upsert_document(a, claims_for(a)) == "unchanged"
        ids = [c.id for c in s.claims()]
        assert ids == ["a:c1", "a:c2"]
        a2 = doc("a", "laut NIS 12000 Soldaten")
        assert s.upsert_document(a2, claims_for(a2)) == "replaced"
        got = list(s.claims())
        assert [(c.id, c.value.low) for c in got] == [("a:c1", 12000)]
        assert s.document("a").text == a2.text  # type: ignore[union-attr]
    with Store.open(db) as s:  # persisted
        assert s.upsert_document(a2, claims_for(a2)) == "unchanged"


def test_new_claims_for_same_text_replace(tmp_path: Path) -> None:
    """A better extractor on the same article must take effect: claims are part of the hash."""
    a = doc("a", "100 und 200")
    with Store.open(tmp_path / "x.duckdb") as s:
        s.upsert_document(a, claims_for(a))
        assert s.upsert_document(a, claims_for(a)[:1]) == "replaced"
        assert s.counts()["claims"] == 1


def test_metadata_change_replaces(tmp_path: Path) -> None:
    a = doc("a", "100 und 200")
    with Store.open(tmp_path / "x.duckdb") as s:
        s.upsert_document(a, claims_for(a))
        b = doc("a", "100 und 200", outlet="Other")
        assert s.upsert_document(b, claims_for(b)) == "replaced"
        # a moved file is not a new article
        c = doc("a", "100 und 200", outlet="Other")
        c.path = "/elsewhere/a.txt"
        assert s.upsert_document(c, claims_for(c)) == "unchanged"


def test_claim_ids_global_and_unique(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as s:
        for i in "ab":
            d = doc(i, "5 6 7")
            s.upsert_document(d, claims_for(d))
        ids = [c.id for c in s.claims()]
        assert len(ids) == len(set(ids)) == 6
        assert {c.id.split(":")[0] for c in s.claims()} == {"a", "b"}
        local = s.connection.execute("SELECT DISTINCT local_id FROM claims").fetchall()
        assert sorted(r[0] for r in local) == ["c1", "c2", "c3"]
    assert global_claim_id("a", "c1") == "a:c1"
    assert global_claim_id("a", "a:c1") == "a:c1"


def test_duplicate_claim_ids_rejected(tmp_path: Path) -> None:
    d = doc("a", "5 6")
    cs = claims_for(d)
    cs[1].id = cs[0].id
    with Store.open(tmp_path / "x.duckdb") as s:
        with pytest.raises(ValueError, match="duplicate claim ids"):
            s.upsert_document(d, cs)
        assert s.counts()["documents"] == 0


def test_claims_filters_and_provenance(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as s:
        d = doc("a", "5 6", outlet="Tagesschau")
        cs = claims_for(d)
        cs[1].measure = "casualties"
        cs[1].subject = "Ukrainian civilians"
        s.upsert_document(d, cs)
        assert [c.id for c in s.claims(measure="casualties")] == ["a:c2"]
        assert [c.id for c in s.claims(subject="north korean")] == ["a:c1"]
        assert list(s.claims(measure="casualties", subject="north")) == []
        c = next(s.claims())
        # provenance filled from the document, contract fields kept
        assert c.outlet == "Tagesschau" and c.published == date(2025, 4, 28)
        assert c.source and c.source.span == (0, 3) and c.time and c.time.end == date(2024, 11, 30)
        assert s.connection.execute("SELECT id, kind, label, n_claims FROM sources").fetchall() \
            == [("kr.nis", "intelligence", "Geheimdienst", 2)]


def test_delete_document(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as s:
        d = doc("a", "5 6")
        s.upsert_document(d, claims_for(d))
        assert s.delete_document("a") is True
        assert s.counts()["claims"] == 0 and s.counts()["sources"] == 0
        assert s.delete_document("a") is False


# ---------------------------------------------------------------- idempotence property
texts = st.lists(st.sampled_from(["10", "200", "Soldaten", "3000", "laut"]), max_size=5) \
    .map(" ".join)
doc_seqs = st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), texts), max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc_seqs)
def test_ingesting_twice_gives_same_contents(seq: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "p.duckdb") as s:
            for i, t in seq:
                d = doc(i, t)
                s.upsert_document(d, claims_for(d))
            once = snapshot(s)
            statuses = []
            for i, t in seq:
                d = doc(i, t)
                statuses.append(s.upsert_document(d, claims_for(d)))
            assert snapshot(s) == once
            # without a later version of the same id in the sequence, nothing is rewritten
            if len({i for i, _ in seq}) == len(seq):
                assert set(statuses) <= {"unchanged"}
        # and it equals a fresh database holding only the final versions
        final = {i: t for i, t in seq}
        with Store.open(Path(tmp) / "q.duckdb") as s2:
            for i, t in final.items():
                d = doc(i, t)
                s2.upsert_document(d, claims_for(d))
            assert snapshot(s2) == once


# ---------------------------------------------------------------- transactions
def test_failure_inside_transaction_rolls_back(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store.open(db) as s:
        a, b = doc("a", "1 2 3"), doc("b", "4 5")
        s.upsert_document(a, claims_for(a))
        before = snapshot(s)

        def boom(doc_id: str) -> None:
            raise RuntimeError("disk full")

        s._before_commit = boom
        with pytest.raises(RuntimeError):
            s.upsert_document(b, claims_for(b))
        a2 = doc("a", "9")
        with pytest.raises(RuntimeError):
            s.upsert_document(a2, claims_for(a2))  # a replacement that fails keeps the old
        s._before_commit = None
        assert snapshot(s) == before
    with Store.open(db) as s:
        assert snapshot(s) == before


CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date
    from claimledger.model import Claim, Document, Value
    from claimledger.store import Store

    def claims(d, n):
        return [Claim(id=f"c{i}", doc_id=d.id, span=(0, 1), text="1", sentence=d.text,
                      value=Value(i, i)) for i in range(1, n + 1)]

    db, victim, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
    s = Store.open(db)
    seen = []
    def hang(doc_id):
        # stop inside the transaction of the nth write of `victim`, before COMMIT
        if doc_id == victim:
            seen.append(doc_id)
            if len(seen) == nth:
                print("IN_TXN", flush=True)
                time.sleep(60)
    s._before_commit = hang
    for name, n in [("d1", 3), ("d2", 2), ("d1", 5), ("d3", 4)]:
        d = Document(id=name, text=f"text of {name} with {n}", published=date(2025, 1, 1))
        s.upsert_document(d, claims(d, n))
        print("COMMITTED", name, n, flush=True)
""")


def kill_child_in_transaction(db: Path, victim: str, nth: int) -> list[str]:
    """Run CHILD, SIGKILL it while it sits inside a write transaction; return its output."""
    lines = kill_in_transaction(CHILD, str(db), victim, str(nth))
    assert lines and lines[-1] == "IN_TXN", lines
    return lines


def doc_claim_counts(store: Store) -> dict[str, int]:
    return dict(store.connection.execute(
        "SELECT d.id, count(c.id) FROM documents d LEFT JOIN claims c ON c.doc_id = d.id "
        "GROUP BY d.id").fetchall())


def test_sigkill_mid_write_leaves_committed_documents(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    lines = kill_child_in_transaction(db, "d3", 1)
    assert lines[:-1] == ["COMMITTED d1 3", "COMMITTED d2 2", "COMMITTED d1 5"]
    with Store.open(db) as s:
        # d1 (its replacement, 5 claims) and d2 committed before; d3 never was
        assert doc_claim_counts(s) == {"d1": 5, "d2": 2}


def test_sigkill_during_replacement_keeps_old_version(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    kill_child_in_transaction(db, "d1", 2)
    with Store.open(db) as s:
        assert doc_claim_counts(s) == {"d1": 3, "d2": 2}
        assert "with 3" in s.document("d1").text  # type: ignore[union-attr]


# ---------------------------------------------------------------- ledger tables
def test_save_and_read_ledger_roundtrip(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store.open(db) as s:
        assert s.ledger() == {"series": [], "disagreements": [], "updates": [], "relations": [],
                              "gaps": []}
        s.save_ledger({**SAMPLE_LEDGER, "about": "extra key"})
        s.save_ledger(SAMPLE_LEDGER | {"about": "extra key"})  # rebuilt, not appended
        assert s.counts()["estimates"] == 2 and s.counts()["ledger_items"] == 5
    with Store.open(db, read_only=True) as s:
        led = s.ledger()
        assert led == {**SAMPLE_LEDGER, "about": "extra key"}
        links = s.connection.execute(
            "SELECT claim_id FROM estimate_claims ORDER BY estimate_id, position").fetchall()
        assert [r[0] for r in links] == ["a:c1", "b:c1", "b:c2"]
        refs = s.connection.execute(
            "SELECT i.kind, r.role, r.claim_id FROM ledger_item_claims r "
            "JOIN ledger_items i ON i.id = r.item_id WHERE i.kind = 'gap' ORDER BY 1, 2, 3"
        ).fetchall()
        assert ("gap", "candidates.claims", "a:c1") in refs and ("gap", "claim", "b:c9") in refs


def test_ledger_stale_flag(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as s:
        assert not s.ledger_stale()
        d = doc("a", "1")
        s.upsert_document(d, claims_for(d))
        assert s.ledger_stale()
        s.save_ledger(SAMPLE_LEDGER)
        assert not s.ledger_stale()
        s.upsert_document(d, claims_for(d))  # unchanged: still fresh
        assert not s.ledger_stale()


# ---------------------------------------------------------------- schema and migration
V1_DDL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE documents (id VARCHAR PRIMARY KEY, path VARCHAR, outlet VARCHAR, url VARCHAR,
  language VARCHAR, published DATE, content_hash VARCHAR NOT NULL, text VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL);
CREATE TABLE claims (id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,
  span_start INTEGER, span_end INTEGER, text VARCHAR, sentence VARCHAR, low DOUBLE, high DOUBLE,
  bound VARCHAR, placeholder BOOLEAN, unit VARCHAR, measure VARCHAR, subject VARCHAR,
  increment BOOLEAN, hedged BOOLEAN, source_id VARCHAR, source_text VARCHAR,
  source_kind VARCHAR, source_cue VARCHAR, time_start DATE, time_end DATE, json VARCHAR NOT NULL);
CREATE TABLE sources (id VARCHAR, kind VARCHAR, label VARCHAR, n_claims INTEGER);
CREATE TABLE series (id INTEGER, subject VARCHAR, measure VARCHAR, json VARCHAR);
CREATE TABLE estimates (id INTEGER, series_id INTEGER, position INTEGER, low DOUBLE, high DOUBLE,
  bound VARCHAR, increment BOOLEAN, time_start DATE, time_end DATE, sources VARCHAR[],
  json VARCHAR);
CREATE TABLE estimate_claims (estimate_id INTEGER, claim_id VARCHAR, position INTEGER);
CREATE TABLE ledger_items (id INTEGER, kind VARCHAR, position INTEGER, payload VARCHAR);
CREATE TABLE ledger_item_claims (item_id INTEGER, claim_id VARCHAR, role VARCHAR);
"""


def make_v1(path: Path) -> Claim:
    d = doc("a", "laut NIS 11000 Soldaten")
    c = claims_for(d)[0]
    c.outlet = "Epoch Times"
    con = duckdb.connect(str(path))
    con.execute(V1_DDL)
    con.execute("INSERT INTO documents VALUES ('a', 'a.txt', 'Epoch Times', NULL, 'de', "
                "DATE '2025-04-28', 'oldhash', ?, TIMESTAMP '2025-05-01 10:00:00')", [d.text])
    con.execute("INSERT INTO claims VALUES ('a:c1', 'a', 'c1', 9, 14, '11000', ?, 11000, 11000, "
                "'approx', false, NULL, 'deployed', 'North Korean troops', false, false, "
                "'kr.nis', 'Geheimdienst', 'intelligence', 'laut', DATE '2024-09-01', "
                "DATE '2024-11-30', ?)", [d.text, json.dumps(c.to_json())])
    con.execute("INSERT INTO series VALUES (0, 'North Korean troops', 'deployed', "
                "'{\"subject\": \"North Korean troops\", \"measure\": \"deployed\"}')")
    con.close()
    return c


def test_migrate_hand_made_v1(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    original = make_v1(db)
    with Store.open(db) as s:
        assert s.schema_version() == SCHEMA_VERSION == 4
        [c] = list(s.claims())
        assert c.id == "a:c1" and c.outlet == "Epoch Times" and c.value.low == 11000
        assert c.source and c.source.span == (0, 3)
        row = s.connection.execute(
            "SELECT outlet, published, source_key, source_span_start, source_span_end "
            "FROM claims").fetchone()
        assert row == ("Epoch Times", date(2025, 4, 28), "kr.nis", 0, 3)
        hash_row = s.connection.execute("SELECT claims_hash FROM documents").fetchone()
        assert hash_row and hash_row[0]
        assert s.ledger_stale()  # a v1 ledger is not trusted
        # v2 derives sources from the claims (a view), v1 had a table of its own
        assert s.connection.execute("SELECT id, kind, n_claims FROM sources").fetchall() == \
            [("kr.nis", "intelligence", 1)]
        assert s.ledger()["series"][0]["measure"] == "deployed"
        # usable afterwards: the v1 content hash differs, so the next run rewrites once
        d = doc("a", "laut NIS 11000 Soldaten")
        original.outlet = None
        assert s.upsert_document(d, [original]) == "replaced"
        assert s.upsert_document(d, [original]) == "unchanged"
    with Store.open(db) as s:  # migrations ran once
        assert s.connection.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)


def test_read_only_open_migrates_first(tmp_path: Path) -> None:
    """`show` opens read-only; an old file is migrated once through a writable connection."""
    db = tmp_path / "v1.duckdb"
    make_v1(db)
    with Store.open(db, read_only=True) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert [c.id for c in s.claims()] == ["a:c1"]


def test_new_database_runs_all_migrations(tmp_path: Path) -> None:
    with Store.open(tmp_path / "n.duckdb") as s:
        assert s.schema_version() == SCHEMA_VERSION


def test_newer_schema_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.duckdb"
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE schema_version SET version = 99")
    con.close()
    with pytest.raises(StoreError, match="version 99 is newer"):
        Store.open(db)


# ---------------------------------------------------------------- damaged files
def test_garbage_file_clear_error_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "garbage.duckdb"
    db.write_bytes(b"this is not a database\n" * 50)
    before = db.read_bytes()
    with pytest.raises(StoreError) as e:
        Store.open(db)
    assert str(db) in str(e.value)
    assert db.read_bytes() == before


def test_truncated_file_clear_error_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "half.duckdb"
    with Store.open(db) as s:
        d = doc("a", "1 2 3")
        s.upsert_document(d, claims_for(d))
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = db.read_bytes()
    with pytest.raises(StoreError) as e:
        Store.open(db)
    assert str(db) in str(e.value)
    assert db.read_bytes() == before


def test_foreign_duckdb_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE important (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a claimledger"):
        Store.open(db)
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone() == (1,)
    con.close()


def test_read_only_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "nope.duckdb", read_only=True)
    assert not (tmp_path / "nope.duckdb").exists()
