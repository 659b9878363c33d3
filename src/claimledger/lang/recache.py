"""Compiled regular expressions kept across processes.

Building a language pack compiles a few hundred regular expressions, some of them alternations
of thousands of names; Python's regex compiler is written in Python and spends about half a
second of every process on them (an eighth of ``claimledger run`` on the 1,028 bench
articles), and a Dask worker pays it again. The engine's compiled program, however, is a plain
list of integers: this module keeps those programs in a file and hands them back to the
engine (``_sre.compile``), skipping parsing and code generation. A pattern taken from the cache
is equal (``==`` compares the program) to one compiled afresh, so results cannot differ.

* **Keyed by the pattern itself** (and its flags), so editing a pack only misses the
  patterns that changed; and per Python build (version and engine magic in the file name and
  its header), since another release may generate other programs.
* **Scoped**: only compiles made while :func:`active` is entered go through the cache
  (``LanguagePack.compiled`` enters it while a stage builds its tables), by routing the
  standard library's compile step through it for that time.
* **Never in the way**: a missing, unreadable, damaged or foreign file is ignored (and
  rewritten), an unwritable directory means no cache, and if this interpreter's compiler does
  not produce what the cache would (checked once with probe patterns) the cache stays off.
  The file is replaced atomically, so processes writing at once leave one of their files.
* **Read as asked**: the file (:mod:`claimledger.lang.recache_file`) is an index and one
  record a pattern; a process unmarshals only the records of the patterns it compiles.

``CLAIMLEDGER_CACHE_DIR`` names the directory (default ``$XDG_CACHE_HOME/claimledger``, else
``~/.cache/claimledger``); ``CLAIMLEDGER_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimledger.lang import recache_file

try:  # the engine and the standard library's compiler steps; absent elsewhere than CPython
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters run without the cache
    _sre = _compiler = _parser = None  # type: ignore[assignment]

#: a file holding more patterns than this is trimmed to the ones this process used
MAX_ENTRIES = 5000
# the file's checks of damage are CRC-32s of its index and of each record (a SHA-256 of the
# ten megabytes a shared cache grows to cost a process 25 ms at its first compile; the checks
# guard against a torn or truncated file, not against an attacker who can write the directory)
_PROBES = ((r"(?P<a>x)(?<!\d)[^\W\d](?i:b|c)+\b", 0), (r"(?x) a # c\n (?P<n>\d{2,})", re.I),
           ("|".join(f"w{i}" for i in range(40)), re.U))

#: what ``_sre.compile`` takes besides the pattern: flags, the program (as the bytes of an
#: array of code words: compact in memory and in the file), groups, group index, index group
Args = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

#: the array type of the engine's code words (4 bytes on CPython)
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "I")

_lock = threading.RLock()
# entries: the patterns this process took from the file or compiled, by (pattern, flags);
# fresh: those it compiled; file: the file as read when the cache became active
_state: dict[str, Any] = {"depth": 0, "entries": None, "fresh": {}, "file": None, "path": None,
                          "used": set(), "dirty": False, "ok": None, "original": None,
                          "exit_hook": False}


def cache_file() -> Path | None:
    """Where this interpreter's cache lives, or None when the cache is off."""
    env = os.environ
    return _cache_path(env.get("CLAIMLEDGER_NO_CACHE"), env.get("CLAIMLEDGER_CACHE_DIR"),
                       env.get("XDG_CACHE_HOME"), env.get("HOME"))


@lru_cache(maxsize=8)
def _cache_path(off: str | None, where: str | None, xdg: str | None,
                home: str | None) -> Path | None:
    if off or _sre is None:
        return None
    base = where or os.path.join(xdg or os.path.join(os.path.expanduser("~"), ".cache"),
                                 "claimledger")
    return Path(base) / _file_name()


@lru_cache(maxsize=1)
def _file_name() -> str:
    build = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|"
                           f"{_sre.CODESIZE}".encode()).hexdigest()[:12]
    # the format is part of the name: processes of an earlier release share the directory
    # and keep their own file instead of overwriting this one at each exit
    return f"regex-{sys.implementation.cache_tag}-{build}-3.bin"


