"""The record every reader produces, and the rules for rows of JSONL and CSV corpora.

Kept apart from the readers so that a new reader (and the CSV module) can build records
without importing every other format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.ingest.errors import ErrorHandler, IngestError, warn

#: Inputs larger than this are refused with a message rather than read: one article is
#: never this big, and a pathological file must not stall a batch. Corpus files (JSONL,
#: CSV) are exempt because they stream; the limit then applies to each row.
MAX_DOC_BYTES = 20 * 1024 * 1024

# field names accepted in JSONL objects and CSV headers, by Document attribute
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id"),
    "text": ("text", "body", "content"),
    "html": ("html",),
    "outlet": ("outlet", "source", "sitename"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at"),
    "language": ("language", "lang"),
    "title": ("title", "headline"),
    "section": ("section", "category", "ressort", "rubrik"),
}


@dataclass
class Record:
    """A document as read, before ids, metadata and datelines are settled."""

    name: str                      # for messages: the path, or "path:LINE"
    default_id: str                # file stem, or stem-LINE for rows
    text: str
    path: Path | None = None       # set for one-file-one-document inputs (meta by path)
    id: str | None = None          # an id the input states itself
    fields: dict[str, Any] = field(default_factory=dict)   # outlet/url/published/...
    published_from: str | None = None   # "given" or "html" when fields has "published"


# JSON may escape lone UTF-16 surrogates ("\ud800"), which no file or database can store
_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(obj: dict[str, Any], name: str, on_error: ErrorHandler) -> dict[str, Any]:
    """String values with each lone surrogate replaced by U+FFFD — one character for one,
    so offsets into the text stay what they were — and a warning when there were any."""
    out: dict[str, Any] = {}
    bad = 0
    for k, v in obj.items():
        if isinstance(v, str) and _SURROGATE.search(v):
            v, n = _SURROGATE.subn("\ufffd", v)
            bad += n
        out[k] = v
    if bad:
        warn(on_error, name, f"{bad} lone surrogate escape{'s' if bad != 1 else ''} replaced "
                             "by U+FFFD")
    return out


def _pick(obj: dict[str, Any], key: str) -> Any:
    for alias in FIELD_ALIASES[key]:
        v = obj.get(alias)
        if v not in (None, ""):
            return v
    return None


def row_record(obj: dict[str, Any], name: str, default_id: str,
               on_error: ErrorHandler) -> Record:
    """A JSONL object or CSV row (as a dict) -> Record; ``text`` wins over ``html``."""
    from claimledger.ingest.html import html_record

    obj = no_surrogates(obj, name, on_error)
    text = _pick(obj, "text")
    html = _pick(obj, "html")
    url = _pick(obj, "url")
    if text is not None and not isinstance(text, str):
        raise IngestError("'text' is not a string")
    if text is None and html is None:
        present = any(a in obj for a in FIELD_ALIASES["text"] + FIELD_ALIASES["html"])
        raise IngestError("empty document" if present else "no 'text' or 'html' field")
    if text is not None:
        rec = Record(name=name, default_id=default_id, text=text)
    else:
        if not isinstance(html, str):
            raise IngestError("'html' is not a string")
        rec = html_record(name, default_id, html, str(url) if url else None, on_error)
    if not rec.text.strip():
        raise IngestError("empty document")
    given_id = _pick(obj, "id")
    if isinstance(given_id, (dict, list)):
        raise IngestError("'id' is not a string or number")
    rec.id = str(given_id).strip() or None if given_id is not None else None
    for key in ("outlet", "url", "language", "title", "section"):
        v = _pick(obj, key)
        if v is not None and not isinstance(v, (dict, list)):
            rec.fields[key] = str(v)
    pub = _pick(obj, "published")
    if pub is not None:
        rec.fields["published"] = pub
        rec.published_from = "given"
    return rec
