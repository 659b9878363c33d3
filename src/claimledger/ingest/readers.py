"""One reader per input format; each yields :class:`Record` objects one at a time.

Readers only turn bytes into text plus whatever metadata the input itself carries; ids,
``--meta`` and datelines are applied afterwards in one place (``ingest/__init__.py``), so
every format gets the same treatment. JSONL and CSV are read row by row, never whole, so a
corpus file of any size streams in constant memory, and a bad row costs only that row: each
reader catches what goes wrong with one record and reports it as ``file:LINE``.

:data:`READERS` is the one table from file-name suffix to reader; a new format registers
itself there.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimledger.ingest.csvfile import read_csv
from claimledger.ingest.decoding import decode_bytes
from claimledger.ingest.errors import ErrorHandler, IngestError, warn
from claimledger.ingest.html import html_record
from claimledger.ingest.record import FIELD_ALIASES, MAX_DOC_BYTES, Record, row_record

Reader = Callable[[Path, ErrorHandler], Iterator[Record]]

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
CSV_SUFFIXES = {".csv"}


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("empty document")


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what it is: FIFOs and devices never end (or block
    forever), so they are refused before anything reads them."""
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def read_bounded(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refusing anything else and anything over ``limit``.

    The size is checked on the open descriptor and the read itself is bounded, so a file
    that grows, or a special file that slipped past the directory walk, cannot make a reader
    swallow unbounded input."""
    limit = MAX_DOC_BYTES if limit is None else limit
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        kind = file_kind(st.st_mode)
        if kind is not None:
            raise IngestError(f"{kind}, not a regular file")
        if st.st_size > limit:
            raise IngestError(f"too large ({st.st_size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB "
                              "per document — split it or use JSONL)")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise IngestError(f"too large (over {limit / 1e6:.0f} MB per document)")
    return data


def read_text_file(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """A plain-text article; a non-UTF-8 file is recovered with a warning."""
    dec = decode_bytes(read_bounded(path))
    if dec.note:
        warn(on_error, str(path), dec.note)
    _check_text(dec.text)
    yield Record(name=str(path), default_id=path.stem, text=dec.text, path=path)


def read_html_file(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """An HTML page: its main text, without comments, plus title/date/site/url."""
    data = read_bounded(path)
    if not data.strip():
        raise IngestError("empty document")
    yield html_record(str(path), path.stem, data, None, on_error, path)


def _lines(fh: Any, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a binary file; a line over ``limit`` bytes comes as None and
    is skipped without being held in memory."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw


def read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """One article a line; a bad line is reported as ``file:LINE`` and skipped."""
    with path.open("rb") as fh:
        for lineno, raw in _lines(fh, MAX_DOC_BYTES):
            where = f"{path}:{lineno}"
            if raw is None:
                on_error(where, f"line too large (over {MAX_DOC_BYTES / 1e6:.0f} MB)")
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
                if not isinstance(obj, dict):
                    raise IngestError("not a JSON object")
                yield row_record(obj, where, f"{path.stem}-{lineno}", on_error)
            except UnicodeDecodeError as e:
                on_error(where, f"not UTF-8 ({e.reason} at byte {e.start})")
            except json.JSONDecodeError as e:
                on_error(where, f"malformed JSON: {e.msg} (column {e.colno})")
            except IngestError as e:
                on_error(where, str(e))
            except (ValueError, RecursionError, TypeError) as e:
                on_error(where, f"unreadable record: {type(e).__name__}: {e}")


#: file-name suffix -> reader: the one dispatch table. The longest matching suffix wins,
#: so a double suffix such as ``.jsonl.gz`` can have its own reader.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}
SUFFIXES = set(READERS)


def reader_for(path: Path) -> Reader | None:
    """The reader of ``path`` by its suffix (case-insensitive), or None."""
    name = path.name.lower()
    best = max((s for s in READERS if name.endswith(s) and len(name) > len(s)),
               key=len, default=None)
    return READERS[best] if best is not None else None


__all__ = ["READERS", "SUFFIXES", "Reader", "Record", "reader_for", "read_bounded", "file_kind",
           "read_text_file", "read_html_file", "read_jsonl", "read_csv", "html_record",
           "FIELD_ALIASES", "MAX_DOC_BYTES", "TEXT_SUFFIXES", "HTML_SUFFIXES",
           "JSONL_SUFFIXES", "CSV_SUFFIXES"]
