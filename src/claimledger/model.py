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
    # provenance that the contract does not require but the ledger uses
    outlet: str | None = None
    published: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "doc_id": self.doc_id, "span": list(self.span), "text": self.text,
            "sentence": self.sentence, "value": self.value.to_json(),
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


__all__ = ["BOUNDS", "MEASURES", "Document", "Value", "Source", "TimeSpan", "CountedPhrase", "Who", "Claim", "asdict"]
