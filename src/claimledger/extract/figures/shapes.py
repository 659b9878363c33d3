"""Numbers that are not quantities, told by their shape and a word of context: dates,
clock times, phone numbers, URLs and codes, references ("Artikel 5"), ordinals ("der 2.
Weltkrieg") and years ("2024", but not "2000 Soldaten")."""

from __future__ import annotations

import re

from claimledger.extract.figures.model import Core
from claimledger.extract.figures.scanner import Scanner
from claimledger.extract.figures.text import last_tokens, next_word, prev_word

_PHONE_TAIL = re.compile(r"[\d \-/()]*\d")
_NONSPACE = re.compile(r"\S*")


def _phone_end(text: str, s: int, end: int) -> int:
    m = _PHONE_TAIL.match(text, s, end)
    return m.end() if m else s + 1


def skip_before_token(sc: Scanner, text: str, s: int, end: int) -> int | None:
    """Where to resume when the digits at ``s`` are not a quantity by what they start or
    continue (a fragment of a bigger token, a date or clock time, a phone number); None when
    they may be one."""
    prev = text[s - 1] if s > 0 else " "
    # a fragment of a bigger token: "v2.1", "COVID-19", "3.10"
    if prev in "-.," and s >= 2 and (text[s - 2].isalnum()):
        m = sc.dig.match(text, s, end)
        return m.end() if m else s + 1
    sk = sc.skip_at.match(text, s, end)
    if sk:
        return sk.end()
    # phone numbers: "+49 30 1234567", "(030) 123456"
    if prev == "+" or (prev == "(" and text[s] == "0" and text.find(")", s, s + 7) > 0):
        return _phone_end(text, s, end)
    # a leading zero before more digits is a phone number or code, never a quantity
    # ("059 133 60 3333", "0664 1234567", "007")
    if text[s] == "0" and s + 1 < end and text[s + 1].isdigit():
        return _phone_end(text, s, end)
    return None


def skip_token(sc: Scanner, text: str, s: int, tok_end: int, end: int) -> int | None:
    """Where to resume when the digit token ``text[s:tok_end]`` is part of a URL, address or
    hashtag, or follows a reference word ("Artikel", "§"); None otherwise."""
    prev = text[s - 1] if s > 0 else " "
    # URLs, e-mail addresses, hashtags: the whitespace-delimited token holding the digits
    ws = max(text.rfind(" ", max(0, s - 200), s), text.rfind("\n", max(0, s - 200), s))
    head = text[ws + 1:s]
    if head and ("://" in head or head.startswith(("www.", "#", "@")) or "@" in head or "/" in head):
        tail = _NONSPACE.match(text, s, end)
        return tail.end() if tail else tok_end
    if prev.isspace() or prev in "§":
        pt = last_tokens(text, s, 1) if prev.isspace() else [(s - 1, prev)]
        if pt and sc.refs_before.fullmatch(pt[0][1]):
            return tok_end
    return None


def is_ordinal(sc: Scanner, text: str, core: Core, end: int) -> bool:
    """"der 2. Weltkrieg", "zum 3. Mal", list markers "1. ..." - a number ending in a dot."""
    e = core.end
    if e >= end or text[e] != "." or (e + 1 < len(text) and text[e + 1].isdigit()):
        return False
    if core.is_word or not core.raw.isdigit():
        return False
    nxt = next_word(sc, text, e + 1, end)
    if not nxt:
        # "3." at the end of a line/text: a list marker when it opens the line
        line_start = text.rfind("\n", 0, core.start) + 1
        return not text[line_start:core.start].strip()
    if nxt.lower() in sc.ordinal_after or not sc.syntax.looks_like_noun(nxt):
        return True
    prev = prev_word(sc, text, core.start).lower()
    if prev in sc.ordinal_before:
        return True
    line_start = text.rfind("\n", 0, core.start) + 1
    return not text[line_start:core.start].strip()


def looks_like_year(sc: Scanner, core: Core) -> bool:
    return (not core.is_word and core.raw.isdigit() and len(core.raw) == 4
            and sc.year_min <= int(core.raw) <= sc.year_max)


def year_context(sc: Scanner, text: str, start: int, after: int, end: int) -> bool:
    """Decide whether a 4-digit year-like figure is a year (True) or a count (False)."""
    prev = prev_word(sc, text, start).lower()
    if prev in sc.year_strong or prev in sc.calendar:
        return True
    nxt = next_word(sc, text, after, end)
    if nxt and sc.syntax.looks_like_noun(nxt) and nxt.lower() not in sc.calendar and nxt.lower() not in sc.vague \
            and nxt.lower() not in sc.scales:
        # "2000 Soldaten": a counted noun follows; but not across a sentence end
        gap = text[after:text.find(nxt, after, end)]
        if not any(c in gap for c in ".!?:;"):
            return False
    return True
