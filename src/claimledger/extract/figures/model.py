"""What the figure scanner reports (``Figure``) and the bare number it reads first (``Core``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    """One quantity in the text. Offsets are absolute code-point offsets.

    ``start``/``end`` cover the number, its range partner and scale word; qualifier words
    are reported separately (``qualifier_span``) and unit words only move ``unit_end``, so
    that the next stage can look for the counted noun right after ``unit_end``.
    """

    start: int
    end: int
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    unit_end: int
    kind: str
    qualifier: str | None
    qualifier_span: tuple[int, int] | None
    is_word: bool

    @property
    def value(self) -> float | None:
        """The single value of an exact figure (low), for convenience in callers."""
        return self.low


@dataclass
class Core:
    """A digit token or number word before scale, range, unit and qualifiers are read."""

    start: int
    end: int
    value: float
    is_word: bool
    raw: str
