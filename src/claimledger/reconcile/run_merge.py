"""Sorted runs on disk, and their merge into the ledger file.

Each bucket's worker writes one run per section (:func:`write_runs`) as two files: the
records' merge keys (pickled in chunks) and their text, every record preceded by the ", "
that separates records in the ledger, with the offset where each record starts. The driver
merges the keys alone (:func:`.block_merge.merge_blocks`): what it merges is where each
record is, not the record, and a block of one run's consecutive records is one range of
that run's text file — copied into the ledger by the kernel (``copy_file_range``) when the
ledger is a regular file, without the text ever passing through Python. Before, the text
travelled pickled beside its key: pickled by the worker, unpickled, joined and written again
by the driver — gigabytes at ten million claims, a copy in user space at every step.
"""

from __future__ import annotations

import codecs
import os
import pickle
from bisect import bisect_right
from collections.abc import Iterator
from typing import IO, Any

import numpy as np

from claimledger.reconcile.block_merge import merge_blocks

#: the sections of Contract 2, in the order ``Ledger.to_json`` writes them
SECTIONS = ("series", "disagreements", "updates", "relations", "gaps")

#: keys pickled together: one pickle call per record cost the driver's merge more than the
#: merging itself
CHUNK = 1024

Run = list[tuple[Any, bytes]]   # (merge key, the record as compact JSON in UTF-8)
_SEP = b", "


def write_runs(runs: dict[str, Run], prefix: str) -> dict[str, str]:
    """Write each section's sorted run under ``<prefix>.<section>``: there a header (how
    many records, how many bytes of text) and the keys in pickled lists of up to
    :data:`CHUNK`; in ``.text`` each record's text after a ", "; in ``.at`` where each
    record starts in it and where the last ends (int64)."""
    paths = {}
    for section, run in runs.items():
        path = paths[section] = f"{prefix}.{section}"
        texts = [t for _, t in run]
        lengths = np.fromiter(map(len, texts), np.int64, len(texts))
        with open(path, "wb") as f:
            pickle.dump((len(run), int(lengths.sum())), f)
            # a pickler (and an unpickler) per chunk: one for the whole stream memoizes every
            # object it has seen, and the driver's unpickler kept every key alive to the end
            for i in range(0, len(run), CHUNK):
                pickle.dump([k for k, _ in run[i:i + CHUNK]], f,
                            protocol=pickle.HIGHEST_PROTOCOL)
        with open(path + ".text", "wb") as f:
            # a few hundred kilobytes at a time: one join of the whole run took fresh pages
            # from the system for tens of megabytes, a bucket at a time
            for i in range(0, len(texts), CHUNK):
                f.write(_SEP + _SEP.join(texts[i:i + CHUNK]))
        starts = np.zeros(len(texts) + 1, np.int64)
        np.cumsum(lengths + len(_SEP), out=starts[1:])
        starts.tofile(path + ".at")
    return paths


def _header(path: str) -> tuple[int, int]:
    """(records, bytes of their text) of a run."""
    with open(path, "rb") as f:
        return pickle.load(f)


def _read_keys(path: str, base: int) -> Iterator[list[tuple[Any, int]]]:
    """The run's keys in chunks, each paired with its record's number among all the
    section's runs (``base``: how many records the runs before this one hold)."""
    with open(path, "rb") as f:
        pickle.load(f)   # the header
        while True:
            try:
                keys = pickle.load(f)
            except EOFError:
                return
            yield list(zip(keys, range(base, base + len(keys))))
            base += len(keys)


class _Sink:
    """Bytes to ``out``: straight to its binary buffer when it has one and writes UTF-8 (a
    file, stdout), else decoded (a StringIO); collected and written about a megabyte at a
    time. ``raw`` gives the binary file to write to instead."""

    def __init__(self, out: IO[str] | None, raw: Any = None) -> None:
        self.out = out
        buffer = getattr(out, "buffer", None)
        encoding = getattr(out, "encoding", None) or ""
        self.raw = raw if raw is not None else (
            buffer if buffer is not None and codecs.lookup(encoding).name == "utf-8" else None)
        if self.raw is not None and out is not None:
            out.flush()
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, b: bytes) -> None:
        self.parts.append(b)
        self.size += len(b)
        if self.size >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        data = b"".join(self.parts)
        self.parts, self.size = [], 0
        if self.raw is not None:
            self.raw.write(data)
        elif self.out is not None:
            self.out.write(data.decode("utf-8"))

    def copy(self, path: str) -> None:
        """Append the bytes of the file at ``path``."""
        self.flush()
        decode = codecs.getincrementaldecoder("utf-8")().decode
        with open(path, "rb") as f:
            while chunk := f.read(1 << 22):
                if self.raw is not None:
                    self.raw.write(chunk)
                elif self.out is not None:
                    self.out.write(decode(chunk))
        if self.raw is None and self.out is not None:
            self.out.write(decode(b"", True))

    def copy_range(self, fd: int, start: int, end: int) -> None:
        """Append bytes ``start:end`` of the open file ``fd``."""
        while start < end:
            data = os.pread(fd, min(end - start, 1 << 24), start)
            if not data:
                raise RuntimeError("a run's text ended early")
            self.write(data)
            start += len(data)


