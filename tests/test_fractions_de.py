"""Fraction nouns are shares only where a number word or an article counts them: "im Viertel
Jimeta" is a district and "im zweiten Viertel" a quarter of a game. Sentences of our own."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _shares(text: str) -> list[tuple[str, float | None]]:
    return [(c.text, c.value.low) for c in claimledger.extract(text, published=PUB) if c.measure == "share"]


@pytest.mark.parametrize("text, share", [
    ("Drei Viertel der Befragten stimmten zu.", ("Drei Viertel", 75.0)),
    ("Die Hälfte der Mitglieder fehlte.", ("Die Hälfte", 50.0)),
    ("Ein gutes Drittel der Firmen klagt über Kosten.", ("Ein gutes Drittel", 33.3333)),
    ("Die andere Hälfte zahlte das Land.", ("Die andere Hälfte", 50.0)),
    ("Das Projekt wird zur Hälfte vom Bund bezahlt.", ("zur Hälfte", 50.0)),
])
def test_a_counted_fraction_is_a_share(text, share):
    assert share in _shares(text)


@pytest.mark.parametrize("text", [
    "Die Explosion im Viertel Jimeta war weithin zu hören.",
    "Im zweiten Viertel drehte das Team das Spiel.",
    "In der zweiten Hälfte kontrollierte der Gast das Spiel.",
    "Die Familie lebt in einem schäbigen Viertel am Stadtrand.",
])
def test_a_district_or_part_of_a_game_is_no_share(text):
    assert _shares(text) == []
