"""Engines: the extraction stage run over a corpus, in this process or on a Dask cluster.

``run_extract`` plans units of work (:mod:`plan`), runs them on an executor
(:mod:`executors`: ``LocalExecutor`` or ``DaskExecutor``) and either writes a Parquet dataset
(:mod:`parquet`; workers write their own partitions, a rerun skips finished ones) or hands
claim records back in input order (for JSONL). Each unit calls the extraction pipeline itself
(:mod:`work`), so every engine yields exactly the same claims.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.engine.executors import DaskExecutor, LocalExecutor
from claimledger.engine.plan import (
    DEFAULT_BATCH, PlanError, check_manifest, manifest_for, plan_units,
)
from claimledger.engine.work import ERROR, NOTE, WARNING, Unit, UnitResult, ingest_message

Executor = LocalExecutor | DaskExecutor
MessageFn = Callable[[str, str, str], None]


@dataclass
class ExtractJob:
    """What to extract: inputs (local paths, directories or fsspec URLs) and how to cut them."""

    paths: Sequence[str]
    meta: str | None = None
    lang: str | None = None
    batch_size: int = DEFAULT_BATCH


@dataclass
class ExtractSummary:
    """What a run did; ``skipped_units`` were finished by an earlier run."""

    documents: int = 0
    claims: int = 0
    units: int = 0
    skipped_units: int = 0
    errors: int = 0
    failed_inputs: list[str] = field(default_factory=list)


def make_executor(engine: str, workers: int | None = None,
                  scheduler: str | None = None) -> Executor:
    if engine == "local":
        return LocalExecutor()
    if engine == "dask":
        return DaskExecutor(workers=workers, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r} (expected local or dask)")


def run_extract(job: ExtractJob, executor: Executor, out: str | None = None, *,
                on_records: Callable[[list[dict[str, Any]]], None] | None = None,
                on_message: MessageFn | None = None,
                on_unit: Callable[[UnitResult], None] | None = None) -> ExtractSummary:
    """Extract the claims of ``job`` on ``executor`` (already entered).

    With ``out`` the claims and documents go to a Parquet dataset there (resuming an earlier
    run of the same job); without, ``on_records`` receives each unit's claim records in input
    order. ``on_message(kind, input, text)`` hears errors and per-document notes.
    """
    from claimledger.engine.parquet import done_partitions, read_manifest, write_manifest

    summary = ExtractSummary()

    def message(kind: str, name: str, text: str) -> None:
        if kind == ERROR:
            summary.errors += 1
            summary.failed_inputs.append(name)
        if on_message is not None:
            on_message(kind, name, text)

    done: set[str] = set()
    if out is not None:
        out = out if "://" in out else os.path.abspath(out)   # workers write it, not we
        wanted = manifest_for(job.paths, job.meta, job.lang, job.batch_size)
        if check_manifest(read_manifest(out), wanted, out):
            done = done_partitions(out)
        else:
            write_manifest(out, wanted)
    planned = plan_units(job.paths, job.meta, job.lang, job.batch_size,
                         lambda n, m: message(*ingest_message(n, m)))
    skipped: list[UnitResult] = []
    todo = _skip_done(planned, done, skipped)
    # a dataset is unordered (one file per unit); JSON lines keep the order of the inputs
    ordered = _in_order(executor.map(todo, out)) if out is None else executor.map(todo, out)
    for res in ordered:
        summary.units += 1
        summary.documents += res.documents
        summary.claims += res.claims
        for kind, name, text in res.messages:
            message(kind, name, text)
        if res.records is not None and on_records is not None:
            on_records(res.records)
        if on_unit is not None:
            on_unit(res)
    summary.skipped_units = len(skipped)
    return summary


def iter_extracted(job: ExtractJob, executor: Executor,
                   on_message: MessageFn | None = None) -> Iterator[tuple[Any, list[Any]]]:
    """(document, claims) pairs in input order, extracted on ``executor``: what ``run`` feeds
    into the database when extraction runs on a cluster."""
    from functools import partial

    from claimledger.engine.work import process_unit

    units = plan_units(job.paths, job.meta, job.lang, job.batch_size,
                       lambda n, m: on_message(*ingest_message(n, m)) if on_message else None)
    for res in _in_order(executor.map(units, None, partial(process_unit, objects=True))):
        for kind, name, text in res.messages:
            if on_message is not None:
                on_message(kind, name, text)
        yield from res.pairs or []


def _skip_done(units: Iterator[Unit], done: set[str], skipped: list[UnitResult]
               ) -> Iterator[Unit]:
    for unit in units:
        if unit.name in done:
            skipped.append(UnitResult(unit.name, unit.seq, skipped=True))
            continue
        yield unit


def _in_order(results: Iterator[UnitResult]) -> Iterator[UnitResult]:
    """Results in plan order (output must not depend on which worker was faster); only
    units already finished but waiting for an earlier one are held."""
    pending: dict[int, UnitResult] = {}
    nxt = 0
    for res in results:
        pending[res.seq] = res
        while nxt in pending:
            yield pending.pop(nxt)
            nxt += 1
    for seq in sorted(pending):
        yield pending.pop(seq)


__all__ = ["DEFAULT_BATCH", "DaskExecutor", "ExtractJob", "ExtractSummary", "LocalExecutor",
           "NOTE", "ERROR", "WARNING", "PlanError", "iter_extracted", "make_executor", "run_extract"]
