"""The HTML report in a real headless Chromium: charts draw, links lead to highlighted
evidence, a hostile article stays text, and the page asks the network for nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_support import browser_page, require_browser
from claimledger.report.html import write_report
from ui_support import build_db


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_browser()
    tmp = tmp_path_factory.mktemp("browser-report")
    out = tmp / "report.html"
    write_report(build_db(tmp), out)
    return out


def test_report_charts_render_offline(report: Path) -> None:
    with browser_page() as page:
        page.goto(report.as_uri())
        first = page.locator("section.series").first
        first.scroll_into_view_if_needed()
        page.wait_for_selector("section.series .main-svg", timeout=15000)
        assert page.locator("section.series svg.main-svg").count() >= 1
        assert page.locator("section.series .scatterlayer .point").count() >= 1
        # scrolling through the whole report draws the rest and still fetches nothing
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(500)
        assert page.errors == [] and page.console_errors == [], page.console_errors
        assert page.requests == [report.as_uri()], page.requests


def test_report_number_links_to_highlighted_evidence(report: Path) -> None:
    with browser_page() as page:
        page.goto(report.as_uri())
        sec = page.locator("section.series", has_text="North Korean troops — deployed").first
        link = sec.locator("table.estimates a.claim-link").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        card = page.locator(f"[id='{target[1:]}']")
        assert card.is_visible()
        assert card.locator("mark.figure").count() == 1
        colour = card.locator("mark.figure").evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_report_chart_point_opens_its_claim(report: Path) -> None:
    with browser_page() as page:
        page.goto(report.as_uri())
        sec = page.locator("section.series", has_text="North Korean troops — deployed").first
        sec.scroll_into_view_if_needed()
        point = sec.locator(".scatterlayer .point").first
        point.wait_for(timeout=15000)
        point.click(force=True)
        page.wait_for_function("location.hash.startsWith('#claim-')", timeout=5000)


def test_report_hostile_article_is_text(report: Path) -> None:
    with browser_page() as page:
        page.goto(report.as_uri())
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        assert page.dialogs == []
        assert page.locator("blockquote.evidence", has_text="<script>window.__pwned").count() >= 1
        assert page.locator("blockquote.evidence img").count() == 0
