"""Who speaks when a sentence adverb opens the clause, and indefinite pronouns that name no
one. Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


def _source(text: str, fig: str) -> str | None:
    c = claim_of(text, fig, PUB)
    return c.source.text if c.source else None


@pytest.mark.parametrize("text, fig, source", [
    # an adverb first: the subject follows the finite verb
    ("Tatsächlich meldete die Polizei 14 Festnahmen.", "14", "Polizei"),
    ("Konkret bestätigte das Ministerium 230 Fälle.", "230", "Ministerium"),
    ("Angeblich meldete der Verband 90 Austritte.", "90", "Verband"),
])
def test_a_sentence_adverb_is_no_speaker(text, fig, source):
    assert _source(text, fig) == source


@pytest.mark.parametrize("text, fig", [
    ("Manche versprechen eine Rendite von sechs Prozent.", "sechs"),
    ("Viele berichten von 300 Euro Mehrkosten im Monat.", "300"),
])
def test_an_indefinite_pronoun_names_no_source(text, fig):
    assert _source(text, fig) is None


def test_an_opening_adverb_is_never_the_source():
    assert _source("Konkret will sich der Bund mit elf Millionen Euro am Fonds beteiligen.",
                   "elf Millionen") != "Konkret"


def test_a_sentence_adverb_is_no_topic_either():
    """The same pack list keeps counting from taking the adverb for a noun."""
    c = claim_of("Derzeit hält der Fonds 40 Millionen Euro.", "40 Millionen", PUB)
    assert c.counted is None or c.counted.text != "Derzeit"
    assert c.source is None or c.source.text != "Derzeit"


@pytest.mark.parametrize("text, fig, source", [
    ("Die Pflanze kommt in drei Ländern vor, wie Forscher der Universität zeigen konnten.", "drei", "Forscher der Universität"),
    ("Die Daten der Notenbank belegen, dass 40 Prozent der Kredite faul sind.", "40", "Notenbank"),  # a report passes the role to whose it is
])
def test_who_shows_or_proves_a_figure_is_its_source(text, fig, source):
    assert _source(text, fig) == source


def test_pictures_that_show_people_are_no_source():
    assert _source("Die Bilder zeigen 30 Menschen auf dem Platz.", "30") is None
