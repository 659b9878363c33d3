"""Limits of a cue's scope that the cue finders share: the stretch of its sentence a cue
governs ends or starts where the sentence's structure says so."""

from __future__ import annotations

from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import Span

# a dateline before the first clause: a few capitalised words and a dash ("Los Angeles –")
_DATELINE_WORDS = 3
_DASHES = frozenset("-–—")


def dateline(sv: SentenceView, clause: Span) -> bool:
    """Is a sentence's first clause a dateline ("Wien –", "Los Angeles -"): a few
    capitalised words closed by a dash?"""
    toks = [t for t in sv.toks if clause[0] <= t.start < clause[1]]
    return 1 < len(toks) <= _DATELINE_WORDS + 1 and toks[-1].text in _DASHES \
        and all(t.word and t.cap for t in toks[:-1])


def opens_sentence(sv: SentenceView, clause: Span) -> bool:
    """The clause opens the sentence: it is the first, or follows only a dateline
    ("Wien – Der Chef von X, Y, hat … gesagt": "Der" is an article, no relative pronoun)."""
    return clause[0] <= sv.start or (len(sv.clauses) > 1 and clause == sv.clauses[1]
                                     and dateline(sv, sv.clauses[0]))


def after_colon(sv: SentenceView, cues: list[Cue], colon: str) -> None:
    """"Ein Fund wirft die Theorie um: Wie Forscher berichten, …": a cue after a colon
    governs what follows the colon, not the clause before it (often a headline run in)."""
    for c in cues:
        first = min(c.cue_pos, c.source.span[0]) if c.source is not None and c.source.span else c.cue_pos
        cut = max((t.end for k, t in enumerate(sv.toks) if t.text == colon and not sv.inq[k]
                   and c.scope[0] <= t.start < first), default=None)
        if cut is not None:
            c.scope = (cut, c.scope[1])
