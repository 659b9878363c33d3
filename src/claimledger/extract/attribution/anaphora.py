"""Pronoun resolution over the sources a document has named.

"Er sagte, …" is attributed to the person or body "er" stands for. Candidates are the cue
sources and the registry sources and names of the pronoun's own sentence (before it) and of
the sentences before; the subject-first habit of news prose makes the earliest mention of
the nearest sentence the likeliest antecedent. Agreement filters them where the language
marks it: the pack maps each pronoun to the genders (or plural) it can stand for, and gives
the gender of a head noun by lexicon or by derivational suffix; a candidate whose gender is
unknown is kept, a named person included.
"""

from __future__ import annotations

import re
import weakref
from typing import Any, Protocol

from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.registry import resolve_source
from claimledger.extract.sentences import Sentence
from claimledger.model import Source

_LOOK_BACK = 6
_PERSON = "person"  # the kind of a mention found by the pack's name pattern
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)\s+$")


class _Doc(Protocol):
    text: str
    sentences: list[Sentence]
    pack: Any
    lx: Lexicon

    def sent_index(self, pos: int) -> int: ...
    def cue_sources(self, k: int, partial: bool) -> list[Source]: ...
    def subject(self, k: int) -> Source | None: ...
    @property
    def finder(self) -> Any: ...


def head_gender(src: Source, lx: Lexicon, article: bool = True) -> str | None:
    """Gender of a source phrase's head: its first noun after determiners and adjectives
    (attachments follow the head); a title before a name decides for the name. Without an
    article before it, an adjective's strong ending marks gender and number ("Heutige
    Fahrzeuge" is plural)."""
    words = re.findall(r"[\w-]+", src.text)
    if len(words) == 1 and src.kind == "government" and src.id and words[0].lower() not in lx.genders:
        return "n"  # a capital or country standing for its government ("Kiew", "Frankreich")
    if not article and len(words) > 1 and lx.is_adj(words[0].lower(), False):
        g = lx.syn.gender_by_strong_adjective(words[0].lower())
        if g is not None:
            return g
    head: str | None = None
    for w in words:
        low = w.lower()
        if low in lx.dets or not lx.syn.is_noun(w):
            if head is not None:
                break  # "spokesperson for the council": the run of nouns has ended
            continue
        if lx.syn.possessive(low):
            continue  # "the council's chief executive": a possessive is a determiner
        head = low
        if not lx.syn.HEAD_FINAL:
            break  # German puts the head first; attachments follow it
    if head is None:
        return None
    g = lx.genders.get(head)
    if g is None:
        g = lx.genders.get(head.rsplit("-", 1)[-1]) or lx.syn.gender_by_suffix(head)
    return g


def agrees(pronoun: str, src: Source, lx: Lexicon, article: bool = True) -> bool:
    wanted = lx.pronouns.get(pronoun)
    if not wanted:
        return True
    g = head_gender(src, lx, article)
    return g is None or g in wanted


