"""How every command reports problems: one format, one tally, one exit status.

The promise is that bad input never stops a batch, and that the user learns about each
problem and about the batch as a whole:

* every problem is one line on stderr, ``claimledger: error: INPUT: REASON`` or
  ``claimledger: warning: INPUT: REASON`` (INPUT is a path or ``path:LINE``);
* a closing summary counts documents, errors and warnings apart;
* the exit status is 0 when nothing failed (warnings do not count), :data:`EXIT_FAILED`
  when some input failed or nothing could be read;
* outputs that cannot be written, full disks and damaged databases end the command with a
  message naming the file, never with a traceback (:func:`guarded`, :func:`open_output`).
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar

import click

from claimledger.cli.messages import echo_collapsed, kind_of
from claimledger.ingest.errors import WARNING_PREFIX

EXIT_OK = 0
EXIT_FAILED = 1

F = TypeVar("F", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """A problem that ends a command: printed as ``claimledger: error: ...``, exit 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"claimledger: error: {self.format_message()}", err=True)


@dataclass
class Problems:
    """The tally of one command's problems; also an ingest ``on_error`` handler.

    Errors print at once. Warnings and notes are collected by kind and printed when the
    tally is read (:meth:`flush`, called by :meth:`counts` and :meth:`exit_code`): a corpus of
    a thousand undated articles gives one line with a count, not a thousand."""

    errors: int = 0
    warnings: int = 0
    pending: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)

    def __call__(self, name: str, message: str) -> None:
        if message.startswith(WARNING_PREFIX):
            self.warning(name, message[len(WARNING_PREFIX):])
        else:
            self.error(name, message)

    def error(self, name: str, reason: str) -> None:
        self.errors += 1
        click.echo(f"claimledger: error: {name}: {reason}", err=True)

    def warning(self, name: str, reason: str) -> None:
        self.warnings += 1
        self.pending.setdefault(("warning", kind_of(reason)), []).append((name, reason))

    def note(self, name: str, reason: str) -> None:
        """Information about an input that is neither an error nor a warning."""
        self.pending.setdefault(("", kind_of(reason)), []).append((name, reason))

    def flush(self) -> None:
        """Print the collected warnings and notes, repeats of one kind as one line."""
        for (level, _), items in self.pending.items():
            echo_collapsed(level, items)
        self.pending.clear()

    def counts(self) -> str:
        self.flush()
        return (f"{self.errors} error{'s' if self.errors != 1 else ''}, "
                f"{self.warnings} warning{'s' if self.warnings != 1 else ''}")

    def exit_code(self, nothing_read: bool = False) -> int:
        self.flush()
        return EXIT_FAILED if self.errors or nothing_read else EXIT_OK

    @contextmanager
    def extraction_warnings(self) -> Iterator[None]:
        """Count and print the warnings extraction logs (a document cut short)."""
        from claimledger.extract.limits import warnings_to

        with warnings_to(self.warning):
            yield


def describe_os_error(e: OSError) -> str:
    """A one-line reason for an OSError, with the one that matters most spelt out."""
    if e.errno == errno.ENOSPC:
        return "the disk is full (no space left on device)"
    if e.errno == errno.EDQUOT:
        return "disk quota exceeded"
    return e.strerror or str(e)


@contextmanager
def open_output(path: str | None, binary: bool = False) -> Iterator[IO[Any]]:
    """stdout, or the file ``path`` opened for writing; any failure to open, write or close
    it (missing directory, a directory, no permission, a full disk) ends the command with a
    message naming the file. A partly written file is removed rather than left looking
    complete."""
    if path is None or path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    try:
        fh = open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"}))
    except OSError as e:
        raise CommandError(f"{path}: cannot write: {describe_os_error(e)}") from None
    try:
        with fh:
            yield fh
    except OSError as e:
        _remove(path)
        raise CommandError(f"{path}: cannot write: {describe_os_error(e)}") from None
    except BaseException:
        _remove(path)
        raise


def _remove(path: str) -> None:
    try:
        if os.path.isfile(path):
            os.remove(path)
    except OSError:
        pass


def check_output_path(path: str | None) -> None:
    """Fail early, before any work, when ``path`` cannot be created or written."""
    if path is None or path == "-":
        return
    if os.path.isdir(path):
        raise CommandError(f"{path}: cannot write: is a directory")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        why = "is not a directory" if os.path.exists(parent) else "does not exist"
        raise CommandError(f"{path}: cannot write: {parent} {why}")
    if not os.access(parent, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise CommandError(f"{path}: cannot write: permission denied")


def guarded(func: F) -> F:
    """Wrap a command so that no traceback reaches the user.

    Store errors, DuckDB errors, OS errors and, as a last resort, anything unexpected become
    a one-line message and exit status 1 (set CLAIMLEDGER_DEBUG=1 to see the traceback). A
    closed stdout (``| head``) ends the command quietly."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit,
                KeyboardInterrupt):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            raise SystemExit(EXIT_FAILED) from None
        except Exception as e:  # noqa: BLE001 - the last line of defence; see docstring
            if os.environ.get("CLAIMLEDGER_DEBUG"):
                raise
            raise CommandError(_describe(e)) from None

    return wrapper  # type: ignore[return-value]


def _describe(e: Exception) -> str:
    import duckdb

    from claimledger.store import StoreError, classify_error

    if isinstance(e, StoreError):
        return str(e)
    if isinstance(e, duckdb.Error):
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return f"database: {classify_error(e, 'database error')} ({first})"
    if isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{describe_os_error(e)}"
    return (f"internal error ({type(e).__name__}: {e}); please report it — set "
            "CLAIMLEDGER_DEBUG=1 to see where it happened")


def _quiet_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so that Python's exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
