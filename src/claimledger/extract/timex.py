"""Time expressions: find them and resolve them to a date interval.

Every figure in a news article holds at some time, and the text rarely says it absolutely:
"im vergangenen Herbst", "seit Oktober", "Ende letzten Jahres", "derzeit". The ledger can
only order and compare estimates if each is pinned to an interval, so this module resolves
every expression against the article's publication date.

Design:

* All words and surface patterns come from the language pack (``calendar.toml`` and
  ``time.toml``). The pack's ``[patterns]`` are regex templates; this module expands their
  ``%macro%`` references, compiles them once per pack into one alternation, and resolves a
  match only from the *named groups* it captured (``month``, ``rel``, ``part``, ``since`` ...).
  So an English pack needs new data files, not new code.
* dateparser and friends were tried and fail on exactly the cases that matter here
  (relative seasons, "Ende letzten Jahres", year inference for a month without a year), so
  the resolver is our own and small: a recurring period ("April", "Herbst", "Montag",
  "erstes Quartal") is a template over years or weeks, and a *selection mode* picks the
  occurrence (the most recent one by default, the previous/next/current one after a
  modifier, the next one after "bis").
* Precision over recall for ambiguous tokens: a bare month or season ("Mai", "Herbst") only
  counts with a preposition, modifier, part word, day or year around it; a bare four-digit
  number only counts as a year after a time operator ("seit 2014") and not before a noun
  ("bis 2000 Menschen").
"""

from __future__ import annotations

import calendar as _calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from claimledger.lang import LanguagePack

KINDS = ("absolute", "relative", "since", "now", "future", "until")

