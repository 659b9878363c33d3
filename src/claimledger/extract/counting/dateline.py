"""A dateline's places ("Wien – …", "Wien/Berlin –", "Rheinstadt (Rheinland-Pfalz). …"): the
newsroom's town, which stands for the article's place when nothing nearer says where a figure
holds (split from :mod:`claimledger.extract.counting.who`)."""

from __future__ import annotations

import re

from claimledger.extract.counting.lexicon import CountLexicon


_DATELINE_GAP = re.compile(r"[ \u00a0]*[–—-][ \u00a0]")


_DATELINE_MORE = re.compile(r"/[ \u00a0]*")


_DATELINE_REGION = re.compile(r"(?m)(?:^|(?<=[.!?] ))[^\W\d][\w.-]*(?:[ \u00a0][^\W\d][\w.-]*)?[ \u00a0]*\(([^)]{2,40})\)[ \u00a0]*[.–—-]")


def dateline(lex: CountLexicon, text: str, limit: int = 400) -> tuple[tuple[str, ...], int]:
    """A dateline's places ("Wien – Die Gewerkschaft …", "Wien/Berlin –"): the first place
    followed by a dash near the start of the article, with the places joined to it by a slash;
    else a region in brackets after a town the gazetteer does not know ("Rheinstadt
    (Rheinland-Pfalz). …", "Cincinnati (Ohio) –") at the start of a paragraph or after the
    headline. With where the dateline starts: what
    comes before it is the headline (0 when there is none)."""
    found, at = _dateline_dash(lex, text, limit)
    if found:
        return found, at
    m = _DATELINE_REGION.search(text, 0, min(len(text), limit))
    if m:
        inner = lex.place_re.search(m.group(1))
        if inner and inner.group(1) in lex.place_map:
            return (lex.place_map[inner.group(1)],), m.start()
    return (), 0


def _inside_longer_name(lex: CountLexicon, text: str, start: int) -> bool:
    """A known place right after another capitalised word of the same line ("Crans Montana",
    "Santa Barbara") is the end of a longer name the gazetteer does not know."""
    m = _WORD_JOINED.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return (word.isalpha() and word not in lex.place_map and lex.syntax.is_noun(word)
            and word.lower() not in lex.syntax.determiners)


_WORD_JOINED = re.compile(r"(\w+)[ -]$")  # the word right before, joined by a space or hyphen


def _dateline_dash(lex: CountLexicon, text: str, limit: int) -> tuple[tuple[str, ...], int]:
    for m in lex.place_re.finditer(text, 0, min(len(text), limit)):
        if _inside_longer_name(lex, text, m.start()):
            continue  # "Crans Montana –": a town the gazetteer lacks, not the US state
        found = [lex.place_map.get(m.group(1))]
        end = m.end()
        while (sl := _DATELINE_MORE.match(text, end)) and (nxt := lex.place_re.match(text, sl.end())):
            found.append(lex.place_map.get(nxt.group(1)))
            end = nxt.end()
        rest = text[end:end + 40]
        tail = re.match(r"(?:/[\w ]+)?(?:[ \u00a0]*\([^)]{0,20}\))?", rest)
        after = end + (tail.end() if tail else 0)
        if _DATELINE_GAP.match(text, after):
            return tuple(dict.fromkeys(iso for iso in found if iso)), m.start()
    return (), 0
