"""Parsed pack tables kept across processes: a TOML table as the parser gave it.

Every process parses the pack's TOML tables (about 240 KB for German: ~0.035 s with the
standard library's parser, which is written in Python) before the first document. The parsed
value is plain data (dicts, lists, strings, numbers), which ``marshal`` writes and reads back
in a tenth of that. (The word lists are not kept: building their sets costs what reading
them does.) A file per table and language, in the directory of the regex
cache (:mod:`claimledger.lang.recache`), holds the digest of the source text it was parsed
from and the value: a source that changed, a damaged or foreign file, a value ``marshal``
cannot hold (a TOML date) or an unwritable directory all mean parsing as before. The same
settings turn it off (``CLAIMLEDGER_NO_CACHE=1``) and move it (``CLAIMLEDGER_CACHE_DIR``).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimledger.lang import recache

_HEADER = b"claimledger-parsed-table 1\n"
_DIGEST = 32  # bytes of BLAKE2b over the source text and the kind of parse
_CRC = 4  # bytes of a CRC-32 of the marshalled value: a torn or damaged file is no value

T = TypeVar("T")


def _digest(kind: str, source: str) -> bytes:
    return hashlib.blake2b(f"{kind}\0".encode() + source.encode("utf-8", "surrogatepass"),
                           digest_size=_DIGEST).digest()


def _path(kind: str, lang: str, name: str) -> Path | None:
    regex_file = recache.cache_file()
    if regex_file is None:
        return None
    # the interpreter's tag, as the regex file's: marshal's format may change between releases
    tag = regex_file.name.removeprefix("regex-").removesuffix(".bin")
    return regex_file.parent / f"{kind}-{lang}-{name}-{tag}.bin"


def parsed(kind: str, lang: str, name: str, source: str, parse: Callable[[str], T]) -> T:
    """``parse(source)``, from the cache when this source was parsed before (and written
    to it when not)."""
    path = _path(kind, lang, name)
    if path is None:
        return parse(source)
    dg = _digest(kind, source)
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    start = len(_HEADER) + _DIGEST + _CRC
    if data[:len(_HEADER)] == _HEADER and data[len(_HEADER):len(_HEADER) + _DIGEST] == dg \
            and zlib.crc32(data[start:]).to_bytes(_CRC, "big") == data[start - _CRC:start]:
        try:
            return marshal.loads(data[start:])  # type: ignore[no-any-return]
        except (EOFError, ValueError, TypeError):
            pass  # damaged: parse, and write it again
    value = parse(source)
    _write(path, dg, value)
    return value


def _write(path: Path, dg: bytes, value: Any) -> None:
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return  # a value marshal cannot hold (a TOML date or time): parsed every time
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".table-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_HEADER + dg + zlib.crc32(payload).to_bytes(_CRC, "big") + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # an unwritable cache is no cache
