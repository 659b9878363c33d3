"""The `ledger` command: claims JSONL (Contract 1) -> ledger JSON (Contract 2).

Thin over :func:`claimledger.reconcile.build_ledger`. A malformed line must not cost the user
the whole ledger, so it is reported as ``file:line: reason`` on stderr and skipped; the ledger
of the other lines is still written, and the exit status is 1 when any line was skipped.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from claimledger.cli.problems import (
    CommandError, Problems, check_output_path, describe_os_error, guarded, open_output,
)
from claimledger.model import Claim


def _finite(obj: Any) -> bool:
    """True unless a number in ``obj`` is NaN or infinite (which strict JSON cannot hold)."""
    if isinstance(obj, float):
        return math.isfinite(obj)
    if isinstance(obj, dict):
        return all(_finite(v) for v in obj.values())
    if isinstance(obj, list):
        return all(_finite(v) for v in obj)
    return True


def read_claims(stream: IO[str], name: str, errors: list[str]) -> Iterator[Claim]:
    """Yield the claims of a JSONL stream; bad lines are appended to ``errors`` as file:line."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if not _finite(data):
                raise ValueError("a number is NaN or infinite")
            yield Claim.from_json(data)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError,
                RecursionError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            errors.append(f"{name}:{lineno}: skipped malformed claim: {reason}")


def _counting(claims: Iterator[Claim], seen: list[int]) -> Iterator[Claim]:
    for c in claims:
        seen[0] += 1
        yield c


def _read(claims: str, errors: list[str], seen: list[int]) -> list[Claim] | Iterator[Claim]:
    from claimledger.engine.parquet import is_parquet_input, read_claims as read_parquet

    if claims != "-" and is_parquet_input(claims):
        # streamed: reconcile keeps a small record per claim, so the claims themselves need
        # not all be held at once (a dataset may be far larger than one JSONL file)
        return _counting(read_parquet(claims), seen)
    if claims == "-":
        return list(read_claims(sys.stdin, "<stdin>", errors))
    try:
        with open(claims, encoding="utf-8", errors="replace") as f:
            return list(read_claims(f, claims, errors))
    except OSError as e:
        raise CommandError(f"{claims}: cannot read: {describe_os_error(e)}") from None


def _parallel(claims: str, workers: int, output: str | None) -> tuple[dict[str, int], int]:
    """Reconcile a local Parquet claims dataset in ``workers`` processes and stream the ledger
    into the output (compact JSON, merged from sorted runs: it is never held whole)."""
    from claimledger.engine.parquet import is_parquet_input
    from claimledger.reconcile.parallel import write_ledger_parallel

    if claims == "-" or "://" in claims or not is_parquet_input(claims):
        raise click.UsageError("--workers needs a local Parquet claims file or dataset "
                               "(extract -o OUT.parquet)")
    n = [0]
    with open_output(output) as out:
        counts = write_ledger_parallel(claims, out, workers=workers,
                                       on_bucket=lambda r: n.__setitem__(0, n[0] + r.claims))
    return counts, n[0]


def _serial(claims: str, output: str | None, problems: Problems) -> tuple[dict[str, int], int]:
    """Reconcile in this process and write the ledger as indented JSON."""
    from claimledger.reconcile import build_ledger

    errors: list[str] = []
    seen = [0]
    parsed = _read(claims, errors, seen)
    for e in errors:
        name, _, reason = e.partition(": ")
        problems.error(name, reason)
    if errors and not parsed:
        raise CommandError(f"no readable claims in {claims}")
    ledger = build_ledger(parsed).to_json()
    n_claims = len(parsed) if isinstance(parsed, list) else seen[0]
    text = json.dumps(ledger, ensure_ascii=False, indent=1, allow_nan=False)
    with open_output(output) as out:
        out.write(text + "\n")
    return {k: len(v) for k, v in ledger.items() if isinstance(v, list)}, n_claims


@click.command("ledger")
@click.argument("claims", type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the ledger JSON here (default: stdout).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Reconcile a Parquet dataset in this many processes (planned in DuckDB, "
                   "for millions of claims): the same ledger, written as compact JSON.")
@guarded
def command(claims: str, output: str | None, workers: int | None) -> None:
    """Reconcile CLAIMS (a claims JSONL file, '-' for stdin, or the Parquet file or dataset
    directory `extract` wrote) into a ledger JSON."""
    check_output_path(output)
    problems = Problems()
    if workers is not None:
        counts, n_claims = _parallel(claims, workers, output)
    else:
        counts, n_claims = _serial(claims, output, problems)
    if output:
        click.echo(f"{output}: {counts['series']} series, "
                   f"{counts['disagreements']} disagreements, {counts['updates']} "
                   f"updates, {counts['relations']} relations, {counts['gaps']} gaps "
                   f"from {n_claims} claims; {problems.counts()}", err=True)
    raise SystemExit(problems.exit_code())
