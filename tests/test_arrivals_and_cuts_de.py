"""Measures said by the clause's predicate (lang/de/counted.toml ``[predicates]``), on
sentences of our own: people coming into a country or passing through it are received there,
applications are received by whoever counts them, jobs and staff to be cut are a plan until it
is done, people aboard a craft are present."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("text, fig, measure", [
    # arrivals into a country, with "ins"/"in die" as well as "nach"
    ("Im Oktober kamen rund 12.000 Schutzsuchende ins Land.", "12.000", "received"),
    ("Im Sommer kamen 40.000 Menschen über die Balkanroute in die EU.", "40.000", "received"),
    ("Die 6.500 im Vorjahr nach Schweden gekommenen Asylwerber warten noch.", "6.500", "received"),
    ("Am Wahltag kamen weitere 30.800 Wähler in die Wahllokale.", "30.800", "participants"),
    # transit: passing through is being received where one passes
    ("Am Wochenende passierten 9.000 Flüchtlinge die Grenze bei Spielfeld.", "9.000", "received"),
    ("Rund 3.000 Migranten durchquerten am Montag Kroatien.", "3.000", "received"),
    # applications of any compound: "Asylerstanträge", "Erstanträge"
    ("Das Amt zählte im Mai 1.240 Asylerstanträge.", "1.240", "received"),
    ("Bis Juni gab es 3.100 Erstanträge auf Schutz.", "3.100", "received"),
    # cuts that are announced, not done
    ("Der Autobauer will bis 2027 weltweit 4.000 Stellen streichen.", "4.000", "planned"),
    ("Im Werk sollen 350 Arbeitsplätze abgebaut werden.", "350", "planned"),
    ("Die Bank will 800 Mitarbeiter abbauen.", "800", "planned"),
    # aboard
    ("Die Fähre hatte 312 Passagiere an Bord.", "312", "present"),
])
def test_measure_from_the_predicate(text, fig, measure):
    assert claim_of(text, fig, PUB).measure == measure


@pytest.mark.parametrize("text, fig, measure", [
    # a cut that is done is no plan
    ("Der Konzern baute im Vorjahr 300 Stellen ab.", "300", "other"),
    # a plan that cuts something else does not make a count of countries planned
    ("Die Bank will Jobs streichen und sich aus zehn Ländern zurückziehen.", "zehn", "other"),
    # coming to an event is no arrival into a country
    ("Zum Konzert kamen 5.000 Besucher.", "5.000", "participants"),
])
def test_what_the_predicates_leave_alone(text, fig, measure):
    assert claim_of(text, fig, PUB).measure == measure


@pytest.mark.parametrize("text, fig", [
    # an audience or the guests of an event take part in it
    ("Das sagte der Trainer vor rund 80 Journalisten im Stadion.", "80"),
    ("Im Mai findet der Medien-Gipfel mit mehr als 400 Gästen in Graz statt.", "400"),
])
def test_an_audience_takes_part(text, fig):
    assert claim_of(text, fig, PUB).measure == "participants"
