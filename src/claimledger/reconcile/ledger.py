"""claims -> ledger (Contract 2 of SPEC.md), assembled from the reconcile steps.

The ledger is a pure function of the *set* of claims: every list is sorted by stable keys
(series by their key, estimates by time and value, records by their claim ids), so shuffled
input gives an identical ledger. Each series is reconciled from its own claims only
(:func:`reconcile_series`), so adding another story's claims never changes an existing series,
and the grouping (:func:`~claimledger.reconcile.series.series_key`) can be done elsewhere —
on a cluster, say — before each group is reconciled alone. Only gaps look across series, and
only at series whose ``who`` is compatible with the placeholder's.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimledger.model import (Claim, Disagreement, Estimate, Gap, Ledger, Relation, Series,
                               TimeSpan, Update)
from claimledger.reconcile.disagreements import (disagreeing_pairs, disagreement_records,
                                                 update_records, updating_pairs)
from claimledger.reconcile.estimate_runs import estimate_why, series_text, series_why
from claimledger.reconcile.estimates import Cluster, build_estimates
from claimledger.reconcile.gaps import fill_gaps
from claimledger.reconcile.pair_runs import disagreement_entries, update_entries
from claimledger.reconcile.relations import find_relations
from claimledger.reconcile.series import Obs, SeriesGroup, SeriesKey, group_series
from claimledger.reconcile.story import merge_source_variants


def _estimate(e: Cluster, unit: str | None) -> Estimate:
    low, high, bound = e.low_high_bound()
    time = (TimeSpan(date.fromordinal(e.t0), date.fromordinal(e.t1))
            if e.t0 is not None and e.t1 is not None else None)
    return Estimate(low, high, bound, e.increment, e.best, time, list(e.claim_ids),
                    list(e.sources), len(e.outlets), e.named_source, estimate_why(e, unit))


def _series(g: SeriesGroup, ests: list[Cluster]) -> Series:
    return Series(g.subject, g.measure, g.unit, g.who, g.comparable,
                  len(g.obs) + len(g.placeholders), [_estimate(e, g.unit) for e in ests],
                  series_why(g, ests))


@dataclass
class SeriesResult:
    """Everything one series contributes to the ledger; ``clusters`` feed the gap search."""

    series: Series | None
    clusters: list[Cluster]
    disagreements: list[Disagreement] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    #: the series record as text already, instead of ``series`` (:mod:`.estimate_runs`)
    series_text: bytes | None = None
    #: sections whose records were written as run entries already (:mod:`.pair_runs`)
    entries: dict[str, list[tuple[bytes, bytes]]] = field(default_factory=dict)


def reconcile_series(g: SeriesGroup, entries: bool = False) -> SeriesResult:
    """Estimates, disagreements, updates and relations of one series, from its claims alone
    (variants of one source's name are first made one source: :mod:`.story`). With
    ``entries``, disagreements and updates come as run entries where they can
    (:mod:`.pair_runs`: a parallel worker's text, without an object per record)."""
    merge_source_variants(g.obs + g.placeholders)
    ests = build_estimates(g.obs, in_order=True)   # grouping sorts them by sort_key
    text = series_text(g, ests) if entries and ests else None
    out = SeriesResult(None if text is not None or not ests else _series(g, ests), ests)
    out.series_text = text
    if g.comparable and ests:
        subject, measure, unit = g.subject, g.measure, g.unit
        things = not g.key[2]  # no group of people: labels are evidence (story.py)
        dis = disagreeing_pairs(ests, measure, things)
        upd = updating_pairs(ests, measure, things)
        if entries:
            for section, made in (
                    ("disagreements", dis and disagreement_entries(dis, subject, measure,
                                                                  unit, g.key)),
                    ("updates", upd and update_entries(upd, subject, measure, unit, g.key))):
                if made:
                    out.entries[section] = made
        if "disagreements" not in out.entries:
            out.disagreements = disagreement_records(dis, subject, measure, unit)
        if "updates" not in out.entries:
            out.updates = update_records(upd, subject, measure, unit)
        out.relations = find_relations(ests, subject, measure, unit)
    return out


def build_ledger(claims: Iterable[Claim]) -> Ledger:
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


def build_ledger_json(claims: Iterable[Claim]) -> dict[str, Any]:
    """:func:`build_ledger` in its Contract-2 JSON form, for callers that store or print it."""
    return build_ledger(claims).to_json()


def _build(claims: Iterable[Claim]) -> Ledger:
    return assemble(*reconcile_groups(group_series(claims)))


def reconcile_groups(groups: dict[SeriesKey, SeriesGroup], entries: bool = False
                     ) -> tuple[list[tuple[SeriesKey, SeriesResult]], list[Gap]]:
    """Each series reconciled alone, then the gaps of all placeholders among ``groups``.
    ``groups`` must hold every series compatible with its placeholders' (a whole corpus, or
    whole gap families: :mod:`claimledger.reconcile.partition`). ``entries``: see
    :func:`reconcile_series`."""
    parts: list[tuple[SeriesKey, SeriesResult]] = []
    clusters: dict[SeriesKey, list[Cluster]] = {}
    placeholders: list[tuple[Obs, SeriesGroup]] = []
    for key in sorted(groups):
        g = groups[key]
        r = reconcile_series(g, entries)
        clusters[key] = r.clusters
        placeholders.extend((p, g) for p in g.placeholders)
        parts.append((key, r))
    return parts, fill_gaps(placeholders, clusters)


def assemble(parts: Iterable[tuple[SeriesKey, SeriesResult]], gaps: Iterable[Gap]) -> Ledger:
    """The ledger from the per-series results (in any order) and the gaps: series in key
    order, records sorted by stable keys. Shared by :func:`build_ledger` and the parallel
    driver (:mod:`claimledger.reconcile.parallel`), so both give the same ledger."""
    led = Ledger()
    for _, r in sorted(parts, key=lambda kr: kr[0]):
        if r.series is not None:
            led.series.append(r.series)
        led.disagreements.extend(r.disagreements)
        led.updates.extend(r.updates)
        led.relations.extend(r.relations)
    led.disagreements.sort(key=lambda d: (d.subject or "", d.measure, d.unit or "", d.period,
                                          d.claims))
    led.updates.sort(key=lambda d: (d.subject or "", d.measure, d.unit or "", d.to, d.from_))
    led.relations.sort(key=lambda d: (d.subject or "", d.measure, d.unit or "", d.kind, d.total,
                                      d.parts))
    led.gaps = sorted(gaps, key=lambda d: d.claim)
    return led
