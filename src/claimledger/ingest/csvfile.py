"""Articles as CSV rows, read and recovered row by row.

Two things make CSV corpora fragile, and both are handled here rather than by decoding or
parsing the file as a whole:

* **Encoding.** Each physical line is decoded on its own (UTF-8, else mostly-UTF-8 with
  U+FFFD, else cp1252), so one bad byte far into the file costs neither the rows before it
  nor the rows after it, and the warning names the row and the file's byte offset.
* **Quoting.** The parser is strict, so an unclosed quote is an error instead of a field
  that silently swallows the following rows; after an error the file is re-read from the
  line after the bad row's first line (by byte offset, so memory stays constant), and every
  row that is well-formed is still read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from claimledger.ingest.decoding import decode_line
from claimledger.ingest.errors import ErrorHandler, IngestError, warn
from claimledger.ingest.record import FIELD_ALIASES, MAX_DOC_BYTES, Record, row_record

# the 10kGNAD layout: no header, "label;'text'" with single-quote quoting
_GNAD_FIRST_LINE = re.compile(r"^[^;'\",\t\n]{1,60};'")
csv.field_size_limit(MAX_DOC_BYTES)


class _Lines:
    """The decoded lines of a binary file, with line numbers and byte offsets; restartable
    at a byte offset. Iterated by ``csv.reader``, which pulls one physical line at a time."""

    def __init__(self, fh: IO[bytes], path: Path, on_error: ErrorHandler) -> None:
        self.fh, self.path, self.on_error = fh, path, on_error
        self.lineno = 0          # lines consumed so far
        self.offset = 0          # byte offset of the next line
        self.recovered = 0       # lines that were not valid UTF-8
        self._how: str | None = None

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        raw = self.fh.readline(MAX_DOC_BYTES + 1)
        if not raw:
            raise StopIteration
        start = self.offset
        self.lineno += 1
        self.offset += len(raw)
        if b"\x00" in raw:
            raise csv.Error(f"NUL byte at byte {start + raw.index(0)}")
        text, how = decode_line(raw, first=start == 0)
        if how is not None:
            self.recovered += 1
            if self._how is None:
                self._how = how
                bad = _first_bad(raw)
                warn(self.on_error, f"{self.path}:{self.lineno}",
                     f"not UTF-8 at byte {start + bad} of the file; lines like this one are "
                     f"decoded as {how}")
        return text

    def restart(self, lineno: int, offset: int) -> None:
        """Continue reading with line ``lineno``, which starts at byte ``offset``."""
        self.fh.seek(offset)
        self.lineno, self.offset = lineno - 1, offset


def _first_bad(raw: bytes) -> int:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return 0


def _records(lines: _Lines, make_reader: Any, on_error: ErrorHandler
             ) -> Iterator[tuple[str, int, list[str]]]:
    """Non-blank rows with where they start (``file:line``) and their 1-based row number.

    A malformed row is reported and skipped; parsing resumes on the line after the line it
    started on, so an unclosed quote costs one row, not the rest of the file."""
    n = 0
    reader = make_reader(lines)
    while True:
        start_line, start_offset = lines.lineno + 1, lines.offset
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            on_error(f"{lines.path}:{start_line}",
                     f"malformed CSV row (byte {start_offset}): {e}; skipped, reading on "
                     f"from line {start_line + 1}")
            lines.restart(start_line, start_offset)
            next(lines, None)          # skip the bad row's first line
            reader = make_reader(lines)
            continue
        if not row or not any(c.strip() for c in row):
            continue
        n += 1
        yield f"{lines.path}:{start_line}", n, row


def _csv_header(first: str) -> tuple[list[str], str]:
    wanted = set(FIELD_ALIASES["text"]) | set(FIELD_ALIASES["html"])
    for delim in (",", ";", "\t", "|"):
        try:
            cells = next(csv.reader([first], delimiter=delim), [])
        except csv.Error:
            continue  # a header line this delimiter cannot parse (a stray carriage return)
        cols = [c.strip().strip('"').strip().lower() for c in cells]
        if wanted & set(cols):
            return cols, delim
    raise IngestError("CSV has no 'text' (or 'html') column in its header and is not in the "
                      "header-less label;'text' layout")


def read_csv(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """Articles as CSV rows: with a header naming a ``text`` (or ``html``) column, or the
    header-less 10kGNAD layout ``label;'text'``. The layout is decided once from the first
    line, not guessed per row."""
    with path.open("rb") as fh:
        lines = _Lines(fh, path, on_error)
        try:
            first = next(lines)
        except StopIteration:
            raise IngestError("empty document") from None
        except csv.Error as e:
            raise IngestError(f"binary file ({e})") from None
        if not first.strip():
            raise IngestError("empty document")
        if _GNAD_FIRST_LINE.match(first):
            lines.restart(1, 0)
            yield from _read_gnad(path, lines, on_error)
        else:
            yield from _read_with_header(path, lines, first, on_error)
        if lines.recovered > 1:
            warn(on_error, str(path), f"{lines.recovered} lines were not valid UTF-8")


def _read_with_header(path: Path, lines: _Lines, first: str, on_error: ErrorHandler
                      ) -> Iterator[Record]:
    header, delim = _csv_header(first)
    rows = _records(lines, lambda src: csv.reader(src, delimiter=delim, strict=True), on_error)
    for where, n, row in rows:
        if len(row) != len(header):
            on_error(where, f"row has {len(row)} fields, header has {len(header)}")
            continue
        try:
            yield row_record(dict(zip(header, row)), where, f"{path.stem}-{n}", on_error)
        except IngestError as e:
            on_error(where, str(e))
        except (ValueError, TypeError, RecursionError) as e:
            on_error(where, f"unreadable row: {type(e).__name__}: {e}")


def _read_gnad(path: Path, lines: _Lines, on_error: ErrorHandler) -> Iterator[Record]:
    def make(src: _Lines) -> Any:
        return csv.reader(src, delimiter=";", quotechar="'", doublequote=True, strict=True)

    for where, n, row in _records(lines, make, on_error):
        if len(row) != 2:
            on_error(where, f"expected label;'text', got {len(row)} fields")
            continue
        if not row[1].strip():
            on_error(where, "empty document")
            continue
        # the label is the article's section ("Inland", "Wissenschaft")
        fields = {"section": row[0].strip()} if row[0].strip() else {}
        yield Record(name=where, default_id=f"{path.stem}-{n}", text=row[1], fields=fields)
