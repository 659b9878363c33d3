"""What the report, the web app and the terminal summary show, read once from a database.

This is the one module that reads the ledger's Contract-2 dict (what :meth:`Store.ledger`
returns); everything that presents a ledger works on the dataclasses below. When the ledger
itself becomes typed, only :func:`ledger_view` has to change.

A :class:`StoryView` is a snapshot: the database is opened read-only, read whole and closed,
so a report or a running web app never holds a lock that would stop ``claimledger run``.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimledger.model import Claim
from claimledger.store import Store


@dataclass
class Estimate:
    """One estimate of a series: a value, when it holds, and the claims behind it."""

    low: float | None
    high: float | None
    bound: str
    increment: bool
    start: str | None
    end: str | None
    claims: list[str]
    sources: list[str]


@dataclass
class Series:
    """A measured quantity over time. ``id`` is its position in the ledger (stable per build)."""

    id: int
    subject: str | None
    measure: str
    who: dict[str, str | None] | None
    estimates: list[Estimate]
    unit: str | None = None

    @property
    def title(self) -> str:
        """Subject, measure, who and, unless people are counted, the unit: two series may
        share subject and measure and differ in who or unit ("planned": 25,000 troops, and a
        factor of 3), and the same heading twice puzzles readers."""
        who = self.who or {}
        tags = [str(v) for v in (who.get("group"), who.get("nationality"), who.get("place")) if v]
        if self.unit and self.unit != "person":
            tags.append(self.unit)
        tail = f" ({' · '.join(tags)})" if tags else ""
        return f"{self.subject or '(no subject)'} — {self.measure}{tail}"

    def claim_ids(self) -> list[str]:
        return [c for e in self.estimates for c in e.claims]


@dataclass
class Disagreement:
    claims: list[str]
    why: str


@dataclass
class Update:
    from_claims: list[str]
    to_claims: list[str]
    why: str


@dataclass
class Relation:
    kind: str
    parts: list[str]
    total: list[str]


@dataclass
class Candidate:
    value: float | None
    claims: list[str]
    confidence: float | None


@dataclass
class Gap:
    """A lost figure; no candidates means "not in the corpus"."""

    claim: str
    candidates: list[Candidate]


@dataclass
class DocInfo:
    id: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None
    text: str


@dataclass
class LedgerView:
    """The ledger as dataclasses (the Contract-2 lists, typed)."""

    series: list[Series] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)


@dataclass
class StoryView:
    """Ledger, claims and documents of one database, with the indexes the pages need."""

    ledger: LedgerView
    raw_ledger: dict[str, Any]
    claims: dict[str, Claim]
    documents: dict[str, DocInfo]
    stale: bool = False
    series_of_claim: dict[str, int] = field(default_factory=dict)
    # a document's claims in text order, built once: pages and the API ask per request
    claims_of_doc: dict[str, list[Claim]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in self.claims.values():
            self.claims_of_doc.setdefault(c.doc_id, []).append(c)
        for s in self.ledger.series:
            for cid in s.claim_ids():
                self.series_of_claim.setdefault(cid, s.id)
            if s.unit is None:
                s.unit = series_unit(self.claims.get(c) for c in s.claim_ids())

    def outlet(self, claim: Claim) -> str | None:
        doc = self.documents.get(claim.doc_id)
        return claim.outlet or (doc.outlet if doc else None)

    def items_for(self, claim_ids: Iterable[str]) -> LedgerView:
        """Disagreements, updates, relations and gaps touching any of ``claim_ids``."""
        ids = set(claim_ids)
        led = self.ledger
        return LedgerView(
            series=[],
            disagreements=[d for d in led.disagreements if ids.intersection(d.claims)],
            updates=[u for u in led.updates if ids.intersection(u.from_claims + u.to_claims)],
            relations=[r for r in led.relations if ids.intersection(r.parts + r.total)],
            gaps=[g for g in led.gaps
                  if g.claim in ids or any(ids.intersection(c.claims) for c in g.candidates)])

    def raw_items_for(self, claim_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The Contract-2 form of :meth:`items_for` (for the JSON API)."""
        from claimledger.store.duckdb_store import LEDGER_ITEM_KINDS, claim_refs

        ids = set(claim_ids)
        return {key: [it for it in self.raw_ledger.get(key) or []
                      if any(cid in ids for _, cid in claim_refs(it))]
                for key in LEDGER_ITEM_KINDS}

    def raw_series(self, series_id: int) -> dict[str, Any]:
        """One series as Contract 2 writes it."""
        return dict(self.raw_ledger["series"][series_id])

    def disputed(self) -> set[str]:
        return {c for d in self.ledger.disagreements for c in d.claims}

    def counts(self) -> dict[str, int]:
        led = self.ledger
        return {"documents": len(self.documents), "claims": len(self.claims),
                "series": len(led.series), "disagreements": len(led.disagreements),
                "updates": len(led.updates), "relations": len(led.relations),
                "gaps": len(led.gaps)}


