"""Scaling of extraction: the local engine vs Dask with 1 and 2 workers, on the bench corpus
×1 and ×4 (×4: four copies of the file under different names, so 4 times the documents — the
same file given four times would be one corpus, its repeats skipped as duplicates). Prints articles/s, peak memory per worker, and whether every engine produced the
same claims as the local engine.

Each configuration runs in a fresh child process (and a fresh LocalCluster), so peak memory is
that run's own high-water mark, not the benchmark's. Workers load the language pack before the
clock starts; cluster start-up is reported apart. Configurations are interleaved over
``--rounds`` rounds so that load from other processes on the machine falls on all of them
alike; the table gives the median and the best round, and the load average seen.

    .venv/bin/python benchmarks/bench_scale.py [--rounds 3] [--repeats 1 4] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"
CONFIGS = (("local", 0), ("dask", 1), ("dask", 2))


def claims_digest(out: str) -> tuple[int, str]:
    """Count and order-independent hash of the claims of a dataset."""
    from claimledger.engine.parquet import read_claims

    lines = sorted(json.dumps(c.to_json(), sort_keys=True, ensure_ascii=False)
                   for c in read_claims(out))
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8") + b"\n")
    return len(lines), h.hexdigest()[:16]


def corpus_copies(corpus: str, repeat: int, into: str) -> list[str]:
    """``repeat`` inputs with the corpus's documents: the corpus itself, or links to it named
    ``<stem>.<i><suffix>`` (document ids come from file names, so each copy's are its own)."""
    if repeat == 1:
        return [corpus]
    src = Path(corpus)
    out = []
    for i in range(repeat):
        link = Path(into) / f"{src.stem}.{i}{src.suffix}"
        link.symlink_to(src)
        out.append(str(link))
    return out


def one(engine: str, workers: int, corpus: str, repeat: int) -> dict:
    """One configuration, in this (child) process; returns its measurements."""
    import resource

    from claimledger.engine import ExtractJob, make_executor, run_extract

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp, \
            make_executor(engine, workers or None) as ex:
        job = ExtractJob(corpus_copies(corpus, repeat, tmp))
        ex.warm_up()
        started = time.perf_counter() - t0
        load = os.getloadavg()[0]
        cpu0, dcpu0 = ex.cpu_seconds(), _cpu()
        t1 = time.perf_counter()
        summary = run_extract(job, ex, os.path.join(tmp, "out.parquet"))
        wall = time.perf_counter() - t1
        cpu1, dcpu1 = ex.cpu_seconds(), _cpu()
        peaks = ex.peak_rss_mb()
        n, digest = claims_digest(os.path.join(tmp, "out.parquet"))
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"engine": engine, "workers": workers, "repeat": repeat, "articles": summary.documents,
            "claims": n, "digest": digest, "wall_s": wall, "startup_s": started,
            "worker_cpu_s": 0.0 if engine == "local" else sum(cpu1[k] - cpu0[k] for k in cpu1),
            "driver_cpu_s": dcpu1 - dcpu0,
            "load1": load, "worker_peak_mb": sorted(peaks.values()), "driver_peak_mb": driver}


def _spin(seconds: float) -> float:
    """Busy-loop for ``seconds`` of wall time; the CPU seconds this process got meanwhile."""
    t, c = time.perf_counter(), time.process_time()
    while time.perf_counter() - t < seconds:
        pass
    return time.process_time() - c


