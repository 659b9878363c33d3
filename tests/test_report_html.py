"""The offline HTML report: self-contained, escaped, every number linked to its sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimledger
from claimledger.cli import main
from claimledger.model import Claim, Source, Value
from claimledger.report.evidence import Mark, evidence, segments
from claimledger.report.view import load_story
from ui_support import HOSTILE_ID, build_db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def html(db: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("out") / "report.html"
    r = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "series" in r.stderr and str(out) in r.stderr
    return out.read_text(encoding="utf-8")


def test_report_is_self_contained(html: str) -> None:
    # no external script, stylesheet, font or image: nothing to fetch
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"?(https?:)?//", html)
    assert "<link" not in html and "@import" not in html
    assert "Plotly" in html and 'id="figures"' in html


def test_troops_sent_answered_by_the_report(html: str) -> None:
    """How many North Korean troops were sent, according to whom, and when."""
    m = re.search(r'<section class="series" id="series-\d+">\s*<h2>North Korean troops — '
                  r'deployed(?: \([^)<]*\))?</h2>(.*?)</section>', html, re.S)
    assert m, "no section for the troops deployed"
    sec = m.group(1)
    table = sec[sec.index("<table"):sec.index("</table>")]
    assert "≈ 11,000" in table and "kr.nis" in table and "2024-09-01 – 2024-11-30" in table
    assert "15,000" in table and "14,000" in table and "person" in table
    # each number links to its evidence card, which shows sentence, outlet and date
    link = re.search(r'href="#claim-([^"]+)">', table)
    assert link
    card = re.search(rf'<div class="card" id="claim-{re.escape(link.group(1))}">(.*?)</div>\s*'
                     r'</div>', html, re.S) or re.search(
        rf'id="claim-{re.escape(link.group(1))}">(.*?)</blockquote>', html, re.S)
    assert card and '<mark class="figure"' in card.group(0)
    assert "published 20" in card.group(0)


def test_evidence_marks_figure_and_source(html: str) -> None:
    assert re.search(r'<mark class="figure" data-claim="[^"]+">11\.000</mark>', html)
    assert '<mark class="source">südkoreanischem Geheimdienst</mark>' in html


def test_gaps_say_candidates_or_not_in_the_corpus(db: Path, html: str) -> None:
    story = load_story(db)
    assert story.ledger.gaps, "the seeds have placeholders"
    sec = html[html.index('id="gaps"'):]
    for g in story.ledger.gaps:
        assert f'href="#claim-{g.claim}"' in sec
        if not g.candidates:
            assert "not in the corpus" in sec


def test_hostile_article_stays_text(html: str) -> None:
    assert "window.__pwned" in html  # it is in the report...
    assert "<script>window.__pwned" not in html  # ...but never as markup
    assert "&lt;script&gt;window.__pwned" in html
    assert "<img src=x" not in html and "<b onmouseover" not in html
    assert f"{HOSTILE_ID}:c" in html


def test_segments_keep_first_of_overlapping_marks() -> None:
    text = "Laut NIS 11.000 Soldaten."
    segs = segments(text, [Mark(9, 15, "figure", "c1"), Mark(5, 12, "source"),
                           Mark(16, 24, "counted")])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.kind) for s in segs if s.kind] == [("11.000", "figure"),
                                                        ("Soldaten", "counted")]


def test_evidence_reaches_back_for_the_source() -> None:
    text = "Der Geheimdienst berichtete am Montag. Demnach seien 500 Soldaten getötet worden."
    s0 = text.index("500")
    c = Claim(id="c1", doc_id="d", span=(s0, s0 + 3), text="500",
              sentence=text[text.index("Demnach"):], value=Value(500, 500),
              source=Source("Geheimdienst", (4, 16), "x", "intelligence", "Demnach"))
    segs = evidence(text, c)
    assert [(s.text, s.kind) for s in segs if s.kind] == [("Geheimdienst", "source"),
                                                        ("500", "figure")]


def test_api_ledger_from_claims_path_and_db(db: Path, tmp_path: Path) -> None:
    from claimledger.store import Store

    with Store.open(db, read_only=True) as s:
        claims = list(s.claims())
    from_claims = claimledger.ledger(claims)
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(__import__("json").dumps(c.to_json()) + "\n" for c in claims),
                    encoding="utf-8")
    assert claimledger.ledger(path) == from_claims
    assert claimledger.ledger(db=db).to_json()["series"] == from_claims.to_json()["series"]
    with pytest.raises(TypeError):
        claimledger.ledger()


def test_report_missing_db_one_clear_message(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.duckdb"),
                                  "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 1 and "no such database" in r.stderr
    assert "Traceback" not in r.output and not (tmp_path / "r.html").exists()


def test_series_who_shown_when_present() -> None:
    from claimledger.report.pages import who_text
    from claimledger.report.view import ledger_view

    led = ledger_view({"series": [
        {"subject": "North Korean troops", "measure": "deployed", "unit": "person",
         "who": {"group": "troops", "nationality": "KP", "place": "RU"}, "estimates": []},
        {"subject": "North Korean troops", "measure": "deployed", "estimates": []}]})
    a, b = led.series
    assert a.title == "North Korean troops — deployed (troops · KP · RU)"
    assert b.title == "North Korean troops — deployed" and b.who is None
    assert who_text(a.who) == "troops · nationality KP · place RU"


def test_chart_marks_bounds_ranges_increments_and_disagreements() -> None:
    from datetime import date

    from claimledger.model import TimeSpan
    from claimledger.report.charts import series_figure

    def claim(cid: str, low: float, high: float, bound: str, month: int,
              increment: bool = False) -> Claim:
        return Claim(id=cid, doc_id="d", span=(0, 1), text="x", sentence="x",
                     value=Value(low, high, bound), increment=increment,
                     source=Source("NIS", (0, 3), "kr.nis", "intelligence", "laut"),
                     time=TimeSpan(date(2025, month, 1), date(2025, month, 28)))

    cs = [claim("a", 11000, 11000, "approx", 1), claim("b", 10000, 10000, "more_than", 2),
          claim("c", 12000, 15000, "range", 3), claim("d", 3000, 3000, "exact", 4, True),
          claim("e", 20000, 20000, "up_to", 5)]
    fig = series_figure(cs, {}, {"kr.nis": "#123456"}, {"e"}, "person")
    line, incr, ring = fig["data"]
    assert line["mode"] == "lines+markers" and line["customdata"] == ["a", "b", "c", "e"]
    assert line["marker"]["symbol"] == ["diamond", "triangle-up-open", "line-ew-open",
                                        "triangle-down-open"]
    assert line["y"][2] == 13500 and line["error_y"]["array"][2] == 1500
    assert incr["customdata"] == ["d"] and incr["mode"] == "markers"
    assert incr["marker"]["color"] == line["marker"]["color"] == "#123456"
    assert ring["name"] == "disagreement" and ring["y"] == [20000]
    assert fig["layout"]["yaxis"]["title"]["text"] == "person"
