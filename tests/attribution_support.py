"""What the German attribution tests share: the source text the attributor gives one figure."""

from __future__ import annotations

from claimledger.extract.attribution import DocumentAttributor
from claimledger.extract.sentences import split_sentences
from claimledger.lang import load_pack

PACK = load_pack("de")


def source_of(text: str, figure: str) -> str | None:
    """The source mention of the first occurrence of ``figure`` in ``text`` (None: the outlet
    itself); its span must cut exactly its text out of the article."""
    sents = split_sentences(text, PACK)
    start = text.index(figure)
    idx = max(i for i, s in enumerate(sents) if s.start <= start)
    src = DocumentAttributor(text, sents, PACK).attribute(idx, start, start + len(figure)).source
    if src is not None:
        assert src.span is not None and text[src.span[0]:src.span[1]] == src.text
    return src.text if src is not None else None
