"""Main text and metadata of an HTML page, via trafilatura.

Navigation, teasers and reader comments of a web page would all produce false claims, so
only the main text is kept (``include_comments=False``); the extracted text becomes
``Document.text`` and every span refers to it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from claimledger.ingest.errors import IngestError

# trafilatura logs every page it finds hard; the caller reports what matters
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass
class HtmlExtract:
    """What a page yields: its main text and the metadata trafilatura found."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def extract_html(content: bytes | str, url: str | None = None) -> HtmlExtract:
    """Extract the main text (without comments, tables kept) and the page metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            content, url=url, include_comments=False, include_tables=True,
            with_metadata=True, favor_precision=False)
    except Exception as e:  # trafilatura raises assorted errors on broken markup
        raise IngestError(f"HTML extraction failed: {type(e).__name__}: {e}") from e
    if doc is None:
        raise IngestError("no main text found in HTML")
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        raise IngestError("no main text found in HTML")
    return HtmlExtract(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or url,
        language=getattr(doc, "language", None) or None,
    )
