"""Quotations of a document: where they are, found once over the whole text.

Quotes are found over the document rather than per sentence because a quotation often runs
over several sentences, and its speaker stands before the opening mark, after the closing
one, or in the sentence before (``X: „…“``). Which mark pairs with which is shared
typography, not language: the table below serves every language that uses these marks.
"""

from __future__ import annotations

import bisect
import re

# quote pairs: opener -> closers. Straight quotes pair with themselves.
QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "“": "”\"", "»": "«", "«": "»", '"': '"'}
_MAX_QUOTE = 3000
_QUOTE_CHAR_RE = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
_QUOTE_STOP_RE = {op: re.compile("[" + re.escape(cl + (op if op in "„»«" else "")) + "]")
                  for op, cl in QUOTE_PAIRS.items()}


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the marks of every quotation, in text order."""
    out, i, n = [], 0, len(text)
    while True:
        m = _QUOTE_CHAR_RE.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "“" and i > 0 and text[i - 1].isalnum():
            i += 1   # a German closing mark without an opener
            continue
        # the quote ends at its closer; a second opener of the same kind first means
        # the first one was never closed
        stop = _QUOTE_STOP_RE[ch].search(text, i + 1, min(n, i + _MAX_QUOTE))
        if stop is not None and text[stop.start()] in QUOTE_PAIRS[ch]:
            out.append((i, stop.start()))
            i = stop.start() + 1
        else:
            i += 1
    return out


class QuoteIndex:
    """The quotations of one document, searchable by offset."""

    def __init__(self, text: str) -> None:
        self.quotes = find_quotes(text)
        self._opens = [o for o, _ in self.quotes]
        self._closes = [c for _, c in self.quotes]
        self._short: dict[int, bool] = {}

    def at(self, pos: int) -> tuple[int, int] | None:
        """The quotation that encloses ``pos``, if any."""
        k = bisect.bisect_right(self.quotes, (pos, 10**12)) - 1
        if k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Does any quotation overlap [start, end)?"""
        k = bisect.bisect_left(self._closes, start)
        return k < len(self.quotes) and self.quotes[k][0] < end

    def next_open(self, pos: int) -> int | None:
        """Offset of the first opening mark after ``pos``."""
        k = bisect.bisect_right(self._opens, pos)
        return self._opens[k] if k < len(self._opens) else None

    def prev_close(self, pos: int) -> int | None:
        """Offset of the last closing mark before ``pos``."""
        k = bisect.bisect_left(self.quotes, (pos, -1)) - 1
        while k >= 0 and self.quotes[k][1] >= pos:
            k -= 1
        return self.quotes[k][1] if k >= 0 else None

    def is_short(self, q: tuple[int, int], text: str, verbs: set[str] | dict, words: int = 4) -> bool:
        """A short quoted name or phrase inside a clause ("die „Süddeutsche Zeitung“"), not
        a quotation: few words, no punctuation, no verb, and a word right before it."""
        hit = self._short.get(q[0])
        if hit is None:
            hit = self._short[q[0]] = self._is_short(q, text, verbs, words)
        return hit

    @staticmethod
    def _is_short(q: tuple[int, int], text: str, verbs: set[str] | dict, words: int) -> bool:
        inner = text[q[0] + 1:q[1]]
        ws = inner.split()
        before = text[max(0, q[0] - 2):q[0]].strip()
        return (0 < len(ws) <= words and not any(c in inner for c in ".!?,;:")
                and bool(before) and before[-1].isalnum()
                and not any(w.lower() in verbs for w in ws))
