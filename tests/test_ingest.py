"""Tests of the ingest stage: formats, failures that must not stop a batch, metadata,
datelines. Every fixture is written into tmp_path."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimledger.ingest import IngestReport, read_documents
from claimledger.ingest.dateline import find_dateline
from claimledger.lang import load_pack

ART = ("Berlin, 3. März 2025 – Die Behörden haben nach eigenen Angaben rund 1.200 Menschen "
       "in Sicherheit gebracht.\nWeitere 300 sollen folgen.\n")

HTML = """<!DOCTYPE html><html lang="de"><head>
<title>Hochwasser: 1.200 Menschen evakuiert | Musterzeitung</title>
<meta property="og:site_name" content="Musterzeitung">
<meta property="og:url" content="https://www.musterzeitung.example/hochwasser-1200">
<meta property="article:published_time" content="2025-03-04T08:15:00+01:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Hochwasser: 1.200 Menschen evakuiert</h1>
<p>Wegen des Hochwassers an der Elbe haben die Behörden nach eigenen Angaben rund 1.200
Menschen in Sicherheit gebracht. Die Lage bleibe angespannt, sagte ein Sprecher der Stadt
am Dienstagmorgen vor Journalisten.</p>
<p>Nach Angaben der Feuerwehr waren mehr als 400 Einsatzkräfte die ganze Nacht im Einsatz.
Der Pegel soll im Laufe des Tages weiter steigen, hieß es aus dem Lagezentrum.</p>
</article>
<div id="comments" class="comments"><h2>Kommentare</h2>
<div class="comment"><p>Leserin77: Bei uns waren es sicher 9.999 Leute, das weiß ich genau!</p></div>
<div class="comment"><p>Hans: Wieder einmal zu spät reagiert.</p></div></div>
<footer>Impressum Datenschutz</footer></body></html>"""


def collect(paths, **kw):
    errors: list[tuple[str, str]] = []
    report = IngestReport()
    docs = list(read_documents(paths, on_error=lambda n, m: errors.append((n, m)),
                               report=report, **kw))
    return docs, errors, report


def test_directory_of_mixed_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ART, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "Es sind 5 Fälle."}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "d.csv").write_text("id,text\nc1,Es sind 7 Fälle.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    docs, errors, report = collect([tmp_path])
    assert errors == []
    assert [d.id for d in docs] == ["b", "j1", "c1", "sub/a"]   # sorted walk; ids relative
    assert report.documents == 4 and report.failed == 0
    assert all(d.language == "de" for d in docs)


def test_txt_exact_text_and_dateline(tmp_path: Path) -> None:
    raw = "\ufeffTitel\r\nBerlin, 3. März 2025 – Es sind 12 Fälle.\r\n"
    f = tmp_path / "x.txt"
    f.write_bytes(raw.encode("utf-8"))
    (doc,), errors, _ = collect([f])
    assert doc.text == raw[1:]           # BOM dropped, \r\n kept: offsets are into this
    assert doc.published == date(2025, 3, 3) and doc.published_from == "text"
    assert doc.id == "x" and doc.path == str(f)


def test_html_main_text_metadata_no_comments(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    (doc,), errors, _ = collect([f])
    assert errors == []
    assert "1.200" in doc.text and "400 Einsatzkräfte" in doc.text
    assert "9.999" not in doc.text and "Leserin77" not in doc.text
    assert "Startseite" not in doc.text and "Impressum" not in doc.text
    assert doc.published == date(2025, 3, 4) and doc.published_from == "html"
    assert doc.outlet == "Musterzeitung"
    assert doc.url == "https://www.musterzeitung.example/hochwasser-1200"
    assert doc.title and "Hochwasser" in doc.title


def test_jsonl_with_malformed_line(tmp_path: Path) -> None:
    f = tmp_path / "arts.jsonl"
    lines = [json.dumps({"id": "a1", "text": "Es gab 3 Verletzte.", "outlet": "X",
                         "published": "2025-01-02", "url": "https://x.example/1"}),
             '{"id": "a2", "text": "kaputt',
             json.dumps({"text": "Ohne id: 4 Tote."}),
             json.dumps({"id": "a4", "html": HTML}),
             json.dumps({"id": "a5"}),
             json.dumps(["not", "an", "object"])]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors, report = collect([f])
    assert [d.id for d in docs] == ["a1", "arts-3", "a4"]
    assert docs[0].outlet == "X" and docs[0].published == date(2025, 1, 2)
    assert docs[0].published_from == "given"
    assert "9.999" not in docs[2].text and docs[2].published_from == "html"
    names = [n for n, _ in errors]
    assert names == [f"{f}:2", f"{f}:5", f"{f}:6"]
    assert report.documents == 3 and report.failed == 3


def test_binary_file_is_an_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "blob.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe\x00" * 50)
    good = tmp_path / "ok.txt"
    good.write_text(ART, encoding="utf-8")
    docs, errors, report = collect([bad, good])
    assert [d.id for d in docs] == ["ok"]
    assert errors and errors[0][0] == str(bad) and "binary" in errors[0][1]
    assert report.failed == 1


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_is_recovered_with_warning(tmp_path: Path, encoding: str) -> None:
    text = "Die Gebühren für Übernachtungen stiegen um 12 Prozent auf 95 Euro – heißt es."
    if encoding == "latin-1":
        text = text.replace("–", "-")
    f = tmp_path / "alt.txt"
    f.write_bytes(text.encode(encoding))
    (doc,), errors, report = collect([f])
    assert doc.text == text
    assert len(errors) == 1 and errors[0][1].startswith("warning: ")
    assert report.warnings == 1 and report.failed == 0


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("  \n\t\n", encoding="utf-8")
    docs, errors, report = collect([tmp_path])
    assert docs == []
    assert [m for _, m in errors] == ["empty document", "empty document"]
    assert not report.ok


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF")
    docs, errors, _ = collect([tmp_path / "nope.txt", odd])
    assert docs == [] and len(errors) == 2


def test_oversized_file_is_refused_cleanly(tmp_path: Path, monkeypatch) -> None:
    import claimledger.ingest.readers as readers
    monkeypatch.setattr(readers, "MAX_DOC_BYTES", 100)
    f = tmp_path / "big.txt"
    f.write_text("Zahl 5. " * 100, encoding="utf-8")
    docs, errors, _ = collect([f])
    assert docs == [] and "too large" in errors[0][1]


def test_meta_by_id_and_by_path(tmp_path: Path) -> None:
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "one.txt").write_text("Es sind 5 Fälle.", encoding="utf-8")
    (tmp_path / "arts" / "two.txt").write_text("Es sind 6 Fälle.", encoding="utf-8")
    (tmp_path / "arts" / "three.txt").write_text("Es sind 7 Fälle.", encoding="utf-8")
    meta = tmp_path / "m.jsonl"
    meta.write_text("\n".join(json.dumps(x) for x in [
        {"id": "one", "outlet": "Blatt A", "published": "2025-02-01", "language": "de"},
        {"path": "arts/two.txt", "outlet": "Blatt B", "url": "https://b.example/2"},
        {"id": "2-renamed", "path": "three.txt", "published": "03.04.2025"},
        {"id": "ghost", "outlet": "Nirgendwo"},
    ]) + "\n", encoding="utf-8")
    docs, errors, report = collect([tmp_path / "arts"], meta=meta)
    by = {d.id: d for d in docs}
    assert set(by) == {"one", "two", "2-renamed"}
    assert by["one"].outlet == "Blatt A" and by["one"].published == date(2025, 2, 1)
    assert by["one"].published_from == "given"
    assert by["two"].outlet == "Blatt B" and by["two"].url == "https://b.example/2"
    assert by["two"].published is None and by["two"].published_from is None
    assert by["2-renamed"].published == date(2025, 4, 3)
    assert len(errors) == 1
    name, msg = errors[0]
    assert msg.startswith("warning: ") and "ghost" in msg and name.endswith("m.jsonl:4")
    assert report.warnings == 1 and report.failed == 0


def test_meta_jsonl_in_directory_is_metadata(tmp_path: Path) -> None:
    (tmp_path / "001_abc.txt").write_text("Es sind 5 Fälle.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps(
        {"id": "001_abc", "path": "001_abc.txt", "outlet": "O", "published": "2024-12-23"})
        + "\n", encoding="utf-8")
    (doc,), errors, _ = collect([tmp_path])
    assert errors == []
    assert doc.id == "001_abc" and doc.outlet == "O" and doc.published == date(2024, 12, 23)


def test_meta_attaches_to_jsonl_rows_by_id(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": "Es sind 5 Fälle."}) + "\n", encoding="utf-8")
    meta = tmp_path / "m.jsonl"
    meta.write_text(json.dumps({"id": "r1", "outlet": "Z", "language": "de"}) + "\n")
    (doc,), errors, _ = collect([f], meta=meta, lang="de")
    assert doc.outlet == "Z" and errors == []


def test_csv_with_header(tmp_path: Path) -> None:
    f = tmp_path / "arts.csv"
    f.write_text('id;text;outlet;published\n'
                 'k1;"Es gab 3 Tote; 5 Verletzte.";Blatt;2025-05-06\n'
                 'k2;"";Blatt;2025-05-06\n'
                 'k3;"Zweizeilig\nmit 4 Fällen.";Blatt;\n', encoding="utf-8")
    docs, errors, _ = collect([f])
    assert [d.id for d in docs] == ["k1", "k3"]
    assert docs[0].text == "Es gab 3 Tote; 5 Verletzte." and docs[0].outlet == "Blatt"
    assert docs[0].published == date(2025, 5, 6)
    assert docs[1].text == "Zweizeilig\nmit 4 Fällen."
    assert errors == [(f"{f}:3", "empty document")]


def test_csv_10kgnad_layout(tmp_path: Path) -> None:
    f = tmp_path / "gnad.csv"
    f.write_text("Sport;'Der Verein gewann mit 3:1, sagte der ''Trainer''.'\n"
                 "Web;'Ein Text; mit Semikolon und 20 Prozent.'\n"
                 "Inland;'Zeile eins\nZeile zwei mit 7 Fällen.'\n", encoding="utf-8")
    docs, errors, _ = collect([f])
    assert errors == []
    assert [d.id for d in docs] == ["gnad-1", "gnad-2", "gnad-3"]
    assert docs[0].text == "Der Verein gewann mit 3:1, sagte der 'Trainer'."
    assert docs[1].text == "Ein Text; mit Semikolon und 20 Prozent."
    assert docs[2].text == "Zeile eins\nZeile zwei mit 7 Fällen."


def test_csv_without_text_column(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    docs, errors, report = collect([f])
    assert docs == [] and errors[0][0] == str(f) and "text" in errors[0][1]


def test_read_documents_is_lazy(tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        for i in range(1000):
            fh.write(json.dumps({"id": f"d{i}", "text": f"Es sind {i} Fälle."}) + "\n")
    gen = read_documents([f])
    first = next(gen)
    assert first.id == "d0"
    gen.close()


def test_default_on_error_prints_to_stderr(tmp_path: Path, capsys) -> None:
    assert list(read_documents([tmp_path / "missing.txt"])) == []
    err = capsys.readouterr().err
    assert err.startswith(f"claimledger: error: {tmp_path / 'missing.txt'}: ")


# ---- datelines -----------------------------------------------------------------------

PACK = load_pack("de")


@pytest.mark.parametrize("text, expected, surface", [
    ("Die Wahl\nTagesblatt11. Mai 2024\n\nDer Wahlkampf beginnt.", date(2024, 5, 11),
     "11. Mai 2024"),
    ("Hamburg, 7. Februar 2025 – Der Senat hat beschlossen, dass ...", date(2025, 2, 7),
     "7. Februar 2025"),
    ("Titel der Meldung\nStand: 09.10.2023\n\nText folgt hier.", date(2023, 10, 9),
     "09.10.2023"),
    ("Veröffentlicht am 15.06.2022 um 18:05 Uhr\nText.", date(2022, 6, 15), "15.06.2022"),
    ("Von Erika Muster\n01.09.2024, 06:45 Uhr\n\nIm Hafen liegen 12 Schiffe.",
     date(2024, 9, 1), "01.09.2024"),
    ("Freitag, 22. November 2024\nDie Börse schloss im Plus.", date(2024, 11, 22),
     "22. November 2024"),
    ("Dresden, den 2. Jan. 2025 (dpa) – Schnee legt den Verkehr lahm.", date(2025, 1, 2),
     "2. Jan. 2025"),
    ("Zuletzt aktualisiert: 2024-07-30T12:00:00\nText.", date(2024, 7, 30), "2024-07-30"),
    ("Kurzmeldung\n30.04.2025 | 14:30\nDer Zug fällt aus.", date(2025, 4, 30), "30.04.2025"),
    ("Ein langer Artikeltext über Politik.\n" * 60 + "Stand: 3.3.2025", date(2025, 3, 3),
     "3.3.2025"),
    ("Wien, 14. Jänner 2025 – In Österreich ...", date(2025, 1, 14), "14. Jänner 2025"),
])
def test_dateline_variants(text: str, expected: date, surface: str) -> None:
    found = find_dateline(text, PACK)
    assert found is not None
    d, s, e = found
    assert d == expected and text[s:e] == surface


@pytest.mark.parametrize("text", [
    "Am 3. März 2025 sagte der Minister in Berlin, dass die Lage ernst sei und bleibe.",
    "Seit dem 24.02.2022 herrscht Krieg; die Zahl der Opfer ist seither weiter gestiegen.",
    "Die 3. Liga spielt 2025 weiter.",
    "Das Gesetz vom 12.05.2021 regelt die Förderung von Wärmepumpen in allen Bundesländern neu.",
    "Bis zum 31.12.2024 sollen 4000 Wohnungen gebaut werden, teilte die Stadt am Montag mit.",
    "Er kam am 31.02.2025 an.",  # no such date
    "Kein Datum, nur 12.000 Soldaten.",
])
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text, PACK) is None


@pytest.mark.parametrize("text", [
    "Kurzmeldung\n130.04.2025 | 14:30\nDer Zug fällt aus.",  # a digit before the day
    "Kurzmeldung\n1.30.04.2025 | 14:30\nDer Zug fällt aus.",  # a point before the day
    "Stand: 12024-07-30\nText.",  # a digit before the year
])
def test_a_date_glued_to_more_digits_is_no_dateline(text: str) -> None:
    assert find_dateline(text, PACK) is None


def test_dateline_prefers_cue_over_layout() -> None:
    text = "Montag, 2. Juni 2025\nEin Absatz.\nAktualisiert am 03.06.2025\nMehr Text."
    d, _, _ = find_dateline(text, PACK)
    assert d == date(2025, 6, 3)


def test_dateline_not_applied_when_date_given(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "Stand: 01.01.2020\nText.",
                             "published": "2025-01-01"}) + "\n", encoding="utf-8")
    (doc,), _, _ = collect([f])
    assert doc.published == date(2025, 1, 1) and doc.published_from == "given"
