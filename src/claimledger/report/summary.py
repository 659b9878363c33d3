"""The few lines ``run`` ends with, and ``show --what claims`` as a table.

``run`` on a thousand articles used to print thousands of lines of tables; a reader wants to
know what was found and where to look next. So: the counts, the series with the most claims,
and the commands that show the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimledger.model import Claim
from claimledger.report.table import fmt_time_short, fmt_value, short_id
from claimledger.report.view import Series, StoryView, SummaryView

TOP = 8


def _latest(story: StoryView | SummaryView, s: Series) -> str:
    """The estimate holding for the latest time, with who says it."""
    dated = [e for e in s.estimates if (e.end or e.start)]
    numeric = [e for e in dated if e.low is not None or e.high is not None]
    dated = numeric or dated
    if not dated:
        return ""
    e = max(dated, key=lambda e: (e.end or e.start or "", e.start or ""))
    who = ", ".join(e.sources) or "outlet"
    return f"{fmt_value(e.low, e.high, e.bound, e.increment)} ({who}, {e.end or e.start})"


def render_summary(story: StoryView | SummaryView, console: Console, db: str,
                   top: int = TOP) -> None:
    """Counts, the top series and what to run next."""
    n = story.counts()
    console.print(f"[bold]{n['documents']}[/bold] documents · [bold]{n['claims']}[/bold] claims · "
                  f"[bold]{n['series']}[/bold] series · {n['disagreements']} disagreements · "
                  f"{n['updates']} updates · {n['gaps']} gaps")
    ranked = sorted(story.ledger.series, key=lambda s: (-len(s.claim_ids()), s.id))[:top]
    if ranked:
        t = Table(title=f"Top {len(ranked)} series (by claims)", title_justify="left")
        t.add_column("series", overflow="fold", ratio=3,
                     min_width=min(max(len(s.title) for s in ranked), 34))
        t.add_column("unit", no_wrap=True, max_width=8, overflow="ellipsis")
        t.add_column("claims", justify="right")
        t.add_column("latest estimate", overflow="fold", ratio=3)
        for s in ranked:
            t.add_row(escape(s.title), escape(s.unit or "count"), str(len(s.claim_ids())),
                      escape(_latest(story, s)))
        console.print(t)
    db_opt = "" if db == "claimledger.duckdb" else f" --db {db}"
    console.print(f"[dim]more: claimledger show{db_opt} [--measure M] · "
                  f"claimledger report{db_opt} -o report.html · claimledger serve{db_opt}[/dim]")


def render_claims(claims: Iterable[Claim], outlets: Mapping[str, str],
                  console: Console) -> int:
    """One row per claim: id, value, unit, measure, subject, who says it, when, outlet."""
    t = Table(title="Claims", title_justify="left")
    t.add_column("claim", no_wrap=True)
    t.add_column("value", justify="right", no_wrap=True)
    t.add_column("unit", max_width=7, overflow="ellipsis", no_wrap=True)
    t.add_column("what", overflow="fold", ratio=3, min_width=9)
    t.add_column("source", overflow="fold", ratio=2, min_width=6)
    t.add_column("time", min_width=10, max_width=12)
    t.add_column("outlet", overflow="fold", ratio=2, min_width=5)
    n = 0
    for c in claims:
        src = (c.source.id or c.source.text) if c.source else ""
        when = fmt_time_short(c.time.to_json()) if c.time else "?"
        t.add_row(escape(short_id(c.id)),
                  escape(fmt_value(c.value.low, c.value.high, c.value.bound, c.increment,
                                   c.placeholder)),
                  escape(c.unit or "count"),
                  escape(f"{c.measure}: {c.subject}" if c.subject else c.measure),
                  escape(src), escape(when), escape(outlets.get(c.id, "")))
        n += 1
    console.print(t)
    return n


__all__ = ["render_claims", "render_summary"]
