"""Errors, warnings and the per-run tally of the ingest stage.

A batch must survive a bad input: every problem is reported through an ``on_error``
callback and the batch goes on. The CLI needs to know afterwards whether *anything* was
read (it fails only when nothing was), so the callback is wrapped by :class:`IngestReport`,
which counts documents, failed inputs and warnings as they stream past.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.model import Document

#: ``on_error(input_name, message)``; ``input_name`` is a path or ``path:LINE``.
ErrorHandler = Callable[[str, str], None]

#: Messages that report a recovered problem (the input was still read) start with this.
WARNING_PREFIX = "warning: "


class IngestError(Exception):
    """An input that cannot be turned into a document; the message says why."""


def default_on_error(input_name: str, message: str) -> None:
    """Print ``claimledger: error: <input>: <reason>`` (or ``warning:``) to stderr, the
    format every command uses (see ``claimledger.cli.problems``)."""
    if message.startswith(WARNING_PREFIX):
        level, message = "warning", message[len(WARNING_PREFIX):]
    else:
        level = "error"
    print(f"claimledger: {level}: {input_name}: {message}", file=sys.stderr)


@dataclass
class IngestReport:
    """Running counts of one ``read_documents`` call.

    ``failed`` counts inputs (files, JSONL lines, CSV rows) that yielded no document;
    ``warnings`` counts recovered problems (wrong encoding, unmatched metadata).
    ``problems`` keeps the first ``keep`` messages for a summary without growing unbounded.
    """

    documents: int = 0
    failed: int = 0
    warnings: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    keep: int = 100

    def wrap(self, on_error: ErrorHandler | None) -> ErrorHandler:
        """Return a handler that counts, remembers and then forwards to ``on_error``."""
        target = on_error or default_on_error

        def handler(input_name: str, message: str) -> None:
            if message.startswith(WARNING_PREFIX):
                self.warnings += 1
            else:
                self.failed += 1
            if len(self.problems) < self.keep:
                self.problems.append((input_name, message))
            target(input_name, message)

        return handler

    @property
    def ok(self) -> bool:
        """True when at least one document was read: the CLI's exit criterion."""
        return self.documents > 0


def warn(on_error: ErrorHandler, input_name: str, message: str) -> None:
    """Report a recovered problem; kept apart from errors by :data:`WARNING_PREFIX`."""
    on_error(input_name, WARNING_PREFIX + message)


def doc_name(doc: Document) -> str:
    """How a document is named in messages: its file, plus its id when the file holds
    many documents (a JSONL or CSV corpus)."""
    if not doc.path:
        return doc.id
    stem = Path(doc.path).stem
    return doc.path if doc.id.split("~")[0].endswith(stem) else f"{doc.path} [{doc.id}]"
