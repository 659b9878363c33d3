"""An acronym subject ("Die OECD", "die FAO") names an organisation that can speak: a verb
whose subject must be a speaker in any word order ("veröffentlichte") takes it, and a
continuation ("Demnach …") carries it on."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Die OECD veröffentlichte am Montag einen Bericht. Demnach sind 30 Länder betroffen.", "30", "OECD"),
    ("Die FAO hat ihren Weltwaldbericht veröffentlicht. Demnach schrumpfte der Wald um 0,18 Prozent.",
     "0,18", "FAO"),
    ("Die NASA veröffentlichte Bilder von 30 Galaxien.", "30", "NASA"),
    # a name of words in capitals and small letters was already a speaker
    ("Die Weltbank veröffentlichte am Montag einen Bericht. Demnach sind 30 Länder betroffen.", "30",
     "Weltbank"),
    # an acronym inside the phrase after the verb is no subject
    ("Die Forscher haben ihre Ergebnisse im Fachblatt PNAS veröffentlicht: 40 Arten sind neu.",
     "40", "Forscher"),
])
def test_an_acronym_subject_speaks(text, figure, source):
    assert source_of(text, figure) == source
