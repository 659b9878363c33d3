"""A timeline chart per series, as a plotly.js figure (plain JSON, drawn in the browser).

Why plain JSON rather than plotly's Python figure objects: the Python objects validate every
attribute and cost milliseconds per figure, which a corpus with thousands of series would pay
in full; plotly.js needs only the JSON. The plotly Python package is used for its bundled
``plotly.min.js``, which the report inlines and the web app serves, so nothing is fetched from
the network.

One trace per source (colour by source, a line through that source's figures in time order),
a marker per claim (increments, "another 3,000", as a plus sign off the line): a dot for an
exact figure, a diamond for an approximate one, an open
triangle pointing up for "more than / at least" and down for "up to / at most", a vertical bar
for a range; claims in a disagreement get a red ring. Every marker carries its claim id, so a
click leads to the sentence behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from claimledger.model import Claim
from claimledger.report.table import fmt_value

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#c5b0d5", "#c49c94")
DISAGREEMENT_COLOUR = "#d62728"
INCREMENT_SUFFIX = "(increments)"

SYMBOLS = {
    "exact": "circle", "approx": "diamond", "more_than": "triangle-up-open",
    "at_least": "triangle-up-open", "up_to": "triangle-down-open",
    "at_most": "triangle-down-open", "range": "line-ew-open", "vague": "x",
}


def source_key(claim: Claim, outlet: str | None) -> str:
    """Who says it: the registry id, else the mention, else the outlet itself."""
    if claim.source is not None:
        return claim.source.id or claim.source.text or "?"
    return f"outlet: {outlet or '?'}"


def source_label(claim: Claim, outlet: str | None) -> str:
    """A reader's name for the source ("kr.nis — südkoreanischem Geheimdienst")."""
    src = claim.source
    if src is None:
        return f"{outlet or 'the outlet'} (own statement)"
    name = src.label or src.text
    if src.id and name and name.lower() != src.id.lower():
        return f"{src.id} — {name}"
    return name or src.id or "?"


def colours(keys: Iterable[str]) -> dict[str, str]:
    """Most frequent sources first, so the sources that matter most get distinct colours."""
    ranked = [k for k, _ in Counter(keys).most_common()]
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(ranked)}


def _y(claim: Claim) -> tuple[float | None, float | None, float | None]:
    """(y, bar below, bar above) for a claim; y None when there is no number to plot."""
    lo, hi = claim.value.low, claim.value.high
    if claim.placeholder or (lo is None and hi is None):
        return None, None, None
    if claim.value.bound in ("up_to", "at_most"):
        return (hi if hi is not None else lo), 0.0, 0.0
    if lo is not None and hi is not None and hi != lo:
        mid = (lo + hi) / 2
        return mid, mid - lo, hi - mid
    v = lo if lo is not None else hi
    return v, 0.0, 0.0


def _x(claim: Claim) -> str | None:
    if claim.time is not None:
        return claim.time.end.isoformat()
    return claim.published.isoformat() if claim.published else None


def series_figure(claims: list[Claim], outlets: Mapping[str, str | None],
                  palette: Mapping[str, str], disputed: set[str], unit: str | None,
                  small: bool = False) -> dict[str, Any]:
    """The plotly.js figure (data, layout) of one series' claims."""
    by_source: dict[str, list[tuple[str, float, float, float, Claim]]] = {}
    for c in claims:
        x, (y, below, above) = _x(c), _y(c)
        if x is None or y is None:
            continue
        key = source_key(c, outlets.get(c.id))
        # an increment ("weitere 3.000") is not a level: off the source's line, in its own trace
        by_source.setdefault(f"{key} {INCREMENT_SUFFIX}" if c.increment else key, []).append(
            (x, y, below or 0.0, above or 0.0, c))
    data: list[dict[str, Any]] = []
    ring_x: list[str] = []
    ring_y: list[float] = []
    for key, pts in by_source.items():
        pts.sort(key=lambda p: p[0])
        increments = key.endswith(INCREMENT_SUFFIX)
        colour = palette.get(key.removesuffix(" " + INCREMENT_SUFFIX), PALETTE[-1])
        data.append({
            "type": "scatter",
            "mode": "lines+markers" if len(pts) > 1 and not increments else "markers",
            "name": key, "x": [p[0] for p in pts], "y": [p[1] for p in pts],
            "customdata": [p[4].id for p in pts],
            "text": [_hover(p[4], outlets.get(p[4].id)) for p in pts],
            "hovertemplate": "%{text}<extra></extra>",
            "line": {"color": colour, "width": 1, "dash": "dot"},
            "marker": {"color": colour, "size": 7 if small else 11,
                       "symbol": ["cross-thin-open" if increments else
                                  SYMBOLS.get(p[4].value.bound, "circle") for p in pts],
                       "line": {"color": colour, "width": 2}},
            "error_y": {"type": "data", "symmetric": False, "array": [p[3] for p in pts],
                        "arrayminus": [p[2] for p in pts], "color": colour, "thickness": 3,
                        "width": 0},
        })
        for p in pts:
            if p[4].id in disputed:
                ring_x.append(p[0])
                ring_y.append(p[1])
    if ring_x:
        data.append({"type": "scatter", "mode": "markers", "name": "disagreement",
                     "x": ring_x, "y": ring_y, "hoverinfo": "skip",
                     "marker": {"symbol": "circle-open", "size": 14 if small else 22,
                                "color": DISAGREEMENT_COLOUR, "line": {"width": 2}}})
    layout = _layout(unit, small)
    xs = sorted(x for t in data for x in t["x"])
    if xs:  # a margin around the dates, and no sub-second ticks for a single date
        lo, hi = date.fromisoformat(xs[0][:10]), date.fromisoformat(xs[-1][:10])
        pad = max(timedelta(days=20), (hi - lo) / 12)
        layout["xaxis"]["range"] = [(lo - pad).isoformat(), (hi + pad).isoformat()]
    return {"data": data, "layout": layout}


def _hover(c: Claim, outlet: str | None) -> str:
    when = (f"{c.time.start} – {c.time.end}" if c.time and c.time.start != c.time.end
            else str(c.time.start) if c.time else "time unknown")
    val = fmt_value(c.value.low, c.value.high, c.value.bound, c.increment, c.placeholder, c.unit)
    return f"{val} · {source_label(c, outlet)} · {when} · {outlet or '?'}"


def _layout(unit: str | None, small: bool) -> dict[str, Any]:
    axis = {"gridcolor": "#eee", "zeroline": False}
    return {
        "height": 150 if small else 320,
        "margin": {"l": 60, "r": 10, "t": 10, "b": 30 if small else 40},
        "xaxis": {**axis, "type": "date"},
        "yaxis": {**axis, "title": {"text": "" if small else (unit or "count")},
                  "rangemode": "tozero"},
        "showlegend": not small,
        "legend": {"orientation": "h", "y": -0.2},
        "hovermode": "closest", "paper_bgcolor": "white", "plot_bgcolor": "white",
        "font": {"family": "system-ui, sans-serif", "size": 11},
    }


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle shipped in the plotly package (read once per process)."""
    return (resources.files("plotly") / "package_data" / "plotly.min.js").read_text(
        encoding="utf-8")


__all__ = ["PALETTE", "SYMBOLS", "colours", "plotly_js", "series_figure", "source_key",
           "source_label"]
