"""Development check: the hand-annotated seed claims reconcile into the gold ledger.

The seeds are a development set; this test guards against regressions, it is not what the
rules were written for (each rule is tested on other stories in the sibling test files).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json

import pytest
from test_reconcile_helpers import GOLD_CLAIMS, GOLD_LEDGER, SCORE_TOOL, gold_claims

from claimledger.model import TimeSpan
from claimledger.reconcile import build_ledger_json

pytestmark = pytest.mark.skipif(not (SCORE_TOOL.exists() and GOLD_CLAIMS.exists()
                                     and GOLD_LEDGER.exists()),
                                reason="score tool or gold annotation missing")


def _score(claims):
    spec = importlib.util.spec_from_file_location("score_claims", SCORE_TOOL)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gold = sc.load_jsonl(str(GOLD_CLAIMS))
    system = [c.to_json() for c in claims]
    _, _, m = sc.score_claims(system, gold, [], {})
    gold_ledger = json.loads(GOLD_LEDGER.read_text(encoding="utf-8"))
    return sc.score_ledger(build_ledger_json(claims), gold_ledger, gold, system, m)


def test_gold_claims_pass_all_ledger_checks():
    checks = _score(gold_claims())
    assert len(checks) == 8
    assert all(checks.values()), {k: v for k, v in checks.items() if not v}


def test_noisier_input_still_passes():
    """Extractor-like noise: publication-day times instead of months, a source lost."""
    noisy = []
    for c in gold_claims():
        c = dataclasses.replace(c)
        if c.time and c.published and c.time.start <= c.published <= c.time.end:
            c.time = TimeSpan(c.published, c.published)
        if c.source and c.source.id == "kr.mnd":
            c.source = None
        noisy.append(c)
    checks = _score(noisy)
    assert all(checks.values()), {k: v for k, v in checks.items() if not v}
