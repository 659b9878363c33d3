"""An embedded DuckDB file holding documents, claims and the reconciled ledger.

Why it is shaped this way:

* **Idempotent and incremental.** A document is identified by its id; its content hash (text +
  the metadata extraction depends on) and a hash of its claims decide whether a re-ingest
  changes anything. Same both -> ``"unchanged"`` and no write at all; otherwise its claims are
  replaced wholesale, so a better extractor or corrected metadata takes effect on the next run.
* **Transactions of whole documents.** ``upsert_many`` commits documents in batches and
  ``upsert_document`` one at a time; a run killed half-way leaves every document either as it
  was before or fully written, never with half its claims.
* **Global claim ids.** The extractor numbers claims per document (``c1``, ``c2``...); the
  database stores ``<doc_id>:<local id>`` so ids are unique across documents, and the ledger,
  built from :meth:`Store.claims`, refers to claims by those global ids.
* **The ledger is derived data.** It is rebuilt from all stored claims (reconcile is a pure
  function of them) and saved whole; ``meta.ledger_stale`` records when claims changed since.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import duckdb

from claimledger.model import Claim, Document
from claimledger.store import DEFAULT_DB
from claimledger.store.connection import _connect, _insert_many, _migrate, _schema_version, transaction
from claimledger.store.errors import OFFLINE, StoreError, classify_error, short_error as _short  # noqa: F401 (re-exported)
from claimledger.store.schema import SCHEMA_VERSION, canonical_json, hash_lines
from claimledger.store.ledger_tables import LEDGER_ITEM_KINDS, LedgerTables, claim_refs  # noqa: F401 (re-exported)


UpsertStatus = Literal["inserted", "replaced", "unchanged"]

#: the tables :meth:`Store.counts` counts
_COUNTED = ("documents", "claims", "sources", "series", "estimates", "ledger_items")

_CLAIM_COLUMNS = (
    "id", "doc_id", "local_id", "span_start", "span_end", "text", "sentence", "low", "high",
    "bound", "placeholder", "unit", "measure", "subject", "increment", "hedged", "source_id",
    "source_text", "source_kind", "source_cue", "time_start", "time_end", "json", "outlet",
    "published", "source_key", "source_span_start", "source_span_end",
    "counted_text", "counted_span_start", "counted_span_end", "who_group", "who_nationality",
    "who_place",
)


@dataclass
class StoredDocument:
    """What the database knows about a document, without its claims."""

    id: str
    path: str | None
    outlet: str | None
    url: str | None
    language: str | None
    published: date | None
    published_from: str | None
    title: str | None
    content_hash: str
    ingested_at: datetime
    text: str
    section: str | None = None

    def to_document(self) -> Document:
        return Document(id=self.id, text=self.text, language=self.language or "de",
                        outlet=self.outlet, url=self.url, published=self.published,
                        published_from=self.published_from, path=self.path, title=self.title,
                        section=self.section)


def global_claim_id(doc_id: str, local_id: str) -> str:
    """``<doc_id>:<local id>``; an id already carrying its document prefix is kept as is."""
    prefix = f"{doc_id}:"
    return local_id if local_id.startswith(prefix) else prefix + local_id


def content_hash(doc: Document) -> str:
    """Hash of what extraction depends on: the text and the metadata that shapes claims.

    The path is left out on purpose: moving a file is not a new version of the article.
    """
    payload = {
        "text": doc.text, "language": doc.language, "outlet": doc.outlet, "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "published_from": doc.published_from, "title": doc.title,
    }
    if doc.section is not None:  # only when given: documents stored before keep their hash
        payload["section"] = doc.section
    return hash_lines([canonical_json(payload)])


def claims_hash(claims: list[Claim]) -> str:
    return hash_lines(canonical_json(c.to_json()) for c in claims)


def _hashes(doc: Document, claims: list[Claim]) -> tuple[str, str, list[str]]:
    """The document's content hash, its claims' hash and the claims' canonical JSON (which
    the claims' rows store: made once for both)."""
    lines = [canonical_json(c.to_json()) for c in claims]
    return content_hash(doc), hash_lines(lines), lines


