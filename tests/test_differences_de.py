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


@pytest.mark.parametrize("text, fig", [
    # a lead or a deficit is the gap between two standings, named after the figure …
    ("Hamilton geht mit 17 Punkten Vorsprung auf Verstappen in das letzte Rennen.", "17"),
    ("Die Mannschaft lag zur Pause mit neun Punkten Rückstand hinten.", "neun"),
    ("Trotz eines acht Punkte-Rückstands gewann das Team noch.", "acht"),
    # … or before it in its clause
    ("Nach der Niederlage wuchs der Rückstand auf den Tabellenführer auf fünf Punkte an.", "fünf"),
])
def test_a_lead_or_deficit_is_an_increment(text, fig):
    assert _claim(text, fig).increment


def test_a_standing_is_no_gap():
    assert not _claim("Der Tabellenführer hält nach 20 Runden bei 47 Punkten.", "47").increment
