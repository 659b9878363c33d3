"""One document in, its claims out: the extraction stage wired together.

Order matters: boilerplate is marked first (so footers never reach the figure scanner's
output), attribution before counting (so that the nationality inside a source mention —
"laut südkoreanischem Geheimdienst" — is not taken for the nationality of what is counted),
and the time of a figure is the nearest time expression of its sentence, else the last point
in time its paragraph named before it, else the statement date (``time_scope``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimledger.clean.boilerplate import boilerplate_spans
from claimledger.clean.shapes import SCORE, shape_spans
from claimledger.extract.attribution import DocumentAttributor, source_labels
from claimledger.extract.counting.singles import SINGLE_KIND, Singles, keeps
from claimledger.extract.counting import CountAnalyzer, Counted
from claimledger.extract.counting.lexicon_places import outlet_home, section_home, weak_hints
from claimledger.extract.counting.lists import share_list_units
from claimledger.extract.figures import Figure
from claimledger.extract.figures.reading import CLOCK_SPAN_KIND
from claimledger.extract.limits import excerpt, plausible, scan_limited
from claimledger.extract.proportions import scan_proportions
from claimledger.extract.sentences import Sentence, split_sentences
from claimledger.extract.time_scope import TimeScope
from claimledger.extract.timex import TimeExpr
from claimledger.lang import LanguagePack
from claimledger.model import Claim, Document, Source, TimeSpan, Value

# number words below this need a counted noun or a unit to be a claim ("die zwei Länder"
# is, "einer der zwei Gründe" is not worth a ledger line)
SMALL_WORD_NUMBER = 13


class _Spans:
    """Sorted, merged spans with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def covers_all(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s) - 1
        return i >= 0 and e <= self.ends[i]


def extract_document(doc: Document, pack: LanguagePack) -> list[Claim]:
    text = doc.text
    if not text or not text.strip():
        return []
    spans = [*boilerplate_spans(text, pack), *shape_spans(text)]
    skip = _Spans([(s.start, s.end) for s in spans])
    # a clock-shaped span of time ("7:57 Minuten") is shaped like a score, and is none
    skip_span = _Spans([(s.start, s.end) for s in spans if s.reason != SCORE])
    sentences = split_sentences(text, pack)
    counter = CountAnalyzer(text, pack)
    counter.home = outlet_home(counter.lex, doc.outlet)  # the outlet's country (metadata)
    counter.section_home = section_home(counter.lex, doc.section, counter.home)
    counter.nations.weak_hints = weak_hints(counter.lex, doc.section)
    ctx = _DocContext(doc, pack, sentences, DocumentAttributor(text, sentences, pack, doc.outlet),
                      counter, source_labels(pack), TimeScope(text, pack, doc.published, sentences),
                      Singles(counter.lex, text, [s.start for s in sentences], skip.covers))
    claims: list[Claim] = []
    by_sentence = _figures_by_sentence(text, sentences, pack, doc.id, skip, skip_span)
    for i in ctx.singles.sentences():  # a sentence with no figure may still count one person
        by_sentence.setdefault(i, [])
    for i, figs in sorted(by_sentence.items()):
        claims.extend(_sentence_claims(ctx, i, figs, len(claims)))
    return claims


@dataclass
class _DocContext:
    """What every sentence of one document is analysed with."""

    doc: Document
    pack: LanguagePack
    sentences: list[Sentence]
    attributor: DocumentAttributor
    counter: CountAnalyzer
    labels: dict[str, str]
    times: TimeScope
    singles: Singles


def _figures_by_sentence(text: str, sentences: list[Sentence], pack: LanguagePack, doc_id: str,
                         skip: _Spans, skip_span: _Spans) -> dict[int, list[Figure]]:
    """The figures of the text dealt out to the sentences that wholly contain them (one scan
    of the whole text is cheaper than one per sentence), outside boilerplate and other shapes,
    plausible. A clock-shaped span of time ("7:57 Minuten") is shaped like a score, and is none."""
    by_sentence: dict[int, list[Figure]] = {}
    starts = [s.start for s in sentences]
    for f in _with_proportions(scan_limited(text, sentences, pack, doc_id), scan_proportions(text, pack)):
        i = bisect.bisect_right(starts, f.start) - 1
        if (i >= 0 and f.end <= sentences[i].end
                and not (skip_span if f.kind == CLOCK_SPAN_KIND else skip).covers(f.start) and plausible(f.low, f.high)):
            by_sentence.setdefault(i, []).append(f)
    return by_sentence


