"""Candidates for figures lost in the text ("[Zahl fehlt]", "XX", "[number missing]").

A placeholder keeps what the sentence still says: what is counted, about whom, by whom, when,
with which bound. A candidate must agree on all of that:

* a compatible series (:func:`~claimledger.reconcile.series.keys_compatible`): the same measure
  (a casualty figure is never offered for a death toll), the same group, nationality and place
  where both state them (another country's figure is never a candidate), the same unit when
  both have one; and the same increment-ness (an increment only for an increment);
* a compatible bound: "up to [X]" takes a plain or approximate figure or another upper bound,
  "more than [X]" a plain figure or a lower bound, anything else a plain figure;
* a compatible time: at least one supporting claim overlapping the placeholder's period or
  within :data:`CLOSE_DAYS` of it;
* a compatible source: when the placeholder names its source, only claims of that source
  (or its family, e.g. one government's ministries) or unattributed ones (the outlet
  repeating a figure) support a candidate — a rival's figure is not what this source said;
  and a figure backed by the placeholder's own source ranks before any that is not.

Candidates are whole estimates (corroborated figures), with the supporting claim ids. The
confidence (0..1) grows with independent sources and outlets, closeness in time, a matching
source, and open-bounded claims that are consistent with the value; it shrinks when rival
candidates exist. No candidate means "not in the corpus" — an honest abstention.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from claimledger.model import Candidate, Gap
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.gap_columns import Listing, confidence, hits, listed
from claimledger.reconcile.gap_index import GapIndex
from claimledger.reconcile.phrasing import fmt_estimate, fmt_period
from claimledger.reconcile.story import labels_match, obs_label
from claimledger.reconcile.series import (CLOSE_DAYS, LOWER_BOUNDS, UPPER_BOUNDS, Obs, SeriesGroup,
                                          SeriesKey, time_gap)

_MAX_CANDIDATES = 5


def _kind_ok(p: Obs, e: Cluster) -> bool:
    if e.kind == "point":
        return True
    if p.bound in UPPER_BOUNDS:
        return e.kind == "upper"
    if p.bound in LOWER_BOUNDS:
        return e.kind == "lower"
    return False


def _time_score(p: Obs, o: Obs) -> float | None:
    """1.0 for overlapping periods, falling to 0.5 at :data:`CLOSE_DAYS`; None if too far."""
    if p.t0 is None:
        return 0.5  # the placeholder's time is unknown: anything may fit, nothing fits well
    gap = time_gap(p.t0, p.t1, o.t0, o.t1)
    if gap is None or gap > CLOSE_DAYS:
        return None
    return 1.0 - 0.5 * gap / CLOSE_DAYS


def _score(p: Obs, support: list[Obs], tscore: float, consistent: int) -> float:
    n_src = len({o.source for o in support})
    n_out = len({o.outlet for o in support})
    same = any(o.source == p.source for o in support)
    named = any(o.named for o in support)
    return score_of(n_src, n_out, same, named, tscore, consistent)


def score_of(n_src: int, n_out: int, same: bool, named: bool, tscore: float,
             consistent: int) -> float:
    """A candidate's confidence from what its supporting claims add up to (:func:`_score`;
    the columnar path counts them in arrays and comes here for the same floats)."""
    s = (0.2 + 0.4 * (1 - 0.5 ** n_src) + 0.05 * min(n_out - 1, 2)
         + 0.15 * tscore + 0.1 * same + 0.05 * named + 0.05 * min(consistent, 2) / 2)
    return min(s, 0.99)


def _label_tier(p: Obs, e: Cluster, support: list[Obs]) -> tuple[int, list[Obs]]:
    """For a thing (money, a share): 0 when the estimate is labelled like the placeholder
    (its claims of another label then do not support it), 1 when nothing in it is labelled
    or the placeholder has no label, and 2 — never a candidate — when it is labelled as
    another thing (a salary is not filled from a transfer fee reported once without a noun)."""
    pw = obs_label(p)
    labels = {obs_label(o) for o in e.members} - {frozenset()}
    if not pw or not labels:
        return 1, support
    if any(labels_match(pw, lab) for lab in labels):
        return 0, [o for o in support if labels_match(pw, obs_label(o)) is not False]
    return 2, []


# an open-bounded estimate of a series with the ids of its claims close enough in time to
# a placeholder: what "consistent with N bounded figures" counts
Bounded = tuple[Cluster, float, float, list[str]]


def _bounded(p: Obs, ests: list[Cluster]) -> list[Bounded]:
    """The open-bounded estimates of a series (of ``p``'s increment-ness) that may vouch
    for a candidate of ``p``, made once per placeholder and series rather than once per
    candidate (a large series has hundreds of estimates and dozens of candidates)."""
    out = []
    for f in ests:
        if f.kind in ("lower", "upper") and f.increment == p.increment:
            ids = [o.id for o in f.core if _time_score(p, o) is not None]
            if ids:
                out.append((f, f.lo, f.hi, ids))
    return out


# what a candidate is made of once it is among the few kept: the estimate, its supporting
# claims, the bounded claims consistent with it and whether its source is the lost figure's
# (the columnar path leaves the supporting claims None, and gives the series' bounded
# estimates, its index group and position in it instead of the consistent claims: both
# are listed for the kept ones only)
Pending = tuple[Cluster, list[Obs] | None, Any, bool]


def support_of(p: Obs, e: Cluster) -> list[Obs]:
    """The claims of ``e`` that support it as ``p``'s figure (the loop of :func:`_candidate`,
    for a placeholder of known period, without labels)."""
    t0, t1 = p.t0, p.t1
    return [o for o in e.core
            if t1 is not None and o.t0 is not None and o.t1 is not None
            and max(0, o.t0 - t1, t0 - o.t1) <= CLOSE_DAYS   # type: ignore[operator]
            and not (p.named and o.named and o.source != p.source and o.family != p.family)]


def _candidate(p: Obs, e: Cluster, bounded: Callable[[], list[Bounded]],
               things: bool) -> tuple[int, float, bool, tuple, Pending] | None:
    """(label tier, confidence, same source or family, tie key, what the candidate is made
    of) when the estimate ``e`` of a series may fill ``p``, else None; ``bounded`` gives that
    series' :func:`_bounded`. The :class:`Candidate` itself (its sentence) is only made for
    the few that are kept (:func:`_made`): a placeholder in a large family meets dozens."""
    if e.kind == "vague" or e.increment != p.increment or not _kind_ok(p, e):
        return None
    support, tscore = [], 0.0
    t0, t1, named, source, family = p.t0, p.t1, p.named, p.source, p.family
    for o in e.core:   # _time_score inline (a call per claim cost more than the test)
        if t0 is None:
            ts = 0.5
        elif t1 is None or o.t0 is None or o.t1 is None:
            continue   # time_gap: unknown
        else:
            gap = max(0, o.t0 - t1, t0 - o.t1)
            if gap > CLOSE_DAYS:
                continue
            ts = 1.0 - 0.5 * gap / CLOSE_DAYS
        # may ``o`` say what ``p``'s source said? The same source or its family, or either one
        # unnamed (an outlet repeats somebody's figure, or the lost figure names nobody); a
        # rival named source's figure is its own word, not the lost one
        if named and o.named and o.source != source and o.family != family:
            continue
        support.append(o)
        if ts > tscore:
            tscore = ts
    tier = 0
    if things and support:
        tier, support = _label_tier(p, e, support)
    if not support:
        return None
    v = e.best
    consistent = sorted({i for f, lo, hi, ids in bounded() if f is not e and lo <= (v or 0) <= hi
                         for i in ids})
    conf = _score(p, support, tscore, len(consistent))
    same = any(o.source == p.source for o in support)
    kin = same or (p.named and any(o.family == p.family for o in support))
    return tier, conf, kin, (v, e.key), (e, support, consistent, same)


def _consistent_ids(p: Obs, e: Cluster, bounded: list[Cluster]) -> list[str]:
    """The claims of the series' open-bounded estimates ``bounded`` that are consistent with
    ``e`` as ``p``'s figure: what :func:`_candidate` lists from :func:`_bounded`, with the
    estimates whose values do not admit ``e``'s figure left out before their claims are."""
    v = e.best or 0
    near = [f for f in bounded if f is not e and f.increment == p.increment and f.lo <= v <= f.hi]
    if p.t0 is None:   # any time fits a lost figure of unknown time (_time_score)
        return sorted({o.id for f in near for o in f.core})
    t0, t1 = p.t0, p.t1
    if t1 is None:   # time_gap is unknown: no claim is close enough
        return []
    # _time_score(p, o) is not None, inline
    return sorted({o.id for f in near for o in f.core
                   if o.t0 is not None and o.t1 is not None
                   and max(0, o.t0 - t1, t0 - o.t1) <= CLOSE_DAYS})


