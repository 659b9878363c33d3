"""End to end: `claimledger extract` on files, directories and bad input, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import claimledger
from claimledger.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_examples_to_file(tmp_path):
    out = tmp_path / "claims.jsonl"
    res = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--meta", str(EXAMPLES / "meta.jsonl"),
                                    "-o", str(out)])
    assert res.exit_code == 0, res.output
    claims = _lines(out.read_text(encoding="utf-8"))
    assert len({c["doc_id"] for c in claims}) == 5
    assert len({c["id"] for c in claims}) == len(claims)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    for c in claims:
        assert texts[c["doc_id"]][c["span"][0]:c["span"][1]] == c["text"]
        assert set(c) >= {"value", "measure", "subject", "source", "time", "placeholder", "increment", "hedged"}
    # the footers of the example articles yield nothing
    assert not any(c["text"] in ("6.500", "86.000", "3,5 Millionen") for c in claims)


def test_extract_to_stdout_with_bad_inputs(tmp_path):
    (tmp_path / "good.txt").write_text("Die Polizei meldete am Montag 12 Verletzte.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "arts.jsonl").write_text(
        '{"id": "a1", "text": "Es gab 40 Tote.", "published": "2024-05-01"}\n{not json\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert res.exit_code == 1   # the good inputs are extracted; the status says some failed
    claims = _lines(res.stdout)
    assert {c["doc_id"] for c in claims} == {"good", "a1"}
    assert "empty.txt" in res.stderr and "binary.txt" in res.stderr and "arts.jsonl:2" in res.stderr


def test_extract_fails_only_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.txt")])
    assert res.exit_code != 0
    assert "empty.txt" in res.stderr


def test_dateline_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Berlin, 3. März 2025 – Im Januar wurden 30 Menschen festgenommen.",
                                    encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt")])
    (c,) = _lines(res.stdout)
    assert c["published_from"] == "text" and c["published"] == "2025-03-03"
    assert c["time"] == {"start": "2025-01-01", "end": "2025-01-31"}
    assert "found in the text" in res.stderr


FRAGMENTS = ["Laut Polizei", " wurden ", "rund 3.000", " Soldaten", " getötet", ". ", "„", "“", ", sagte er",
             "[Zahl fehlt]", " bis zu ", "1,5 Millionen Euro", "\n\n", "Im April", " weitere ", "zwölf",
             "Tausende", " zwischen 10 und 20", " Prozent", "Kommentare\n", "[etd-related posts=“1,2″]"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_claim_spans_always_resolve(parts):
    text = "".join(parts)
    for c in claimledger.extract(text, published="2025-04-28"):
        assert 0 <= c.span[0] < c.span[1] <= len(text)
        assert text[c.span[0]:c.span[1]] == c.text
        assert c.sentence in text
        if c.source is not None and c.source.span:
            assert text[c.source.span[0]:c.source.span[1]] == c.source.text
        assert c.value.bound in ("exact", "approx", "more_than", "at_least", "up_to", "at_most", "range", "vague")
        if c.time is not None:
            assert c.time.start <= c.time.end


def test_html_page_end_to_end():
    page = Path(__file__).parent / "data" / "de_seite.html"
    res = CliRunner().invoke(main, ["extract", str(page)])
    assert res.exit_code == 0, res.output
    claims = _lines(res.stdout)
    texts = [c["text"] for c in claims]
    assert "1.200" in texts and "600.000" in texts
    assert "300" not in texts and "40" not in texts and "5" not in texts  # comment, footer, teaser
    c = next(c for c in claims if c["text"] == "600.000")
    assert c["outlet"] == "Beispielzeitung" and c["published"] == "2024-11-03"
    assert c["measure"] == "casualties" and c["source"]["id"] == "gb.mnd"
