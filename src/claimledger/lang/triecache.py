"""The first levels of :mod:`claimledger.lang.regex`'s alternations kept across processes.

Building a pack's patterns groups thousands of names and words into tries, in Python: about
0.04 s of every process (a third of building the German pack) before the compiled programs
can even be looked up in the regex cache (:mod:`claimledger.lang.recache`), which is keyed by
the pattern text those tries make. A trie depends on nothing but its patterns, two settings
and the code of ``lang/regex.py``, so it is filed under all of them (a digest of the module's
source among them: an edit of the module files its tries anew) in a file of the same format
as the regex cache (:mod:`claimledger.lang.recache_file`: an index, and a record a trie read
only when asked for), beside it; new tries are written when the process exits. The same
settings turn it off and move it; a missing, damaged or unwritable file means building as
before.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimledger.lang import recache, recache_file

#: a file holding more tries than this is trimmed to the ones this process used
MAX_ENTRIES = 20000

T = TypeVar("T")
_lock = threading.RLock()
_state: dict[str, Any] = {"path": None, "file": None, "fresh": {}, "used": set(), "hook": False}


def _path() -> Path | None:
    regex_file = recache.cache_file()
    if regex_file is None:
        return None
    return regex_file.parent / regex_file.name.replace("regex-", "tries-", 1)


def _code_digest() -> str:
    got = _state.get("code")
    if got is None:
        source = Path(__file__).with_name("regex.py").read_bytes()
        got = _state["code"] = hashlib.blake2b(source, digest_size=16).hexdigest()
    return got  # type: ignore[no-any-return]


def kept(patterns: frozenset[str], ignore_case: bool, depth: int, build: Callable[[], T],
         valid: Callable[[Any], bool]) -> T:
    """``build()``, or what it gave for the same patterns and settings in an earlier process
    (of the same ``regex.py``). ``valid`` tells a record's shape before it is used."""
    path = _path()
    if path is None:
        return build()
    # the patterns by a digest of their sorted list: a record need not repeat them
    listed = hashlib.blake2b(marshal.dumps(tuple(sorted(patterns))), digest_size=20).hexdigest()
    key = (f"{_code_digest()}|{int(ignore_case)}|{depth}|{listed}", 0)
    with _lock:
        if _state["path"] != path:
            _flush()
            _state.update(path=path, file=recache_file.read(path), fresh={}, used=set())
        got = _state["file"].args(key, valid)
    if got is not None:
        _state["used"].add(key)
        return got  # type: ignore[no-any-return]
    value = build()
    with _lock:
        _state["fresh"][key] = value
        _state["used"].add(key)
        if not _state["hook"]:
            atexit.register(_flush)
            _state["hook"] = True
    return value


def _flush() -> None:
    """Write the tries built here, beside those the file holds (read again: another process
    may have added some), or only the ones used here when that makes too many."""
    with _lock:
        path, fresh = _state["path"], _state["fresh"]
        if path is None or not fresh:
            return
        records = recache_file.whole_records(recache_file.read(path))
        for key, value in fresh.items():
            records[recache_file.digest(key)] = recache_file.encode(key, value)
        if len(records) > MAX_ENTRIES:
            used = {recache_file.digest(k) for k in _state["used"]}
            records = {k: v for k, v in records.items() if k in used}
        recache_file.write(path, records)
        _state["fresh"] = {}


def flush() -> None:
    """Write the tries this process built now (they are also written at exit)."""
    _flush()
