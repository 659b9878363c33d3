"""The database schema, as an ordered list of migrations.

A new database starts at version 0 and runs every migration; an older database runs only the
ones it lacks. So the path an old file takes is the same code a new file takes, and every
migration is exercised by every fresh database, not only by the rare user with an old file.

Rules for adding a version: append a function to ``MIGRATIONS`` that takes a connection inside
an open transaction and moves the schema from N to N+1 (including backfilling data); never edit
a migration that has shipped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _v0_to_v1(con: duckdb.DuckDBPyConnection) -> None:
    """The first layout: documents, claims, sources and the ledger tables."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    con.execute("""
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            path VARCHAR, outlet VARCHAR, url VARCHAR, language VARCHAR,
            published DATE,
            content_hash VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL)""")
    con.execute("""
        CREATE TABLE claims (
            id VARCHAR NOT NULL,          -- global id '<doc_id>:<local id>'
            doc_id VARCHAR NOT NULL,
            local_id VARCHAR NOT NULL,    -- the extractor's per-document id ('c17')
            span_start INTEGER, span_end INTEGER,
            text VARCHAR, sentence VARCHAR,
            low DOUBLE, high DOUBLE, bound VARCHAR,
            placeholder BOOLEAN, unit VARCHAR, measure VARCHAR, subject VARCHAR,
            increment BOOLEAN, hedged BOOLEAN,
            source_id VARCHAR, source_text VARCHAR, source_kind VARCHAR, source_cue VARCHAR,
            time_start DATE, time_end DATE,
            json VARCHAR NOT NULL)""")
    con.execute("CREATE TABLE sources (id VARCHAR, kind VARCHAR, label VARCHAR, n_claims INTEGER)")
    con.execute("""
        CREATE TABLE series (id INTEGER, subject VARCHAR, measure VARCHAR, json VARCHAR)""")
    con.execute("""
        CREATE TABLE estimates (
            id INTEGER, series_id INTEGER, position INTEGER,
            low DOUBLE, high DOUBLE, bound VARCHAR, increment BOOLEAN,
            time_start DATE, time_end DATE, sources VARCHAR[], json VARCHAR)""")
    con.execute("CREATE TABLE estimate_claims (estimate_id INTEGER, claim_id VARCHAR, position INTEGER)")
    con.execute("CREATE TABLE ledger_items (id INTEGER, kind VARCHAR, position INTEGER, payload VARCHAR)")
    con.execute("CREATE TABLE ledger_item_claims (item_id INTEGER, claim_id VARCHAR, role VARCHAR)")


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Keep what v1 lost, detect re-extraction, derive sources.

    v1 had no place for where a publication date came from, the title, the source mention's
    span, or the claim's outlet/publication date, and it decided "unchanged" by the text alone,
    so a better extractor never replaced old claims. v2 adds those columns (backfilled from the
    stored claim JSON), a hash of each document's claims, and turns ``sources`` into a view.
    """
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for col, typ in (("published_from", "VARCHAR"), ("title", "VARCHAR"),
                     ("claims_hash", "VARCHAR")):
        con.execute(f"ALTER TABLE documents ADD COLUMN {col} {typ}")
    for col, typ in (("outlet", "VARCHAR"), ("published", "DATE"),
                     ("source_key", "VARCHAR"),
                     ("source_span_start", "INTEGER"), ("source_span_end", "INTEGER")):
        con.execute(f"ALTER TABLE claims ADD COLUMN {col} {typ}")
    # outlet/published: the claim's own, else its document's (as v2 writes them)
    con.execute("""
        UPDATE claims SET
          outlet = coalesce(json ->> '$.outlet',
                            (SELECT d.outlet FROM documents d WHERE d.id = claims.doc_id)),
          published = coalesce(TRY_CAST(json ->> '$.published' AS DATE),
                               (SELECT d.published FROM documents d WHERE d.id = claims.doc_id)),
          source_key = CASE WHEN source_id IS NOT NULL THEN source_id
                            WHEN source_text IS NOT NULL THEN 'text:' || lower(source_text) END,
          source_span_start = TRY_CAST(json ->> '$.source.span[0]' AS INTEGER),
          source_span_end = TRY_CAST(json ->> '$.source.span[1]' AS INTEGER)""")
    rows = con.execute("SELECT doc_id, json FROM claims").fetchall()
    by_doc: dict[str, list[str]] = {}
    for doc_id, js in rows:
        by_doc.setdefault(doc_id, []).append(canonical_json(json.loads(js)))
    doc_ids = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
    for doc_id in doc_ids:
        con.execute("UPDATE documents SET claims_hash = ? WHERE id = ?",
                    [hash_lines(by_doc.get(doc_id, [])), doc_id])
    # v1 kept a sources table up to date by rebuilding it on every write, which cost more than
    # the write itself; sources are a projection of the claims, so v2 makes them a view
    con.execute("DROP TABLE sources")
    con.execute("""
        CREATE VIEW sources AS
        SELECT source_key AS id, mode(source_kind) AS kind, mode(source_text) AS label,
               count(*) AS n_claims
        FROM claims WHERE source_key IS NOT NULL GROUP BY source_key""")
    # the ledger is derived data; mark it for rebuilding rather than trusting a v1 ledger
    con.execute("INSERT INTO meta SELECT 'ledger_stale', '1' WHERE EXISTS (SELECT 1 FROM claims)")


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """What a figure counts and of whom (SPEC contract 1: ``counted``, ``who``) as columns, so
    that series can be grouped and claims filtered by group, nationality and place in SQL."""
    for col, typ in (("counted_text", "VARCHAR"), ("counted_span_start", "INTEGER"),
                     ("counted_span_end", "INTEGER"), ("who_group", "VARCHAR"),
                     ("who_nationality", "VARCHAR"), ("who_place", "VARCHAR")):
        con.execute(f"ALTER TABLE claims ADD COLUMN {col} {typ}")
    con.execute("""
        UPDATE claims SET
          counted_text = json ->> '$.counted.text',
          counted_span_start = TRY_CAST(json ->> '$.counted.span[0]' AS INTEGER),
          counted_span_end = TRY_CAST(json ->> '$.counted.span[1]' AS INTEGER),
          who_group = json ->> '$.who.group',
          who_nationality = json ->> '$.who.nationality',
          who_place = json ->> '$.who.place'""")
    # series are keyed by who from now on: a stored ledger is rebuilt
    con.execute("INSERT OR REPLACE INTO meta SELECT 'ledger_stale', '1' WHERE EXISTS (SELECT 1 FROM claims)")


def _v3_to_v4(con: duckdb.DuckDBPyConnection) -> None:
    """The outlet's section of each document ("Inland", "Wissenschaft"): metadata that shapes
    where figures hold. Documents stored before have none (NULL), and their content hash
    stays what it was, so re-ingesting them without a section leaves them unchanged."""
    con.execute("ALTER TABLE documents ADD COLUMN section VARCHAR")


MIGRATIONS: list[Migration] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4]
SCHEMA_VERSION = len(MIGRATIONS)


def canonical_json(obj: object) -> str:
    """One spelling per value, so that equal claims hash equally."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def hash_lines(lines: Iterable[str]) -> str:
    """Order-independent hash of a document's claims: order of extraction is not content."""
    h = hashlib.sha256()
    for line in sorted(lines):
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "canonical_json", "hash_lines"]
