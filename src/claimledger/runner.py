"""``run`` and ``show``: the whole pipeline into a database, and what the database holds.

The stages are parameters (a :class:`Pipeline`) rather than imports so that the runner can be
tested, and reused, without the extraction and reconcile modules; ``Pipeline.default()``
wires in the real ones lazily.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimledger.ingest.errors import WARNING_PREFIX, doc_name
from claimledger.model import Claim, Document
from claimledger.store import DEFAULT_DB, StoreError, classify_error

if TYPE_CHECKING:
    from claimledger.store import Store, UpsertStatus

ReadFn = Callable[..., Iterable[Document]]
ExtractFn = Callable[[Document], list[Claim]]
LedgerFn = Callable[[Iterable[Claim]], dict[str, Any]]
ErrorFn = Callable[[str, str], None]

#: documents per write transaction, and the longest a document waits for its commit
WRITE_BATCH = 128
WRITE_EVERY_S = 2.0


@dataclass
class Pipeline:
    """The three stages ``run`` needs.

    ``read(paths, meta=..., lang=..., on_error=...)`` streams documents; ``extract(doc)``
    returns its claims; ``ledger(claims)`` reconciles all stored claims into Contract 2.
    """

    read: ReadFn
    extract: ExtractFn
    ledger: LedgerFn
    #: may ``extract`` run in forked worker processes? Only for stages without side effects
    #: the caller relies on (a test's counting stub is not)
    parallel: bool = False
    #: called once extraction is under way: loads what the later stages need while forked
    #: workers extract, instead of after them
    prepare: Callable[[], None] | None = None

    @classmethod
    def default(cls) -> "Pipeline":
        """The real stages; imported here so that a missing stage fails only when used."""
        from claimledger.extract.pipeline import extract_document
        from claimledger.ingest import read_documents
        from claimledger.lang import load_pack

        def extract(doc: Document) -> list[Claim]:
            return extract_document(doc, load_pack(doc.language or "de"))

        def ledger(claims: Iterable[Claim]) -> dict[str, Any]:
            from claimledger.reconcile import build_ledger_json

            return build_ledger_json(claims)

        def prepare() -> None:
            import claimledger.reconcile  # noqa: F401 (with numpy: ~0.1 s)

        return cls(read=read_documents, extract=extract, ledger=ledger, parallel=True,
                   prepare=prepare)


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
    # what the closing summary needs besides the ledger, so that it need not read the database
    documents_stored: int = 0
    claim_units: dict[str, str | None] = field(default_factory=dict)

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
        on_document: Callable[[Document, str, int], None] | None = None,
        batch_size: int = WRITE_BATCH, engine: Any = None,
        workers: int | None = None) -> RunResult:
    """Ingest, extract, store and reconcile; return what happened.

    Unreadable inputs and documents the extractor fails on are recorded in ``failed``,
    recovered problems (messages starting with ``"warning: "``) in ``warnings``; both are
    passed to ``on_error`` and the run goes on: one bad file must not cost the others. A
    database that cannot be written (a full disk, a damaged file) raises
    :class:`~claimledger.store.StoreError`; the document being written is rolled back.
    ``on_document(doc, status, n_claims)`` is called for each document once it is committed
    (progress). Documents are written ``batch_size`` at a time, one transaction each (see
    :class:`_WriteBatch`). ``engine`` (an entered executor of :mod:`claimledger.engine`, e.g.
    a ``DaskExecutor``) runs extraction there instead of through ``pipeline.extract``.
    Otherwise a parallel pipeline extracts in ``workers`` forked processes (default: 2 on a
    machine with 2 cores or more, 0 means here) while this process writes; see
    :mod:`claimledger.engine.forked`.
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

    with _pairs(pipe, paths, meta, lang, fail, engine, workers) as pairs:
        # DuckDB and Arrow are imported here, once any workers are forked and extracting
        from claimledger.store import Store

        with Store.open(db) as store:
            if pipe.prepare is not None:
                pipe.prepare()
            batch = _WriteBatch(store, result, on_document, batch_size, fail)
            for doc, claims in pairs:
                batch.add(doc, claims)
            batch.flush()
            _reconcile(store, pipe, result, batch.stored)
    return result


def _reconcile(store: Store, pipe: Pipeline, result: RunResult,
               known: dict[str, list[Claim]]) -> None:
    """Rebuild the ledger from every stored claim and save it; ``known``: the claims this
    run stored, by document (see :func:`_all_stored_claims`)."""
    import duckdb

    stored = _all_stored_claims(store, known)
    result.ledger = pipe.ledger(stored)
    try:
        store.save_ledger(result.ledger)
        result.claims_stored = len(stored)
        result.documents_stored = store.count("documents")
        result.claim_units = {c.id: c.unit for c in stored}
    except duckdb.Error as e:
        raise StoreError(f"{store.path}: saving the ledger failed: "
                         f"{classify_error(e, 'database error')}") from None


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


