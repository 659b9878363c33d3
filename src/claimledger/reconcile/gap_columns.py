"""The gap search's support tests for many estimates at once, in numpy arrays.

For each placeholder, :func:`~claimledger.reconcile.gaps.fill_gaps` looks at every estimate of
the compatible series near it in time (:class:`~claimledger.reconcile.gap_index.GapIndex`) and
asks which of its claims *support* it: claims close enough in time, and not a rival named
source's word. In a large gap family that is a hundred estimates a placeholder, most of which
have a supporting claim; asked one estimate and one claim at a time in Python
(:func:`~claimledger.reconcile.gaps._candidate`, kept as the reference and for the rare cases
below), it was the largest cost of a worker at ten million claims.

Here an index group's timed estimates keep their core claims in flat arrays (time, whether a
source is named, and the source, family and outlet as integer codes), in the group's order
(by start), with each estimate's first position. A placeholder's query takes the estimates
:meth:`GapIndex.matches` would return from a group — a contiguous slice of that order, less
the incompatible series and those ending too early — and works out, in a few array
operations over their claims, what the reference computes per estimate from its supporting
claims: how many there are, the best time score, how many distinct sources and outlets,
whether one is the placeholder's own source, one is named, one is of its family. The rest of
a candidate (bounded figures consistent with it, the confidence) is computed from those
numbers by the reference's own formulas, so confidences are the same floats.

Not covered (the reference path is taken): placeholders of unknown time or with only one end
of their period, and placeholders of things (no group of people), whose support also depends
on labels (:func:`~claimledger.reconcile.gaps._label_tier`).
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from claimledger.reconcile.series import CLOSE_DAYS, LOWER_BOUNDS, UPPER_BOUNDS

if TYPE_CHECKING:
    from claimledger.reconcile.estimates import Cluster
    from claimledger.reconcile.series import Obs

#: an estimate's kind as an integer (vague estimates are never in the index's timed lists)
KIND_CODE = {"point": 0, "lower": 1, "upper": 2}


class Codes(dict[str, int]):
    """Source keys, families and outlets as integers, one code per distinct string (given
    in order of first sight by :class:`GroupColumns`)."""


class GroupColumns:
    """The core claims of index groups' timed estimates (``ests``, group after group, each
    in its start order) as flat arrays; ``off[k]`` is where estimate ``k``'s claims begin."""

    def __init__(self, ests: list[Cluster], ranks: list[int], codes: Codes,
                 parts: list[int] | None = None) -> None:
        """``parts``: how many estimates each group has (one group when not given); the
        claims are read group by group (a group's claims stay in the cache for all their
        fields: a pass over all claims per field cost half as much again)."""
        sizes = [len(e.core) for e in ests]
        if any(n == 0 for n in sizes):
            raise ValueError("an estimate without claims")   # reduceat needs none empty
        self.off = np.zeros(len(ests) + 1, np.int64)
        np.cumsum(sizes, out=self.off[1:])
        chunks, at = [], 0
        for n in parts if parts is not None else [len(ests)]:
            chunks.append(_claim_arrays(ests[at:at + n], sizes[at:at + n], codes))
            at += n
        t0, t1, named, src, fam, out, ids, n_src, n_out = zip(*chunks) if chunks else [()] * 9
        # each estimate's distinct sources and outlets among all its claims
        self.n_src, self.n_out = _joined(n_src, np.int64), _joined(n_out, np.int64)
        self.t0, self.t1, self.named = _joined(t0, np.int64), _joined(t1, np.int64), \
            _joined(named, np.bool_)
        self.src, self.fam = _joined(src, np.int64), _joined(fam, np.int64)
        self.out = _joined(out, np.int64)
        self.ids = [i for part in ids for i in part]
        self.kind = np.array([KIND_CODE.get(e.kind, 3) for e in ests], np.int64)
        self.inc = np.array([e.increment for e in ests], np.bool_)
        self.ests, self.ranks = ests, ranks
        self.rank = np.array(ranks, np.int64)
        # the values as floats, when that changes no comparison (else :func:`_consistent`)
        lo, hi = [e.lo for e in ests], [e.hi for e in ests]
        best = [e.best or 0 for e in ests]
        self.lo, self.hi = np.array(lo, np.float64), np.array(hi, np.float64)
        self.best = np.array(best, np.float64)
        self.exact = _exact(lo, hi, best, (self.lo, self.hi, self.best))
        # a claim id twice (a corpus with repeated claims): the reference counts bounded
        # figures by distinct ids, which the counts here would not
        self.unique_ids = len(set(self.ids)) == len(self.ids)


