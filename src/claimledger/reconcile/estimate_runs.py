"""A series' record written as a run entry straight from its estimates (clusters).

A worker of the parallel driver writes a series record for every series of its bucket, and
one estimate in it for every four or five claims. Made as :class:`~claimledger.model.Series`
first, each estimate became an :class:`~claimledger.model.Estimate` with its own copies of
the claim-id and source lists, a :class:`~claimledger.model.TimeSpan` of two ``date``
objects, and was then walked field by field for its text (:mod:`.ledger_text`). Here the
text is formatted from the cluster itself; its claim ids' JSON is the one
:mod:`.pair_runs` makes once per estimate and reuses for every disagreement and update.

The entry is exactly what :func:`.runs.sorted_runs` makes of the series record (tested);
anything unusual — a claim id or source that needs escaping, a number that is no finite
float or int — returns None and the caller makes the record as before.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache

from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.ledger_text import _number, strings, value
from claimledger.reconcile.pair_runs import _ids
from claimledger.reconcile.phrasing import fmt_estimate, fmt_period
from claimledger.reconcile.series import SeriesGroup

@lru_cache(maxsize=1 << 14)
def _period(t0: int, t1: int) -> str:
    """An estimate's period as ``TimeSpan.to_json`` text, from its day ordinals."""
    return (f'{{"start": "{date.fromordinal(t0).isoformat()}", '
            f'"end": "{date.fromordinal(t1).isoformat()}"}}')


def _plain(x: object) -> bool:
    """A figure ``_number`` writes as ``value(_num(x))`` does: None or a finite float/int."""
    t = type(x)
    return x is None or t is int or (t is float and math.isfinite(x))   # type: ignore[arg-type]


def estimate_entry_text(e: Cluster, unit: str | None, why: str) -> str | None:
    """``estimate_text`` of the estimate ``ledger._estimate`` makes of ``e``; None when it
    needs the general path."""
    ids = _ids(e)
    low, high, bound = e.lhb
    if (ids is None or not (_plain(low) and _plain(high) and _plain(e.best))
            or type(e.increment) is not bool or type(e.named_source) is not bool
            or type(bound) is not str):
        return None
    time = _period(e.t0, e.t1) if e.t0 is not None and e.t1 is not None else "null"
    return (f'{{"low": {_number(low)}, "high": {_number(high)}, "bound": {value(bound)}, '
            f'"increment": {"true" if e.increment else "false"}, "best": {_number(e.best)}, '
            f'"time": {time}, "claims": {ids[0]}, '
            f'"sources": {strings(e.sources)}, "n_outlets": {len(e.outlets)}, '
            f'"named_source": {"true" if e.named_source else "false"}, "why": {value(why)}}}')


def estimate_why(e: Cluster, unit: str | None) -> str:
    """The reason of an estimate: one definition for the record and for the text the
    workers write from the cluster (:func:`series_text`)."""
    if e.kind == "vague":
        return f"An unspecified number ({len(e.members)} mention(s)), never compared."
    n_src, n_out = len(e.sources), len(e.outlets)
    return (f"{fmt_estimate(e, unit)}{' more' if e.increment else ''} for "
            f"{fmt_period(e.t0, e.t1)}, reported {len(e.members)} time(s) by {n_src} "
            f"source(s) in {n_out} outlet(s)"
            f"{' — corroborated' if n_src > 1 or n_out > 1 else ''}.")


def series_why(g: SeriesGroup, ests: list[Cluster]) -> str:
    """The reason of a series (see :func:`estimate_why`)."""
    n = len(g.obs) + len(g.placeholders)
    corroborated = sum(1 for e in ests if len(e.sources) > 1 or len(e.outlets) > 1)
    return (f"{len(ests)} estimate(s) from {n} claim(s)"
            f"{f', {corroborated} corroborated' if corroborated else ''}"
            f"{'' if g.comparable else '; not compared across sources (whom or what it counts unknown)'}.")


def series_text(g: SeriesGroup, ests: list[Cluster]) -> bytes | None:
    """``record_text`` of the series record ``ledger._series`` makes of ``g`` and its
    estimates ``ests``, UTF-8 encoded; None when an estimate needs the general path."""
    unit = g.unit
    parts = []
    for e in ests:
        t = estimate_entry_text(e, unit, estimate_why(e, unit))
        if t is None:
            return None
        parts.append(t)
    w = g.who
    text = (f'{{"subject": {value(g.subject)}, "measure": {value(g.measure)}, '
            f'"who": {{"group": {value(w.group)}, "nationality": {value(w.nationality)}, '
            f'"place": {value(w.place)}}}, "unit": {value(unit)}, '
            f'"comparable": {value(g.comparable)}, '
            f'"n_claims": {value(len(g.obs) + len(g.placeholders))}, '
            f'"estimates": [{", ".join(parts)}], "why": {value(series_why(g, ests))}}}')
    return text.encode("utf-8")


__all__ = ["estimate_entry_text", "estimate_why", "series_text", "series_why"]
