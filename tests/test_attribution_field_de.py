"""German verb-second order: what stands before the finite verb is not always its subject.
An adverbial, a fronted prepositional object or a fronted infinitive fills the field, and the
subject follows the verb. Sentences written for these tests; each row: text, figure,
expected source text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

# "als" is a subordinator and a preposition: a subject pronoun right after the verb shows
# the verb is not clause-final, so "Als X" is an adverbial and the pronoun is the subject.
ALS_FIELD = [
    ("Die Maklerin Eva Berger kennt den Markt. Als Faustregel empfiehlt sie, fünf Prozent Rücklage zu "
     "bilden.", "fünf Prozent", "Maklerin Eva Berger"),
    ("Trainer Hans Moser ist zufrieden. Als Ziel nennt er 40 Punkte.", "40", "Trainer Hans Moser"),
    ("Als Sprecher nannte der Landwirt 200 Tiere.", "200", "Landwirt"),
    # a real "als" clause keeps its verb at the end and its subject after "als"
    ("Als der Minister sagte, dass 20 Menschen starben, wurde es still.", "20", "Minister"),
]


@pytest.mark.parametrize("text,figure,want", ALS_FIELD)
def test_als_field(text, figure, want):
    assert source_of(text, figure) == want


# Adverbs of extent ("-weit") opening the sentence are no noun and no subject.
EXTENT_ADVERB = [
    ("Weltweit rechnet die UNO mit 40 Millionen Flüchtlingen.", "40", "UNO"),
    ("Bundesweit will die Bahn 300 Bahnhöfe erneuern.", "300", "Bahn"),
    ("Landesweit meldete die Polizei 17 Unfälle.", "17", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", EXTENT_ADVERB)
def test_extent_adverb(text, figure, want):
    assert source_of(text, figure) == want


# A verb with a prepositional object ("rechnen mit") may front that object; the subject
# then follows the verb.
FRONTED_OBJECT = [
    ("Mit 8.000 neuen Schülern rechnet das Ministerium für dieses Jahr.", "8.000", "Ministerium"),
    ("Mit einem Umsatz von 20 Millionen Euro rechnet der Konzern 2017.", "20 Millionen", "Konzern"),
    ("Mit weniger als 300 Gästen rechnen die Veranstalter.", "300", "Veranstalter"),
    # "mit" in the field of another verb is no object of "rechnen"
    ("Mit 300 Gästen war der Saal voll.", "300", None),
]


@pytest.mark.parametrize("text,figure,want", FRONTED_OBJECT)
def test_fronted_object(text, figure, want):
    assert source_of(text, figure) == want


# "möchte" is the present wish like "will": a plan's figures are its subject's; a plan of
# impersonal "man" names no one; an infinitive fronted before the modal is no subject.
PLANS = [
    ("Der Sender möchte am Standort 15 bis 20 Firmen ansiedeln.", "15 bis 20", "Sender"),
    ("Die Gemeinde möchte 400 Wohnungen bauen.", "400", "Gemeinde"),
    ("Im Heim möchte man nicht mehr als 35 Menschen aufnehmen.", "35", None),
    ("In der Stadt will man 200 Bäume pflanzen.", "200", None),
    ("Ausschließen will der Minister 20 Varianten nicht.", "20", "Minister"),
    ("Verdoppeln möchte die Firma ihren Umsatz auf 40 Millionen.", "40", "Firma"),
    # the infinitive closes the clause: the one word before the modal is its subject
    ("Siemens will 3000 Stellen streichen.", "3000", "Siemens"),
]


@pytest.mark.parametrize("text,figure,want", PLANS)
def test_plans(text, figure, want):
    assert source_of(text, figure) == want
