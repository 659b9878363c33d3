"""The sentence behind a number, cut into plain and marked pieces.

Article text is untrusted input: nothing here produces HTML. A template renders each
:class:`Segment` with autoescaping, wrapping marked ones in ``<mark>``, so a ``<script>`` in an
article can only ever appear as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimledger.model import Claim

# how far the evidence window may reach back for a source named in an earlier sentence
SOURCE_REACH = 400


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str              # "figure" | "source" | "counted"
    ref: str | None = None  # the claim id a figure mark stands for


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None
    ref: str | None = None


def segments(text: str, marks: Iterable[Mark], start: int = 0,
             end: int | None = None) -> list[Segment]:
    """Cut ``text[start:end]`` at the marks; overlapping marks keep the first in order given
    (callers list figures first, so a figure is never hidden by its own source mention)."""
    end = len(text) if end is None else end
    kept: list[Mark] = []
    for m in marks:
        if m.start >= m.end or m.start < start or m.end > end:
            continue
        if any(m.start < k.end and k.start < m.end for k in kept):
            continue
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    out: list[Segment] = []
    pos = start
    for m in kept:
        if m.start > pos:
            out.append(Segment(text[pos:m.start]))
        out.append(Segment(text[m.start:m.end], m.kind, m.ref))
        pos = m.end
    if pos < end:
        out.append(Segment(text[pos:end]))
    return out


def claim_marks(claim: Claim) -> list[Mark]:
    """Figure, source mention and counted phrase of one claim, figure first."""
    marks = [Mark(claim.span[0], claim.span[1], "figure", claim.id)]
    if claim.source is not None and claim.source.span:
        marks.append(Mark(claim.source.span[0], claim.source.span[1], "source"))
    if claim.counted is not None and claim.counted.span:
        marks.append(Mark(claim.counted.span[0], claim.counted.span[1], "counted"))
    return marks


def sentence_bounds(text: str, claim: Claim) -> tuple[int, int]:
    """Where the claim's sentence stands in ``text``; widened to take in the source mention
    when the source was named in an earlier sentence (German reported speech carries it)."""
    s0, s1 = claim.span
    lo = max(0, s0 - len(claim.sentence) - 1)
    at = text.find(claim.sentence, lo) if claim.sentence else -1
    if at != -1 and at <= s0 and s1 <= at + len(claim.sentence):
        start, end = at, at + len(claim.sentence)
    else:  # sentence not found as written: the line around the figure
        start = max(text.rfind("\n", 0, s0) + 1, s0 - 300)
        nl = text.find("\n", s1)
        end = min(nl if nl != -1 else len(text), s1 + 300)
    src = claim.source.span if claim.source is not None else None
    if src and start - SOURCE_REACH <= src[0] < start:
        start = max(text.rfind("\n", 0, src[0]) + 1, src[0] - 80)
    if src and end < src[1] <= end + SOURCE_REACH:
        end = src[1]
    return start, end


def evidence(text: str, claim: Claim) -> list[Segment]:
    """The claim's sentence (and source) with figure, source and counted phrase marked."""
    if not text:
        return [Segment(claim.sentence or claim.text)]
    start, end = sentence_bounds(text, claim)
    return segments(text, claim_marks(claim), start, end)


def document_segments(text: str, claims: Iterable[Claim]) -> list[Segment]:
    """A whole article with every claim's figure marked (and sources where they fit)."""
    cs = list(claims)
    marks = [Mark(c.span[0], c.span[1], "figure", c.id) for c in cs]
    marks += [m for c in cs for m in claim_marks(c)[1:]]
    return segments(text, marks)


__all__ = ["Mark", "Segment", "claim_marks", "document_segments", "evidence", "segments",
           "sentence_bounds"]
