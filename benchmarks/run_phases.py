"""The stages of ``claimledger run`` timed in one process (``bench_run.py --phases``).

Wraps the functions ``run`` calls with a wall and CPU timer; a stage's time excludes the
wrapped stages inside it, so the rows add up to the run (less what no stage holds: start-up,
imports, the command line). With two cores ``run`` extracts in forked workers: their
time is not this process's, and shows as "waiting on the workers" (the wall time the
parent spent waiting for a document's claims, beyond what it read and wrote meanwhile);
"extraction (in this process)" is then the first document only, which the parent extracts
before forking."""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

Totals = dict[str, tuple[float, float]]

#: (module, attribute, label, is a generator)
STAGES = (
    ("claimledger.ingest", "read_documents", "reading (ingest, datelines)", True),
    ("claimledger.extract.pipeline", "extract_document", "extraction (in this process)", False),
    ("claimledger.engine.forked", "_Pool.map", "waiting on the workers", True),
    ("claimledger.store.duckdb_store", "Store.upsert_many", "store writes", False),
    ("claimledger.store.batch", "_insert_arrow", "  DuckDB inserts", False),
    ("claimledger.store.batch", "_table", "  Arrow tables", False),
    ("claimledger.store.duckdb_store", "_hashes", "  hashes and JSON", False),
    ("claimledger.store.duckdb_store", "Store.claims", "reading claims back", True),
    ("claimledger.reconcile", "build_ledger_json", "ledger", False),
    ("claimledger.store.duckdb_store", "Store.save_ledger", "saving the ledger", False),
    ("claimledger.store.duckdb_store", "Store.open", "opening the database", False),
    ("claimledger.store.duckdb_store", "Store.close", "closing (checkpoint)", False),
    ("claimledger.report.view", "load_summary", "summary: reading", False),
    ("claimledger.report.summary", "render_summary", "summary: printing", False),
)


class _Clock:
    def __init__(self) -> None:
        self.totals: Totals = {}
        self.stack: list[str] = []

    def add(self, label: str, wall: float, cpu: float) -> None:
        w, c = self.totals.get(label, (0.0, 0.0))
        self.totals[label] = (w + wall, c + cpu)
        if self.stack:   # exclusive times: the enclosing stage loses what this one took
            p = self.stack[-1]
            w, c = self.totals.get(p, (0.0, 0.0))
            self.totals[p] = (w - wall, c - cpu)

    @contextlib.contextmanager
    def timing(self, label: str) -> Iterator[None]:
        t, c = time.perf_counter(), time.process_time()
        self.stack.append(label)
        try:
            yield
        finally:
            self.stack.pop()
            self.add(label, time.perf_counter() - t, time.process_time() - c)

    def wrap(self, fn: Callable[..., Any], label: str, gen: bool) -> Callable[..., Any]:
        def plain(*a: Any, **k: Any) -> Any:
            with self.timing(label):
                return fn(*a, **k)

        def generator(*a: Any, **k: Any) -> Iterator[Any]:
            it = fn(*a, **k)
            while True:
                with self.timing(label):
                    try:
                        x = next(it)
                    except StopIteration:
                        return
                yield x
        return generator if gen else plain


def run_with_phases(corpus: str, db: str) -> tuple[Totals, float, float]:
    """Run ``claimledger run CORPUS --db DB`` here; the stages' times, the wall and CPU."""
    clock = _Clock()
    t, c = time.perf_counter(), time.process_time()
    from claimledger.cli import main

    for mod_name, attr, label, gen in STAGES:
        owner: Any = importlib.import_module(mod_name)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, clock.wrap(getattr(owner, name), label, gen))
    argv, sys.argv = sys.argv, ["claimledger", "run", corpus, "--db", db]
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main()
    except SystemExit:
        pass
    finally:
        sys.argv = argv
    return clock.totals, time.perf_counter() - t, time.process_time() - c
