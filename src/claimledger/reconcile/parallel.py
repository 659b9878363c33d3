"""The ledger of a large claims dataset, reconciled in parallel processes.

Series are independent once grouped (and gaps only look within a gap family), so the work is
planned in DuckDB (:mod:`claimledger.reconcile.partition`: document places, series keys,
buckets of whole gap families written as Arrow files) and each bucket is reconciled by a worker
process that reads its own files. The driver never holds a claim as a Python object; it
collects only the per-series results and assembles them exactly as
:func:`~claimledger.reconcile.build_ledger` does (:func:`~claimledger.reconcile.ledger.assemble`),
so the ledger is identical — tested on the seeds, the stories and synthetic claims.

Processes, not threads: reconciliation is pure Python and holds the GIL.
"""

from __future__ import annotations

import gc
import math
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import IO, Any

from claimledger.model import Gap, Ledger
from claimledger.reconcile.columns import group_batches
from claimledger.reconcile.ledger import SeriesResult, assemble, reconcile_groups
from claimledger.reconcile.partition import Plan, context_path, plan_buckets
from claimledger.reconcile.runs import merge_runs, sorted_runs, write_runs
from claimledger.reconcile.series import SeriesKey

#: claims per bucket: small enough that a worker's objects stay a few hundred MB, large
#: enough that a bucket's fixed costs (reading its files, a result to send back) are small
BUCKET_CLAIMS = 250_000


@dataclass
class BucketResult:
    """What one bucket contributes: its series' results (without their clusters, which only
    the bucket's own gap search needed) and its gaps — or, written as sorted runs, their
    paths; with the worker's CPU seconds for the task and its peak RSS so far."""

    parts: list[tuple[SeriesKey, SeriesResult]] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    runs: dict[str, str] = field(default_factory=dict)
    claims: int = 0
    peak_rss_mb: float = 0.0
    cpu_s: float = 0.0


def claims_files(path: str) -> list[str]:
    """The Parquet files of a claims file, dataset directory or ``extract`` output (files whose
    names start with ``.`` or ``_`` — unfinished writes, the manifest — are not claims)."""
    import pyarrow.dataset as ds

    from claimledger.engine.parquet import claims_location

    where = claims_location(path)
    if os.path.isfile(where):
        return [where]
    dataset = ds.dataset(where, format="parquet", ignore_prefixes=[".", "_"])
    return sorted(dataset.files)


def _reconcile(path: str, entries: bool = False
               ) -> tuple[list[tuple[SeriesKey, SeriesResult]], list[Gap], int]:
    """Group one bucket's claims into series (straight from its Arrow columns:
    :mod:`claimledger.reconcile.columns`), reconcile each, fill its placeholders' gaps;
    ``entries``: records as run entries where they can be (:func:`reconcile_series`)."""
    import pyarrow.ipc as ipc

    with open(context_path(os.path.dirname(path)), "rb") as fh:
        context = pickle.load(fh)  # the driver's story pre-pass over all claims
    with ipc.open_stream(path) as reader:
        groups, n = group_batches(reader, context)
    parts, gaps = reconcile_groups(groups, entries)
    for _, r in parts:
        r.clusters = []   # only the bucket's own gap search needed them
    return parts, gaps, n


def _task(path: str, runs: bool) -> BucketResult:
    import resource

    def cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        return ru.ru_utime + ru.ru_stime

    was, c0 = gc.isenabled(), cpu()
    gc.disable()   # millions of small acyclic objects: see build_ledger
    try:
        parts, gaps, n = _reconcile(path, entries=runs)
        res = BucketResult(claims=n)
        if runs:
            res.runs = write_runs(sorted_runs(parts, gaps), path.rsplit(".", 1)[0])
        else:
            res.parts, res.gaps = parts, gaps
        res.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        res.cpu_s = cpu() - c0
        return res
    finally:
        if was:
            gc.enable()


def reconcile_bucket(path: str) -> BucketResult:
    """A worker's task: the series results and gaps of one bucket."""
    return _task(path, runs=False)


