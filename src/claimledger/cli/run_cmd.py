"""The `run` command: articles -> claims -> database -> ledger, then a short summary.

Thin over :func:`claimledger.runner.run`. Stages can be injected through the click context
object (``obj={"pipeline": Pipeline(...)}``) so the command is testable without the real
extractor. Every input is read even when some fail: a corpus with a few broken
files should still produce its ledger, and the exit status (1) tells a script that some
input failed.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from claimledger.cli.problems import CommandError, Problems, guarded
from claimledger.model import Document
from claimledger.store import DEFAULT_DB, StoreError

# below this many documents a progress bar is noise
PROGRESS_AFTER = 5


class _LazyProgress:
    """A progress display that appears only once a run turns out to be long, and only on a TTY.

    Ingest streams documents, so the total is unknown; the bar counts documents and claims.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.seen = 0
        self.claims = 0
        self._progress: Progress | None = None
        self._task: Any = None

    def update(self, doc: Document, status: str, n_claims: int) -> None:
        self.seen += 1
        self.claims += n_claims
        if not self.enabled:
            return
        if self._progress is None and self.seen > PROGRESS_AFTER:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("extracting", total=None)
        if self._progress is not None:
            self._progress.update(self._task, completed=self.seen,
                                  description=f"{doc.id[:30]} ({self.claims} claims)")

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@click.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--meta", type=click.Path(dir_okay=False),
              help="JSONL of article metadata (id/path, outlet, published, ...).")
@click.option("--lang", default=None, help="Language of the articles (default: per document, else de).")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Database file.")
@click.option("--quiet", "-q", is_flag=True, help="No summary, no progress; errors only.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs (see `claimledger extract --help`).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local Dask cluster (default 2).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Use the existing Dask cluster at this scheduler address.")
@click.pass_context
@guarded
def command(ctx: click.Context, paths: tuple[str, ...], meta: str | None, lang: str | None,
            db: str, quiet: bool, engine: str, workers: int | None,
            scheduler: str | None) -> None:
    """Extract the claims of PATH... into the database, reconcile them, and print a summary
    with the top series ('claimledger show' prints the rest)."""
    from claimledger.runner import Pipeline, run

    obj = ctx.obj if isinstance(ctx.obj, dict) else {}
    try:
        pipeline = obj.get("pipeline") or Pipeline.default()
    except ImportError as e:
        raise click.ClickException(f"the extraction pipeline is not available ({e})") from None

    problems = Problems()
    progress = _LazyProgress(enabled=not quiet and sys.stderr.isatty())
    from contextlib import nullcontext

    from claimledger.engine import make_executor

    if engine == "local" and (workers or scheduler):
        raise click.UsageError("--workers and --scheduler need --engine dask")
    try:
        with make_executor(engine, workers, scheduler) if engine != "local" else \
                nullcontext() as executor:
            result = run(paths, meta=meta, db=db, lang=lang, pipeline=pipeline,
                         on_error=problems, on_document=progress.update, engine=executor)
    except StoreError as e:
        raise CommandError(str(e)) from None
    finally:
        progress.stop()
        problems.flush()

    if not quiet:
        from claimledger.report.summary import render_summary
        from claimledger.report.view import summary_view
        from claimledger.store.schema import canonical_json

        click.echo(result.summary(), err=True)
        # the ledger as the database now holds it (JSON values), without reading it back
        stored_ledger = json.loads(canonical_json(result.ledger))
        render_summary(summary_view(stored_ledger, result.claim_units, result.documents_stored),
                       Console(), db)
    if result.nothing_read:
        raise CommandError("nothing could be read from the inputs")
    raise SystemExit(problems.exit_code())
