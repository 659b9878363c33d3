"""Writing many documents in one transaction.

A transaction per document makes a corpus run pay one commit (a disk sync) per article, which
on the 1,028-article bench corpus cost more than extracting the claims. A batch keeps the
guarantees that matter: a document is written whole or not at all (the batch is one
transaction, so a killed run loses at most the uncommitted batch and never leaves half a
document), and re-ingesting is idempotent (unchanged documents — same content and claims hash —
are not written at all; changed ones have their old claims replaced).

Rows go into DuckDB as Arrow tables rather than as SQL parameters: one columnar insert per
table per batch instead of thousands of bound values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow as pa

from claimledger.model import Claim, Document
from claimledger.store.connection import transaction
from claimledger.store.duckdb_store import global_claim_id

_S, _I, _F, _B, _D = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.date32()
#: the claims table's columns (duckdb_store._CLAIM_COLUMNS order) with their Arrow types
CLAIM_TYPES: dict[str, pa.DataType] = {
    "id": _S, "doc_id": _S, "local_id": _S, "span_start": _I, "span_end": _I, "text": _S,
    "sentence": _S, "low": _F, "high": _F, "bound": _S, "placeholder": _B, "unit": _S,
    "measure": _S, "subject": _S, "increment": _B, "hedged": _B, "source_id": _S,
    "source_text": _S, "source_kind": _S, "source_cue": _S, "time_start": _D, "time_end": _D,
    "json": _S, "outlet": _S, "published": _D, "source_key": _S, "source_span_start": _I,
    "source_span_end": _I, "counted_text": _S, "counted_span_start": _I,
    "counted_span_end": _I, "who_group": _S, "who_nationality": _S, "who_place": _S,
}
DOCUMENT_TYPES: dict[str, pa.DataType] = {
    "id": _S, "path": _S, "outlet": _S, "url": _S, "language": _S, "published": _D,
    "content_hash": _S, "text": _S, "ingested_at": pa.timestamp("us"), "published_from": _S,
    "title": _S, "claims_hash": _S, "section": _S,
}

Item = tuple[Document, list[Claim]]


def split_repeated_ids(items: Sequence[Item]) -> list[list[Item]]:
    """Consecutive runs without a repeated document id: a document met twice in one batch is
    written in order (the later one replaces the earlier), as one-at-a-time writes would."""
    runs: list[list[Item]] = [[]]
    seen: set[str] = set()
    for item in items:
        if item[0].id in seen:
            runs.append([])
            seen = set()
        seen.add(item[0].id)
        runs[-1].append(item)
    return [r for r in runs if r]


def _table(rows: list[tuple[Any, ...]], types: dict[str, pa.DataType]) -> pa.Table:
    cols = list(zip(*rows)) if rows else [()] * len(types)
    return pa.table({name: pa.array(list(col), type=typ)
                     for (name, typ), col in zip(types.items(), cols)})


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    if data.num_rows == 0:
        return
    view = f"_claimledger_batch_{table}"
    con.register(view, data)
    try:
        cols = ", ".join(data.column_names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")
    finally:
        con.unregister(view)


def insert_rows_arrow(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
                      rows: list[tuple[Any, ...]]) -> bool:
    """Insert rows of Python values through Arrow with inferred types; False (nothing
    written) when a column cannot be typed, so the caller can fall back to SQL values."""
    try:
        data = pa.table({name: pa.array(list(col)) for name, col in zip(columns, zip(*rows))})
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return False
    _insert_arrow(con, table, data)
    return True


def stored_claim(doc: Document, c: Claim) -> Claim:
    """``c`` as :meth:`Store.claims` reads it back once stored with ``doc``: its global id,
    its document's outlet and publication date where it has none, and every field through
    the JSON form the store keeps (which holds JSON values only, so no text is needed)."""
    claim = Claim.from_json(c.to_json())
    claim.id = global_claim_id(doc.id, c.id)
    claim.outlet = claim.outlet or doc.outlet
    published = claim.published or doc.published
    claim.published = published.date() if isinstance(published, datetime) else published
    return claim


def write_batch(con: duckdb.DuckDBPyConnection, items: Sequence[Item],
                hashes: Callable[[Document, list[Claim]], tuple[str, str, list[str]]],
                claim_row: Callable[[Document, Claim, str], tuple[Any, ...]],
                before_commit: Callable[[str], None] | None,
                mark_stale: bool,
                on_refused: Callable[[Document, str], None] | None = None) -> list[str | None]:
    """Upsert ``items`` (ids unique within) in one transaction; returns each one's status
    ("inserted", "replaced" or "unchanged"). A document whose claims the store refuses
    (duplicate claim ids) raises ValueError, or with ``on_refused`` is reported there, left
    out and given the status None, so that one bad document does not cost its batch."""
    ids = [doc.id for doc, _ in items]
    known = {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT id, content_hash, claims_hash FROM documents WHERE id IN (SELECT unnest(?))",
        [ids]).fetchall()}
    statuses: list[str | None] = []
    doc_rows: list[tuple[Any, ...]] = []
    claim_rows: list[tuple[Any, ...]] = []
    replaced: list[str] = []
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for doc, claims in items:
        chash, khash, lines = hashes(doc, claims)
        old = known.get(doc.id)
        if old == (chash, khash):
            statuses.append("unchanged")
            continue
        rows = [claim_row(doc, c, js) for c, js in zip(claims, lines)]
        dup = sorted(i for i, n in Counter(r[0] for r in rows).items() if n > 1)
        if dup:
            message = f"document {doc.id}: duplicate claim ids {dup[:5]}"
            if on_refused is None:
                raise ValueError(message)
            on_refused(doc, message)
            statuses.append(None)
            continue
        statuses.append("inserted" if old is None else "replaced")
        if old is not None:
            replaced.append(doc.id)
        doc_rows.append((doc.id, doc.path, doc.outlet, doc.url, doc.language, doc.published,
                         chash, doc.text, now, doc.published_from, doc.title, khash,
                         doc.section))
        claim_rows.extend(rows)
    if not doc_rows:
        return statuses
    with transaction(con):
        if replaced:
            con.execute("DELETE FROM claims WHERE doc_id IN (SELECT unnest(?))", [replaced])
            con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [replaced])
        _insert_arrow(con, "documents", _table(doc_rows, DOCUMENT_TYPES))
        _insert_arrow(con, "claims", _table(claim_rows, CLAIM_TYPES))
        if mark_stale:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_stale', '1')")
        if before_commit is not None:
            for row in doc_rows:
                before_commit(row[0])
    return statuses


__all__ = ["CLAIM_TYPES", "DOCUMENT_TYPES", "insert_rows_arrow", "split_repeated_ids",
           "stored_claim", "write_batch"]
