"""Series of things (money, shares, areas: no group of people) are keyed on measure, unit and
place, not on the labels extractors give them ("Defizit" and "Neuverschuldung" are one
quantity); inside them labels and sizes are evidence: a source's breakdown is not a set of
rivals, an update follows the figure of its own size, and a lost figure is filled from a
figure of its own label first, never from one of another label."""

from __future__ import annotations

from datetime import date

import pytest
from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger

EUR = dict(measure="amount", unit="EUR", who=(None, None, "DE"), time=("2026-01-01", "2026-12-31"))
VOTE = dict(measure="share", unit="percent", who=(None, None, "DE"), time="2025-09-14")


def _dis(led):
    return sorted(tuple(d.claims) for d in led.disagreements)


def test_synonyms_of_one_quantity_are_one_series_and_rival_estimates_clash():
    led = build_ledger([
        mk("kae", 85e6, subject="Neuverschuldung", source="treasurer", outlet="A", **EUR),
        mk("tax", 120e6, bound="approx", subject="Defizit", source="taxpayers", outlet="B", **EUR),
    ])
    assert _dis(led) == [("kae", "tax")]


@pytest.mark.parametrize("claims, want", [
    # a budget of 1.24 billion is no rival of a deficit estimate of 120 million
    ([("bud", 1.24e9, "Ausgaben", "treasurer"), ("kae", 85e6, "Neuverschuldung", "treasurer"),
      ("tax", 120e6, "Defizit", "taxpayers")], [("kae", "tax")]),
    # one institute's two shares are a breakdown: the other's 47.0 rivals the nearer one only
    ([("b1", 44.5, "Stimmen", "infratest"), ("k1", 38.0, "Herausforderer", "infratest"),
      ("b2", 47.0, None, "fgw")], [("b1", "b2")]),
])
def test_a_breakdown_is_not_a_set_of_rivals(claims, want):
    base = EUR if claims[0][1] > 1000 else VOTE
    led = build_ledger([mk(cid, v, subject=lab, source=src, outlet=src, **base)
                        for cid, v, lab, src in claims])
    assert _dis(led) == want


def test_an_articles_figures_for_one_moment_are_a_breakdown_whoever_they_are_credited_to():
    """One local paper gives the result (46.3, credited to the city) and the runner-up's
    share (37.1, unattributed); the broadcaster's projection of 44.5 rivals the result only."""
    led = build_ledger([
        mk("res", 46.3, subject="Stimmen", source="stadt", outlet="Lokal", doc="w2", **VOTE),
        mk("kern", 37.1, subject="Tobias Kern", outlet="Lokal", doc="w2", **VOTE),
        mk("proj", 44.5, subject="Stimmen", source="infratest", outlet="Funk", doc="w1", **VOTE),
    ])
    assert _dis(led) == [("proj", "res")]


def test_an_update_follows_the_figure_of_its_own_size():
    """The treasurer's budget after the council's changes revises the budget (1.24 -> 1.27
    billion), not the deficit the same treasurer gave for the same year."""
    claims = [mk("bud", 1.24e9, subject="Ausgaben", source="treasurer", outlet="A", **EUR),
              mk("kae", 85e6, subject="Neuverschuldung", source="treasurer", outlet="A", **EUR),
              mk("etat", 1.27e9, subject="Etat", source="treasurer", outlet="B", **EUR)]
    claims[0].published = claims[1].published = date(2025, 10, 8)
    claims[2].published = date(2025, 12, 11)
    assert [(u.from_, u.to) for u in build_ledger(claims).updates] == [(["bud"], ["etat"])]


@pytest.mark.parametrize("others, want", [
    # the same label first, whatever else the source said
    ([("kae", 85e6, "Neuverschuldung"), ("bud", 1.24e9, "Ausgaben")], [85e6]),
    # a variant of the label ("Kern" of "Tobias Kern" works the same way)
    ([("kae", 85e6, "die Neuverschuldungen"), ("bud", 1.24e9, "Ausgaben")], [85e6]),
    # no figure of its label: an unlabelled one may be it, a labelled other thing never
    ([("x", 90e6, None), ("bud", 1.24e9, "Ausgaben")], [90e6]),
    ([("bud", 1.24e9, "Ausgaben")], []),
])
def test_a_lost_figure_is_filled_from_its_own_label(others, want):
    led = build_ledger([mk("ph", None, placeholder=True, subject="Neuverschuldung",
                           source="treasurer", outlet="Z", **EUR)]
                       + [mk(cid, v, subject=lab, source="treasurer", outlet=cid, **EUR)
                          for cid, v, lab in others])
    assert [c.value for c in led.gaps[0].candidates] == want


def test_a_label_that_only_names_the_source_says_nothing_about_what_is_counted():
    """'Den Schaden beziffert das Finanzministerium auf [Zahl fehlt] Euro' labelled with its
    source's name is still filled from the ministry's damage figure."""
    from claimledger.model import Source
    ph = mk("ph", None, placeholder=True, subject="Finanzministerium", outlet="C", **EUR)
    fig = mk("fig", 900e6, subject="Schäden", outlet="B", **EUR)
    ph.source = Source("Finanzministerium", None, None, "government")
    fig.source = Source("Finanzministerium", None, None, "government")
    assert [c.value for c in build_ledger([ph, fig]).gaps[0].candidates] == [900e6]