#: ranges at least this long are copied by the kernel (``copy_file_range``); shorter ones
#: are read and written a megabyte at a time — a system call per short block cost more
KERNEL_COPY_FROM = 1 << 18


class _At:
    """A binary file written from ``offset`` on with ``os.pwrite`` (the file's own position,
    shared with the other processes writing into it, is left alone); ranges of other files
    are appended by :meth:`copy_range`. Call :meth:`flush` at the end."""

    def __init__(self, fd: int, offset: int) -> None:
        self.fd, self.offset = fd, offset
        self.kernel_copy = hasattr(os, "copy_file_range")
        self.held: list[bytes] = []
        self.n_held = 0

    def write(self, data: bytes) -> int:
        self.held.append(data)
        self.n_held += len(data)
        if self.n_held >= 1 << 20:
            self.flush()
        return len(data)

    def flush(self) -> None:
        """Write what is held."""
        data = b"".join(self.held) if len(self.held) != 1 else self.held[0]
        self.held, self.n_held = [], 0
        view = memoryview(data)
        while view:
            n = os.pwrite(self.fd, view, self.offset)
            self.offset += n
            view = view[n:]

    def copy_range(self, fd: int, start: int, end: int) -> None:
        """Append bytes ``start:end`` of the open file ``fd``."""
        if self.kernel_copy and end - start >= KERNEL_COPY_FROM:
            self.flush()
            while start < end:
                try:
                    n = os.copy_file_range(fd, self.fd, end - start, start, self.offset)
                except OSError:   # not between these files here: through user space
                    self.kernel_copy = False
                    break
                if n <= 0:
                    raise RuntimeError("a run's text ended early")
                start += n
                self.offset += n
        while start < end:
            data = os.pread(fd, min(end - start, 1 << 24), start)
            if not data:
                raise RuntimeError("a run's text ended early")
            self.write(data)
            start += len(data)


class _Ranges:
    """The merged records of one section handed to ``out`` as ranges of the runs' text
    files: consecutive blocks of one run are one range, and the first record's leading
    separator is left out."""

    def __init__(self, paths: list[str], out: _Sink | _At) -> None:
        self.out = out
        self.bases: list[int] = []
        n = 0
        for p in paths:
            self.bases.append(n)
            n += _header(p)[0]
        self.starts = [np.fromfile(p + ".at", np.int64) for p in paths]
        self.fds = [os.open(p + ".text", os.O_RDONLY) for p in paths]
        self.run, self.start, self.end = -1, 0, 0
        self.first = True

    def emit(self, numbers: list[int]) -> None:
        """A block of records (their numbers among all runs), all of one run, in order."""
        r = bisect_right(self.bases, numbers[0]) - 1
        starts, base = self.starts[r], self.bases[r]
        a, b = int(starts[numbers[0] - base]), int(starts[numbers[-1] - base + 1])
        if r == self.run and a == self.end:
            self.end = b
            return
        self.flush()
        self.run, self.start, self.end = r, a, b

    def flush(self) -> None:
        if self.run >= 0:
            start = self.start + (len(_SEP) if self.first else 0)
            self.first = False
            self.out.copy_range(self.fds[self.run], start, self.end)
        self.run = -1

    def close(self) -> None:
        self.flush()
        for fd in self.fds:
            os.close(fd)


def merge_section(paths: list[str], out: _Sink | _At) -> int:
    """The records of one section's runs in merge order (:func:`.block_merge.merge_blocks`
    over the keys: a block of one run at a time), separated by ", ", to ``out``; how many."""
    ranges = _Ranges(paths, out)
    try:
        count = merge_blocks((_read_keys(p, base) for p, base in zip(paths, ranges.bases)),
                             ranges.emit)
    finally:
        ranges.close()
    out.flush()
    return count


__all__ = ["CHUNK", "SECTIONS", "merge_section", "write_runs"]
