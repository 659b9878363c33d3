"""Where a counted figure holds: the forms a place's name takes (inflected country names,
continents that look like a compass word glued to a country), on sentences of our own."""

from __future__ import annotations

import pytest
from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


# a country's name of several words inflects its adjectives after an article; a continent
# named like a compass part of a country ("Südamerika", "Zentralamerika") is no part of it
NAME_FORMS = [
    ("Kampala – In der Demokratischen Republik Kongo wurden 30 Menschen getötet.", "30", "CD"),
    ("Paris – In der Zentralafrikanischen Republik leben 4,7 Millionen Menschen.",
     "4,7 Millionen", "CF"),
    ("Berlin – In der Dominikanischen Republik arbeiten 200 Ingenieure.", "200", "DO"),
    ("Washington – Der Wirbelsturm tötete in Zentralamerika mehr als 2.000 Menschen.", "2.000", None),
    ("Washington – In Südamerika wurden 500 Fälle gemeldet.", "500", None),
    ("Kairo – In Nordafrika wurden 500 Fälle gemeldet.", "500", None),
    ("Wien – In Ostösterreich wurden 500 Fälle gemeldet.", "500", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", NAME_FORMS)
def test_name_forms(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso
