"""The data model shared by every pipeline stage.

Offsets are Unicode code-point offsets into ``Document.text`` — the text exactly as read
(after decoding, before any cleaning). Every stage keeps them that way so that a claim can
always be shown in its original context.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

BOUNDS = ("exact", "approx", "more_than", "at_least", "up_to", "at_most", "range", "vague")

MEASURES = (
    "deployed", "present", "planned", "casualties", "killed", "wounded", "missing",
    "captured", "displaced", "size", "received", "sent", "processed", "captured_area",
    "damage", "aid", "magnitude", "age", "share", "amount", "duration", "cases",
    "hospitalised", "participants", "seats", "other",
)


@dataclass
class Document:
    """One article. ``text`` is what spans refer to (for HTML: the extracted main text)."""

    id: str
    text: str
    language: str = "de"
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    # where the publication date came from: "given", "text" (a dateline found in the text),
    # "html" (page metadata) or None when unknown
    published_from: str | None = None
    path: str | None = None
    title: str | None = None
    # the outlet's section or category of the article ("Inland", "Wissenschaft"), as given
    section: str | None = None


@dataclass
class Value:
    low: float | None
    high: float | None
    bound: str = "exact"

    def to_json(self) -> dict[str, Any]:
        return {"low": _num(self.low), "high": _num(self.high), "bound": self.bound}


@dataclass
class Source:
    text: str
    span: tuple[int, int] | None
    id: str | None = None
    kind: str | None = None
    cue: str | None = None
    # the registry's name for a known source, for reports ("defence ministry of South Korea")
    label: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"text": self.text, "span": list(self.span) if self.span else None,
               "id": self.id, "kind": self.kind, "cue": self.cue}
        if self.label:
            out["label"] = self.label
        return out


@dataclass
class TimeSpan:
    start: date
    end: date
    # the words the interval was read from, None when it defaulted to the statement date
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass
class CountedPhrase:
    """The words of the text that a figure counts or measures, as written."""

    text: str
    span: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass
class Who:
    """Whom a figure is about, normalised so that articles can be matched: ``group`` a
    lower-case English category of people (None for things), ``nationality`` and ``place``
    ISO 3166-1 alpha-2 codes. Each is set only where the text ties it to the figure."""

    group: str | None = None
    nationality: str | None = None
    place: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"group": self.group, "nationality": self.nationality, "place": self.place}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "Who":
        d = d or {}
        return cls(d.get("group"), d.get("nationality"), d.get("place"))


@dataclass
class Claim:
    id: str
    doc_id: str
    span: tuple[int, int]
    text: str
    sentence: str
    value: Value
    placeholder: bool = False
    unit: str | None = None
    measure: str = "other"
    subject: str | None = None
    increment: bool = False
    hedged: bool = False
    source: Source | None = None
    time: TimeSpan | None = None
    counted: CountedPhrase | None = None
    who: Who = field(default_factory=Who)
    # where the whole sentence stands in the text: ``sentence`` is a bounded excerpt of it
    sentence_span: tuple[int, int] | None = None
    # provenance that the contract does not require but the ledger uses
    outlet: str | None = None
    published: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "doc_id": self.doc_id, "span": list(self.span), "text": self.text,
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span) if self.sentence_span else None,
            "value": self.value.to_json(),
            "placeholder": self.placeholder, "unit": self.unit, "measure": self.measure,
            "subject": self.subject,
            "counted": self.counted.to_json() if self.counted else None,
            "who": self.who.to_json(),
            "increment": self.increment, "hedged": self.hedged,
            "source": self.source.to_json() if self.source else None,
            "time": self.time.to_json() if self.time else None,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
        }
        if self.extra:
            out["extra"] = self.extra
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Claim":
        """Read a claim line back; tolerant of missing optional fields."""
        v = d.get("value") or {}
        s = d.get("source")
        t = d.get("time")
        pub = d.get("published")
        cp = d.get("counted")
        return cls(
            id=str(d["id"]), doc_id=str(d["doc_id"]), span=tuple(d["span"]),  # type: ignore[arg-type]
            text=d.get("text", ""), sentence=d.get("sentence", ""),
            value=Value(v.get("low"), v.get("high"), v.get("bound", "exact")),
            placeholder=bool(d.get("placeholder")), unit=d.get("unit"),
            measure=d.get("measure") or "other", subject=d.get("subject"),
            increment=bool(d.get("increment")), hedged=bool(d.get("hedged")),
            source=Source(s.get("text") or "", tuple(s["span"]) if s.get("span") else None,
                          s.get("id"), s.get("kind"), s.get("cue"), s.get("label")) if s else None,
            time=TimeSpan(date.fromisoformat(t["start"][:10]), date.fromisoformat(t["end"][:10]))
            if t and t.get("start") and t.get("end") else None,
            counted=CountedPhrase(cp.get("text") or "", tuple(cp["span"]))  # type: ignore[arg-type]
            if cp and cp.get("span") else None,
            who=Who.from_json(d.get("who")),
            sentence_span=tuple(d["sentence_span"]) if d.get("sentence_span") else None,  # type: ignore[arg-type]
            outlet=d.get("outlet"),
            published=date.fromisoformat(pub[:10]) if pub else None,
            extra=d.get("extra") or {},
        )


def _num(x: float | None) -> float | int | None:
    """Whole numbers print as ints so that 11000 stays 11000, not 11000.0."""
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**63:
        return int(x)
    return x


# ---------------------------------------------------------------------------------- ledger
# Contract 2 as types. The reconcile steps build these; the JSON form (``to_json``) is what the
# store, the reports and the web UI read, so it is produced in exactly one place per record
# and read back by the matching ``from_json``. Keys beyond Contract 2 (``why``, ``n_claims``,
# ``sides``, ...) are kept because readers of the JSON already rely on them.


def _span_json(t: TimeSpan | None) -> dict[str, Any] | None:
    return t.to_json() if t else None


def _span_from(d: dict[str, Any] | None) -> TimeSpan | None:
    if not d or not d.get("start") or not d.get("end"):
        return None
    return TimeSpan(date.fromisoformat(d["start"][:10]), date.fromisoformat(d["end"][:10]))


@dataclass
class Estimate:
    """One figure for one period as the corpus reports it, with the claims behind it."""

    low: float | None
    high: float | None
    bound: str
    increment: bool = False
    best: float | None = None
    time: TimeSpan | None = None
    claims: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    n_outlets: int = 0
    named_source: bool = False
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"low": _num(self.low), "high": _num(self.high), "bound": self.bound,
                "increment": self.increment, "best": _num(self.best),
                "time": _span_json(self.time), "claims": list(self.claims),
                "sources": list(self.sources), "n_outlets": self.n_outlets,
                "named_source": self.named_source, "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Estimate":
        return cls(d.get("low"), d.get("high"), d.get("bound") or "exact",
                   bool(d.get("increment")), d.get("best"), _span_from(d.get("time")),
                   [str(c) for c in d.get("claims") or []], [str(s) for s in d.get("sources") or []],
                   int(d.get("n_outlets") or 0), bool(d.get("named_source")), d.get("why") or "")


@dataclass
class Series:
    """One measured quantity: a measure, a unit and whom it counts (``who``)."""

    subject: str | None
    measure: str
    unit: str | None = None
    who: Who = field(default_factory=Who)
    comparable: bool = True
    n_claims: int = 0
    estimates: list[Estimate] = field(default_factory=list)
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"subject": self.subject, "measure": self.measure, "who": self.who.to_json(),
                "unit": self.unit, "comparable": self.comparable, "n_claims": self.n_claims,
                "estimates": [e.to_json() for e in self.estimates], "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Series":
        return cls(d.get("subject"), d.get("measure") or "other", d.get("unit"),
                   Who.from_json(d.get("who")), bool(d.get("comparable", True)),
                   int(d.get("n_claims") or 0),
                   [Estimate.from_json(e) for e in d.get("estimates") or []], d.get("why") or "")


@dataclass
class Disagreement:
    """Two sides (claim ids) that give incompatible figures for the same period."""

    subject: str | None
    measure: str
    unit: str | None
    increment: bool
    period: str
    claims: list[str]
    sides: list[list[str]]
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"subject": self.subject, "measure": self.measure, "unit": self.unit,
                "increment": self.increment, "period": self.period, "claims": list(self.claims),
                "sides": [list(s) for s in self.sides], "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Disagreement":
        return cls(d.get("subject"), d.get("measure") or "other", d.get("unit"),
                   bool(d.get("increment")), d.get("period") or "",
                   [str(c) for c in d.get("claims") or []],
                   [[str(c) for c in s] for s in d.get("sides") or []], d.get("why") or "")


@dataclass
class Update:
    """A later figure (``to``) that supersedes an earlier one (``from_``; "from" in JSON)."""

    subject: str | None
    measure: str
    unit: str | None
    from_: list[str]
    to: list[str]
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"subject": self.subject, "measure": self.measure, "unit": self.unit,
                "from": list(self.from_), "to": list(self.to), "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Update":
        return cls(d.get("subject"), d.get("measure") or "other", d.get("unit"),
                   [str(c) for c in d.get("from") or []], [str(c) for c in d.get("to") or []],
                   d.get("why") or "")


@dataclass
class Relation:
    """Arithmetic between figures of one series: ``sum`` (parts make the total) or
    ``exceeds`` (the total is larger than the parts)."""

    kind: str
    subject: str | None
    measure: str
    unit: str | None
    parts: list[str]
    total: list[str]
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "measure": self.measure,
                "unit": self.unit, "parts": list(self.parts), "total": list(self.total),
                "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Relation":
        return cls(d.get("kind") or "sum", d.get("subject"), d.get("measure") or "other",
                   d.get("unit"), [str(c) for c in d.get("parts") or []],
                   [str(c) for c in d.get("total") or []], d.get("why") or "")


@dataclass
class Candidate:
    """A figure of the corpus offered for a lost one, with the claims that support it."""

    value: float | None
    bound: str
    claims: list[str]
    consistent: list[str] = field(default_factory=list)
    why: str = ""
    confidence: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"value": _num(self.value), "bound": self.bound, "claims": list(self.claims),
                "consistent": list(self.consistent), "why": self.why,
                "confidence": self.confidence}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Candidate":
        return cls(d.get("value"), d.get("bound") or "exact",
                   [str(c) for c in d.get("claims") or []],
                   [str(c) for c in d.get("consistent") or []], d.get("why") or "",
                   float(d.get("confidence") or 0.0))


@dataclass
class Gap:
    """A placeholder claim and the candidates for its lost figure (none: not in the corpus)."""

    claim: str
    subject: str | None
    measure: str
    candidates: list[Candidate] = field(default_factory=list)
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "subject": self.subject, "measure": self.measure,
                "candidates": [c.to_json() for c in self.candidates], "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Gap":
        return cls(str(d.get("claim")), d.get("subject"), d.get("measure") or "other",
                   [Candidate.from_json(c) for c in d.get("candidates") or []], d.get("why") or "")


LEDGER_KEYS = ("series", "disagreements", "updates", "relations", "gaps")


@dataclass
class Ledger:
    """Contract 2. ``extra`` keeps top-level keys this version does not know (e.g. "about"),
    so that reading a ledger and writing it back loses nothing."""

    series: list[Series] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "series": [s.to_json() for s in self.series],
            "disagreements": [d.to_json() for d in self.disagreements],
            "updates": [u.to_json() for u in self.updates],
            "relations": [r.to_json() for r in self.relations],
            "gaps": [g.to_json() for g in self.gaps],
        }
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Ledger":
        return cls([Series.from_json(s) for s in d.get("series") or []],
                   [Disagreement.from_json(x) for x in d.get("disagreements") or []],
                   [Update.from_json(x) for x in d.get("updates") or []],
                   [Relation.from_json(x) for x in d.get("relations") or []],
                   [Gap.from_json(x) for x in d.get("gaps") or []],
                   {k: v for k, v in d.items() if k not in LEDGER_KEYS})


__all__ = ["BOUNDS", "MEASURES", "Document", "Value", "Source", "TimeSpan", "CountedPhrase", "Who",
           "Claim", "Estimate", "Series", "Disagreement", "Update", "Relation", "Candidate", "Gap",
           "Ledger", "LEDGER_KEYS", "asdict"]
