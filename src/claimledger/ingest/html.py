"""Main text and metadata of an HTML page, via trafilatura.

Navigation, teasers and reader comments of a web page would all produce false claims, so
only the main text is kept (``include_comments=False``); the extracted text becomes
``Document.text`` and every span refers to it.

trafilatura parses with libxml2, which gives up on markup nested deeper than about 255
levels and finds no "main text" in a page that is plain text with an ``.html`` name. Such a
page still has words worth reading, so it falls back to the page's whole visible text (the
standard library's tolerant tokenizer, which has no depth limit), with a warning that says
so, rather than losing the document.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from claimledger.ingest.decoding import decode_bytes
from claimledger.ingest.errors import ErrorHandler, IngestError, warn
from claimledger.ingest.record import Record

# trafilatura logs every page it finds hard; the caller reports what matters
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_MARKUP = re.compile(r"<\s*[A-Za-z!/?]")
# elements whose content is never visible text
_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg"}
# elements that end a line of text
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "blockquote", "pre", "header", "footer", "ul", "ol", "table", "hr"}


@dataclass
class HtmlExtract:
    """What a page yields: its main text and the metadata trafilatura found; ``note`` is a
    warning when the text came from the fallback rather than the main-text extractor."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    note: str | None = None


class _VisibleText(HTMLParser):
    """All text outside invisible elements, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def text(self) -> str:
        lines = (re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in "".join(self.parts).split("\n"))
        return "\n".join(ln for ln in lines if ln)


def _as_text(content: bytes | str) -> str:
    return content if isinstance(content, str) else decode_bytes(content).text


def visible_text(content: bytes | str) -> str:
    """The whole visible text of a page, for pages the main-text extractor cannot read."""
    text = _as_text(content)
    if not _MARKUP.search(text):
        return text
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    return parser.text()


def extract_html(content: bytes | str, url: str | None = None) -> HtmlExtract:
    """Extract the main text (without comments, tables kept) and the page metadata."""
    import trafilatura

    doc = None
    failure = "no main text found"
    try:
        doc = trafilatura.bare_extraction(
            content, url=url, include_comments=False, include_tables=True,
            with_metadata=True, favor_precision=False)
    except Exception as e:  # noqa: BLE001 - trafilatura raises assorted errors on broken markup
        failure = f"HTML extraction failed ({type(e).__name__})"
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        try:
            text = visible_text(content)
        except IngestError:
            raise
        except Exception as e:  # noqa: BLE001 - the fallback must not be worse than the first try
            raise IngestError(f"{failure}; the page's text is unreadable too "
                              f"({type(e).__name__})") from None
        if not text.strip():
            raise IngestError("no text found in HTML")
        plain = not _MARKUP.search(_as_text(content)[:65536])
        return HtmlExtract(text=text, url=url, note=(
            "no HTML markup; read as plain text" if plain else
            f"{failure} by the main-text extractor; using all of the page's visible text"))
    return HtmlExtract(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or url,
        language=getattr(doc, "language", None) or None,
    )


def html_record(name: str, default_id: str, content: bytes | str, url: str | None,
                on_error: ErrorHandler, path: Path | None = None) -> Record:
    """A Record from an HTML page (a file, or the ``html`` field of a JSONL/CSV row)."""
    ex = extract_html(content, url)
    if ex.note:
        warn(on_error, name, ex.note)
    fields = {k: v for k, v in (("title", ex.title), ("outlet", ex.outlet), ("url", ex.url),
                                ("language", ex.language)) if v}
    rec = Record(name=name, default_id=default_id, text=ex.text, path=path, fields=fields)
    if ex.date:
        rec.fields["published"] = ex.date
        rec.published_from = "html"
    return rec
