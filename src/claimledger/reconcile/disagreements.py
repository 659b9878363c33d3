"""Disagreements (sources clash about the same moment) and updates (a figure moved on).

A pair of estimates of one series is looked at only when its value intervals are disjoint —
"more than 10,000" and "about 11,000" can both be true, so they never clash. Who said what
decides between the two readings:

* **Same source, later** (the estimates share a source; later in time, or about the same
  moment but published after): an **update**, for every measure and in either direction —
  an authority's death toll rising day by day, an agency revising a quake's magnitude, a
  ministry correcting its budget — except that a count that only grows (:data:`CUMULATIVE`)
  falling below half of itself is another quantity ("twelve new cases" after 37 cases, its
  increment word lost), not a revision. A source never disagrees with itself.
* **Different sources, later**: an update only where figures evolve that way — a count that
  only grows (:data:`CUMULATIVE`: tolls, people displaced) and the larger figure is strictly
  later (after the other's period, or centred more than a month later), or a stock
  (:data:`STOCK`, troops deployed) and the larger figure more than a month later. A police
  toll of 300 on the 2nd and a hospital's 900 on the 20th is a toll that grew.
* **Different sources, same period** otherwise (periods overlap or touch the same calendar
  month; a publication day and a month interval of that month count as the same time): a
  **disagreement**. Money (damage, aid, amounts) and magnitudes are estimates of one quantity,
  not counts that grow, so two agencies' magnitudes for one quake or an insurer's and a
  government's damage estimate a week apart disagree, as two tolls of the same day do.

For each later estimate one predecessor is reported — the latest earlier one, preferring the
same source, then the same source family (registry prefix, e.g. South Korea's "kr.*") — so
that a rising toll reads as a chain. Increments are compared with increments only (and never
updated); vague figures and non-comparable series never take part. A pair is never both a
disagreement and an update.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache

from claimledger.model import Disagreement, Update
from claimledger.reconcile import pair_columns
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.phrasing import (fmt_estimate, fmt_period, said, same_time_phrase, says,
                                            who)
from claimledger.reconcile.series import CLOSE_DAYS, CUMULATIVE, STOCK, month_index
from claimledger.reconcile.story import clusters_may_pair

_COLLAPSE = 0.5  # a cumulative count revised below half of itself is no revision (new cases)
_MAX_LOOKBACK = 64  # earlier estimates examined per estimate when looking for its predecessor
#: from this many timed estimates on, the updates of a series of people are searched in
#: arrays (:mod:`.pair_columns`): below it the per-pair Python is cheaper than their fixed costs
COLUMNS_FROM = 24


def _disjoint(a: Cluster, b: Cluster) -> bool:
    return a.hi < b.lo or b.hi < a.lo


def _below(a: Cluster, b: Cluster) -> bool:
    """Every value ``a`` admits is smaller than every value ``b`` admits."""
    return a.hi < b.lo


def _later(a: Cluster, b: Cluster) -> bool:
    """``b`` holds for a later moment than ``a`` (ends no earlier, centred later)."""
    return b.t1 >= a.t1 and b.t0 + b.t1 > a.t0 + a.t1  # type: ignore[operator]


def _restated_later(a: Cluster, b: Cluster) -> bool:
    """``b`` is about the same moment as ``a`` but was published after all of ``a``: an
    election's official result after the provisional one, a revised magnitude."""
    return (a.t0 == b.t0 and a.t1 == b.t1 and a.pub1 is not None and b.pub0 is not None
            and b.pub0 > a.pub1)


def _shares_source(a: Cluster, b: Cluster) -> bool:
    return not a.source_set.isdisjoint(b.source_set)


