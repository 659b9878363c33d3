"""Where units run: in this process, or on a Dask cluster.

Both executors take a stream of units and yield their results as they finish; the caller
restores order where order matters. The Dask executor keeps only a few units in flight per
worker thread, so the planner (which reads the inputs) never runs far ahead of the workers
and memory stays flat however large the corpus.

The local Dask cluster listens on the loopback interface only (scheduler, workers, nannies and
the scheduler's health-check HTTP server) and has no dashboard: a claimledger run opens no
port another machine can reach.
"""

from __future__ import annotations

import logging
import resource
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from claimledger.engine.work import Unit, UnitResult, process_unit, warm_up

UnitFn = Callable[..., UnitResult]

#: Dask's housekeeping, tuned for long pure-Python tasks on few cores: the worker profiler
#: samples every thread's stack 100 times a second, the event loops tick every 20 ms and the
#: nannies poll memory every 100 ms. On the 2-core bench machine these took the client ~1.2 s
#: and the workers ~4.0 s of CPU per 1,028 articles; with this ~0.8 s and ~3.2 s.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class LocalExecutor:
    """Units one after the other in this process: the default engine."""

    name = "local"

    def __enter__(self) -> "LocalExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def warm_up(self) -> None:
        warm_up()

    def map(self, units: Iterable[Unit], out: str | None,
            fn: UnitFn = process_unit) -> Iterator[UnitResult]:
        for unit in units:
            yield fn(unit, out)

    def peak_rss_mb(self) -> dict[str, float]:
        return {"local": _maxrss_mb()}

    def cpu_seconds(self) -> dict[str, float]:
        return {"local": _cpu_s()}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU time this process has used (user + system): what a run cost, whatever the wall
    clock says on a machine shared with other work."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


class DaskExecutor:
    """Units as tasks on a Dask cluster: a new LocalCluster of ``workers`` single-threaded
    processes, or the existing cluster whose scheduler is at ``scheduler``."""

    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None,
                 in_flight_per_thread: int = 2) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.per_thread = in_flight_per_thread
        self.client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> "DaskExecutor":
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            import dask

            dask.config.set(QUIET_CLUSTER)
            # one thread per process: extraction is pure Python and holds the GIL
            self._cluster = LocalCluster(
                n_workers=self.workers or 2, threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None, worker_dashboard_address=None,
                silence_logs=logging.ERROR,
                # without a dashboard the scheduler still serves health checks over HTTP, by
                # default on :8787 of every interface; keep it on loopback, any free port
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            self.client = Client(self._cluster)
            # all workers up before work is planned: the window and the warm-up count them
            self.client.wait_for_workers(self.workers or 2, timeout=120)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    @property
    def threads(self) -> int:
        info = self.client.scheduler_info()
        return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def warm_up(self) -> None:
        self.client.run(warm_up)

    def map(self, units: Iterable[Unit], out: str | None,
            fn: UnitFn = process_unit) -> Iterator[UnitResult]:
        from distributed import as_completed

        window = self.per_thread * self.threads + 1
        pending = as_completed()
        in_flight = 0
        run = uuid.uuid4().hex[:8]
        for unit in units:
            pending.add(self.client.submit(fn, unit, out, key=f"claimledger-{unit.name}-{run}",
                                           retries=1))
            in_flight += 1
            while in_flight >= window:
                yield _take(next(pending))
                in_flight -= 1
        for fut in pending:
            yield _take(fut)

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak resident memory of each worker process (its high-water mark so far)."""
        return {str(k): float(v) for k, v in self.client.run(_maxrss_mb).items()}

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time used so far by each worker process."""
        return {str(k): float(v) for k, v in self.client.run(_cpu_s).items()}


def _take(fut: Any) -> UnitResult:
    res = fut.result()
    fut.release()
    return res


__all__ = ["DaskExecutor", "LocalExecutor"]
