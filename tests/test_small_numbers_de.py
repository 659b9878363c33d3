"""Small number words that are easy to miss, on sentences of our own: the article as the
number one where it is set against a figure it is coordinated with ("ein Richter und zwei
Polizisten", "zwei Soldaten und ein Zivilist"; elsewhere "ein" stays an article), genitive
numerals ("dreier"), how often ("zweimal") and a part of a whole ("sechs der 21 Gemeinden")."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _claims(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(c.text, c.value.low, c.measure, c.who.group)
            for c in claimledger.extract(text, published=PUB)]


def test_an_article_before_a_coordinated_figure_counts_one():
    got = _claims("Bei dem Anschlag wurden ein Richter und zwei Polizisten getötet.")
    assert got[:2] == [("ein", 1, "killed", "officials"), ("zwei", 2, "killed", "police")]


def test_an_article_after_a_coordinated_figure_counts_one():
    got = _claims("Getötet wurden drei Soldaten und ein Zivilist.")
    assert got == [("drei", 3, "killed", "troops"), ("ein", 1, "killed", "civilians")]


def test_a_list_of_three_counts_every_article():
    got = _claims("Getötet wurden ein Richter, zwei Polizisten und ein Zivilist.")
    assert [g[:2] for g in got] == [("ein", 1), ("zwei", 2), ("ein", 1)]


@pytest.mark.parametrize("sentence", [
    "Ein Sprecher sagte, zwei Menschen seien verletzt worden.",
    "Zwei Polizisten sagten, ein Zeuge habe geschossen.",
    "Die Schüler lernen in zwei Klassen und einer Bibliothek.",
    # (one person of a toll is a figure: "Ein Mann wurde festgenommen", tests/test_singles_de.py)
])
def test_an_article_set_against_no_figure_is_no_figure(sentence):
    assert all(text.lower() not in ("ein", "einer", "eine") for text, *_ in _claims(sentence)), _claims(sentence)


# sentence, figure, value, unit
@pytest.mark.parametrize("sentence,fig,value,unit", [
    ("Im Zuge dreier Verfahren wurde nichts gefunden.", "dreier", 3, None),
    ("Er kaufte mit dem Geld zweier Anleger ein Haus.", "zweier", 2, None),
    ("Die Mannschaft hat dreimal in Folge verloren.", "dreimal", 3, "times"),
    ("Der Anteil ist fünfmal höher als erwartet.", "fünfmal", 5, "factor"),
    ("Es kamen viermal so viele Gäste.", "viermal", 4, "factor"),
    ("Die Zuteilung von sechs der 21 Gemeinden wurde geändert.", "sechs", 6, None),
])
def test_inflected_and_repeated_number_words(sentence, fig, value, unit):
    (c,) = [c for c in claimledger.extract(sentence, published=PUB) if c.text == fig]
    assert c.value.low == value and (unit is None or c.unit == unit), c


def test_capitalised_they_are_nouns():
    assert _claims("Der Dreier in der Schlusssekunde entschied das Spiel.") == []


def test_the_part_counts_the_wholes_noun():
    (c, _) = claimledger.extract("Sie verlor vier der letzten fünf Duelle.", published=PUB)
    assert c.text == "vier" and c.counted.text == "Duelle"


def test_a_piece_of_theatre_is_no_figure():
    assert _claims("Der Regisseur inszeniert ein Stück von Bärfuss.") == []
