"""Money in German news, on sentences of our own: a sum that leaves out its currency ("sowie
zusätzliche 15 Millionen") holds the currency of the sum just before it in its paragraph, and
money for humanitarian bodies is aid."""

from __future__ import annotations

import pytest

import claimledger

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
