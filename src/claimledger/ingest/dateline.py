"""Find the publication date an article writes about itself (its dateline).

Metadata is the preferred source of a publication date; when a plain-text file comes
without it, the first lines (or the last: "Stand: …") usually carry the date. Time
expressions in the claims are resolved against this date, so a wrong dateline is worse
than none: a date is only accepted when its context marks it as a dateline (see
``lang/<code>/dateline.toml``), never because it is merely the first date in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimledger.lang import LanguagePack

SCORE_CUE = 3      # "Stand: 12.03.2025"
SCORE_LAYOUT = 2   # a date line, "Ort, Datum –", "Datum, 14:30 Uhr"


@dataclass
class _Rules:
    dates: list[tuple[re.Pattern[str], re.Pattern[str] | None]]  # and a character that may not precede
    months: dict[str, int]
    cue_before: re.Pattern[str]
    event_before: re.Pattern[str]
    place_before: re.Pattern[str]
    place_after: re.Pattern[str]
    time_after: re.Pattern[str]
    weekday_prefix: re.Pattern[str]
    weekday_len: int   # the longest weekday name
    head: int
    tail: int
    max_rest: int
    min_year: int


_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(\\d|\[[^\]]*\])\)")


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _build(pack: LanguagePack) -> _Rules:
    cal = pack.table("calendar")
    tab = pack.table("dateline")
    pats = tab["patterns"]
    subst = {"months": _alternation(cal["months"]), "weekdays": _alternation(cal["weekdays"])}

    def c(key: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(pats[key].replace("{months}", subst["months"])
                          .replace("{weekdays}", subst["weekdays"]), flags)

    def date_rx(key: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        # a leading look-behind ("(?<!\d)") is tested on the one character before a match
        # instead: a pattern that opens with one is entered at every position of the window,
        # one that opens with a digit lets the engine skip ahead in C (3x faster here)
        pat = pats[key]
        lb = _LEADING_LOOKBEHIND.match(pat)
        if lb is None:
            return c(key, flags), None
        pats[key] = pat[lb.end():]
        try:
            return c(key, flags), re.compile(lb.group(1))
        finally:
            pats[key] = pat

    win = tab["window"]
    return _Rules(
        dates=[date_rx("named", re.I), date_rx("numeric"), date_rx("iso")],
        months={k.lower(): int(v) for k, v in cal["months"].items()},
        cue_before=c("cue_before"), event_before=c("event_before"),
        place_before=c("place_before"), place_after=c("place_after"),
        time_after=c("time_after"), weekday_prefix=c("weekday_prefix", re.I),
        weekday_len=max((len(w) for w in cal["weekdays"]), default=0),
        head=int(win["head_chars"]), tail=int(win["tail_chars"]),
        max_rest=int(win["max_line_rest"]), min_year=int(win["min_year"]),
    )


def _to_date(m: re.Match[str], rules: _Rules) -> date | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        if year < 100:
            year += 2000
        month = rules.months[g["mon"].lower()] if g.get("mon") else int(g["m"])
        d = date(year, month, int(g["d"]))
    except (KeyError, ValueError):
        return None
    if d.year < rules.min_year or d.year > date.today().year + 1:
        return None
    return d


def _score(text: str, m: re.Match[str], rules: _Rules) -> int:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if line_end < 0:
        line_end = len(text)
    before = text[max(line_start, m.start() - 80):m.start()]
    after = text[m.end():min(line_end, m.end() + 80)]
    if rules.cue_before.search(before):
        return SCORE_CUE
    if rules.event_before.search(before):
        return 0
    if rules.time_after.match(after):
        return SCORE_LAYOUT
    if rules.place_before.match(text[line_start:m.start()]) and rules.place_after.match(after):
        return SCORE_LAYOUT
    rest = text[line_start:m.start()]
    wd = rules.weekday_prefix.search(rest, _weekday_from(rest, rules.weekday_len))
    if wd:
        rest = rest[:wd.start()]
    rest = (rest + text[m.end():line_end]).strip(" \t\r|·•–-,")
    # a date line: the date and little else (an outlet name, an author, a clock time)
    if len(rest) <= rules.max_rest and not rest.endswith((".", "!", "?")) or not rest:
        return SCORE_LAYOUT
    return 0


def _weekday_from(rest: str, longest: int) -> int:
    """Where a weekday right before the date can start at the earliest: the pattern is a
    weekday, perhaps a comma, whitespace and perhaps one more word ("Montag, den"), up to the
    end, so only the last two words of a line can hold it. Searching a whole line (thousands
    of characters when a paragraph is one line) from its start cost 0.1 s of a bench run."""
    last = len(rest.rstrip())
    while last > 0 and not rest[last - 1].isspace():  # back to the start of the last word
        last -= 1
    before = len(rest[:last].rstrip())  # where the word before it ends
    return max(0, before - longest - 1)


def find_dateline(text: str, pack: LanguagePack) -> tuple[date, int, int] | None:
    """Return ``(date, start, end)`` of the publication date written in ``text``.

    Looks at the first ``head_chars`` and the last ``tail_chars`` characters; among the
    dates whose context marks them as a dateline it prefers a cue ("Stand:",
    "Veröffentlicht am") over layout, and the beginning over the end.
    """
    if not pack.has("dateline"):
        return None
    rules: _Rules = pack.compiled("ingest.dateline", _build)
    n = len(text)
    windows = [(0, min(n, rules.head))]
    tail_start = max(rules.head, n - rules.tail)
    if tail_start < n:
        windows.append((tail_start, n))
    best: tuple[int, int, date, int, int] | None = None  # (-score, rank, date, start, end)
    for rank, (lo, hi) in enumerate(windows):
        for rx, preceded in rules.dates:
            for m in rx.finditer(text, lo, hi):
                if preceded is not None and m.start() > 0 and preceded.match(text, m.start() - 1):
                    continue
                d = _to_date(m, rules)
                if d is None:
                    continue
                s = _score(text, m, rules)
                if s <= 0:
                    continue
                key = (-s, rank * n + m.start(), d, m.start(), m.end())
                if best is None or key[:2] < best[:2]:
                    best = key
    if best is None:
        return None
    return best[2], best[3], best[4]
