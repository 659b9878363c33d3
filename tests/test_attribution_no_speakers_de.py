"""Things that say nothing: a law or rule that lays down a figure ("Das Gesetz sieht Strafen
von 50 Euro vor"), a threat whose subject is a thing or whose field is a dative pronoun ("Ihnen
drohen Strafen"), a decision with a count as its object ("beschloss eine Quote von 30
Prozent"), a figure's origin that is no document and no one ("gingen aus Eckbällen hervor").
What speaks keeps its report."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    # laws and rules
    ("Wer ohne Ticket fährt, für den sieht das Gesetz Bußgelder zwischen 40 und 400 Euro vor.",
     "40", None),
    ("Die neue Richtlinie sieht vor, dass Betriebe höchstens 12 Stunden öffnen.", "12", None),
    ("Die Bauordnung sieht eine Mindesthöhe von 2,5 Metern vor.", "2,5", None),
    # a plan of someone who speaks still reports it
    ("Der Bürgermeister sieht Ausgaben von 4 Millionen Euro vor.", "4", "Bürgermeister"),
    # threats: a thing or a dative pronoun is no one who threatens
    ("Bei Wiederholung wird es teurer. Dann drohen Bußgelder von bis zu 800 Euro.", "800", None),
    ("Die Händler werden streng kontrolliert. Ihnen drohen künftig Strafen von 5.000 Euro.",
     "5.000", None),
    ("Bei wiederholten Verstößen drohen Bußgelder bis zu 9.000 Euro.", "9.000", None),
    ("Im Fall einer Anklage drohen Kovač bis zu 12 Jahre Haft.", "12", None),
    ("Am Freitag drohte die Gewerkschaft mit einem Streik von 4000 Lokführern.", "4000",
     "Gewerkschaft"),
    # decisions: a count as the object is an act; a clause is a statement
    ("1985 beschloss der Landtag eine Quote von 30 Prozent.", "30", None),
    ("Der Gemeinderat beschloss, 25 neue Wohnungen zu bauen.", "25", "Gemeinderat"),
    # an origin that is no document and no one
    ("Von den neun Treffern gingen sechs aus Eckbällen hervor.", "sechs", None),
    ("Das geht aus dem Bericht des Rechnungshofs hervor, der 14 Mängel listet.", "14",
     "Rechnungshofs"),
])
def test_things_that_say_nothing_are_no_sources(text, figure, source):
    assert source_of(text, figure) == source
