"""Narrowing a ledger to one measure / subject without losing the items that explain it."""

from __future__ import annotations

from typing import Any

from claimledger.store.duckdb_store import LEDGER_ITEM_KINDS, claim_refs


def subject_matches(subject: str | None, wanted: str | None) -> bool:
    """Case-insensitive substring match: subjects are free text and users type part of them."""
    if not wanted:
        return True
    return wanted.lower() in (subject or "").lower()


def filter_ledger(ledger: dict[str, Any], measure: str | None = None,
                  subject: str | None = None, claim_ids: set[str] | None = None) -> dict[str, Any]:
    """Series matching measure/subject, and ledger items that refer to one of their claims.

    ``claim_ids`` adds claims known to match (e.g. from the claims table) to those found in
    the kept series, so a gap whose placeholder sits in no series is still kept.
    """
    series = [s for s in ledger.get("series") or []
              if (not measure or s.get("measure") == measure)
              and subject_matches(s.get("subject"), subject)]
    keep = set(claim_ids or ())
    for s in series:
        for e in s.get("estimates") or []:
            keep.update(str(c) for c in e.get("claims") or [])
    out: dict[str, Any] = {k: v for k, v in ledger.items()
                           if k != "series" and k not in LEDGER_ITEM_KINDS}
    out["series"] = series
    for key in LEDGER_ITEM_KINDS:
        out[key] = [it for it in ledger.get(key) or []
                    if any(cid in keep for _, cid in claim_refs(it))]
    return out


__all__ = ["claim_refs", "filter_ledger", "subject_matches"]