def _joined(parts: tuple[np.ndarray, ...], dtype: Any) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype)


def _claim_arrays(ests: list[Cluster], sizes: list[int], codes: Codes) -> tuple[Any, ...]:
    """The claims' periods, named-ness, source, family and outlet codes as arrays, and
    their ids; and each estimate's number of distinct sources and outlets."""
    core = [o for e in ests for o in e.core]
    # the fields of every claim in one pass in C, then as columns
    t0s, t1s, nameds, sources, outlets, families, ids = (
        zip(*map(_CLAIM_FIELDS, core)) if core else ((),) * 7)
    t0, t1 = _days(t0s, t1s)
    src, out = _coded(codes, sources), _coded(codes, outlets)
    seg, every = np.repeat(np.arange(len(ests)), sizes), np.ones(len(core), np.bool_)
    width = max(len(codes), 1)
    return (t0, t1, np.array(nameds, np.bool_), src, _coded(codes, families), out, ids,
            _distinct(seg, src, every, len(ests), width),
            _distinct(seg, out, every, len(ests), width))


_CLAIM_FIELDS = attrgetter("t0", "t1", "named", "source", "outlet", "family", "id")


#: a day no claim has, for claims of unknown time: never within CLOSE_DAYS of a real one
_FAR = 1 << 40


def _days(t0: list[int | None], t1: list[int | None]) -> tuple[np.ndarray, np.ndarray]:
    """The claims' periods; an unknown end makes the claim's gap to any period huge (the
    reference skips such a claim)."""
    if None not in t0 and None not in t1:
        return np.array(t0, np.int64), np.array(t1, np.int64)
    else:
        return (np.array([_FAR if a is None or b is None else a for a, b in zip(t0, t1)],
                         np.int64),
                np.array([-_FAR if a is None or b is None else b for a, b in zip(t0, t1)],
                         np.int64))


def _coded(codes: Codes, values: list[str]) -> np.ndarray:
    """``values`` by their :class:`Codes` (new ones given the next codes, in order of first
    sight)."""
    for v in dict.fromkeys(values):
        if v not in codes:
            codes[v] = len(codes)
    return np.fromiter(map(codes.__getitem__, values), np.int64, len(values))


def allowed_kinds(p: Obs) -> np.ndarray:
    """Which estimate kinds (by :data:`KIND_CODE`, then vague) a placeholder may take
    (:func:`~claimledger.reconcile.gaps._kind_ok`), as a lookup table."""
    return np.array([True, p.bound in LOWER_BOUNDS, p.bound in UPPER_BOUNDS, False])


# an estimate that may fill a placeholder: its position in the group's order, and what the
# reference works out from its supporting claims — the best time score, distinct sources and
# outlets, whether one is the placeholder's source, one is named, one of its family — and
# how many bounded figures of its series are consistent with it
Found = tuple[int, float, int, int, bool, bool, bool, int]


class Hits(NamedTuple):
    """What :func:`hits` finds, one array element an estimate that may fill a placeholder:
    the query's number, the estimate's position in the group's order, and what the
    reference works out from its supporting claims (see :data:`Found`)."""

    owner: np.ndarray
    row: np.ndarray
    tmax: np.ndarray
    n_src: np.ndarray
    n_out: np.ndarray
    same: np.ndarray
    named: np.ndarray
    kin: np.ndarray
    consistent: np.ndarray


def candidates(cols: GroupColumns, queries: list[tuple[Obs, np.ndarray]], codes: Codes
               ) -> list[list[Found]]:
    """:func:`hits` by query, as lists."""
    out: list[list[Found]] = [[] for _ in queries]
    h = hits(cols, queries, codes)
    for j, *found in zip(*(a.tolist() for a in h)):
        out[j].append(tuple(found))   # type: ignore[arg-type]
    return out


