"""Sentence and paragraph segmentation that keeps offsets.

A fast rule-based splitter: the statistical German splitters available offline run at well
under 0.1 MB/s, which would make them the bottleneck of the whole pipeline. News text is
regular enough that line breaks, sentence punctuation and an abbreviation list get nearly
all boundaries right; what matters downstream is that a figure and its source cue land in
the same sentence, and that headings stand alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.lang import LanguagePack

_CLOSERS = "\"'“”«»‹›’)]"
_ENDINGS = ".!?…:;\"“”»«)"

#: No sentence is longer than this many characters: a longer run without a sentence end (a
#: table flattened into one line, a list of numbers, a damaged file) is cut into pieces at
#: whitespace. Every per-figure analysis looks at its sentence, so this bound is what keeps
#: extraction linear in the size of a document. Real sentences stay below it: 99.9 % of the
#: 23,064 sentences of the 10kGNAD test split are under 460 characters, 6 are over 600.
MAX_SENTENCE = 600
# a cut looks this far back from the limit for whitespace to cut at
_CUT_WINDOW = 150
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    # a line that does not end in sentence punctuation: a headline, a subheading, a caption
    heading: bool = False


def _build(pack: LanguagePack) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    tab = pack.table("sentences")
    abbrevs = frozenset(a.lower() for a in tab.get("abbreviations", []))
    followers = set(w.lower() for w in tab.get("ordinal_followers", []))
    if pack.has("numbers"):  # the words after which the number stage reads "N." as an ordinal
        followers |= {w.lower() for w in pack.table("numbers").get("context", {}).get("ordinal_after", [])}
    if pack.has("calendar"):
        followers |= set(pack.table("calendar").get("months", {}))
    # candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
    # (a run of punctuation is taken whole, from its start, and never given back: a long run
    # without whitespace after it would otherwise be retried at every position, O(n²)). The
    # whitespace is optional so that a run without it is consumed too (the caller skips such
    # matches): the scan never restarts inside a run, which a look-behind used to ensure, and
    # a pattern that opens with a character class lets the engine skip ahead in C — a third
    # of the time of the look-behind's test at every position.
    boundary = re.compile(r"([.!?…][.!?…]*+)([" + re.escape(_CLOSERS) + r"]*+)(\s+)?")
    return boundary, abbrevs, frozenset(followers)


def split_sentences(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences; offsets are absolute."""
    boundary, abbrevs, followers = pack.compiled("sentences", _build)
    end = len(text) if end is None else end
    out: list[Sentence] = []
    para = 0
    # paragraphs are lines; blank lines only separate them further
    for line_m in _LINE.finditer(text, start, end):
        ls, le = line_m.start(), line_m.end()
        line = text[ls:le]
        if not line.strip():
            continue
        s = ls
        for m in boundary.finditer(line):
            if m.start(3) < 0:
                continue  # punctuation without whitespace after it: no boundary
            cut = ls + m.end(2)  # after punctuation and closing quotes
            nxt_i = ls + m.end()
            if nxt_i >= le:
                break
            if not _is_boundary(text, ls + m.start(1), m.group(1), nxt_i, abbrevs, followers):
                continue
            _append(out, text, s, cut, para, heading=False)
            s = nxt_i
        last = text[s:le].rstrip()
        heading = bool(last) and last[-1] not in _ENDINGS
        _append(out, text, s, le, para, heading=heading)
        para += 1
    return out


def _append(out: list[Sentence], text: str, s: int, e: int, para: int, heading: bool) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = _cut_at(text, s + MAX_SENTENCE)
        _append(out, text, s, cut, para, heading=False)
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append(Sentence(s, e, para, heading))


def _cut_at(text: str, limit: int) -> int:
    """Where to cut an over-long sentence: after the last whitespace before ``limit``, else
    (no whitespace near) right at the limit."""
    ws = max(text.rfind(" ", limit - _CUT_WINDOW, limit), text.rfind("\t", limit - _CUT_WINDOW, limit))
    return ws + 1 if ws > 0 else limit


def _is_boundary(text: str, punct_at: int, punct: str, next_at: int, abbrevs: frozenset[str],
                 followers: frozenset[str]) -> bool:
    nxt = text[next_at]
    if punct == ".":
        # the word before the period (at most 30 characters back)
        j, lo = punct_at, max(0, punct_at - 30)
        while j > lo and (text[j - 1].isalnum() or text[j - 1] == "_"):
            j -= 1
        word = text[j:punct_at]
        if word.lower() in abbrevs or (len(word) == 1 and word.isalpha() and word.isupper()):
            return False
        if word.isdigit():
            # "28. April", "3. Mal": a period after a number followed by a month or a
            # lower-case word is an ordinal, not a sentence end
            nm = _WORD.match(text, next_at, next_at + 30)
            nw = nm.group(0) if nm else ""
            if nw.lower() in followers or nw[:1].islower():
                return False
    # a sentence starts with an upper-case letter, a digit, a quote or a bracket
    return nxt.isupper() or nxt.isdigit() or nxt in "„\"'“«»‚([–-"
