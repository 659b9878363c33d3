"""One unit of work, the same wherever it runs: in this process or on a Dask worker.

A unit is either a batch of records the planner already read and gave ids (the worker settles
their metadata, language and publication date: :func:`claimledger.ingest.settle_document`),
or an archive file (WARC) that the worker reads itself, because reading an archive — decompression and HTML main-text
extraction — costs as much as extracting claims from it and must not funnel through one
process. Either way the worker calls
:func:`claimledger.extract.pipeline.extract_document`, so both engines produce the same
claims by construction.

The result carries messages rather than printing them: a worker's stderr is not the user's.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from claimledger.ingest import PendingDocument
from claimledger.model import Document

#: message kinds: "error" (an input or document failed), "warning" (recovered; extraction cut
#: a document short), "note" (informational, per document)
ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass
class Unit:
    """A unit of work. ``name`` is its partition name, stable across reruns of the same
    inputs; ``seq`` its position in the plan (output order)."""

    name: str
    seq: int
    pending: list[PendingDocument] | None = None
    archive: str | None = None
    meta: str | None = None
    lang: str | None = None

    @property
    def size_hint(self) -> int:
        return len(self.pending) if self.pending is not None else 0


@dataclass
class UnitResult:
    """What a unit produced. ``records`` (claim JSON lines) is set only when the unit was not
    written to a dataset by the worker; ``messages`` are ``(kind, input, text)``."""

    name: str
    seq: int
    documents: int = 0
    claims: int = 0
    seconds: float = 0.0
    messages: list[tuple[str, str, str]] = field(default_factory=list)
    records: list[dict[str, Any]] | None = None
    pairs: list[tuple[Document, list[Any]]] | None = None   # (document, claims), on request
    skipped: bool = False


def ingest_message(name: str, message: str) -> tuple[str, str, str]:
    """An ingest ``on_error`` report as a message: recovered problems are warnings."""
    from claimledger.ingest.errors import WARNING_PREFIX

    if message.startswith(WARNING_PREFIX):
        return WARNING, name, message[len(WARNING_PREFIX):]
    return ERROR, name, message


def _doc_name(doc: Document) -> str:
    """How messages name a document: ingest's own naming where it offers one."""
    try:
        from claimledger.ingest.errors import doc_name  # type: ignore[attr-defined]
    except ImportError:
        return doc.path or doc.id
    return str(doc_name(doc))


def _date_note(doc: Document) -> str | None:
    if doc.published is None:
        return "no publication date given or found; relative times are left unresolved"
    if doc.published_from == "text":
        return f"publication date {doc.published} found in the text"
    return None


def _documents(unit: Unit, result: UnitResult) -> Iterator[Document]:
    from claimledger.ingest import finish_documents, read_documents

    def on_error(name: str, message: str) -> None:
        result.messages.append(ingest_message(name, message))

    if unit.pending is not None:
        return finish_documents(unit.pending, on_error)

    # metadata entries for other inputs are not this archive's business
    return (d for d in read_documents([unit.archive or ""], meta=unit.meta, lang=unit.lang,
                                      on_error=_drop_unused_meta(on_error)))


def _drop_unused_meta(on_error: Any) -> Any:
    def handler(name: str, message: str) -> None:
        if not message.endswith("matches no input"):
            on_error(name, message)
    return handler


@contextmanager
def _extraction_warnings(res: UnitResult) -> Iterator[None]:
    """Warnings extraction logs in this (worker) process travel back with the result, where
    the extractor offers a hook for them (``extract.limits.warnings_to``)."""
    try:
        from claimledger.extract.limits import warnings_to  # type: ignore[import-not-found]
    except ImportError:
        yield
        return
    with warnings_to(lambda name, reason: res.messages.append((WARNING, name, reason))):
        yield


def _extract_one(doc: Document, unit: Unit, res: UnitResult) -> list[Any] | None:
    """The claims of one document, or None (reported in ``res``) when it has none to give."""
    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import LanguagePackError, load_pack

    name = _doc_name(doc)
    try:
        pack = load_pack(doc.language or unit.lang or "de")
    except LanguagePackError as e:
        res.messages.append((ERROR, name, str(e)))
        return None
    note = _date_note(doc)
    if note:
        res.messages.append((NOTE, name, note))
    try:
        claims = extract_document(doc, pack)
    except Exception as e:  # noqa: BLE001 - one document's failure must not cost the unit
        res.messages.append((ERROR, name, f"extraction failed: {type(e).__name__}: {e}"))
        return None
    res.documents += 1   # documents whose claims were extracted
    return claims


def process_unit(unit: Unit, out: str | None = None, objects: bool = False) -> UnitResult:
    """Extract the claims of a unit; write them as partition ``unit.name`` of the dataset at
    ``out``, or return them as JSON records when ``out`` is None (as documents with their
    claim objects when ``objects``: what ``run`` stores)."""
    from claimledger.engine.parquet import claim_row, document_row, write_partition

    t0 = time.perf_counter()
    res = UnitResult(unit.name, unit.seq)
    records: list[dict[str, Any]] = []
    doc_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    pairs: list[tuple[Document, list[Any]]] = []
    with _extraction_warnings(res):
        for doc in _documents(unit, res):
            claims = _extract_one(doc, unit, res)
            if claims is None:
                continue
            res.claims += len(claims)
            if objects:
                pairs.append((doc, claims))
            elif out is None:
                records.extend(dict(c.to_json(), published_from=doc.published_from)
                               for c in claims)
            else:
                doc_rows.append(document_row(doc, len(claims)))
                claim_rows.extend(claim_row(c, doc.published_from) for c in claims)
    if objects:
        res.pairs = pairs
    elif out is not None:
        write_partition(out, unit.name, doc_rows, claim_rows)
    else:
        res.records = records
    res.seconds = time.perf_counter() - t0
    return res


def warm_up() -> int:
    """Load the German pack and compile its rules in this process; returns the process id.
    Run on every worker before timing, so that the first unit does not pay for it."""
    import os

    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import load_pack

    extract_document(Document(id="warmup", text="Rund 1.200 Menschen wurden am Montag "
                              "evakuiert, sagte ein Sprecher."), load_pack("de"))
    return os.getpid()


__all__ = ["ERROR", "NOTE", "WARNING", "Unit", "ingest_message", "UnitResult", "process_unit", "warm_up"]