def is_update(a: Cluster, b: Cluster, measure: str) -> bool:
    """``b`` supersedes ``a`` (see module docstring for the three cases)."""
    if a.increment or b.increment or a.kind == "vague" or b.kind == "vague":
        return False
    a0, a1, b0, b1 = a.t0, a.t1, b.t0, b.t1
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return False
    # _disjoint, _shares_source, _later, _restated_later and _below inline: this runs for
    # every pair the update and disagreement searches look at
    below = a.hi < b.lo
    if not (below or b.hi < a.lo):
        return False
    later = b1 >= a1 and b0 + b1 > a0 + a1
    if not a.source_set.isdisjoint(b.source_set):
        if measure in CUMULATIVE and (b.best or 0.0) < _COLLAPSE * (a.best or 0.0):
            return False  # a count that only grows does not collapse: another quantity
        return later or (a0 == b0 and a1 == b1 and a.pub1 is not None and b.pub0 is not None
                         and b.pub0 > a.pub1)
    if not later or not below:
        return False
    later_by = (b0 + b1) / 2 - (a0 + a1) / 2
    if measure in CUMULATIVE:
        return b0 > a1 or later_by > CLOSE_DAYS
    if measure in STOCK:
        return later_by > CLOSE_DAYS
    return False


def _is_update_ref(a: Cluster, b: Cluster, measure: str) -> bool:
    """:func:`is_update` as its rules read, kept as the reference it is tested against."""
    if a.increment or b.increment or a.kind == "vague" or b.kind == "vague":
        return False
    if a.t0 is None or b.t0 is None or a.t1 is None or b.t1 is None:
        return False
    if not _disjoint(a, b):
        return False
    if _shares_source(a, b):
        if measure in CUMULATIVE and (b.best or 0.0) < _COLLAPSE * (a.best or 0.0):
            return False
        return _later(a, b) or _restated_later(a, b)
    if not _later(a, b) or not _below(a, b):
        return False
    later_by = (b.t0 + b.t1) / 2 - (a.t0 + a.t1) / 2
    if measure in CUMULATIVE:
        return b.t0 > a.t1 or later_by > CLOSE_DAYS
    if measure in STOCK:
        return later_by > CLOSE_DAYS
    return False


def _same_time(a: Cluster, b: Cluster) -> bool:
    assert a.t0 is not None and a.t1 is not None and b.t0 is not None and b.t1 is not None
    if a.t0 <= b.t1 and b.t0 <= a.t1:
        return True
    return (month_index(a.t0) <= month_index(b.t1) and month_index(b.t0) <= month_index(a.t1))


def find_disagreements(ests: list[Cluster], subject: str | None, measure: str,
                       unit: str | None, things: bool = False) -> list[Disagreement]:
    """Pairs of clashing estimates of one series, each with a readable reason. In a series
    of ``things`` (no group of people) only estimates that may be one quantity are paired
    (:func:`~claimledger.reconcile.story.clusters_may_pair`), and a source's breakdown is
    not a set of rivals (:func:`_closest_of_breakdowns`)."""
    return disagreement_records(disagreeing_pairs(ests, measure, things), subject, measure, unit)


def disagreement_records(pairs: list[tuple[Cluster, Cluster]], subject: str | None,
                         measure: str, unit: str | None) -> list[Disagreement]:
    """The records of :func:`disagreeing_pairs`' pairs."""
    return [_record(hi, lo, subject, measure, unit) for lo, hi in pairs]


