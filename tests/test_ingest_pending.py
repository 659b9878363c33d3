"""Ingest in two halves: ``read_pending`` (serial: metadata attached, ids unique in the run)
and ``settle_document`` (per document: language, publication date, dateline), which the
engines run on the worker that extracts the document. Together they are ``read_documents``."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.engine.plan import plan_units
from claimledger.ingest import read_documents, read_pending, settle_document


def _corpus(tmp_path: Path) -> tuple[list[str], str]:
    (tmp_path / "a.txt").write_text("Berlin, 3. März 2025 – Rund 1.200 Menschen wurden "
                                    "evakuiert.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Etwa 300 Helfer waren im Einsatz.", encoding="utf-8")
    rows = [{"id": "x", "text": "Mehr als 40 Häuser brannten.", "language": "de-AT"},
            {"id": "x", "text": "Weitere 12 Häuser brannten.", "published": "2025-02-01"},
            {"id": "x", "text": "Mehr als 40 Häuser brannten."}]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"path": "b.txt", "outlet": "Zeitung", "published": "2025-01-02",
                                "id": "b-doc"}) + "\n", encoding="utf-8")
    return [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.jsonl")], str(meta)


def test_two_halves_are_read_documents(tmp_path: Path) -> None:
    paths, meta = _corpus(tmp_path)
    said_whole: list[tuple[str, str]] = []
    whole = list(read_documents(paths, meta=meta, on_error=lambda *m: said_whole.append(m)))
    said: list[tuple[str, str]] = []
    pending = list(read_pending(paths, meta=meta, on_error=lambda *m: said.append(m)))
    halves = [settle_document(p, lambda *m: said.append(m)) for p in pending]
    assert halves == whole
    assert sorted(said) == sorted(said_whole)
    by_id = {d.id: d for d in whole}
    # the serial half settles ids (a repeat with another text gets ~hash, the same text is
    # skipped) and metadata; the per-document half the dates and the language
    assert set(by_id) == {"a", "b-doc", "x"} | {d.id for d in whole if d.id.startswith("x~")}
    assert len(whole) == 4
    assert by_id["a"].published_from == "text" and by_id["a"].published.isoformat() == "2025-03-03"
    assert by_id["b-doc"].outlet == "Zeitung" and by_id["b-doc"].published_from == "given"
    assert by_id["x"].language == "de"


def test_units_carry_pending_records_not_documents(tmp_path: Path) -> None:
    """The planner does not search datelines: its units hold pending records."""
    paths, meta = _corpus(tmp_path)
    units = list(plan_units(paths, meta, None, 2, lambda *m: None))
    assert [len(u.pending or []) for u in units] == [2, 2]
    assert all(not hasattr(p, "published") for u in units for p in u.pending or [])
    assert [p.doc_id for u in units for p in u.pending or []] == \
        [d.id for d in read_documents(paths, meta=meta, on_error=lambda *m: None)]
