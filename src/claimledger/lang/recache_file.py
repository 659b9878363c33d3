"""The file of :mod:`claimledger.lang.recache`: compiled regex programs, each read only when asked for.

The cache directory is shared by every process and every version of the code on a machine, so
its file collects the patterns of many versions (thousands of entries, megabytes), while one
process asks for a few hundred. Reading and unmarshalling the whole file cost a process more
than the compiles it saved (about 0.04-0.08 s of the first document for a 7 MB file of 1,649
entries, of which a process used 212). So the file holds an index — a digest of each pattern
and its flags, to where its entry lies — and the entries as separate records: a process
unmarshals the index and, for each pattern it compiles, that one record.

Layout: the header line, a CRC-32 and the length of the index, the index (marshalled: digest
-> (offset in the records, length, CRC-32 of the record)), then the records (each a marshalled
``(pattern, flags, args)``). A record is trusted only when its CRC and its own pattern and
flags agree; a damaged index makes the file empty; a damaged record is a miss.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any

HEADER = b"claimledger-regex-cache 3\n"
_CRC = 4  # bytes of a CRC-32
_LEN = 4  # bytes of the index length

Key = tuple[str, int]
#: digest of a key -> (offset of its record after the index, length, CRC-32 of the record)
Index = dict[bytes, tuple[int, int, int]]


def digest(key: Key) -> bytes:
    """Where a pattern is filed: 16 bytes of BLAKE2b over the pattern and its flags."""
    p, flags = key
    return hashlib.blake2b(f"{flags}\0".encode() + p.encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


class CacheFile:
    """One read of the cache file: its index and its records, as bytes."""

    def __init__(self, data: bytes | mmap.mmap = b"", base: int = 0, index: Index | None = None) -> None:
        self.data, self.base, self.index = data, base, index or {}

    def record(self, dg: bytes) -> bytes | None:
        """The record filed under ``dg`` when it is whole (its CRC agrees), else None."""
        got = self.index.get(dg)
        if got is None:
            return None
        off, length, crc = got
        raw = self.data[self.base + off:self.base + off + length]
        return raw if len(raw) == length and zlib.crc32(raw) == crc else None

    def args(self, key: Key, valid: Any) -> Any:
        """The compile arguments filed for ``key``, or None (not there, damaged, another
        pattern under the same digest, or not of the shape ``valid`` accepts)."""
        raw = self.record(digest(key))
        if raw is None:
            return None
        try:
            obj = marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            return None
        if not (isinstance(obj, tuple) and len(obj) == 3 and obj[0] == key[0] and obj[1] == key[1]
                and valid(obj[2])):
            return None
        return obj[2]


def read(path: Path) -> CacheFile:
    """The file at ``path``; an empty one when it is missing, foreign or its index damaged.
    Mapped, not read: only the pages of the index and of the records asked for are touched
    (a writer replaces the file by another, so the mapped one never changes under us)."""
    try:
        with open(path, "rb") as fh:
            data: bytes | mmap.mmap = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, or empty (an empty file cannot be mapped)
        return CacheFile()
    start = len(HEADER) + _CRC + _LEN
    if len(data) < start or data[:len(HEADER)] != HEADER:
        return CacheFile()
    crc = int.from_bytes(data[len(HEADER):len(HEADER) + _CRC], "big")
    size = int.from_bytes(data[len(HEADER) + _CRC:start], "big")
    raw = data[start:start + size]
    if len(raw) != size or zlib.crc32(raw) != crc:
        return CacheFile()
    try:
        index = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return CacheFile()
    if not (isinstance(index, dict) and all(
            isinstance(k, bytes) and isinstance(v, tuple) and len(v) == 3
            and all(isinstance(x, int) for x in v) for k, v in index.items())):
        return CacheFile()
    return CacheFile(data, start + size, index)


def encode(key: Key, args: Any) -> bytes:
    """The record of one pattern."""
    return marshal.dumps((key[0], key[1], args))


def write(path: Path, records: dict[bytes, bytes]) -> None:
    """Replace the file at ``path`` by one of ``records`` (digest -> record), atomically;
    an unwritable directory is no error (no cache)."""
    index: Index = {}
    off = 0
    for dg, raw in records.items():
        index[dg] = (off, len(raw), zlib.crc32(raw))
        off += len(raw)
    head = marshal.dumps(index)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(HEADER + zlib.crc32(head).to_bytes(_CRC, "big") + len(head).to_bytes(_LEN, "big"))
                fh.write(head)
                for raw in records.values():
                    fh.write(raw)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # an unwritable cache is no cache


def whole_records(f: CacheFile) -> dict[bytes, bytes]:
    """Every whole record of a file, by digest (to carry them into the next file)."""
    out = {}
    for dg in f.index:
        raw = f.record(dg)
        if raw is not None:
            out[dg] = raw
    return out
