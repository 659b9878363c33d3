"""Rows and cards for the HTML report and the web app, built from a :class:`StoryView`.

Templates stay dumb: every value a page prints is formatted here once, so the report and the
app say the same thing in the same words ("≈ 11,000", "2024-09-01 – 2024-11-30").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from claimledger.model import Claim
from claimledger.report.charts import source_label
from claimledger.report.evidence import Segment, evidence
from claimledger.report.table import fmt_number, fmt_value
from claimledger.report.view import Estimate, LedgerView, Series, StoryView


@dataclass
class ClaimCard:
    """One claim as a reader needs it: the number, who says it, when, where, the sentence."""

    id: str
    doc_id: str
    value: str
    unit: str | None
    measure: str
    subject: str | None
    source: str
    source_kind: str | None
    cue: str | None
    outlet: str | None
    published: str | None
    when: str
    hedged: bool
    increment: bool
    placeholder: bool
    counted: str | None
    who: str
    segments: list[Segment] = field(default_factory=list)


@dataclass
class EstimateRow:
    when: str
    value: str
    unit: str | None
    increment: bool
    sources: list[str]
    outlets: list[str]
    claims: list[tuple[str, str]]  # (claim id, short label)
    disputed: bool


@dataclass
class SeriesBlock:
    series: Series
    title: str
    who: str
    unit: str | None
    rows: list[EstimateRow]
    cards: list[ClaimCard]
    items: LedgerView
    outlets: list[str]
    sources: list[str]
    first: str | None
    last: str | None


def fmt_when(start: object, end: object) -> str:
    if not start and not end:
        return "time unknown"
    if start and end and str(start) != str(end):
        return f"{start} – {end}"
    return str(start or end)


def who_text(who: dict[str, str | None] | None) -> str:
    """"troops · nationality KP · place RU"; empty when nothing is known."""
    if not who:
        return ""
    parts = [who.get("group") or ""]
    if who.get("nationality"):
        parts.append(f"nationality {who['nationality']}")
    if who.get("place"):
        parts.append(f"place {who['place']}")
    return " · ".join(p for p in parts if p)


def claim_card(story: StoryView, c: Claim, with_evidence: bool = True) -> ClaimCard:
    outlet = story.outlet(c)
    doc = story.documents.get(c.doc_id)
    published = c.published or (doc.published if doc else None)
    src = c.source
    return ClaimCard(
        id=c.id, doc_id=c.doc_id,
        value=fmt_value(c.value.low, c.value.high, c.value.bound, c.increment, c.placeholder),
        unit=c.unit, measure=c.measure, subject=c.subject,
        source=source_label(c, outlet), source_kind=src.kind if src else None,
        cue=src.cue if src else None, outlet=outlet,
        published=published.isoformat() if isinstance(published, date) else None,
        when=fmt_when(c.time.start, c.time.end) if c.time else "time unknown",
        hedged=c.hedged, increment=c.increment, placeholder=c.placeholder,
        counted=c.counted.text if c.counted else None, who=who_text(c.who.to_json()),
        segments=evidence(doc.text if doc else "", c) if with_evidence else [])


def _row(story: StoryView, e: Estimate, disputed: set[str]) -> EstimateRow:
    claims = [story.claims[c] for c in e.claims if c in story.claims]
    outlets = sorted({o for o in (story.outlet(c) for c in claims) if o})
    labels = [(c.id, f"{c.id.rsplit(':', 1)[-1]} · {story.outlet(c) or c.doc_id}")
              for c in claims]
    return EstimateRow(
        when=fmt_when(e.start, e.end),
        value=fmt_value(e.low, e.high, e.bound, e.increment, False),
        unit=None, increment=e.increment,
        sources=e.sources or sorted({source_label(c, story.outlet(c)) for c in claims}),
        outlets=outlets, claims=labels, disputed=bool(disputed.intersection(e.claims)))


def series_block(story: StoryView, s: Series, with_evidence: bool = True) -> SeriesBlock:
    disputed = story.disputed()
    rows = [_row(story, e, disputed) for e in s.estimates]
    for r in rows:
        r.unit = s.unit
    claims = [story.claims[c] for c in s.claim_ids() if c in story.claims]
    claims.sort(key=lambda c: (c.time.end if c.time else date.max, c.id))
    cards = [claim_card(story, c, with_evidence) for c in claims]
    times = sorted(t for e in s.estimates for t in (e.start, e.end) if t)
    return SeriesBlock(
        series=s, title=s.title, who=who_text(s.who), unit=s.unit, rows=rows, cards=cards,
        items=story.items_for(s.claim_ids()),
        outlets=sorted({c.outlet for c in cards if c.outlet}),
        sources=sorted({r for row in rows for r in row.sources}),
        first=times[0] if times else None, last=times[-1] if times else None)


def candidate_text(value: float | None) -> str:
    return fmt_number(value)


def ranked_series(story: StoryView) -> list[Series]:
    """Series with the most claims first: the story's main numbers lead."""
    return sorted(story.ledger.series, key=lambda s: (-len(s.claim_ids()), s.id))


def referenced_claims(items: LedgerView) -> list[str]:
    """Every claim id a ledger item refers to, in first-seen order."""
    seen: dict[str, None] = {}
    for g in items.gaps:
        seen[g.claim] = None
        for cand in g.candidates:
            seen.update(dict.fromkeys(cand.claims))
    for d in items.disagreements:
        seen.update(dict.fromkeys(d.claims))
    for u in items.updates:
        seen.update(dict.fromkeys(u.from_claims + u.to_claims))
    for r in items.relations:
        seen.update(dict.fromkeys(r.parts + r.total))
    return list(seen)


def claim_cards(story: StoryView, ids: Iterable[str]) -> list[ClaimCard]:
    return [claim_card(story, story.claims[c]) for c in ids if c in story.claims]


__all__ = ["ClaimCard", "EstimateRow", "SeriesBlock", "candidate_text", "claim_card",
           "claim_cards", "fmt_when", "ranked_series", "referenced_claims", "series_block",
           "who_text"]
