"""Check that the ledger is byte-identical before and after a change to reconciliation.

Runs ``claimledger ledger`` of an earlier revision (exported with ``git archive`` and put first
on ``PYTHONPATH``) and of this worktree on the same claims, and compares the output files
byte for byte:

* the seeds' claims (``extract examples/seeds --meta examples/seeds/meta.jsonl``),
* the claims extracted from every story in ``tests/data/stories/*``,
* a synthetic claims dataset (``bench_ledger.py``'s generator, 100,000 claims by default),

each reconciled serially (indented JSON) and with ``--workers 1`` and ``--workers 2`` (the
parallel driver; its input is the same claims as Parquet). Claims are extracted once, by this
worktree, so only reconciliation differs. Not a unit test: it takes a few minutes.

    .venv/bin/python benchmarks/check_ledger_identity.py --old-rev 6a25255 \
        [--synthetic N [N ...]] [--seeds S [S ...]]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = (None, 1, 2)   # serial, then the parallel driver with 1 and 2 workers


def export_revision(rev: str, dest: Path) -> Path:
    """The ``src`` tree of ``rev``, unpacked under ``dest``; returns its ``src`` directory."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def _cli(args: list[str], pythonpath: str | None) -> str | None:
    """Run the command line; None when it succeeds, else the last line of its error."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-m", "claimledger", *args], env=env,
                          capture_output=True, text=True)
    lines = done.stderr.strip().splitlines() or ["failed"]
    return None if done.returncode == 0 else lines[-1]


def to_parquet(jsonl: Path, out: Path) -> Path:
    """The claims of a JSONL file as one Parquet file (the parallel driver reads Parquet)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from claimledger.engine.parquet import CLAIM_SCHEMA, claim_row
    from claimledger.model import Claim

    with open(jsonl, encoding="utf-8") as f:
        rows = [claim_row(Claim.from_json(json.loads(line)), None) for line in f if line.strip()]
    pq.write_table(pa.Table.from_pylist(rows, schema=CLAIM_SCHEMA), out)
    return out


def inputs(work: Path, n_synthetic: list[int], seeds: list[int] | None = None
           ) -> list[tuple[str, Path, Path]]:
    """(name, serial input, Parquet input) of each claims set."""
    out = []
    sets = [("seeds", ROOT / "examples" / "seeds")]
    sets += [(f"story:{d.name}", d / "articles")
             for d in sorted((ROOT / "tests" / "data" / "stories").iterdir())
             if (d / "articles").is_dir()]
    for name, articles in sets:
        jsonl = work / f"{name.replace(':', '-')}.claims.jsonl"
        meta = articles / "meta.jsonl" if name == "seeds" else articles.parent / "meta.jsonl"
        err = _cli(["extract", str(articles), "--meta", str(meta), "-o", str(jsonl)], None)
        if err and not jsonl.exists():
            raise SystemExit(f"{name}: extract failed: {err}")
        out.append((name, jsonl, to_parquet(jsonl, jsonl.with_suffix(".parquet"))))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_ledger import write_synthetic

    for n in (x for x in n_synthetic if x):
        for seed in seeds or [7]:
            data = Path(write_synthetic(str(work / f"synthetic-{n}-{seed}"), n,
                                        max(1, n // 100), seed))
            out.append((f"synthetic:{n}:seed{seed}", data, data))
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _verdict(old: str, new: str) -> str:
    if new.startswith("new failed"):
        return "NEW FAILED"
    if old.startswith("old failed"):
        return "OLD FAILED"   # the earlier revision could not do it at all: not a difference
    return "IDENTICAL" if old == new else "DIFFERENT"


def compare(name: str, serial_in: Path, parquet_in: Path, old_src: str, work: Path) -> bool:
    """Old and new ledgers of one claims set in every mode; prints one line per mode."""
    same = True
    for workers in MODES:
        runs = []
        for side, path in (("old", old_src), ("new", None)):
            out = work / f"{name.replace(':', '-')}.{workers or 'serial'}.{side}.json"
            args = ["ledger", str(parquet_in if workers else serial_in), "-o", str(out)]
            t = time.perf_counter()
            err = _cli(args + (["--workers", str(workers)] if workers else []), path)
            runs.append((f"{side} failed: {err}" if err else _digest(out),
                         time.perf_counter() - t, 0 if err else out.stat().st_size))
        verdict = _verdict(runs[0][0], runs[1][0])
        same &= verdict in ("IDENTICAL", "OLD FAILED")
        mode = "serial" if workers is None else f"--workers {workers}"
        print(f"{verdict:10s} {name:28s} {mode:12s} {runs[1][2]:>12,} bytes  "
              f"sha256 {runs[1][0]}  (old {runs[0][1]:.1f}s, new {runs[1][1]:.1f}s)"
              + (f"  [{runs[0][0]}]" if verdict == "OLD FAILED" else ""), flush=True)
    return same and _parallel_equals_serial(name, work)


def _parallel_equals_serial(name: str, work: Path) -> bool:
    """The new parallel ledgers (compact JSON) parse to the new serial one (indented)."""
    stem = name.replace(":", "-")
    serial = json.loads((work / f"{stem}.serial.new.json").read_text(encoding="utf-8"))
    ok = all(json.loads((work / f"{stem}.{w}.new.json").read_text(encoding="utf-8")) == serial
             for w in MODES if w)
    print(f"{'IDENTICAL' if ok else 'DIFFERENT'}  {name:28s} parallel == serial (parsed JSON)")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old-rev", required=True, help="the revision to compare with (git)")
    ap.add_argument("--synthetic", type=int, nargs="+", default=[100_000],
                    help="synthetic claims, one set per size (0: none)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[7],
                    help="seeds of the synthetic sets (each size with each seed)")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimledger-identity-") as tmp:
        work = Path(tmp)
        old_src = str(export_revision(a.old_rev, work))
        ok = all([compare(name, s, p, old_src, work)
                  for name, s, p in inputs(work, a.synthetic, a.seeds)])
    print("all ledgers identical" if ok else "SOME LEDGERS DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
