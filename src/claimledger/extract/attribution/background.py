"""Background inside reported speech: a relative clause in the indicative ("Die Kampagne
habe auch die Geschäfte am Flughafen JFK vernichtet, wo Sardana 18 Geschäfte betreibt") is
the outlet's own description of what the report speaks of, not part of the report. A figure
in one is not carried from the report before it.

A relative clause opens after a comma with a relative pronoun or adverb, after a preposition
or not (", an der 300.000 Soldaten teilnehmen"); its mood is the indicative when none of its
words is a subjunctive or a reportative modal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.extract.attribution.lexicon import Lexicon
    from claimledger.extract.attribution.model import SentenceView

_CLAUSE_MARKS = frozenset(",;:–—()")


def indicative_relative(lx: Lexicon, sv: SentenceView, pos: int) -> bool:
    """Does the text at ``pos`` stand in an indicative relative clause of the sentence?"""
    toks = sv.toks
    k = next((i for i, t in enumerate(toks) if t.start <= pos < max(t.end, t.start + 1)), None)
    if k is None or sv.inq[k]:
        return False
    c = next((i for i in range(k - 1, -1, -1) if toks[i].text in _CLAUSE_MARKS), None)
    if c is None or toks[c].text != "," or c + 2 >= len(toks):
        return False
    r = c + 1
    if toks[r].low in lx.prepositions:
        r += 1  # ", an der …", ", bei denen …"
    if r >= k or not (toks[r].low in lx.relatives and not toks[r + 1].cap
                      or toks[r].low in lx.relative_adverbs):
        return False
    end = next((i for i in range(k + 1, len(toks)) if toks[i].text in _CLAUSE_MARKS), len(toks))
    words = [t.low for t in toks[r + 1:end] if t.word]
    return bool(words) and not any(w in lx.subjunctive or w in lx.modal
                                   or lx.syn.is_subjunctive_singular(w) for w in words)
