"""The web app in a real headless Chromium: small charts on the overview, filters, two clicks
to the answer with the evidence highlighted, a hostile article shown as text, no request to
any other host."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from browser_support import browser_page, require_browser
from ui_support import HOSTILE_ID, build_db, running_app


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    db = build_db(tmp_path_factory.mktemp("browser-app"))
    with running_app(db) as url:
        yield url


def only_local(requests: list[str], base: str) -> bool:
    host = urlsplit(base).netloc
    return all(urlsplit(u).netloc == host for u in requests if not u.startswith("data:"))


def test_overview_charts_and_filters(base: str) -> None:
    with browser_page() as page:
        page.goto(base + "/")
        page.wait_for_selector(".grid .main-svg", timeout=15000)
        assert page.locator(".grid section.series").count() >= 5
        page.select_option("select[name=measure]", "casualties")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        titles = page.locator(".grid section.series h2").all_inner_texts()
        assert titles and all("— casualties" in t for t in titles)
        page.fill("input[name=q]", "nothing like this")
        page.click("button[type=submit]")
        assert page.locator(".grid section.series").count() == 0
        assert page.errors == [] and page.console_errors == [], page.console_errors
        assert only_local(page.requests, base), page.requests


def test_two_clicks_to_who_said_how_many_troops_when(base: str) -> None:
    with browser_page() as page:
        page.goto(base + "/")
        page.click("text=North Korean troops — deployed")            # click 1
        page.wait_for_selector(".chart .main-svg", timeout=15000)
        rows = page.locator("table.estimates tbody tr")
        text = " ".join(rows.all_inner_texts())
        assert "≈ 11,000" in text and "kr.nis" in text and "2024-09-01 – 2024-11-30" in text
        rows.first.locator("a.claim-link").first.click()             # click 2
        page.wait_for_load_state()
        assert page.url.startswith(base + "/claims/")
        article = page.locator("#article")
        assert article.locator("mark.figure").count() == 1
        assert article.locator("mark.source").count() == 1
        assert only_local(page.requests, base) and page.console_errors == []


def test_hostile_article_stays_text(base: str) -> None:
    with browser_page() as page:
        page.goto(f"{base}/documents/{HOSTILE_ID}")
        assert page.evaluate("window.__pwned") is None and page.dialogs == []
        assert "<script>window.__pwned" in page.locator("#article").inner_text()
        assert page.locator("#article img, #article script").count() == 0
        assert page.locator("#article mark.figure").count() >= 1
        page.goto(f"{base}/claims/{HOSTILE_ID}:c1")
        assert page.evaluate("window.__pwned") is None and page.dialogs == []
        assert "Evil <b onmouseover=alert(1)>News</b>" in page.inner_text("main")
        assert page.locator("b[onmouseover]").count() == 0
