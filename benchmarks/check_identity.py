"""Check that a change left every output byte-identical: claims files, databases and ledgers.

Runs the command line of an earlier revision (its ``src`` exported with ``git archive`` and put
first on ``PYTHONPATH``) and of this worktree on the same inputs and compares:

* ``extract`` claims JSONL, byte for byte, on the bench corpus (``../shared/corpus/bench``),
  the seeds, the real-news dev set and held-out sets, and every story (German and English);
* ``run`` into a new database on the bench corpus and on the seeds: every table and view,
  row for row in the order the database returns them and sorted (only the ingest timestamp is
  left out), the ledger ``ledger`` prints from the database, and ``run``'s own output;
* ``run`` a second time into the same database (re-ingest: everything unchanged).

Not a unit test (a couple of minutes). Exit status 1 when anything differs.

    .venv/bin/python benchmarks/check_identity.py --old-rev HEAD~1 [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".." / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"
VOLATILE_COLUMNS = {"ingested_at"}
#: rows that hold a clock time: left out
VOLATILE_ROWS = {"meta": "WHERE key <> 'ledger_built_at'"}


def export_revision(rev: str, dest: Path) -> Path:
    """The ``src`` tree of ``rev``, unpacked under ``dest``; returns its ``src`` directory."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def extract_inputs(quick: bool) -> dict[str, list[str]]:
    """Name -> the ``extract`` arguments of each corpus compared."""
    out: dict[str, list[str]] = {"seeds": ["examples/seeds", "--meta", "examples/seeds/meta.jsonl"]}
    for name in ("devset", "heldout", "heldout2", "heldout3"):
        d = ROOT / "tests" / "data" / name
        if (d / "articles").is_dir():
            out[name] = [str(d / "articles"), "--meta", str(d / "meta.jsonl")]
    for lang_dir in ("stories", "stories-en"):
        for story in sorted((ROOT / "tests" / "data" / lang_dir).glob("*/articles")):
            out[f"{lang_dir}/{story.parent.name}"] = [
                str(story), "--meta", str(story.parent / "meta.jsonl")]
    if not quick and BENCH.exists():
        out["bench"] = [str(BENCH)]
    return out


def cli(args: list[str], pythonpath: str | None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    env["PYTHONHASHSEED"] = env.get("PYTHONHASHSEED", "0")
    return subprocess.run([sys.executable, "-m", "claimledger", *args], env=env,
                          capture_output=True, cwd=ROOT)


def db_digest(db: Path) -> dict[str, str]:
    """A hash per table: its rows as returned, and its rows sorted. A view is compared by its
    rows' first column (``sources`` labels a source by ``mode()``, whose ties DuckDB breaks
    differently from one file to the next, before and after alike)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        names = con.execute("SELECT table_name, table_type FROM information_schema.tables "
                            "ORDER BY table_name").fetchall()
        out = {}
        for name, kind in names:
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [name]).fetchall()]
            if kind == "VIEW":
                cols = cols[:1]
            keep = ", ".join(f'"{c}"' for c in cols if c not in VOLATILE_COLUMNS)
            where = VOLATILE_ROWS.get(name, "")
            rows = con.execute(f'SELECT {keep} FROM "{name}" {where}').fetchall()
            as_is = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
            srt = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()[:16]
            out[name] = f"{len(rows)} rows {as_is} sorted {srt}"
        return out
    finally:
        con.close()


def run_outputs(src: str | None, inputs: list[str], tmp: Path, tag: str) -> dict[str, str]:
    """``run`` twice into a new database, then ``ledger`` of the database: what each gives."""
    db = tmp / f"{tag}.duckdb"
    out: dict[str, str] = {}
    for i in (1, 2):
        done = cli(["run", *inputs, "--db", str(db)], src)
        text = (done.stdout + done.stderr).decode().replace(str(db), "DB")
        out[f"run {i} exit+output"] = f"{done.returncode} " + hashlib.sha256(
            text.encode()).hexdigest()[:16]
        if i == 1:
            out.update({f"table {k}": v for k, v in db_digest(db).items()})
    ledger = tmp / f"{tag}.ledger.json"
    done = cli(["show", "--db", str(db), "--format", "json", "-o", str(ledger)], src)
    out["show json"] = f"{done.returncode} " + (hashlib.sha256(ledger.read_bytes()).hexdigest()[
        :16] if ledger.exists() else "missing")
    return out


def compare(label: str, old: object, new: object) -> bool:
    same = old == new
    print(f"  {'same' if same else 'DIFFERS':7s} {label}" + ("" if same else f": {old} -> {new}"))
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old-rev", required=True, help="the revision to compare against")
    ap.add_argument("--quick", action="store_true", help="leave out the 1,028 bench articles")
    args = ap.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory(prefix="check_identity_") as tmpdir:
        tmp = Path(tmpdir)
        old_src = str(export_revision(args.old_rev, tmp))
        print(f"old: {args.old_rev} ({old_src}); new: this worktree")
        for name, inputs in extract_inputs(args.quick).items():
            res = {}
            for tag, src in (("old", old_src), ("new", None)):
                out = tmp / f"{tag}.jsonl"
                done = cli(["extract", *inputs, "-o", str(out)], src)
                res[tag] = (done.returncode, hashlib.sha256(out.read_bytes()).hexdigest()
                            if out.exists() else None, out.read_bytes().count(b"\n")
                            if out.exists() else 0)
            ok &= compare(f"extract {name} ({res['new'][2]} claims)", res["old"], res["new"])
        runs = {"seeds": ["examples/seeds", "--meta", "examples/seeds/meta.jsonl"]}
        if not args.quick and BENCH.exists():
            runs["bench"] = [str(BENCH)]
        for name, inputs in runs.items():
            old = run_outputs(old_src, inputs, tmp, f"old_{name}")
            new = run_outputs(None, inputs, tmp, f"new_{name}")
            for key in sorted(set(old) | set(new)):
                ok &= compare(f"run {name}: {key} [{new.get(key, '')}]", old.get(key), new.get(key))
    print("all identical" if ok else "SOMETHING DIFFERS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
