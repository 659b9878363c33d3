"""An article's section ("Inland", "Wissenschaft") flows from every input that carries it to
the Document, the store and the Parquet dataset; old databases take the new column and keep
their documents unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from claimledger.ingest import read_documents
from claimledger.model import Document
from claimledger.store import SCHEMA_VERSION, Store

TEXT = "Wien – In Graz wurden 300 Menschen gezählt."


def _read(*paths: Path, meta: Path | None = None) -> list[Document]:
    heard: list[str] = []
    docs = list(read_documents(list(paths), meta=meta, on_error=lambda n, m: heard.append(m)))
    assert not [m for m in heard if not m.startswith("warning")], heard
    return docs


def test_meta_category_and_section(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    meta = tmp_path / "m.jsonl"
    meta.write_text("\n".join(json.dumps(x) for x in (
        {"id": "a", "outlet": "derStandard", "category": "Inland"},
        {"id": "b", "section": "Wissenschaft"},
        {"id": "c", "outlet": "derStandard"})) + "\n", encoding="utf-8")
    docs = {d.id: d for d in _read(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt",
                                   meta=meta)}
    assert docs["a"].section == "Inland" and docs["a"].outlet == "derStandard"
    assert docs["b"].section == "Wissenschaft"
    assert docs["c"].section is None


def test_jsonl_and_csv_rows_carry_section(tmp_path: Path) -> None:
    jl = tmp_path / "rows.jsonl"
    jl.write_text(json.dumps({"id": "r1", "text": TEXT, "category": "Inland"}) + "\n"
                  + json.dumps({"id": "r2", "text": TEXT, "ressort": "Sport"}) + "\n",
                  encoding="utf-8")
    csv = tmp_path / "rows.csv"
    csv.write_text('id,section,text\nk1,Kultur,"' + TEXT + '"\n', encoding="utf-8")
    gnad = tmp_path / "gnad.csv"
    gnad.write_text("Inland;'" + TEXT + "'\n", encoding="utf-8")
    got = {d.id: d.section for d in _read(jl, csv, gnad)}
    assert got["r1"] == "Inland" and got["r2"] == "Sport" and got["k1"] == "Kultur"
    assert [s for i, s in got.items() if i.startswith("gnad")] == ["Inland"]


def test_meta_section_overrides_row(tmp_path: Path) -> None:
    jl = tmp_path / "rows.jsonl"
    jl.write_text(json.dumps({"id": "r1", "text": TEXT, "section": "Web"}) + "\n",
                  encoding="utf-8")
    meta = tmp_path / "m.jsonl"
    meta.write_text(json.dumps({"id": "r1", "category": "Inland"}) + "\n", encoding="utf-8")
    [d] = _read(jl, meta=meta)
    assert d.section == "Inland"


def test_store_round_trip(tmp_path: Path) -> None:
    d = Document(id="a", text=TEXT, outlet="derStandard", section="Inland")
    with Store.open(tmp_path / "s.duckdb") as s:
        assert s.upsert_document(d, []) == "inserted"
        assert s.upsert_document(d, []) == "unchanged"
        stored = s.document("a")
        assert stored is not None and stored.section == "Inland"
        assert stored.to_document().section == "Inland"
        assert [x.section for x in s.documents()] == ["Inland"]
        d2 = Document(id="a", text=TEXT, outlet="derStandard", section="Wissenschaft")
        assert s.upsert_document(d2, []) == "replaced"  # the section shapes the claims
        assert s.upsert_many([(d2, [])]) == ["unchanged"]


def test_batch_write_stores_section(tmp_path: Path) -> None:
    docs = [(Document(id=f"d{i}", text=TEXT, section=sec), []) for i, sec in
            enumerate(("Inland", None))]
    with Store.open(tmp_path / "s.duckdb") as s:
        assert s.upsert_many(docs) == ["inserted", "inserted"]
        assert {x.id: x.section for x in s.documents()} == {"d0": "Inland", "d1": None}


def test_v3_database_migrates_and_reingest_is_unchanged(tmp_path: Path) -> None:
    """A database written before sections existed takes the column; its documents, read
    again without a section, are unchanged (their content hash did not move)."""
    db = tmp_path / "old.duckdb"
    d = Document(id="a", text=TEXT, outlet="derStandard")
    with Store.open(db) as s:
        s.upsert_document(d, [])
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE documents DROP COLUMN section")
    con.execute("UPDATE schema_version SET version = 3")
    con.close()
    with Store.open(db) as s:
        assert s.schema_version() == SCHEMA_VERSION == 4
        assert s.document("a").section is None  # type: ignore[union-attr]
        assert s.upsert_document(d, []) == "unchanged"
        assert s.upsert_many([(d, [])]) == ["unchanged"]
        d.section = "Inland"
        assert s.upsert_document(d, []) == "replaced"


def test_parquet_document_row_has_section() -> None:
    from claimledger.engine.parquet import DOCUMENT_SCHEMA, document_row

    row = document_row(Document(id="a", text=TEXT, section="Inland"), 0)
    assert row["section"] == "Inland" and "section" in DOCUMENT_SCHEMA.names
