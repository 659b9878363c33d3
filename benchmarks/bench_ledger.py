"""Benchmark: the ledger of a large synthetic claims dataset (default 1,000,000 claims,
one series per 100 claims), reconciled by the parallel driver from Parquet.

Each synthetic series is a story's quantity with a handful of "true" figures over a year
(a rising toll, a stock that changes), reported by several sources and outlets with realistic
noise: hedges (about / more than / up to), rival figures, increments, vague mentions,
placeholders, publication-day and month intervals. Most series say whom they count (group,
nationality, place — some claims leave the place to their document), the rest only have a
subject label; stories share places and groups, so placeholders find candidates across series.
The dataset is written to Parquet in chunks (never all in memory) and cached under --cache;
generation is not timed.

    python benchmarks/bench_ledger.py [--claims N] [--series S] [--workers W] [--serial]

Prints the machine and load, the wall time from the claims to the written ledger JSON
(planning in DuckDB, reconciling in W processes, merging their sorted runs into the file),
claims/s, the workers' CPU time per claim (what the wall time would be on idle cores) and
the peak RSS of the driver, of each worker and of the planner. ``--serial`` also times ``build_ledger`` over the same claims in one process
(it holds every claim as an object: keep N to a few million).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

MEASURES = ("killed", "casualties", "wounded", "displaced", "deployed", "present", "aid",
            "damage", "captured")
GROUPS = ("troops", "civilians", "people", "refugees", "workers", "children", "police",
          "migrants", "residents", "aid_workers")
PLACES = tuple(f"{a}{b}" for a in "ABCDEFGHIKLMNPRSTUVZ" for b in "AEIMOTUY")   # 160 codes
SUBJECT_WORDS = ("troops", "victims", "evacuees", "miners", "refugees", "workers", "civilians",
                 "soldiers", "residents", "households")
CHUNK = 200_000


def _series_who(s: int, rnd: random.Random) -> tuple[str, str | None, str | None, str | None]:
    """(measure, group, nationality, place) of series ``s``; one in five has no ``who``."""
    measure = MEASURES[s % len(MEASURES)]
    if rnd.random() < 0.2:
        return measure, None, None, None
    place = PLACES[(s // len(MEASURES)) % len(PLACES)]
    group = GROUPS[(s // (len(MEASURES) * len(PLACES))) % len(GROUPS)]
    nat = rnd.choice([None, None, PLACES[(s * 7) % len(PLACES)]])
    return measure, group, nat, place


def _truth(rnd: random.Random, start: int) -> list[tuple[int, float]]:
    """3-8 true figures over a year, growing."""
    days = sorted(rnd.sample(range(0, 365), rnd.randint(3, 8)))
    v = rnd.choice([50, 300, 1000, 4000, 12000, 250000])
    out = []
    for d in days:
        v = v * rnd.uniform(1.05, 1.8)
        out.append((start + d, round(v, -1 if v < 1000 else -2)))
    return out


def _value(rnd: random.Random, value: float) -> tuple[str, float | None, float | None]:
    r = rnd.random()
    if r < 0.25:
        return "approx", value, value
    if r < 0.35:
        v = round(value * 0.9, -1)
        return "more_than", v, v
    if r < 0.40:
        return "up_to", value, value
    if r < 0.45:
        return "range", round(value * 0.9, -1), round(value * 1.1, -1)
    if r < 0.50:
        return "vague", None, None
    if r < 0.58:   # a rival figure
        v = round(value * rnd.choice([0.6, 0.75, 1.3, 1.5]), -1)
        return "exact", v, v
    return "exact", value, value


def _time(rnd: random.Random, day: int) -> tuple[date, date]:
    if rnd.random() < 0.5:                       # a publication-day interval
        d = date.fromordinal(day + rnd.randint(0, 3))
        return d, d
    m0 = date.fromordinal(day).replace(day=1)    # a month interval
    return m0, (m0 + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def synth_rows(n_claims: int, n_series: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """Claim rows (the Parquet claims schema) of a deterministic synthetic corpus."""
    rnd = random.Random(seed)
    per = max(1, n_claims // n_series)
    base_day = date(2023, 1, 1).toordinal()
    sources = [{"text": f"src{i}", "span": None, "id": f"org{i % 40}.unit{i}",
                "kind": "official", "cue": "laut", "label": None} for i in range(200)]
    cid = 0
    for s in range(n_series):
        measure, group, nat, place = _series_who(s, rnd)
        subject = f"{SUBJECT_WORDS[s % len(SUBJECT_WORDS)]} of story {s // 3}"
        truth = _truth(rnd, base_day + rnd.randint(0, 700))
        story_sources = rnd.sample(sources, 6)
        n_docs = max(2, per // 6)
        for j in range(per):
            cid += 1
            day, value = truth[rnd.randrange(len(truth))]
            bound, low, high = _value(rnd, value)
            placeholder = rnd.random() < 0.01
            if placeholder:
                low = high = None
            increment = rnd.random() < 0.05
            if increment and low is not None:
                low = high = round(low * 0.2, -1)
            t0, t1 = _time(rnd, day)
            doc = rnd.randrange(n_docs)
            # some claims leave the place to their document (the story's place)
            where = place if rnd.random() < 0.85 else None
            yield {"id": f"s{s}d{doc}:c{cid}", "doc_id": f"s{s}d{doc}", "span": [j, j + 5],
                   "text": "", "sentence": "", "sentence_span": None,
                   "value": {"low": low, "high": high, "bound": bound},
                   "placeholder": placeholder, "unit": "person", "measure": measure,
                   "subject": subject, "counted": None,
                   "who": {"group": group, "nationality": nat, "place": where},
                   "increment": increment, "hedged": False,
                   "source": None if rnd.random() < 0.2 else story_sources[rnd.randrange(6)],
                   "time": {"start": t0, "end": t1},
                   "outlet": f"outlet{(s + doc) % 300}", "published": date.fromordinal(day),
                   "published_from": "given", "extra": None}


def write_synthetic(path: str, n_claims: int, n_series: int, seed: int = 7) -> str:
    """Write the synthetic corpus as a Parquet dataset at ``path`` (a directory, one file per
    chunk); reuse it when a complete one is there."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from claimledger.engine.parquet import CLAIM_SCHEMA

    done = os.path.join(path, "_done")
    if os.path.exists(done):
        return path
    os.makedirs(path, exist_ok=True)
    chunk: list[dict[str, Any]] = []
    n = 0
    for row in synth_rows(n_claims, n_series, seed):
        chunk.append(row)
        if len(chunk) >= CHUNK:
            pq.write_table(pa.Table.from_pylist(chunk, schema=CLAIM_SCHEMA),
                           os.path.join(path, f"part-{n:05d}.parquet"), compression="zstd")
            chunk, n = [], n + 1
    if chunk:
        pq.write_table(pa.Table.from_pylist(chunk, schema=CLAIM_SCHEMA),
                       os.path.join(path, f"part-{n:05d}.parquet"), compression="zstd")
    open(done, "w").close()
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _parallel(data: str, workers: int, out: str) -> None:
    from claimledger.reconcile.parallel import write_ledger_parallel

    buckets: list[Any] = []
    plans: list[Any] = []
    marks: dict[str, float] = {}
    t = time.perf_counter()

    def bucket_done(b: Any) -> None:
        buckets.append(b)
        marks["reconciled"] = time.perf_counter() - t

    def planned(p: Any) -> None:
        plans.append(p)
        marks["planned"] = time.perf_counter() - t

    with open(out, "w", encoding="utf-8") as f:
        counts = write_ledger_parallel(data, f, workers=workers, on_bucket=bucket_done,
                                       on_plan=planned)
    wall = time.perf_counter() - t
    print("  at " + ", ".join(f"{k} {v:.1f}s" for k, v in marks.items()) + f", written {wall:.1f}s")
    n = sum(b.claims for b in buckets)
    if plans:
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in plans[0].seconds.items())
        print(f"planned in DuckDB: {len(plans[0].buckets)} buckets, {plans[0].series:,} "
              f"series ({steps}; {getattr(plans[0], 'cpu_s', 0.0):.1f}s CPU)")
    worker_peak = max((b.peak_rss_mb for b in buckets), default=0.0)
    cpu = sum(b.cpu_s for b in buckets)
    span = marks.get("reconciled", 0.0) - marks.get("planned", 0.0)
    if span > 0:   # are the workers' cores busy the whole reconciling phase?
        print(f"  reconciling phase {span:.1f}s: worker CPU {cpu:.0f}s = "
              f"{cpu / span:.2f} of {workers} cores busy on average")
    print(f"parallel ledger ({workers} processes), planning to written JSON: {wall:.1f}s wall, "
          f"{n / wall:,.0f} claims/s ({os.path.getsize(out) / 2**20:,.0f} MiB of JSON)")
    print(f"  worker CPU {cpu:.0f}s in all ({1e6 * cpu / max(n, 1):.1f} µs a claim); "
          f"load average now {os.getloadavg()[0]:.1f}")
    print(f"peak RSS: driver {_rss_mb():.0f} MiB, each worker at most {worker_peak:.0f} MiB, "
          f"any child process {_children_rss_mb():.0f} MiB at most "
          f"({_rss_mb() + workers * worker_peak:.0f} MiB for driver and workers together)")
    print(f"  ledger: {counts['series']:,} series, {counts['disagreements']:,} disagreements, "
          f"{counts['updates']:,} updates, {counts['relations']:,} relations, "
          f"{counts['gaps']:,} gaps")


