"""One JSON object a line, safe for every reader of lines.

``json.dumps(..., ensure_ascii=False)`` keeps U+0085, U+2028 and U+2029 raw inside strings.
Python's ``str.splitlines`` (and JavaScript's line handling) treat them as line breaks, so a
claims file holding a sentence with one of them would be cut into two invalid lines. They are
written as escapes instead; the JSON value is the same.
"""

from __future__ import annotations

import json
from typing import Any

_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps_line(obj: Any) -> str:
    """``obj`` as one JSON line (without the newline): strict (no NaN/Infinity), UTF-8
    text, and no character that a line reader could take for a line break."""
    s = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    if any(ch in s for ch in _LINE_BREAKS):
        for ch, esc in _LINE_BREAKS.items():
            s = s.replace(ch, esc)
    return s


__all__ = ["dumps_line"]
