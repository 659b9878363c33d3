"""Property tests: the ledger depends on the set of claims, not their order, and one story's
claims never change another story's series."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.model import Claim, Source, TimeSpan, Value
from claimledger.reconcile import build_ledger_json

BOUNDS = ["exact", "approx", "more_than", "at_least", "up_to", "at_most", "range", "vague"]
MEASURES = ["killed", "casualties", "deployed", "displaced", "aid", "other"]
SUBJECTS = ["flood victims", "Flood victims", "troops", "miners", None]
SOURCES = [None, "a.gov", "b.ngo", "c.media"]


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
    }


def to_claims(ds: list[dict], prefix: str = "c") -> list[Claim]:
    return [Claim(id=f"{prefix}{i}", doc_id=d["doc"], span=(i, i + 1), text="x", sentence="",
                  value=Value(d["low"], d["high"], d["bound"]), placeholder=d["placeholder"],
                  unit="person", measure=d["measure"], subject=d["subject"],
                  increment=d["increment"],
                  source=Source(d["src"], None, d["src"]) if d["src"] else None,
                  time=TimeSpan(d["start"], d["end"]) if d["timed"] else None,
                  outlet=f"outlet-{d['doc']}")
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