def hits(cols: GroupColumns, queries: list[tuple[Obs, np.ndarray]], codes: Codes) -> Hits:
    """For each query (a placeholder of known period, and the positions in the group's
    order, ascending, of the compatible estimates near it), the estimates with a claim that
    supports them as its figure, as the reference finds them, by query and then position.
    All queries of a group are tested together: per placeholder the arrays are a few
    hundred claims long, and numpy's cost per call, not per element, would dominate."""
    ps = [p for p, _ in queries]
    owner = np.repeat(np.arange(len(ps)), [len(r) for _, r in queries])
    rows = np.concatenate([r for _, r in queries]) if queries else np.zeros(0, np.int64)
    pick = cols.inc[rows] == np.array([p.increment for p in ps], np.bool_)[owner]
    rows, owner = rows[pick], owner[pick]
    if not len(rows):
        return _NO_HITS
    starts, lens = cols.off[rows], cols.off[rows + 1] - cols.off[rows]
    first = np.cumsum(lens) - lens   # where each row's claims begin in ``flat``
    flat = np.repeat(starts - first, lens) + np.arange(int(lens.sum()))
    n = len(rows)
    seg = np.repeat(np.arange(n), lens)
    who = owner[seg]
    t0 = np.array([p.t0 for p in ps], np.int64)[who]
    t1 = np.array([p.t1 for p in ps], np.int64)[who]
    gap = np.maximum(np.maximum(cols.t0[flat] - t1, t0 - cols.t1[flat]), 0)
    near = gap <= CLOSE_DAYS
    src, fam, named = cols.src[flat], cols.fam[flat], cols.named[flat]
    p_src = np.array([codes.get(p.source, -1) for p in ps], np.int64)[who]
    p_fam = np.array([codes.get(p.family, -1) for p in ps], np.int64)[who]
    p_named = np.array([p.named for p in ps], np.bool_)[who]
    # a rival named source's figure is its own word
    keep = near & ~(p_named & named & (src != p_src) & (fam != p_fam))
    count = np.bincount(seg[keep], minlength=n)
    kind = cols.kind[rows]
    allowed = np.array([allowed_kinds(p) for p in ps], np.bool_)
    take = np.flatnonzero((count > 0) & allowed[owner, kind])
    if not len(take):
        return _NO_HITS
    ts = np.where(keep, 1.0 - 0.5 * gap / CLOSE_DAYS, 0.0)   # the reference's float ops
    tmax = np.maximum.reduceat(ts, first)
    # distinct sources and outlets: the estimate's own counts when all its claims are kept
    # (most are), else counted among the kept claims of the taken rows
    full = count == lens
    part = np.zeros(n, np.bool_)
    part[take] = True
    part &= ~full
    some = keep & part[seg]
    n_codes = max(len(codes), 1)
    n_src = np.where(full, cols.n_src[rows], _distinct(seg, src, some, n, n_codes))
    n_out = np.where(full, cols.n_out[rows], _distinct(seg, cols.out[flat], some, n, n_codes))
    same = np.bincount(seg[keep & (src == p_src)], minlength=n) > 0
    anyn = np.bincount(seg[keep & named], minlength=n) > 0
    kin = np.bincount(seg[keep & (fam == p_fam)], minlength=n) > 0
    near_n = np.bincount(seg[near], minlength=n)
    if cols.exact:
        consistent = _consistent_arrays(cols, rows, owner, near_n, kind, take)
    else:
        vouch = _vouching(cols, rows, owner, near_n, kind)
        consistent = np.array([_consistent(cols, j, row, vouch) for j, row in
                               zip(owner[take].tolist(), rows[take].tolist())], np.int64)
    return Hits(owner[take], rows[take], tmax[take], n_src[take], n_out[take], same[take],
                anyn[take], kin[take], consistent)