def _made(p: Obs, pending: Pending, unit: str | None, confidence: float,
          listing: Listing | None = None) -> Candidate:
    """The :class:`Candidate` of a kept :func:`_candidate` (or of the columnar path, which
    leaves its supporting claims and consistent bounded ones to be listed here, or gives
    them listed in arrays: ``listing``, :func:`.gap_columns.listed`)."""
    e, support, consistent, same = pending
    if support is not None:
        ids, n_src = sorted({o.id for o in support}), len({o.source for o in support})
    elif listing is not None:
        ids, consistent, n_src = listing
    else:   # the columnar path: the claims, and the bounded ones, listed now
        support = support_of(p, e)
        consistent = _consistent_ids(p, e, consistent[0])   # (bounded, position)
        ids, n_src = sorted({o.id for o in support}), len({o.source for o in support})
    why = (f"{fmt_estimate(e, unit)} ({fmt_period(e.t0, e.t1)}) from {n_src} "
           f"source{'s' if n_src != 1 else ''}"
           f"{', including the same source' if same else ''}"
           f"{f', consistent with {len(consistent)} bounded figure(s)' if consistent else ''}.")
    return Candidate(e.best, e.low_high_bound()[2], ids, consistent, why, confidence)


def _gap(p: Obs, g: SeriesGroup, estimates: dict[SeriesKey, list[Cluster]],
         index: GapIndex, raw: list[Raw] | None = None) -> Gap:
    """The gap of ``p``, from its candidates ``raw`` when they were found already."""
    return _gap_of(p, g, _top(p, g, estimates, index, raw))