class Store(LedgerTables):
    """A claimledger database. Use :meth:`open`; it is a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        # test hook: called inside a document's transaction just before COMMIT
        self._before_commit: Callable[[str], None] | None = None
        # meta.ledger_stale is written by the first change of a session, not by every one
        self._marked_stale = False

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] = DEFAULT_DB, read_only: bool = False) -> "Store":
        """Open (creating or migrating as needed) the database at ``path``.

        A file that is not a usable DuckDB database raises :class:`StoreError` naming it; the
        file is never written to or removed in that case.
        """
        p = str(path)
        if read_only and not Path(p).exists():
            raise StoreError(f"{p}: no such database (run 'claimledger run' first)")
        if Path(p).is_dir():
            raise StoreError(f"{p}: is a directory, not a database file")
        con = _connect(p, read_only)
        try:
            version = _schema_version(con, p)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{p}: database schema version {version} is newer than this claimledger "
                    f"understands ({SCHEMA_VERSION}); upgrade claimledger")
            if version < SCHEMA_VERSION:
                if read_only:
                    # migrate through a short writable connection, then continue read-only
                    con.close()
                    cls.open(p, read_only=False).close()
                    con = _connect(p, True)
                else:
                    _migrate(con, version, p)
        except StoreError:
            con.close()
            raise
        except duckdb.Error as e:
            con.close()
            raise StoreError(f"{p}: damaged or half-written database, left untouched "
                             f"({_short(e)})") from None
        return cls(con, p, read_only)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The underlying connection, for exports (``COPY``) and ad-hoc queries."""
        return self._con

    # ------------------------------------------------------------------ documents
    def upsert_document(self, doc: Document, claims: list[Claim]) -> UpsertStatus:
        """Store a document and its claims in one transaction.

        Returns ``"unchanged"`` (same content and claims: nothing written), ``"inserted"`` or
        ``"replaced"`` (the document's old claims are deleted and the new ones written).
        """
        chash = content_hash(doc)
        khash = claims_hash(claims)
        row = self._con.execute(
            "SELECT content_hash, claims_hash FROM documents WHERE id = ?", [doc.id]).fetchone()
        if row is not None and row[0] == chash and row[1] == khash:
            return "unchanged"
        status: UpsertStatus = "inserted" if row is None else "replaced"
        rows = [_claim_row(doc, c) for c in claims]
        seen = Counter(r[0] for r in rows)
        if len(seen) != len(rows):
            dup = sorted(i for i, n in seen.items() if n > 1)
            raise ValueError(f"document {doc.id}: duplicate claim ids {dup[:5]}")

        con = self._con
        with transaction(con):
            if row is not None:
                con.execute("DELETE FROM claims WHERE doc_id = ?", [doc.id])
                con.execute("DELETE FROM documents WHERE id = ?", [doc.id])
            con.execute(
                "INSERT INTO documents (id, path, outlet, url, language, published, "
                "content_hash, text, ingested_at, published_from, title, claims_hash, section) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.id, doc.path, doc.outlet, doc.url, doc.language, doc.published, chash,
                 doc.text, datetime.now(timezone.utc).replace(tzinfo=None), doc.published_from,
                 doc.title, khash, doc.section])
            _insert_many(con, "claims", _CLAIM_COLUMNS, rows)
            if not self._marked_stale:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_stale', '1')")
            if self._before_commit is not None:
                self._before_commit(doc.id)
        self._marked_stale = True
        return status

    def upsert_many(self, items: Sequence[tuple[Document, list[Claim]]],
                    on_refused: Callable[[Document, str], None] | None = None
                    ) -> list[UpsertStatus | None]:
        """Store many documents with their claims, one transaction per batch (see
        ``store/batch.py``): same outcome per document as :meth:`upsert_document`, one commit.
        With ``on_refused``, a document the store refuses is reported there (status None)
        instead of raising ValueError for the whole batch."""
        from claimledger.store.batch import split_repeated_ids, write_batch

        out: list[UpsertStatus | None] = []
        for run in split_repeated_ids(items):
            out.extend(write_batch(self._con, run, _hashes, _claim_row,  # type: ignore[arg-type]
                                   self._before_commit, not self._marked_stale, on_refused))
            self._marked_stale = self._marked_stale or any(
                s not in (None, "unchanged") for s in out)
        return out

    def documents(self) -> Iterator[StoredDocument]:
        """All stored documents, by id."""
        rows = self._con.execute(
            "SELECT id, path, outlet, url, language, published, published_from, title, "
            "content_hash, ingested_at, text, section FROM documents ORDER BY id").fetchall()
        for row in rows:
            yield StoredDocument(*row)

    def document(self, doc_id: str) -> StoredDocument | None:
        row = self._con.execute(
            "SELECT id, path, outlet, url, language, published, published_from, title, "
            "content_hash, ingested_at, text, section FROM documents WHERE id = ?", [doc_id]).fetchone()
        return StoredDocument(*row) if row else None

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and its claims; True if it was there."""
        con = self._con
        with transaction(con):
            n = con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()
            con.execute("DELETE FROM claims WHERE doc_id = ?", [doc_id])
            con.execute("DELETE FROM documents WHERE id = ?", [doc_id])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_stale', '1')")
        self._marked_stale = True
        return bool(n and n[0])

    # ------------------------------------------------------------------ claims
    def claims(self, measure: str | None = None, subject: str | None = None,
               doc_id: str | None = None, exclude_docs: Sequence[str] | None = None
               ) -> Iterator[Claim]:
        """Stored claims (with global ids), optionally filtered, in document and text order
        (``exclude_docs``: leave out the claims of these documents).

        A claim without its own ``outlet``/``published`` gets its document's: reconcile needs
        the provenance, and the extractor need not repeat it on every claim.

        ``subject`` matches case-insensitively as a substring, because subjects are free text
        ("North Korean troops") and users type part of them.
        """
        where, params = claim_filter(measure, subject, doc_id)
        if exclude_docs:
            where = (where + " AND " if where else "WHERE ") + \
                "doc_id NOT IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(exclude_docs))
        # a cursor of its own, so that queries run while the caller iterates don't reset it
        cur = self._con.cursor()
        cur.execute(f"SELECT id, json, outlet, published FROM claims {where} "
                    "ORDER BY doc_id, span_start, span_end, id", params)
        try:
            while rows := cur.fetchmany(1000):
                for row in rows:
                    yield self._claim_from_row(row)
        finally:
            cur.close()

    @staticmethod
    def _claim_from_row(row: tuple[Any, ...]) -> Claim:
        claim = Claim.from_json(json.loads(row[1]))
        claim.id = row[0]
        claim.outlet = claim.outlet or row[2]
        claim.published = claim.published or row[3]
        return claim

    def claim_outlets(self) -> dict[str, str]:
        """Global claim id -> outlet (the claim's own, else its document's)."""
        rows = self._con.execute(
            "SELECT c.id, coalesce(c.outlet, d.outlet, c.doc_id) FROM claims c "
            "LEFT JOIN documents d ON d.id = c.doc_id").fetchall()
        return {r[0]: r[1] for r in rows}

    def count(self, table: str) -> int:
        """Rows of one of the main tables (see :meth:`counts`)."""
        if table not in _COUNTED:
            raise ValueError(f"no table {table!r}")
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries and tests."""
        return {t: self.count(t) for t in _COUNTED}

    def _meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def schema_version(self) -> int:
        return _schema_version(self._con, self.path)