# How many units a vague plural means ("in den kommenden Monaten" = six months). These are
# conventions about time, not about a language, so they live here and not in a pack.
_VAGUE_COUNT = {"hour": 24, "day": 7, "week": 4, "month": 6, "quarter": 2, "half": 2, "year": 3}
# "vor drei Monaten" points at a moment; report it at this precision
_AGO_GRAIN = {"hour": "day", "day": "day", "week": "week", "month": "month",
              "quarter": "month", "half": "month", "year": "month"}
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12}
# groups whose presence makes a month, season or unit a time phrase
_STRONG = ("since", "until", "part", "rel", "day", "monthnum", "sub", "weekday", "deictic",
           "yrel", "yunit", "ydeictic", "ago", "after", "now")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text and the interval it denotes (inclusive)."""

    start: int
    end: int
    first: date
    last: date
    kind: str  # one of KINDS
    text: str


@dataclass(frozen=True)
class _Grammar:
    """Everything compiled from a pack: the master pattern and the lookup tables."""

    pattern: re.Pattern[str]
    names: dict[str, str]  # compiled group name -> base name
    lookup: dict[str, dict[str, Any]]  # table -> normalised surface form -> value
    year_intro: frozenset[str]
    # operators that make "<op> N <units>" a threshold, not a time ("ab 18 Jahren")
    threshold_ops: frozenset[str]
    part_spans: dict[str, dict[str, Any]]
    first_word: re.Pattern[str]
    trigger: re.Pattern[str]  # a head word after a boundary character
    trigger_at_start: re.Pattern[str]  # a head word at the very start of the text
    leads: frozenset[str]  # tokens that may stand before a head inside one expression


# ----------------------------------------------------------------------------- compiling

def _norm(s: str) -> str:
    return " ".join(s.lower().split()).rstrip(".")


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words`` (longest first), factored as a prefix tree.

    A flat alternation of a few hundred words is tried word by word at every position; the
    tree needs one character test per level, which keeps the scanner fast.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


_DIGITS = re.compile("|".join(f"{d}[0-9]*" for d in "0123456789"))
# characters after which a word starts (whitespace, opening quotes and brackets, dashes)
_BOUNDARY = "[\\s\"'\u201e\u201c\u201a\u2018\u00bb\u00ab(\\[/\u2013\u2014-]"


def _triggers(heads: list[str]) -> dict[str, re.Pattern[str]]:
    """Scanners for head words (lower case or capitalised) after a boundary character.

    Written case-sensitively, starting with a small character class, so that the regex
    engine skips ahead in C: this scan runs over every character of every sentence, and
    case-insensitive matching of a word tree at every position is several times slower.
    """
    by_first: dict[str, list[str]] = {}
    for w in heads:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rests in sorted(by_first.items()):
        tail = _trie(rests)
        for cc in sorted({c, c.upper()}):
            alts.append(re.escape(cc) + tail)
    words = "(?:" + "|".join(alts) + ")"
    return {"trigger": re.compile(_BOUNDARY + words), "trigger_at_start": re.compile(words)}


def _alt(words: list[str], exact: frozenset[str] = frozenset()) -> str:
    """A non-capturing alternation of words, longest first; spaces match any whitespace."""
    items = {" ".join(w.split()) for w in words if w.strip()}
    loose = [w for w in items if w not in exact]
    parts = [f"(?:{_trie(loose)})"] if loose else []
    parts += [f"(?-i:{_trie([w])})" for w in sorted(exact & items, key=lambda w: -len(w))]
    parts.sort(key=lambda p: p.startswith("(?-i"))
    # exact-case entries first: they are the longer reading where both could match
    return "(?:" + "|".join(reversed(parts)) + ")" if parts else "(?!)"


def _build(pack: LanguagePack) -> _Grammar:
    cal = pack.table("calendar")
    tab = pack.table("time")
    rx: dict[str, str] = dict(tab.get("regex", {}))
    macros: dict[str, str] = {}
    lookup: dict[str, dict[str, Any]] = {}

    months: dict[str, int] = {k.lower(): int(v) for k, v in cal.get("months", {}).items()}
    # an abbreviation is a strict prefix of another name of the same month ("okt", "sept")
    abbr = {k for k, v in months.items()
            if any(o != k and o.startswith(k) and months[o] == v for o in months)}
    full = [k for k in months if k not in abbr]
    macros["month"] = _alt(full)
    macros["month_any"] = f"(?:{_alt(full)}(?!\\w)|{_alt(sorted(abbr))}(?!\\w)\\.?)"
    lookup["month"] = months
    lookup["month2"] = months

    seasons = {k.lower(): tuple(v) for k, v in cal.get("seasons", {}).items()}
    macros["season"] = _alt(list(seasons)) + rx.get("season_suffix", "")
    lookup["season"] = seasons

    wdays: dict[str, tuple[int, int]] = {k.lower(): (int(v), int(v))
                                         for k, v in cal.get("weekdays", {}).items()}
    wdays.update({k.lower(): (int(v[0]), int(v[1])) for k, v in tab.get("weekday_spans", {}).items()})
    macros["weekday"] = _alt(list(wdays))
    lookup["weekday"] = wdays

    for name, words in tab.get("words", {}).items():
        macros[name] = _alt(list(words))
        lookup[name] = {_norm(w): True for w in words}

    endings = tab.get("rel_endings", {}).get("endings", [""])
    rel = {stem.lower() + e: int(v) for stem, v in tab.get("rel", {}).items() for e in endings}
    macros["rel"] = _alt(list(rel))
    lookup["rel"] = lookup["yrel"] = rel

    units = {k.lower(): (v[0], v[1]) for k, v in tab.get("unit", {}).items()}
    macros["unit"] = _alt(list(units))
    for u in {v[0] for v in units.values()}:
        macros[f"unit_{u}"] = _alt([k for k, v in units.items() if v[0] == u and v[1] == "sg"])
    lookup["unit"] = lookup["yunit"] = units

    nums = {k.lower(): int(v) for k, v in tab.get("num", {}).items()}
    digit_num = rx.get("digit_num", r"\d{1,3}")
    macros["num"] = f"(?:{_alt(list(nums))}(?!\\w)|{digit_num})"
    lookup["num"] = nums

    ords = {k.lower(): int(v) for k, v in tab.get("ord", {}).items()}
    digit_ord = rx.get("digit_ord", r"[1-4]\.")
    macros["ord"] = f"(?:{_alt(list(ords))}(?!\\w)|{digit_ord})"
    lookup["ord"] = ords

    subs = {k.lower(): int(v) for k, v in tab.get("sub", {}).items()}
    macros["sub"] = _alt(list(subs))
    lookup["sub"] = subs

    parts = {k.lower(): v for k, v in tab.get("part", {}).items()}
    macros["part"] = _alt(list(parts))
    lookup["part"] = parts

    deictic = {k.lower(): dict(v) for k, v in tab.get("deictic", {}).items()}
    exact = frozenset(k for k, v in deictic.items() if v.get("case") == "exact")
    macros["deictic"] = _alt(list(deictic), exact)
    macros["deictic_year"] = _alt([k for k, v in deictic.items()
                                   if v["unit"] == "year" and not v.get("part")], exact)
    lookup["deictic"] = lookup["ydeictic"] = deictic

    # words of each table, for the head/lead prefilter
    words_of: dict[str, list[str]] = {k: list(v) for k, v in tab.get("words", {}).items()}
    words_of.update(month=list(months), month_any=list(months), season=list(seasons),
                    weekday=list(wdays), rel=list(rel), unit=list(units), num=list(nums),
                    ord=list(ords), sub=list(subs), part=list(parts), deictic=list(deictic))
    macros.update(rx)
    templates = dict(tab.get("templates", {}))

    def expand(s: str, depth: int = 0) -> str:
        if depth > 8:
            raise ValueError("time.toml: macro recursion too deep")

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in templates:
                return expand(templates[name], depth + 1)
            if name in macros:
                return macros[name]
            raise ValueError(f"time.toml: unknown macro %{name}%")
        return re.sub(r"%(\w+)%", sub, s)

    pat = tab["patterns"]
    body = expand(pat.get("prefix", "")) + "(?:" + "|".join(
        expand(b) for b in pat["branches"]) + ")"
    # group names may repeat across branches and macros: number every occurrence
    names: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        new = f"{m.group(1)}__{len(names)}"
        names[new] = m.group(1)
        return f"(?P<{new}>"
    body = re.sub(r"\(\?P<(\w+)>", rename, body)
    pattern = re.compile(r"(?:(?<!\w)|(?<=[^\W\d_])(?=\d))(?:" + body + r")(?!\w)", re.IGNORECASE | re.VERBOSE)
    return _Grammar(pattern=pattern, names=names, lookup=lookup,
                    year_intro=frozenset(_norm(w) for w in tab["words"].get("year_intro", [])),
                    threshold_ops=frozenset(_norm(w) for w in tab["words"].get("threshold_ops", [])),
                    part_spans=dict(tab.get("part_spans", {})),
                    first_word=re.compile(r"\w+|\S"),
                    **_triggers(sorted({w.lower() for h in pat.get("heads", [])
                                        for w in words_of.get(h, [])})),
                    leads=frozenset(t.lower().rstrip(".") for h in pat.get("leads", [])
                                    for w in words_of.get(h, []) for t in w.split()))


# ----------------------------------------------------------------------------- calendar math

def _month_end(y: int, m: int) -> date:
    return date(y, m, _calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, _calendar.monthrange(y, m + 1)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (negative: back)."""
    if unit == "hour":
        return d + timedelta(days=int(n / 24))
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return _add_months(d, n * _MONTHS_PER[unit])


