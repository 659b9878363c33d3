"""The bounds that keep extraction safe on any input: finite figures, bounded excerpts.

A run of thousands groups or a few hundred full-width digits parses to a number beyond
anything a claim can mean (or to infinity, which strict JSON cannot even write); such a
match is not a figure. And a claim carries an excerpt of its sentence, not a copy of it,
so that the claims file stays proportional to the input even for a document that is one
enormous sentence. Sentences themselves are at most ``sentences.MAX_SENTENCE`` long, and the
number of figures analysed is bounded per sentence and per document, which together keep
the work of extraction linear in the size of its input.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from claimledger.extract.figures import Figure, scan_figures
from claimledger.extract.sentences import Sentence
from claimledger.lang import LanguagePack

#: Larger than any count, sum of money or area a news text states (world GDP is ~1e14 USD;
#: even hyperinflation figures stay below this); anything beyond is a parse of noise.
MAX_FIGURE = 1e18
#: A claim's ``sentence`` is its sentence when it is at most this long, else a window of
#: this many characters around the figure.
MAX_EXCERPT = 600


def plausible(low: float | None, high: float | None) -> bool:
    """True when every given bound is a finite number no larger than :data:`MAX_FIGURE`."""
    return all(v is None or (math.isfinite(v) and abs(v) <= MAX_FIGURE) for v in (low, high))


def excerpt(text: str, start: int, end: int, fig_start: int, fig_end: int) -> str:
    """``text[start:end]`` (a sentence) if short enough, else the :data:`MAX_EXCERPT`
    characters around the figure at ``fig_start:fig_end``."""
    if end - start <= MAX_EXCERPT:
        return text[start:end]
    mid = (fig_start + fig_end) // 2
    s = max(start, min(mid - MAX_EXCERPT // 2, end - MAX_EXCERPT))
    return text[s:s + MAX_EXCERPT]


#: A sentence with more figures than this is a table or a list flattened into text (SPEC:
#: results tables are not claims). The densest sentence of the 1,028 10kGNAD test articles
#: has 10 figures (an election result); 24 leaves room for denser prose.
MAX_FIGURES_PER_SENTENCE = 24
#: Figures analysed per document at most. A news article has tens; a document past this is
#: a data dump, and analysing every one of its figures would stall a batch for hours. The
#: rest of the document is not analysed, and a warning says so.
MAX_FIGURES_PER_DOCUMENT = 2000
#: Numbers looked at per document at most, counting those of over-dense sentences too:
#: scanning is the one per-number cost paid before any density test.
MAX_SCANNED_PER_DOCUMENT = 4 * MAX_FIGURES_PER_DOCUMENT
# text is scanned in blocks of whole sentences about this long, so that scanning stops soon
# after the document limit is reached
_BLOCK = 20_000

logger = logging.getLogger("claimledger.extract")


class _ToHandler(logging.Handler):
    def __init__(self, on_warning: Callable[[str, str], None]) -> None:
        super().__init__(logging.WARNING)
        self.on_warning = on_warning

    def emit(self, record: logging.LogRecord) -> None:
        name, _, reason = record.getMessage().partition(": ")
        self.on_warning(name, reason or name)


@contextmanager
def warnings_to(on_warning: Callable[[str, str], None]) -> Iterator[None]:
    """Send the warnings extraction logs (``"<doc id>: <reason>"``) to ``on_warning(name,
    reason)`` instead of the root logger, for as long as the block runs: a command reports
    them beside the ingest warnings and counts them."""
    handler = _ToHandler(on_warning)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def scan_limited(text: str, sentences: Sequence[Sentence], pack: LanguagePack,
                 doc_id: str = "") -> list[Figure]:
    """The figures of ``text`` that can be claims, within the limits above.

    Scans block by block of whole sentences, drops the figures of over-dense sentences and
    stops at :data:`MAX_FIGURES_PER_DOCUMENT` (logging a warning on
    ``claimledger.extract``), so time and memory stay linear in the document's size."""
    out: list[Figure] = []
    scanned = 0
    i = 0
    while i < len(sentences):
        j = i + 1
        while j < len(sentences) and sentences[j].end - sentences[i].start <= _BLOCK:
            j += 1
        block = scan_figures(text, pack, sentences[i].start, sentences[j - 1].end)
        scanned += len(block)
        out.extend(_sparse(block, sentences[i:j]))
        if len(out) > MAX_FIGURES_PER_DOCUMENT or scanned > MAX_SCANNED_PER_DOCUMENT:
            out = out[:MAX_FIGURES_PER_DOCUMENT]
            logger.warning("%s: too many numbers (a data dump, not an article?); only the "
                           "first %d characters are analysed", doc_id or "document",
                           sentences[j - 1].end)
            return out
        i = j
    return out


def _sparse(figs: list[Figure], sentences: Sequence[Sentence]) -> list[Figure]:
    """``figs`` without those in sentences holding more than MAX_FIGURES_PER_SENTENCE."""
    starts = [s.start for s in sentences]
    count: dict[int, int] = {}
    where = [bisect.bisect_right(starts, f.start) - 1 for f in figs]
    for k in where:
        count[k] = count.get(k, 0) + 1
    return [f for f, k in zip(figs, where) if count[k] <= MAX_FIGURES_PER_SENTENCE]
