"""What the sentence tests share: the claim of one figure in a text of our own."""

from __future__ import annotations

import claimledger
from claimledger.model import Claim


def claim_of(text: str, fig: str, published: str, lang: str = "de", prefix: bool = False) -> Claim:
    """The claim written exactly ``fig``, else the first whose text contains it, else (with
    ``prefix``) the first whose text ``fig`` starts with; fails naming the claims there are."""
    claims = claimledger.extract(text, published=published, lang=lang)
    hits = ([c for c in claims if c.text == fig] or [c for c in claims if fig in c.text]
            or ([c for c in claims if fig.startswith(c.text)] if prefix else []))
    assert hits, f"no claim for {fig!r} in {[c.text for c in claims]}"
    return hits[0]