def disagreeing_pairs(ests: list[Cluster], measure: str, things: bool = False
                      ) -> list[tuple[Cluster, Cluster]]:
    """The clashing pairs :func:`find_disagreements` reports, (lower, higher) each, in its
    order: the parallel driver's workers write their records as text straight from them
    (:mod:`.pair_runs`), without a :class:`Disagreement` each."""
    timed = sorted((e for e in ests if e.kind != "vague" and e.t0 is not None),
                   key=lambda e: (e.t0, e.key))
    pairs: list[tuple[Cluster, Cluster]] = []
    months = [(month_index(e.t0), month_index(e.t1)) for e in timed]  # type: ignore[arg-type]
    for i, a in enumerate(timed):
        m0, m1 = months[i]
        for j in range(i + 1, len(timed)):
            b_m0, b_m1 = months[j]
            if b_m0 > m1:
                break  # sorted by start: nothing further can share a month with ``a``
            b = timed[j]
            # _disjoint and _same_time inline, the months worked out once per estimate
            if a.increment != b.increment or not (a.hi < b.lo or b.hi < a.lo):
                continue
            if not (a.t0 <= b.t1 and b.t0 <= a.t1) and not (m0 <= b_m1 and b_m0 <= m1):
                continue
            if a.sources == b.sources:
                continue  # one source's two figures: an update or nothing, never a clash
            if is_update(a, b, measure) or is_update(b, a, measure):
                continue
            if things and (not clusters_may_pair(a, b) or _one_article_unattributed(a, b)):
                continue
            lo, hi = (a, b) if (a.best or 0) <= (b.best or 0) else (b, a)
            pairs.append((lo, hi))
    if things:
        pairs = _closest_of_breakdowns(pairs, timed)
    return pairs


def _closest_of_breakdowns(pairs: list[tuple[Cluster, Cluster]], ests: list[Cluster]
                           ) -> list[tuple[Cluster, Cluster]]:
    """Drop the clashes that a breakdown explains. A source (or an article) that gives several
    figures of one kind for the very same period (each candidate's share on election night, a
    budget and its deficit for one year) counts several things; another source's figure
    rivals only the nearest of them in size, not the others."""
    same_period: dict[tuple, list[Cluster]] = {}
    for e in ests:
        if e.kind != "vague" and e.t0 is not None:
            same_period.setdefault((e.t0, e.t1, e.increment), []).append(e)

    def explained(x: Cluster, y: Cluster) -> bool:
        """Another figure of ``x``'s source, or of ``x``'s article, for ``x``'s period is
        nearer to ``y`` (an article's figures for one moment are a breakdown too, whoever
        the extractor credits them to)."""
        d = _log_gap(x, y)
        return any(z is not x and z is not y and _log_gap(z, y) < d
                   and (not z.source_set.isdisjoint(x.source_set) or z.outlets & x.outlets)
                   for z in same_period.get((x.t0, x.t1, x.increment), ()))

    return [(lo, hi) for lo, hi in pairs if not explained(lo, hi) and not explained(hi, lo)]


def _one_article_unattributed(a: Cluster, b: Cluster) -> bool:
    """Two figures of one article for one moment, one of them the outlet's own: an article
    does not contradict a source it quotes without saying so — they count two things."""
    return (a.t0 == b.t0 and a.t1 == b.t1 and bool(a.outlets & b.outlets)
            and not (a.named_source and b.named_source))


def _log_gap(a: Cluster, b: Cluster) -> float:
    return abs(math.log(max(abs(a.best or 0.0), 1e-9) / max(abs(b.best or 0.0), 1e-9)))


def _record(x: Cluster, y: Cluster, subject: str | None, measure: str,
            unit: str | None) -> Disagreement:
    return Disagreement(subject, measure, unit, x.increment, disagreement_month(x, y),
                        sorted(set(x.claim_ids) | set(y.claim_ids)),
                        [list(x.claim_ids), list(y.claim_ids)],
                        disagreement_why(x, y, subject, measure, unit))


def disagreement_why(x: Cluster, y: Cluster, subject: str | None, measure: str,
                     unit: str | None) -> str:
    """The reason of the disagreement of ``x`` (the higher) with ``y``: one definition for
    the record and for the text the workers write from the pair (:mod:`.pair_runs`)."""
    what = "increment" if x.increment else measure
    return (f"{said(x, unit)}; {who(y)} {says(y)} "
            f"{fmt_estimate(y, unit)} ({what}{' of ' + subject if subject else ''}), "
            f"{same_time_phrase(x, y)}.")


def disagreement_month(x: Cluster, y: Cluster) -> str:
    """The period of a disagreement: the month its later-starting estimate starts in."""
    return _month(max(x.t0, y.t0))  # type: ignore[type-var]


