"""English: a part of a round base of people is their share ("six in ten Americans"), and "A or
B" of one unit is a range — the pack's data, the same code as German (sentences of our own)."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _claim(sentence: str, fig: str):
    return next(c for c in claimledger.extract(sentence, published=PUB, lang="en") if c.text.startswith(fig))


@pytest.mark.parametrize("sentence, fig, value", [
    ("Six in ten Canadians back the new tax.", "Six in ten", 60),
    ("Seven out of 10 nurses said they were exhausted.", "Seven out of 10", 70),
    ("About three in 100 respondents had no opinion.", "three in 100", 3),
])
def test_a_part_of_a_round_base_of_people_is_a_share(sentence, fig, value):
    c = _claim(sentence, fig)
    assert c.unit == "percent" and c.value.low == value and c.measure == "share"


def test_a_part_of_things_stays_a_count():
    cs = claimledger.extract("The club won three out of ten matches.", published=PUB, lang="en")
    assert all(c.unit != "percent" for c in cs)


def test_a_or_b_is_a_range():
    c = _claim("The driver was 41 or 42 years old.", "41")
    assert (c.value.low, c.value.high, c.value.bound) == (41, 42, "range")
