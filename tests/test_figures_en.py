"""English figures, rule by rule, on sentences of our own: the value, the bound, the unit.

Each case: a sentence, the figure as written (or a prefix of it), low, high, bound, unit.
"""

from __future__ import annotations

import pytest

import claimledger

from claims_support import claim_of

PUB = "2025-11-05"


def _claims(sentence: str):
    return claimledger.extract(sentence, published=PUB, lang="en")


def _claim(sentence: str, fig: str):
    return claim_of(sentence, fig, PUB, lang="en")


# sentence, figure, low, high, bound, unit
FIGURE_CASES = [
    # digits: "," groups thousands, "." is the decimal mark
    ("Officials counted 5,000 troops near the border.", "5,000", 5000, 5000, "exact", "person"),
    ("The river rose to 4.8 metres overnight.", "4.8", 4.8, 4.8, "exact", "m"),
    ("A total of 1,234,567 votes were cast.", "1,234,567", 1234567, 1234567, "exact", None),
    # number words and scale words
    ("Twelve people were rescued from the roof.", "Twelve", 12, 12, "exact", "person"),
    ("The scheme will cost 1.2 million pounds.", "1.2 million", 1.2e6, 1.2e6, "exact", "GBP"),
    ("The government pledged $5bn for reconstruction.", "5bn", 5e9, 5e9, "exact", "USD"),
    ("The council set aside £2.5m for repairs.", "2.5m", 2.5e6, 2.5e6, "exact", "GBP"),
    ("The fund holds €300 million.", "300 million", 3e8, 3e8, "exact", "EUR"),
    ("Three hundred homes lost power.", "hundred", 300, 300, "exact", None),
    # qualifiers
    ("More than 2,000 people were evacuated.", "2,000", 2000, 2000, "more_than", "person"),
    ("At least 14 people were taken to hospital.", "14", 14, 14, "at_least", "person"),
    ("Up to 90mm of rain is expected.", "90", 90, 90, "up_to", "mm"),
    ("About 1,200 homes were flooded.", "1,200", 1200, 1200, "approx", None),
    ("Nearly 600 workers walked out.", "600", 600, 600, "approx", "person"),
    ("Some 3,000 residents were moved to shelters.", "3,000", 3000, 3000, "approx", "person"),
    ("Fewer than 40 staff turned up.", "40", 40, 40, "at_most", "person"),
    # ranges and vague quantities
    ("Between 200 and 300 firefighters were deployed.", "200", 200, 300, "range", "person"),
    ("Insurers put losses at between £60m and £80m.", "60m", 6e7, 8e7, "range", "GBP"),
    ("Twenty-one people were rescued.", "Twenty-one", 21, 21, "exact", "person"),
    ("The deal was worth 16.4 million Canadian dollars.", "16.4 million", 1.64e7, 1.64e7, "exact", "CAD"),
    ("Thousands of people marched through the city.", "Thousands", 2000, 9999, "vague", "person"),
    ("Several hundred police were deployed.", "Several hundred", 200, 999, "vague", "person"),
    ("Dozens of homes were damaged.", "Dozens", 24, 99, "vague", None),
    # percentages and proportions
    ("Turnout was 64 percent, officials said.", "64", 64, 64, "exact", "percent"),
    ("Prices rose by 3.5% last year.", "3.5", 3.5, 3.5, "exact", "percent"),
    ("One in four workers joined the strike.", "One in four", 25, 25, "exact", "percent"),
    ("Two-thirds of members backed the deal.", "Two-thirds", 66.6666, 66.6666, "exact", "percent"),
    ("Half of the residents had no water.", "Half", 50, 50, "exact", "percent"),
    ("A quarter of staff stayed at home.", "A quarter", 25, 25, "exact", "percent"),
]


@pytest.mark.parametrize("sentence,fig,low,high,bound,unit", FIGURE_CASES, ids=[c[1] for c in FIGURE_CASES])
def test_figure(sentence: str, fig: str, low: float, high: float, bound: str, unit: str | None) -> None:
    c = _claim(sentence, fig)
    assert c.value.low == pytest.approx(low) and c.value.high == pytest.approx(high)
    assert c.value.bound == bound
    if unit is not None:
        assert c.unit == unit


# sentences with numbers that are no claims: years, dates, clock times, ordinals, ages of things
NOT_CLAIMS = [
    "The bridge was built in 2009 and reopened on March 3.",
    "The meeting starts at 10:30 on Tuesday.",
    "She finished 3rd in the race on 12 May 2024.",
    "The report was published on 2025-03-04.",
    "Flights resumed at 6pm after the storm.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_no_claim(sentence: str) -> None:
    assert [c.text for c in _claims(sentence)] == []


def test_placeholder_keeps_its_bound() -> None:
    (c,) = _claims("Up to [number missing] homes were flooded, the agency said.")
    assert c.placeholder and c.value.low is None and c.value.bound == "up_to"