def _top(p: Obs, g: SeriesGroup, estimates: dict[SeriesKey, list[Cluster]],
         index: GapIndex, raw: list[Raw] | None = None, total: float | None = None
         ) -> list[tuple[Raw, float]] | None:
    """The few candidates of ``p`` kept, best first, with their confidences (from its
    candidates ``raw`` when they were found already); None when its series is not
    comparable. ``total``: the sum of the confidences of all its candidates, when ``raw``
    holds only those that may be kept (:func:`_likely_kept`; all of one tier)."""
    if not g.comparable:
        return None
    if raw is None:
        raw = _raw(p, g.key, estimates, index)
    if raw:  # figures labelled like the lost one, when there are any, before all others
        best_tier = min(r[0] for r in raw)
        raw = [r for r in raw if r[0] == best_tier]
    if total is None:
        total = sum(r[1] for r in raw) or 1.0
    ranked = [(r, round(r[1] * (0.6 + 0.4 * r[1] / total), 3)) for r in raw]
    # the first few of the sorted list (nsmallest is documented to equal sorted()[:n])
    return heapq.nsmallest(_MAX_CANDIDATES, ranked,
                           key=lambda rc: (not rc[0][2], -rc[1], rc[0][3]))


def _gap_of(p: Obs, g: SeriesGroup, top: list[tuple[Raw, float]] | None,
            listings: list[Listing | None] | None = None) -> Gap:
    """The gap of ``p`` from its :func:`_top` (and the listings of its columnar
    candidates, one per candidate or None, when made in arrays)."""
    subj = g.subject
    what = f"{g.measure}{', ' + subj if subj else ''}"
    if top is None:
        return Gap(p.id, subj, g.measure, [],
                   f"Not in the corpus: the missing figure ({what}) does not say clearly enough "
                   f"what it counts to be matched.")
    lists = listings or [None] * len(top)
    cands = [_made(p, r[4], g.unit, conf, li) for (r, conf), li in zip(top, lists)]
    if cands:
        why = (f"The missing figure ({what}, {fmt_period(p.t0, p.t1)}) is most likely "
               f"{cands[0].why[0].lower()}{cands[0].why[1:]}")
    else:
        why = (f"Not in the corpus: no figure for {what} of a compatible group, place, time "
               f"and bound ({fmt_period(p.t0, p.t1)}).")
    return Gap(p.id, subj, g.measure, cands, why)


Raw = tuple[int, float, bool, tuple, Pending]


