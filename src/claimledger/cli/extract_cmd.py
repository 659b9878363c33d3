"""`claimledger extract PATH... [--meta META.jsonl] [--lang de] [-o OUT] [--engine local|dask]`.

OUT ending in ``.jsonl`` (or stdout) gets claims as JSON lines; OUT ending in ``.parquet`` or
naming a directory gets a Parquet dataset of claims and documents, which a rerun resumes.
The work itself is :func:`claimledger.engine.run_extract`; this module only wires options,
messages and the progress bar.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from claimledger.jsonl import dumps_line
from claimledger.cli.problems import CommandError, Problems, check_output_path, guarded, open_output


def _is_dataset(output: str | None) -> bool:
    if not output:
        return False
    return (output.rstrip("/").endswith(".parquet") or output.endswith("/")
            or ("://" not in output and Path(output).is_dir()))


class _Progress:
    """Units done, documents and claims on stderr while a long run goes (TTY only)."""

    def __init__(self, enabled: bool, engine: str) -> None:
        self._bar: Any = None
        self.docs = self.claims = 0
        if enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), console=Console(stderr=True),
                                 transient=True)
            self._bar.start()
            self._task = self._bar.add_task(f"extracting ({engine})", total=None)

    def update(self, res: Any) -> None:
        self.docs += res.documents
        self.claims += res.claims
        if self._bar is not None:
            self._bar.update(self._task, description=f"{self.docs} documents, "
                                                     f"{self.claims} claims ({res.name})")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--meta", type=click.Path(), help="JSONL of article metadata (id or path, outlet, url, published, language).")
@click.option("--lang", default=None, help="Language of the articles when the metadata does not say (default: de).")
@click.option("-o", "--output", type=click.Path(),
              help="claims.jsonl, or a .parquet name / directory for a Parquet dataset (default: JSONL on stdout).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: a Dask cluster (a new local one, or --scheduler).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local Dask cluster (default 2).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Use the existing Dask cluster at this scheduler address (tcp://host:8786).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Documents per unit of work / Parquet partition (default 32).")
@guarded
def command(paths: tuple[str, ...], meta: str | None, lang: str | None, output: str | None,
            engine: str, workers: int | None, scheduler: str | None,
            batch_size: int | None) -> None:
    """Extract every quantitative claim from articles (SPEC contract 1).

    PATH is a .txt, .html, .jsonl(.gz), .csv(.gz) or .warc(.gz) file, a directory of them,
    or a remote URL fsspec can reach (s3://, gs://, https://). Inputs that cannot be read
    are named on stderr and skipped, and the rest is extracted; the exit status is 1 when
    any input failed (or nothing could be read), 0 otherwise. Warnings do not count.
    """
    # imported here so that `claimledger --help` stays fast and works while a stage is broken
    from claimledger.engine import (
        DEFAULT_BATCH, ERROR, NOTE, ExtractJob, PlanError, make_executor, run_extract,
    )

    if engine == "local" and (workers or scheduler):
        raise click.UsageError("--workers and --scheduler need --engine dask")
    if workers and scheduler:
        raise click.UsageError("give --workers (a new local cluster) or --scheduler, not both")
    dataset = _is_dataset(output)
    if not dataset:
        check_output_path(output)
    job = ExtractJob(list(paths), meta=meta, lang=lang, batch_size=batch_size or DEFAULT_BATCH)
    problems = Problems()

    def on_message(kind: str, name: str, text: str) -> None:
        {ERROR: problems.error, NOTE: problems.note}.get(kind, problems.warning)(name, text)

    progress = _Progress(sys.stderr.isatty(), engine)
    try:
        # extraction warnings come back with each unit's messages (engine/work.py), from
        # this process or a worker alike
        with open_output(None if dataset else output) as out, \
                make_executor(engine, workers, scheduler) as ex:
            def on_records(records: list[dict[str, Any]]) -> None:
                out.writelines(dumps_line(r) + "\n"
                               for r in records)

            summary = run_extract(job, ex, output if dataset else None, on_records=on_records,
                                  on_message=on_message, on_unit=progress.update)
    except PlanError as e:
        raise CommandError(str(e)) from None
    finally:
        progress.stop()
    skipped = (f", {summary.skipped_units} partitions already written"
               if summary.skipped_units else "")
    click.echo(f"claimledger: {summary.documents} documents, {summary.claims} claims{skipped}; "
               f"{problems.counts()}", err=True)
    nothing = summary.documents == 0 and not summary.skipped_units
    if nothing:
        click.echo("claimledger: error: nothing could be read from the inputs", err=True)
    raise SystemExit(problems.exit_code(nothing_read=nothing))