def _children_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _serial(data: str) -> None:
    from claimledger.engine.parquet import read_claims
    from claimledger.reconcile import build_ledger

    t = time.perf_counter()
    claims = list(read_claims(data))
    read = time.perf_counter() - t
    t = time.perf_counter()
    ledger = build_ledger(claims)
    el = time.perf_counter() - t
    print(f"serial build_ledger: {el:.1f}s, {len(claims) / el:,.0f} claims/s "
          f"(+ {read:.1f}s reading claims); peak RSS {_rss_mb():.0f} MiB")
    _summary(ledger)


def _summary(ledger: Any) -> None:
    n_est = sum(len(s.estimates) for s in ledger.series)
    print(f"  ledger: {len(ledger.series):,} series, {n_est:,} estimates, "
          f"{len(ledger.disagreements):,} disagreements, {len(ledger.updates):,} updates, "
          f"{len(ledger.relations):,} relations, {len(ledger.gaps):,} gaps")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--series", type=int, default=None, help="default: one per 100 claims")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--serial", action="store_true", help="also time build_ledger in one process")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "claimledger-bench"))
    a = ap.parse_args(argv)
    n_series = a.series or max(1, a.claims // 100)
    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
          f"{os.cpu_count()} CPUs | Python {sys.version.split()[0]} "
          f"({platform.python_implementation()}) | load {os.getloadavg()[0]:.1f}")
    data = os.path.join(a.cache, f"claims-{a.claims}-{n_series}-{a.seed}")
    t = time.perf_counter()
    write_synthetic(data, a.claims, n_series, a.seed)
    print(f"{a.claims:,} synthetic claims in {n_series:,} stories at {data} "
          f"(ready in {time.perf_counter() - t:.1f}s)")
    with tempfile.TemporaryDirectory() as tmp:
        _parallel(data, a.workers, os.path.join(tmp, "ledger.json"))
    if a.serial:
        _serial(data)


if __name__ == "__main__":
    main()
