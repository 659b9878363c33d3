"""Wall time, CPU and memory of ``claimledger run`` on the bench corpus, into a new database.

Each run is a fresh process (``python -m claimledger run CORPUS --db NEW``), so start-up,
imports and building the language packs count, as they do for a user. With ``--old-rev REV``
the same command of an earlier revision (its ``src`` exported with ``git archive`` and put
first on ``PYTHONPATH``) runs in turn with this worktree's, A B A B …, and the ratios are taken
pair by pair: the machine is shared, and its speed drifts between runs more than a change
moves it. Prints each run, the medians, the paired ratios' median and the load average.

``--phases`` instead runs once in this process and prints the wall and CPU seconds of the
stages of ``run`` (reading, extraction, store writes, ledger, summary …).

    .venv/bin/python benchmarks/bench_run.py [--runs 5] [--old-rev REV] [--corpus FILE]
    .venv/bin/python benchmarks/bench_run.py --phases
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"


def export_revision(rev: str, dest: Path) -> Path:
    """The ``src`` tree of ``rev`` under ``dest``, byte-compiled as an installed one would be."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    _compile(dest / "src")
    return dest / "src"


def _compile(src: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], env=env, check=True,
                   capture_output=True)


def one_run(corpus: Path, tmp: Path, src: str | None) -> dict[str, float]:
    """One ``run`` in a child process: wall, user+sys CPU and peak RSS (the child's own)."""
    db = tmp / "bench_run.duckdb"
    for f in (db, Path(str(db) + ".wal")):
        f.unlink(missing_ok=True)
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    load = os.getloadavg()[0]
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "claimledger", "run", str(corpus), "--db",
                             str(db)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench_run: run failed with status {proc.returncode}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024,
            "load": load}


def compare(corpus: Path, runs: int, old_rev: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_run_") as tmpdir:
        tmp = Path(tmpdir)
        _compile(ROOT / "src")
        old_src = str(export_revision(old_rev, tmp)) if old_rev else None
        sides = [("new", None)] + ([("old", old_src)] if old_src else [])
        for _tag, src in sides:  # warm-up: file cache, byte code, the regex cache
            one_run(corpus, tmp, src)
        got: dict[str, list[dict[str, float]]] = {tag: [] for tag, _ in sides}
        for i in range(runs):
            for tag, src in sides:
                r = one_run(corpus, tmp, src)
                got[tag].append(r)
                print(f"  {i + 1} {tag}: wall {r['wall']:.2f} s, cpu {r['cpu']:.2f} s, "
                      f"peak {r['rss_mb']:.0f} MB, load {r['load']:.2f}")
    for tag, rs in got.items():
        print(f"{tag}: median wall {statistics.median(r['wall'] for r in rs):.2f} s, "
              f"cpu {statistics.median(r['cpu'] for r in rs):.2f} s, peak "
              f"{statistics.median(r['rss_mb'] for r in rs):.0f} MB")
    if old_src:
        for key in ("wall", "cpu"):
            ratios = [n[key] / o[key] for n, o in zip(got["new"], got["old"])]
            print(f"new/old {key}: median {statistics.median(ratios):.3f} "
                  f"(range {min(ratios):.3f}-{max(ratios):.3f})")


def phases(corpus: Path) -> None:
    """``run`` in this process with its stages timed (wall and CPU, nested stages apart)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run_phases import run_with_phases

    with tempfile.TemporaryDirectory(prefix="bench_run_") as tmpdir:
        totals, wall, cpu = run_with_phases(str(corpus), os.path.join(tmpdir, "p.duckdb"))
    print(f"run: wall {wall:.2f} s, cpu {cpu:.2f} s (load {os.getloadavg()[0]:.2f})")
    for name, (w, c) in sorted(totals.items(), key=lambda kv: -kv[1][1]):
        print(f"  {name:24s} wall {w:6.3f} s  cpu {c:6.3f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5, help="counted runs of each side")
    ap.add_argument("--old-rev", help="an earlier revision to run in turn with this one")
    ap.add_argument("--phases", action="store_true", help="time the stages of one run")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_run: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    print(f"machine: {platform.platform()} | {os.cpu_count()} CPUs | Python "
          f"{platform.python_version()} | load {os.getloadavg()[0]:.2f}")
    if args.phases:
        phases(args.corpus)
    else:
        compare(args.corpus, args.runs, args.old_rev)
    print(f"load average after: {os.getloadavg()[0]:.2f}; this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
