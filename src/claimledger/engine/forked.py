"""``run``'s extraction in forked worker processes, while this process reads and writes.

Extraction is about 70 % of ``run`` on the bench corpus and documents are independent, so on
a machine with two cores it pays to extract in two workers while this process reads the
inputs, writes batches into the database and, at the end, builds the ledger. The workers are
forked (no imports or language-pack loading to repeat, and any pipeline object works: it is
inherited, not pickled); only documents go out and claims come back.

Nothing observable changes: results are handed on in input order, and every message a
document caused — while it was read (ingest), while it was extracted (warnings, failures) —
is replayed through the caller's ``fail`` in the order a serial run gives, just before that
document is handed on. A killed parent leaves no workers behind: each worker blocks on its
own socket and exits when the parent's end closes.

Dask (``--engine dask``) is the engine for clusters; this is a few hundred lines less
machinery for the one-machine default, where a cluster's start-up costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Any

from claimledger.model import Claim, Document

ErrorFn = Callable[[str, str], None]
ExtractFn = Callable[[Document], list[Claim]]
#: one document's outcome from a worker: claims (None when extraction failed), the failure's
#: message, the warnings extraction logged as (name, reason)
Outcome = tuple[list[Claim] | None, str | None, list[tuple[str, str]]]

#: documents per message to a worker, and messages a worker may have queued: enough work
#: (~0.1 s) that a worker need not wait for a parent slow to be scheduled on a busy machine
CHUNK = 4
IN_FLIGHT = 8
#: fewer documents than this are extracted here: forking costs more than it saves
PARALLEL_AFTER = 16


def default_workers() -> int:
    """Cores this process may use, at most 2 worth using (the parent needs some CPU too);
    0 where ``fork`` is unavailable, one core is all there is, or other threads run here (a
    library caller's server, say: a fork copies no thread but their locks)."""
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return 2 if cores >= 2 else 0


class _Tagged:
    """Documents of a reader, each with the messages reported while it was read (ingest
    problems come from the reader before it yields the document they concern, or after the
    last one)."""

    def __init__(self, read: Callable[[ErrorFn], Iterable[Document]]) -> None:
        self.pending: list[tuple[str, str]] = []
        self._docs = iter(read(lambda name, msg: self.pending.append((name, msg))))

    def __iter__(self) -> Iterator[tuple[Document, list[tuple[str, str]]]]:
        for doc in self._docs:
            msgs, self.pending = self.pending, []
            yield doc, msgs


@contextmanager
def extracted_pairs(read: Callable[[ErrorFn], Iterable[Document]], extract: ExtractFn,
                    fail: ErrorFn, name_of: Callable[[Document], str], workers: int,
                    ) -> Iterator[Iterator[tuple[Document, list[Claim]]]]:
    """(document, claims) in input order, as a serial loop over ``read(fail)`` calling
    ``extract`` would give them, with the same calls of ``fail`` in the same order; extracted
    in ``workers`` forked processes once the input has :data:`PARALLEL_AFTER` documents.

    Entering reads the first documents at once, so that the workers are forked before the
    caller opens the database (a process with DuckDB's threads is not to be forked); leaving
    ends the workers, however the block ends."""
    tagged = _Tagged(read)
    it = iter(tagged)
    head = [x for _, x in zip(range(PARALLEL_AFTER), it)] if workers > 0 else []
    if len(head) < PARALLEL_AFTER:
        yield _replayed(_serial(_chain(head, it), extract), tagged, fail, name_of)
        return
    # the first document here: the language pack's rules, built on first use, are then
    # built once and inherited, not built again by every worker (~0.1 s each)
    first = (head[0], _extract_one(extract, head[0][0]))
    pool = _Pool(extract, workers)
    try:
        yield _replayed(_chain([first], pool.map(_chain(head[1:], it))), tagged, fail, name_of)
    finally:
        pool.close()


def _replayed(outcomes: Iterator[tuple[tuple[Document, list[tuple[str, str]]], Outcome]],
              tagged: _Tagged, fail: ErrorFn, name_of: Callable[[Document], str]
              ) -> Iterator[tuple[Document, list[Claim]]]:
    for (doc, read_msgs), (claims, error, warnings) in outcomes:
        for name, msg in read_msgs:
            fail(name, msg)
        for name, reason in warnings:
            fail(name, _warning(reason))
        if claims is None:
            fail(name_of(doc), f"extraction failed: {error}")
            continue
        yield doc, claims
    for name, msg in tagged.pending:  # reported after the last document
        fail(name, msg)


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


def _warning(reason: str) -> str:
    from claimledger.ingest.errors import WARNING_PREFIX

    return WARNING_PREFIX + reason


def _serial(items: Iterator[tuple[Document, Any]], extract: ExtractFn
            ) -> Iterator[tuple[tuple[Document, Any], Outcome]]:
    for item in items:
        yield item, _extract_one(extract, item[0])


def _extract_one(extract: ExtractFn, doc: Document) -> Outcome:
    """One document's claims, with the warnings extraction logged meanwhile."""
    warnings: list[tuple[str, str]] = []
    try:
        from claimledger.extract.limits import warnings_to
    except ImportError:  # a pipeline without the real extractor
        hook: Any = None
    else:
        hook = warnings_to(lambda name, reason: warnings.append((name, reason)))
    try:
        if hook is None:
            return extract(doc), None, warnings
        with hook:
            return extract(doc), None, warnings
    except Exception as e:  # noqa: BLE001 - one document's failure is reported, not fatal
        return None, f"{type(e).__name__}: {e}", warnings


def _work(conn: Connection, extract: ExtractFn, inherited: list[Connection]) -> None:
    """A worker: chunks of documents in, their outcomes out, until the parent hangs up.

    A thread receives the chunks as they come, so the parent's sends never wait on this
    worker's extraction: with both sides sending messages larger than a socket's buffer, a
    parent blocked sending documents to a worker blocked sending it claims would wait
    forever. Ctrl-C is the parent's to handle: it hangs up, and the worker ends quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for c in inherited:   # the parent's ends of this and earlier workers' sockets: without
        c.close()         # closing them, the worker would never see the parent hang up
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    hung_up = threading.Event()
    threading.Thread(target=_receive, args=(conn, inbox, hung_up), daemon=True).start()
    while (got := inbox.get()) is not None and not hung_up.is_set():
        seq, docs = got
        outcomes = [_extract_one(extract, d) for d in docs]
        try:
            conn.send((seq, outcomes))
        except OSError:   # the parent hung up meanwhile (it failed, or was stopped)
            return


def _receive(conn: Connection, inbox: "queue.SimpleQueue[Any]", hung_up: threading.Event
             ) -> None:
    """Chunks into ``inbox`` until the parent hangs up; then the chunks still queued are
    nobody's business (the parent has finished or failed)."""
    while True:
        try:
            inbox.put(conn.recv())
        except (EOFError, OSError):
            hung_up.set()
            inbox.put(None)
            return


class _Pool:
    """Forked workers fed chunks of documents; results handed back in input order."""

    def __init__(self, extract: ExtractFn, n: int) -> None:
        ctx = multiprocessing.get_context("fork")
        self.conns: list[Connection] = []
        self.procs: list[Any] = []
        for _ in range(n):
            ours, theirs = ctx.Pipe()
            p = ctx.Process(target=_work, args=(theirs, extract, [*self.conns, ours]),
                            daemon=True)
            p.start()
            theirs.close()
            self.conns.append(ours)
            self.procs.append(p)

    def map(self, items: Iterator[tuple[Document, Any]]
            ) -> Iterator[tuple[tuple[Document, Any], Outcome]]:
        """Each item with its document's outcome, in the order of ``items``. Each worker has
        at most :data:`IN_FLIGHT` chunks queued; finished chunks wait for those before them."""
        chunks: dict[int, list[tuple[Document, Any]]] = {}
        done: dict[int, list[Outcome]] = {}
        queued = {c: deque[int]() for c in self.conns}
        sent = nxt = 0
        exhausted = False
        while True:
            for conn in self.conns:   # top every worker up
                while not exhausted and len(queued[conn]) < IN_FLIGHT:
                    chunk = [x for _, x in zip(range(CHUNK), items)]
                    if not chunk:
                        exhausted = True
                        break
                    chunks[sent] = chunk
                    conn.send((sent, [d for d, _ in chunk]))
                    queued[conn].append(sent)
                    sent += 1
            while nxt in done:
                yield from zip(chunks.pop(nxt), done.pop(nxt))
                nxt += 1
            if nxt == sent and exhausted:
                return
            for conn in wait([c for c in self.conns if queued[c]]):
                seq, outcomes = self._recv(conn)
                queued[conn].remove(seq)
                done[seq] = outcomes

    def _recv(self, conn: Connection) -> tuple[int, list[Outcome]]:
        try:
            got: tuple[int, list[Outcome]] = conn.recv()
        except EOFError:
            raise RuntimeError("an extraction worker died") from None
        return got

    def close(self) -> None:
        """Hang up on the workers (they exit on end of file), then make sure they have."""
        for c in self.conns:
            c.close()
        for p in self.procs:
            p.join(timeout=1)   # an idle worker is gone at once; a busy one is not waited for
            if p.is_alive():
                p.terminate()
                p.join()


__all__ = ["default_workers", "extracted_pairs", "PARALLEL_AFTER"]
