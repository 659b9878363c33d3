"""Turn the bytes of a text file into text, or refuse them as binary.

Spans are offsets into the decoded text, so decoding is the one transformation the ingest
stage applies: nothing is normalised (``\\r\\n`` stays, only a byte-order mark is removed
because it is an encoding artefact, not text). Files that are not UTF-8 are common in older
German corpora (Windows-1252 / Latin-1); they are recovered and reported as a warning
rather than dropped.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from claimledger.ingest.errors import IngestError

# C0 control characters other than tab/newline/carriage return/form feed: plain text has
# (almost) none; a decoded binary file has many.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_RATIO = 0.01


@dataclass
class Decoded:
    """Decoded text and, when it was not plain UTF-8, the encoding that was used."""

    text: str
    encoding: str
    recovered: bool  # True when the file was not valid UTF-8 and a fallback was used


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    bad = sum(1 for ch in sample if ch in _CONTROL)
    return bad / len(sample) > _MAX_CONTROL_RATIO


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as UTF-8 (BOM stripped), else UTF-16 with a BOM, else a recovered
    single-byte encoding; raise :class:`IngestError` for binary data."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", False)
        except UnicodeDecodeError as e:
            raise IngestError(f"invalid UTF-16: {e.reason}") from e
    if b"\x00" in data[:65536]:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(text):
            raise IngestError("binary file (control characters)")
        return Decoded(text, "utf-8", False)
    # Windows-1252 first: it is what non-UTF-8 German text almost always is, and unlike a
    # statistical guess it cannot turn "ä" into a Cyrillic letter on a short text.
    for enc in ("cp1252",):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return Decoded(text, enc, True)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - optional dependency failing is not fatal
        best = None
    if best is not None:
        text = str(best)
        if not _looks_binary(text):
            return Decoded(text, best.encoding, True)
    text = data.decode("latin-1")
    if _looks_binary(text):
        raise IngestError("binary file (not decodable as text)")
    return Decoded(text, "latin-1", True)