@contextmanager
def _pairs(pipe: Pipeline, paths: Sequence[str | os.PathLike[str]],
           meta: str | os.PathLike[str] | None, lang: str | None, fail: ErrorFn, engine: Any,
           workers: int | None) -> Iterator[Iterable[tuple[Document, list[Claim]]]]:
    """The documents with their claims, from the engine, forked workers or this process.
    Entered before the database is opened (the workers must be forked first)."""
    if engine is not None:
        with _extraction_warnings(fail):
            yield _engine_pairs(paths, meta, lang, engine, fail)
        return
    if pipe.parallel:
        from claimledger.engine.forked import default_workers, extracted_pairs

        def read(on_error: ErrorFn) -> Iterable[Document]:
            return pipe.read([str(p) for p in paths], meta=str(meta) if meta else None,
                             lang=lang, on_error=on_error)

        n = default_workers() if workers is None else workers
        with extracted_pairs(read, pipe.extract, fail, doc_name, n) as pairs:
            yield pairs
        return
    with _extraction_warnings(fail):
        yield _local_pairs(pipe, paths, meta, lang, fail)


def _local_pairs(pipe: Pipeline, paths: Sequence[str | os.PathLike[str]],
                 meta: str | os.PathLike[str] | None, lang: str | None,
                 fail: ErrorFn) -> Iterator[tuple[Document, list[Claim]]]:
    docs = pipe.read([str(p) for p in paths], meta=str(meta) if meta else None,
                     lang=lang, on_error=fail)
    for doc in docs:
        try:
            claims = pipe.extract(doc)
        except Exception as e:  # noqa: BLE001 - one document's failure is reported, not fatal
            fail(doc_name(doc), f"extraction failed: {type(e).__name__}: {e}")
            continue
        yield doc, claims


def _engine_pairs(paths: Sequence[str | os.PathLike[str]], meta: str | os.PathLike[str] | None,
                  lang: str | None, engine: Any, fail: ErrorFn
                  ) -> Iterator[tuple[Document, list[Claim]]]:
    from claimledger.engine import ERROR, WARNING, ExtractJob, iter_extracted
    from claimledger.ingest.errors import WARNING_PREFIX

    job = ExtractJob([str(p) for p in paths], meta=str(meta) if meta else None, lang=lang)

    def on_message(kind: str, name: str, text: str) -> None:
        if kind == ERROR:   # per-document date notes are the extract command's business
            fail(name, text)
        elif kind == WARNING:
            fail(name, WARNING_PREFIX + text)

    return iter_extracted(job, engine, on_message)


class _WriteBatch:
    """Documents waiting for their transaction.

    One commit per document made ``run`` spend more time syncing the database than extracting.
    A batch is committed when it holds ``size`` documents or has waited :data:`WRITE_EVERY_S`
    seconds (so progress keeps moving on slow corpora); a killed run loses at most the
    uncommitted batch, and never half a document.
    """

    def __init__(self, store: Store, result: RunResult,
                 on_document: Callable[[Document, str, int], None] | None, size: int,
                 fail: ErrorFn) -> None:
        self.store, self.result, self.on_document, self.size = store, result, on_document, size
        self.fail = fail
        self.items: list[tuple[Document, list[Claim]]] = []
        self.since = time.monotonic()
        # document id -> its claims as the store now holds them (see stored_claim)
        self.stored: dict[str, list[Claim]] = {}

    def add(self, doc: Document, claims: list[Claim]) -> None:
        if not self.items:
            self.since = time.monotonic()
        self.items.append((doc, claims))
        if len(self.items) >= self.size or time.monotonic() - self.since > WRITE_EVERY_S:
            self.flush()

    def flush(self) -> None:
        from claimledger.store.batch import stored_claim

        if not self.items:
            return
        statuses = _write(self.store, self.items, self.fail)
        for (doc, claims), status in zip(self.items, statuses):
            if status is None:
                continue
            getattr(self.result, status).append(doc.id)
            self.result.claims_extracted += len(claims)
            self.stored[doc.id] = [stored_claim(doc, c) for c in claims]
            if self.on_document is not None:
                self.on_document(doc, status, len(claims))
        self.items = []


def _all_stored_claims(store: Store, known: dict[str, list[Claim]]) -> list[Claim]:
    """Every claim of the database, as :meth:`Store.claims` reads them (same objects, same
    order), without reading back the documents this run wrote or found unchanged: their
    claims are ``known`` (an unchanged document's stored claims hash to this run's)."""
    if not known:
        return list(store.claims())
    out = [c for claims in known.values() for c in claims]
    if store.count("documents") > len(known):
        out.extend(store.claims(exclude_docs=list(known)))
    out.sort(key=lambda c: (c.doc_id, c.span[0], c.span[1], c.id))
    return out


def _write(store: Store, items: list[tuple[Document, list[Claim]]],
           fail: ErrorFn) -> list[UpsertStatus | None]:
    """Store a batch; a document the store refuses (duplicate claim ids: a bug) is reported
    and left out; a database failure (full disk, damaged block) ends the run with a message
    naming the database and the batch, whose transaction was rolled back."""
    import duckdb

    first, last = items[0][0].id, items[-1][0].id
    what = f"document {first!r}" if len(items) == 1 else f"documents {first!r} to {last!r}"
    try:
        return store.upsert_many(
            items, on_refused=lambda doc, why: fail(doc_name(doc), f"not stored: {why}"))
    except duckdb.Error as e:
        raise StoreError(f"{store.path}: writing {what} failed: "
                         f"{classify_error(e, 'database error')} ({_first_line(e)})") from None
    except OSError as e:
        raise StoreError(f"{store.path}: writing {what} failed: "
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
    from claimledger.store import Store

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
