"""Merging sorted runs a block at a time instead of a record at a time.

The driver of the parallel ledger merges each section's sorted runs, one per bucket
(:mod:`claimledger.reconcile.runs`). :func:`heapq.merge` pays a heap step and a generator
step in Python for every record — millions at ten million claims, the driver's serial tail.
But the runs rarely interleave record by record: a series' disagreements sort together (by
its subject), and a bucket holds whole groups of neighbouring series keys. So here the run
with the smallest head gives up, in one slice, every record that sorts before the head of
any other run (found by bisection in its chunk), and the heap moves once per such block.

The order is :func:`heapq.merge`'s exactly: by key, and among equal keys by run (the earlier
run first) — ``heapq.merge`` breaks ties by the position of the iterable too.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

Pair = tuple[Any, bytes]   # (merge key, the record's text)
_KEY = itemgetter(0)


def merge_blocks(runs: Iterable[Iterator[list[Pair]]], emit: Callable[[list[bytes]], None]
                 ) -> int:
    """Merge ``runs`` — each an iterator of sorted, non-empty chunks of (key, text) pairs,
    the chunks in order — and hand the texts to ``emit`` in merged order, a block at a time;
    returns how many records there were."""
    heap: list[tuple[Any, int, list[Pair], int, Iterator[list[Pair]]]] = []
    for i, chunks in enumerate(runs):
        chunk = _next(chunks)
        if chunk is not None:
            heap.append((chunk[0][0], i, chunk, 0, chunks))
    heapq.heapify(heap)
    count = 0
    while heap:
        _, i, chunk, pos, chunks = heap[0]
        if len(heap) == 1:   # the last run: the rest of it in order
            count += _emit(chunk, pos, len(chunk), emit)
            for chunk in chunks:
                count += _emit(chunk, 0, len(chunk), emit)
            break
        # the smallest (key, run) among the other heads: heap[1] or heap[2]
        other = heap[1] if len(heap) == 2 or heap[1][:2] < heap[2][:2] else heap[2]
        k2, i2 = other[0], other[1]
        # this run's records before (k2, i2): keys below k2, and equal ones when it is first
        end = (bisect_right if i < i2 else bisect_left)(chunk, k2, pos, len(chunk), key=_KEY)
        if end == pos:   # cannot happen for a sorted run; one record keeps it moving
            end = pos + 1
        count += _emit(chunk, pos, end, emit)
        if end < len(chunk):
            heapq.heapreplace(heap, (chunk[end][0], i, chunk, end, chunks))
            continue
        chunk = _next(chunks)
        if chunk is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (chunk[0][0], i, chunk, 0, chunks))
    return count


def _next(chunks: Iterator[list[Pair]]) -> list[Pair] | None:
    """The next non-empty chunk of a run; None at its end."""
    for chunk in chunks:
        if chunk:
            return chunk
    return None


def _emit(chunk: list[Pair], start: int, end: int, emit: Callable[[list[bytes]], None]) -> int:
    if end > start:
        emit(list(map(_TEXT, chunk[start:end])))
    return end - start


_TEXT = itemgetter(1)


__all__ = ["merge_blocks"]
