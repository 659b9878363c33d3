"""Whose nationality an age carries: the noun phrase of the person it belongs to, a compound's
nation prefix ("US-Journalistin") and the inhabitants of a place ("Niederösterreicher").
Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("text, fig, iso", [
    ("Der britische Physiker John Miller (68) trat zurück.", "68", "GB"),
    ("Verhaftet wurde die US-Reporterin Jane Roe (31).", "31", "US"),
    ("Der 23-jährige Oberösterreicher gewann das Rennen.", "23", "AT"),
    ("Die 40-jährige Grazerin wurde verletzt.", "40", "AT"),
    ("Gesucht wird ein 35-jähriger französischer Koch.", "35", "FR"),
])
def test_an_age_takes_its_owners_nationality(text, fig, iso):
    assert claim_of(text, fig, PUB, prefix=True).who.nationality == iso


@pytest.mark.parametrize("text, fig", [
    # the nationality of another phrase of the clause
    ("Der Russe verlor gegen Max Meier (26).", "26"),
    # a country named inside an attribute is no nationality
    ("Der weit über die Grenzen Österreichs bekannte Maler Hans Huber (70) ist tot.", "70"),
])
def test_no_nationality_from_outside_the_owners_phrase(text, fig):
    assert claim_of(text, fig, PUB).who.nationality is None


@pytest.mark.parametrize("text, fig, iso", [
    ("Drei US-Soldaten wurden verletzt.", "Drei", "US"),
    ("Rund 200.000 US-Bürger sind betroffen.", "200.000", "US"),
])
def test_a_nation_prefix_makes_people_the_nations(text, fig, iso):
    assert claim_of(text, fig, PUB).who.nationality == iso


@pytest.mark.parametrize("text, fig", [
    ("Das Gerät kostet 300 US-Dollar.", "300"),
    ("Der zweifache US-Open-Sieger gewann erneut.", "zweifache"),
])
def test_a_nation_prefix_of_things_or_events_is_no_nationality(text, fig):
    c = claim_of(text, fig, PUB)
    assert c.who.nationality is None and (c.subject or "").split()[:1] != ["US"]


# a demonym ending in -e drops it for its female forms ("Däne": "Dänin", "Däninnen"); an
# irregular one is listed ("Französin")
@pytest.mark.parametrize("text, fig, iso", [
    ("Die 34-jährige Dänin gewann das Finale.", "34", "DK"),
    ("Ausgezeichnet wurde die 52-jährige Tschechin Eva Novak.", "52", "CZ"),
    ("Die 29-jährige Französin führt das Team an.", "29", "FR"),
    ("Zwei Polinnen wurden bei dem Unfall verletzt.", "Zwei", "PL"),
])
def test_female_demonyms(text, fig, iso):
    assert claim_of(text, fig, PUB, prefix=True).who.nationality == iso


# a person named by age alone ("Der 28-Jährige") points back to the person the sentence before
# opened with, and takes that person's nationality; an object of that sentence is not whom it
# points to, nor a nationality before a thing
@pytest.mark.parametrize("text, fig, iso", [
    ("Madrid – Der portugiesische Verteidiger Rui Costa verlässt den Klub. Der 28-Jährige geht nach "
     "England.", "28", "PT"),
    ("Der Norweger gewann den Sprint. Der 24-Jährige lag am Ende vorne.", "24", "NO"),
    ("Müller besiegte den Norweger Olsen. Der 24-Jährige steht im Finale.", "24", None),
    ("Die französische Regierung ernannte Marie Roux. Die 45-Jährige übernimmt im Mai.", "45", None),
])
def test_an_age_alone_points_to_the_opening_person(text, fig, iso):
    assert claim_of(text, fig, PUB, prefix=True).who.nationality == iso
