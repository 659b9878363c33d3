"""Limits of a cue's scope that the cue finders share: the stretch of its sentence a cue
governs ends or starts where the sentence's structure says so."""

from __future__ import annotations

from claimledger.extract.attribution.model import Cue, SentenceView


def after_colon(sv: SentenceView, cues: list[Cue], colon: str) -> None:
    """"Ein Fund wirft die Theorie um: Wie Forscher berichten, …": a cue after a colon
    governs what follows the colon, not the clause before it (often a headline run in)."""
    for c in cues:
        first = min(c.cue_pos, c.source.span[0]) if c.source is not None and c.source.span else c.cue_pos
        cut = max((t.end for k, t in enumerate(sv.toks) if t.text == colon and not sv.inq[k]
                   and c.scope[0] <= t.start < first), default=None)
        if cut is not None:
            c.scope = (cut, c.scope[1])
