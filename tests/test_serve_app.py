"""The web app through Starlette's test client: pages, JSON twins, filters, escaping."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.cli.serve_cmd import is_loopback
from claimledger.store import Store, StoreError
from ui_support import HOSTILE_ID, build_db

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    from claimledger.serve import create_app

    return TestClient(create_app(db))


def troops_series(client: TestClient) -> dict:
    series = client.get("/api/series?measure=deployed").json()["series"]
    return next(s for s in series if s["subject"] == "North Korean troops")


def test_overview_lists_series_with_charts_and_filters(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "North Korean troops — deployed" in r.text
    assert 'data-fig="' in r.text and '/static/plotly.min.js' in r.text
    assert "Content-Security-Policy" in r.headers
    r = client.get("/?measure=casualties")
    assert "— casualties" in r.text and "— deployed" not in r.text
    r = client.get("/?q=armed+forces")
    assert "armed forces" in r.text and "— casualties" not in r.text
    r = client.get("/?source=kr.nis&since=2025-04-01&until=2025-04-30")
    assert "North Korean troops — deployed" in r.text and "— age" not in r.text


def test_unknown_filter_lists_valid_values(client: TestClient) -> None:
    r = client.get("/api/claims?measure=deployd")
    assert r.status_code == 400 and "deployed" in r.json()["error"]
    r = client.get("/?measure=deployd")
    assert r.status_code == 400 and "valid:" in r.text
    assert client.get("/api/claims?limit=x").status_code == 400
    assert client.get("/api/claims?since=yesterday").status_code == 400


def test_two_clicks_to_troops_sent(client: TestClient) -> None:
    """Overview -> series page shows value, source and time of every estimate."""
    s = troops_series(client)
    page = client.get("/").text
    assert f'href="/series/{s["id"]}"' in page
    r = client.get(f"/series/{s['id']}")
    assert r.status_code == 200
    table = r.text[r.text.index("<table"):r.text.index("</table>")]
    assert "≈ 11,000" in table and "kr.nis" in table and "2024-09-01 – 2024-11-30" in table
    assert "person" in table and '<mark class="figure"' in r.text


def test_api_claims_filters_and_pages(client: TestClient) -> None:
    all_ = client.get("/api/claims?limit=1000").json()
    assert all_["total"] == len(all_["claims"]) > 30
    page = client.get("/api/claims?limit=5&offset=5").json()
    assert [c["id"] for c in page["claims"]] == [c["id"] for c in all_["claims"][5:10]]
    dep = client.get("/api/claims?measure=deployed&source=kr.nis").json()
    assert dep["total"] > 0
    assert all(c["measure"] == "deployed" and c["source"]["id"] == "kr.nis"
               for c in dep["claims"])
    doc = client.get(f"/api/claims?doc={HOSTILE_ID}").json()
    assert doc["total"] >= 1 and {c["doc_id"] for c in doc["claims"]} == {HOSTILE_ID}


def test_api_twins(client: TestClient) -> None:
    s = troops_series(client)
    one = client.get(f"/api/series/{s['id']}").json()
    assert one["measure"] == "deployed" and one["estimates"] and "disagreements" in one
    led = client.get("/api/ledger").json()
    assert set(led) >= {"series", "disagreements", "updates", "relations", "gaps"}
    cid = one["estimates"][0]["claims"][0]
    c = client.get(f"/api/claims/{quote(cid, safe='')}").json()
    assert c["id"] == cid and c["series"] == s["id"] and "sentence" in c
    d = client.get(f"/api/documents/{c['doc_id']}").json()
    assert cid in d["claims"] and d["text"]
    for url in ("/api/series/999", "/api/claims/nope", "/api/documents/nope"):
        assert client.get(url).status_code == 404


def test_claim_page_marks_figure_and_source(client: TestClient) -> None:
    claims = client.get("/api/claims?measure=deployed&source=kr.nis").json()["claims"]
    c = next(c for c in claims if c["text"] == "11.000")
    r = client.get(f"/claims/{quote(c['id'], safe='')}")
    assert r.status_code == 200
    article = r.text[r.text.index('id="article"'):]
    assert f'<mark class="figure" data-claim="{c["id"]}">11.000</mark>' in article
    assert f'<mark class="source">{c["source"]["text"]}</mark>' in article
    for field in ("measure", "subject", "counted", "who", "hedged", "placeholder", "span"):
        assert f"<dt>{field}</dt>" in r.text


def test_hostile_document_stays_text(client: TestClient) -> None:
    for url in (f"/documents/{HOSTILE_ID}", f"/claims/{HOSTILE_ID}:c1",
                "/?q=" + quote("<script>")):
        r = client.get(url)
        assert "<script>window.__pwned" not in r.text and "<img src=x" not in r.text
        assert "<b onmouseover" not in r.text
    r = client.get(f"/documents/{HOSTILE_ID}")
    assert "&lt;script&gt;window.__pwned" in r.text
    assert len(re.findall(r'<mark class="figure"', r.text)) >= 1


def test_not_found_pages(client: TestClient) -> None:
    assert client.get("/series/999").status_code == 404
    assert client.get("/series/abc").status_code == 404
    r = client.get("/claims/%3Cscript%3E")
    assert r.status_code == 404 and "<script>" not in r.text.split("<main>")[1]


def test_snapshot_holds_no_lock(db: Path) -> None:
    from claimledger.serve import create_app

    create_app(db)
    with Store.open(db) as s:  # a writer can still open it: run is never blocked
        assert s.counts()["documents"] == 6


def test_missing_or_bad_db_one_clear_message(tmp_path: Path) -> None:
    from claimledger.serve import create_app

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.duckdb")
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"\x00" * 4096)
    for path in (tmp_path / "none.duckdb", bad):
        r = CliRunner().invoke(main, ["serve", "--db", str(path)])
        assert r.exit_code == 1 and str(path) in r.stderr and "Traceback" not in r.output


def test_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")


def test_older_schema_is_not_migrated_by_the_app(db: Path, tmp_path: Path) -> None:
    import shutil

    import duckdb

    from claimledger.serve import create_app

    old = tmp_path / "old.duckdb"
    shutil.copy(db, old)
    con = duckdb.connect(str(old))
    con.execute("UPDATE schema_version SET version = version - 1")
    con.close()
    before = old.read_bytes()
    with pytest.raises(StoreError, match="older claimledger"):
        create_app(old)
    assert old.read_bytes() == before


def test_overview_pages_keep_filters(tmp_path: Path) -> None:
    """Past one page of series, next/previous links keep the filters."""
    from claimledger.serve import app as app_mod
    from claimledger.serve import create_app

    db = build_db(tmp_path)
    old = app_mod.PAGE_SIZE
    app_mod.PAGE_SIZE = 2
    try:
        c = TestClient(create_app(db))
        r = c.get("/?measure=deployed&page=1")
        if "page 1 of" in r.text:
            assert 'href="/?measure=deployed&amp;page=2"' in r.text
        r = c.get("/?page=2")
        assert r.status_code == 200 and 'href="/?page=1"' in r.text
        assert c.get("/?page=abc").status_code == 200
    finally:
        app_mod.PAGE_SIZE = old