def _period(d: date, unit: str) -> tuple[date, date]:
    """The calendar period of ``unit`` containing ``d`` (ISO weeks start on Monday)."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        mon = d - timedelta(days=d.isoweekday() - 1)
        return mon, mon + timedelta(days=6)
    k = _MONTHS_PER[unit]
    m0 = (d.month - 1) // k * k + 1
    return date(d.year, m0, 1), _month_end(d.year, m0 + k - 1)


def _apply_part(iv: tuple[date, date], spec: dict[str, Any] | None) -> tuple[date, date]:
    """Cut the begin/middle/end of a period, by the pack's rules for years, months, others."""
    f, l = iv
    if not spec:
        return iv
    if f.year == l.year and (f.month, f.day, l.month, l.day) == (1, 1, 12, 31) and "year_months" in spec:
        a, b = spec["year_months"]
        return date(f.year, a, 1), _month_end(f.year, b)
    if (f.year, f.month) == (l.year, l.month) and f.day == 1 and l == _month_end(l.year, l.month) \
            and "month_days" in spec:
        a, b = spec["month_days"]
        return date(f.year, f.month, min(a, l.day)), date(f.year, f.month, min(b, l.day))
    n_months = (l.year - f.year) * 12 + l.month - f.month + 1
    if f.day == 1 and l == _month_end(l.year, l.month) and n_months % 3 == 0 and "thirds" in spec:
        k = n_months // 3
        s = _add_months(f, k * (spec["thirds"] - 1))
        e = _add_months(s, k - 1)
        return s, _month_end(e.year, e.month)
    if "fraction" in spec:
        n = (l - f).days + 1
        a, b = spec["fraction"]
        s = f + timedelta(days=int(math.floor(a * n)))
        e = f + timedelta(days=max(int(math.ceil(b * n)) - 1, 0))
        return (s, min(e, l)) if s <= e else (s, s)
    return iv


