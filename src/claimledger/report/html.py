"""``claimledger report``: the whole story as one self-contained HTML file.

Everything the page needs is inside it — styles, the figures as JSON, plotly.js itself — so it
opens offline, from a USB stick or as an e-mail attachment, and makes no network request.
Article text reaches the page only through autoescaped Jinja2 templates.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from claimledger.report.charts import colours, plotly_js, series_figure, source_key
from claimledger.report.pages import (
    candidate_text, claim_cards, ranked_series, referenced_claims, series_block,
)
from claimledger.report.view import StoryView, load_story


def environment(*packages: str) -> Environment:
    """A Jinja2 environment over the templates of ``packages`` (report's last), autoescaping
    everything: article text is untrusted input."""
    from jinja2 import ChoiceLoader

    loaders = [PackageLoader(p, "templates") for p in (*packages, "claimledger.report")]
    env = Environment(loader=ChoiceLoader(loaders), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["cand_fmt"] = candidate_text
    env.globals["count"] = count
    return env


def count(n: int, word: str) -> str:
    """'1 claim', '11 claims'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def script_json(obj: Any) -> str:
    """JSON safe to place inside a ``<script>`` element (no ``</script>`` can close it)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def figures(story: StoryView, small: bool = False,
            series_ids: list[int] | None = None) -> dict[str, Any]:
    """Series id -> plotly.js figure, with one colour per source across the whole story."""
    outlets = {cid: story.outlet(c) for cid, c in story.claims.items()}
    palette = colours(source_key(c, outlets[cid]) for cid, c in story.claims.items())
    disputed = story.disputed()
    wanted = set(series_ids) if series_ids is not None else None
    out: dict[str, Any] = {}
    for s in story.ledger.series:
        if wanted is not None and s.id not in wanted:
            continue
        cs = [story.claims[c] for c in s.claim_ids() if c in story.claims]
        out[str(s.id)] = series_figure(cs, outlets, palette, disputed, s.unit, small)
    return out


@dataclass
class ReportResult:
    path: str
    series: int
    claims: int
    bytes: int
    seconds: float


def render_report(story: StoryView, db_name: str = "", title: str | None = None) -> str:
    """The report's HTML text."""
    blocks = [series_block(story, s) for s in ranked_series(story)]
    in_series = {c.id for b in blocks for c in b.cards}
    extra = [cid for cid in referenced_claims(story.ledger) if cid not in in_series]
    env = environment()
    env.globals["claim_url"] = lambda cid: "#claim-" + str(cid)
    page = env.get_template("report.html.j2")
    return page.render(
        title=title or "What the articles say: the story's numbers",
        counts=story.counts(), stale=story.stale, db_name=db_name,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        blocks=blocks, gaps=story.ledger.gaps, extra_cards=claim_cards(story, extra),
        figures_json=script_json(figures(story)), plotly_js=plotly_js())


def write_report(db: str | os.PathLike[str], output: str | os.PathLike[str],
                 title: str | None = None) -> ReportResult:
    """Read ``db`` and write the report to ``output``; raises ``StoreError`` on a bad db."""
    t0 = time.perf_counter()
    story = load_story(db)
    html = render_report(story, db_name=Path(db).name, title=title)
    data = html.encode("utf-8")
    Path(output).write_bytes(data)
    return ReportResult(path=str(output), series=len(story.ledger.series),
                        claims=len(story.claims), bytes=len(data),
                        seconds=time.perf_counter() - t0)


def app_url(kind: str, ident: object) -> str:
    """``/claims/<id>``-style paths with the id escaped for a URL path segment."""
    return f"/{kind}/{quote(str(ident), safe='')}"


__all__ = ["ReportResult", "app_url", "environment", "figures", "render_report", "script_json",
           "write_report"]
