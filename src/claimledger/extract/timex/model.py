"""What the time finder reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("absolute", "relative", "since", "now", "future", "until")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text and the interval it denotes (inclusive)."""

    start: int
    end: int
    first: date
    last: date
    kind: str  # one of KINDS
    text: str
