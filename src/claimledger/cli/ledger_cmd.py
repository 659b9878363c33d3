"""The `ledger` command (placeholder until its stage lands)."""

import click


@click.command("ledger")
def command() -> None:
    """Not available yet."""
    raise click.ClickException("'ledger' is not available yet")