def _raw(p: Obs, key: SeriesKey, estimates: dict[SeriesKey, list[Cluster]],
         index: GapIndex) -> list[Raw]:
    """The candidates of ``p`` estimate by estimate (:func:`_candidate`), in match order."""
    raw = []
    made: dict[SeriesKey, list[Bounded]] = {}
    for _, i, k in index.matches(key, p.t0, p.t1):
        ests = estimates[k]

        def bounded(k: SeriesKey = k, ests: list[Cluster] = ests) -> list[Bounded]:
            if k not in made:
                made[k] = _bounded(p, ests)
            return made[k]

        r = _candidate(p, ests[i], bounded, things=not key[2])
        if r is not None:
            raw.append(r)
    return raw


def _columnar(p: Obs, g: SeriesGroup) -> bool:
    """Whether ``p``'s candidates are found by :func:`_raw_columnar`: a placeholder of a
    known period that counts people (labels play no part) in a comparable series."""
    return g.comparable and p.t0 is not None and p.t1 is not None and bool(g.key[2])


def _raw_columnar(todo: list[tuple[int, Obs, SeriesKey]], index: GapIndex
                  ) -> tuple[dict[int, list[Raw]], dict[int, Any], dict[int, float]]:
    """:func:`_raw` of the placeholders ``todo`` (numbered), all at once: the estimates
    near each are tested together in arrays (:mod:`.gap_columns`), each candidate's
    confidence worked out from the counts by the reference's formula in arrays (the same
    floats), and all put in match order (the normalising sum of :func:`_gap` adds them in
    that order). A placeholder near repeated claim ids is left out (the caller takes
    :func:`_raw`). Also the positions of the open-bounded estimates near each placeholder
    (for :func:`_listings`); and the sum of each one's confidences (for :func:`_top`, which
    is given only the candidates it may keep: :func:`_likely_kept`)."""
    import numpy as np

    cols = index.columns([key for _, _, key in todo])
    queries: list[tuple[int, Obs, Any]] = []
    repeated: set[int] = set()
    for j, p, key in todo:
        for grp, _, ok in index.compatible(key):
            if not grp.unique:
                repeated.add(j)
            queries.append((j, p, grp.rows(p.t0, p.t1, ok)))   # type: ignore[arg-type]
    queries = [q for q in queries if q[0] not in repeated]
    out: dict[int, list[Raw]] = {j: [] for j, _, _ in todo if j not in repeated}
    named = {j: p.named for j, p, _ in todo}
    bounded, keys = index.bounded, index.keys
    found, totals = _likely_kept(_found(cols, queries, index), named)
    for j, row, conf, same, kin_family in found:
        e = cols.ests[row]
        out[j].append((0, conf, same or (named[j] and kin_family), (e.best, e.key),
                       (e, None, (bounded(keys[row]), row), same)))   # type: ignore[arg-type]
    near: dict[int, list[Any]] = {}   # only open-bounded ones can vouch (_listings)
    open_bound = (cols.kind == 1) | (cols.kind == 2)
    for j, _, rows in queries:
        near.setdefault(j, []).append(rows[open_bound[rows]])
    return out, {j: np.concatenate(r) for j, r in near.items()}, totals


def _found(cols: Any, queries: list[tuple[int, Obs, Any]], index: GapIndex
           ) -> list[tuple[int, int, float, bool, bool]]:
    """The candidates of ``queries`` (:func:`.gap_columns.hits`) as (placeholder, position
    in the columns, confidence, same source, one of its family), by placeholder and then in
    match order (series rank, position in the series)."""
    import numpy as np

    if not queries:
        return []
    parts = []
    for at in range(0, len(queries), _QUERIES):   # a few at a time: flat arrays stay small
        qs = queries[at:at + _QUERIES]
        h = hits(cols, [(p, r) for _, p, r in qs], index.codes)
        conf = confidence(h.n_src, h.n_out, h.same, h.named, h.tmax, h.consistent)
        parts.append((np.array([q[0] for q in qs], np.int64)[h.owner], h.row, conf, h.same,
                      h.kin))
    j, row, conf, same, kin = (np.concatenate(c) for c in zip(*parts))
    order = np.lexsort((index.pos[row], cols.rank[row], j))
    return j[order], row[order], conf[order], same[order], kin[order]


