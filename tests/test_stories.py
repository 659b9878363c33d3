"""Our own multi-outlet stories (tests/data/stories/): the gold claims of each story, turned
into Contract 1 claims, must reconcile into a ledger that passes every gold ledger check.

This tests reconciliation alone, independent of extraction (benchmarks/bench_stories.py runs
the whole pipeline on the same articles). The checks are scored by the shared score tool
(tests/support/score_claims.py, a copy of shared/tools/score_claims.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from claimledger.model import Claim, TimeSpan
from claimledger.reconcile import build_ledger
from support import score_claims
from support.gold import CHECK_KINDS, gold_to_claim, score_each_check

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
STORY_DIRS = sorted(p for p in STORIES.iterdir() if (p / "gold.claims.jsonl").exists())


def load_score_tool() -> ModuleType:
    """The project's scorer (vendored in tests/support from shared/tools)."""
    return score_claims


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def story_gold(story: Path) -> tuple[list[dict], list[Claim], dict]:
    meta = {m["id"]: m for m in read_jsonl(story / "meta.jsonl")}
    gold = read_jsonl(story / "gold.claims.jsonl")
    ledger = json.loads((story / "gold.ledger.json").read_text(encoding="utf-8"))
    return gold, [gold_to_claim(g, meta) for g in gold], ledger


def test_there_are_enough_stories():
    """At least 8 stories of 3 or more articles each, every one with gold ledger checks."""
    assert len(STORY_DIRS) >= 8, [p.name for p in STORY_DIRS]
    for story in STORY_DIRS:
        assert len(list((story / "articles").glob("*.txt"))) >= 3, story.name


@pytest.mark.parametrize("story", STORY_DIRS, ids=lambda p: p.name)
def test_gold_spans_point_at_their_text(story: Path):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (story / "articles").glob("*.txt")}
    for g in read_jsonl(story / "gold.claims.jsonl"):
        s, e = g["span"]
        assert texts[g["doc_id"]][s:e] == g["text"], g["id"]
        if g.get("counted_span"):
            cs, ce = g["counted_span"]
            assert texts[g["doc_id"]][cs:ce] == g["counted_text"], g["id"]


@pytest.mark.parametrize("story", STORY_DIRS, ids=lambda p: p.name)
def test_gold_claims_pass_every_ledger_check(story: Path):
    sc = load_score_tool()
    gold, claims, gold_ledger = story_gold(story)
    system = [c.to_json() for c in claims]
    m = {i: i for i in range(len(gold))}  # the system claims are the gold claims
    checks = score_each_check(sc, build_ledger(claims).to_json(), gold_ledger, gold, system, m)
    assert len(checks) == sum(len(gold_ledger.get(k) or []) for k in CHECK_KINDS)
    assert all(checks.values()), {k: v for k, v in checks.items() if not v}


@pytest.mark.parametrize("story", STORY_DIRS, ids=lambda p: p.name)
def test_publication_day_times_still_pass(story: Path):
    """Extractor-like noise: a figure said "as of" its article's day keeps that day, not the
    period the annotation gives, wherever the period contains it."""
    sc = load_score_tool()
    gold, claims, gold_ledger = story_gold(story)
    for c in claims:
        if c.time and c.published and c.time.start <= c.published <= c.time.end:
            c.time = TimeSpan(c.published, c.published)
    system = [c.to_json() for c in claims]
    m = {i: i for i in range(len(gold))}
    checks = score_each_check(sc, build_ledger(claims).to_json(), gold_ledger, gold, system, m)
    assert all(checks.values()), {k: v for k, v in checks.items() if not v}
