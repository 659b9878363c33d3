"""Shared helpers for the reconcile tests (claim construction, the gold-annotation reader).

Named test_reconcile_* to stay within the reconcile test files; it holds no tests itself.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from claimledger.model import Claim, Source, TimeSpan, Value, Who
from support.gold import gold_to_claim

# the shared annotation lives beside the project (../shared from its root); tests that need it
# skip, saying so, when it is absent
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_CLAIMS = SHARED / "gold" / "seeds.claims.jsonl"
GOLD_LEDGER = SHARED / "gold" / "seeds.ledger.json"
SCORE_TOOL = SHARED / "tools" / "score_claims.py"
META = SHARED / "corpus" / "seeds" / "meta.jsonl"


def mk(cid: str, value: float | tuple[float, float] | None, *, bound: str = "exact",
       measure: str = "killed", subject: str | None = "earthquake victims", unit: str = "person",
       time: tuple[str, str] | str | None = None, source: str | None = None,
       source_text: str | None = None, outlet: str | None = "Outlet A", doc: str | None = None,
       increment: bool = False, placeholder: bool = False,
       who: tuple[str | None, str | None, str | None] | None = None) -> Claim:
    """A claim in one line: ``mk("c1", 1200, bound="approx", time="2023-02-07", source="x")``."""
    if isinstance(value, tuple):
        low, high = value
    else:
        low = high = value
    if isinstance(time, str):
        time = (time, time)
    src = Source(source_text or source or "", None, source) if (source or source_text) else None
    return Claim(id=cid, doc_id=doc or f"doc-{outlet or cid}", span=(0, 1), text=str(value),
                 sentence="", value=Value(low, high, bound), placeholder=placeholder, unit=unit,
                 measure=measure, subject=subject, increment=increment, source=src,
                 time=TimeSpan(date.fromisoformat(time[0]), date.fromisoformat(time[1])) if time else None,
                 outlet=outlet, who=Who(*who) if who else Who())


def gold_claims() -> list[Claim]:
    """The hand annotation of the seeds as Claim objects (outlet and date from meta.jsonl)."""
    meta = {}
    if META.exists():
        for line in META.read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                meta[m["id"]] = m
    out = []
    for line in GOLD_CLAIMS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        out.append(gold_to_claim(g, meta, unnamed_outlet_is_none=True))
    return out


def gold_as_system_json(claims: list[Claim]) -> list[dict]:
    """The gold claims in Contract 1 form, as the score tool expects 'system' claims."""
    return [c.to_json() for c in claims]
