"""A state's ministries are sources of their own: the interior ministry is not "the
government" in general, so its tolls and the government's money stay apart."""

from __future__ import annotations

import pytest

import claimledger

from claimledger.extract.attribution.registry import resolve_source
from claimledger.lang import load_pack

PACK = load_pack("de")


@pytest.mark.parametrize("mention,expected", [
    ("das österreichische Innenministerium", "at.interior"),
    ("Innenministerium in Wien", "at.interior"),
    ("das deutsche Finanzministerium", "de.finance"),
    ("die österreichische Regierung", "at.gov"),
])
def test_ministries_of_a_state(mention, expected):
    assert resolve_source(mention, PACK)[0] == expected


@pytest.mark.parametrize("sentence,fig,source", [
    ("Nach der Hochrechnung, die das Institut am Abend vorlegte, kam die Liste auf 31,2 Prozent "
     "der Stimmen.", "31,2", "Institut"),
    ("Laut dem Bericht, den die Hilfsorganisation am Montag vorlegte, starben 120 Menschen.", "120",
     "Hilfsorganisation"),
])
def test_a_report_whose_relative_clause_names_its_publisher(sentence, fig, source):
    c = next(c for c in claimledger.extract(sentence, published="2025-09-15") if c.text == fig)
    assert c.source is not None and c.source.text == source


def test_a_report_whose_relative_clause_names_no_one_keeps_the_report():
    c = next(c for c in claimledger.extract("Laut dem Bericht, der am Montag erschien, starben 120 Menschen.",
                                           published="2025-09-15") if c.text == "120")
    assert c.source is None or c.source.text != "Montag"
