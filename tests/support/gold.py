"""Gold annotations (the format of shared/gold/) read as Contract 1 claims, and ledger checks
scored one at a time — shared by the story and reconcile tests and the story benchmark."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from claimledger.model import Claim, CountedPhrase, Source, TimeSpan, Value, Who

CHECK_KINDS = ("gaps", "disagreements", "updates", "relations", "corroborations")


def gold_to_claim(g: dict, meta: dict[str, dict], unnamed_outlet_is_none: bool = False) -> Claim:
    """A flattened gold claim as the Contract 1 claim an ideal extractor would emit (outlet
    and publication date from the document's meta; with ``unnamed_outlet_is_none`` an outlet
    the meta calls "unknown ..." is no outlet, as the seeds' meta writes it)."""
    m = meta.get(g["doc_id"], {})
    outlet = m.get("outlet")
    if unnamed_outlet_is_none and outlet and outlet.lower().startswith("unknown"):
        outlet = None  # an unnamed outlet is identified by its document only
    t = g.get("time")
    group = g.get("who_group")
    return Claim(
        id=g["id"], doc_id=g["doc_id"], span=tuple(g["span"]), text=g["text"], sentence="",  # type: ignore[arg-type]
        value=Value(g.get("low"), g.get("high"), g.get("bound", "exact")),
        placeholder=bool(g.get("placeholder")), unit=g.get("unit"),
        measure=g.get("measure") or "other", subject=g.get("subject"),
        increment=bool(g.get("increment")), hedged=bool(g.get("hedged")),
        source=Source(g["source"], None, g["source"]) if g.get("source") else None,
        time=TimeSpan(date.fromisoformat(t[0]), date.fromisoformat(t[1])) if t else None,
        counted=CountedPhrase(g["counted_text"], tuple(g["counted_span"]))  # type: ignore[arg-type]
        if g.get("counted_span") else None,
        who=Who(group[0] if isinstance(group, list) else group, g.get("who_nationality"),
                g.get("who_place")),
        outlet=outlet,
        published=date.fromisoformat(m["published"]) if m.get("published") else None)


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
