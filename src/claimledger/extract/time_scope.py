"""When a figure holds whose sentence names no time.

News names the day of an event once ("am Sonntag") and goes on reporting it for a paragraph,
so the latest point in time named in the few sentences before holds for the figures after it
(within the paragraph); with none, the statement date (the publication date) does.

A time named as the base of a comparison ("31 Läufer, deutlich mehr als im Vorjahr") is not
the time of the figure before it: that figure holds for the scene, the comparison for the past.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claimledger.extract.figures import Figure
from claimledger.extract.sentences import Sentence
from claimledger.extract.timex import TimeExpr, find_times, statement_interval
from claimledger.lang import LanguagePack
from claimledger.model import TimeSpan

POINT_KINDS = ("absolute", "relative")  # a span "seit 2014" or "bis Mai" sets no scene
LOOKBACK = 3  # sentences
_CLAUSE_BREAK = re.compile(r"[,;(\u2013\u2014]")


def _comparison_marker(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's comparison words (time.toml ``comparison``) as one pattern that must end
    right before a time expression; a comma before the word makes it a conjunction of time
    (", als am Montag ..."), not a comparison, so the word must not follow one."""
    def build(pack: LanguagePack) -> re.Pattern[str] | None:
        words = pack.table("time").get("words", {}).get("comparison", [])
        if not words:
            return None
        alt = "|".join(sorted((re.escape(w).replace("\\ ", "\\s+") for w in words), key=len, reverse=True))
        return re.compile(r"(?<![,;:(.!?\s])\s*(?<!\w)(?:" + alt + r")\s+$", re.IGNORECASE)
    return pack.compiled("time_scope.comparison", build)


def _same_period(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's phrases for "the same period" (time.toml ``same_period``)."""
    def build(pack: LanguagePack) -> re.Pattern[str] | None:
        words = pack.table("time").get("words", {}).get("same_period", [])
        return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None
    return pack.compiled("time_scope.same_period", build)


class TimeScope:
    """The points in time of one document's sentences, found when first asked for."""

    def __init__(self, text: str, pack: LanguagePack, published: date | None, sentences: list[Sentence]) -> None:
        self.text, self.pack, self.published, self.sentences = text, pack, published, sentences
        self._by_sentence: dict[int, list[TimeExpr]] = {}
        self._compared_at: dict[int, bool] = {}  # start of a time expression -> a comparison's base
        self._last_named: TimeSpan | None = None  # the last time a text's own expression gave a figure
        self._same_period_in: dict[int, bool] = {}  # sentence -> says "for the same period"

    def times_in(self, i: int) -> list[TimeExpr]:
        """The time expressions of sentence ``i``, found when first asked for: only the
        sentences with figures and the few before them are ever scanned."""
        got = self._by_sentence.get(i)
        if got is None:
            sent = self.sentences[i]
            got = self._by_sentence[i] = find_times(self.text, self.pack, self.published, sent.start, sent.end)
        return got

    def _last_point_before(self, i: int) -> TimeExpr | None:
        """The last point in time of the (at most ``LOOKBACK``) sentences of the paragraph
        before ``i``: far enough for a report that names its day once, and a bounded cost
        (many articles are one paragraph)."""
        para = self.sentences[i].paragraph
        for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
            if self.sentences[j].paragraph != para:
                return None
            points = [t for t in self.times_in(j) if t.kind in POINT_KINDS and not self._compared(t)]
            if points:
                return points[-1]
        return None

    def _compared(self, t: TimeExpr) -> bool:
        """Is ``t`` the base of a comparison ("mehr als im Vorjahr", "im Vergleich zum Vorjahr")?
        Asked once per expression: every figure of its sentence and the next ones ask again."""
        got = self._compared_at.get(t.start)
        if got is None:
            marker = _comparison_marker(self.pack)
            got = self._compared_at[t.start] = (
                marker is not None and marker.search(self.text, max(0, t.start - 40), t.start) is not None)
        return got

    def _own_times(self, fig: Figure, times: list[TimeExpr], figures: Sequence[Figure]) -> list[TimeExpr]:
        """The times that may hold for ``fig``: no comparison's base, and no time after another
        figure that follows ``fig`` in another clause ("stieg auf 30 Millionen, nach 25
        Millionen im Vorjahr": the year is the 25 million's; "30 Tote und 50 Verletzte am
        Montag" share it)."""
        out = []
        for t in times:
            if self._compared(t):
                continue
            if t.start >= fig.end and any(fig.end <= g.start and g.end <= t.start
                                          and _CLAUSE_BREAK.search(self.text, fig.end, g.start)
                                          for g in figures):
                continue
            out.append(t)
        return out

    def _names_same_period(self, i: int) -> bool:
        """Does sentence ``i`` say "for the same period"? Asked once per sentence."""
        got = self._same_period_in.get(i)
        if got is None:
            rx = _same_period(self.pack)
            sent = self.sentences[i]
            got = self._same_period_in[i] = rx is not None and rx.search(self.text, sent.start, sent.end) is not None
        return got

    def time_for(self, i: int, fig: Figure, times: list[TimeExpr],
                 figures: Sequence[Figure] = ()) -> TimeSpan | None:
        """The nearest time expression of the figure's own sentence that may hold for it (see
        :meth:`_own_times`; ``figures`` are the sentence's figures), else the paragraph's last
        point in time before it, else the statement date."""
        times = self._own_times(fig, times, figures) if times else times
        if times:
            def dist(t: TimeExpr) -> int:
                return fig.start - t.end if t.end <= fig.start else t.start - fig.end
            best = min(times, key=lambda t: (dist(t), t.start))
            self._last_named = TimeSpan(best.first, best.last, best.text)
            return self._last_named
        if self._last_named is not None and self._names_same_period(i):
            return self._last_named  # "für denselben Zeitraum": the period of the figure before
        point = self._last_point_before(i)
        if point is not None:
            return TimeSpan(point.first, point.last, point.text)
        default = statement_interval(self.published)
        return TimeSpan(default[0], default[1], None) if default else None
