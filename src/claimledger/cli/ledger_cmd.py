"""The `ledger` command: claims JSONL (Contract 1) -> ledger JSON (Contract 2).

Thin over :func:`claimledger.reconcile.build_ledger`. A malformed line must not cost the user
the whole ledger, so it is reported as ``file:line: reason`` on stderr and skipped; the exit
status stays 0 unless no line could be read at all from a non-empty file.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import IO

import click

from claimledger.model import Claim


def read_claims(stream: IO[str], name: str, errors: list[str]) -> Iterator[Claim]:
    """Yield the claims of a JSONL stream; bad lines are appended to ``errors`` as file:line."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            yield Claim.from_json(data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            errors.append(f"{name}:{lineno}: skipped malformed claim: {reason}")


def _counting(claims: Iterator[Claim], seen: list[int]) -> Iterator[Claim]:
    for c in claims:
        seen[0] += 1
        yield c


@click.command("ledger")
@click.argument("claims", type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the ledger JSON here (default: stdout).")
def command(claims: str, output: str | None) -> None:
    """Reconcile CLAIMS (a claims JSONL file, '-' for stdin, or the Parquet file or dataset
    directory `extract` wrote) into a ledger JSON."""
    from claimledger.engine.parquet import is_parquet_input, read_claims as read_parquet
    from claimledger.reconcile import build_ledger

    errors: list[str] = []
    if claims != "-" and "://" not in claims and not os.path.exists(claims):
        raise click.BadParameter(f"{claims!r} does not exist", param_hint="'CLAIMS'")
    parsed: list[Claim] | Iterator[Claim]
    seen = [0]
    if claims != "-" and is_parquet_input(claims):
        # streamed: reconcile keeps a small record per claim, so the claims themselves need
        # not all be held at once (a dataset may be far larger than one JSONL file)
        parsed = _counting(read_parquet(claims), seen)
    elif claims == "-":
        parsed = list(read_claims(sys.stdin, "<stdin>", errors))
    else:
        with open(claims, encoding="utf-8") as f:
            parsed = list(read_claims(f, claims, errors))
    for e in errors:
        click.echo(e, err=True)
    if errors and not parsed:
        raise click.ClickException(f"no readable claims in {claims}")
    ledger = build_ledger(parsed)
    n_claims = len(parsed) if isinstance(parsed, list) else seen[0]
    text = json.dumps(ledger, ensure_ascii=False, indent=1)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        click.echo(f"{output}: {len(ledger['series'])} series, "
                   f"{len(ledger['disagreements'])} disagreements, {len(ledger['updates'])} "
                   f"updates, {len(ledger['relations'])} relations, {len(ledger['gaps'])} gaps "
                   f"from {n_claims} claims", err=True)
    else:
        click.echo(text)
