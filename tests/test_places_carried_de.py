"""Where a figure holds when its own clause names no place: a count carried on by a pronoun
from the sentence before, and an article about one country's population named only by
adjective (one table a rule, sentences of our own)."""

from __future__ import annotations

import pytest
from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


# "waren es": the figures count what the sentence before set in a place
CARRIED = [
    ("Ankara – Die Zahl der von der Türkei nach Griechenland geflüchteten Menschen sank. "
     "Nur noch 335 und 180 waren es vergangene Woche.", "335", "GR"),
    ("Ankara – Die Zahl der von der Türkei nach Griechenland geflüchteten Menschen sank. "
     "Nur noch 335 und 180 waren es vergangene Woche.", "180", "GR"),
    ("Wien – In der Grenzstadt Presevo in Serbien stieg die Zahl. Allein am Sonntag waren es "
     "6.000 Neuankömmlinge.", "6.000", "RS"),
    # no pronoun that carries the count: the article's place
    ("Ankara – Die Zahl der von der Türkei nach Griechenland geflüchteten Menschen sank. "
     "Die Regierung zählte 335 Anträge.", "335", "TR"),
    # "ist es ihnen": a singular "es" is no count carried on
    ("Paris – Die Migranten wollen nach Großbritannien. Nach einer 3000 Kilometer langen "
     "Anreise ist es ihnen unmöglich geworden.", "3000", "FR"),
]


@pytest.mark.parametrize("text,fig,iso", CARRIED)
def test_count_carried_by_pronoun(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# an article that names no place: one country's population spoken of with a quantifier
POPULATION = [
    ("Die Digitalisierung ist in vielen deutschen Unternehmen kein Thema. 31 Prozent der "
     "befragten Manager halten sie für unwichtig.", "31", "DE"),
    # one firm's nationality is not where its figures hold
    ("Der japanische Hersteller Konami baut um. 260 Arbeitsplätze fallen weg.", "260", None),
    # another country named: no one country
    ("In vielen deutschen Unternehmen arbeiten Franzosen. 31 Prozent der Manager sind "
     "zufrieden.", "31", None),
]


@pytest.mark.parametrize("text,fig,iso", POPULATION)
def test_population_by_adjective(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso
