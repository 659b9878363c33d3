"""Merging sorted runs a block at a time (reconcile/block_merge.py) gives what
``heapq.merge`` gives record by record: the same texts in the same order, ties between runs
(equal keys) taken from the earlier run first, whatever the chunking of each run."""

from __future__ import annotations

import heapq
from operator import itemgetter

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.reconcile.block_merge import merge_blocks


@st.composite
def runs(draw) -> list[list[list[tuple[bytes, bytes]]]]:
    out = []
    for r in range(draw(st.integers(0, 6))):
        keys = sorted(draw(st.lists(st.binary(max_size=3), max_size=30)))
        pairs = [(k, b"r%d:%d" % (r, n)) for n, k in enumerate(keys)]
        chunks, at = [], 0
        while at < len(pairs):
            # empty chunks too, but never two in a row: a run of empty draws would exhaust
            # hypothesis's data (its data_too_large health check failed now and then)
            size = draw(st.integers(0 if not chunks or chunks[-1] else 1, 7))
            chunks.append(pairs[at:at + size])
            at += size
        out.append(chunks)
    return out


@settings(max_examples=500, deadline=None)
@given(runs())
def test_block_merge_equals_heapq_merge(rs) -> None:
    flat = [[p for chunk in run for p in chunk] for run in rs]
    want = [t for _, t in heapq.merge(*flat, key=itemgetter(0))]
    got: list[bytes] = []
    n = merge_blocks((iter([c for c in run if c] if k % 2 else run) for k, run in enumerate(rs)),
                     got.extend)
    assert got == want
    assert n == len(want)


def test_whole_blocks_of_one_run_come_out_together() -> None:
    a = [[(b"a", b"1"), (b"b", b"2")], [(b"c", b"3")]]
    b = [[(b"d", b"4"), (b"e", b"5")]]
    blocks: list[list[bytes]] = []
    assert merge_blocks([iter(a), iter(b)], blocks.append) == 5
    assert blocks == [[b"1", b"2"], [b"3"], [b"4", b"5"]]
