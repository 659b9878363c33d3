"""Hostile corpus, ingest side: issue 10's cases 1, 3, 4, 5 and 9, each as a small file
generated here. Every case must give a named message and a completed batch, with nothing
good lost."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from claimledger.ingest.meta import parse_date
from hostile import GOOD, claims_of, cli, collect, write

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks need POSIX")
as_root = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                             reason="root reads files whatever their permissions")


# ---- 1. same id: no silent overwrite -------------------------------------------------
def test_same_file_name_in_two_folders_is_two_documents(tmp_path: Path) -> None:
    write(tmp_path / "c" / "2024" / "bericht.txt", "Es gab 12 Verletzte.")
    write(tmp_path / "c" / "2025" / "bericht.txt", "Es gab 40 Tote.")
    docs, errors, _ = collect([tmp_path / "c"])
    assert [d.id for d in docs] == ["2024/bericht", "2025/bericht"] and errors == []
    r = cli(["extract", str(tmp_path / "c")])
    ids = [c["id"] for c in claims_of(r.stdout)]
    assert len(ids) == len(set(ids)) == 2


def test_repeated_jsonl_id_gets_a_content_hash_with_a_warning(tmp_path: Path) -> None:
    f = write(tmp_path / "a.jsonl", "\n".join(json.dumps(o) for o in [
        {"id": "x", "text": "Es gab 12 Verletzte."},
        {"id": "x", "text": "Es gab 40 Tote."},
        {"id": "x", "text": "Es gab 12 Verletzte."}]) + "\n")
    docs, errors, report = collect([f])
    assert docs[0].id == "x" and docs[1].id.startswith("x~") and len(docs) == 2
    assert all(m.startswith("warning: ") for _, m in errors) and len(errors) == 2
    assert "already used" in errors[0][1] and "duplicate" in errors[1][1]
    assert report.failed == 0 and report.warnings == 2
    again, _, _ = collect([f])
    assert [d.id for d in again] == [d.id for d in docs]     # stable: re-ingest idempotent


def test_repeated_csv_id_and_rerun_is_idempotent(tmp_path: Path) -> None:
    f = write(tmp_path / "a.csv", "id,text\nk,Es gab 12 Verletzte.\nk,Es gab 40 Tote.\n")
    db = tmp_path / "r.duckdb"
    r1 = cli(["run", str(f), "--db", str(db), "-q"])
    assert r1.exit_code == 0 and "warning:" in r1.stderr and "error:" not in r1.stderr
    r2 = cli(["run", str(f), "--db", str(db)])
    assert "0 inserted, 0 replaced, 2 unchanged" in r2.stderr


# ---- 3. exceptions that used to abort the batch ----------------------------------------
@pytest.mark.parametrize("value", [1e20, -1e300, float("nan"), float("inf"), True, [2025],
                                   {"y": 1}, "NaN", "2025-13-45"])
def test_unusable_published_values_are_no_date(value: object) -> None:
    assert parse_date(value) is None


def test_numeric_and_nan_published_in_jsonl_csv_and_meta(tmp_path: Path) -> None:
    j = write(tmp_path / "a.jsonl", '{"id": "a", "text": "Es gab 40 Tote.", "published": 1e20}\n'
                                    '{"id": "b", "text": "Es gab 41 Tote.", "published": NaN}\n'
                                    '{"id": "c", "text": "Es gab 42 Tote.", "language": ".."}\n')
    c = write(tmp_path / "b.csv", "id,text,published\nd,Es gab 43 Tote.,nan\n")
    t = write(tmp_path / "e.txt", "Es gab 44 Tote.")
    meta = write(tmp_path / "m.jsonl", '{"id": "e", "published": -1e300}\n')
    r = cli(["extract", str(j), str(c), str(t), "--meta", str(meta)])
    assert r.exit_code == 0, r.stderr
    assert {x["doc_id"] for x in claims_of(r.stdout)} == {"a", "b", "c", "d", "e"}
    assert "not a language code" in r.stderr and "error:" not in r.stderr


@posix_only
def test_symlink_loop_fifo_and_device_are_named_and_skipped(tmp_path: Path) -> None:
    d = tmp_path / "corpus"
    write(d / "ok.txt", GOOD)
    (d / "loop.txt").symlink_to("loop.txt")
    (d / "a.txt").symlink_to("b.txt")
    (d / "b.txt").symlink_to("a.txt")
    os.mkfifo(d / "pipe.txt")
    (d / "dev.txt").symlink_to(os.devnull)          # a character device
    (d / "gone.txt").symlink_to("missing.txt")
    (d / "up").symlink_to("..", target_is_directory=True)      # a directory loop
    docs, errors, report = collect([d])
    assert [x.id for x in docs] == ["ok"]
    why = dict(errors)
    assert why[str(d / "loop.txt")] == "symlink loop" and why[str(d / "a.txt")] == "symlink loop"
    assert "FIFO" in why[str(d / "pipe.txt")] and "device" in why[str(d / "dev.txt")]
    assert "broken symlink" in why[str(d / "gone.txt")]
    assert "not followed" in why[str(d / "up")]
    assert report.failed == 6 and report.warnings == 1
    r = cli(["extract", str(d / "pipe.txt"), str(d / "ok.txt")])   # given directly, too
    assert r.exit_code == 1 and "FIFO" in r.stderr and len(claims_of(r.stdout)) == 1


# ---- 4. decoding keeps good text ------------------------------------------------------
def test_stray_byte_in_utf8_text_keeps_umlauts_and_dateline(tmp_path: Path) -> None:
    text = "Berlin, 3. März 2025 – Bei dem Anschlag wurden 12 Menschen getötet. Ein \xff Byte."
    raw = text.replace("\xff", "@").encode("utf-8").replace(b"@", b"\xff")
    f = write(tmp_path / "s.txt", raw)
    (doc,), errors, report = collect([f])
    assert doc.text == text.replace("\xff", "\ufffd")
    assert doc.published_from == "text" and str(doc.published) == "2025-03-03"
    assert report.warnings == 1 and f"byte {raw.index(0xff)}" in errors[0][1]
    r = cli(["extract", str(f)])
    (c,) = [c for c in claims_of(r.stdout) if c["text"] == "12"]
    assert c["measure"] == "killed"


def test_csv_bad_byte_late_in_file_loses_no_row(tmp_path: Path) -> None:
    rows = [f'r{i},"Am Montag wurden {i} Menschen verletzt, sagte die Polizei in Köln."'
            for i in range(1200)]
    raw = ("id,text\n" + "\n".join(rows) + "\n").encode("utf-8")
    bad_at = raw.index(b"r937,")
    raw = raw[:bad_at + 7] + b"\xff" + raw[bad_at + 7:]
    f = write(tmp_path / "big.csv", raw)
    docs, errors, report = collect([f])
    assert len(docs) == 1200 and report.failed == 0
    assert "Köln" in docs[-1].text and "\ufffd" in docs[937].text
    (name, msg), = errors
    assert name == f"{f}:939" and f"byte {bad_at + 7}" in msg


def test_cp1252_csv_still_recovered(tmp_path: Path) -> None:
    f = write(tmp_path / "w.csv", "id,text\nk,Es gab 12 Tote in Köln.\n".encode("cp1252"))
    (doc,), errors, _ = collect([f])
    assert doc.text == "Es gab 12 Tote in Köln." and errors[0][1].startswith("warning: ")


# ---- 5. one unreadable path does not stop the rest -------------------------------------
def test_missing_paths_on_the_command_line(tmp_path: Path) -> None:
    good = write(tmp_path / "ok.txt", GOOD)
    r = cli(["run", str(tmp_path / "nope.txt"), str(good), "--meta", str(tmp_path / "no.jsonl"),
             "--db", str(tmp_path / "r.duckdb"), "-q"])
    assert r.exit_code == 1
    assert "nope.txt: no such file" in r.stderr and "no.jsonl: cannot read metadata" in r.stderr
    r = cli(["show", "--db", str(tmp_path / "r.duckdb"), "--format", "json", "--what", "claims"])
    assert [c["doc_id"] for c in claims_of(r.stdout)] == ["ok"]
    r = cli(["ledger", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 1 and "missing.jsonl: cannot read" in r.stderr


@as_root
def test_unreadable_file_and_subdirectory_are_named(tmp_path: Path) -> None:
    write(tmp_path / "d" / "ok.txt", GOOD)
    locked = write(tmp_path / "d" / "locked.txt", GOOD)
    sub = tmp_path / "d" / "sub"
    write(sub / "x.txt", GOOD)
    locked.chmod(0)
    sub.chmod(0)
    try:
        docs, errors, _ = collect([tmp_path / "d"])
    finally:
        sub.chmod(0o755)
    assert [d.id for d in docs] == ["ok"]
    assert any("locked.txt" in n for n, _ in errors) and any("sub" in n for n, _ in errors)


# ---- 9. reporting -------------------------------------------------------------------------
def test_warnings_are_not_errors(tmp_path: Path) -> None:
    f = write(tmp_path / "w.txt", "Es gab 40 Tote in Köln.".encode("cp1252"))
    r = cli(["run", str(f), "--db", str(tmp_path / "r.duckdb"), "-q"])
    assert r.exit_code == 0
    assert "claimledger: warning: " in r.stderr and "error:" not in r.stderr
    r = cli(["extract", str(f)])
    assert r.exit_code == 0 and "0 errors, 1 warning" in r.stderr


def test_empty_jsonl_and_directory_without_articles_are_named(tmp_path: Path) -> None:
    e = write(tmp_path / "empty.jsonl", "")
    blank = write(tmp_path / "blank.jsonl", "\n\n")
    d = tmp_path / "nothing"
    write(d / "notes.pdf", b"%PDF")
    good = write(tmp_path / "ok.txt", GOOD)
    r = cli(["extract", str(e), str(blank), str(d), str(good)])
    assert r.exit_code == 1 and len(claims_of(r.stdout)) == 1
    assert f"error: {e}: no documents" in r.stderr and f"error: {blank}: no documents" in r.stderr
    assert f"error: {d}: no files to read" in r.stderr
    assert "3 errors" in r.stderr


def test_csv_unclosed_quote_costs_one_row(tmp_path: Path) -> None:
    f = write(tmp_path / "q.csv", 'id,text\n'
                                  'a,"Es gab 1 Toten.\n'        # never closed
                                  'b,Es gab 2 Tote.\n'
                                  'c,"Es gab 3 Tote, sagte er."\n'
                                  'd,Es gab 4 Tote.\n')
    docs, errors, _ = collect([f])
    assert [d.id for d in docs] == ["b", "c", "d"]
    (name, msg), = errors
    assert name == f"{f}:2" and "malformed CSV row" in msg and "byte 8" in msg


def test_csv_quote_in_the_middle_does_not_merge_rows(tmp_path: Path) -> None:
    f = write(tmp_path / "q.csv", 'id,text\na,"Es gab 1 Toten.\nb,"Es gab 2 Tote."\nc,Es gab 3.\n')
    docs, errors, _ = collect([f])
    assert [d.id for d in docs] == ["b", "c"] and errors[0][0] == f"{f}:2"


def test_deep_html_and_plain_text_html_give_their_text(tmp_path: Path) -> None:
    body = f"<p>{GOOD}</p>"
    deep = write(tmp_path / "deep.html", "<html><body>" + "<div>" * 300 + body + "</div>" * 300
                 + "</body></html>")
    plain = write(tmp_path / "plain.html", GOOD + "\n")
    docs, errors, report = collect([deep, plain])
    assert [d.text for d in docs] == [GOOD, GOOD + "\n"]
    assert report.failed == 0 and report.warnings == 2
    r = cli(["extract", str(deep), str(plain)])
    assert r.exit_code == 0 and len(claims_of(r.stdout)) == 2


def test_binary_and_empty_html(tmp_path: Path) -> None:
    b = write(tmp_path / "b.html", b"\x00\x01" * 100)
    e = write(tmp_path / "e.html", b"<html><body><script>x=1</script></body></html>")
    docs, errors, report = collect([b, e])
    assert docs == [] and report.failed == 2


def test_lone_surrogates_in_json_are_replaced_one_for_one(tmp_path: Path) -> None:
    f = write(tmp_path / "s.jsonl", '{"id": "s\\ud800", "text": "Es gab 12 Tote \\udc00 in Köln.", '
                                    '"outlet": "X\\ud801"}\n')
    meta = write(tmp_path / "m.jsonl", '{"id": "s\\ufffd", "title": "T\\udfff"}\n')
    docs, errors, report = collect([f], meta=meta)
    assert docs[0].text == "Es gab 12 Tote \ufffd in Köln." and docs[0].id == "s\ufffd"
    assert report.failed == 0 and report.warnings == 2
    r = cli(["run", str(f), "--db", str(tmp_path / "r.duckdb"), "-q"])
    assert r.exit_code == 0 and "surrogate" in r.stderr


def test_bad_lang_option_is_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "ok.txt", GOOD)
    r = cli(["extract", str(good), "--lang", "../../etc"])
    assert r.exit_code == 1 and "not a language code" in r.stderr
    assert len(claims_of(r.stdout)) == 1


def test_unreadable_subdirectory_is_named_even_as_root(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "d" / "ok.txt", GOOD)
    sub = tmp_path / "d" / "sub"
    write(sub / "x.txt", GOOD)
    real = os.scandir

    def scandir(path: object = "."):  # type: ignore[no-untyped-def]
        if Path(os.fsdecode(path)) == sub:
            raise PermissionError(13, "Permission denied", str(sub))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, errors, _ = collect([tmp_path / "d"])
    assert [d.id for d in docs] == ["ok"]
    assert (str(sub), "cannot read directory: Permission denied") in errors


def test_deeply_nested_json_and_odd_field_types(tmp_path: Path) -> None:
    f = write(tmp_path / "n.jsonl", "[" * 100_000 + "]" * 100_000 + "\n"
              + json.dumps({"id": {"a": 1}, "text": "Es gab 3 Tote."}) + "\n"
              + json.dumps({"id": "ok", "text": 5}) + "\n"
              + json.dumps({"id": "  ", "text": "Es gab 4 Tote.", "published": {"d": 1},
                            "outlet": ["x"]}) + "\n")
    meta = write(tmp_path / "m.jsonl", "{" * 100_000 + "\n")
    docs, errors, report = collect([f], meta=meta)
    assert [d.id for d in docs] == ["n-4"] and docs[0].outlet is None
    assert report.failed == 4 and report.warnings == 1
    r = cli(["ledger", str(f)])
    assert r.exit_code == 1 and f"{f}:1" in r.stderr


def test_csv_header_with_a_stray_carriage_return_is_a_named_error(tmp_path):
    """Found by the pipeline fuzz test: '0\\r0' as a CSV made the header parser raise."""
    from claimledger.ingest import read_documents

    f = tmp_path / "x.csv"
    f.write_bytes(b"0\r0")
    errors: list[tuple[str, str]] = []
    assert list(read_documents([f], on_error=lambda n, m: errors.append((n, m)))) == []
    assert errors and "x.csv" in errors[0][0]
