"""Opening a claimledger DuckDB file: connecting offline, reading its schema version,
migrating it in steps, and the transaction every write goes through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from contextlib import contextmanager

import duckdb

from claimledger.store.errors import OFFLINE, StoreError, classify_error, short_error as _short
from claimledger.store.schema import MIGRATIONS, SCHEMA_VERSION


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only, config=dict(OFFLINE))
    except duckdb.Error as e:
        raise StoreError(f"{path}: {classify_error(e)} ({_short(e)})") from None


def _schema_version(con: duckdb.DuckDBPyConnection, path: str) -> int:
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database()").fetchall()}
    if "schema_version" not in tables:
        if tables:
            raise StoreError(f"{path}: a DuckDB database, but not a claimledger one "
                             f"(tables: {', '.join(sorted(tables)[:5])})")
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, rolled back on any exception — BaseException, so that a Ctrl-C in the
    middle of a write leaves the database as it was."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
    con.execute("COMMIT")


def _migrate(con: duckdb.DuckDBPyConnection, version: int, path: str) -> None:
    """Apply the missing migrations in order, each in its own transaction."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        try:
            with transaction(con):
                MIGRATIONS[target - 1](con)
                con.execute("DELETE FROM schema_version")
                con.execute("INSERT INTO schema_version VALUES (?)", [target])
        except duckdb.Error as e:
            raise StoreError(f"{path}: migrating the schema to version {target} failed "
                             f"({_short(e)}); the database was left at version "
                             f"{target - 1}") from None


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...],
                 rows: list[tuple[Any, ...]], chunk: int = 200) -> None:
    """Multi-row INSERTs: far faster in DuckDB than one statement per row; many rows go in
    as one Arrow table (see ``store/batch.py``), falling back to SQL values when a column's
    Python values have no common Arrow type."""
    if not rows:
        return
    if len(rows) > chunk:
        from claimledger.store.batch import insert_rows_arrow

        if insert_rows_arrow(con, table, columns, rows):
            return
    cols = ", ".join(columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        sql = f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([one] * len(part))
        con.execute(sql, [v for r in part for v in r])
