"""ingest: files, directories, HTML, JSONL, CSV and ``--meta`` -> :class:`Document`.

``read_documents`` is a generator: a corpus is never held in memory, a bad input is
reported through ``on_error`` and skipped, and the batch continues. Pass an
:class:`IngestReport` to learn afterwards how many documents were read and how many
inputs failed (the CLI exits non-zero only when nothing could be read).

Rules that every format shares live here: document ids (metadata id, else the id the
input states, else the file stem / ``stem-LINE``), metadata precedence (``--meta`` over
what the input says), the language (metadata, else ``lang``, else "de") and the
publication date (given or from HTML metadata, else a dateline found in the text).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from claimledger.ingest.dateline import find_dateline
from claimledger.ingest.errors import (
    WARNING_PREFIX, ErrorHandler, IngestError, IngestReport, default_on_error, warn,
)
from claimledger.ingest.fsopen import expand_url, is_url
from claimledger.ingest.meta import MetaIndex, parse_date
from claimledger.ingest.readers import (
    CSV_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, MAX_DOC_BYTES, SUFFIXES, Record, read_csv,
    read_html_file, read_jsonl, read_text_file,
)
from claimledger.ingest.warc import archive_reader
from claimledger.lang import LanguagePackError, load_pack
from claimledger.model import Document

#: a file of this name inside a directory is that directory's metadata, not an article
META_NAME = "meta.jsonl"
DEFAULT_LANG = "de"


def iter_input_files(paths: Sequence[str | Path], on_error: ErrorHandler,
                     skip: Callable[[Path], bool] = lambda p: False) -> Iterator[Path]:
    """Expand ``paths``: files as given, directories recursively in sorted order, keeping
    only the known suffixes. A missing path is an error; an unknown suffix given
    explicitly is an error too (a directory silently skips it)."""
    for raw in paths:
        if is_url(raw):  # remote (fsspec) inputs: files, directories and globs
            yield from expand_url(str(raw), SUFFIXES, META_NAME, on_error)  # type: ignore[misc]
            continue
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES and name != META_NAME and not skip(f):
                        yield f
        elif p.is_file():
            if skip(p):
                continue
            if p.suffix.lower() not in SUFFIXES:
                on_error(str(p), f"unsupported file type {p.suffix or '(none)'!r} "
                                 f"(expected {', '.join(sorted(SUFFIXES))})")
                continue
            yield p
        else:
            on_error(str(p), "no such file or directory")


def _reader(path: Path) -> Callable[[Path, ErrorHandler], Iterator[Record]]:
    special = archive_reader(path)  # WARC and .gz inputs
    if special is not None:
        return special
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html_file
    if suffix in JSONL_SUFFIXES:
        return read_jsonl
    if suffix in CSV_SUFFIXES:
        return read_csv
    return read_text_file


def _to_document(rec: Record, metas: MetaIndex, lang: str | None,
                 on_error: ErrorHandler) -> Document:
    """Settle id, metadata, language and publication date of one record."""
    entry = metas.for_file(rec.path) if rec.path is not None else None
    if entry is None:
        entry = metas.for_id(rec.id or rec.default_id)
    fields = dict(rec.fields)
    published_from = rec.published_from
    doc_id = rec.id or rec.default_id
    if entry is not None:
        fields.update(entry.fields)
        if "published" in entry.fields:
            published_from = "given"
        if entry.id:
            doc_id = entry.id
    language = str(fields.get("language") or lang or DEFAULT_LANG)
    published = None
    if fields.get("published") is not None:
        published = parse_date(fields["published"])
        if published is None:
            warn(on_error, rec.name, f"unreadable publication date {fields['published']!r}; "
                                     "looking for a dateline instead")
    if published is None:
        published_from = None
        try:
            pack = load_pack(language)
        except LanguagePackError:
            pack = None
        found = find_dateline(rec.text, pack) if pack is not None else None
        if found is not None:
            published, published_from = found[0], "text"
    return Document(
        id=doc_id, text=rec.text, language=language,
        outlet=fields.get("outlet"), url=fields.get("url"),
        published=published, published_from=published_from,
        path=str(rec.path) if rec.path is not None else rec.name.rsplit(":", 1)[0],
        title=fields.get("title"),
    )


def read_documents(paths: Sequence[str | Path], meta: str | Path | None = None,
                   lang: str | None = None, on_error: ErrorHandler | None = None,
                   report: IngestReport | None = None) -> Iterator[Document]:
    """Stream the documents of ``paths`` (files and directories).

    ``meta`` is a metadata JSONL; a ``meta.jsonl`` inside a given directory is used
    automatically. ``on_error(input, message)`` hears about every input that cannot be
    read and every recovered problem (messages starting with ``"warning: "``); by default
    they go to stderr. ``report`` (optional) is updated as documents stream past.
    """
    report = report if report is not None else IngestReport()
    handler = report.wrap(on_error)
    metas = MetaIndex()
    if meta is not None:
        metas.load(meta, handler)
    for raw in paths:
        auto = Path(raw) / META_NAME
        if Path(raw).is_dir() and auto.is_file() and not metas.is_meta_file(auto):
            metas.load(auto, handler)
    for path in iter_input_files(paths, handler, skip=metas.is_meta_file):
        try:
            for rec in _reader(path)(path, handler):
                doc = _to_document(rec, metas, lang, handler)
                report.documents += 1
                yield doc
        except IngestError as e:
            handler(str(path), str(e))
        except OSError as e:
            handler(str(path), f"cannot read: {e.strerror or e}")
        except UnicodeDecodeError as e:
            handler(str(path), f"cannot decode: {e.reason} at byte {e.start}")
    metas.report_unused(handler)


__all__ = [
    "read_documents", "iter_input_files", "IngestReport", "IngestError", "ErrorHandler",
    "default_on_error", "find_dateline", "WARNING_PREFIX", "MAX_DOC_BYTES", "META_NAME",
]
