"""``run`` with extraction in forked workers (claimledger.engine.forked): the same database,
the same messages in the same order as extracting in this process, and no worker left over."""

from __future__ import annotations

import json
import logging
import multiprocessing
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimledger.engine.forked import PARALLEL_AFTER, default_workers
from claimledger.runner import Pipeline, run
from claimledger.store import Store
from test_store_batch import claims_for, doc, snapshot

N = PARALLEL_AFTER * 3 + 5


def read(paths: Any, meta: Any = None, lang: Any = None, on_error: Any = None) -> Any:
    """Documents with ingest problems reported before some of them and after the last."""
    for i in range(N):
        if i % 7 == 3:
            on_error(f"in{i}", f"warning: something about input {i}")
        yield doc(f"d{i:03d}", " ".join(str(k) for k in range(i % 5)) or "nothing")
    on_error("meta.jsonl", "warning: entry 9 matches no input")


def extract(d: Any) -> Any:
    """Fails on some documents, logs an extraction warning on others."""
    n = int(d.id[1:])
    if n % 11 == 5:
        raise ValueError(f"broken {d.id}")
    if n % 6 == 1:
        logging.getLogger("claimledger.extract").warning("%s: too many numbers", d.id)
    return claims_for(d)


def ledger(claims: Any) -> dict[str, Any]:
    return {"series": [], "n": len(claims)}


def _run(tmp_path: Path, name: str, pipe: Pipeline, workers: int | None) -> tuple[Any, ...]:
    msgs: list[tuple[str, str]] = []
    order: list[str] = []
    db = tmp_path / f"{name}.duckdb"
    res = run(["x"], db=db, pipeline=pipe, batch_size=8, workers=workers,
              on_error=lambda n, m: msgs.append((n, m)),
              on_document=lambda d, status, k: order.append(d.id))
    with Store.open(db, read_only=True) as s:
        snap = snapshot(s)
    for rows in snap.values():   # the ingest time is no part of what is compared
        rows[:] = [tuple(r) for r in rows]
    return msgs, order, res.ledger, res.summary().replace(str(db), "DB"), snap


@pytest.mark.skipif(default_workers() == 0, reason="needs fork and two cores")
def test_forked_run_equals_serial_run(tmp_path: Path) -> None:
    serial = Pipeline(read=read, extract=extract, ledger=ledger)
    parallel = replace(serial, parallel=True)
    base = _run(tmp_path, "serial", serial, None)
    assert any("extraction failed" in m for _, m in base[0])
    assert any("too many numbers" in m for _, m in base[0])
    assert base[0][-1][0] == "meta.jsonl"
    for workers in (0, 1, 2):
        assert _run(tmp_path, f"w{workers}", parallel, workers) == base
    assert multiprocessing.active_children() == []


def test_a_short_input_is_extracted_here(tmp_path: Path) -> None:
    seen: list[int] = []
    import os

    def extract_here(d: Any) -> Any:
        seen.append(os.getpid())
        return claims_for(d)

    few = Pipeline(read=lambda *a, **k: iter([doc(f"d{i}", "1 2") for i in range(3)]),
                   extract=extract_here, ledger=ledger, parallel=True)
    res = run(["x"], db=tmp_path / "few.duckdb", pipeline=few, workers=2)
    assert len(res.inserted) == 3 and set(seen) == {os.getpid()}


@pytest.mark.skipif(default_workers() == 0, reason="needs fork and two cores")
def test_workers_end_when_the_run_fails(tmp_path: Path) -> None:
    class Boom(Exception):
        pass

    def ledger_fails(claims: Any) -> Any:
        raise Boom()

    pipe = Pipeline(read=read, extract=claims_for, ledger=ledger_fails, parallel=True)
    with pytest.raises(Boom):
        run(["x"], db=tmp_path / "boom.duckdb", pipeline=pipe, workers=2)
    assert multiprocessing.active_children() == []


# The big-message case runs in a fresh interpreter: the process pytest runs in has by now
# started the native thread pools of DuckDB and Arrow (earlier tests), and a fork copies no
# thread, only their locks. The command line forks before it imports either, as this script does.
_BIG_MESSAGES = """
import json, sys
from claimledger.engine.forked import PARALLEL_AFTER
from claimledger.model import Claim, Document, Value
from claimledger.runner import Pipeline, run

big = "x " * 300_000

def read_big(*a, **k):
    return iter([Document(id=f"d{i:03d}", text=big + str(i)) for i in range(PARALLEL_AFTER * 4)])

def many_claims(d):
    return [Claim(id=f"c{k}", doc_id=d.id, span=(k, k + 1), text="x", sentence=big[:2000],
                  value=Value(1.0, 1.0)) for k in range(300)]

def ledger(claims):
    return {"series": [], "n": len(claims)}

res = run(["x"], db=sys.argv[1], pipeline=Pipeline(read=read_big, extract=many_claims, ledger=ledger,
          parallel=True), workers=2)
print(json.dumps([len(res.inserted), res.claims_stored, PARALLEL_AFTER]))
"""


@pytest.mark.skipif(default_workers() == 0, reason="needs fork and two cores")
def test_large_documents_and_results_do_not_stall_the_workers(tmp_path: Path) -> None:
    """Messages far larger than a socket's buffer both ways: a parent blocked sending a
    worker documents while that worker is blocked sending it claims would wait forever."""
    done = subprocess.run([sys.executable, "-c", _BIG_MESSAGES, str(tmp_path / "big.duckdb")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    inserted, stored, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert inserted == after * 4 and stored == 300 * inserted
