"""Public Python API: extract claims, reconcile them into a ledger, write the report.

The CLI commands are thin layers over these functions."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from claimledger.model import Claim, Document, Ledger

if TYPE_CHECKING:
    from claimledger.report.html import ReportResult


def extract(text: str, published: date | str | None = None, lang: str = "de",
            doc_id: str = "doc", outlet: str | None = None,
            section: str | None = None) -> list[Claim]:
    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import load_pack

    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    doc = Document(id=doc_id, text=text, language=lang, outlet=outlet, published=published,
                   published_from="given" if published else None, section=section)
    return extract_document(doc, load_pack(lang))


def extract_documents(docs: Iterable[Document], lang: str | None = None) -> Iterator[Claim]:
    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import load_pack

    for doc in docs:
        yield from extract_document(doc, load_pack(lang or doc.language or "de"))


def ledger(claims: Iterable[Claim] | str | os.PathLike[str] | None = None, *,
           db: str | os.PathLike[str] | None = None) -> Ledger:
    """The reconciled ledger as a typed :class:`claimledger.model.Ledger` (``.to_json()``
    gives SPEC Contract 2).

    From claims (``Claim`` objects, e.g. from :func:`extract`, or the path of a claims JSONL
    file), or, with ``db=``, the ledger stored in a database by ``claimledger run``. One entry
    point for the three ways a user holds claims, so notebooks need not know the store.
    """
    from claimledger.reconcile import build_ledger

    if db is not None:
        if claims is not None:
            raise TypeError("give claims or db, not both")
        from claimledger.store import Store

        with Store.open(db, read_only=True) as store:
            return store.load_ledger()
    if claims is None:
        raise TypeError("ledger() needs claims (or a claims JSONL path) or db=")
    if isinstance(claims, (str, os.PathLike)):
        from claimledger.cli.ledger_cmd import read_claims

        errors: list[str] = []
        with open(claims, encoding="utf-8") as f:
            parsed = list(read_claims(f, str(claims), errors))
        if errors and not parsed:
            raise ValueError(f"no readable claims in {claims}: {errors[0]}")
        return build_ledger(parsed)
    return build_ledger(list(claims))


def write_report(db: str | os.PathLike[str], output: str | os.PathLike[str] = "report.html",
           title: str | None = None) -> "ReportResult":
    """Write the self-contained HTML report of a database; returns what was written."""
    from claimledger.report.html import write_report as write

    return write(db, output, title=title)
