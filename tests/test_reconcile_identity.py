"""Series identity that survives real extraction (reconcile/story.py): labels compared by
their words, label variants, unspecified people joining the one role counted beside them,
variants of one source's name, and a claim without ``who`` taking its document's place.
Each rule is tested on small claim sets, with the cases where it must *not* join."""

from __future__ import annotations

import pytest
from test_reconcile_helpers import mk

from claimledger.reconcile import build_ledger
from claimledger.reconcile.series import label_key, series_key
from claimledger.reconcile.story import story_context

CRASH = dict(measure="wounded", subject=None)


def _groups(led, measure):
    return {s.who.group: sorted(c for e in s.estimates for c in e.claims)
            for s in led.series if s.measure == measure}


@pytest.mark.parametrize("a, b, same", [
    ("Ankünfte", "Ankünften", True),
    ("Für Investitionen", "Investitionen", True),
    ("storm damage", "Storm  damages", True),
    ("Schaden", "Schäden", True),
    ("Tobias Kern", "Kern", False),        # a variant (story context), not the same label
    ("Neuverschuldung", "Defizit", False),  # synonyms are the extractor's to normalise
    ("CDU", "SPD", False),
])
def test_label_key(a, b, same):
    assert (label_key(a) == label_key(b)) is same


@pytest.mark.parametrize("claims, want", [
    # passengers injured and people injured in one crash: one series
    ([("a", 27, ("tourists", None, "DE")), ("b", 31, ("people", None, "DE"))],
     {"tourists": ["a", "b"]}),
    # children and aid workers are parts or a corps: never joined, never ambiguous
    ([("a", 27, ("tourists", None, "DE")), ("b", 31, ("people", None, "DE")),
      ("c", 12, ("children", None, "DE")), ("d", 2, ("aid_workers", None, "DE"))],
     {"tourists": ["a", "b"], "children": ["c"], "aid_workers": ["d"]}),
    # police officers are never people
    ([("a", 3, ("police", None, "DE")), ("b", 31, ("people", None, "DE"))],
     {"police": ["a"], "people": ["b"]}),
    # two roles: whom "people" are is ambiguous, nothing is joined
    ([("a", 27, ("tourists", None, "DE")), ("b", 31, ("people", None, "DE")),
      ("c", 5, ("residents", None, "DE"))],
     {"tourists": ["a"], "people": ["b"], "residents": ["c"]}),
    # another place's role is another story
    ([("a", 27, ("tourists", None, "AT")), ("b", 31, ("people", None, "DE"))],
     {"tourists": ["a"], "people": ["b"]}),
])
def test_unspecified_people_join_the_one_role_of_their_place(claims, want):
    led = build_ledger([mk(cid, v, who=w, outlet=cid, time="2025-08-03", **CRASH)
                        for cid, v, w in claims])
    assert _groups(led, "wounded") == want


def test_a_group_with_only_a_lost_figure_never_takes_the_peoples_figures():
    led = build_ledger([
        mk("p", 31, who=("people", None, "DE"), outlet="A", time="2025-08-03", **CRASH),
        mk("ph", None, placeholder=True, who=("rescuers", None, "DE"), outlet="B",
           time="2025-08-03", **CRASH),
    ])
    assert led.gaps[0].candidates == []


def test_people_join_makes_the_rising_count_an_update_and_a_sum():
    led = build_ledger([
        mk("a", 27, who=("tourists", None, "DE"), source="police", outlet="A",
           time="2025-08-03", **CRASH),
        mk("inc", 4, who=("people", None, "DE"), source="police", outlet="B", increment=True,
           time="2025-08-04", **CRASH),
        mk("b", 31, who=("people", None, "DE"), source="police", outlet="B",
           time="2025-08-04", **CRASH),
    ])
    assert [(u.from_, u.to) for u in led.updates] == [(["a"], ["b"])]
    assert any(r.kind == "sum" and r.parts == ["a", "inc"] and r.total == ["b"]
               for r in led.relations)


SHARE = dict(measure="share", unit="percent", time="2025-09-14")


@pytest.mark.parametrize("labels, want", [
    ({"a": "Tobias Kern", "b": "Kern"}, {"tobias kern": ["a", "b"]}),
    # "Kern" is part of two longer labels: ambiguous
    ({"a": "Tobias Kern", "b": "Anna Kern", "c": "Kern"},
     {"tobias kern": ["a"], "anna kern": ["b"], "kern": ["c"]}),
])
def test_label_variants_of_an_unclassified_figure_join(labels, want):
    # unclassified figures (measure "other") keep their labels in the key; variants join
    claims = [mk(cid, 30 + i, subject=lab, outlet=cid, who=(None, None, "DE"),
                 **(SHARE | {"measure": "other"}))
              for i, (cid, lab) in enumerate(labels.items())]
    ctx = story_context(claims)
    got: dict[str, list[str]] = {}
    for c in claims:
        got.setdefault(series_key(c, context=ctx)[5], []).append(c.id)
    assert {k: sorted(v) for k, v in got.items()} == {label_key(k): v for k, v in want.items()}


