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
import re
from typing import TYPE_CHECKING

from claimledger.extract.attribution.model import SentenceView
from claimledger.extract.attribution.phrases import np_forward
from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

# how many tokens after a figure its respondent noun may stand ("40 Prozent der Befragten")
_REACH = 5
_STOPS = frozenset(",.;:!?()")
# how many sentences open an article (its lead) for the poll standings rule
_LEAD = 3
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after a figure (no mark between)


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


def poll_standing(at: DocumentAttributor, si: int, fig_start: int, fig_end: int) -> Source | None:
    """"Im APA/OGM-Vertrauensindex liegen drei Kandidaten im Plus: … Lugner liegt mit minus
    45 Punkten an letzter Stelle.": a figure in a poll's units ("Punkte", "Prozent"), or a
    bare one after such a figure in its sentence ("Griss um vier Punkte, Hofer um neun"),
    with no source of its own, gives the standings of the poll the article's lead, in the
    figure's paragraph, named as the source of what it says (a cue, not a mention: "seit
    der ersten Befragung"): the article is the poll's news."""
    lx, sent = at.lx, at.sentences[si]
    if not lx.poll_units or sent.heading or not _in_poll_units(at, sent.start, fig_start, fig_end):
        return None
    lead = [k for k, s in enumerate(at.sentences[:si]) if not s.heading][:_LEAD]
    for k in lead:  # the article's news is the poll: its lead names it
        if at.sentences[k].paragraph != sent.paragraph:
            continue
        src = _poll_in(at, k, None)
        if src is None or src.span is None:
            continue
        for c in at.cues(k):  # the cue that frames the paragraph's news by the poll
            got = c.source
            if got is not None and got.span is not None and not c.verb \
                    and got.span[0] < src.span[1] and src.span[0] < got.span[1]:
                return got
    return None


def _in_poll_units(at: DocumentAttributor, s0: int, fig_start: int, fig_end: int) -> bool:
    """Is the figure counted in a poll's units, by its own last word or the next one, or
    is it bare after a figure that is?"""
    units, text = at.lx.poll_units, at.text
    last = _LAST_WORD.search(text, fig_start, fig_end)
    nxt = _NEXT_WORD.match(text, fig_end)
    if (last is not None and last.group(1).lower() in units) or (nxt is not None and nxt.group(1).lower() in units):
        return True
    if nxt is not None or (last is not None and last.start() > fig_start):
        return False  # a word follows, or the figure has a noun of its own
    return any(w.lower() in units for w in _WORD.findall(text, s0, fig_start))


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
