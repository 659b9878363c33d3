"""The `extract` command (placeholder)."""

import click


@click.command("extract")
def command() -> None:
    """Not available yet."""
    raise click.ClickException("'extract' is not available yet")
