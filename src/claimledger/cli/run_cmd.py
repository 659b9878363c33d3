"""The `run` command (placeholder until its stage lands)."""

import click


@click.command("run")
def command() -> None:
    """Not available yet."""
    raise click.ClickException("'run' is not available yet")
