"""The `show` command: what the database holds, as tables or exports.

``--what`` picks estimates (the ledger) or the claims themselves; JSON keeps the contracts'
shapes, CSV and Parquet are written by DuckDB. Parquet is binary, so it needs ``-o``.
"""

from __future__ import annotations

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
    from claimledger.report import copy_to, csv_text, json_text, render_ledger
    from claimledger.runner import show
    from claimledger.store import Store

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet writes a binary file: give -o FILE")
    check_output_path(output)
    try:
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
    if what == "claims":
        raise click.UsageError("--what claims needs --format json, csv or parquet")
    if output:
        with open_output(output) as f:
            render_ledger(res.ledger, Console(file=f, width=160),
                          claims={c.id: c for c in res.claims}, outlets=res.outlets)
    else:
        render_ledger(res.ledger, Console(), claims={c.id: c for c in res.claims},
                      outlets=res.outlets)
