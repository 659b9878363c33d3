"""The outlet naming itself: a cue whose source is the document's own outlet ("nach
Informationen des STANDARD" in a derStandard article, "wie der SPIEGEL erfuhr" in a Spiegel
one) reports nothing: the figure is the outlet's own statement (source None).

The outlet comes from the document's metadata. A source phrase names it when its letters
are the outlet's, with the web domain's ending and a leading article (the pack's
determiners, on either side) ignored: "STANDARD" / "derStandard", "Presse" / "diepresse.com".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimledger.extract.attribution.model import Cue

_NON_LETTERS = re.compile(r"[\W\d_]+")


def _letters(s: str) -> str:
    return _NON_LETTERS.sub("", s.lower())


def _outlet_forms(outlet: str, dets: Iterable[str]) -> set[str]:
    name = outlet.strip()
    if " " not in name and "." in name:  # a web domain: "derstandard.at", "spiegel.de"
        name = name.rsplit(".", 1)[0]
    full = _letters(name)
    forms = {full} if len(full) >= 3 else set()
    for d in dets:
        d = _letters(d)
        if d and full.startswith(d) and len(full) - len(d) >= 3:
            forms.add(full[len(d):])
    return forms


def names_outlet(phrase: str, outlet: str, dets: Iterable[str]) -> bool:
    """Whether a source phrase names the outlet ("des STANDARD" for "derStandard")."""
    dets = list(dets)
    got = _letters(phrase)
    forms = _outlet_forms(outlet, dets)
    if got in forms:
        return True
    return any(got.startswith(_letters(d)) and got[len(_letters(d)):] in forms for d in dets if _letters(d))


def mark_outlet(cues: list[Cue], outlet: str, dets: Iterable[str]) -> None:
    """Turn the cues that name the outlet itself into the outlet's own (source None)."""
    for c in cues:
        if c.source is not None and names_outlet(c.source.text, outlet, dets):
            c.source, c.outlet = None, True