def _sentence_claims(ctx: _DocContext, i: int, figs: list[Figure], numbered: int) -> list[Claim]:
    """The claims of sentence ``i``: its figures that are no part of a time expression, with
    who says them and what they count; ``numbered`` claims of the document come before."""
    doc, sentences, sent = ctx.doc, ctx.sentences, ctx.sentences[i]
    # a sentence asked only for its single people is scanned for times once it has one
    times = ctx.times.times_in(i) if figs else None
    figs = [f for f in figs if not any(t.start < f.end and f.start < t.end and not _span_claim(f, t)
                                       for t in times or ())]
    prev = sentences[i - 1] if i > 0 and sentences[i - 1].paragraph >= sent.paragraph - 1 else None
    figs = ctx.singles.add_to(i, sent.start, sent.end, figs, ctx.counter.predicates)
    if not figs:
        return []
    share_list_units(doc.text, figs, ctx.counter.lex)
    if times is None:
        times = ctx.times.times_in(i)
    out: list[Claim] = []
    for j, fig in enumerate(figs):
        nxt = figs[j + 1].start if j + 1 < len(figs) else None
        if ctx.counter.dropped_by_form(sent.start, sent.end, fig, nxt):
            continue  # no claim by its form: who says it need not be asked
        att = ctx.attributor.attribute(i, fig.start, fig.end)
        src = att.source
        if fig.kind == SINGLE_KIND and src is not None and src.span and fig.start <= src.span[0] <= fig.end + 30:
            continue  # "teilte ein Sprecher des Ministeriums mit": one who speaks is no one counted
        if src is not None and src.span and src.span[0] < fig.end and fig.start < src.span[1]:
            src = None  # "Drei Viertel der Befragten gaben an": what is counted says nothing about itself
        if src is not None and src.id and src.label is None:
            src.label = ctx.labels.get(src.id)
        cnt = ctx.counter.analyse(sent.start, sent.end, fig, nxt, src.span if src else None,
                                  (prev.start, prev.end) if prev else None)
        if cnt.drop or _too_weak(fig, cnt) or not keeps(fig, cnt.measure, ctx.counter.lex):
            continue
        if src is not None and src.span and (_about_speaker(doc.text, fig, cnt, src.span)):
            src = None  # "sagte Musiker Heino (77)": what describes the speaker is not his statement
        if src is not None and att.carried and cnt.measure == "age":
            src = None  # "Der 31-Jährige kehrt demnach …": an age describes; a report carried on does not state it
        out.append(_claim(doc, f"{doc.id}:c{numbered + len(out) + 1}", sent, fig, cnt, att.hedged, src,
                          ctx.times.time_for(i, fig, times, figs, money=cnt.measure == "amount")))
    return out


def _claim(doc: Document, claim_id: str, sent: Sentence, fig: Figure, cnt: Counted, hedged: bool,
           src: Source | None, time: TimeSpan | None) -> Claim:
    text = doc.text
    return Claim(
        id=claim_id,
        doc_id=doc.id,
        span=(fig.start, fig.end),
        text=text[fig.start:fig.end],
        sentence=excerpt(text, sent.start, sent.end, fig.start, fig.end),
        sentence_span=(sent.start, sent.end),
        value=_signed(fig, cnt.falls),
        placeholder=fig.kind == "placeholder",
        unit=cnt.unit,
        measure=cnt.measure,
        subject=cnt.subject,
        counted=cnt.counted or cnt.topic,
        who=cnt.who,
        increment=cnt.increment,
        hedged=hedged,
        source=src,
        time=time,
        outlet=doc.outlet,
        published=doc.published,
    )


def _signed(fig: Figure, falls: bool) -> Value:
    """The figure's value, negated when the text says it is a fall ("um 6,8 Prozent
    gesunken" -> -6.8): a change keeps its direction, as "minus 6,8 Prozent" does."""
    if not falls or fig.low is None or fig.high is None:
        return Value(fig.low, fig.high, fig.bound)
    return Value(-fig.high, -fig.low, fig.bound)


def _with_proportions(figs: list[Figure], props: list[Figure]) -> list[Figure]:
    """Proportions in words replace the figures inside them ("drei" of "drei Viertel")."""
    if not props:
        return figs
    spans = _Spans([(p.start, p.end) for p in props])
    kept = [f for f in figs if not spans.covers(f.start)]
    return sorted(kept + props, key=lambda f: f.start)


# a bracket right after the source's name, or after a later name of a list the source opens
# ("Griechenland (50,1 Prozent), Spanien (49,6 Prozent) und Kroatien (…)")
_BRACKET_AFTER = re.compile(
    r"(?:[ \u00a0]*\([^()]*\)[ \u00a0]*(?:,|[ \u00a0]+[^\W\d_]+)?[ \u00a0]+[^\W\d_][\w-]*)*"
    r"[ \u00a0]*\([ \u00a0]*(?:[^\W\d_]+[ \u00a0]+)?")


def _about_speaker(text: str, fig: Figure, cnt: Counted, src_span: tuple[int, int]) -> bool:
    """Does the figure describe its own source: an age that counts the speaker, or a figure in
    a bracket right after the source's name ("sagte Musiker Heino (77)", "die höchsten Quoten
    verzeichneten Griechenland (50,1 Prozent)")?"""
    c = cnt.counted.span if cnt.counted is not None else None
    if cnt.measure == "age" and c and src_span[0] < c[1] and c[0] < src_span[1]:
        return True
    m = _BRACKET_AFTER.match(text, src_span[1], fig.start)
    return m is not None and m.end() == fig.start


def _span_claim(fig: Figure, t: TimeExpr) -> bool:
    """A span of time from or until now is itself the claim ("seit mehr als drei Jahren", "in
    rund zwei Monaten", "seit zwei Jahren"); "vor 15 Jahren" only dates something. Counting
    still drops a bare article as one ("seit einer Woche")."""
    return t.kind in ("since", "future") and fig.bound != "vague"


def _too_weak(fig: Figure, cnt: Counted) -> bool:
    """A small number written as a word with nothing counted is prose, not a claim ("einer
    der zwei Gründe" is; "zehn Doppelfehler" counts something)."""
    if fig.kind != "number" or not getattr(fig, "is_word", False):
        return False
    if fig.low is not None and fig.low >= SMALL_WORD_NUMBER:
        return False
    return (cnt.group is None and cnt.counted is None and cnt.unit in (None, "person")
            and cnt.evidence == "default")
