"""ingest: files, directories, HTML, JSONL, CSV and ``--meta`` -> :class:`Document`.

``read_documents`` is a generator: a corpus is never held in memory, a bad input is
reported through ``on_error`` and skipped, and the batch continues. Every exception while
reading one file or building one record becomes a message naming the input (``path`` or
``path:LINE``) — never an exception out of the generator. Pass an :class:`IngestReport` to
learn afterwards how many documents were read, how many inputs failed and how many problems
were only warnings.

Rules that every format shares live here: document ids (metadata id, else the id the
input states, else the path relative to the directory given / ``stem-LINE``; unique within
a run), metadata precedence (``--meta`` over what the input says), the language (metadata,
else ``lang``, else "de") and the publication date (given or from HTML metadata, else a
dateline found in the text).

Reading is in two halves: :func:`read_pending` does what must happen in input order, in one
process (records, metadata, unique ids), and :func:`settle_document` the per-document rest
(language, publication date, the dateline search), which the extraction engines run on the
worker that extracts the document. :func:`read_documents` is the two in a row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimledger.ingest.dateline import find_dateline
from claimledger.ingest.errors import (
    WARNING_PREFIX, ErrorHandler, IngestError, IngestReport, default_on_error, warn,
)
from claimledger.ingest.meta import MetaIndex, parse_date
from claimledger.ingest.readers import MAX_DOC_BYTES, READERS, SUFFIXES, Record, reader_for
from claimledger.ingest.walk import META_NAME, InputFile, iter_input_files
from claimledger.ingest.warc import ARCHIVE_READERS

READERS.update(ARCHIVE_READERS)   # WARC and gzip-compressed corpora (ingest/warc.py)
SUFFIXES.update(ARCHIVE_READERS)
from claimledger.lang import LanguagePackError, load_pack
from claimledger.model import Document

DEFAULT_LANG = "de"
# a language code as packs are named: "de", "en", "gsw"; "de-AT" / "de_AT" keep "de"
_LANG_CODE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*")


def text_hash(text: str) -> str:
    """A short, stable hash of a document's text: the tie-breaker of repeated ids."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


@dataclass
class _Ids:
    """Document ids seen in this run, so that no two documents share one.

    A repeated id with a different text gets ``id~<text hash>`` (stable across reruns, so
    re-ingest stays idempotent) and a warning; a repeat of the very same text is a duplicate
    and is skipped with a warning."""

    seen: dict[str, tuple[str, str]] = field(default_factory=dict)   # id -> (input, hash)

    def settle(self, doc_id: str, text: str, name: str, on_error: ErrorHandler) -> str | None:
        h = text_hash(text)
        first = self.seen.get(doc_id)
        if first is None:
            self.seen[doc_id] = (name, h)
            return doc_id
        if first[1] == h:
            warn(on_error, name, f"same id {doc_id!r} and text as {first[0]}; skipped as a "
                                 "duplicate")
            return None
        new_id = f"{doc_id}~{h}"
        again = self.seen.get(new_id)
        if again is not None:
            warn(on_error, name, f"duplicate of {again[0]} (id {new_id!r}); skipped")
            return None
        self.seen[new_id] = (name, h)
        warn(on_error, name, f"id {doc_id!r} is already used by {first[0]}; stored as "
                             f"{new_id!r}")
        return new_id


def _language(fields: dict[str, Any], lang: str | None, name: str, on_error: ErrorHandler) -> str:
    raw = fields.get("language")
    if raw is None:
        return lang or DEFAULT_LANG
    m = _LANG_CODE.fullmatch(str(raw).strip().lower())
    if m is None:
        fallback = lang or DEFAULT_LANG
        warn(on_error, name, f"{str(raw)[:40]!r} is not a language code; using {fallback!r}")
        return fallback
    return m.group(1)


def _published(fields: dict[str, Any], name: str, on_error: ErrorHandler) -> date | None:
    if fields.get("published") is None:
        return None
    published = parse_date(fields["published"])
    if published is None:
        warn(on_error, name, f"unreadable publication date {str(fields['published'])[:40]!r}; "
                             "looking for a dateline instead")
    return published


def _opt_str(v: object) -> str | None:
    return None if v is None or isinstance(v, (dict, list)) else str(v)


@dataclass
class PendingDocument:
    """A record whose id is settled and whose metadata is attached, but which is not yet a
    :class:`Document`.

    Ingest has a serial part and a per-document part. Ids must be unique across the whole run,
    so one process settles them in input order — cheap: a metadata lookup and a hash of the
    text. Language, publication date and the dateline search through the text cost far more
    and depend on nothing but this record, so :func:`settle_document` does them wherever the
    document is extracted (a Dask worker, say), not in the process that reads the inputs.
    """

    record: Record
    doc_id: str
    fields: dict[str, Any]            # the record's fields with --meta's over them
    published_from: str | None
    lang: str | None                  # the run's --lang


def _pending(rec: Record, metas: MetaIndex, lang: str | None) -> PendingDocument:
    """Attach the record's metadata entry and choose its id (not yet made unique)."""
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
    return PendingDocument(rec, doc_id, fields, published_from, lang)


