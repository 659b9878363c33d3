"""Headless Chromium (Debian's package) driven by Playwright's Python API.

Playwright's own browser download is never used (it cannot run offline): the tests launch the
system's ``/usr/bin/chromium``. When it or the playwright package is missing, the browser
tests are skipped with the reason shown.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_browser() -> str:
    """Skip (with a visible reason) unless Chromium and the playwright package are here."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("browser tests: the playwright package is not installed")
    path = chromium_path()
    if path is None:
        pytest.skip("browser tests: no chromium (apt-get install -y chromium; .ci/run does)")
    return path


@contextmanager
def browser_page(width: int = 1200, height: int = 900) -> Iterator[Any]:
    """A fresh page; its ``requests`` list records every URL it asked for, ``dialogs`` every
    alert a script tried to open, ``errors`` and ``console_errors`` what went wrong (a
    Content-Security-Policy violation is a console error)."""
    from playwright.sync_api import sync_playwright

    path = require_browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.requests = []  # type: ignore[attr-defined]
            page.dialogs = []  # type: ignore[attr-defined]
            page.errors = []  # type: ignore[attr-defined]
            page.console_errors = []  # type: ignore[attr-defined]
            page.on("request", lambda r: page.requests.append(r.url))
            page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: page.errors.append(str(e)))
            page.on("console", lambda m: page.console_errors.append(m.text)
                    if m.type == "error" else None)
            yield page
        finally:
            browser.close()
