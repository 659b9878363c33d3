"""`claimledger serve [--db FILE] [--host 127.0.0.1] [--port 8421]`: the local web app."""

from __future__ import annotations

import ipaddress

import click

from claimledger.store import DEFAULT_DB, StoreError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Database file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default lets only this machine in.")
@click.option("--port", default=8421, show_default=True, type=click.IntRange(0, 65535))
def command(db: str, host: str, port: int) -> None:
    """Browse the ledger in a web browser: series with charts, claims with their sentences,
    whole articles with every claim marked, and the same as JSON under /api/."""
    import uvicorn

    from claimledger.serve import create_app

    try:
        app = create_app(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read "
                   "the database", err=True)
    click.echo(f"claimledger: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