def compile_args(pattern: str, flags: int) -> Args:
    """What ``re._compiler.compile`` passes to the engine for ``pattern``, ``flags``."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _from_args(pattern: str, args: Args) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = args
    program = array(_CODE_TYPE)
    program.frombytes(code)
    return _sre.compile(pattern, flags, program.tolist(), groups, dict(groupindex), indexgroup)


def _works() -> bool:
    """Does building from :func:`compile_args` give what this Python's compiler gives?"""
    try:
        for p, f in _PROBES:
            ours, theirs = _from_args(p, compile_args(p, f)), _compiler.compile(p, f)
            if ours != theirs or ours.groupindex != theirs.groupindex:
                return False
        return True
    except Exception:  # noqa: BLE001 - any surprise in private APIs: no cache
        return False


def _cached_compile(p: Any, flags: int = 0) -> Any:
    """Stands in for ``re._compiler.compile`` while the cache is active."""
    original = _state["original"]
    entries = _state["entries"]
    if not isinstance(p, str) or flags & re.DEBUG or entries is None:
        return original(p, flags)
    key = (p, flags)
    args = entries.get(key)
    if args is None and _state["file"] is not None:
        args = _state["file"].args(key, _valid_args)
        if args is not None:
            entries[key] = args
    if args is not None:
        try:
            out = _from_args(p, args)
            _state["used"].add(key)
            return out
        except Exception:  # noqa: BLE001 - a bad entry: compile afresh and replace it
            entries.pop(key, None)
    try:
        args = compile_args(p, flags)
    except re.error:
        raise  # a bad pattern: the error the standard library would give
    except Exception:  # noqa: BLE001 - anything else from private APIs: compile as usual
        return original(p, flags)
    with _lock:
        entries[key] = args
        _state["fresh"][key] = args
        _state["used"].add(key)
        if not _state["dirty"]:
            _state["dirty"] = True
            if not _state["exit_hook"]:
                atexit.register(_flush)
                _state["exit_hook"] = True
    return _from_args(p, args)


def _valid_args(v: Any) -> bool:
    """Is ``v`` shaped like :data:`Args` (a record read from the file is checked before use)?"""
    return (isinstance(v, tuple) and len(v) == 5 and isinstance(v[0], int) and isinstance(v[1], bytes)
            and isinstance(v[2], int) and isinstance(v[3], dict) and isinstance(v[4], tuple))


def _flush() -> None:
    """Write the cache when this process compiled something new (once, at exit): the file's
    entries (another process may have added some) and ours, or only the ones used here when
    that makes too many."""
    with _lock:
        path, entries = _state["path"], _state["entries"]
        if not _state["dirty"] or path is None or entries is None:
            return
        records = recache_file.whole_records(recache_file.read(path))
        for key, args in _state["fresh"].items():
            records[recache_file.digest(key)] = recache_file.encode(key, args)
        if len(records) > MAX_ENTRIES:
            used = {recache_file.digest(k) for k in _state["used"]}
            records = {k: v for k, v in records.items() if k in used}
        recache_file.write(path, records)
        _state["fresh"], _state["dirty"] = {}, False


@contextmanager
def active() -> Iterator[None]:
    """Compiles inside this block go through the cache; what was new is written when the
    process exits. Re-entrant and thread-safe; a no-op when the cache is off."""
    path = cache_file()
    with _lock:
        if path is not None and _state["ok"] is None:
            _state["ok"] = _works()
        if path is None or not _state["ok"]:
            path = None
        elif _state["depth"] == 0:
            if _state["entries"] is None or _state["path"] != path:
                _flush()
                _state["entries"], _state["path"] = {}, path
                _state["file"] = recache_file.read(path)
                _state["used"], _state["fresh"], _state["dirty"] = set(), {}, False
            _state["original"] = _compiler.compile
            _compiler.compile = _cached_compile
        if path is not None:
            _state["depth"] += 1
    try:
        yield
    finally:
        if path is not None:
            with _lock:
                _state["depth"] -= 1
                if _state["depth"] == 0:
                    _compiler.compile = _state["original"]


def flush() -> None:
    """Write what this process added to the cache now (it is also written at exit)."""
    _flush()


__all__ = ["MAX_ENTRIES", "active", "cache_file", "compile_args", "flush"]
