"""Finding time expressions: two fast scans for candidate heads (digit runs and head words),
then the master pattern tried at each head and at the lead words before it."""

from __future__ import annotations

import re
from datetime import date

from claimledger.extract.timex.grammar import Grammar, grammar
from claimledger.extract.timex.model import TimeExpr
from claimledger.extract.timex.resolve import Skip, collapse, resolve
from claimledger.lang import LanguagePack

_DIGITS = re.compile("|".join(f"{d}[0-9]*" for d in "0123456789"))
# a match that does not resolve (most do not: a bare year, or any relative expression when
# the publication date is unknown), in the memo of resolutions
_FAILED = None
_MEMO_MAX = 50_000  # entries; the memo is cleared when it grows past this


def _heads(text: str, pos: int, end: int, trigger: re.Pattern[str], at_start: re.Pattern[str]) -> list[int]:
    """Where a time expression may have its head: digit runs (a day, month or count has one
    or two digits, a year four, a count rarely three) and head words."""
    cands = []
    for m in _DIGITS.finditer(text, pos, end):
        s, e = m.span()
        if e - s < 3 or e - s == 4 or (e - s == 3 and text[e:e + 1] == " "):
            cands.append(s)
    cands += [m.start() + 1 for m in trigger.finditer(text, max(0, pos - 1), end)]
    if at_start.match(text, pos, end) and (pos == 0 or not text[pos - 1].isalnum()):
        cands.append(pos)
    cands.sort()
    return cands


def find_times(text: str, pack: LanguagePack, published: date | None, start: int = 0,
               end: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``text[start:end]``, resolved against ``published``.

    Offsets are absolute. The result is sorted and non-overlapping; at each position the
    pack's first (most specific) branch wins, and a match starting earlier swallows what
    it contains ("im vergangenen Herbst", not "Herbst"). Without a publication date only
    expressions that carry their own year are resolved.
    """
    G = grammar(pack)
    end = len(text) if end is None else max(start, min(end, len(text)))
    pos = max(0, start)
    out: list[TimeExpr] = []
    if pos >= end:
        return out
    match, leads = G.pattern.match, G.leads
    for t in _heads(text, pos, end, G.trigger, G.trigger_at_start):
        if t < pos:
            continue
        # the digits after a thousands separator or decimal point are not a new number
        if t >= 2 and text[t - 1] in ".," and text[t - 2].isdigit() and text[t].isdigit():
            continue
        for c in _lead_starts(text, t, pos, leads):
            m = match(text, c, end)
            if m is None:
                continue
            got = _resolved(m, G, published)
            if got is _FAILED:
                continue
            first, last, kind = got
            if first <= last:
                out.append(TimeExpr(m.start(), m.end(), first, last, kind, m.group()))
                pos = max(m.end(), m.start() + 1)
            break
    return out


def _resolved(m: re.Match[str], G: Grammar, published: date | None) -> tuple[date, date, str] | None:
    """What a match resolves to, ``_FAILED`` when it does not. Resolution depends on nothing
    but the groups a match captured and the publication date, and the same few hundred
    expressions ("2014", "am Montag", "im vergangenen Jahr") recur across a corpus, so the
    outcome is memoised on the grammar by (groups, date): most matches then skip building
    their groups, resolving them and raising ``Skip``."""
    key = (m.groups(), published)
    memo = G.resolved
    got = memo.get(key, memo)
    if got is not memo:
        return got  # type: ignore[no-any-return]
    try:
        got = resolve(collapse(m, G.bases), G, published)
    except (Skip, ValueError, OverflowError, KeyError, StopIteration):
        got = _FAILED
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[key] = got
    return got


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
