"""The `show` command (placeholder until its stage lands)."""

import click


@click.command("show")
def command() -> None:
    """Not available yet."""
    raise click.ClickException("'show' is not available yet")