def _consistent_arrays(cols: GroupColumns, rows: np.ndarray, owner: np.ndarray,
                       near: np.ndarray, kind: np.ndarray, take: np.ndarray) -> np.ndarray:
    """:func:`_consistent` of each taken row, in arrays: the bounded rows of the same query
    and series rank (:func:`_vouching`) are found by a sorted key, then each pair tested."""
    b = np.flatnonzero((near > 0) & ((kind == 1) | (kind == 2)))
    if not len(b):
        return np.zeros(len(take), np.int64)
    width = int(cols.rank.max()) + 1
    bkey = owner[b] * width + cols.rank[rows[b]]
    order = np.argsort(bkey, kind="stable")
    b, bkey = b[order], bkey[order]
    hrow = rows[take]
    hkey = owner[take] * width + cols.rank[hrow]
    lo_at = np.searchsorted(bkey, hkey, "left")
    cnt = np.searchsorted(bkey, hkey, "right") - lo_at
    hit = np.repeat(np.arange(len(take)), cnt)
    pos = np.repeat(lo_at - (np.cumsum(cnt) - cnt), cnt) + np.arange(int(cnt.sum()))
    brow = rows[b[pos]]
    v = cols.best[hrow[hit]]
    ok = (brow != hrow[hit]) & (cols.lo[brow] <= v) & (v <= cols.hi[brow])
    return np.bincount(hit[ok], weights=near[b[pos]][ok], minlength=len(take)
                       ).astype(np.int64)


# a kept candidate's supporting claims (sorted ids), the consistent bounded claims (sorted
# ids) and how many distinct sources support it: what the reference lists from its claims
Listing = tuple[list[str], list[str], int]


def listed(cols: GroupColumns, queries: list[tuple[Obs, int, np.ndarray]], codes: Codes
           ) -> list[Listing]:
    """For each query (a placeholder of known period, the position of a candidate of it in
    the group's order and the positions of the estimates near it, :func:`hits`'s query),
    what :func:`~claimledger.reconcile.gaps._made` lists of the candidate's claims
    (:func:`~claimledger.reconcile.gaps.support_of` and ``_consistent_ids``). Needs
    :attr:`GroupColumns.exact` (values compared as floats)."""
    ps = [q[0] for q in queries]
    rows = np.array([q[1] for q in queries], np.int64)
    n = len(rows)
    sup_who, sup = _near_claims(cols, rows, np.arange(n), ps, codes, rivals=False)
    owner = np.repeat(np.arange(n), [len(q[2]) for q in queries])
    b = np.concatenate([q[2] for q in queries]) if n else np.zeros(0, np.int64)
    inc = np.array([p.increment for p in ps], np.bool_)[owner]
    v, own = cols.best[rows][owner], rows[owner]
    ok = (((cols.kind[b] == 1) | (cols.kind[b] == 2)) & (cols.rank[b] == cols.rank[own])
          & (b != own) & (cols.inc[b] == inc) & (cols.lo[b] <= v) & (v <= cols.hi[b]))
    con_who, con = _near_claims(cols, b[ok], owner[ok], ps, codes, rivals=True)
    ids, src = cols.ids, cols.src
    s_ids, s_src = [ids[f] for f in sup.tolist()], src[sup].tolist()
    c_ids = [ids[f] for f in con.tolist()]
    s_at = np.searchsorted(sup_who, np.arange(n + 1)).tolist()
    c_at = np.searchsorted(con_who, np.arange(n + 1)).tolist()
    return [(sorted(set(s_ids[s_at[k]:s_at[k + 1]])), sorted(set(c_ids[c_at[k]:c_at[k + 1]])),
             len(set(s_src[s_at[k]:s_at[k + 1]]))) for k in range(n)]


def _near_claims(cols: GroupColumns, rows: np.ndarray, owner: np.ndarray, ps: list[Obs],
                 codes: Codes, rivals: bool) -> tuple[np.ndarray, np.ndarray]:
    """The claims of the estimates ``rows`` within CLOSE_DAYS of their placeholder
    ``ps[owner]`` (and, unless ``rivals``, not a rival named source's): their placeholders
    (ascending, as ``owner`` is) and their positions in the claim arrays."""
    lens = cols.off[rows + 1] - cols.off[rows]
    first = np.cumsum(lens) - lens
    flat = np.repeat(cols.off[rows] - first, lens) + np.arange(int(lens.sum()))
    who = np.repeat(owner, lens)
    t0 = np.array([p.t0 for p in ps], np.int64)[who]
    t1 = np.array([p.t1 for p in ps], np.int64)[who]
    keep = np.maximum(np.maximum(cols.t0[flat] - t1, t0 - cols.t1[flat]), 0) <= CLOSE_DAYS
    if not rivals:
        p_src = np.array([codes.get(p.source, -1) for p in ps], np.int64)[who]
        p_fam = np.array([codes.get(p.family, -1) for p in ps], np.int64)[who]
        p_named = np.array([p.named for p in ps], np.bool_)[who]
        keep &= ~(p_named & cols.named[flat] & (cols.src[flat] != p_src)
                  & (cols.fam[flat] != p_fam))
    return who[keep], flat[keep]


