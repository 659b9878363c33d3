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
from claimledger.lang.regex import PhraseSearch
from claimledger.model import TimeSpan

_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d)")
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
        alt = _phrases(sorted(words, key=len, reverse=True))
        return re.compile(r"(?<![,;:(.!?\s])\s*(?<!\w)(?:" + alt + r")\s+$", re.IGNORECASE)
    return pack.compiled("time_scope.comparison", build)


def _phrase_list(pack: LanguagePack, key: str) -> PhraseSearch | None:
    """The pack's regex phrases of time.toml ``key`` as one case-insensitive search:
    ``same_period`` ("für denselben Zeitraum"), ``both_years`` ("in beiden Jahren")."""
    def build(pack: LanguagePack) -> PhraseSearch | None:
        words = pack.table("time").get("words", {}).get(key, [])
        return PhraseSearch(words, re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)) \
            if words else None
    return pack.compiled(f"time_scope.{key}", build)


def _phrases(words: list[str]) -> str:
    """Literal phrases as an alternation whose spaces match any white space."""
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words)


def _named_periods(pack: LanguagePack) -> re.Pattern[str] | None:
    """A noun of a period or event and its year ("den Haushalt für 2026", "Geschäftsjahr
    2024/25"), from time.toml ``event_noun`` and ``event_year_link``."""
    def build(pack: LanguagePack) -> re.Pattern[str] | None:
        words = pack.table("time").get("words", {})
        nouns, links = words.get("event_noun", []), words.get("event_year_link", [])
        if not nouns:
            return None
        link = r"(?:(?:" + _phrases(links) + r")\s+)?" if links else ""
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in nouns) + r")\s+" + link
                          + r"(?P<y>(?:19|20)\d\d)(?:/(?P<y2>\d\d))?(?![\d.,]\d)", re.IGNORECASE)
    return pack.compiled("time_scope.named_periods", build)


class TimeScope:
    """The points in time of one document's sentences, found when first asked for."""

    def __init__(self, text: str, pack: LanguagePack, published: date | None, sentences: list[Sentence]) -> None:
        self.text, self.pack, self.published, self.sentences = text, pack, published, sentences
        self._by_sentence: dict[int, list[TimeExpr]] = {}
        self._compared_at: dict[int, bool] = {}  # start of a time expression -> a comparison's base
        self._last_named: TimeSpan | None = None  # the last time a text's own expression gave a figure
        self._same_period_in: dict[int, bool] = {}  # sentence -> says "for the same period"
        self._both_at: dict[int, re.Match[str] | None] = {}  # sentence -> its "both years" phrase
        self._periods: list[tuple[int, TimeSpan]] | None = None  # named periods, found when asked

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
            rx = _phrase_list(self.pack, "same_period")
            sent = self.sentences[i]
            got = self._same_period_in[i] = rx is not None and rx.search(self.text, sent.start, sent.end) is not None
        return got

    def _both_years(self, i: int) -> TimeSpan | None:
        """"in beiden Jahren": the first to the last of the calendar years the text named
        before sentence ``i``; when it named one, that year and the next (budgets and plans
        name the first year of the two they cover)."""
        if i not in self._both_at:  # asked for every figure with no time: searched once a sentence
            rx = _phrase_list(self.pack, "both_years")
            sent = self.sentences[i]
            self._both_at[i] = rx.search(self.text, sent.start, sent.end) if rx is not None else None
        m = self._both_at[i]
        if m is None:
            return None
        years = {y for j in range(i + 1) for t in self.times_in(j) if t.end <= m.start()
                 for y in range(t.first.year, t.last.year + 1) if not self._compared(t)}
        if not years:
            return None
        lo, hi = min(years), max(years)
        if hi == lo:
            hi = lo + 1
        return TimeSpan(date(lo, 1, 1), date(hi, 12, 31), m.group())

    def _named_period(self, pos: int) -> TimeSpan | None:
        """The last period the text named by its noun before ``pos`` ("den Haushalt für 2026"):
        one scan of the document, done only for documents with money in them."""
        if self._periods is None:
            rx = _named_periods(self.pack)
            self._periods = []
            found = []
            for y in _YEAR.finditer(self.text) if rx is not None else ():
                # the noun stands within a few words before its year: a small window each
                m = rx.search(self.text, max(0, y.start() - 50), min(len(self.text), y.end() + 3))
                if m is not None and (not found or m.start() != found[-1].start()):
                    found.append(m)
            for m in found:
                y = int(m.group("y"))
                y2 = y // 100 * 100 + int(m.group("y2")) if m.group("y2") else y
                if y2 >= y:
                    self._periods.append((m.start(), TimeSpan(date(y, 1, 1), date(y2, 12, 31), m.group())))
        got = None
        for at, span in self._periods:
            if at >= pos:
                break
            got = span
        return got

    def time_for(self, i: int, fig: Figure, times: list[TimeExpr],
                 figures: Sequence[Figure] = (), money: bool = False) -> TimeSpan | None:
        """The nearest time expression of the figure's own sentence that may hold for it (see
        :meth:`_own_times`; ``figures`` are the sentence's figures), else the paragraph's last
        point in time before it, else the statement date. Money with no time of its own (or
        only "nun") holds for the period the text named last ("den Haushalt für 2026")."""
        times = self._own_times(fig, times, figures) if times else times
        if money and all(t.kind == "now" for t in times):
            named = self._named_period(fig.start)
            if named is not None:
                return named
        if times:
            def dist(t: TimeExpr) -> int:
                return fig.start - t.end if t.end <= fig.start else t.start - fig.end
            best = min(times, key=lambda t: (dist(t), t.start))
            self._last_named = TimeSpan(best.first, best.last, best.text)
            return self._last_named
        if self._last_named is not None and self._names_same_period(i):
            return self._last_named  # "für denselben Zeitraum": the period of the figure before
        both = self._both_years(i)
        if both is not None:
            return both
        point = self._last_point_before(i)
        if point is not None:
            return TimeSpan(point.first, point.last, point.text)
        default = statement_interval(self.published)
        return TimeSpan(default[0], default[1], None) if default else None