def reconcile_bucket_runs(path: str) -> BucketResult:
    """A worker's task: one bucket reconciled and written as sorted runs beside it
    (:mod:`claimledger.reconcile.runs`); only their paths travel back."""
    return _task(path, runs=True)


def _context() -> Any:
    """Fork where there is fork: the driver holds no claims (nothing to copy) and a forked
    worker needs no fresh imports, nor a ``__main__`` guard in the caller's script. DuckDB,
    the only other user of threads here, is closed before the pool starts."""
    import multiprocessing

    return get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def _count(files: Sequence[str]) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in files)


def iter_bucket_results(files: Sequence[str], work: str, workers: int = 2,
                        bucket_claims: int = BUCKET_CLAIMS,
                        task: Callable[[str], BucketResult] = reconcile_bucket,
                        on_plan: Callable[[Plan], None] | None = None
                        ) -> Iterator[BucketResult]:
    """Plan the buckets of ``files`` in the directory ``work`` and yield each one's
    ``task`` result as a worker finishes it."""
    n_buckets = max(2 * workers, math.ceil(_count(files) / max(1, bucket_claims)))
    # DuckDB plans in a process of its own: the memory it takes is given back when that
    # process ends, and the workers forked afterwards do not start as copies of it
    with ProcessPoolExecutor(1, mp_context=_context()) as planner:
        plan = planner.submit(plan_buckets, files, work, n_buckets, workers).result()
    if on_plan is not None:
        on_plan(plan)
    # largest first, so that no big bucket is left for the end while a worker idles
    todo = sorted(plan.buckets, key=os.path.getsize, reverse=True)
    if workers <= 1:
        yield from map(task, todo)
        return
    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        yield from pool.map(task, todo)


def _files(path: str | Sequence[str]) -> list[str]:
    return claims_files(path) if isinstance(path, str) else list(path)


def build_ledger_parallel(path: str | Sequence[str], workers: int = 2,
                          bucket_claims: int = BUCKET_CLAIMS, tmp: str | None = None,
                          on_bucket: Callable[[BucketResult], None] | None = None,
                          on_plan: Callable[[Plan], None] | None = None) -> Ledger:
    """The ledger of the Parquet claims at ``path`` (a file, a dataset directory, ``extract``'s
    output, or a list of files), reconciled by ``workers`` processes; equal to
    ``build_ledger(read_claims(path))``. It is held whole: for millions of claims use
    :func:`write_ledger_parallel`. ``tmp`` holds the buckets meanwhile."""
    files = _files(path)
    parts: list[tuple[SeriesKey, SeriesResult]] = []
    gaps: list[Gap] = []
    if not files:
        return Ledger()
    with tempfile.TemporaryDirectory(prefix="claimledger-ledger-", dir=tmp) as work:
        for res in iter_bucket_results(files, work, workers, bucket_claims, reconcile_bucket,
                                       on_plan):
            parts.extend(res.parts)
            gaps.extend(res.gaps)
            if on_bucket is not None:
                on_bucket(res)
    return assemble(parts, gaps)


def write_ledger_parallel(path: str | Sequence[str], out: IO[str], workers: int = 2,
                          bucket_claims: int = BUCKET_CLAIMS, tmp: str | None = None,
                          on_bucket: Callable[[BucketResult], None] | None = None,
                          on_plan: Callable[[Plan], None] | None = None) -> dict[str, int]:
    """:func:`build_ledger_parallel` written to ``out`` as compact Contract-2 JSON, merged from
    the buckets' sorted runs so that no process holds the whole ledger; returns the number of
    records in each section."""
    files = _files(path)
    runs: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="claimledger-ledger-", dir=tmp) as work:
        if files:
            for res in iter_bucket_results(files, work, workers, bucket_claims,
                                           reconcile_bucket_runs, on_plan):
                runs.append(res.runs)
                if on_bucket is not None:
                    on_bucket(res)
        return merge_runs(runs, out, workers)


__all__ = ["BUCKET_CLAIMS", "BucketResult", "build_ledger_parallel", "claims_files",
           "iter_bucket_results", "reconcile_bucket", "reconcile_bucket_runs",
           "write_ledger_parallel"]
