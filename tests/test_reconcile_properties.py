"""Property tests: the ledger depends on the set of claims, not their order, one story's
claims never change another story's series, and no gap candidate comes from a figure about
another group, nationality or place."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.model import Claim, Source, TimeSpan, Value, Who
from claimledger.reconcile import build_ledger, build_ledger_json
from claimledger.reconcile.series import PEOPLE_MEASURES, document_places, label_key

BOUNDS = ["exact", "approx", "more_than", "at_least", "up_to", "at_most", "range", "vague"]
MEASURES = ["killed", "casualties", "deployed", "displaced", "aid", "other"]
SUBJECTS = ["flood victims", "Flood victims", "troops", "miners", None]
SOURCES = [None, "a.gov", "b.ngo", "c.media"]
WHOS = [None, ("people", None, "ES"), ("people", "ES", None), ("people", None, None),
        ("police", None, "ES"), ("people", None, "FR"), ("troops", "KP", "RU"),
        (None, None, "ES")]


@st.composite
def claim_dicts(draw, subjects=SUBJECTS, prefix="c"):
    bound = draw(st.sampled_from(BOUNDS))
    placeholder = draw(st.booleans()) and draw(st.booleans())
    base = draw(st.sampled_from([100, 1000, 1100, 3000, 4000, 4700, 11000, 14000, 15000]))
    low = None if placeholder or bound == "vague" else float(base)
    high = None if low is None else (low * draw(st.sampled_from([1, 1.2])) if bound == "range" else low)
    start = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 500)))
    length = draw(st.sampled_from([0, 6, 29, 90]))
    src = draw(st.sampled_from(SOURCES))
    return {
        "doc": draw(st.sampled_from(["d1", "d2", "d3"])), "bound": bound, "low": low, "high": high,
        "placeholder": placeholder, "measure": draw(st.sampled_from(MEASURES)),
        "subject": draw(st.sampled_from(subjects)), "increment": draw(st.booleans()),
        "src": src, "start": start, "end": start + timedelta(days=length),
        "timed": draw(st.integers(0, 5)) > 0,
        "who": draw(st.sampled_from(WHOS)),
    }


def to_claims(ds: list[dict], prefix: str = "c") -> list[Claim]:
    return [Claim(id=f"{prefix}{i}", doc_id=d["doc"], span=(i, i + 1), text="x", sentence="",
                  value=Value(d["low"], d["high"], d["bound"]), placeholder=d["placeholder"],
                  unit="person", measure=d["measure"], subject=d["subject"],
                  increment=d["increment"],
                  source=Source(d["src"], None, d["src"]) if d["src"] else None,
                  time=TimeSpan(d["start"], d["end"]) if d["timed"] else None,
                  outlet=f"outlet-{d['doc']}", who=Who(*d["who"]) if d.get("who") else Who())
            for i, d in enumerate(ds)]


SETTINGS = settings(max_examples=int(__import__("os").environ.get("RECONCILE_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(st.lists(claim_dicts(), min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_order_independence(ds, rnd):
    claims = to_claims(ds)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert json.dumps(build_ledger_json(claims)) == json.dumps(build_ledger_json(shuffled))


@SETTINGS
@given(st.lists(claim_dicts(subjects=["flood victims", "troops"]), min_size=1, max_size=30),
       st.lists(claim_dicts(subjects=["volcano evacuees", "strikers"]), min_size=1, max_size=30))
def test_unrelated_story_does_not_change_existing_series(story, other):
    for d in story + other:
        d["who"] = None  # stories told apart by their subject labels here
    mine = to_claims(story, "s")
    theirs = to_claims(other, "o")
    alone = build_ledger_json(mine)
    both = build_ledger_json(mine + theirs)

    def restricted(led):
        keep = {"flood victims", "troops"}
        return {
            "series": [s for s in led["series"] if s["subject"] in keep],
            "disagreements": [d for d in led["disagreements"] if d["subject"] in keep],
            "updates": [d for d in led["updates"] if d["subject"] in keep],
            "relations": [d for d in led["relations"] if d["subject"] in keep],
            "gaps": [g for g in led["gaps"] if g["claim"].startswith("s")],
        }

    assert json.dumps(restricted(alone)) == json.dumps(restricted(both))


@SETTINGS
@given(st.lists(claim_dicts(), min_size=1, max_size=40))
def test_structural_invariants(ds):
    claims = to_claims(ds)
    led = build_ledger_json(claims)
    placeholders = {c.id for c in claims if c.placeholder}
    assert {g["claim"] for g in led["gaps"]} == placeholders
    upd = {(tuple(u["from"]), tuple(u["to"])) for u in led["updates"]}
    for d in led["disagreements"]:
        a, b = (tuple(x) for x in d["sides"])
        assert (a, b) not in upd and (b, a) not in upd
    for g in led["gaps"]:
        for c in g["candidates"]:
            assert 0 <= c["confidence"] <= 1
    json.dumps(led)  # always serialisable


def _compatible(p: Claim, c: Claim, places: dict[str, str]) -> bool:
    """What a gap candidate must share with the placeholder, read off the claims themselves: a
    claim that names no place is about its document's place (series.document_places), and one
    with neither a ``who`` nor a document place is keyed on its label alone."""
    if p.measure != c.measure or (p.unit and c.unit and p.unit != c.unit):
        return False
    pp, cp = p.who.place or places.get(p.doc_id), c.who.place or places.get(c.doc_id)
    # a count of people that names no group is keyed on who (people), not on its label
    if bool(_group(p) or p.who.nationality or pp) != bool(_group(c) or c.who.nationality or cp):
        # a label-only claim meets one keyed on who only as a thing, never of another label
        pw, cw = set(label_key(p.subject).split()), set(label_key(c.subject).split())
        if _group(p) or _group(c) or (pw and cw and not (pw <= cw or cw <= pw)):
            return False
    both = lambda x, y: not x or not y or x == y  # noqa: E731
    return (_group(p) == _group(c) and both(p.who.nationality, c.who.nationality)
            and both(pp, cp))


def _group(c: Claim) -> str | None:
    """A count of people that names no group counts people (series.PEOPLE_MEASURES)."""
    if c.who.group is None and c.measure in PEOPLE_MEASURES and c.unit in (None, "person"):
        return "people"
    return c.who.group


@SETTINGS
@given(st.lists(claim_dicts(), min_size=1, max_size=40))
def test_gap_candidates_never_violate_who_compatibility(ds):
    claims = to_claims(ds)
    by_id = {c.id: c for c in claims}
    places = document_places(claims)
    for g in build_ledger(claims).gaps:
        p = by_id[g.claim]
        for cand in g.candidates:
            for cid in cand.claims:
                assert _compatible(p, by_id[cid], places), (p, by_id[cid])


@SETTINGS
@given(st.lists(claim_dicts(), min_size=1, max_size=30),
       st.lists(claim_dicts(), min_size=1, max_size=30))
def test_unrelated_story_elsewhere_does_not_change_series_keyed_on_who(story, other):
    for d in story:
        d["who"] = ("people", None, "ES")
    for d in other:
        d["who"], d["doc"] = ("people", None, "JP"), "o" + d["doc"]
    mine, theirs = to_claims(story, "s"), to_claims(other, "o")

    def restricted(led):
        return json.dumps({"series": [s for s in led["series"] if s["who"]["place"] == "ES"],
                           "gaps": [g for g in led["gaps"] if g["claim"].startswith("s")]})

    assert restricted(build_ledger_json(mine)) == restricted(build_ledger_json(mine + theirs))
