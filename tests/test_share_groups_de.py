"""Whose a share is when its own phrase names nobody: the people of the shares just counted,
or the thing its clause opens with (sentences of our own)."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"

PEOPLE_THEN_THING = ("Die Zahl der Arbeitslosen stieg in Kärnten um 12 Prozent. Die Industrie "
                     "wird heuer laut Institut mit einem Plus von 2,3 Prozent wachsen, vor allem in "
                     "Salzburg (2,9 Prozent) und Tirol (2,6 Prozent).")
PEOPLE_THEN_PLACES = ("Mehr als 40 Prozent der Befragten wohnen zur Miete. In Graz (plus 3,1 "
                      "Prozent) und Linz (plus 2,4 Prozent) wuchs die Bevölkerung am stärksten.")
PEOPLE_THEN_SHARE_NOUN = ("Rund 30 Prozent der Jugendlichen rauchen. Der Raucheranteil lag 2005 noch "
                          "bei 38 Prozent. Die Vergleichswerte liegen für 1995 bei 41 Prozent.")
PEOPLE_THEN_OBJECT = ("So nennen 71 Prozent der Lenker das Telefonieren und 88 Prozent das Lesen "
                      "als gefährlich.")


@pytest.mark.parametrize("text, fig, group", [
    # a thing opening the share's clause ends the people counted before, and so do the places after it
    (PEOPLE_THEN_THING, "2,3", None),
    (PEOPLE_THEN_THING, "2,9", None),
    (PEOPLE_THEN_THING, "2,6", None),
    # bare places take the people on
    (PEOPLE_THEN_PLACES, "3,1", "respondents"),
    (PEOPLE_THEN_PLACES, "2,4", "respondents"),
    # a share's or value's own noun continues them
    (PEOPLE_THEN_SHARE_NOUN, "38", "children"),
    (PEOPLE_THEN_SHARE_NOUN, "41", "children"),
    # a noun inside the clause before is no subject of the share's own
    (PEOPLE_THEN_OBJECT, "88", "people"),
])
def test_a_share_naming_nobody_takes_the_people_before_unless_a_thing_opens_its_clause(text, fig, group):
    assert claim_of(text, fig, PUB).who.group == group


@pytest.mark.parametrize("text, fig, group", [
    ("Im Winter kamen rund 9.000 Flüchtlinge in die Stadt. Etwa 15 Prozent von ihnen blieben.", "15", "refugees"),
    ("Der Dienst zählt über 40 Millionen Nutzer. Rund jeder Fünfte davon zahlt ein Abo.", "jeder Fünfte", "users"),
    # a share of things just counted stays no one's
    ("Im Bezirk sind rund 300 Hektar Wald verbrannt, die Hälfte davon völlig.", "die Hälfte", None),
])
def test_a_share_of_them_divides_the_count_just_before(text, fig, group):
    assert claim_of(text, fig, PUB, prefix=True).who.group == group
