"""Sentences in the indicative that continue a report of the sentences around them.

German marks reported speech by its mood, and the rest of the package carries a source only
into sentences in that mood. News prose also continues a report in the indicative, in three
shapes this module knows:

* a **result** — a sentence that names a result or report ("Nach dem Endergebnis …", "Der
  Wahlausschuss hat das Endergebnis festgestellt") is followed, in its paragraph, by the
  figures of that result ("Kern kam auf 37,1 Prozent");
* an **addition** — a sentence opening with an additive connective ("Zudem wurden 25 Menschen
  verletzt", also hearsay: "Außerdem sollen 10 verletzt worden sein") adds to the report
  of a sentence right before (or one before a sentence that names no one);
* an **introduction** — a sentence ending in a colon introduces the next one (a list);
* a **report** — a sentence naming the document or report its figures come from ("Das geht
  aus Anfragebeantwortungen des Ministeriums hervor", "Laut der Statistik …") is followed, in
  its paragraph, by more of that report's figures ("Im Burgenland gab es 3.059 Anzeigen"),
  until a sentence with a cue or a quotation of its own, one in the first person, or one
  without a figure;
* a **lead** — the first sentence of an article states the news and the next sentence names
  who reports it ("Drei Menschen starben. Nach Angaben der Polizei wurden 27 verletzt.").

Each looks only at a few sentences next to the figure's (never the whole document).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.extract.attribution.phrases import is_figure
from claimledger.lang.regex import lowered
from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

_FIRST_WORD = re.compile(r"\W*(\w+)")
# how many sentences back a result's figures may stand from the sentence naming the result
_RESULT_REACH = 3
# how many sentences back the report an additive connective adds to may stand
_ADDITION_REACH = 2


def continued_source(at: DocumentAttributor, si: int) -> Source | None:
    """The source an indicative sentence without a cue continues, or None."""
    return _addition(at, si) or _introduced(at, si) or _result(at, si) or _report(at, si) \
        or _lead(at, si)


def _same_paragraph(at: DocumentAttributor, a: int, b: int) -> bool:
    sa, sb = at.sentences[a], at.sentences[b]
    return sa.paragraph == sb.paragraph and not sa.heading and not sb.heading


def _addition(at: DocumentAttributor, si: int) -> Source | None:
    """"… bestätigte das Innenministerium. Zudem wurden 25 Menschen verletzt.": an
    additive connective opening the sentence adds to the report right before it."""
    m = _FIRST_WORD.match(at.text, at.sentences[si].start, at.sentences[si].end)
    if m is None or m.group(1).lower() not in at.lx.additive:
        return None
    for k in range(si - 1, max(-1, si - 1 - _ADDITION_REACH), -1):
        if not _same_paragraph(at, k, si):
            return None
        own = at.reported_own(k)
        if own is not None:  # over a sentence that names no one ("Sie starben im Spital.")
            return own
        if at.own(k) is not None:
            return None  # a plan ("Sturm will … schlagen") is no report to add to
    return None


def _introduced(at: DocumentAttributor, si: int) -> Source | None:
    """"Die Zählung ergab folgende Werte:" ends with a colon and introduces what follows,
    a list in a paragraph of its own as often as not: the next sentence is its report."""
    if si == 0 or at.sentences[si - 1].heading:
        return None
    prev = at.sentences[si - 1]
    tail = at.text[max(prev.start, prev.end - 4):prev.end].rstrip()
    return at.reported_own(si - 1) if tail.endswith(":") else None


def _mentions(at: DocumentAttributor, k: int) -> bool:
    """Does sentence k's raw text hold a result noun? The sentences that do are found once
    a document, by substring search in its lower-cased text (C-level, no tokens)."""
    if at.result_named is None:
        low, named = lowered(at.text), set()
        for noun in at.lx.result_nouns:
            i = low.find(noun)
            while i >= 0:
                named.add(at.sent_index(i))
                i = low.find(noun, i + len(noun))
        at.result_named = named
    return k in at.result_named


def _names_result(at: DocumentAttributor, k: int, own: Source) -> bool:
    """Does sentence k name a result inside the stretch its own source governs ("Nach dem
    Endergebnis, das die Stadt veröffentlichte, …"; not "Das Ergebnis fasst man so
    zusammen: X erklärt …", where X governs only the words after the colon)?"""
    v = at.view(k)
    scopes = [c.scope for c in at.cues(k) if c.source is own]
    return any(t.cap and not q and t.low.endswith(at.lx.result_nouns)
               and any(a <= t.start < b for a, b in scopes) for t, q in zip(v.toks, v.inq))


def _result(at: DocumentAttributor, si: int) -> Source | None:
    """"Nach dem Endergebnis, das die Stadt veröffentlichte, erhielt Berger 46,3 Prozent.
    … Kern kam auf 37,1 Prozent.": the nearest source before, in the paragraph and over
    sentences naming none, when its sentence names a result."""
    reach = [k for k in range(si - 1, max(-1, si - 1 - _RESULT_REACH), -1) if _same_paragraph(at, k, si)]
    if not any(_mentions(at, k) for k in reach):
        return None  # the raw text first: most figures have no result named before them
    for k in reach:
        if k != si - 1 - reach.index(k):
            return None  # the paragraph ended
        own = at.reported_own(k)
        if own is not None:
            return own if _names_result(at, k, own) else None
    return None


def _report(at: DocumentAttributor, si: int) -> Source | None:
    """"Das geht aus Anfragebeantwortungen des Ministeriums hervor. … Im Burgenland gab es
    3.059 Anzeigen.": the source of a report cue a few sentences before, in the paragraph,
    over sentences that go on giving figures with no source, quotation or first person."""
    if not at.lx.report_reach or _own_voice(at, si):
        return None
    gaps = at.lx.report_gaps
    for k in range(si - 1, max(-1, si - 1 - at.lx.report_reach), -1):
        if not _same_paragraph(at, k, si):
            return None
        info = at.analysed(k)
        if info.own is not None:
            return info.own if not info.own_plan and _opens_report(at, k, info.own) else None
        if any(c.anaphoric for c in info.cues):
            continue  # "…, heißt es darin": the same report goes on
        if info.carries or _own_voice(at, k):
            return None
        if not _has_figure(at, k):
            gaps -= 1  # "In der Steiermark gab es einen Rückgang.": a few may state the report
            if gaps < 0:
                return None
    return None


def _own_voice(at: DocumentAttributor, k: int) -> bool:
    """Does sentence k quote someone, or speak in the first person outside a quotation?"""
    v = at.view(k)
    return at.quotes.overlaps(v.start, v.end) or any(
        t.low in at.lx.first_person and not q for t, q in zip(v.toks, v.inq))


def _has_figure(at: DocumentAttributor, k: int) -> bool:
    v = at.view(k)
    return any(is_figure(t, at.lx) for t in v.toks)


def _opens_report(at: DocumentAttributor, k: int, own: Source) -> bool:
    """Does sentence k name ``own`` as the origin of a report by a prepositional cue ("laut
    X", "nach Angaben von X", "X zufolge", "heißt es in X") or a verb that takes its source
    after a preposition ("geht aus X hervor"), and, when the pack asks for it, with a report
    noun in the cue's words ("Statistik", "Anfragebeantwortung")?"""
    v = at.view(k)
    for c in at.cues(k):
        if c.source is not own or c.hedge or c.local or c.plan or own.span is None:
            continue
        word = next((t.low for t in v.toks if t.start == c.cue_pos), "")
        if c.verb and not any(form == word for form, _ in at.lx.source_preps):
            continue
        if at.text.startswith(at.lx.report_relative_words, c.cue_pos):
            continue  # "…, wonach X …": the relative clause's report, not the sentence's
        if not at.lx.report_nouns:
            return True
        a, b = min(c.cue_pos, own.span[0]), max(c.cue_pos, own.span[1])
        return any(a <= t.start < b and t.low.endswith(at.lx.report_nouns) for t in v.toks)
    return False


def _lead(at: DocumentAttributor, si: int) -> Source | None:
    """The article's first sentence, when the next sentence of its paragraph opens with
    a prepositional cue ("Nach Angaben der Polizei …"): that source reports the lead too."""
    first = next((k for k, s in enumerate(at.sentences) if not s.heading), None)
    if si != first or si + 1 >= len(at.sentences) or not _same_paragraph(at, si, si + 1):
        return None
    m = _FIRST_WORD.match(at.text, at.sentences[si + 1].start, at.sentences[si + 1].end)
    if m is None or m.group(1).lower() not in at.lx.cue_starts:
        return None  # the raw text first: the next sentence is analysed only when it may open with a cue
    nxt = at.view(si + 1)
    opening = next((t.start for t in nxt.toks if t.word), None)
    cues = [c for c in at.cues(si + 1) if c.source is not None and not c.verb
            and not c.pronoun and not c.anaphoric and c.cue_pos == opening]
    return cues[0].source if cues else None
