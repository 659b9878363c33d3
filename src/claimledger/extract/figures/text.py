"""Small readers of the text around a figure: the word before or after, the tokens before,
a lower-cased copy with the same offsets, and a regex for a set of literal words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimledger.extract.figures.scanner import Scanner

_FIRST_WORD = re.compile(r"[^\W\d_]+")


def trie(words: list[str]) -> str:
    """Regex for a set of literal words, factored by common prefixes: at each position the
    engine then tests one branch per first letter instead of every word."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def first_word(s: str) -> str:
    m = _FIRST_WORD.match(s)
    return m.group(0).lower() if m else ""


def lower_same_length(s: str) -> str:
    """Lower-case without changing offsets (a few characters, e.g. U+0130, lower to two)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def prev_word(sc: Scanner, text: str, pos: int) -> str:
    m = sc.prev_word.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def next_word(sc: Scanner, text: str, pos: int, end: int) -> str:
    m = sc.next_word.match(text, pos, end)
    return m.group(1) if m else ""


def last_tokens(text: str, pos: int, n: int = 3) -> list[tuple[int, str]]:
    """Up to ``n`` whitespace-delimited tokens ending right before ``pos`` (with a space
    between the last one and ``pos``), as (start, token). Cheaper than a regex searching
    backwards, which would be tried at every position of the window."""
    lo = max(0, pos - 48)
    w = text[lo:pos]
    if not w or not w[-1].isspace() or "\n" in w[-2:]:
        return []
    parts = w.rsplit(None, n)
    toks = parts[-n:] if len(parts) > n else parts
    if len(parts) > n or lo == 0:
        pass
    elif toks:
        toks = toks[1:]  # the first piece may be cut by the window
    out: list[tuple[int, str]] = []
    p = len(w)
    for t in reversed(toks):
        i = w.rfind(t, 0, p)
        if "\n" in w[i + len(t):p]:
            break
        out.append((lo + i, t))
        p = i
    out.reverse()
    return out
