"""Command line: a thin layer over the Python API.

Each command lives in its own module so that the CLI reads like the pipeline:
``extract`` (articles -> claims), ``ledger`` (claims -> ledger), ``run`` (everything, into a
database), ``show`` (what the database holds), ``report`` (one offline HTML file) and ``serve`` (a
local web app).
"""

from __future__ import annotations

import click

from claimledger import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimledger")
def main() -> None:
    """Extract the numbers of a news story, with who says them and when, and reconcile them."""


from claimledger.cli import (  # noqa: E402
    extract_cmd, ledger_cmd, report_cmd, run_cmd, serve_cmd, show_cmd,
)

for _mod in (extract_cmd, ledger_cmd, run_cmd, show_cmd, report_cmd, serve_cmd):
    main.add_command(_mod.command)