def _select(cands: list[tuple[date, date]], pub: date, mode: str) -> tuple[date, date] | None:
    """Pick one occurrence of a recurring period relative to the publication date.

    past: the most recent that has begun; prev: the most recent that has ended;
    this: the one containing the date, else the nearest; next: the first not yet begun;
    future: the first not yet ended.
    """
    cands = sorted(cands)
    if mode == "past":
        ok = [c for c in cands if c[0] <= pub]
        return ok[-1] if ok else None
    if mode == "prev":
        ok = [c for c in cands if c[1] < pub]
        return ok[-1] if ok else None
    if mode == "next":
        ok = [c for c in cands if c[0] > pub]
        return ok[0] if ok else None
    if mode == "future":
        ok = [c for c in cands if c[1] >= pub]
        return ok[0] if ok else None

    def dist(c: tuple[date, date]) -> int:
        return 0 if c[0] <= pub <= c[1] else min(abs((c[0] - pub).days), abs((c[1] - pub).days))
    return min(cands, key=dist) if cands else None


_MODE = {-1: "prev", 0: "this", 1: "next"}


# ----------------------------------------------------------------------------- resolving

class _Skip(Exception):
    """The match is not a time expression, or cannot be resolved without more context."""


def _collapse(m: re.Match[str], names: dict[str, str]) -> dict[str, str]:
    return {names[k]: v for k, v in m.groupdict().items() if v is not None}


def _accepted(g: dict[str, str], G: _Grammar) -> bool:
    strong = any(k in g for k in _STRONG)
    if "month" in g or "season" in g:
        return strong or "intro" in g or "year" in g
    if "decade" in g:
        return strong or "intro" in g or "unit" in g
    if "unit" in g and "day" not in g:
        if "num" in g and not any(k in g for k in ("since", "until", "rel", "ago", "after")):
            return False
        if "num" in g and _norm(g.get("since", "")) in G.threshold_ops:
            return False
        return strong or "year" in g
    if "year" in g and not any(k in g for k in ("month", "monthnum", "season", "sub", "unit")):
        return ("since" in g or "until" in g or "part" in g or "year2" in g
                or ("year_to" in g and "intro" in g)
                or _norm(g.get("intro", "")) in G.year_intro)
    return True


