"""`claimledger extract PATH... [--meta META.jsonl] [--lang de] [-o claims.jsonl]`."""

from __future__ import annotations

import json
import sys

import click


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--meta", type=click.Path(), help="JSONL of article metadata (id or path, outlet, url, published, language).")
@click.option("--lang", default=None, help="Language of the articles when the metadata does not say (default: de).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write claims here (default: stdout).")
def command(paths: tuple[str, ...], meta: str | None, lang: str | None, output: str | None) -> None:
    """Extract every quantitative claim from articles as JSON lines (SPEC contract 1).

    PATH is a .txt, .html, .jsonl or .csv file, or a directory of them. Inputs that cannot be
    read are named on stderr and skipped; the exit status is non-zero only when no document
    could be read at all.
    """
    # imported here so that `claimledger --help` stays fast and works while a stage is broken
    from claimledger.extract.pipeline import extract_document
    from claimledger.ingest import read_documents
    from claimledger.lang import LanguagePackError, load_pack

    from claimledger.cli.messages import Reporter

    failures: list[str] = []
    report = Reporter()

    def on_error(name: str, message: str) -> None:
        if not message.startswith("warning: "):
            failures.append(name)
        report(name, message)

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n_docs = n_claims = 0
    try:
        for doc in read_documents(list(paths), meta=meta, lang=lang, on_error=on_error):
            try:
                pack = load_pack(doc.language or lang or "de")
            except LanguagePackError as e:
                on_error(doc.path or doc.id, str(e))
                continue
            n_docs += 1
            if doc.published is None:
                report.warn(doc.id, "no publication date given or found; "
                            "relative times are left unresolved")
            elif doc.published_from == "text":
                report.warn(doc.id, f"publication date {doc.published} found in "
                            "the text")
            for claim in extract_document(doc, pack):
                rec = claim.to_json()
                rec["published_from"] = doc.published_from
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_claims += 1
    finally:
        if output:
            out.close()
        report.flush()
    click.echo(f"claimledger: {n_docs} documents, {n_claims} claims"
               + (f", {len(failures)} inputs failed" if failures else ""), err=True)
    if n_docs == 0:
        raise SystemExit(1)
