"""What counting returns for one figure, and the frame a figure is read in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimledger.model import CountedPhrase, Who


@dataclass
class Counted:
    measure: str
    subject: str | None
    unit: str | None
    increment: bool
    group: str | None = None
    # how the measure was decided: "noun", "predicate", "memory", "default", "unit"
    evidence: str = "default"
    drop: bool = False  # not a claim after all (a bare small number word, a clock time)
    counted: CountedPhrase | None = None
    # what the sentence is about when the text names nothing counted (``topic``): shown as the
    # counted phrase, never used to decide whether the figure is a claim
    topic: CountedPhrase | None = None
    who: Who = field(default_factory=Who)
    falls: bool = False  # a change the text says is a fall: its value is negative


@dataclass
class Frame:
    """One figure in its sentence and clause."""

    ss: int
    se: int
    cs: int
    ce: int
    fig: Any
    unit: str | None
    unit_end: int
    lead_at: int      # start of the figure's qualifier, else of the figure
    win_end: int      # how far its noun phrase may reach
    countable: bool   # a head count (no unit, persons or a factor)
    next_at: int | None = None  # where the sentence's next figure starts
    # where the noun starts whose extended attribute the figure stands in ("des mit 4,5
    # Millionen Dollar dotierten Turniers"), else None (phrase.attribute_noun_at)
    attribute_noun_at: int | None = None