@lru_cache(maxsize=1 << 14)
def _month(day: int) -> str:
    """The calendar month of a day ordinal, "2024-05"."""
    d = date.fromordinal(day)
    return f"{d.year:04d}-{d.month:02d}"


def find_updates(ests: list[Cluster], subject: str | None, measure: str,
                 unit: str | None, things: bool = False) -> list[Update]:
    """For each estimate that supersedes an earlier one, the update from its predecessor. In
    a series of ``things`` the predecessor must be one quantity with it
    (:func:`~claimledger.reconcile.story.clusters_may_pair`), and the closest in size wins
    among equals — a budget's revision follows the budget, not the deficit."""
    return update_records(updating_pairs(ests, measure, things), subject, measure, unit)


def update_records(pairs: list[tuple[Cluster, Cluster, tuple[bool, bool]]],
                   subject: str | None, measure: str, unit: str | None) -> list[Update]:
    """The records of :func:`updating_pairs`' pairs."""
    return [_update(b, a, rank, subject, measure, unit) for b, a, rank in pairs]


def updating_pairs(ests: list[Cluster], measure: str, things: bool = False
                   ) -> list[tuple[Cluster, Cluster, tuple[bool, bool]]]:
    """The updates :func:`find_updates` reports, as (later estimate, its predecessor,
    (same source, same family)) in its order: the parallel driver's workers write their
    records as text straight from them (:mod:`.pair_runs`), without an :class:`Update`."""
    timed = sorted((e for e in ests if e.kind != "vague" and not e.increment and e.t0 is not None),
                   key=lambda e: (e.t1, e.t0, e.pub1 or 0, e.key))
    if not things and len(timed) >= COLUMNS_FROM and pair_columns.exact(timed):
        return [(timed[j], timed[i], (same_src, same_fam)) for j, i, same_src, same_fam
                in pair_columns.update_choices(timed, measure, _MAX_LOOKBACK)]
    out: list[tuple[Cluster, Cluster, tuple[bool, bool]]] = []
    for j, b in enumerate(timed):
        best, best_rank = None, None
        bsrc, bfam = b.source_set, b.families
        seen = 0
        for i in range(j - 1, -1, -1):
            a = timed[i]
            seen += 1
            if seen > _MAX_LOOKBACK:
                break
            if not is_update(a, b, measure) or (things and not clusters_may_pair(a, b)):
                continue
            same_src = not bsrc.isdisjoint(a.source_set)
            same_fam = bool(bfam & a.families)
            near = -_log_gap(a, b) if things else 0.0
            rank = (same_src, same_fam, near, a.t1, a.t0, a.best or 0.0, a.key)
            if best_rank is None or rank > best_rank:
                best, best_rank = a, rank
        if best is not None:
            assert best_rank is not None
            out.append((b, best, best_rank[:2]))
    return out


def _update(b: Cluster, best: Cluster, rank: tuple[bool, bool], subject: str | None,
            measure: str, unit: str | None) -> Update:
    """The update from ``best`` to ``b``; ``rank``: (same source, same family)."""
    return Update(subject, measure, unit, list(best.claim_ids), list(b.claim_ids),
                  update_why(b, best, rank, measure, unit))


def update_why(b: Cluster, best: Cluster, rank: tuple[bool, bool], measure: str,
               unit: str | None) -> str:
    """The reason of the update from ``best`` to ``b``: one definition for the record and
    for the text the workers write from the pair (:mod:`.pair_runs`)."""
    rel = ("the same source" if rank[0] else
           "the same kind of source" if rank[1] else "another source")
    up = (b.best or 0.0) >= (best.best or 0.0)
    why = (f"{said(b, unit)} for {fmt_period(b.t0, b.t1)}, "
           f"{'up' if up else 'down'} from "
           f"{fmt_estimate(best, unit)} for {fmt_period(best.t0, best.t1)} "
           f"({who(best)}): a later, {'higher' if up else 'lower'} {measure} figure from "
           f"{rel} — an update, "
           f"not a contradiction.")
    return why
