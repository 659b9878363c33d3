"""`claimledger report [--db FILE] [-o report.html]`: the story as one offline HTML file."""

from __future__ import annotations

import click

from claimledger.store import DEFAULT_DB, StoreError


@click.command("report")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Database file.")
@click.option("-o", "--output", default="report.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="Where to write the report.")
@click.option("--title", default=None, help="Heading of the report.")
def command(db: str, output: str, title: str | None) -> None:
    """Write a self-contained HTML report: a timeline chart per series, the estimates with
    their units, and every number linked to the sentence it comes from. It needs no network."""
    from claimledger.api import write_report

    try:
        res = write_report(db, output, title=title)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"wrote {res.path}: {res.series} series, {res.claims} claims, "
               f"{res.bytes / 1e6:.1f} MB in {res.seconds:.1f} s", err=True)