class Anaphora:
    """Resolves pronoun subjects of one document; mentions per sentence are cached."""

    def __init__(self, doc: _Doc) -> None:
        # a weak reference: the attributor owns this object, and a strong one back would make
        # every document's attributor, sentences and tokens a reference cycle, left for the
        # cyclic collector (a few per cent of extraction time) instead of freed when done
        self.doc = weakref.proxy(doc)
        self._mentions: dict[int, list[tuple[int, Source]]] = {}
        self._mention_re = re.compile(doc.lx.syn.MENTION_PATTERN)

    def antecedent(self, pos: int, pronoun: str) -> Source | None:
        """The earliest agreeing mention in the nearest stretch of text before ``pos`` that
        names anyone agreeing (an earlier clause of the pronoun's own sentence first, then
        earlier sentences)."""
        d, lx = self.doc, self.doc.lx
        si = d.sent_index(pos)
        for k in range(si, max(-1, si - _LOOK_BACK), -1):
            s = d.sentences[k]
            if k == si and not self._earlier_clause(s.start, pos):
                continue  # a subject pronoun does not stand for a phrase of its own clause
            if k < si and self._opens_with(k, pronoun):
                continue  # the same pronoun as subject: the referent is named further back
            hi = min(pos, s.end)
            found = [(c.span[0], c) for c in d.cue_sources(k, k == si)
                     if c.span and s.start <= c.span[0] < hi]
            found += [(p, m) for p, m in self.mentions(k) if p < hi]
            subj = d.subject(k) if k < si else None
            if subj is not None and subj.span:
                found.append((subj.span[0], subj))
            found = [(p, m) for p, m in found if agrees(pronoun, m, lx, self._has_article(m))]
            if found:
                return min(found, key=lambda x: x[0])[1]
        return self._protagonist(si)

    def _protagonist(self, si: int) -> Source | None:
        """Nothing near names anyone: a pronoun far into a text about one person stands for
        the person the text named first (a portrait, an obituary)."""
        d = self.doc
        for k in range(0, si):
            names = [m for _p, m in self.mentions(k) if m.kind == _PERSON]
            s = d.sentences[k]
            first = d.lx.name_re.match(d.text, s.start, s.end) if d.lx.name_re else None
            if first is not None and d.finder.looks_like_name(first.group(0)):
                # a name opening the text's sentence ("Günther Krause (CDU) war …")
                names.append(Source(first.group(0), (first.start(), first.end()), None, _PERSON))
            if names:
                return min(names, key=lambda m: m.span[0] if m.span else 0)
        return None

    def _earlier_clause(self, start: int, pos: int) -> bool:
        """Is there a clause boundary (comma, colon) between the sentence start and the
        pronoun? "Als der Minister ankam, sagte er …" may name the antecedent there."""
        return any(c in self.doc.text[start:pos] for c in ",;:")

    def _opening_name(self, m: re.Match[str], s: Sentence) -> Source | None:
        """A capitalised pair opening a sentence is a person's name when it looks like one
        ("John Kibanga (29) aus Rutshuru ist einer von ihnen."); a third capitalised word
        after it makes the first a title ("Bürgermeister Kurt Fischer verhandelt"), and a
        role noun without a name after it is none."""
        d = self.doc
        first = m.group(0).split(" ", 1)[0]
        low, lx = first.lower(), d.lx
        if any(low in ws for ws in (lx.dets, lx.prepositions, lx.article_preps, lx.subordinators,
                                    lx.lead_conj, lx.adv_openers, lx.clause_openers, lx.conj)):
            return None  # "Der Landesrat …", "Am Montag …", "Da Eintracht Frankfurt …": no name
        name = d.lx.name_re.match(d.text, m.start() + len(first) + 1, s.end) if d.lx.name_re else None
        if name is not None and d.finder.looks_like_name(name.group(0)):
            return Source(d.text[m.start():name.end()], (m.start(), name.end()), None, _PERSON)
        if resolve_source(first, d.pack)[1] is not None or not d.finder.looks_like_name(m.group(0)) \
                or resolve_source(m.group(0), d.pack)[1] not in (None, _PERSON):
            return None
        return Source(m.group(0), (m.start(), m.end()), None, _PERSON)

    def _has_article(self, src: Source) -> bool:
        """Does a determiner stand right before the mention (weak adjective endings)?"""
        if not src.span:
            return True
        m = re.search(r"(\w+)\W*$", self.doc.text[max(0, src.span[0] - 20):src.span[0]])
        return m is not None and m.group(1).lower() in self.doc.lx.dets

    def _after_article(self, pos: int) -> bool:
        """Does an article (a preposition joined with one, an adjective) stand right before ``pos``?
        Names of people take none; a common noun does ("im Ort X", "die Wahl Y")."""
        m = _LAST_WORD.search(self.doc.text, max(0, pos - 12), pos)
        lx = self.doc.lx
        if m is None:
            return False
        low = m.group(1).lower()
        # an attributive adjective too: "dem kleinen Ort X", "der neue Präsident Y Z"
        return low in lx.dets or low in lx.article_preps or (m.group(1).islower() and lx.is_adj(low, False))

    def _opens_with(self, k: int, pronoun: str) -> bool:
        m = re.match(r"\W*(\w+)", self.doc.text[self.doc.sentences[k].start:self.doc.sentences[k].end])
        return m is not None and m.group(1).lower() == pronoun

    def _surnames(self, s: Sentence, found: list[tuple[int, Source]]) -> list[tuple[int, Source]]:
        """A single word the text gave before as the last part of a full name ("Peter Prieth
        … Prieth zeigte sich zufrieden"): a person, though no name pattern finds it alone."""
        d, lx, out = self.doc, self.doc.lx, []
        taken = [m.span for _p, m in found if m.span]
        for a, b in _surname_tokens(d.text, s.start, s.end):
            low = d.text[a:b].lower()
            if any(x <= a < y for x, y in taken) or low in lx.place_names or low in lx.country_names:
                continue  # a place ends names of clubs and bodies too ("Eintracht Frankfurt")
            src = Source(d.text[a:b], (a, b), None, _PERSON)
            if d.finder.named_before(src):
                out.append((a, src))
        return out

    def mentions(self, k: int) -> list[tuple[int, Source]]:
        """Registry sources and capitalised name pairs in sentence ``k``: only the few
        sentences before a pronoun are ever scanned."""
        got = self._mentions.get(k)
        if got is not None:
            return got
        d = self.doc
        s = d.sentences[k]
        out: list[tuple[int, Source]] = []
        # runs of capitalised words (with an adjective before them), each resolved against
        # the memoised registry: far cheaper than scanning with a thousand patterns
        for m in self._mention_re.finditer(d.text, s.start, s.end):
            start, phrase = m.start(), m.group(0)
            first = phrase.split(None, 1)
            if len(first) == 2 and first[0].lower() in d.lx.dets:
                start, phrase = m.end() - len(first[1]), first[1]  # "Die Polizei" -> "Polizei"
            sid, kind = resolve_source(phrase, d.pack)
            if sid is not None:
                out.append((start, Source(phrase, (start, m.end()), sid, kind)))
        name_re = d.lx.name_re
        for m in (name_re.finditer(d.text, s.start, s.end) if name_re else ()):
            if m.start() > 0 and d.text[max(0, m.start() - 2):m.start()].strip() not in (".", "!", "?", ""):
                if any(w.lower() in d.lx.stop_caps for w in m.group(0).split()) \
                        or d.text[max(0, m.start() - 2):m.start()].strip()[-1:].isdigit():
                    continue  # a quantity ("2 Milliarden Euro"), a date ("Ende Mai")
                if self._after_article(m.start()):
                    # "im Ort Kirchmöser", "der Italiener Nicola Zingaretti": a common noun
                    # first; the name, if any, starts at the next word
                    m = name_re.match(d.text, m.start() + len(m.group(0).split(" ", 1)[0]) + 1, s.end)
                    if m is None:
                        continue
                out.append((m.start(), Source(m.group(0), (m.start(), m.end()), None, _PERSON)))
            else:
                opening = self._opening_name(m, s)
                if opening is not None:
                    out.append((opening.span[0], opening))
        out += self._surnames(s, out)
        out.sort(key=lambda x: x[0])
        self._mentions[k] = out
        return out


