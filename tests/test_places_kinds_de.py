"""Where a counted figure holds, by the kind of place and the kind of figure, on sentences of
our own (one table a rule): small states the gazetteer must know, descriptors before a place."""

from __future__ import annotations

import pytest
from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


# every member state of the United Nations is a place, and a hyphenated descriptor before it
# ("im Pazifik-Inselstaat Nauru") still lets the opening preposition set the scene
SMALL_STATES = [
    ("Kritik aus Australien. Sydney – Im Pazifik-Inselstaat Nauru ist ein Mann verurteilt worden. "
     "Das Gericht verhängte eine Strafe von 200 Dollar.", "200", "NR"),
    ("Wien – In Palau leben rund 18.000 Menschen.", "18.000", "PW"),
    ("Im Inselstaat Tonga leben rund 100.000 Menschen.", "100.000", "TO"),
    ("Madrid – In Costa Rica leben rund fünf Millionen Menschen.", "fünf Millionen", "CR"),
]


@pytest.mark.parametrize("text,fig,iso", SMALL_STATES)
def test_small_states_are_places(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso
