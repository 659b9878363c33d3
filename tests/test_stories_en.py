"""The English pack end to end: language selection (``--lang en``, a document's ``language``)
through ``extract`` and ``run``, and the whole pipeline on our English story
(tests/data/stories-en/), scored against its hand annotation with a floor.

The story (a flood in Cumbria told by a wire service, a broadsheet and a local paper) was
written for the project and annotated before the tool was run on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimledger
from claimledger.cli import main
from claimledger.reconcile import build_ledger
from support import score_claims
from support.gold import CHECK_KINDS, gold_to_claim, score_each_check

STORY = Path(__file__).resolve().parent / "data" / "stories-en" / "flood"
TEXT = "About 5,000 troops were deployed to the region, the defence ministry said on Tuesday."


def _lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def _english(claims: list[dict]) -> bool:
    """English digits: "5,000" is five thousand (German would read five)."""
    return [c["value"]["low"] for c in claims] == [5000] and claims[0]["source"] is not None


def test_lang_option_picks_the_english_pack(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--lang", "en", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert _english(_lines(out.read_text(encoding="utf-8")))


def test_document_language_picks_the_pack(tmp_path: Path) -> None:
    rows = [{"id": "en1", "text": TEXT, "language": "en", "published": "2025-11-05"},
            {"id": "de1", "text": "Rund 5.000 Soldaten wurden entsandt, sagte das Ministerium.",
             "language": "de", "published": "2025-11-05"}]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "docs.jsonl"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    claims = _lines(out.read_text(encoding="utf-8"))
    by_doc = {c["doc_id"]: c for c in claims}
    assert by_doc["en1"]["value"]["low"] == 5000 and by_doc["de1"]["value"]["low"] == 5000
    assert by_doc["en1"]["counted"]["text"] == "troops" and by_doc["de1"]["counted"]["text"] == "Soldaten"


def test_meta_language_in_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"id": "a", "language": "en", "published": "2025-11-05"}), encoding="utf-8")
    db = tmp_path / "db.duckdb"
    res = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "--meta", str(meta), "--db", str(db)])
    assert res.exit_code == 0, res.output
    ledger = claimledger.ledger(db=db).to_json()
    (series,) = [s for s in ledger["series"] if s["measure"] == "deployed"]
    assert series["estimates"][0]["low"] == 5000


def test_api_lang() -> None:
    (c,) = claimledger.extract(TEXT, published="2025-11-05", lang="en")
    assert (c.value.low, c.measure, c.counted.text, c.who.group) == (5000, "deployed", "troops", "troops")


# floors measured on the story (see the README's table); extraction may only get better
FLOORS = {"f1": 0.95, "source_acc": 0.9, "counted_acc": 0.85, "group_acc": 0.9,
          "value_acc": 0.95, "measure_acc": 0.95, "time_acc": 0.93}
LEDGER_FLOOR = 3


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    work = tmp_path_factory.mktemp("story-en")
    claims, ledger = work / "claims.jsonl", work / "ledger.json"
    res = CliRunner().invoke(main, ["extract", str(STORY / "articles"), "--meta", str(STORY / "meta.jsonl"),
                                    "-o", str(claims)])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, ["ledger", str(claims), "-o", str(ledger)])
    assert res.exit_code == 0, res.output
    system = score_claims.load_jsonl(str(claims))
    gold = score_claims.load_jsonl(str(STORY / "gold.claims.jsonl"))
    sources = json.loads((STORY / "sources.json").read_text(encoding="utf-8"))
    summary, _errors, m = score_claims.score_claims(system, gold, [], sources)
    checks = score_each_check(score_claims, json.loads(ledger.read_text(encoding="utf-8")),
                              json.loads((STORY / "gold.ledger.json").read_text(encoding="utf-8")),
                              gold, system, m)
    return summary, checks


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_story_floor(scored: tuple[dict, dict], metric: str) -> None:
    summary, _ = scored
    assert summary[metric] >= FLOORS[metric], f"{metric} = {summary[metric]:.3f}"


def test_story_ledger_floor(scored: tuple[dict, dict]) -> None:
    _, checks = scored
    assert sum(checks.values()) >= LEDGER_FLOOR, checks


def test_gold_claims_pass_every_ledger_check() -> None:
    """Reconciliation alone: the story's own gold claims pass every gold ledger check, so
    the checks ask what an English story can show."""
    meta = {m["id"]: m for m in _lines((STORY / "meta.jsonl").read_text(encoding="utf-8"))}
    gold = score_claims.load_jsonl(str(STORY / "gold.claims.jsonl"))
    claims = [gold_to_claim(g, meta) for g in gold]
    gold_ledger = json.loads((STORY / "gold.ledger.json").read_text(encoding="utf-8"))
    m = {i: i for i in range(len(gold))}
    checks = score_each_check(score_claims, build_ledger(claims).to_json(), gold_ledger, gold,
                              [c.to_json() for c in claims], m)
    assert len(checks) == sum(len(gold_ledger.get(k) or []) for k in CHECK_KINDS)
    failing = {k for k, ok in checks.items() if not ok}
    assert failing == set(RECONCILER_LIMITS), failing


# checks the reconciler cannot pass even from the gold claims, and why; listed so that a fix
# shows here
RECONCILER_LIMITS = {
    "gaps[0] gap l07 = 1800": "a bounded figure ('more than 1,800') is never a gap candidate; "
                              "the agency's earlier 'about 1,200' is proposed instead",
}
