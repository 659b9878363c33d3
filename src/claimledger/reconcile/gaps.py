"""Candidates for figures lost in the text ("[Zahl fehlt]", "XX", "[number missing]").

A placeholder keeps what the sentence still says: what is counted, about whom, by whom, when,
with which bound. A candidate must agree on all of that:

* same subject and measure (a casualty figure is never offered for a death toll), same unit
  when the placeholder has one, and the same increment-ness (an increment only for an
  increment, a total only for a total);
* a compatible bound: "up to [X]" takes a plain or approximate figure or another upper bound,
  "more than [X]" a plain figure or a lower bound, anything else a plain figure;
* a compatible time: at least one supporting claim overlapping the placeholder's period or
  within :data:`CLOSE_DAYS` of it.

Candidates are whole estimates (corroborated figures), with the supporting claim ids. The
confidence (0..1) grows with independent sources and outlets, closeness in time, a matching
source, and open-bounded claims that are consistent with the value; it shrinks when rival
candidates exist. No candidate means "not in the corpus" — an honest abstention.
"""

from __future__ import annotations

from claimledger.model import _num
from claimledger.reconcile.estimates import Estimate
from claimledger.reconcile.phrasing import fmt_estimate, fmt_period
from claimledger.reconcile.series import CLOSE_DAYS, LOWER_BOUNDS, UPPER_BOUNDS, Obs, SeriesGroup, time_gap

_MAX_CANDIDATES = 5


def _kind_ok(p: Obs, e: Estimate) -> bool:
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
    s = (0.2 + 0.4 * (1 - 0.5 ** n_src) + 0.05 * min(n_out - 1, 2)
         + 0.15 * tscore + 0.1 * same + 0.05 * named + 0.05 * min(consistent, 2) / 2)
    return min(s, 0.99)


def fill_gaps(placeholders: list[tuple[Obs, SeriesGroup]],
              estimates: dict[tuple[str, str, str], list[Estimate]],
              by_subject_measure: dict[tuple[str, str], list[tuple[str, str, str]]]) -> list[dict]:
    """One gap record per placeholder claim, candidates ranked best first."""
    out = []
    for p, g in placeholders:
        subj = g.subject
        what = f"{g.measure}{', ' + subj if subj else ''}"
        if not g.comparable:
            out.append({"claim": p.id, "subject": subj, "measure": g.measure, "candidates": [],
                        "why": f"Not in the corpus: the missing figure ({what}) does not say "
                               f"clearly enough what it counts to be matched."})
            continue
        keys = [k for k in by_subject_measure.get((g.key[0], g.key[1]), [])
                if not g.key[2] or not k[2] or k[2] == g.key[2]]
        raw: list[tuple[float, dict]] = []
        for k in keys:
            ests = estimates.get(k, [])
            for e in ests:
                if e.kind == "vague" or e.increment != p.increment or not _kind_ok(p, e):
                    continue
                support, tscore = [], 0.0
                for o in e.core:
                    ts = _time_score(p, o)
                    if ts is not None:
                        support.append(o)
                        tscore = max(tscore, ts)
                if not support:
                    continue
                v = e.best
                consistent = sorted({o.id for f in ests if f is not e and f.kind in ("lower", "upper")
                                     and f.increment == p.increment and f.lo <= (v or 0) <= f.hi
                                     for o in f.core if _time_score(p, o) is not None})
                conf = _score(p, support, tscore, len(consistent))
                n_src = len({o.source for o in support})
                why = (f"{fmt_estimate(e, g.unit)} ({fmt_period(e.t0, e.t1)}) from {n_src} "
                       f"source{'s' if n_src != 1 else ''}"
                       f"{', including the same source' if any(o.source == p.source for o in support) else ''}"
                       f"{f', consistent with {len(consistent)} bounded figure(s)' if consistent else ''}.")
                raw.append((conf, {"value": _num(v), "bound": e.low_high_bound()[2],
                                   "claims": sorted({o.id for o in support}),
                                   "consistent": consistent, "why": why,
                                   "_tie": (v, e.key)}))
        total = sum(c for c, _ in raw) or 1.0
        cands = []
        for conf, d in raw:
            d["confidence"] = round(conf * (0.6 + 0.4 * conf / total), 3)
            cands.append(d)
        cands.sort(key=lambda d: (-d["confidence"], d["_tie"]))
        cands = cands[:_MAX_CANDIDATES]
        for d in cands:
            del d["_tie"]
        if cands:
            why = (f"The missing figure ({what}, {fmt_period(p.t0, p.t1)}) is most likely "
                   f"{cands[0]['why'][0].lower()}{cands[0]['why'][1:]}")
        else:
            why = (f"Not in the corpus: no figure for {what} at a compatible time and bound "
                   f"({fmt_period(p.t0, p.t1)}).")
        out.append({"claim": p.id, "subject": subj, "measure": g.measure, "candidates": cands,
                    "why": why})
    out.sort(key=lambda d: d["claim"])
    return out