@pytest.mark.parametrize("labels, want", [
    # a count that names nothing joins the one labelled count of its measure
    ({"a": "flood victims", "b": None}, {"flood victim": ["a", "b"]}),
    # ... but not one of several
    ({"a": "flood victims", "b": "miners", "c": None},
     {"flood victim": ["a"], "miner": ["b"], "": ["c"]}),
])
def test_an_unlabelled_count_without_who_joins_the_one_labelled_count(labels, want):
    claims = [mk(cid, 30 + i, subject=lab, outlet=cid, time="2024-05-02")
              for i, (cid, lab) in enumerate(labels.items())]
    ctx = story_context(claims)
    got: dict[str, list[str]] = {}
    for c in claims:
        got.setdefault(series_key(c, context=ctx)[5], []).append(c.id)
    assert {k: sorted(v) for k, v in got.items()} == want


def test_things_without_any_place_are_one_comparable_series():
    """A story whose articles name no country (a fictional club's transfer): its money is
    still one quantity compared across sources, whatever the labels."""
    d = dict(measure="amount", unit="EUR", time="2025-07-05")
    led = build_ledger([mk("club", 18e6, subject="Ablöse", source="club", outlet="A", **d),
                        mk("paper", 22e6, subject=None, source="record", outlet="B", **d)])
    assert [dd.claims for dd in led.disagreements] == [["club", "paper"]]


@pytest.mark.parametrize("first, second, update", [
    ("Stadt", "Stadt Wellheim", True),
    ("Institut der deutschen Wirtschaft", "arbeitgebernahe Institut der deutschen Wirtschaft", True),
    ("Veranstalter", "Zahl des Veranstalters", True),
    ("Stadt", "Polizei", False),            # two sources of one period: a disagreement
    ("de.db", "de.db.regio", False),        # registry ids are never merged
])
def test_variants_of_one_sources_name_are_one_source(first, second, update):
    def src(t):
        return dict(source=t) if "." in t else dict(source_text=t)
    led = build_ledger([
        mk("a", 41.2, who=("voters", None, "DE"), outlet="A", **src(first), **SHARE),
        mk("b", 52.7, who=("voters", None, "DE"), outlet="B", measure="share", unit="percent",
           time="2025-09-15", **src(second)),
    ])
    assert bool(led.updates) is update
    assert bool(led.disagreements) is not update


def test_a_claim_without_who_takes_its_documents_place():
    d = dict(measure="amount", unit="EUR", subject="Neuverschuldung")
    led = build_ledger([
        mk("x", 85e6, doc="d1", outlet="A", time="2026-01-01", source="kaemmerer", **d),
        mk("w", 7400, doc="d1", outlet="A", time="2026-01-01", measure="size", subject=None,
           who=("workers", None, "DE")),
        mk("ph", None, placeholder=True, doc="d2", outlet="B", who=(None, None, "DE"),
           time="2026-01-01", source="kaemmerer", **d),
    ])
    assert [c.value for c in led.gaps[0].candidates] == [85e6]


@pytest.mark.parametrize("others, want", [
    # the other articles count deaths, evacuees and damage in Austria (and deaths in Czechia)
    ([("k1", "killed", "AT"), ("k2", "killed", "CZ"), ("d1", "displaced", "AT")], "AT"),
    # as many votes for two places: the article stays placeless
    ([("k1", "killed", "AT"), ("k2", "killed", "CZ")], None),
    # nothing the article counts is counted elsewhere
    ([("w1", "wounded", "AT")], None),
])
def test_an_article_that_names_no_place_continues_the_story_told_elsewhere(others, want):
    claims = [mk(cid, 5, measure=m, subject=None, who=("people", None, place), doc=f"d-{cid}",
                 outlet=cid, time="2025-09-18") for cid, m, place in others]
    claims += [mk("x1", 6, measure="killed", subject=None, who=("people", None, None), doc="x",
                  outlet="X", time="2025-09-23"),
               mk("x2", 2200, measure="displaced", subject=None, who=("people", None, None),
                  doc="x", outlet="X", time="2025-09-23")]
    assert story_context(claims).places.get("x") == want


def test_a_comparison_abroad_among_things_does_not_move_the_documents_figures():
    """'Benfica paid 35 million' is the only stated place of an article about another fee:
    the article's own figures about things, which state none, outvote it."""
    d = dict(measure="amount", unit="EUR", time="2025-07-05")
    claims = [mk("fee", 22e6, subject="Ablöse", doc="t2", outlet="B", **d),
              mk("own", 18e6, subject=None, doc="t2", outlet="B", **d),
              mk("pt", 35e6, subject=None, doc="t2", outlet="B", who=(None, None, "PT"), **d)]
    assert story_context(claims).places.get("t2") is None
