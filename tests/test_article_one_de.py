"""The article as the number one where it is set against a figure it is coordinated with
("ein Richter und zwei Polizisten", "zwei Soldaten und ein Zivilist"), on sentences of our
own; elsewhere "ein" stays an article."""

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
    "Ein Mann wurde festgenommen.",
])
def test_an_article_set_against_no_figure_is_no_figure(sentence):
    assert all(text.lower() not in ("ein", "einer", "eine") for text, *_ in _claims(sentence)), _claims(sentence)
