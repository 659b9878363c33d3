"""German clauses for the counting stage: the subject (or object) a figure measures.

A verb of change or of a level reached measures its subject ("Die Quote fiel auf 5 Prozent"),
a span of time lasts as it ("Nach 54 Jahren löste sich die Gruppe auf"), an age belongs to it
("Im Alter von 18 Jahren kam sie nach Wien"). German puts the finite verb second: the subject
opens the clause or follows the verb when an adverbial opens it, and a subordinator sends the
verb to the end. These hooks read that order from the pack's word lists (prepositions,
determiners, pronouns, subordinators) kept by :class:`Syntax`, which they are mixed into.
"""

from __future__ import annotations

import re
from typing import Callable

TOKEN = re.compile(r"[^\s,;:()„“\"]+")  # a word, a figure or a name with its dots
PP_CHAIN = 3  # prepositional phrases one inside the other that may open a clause
_ADVERB_ONLY_ENDINGS = ("lich", "weise", "mals", "dings", "wärts", "weit")  # no noun ends so ("Plötzlich", "Weltweit")
_WORDLIKE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, hyphen-joined: no figure, no bracket


class ClauseRules:
    """Mixin of :class:`claimledger.lang.de.syntax.Syntax`: the clause-level hooks."""

    determiners: frozenset[str]
    recipients: frozenset[str]
    prepositions: frozenset[str]
    partitives: frozenset[str]
    subject_pronouns: frozenset[str]
    name_particles: frozenset[str]
    subordinators: frozenset[str]
    accusatives: frozenset[str]
    conjunctions: frozenset[str]
    reflexives: frozenset[str]
    adverbs: frozenset[str]
    demonstratives: frozenset[str]

    def is_noun(self, word: str) -> bool:  # provided by Syntax
        raise NotImplementedError

    def looks_like_noun(self, word: str) -> bool:  # provided by Syntax
        raise NotImplementedError

    def _inside_noun_phrase(self, word: str) -> bool:  # provided by Syntax
        raise NotImplementedError

    def names_person(self, word: str) -> bool:  # provided by Syntax
        raise NotImplementedError

    def head_after_article(self, text: str, pos: int, end: int, max_words: int = 10
                           ) -> tuple[int, int] | None:  # provided by Syntax
        raise NotImplementedError

    def clause_subject(self, text: str, start: int, pos: int, frames: Callable[[str], bool] | None = None,
                       objects: bool = False, opened: bool = False) -> tuple[int, int] | None:
        """The subject of a verb-second clause before ``pos``: what a verb of change changes,
        or what lasts a span of time. German puts it first ("Die Sozialdemokraten sind …
        abgesackt") or, when an adverbial opens the clause, right after the finite verb ("In
        der Eurozone fiel die Quote …", "Ende 2015 war das BIP …", "Nach 54 Jahren löste sich
        die Gruppe auf"); ``frames`` tells a noun that only frames the figure (a month,
        "Ende"). With ``objects`` a transitive verb's object wins (what it changed). A clause
        opened by a subordinator puts its verb last and is left to the other rules; an
        expletive pronoun is no subject. ``opened``: the first constituent ends at ``start``
        (the figure opened the clause: "45 Jahre lang hätten auch seine Vorgänger …"), so the
        finite verb comes first."""
        toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, pos)]
        while toks and toks[0][2].lower() in self.conjunctions:
            toks = toks[1:]  # "Doch heuer teilte Haimbuchner …": a conjunction stands before the clause
        if not toks:
            return None
        if opened:
            return self._subject_after_verb(text, toks, 0)
        if toks[0][2].lower() in self.subordinators:
            # the verb comes last: the subject opens the clause after the subordinator, when a
            # pronoun or an article says so ("dass wir über 50 Prozent liegen werden")
            return self._subject_at(text, toks, 1) if len(toks) > 1 and (
                toks[1][2].lower() in self.subject_pronouns or toks[1][2].lower() in self.determiners) else None
        obj = self._object(text, toks) if objects else None
        if obj is not None:
            return obj
        at = self._subject_at(text, toks, 0)
        framing = at is not None and frames is not None and frames(text[at[0]:at[1]])
        if at is not None and not framing:
            return at
        k = self._past_first_constituent(toks, framing)
        if k is None or k + 1 >= len(toks):
            return None
        at = self._subject_after_verb(text, toks, k)
        return None if at is not None and frames is not None and frames(text[at[0]:at[1]]) else at

    def _subject_after_verb(self, text: str, toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
        """The subject after the finite verb at ``k``, past reflexives, sentence adverbs and
        prepositional phrases ("löste sich die Gruppe auf", "hätten auch seine Vorgänger")."""
        if k >= len(toks) or not toks[k][2].isalpha() or not toks[k][2].islower():
            return None
        k += 1
        while k < len(toks) and (toks[k][2] in self.reflexives or toks[k][2] in self.adverbs):
            k += 1
        # past prepositional phrases between verb and subject ("An der Spitze liegt mit zwölf
        # Punkten die frühere Präsidentin …", "stieg in Österreich die Arbeitslosigkeit")
        return self._subject_at(text, toks, self._past_phrases(toks, k))

    def _object(self, text: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        """A transitive verb of change changes its object: the second noun phrase that no
        preposition governs ("Die Gemeinde hat ihr Kulturbudget um 2 Millionen gekürzt"), or
        a first one opened by an accusative article ("Aktuell haben die Banken den
        Schuldenstand um 35,6 Milliarden erhöht")."""
        opened = []
        for k, (_s, _e, w) in enumerate(toks):
            low = w.lower()
            if low not in self.determiners and low not in self.subject_pronouns:
                continue
            prev = toks[k - 1][2] if k else ""
            if prev.lower() in self.prepositions or prev.lower() in self.determiners \
                    or (low in self.partitives and self.is_noun(prev)):
                continue  # an adverbial ("wegen der Krise") or a genitive ("Quote der Frauen")
            opened.append(k)
        if opened and toks[opened[0]][2] in self.accusatives:
            return self._subject_at(text, toks, opened[0])
        return self._subject_at(text, toks, opened[1]) if len(opened) >= 2 else None

    def _subject_at(self, text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
        """The noun phrase, pronoun or name that starts at token ``i``, or None."""
        if i >= len(toks):
            return None
        low = toks[i][2].lower()
        if low in self.subject_pronouns:
            return toks[i][0], toks[i][1]
        if low in self.demonstratives and (i + 1 >= len(toks) or not (
                self.looks_like_noun(toks[i + 1][2]) or self._inside_noun_phrase(toks[i + 1][2]))):
            return toks[i][0], toks[i][1]  # "sank diese auf ein Zehntel": a pronoun, no article
        if low in self.determiners and low not in self.recipients:
            j = i + 1
            while j < len(toks) and j - i <= 3 and not self.is_noun(toks[j][2]) \
                    and self._inside_noun_phrase(toks[j][2]):
                j += 1  # "die ehemalige Großpartei"
            if j < len(toks) and toks[j][2].lower() in self.prepositions:
                # an extended attribute: "der auf Teneriffa geborene Stürmer"
                return self.head_after_article(text, toks[i][1], toks[-1][1])
            i = j
        if i >= len(toks) or not self.is_noun(toks[i][2]) or toks[i][2].lower() in self.prepositions \
                or not _WORDLIKE.fullmatch(toks[i][2].rstrip(".,;:")) or _adverb_like(toks[i][2]):
            return None
        last = i
        if toks[i][2].lower() in self.name_particles:  # "Van der Bellen"
            while last + 1 < len(toks) and toks[last + 1][2] in self.name_particles:
                last += 1
            if last + 1 >= len(toks) or not self.is_noun(toks[last + 1][2]):
                return None
            last += 1
        while last + 1 < len(toks) and last - i < 2 and text[toks[last][1]:toks[last + 1][0]] == " " \
                and self.is_noun(toks[last + 1][2]) and _WORDLIKE.fullmatch(toks[last + 1][2]):
            last += 1  # "die Großpartei SPÖ", "Peter Kaiser"
        if last > i and self.names_person(toks[i][2]) and not self.names_person(toks[i + 1][2]):
            i += 1  # "Ihr Herausforderer Tobias Kern": the name, not the title before it
        return toks[i][0], toks[last][0] + len(toks[last][2].rstrip(".,;:"))

    def _past_phrases(self, toks: list[tuple[int, int, str]], k: int) -> int:
        """Past the prepositional phrases that start at ``k``, one inside the other ("Im Alter
        von 18 Jahren", "Bei der Wahl 2012", "Mit 31 Prozent"): each is its preposition, the
        article, adjectives and figure up to the noun or unit, then the nouns and years."""
        for _ in range(PP_CHAIN):
            if k >= len(toks) or toks[k][2].lower() not in self.prepositions:
                break
            opened = k = k + 1
            while k < len(toks) and not self.looks_like_noun(toks[k][2]) and k - opened < 4:
                k += 1
                if toks[k - 1][2][:1].isdigit() and k < len(toks) and not self.looks_like_noun(toks[k][2]):
                    break  # "Mit 14 gründete er": a figure with no noun ends the phrase
            while k < len(toks) and (self.looks_like_noun(toks[k][2]) or toks[k][2].rstrip(".").isdigit()):
                k += 1
        return k

    def _past_first_constituent(self, toks: list[tuple[int, int, str]], noun_first: bool) -> int | None:
        """Index of the finite verb after the clause's first constituent: an adverb ("Heuer",
        "Zuletzt"), a prepositional phrase ("Seit Jahresanfang", "Bei der Wahl 2012"), both
        ("Bereits nach einem Jahr") or, when ``noun_first``, a noun of time ("Ende 2015")."""
        k = 0
        first = toks[0][2]
        if (not self.is_noun(first) or _adverb_like(first)) and first.lower() not in self.prepositions \
                and first.isalpha() and (first[0].isupper() or first in self.adverbs):
            k = 1  # an adverb opening the sentence ("Bereits", "Heuer"); a clause after a comma
            # may open with its verb ("…, soll in zwei Etappen … sinken")
        if k < len(toks) and toks[k][2].lower() in self.prepositions:
            k = self._past_phrases(toks, k)
        elif k == 0 and not noun_first:
            return None  # a noun opened the clause and is no subject: no verb-second reading
        elif noun_first:
            while k < len(toks) and (self.looks_like_noun(toks[k][2]) or toks[k][2].rstrip(".").isdigit()):
                k += 1  # the noun and a year after it: "Ende 2015"
        if k >= len(toks):
            return None
        verb = toks[k][2]
        if not verb.isalpha() or not verb.islower() or verb in self.determiners or verb in self.prepositions:
            return None
        return k


def _adverb_like(word: str) -> bool:
    """A capitalised word that opens a sentence as an adverb by its ending ("Plötzlich",
    "Möglicherweise", "Mehrmals", "Allerdings"): German nouns do not end so."""
    return word[:1].isupper() and word.lower().endswith(_ADVERB_ONLY_ENDINGS)
