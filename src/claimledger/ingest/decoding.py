"""Turn the bytes of a text file into text, or refuse them as binary.

Spans are offsets into the decoded text, so decoding is the one transformation the ingest
stage applies: nothing is normalised (``\\r\\n`` stays, only a byte-order mark is removed
because it is an encoding artefact, not text). Files that are not UTF-8 are common in older
German corpora (Windows-1252 / Latin-1); they are recovered and reported as a warning
rather than dropped.

A UTF-8 file with a few stray bytes (a damaged download, one pasted character) is a
different case: decoding all of it as Windows-1252 would garble every umlaut and lose the
words the extractor needs ("getötet"), so when the valid multi-byte UTF-8 characters
are at least as many as the invalid bytes the file stays UTF-8 and only the bad bytes
become U+FFFD.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from claimledger.ingest.errors import IngestError

# C0 control characters other than tab/newline/carriage return/form feed: plain text has
# (almost) none; a decoded binary file has many.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_RATIO = 0.01
REPLACEMENT = "\ufffd"


@dataclass
class Decoded:
    """Decoded text and, when it was not plain UTF-8, the encoding that was used."""

    text: str
    encoding: str
    recovered: bool  # True when the file was not valid UTF-8 and a fallback was used
    note: str | None = None  # the warning to give when recovered


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    bad = sum(1 for ch in sample if ch in _CONTROL)
    return bad / len(sample) > _MAX_CONTROL_RATIO


def mostly_utf8(data: bytes) -> tuple[str, int, int] | None:
    """``(text, bad_bytes, first_bad_offset)`` when ``data`` is UTF-8 apart from a minority
    of invalid bytes (decoded with U+FFFD), else None."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as e:
        first = e.start
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    good = sum(1 for ch in text if ord(ch) > 127 and ch != REPLACEMENT)
    return (text, bad, first) if good >= bad and good > 0 else None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as UTF-8 (BOM stripped), else UTF-16 with a BOM, else UTF-8 with
    replacement when it is mostly UTF-8, else a recovered single-byte encoding; raise
    :class:`IngestError` for binary data."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", False)
        except UnicodeDecodeError as e:
            raise IngestError(f"invalid UTF-16: {e.reason} at byte {e.start}") from e
    if b"\x00" in data:
        raise IngestError(f"binary file (contains NUL bytes, first at byte {data.index(0)})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(text):
            raise IngestError("binary file (control characters)")
        return Decoded(text, "utf-8", False)
    mostly = mostly_utf8(data)
    if mostly is not None and not _looks_binary(mostly[0]):
        text, bad, first = mostly
        return Decoded(text, "utf-8", True,
                       f"{bad} invalid UTF-8 byte{'s' if bad != 1 else ''} (first at byte "
                       f"{first}) replaced by U+FFFD; the rest read as UTF-8")
    # Windows-1252 first: it is what non-UTF-8 German text almost always is, and unlike a
    # statistical guess it cannot turn "ä" into a Cyrillic letter on a short text.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _looks_binary(text):
        return Decoded(text, "cp1252", True, "not UTF-8; decoded as cp1252")
    text = data.decode("latin-1")
    if _looks_binary(text):
        raise IngestError("binary file (not decodable as text)")
    return Decoded(text, "latin-1", True, "not UTF-8; decoded as latin-1")


def decode_line(raw: bytes, first: bool = False) -> tuple[str, str | None]:
    """One line of a corpus file: UTF-8, else mostly-UTF-8 with U+FFFD, else cp1252.
    Returns the text and, when it was recovered, how (for one warning per file)."""
    try:
        return raw.decode("utf-8-sig" if first else "utf-8"), None
    except UnicodeDecodeError:
        pass
    mostly = mostly_utf8(raw)
    if mostly is not None:
        return mostly[0], "utf-8 with U+FFFD"
    return raw.decode("cp1252", errors="replace"), "cp1252"
