"""Exports of the stored estimates and claims: JSON, CSV and Parquet.

CSV and Parquet are written by DuckDB's own ``COPY`` so no dataframe library is needed and
column types (dates, doubles, lists in Parquet) survive. JSON keeps the contracts' shapes:
the ledger (Contract 2) for estimates, one claim per line (Contract 1) for claims.
"""

from __future__ import annotations

import json

from claimledger.jsonl import dumps_line
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

from claimledger.store import Store
from claimledger.store.duckdb_store import claim_filter

What = Literal["estimates", "claims"]
FORMATS = ("json", "csv", "parquet")


def estimates_sql(fmt: str, measure: str | None, subject: str | None) -> tuple[str, list[Any]]:
    """One row per estimate with its series, claims and number of distinct outlets."""
    where, params = claim_filter(measure, subject, prefix="s.")
    lists_as_text = fmt == "csv"
    src = "array_to_string(e.sources, ';')" if lists_as_text else "e.sources"
    cl = ("string_agg(ec.claim_id, ';' ORDER BY ec.position)" if lists_as_text
          else "list(ec.claim_id ORDER BY ec.position) FILTER (WHERE ec.claim_id IS NOT NULL)")
    sql = f"""
        SELECT s.subject, s.measure, e.position AS estimate, e.low, e.high, e.bound,
               e.increment, e.time_start, e.time_end, {src} AS sources,
               {cl} AS claims,
               count(DISTINCT coalesce(c.outlet, d.outlet, c.doc_id)) AS n_outlets
        FROM estimates e
        JOIN series s ON s.id = e.series_id
        LEFT JOIN estimate_claims ec ON ec.estimate_id = e.id
        LEFT JOIN claims c ON c.id = ec.claim_id
        LEFT JOIN documents d ON d.id = c.doc_id
        {where}
        GROUP BY s.id, s.subject, s.measure, e.id, e.position, e.low, e.high, e.bound,
                 e.increment, e.time_start, e.time_end, e.sources
        ORDER BY s.id, e.position"""
    return sql, params


def claims_sql(measure: str | None, subject: str | None) -> tuple[str, list[Any]]:
    """The flattened claim columns (not the JSON): what a spreadsheet user wants."""
    where, params = claim_filter(measure, subject, None)
    sql = f"""
        SELECT id, doc_id, local_id, span_start, span_end, text, sentence, low, high, bound,
               placeholder, unit, measure, subject, increment, hedged, source_key, source_id,
               source_text, source_kind, source_cue, time_start, time_end, outlet, published
        FROM claims {where}
        ORDER BY doc_id, span_start, span_end, id"""
    return sql, params


def copy_to(store: Store, what: What, fmt: Literal["csv", "parquet"], out: str | os.PathLike[str],
            measure: str | None = None, subject: str | None = None) -> int:
    """Write estimates or claims to ``out`` with DuckDB ``COPY``; returns the row count."""
    sql, params = (estimates_sql(fmt, measure, subject) if what == "estimates"
                   else claims_sql(measure, subject))
    con = store.connection.cursor()  # temp table lives on this cursor only
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _export AS {sql}", params)
        n = con.execute("SELECT count(*) FROM _export").fetchone()[0]  # type: ignore[index]
        target = str(out).replace("'", "''")
        opts = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
        con.execute(f"COPY _export TO '{target}' ({opts})")
        con.execute("DROP TABLE _export")
    finally:
        con.close()
    return int(n)


def csv_text(store: Store, what: What, measure: str | None = None,
             subject: str | None = None) -> str:
    """CSV as a string (for stdout): COPY writes files, so go through a temporary one."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        copy_to(store, what, "csv", path, measure, subject)
        return path.read_text(encoding="utf-8")


def json_text(ledger: dict[str, Any], claims: list[Any], what: What) -> str:
    """Contract 2 (estimates: the whole ledger) or Contract 1 JSON lines (claims)."""
    if what == "estimates":
        return json.dumps(ledger, ensure_ascii=False, indent=2) + "\n"
    return "".join(dumps_line(c.to_json()) + "\n" for c in claims)


__all__ = ["FORMATS", "What", "claims_sql", "copy_to", "csv_text", "estimates_sql", "json_text"]
