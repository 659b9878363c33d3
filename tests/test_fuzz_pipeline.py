"""Fuzzing the whole pipeline with long inputs (issue 10): bytes -> ingest -> extract ->
claims JSON -> ledger, and the CLI over a directory of fuzzed files.

Short random strings never reach the code paths that broke (a sentence of 47 KB, a bad
byte after 64 KB, a number of 400 digits), so documents are built from a small vocabulary
of hostile and ordinary pieces, repeated up to tens of kilobytes. Properties: nothing
raises, every span points at its text, every value is finite, the JSON is strict, no
sentence excerpt is unbounded, and each document is processed in bounded time."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.extract import limits
from claimledger.extract.pipeline import extract_document
from claimledger.lang import load_pack
from claimledger.reconcile import build_ledger
from hostile import cli, collect

PACK = load_pack("de")

PIECES = [
    "Laut Polizei wurden ", "rund ", "mehr als ", "bis zu ", "zwischen ", " und ", " Menschen ",
    "getötet", "verletzt", " Soldaten", " Millionen Euro", " Prozent", ". ", "! ", "? ", "\n",
    "\n\n", ", sagte ein Sprecher", "„", "“", "Am 3. März 2025 ", "seit Januar ", "[Zahl fehlt]",
    "Tausende ", "11.000", "1,5", "25.000 bis 30.000", "１２３", "٣", "½", "\u00a0", "\t", "\r\n",
    "z. B. ", "Nr. 5 ", "<p>", "</p>", "&amp;", "\ufeff", "\u200b", "ß", "İ", "\U0001f600",
    "1.000.000.000.000.000.000.000", "9" * 40, "0," + "0" * 30 + "1",
]
TOKENS = st.one_of(st.sampled_from(PIECES), st.integers(0, 10**12).map(str),
                   st.text(max_size=8))


@st.composite
def long_text(draw: st.DrawFn) -> str:
    """A document of up to ~40 KB: a drawn pattern of pieces, repeated to a drawn size."""
    pattern = draw(st.lists(TOKENS, min_size=1, max_size=40))
    size = draw(st.one_of(st.integers(1, 2_000), st.integers(10_000, 40_000)))
    unit = "".join(pattern) or "x"
    return (unit * (size // len(unit) + 1))[:size]


def check_document(text: str, doc_id: str = "f") -> None:
    from claimledger.model import Document

    doc = Document(id=doc_id, text=text)
    t0 = time.perf_counter()
    claims = extract_document(doc, PACK)
    assert time.perf_counter() - t0 < 20
    for c in claims:
        assert text[c.span[0]:c.span[1]] == c.text
        assert len(c.sentence) <= limits.MAX_EXCERPT
        for v in (c.value.low, c.value.high):
            assert v is None or (math.isfinite(v) and abs(v) <= limits.MAX_FIGURE)
        json.dumps(c.to_json(), allow_nan=False)
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    json.dumps(build_ledger(claims).to_json(), allow_nan=False)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(long_text())
def test_extract_long_documents(text: str) -> None:
    check_document(text)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(text=long_text(), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "bytes"]),
       junk=st.binary(max_size=64), at=st.integers(0, 40_000))
def test_ingest_any_bytes_then_extract(tmp_path: Path, text: str, encoding: str, junk: bytes,
                                       at: int) -> None:
    raw = (text.encode(encoding, errors="replace") if encoding != "bytes"
           else text.encode("utf-8"))
    if encoding == "bytes":
        raw = raw[:at] + junk + raw[at:]
    for suffix in (".txt", ".html", ".csv", ".jsonl"):
        f = tmp_path / f"doc{suffix}"
        f.write_bytes(raw)
        docs, errors, report = collect([f])
        assert report.documents == len(docs)
        assert all(isinstance(n, str) and isinstance(m, str) for n, m in errors)
        for d in docs:
            check_document(d.text, d.id)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".html", ".csv", ".jsonl"]),
                                st.binary(max_size=2000)), min_size=1, max_size=6),
       text=long_text())
def test_cli_over_a_fuzzed_directory(tmp_path: Path, files: list[tuple[str, bytes]],
                                     text: str) -> None:
    d = tmp_path / "fuzz"
    d.mkdir(exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    for i, (suffix, raw) in enumerate(files):
        (d / f"f{i}{suffix}").write_bytes(raw)
    (d / "long.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    r = cli(["extract", str(d)])
    assert r.exit_code in (0, 1)
    for line in r.stdout.splitlines():
        json.loads(line, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
