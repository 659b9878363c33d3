"""The prefiltered scans of the language packs' patterns give what the plain scans give.

Each scan that a stage runs through a prefilter (``finditer_word_start``, ``search_word_start``
and the literal pre-tests beside them) is compared with the engine's own scan of the same
pattern over random text built from the words those patterns look for, at random bounds.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from claimledger.extract.counting.lexicon import lexicon
from claimledger.lang import load_pack
from claimledger.lang.regex import finditer_word_start, search_word_start

WORDS = ["Russland", "russische", "Russen", "US", "-", "Soldaten", "Deutschland", "in", "nach",
         "Dort", "dort", "dorthin", "Nordkorea", "nordkoreanischen", "Wien", "Wiener", "Tote",
         "getötet", "Verletzte", "Menschen", "Kinder", "Polizisten", "Ukrainer", "Ukrainerinnen",
         "Demokratischen Republik Kongo", "Südtirol", "westungarische", "5", "1.000", "„", "“", "–",
         " ", " ", " ", ", ", ". ", "\n", "a", "ü", "ß", "İ", "Flüchtlinge", "Truppen", "s", "e"]


def _text():
    return st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


@pytest.fixture(scope="module")
def lex():
    return lexicon(load_pack("de"))


def _spans(ms):
    return [(m.span(), m.lastgroup, m.groups()) for m in ms]


def _patterns(lex):
    return {"where": lex.where_re, "place": lex.place_re, "there": lex.there_re,
            "noun_whole": lex.noun_scan.whole, "noun_narrow": lex.noun_scan.narrow}


@settings(max_examples=300, deadline=None)
@given(text=_text(), a=st.integers(0, 400), b=st.integers(0, 400))
def test_word_start_scans_of_pack_patterns(lex, text, a, b):
    lo, hi = min(a, b), max(a, b)
    for name, rx in _patterns(lex).items():
        for args in ((), (lo,), (lo, hi)):
            assert _spans(finditer_word_start(rx, text, *args)) == _spans(rx.finditer(text, *args)), name
            got, want = search_word_start(rx, text, *args), rx.search(text, *args)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), name


def test_search_word_start_of_other_patterns():
    rx = re.compile(r"\bTote\b")
    assert search_word_start(rx, "die Tote", 1).span() == (4, 8)
    assert search_word_start(rx, "die Tote", 5) is None
