"""Helpers shared by the hostile-corpus tests (tests/test_hostile_*.py).

Every hostile input is generated inside the test's tmp_path; nothing big is committed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from claimledger.cli import main
from claimledger.ingest import IngestReport, read_documents
from claimledger.model import Document

GOOD = "Bei dem Unglück wurden nach Angaben der Polizei 12 Menschen getötet."


def cli(args: list[str]) -> Result:
    """Run a documented command the way a user does; tracebacks must never show."""
    r = CliRunner().invoke(main, args)
    assert "Traceback" not in r.output, r.output
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise AssertionError(f"uncaught {type(r.exception).__name__}: {r.exception}")
    return r


def collect(paths: list[Any], **kw: Any) -> tuple[list[Document], list[tuple[str, str]],
                                                  IngestReport]:
    """Read ``paths`` to the end; every message is kept as (input, message)."""
    errors: list[tuple[str, str]] = []
    report = IngestReport()
    docs = list(read_documents(paths, on_error=lambda n, m: errors.append((n, m)),
                               report=report, **kw))
    return docs, errors, report


def claims_of(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def write(p: Path, text: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p
