"""Resolving a match of the time grammar to a date interval and a kind, from the named
groups it captured (``month``, ``rel``, ``part``, ``since`` ...) and the publication date.

A recurring period ("April", "Herbst", "Montag", "erstes Quartal") is a template over years
or weeks, and a selection mode picks the occurrence (the most recent one by default, the
previous/next/current one after a modifier, the next one after "bis")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_not
from datetime import date, timedelta
from typing import Callable

from claimledger.extract.timex.grammar import Grammar, norm
from claimledger.extract.timex.periods import (AGO_GRAIN, MODE, VAGUE_COUNT, apply_part, month_end,
                                               period, select, shift)

# groups whose presence makes a month, season or unit a time phrase
_STRONG = ("since", "until", "part", "rel", "day", "monthnum", "sub", "weekday", "deictic",
           "yrel", "yunit", "ydeictic", "ago", "after", "now")

Interval = tuple[date, date]
#: an interval and its kind (one of model.KINDS)
Resolved = tuple[date, date, str]


class Skip(Exception):
    """The match is not a time expression, or cannot be resolved without more context."""


def collapse(m: re.Match[str], bases: tuple[str, ...]) -> dict[str, str]:
    """The groups a match captured, by base name (``bases[i]`` names group ``i + 1``); a
    later occurrence of a name wins. Built in C: the master pattern has dozens of groups."""
    groups = m.groups()
    return dict(compress(zip(bases, groups), map(is_not, groups, repeat(None))))


def _accepted(g: dict[str, str], G: Grammar) -> bool:
    strong = any(k in g for k in _STRONG)
    if "month" in g or "season" in g:
        return strong or "intro" in g or "year" in g
    if "decade" in g:
        return strong or "intro" in g or "unit" in g
    if "unit" in g and "day" not in g:
        if "num" in g and not any(k in g for k in ("since", "until", "rel", "ago", "after")):
            return False
        if "num" in g and norm(g.get("since", "")) in G.threshold_ops:
            return False
        return strong or "year" in g
    if "year" in g and not any(k in g for k in ("month", "monthnum", "season", "sub", "unit")):
        return ("since" in g or "until" in g or "part" in g or "year2" in g or "event" in g or "bare" in g
                or ("year_to" in g and "intro" in g)
                or norm(g.get("intro", "")) in G.year_intro)
    return True


@dataclass
class _Final:
    """A result that needs no cutting of parts nor deciding of its kind afterwards."""

    first: date
    last: date
    kind: str


@dataclass
class _Match:
    """The groups of one match, read into values, and how to pick a recurring period."""

    g: dict[str, str]
    G: Grammar
    pub: date | None
    op: str | None = None            # "since" or "until"
    rel: int | None = None           # -1 previous, 0 this, 1 next
    unit: tuple[str, str] | None = None  # (unit, "sg" | "pl")
    num: int | None = None
    year: int | None = None
    year_from_spec: int | None = None    # "im März vergangenen Jahres"
    mode: str = "past"
    part_key: str | None = None

    def need_pub(self) -> date:
        if self.pub is None:
            raise Skip
        return self.pub

    def read_operands(self) -> None:
        g, L = self.g, self.G.lookup
        self.op = "since" if "since" in g else "until" if "until" in g else None
        self.rel = L["rel"][norm(g["rel"])] if "rel" in g else None
        self.unit = L["unit"][norm(g["unit"])] if "unit" in g else None
        if "num" in g:
            t = norm(g["num"])
            self.num = int(t) if t.isdigit() else L["num"][t]
            if self.unit and self.num == 0:
                self.num = VAGUE_COUNT[self.unit[0]]

    def read_years(self) -> None:
        g, L = self.g, self.G.lookup
        self.year = int(g["year"]) if "year" in g else None
        if "yy" in g:
            yy = int(g["yy"])
            self.year = 2000 + yy if yy < 70 else 1900 + yy
        # a year stated after the head: "im März vergangenen Jahres", "Ende des Vorjahres"
        if "ydeictic" in g or "yunit" in g:
            p = self.need_pub()
            off = L["deictic"][norm(g["ydeictic"])]["offset"] if "ydeictic" in g else \
                (L["rel"][norm(g["yrel"])] if "yrel" in g else 0)
            self.year_from_spec = p.year + off
        self.mode = MODE[self.rel] if self.rel is not None else ("near" if self.op == "until" else "past")
        self.part_key = L["part"][norm(g["part"])] if "part" in g else None

    def recurring(self, tmpl: Callable[[int], Interval], wraps: bool = False) -> Interval:
        """The occurrence of a yearly period: of the year written, of the year the text
        states relative to the publication, or selected around the publication date."""
        if self.year is not None:
            if "year2" in self.g:
                y2 = _second_year(self.year, self.g["year2"])
                if y2 != self.year + 1:
                    raise Skip
                return tmpl(y2 if wraps else self.year)
            return tmpl(self.year)
        if self.year_from_spec is not None:
            return tmpl(self.year_from_spec)
        p = self.need_pub()
        got = select([tmpl(y) for y in range(p.year - 2, p.year + 3)], p, self.mode)
        if got is None:
            raise Skip
        return got


def _second_year(year: int, written: str) -> int:
    """"2024/25": the second year of a span, completed from the first."""
    y2 = int(written)
    return y2 if y2 > 99 else year // 100 * 100 + y2


def _moment(c: _Match) -> _Final | None:
    """"vor drei Monaten", "in zwei Wochen": counted from the publication date."""
    if "ago" in c.g and c.unit:
        p = c.need_pub()
        return _Final(*period(shift(p, c.unit[0], -(c.num or 1)), AGO_GRAIN[c.unit[0]]), "relative")
    if "after" in c.g and c.unit:
        p = c.need_pub()
        return _Final(p, shift(p, c.unit[0], c.num or 1), "future")
    return None


def _day_month(c: _Match) -> Interval:
    g, L = c.g, c.G.lookup
    m = L["month"][norm(g["month"])] if "month" in g else int(g["monthnum"])
    d, d0 = int(g["day"]), int(g.get("day0") or g["day"])
    if d0 > d:
        raise Skip
    if "monthnum" in g and c.year is None and not (c.op or "intro" in g):
        raise Skip  # "3.10." alone may be anything
    return c.recurring(lambda y: (date(y, m, d0), date(y, m, d)))


def _month(c: _Match) -> Interval:
    g, L = c.g, c.G.lookup
    m1 = L["month"][norm(g["month"])]
    m2 = L["month"][norm(g["month2"])] if "month2" in g else m1
    return c.recurring(lambda y: (date(y - 1 if m2 < m1 else y, m1, 1), month_end(y, m2)), m2 < m1)


def _season(c: _Match) -> Interval:
    seasons = c.G.lookup["season"]
    name = norm(c.g["season"])
    key = next((k for k in seasons if name.startswith(k) and len(name) - len(k) <= 2), None)
    if key is None:
        raise Skip
    a, b = seasons[key]
    return c.recurring(lambda y: (date(y - 1 if b < a else y, a, 1), month_end(y, b)), b < a)


def _sub_period(c: _Match) -> Interval:
    """"im ersten Quartal", "im zweiten Halbjahr"."""
    g, L = c.g, c.G.lookup
    k = L["sub"][norm(g["sub"])]
    t = norm(g["ord"])
    n = int(t) if t.isdigit() else L["ord"][t]
    if n * k > 12:
        raise Skip
    return c.recurring(lambda y: (date(y, (n - 1) * k + 1, 1), month_end(y, n * k)))


def _weekday(c: _Match) -> Interval | None:
    p = c.need_pub()
    a, b = c.G.lookup["weekday"][norm(c.g["weekday"])]
    mon = p - timedelta(days=p.isoweekday() - 1)
    cands = [(mon + timedelta(days=7 * w + a - 1), mon + timedelta(days=7 * w + b - 1))
             for w in range(-3, 3)]
    return select(cands, p, c.mode)


def _deictic(c: _Match) -> Interval:
    """"heuer", "vergangene Woche": a period relative to the publication date."""
    p = c.need_pub()
    e = c.G.lookup["deictic"][norm(c.g["deictic"])]
    c.part_key = c.part_key or e.get("part")
    return period(shift(p, e["unit"], e["offset"]), e["unit"])


def _by_unit(c: _Match) -> Interval | _Final:
    """"im vergangenen Jahr", "seit drei Wochen", "in den kommenden Monaten"."""
    assert c.unit is not None
    u, number = c.unit
    if c.year is not None and u == "year":
        return date(c.year, 1, 1), date(c.year, 12, 31)
    if c.year is not None:
        raise Skip
    p = c.need_pub()
    if c.num is None and number != "pl":
        return period(shift(p, u, c.rel or 0), u)
    n = c.num if c.num is not None else VAGUE_COUNT[u]
    if c.rel == 0:
        return _Final(p, p, "now")
    if c.rel is not None and c.rel > 0 or c.op == "until":
        return _Final(p, shift(p, u, n), "future")
    return _Final(shift(p, u, -n) + timedelta(days=1 if c.op != "since" else 0), p,
                  "since" if c.op == "since" else "relative")


def _years(c: _Match) -> Interval:
    """"2024", "2023/24", "von 2020 bis 2022"."""
    assert c.year is not None
    y2 = c.year
    if "year2" in c.g:
        y2 = _second_year(c.year, c.g["year2"])
        if y2 != c.year + 1:
            raise Skip
    elif "year_to" in c.g:
        y2 = int(c.g["year_to"])
        if y2 <= c.year:
            raise Skip
    return date(c.year, 1, 1), date(y2, 12, 31)


def _interval(c: _Match) -> Interval | _Final | None:
    """The interval the head of the match names, the most specific head first."""
    g = c.g
    if "decade" in g:
        d = int(g["decade"])
        return date(d, 1, 1), date(d + 9, 12, 31)
    if "day" in g and ("month" in g or "monthnum" in g):
        return _day_month(c)
    if "month" in g:
        return _month(c)
    if "season" in g:
        return _season(c)
    if "sub" in g and "ord" in g:
        return _sub_period(c)
    if "weekday" in g:
        return _weekday(c)
    if "deictic" in g:
        return _deictic(c)
    if c.unit is not None:
        return _by_unit(c)
    if c.year is not None:
        return _years(c)
    return None


def _kind(c: _Match, iv: Interval) -> Resolved:
    """Cut the part ("Ende", "Anfang") and decide the kind; "seit"/"bis" open the interval
    to the publication date."""
    first, last = apply_part(iv, c.G.part_spans.get(c.part_key) if c.part_key else None)
    absolute = c.year is not None or "decade" in c.g
    if absolute and (c.rel is not None or c.year_from_spec is not None):
        absolute = False
    pub = c.pub
    if pub is None and (not absolute or c.op):
        raise Skip
    kind = "absolute" if absolute else "relative"
    if c.op == "since":
        assert pub is not None
        if first > pub:
            return first, last, "future"
        return first, pub, "since"
    if c.op == "until":
        assert pub is not None
        if last > pub:
            return pub, last, "future"
        if last == pub:
            return pub, pub, "now"
        # an end point passed: what was counted "bis Mitte Mai" was counted in that year up to
        # it (a year-to-date figure), so the interval runs from the start of its year
        return date(last.year, 1, 1), last, "until"
    if kind == "relative" and pub is not None and first > pub:
        kind = "future"
    return first, last, kind


def resolve(g: dict[str, str], G: Grammar, pub: date | None) -> Resolved:
    """The interval and kind of a match's groups ``g``; raises ``Skip`` when it is none."""
    if "now" in g:
        if pub is None:
            raise Skip
        return pub, pub, "now"
    if not _accepted(g, G):
        raise Skip
    c = _Match(g, G, pub)
    c.read_operands()
    moment = _moment(c)
    if moment is not None:
        return moment.first, moment.last, moment.kind
    c.read_years()
    got = _interval(c)
    if got is None:
        raise Skip
    if isinstance(got, _Final):
        return got.first, got.last, got.kind
    return _kind(c, got)
