"""WARC, gzip and remote (fsspec) inputs through the ordinary ingest entry point."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from claimledger.ingest import read_documents
from claimledger.ingest.warc import DEFERRED, archive_stem, deferring_archives
from warc_fixtures import write_warc


def _read(paths, **kw):
    errors: list[tuple[str, str]] = []
    docs = list(read_documents([str(p) for p in paths],
                               on_error=lambda n, m: errors.append((n, m)), **kw))
    return docs, errors


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("news.warc.gz" if gz else "news.warc")
    urls = write_warc(path, gzip=gz)
    docs, errors = _read([path])
    assert errors == []
    assert [d.url for d in docs] == urls
    assert all(d.id.startswith("news-") for d in docs)
    assert "1.200 Menschen" in docs[0].text and "Startseite" not in docs[0].text
    assert docs[0].outlet == "Beispielzeitung"
    # no date in the page: the record's date is the publication date
    assert docs[0].published == date(2025, 3, 3) and docs[0].published_from == "given"
    assert docs[1].published == date(2025, 3, 4)


def test_warc_in_a_directory_and_ids_are_stable(tmp_path: Path) -> None:
    write_warc(tmp_path / "CC-NEWS-20250303-00001.warc.gz")
    first, _ = _read([tmp_path])
    again, _ = _read([tmp_path])
    assert [d.id for d in first] == [d.id for d in again]
    assert first[0].id.startswith("CC-NEWS-20250303-00001-")


def test_broken_warc_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"this is no warc\r\n\r\n"))
    (tmp_path / "ok.txt").write_text("Es gab 40 Verletzte.", encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert any("bad.warc.gz" in n for n, _ in errors)


def test_gzipped_jsonl_and_csv(tmp_path: Path) -> None:
    rows = [{"id": "a1", "text": "Es gab 40 Tote.", "published": "2024-05-01"},
            {"id": "a2", "text": "Rund 300 Menschen demonstrierten.", "published": "2024-05-02"}]
    with gzip.open(tmp_path / "arts.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows) + "\n")
    with gzip.open(tmp_path / "more.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write("id,text\nb1,Mehr als 50 Häuser wurden zerstört.\n")
    docs, errors = _read([tmp_path])
    assert errors == []
    assert sorted(d.id for d in docs) == ["a1", "a2", "b1"]
    assert docs[0].text == "Es gab 40 Tote." and str(docs[0].published) == "2024-05-01"


def test_remote_paths_through_fsspec(tmp_path: Path) -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/corpus/a.jsonl", b'{"id": "m1", "text": "Es gab 7 Verletzte."}\n')
    fs.pipe("/corpus/b.csv", "id,text\nb,Rund 90 Menschen wurden evakuiert.\n".encode())
    fs.pipe("/corpus/skip.bin", b"\x00")
    write_warc(tmp_path / "w.warc.gz")
    fs.pipe("/corpus/w.warc.gz", (tmp_path / "w.warc.gz").read_bytes())
    try:
        docs, errors = _read(["memory://corpus"])
        assert errors == []
        assert [d.id for d in docs][:2] == ["m1", "b"] and len(docs) == 4
        assert docs[1].path.startswith("memory://") and docs[1].path.endswith("/corpus/b.csv")
        missing, errs = _read(["memory://nowhere/x.jsonl"])
        assert missing == [] and errs
    finally:
        fs.rm("/corpus", recursive=True)


def test_deferring_hands_archives_over_unread(tmp_path: Path) -> None:
    write_warc(tmp_path / "x.warc.gz")
    (tmp_path / "a.txt").write_text("Es gab 3 Tote.", encoding="utf-8")
    with deferring_archives() as found:
        docs, errors = _read([tmp_path])
    assert [d.id for d in docs] == ["a"]
    assert [m for _, m in errors] == [DEFERRED]
    assert [archive_stem(p) for p in found] == ["x"]
