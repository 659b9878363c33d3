"""Benchmark: build_ledger on a synthetic corpus (default 1,000,000 claims in 10,000 series).

Each synthetic series is a story's quantity with a handful of "true" figures over a year
(a rising toll, a stock that changes), reported by several sources and outlets with realistic
noise: hedges (about / more than / up to), a few rival figures, increments, vague mentions,
placeholders, publication-day and month time intervals. Generation is not timed.

    python benchmarks/bench_ledger.py [--claims N] [--series S] [--seed K]

Prints the machine, the time of build_ledger, claims/s and peak RSS (resource.getrusage;
tracemalloc stays off so it does not slow the timed run).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import resource
import sys
import time
from datetime import date, timedelta

from claimledger.model import Claim, Source, TimeSpan, Value
from claimledger.reconcile import build_ledger

MEASURES = ("killed", "casualties", "wounded", "displaced", "deployed", "present", "aid",
            "damage", "captured")
SUBJECT_WORDS = ("troops", "victims", "evacuees", "miners", "refugees", "workers", "civilians",
                 "soldiers", "residents", "households")


def synth(n_claims: int, n_series: int, seed: int = 7) -> list[Claim]:
    """A deterministic synthetic claim set with the spread of a real multi-story corpus."""
    rnd = random.Random(seed)
    per = max(1, n_claims // n_series)
    claims: list[Claim] = []
    base_day = date(2023, 1, 1).toordinal()
    sources = [Source(f"src{i}", None, f"org{i % 40}.unit{i}", "official") for i in range(200)]
    cid = 0
    for s in range(n_series):
        measure = MEASURES[s % len(MEASURES)]
        subject = f"{SUBJECT_WORDS[s % len(SUBJECT_WORDS)]} of story {s // 3}"
        start = base_day + rnd.randint(0, 700)
        # 3-8 "true" figures over a year; cumulative measures grow
        k = rnd.randint(3, 8)
        days = sorted(rnd.sample(range(0, 365), k))
        v = rnd.choice([50, 300, 1000, 4000, 12000, 250000])
        truth = []
        for d in days:
            v = v * rnd.uniform(1.05, 1.8)
            truth.append((start + d, round(v, -1 if v < 1000 else -2)))
        story_sources = rnd.sample(sources, 6)
        n_docs = max(2, per // 6)
        for j in range(per):
            cid += 1
            day, value = truth[rnd.randrange(len(truth))]
            r = rnd.random()
            bound, low, high = "exact", value, value
            if r < 0.25:
                bound = "approx"
            elif r < 0.35:
                bound = "more_than"
                low = high = round(value * 0.9, -1)
            elif r < 0.40:
                bound = "up_to"
            elif r < 0.45:
                bound, low, high = "range", round(value * 0.9, -1), round(value * 1.1, -1)
            elif r < 0.50:
                bound, low, high = "vague", None, None
            elif r < 0.58:
                value2 = value * rnd.choice([0.6, 0.75, 1.3, 1.5])  # a rival figure
                low = high = round(value2, -1)
            placeholder = rnd.random() < 0.01
            if placeholder:
                low = high = None
            increment = rnd.random() < 0.05
            if increment and low is not None:
                low = high = round(low * 0.2, -1)
            if rnd.random() < 0.5:
                t0 = t1 = day + rnd.randint(0, 3)           # a publication-day interval
            else:
                d0 = date.fromordinal(day)
                m0 = d0.replace(day=1)
                m1 = (m0 + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                t0, t1 = m0.toordinal(), m1.toordinal()     # a month interval
            src = None if rnd.random() < 0.2 else story_sources[rnd.randrange(6)]
            doc = rnd.randrange(n_docs)
            claims.append(Claim(
                id=f"c{cid}", doc_id=f"s{s}d{doc}", span=(j, j + 5), text="", sentence="",
                value=Value(low, high, bound), placeholder=placeholder, unit="person",
                measure=measure, subject=subject, increment=increment, source=src,
                time=TimeSpan(date.fromordinal(t0), date.fromordinal(t1)),
                outlet=f"outlet{(s + doc) % 300}"))
    rnd.shuffle(claims)
    return claims


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--series", type=int, default=None,
                    help="default: one series per 100 claims")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    n_series = a.series or max(1, a.claims // 100)
    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
          f"{os.cpu_count()} CPUs | Python {sys.version.split()[0]} ({platform.python_implementation()})")
    t = time.perf_counter()
    claims = synth(a.claims, n_series, a.seed)
    gen = time.perf_counter() - t
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"generated {len(claims):,} claims in {n_series:,} series in {gen:.1f}s "
          f"(peak RSS so far {rss_before / 1024:.0f} MiB)")
    gc.collect()
    t = time.perf_counter()
    ledger = build_ledger(claims)
    el = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    n_est = sum(len(s.estimates) for s in ledger.series)
    print(f"build_ledger: {el:.2f}s, {len(claims) / el:,.0f} claims/s")
    print(f"peak RSS: {rss / 1024:.0f} MiB (of which before build_ledger: {rss_before / 1024:.0f} MiB)")
    print(f"ledger: {len(ledger.series):,} series, {n_est:,} estimates, "
          f"{len(ledger.disagreements):,} disagreements, {len(ledger.updates):,} updates, "
          f"{len(ledger.relations):,} relations, {len(ledger.gaps):,} gaps")


if __name__ == "__main__":
    main()
