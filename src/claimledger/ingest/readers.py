"""One reader per input format; each yields :class:`Record` objects one at a time.

Readers only turn bytes into text plus whatever metadata the input itself carries; ids,
``--meta`` and datelines are applied afterwards in one place (``ingest/__init__.py``), so
every format gets the same treatment. JSONL and CSV are read row by row, never whole, so a
corpus file of any size streams in constant memory.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.ingest.decoding import decode_bytes
from claimledger.ingest.errors import ErrorHandler, IngestError, warn
from claimledger.ingest.fsopen import ARCHIVE_SUFFIXES
from claimledger.ingest.html import extract_html

#: Inputs larger than this are refused with a message rather than read: one article is
#: never this big, and a pathological file must not stall a batch. Corpus files (JSONL,
#: CSV) are exempt because they stream; the limit then applies to each row.
MAX_DOC_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | ARCHIVE_SUFFIXES

# field names accepted in JSONL objects and CSV headers, by Document attribute
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id"),
    "text": ("text", "body", "content"),
    "html": ("html",),
    "outlet": ("outlet", "source", "sitename"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at"),
    "language": ("language", "lang"),
    "title": ("title", "headline"),
}

# the 10kGNAD layout: no header, "label;'text'" with single-quote quoting
_GNAD_FIRST_LINE = re.compile(r"^[^;'\",\t\n]{1,60};'")
csv.field_size_limit(MAX_DOC_BYTES)


@dataclass
class Record:
    """A document as read, before ids, metadata and datelines are settled."""

    name: str                      # for messages: the path, or "path:LINE"
    default_id: str                # file stem, or stem-LINE for rows
    text: str
    path: Path | None = None       # set for one-file-one-document inputs (meta by path)
    id: str | None = None          # an id the input states itself
    fields: dict[str, Any] = field(default_factory=dict)   # outlet/url/published/...
    published_from: str | None = None   # "given" or "html" when fields has "published"


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("empty document")


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_DOC_BYTES:
        raise IngestError(f"too large ({size / 1e6:.1f} MB; limit {MAX_DOC_BYTES / 1e6:.0f} MB "
                          "per document — split it or use JSONL)")
    return path.read_bytes()


def read_text_file(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """A plain-text article; a non-UTF-8 file is recovered with a warning."""
    dec = decode_bytes(_read_bytes(path))
    if dec.recovered:
        warn(on_error, str(path), f"not UTF-8; decoded as {dec.encoding}")
    _check_text(dec.text)
    yield Record(name=str(path), default_id=path.stem, text=dec.text, path=path)


def _html_record(name: str, default_id: str, content: bytes | str, url: str | None,
                 path: Path | None = None) -> Record:
    ex = extract_html(content, url)
    fields: dict[str, Any] = {k: v for k, v in (("title", ex.title), ("outlet", ex.outlet),
                                                ("url", ex.url), ("language", ex.language))
                              if v}
    rec = Record(name=name, default_id=default_id, text=ex.text, path=path, fields=fields)
    if ex.date:
        rec.fields["published"] = ex.date
        rec.published_from = "html"
    return rec


def read_html_file(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """An HTML page: its main text, without comments, plus title/date/site/url."""
    data = _read_bytes(path)
    if not data.strip():
        raise IngestError("empty document")
    yield _html_record(str(path), path.stem, data, None, path)


def _pick(obj: dict[str, Any], key: str) -> Any:
    for alias in FIELD_ALIASES[key]:
        v = obj.get(alias)
        if v not in (None, ""):
            return v
    return None


def _row_record(obj: dict[str, Any], name: str, default_id: str) -> Record:
    """A JSONL object or CSV row (as a dict) -> Record; ``text`` wins over ``html``."""
    text = _pick(obj, "text")
    html = _pick(obj, "html")
    url = _pick(obj, "url")
    if text is not None and not isinstance(text, str):
        raise IngestError("'text' is not a string")
    if text is None and html is None:
        present = any(a in obj for a in FIELD_ALIASES["text"] + FIELD_ALIASES["html"])
        raise IngestError("empty document" if present else "no 'text' or 'html' field")
    if text is not None:
        rec = Record(name=name, default_id=default_id, text=text)
    else:
        if not isinstance(html, str):
            raise IngestError("'html' is not a string")
        rec = _html_record(name, default_id, html, str(url) if url else None)
    _check_text(rec.text)
    given_id = _pick(obj, "id")
    rec.id = str(given_id) if given_id is not None else None
    for key in ("outlet", "url", "language", "title"):
        v = _pick(obj, key)
        if v is not None:
            rec.fields[key] = str(v)
    pub = _pick(obj, "published")
    if pub is not None:
        rec.fields["published"] = pub
        rec.published_from = "given"
    return rec


def read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """One article a line; a bad line is reported as ``file:LINE`` and skipped."""
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > MAX_DOC_BYTES:
                on_error(where, f"line too large ({len(raw) / 1e6:.1f} MB)")
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
                if not isinstance(obj, dict):
                    raise IngestError("not a JSON object")
                yield _row_record(obj, where, f"{path.stem}-{lineno}")
            except UnicodeDecodeError as e:
                on_error(where, f"not UTF-8 ({e.reason} at byte {e.start})")
            except json.JSONDecodeError as e:
                on_error(where, f"malformed JSON: {e.msg} (column {e.colno})")
            except IngestError as e:
                on_error(where, str(e))


def _csv_encoding(path: Path, on_error: ErrorHandler) -> str:
    """UTF-8 unless the first 64 KB say otherwise (then cp1252, with a warning)."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    if b"\x00" in head:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:   # not just a character cut at the sample's end
            warn(on_error, str(path), "not UTF-8; decoded as cp1252")
            return "cp1252"
    return "utf-8-sig"


