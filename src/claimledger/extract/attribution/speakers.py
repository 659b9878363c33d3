"""Quotation speakers: who a quotation belongs to, wherever the text names them.

In order: a cue right after the closing mark ("„…“, sagte X"), a cue before the opening
mark in the same sentence ("X sagte: „…“"), the subject of a clause that a colon closes
before the quotation ("X: „…“", "X am Montag vor Journalisten: „…“"), then the sentences
around a quotation that stands alone: the one before it (its speaker introduced it) and the
one right after it ("„…“ Das sagte X."). A speaker is always a cue's phrase or a clause
subject, never the nearest capitalised word, so "am Jahrestag der Revolution" cannot win
over "der Präsident".
"""

from __future__ import annotations

from typing import Any, Protocol

from claimledger.extract.attribution.cues import Cue, CueFinder
from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.phrases import apposition_subject, np_forward
from claimledger.extract.attribution.quotes import QuoteIndex
from claimledger.extract.attribution.tokens import clause_of, token_range
from claimledger.extract.sentences import Sentence
from claimledger.model import Source

# ", sagte X" counts when at most this many words stand between the closing mark and the cue
_NEAR_WORDS = 4


class _Doc(Protocol):
    text: str
    sentences: list[Sentence]
    lx: Lexicon
    quotes: QuoteIndex
    finder: CueFinder

    def sent_index(self, pos: int) -> int: ...
    def speaker_cues(self, si: int) -> list[Cue]: ...
    def view(self, si: int) -> Any: ...
    def own(self, si: int) -> Source | None: ...


def quote_speaker(d: _Doc, q: tuple[int, int]) -> Source | None:
    """The speaker of quotation ``q`` ((open, close) offsets), or None."""
    return (_after(d, q) or _before(d, q) or _colon_subject(d, q) or _around(d, q))


def _after(d: _Doc, q: tuple[int, int]) -> Source | None:
    si = d.sent_index(q[1])
    sent = d.sentences[si]
    nxt = d.quotes.next_open(q[1])
    limit = min(sent.end, nxt if nxt is not None else sent.end)
    after = [c for c in d.speaker_cues(si) if q[1] < c.cue_pos < limit and c.source is not None]
    if not after:
        return None
    first = min(after, key=lambda c: c.cue_pos)
    gap = d.text[q[1] + 1:first.cue_pos].strip(" ,")
    if gap.count(" ") < _NEAR_WORDS or sent.end - q[1] > 2:
        return first.source
    return None


def _before(d: _Doc, q: tuple[int, int]) -> Source | None:
    si = d.sent_index(q[0])
    prev = d.quotes.prev_close(q[0])
    lo = max(d.sentences[si].start, prev if prev is not None else 0)
    before = [c for c in d.speaker_cues(si) if lo <= c.cue_pos < q[0] and c.source is not None]
    return max(before, key=lambda c: c.cue_pos).source if before else None


def _colon_subject(d: _Doc, q: tuple[int, int]) -> Source | None:
    """"X: „…“" or "X sagte am Montag: „…“" without a listed verb: the clause's subject."""
    head = d.text[max(0, q[0] - 3):q[0]].rstrip()
    if not head.endswith(d.lx.colon_cue):
        return None
    colon = d.text.rfind(d.lx.colon_cue, 0, q[0])
    si = d.sent_index(colon)
    sv = d.view(si)
    clause = clause_of(sv.clauses, max(sv.start, colon - 1))
    cs, ce = token_range(sv.toks, clause)
    toks, lx = sv.toks, d.lx
    k = cs
    while k < ce and (not toks[k].word or toks[k].low in lx.lead_conj):
        k += 1
    if k >= ce:
        return None
    if toks[k].low in lx.prepositions or toks[k].low in lx.adv_openers:
        # an adverbial first (an adverb, or a preposition and its phrase), then the finite
        # verb, then the subject
        pp = np_forward(toks, k + 1, lx) if toks[k].low in lx.prepositions else None
        k = (pp[1] if pp else k) + 2
        while k < ce and toks[k].low in lx.trail_adv:
            k += 1
    np_ = np_forward(toks, k, lx) if k < ce else None
    if np_ is None and k == cs:
        # the clause opens with its verb after an apposition: "X, Leiter von Y, sieht …:"
        np_ = apposition_subject(toks, cs, sv.start, lx)
    if np_ is None or toks[np_[1]].start >= colon:
        return None
    a = np_[0] + (1 if toks[np_[0]].low in lx.dets else 0)
    if a > np_[1] or lx.is_pronoun(toks[a].low):
        return None
    return d.finder.source(toks[a].start, toks[np_[1]].end, lx.colon_cue)


def _around(d: _Doc, q: tuple[int, int]) -> Source | None:
    """A quotation that opens its sentence: the speaker the sentence before named (same
    paragraph), or a speech cue in the sentence right after it."""
    si = d.sent_index(q[0])
    sent = d.sentences[si]
    if d.text[sent.start:q[0]].strip():
        return None
    if si > 0 and d.sentences[si - 1].paragraph == sent.paragraph:
        src = d.own(si - 1)
        if src is not None:
            return src
    sq = d.sent_index(q[1])
    if d.text[q[1] + 1:d.sentences[sq].end].strip(" .!?"):
        return None  # the sentence goes on after the quotation: its own cues decided
    nj = sq + 1
    if nj < len(d.sentences) and d.sentences[nj].paragraph == sent.paragraph:
        verbs = [c for c in d.speaker_cues(nj) if c.verb and c.source is not None]
        if verbs:
            return min(verbs, key=lambda c: c.cue_pos).source
    return None