def _surname_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end) if m.group(0)[:1].isupper()]


def article_before(text: str, pos: int, lx: Lexicon) -> bool:
    """A definite (anaphoric) article or an article preposition stands right before ``pos``."""
    m = _LAST_WORD.search(text, max(0, pos - 12), pos)
    return m is not None and (m.group(1).lower() in lx.anaphoric_dets or m.group(1).lower() in lx.article_preps)


def titled_antecedent(doc: _Doc, src: Source) -> Source | None:
    """"der Bürgermeister" after "Bürgermeister Andreas Rabl": a role noun standing alone
    with a definite article names the person the text introduced with that title, the last
    one before. Returns that mention (title and name), or None."""
    lx, text = doc.lx, doc.text
    if src.span is None or lx.name_re is None:
        return None
    if not article_before(text, src.span[0], lx):
        return None  # "ein Sprecher" is someone new; "der", "beim Sprecher" the one named
    word = src.text
    i = text.rfind(word + " ", 0, src.span[0])
    while i != -1:
        if i == 0 or not text[i - 1].isalnum():
            name = lx.name_re.match(text, i + len(word) + 1)
            if name is not None and doc.finder.looks_like_name(name.group(0)):
                return doc.finder.source(i, name.end(), src.cue)
        i = text.rfind(word + " ", 0, i)
    return None
