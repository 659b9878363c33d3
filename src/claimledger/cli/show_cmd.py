"""The `show` command: what the database holds, as tables or exports.

``--what`` picks estimates (the ledger) or the claims themselves; JSON keeps the contracts'
shapes, CSV and Parquet are written by DuckDB. Parquet is binary, so it needs ``-o``.
"""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console

from claimledger.cli.problems import CommandError, check_output_path, guarded, open_output
from claimledger.store import DEFAULT_DB, StoreError


@click.command("show")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Database file.")
@click.option("--measure", default=None, help="Only this measure (deployed, casualties, ...).")
@click.option("--subject", default=None, help="Only subjects containing this text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "parquet"]),
              default="table", show_default=True)
@click.option("--what", type=click.Choice(["estimates", "claims"]), default="estimates",
              show_default=True, help="Export the ledger's estimates or the stored claims.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of stdout (required for parquet).")
@guarded
def command(db: str, measure: str | None, subject: str | None, fmt: str, what: str,
            output: str | None) -> None:
    """Show the ledger stored in the database."""
    from claimledger.report import copy_to, csv_text, json_text
    from claimledger.runner import show
    from claimledger.store import Store

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet writes a binary file: give -o FILE")
    check_output_path(output)
    try:
        check_filters(db, measure, subject)
        if fmt in ("csv", "parquet"):
            with Store.open(db, read_only=True) as store:
                if output:
                    n = copy_to(store, what, fmt, output, measure, subject)  # type: ignore[arg-type]
                    click.echo(f"wrote {n} {what} to {output}", err=True)
                else:
                    click.echo(csv_text(store, what, measure, subject), nl=False)  # type: ignore[arg-type]
            return
        res = show(db, measure=measure, subject=subject)
    except StoreError as e:
        raise CommandError(str(e)) from None
    if res.stale:
        click.echo("note: claims changed since the ledger was built (interrupted run?); "
                   "run 'claimledger run' again to rebuild it", err=True)
    if fmt == "json":
        text = json_text(res.ledger, res.claims, what)  # type: ignore[arg-type]
        with open_output(output) as f:
            f.write(text)
        return
    from claimledger.report.summary import render_claims

    if output:
        with open_output(output) as sink:
            _render(what, res, Console(file=sink, width=160), render_claims)
    else:
        _render(what, res, Console(), render_claims)


def _render(what: str, res: Any, console: Console, render_claims: Any) -> None:
    from claimledger.report import render_ledger

    if what == "claims":
        render_claims(res.claims, res.outlets, console)
    else:
        render_ledger(res.ledger, console, claims={c.id: c for c in res.claims}, outlets=res.outlets)


def check_filters(db: str, measure: str | None, subject: str | None) -> None:
    """A filter value that matches nothing is an error naming the valid values: a misspelt
    measure must not look like an empty ledger."""
    from claimledger.store import Store

    if not measure and not subject:
        return
    with Store.open(db, read_only=True) as store:
        con = store.connection
        if measure:
            valid = sorted(r[0] for r in con.execute(
                "SELECT DISTINCT measure FROM claims WHERE measure IS NOT NULL").fetchall())
            if measure not in valid:
                raise click.BadParameter(f"{measure!r} is not a measure in {db}; valid: "
                                         f"{', '.join(valid) or '(none: the database is empty)'}",
                                         param_hint="--measure")
        if subject:
            rows = con.execute(
                "SELECT subject, count(*) AS n FROM claims WHERE subject IS NOT NULL "
                "GROUP BY subject ORDER BY n DESC, subject").fetchall()
            if not any(subject.lower() in r[0].lower() for r in rows):
                names = ", ".join(r[0] for r in rows[:20]) + (", ..." if len(rows) > 20 else "")
                raise click.BadParameter(f"no subject in {db} contains {subject!r}; subjects: "
                                         f"{names or '(none)'}", param_hint="--subject")
