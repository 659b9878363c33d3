"""Sentence splitting keeps offsets and gets German abbreviations, ordinals and headings right."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.sentences import split_sentences
from claimledger.lang import load_pack

PACK = load_pack("de")


def texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, PACK)]


CASES = [
    ("Er kam. Sie ging.", ["Er kam.", "Sie ging."]),
    ("Die Zahl stieg um ca. 300 Personen. Danach sank sie.", ["Die Zahl stieg um ca. 300 Personen.", "Danach sank sie."]),
    ("Am 3. Oktober wurde gefeiert. Dann nicht mehr.", ["Am 3. Oktober wurde gefeiert.", "Dann nicht mehr."]),
    ("Es war das 2. Mal. Niemand lachte.", ["Es war das 2. Mal.", "Niemand lachte."]),
    ("Der Verlust betrug 3,5 Mio. Euro. Das ist viel.", ["Der Verlust betrug 3,5 Mio. Euro.", "Das ist viel."]),
    ("Sie sagte: „Wir bleiben.“ Dann ging sie.", ["Sie sagte: „Wir bleiben.“", "Dann ging sie."]),
    ("Kriegsende\nDie Waffen schweigen.", ["Kriegsende", "Die Waffen schweigen."]),
    ("Das gilt z. B. für Kinder. Und für Ältere.", ["Das gilt z. B. für Kinder.", "Und für Ältere."]),
    ("Wer kommt? Niemand! Gut.", ["Wer kommt?", "Niemand!", "Gut."]),
    ("Die Zahl lag bei 3000. Das war neu.", ["Die Zahl lag bei 3000.", "Das war neu."]),
    ("Prof. Müller widersprach. Dr. Schmidt nicht.", ["Prof. Müller widersprach.", "Dr. Schmidt nicht."]),
    ("J. R. Ewing kam. Er blieb.", ["J. R. Ewing kam.", "Er blieb."]),
    # the number stage's ordinal words hold the sentence together too
    ("Im 3. Quartal sank der Absatz. Im 4. Halbjahr nicht.", ["Im 3. Quartal sank der Absatz.", "Im 4. Halbjahr nicht."]),
    ("Kunst des 20. Jahrhunderts wird gezeigt. Das freut alle.", ["Kunst des 20. Jahrhunderts wird gezeigt.", "Das freut alle."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split(text, expected):
    assert texts(text) == expected


def test_headings_and_paragraphs():
    text = "Überschrift ohne Punkt\n\nErster Satz. Zweiter Satz.\nNeuer Absatz."
    sents = split_sentences(text, PACK)
    assert [s.heading for s in sents] == [True, False, False, False]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ .!?\n„“0123456789,")), max_size=200))
def test_spans_are_ordered_and_inside(text):
    prev_end = 0
    for s in split_sentences(text, PACK):
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        prev_end = s.end
