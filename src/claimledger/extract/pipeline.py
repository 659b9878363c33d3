"""One document in, its claims out: the extraction stage wired together.

Order matters: boilerplate is marked first (so footers never reach the figure scanner's
output), attribution before counting (so that the nationality inside a source mention —
"laut südkoreanischem Geheimdienst" — is not taken for the nationality of what is counted),
and the time of a figure is the nearest time expression of its sentence, else the
statement date.
"""

from __future__ import annotations

import bisect
from datetime import date

from claimledger.clean.boilerplate import boilerplate_spans
from claimledger.clean.shapes import shape_spans
from claimledger.extract.attribution import DocumentAttributor, source_labels
from claimledger.extract.counting import CountAnalyzer, Counted
from claimledger.extract.figures import Figure
from claimledger.extract.limits import excerpt, plausible, scan_limited
from claimledger.extract.proportions import scan_proportions
from claimledger.extract.sentences import Sentence, split_sentences
from claimledger.extract.timex import TimeExpr, find_times, statement_interval
from claimledger.lang import LanguagePack
from claimledger.model import Claim, Document, TimeSpan, Value

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
    skip = _Spans([(s.start, s.end) for s in (*boilerplate_spans(text, pack), *shape_spans(text))])
    sentences = split_sentences(text, pack)
    attributor = DocumentAttributor(text, sentences, pack)
    counter = CountAnalyzer(text, pack)
    labels = source_labels(pack)
    claims: list[Claim] = []
    # one scan of the whole text is cheaper than one per sentence; figures are then dealt
    # out to the sentences that wholly contain them
    by_sentence: dict[int, list[Figure]] = {}
    starts = [s.start for s in sentences]
    for f in _with_proportions(scan_limited(text, sentences, pack, doc.id), scan_proportions(text, pack)):
        i = bisect.bisect_right(starts, f.start) - 1
        if (i >= 0 and f.end <= sentences[i].end and not skip.covers(f.start)
                and plausible(f.low, f.high)):
            by_sentence.setdefault(i, []).append(f)
    scope = _TimeScope(text, pack, doc.published, sentences)
    for i, sent in enumerate(sentences):
        figs = by_sentence.get(i)
        if not figs:
            continue
        times = find_times(text, pack, doc.published, sent.start, sent.end)
        figs = [f for f in figs if not any(t.start < f.end and f.start < t.end and not _span_claim(f, t)
                                           for t in times)]
        for j, fig in enumerate(figs):
            att = attributor.attribute(i, fig.start, fig.end)
            src = att.source
            if src is not None and src.span and src.span[0] < fig.end and fig.start < src.span[1]:
                src = None  # "Drei Viertel der Befragten gaben an": what is counted says nothing about itself
            if src is not None and src.id and src.label is None:
                src.label = labels.get(src.id)
            nxt = figs[j + 1].start if j + 1 < len(figs) else None
            prev = sentences[i - 1] if i > 0 and sentences[i - 1].paragraph >= sent.paragraph - 1 else None
            cnt = counter.analyse(sent.start, sent.end, fig, nxt, src.span if src else None,
                                  (prev.start, prev.end) if prev else None)
            if cnt.drop or _too_weak(fig, cnt):
                continue
            claims.append(Claim(
                id=f"{doc.id}:c{len(claims) + 1}",
                doc_id=doc.id,
                span=(fig.start, fig.end),
                text=text[fig.start:fig.end],
                sentence=excerpt(text, sent.start, sent.end, fig.start, fig.end),
                sentence_span=(sent.start, sent.end),
                value=Value(fig.low, fig.high, fig.bound),
                placeholder=fig.kind == "placeholder",
                unit=cnt.unit,
                measure=cnt.measure,
                subject=cnt.subject,
                counted=cnt.counted,
                who=cnt.who,
                increment=cnt.increment,
                hedged=att.hedged,
                source=src,
                time=_time_for(fig, times, doc.published) if times else scope.before(i, doc.published),
                outlet=doc.outlet,
                published=doc.published,
            ))
    return claims


def _with_proportions(figs: list[Figure], props: list[Figure]) -> list[Figure]:
    """Proportions in words replace the figures inside them ("drei" of "drei Viertel")."""
    if not props:
        return figs
    spans = _Spans([(p.start, p.end) for p in props])
    kept = [f for f in figs if not spans.covers(f.start)]
    return sorted(kept + props, key=lambda f: f.start)


def _span_claim(fig: Figure, t: TimeExpr) -> bool:
    """A qualified span of time from or until now is itself the claim ("seit mehr als drei
    Jahren", "in rund zwei Monaten"); "vor 15 Jahren" only dates something."""
    return t.kind in ("since", "future") and fig.bound not in ("exact", "vague")


def _too_weak(fig: Figure, cnt: Counted) -> bool:
    """A small number written as a word with nothing counted is prose, not a claim ("einer
    der zwei Gründe" is; "zehn Doppelfehler" counts something)."""
    if fig.kind != "number" or not getattr(fig, "is_word", False):
        return False
    if fig.low is not None and fig.low >= SMALL_WORD_NUMBER:
        return False
    return (cnt.group is None and cnt.counted is None and cnt.unit in (None, "person")
            and cnt.evidence == "default")


def _time_for(fig: Figure, times: list[TimeExpr], published: date | None) -> TimeSpan | None:
    if times:
        def dist(t: TimeExpr) -> int:
            return fig.start - t.end if t.end <= fig.start else t.start - fig.end
        best = min(times, key=lambda t: (dist(t), t.start))
        return TimeSpan(best.first, best.last, best.text)
    default = statement_interval(published)
    return TimeSpan(default[0], default[1], None) if default else None


class _TimeScope:
    """When a figure holds whose sentence says nothing of time: news names the event's day
    once ("am Sonntag") and reports on it for a paragraph, so the latest point in time of the
    paragraph so far holds, else the lede's; only then the publication date."""

    def __init__(self, text: str, pack: LanguagePack, published: date | None, sentences: list[Sentence]) -> None:
        self.text, self.pack, self.published, self.sentences = text, pack, published, sentences
        self._cache: dict[int, list[TimeExpr]] = {}

    def _times(self, i: int) -> list[TimeExpr]:
        if i not in self._cache:
            s = self.sentences[i]
            self._cache[i] = [t for t in find_times(self.text, self.pack, self.published, s.start, s.end)
                              if t.kind in ("absolute", "relative")]
        return self._cache[i]

    def before(self, i: int, published: date | None) -> TimeSpan | None:
        para = self.sentences[i].paragraph
        j = i - 1
        while j >= 0 and self.sentences[j].paragraph == para:
            got = self._times(j)
            if got:
                t = got[-1]
                return TimeSpan(t.first, t.last, t.text)
            j -= 1
        return _time_for_default(published)


def _time_for_default(published: date | None) -> TimeSpan | None:
    default = statement_interval(published)
    return TimeSpan(default[0], default[1], None) if default else None
