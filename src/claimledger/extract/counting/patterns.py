"""Small builders of the counting lexicon's patterns from pack lists, shared by its modules."""

from __future__ import annotations

import re
from typing import Any

from claimledger.lang.regex import WORD_START, alternation

NEVER = re.compile(r"(?!)")


def alt(patterns: list[str]) -> str:
    return alternation(list(patterns))


def rx(pattern: str | None) -> re.Pattern[str]:
    return re.compile(pattern) if pattern else NEVER


def marks_re(marks: dict[str, Any], key: str, head: str = "", tail: str = "") -> re.Pattern[str]:
    """``head`` + one of the marker list ``key`` (regex fragments) + ``tail``; a pattern that
    never matches when the pack has no such list."""
    return re.compile(head + "(?:" + alt(marks[key]) + ")" + tail) if marks.get(key) else NEVER


def words_re(words: list[str], flags: str = "") -> re.Pattern[str]:
    return re.compile(flags + WORD_START + r"(?:" + alt(words) + r")\b") if words else NEVER


def endings(words: list[str], optional: bool) -> str:
    """An alternation of inflection endings (a pack may list "" or nothing for none)."""
    joined = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not joined:
        return ""
    return f"(?:{joined})?" if optional else f"(?:{joined})"
