"""Greedy optional groups as branches (``claimledger.lang.optional``): same pattern meaning."""

import re

import pytest

from claimledger.lang.optional import optional_as_branch

TEXTS = ["ab seit dem 3. Mai", "bis zum 12.03.2024", "im Jahr 2014 und 2015-06-01", "abc", "", "a(b)?[)?]"]


@pytest.mark.parametrize("pattern, expected", [
    (r"a(?:bc)?d", r"a(?:bc|)d"),
    (r"(?P<x>ab)?c", r"(?:(?P<x>ab)|)c"),
    (r"(?:a|b)?", r"(?:a|b|)"),
    (r"(?:a)??b(?:c)?+", r"(?:a)??b(?:c)?+"),        # lazy and possessive stay
    (r"(?=a)?[(?:x)?]\(?:y\)?", r"(?=a)?[(?:x)?]\(?:y\)?"),  # lookaround, class, escapes stay
    (r"(?:a(?:b)?)?", r"(?:a(?:b|)|)"),
])
def test_rewrites(pattern: str, expected: str) -> None:
    assert optional_as_branch(pattern) == expected


def test_same_matches() -> None:
    for p in [r"(?:(?P<s>ab|seit)(?:\s+de[mnr])?\s+)?(?P<d>\d{1,2})\.(?:\s*(?P<m>Mai|\d\d)\.?)?(?:\d{4})?",
              r"(?:(?P<y>(?:19|20)\d\d)(?:-(?P<mo>\d\d))?)?-?\d*"]:
        a, b = re.compile(p), re.compile(optional_as_branch(p))
        assert a.pattern != b.pattern
        for t in TEXTS:
            assert [(m.span(), m.groups()) for m in a.finditer(t)] == [(m.span(), m.groups()) for m in b.finditer(t)]


def test_verbose_comment_and_unbalanced_left_alone() -> None:
    assert optional_as_branch("(?:a)? # (", re.VERBOSE) == "(?:a)? # ("
    assert optional_as_branch("(?:a)?)") == "(?:a)?)"
    assert optional_as_branch("((?:a)?") == "((?:a)?"
