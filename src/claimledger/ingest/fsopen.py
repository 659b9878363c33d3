"""Inputs that are not plain local files: gzip-compressed files and remote URLs.

Archives come compressed (``.jsonl.gz``, ``.warc.gz``) and often live in object stores
(``s3://``, ``gs://``, ``https://``). Rather than teach every reader about both, such an input
is wrapped in an :class:`FsPath`: it quacks like the :class:`pathlib.Path` the readers already
use (``open``, ``read_bytes``, ``stat``, ``stem``, ``suffix``) but opens through fsspec, which
is what Dask itself uses to reach remote data, and decompresses on the fly. A compressed file
presents its inner name (``a.jsonl.gz`` reads as ``a.jsonl``) so the ordinary reader is chosen.

Nothing here touches the network unless the user names a remote URL.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: suffixes this module adds to the ones the readers know
GZ_SUFFIX = ".gz"
ARCHIVE_SUFFIXES = {".gz", ".warc"}


def is_url(raw: str | os.PathLike[str]) -> bool:
    """True for ``proto://...`` other than ``file://`` (which is a local path)."""
    s = str(raw)
    return "://" in s and not s.startswith("file://")


@dataclass(frozen=True)
class _Stat:
    st_size: int


class FsPath:
    """A file reached through fsspec, shaped like the part of ``pathlib.Path`` readers use.

    ``gz`` makes it a view of the decompressed content under the inner name; ``str()`` stays
    the real location so that messages name what the user gave.
    """

    def __init__(self, url: str, gz: bool = False) -> None:
        self.url = url
        self.gz = gz
        base = posixpath.basename(url.rstrip("/"))
        self.name = base[: -len(GZ_SUFFIX)] if gz and base.lower().endswith(GZ_SUFFIX) else base

    # -- the Path surface the readers rely on
    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name)[1]

    @property
    def stem(self) -> str:
        return posixpath.splitext(self.name)[0]

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(p for p in self.url.split("/") if p)

    def resolve(self) -> "FsPath":
        return self

    def open(self, mode: str = "rb", encoding: str | None = None, errors: str | None = None,
             newline: str | None = None) -> IO[Any]:
        import fsspec

        kwargs: dict[str, Any] = {"compression": "gzip" if self.gz else None}
        if "b" not in mode:
            mode = mode if "t" in mode else mode + "t"
            kwargs.update(encoding=encoding or "utf-8", errors=errors, newline=newline)
        return fsspec.open(self.url, mode, **kwargs).open()

    def read_bytes(self) -> bytes:
        with self.open("rb") as fh:
            return fh.read()

    def stat(self) -> _Stat:
        """Size as stored (compressed size for ``.gz``): the readers' per-file limit then
        bounds what is fetched, not what it inflates to."""
        fs, path = _fs(self.url)
        return _Stat(int(fs.size(path) or 0))

    def is_file(self) -> bool:
        fs, path = _fs(self.url)
        return bool(fs.isfile(path))

    def is_dir(self) -> bool:
        fs, path = _fs(self.url)
        return bool(fs.isdir(path))

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"FsPath({self.url!r}{', gz=True' if self.gz else ''})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FsPath) and (self.url, self.gz) == (other.url, other.gz)

    def __hash__(self) -> int:
        return hash((self.url, self.gz))


def _fs(url: str) -> tuple[Any, str]:
    import fsspec.core

    fs, path = fsspec.core.url_to_fs(url)
    return fs, path


def open_binary(path: str | os.PathLike[str] | FsPath) -> IO[bytes]:
    """Open any input for reading bytes: a local path, a URL, or an FsPath (not decompressed:
    WARC readers handle their own per-record gzip)."""
    if isinstance(path, FsPath):
        return FsPath(path.url).open("rb")
    if is_url(path):
        return FsPath(str(path)).open("rb")
    return open(path, "rb")


def expand_url(raw: str, suffixes: Iterable[str], skip_name: str,
               on_error: Callable[[str, str], None]) -> Iterator[FsPath]:
    """The files under a remote URL (a file, a directory or a glob), in sorted order, whose
    names end in one of ``suffixes``; mirrors how local directories are walked."""
    suffixes = tuple(suffixes)
    try:
        fs, path = _fs(raw)
        if any(ch in path for ch in "*?["):
            found = sorted(fs.glob(path))
        elif fs.isdir(path):
            found = sorted(fs.find(path))
        elif fs.isfile(path):
            yield FsPath(raw)
            return
        else:
            on_error(raw, "no such file or directory")
            return
    except (OSError, ValueError, ImportError) as e:
        on_error(raw, f"cannot list: {e}")
        return
    for p in found:
        name = posixpath.basename(p)
        if name == skip_name or name.startswith("."):
            continue
        if any(name.lower().endswith(suf) and len(name) > len(suf) for suf in suffixes):
            yield FsPath(fs.unstrip_protocol(p))


def as_gz_view(path: Path | FsPath) -> FsPath:
    """A compressed file seen as its decompressed content under its inner name."""
    url = path.url if isinstance(path, FsPath) else str(path)
    return FsPath(url, gz=True)


__all__ = ["ARCHIVE_SUFFIXES", "FsPath", "as_gz_view", "expand_url", "is_url", "open_binary"]
