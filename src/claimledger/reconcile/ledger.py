"""claims -> ledger (Contract 2 of SPEC.md), assembled from the reconcile steps.

The ledger is a pure function of the *set* of claims: every list is sorted by stable keys
(series by subject/measure/unit, estimates by time and value, records by their claim ids), so
shuffled input gives an identical ledger, and each series is computed from its own claims
only, so adding another story's claims never changes an existing series.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import Any

from claimledger.model import Claim, _num
from claimledger.reconcile.disagreements import find_disagreements, find_updates
from claimledger.reconcile.estimates import Estimate, build_estimates
from claimledger.reconcile.gaps import fill_gaps
from claimledger.reconcile.phrasing import fmt_estimate, fmt_period
from claimledger.reconcile.relations import find_relations
from claimledger.reconcile.series import Obs, SeriesGroup, group_series


def _estimate_json(e: Estimate, unit: str | None) -> dict[str, Any]:
    low, high, bound = e.low_high_bound()
    n_src, n_out = len(e.sources), len(e.outlets)
    if e.kind == "vague":
        why = f"An unspecified number ({len(e.members)} mention(s)), never compared."
    else:
        why = (f"{fmt_estimate(e, unit)}{' more' if e.increment else ''} for "
               f"{fmt_period(e.t0, e.t1)}, reported {len(e.members)} time(s) by {n_src} "
               f"source(s) in {n_out} outlet(s)"
               f"{' — corroborated' if n_src > 1 or n_out > 1 else ''}.")
    return {
        "low": _num(low), "high": _num(high), "bound": bound, "increment": e.increment,
        "best": _num(e.best),
        "time": ({"start": _iso(e.t0), "end": _iso(e.t1)} if e.t0 is not None else None),
        "claims": e.claim_ids, "sources": e.sources, "n_outlets": n_out,
        "named_source": e.named_source, "why": why,
    }


def _iso(day: int | None) -> str | None:
    from datetime import date
    return None if day is None else date.fromordinal(day).isoformat()


def _series_json(g: SeriesGroup, ests: list[Estimate]) -> dict[str, Any]:
    n = len(g.obs) + len(g.placeholders)
    corroborated = sum(1 for e in ests if len(e.sources) > 1 or len(e.outlets) > 1)
    why = (f"{len(ests)} estimate(s) from {n} claim(s)"
           f"{f', {corroborated} corroborated' if corroborated else ''}"
           f"{'' if g.comparable else '; not compared across sources (subject or measure unknown)'}.")
    return {"subject": g.subject, "measure": g.measure, "unit": g.unit,
            "comparable": g.comparable, "n_claims": n,
            "estimates": [_estimate_json(e, g.unit) for e in ests], "why": why}


def build_ledger(claims: Iterable[Claim]) -> dict[str, Any]:
    """Reconcile claims into series, estimates, disagreements, updates, relations and gaps.

    The cyclic garbage collector is paused meanwhile: reconciliation allocates millions of
    small acyclic objects, and repeated full collections over them cost more than the work
    itself on large corpora (it is restored on exit, whatever happens).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(claims)
    finally:
        if was_enabled:
            gc.enable()


def _build(claims: Iterable[Claim]) -> dict[str, Any]:
    groups = group_series(claims)
    series_out: list[dict] = []
    disagreements: list[dict] = []
    updates: list[dict] = []
    relations: list[dict] = []
    estimates: dict[tuple[str, str, str], list[Estimate]] = {}
    by_sm: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    placeholders: list[tuple[Obs, SeriesGroup]] = []
    for key in sorted(groups):
        g = groups[key]
        ests = build_estimates(g.obs)
        estimates[key] = ests
        by_sm.setdefault((key[0], key[1]), []).append(key)
        placeholders.extend((p, g) for p in g.placeholders)
        if ests:
            series_out.append(_series_json(g, ests))
        if g.comparable and ests:
            args = (ests, g.subject, g.measure, g.unit)
            disagreements.extend(find_disagreements(*args))
            updates.extend(find_updates(*args))
            relations.extend(find_relations(*args))
    disagreements.sort(key=lambda d: (d["subject"] or "", d["measure"], d["unit"] or "",
                                       d["period"], d["claims"]))
    updates.sort(key=lambda d: (d["subject"] or "", d["measure"], d["unit"] or "", d["to"], d["from"]))
    relations.sort(key=lambda d: (d["subject"] or "", d["measure"], d["unit"] or "", d["kind"],
                                  d["total"], d["parts"]))
    return {"series": series_out, "disagreements": disagreements, "updates": updates,
            "relations": relations, "gaps": fill_gaps(placeholders, estimates, by_sm)}