#: 0.5 ** n, as Python computes it (exact: powers of two)
_HALF = np.array([0.5 ** n for n in range(1100)], np.float64)


def confidence(n_src: np.ndarray, n_out: np.ndarray, same: np.ndarray, named: np.ndarray,
               tscore: np.ndarray, consistent: np.ndarray) -> np.ndarray:
    """:func:`~claimledger.reconcile.gaps.score_of` of many candidates, the same floats: the
    same operations in the same order, element by element (powers of 0.5 from a table)."""
    s = 0.2 + 0.4 * (1 - _HALF[np.minimum(n_src, len(_HALF) - 1)])
    s = s + 0.05 * np.minimum(n_out - 1, 2)
    s = s + 0.15 * tscore
    s = s + 0.1 * same
    s = s + 0.05 * named
    s = s + 0.05 * np.minimum(consistent, 2) / 2
    return np.minimum(s, 0.99)


def _exact(*lists: list[Any]) -> bool:
    """Whether the values of ``lists`` (the last one: the same as float64 arrays) compare as
    their floats do: floats, and ints below 2**53 in magnitude (one beyond may round)."""
    *values, arrays = lists
    if not set(map(type, chain(*values))) <= {float, int}:
        return False
    return all(not np.any(np.abs(a[np.isfinite(a)]) >= 2.0 ** 53) for a in arrays)


Vouching = dict[tuple[int, int], list[tuple[int, float, float, int]]]


def _vouching(cols: GroupColumns, rows: np.ndarray, owner: np.ndarray, near: np.ndarray,
              kind: np.ndarray) -> Vouching:
    """The open-bounded estimates among ``rows`` with claims close to their placeholder, by
    placeholder and series rank: (position, lower and upper end of their values, how many
    such claims) — :func:`~claimledger.reconcile.gaps._bounded` of each series."""
    out: Vouching = {}
    pick = np.flatnonzero((near > 0) & ((kind == 1) | (kind == 2)))
    for j, row, c in zip(owner[pick].tolist(), rows[pick].tolist(), near[pick].tolist()):
        e = cols.ests[row]
        out.setdefault((j, cols.ranks[row]), []).append((row, e.lo, e.hi, c))
    return out


def _consistent(cols: GroupColumns, j: int, row: int, vouch: Vouching) -> int:
    """How many claims of bounded figures of ``row``'s series admit its figure, for
    placeholder ``j`` (the length of the reference's ``consistent``: each claim is in one
    estimate's core, and the ids are distinct — :attr:`GroupColumns.unique_ids`)."""
    found = vouch.get((j, cols.ranks[row]))
    if not found:
        return 0
    v = cols.ests[row].best or 0
    return sum(c for r, lo, hi, c in found if r != row and lo <= v <= hi)


def _distinct(seg: np.ndarray, code: np.ndarray, keep: np.ndarray, n: int, width: int
              ) -> np.ndarray:
    """How many distinct codes each segment holds among the kept claims."""
    pairs = np.unique(seg[keep] * width + code[keep])
    return np.bincount(pairs // width, minlength=n)


__all__ = ["Codes", "Found", "GroupColumns", "Hits", "KIND_CODE", "Listing", "allowed_kinds",
           "candidates", "confidence", "hits", "listed"]


_NO_HITS = Hits(*(np.zeros(0, t) for t in (np.int64, np.int64, np.float64, np.int64, np.int64,
                                           np.bool_, np.bool_, np.bool_, np.int64)))