def series_unit(claims: Iterable[Claim | None]) -> str | None:
    """The unit most claims of a series state (a series mixing units is rare, and then the
    table still shows each estimate's value as its claims wrote it)."""
    return _most_common_unit(c.unit for c in claims if c is not None)


def _most_common_unit(units: Iterable[str | None]) -> str | None:
    counts = Counter(u for u in units if u)
    return counts.most_common(1)[0][0] if counts else None


def _ids(v: Any) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, list) else [str(v)]


def _estimate(e: Mapping[str, Any]) -> Estimate:
    t = e.get("time") or {}
    return Estimate(low=e.get("low"), high=e.get("high"), bound=e.get("bound") or "exact",
                    increment=bool(e.get("increment")), start=t.get("start"),
                    end=t.get("end"), claims=_ids(e.get("claims")),
                    sources=_ids(e.get("sources")))


def ledger_view(ledger: Mapping[str, Any]) -> LedgerView:
    """Contract 2 (a dict) -> :class:`LedgerView`. The adapter: keep dict access here."""
    series = []
    for i, s in enumerate(ledger.get("series") or []):
        who = s.get("who") if isinstance(s.get("who"), dict) else None
        series.append(Series(id=i, subject=s.get("subject"), measure=s.get("measure") or "other",
                             who=who, estimates=[_estimate(e) for e in s.get("estimates") or []],
                             unit=s.get("unit")))
    gaps = [Gap(claim=str(g.get("claim")),
                candidates=[Candidate(value=c.get("value"), claims=_ids(c.get("claims")),
                                      confidence=c.get("confidence"))
                            for c in g.get("candidates") or []])
            for g in ledger.get("gaps") or []]
    return LedgerView(
        series=series,
        disagreements=[Disagreement(_ids(d.get("claims")), str(d.get("why") or ""))
                       for d in ledger.get("disagreements") or []],
        updates=[Update(_ids(u.get("from")), _ids(u.get("to")), str(u.get("why") or ""))
                 for u in ledger.get("updates") or []],
        relations=[Relation(str(r.get("kind") or ""), _ids(r.get("parts")), _ids(r.get("total")))
                   for r in ledger.get("relations") or []],
        gaps=gaps)


def load_story(db: str | os.PathLike[str]) -> StoryView:
    """Read a database into a :class:`StoryView` (read-only; raises ``StoreError``)."""
    with Store.open(db, read_only=True) as store:
        raw = store.ledger()
        claims = {c.id: c for c in store.claims()}
        docs = {d.id: DocInfo(d.id, d.outlet, d.published, d.title, d.url, d.text)
                for d in store.documents()}
        stale = store.ledger_stale()
    return StoryView(ledger=ledger_view(raw), raw_ledger=raw, claims=claims, documents=docs,
                     stale=stale)


@dataclass
class SummaryView:
    """What ``run``'s closing summary shows: the ledger and the counts. Unlike a
    :class:`StoryView` it leaves the claims and documents in the database (reading them back
    whole cost ~0.3 s of a 1,000-article run, for a few lines of output)."""

    ledger: LedgerView
    totals: dict[str, int]

    def counts(self) -> dict[str, int]:
        led = self.ledger
        return {**self.totals, "series": len(led.series),
                "disagreements": len(led.disagreements), "updates": len(led.updates),
                "relations": len(led.relations), "gaps": len(led.gaps)}


def load_summary(db: str | os.PathLike[str]) -> SummaryView:
    """The ledger of a database with the counts and units a :class:`StoryView` would give,
    read without the claims' and documents' text (read-only; raises ``StoreError``)."""
    with Store.open(db, read_only=True) as store:
        raw = store.ledger()
        con = store.connection
        units = dict(con.execute("SELECT id, unit FROM claims").fetchall())
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
    return summary_view(raw, units, n_docs)


def summary_view(ledger: Mapping[str, Any], units: Mapping[str, str | None],
                 documents: int) -> SummaryView:
    """A :class:`SummaryView` of a ledger in its JSON form (as :meth:`Store.ledger` gives it),
    the units of the claims by id, and the number of documents."""
    led = ledger_view(ledger)
    for s in led.series:
        if s.unit is None:
            s.unit = _most_common_unit(units.get(c) for c in s.claim_ids())
    return SummaryView(ledger=led, totals={"documents": documents, "claims": len(units)})


__all__ = ["Candidate", "Disagreement", "DocInfo", "Estimate", "Gap", "LedgerView", "Relation",
           "Series", "StoryView", "SummaryView", "Update", "ledger_view", "load_story",
           "load_summary", "series_unit", "summary_view"]
