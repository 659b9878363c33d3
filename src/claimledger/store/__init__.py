"""Storage: an embedded DuckDB database of documents, claims and the reconciled ledger.

``Store.open(path)`` creates or migrates the file; ``upsert_document`` is idempotent and
transactional per document; the ledger tables are rebuilt from all claims with
``save_ledger``. See ``duckdb_store`` for the reasons behind the design.
"""

from claimledger.store.duckdb_store import (
    DEFAULT_DB,
    LEDGER_ITEM_KINDS,
    Store,
    StoredDocument,
    StoreError,
    UpsertStatus,
    classify_error,
    content_hash,
    global_claim_id,
)
from claimledger.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["DEFAULT_DB", "LEDGER_ITEM_KINDS", "MIGRATIONS", "SCHEMA_VERSION", "Store",
           "StoredDocument", "StoreError", "UpsertStatus", "classify_error", "content_hash",
           "global_claim_id"]
