"""Interview turns: who speaks in a question-and-answer article.

A printed interview marks its turns with a label and a colon at the start of a sentence:
the outlet's own label for its questions ("STANDARD: …", "Frage: …") and the interviewee's
name for the answers ("Monedero: …", "Peter Kaiser: …"). An answer runs, unquoted and in the
indicative, until the next label, so no cue and no reported-speech mood marks its figures;
the label does. A figure in an answer is the interviewee's; one in a question is the
outlet's own (null). The outlet's labels are pack data (``[interviews] outlet_labels``);
a respondent's label is known by its place: a short capitalised name that opens a sentence
after a turn of the outlet. Without an outlet label in the document nothing is a turn, so a
headline form ("Polizei: 40 Verletzte") never starts an interview.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

# a turn label: one to four words before a colon at the start of a line or after the end of
# a sentence (a sentence splitter may not cut before a label in lower case: "… ? profil: …")
_LABEL = re.compile(r"(?:^|(?<=[.!?…])\s+)[\W]{0,2}?((?:[^\W\d_][\w.'’-]*[ ]){0,3}[^\W\d_][\w'’-]*)[ ]?:\s",
                    re.MULTILINE)


@dataclass
class Turn:
    """One turn of an interview: the text it spans and who speaks (None: the outlet)."""

    start: int
    end: int
    label: tuple[int, int]
    outlet: bool


def _outlet_labels(pack: Any) -> frozenset[str]:
    t = pack.table("attribution").get("interviews", {})
    return frozenset(w.lower() for w in t.get("outlet_labels", []))


def outlet_labels(pack: Any) -> frozenset[str]:
    """The labels an outlet gives its own turns ("STANDARD", "Frage", "Antwort")."""
    return pack.compiled("attribution_interview_labels", _outlet_labels)


def _is_label(at: DocumentAttributor, words: list[str], outlet: bool) -> bool:
    """A respondent's label is a name: every word capitalised but name particles ("Van der
    Bellen"), none a function word ("Zum Vergleich: …"), and its last word named again in the
    article (an introduction, or the next answer), so a clause before a colon ("Das Motto
    ist: …") or a lead-in ("Fazit: …") is none."""
    if outlet:
        return True
    lx = at.lx
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w.lower() in lx.name_particles) for w in words):
        return False
    function = lx.prepositions | lx.article_preps | lx.dets | lx.conj
    if any(w.lower() in function for w in words):
        return False
    return _word_count(words[-1], at.text, 2) >= 2


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches (Unicode)


def _word_count(word: str, text: str, enough: int) -> int:
    r"""How often ``word`` stands between word boundaries in ``text`` (counted up to
    ``enough``): ``len(re.findall(r"\b" + re.escape(word) + r"\b", text))`` without a
    pattern for every candidate label scanned over the whole text (a word-boundary-led
    pattern is tried at every position) — the same count: a boundary is a change between
    a word character and another character (or an end of the text)."""
    n, at, size = 0, text.find(word), len(word)
    if not word:
        return len(re.findall(r"\b\b", text))
    while at >= 0 and n < enough:
        end = at + size
        before = at > 0 and _is_word_char(text[at - 1])
        after = end < len(text) and _is_word_char(text[end])
        if before != _is_word_char(word[0]) and after != _is_word_char(word[-1]):
            n += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return n


def _names_outlet_label(text: str, labels: frozenset[str]) -> bool:
    """Does an outlet label stand before a colon, in any case ("STANDARD:", "Standard:")?
    The same test as a label's upper case and a colon being in ``text.upper()``, without
    upper-casing every document (asked of each one): only a colon can make one, and the
    upper case of the few characters before it (each character's is one or more
    characters, made on its own) ends as that of everything before it does."""
    ups = tuple(lab.upper() for lab in labels)
    longest = max(map(len, ups))
    at = text.find(":")
    while at >= 0:
        if text[max(0, at - longest):at].upper().endswith(ups):
            return True
        at = text.find(":", at + 1)
    return False


def find_turns(at: DocumentAttributor) -> list[Turn]:
    """The turns of the document in order (empty unless the outlet labels two turns of its own);
    a respondent's turn counts only after one of the outlet's, and the last turn ends with
    its paragraph."""
    labels = outlet_labels(at.pack)
    if not labels or not _names_outlet_label(at.text, labels):
        return []
    found: list[tuple[int, int, bool]] = []  # label span, the outlet's
    for m in _LABEL.finditer(at.text):
        outlet = m.group(1).lower() in labels
        if not _is_label(at, m.group(1).split(), outlet):
            continue
        if outlet or (found and found[-1][2]):
            found.append((m.start(1), m.end(1), outlet))
    if sum(f[2] for f in found) < 2 or all(f[2] for f in found):
        return []  # two questions at least: one label may be a headline's ("SPIEGEL: …")
    turns = []
    for n, (a, b, outlet) in enumerate(found):
        if n + 1 < len(found):
            end = found[n + 1][0]
        else:
            para = at.sentences[at.sent_index(a)].paragraph
            end = max(s.end for s in at.sentences if s.paragraph == para)
        turns.append(Turn(a, end, (a, b), outlet))
    return turns


class Interview:
    """The turns of one document, and the speaker a position in an answer takes."""

    def __init__(self, at: DocumentAttributor) -> None:
        # a weak reference, as Anaphora's and Bodies': the attributor owns this object, and a
        # strong one back made every interview document's attributor, sentences and tokens a
        # cycle for the collector (its collections were ~7 % of extraction time)
        self.at = weakref.proxy(at)
        self.turns = find_turns(at)
        self._starts = [t.start for t in self.turns]
        self._speakers: dict[int, Source | None] = {}

    def turn_at(self, pos: int) -> Turn | None:
        if not self.turns:
            return None
        k = bisect.bisect_right(self._starts, pos) - 1
        if k < 0 or pos >= self.turns[k].end:
            return None
        return self.turns[k]

    def speaker(self, turn: Turn) -> Source | None:
        """The interviewee a respondent's label names, its bare surname resolved to the full
        name the article gave before ("Monedero" -> "Juan Carlos Monedero")."""
        if turn.outlet:
            return None
        if turn.start not in self._speakers:
            self._speakers[turn.start] = self._resolve(turn)
        return self._speakers[turn.start]

    def _resolve(self, turn: Turn) -> Source | None:
        from types import SimpleNamespace

        from claimledger.extract.attribution.model import Cue
        from claimledger.extract.attribution.names import resolve_short_names
        a, b = turn.label
        src = self.at.finder.source(a, b, self.at.lx.colon_cue)
        holder = SimpleNamespace(cues=[Cue(src, (turn.start, turn.end), a, False)])
        resolve_short_names(self.at, holder)  # type: ignore[arg-type]
        return holder.cues[0].source