def cores_for_two(seconds: float = 2.0) -> float:
    """How many cores two busy processes get right now (2.0 on two idle cores). On a shared
    machine this is the ceiling of any two-worker speedup, whatever the engine does."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return sum(pool.map(_spin, [seconds, seconds])) / seconds


def _cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _child(engine: str, workers: int, corpus: str, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--one", engine, str(workers), corpus, str(repeat)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cpu_ms(r: dict) -> float:
    """CPU milliseconds per article, workers and driver together."""
    return 1000 * (r["worker_cpu_s"] + r["driver_cpu_s"]) / r["articles"]


def _cpu_bound_rate(r: dict) -> float:
    """Articles/s this run's CPU time allows on this machine when nothing else runs: the wall
    time is at least the busiest process's CPU time and at least the total CPU time spread
    over all cores (a projection from measured CPU time, not a measurement)."""
    n = max(1, r["workers"])
    total = r["worker_cpu_s"] + r["driver_cpu_s"]
    busiest = max(r["worker_cpu_s"] / n, r["driver_cpu_s"])
    bound = max(busiest, total / (os.cpu_count() or 1))
    return r["articles"] / bound if bound else 0.0


def _label(engine: str, workers: int) -> str:
    return "local" if engine == "local" else f"dask×{workers}"


def report(results: list[dict], repeats: list[int]) -> bool:
    """Print the table; True when every engine matched the local engine's claims."""
    same = True
    print(f"{'config':<9} {'corpus':>6} {'articles':>8} {'art/s med':>10} {'art/s best':>10} "
          f"{'speedup med':>11} {'best':>6} {'peak MB/worker':>15} {'driver MB':>9} "
          f"{'start s':>7} {'load':>5} {'CPU ms/art':>10} {'idle bound art/s':>16}  same claims")
    for rep in repeats:
        base = [r for r in results if r["repeat"] == rep and r["engine"] == "local"]
        b_med = statistics.median(r["articles"] / r["wall_s"] for r in base)
        b_best = max(r["articles"] / r["wall_s"] for r in base)
        for engine, workers in CONFIGS:
            rs = [r for r in results if (r["engine"], r["workers"], r["repeat"])
                  == (engine, workers, rep)]
            rates = [r["articles"] / r["wall_s"] for r in rs]
            ok = all(r["digest"] == base[0]["digest"] for r in rs)
            same = same and ok
            peak = max(max(r["worker_peak_mb"]) for r in rs)
            print(f"{_label(engine, workers):<9} {'×' + str(rep):>6} {rs[0]['articles']:>8} "
                  f"{statistics.median(rates):>10.0f} {max(rates):>10.0f} "
                  f"{statistics.median(rates) / b_med:>11.2f} {max(rates) / b_best:>6.2f} "
                  f"{peak:>15.0f} {max(r['driver_peak_mb'] for r in rs):>9.0f} "
                  f"{statistics.median(r['startup_s'] for r in rs):>7.1f} "
                  f"{statistics.median(r['load1'] for r in rs):>5.1f} "
                  f"{statistics.median(_cpu_ms(r) for r in rs):>10.2f} "
                  f"{statistics.median(_cpu_bound_rate(r) for r in rs):>16.0f}  "
                  f"{'yes' if ok else 'NO'} ({rs[0]['claims']} claims)")
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeats", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--one", nargs=4, metavar=("ENGINE", "WORKERS", "CORPUS", "REPEAT"),
                    help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(one(a.one[0], int(a.one[1]), a.one[2], int(a.one[3]))))
        return 0
    if not a.corpus.is_file():
        print(f"bench_scale: no corpus at {a.corpus}", file=sys.stderr)
        return 2
    print(f"machine: {platform.platform()} | {os.cpu_count()} CPUs | Python "
          f"{platform.python_version()} | load now {os.getloadavg()[0]:.1f} | two busy "
          f"processes get {cores_for_two():.2f} cores (the ceiling of a 2-worker speedup)")
    results = []
    for rnd in range(a.rounds):
        for rep in a.repeats:
            for engine, workers in CONFIGS:
                r = _child(engine, workers, str(a.corpus.resolve()), rep)
                results.append(r)
                print(f"  round {rnd + 1} {_label(engine, workers):<7} ×{rep}: "
                      f"{r['articles'] / r['wall_s']:6.0f} articles/s ({r['wall_s']:.2f} s, cpu "
                      f"{r['worker_cpu_s']:.1f}+{r['driver_cpu_s']:.1f} s, "
                      f"load {r['load1']:.1f}, worker peak {max(r['worker_peak_mb']):.0f} MB)",
                      flush=True)
    same = report(results, a.repeats)
    print(f"after the runs, two busy processes get {cores_for_two():.2f} cores")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
