"""What a document has counted so far: elided nouns, subjects and places carry forward."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CountContext:
    # the last head count's noun table key, nationality and counted span (for elided nouns)
    last_person: tuple[str, Any, tuple[int, int] | None] | None = None
    nationalities: dict[str, Counter[str]] = field(default_factory=dict)  # group -> ISO counts
    value_measures: dict[tuple[float, str], str] = field(default_factory=dict)
    unit_measures: dict[str, str] = field(default_factory=dict)  # unit -> what it last measured
    noun_measures: dict[str, str] = field(default_factory=dict)  # counted noun -> its role
    latest: dict[str, str] = field(default_factory=dict)  # group -> last nationality ISO
    last_troops_at: int | None = None  # offset of the last figure that counted troops
    last_change: tuple[int, bool] = (-1, False)  # end of the last figure, and was it a change
    last_group: tuple[int, str | None] = (-1, None)  # end of the last figure, and whom it counted
    last_share_group: tuple[int, str | None] = (-10**9, None)  # where a share of people was, whose
    # the sentence start, group and measure of the last count of a named group of people
    last_people_count: tuple[int, str, str] | None = None

    def recent(self, group: str | None) -> str | None:
        """The nationality most recently counted for this group: news moves from one party to
        the next paragraph by paragraph, so the latest one is the likeliest referent."""
        return self.latest.get(group) if group else None
