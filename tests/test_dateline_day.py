"""The dateline patterns write a day as ``\\d(?:(?<=[0-3])\\d)?`` (a pattern opening with a
required class is scanned in C, 4x faster) where ``[0-3]?\\d`` reads better: the two must
match alike, in whatever context follows them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

OLD, NEW = r"(?P<d>[0-3]?\d)", r"(?P<d>\d(?:(?<=[0-3])\d)?)"
TAILS = (r"\.", r"\.\s?(?P<m>[01]?\d)\.", r"(?:st|nd|rd|th)?\s+M", r"\b", "")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.٣३ stndMx", max_size=40))
def test_the_fast_day_matches_as_the_plain_one(text: str) -> None:
    for tail in TAILS:
        for flags in (0, re.I):
            old, new = re.compile(OLD + tail, flags), re.compile(NEW + tail, flags)
            assert [(m.span(), m.groupdict()) for m in old.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in new.finditer(text)]
            for i in range(len(text)):
                a, b = old.match(text, i), new.match(text, i)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_the_packs_use_the_fast_day() -> None:
    from claimledger.lang import load_pack

    for code in ("de", "en"):
        pats = load_pack(code).table("dateline")["patterns"]
        assert "[0-3]?\\d)" not in pats["numeric"], code


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Montag", "montag,", "SONNABEND", "den", "der", "the", "x",
                                 "Dienstagmontag", ",", "Berlin", "am", "Freitag,den"]),
                max_size=8),
       st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", " \u2009 "]), min_size=8, max_size=8))
def test_the_weekday_before_a_date_is_searched_from_the_last_two_words(words, spaces) -> None:
    """Searching a line for the weekday that may stand before its date starts near its end;
    the match must be the one a search of the whole line finds."""
    from claimledger.ingest.dateline import _build, _weekday_from
    from claimledger.lang import load_pack

    rest = "".join(w + s for w, s in zip(words, spaces))
    for code in ("de", "en"):
        rules = load_pack(code).compiled("ingest.dateline", _build)
        whole = rules.weekday_prefix.search(rest)
        near = rules.weekday_prefix.search(rest, _weekday_from(rest, rules.weekday_len))
        assert (whole and whole.span()) == (near and near.span())
