"""What a figure is about when its text names nothing it counts (counting/topic.py), on
sentences of our own: shown as the counted phrase, never as the series' subject."""

from __future__ import annotations

import pytest

from claims_support import claim_of

from claimledger.model import Claim

PUB = "2025-03-14"


def _claim(text: str, fig: str) -> Claim:
    return claim_of(text, fig, PUB)


@pytest.mark.parametrize("text, fig, topic", [
    # the last noun before the figure, past a month that only dates it
    ("Auch Huber legte seit Februar um zwei Punkte zu.", "zwei", "Huber"),
    ("Die Teuerung lag im Oktober bei 2,4.", "2,4", "Teuerung"),
    # an article-led phrase before the figure: the subject the figure measures
    ("Der Verlag rechnet damit, dass die neuen Lesegeräte weniger als hundert Euro kosten.",
     "hundert", "Lesegeräte"),
    ("Die Kläranlage hat eine Leistung von 40 und reinigt das Wasser des Bezirks.", "40", "Leistung"),
    # a bracket's figure is about the noun before the bracket
    ("Unterm Strich blieb ein Überschuss von 3,2 Millionen Euro (Vorjahr: 2,9).", "2,9", "Überschuss"),
])
def test_topic_when_nothing_is_counted(text, fig, topic):
    c = _claim(text, fig)
    assert c.counted is not None and c.counted.text == topic
    assert text[c.counted.span[0]:c.counted.span[1]] == topic


@pytest.mark.parametrize("text, fig", [
    ("Ende 2019 waren es 48.300.", "48.300"),              # a time frame is no topic
    ("Mitte März kamen weitere 1.200 hinzu.", "1.200"),    # nor a month
])
def test_no_topic_from_words_that_only_date(text, fig):
    assert _claim(text, fig).counted is None


def test_a_counted_noun_beats_the_topic():
    c = _claim("Der Konzern beschäftigt weltweit 4.300 Mitarbeiter.", "4.300")
    assert c.counted.text == "Mitarbeiter"


def test_the_topic_never_names_the_series():
    """The topic is weaker evidence than a counted noun: the subject (the series key) stays
    what counting found, so a guess cannot merge or split series."""
    c = _claim("Auch Huber legte seit Februar um zwei Punkte zu.", "zwei")
    assert c.counted.text == "Huber" and c.subject != "Huber"