def _resolve(g: dict[str, str], G: _Grammar, pub: date | None) -> tuple[date, date, str]:
    L = G.lookup
    if "now" in g:
        if pub is None:
            raise _Skip
        return pub, pub, "now"
    if not _accepted(g, G):
        raise _Skip
    op = "since" if "since" in g else "until" if "until" in g else None
    rel = L["rel"][_norm(g["rel"])] if "rel" in g else None
    unit = L["unit"][_norm(g["unit"])] if "unit" in g else None
    num: int | None = None
    if "num" in g:
        t = _norm(g["num"])
        num = int(t) if t.isdigit() else L["num"][t]
        if unit and num == 0:
            num = _VAGUE_COUNT[unit[0]]

    def need_pub() -> date:
        if pub is None:
            raise _Skip
        return pub

    # moments and spans counted from the publication date
    if "ago" in g and unit:
        p = need_pub()
        return (*_period(_shift(p, unit[0], -(num or 1)), _AGO_GRAIN[unit[0]]), "relative")
    if "after" in g and unit:
        p = need_pub()
        return p, _shift(p, unit[0], num or 1), "future"

    year = int(g["year"]) if "year" in g else None
    if "yy" in g:
        yy = int(g["yy"])
        year = 2000 + yy if yy < 70 else 1900 + yy
    absolute = year is not None or "decade" in g
    # a year stated after the head: "im März vergangenen Jahres", "Ende des Vorjahres"
    year_from_spec: int | None = None
    if "ydeictic" in g or "yunit" in g:
        p = need_pub()
        off = L["deictic"][_norm(g["ydeictic"])]["offset"] if "ydeictic" in g else \
            (L["rel"][_norm(g["yrel"])] if "yrel" in g else 0)
        year_from_spec = p.year + off

    mode = _MODE[rel] if rel is not None else ("future" if op == "until" else "past")
    part_key = L["part"][_norm(g["part"])] if "part" in g else None
    iv: tuple[date, date] | None = None

    def recurring(tmpl: Callable[[int], tuple[date, date]], wraps: bool = False) -> tuple[date, date]:
        if year is not None:
            if "year2" in g:
                y2 = int(g["year2"])
                y2 = y2 if y2 > 99 else year // 100 * 100 + y2
                if y2 != year + 1:
                    raise _Skip
                return tmpl(y2 if wraps else year)
            return tmpl(year)
        if year_from_spec is not None:
            return tmpl(year_from_spec)
        p = need_pub()
        got = _select([tmpl(y) for y in range(p.year - 2, p.year + 3)], p, mode)
        if got is None:
            raise _Skip
        return got

    if "decade" in g:
        d = int(g["decade"])
        iv = date(d, 1, 1), date(d + 9, 12, 31)
    elif "day" in g and ("month" in g or "monthnum" in g):
        m = L["month"][_norm(g["month"])] if "month" in g else int(g["monthnum"])
        d, d0 = int(g["day"]), int(g.get("day0") or g["day"])
        if d0 > d:
            raise _Skip
        if "monthnum" in g and year is None and not (op or "intro" in g):
            raise _Skip  # "3.10." alone may be anything
        iv = recurring(lambda y: (date(y, m, d0), date(y, m, d)))
    elif "month" in g:
        m1 = L["month"][_norm(g["month"])]
        m2 = L["month"][_norm(g["month2"])] if "month2" in g else m1
        iv = recurring(lambda y: (date(y - 1 if m2 < m1 else y, m1, 1), _month_end(y, m2)), m2 < m1)
    elif "season" in g:
        name = _norm(g["season"])
        key = next((k for k in L["season"] if name.startswith(k) and
                    len(name) - len(k) <= 2), None)
        if key is None:
            raise _Skip
        a, b = L["season"][key]
        iv = recurring(lambda y: (date(y - 1 if b < a else y, a, 1), _month_end(y, b)), b < a)
    elif "sub" in g and "ord" in g:
        k = L["sub"][_norm(g["sub"])]
        t = _norm(g["ord"])
        n = int(t) if t.isdigit() else L["ord"][t]
        if n * k > 12:
            raise _Skip
        iv = recurring(lambda y: (date(y, (n - 1) * k + 1, 1), _month_end(y, n * k)))
    elif "weekday" in g:
        p = need_pub()
        a, b = L["weekday"][_norm(g["weekday"])]
        mon = p - timedelta(days=p.isoweekday() - 1)
        cands = [(mon + timedelta(days=7 * w + a - 1), mon + timedelta(days=7 * w + b - 1))
                 for w in range(-3, 3)]
        iv = _select(cands, p, mode)
    elif "deictic" in g:
        p = need_pub()
        e = L["deictic"][_norm(g["deictic"])]
        iv = _period(_shift(p, e["unit"], e["offset"]), e["unit"])
        part_key = part_key or e.get("part")
    elif unit is not None:
        u, number = unit
        if year is not None and u == "year":
            iv = date(year, 1, 1), date(year, 12, 31)
        elif year is not None:
            raise _Skip
        elif num is not None or number == "pl":
            p = need_pub()
            n = num if num is not None else _VAGUE_COUNT[u]
            if rel == 0:
                return p, p, "now"
            if rel is not None and rel > 0 or op == "until":
                return p, _shift(p, u, n), "future"
            return (_shift(p, u, -n) + timedelta(days=1 if op != "since" else 0), p,
                    "since" if op == "since" else "relative")
        else:
            p = need_pub()
            iv = _period(_shift(p, u, rel or 0), u)
    elif year is not None:
        y2 = year
        if "year2" in g:
            y2 = int(g["year2"])
            y2 = y2 if y2 > 99 else year // 100 * 100 + y2
            if y2 != year + 1:
                raise _Skip
        elif "year_to" in g:
            y2 = int(g["year_to"])
            if y2 <= year:
                raise _Skip
        iv = date(year, 1, 1), date(y2, 12, 31)
    if iv is None:
        raise _Skip

    iv = _apply_part(iv, G.part_spans.get(part_key) if part_key else None)
    first, last = iv
    if absolute and (rel is not None or year_from_spec is not None):
        absolute = False
    if pub is None and (not absolute or op):
        raise _Skip
    kind = "absolute" if absolute else "relative"
    if op == "since":
        assert pub is not None
        if first > pub:
            return first, last, "future"
        return first, pub, "since"
    if op == "until":
        assert pub is not None
        if last > pub:
            return pub, last, "future"
        if last == pub:
            return pub, pub, "now"
        return last, last, "until"
    if kind == "relative" and pub is not None and first > pub:
        kind = "future"
    return first, last, kind


