"""WARC archives (Common Crawl's CC-NEWS and other web crawls) as a source of articles.

A WARC file holds many HTTP responses. Each HTML response becomes one article through the
same trafilatura path as a saved page (:func:`claimledger.ingest.html.extract_html`), so its
spans refer to the extracted main text exactly as for ``.html`` files. The record supplies
what a saved page lacks: the URL it was fetched from, and a date. The record's date wins over
the page's: a news crawl fetches articles as they appear, while a page without date metadata
makes trafilatura guess one from any year in the navigation ("2025" -> 1 January). The page's
date is used only for records without a date.

Requests, metadata records, redirects, errors and non-HTML payloads (images, feeds) are not
articles and are passed over silently; an HTML page without main text is reported like any
unreadable input. Document ids are ``<file stem>-<record number>``, stable for a given file.

The distributed engine reads archives on its workers, not in the process that plans the
work: :func:`deferring_archives` makes this reader hand the file over instead of reading it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from claimledger.ingest.errors import ErrorHandler, IngestError
from claimledger.ingest.fsopen import FsPath, as_gz_view, open_binary
from claimledger.ingest.html import extract_html
from claimledger.ingest.readers import MAX_DOC_BYTES, Record, read_csv, read_jsonl

Reader = Callable[[Any, ErrorHandler], Iterator[Record]]

#: what a deferred archive tells ingest's error handler (the planner filters it out)
DEFERRED = "deferred: read by a worker"

_DEFERRED: ContextVar[list[Path | FsPath] | None] = ContextVar("claimledger_warc_deferred",
                                                               default=None)


@contextmanager
def deferring_archives(into: list[Path | FsPath] | None = None
                       ) -> Iterator[list[Path | FsPath]]:
    """While active, WARC inputs are collected into the yielded list instead of being read
    (the caller schedules them elsewhere, e.g. on Dask workers). Keep it active only around
    advancing a document stream: a generator shares its caller's context, so a deferral left
    open across a ``yield`` would also stop the worker-side read in the same process."""
    found: list[Path | FsPath] = into if into is not None else []
    token = _DEFERRED.set(found)
    try:
        yield found
    finally:
        _DEFERRED.reset(token)


def archive_stem(path: Path | FsPath) -> str:
    """File name without ``.warc``/``.warc.gz``/``.gz``: the prefix of its documents' ids."""
    name = path.name
    for suf in (".warc.gz", ".gz", ".warc"):
        if name.lower().endswith(suf):
            return name[: -len(suf)]
    return Path(name).stem


def read_warc(path: Path | FsPath, on_error: ErrorHandler) -> Iterator[Record]:
    """One record per HTML response of a WARC or WARC.gz file, streamed."""
    deferred = _DEFERRED.get()
    if deferred is not None:
        deferred.append(path)
        # said, so that ingest does not report the file as empty; the planner drops it
        on_error(str(path), DEFERRED)
        return
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = archive_stem(path)
    with open_binary(path) as fh:
        try:
            for n, rec in enumerate(ArchiveIterator(fh), 1):
                out = _record(rec, path, stem, n, on_error)
                if out is not None:
                    yield out
        except ArchiveLoadFailed as e:
            raise IngestError(f"not a readable WARC file: {str(e).strip()[:200]}") from None


def _record(rec: Any, path: Path | FsPath, stem: str, n: int,
            on_error: ErrorHandler) -> Record | None:
    """The article of one WARC record, or None when the record is not an HTML page."""
    if rec.rec_type not in ("response", "resource"):
        return None
    headers = rec.http_headers if rec.rec_type == "response" else rec.rec_headers
    if rec.rec_type == "response":
        if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
            return None
    ctype = (headers.get_header("Content-Type") if headers is not None else None) or ""
    if "html" not in ctype.lower():
        return None
    where = f"{path}:{n}"
    url = rec.rec_headers.get_header("WARC-Target-URI")
    data = rec.content_stream().read(MAX_DOC_BYTES + 1)
    if len(data) > MAX_DOC_BYTES:
        on_error(where, f"record too large (over {MAX_DOC_BYTES / 1e6:.0f} MB)")
        return None
    try:
        ex = extract_html(data, url)
    except IngestError as e:
        on_error(where, f"{e} ({url})" if url else str(e))
        return None
    fields: dict[str, Any] = {k: v for k, v in (("title", ex.title), ("language", ex.language))
                              if v}
    fields["url"] = url or ex.url
    outlet = ex.outlet or (urlsplit(url).hostname if url else None)
    if outlet:
        fields["outlet"] = outlet
    published_from = None
    record_date = rec.rec_headers.get_header("WARC-Date")
    if record_date:
        fields["published"], published_from = record_date[:10], "given"
    elif ex.date:
        fields["published"], published_from = ex.date, "html"
    return Record(name=where, default_id=f"{stem}-{n}", text=ex.text, fields=fields,
                  published_from=published_from)


def _gz(plain: Reader) -> Reader:
    """A reader of the decompressed content of a ``.gz`` file, under its inner name."""
    def read_gz(p: Path | FsPath, on_error: ErrorHandler) -> Iterator[Record]:
        yield from plain(as_gz_view(p), on_error)

    return read_gz


#: double suffix -> reader, for the ingest dispatch table: WARC archives, and the streamed
#: corpus formats gzip-compressed (their rows are read by the ordinary reader through a
#: decompressing view, so every rule of the format applies unchanged)
ARCHIVE_READERS: dict[str, Reader] = {
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".jsonl.gz": _gz(read_jsonl),
    ".csv.gz": _gz(read_csv),
}


def archive_reader(path: Path | FsPath) -> Reader | None:
    """The reader for a WARC or compressed corpus file (longest suffix wins), else None."""
    name = path.name.lower()
    best = max((s for s in ARCHIVE_READERS if name.endswith(s) and len(name) > len(s)),
               key=len, default=None)
    return ARCHIVE_READERS[best] if best is not None else None


__all__ = ["ARCHIVE_READERS", "DEFERRED", "archive_reader", "archive_stem", "deferring_archives",
           "read_warc"]