def settle_document(p: PendingDocument, on_error: ErrorHandler) -> Document:
    """Language, publication date (given, else a dateline found in the text) and the other
    metadata of one pending document: the per-document part of ingest."""
    rec, fields, published_from = p.record, p.fields, p.published_from
    language = _language(fields, p.lang, rec.name, on_error)
    published = _published(fields, rec.name, on_error)
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
        id=p.doc_id, text=rec.text, language=language,
        outlet=_opt_str(fields.get("outlet")), url=_opt_str(fields.get("url")),
        published=published, published_from=published_from,
        path=str(rec.path) if rec.path is not None else rec.name.rsplit(":", 1)[0],
        title=_opt_str(fields.get("title")), section=_opt_str(fields.get("section")),
    )


def _records(item: InputFile, on_error: ErrorHandler) -> Iterator[Record]:
    """The records of one file, with ids made relative to the directory it was found in.
    Whatever goes wrong is reported against the file; a file that yields nothing and says
    nothing is named as empty."""
    path = item.path
    reader = reader_for(path)
    assert reader is not None  # iter_input_files keeps only known suffixes
    yielded = 0
    said = [False]

    def heard(name: str, message: str) -> None:
        said[0] = True
        on_error(name, message)

    try:
        for rec in reader(path, heard):
            if rec.default_id.startswith(path.stem):
                rec.default_id = item.base_id + rec.default_id[len(path.stem):]
            yielded += 1
            yield rec
    except IngestError as e:
        heard(str(path), str(e))
    except OSError as e:
        heard(str(path), f"cannot read: {e.strerror or e}")
    except UnicodeDecodeError as e:
        heard(str(path), f"cannot decode: {e.reason} at byte {e.start}")
    except (ValueError, RuntimeError, TypeError, LookupError, MemoryError) as e:
        heard(str(path), f"cannot read: {type(e).__name__}: {e}")
    if not yielded and not said[0]:
        on_error(str(path), "no documents in this file (empty)")


def read_pending(paths: Sequence[str | Path], meta: str | Path | None = None,
                 lang: str | None = None, on_error: ErrorHandler | None = None,
                 report: IngestReport | None = None) -> Iterator[PendingDocument]:
    """The serial part of :func:`read_documents`: records of ``paths`` in input order with
    metadata attached and ids made unique within the run, each still to be finished by
    :func:`settle_document`. Arguments as for :func:`read_documents`; ``report`` counts the
    pending documents."""
    report = report if report is not None else IngestReport()
    handler = report.wrap(on_error)
    for p in _read_pending(paths, meta, lang, handler):
        report.documents += 1
        yield p


def _read_pending(paths: Sequence[str | Path], meta: str | Path | None, lang: str | None,
                  handler: ErrorHandler) -> Iterator[PendingDocument]:
    if lang is not None and not _LANG_CODE.fullmatch(lang.strip().lower()):
        handler("--lang", f"{lang[:40]!r} is not a language code; per document, else "
                          f"{DEFAULT_LANG!r}")
        lang = None
    metas = MetaIndex()
    if meta is not None:
        metas.load(meta, handler)
    for raw in paths:
        auto = Path(raw) / META_NAME
        try:
            found = Path(raw).is_dir() and auto.is_file() and not metas.is_meta_file(auto)
        except OSError:
            found = False
        if found:
            metas.load(auto, handler)
    ids = _Ids()
    for item in iter_input_files(paths, handler, skip=metas.is_meta_file):
        for rec in _records(item, handler):
            try:
                pending = _pending(rec, metas, lang)
            except (ValueError, RuntimeError, TypeError, LookupError, OSError) as e:
                handler(rec.name, f"unreadable record: {type(e).__name__}: {e}")
                continue
            doc_id = ids.settle(pending.doc_id, rec.text, rec.name, handler)
            if doc_id is None:
                continue
            pending.doc_id = doc_id
            yield pending
    metas.report_unused(handler)


def finish_documents(pending: Iterable[PendingDocument], on_error: ErrorHandler
                     ) -> Iterator[Document]:
    """:func:`settle_document` over ``pending``; a record that cannot be made a document is
    reported and skipped (its id stays taken, so the ids of the others do not depend on it)."""
    for p in pending:
        try:
            yield settle_document(p, on_error)
        except (ValueError, RuntimeError, TypeError, LookupError, OSError) as e:
            on_error(p.record.name, f"unreadable record: {type(e).__name__}: {e}")


def read_documents(paths: Sequence[str | Path], meta: str | Path | None = None,
                   lang: str | None = None, on_error: ErrorHandler | None = None,
                   report: IngestReport | None = None) -> Iterator[Document]:
    """Stream the documents of ``paths`` (files and directories).

    ``meta`` is a metadata JSONL; a ``meta.jsonl`` inside a given directory is used
    automatically. ``on_error(input, message)`` hears about every input that cannot be
    read and every recovered problem (messages starting with ``"warning: "``); by default
    they go to stderr. ``report`` (optional) is updated as documents stream past.

    This is :func:`read_pending` followed by :func:`settle_document`, in one process; the
    extraction engines run the second part where the document is extracted.
    """
    report = report if report is not None else IngestReport()
    handler = report.wrap(on_error)
    for doc in finish_documents(_read_pending(paths, meta, lang, handler), handler):
        report.documents += 1
        yield doc


__all__ = [
    "read_documents", "read_pending", "settle_document", "finish_documents",
    "PendingDocument", "iter_input_files", "IngestReport", "IngestError", "ErrorHandler",
    "default_on_error", "find_dateline", "WARNING_PREFIX", "MAX_DOC_BYTES", "META_NAME",
    "READERS", "SUFFIXES", "InputFile", "text_hash",
]
