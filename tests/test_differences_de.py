"""Figures that state a difference: a comparative after the counted noun ("43 Punkte weniger"),
and verbs of change with shares, points and seats ("büßte zwei Punkte ein"). A stated fall is
negative. Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

from claimledger.model import Claim

PUB = "2025-03-14"


def _claim(text: str, fig: str) -> Claim:
    return claim_of(text, fig, PUB)


@pytest.mark.parametrize("text, fig, low", [
    ("Die Verfolgerin hat 17 Punkte weniger als die Spitzenreiterin.", "17", -17),
    ("Heuer kamen 240 Besucher mehr als im Vorjahr.", "240", 240),
    ("Es waren sogar um 90 Anträge weniger.", "90", -90),
    ("Die Liste büßte drei Punkte ein.", "drei", -3),
    ("Die Grünen verloren zwei Mandate.", "zwei", -2),
    ("Der Leitindex fiel 12,5 Punkte oder 0,4 Prozent.", "12,5", -12.5),
])
def test_a_stated_difference_is_an_increment(text, fig, low):
    c = _claim(text, fig)
    assert c.increment and c.value.low == pytest.approx(low)


@pytest.mark.parametrize("text, fig", [
    # the comparative qualifies the next figure
    ("Sie bekam 16 Stimmen, mehr als doppelt so viele wie ihr Rivale.", "16"),
    ("Dort leben rund vier Millionen Menschen, mehr als die Hälfte davon in Städten.", "vier Millionen"),
    # "nach" here is a preposition, not "gab … nach"
    ("Vergangene Saison gab es nach dem Aus gegen Malmö null Punkte.", "null"),
    # a level, not a change
    ("Die Partei kam auf 14 Punkte.", "14"),
])
def test_no_difference_where_none_is_stated(text, fig):
    assert not _claim(text, fig).increment
