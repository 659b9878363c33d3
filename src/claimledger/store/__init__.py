"""Storage: an embedded DuckDB database of documents, claims and the reconciled ledger.

``Store.open(path)`` creates or migrates the file; ``upsert_document`` is idempotent and
transactional per document; the ledger tables are rebuilt from all claims with
``save_ledger``. See ``duckdb_store`` for the reasons behind the design.

What every command names at import (``DEFAULT_DB``, ``StoreError``) is here without DuckDB;
the rest is loaded on first use (PEP 562): ``run`` forks its extraction workers before it
needs the database, and DuckDB loads in the parent while they extract.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from claimledger.store.errors import StoreError, classify_error

#: where the commands keep the database unless told otherwise
DEFAULT_DB = "claimledger.duckdb"

_LAZY = {
    "LEDGER_ITEM_KINDS": "duckdb_store", "Store": "duckdb_store",
    "StoredDocument": "duckdb_store", "UpsertStatus": "duckdb_store",
    "content_hash": "duckdb_store", "global_claim_id": "duckdb_store",
    "MIGRATIONS": "schema", "SCHEMA_VERSION": "schema",
}

if TYPE_CHECKING:
    from claimledger.store.duckdb_store import (
        LEDGER_ITEM_KINDS, Store, StoredDocument, UpsertStatus, content_hash, global_claim_id,
    )
    from claimledger.store.schema import MIGRATIONS, SCHEMA_VERSION


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["DEFAULT_DB", "LEDGER_ITEM_KINDS", "MIGRATIONS", "SCHEMA_VERSION", "Store",
           "StoredDocument", "StoreError", "UpsertStatus", "classify_error", "content_hash",
           "global_claim_id"]
