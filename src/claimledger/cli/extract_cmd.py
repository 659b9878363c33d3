"""`claimledger extract PATH... [--meta META.jsonl] [--lang de] [-o claims.jsonl]`."""

from __future__ import annotations

import json

import click

from claimledger.cli.problems import Problems, check_output_path, guarded, open_output
from claimledger.ingest.errors import doc_name


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--meta", type=click.Path(), help="JSONL of article metadata (id or path, outlet, url, published, language).")
@click.option("--lang", default=None, help="Language of the articles when the metadata does not say (default: de).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write claims here (default: stdout).")
@guarded
def command(paths: tuple[str, ...], meta: str | None, lang: str | None, output: str | None) -> None:
    """Extract every quantitative claim from articles as JSON lines (SPEC contract 1).

    PATH is a .txt, .html, .jsonl or .csv file, or a directory of them. Inputs that cannot be
    read are named on stderr and skipped, and the rest is extracted; the exit status is 1
    when any input failed (or nothing could be read), 0 otherwise. Warnings do not count.
    """
    # imported here so that `claimledger --help` stays fast and works while a stage is broken
    from claimledger.extract.pipeline import extract_document
    from claimledger.ingest import read_documents
    from claimledger.lang import LanguagePackError, load_pack

    check_output_path(output)
    problems = Problems()
    n_docs = n_claims = 0
    with open_output(output) as out, problems.extraction_warnings():
        for doc in read_documents(list(paths), meta=meta, lang=lang, on_error=problems):
            name = doc_name(doc)
            try:
                pack = load_pack(doc.language or lang or "de")
            except LanguagePackError as e:
                problems.error(name, str(e))
                continue
            if doc.published is None:
                problems.note(name, "no publication date given or found; relative times "
                                    "are left unresolved")
            elif doc.published_from == "text":
                problems.note(name, f"publication date {doc.published} found in the text")
            try:
                lines = [json.dumps(dict(c.to_json(), published_from=doc.published_from),
                                    ensure_ascii=False, allow_nan=False) + "\n"
                         for c in extract_document(doc, pack)]
            except Exception as e:  # noqa: BLE001 - one document's failure must not end the batch
                problems.error(name, f"extraction failed: {type(e).__name__}: {e}")
                continue
            out.writelines(lines)
            n_docs += 1
            n_claims += len(lines)
    click.echo(f"claimledger: {n_docs} documents, {n_claims} claims; {problems.counts()}",
               err=True)
    if n_docs == 0:
        click.echo("claimledger: error: nothing could be read from the inputs", err=True)
    raise SystemExit(problems.exit_code(nothing_read=n_docs == 0))