def read_csv(path: Path, on_error: ErrorHandler) -> Iterator[Record]:
    """Articles as CSV rows: with a header naming a ``text`` (or ``html``) column, or the
    header-less 10kGNAD layout ``label;'text'``. The layout is decided once from the first
    line, not guessed per row."""
    enc = _csv_encoding(path, on_error)
    with path.open("r", encoding=enc, errors="replace" if enc == "cp1252" else "strict",
                   newline="") as fh:
        first = fh.readline()
        if not first.strip():
            raise IngestError("empty document")
        if _GNAD_FIRST_LINE.match(first):
            yield from _read_gnad(path, fh, first, on_error)
            return
        header, delim = _csv_header(first)
        for where, n, row in _csv_rows(csv.reader(fh, delimiter=delim), path, 2, on_error):
            if len(row) != len(header):
                on_error(where, f"row has {len(row)} fields, header has {len(header)}")
                continue
            try:
                yield _row_record(dict(zip(header, row)), where, f"{path.stem}-{n}")
            except IngestError as e:
                on_error(where, str(e))


def _csv_rows(reader: Any, path: Path, line_offset: int, on_error: ErrorHandler
              ) -> Iterator[tuple[str, int, list[str]]]:
    """Non-blank rows with where they start (``file:line``) and their 1-based row number;
    a malformed row is reported and skipped, the rest of the file is still read."""
    n = 0
    while True:
        start = reader.line_num + line_offset
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            on_error(f"{path}:{start}", f"malformed CSV row: {e}")
            continue
        if not row or not any(c.strip() for c in row):
            continue
        n += 1
        yield f"{path}:{start}", n, row


def _csv_header(first: str) -> tuple[list[str], str]:
    wanted = set(FIELD_ALIASES["text"]) | set(FIELD_ALIASES["html"])
    for delim in (",", ";", "\t", "|"):
        cols = [c.strip().strip('"').strip().lower() for c in next(csv.reader([first], delimiter=delim))]
        if wanted & set(cols):
            return cols, delim
    raise IngestError("CSV has no 'text' (or 'html') column in its header and is not in the "
                      "header-less label;'text' layout")


def _read_gnad(path: Path, fh: io.TextIOBase, first: str, on_error: ErrorHandler
               ) -> Iterator[Record]:
    def lines() -> Iterator[str]:
        yield first
        yield from fh

    reader = csv.reader(lines(), delimiter=";", quotechar="'", doublequote=True)
    for where, n, row in _csv_rows(reader, path, 1, on_error):
        if len(row) != 2:
            on_error(where, f"expected label;'text', got {len(row)} fields")
            continue
        if not row[1].strip():
            on_error(where, "empty document")
            continue
        yield Record(name=where, default_id=f"{path.stem}-{n}", text=row[1])
