"""What a DuckDB failure means for the user, and the settings that keep DuckDB offline.

Kept apart from the store itself so that every command (and the runner) can classify a
database error the same way, by DuckDB's own phrases.
"""

from __future__ import annotations

#: A local tool never reaches the network: DuckDB would otherwise try to download an
#: extension for a file it recognises (a SQLite file given as --db).
OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def classify_error(e: BaseException, default: str = "cannot open it") -> str:
    """What a DuckDB error on opening or using a database file means for the user.

    Matched on DuckDB's own phrases: "lock" alone would also match "block", which is how a
    damaged file used to be reported as "in use by another process"."""
    msg = str(e)
    low = msg.lower()
    if "could not set lock" in low or "conflicting lock" in low:
        return "it is in use by another process"
    if (isinstance(e, OSError) and getattr(e, "errno", None) == 28) or "no space left" in low:
        return "the disk is full; the last document's transaction was rolled back"
    if ("corrupt" in low or "checksum" in low or "not a valid duckdb database" in low
            or "read enough bytes" in low):
        return "not a DuckDB database, or a damaged one; the file was left untouched"
    if "extension" in low:
        return "not a DuckDB database (DuckDB would need an extension to read it)"
    if "permission denied" in low or "read-only file system" in low:
        return "no permission to open it"
    return default


class StoreError(Exception):
    """A database that cannot be used; the message names the file and says what to do."""


def short_error(e: BaseException) -> str:
    """The first line of an exception's message (its type when it has none)."""
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
