"""The planner's reader thread (partition.Prefetched): the batches in order, the reader's
error raised in the consuming thread, and the thread stopped when the consumer leaves."""

from __future__ import annotations

import pytest

from claimledger.reconcile.partition import Prefetched


def test_batches_arrive_in_order() -> None:
    with Prefetched(iter(range(50)), depth=2) as batches:
        assert list(batches) == list(range(50))


def test_the_readers_error_is_raised_by_the_consumer() -> None:
    def reader():
        yield 1
        raise ValueError("broken batch")

    with pytest.raises(ValueError, match="broken batch"):
        with Prefetched(reader()) as batches:
            list(batches)


def test_leaving_early_stops_the_thread() -> None:
    p = Prefetched(iter(range(10_000)), depth=1)
    with p as batches:
        for b in batches:
            if b == 3:
                break
    assert not p.thread.is_alive()
