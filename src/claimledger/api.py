"""Public Python API (filled in by the extraction pipeline)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from claimledger.model import Claim, Document


def extract(text: str, published: date | str | None = None, lang: str = "de",
            doc_id: str = "doc", outlet: str | None = None) -> list[Claim]:
    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import load_pack

    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    doc = Document(id=doc_id, text=text, language=lang, outlet=outlet, published=published,
                   published_from="given" if published else None)
    return extract_document(doc, load_pack(lang))


def extract_documents(docs: Iterable[Document], lang: str | None = None) -> Iterator[Claim]:
    from claimledger.extract.pipeline import extract_document
    from claimledger.lang import load_pack

    for doc in docs:
        yield from extract_document(doc, load_pack(lang or doc.language or "de"))