# ----------------------------------------------------------------------------- public API

def find_times(text: str, pack: LanguagePack, published: date | None, start: int = 0,
               end: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``text[start:end]``, resolved against ``published``.

    Offsets are absolute. The result is sorted and non-overlapping; at each position the
    pack's first (most specific) branch wins, and a match starting earlier swallows what
    it contains ("im vergangenen Herbst", not "Herbst"). Without a publication date only
    expressions that carry their own year are resolved.
    """
    G: _Grammar = pack.compiled("timex", _build)
    end = len(text) if end is None else max(start, min(end, len(text)))
    pos = max(0, start)
    out: list[TimeExpr] = []
    if pos >= end:
        return out
    # candidate heads: digit runs and head words, found by two fast scans
    # (a day, month or count has one or two digits, a year four, a count rarely three)
    cands = [m.start() for m in _DIGITS.finditer(text, pos, end)
             if len(m.group()) in (1, 2, 4) or (len(m.group()) == 3 and text[m.end():m.end() + 1] == " ")]
    cands += [m.start() + 1 for m in G.trigger.finditer(text, max(0, pos - 1), end)]
    if G.trigger_at_start.match(text, pos, end) and (pos == 0 or not text[pos - 1].isalnum()):
        cands.append(pos)
    cands.sort()
    match, leads, names = G.pattern.match, G.leads, G.names
    for t in cands:
        if t < pos:
            continue
        # the digits after a thousands separator or decimal point are not a new number
        if t >= 2 and text[t - 1] in ".," and text[t - 2].isdigit() and text[t].isdigit():
            continue
        for c in _lead_starts(text, t, pos, leads):
            m = match(text, c, end)
            if m is None:
                continue
            try:
                first, last, kind = _resolve(_collapse(m, names), G, published)
            except (_Skip, ValueError, OverflowError, KeyError, StopIteration):
                continue
            if first <= last:
                out.append(TimeExpr(m.start(), m.end(), first, last, kind, m.group()))
                pos = max(m.end(), m.start() + 1)
            break
    return out


def _lead_starts(text: str, t: int, floor: int, leads: frozenset[str], limit: int = 6) -> list[int]:
    """Where an expression around the head at ``t`` may start: at ``t`` or at one of the
    lead words ("seit Anfang des", "in den vergangenen zwei") directly before it; leftmost first.
    """
    starts = [t]
    cur = t
    for _ in range(limit):
        if cur - 2 < floor or not text[cur - 1].isspace():
            break
        j = cur - 1
        while j >= floor and text[j].isspace():
            j -= 1
        k = max(text.rfind(" ", floor, j), text.rfind("\n", floor, j))
        if k < 0 and floor > 0:
            k = floor - 1
        word = text[k + 1:j + 1]
        if not word or word.lower().rstrip(".") not in leads:
            break
        cur = k + 1
        starts.append(cur)
    starts.reverse()
    return starts


def statement_interval(published: date | None) -> tuple[date, date] | None:
    """The interval a figure holds for when its sentence names no time: the day it was published."""
    return (published, published) if published is not None else None
