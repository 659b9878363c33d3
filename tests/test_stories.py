"""Our own multi-outlet stories (tests/data/stories/): the gold claims of each story, turned
into Contract 1 claims, must reconcile into a ledger that passes every gold ledger check.

This tests reconciliation alone, independent of extraction (benchmarks/bench_stories.py runs
the whole pipeline on the same articles). The checks are scored by the shared score tool
(../shared/tools/score_claims.py beside the project); without it these tests skip, saying so.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from claimledger.model import Claim, CountedPhrase, Source, TimeSpan, Value, Who
from claimledger.reconcile import build_ledger

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
SCORE_TOOL = ROOT.parent / "shared" / "tools" / "score_claims.py"
STORY_DIRS = sorted(p for p in STORIES.iterdir() if (p / "gold.claims.jsonl").exists())


def load_score_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", SCORE_TOOL)
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    return sc


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def gold_to_claim(g: dict, meta: dict[str, dict]) -> Claim:
    """A flattened gold claim as the Contract 1 claim an ideal extractor would emit."""
    m = meta.get(g["doc_id"], {})
    t = g.get("time")
    group = g.get("who_group")
    return Claim(
        id=g["id"], doc_id=g["doc_id"], span=tuple(g["span"]), text=g["text"], sentence="",
        value=Value(g.get("low"), g.get("high"), g.get("bound", "exact")),
        placeholder=bool(g.get("placeholder")), unit=g.get("unit"),
        measure=g.get("measure") or "other", subject=g.get("subject"),
        increment=bool(g.get("increment")), hedged=bool(g.get("hedged")),
        source=Source(g["source"], None, g["source"]) if g.get("source") else None,
        time=TimeSpan(date.fromisoformat(t[0]), date.fromisoformat(t[1])) if t else None,
        counted=CountedPhrase(g["counted_text"], tuple(g["counted_span"]))
        if g.get("counted_span") else None,
        who=Who(group[0] if isinstance(group, list) else group, g.get("who_nationality"),
                g.get("who_place")),
        outlet=m.get("outlet"),
        published=date.fromisoformat(m["published"]) if m.get("published") else None)


def story_gold(story: Path) -> tuple[list[dict], list[Claim], dict]:
    meta = {m["id"]: m for m in read_jsonl(story / "meta.jsonl")}
    gold = read_jsonl(story / "gold.claims.jsonl")
    ledger = json.loads((story / "gold.ledger.json").read_text(encoding="utf-8"))
    return gold, [gold_to_claim(g, meta) for g in gold], ledger


CHECK_KINDS = ("gaps", "disagreements", "updates", "relations", "corroborations")


def score_each_check(sc: ModuleType, ledger: dict, gold_ledger: dict, gold: list[dict],
                     system: list[dict], m: dict[int, int]) -> dict[str, bool]:
    """Every gold check on its own. The score tool names checks by kind and measure, so two
    updates of one measure would share a name and only the last would count; scoring one
    check at a time keeps each of them."""
    out: dict[str, bool] = {}
    for kind in CHECK_KINDS:
        for i, entry in enumerate(gold_ledger.get(kind) or []):
            one = {k: [] for k in CHECK_KINDS} | {kind: [entry]}
            for name, ok in sc.score_ledger(ledger, one, gold, system, m).items():
                out[f"{kind}[{i}] {name}"] = ok
    return out


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


@pytest.mark.skipif(not SCORE_TOOL.exists(), reason=f"score tool not found at {SCORE_TOOL}")
@pytest.mark.parametrize("story", STORY_DIRS, ids=lambda p: p.name)
def test_gold_claims_pass_every_ledger_check(story: Path):
    sc = load_score_tool()
    gold, claims, gold_ledger = story_gold(story)
    system = [c.to_json() for c in claims]
    m = {i: i for i in range(len(gold))}  # the system claims are the gold claims
    checks = score_each_check(sc, build_ledger(claims).to_json(), gold_ledger, gold, system, m)
    assert len(checks) == sum(len(gold_ledger.get(k) or []) for k in CHECK_KINDS)
    assert all(checks.values()), {k: v for k, v in checks.items() if not v}


@pytest.mark.skipif(not SCORE_TOOL.exists(), reason=f"score tool not found at {SCORE_TOOL}")
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
