"""What a preposition next to a figure says about what it counts: a noun a preposition after
the figure governs is where the figure goes, not what it counts ("1,2 Milliarden fließen in
Schulen"); a partitive "von" still names what is counted; people an event is "mit" or "vor"
took part in it. Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

from claimledger.model import Claim

PUB = "2025-03-14"


def _claim(text: str, fig: str) -> Claim:
    return claim_of(text, fig, PUB)


@pytest.mark.parametrize("text, fig", [
    ("Der Bund gibt 300 Millionen Euro aus, davon sind 120 Millionen für die Schulen reserviert.", "120 Millionen"),
    ("Von den zehn Mietern wohnen nur noch vier in dem alten Haus.", "vier"),
])
def test_object_of_a_preposition_is_not_counted(text, fig):
    c = _claim(text, fig)
    assert c.counted is None or c.counted.text not in ("Schulen", "Haus")


@pytest.mark.parametrize("text, fig, noun", [
    ("Jede Woche kommen Tausende von Flüchtlingen über die Grenze.", "Tausende", "Flüchtlingen"),
    ("Es kamen 3.000 aus Syrien stammende Flüchtlinge an.", "3.000", "Flüchtlinge"),
    ("Insgesamt wurden 40 in der Stadt lebende Kinder verletzt.", "40", "Kinder"),
])
def test_what_is_counted_stays_counted(text, fig, noun):
    assert _claim(text, fig).counted.text == noun


@pytest.mark.parametrize("text, fig", [
    ("Im Rathaus fand eine Lesung mit 120 Gästen statt.", "120"),
    ("Die Band spielte ein Konzert vor 5.000 Menschen.", "5.000"),
    ("Es gab eine Tagung mit rund 300 Fachleuten.", "300"),
])
def test_people_an_event_is_with_took_part(text, fig):
    """An event "with" or "before" people counts who took part in it."""
    assert _claim(text, fig).measure == "participants"


def test_a_toll_at_an_event_stays_a_toll():
    assert _claim("Beim Konzert wurden 30 Menschen verletzt.", "30").measure == "wounded"

