"""The whole pipeline on our own stories (tests/data/stories/): extraction + ledger, scored.

For each story this runs ``claimledger extract`` on its articles (with its meta.jsonl) and
``claimledger ledger`` on the claims, then scores both with the shared score tool
(../shared/tools/score_claims.py beside the project) against the story's gold claims and gold
ledger. Prints per story and in total: F1, source / counted / group / nationality / place
accuracy and the ledger checks passed. Not a test: extraction is measured, not required.
``tests/test_stories.py`` checks reconciliation alone, on the gold claims.

    .venv/bin/python benchmarks/bench_stories.py [--stories DIR] [--show-errors] [STORY...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from support import score_claims  # noqa: E402
from support.gold import score_each_check  # noqa: E402
STORIES = ROOT / "tests" / "data" / "stories"
SHARED = ROOT.parent / "shared"
COLUMNS = ("f1", "source_acc", "counted_acc", "group_acc", "nationality_acc", "place_acc")


def load_score_tool() -> ModuleType:
    """The project's scorer (vendored in tests/support from shared/tools)."""
    return score_claims


def run_pipeline(story: Path, work: Path) -> tuple[Path, Path]:
    """Claims and ledger of one story, made by the command line as a user would."""
    claims, ledger = work / f"{story.name}.claims.jsonl", work / f"{story.name}.ledger.json"
    cli = [sys.executable, "-m", "claimledger"]
    subprocess.run(cli + ["extract", str(story / "articles"), "--meta", str(story / "meta.jsonl"),
                          "-o", str(claims)], check=True, capture_output=True)
    subprocess.run(cli + ["ledger", str(claims), "-o", str(ledger)], check=True,
                   capture_output=True)
    return claims, ledger


def sources_for(story: Path) -> dict[str, Any]:
    """The shared source registry of the annotation plus the story's own source ids."""
    out: dict[str, Any] = {}
    for p in (SHARED / "gold" / "sources.json", story / "sources.json"):
        if p.exists():
            out.update(json.loads(p.read_text(encoding="utf-8")))
    return out


def score_story(sc: ModuleType, story: Path, work: Path, show_errors: bool) -> dict[str, Any]:
    claims_path, ledger_path = run_pipeline(story, work)
    system = sc.load_jsonl(str(claims_path))
    gold = sc.load_jsonl(str(story / "gold.claims.jsonl"))
    summary, errors, m = sc.score_claims(system, gold, [], sources_for(story))
    checks = score_each_check(sc, json.loads(ledger_path.read_text(encoding="utf-8")),
                              json.loads((story / "gold.ledger.json").read_text(encoding="utf-8")),
                              gold, system, m)
    summary["checks"] = checks
    summary["system_claims"], summary["gold_claims"] = system, gold
    if show_errors:
        for e in errors:
            print(f"  {story.name}: " + " | ".join(str(x) for x in e), file=sys.stderr)
        for k, v in checks.items():
            if not v:
                print(f"  {story.name}: FAIL {k}", file=sys.stderr)
    return summary


def _fmt(v: Any) -> str:
    return "  n/a" if v is None else f"{v:5.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="*", help="story names (default: all)")
    ap.add_argument("--stories-dir", type=Path, default=STORIES)
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args(argv)
    sc = load_score_tool()
    dirs = sorted(p for p in a.stories_dir.iterdir() if (p / "gold.claims.jsonl").exists()
                  and (not a.stories or p.name in a.stories))
    print(f"{'story':20s} {'gold':>4s} {'sys':>4s} " + " ".join(f"{c[:11]:>11s}" for c in COLUMNS)
          + "  ledger")
    all_sys: list[dict] = []
    all_gold: list[dict] = []
    passed = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for story in dirs:
            s = score_story(sc, story, Path(tmp), a.show_errors)
            ok, n = sum(s["checks"].values()), len(s["checks"])
            passed, total = passed + ok, total + n
            all_sys += s["system_claims"]
            all_gold += s["gold_claims"]
            print(f"{story.name:20s} {s['gold_required']:4d} {s['system']:4d} "
                  + " ".join(f"{_fmt(s.get(c)):>11s}" for c in COLUMNS) + f"  {ok}/{n}")
    sources: dict[str, Any] = {}
    for story in dirs:
        sources.update(sources_for(story))
    tot, _, _ = sc.score_claims(all_sys, all_gold, [], sources)
    print(f"{'TOTAL':20s} {tot['gold_required']:4d} {tot['system']:4d} "
          + " ".join(f"{_fmt(tot.get(c)):>11s}" for c in COLUMNS) + f"  {passed}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
