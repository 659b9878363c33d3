"""Money in German news, on sentences of our own: a sum that leaves out its currency ("sowie
zusätzliche 15 Millionen") holds the currency of the sum just before it in its paragraph,
money for humanitarian bodies is aid, and money that flows into something is spent on it."""

from __future__ import annotations

import pytest

import claimledger
from claims_support import claim_of

PUB = "2025-03-14"


def _by_text(text: str) -> dict[str, claimledger.Claim]:
    return {c.text: c for c in claimledger.extract(text, published=PUB)}


@pytest.mark.parametrize("text, fig, unit", [
    ("Die Stadt investiert 40 Millionen Euro in den Bahnhof und weitere 12 Millionen in die Straßen.",
     "12 Millionen", "EUR"),
    ("Der Fonds erhielt 3,5 Milliarden Dollar. Davon sind 1,2 Milliarden bereits ausgegeben.",
     "1,2 Milliarden", "USD"),
    ("Die Ablöse beträgt 30 Millionen Franken und kann um bis zu fünf Millionen steigen.",
     "fünf Millionen", "CHF"),
])
def test_a_bare_sum_keeps_the_currency_before_it(text, fig, unit):
    c = _by_text(text)[fig]
    assert (c.unit, c.measure) == (unit, "amount")


@pytest.mark.parametrize("text, fig", [
    # a count of things names its noun: no currency
    ("Die Firma setzte 40 Millionen Euro um und verkaufte 12 Millionen Geräte.", "12 Millionen"),
    # no sum before it
    ("Im Land leben 8,9 Millionen. Die Hauptstadt zählt zwei Millionen.", "zwei Millionen"),
    # a sum of another paragraph does not carry
    ("Der Umsatz lag bei 40 Millionen Euro.\n\nDie Region zählt 1,5 Millionen.", "1,5 Millionen"),
    # below a million the scale word is no sign of money ("tausend")
    ("Die Karte kostet 40 Euro, es kamen 12 Tausend.", "12 Tausend"),
])
def test_no_currency_where_no_sum_is_elided(text, fig):
    c = _by_text(text).get(fig)
    assert c is None or c.unit not in ("EUR", "USD", "CHF")


@pytest.mark.parametrize("text, fig, measure", [
    ("Davon gehen 2,5 Millionen Euro an das UNHCR.", "2,5 Millionen", "aid"),
    ("Die Regierung überweist dem Welternährungsprogramm zehn Millionen Dollar.", "zehn Millionen", "aid"),
    # what a humanitarian body counts or owns is no aid
    ("Das UNHCR spricht von 42.000 Flüchtlingen.", "42.000", None),
    ("Die zwei Holzhäuser des Roten Kreuzes stehen leer.", "zwei", None),
])
def test_money_for_humanitarian_bodies_is_aid(text, fig, measure):
    c = _by_text(text)[fig]
    assert (c.measure == "aid") == (measure == "aid")


@pytest.mark.parametrize("text, fig, counted", [
    # money that flows somewhere is spent on it
    ("Im Vorjahr flossen rund 40.000 Euro in Plakate und Inserate.", "40.000", "Plakate"),
    ("Allein 12 Millionen Euro fließen laut Budget in die Landesstraßen.", "12 Millionen", "Landesstraßen"),
    # a restating bracket after the unit: the noun after it is what both figures measure
    ("Der Klub hat einen 80 Millionen Pfund (94 Millionen Euro) schweren Sponsorvertrag unterschrieben.",
     "80 Millionen", "Sponsorvertrag"),
    ("Der Klub hat einen 80 Millionen Pfund (94 Millionen Euro) schweren Sponsorvertrag unterschrieben.",
     "94 Millionen", "Sponsorvertrag"),
])
def test_what_money_is_spent_on(text, fig, counted):
    c = claim_of(text, fig, PUB)
    assert c.counted is not None and c.counted.text == counted


def test_a_date_after_a_flow_is_no_purpose():
    c = claim_of("Seit 2010 flossen 5 Millionen Euro in den letzten Jahren.", "5 Millionen", PUB)
    assert c.counted is None or c.counted.text != "Jahren"