# ---------------------------------------------------------------------- helpers
def _claim_row(doc: Document, c: Claim, js: str | None = None) -> tuple[Any, ...]:
    """The claims table's row of ``c``; ``js`` its canonical JSON when already made."""
    src = c.source
    span = src.span if src and src.span else (None, None)
    key = (src.id or (f"text:{src.text.lower()}" if src.text else None)) if src else None
    return (
        global_claim_id(doc.id, c.id), doc.id, c.id, c.span[0], c.span[1], c.text, c.sentence,
        c.value.low, c.value.high, c.value.bound, c.placeholder, c.unit, c.measure, c.subject,
        c.increment, c.hedged, src.id if src else None, src.text if src else None,
        src.kind if src else None, src.cue if src else None,
        c.time.start if c.time else None, c.time.end if c.time else None,
        canonical_json(c.to_json()) if js is None else js, c.outlet or doc.outlet,
        c.published or doc.published,
        key, span[0], span[1],
        c.counted.text if c.counted else None, c.counted.span[0] if c.counted else None,
        c.counted.span[1] if c.counted else None, c.who.group, c.who.nationality, c.who.place,
    )


def claim_filter(measure: str | None, subject: str | None, doc_id: str | None = None,
                 prefix: str = "") -> tuple[str, list[Any]]:
    """The WHERE clause shared by every query that filters by measure / subject / document
    (subject matches any part of the text, ignoring case)."""
    conds: list[str] = []
    params: list[Any] = []
    if measure:
        conds.append(f"{prefix}measure = ?")
        params.append(measure)
    if subject:
        conds.append(f"contains(lower({prefix}subject), lower(?))")
        params.append(subject)
    if doc_id:
        conds.append(f"{prefix}doc_id = ?")
        params.append(doc_id)
    return ("WHERE " + " AND ".join(conds) if conds else ""), params
