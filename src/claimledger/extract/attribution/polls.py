"""Polls and their figures: a figure that counts a poll's respondents is the poll's.

"40 Prozent der Befragten", "Drei Viertel der Teilnehmer an einer Onlineumfrage": the
respondents do not report the share of themselves, the poll does. The source is the poll the
sentence names ("Umfrage des Instituts X" -> the institute, by the report-noun rule of
``CueFinder.make``), else the poll named last before in the document. Respondent nouns that
always belong to a poll ("Befragten") reach back over the document; those that need not
("Teilnehmer") count only when their own sentence names a poll. The words are the pack's
(``[polls]`` of the attribution table).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from claimledger.extract.attribution.model import SentenceView
from claimledger.extract.attribution.phrases import np_forward
from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

# how many tokens after a figure its respondent noun may stand ("40 Prozent der Befragten")
_REACH = 5
_STOPS = frozenset(",.;:!?()")


def respondent_phrase(at: DocumentAttributor, text: str) -> bool:
    """Does a source phrase count respondents ("Drei Viertel der Befragten")? Then it is
    not a speaker: the poll is."""
    lx = at.lx
    return any(w[:1].isupper() and w.lower().endswith(lx.respondents) for w in text.split())


def counts_respondents(at: DocumentAttributor, v: SentenceView, fig_end: int) -> tuple[str, bool] | None:
    """The respondent noun that follows the figure in its phrase, and whether it always
    belongs to a poll ("Befragten") or only when the sentence names one ("Teilnehmer")."""
    lx, toks = at.lx, v.toks
    if not lx.respondents and not lx.participants:
        return None
    j = bisect.bisect_left([t.start for t in toks], fig_end)
    for k in range(j, min(len(toks), j + _REACH)):
        t = toks[k]
        if t.text in _STOPS:
            return None
        if t.cap and t.low.endswith(lx.respondents):
            return t.text, True
        if t.cap and lx.participants and t.low.endswith(lx.participants):
            return t.text, False
    return None


def poll_source(at: DocumentAttributor, si: int, reach_back: bool, cue: str | None) -> Source | None:
    """The poll the sentence names, else (``reach_back``) the last one named before it."""
    last = -1 if reach_back else si - 1
    for k in range(si, last, -1):
        src = _poll_in(at, k, cue)
        if src is not None and src.span is not None and " " not in src.text:
            # a poll named bare: its author is the subject of a sentence naming it ("Die
            # Gewerkschaft hat eine Umfrage gemacht. … der Befragten …")
            author = at.report_author(k, src.text.lower())
            if author is not None:
                return Source(author.text, author.span, author.id, author.kind, cue)
        if src is not None:
            return src
    return None


def _poll_in(at: DocumentAttributor, k: int, cue: str | None) -> Source | None:
    """The last poll noun of sentence k as a source (its author when attached)."""
    s = at.sentences[k]
    low_text = at.text[s.start:s.end].lower()
    if not any(p in low_text for p in at.lx.poll_nouns):
        return None  # one substring test per sentence before tokens are looked at
    v = at.view(k)
    lx = at.lx
    for i in range(len(v.toks) - 1, -1, -1):
        t = v.toks[i]
        if not (t.cap and t.low.endswith(lx.poll_nouns)):
            continue
        agent = _agent_before(at, v, i)
        if agent is not None:  # "einer von der Kammer durchgeführten Umfrage"
            c = at.finder.make(v, i, i, agent, (v.start, v.end), False)
            if c is not None and c.source is not None and not c.anaphoric:
                return Source(c.source.text, c.source.span, c.source.id, c.source.kind, cue)
        np_ = np_forward(v.toks, i, lx) or (i, i)
        c = at.finder.make(v, i, i, (i, max(i, np_[1])), (v.start, v.end), False)
        if c is not None and c.source is not None:
            return Source(c.source.text, c.source.span, c.source.id, c.source.kind, cue)
        return at.finder.source(t.start, t.end, cue)
    return None


def _agent_before(at: DocumentAttributor, v: SentenceView, i: int) -> tuple[int, int] | None:
    """The agent of an extended attribute before a poll noun ("einer vom Verband
    initiierten Umfrage"): the phrase after an agent preposition that ends right before the
    participle closing the attribute."""
    lx, toks = at.lx, v.toks
    if i < 3 or toks[i - 1].cap or not lx.is_adj(toks[i - 1].low, False):
        return None
    for k in range(i - 2, max(-1, i - 8), -1):
        if toks[k].low in lx.agent_preps:
            a = k + 1
            while a < i - 1 and toks[a].low in lx.dets:
                a += 1
            return (a, i - 2) if a <= i - 2 and toks[i - 2].cap else None
        if not toks[k].word:
            return None
    return None