def _likely_kept(found: Any, named: dict[int, bool]
                 ) -> tuple[list[tuple[int, int, float, bool, bool]], dict[int, float]]:
    """Of :func:`_found`'s candidates (arrays, by placeholder and in match order), as
    tuples in that order, those that :func:`_top` may keep; and each placeholder's sum of
    the confidences of all its candidates, added in that order as ``_top`` adds them.

    ``_top`` ranks by (same source or its family, the confidence scaled by that sum and
    rounded to three places, the figure): a candidate whose unrounded score is more than
    rounding below the :data:`_MAX_CANDIDATES`-th best of its kind, or that is of the
    lesser kind where that one is of the better, is never among the kept, and is left out
    here — most of them: a placeholder has a hundred candidates and keeps five."""
    import numpy as np

    if not len(found) or not len(found[0]):   # (no queries: no arrays)
        return [], {}
    j, row, conf, same, kin = found
    js, confs = j.tolist(), conf.tolist()
    cut = np.flatnonzero(j[1:] != j[:-1]) + 1
    starts, ends = [0, *cut.tolist()], [*cut.tolist(), len(js)]
    totals = {js[a]: sum(confs[a:b]) or 1.0 for a, b in zip(starts, ends)}
    named_of = np.array([named[x] for x in js], np.bool_)
    flag = same | (named_of & kin)
    total = np.array([totals[x] for x in js], np.float64)
    x = conf * (0.6 + 0.4 * conf / total)
    keep = np.ones(len(js), np.bool_)
    order = np.lexsort((-x, ~flag, j))   # by placeholder, the better kind, then score
    size = np.repeat(np.subtract(ends, starts), np.subtract(ends, starts))[order]
    first = np.repeat(starts, np.subtract(ends, starts))[order]
    kth = np.where(size > _MAX_CANDIDATES, first + _MAX_CANDIDATES - 1, 0)
    fs, xs = flag[order], x[order]
    f_k, x_k = fs[kth], xs[kth]
    keep[order] = ((size <= _MAX_CANDIDATES) | (fs & ~f_k) | ((fs == f_k) & (xs >= x_k - 0.002))
                   | np.isnan(xs) | np.isnan(x_k))   # (no NaN is expected: all kept then)
    return (list(zip(js if keep.all() else j[keep].tolist(), row[keep].tolist(),
                     conf[keep].tolist(), same[keep].tolist(), kin[keep].tolist())), totals)


#: placeholders' queries tested in one go (each is a few hundred claims)
_QUERIES = 1024


def fill_gaps(placeholders: list[tuple[Obs, SeriesGroup]],
              estimates: dict[SeriesKey, list[Cluster]]) -> list[Gap]:
    """One gap per placeholder claim, candidates ranked best first (see module docstring).
    Each placeholder looks only at the estimates of compatible series close to it in time
    (:class:`~claimledger.reconcile.gap_index.GapIndex`), in the order a scan of all series
    would meet them."""
    index = GapIndex(estimates)
    found, near, totals = _raw_columnar([(j, p, g.key) for j, (p, g) in enumerate(placeholders)
                                         if _columnar(p, g)], index)
    tops = [_top(p, g, estimates, index, found.get(j), totals.get(j))
            for j, (p, g) in enumerate(placeholders)]
    lists = _listings(placeholders, tops, near, index)
    out = [_gap_of(p, g, top, lists.get(j))
           for j, ((p, g), top) in enumerate(zip(placeholders, tops))]
    out.sort(key=lambda d: d.claim)
    return out


def _listings(placeholders: list[tuple[Obs, SeriesGroup]],
              tops: list[list[tuple[Raw, float]] | None], near: dict[int, Any],
              index: GapIndex) -> dict[int, list[Listing | None]]:
    """The supporting and consistent claims of the kept columnar candidates, listed in
    arrays all at once (:func:`.gap_columns.listed`), by placeholder and candidate (none
    when values are not exact as floats: the reference lists them)."""
    out: dict[int, list[Listing | None]] = {}
    if not near or not index.columns().exact:
        return out
    queries: list[tuple[Obs, int, Any]] = []
    where: list[tuple[int, int]] = []
    for j, top in enumerate(tops):
        for n, (r, _) in enumerate(top or ()):
            pending = r[4]
            if pending[1] is None:
                queries.append((placeholders[j][0], pending[2][1], near[j]))
                where.append((j, n))
    found = [li for at in range(0, len(queries), _QUERIES)   # a few at a time (_found)
             for li in listed(index.columns(), queries[at:at + _QUERIES], index.codes)]
    for (j, n), li in zip(where, found):
        out.setdefault(j, [None] * len(tops[j]))[n] = li   # type: ignore[arg-type]
    return out
