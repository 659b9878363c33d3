"""The story pre-pass's label variants found through an index of words
(:func:`claimledger.reconcile.story.superset_aliases`) equal the scan of every label
against every other that it replaces (kept as ``_unique_superset``), on random labels
from a small vocabulary — shared words, subsets, equal word sets and labels of no word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.reconcile import story

_WORDS = st.sampled_from(["troops", "story", "of", "1", "2", "kern", "tobias", "stadt", "-"])
_LABELS = st.lists(st.lists(_WORDS, max_size=4).map(" ".join), max_size=14, unique=True)


@settings(max_examples=300, deadline=None)
@given(_LABELS)
def test_superset_aliases_equal_the_scan(labels: list[str]) -> None:
    words = {x: story._words(x) for x in labels}
    scan = {x: sup for x in sorted(labels) if (sup := story._unique_superset(words[x], words))}
    assert story.superset_aliases(words) == scan
    assert list(story.superset_aliases(words)) == list(scan)


def test_a_label_within_one_longer_label_is_that_label() -> None:
    words = {x: story._words(x) for x in ("kern", "tobias kern", "stadt", "stadt wellheim",
                                           "stadt bonn")}
    assert story.superset_aliases(words) == {"kern": "tobias kern"}
