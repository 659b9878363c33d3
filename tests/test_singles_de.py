"""One person as a figure ("Ein Soldat wurde getötet"), on sentences of our own."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _ones(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.measure, c.who.group) for c in claimledger.extract(text, published=PUB)
            if c.value.low == 1 and c.text.lower().startswith("ein")]


@pytest.mark.parametrize("text, expected", [
    ("Bei dem Angriff wurde ein Soldat getötet.", [("ein", "killed", "troops")]),
    ("Eine junge Frau wurde schwer verletzt.", [("Eine", "wounded", "women")]),
    ("Am Abend wurde ein Mann festgenommen.", [("ein", "captured", "men")]),
    ("Ein weiteres Kind wird vermisst.", [("Ein", "missing", "children")]),
    # one "Mann" is a man (a strength of troops, "10.000 Mann", stays troops)
    ("Bei dem Unfall wurde ein Mann leicht verletzt.", [("ein", "wounded", "men")]),
])
def test_one_person_of_a_toll(text, expected):
    assert _ones(text) == expected


@pytest.mark.parametrize("text", [
    "Ein Sprecher sagte, bei dem Angriff seien drei Menschen getötet worden.",   # who speaks
    "Die Messerattacke auf eine Soldatin wurde verurteilt, zwei Angreifer wurden getötet.",  # a preposition's object
    "Eine Frau fuhr nach Hause.",                                                 # no toll at all
])
def test_no_single_where_the_article_counts_no_one(text):
    assert _ones(text) == []


@pytest.mark.parametrize("text, fig, bound", [
    ("Gegen den Hersteller wurde mindestens eine Klage eingereicht.", "eine", "at_least"),
    ("Im Vorstand sitzt lediglich eine Frau.", "eine", "exact"),
    ("Bei dem Unglück starb höchstens ein Mensch.", "ein", "at_most"),
])
def test_a_bound_before_the_article_makes_it_one(text, fig, bound):
    got = [c for c in claimledger.extract(text, published=PUB) if c.text == fig]
    assert [(c.value.low, c.value.bound) for c in got] == [(1, bound)]


@pytest.mark.parametrize("text", [
    "Das ist nicht lediglich eine Frage des Geldes.",    # after a negation
    "Das Drehbuch kann nur ein Mann geschrieben haben.",   # "nur" is rhetoric as often as a count
    "Das ist lediglich eine Frage der Zeit.",             # a restricting word counts people or lexicon nouns only
])
def test_no_one_where_the_bound_is_rhetoric(text):
    assert claimledger.extract(text, published=PUB) == []
