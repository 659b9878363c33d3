"""Which files a list of command-line paths stands for.

Only regular files are ever read: a FIFO blocks forever, a character device such as
``/dev/zero`` never ends, and a symlink loop has no target — each is named and skipped
without being opened. Directories are walked in sorted order (without following symlinked
directories, which is what makes a walk loop-free); an unreadable subdirectory and a
directory with nothing to read are named too, so that no input disappears without a word.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimledger.ingest.errors import ErrorHandler, warn
from claimledger.ingest.fsopen import expand_url, is_url
from claimledger.ingest.readers import READERS, file_kind, reader_for

#: a file of this name inside a directory is that directory's metadata, not an article
META_NAME = "meta.jsonl"


@dataclass(frozen=True)
class InputFile:
    """A file to read, and the directory given on the command line that it was found in
    (None for a file given directly): ids of files in a directory are relative to it."""

    path: Path
    root: Path | None = None

    @property
    def base_id(self) -> str:
        """The document id a file stands for: its path relative to the directory it was
        found in, without the suffix (``2024/bericht``), or the stem of a file given
        directly. Two files called ``bericht.txt`` in different folders stay two documents."""
        if self.root is None:
            return self.path.stem
        rel = self.path.relative_to(self.root)
        return (rel.parent / rel.stem).as_posix() if rel.parent != Path(".") else rel.stem


def _stat_problem(p: Path) -> str | None:
    """Why ``p`` cannot be read as a file, or None when it is a regular file."""
    try:
        st = p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop"
        if p.is_symlink():
            return "broken symlink (its target does not exist)"
        return e.strerror or str(e)
    kind = file_kind(st.st_mode)
    return f"{kind}, not a regular file; skipped" if kind else None


def _walk(root: Path, on_error: ErrorHandler, skip: Callable[[Path], bool]
          ) -> Iterator[InputFile]:
    found = 0

    def walk_error(e: OSError) -> None:
        on_error(str(e.filename or root), f"cannot read directory: {e.strerror or e}")

    for dirpath, dirs, files in os.walk(root, onerror=walk_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs:
            if os.path.islink(os.path.join(dirpath, d)):
                warn(on_error, os.path.join(dirpath, d),
                     "symlinked directory not followed (give it on the command line to read it)")
        for name in sorted(files):
            f = Path(dirpath) / name
            if name == META_NAME or reader_for(f) is None:
                continue
            problem = _stat_problem(f)
            if problem is not None:
                on_error(str(f), problem)
                found += 1
                continue
            if skip(f):
                continue
            found += 1
            yield InputFile(f, root)
    if not found:
        on_error(str(root), "no files to read in this directory (expected "
                            f"{', '.join(sorted(READERS))})")


def iter_input_files(paths: Sequence[str | Path], on_error: ErrorHandler,
                     skip: Callable[[Path], bool] = lambda p: False) -> Iterator[InputFile]:
    """Expand ``paths``: files as given, directories recursively in sorted order, keeping
    only the known suffixes. A missing or unreadable path is an error, and so is an unknown
    suffix given explicitly (a directory silently skips it); the rest goes on."""
    for raw in paths:
        if is_url(raw):  # remote (fsspec) inputs: files, directories and globs
            yield from (InputFile(f) for f in  # type: ignore[arg-type]
                        expand_url(str(raw), READERS, META_NAME, on_error))
            continue
        p = Path(raw)
        try:
            is_dir = p.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(p, on_error, skip)
            continue
        if not os.path.lexists(p):
            on_error(str(p), "no such file or directory")
            continue
        problem = _stat_problem(p)
        if problem is not None:
            on_error(str(p), problem)
            continue
        if skip(p):
            continue
        if reader_for(p) is None:
            on_error(str(p), f"unsupported file type {p.suffix or '(none)'!r} "
                             f"(expected {', '.join(sorted(READERS))})")
            continue
        if not os.access(p, os.R_OK):
            on_error(str(p), "cannot read: permission denied")
            continue
        yield InputFile(p)
