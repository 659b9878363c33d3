"""``run`` and ``show``: the whole pipeline into a database, and what the database holds.

The stages are parameters (a :class:`Pipeline`) rather than imports so that the runner can be
tested, and reused, without the extraction and reconcile modules; ``Pipeline.default()``
wires in the real ones lazily.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb

from claimledger.ingest.errors import WARNING_PREFIX, doc_name
from claimledger.model import Claim, Document
from claimledger.store import DEFAULT_DB, Store, StoreError, UpsertStatus, classify_error

ReadFn = Callable[..., Iterable[Document]]
ExtractFn = Callable[[Document], list[Claim]]
LedgerFn = Callable[[Iterable[Claim]], dict[str, Any]]
ErrorFn = Callable[[str, str], None]


@dataclass
class Pipeline:
    """The three stages ``run`` needs.

    ``read(paths, meta=..., lang=..., on_error=...)`` streams documents; ``extract(doc)``
    returns its claims; ``ledger(claims)`` reconciles all stored claims into Contract 2.
    """

    read: ReadFn
    extract: ExtractFn
    ledger: LedgerFn

    @classmethod
    def default(cls) -> "Pipeline":
        """The real stages; imported here so that a missing stage fails only when used."""
        from claimledger.extract.pipeline import extract_document
        from claimledger.ingest import read_documents
        from claimledger.lang import load_pack
        from claimledger.reconcile import build_ledger_json

        def extract(doc: Document) -> list[Claim]:
            return extract_document(doc, load_pack(doc.language or "de"))

        return cls(read=read_documents, extract=extract, ledger=build_ledger_json)


@dataclass
class RunResult:
    """What a run did. Document ids per outcome; ``failed`` holds (input, message)."""

    db: str
    inserted: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    claims_extracted: int = 0
    claims_stored: int = 0
    ledger: dict[str, Any] = field(default_factory=dict)

    @property
    def documents_read(self) -> int:
        return len(self.inserted) + len(self.replaced) + len(self.unchanged)

    @property
    def nothing_read(self) -> bool:
        """The one outcome that makes the CLI exit non-zero."""
        return self.documents_read == 0

    def summary(self) -> str:
        return (f"{self.documents_read} documents: {len(self.inserted)} inserted, "
                f"{len(self.replaced)} replaced, {len(self.unchanged)} unchanged; "
                f"{len(self.failed)} inputs failed; {self.claims_extracted} claims extracted, "
                f"{self.claims_stored} in {self.db}; {len(self.warnings)} warnings")


def run(paths: Sequence[str | os.PathLike[str]], meta: str | os.PathLike[str] | None = None,
        db: str | os.PathLike[str] = DEFAULT_DB, lang: str | None = None, *,
        pipeline: Pipeline | None = None,
        on_error: ErrorFn | None = None,
        on_document: Callable[[Document, str, int], None] | None = None) -> RunResult:
    """Ingest, extract, store and reconcile; return what happened.

    Unreadable inputs and documents the extractor fails on are recorded in ``failed``,
    recovered problems (messages starting with ``"warning: "``) in ``warnings``; both are
    passed to ``on_error`` and the run goes on: one bad file must not cost the others. A
    database that cannot be written (a full disk, a damaged file) raises
    :class:`~claimledger.store.StoreError`; the document being written is rolled back.
    ``on_document(doc, status, n_claims)`` is called after each stored document (progress).
    The ledger is rebuilt from *all* stored claims at the end, even if nothing changed, so a
    newer reconcile takes effect without re-extraction.
    """
    pipe = pipeline or Pipeline.default()
    result = RunResult(db=str(db))

    def fail(name: str, message: str) -> None:
        if message.startswith(WARNING_PREFIX):
            result.warnings.append((name, message))
        else:
            result.failed.append((name, message))
        if on_error is not None:
            on_error(name, message)

    with Store.open(db) as store, _extraction_warnings(fail):
        docs = pipe.read([str(p) for p in paths], meta=str(meta) if meta else None,
                         lang=lang, on_error=fail)
        for doc in docs:
            try:
                claims = pipe.extract(doc)
            except Exception as e:  # noqa: BLE001 - one document's failure is reported, not fatal
                fail(doc_name(doc), f"extraction failed: {type(e).__name__}: {e}")
                continue
            try:
                status = _write(store, doc, claims)
            except ValueError as e:   # claims the store refuses (duplicate ids): a bug, reported
                fail(doc_name(doc), f"not stored: {e}")
                continue
            getattr(result, status).append(doc.id)
            result.claims_extracted += len(claims)
            if on_document is not None:
                on_document(doc, status, len(claims))
        result.ledger = pipe.ledger(list(store.claims()))
        try:
            store.save_ledger(result.ledger)
            result.claims_stored = store.counts()["claims"]
        except duckdb.Error as e:
            raise StoreError(f"{db}: saving the ledger failed: "
                             f"{classify_error(e, 'database error')}") from None
    return result


@contextmanager
def _extraction_warnings(fail: ErrorFn) -> Iterator[None]:
    """Warnings that extraction logs become ``warning:`` entries of the run, when the real
    extractor is importable; a test pipeline without it runs unchanged."""
    try:
        from claimledger.extract.limits import warnings_to
    except ImportError:
        yield
        return
    with warnings_to(lambda name, reason: fail(name, WARNING_PREFIX + reason)):
        yield


def _write(store: Store, doc: Document, claims: list[Claim]) -> UpsertStatus:
    """Store one document; a database failure (full disk, damaged block) ends the run with
    a message naming the database and the document, whose transaction was rolled back."""
    try:
        return store.upsert_document(doc, claims)
    except duckdb.Error as e:
        raise StoreError(f"{store.path}: writing document {doc.id!r} failed: "
                         f"{classify_error(e, 'database error')} ({_first_line(e)})") from None
    except OSError as e:
        raise StoreError(f"{store.path}: writing document {doc.id!r} failed: "
                         f"{e.strerror or e}") from None


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


@dataclass
class ShowResult:
    """The (filtered) ledger and claims of a database, ready for a report."""

    ledger: dict[str, Any]
    claims: list[Claim]
    outlets: dict[str, str]
    stale: bool


def show(db: str | os.PathLike[str] = DEFAULT_DB, measure: str | None = None,
         subject: str | None = None) -> ShowResult:
    """Read the ledger and claims from ``db``, keeping what matches measure/subject.

    Ledger items (disagreements, updates, relations, gaps) are kept when they refer to a kept
    claim, so a filtered view still shows the conflicts of the series it shows.
    """
    from claimledger.report.filter import filter_ledger

    with Store.open(db, read_only=True) as store:
        ledger = store.ledger()
        claims = list(store.claims(measure=measure, subject=subject))
        outlets = store.claim_outlets()
        stale = store.ledger_stale()
    if measure or subject:
        ledger = filter_ledger(ledger, measure=measure, subject=subject,
                               claim_ids={c.id for c in claims})
    return ShowResult(ledger=ledger, claims=claims, outlets=outlets, stale=stale)


__all__ = ["Pipeline", "RunResult", "ShowResult", "run", "show"]
