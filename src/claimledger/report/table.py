"""The ledger as terminal tables (rich): one table per series, then the cross-claim findings.

Values are printed the way a reader says them ("≈ 11,000", "> 3,000", "25,000–30,000") so the
hedging of a source is visible at a glance, and claim ids are always shown so every row can
be traced back to the sentence it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimledger.model import Claim

BOUND_SIGNS: dict[str, str] = {
    "exact": "", "approx": "≈ ", "more_than": "> ", "at_least": "≥ ",
    "up_to": "≤ ", "at_most": "≤ ", "vague": "~ ",
}


def fmt_number(x: float | int | None) -> str:
    """11000 -> '11,000'; 1.5 -> '1.5'; None -> '?'."""
    if x is None:
        return "?"
    f = float(x)
    if f.is_integer():
        return f"{int(f):,}"
    return f"{f:,.2f}".rstrip("0").rstrip(".")


def fmt_value(low: float | None, high: float | None, bound: str | None,
              increment: bool = False, placeholder: bool = False, unit: str | None = None) -> str:
    """A value with its bound sign: '≈ 11,000', '> 3,000', '25,000–30,000', '+3,000'."""
    bound = bound or "exact"
    if placeholder or (low is None and high is None and bound != "vague"):
        text = f"{BOUND_SIGNS.get(bound, '')}[missing]"
    elif bound == "range" or (low is not None and high is not None and low != high):
        text = f"{fmt_number(low)}–{fmt_number(high)}"
        if bound not in ("range", "exact"):
            text = BOUND_SIGNS.get(bound, "") + text
    elif bound == "vague" and low is None and high is None:
        text = "vague"
    else:
        v = low if low is not None else high
        text = BOUND_SIGNS.get(bound, "") + fmt_number(v)
    if increment:
        text = "+" + text
    if unit and unit != "person":
        text += f" {unit}"
    return text


def fmt_time(t: Mapping[str, Any] | None) -> str:
    if not t:
        return "?"
    start, end = t.get("start"), t.get("end")
    if start and end and start != end:
        return f"{start} – {end}"
    return str(start or end or "?")


def _claim_label(cid: str, claims: Mapping[str, Claim] | None) -> str:
    """'c30 (≈ 1,100, kr.military)' when the claim is known, else the bare id."""
    c = claims.get(cid) if claims else None
    if c is None:
        return cid
    who = (c.source.id or c.source.text) if c.source else (c.outlet or "outlet")
    val = fmt_value(c.value.low, c.value.high, c.value.bound, c.increment, c.placeholder,
                    c.unit)
    return f"{short_id(cid)} ({val}, {who})"


def _ids(v: Any) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, list) else [str(v)]


def short_id(cid: str, keep: int = 8) -> str:
    """'001_d46cfdf603683a86:c4' -> '001_d46c…:c4': enough to find it, short enough to fit."""
    doc, sep, local = cid.rpartition(":")
    if not sep or len(doc) <= keep + 1:
        return cid
    return f"{doc[:keep]}…:{local}"


def fmt_time_short(t: Mapping[str, Any] | None) -> str:
    """'2024-09-01 – 11-30' within a year, so that the time column stays narrow."""
    if not t:
        return "?"
    start, end = str(t.get("start") or ""), str(t.get("end") or "")
    if start and end and start != end:
        return f"{start} – {end[5:] if end[:4] == start[:4] else end}"
    return start or end or "?"


def series_title(s: Mapping[str, Any], unit: str | None = None) -> str:
    """'North Korean troops — deployed (troops · KP · RU)': who tells apart two series that
    share subject and measure (the same heading twice was a puzzle to readers)."""
    raw_who = s.get("who")
    who: Mapping[str, Any] = raw_who if isinstance(raw_who, dict) else {}
    tags = [str(v) for v in (who.get("group"), who.get("nationality"), who.get("place")) if v]
    unit = unit or s.get("unit")
    if unit and unit != "person":
        tags.append(str(unit))
    title = f"{s.get('subject') or '(no subject)'} — {s.get('measure')}"
    return title + (f" ({' · '.join(tags)})" if tags else "")


def _estimates_table(s: Mapping[str, Any], outlets: Mapping[str, str] | None,
                     claims: Mapping[str, Claim] | None) -> Table:
    unit = s.get("unit") or _unit_of(s, claims)
    t = Table(title=escape(series_title(s, unit)), title_justify="left", expand=False)
    t.add_column("time", min_width=10, max_width=18)
    t.add_column("value", justify="right", no_wrap=True)
    t.add_column("unit", max_width=10, overflow="ellipsis", no_wrap=True)
    t.add_column("sources", overflow="fold", min_width=14, max_width=26)
    t.add_column("outl.", justify="right")
    t.add_column("claims", no_wrap=True, overflow="ellipsis")
    for e in s.get("estimates") or []:
        cids = _ids(e.get("claims"))
        if "outlets" in e and isinstance(e["outlets"], list):
            n_out: int | None = len(set(e["outlets"]))
        elif outlets:
            n_out = len({outlets[c] for c in cids if c in outlets})
        else:
            n_out = None
        t.add_row(
            escape(fmt_time_short(e.get("time"))),
            escape(("+" if e.get("increment") else "") + fmt_value(
                e.get("low"), e.get("high"), e.get("bound"), False,
                bool(e.get("placeholder")), None)),
            escape(unit or "count"),
            escape("\n".join(_ids(e.get("sources")))) or "[dim]outlet[/dim]",
            "?" if n_out is None else str(n_out),
            escape("\n".join(short_id(c) for c in cids)),
        )
    return t


def _unit_of(s: Mapping[str, Any], claims: Mapping[str, Claim] | None) -> str | None:
    if not claims:
        return None
    units = [claims[c].unit for e in s.get("estimates") or [] for c in _ids(e.get("claims"))
             if c in claims and claims[c].unit]
    return max(set(units), key=units.count) if units else None


def render_ledger(ledger: Mapping[str, Any], console: Console | None = None,
                  claims: Mapping[str, Claim] | None = None,
                  outlets: Mapping[str, str] | None = None) -> None:
    """Print the ledger. ``claims``/``outlets`` (by global claim id) enrich the rows when given."""
    console = console or Console()
    series = ledger.get("series") or []
    if not series:
        console.print("[dim]No series in the ledger.[/dim]")
    for s in series:
        console.print(_estimates_table(s, outlets, claims))

    def section(title: str, cols: list[str], rows: list[list[str]]) -> None:
        if not rows:
            return
        t = Table(title=title, title_justify="left")
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*(cell if cell.startswith("[italic]") else escape(cell) for cell in r))
        console.print(t)

    section("Disagreements", ["claims", "why"],
            [[", ".join(_claim_label(c, claims) for c in _ids(d.get("claims"))),
              str(d.get("why") or "")] for d in ledger.get("disagreements") or []])
    section("Updates", ["from", "to", "why"],
            [[", ".join(_claim_label(c, claims) for c in _ids(u.get("from"))),
              ", ".join(_claim_label(c, claims) for c in _ids(u.get("to"))),
              str(u.get("why") or "")] for u in ledger.get("updates") or []])
    section("Relations", ["kind", "parts", "total"],
            [[str(r.get("kind") or ""),
              " + ".join(_claim_label(c, claims) for c in _ids(r.get("parts"))),
              ", ".join(_claim_label(c, claims) for c in _ids(r.get("total")))]
             for r in ledger.get("relations") or []])
    gap_rows = []
    for g in ledger.get("gaps") or []:
        cands = g.get("candidates") or []
        if cands:
            text = "; ".join(
                f"{fmt_number(c.get('value'))} from {', '.join(_ids(c.get('claims')))}"
                + (f" (confidence {c['confidence']:.2f})"
                   if isinstance(c.get("confidence"), (int, float)) else "")
                for c in cands)
        else:
            text = "[italic]not in the corpus[/italic]"
        gap_rows.append([_claim_label(str(g.get("claim")), claims), text])
    section("Gaps (lost figures)", ["claim", "candidates"], gap_rows)


__all__ = ["BOUND_SIGNS", "fmt_number", "fmt_time", "fmt_time_short", "fmt_value", "render_ledger",
           "series_title", "short_id"]
