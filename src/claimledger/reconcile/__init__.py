"""Reconciliation: claims -> ledger (series, estimates, disagreements, updates, relations, gaps).

Steps, one module each: :mod:`series` (series identity and per-claim facts), :mod:`estimates`
(clustering into corroborated figures), :mod:`disagreements` (clashes and updates),
:mod:`relations` (sums), :mod:`gaps` (candidates for missing figures), assembled by
:mod:`ledger` into a typed :class:`claimledger.model.Ledger`.
"""

from claimledger.reconcile.ledger import build_ledger, build_ledger_json, reconcile_series
from claimledger.reconcile.series import group_series, series_key

__all__ = ["build_ledger", "build_ledger_json", "group_series", "reconcile_series", "series_key"]
