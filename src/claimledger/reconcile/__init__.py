"""Reconciliation: claims -> ledger (series, estimates, disagreements, updates, relations, gaps).

Steps, one module each: :mod:`series` (grouping and per-claim facts), :mod:`estimates`
(clustering into corroborated figures), :mod:`disagreements` (clashes and updates),
:mod:`relations` (sums), :mod:`gaps` (candidates for missing figures), assembled by
:mod:`ledger`.
"""

from claimledger.reconcile.ledger import build_ledger

__all__ = ["build_ledger"]
