"""German noun-phrase hooks for the counting stage.

German capitalises every noun, so "the noun after a figure" is the first capitalised word
after it, past the articles, adjectives and participles that stand between ("15.000 zum
Kampf entsandten Truppen"). The pipeline asks these functions instead of testing case
itself, so that a language without capitalised nouns can answer the same questions its own
way (a tagger, a lexicon). Words that German writes with a capital although they are no
nouns in this position (sentence-initial articles and prepositions) come from the pack's
``syntax.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimledger.lang.de.clauses import TOKEN as _TOKEN
from claimledger.lang.de.clauses import ClauseRules

_NOUN = re.compile(r"[A-ZÄÖÜ][\w]*(?:-[\w]+)*")
_LOWER = re.compile(r"[a-zäöüß][\w]*(?:-[\w]+)*\.?")
_NAME2 = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)[ \u00a0]([A-ZÄÖÜ][a-zäöüß]+)\b")
_PRONOUN_AFTER = re.compile(r"[ \u00a0]+(\w+)\b")
_REL_OPEN = re.compile(r"[ \u00a0]*(\w+)\b")
_GAP = re.compile(r"[ \u00a0]+")
_WORD = re.compile(r"[\w][\w-]*")
_PRICE_TOKEN = re.compile(r"[^\s,;:„“\"]+")
# a model or version code after a product's name: "a7R II", "G7", "65EF9500", "IV"
_MODEL_CODE = re.compile(r"(?=\w*\d)\w+|[IVX]{1,4}")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em", "ern")
_ADVERB_ENDINGS = ("lich", "ig", "isch", "weise")


@dataclass
class Syntax(ClauseRules):
    """German answers to the questions the counting stage asks about a noun phrase."""

    not_nouns: frozenset[str]
    determiners: frozenset[str]
    stop_words: frozenset[str]
    comparatives: frozenset[str]  # "80 Prozent mehr Ankünfte": inside the phrase, not ending it
    recipients: frozenset[str]
    relatives: frozenset[str]
    prepositions: frozenset[str]
    partitives: frozenset[str]
    adverbials: frozenset[str] = frozenset()
    partitive_prepositions: frozenset[str] = frozenset()  # "Tausende von Flüchtlingen"
    max_between: int = 4
    person_nouns: frozenset[str] = frozenset()       # every form of a noun naming people
    person_lookalikes: frozenset[str] = frozenset()  # nouns ending like those, naming none
    subject_pronouns: frozenset[str] = frozenset()   # pronouns that can be a clause's subject
    name_particles: frozenset[str] = frozenset()     # "Van der Bellen", "Ursula von der Leyen"
    subordinators: frozenset[str] = frozenset()      # conjunctions after which the verb comes last
    accusatives: frozenset[str] = frozenset()        # articles that open an object: "den", "einen"
    conjunctions: frozenset[str] = frozenset()       # "und", "doch": before a clause, outside it
    reflexives: frozenset[str] = frozenset()         # "sich": between a verb and its subject
    adverbs: frozenset[str] = frozenset()            # sentence adverbs, lower case ("zudem", "heuer")
    demonstratives: frozenset[str] = frozenset()     # "diese", "jener": a pronoun when no noun follows
    partitive_pronouns: frozenset[str] = frozenset()  # "zehn Prozent von ihnen"

    def names_person(self, word: str) -> bool:
        """A noun that names people ("Piloten", "Flugbegleiterinnen", "Beschuldigte"), also as
        the head of a compound the dictionary lacks ("Wirtschaftsprüfer" by "Prüfer"). German
        puts a compound's head last, so the longest known ending decides; an ending that names
        a thing ("Toilette", not "Lette"; "Mittelalter", not "Alter") makes no person."""
        w = word.rstrip(".,;:")
        if "-" in w:
            w = w.rsplit("-", 1)[1]
        if w in self.person_nouns:
            return True
        if not w[:1].isupper() or w in self.person_lookalikes:
            return False
        for i in range(3, len(w) - 3):
            head = w[i].upper() + w[i + 1:]
            if head in self.person_lookalikes:
                return False
            if head in self.person_nouns:
                return True
        return False

    def is_pronoun(self, word: str) -> bool:
        """A pronoun the counting rules may give as what a figure counts ("sie", "diese",
        "ihnen"): it points back to something named before, so it labels no series."""
        low = word.lower()
        return low in self.subject_pronouns or low in self.demonstratives or low in self.partitive_pronouns

    def looks_like_noun(self, word: str) -> bool:
        """German writes every noun (and every name) with a capital."""
        return bool(word) and word[0].isupper()

    def is_noun(self, word: str) -> bool:
        """A capitalised word that is not a capitalised function word."""
        return bool(word) and word[0].isupper() and word not in self.not_nouns

    def is_name_token(self, word: str) -> bool:
        """A word that can name a product, programme, channel or model ("Chromebook", "XPS",
        "WebOS", "ORF"): capitalised, or with capitals inside; not an article or opener."""
        w = word.rstrip(".,;:")
        if not w or not w[0].isalpha() or w.lower() in self.determiners or w in self.not_nouns:
            return False
        return w[0].isupper() or any(ch.isupper() for ch in w[1:])

    def noun_after(self, text: str, pos: int, end: int, max_between: int | None = None
                   ) -> tuple[int, int] | None:
        """The first noun after ``pos``, with at most ``max_between`` lower-case words
        (articles, adjectives, participles) in between; None at a clause end."""
        limit = self.max_between if max_between is None else max_between
        i = pos + 1 if text[pos:pos + 1] == "-" else pos  # the rest of a compound: "-Euro-Paket"
        for k in range(limit + 1):
            g = _GAP.match(text, i, end)
            if g:
                i = g.end()
            m = _NOUN.match(text, i, end)
            if m:
                return (m.start(), m.end()) if self.is_noun(m.group(0)) else None
            m = _LOWER.match(text, i, end)
            if not m or not self._inside_noun_phrase(m.group(0)):
                return None
            low = m.group(0).lower()
            if k > 0 and low in self.determiners:
                return None  # "70 Prozent halten die Prüfung …": an article after a verb opens another phrase
            if k == 0 and low in self.determiners and low not in self.partitives and text[pos:pos + 1] != "-":
                return None  # "170.000 das Mittelmeer überquert": the figure is the phrase, the article opens the object
            i = m.end()
        return None

    def head_after_article(self, text: str, pos: int, end: int, max_words: int = 10) -> tuple[int, int] | None:
        """The head noun of the noun phrase after ``pos`` (right after an article): the first
        noun, or past an extended attribute the noun after its participle or adjective ("der
        nach Griechenland über das Meer geflüchteten Menschen" -> "Menschen"). German closes an
        extended attribute with an inflected participle or adjective right before the head."""
        first = self.noun_after(text, pos, end, 2)
        if first is not None:
            return first
        words = list(_WORD.finditer(text, pos, end))[:max_words]
        if not words or words[0].group(0).lower() not in self.prepositions:
            return None  # an extended attribute opens with its own preposition
        for a, b in zip(words, words[1:]):
            if self.is_modifier(a.group(0)) and self.is_noun(b.group(0)):
                return b.start(), b.end()
        return None

    def is_modifier(self, word: str) -> bool:
        """An inflected adjective or participle ("neuen", "betroffenen") before a noun: lower
        case, as German writes every adjective."""
        w = word.rstrip(".,")
        return len(w) >= 4 and w.islower() and w not in self.stop_words and w not in self.determiners \
            and w.endswith(_ADJ_ENDINGS)

    def _inside_noun_phrase(self, word: str) -> bool:
        """Words that stand between a figure and its noun: articles and inflected adjectives
        or participles ("der", "entsandten", "leicht verletzten"); a preposition or
        conjunction ends the noun phrase ("3.000 nach Kursk")."""
        w = word.lower().rstrip(".")
        if w in self.determiners or w in self.comparatives:
            return True
        if w in self.stop_words or len(w) < 4:
            return False
        return w.endswith(_ADJ_ENDINGS) or w.endswith(_ADVERB_ENDINGS)

    def measured_after(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The noun after a unit that the figure measures: a partitive genitive or a bare noun
        ("Prozent der Befragten", "Euro Militärhilfe"), not the object of the verb that
        follows ("13 Prozent die Partei")."""
        g = _GAP.match(text, pos, end)
        i = g.end() if g else pos
        m = _LOWER.match(text, i, end)
        if m and m.group(0).lower() in self.determiners and m.group(0).lower() not in self.partitives:
            return None
        if m and m.group(0).lower() in self.partitive_prepositions:
            p = _PRONOUN_AFTER.match(text, m.end(), end)
            if p and p.group(1) in self.partitive_pronouns:
                return p.start(1), p.end(1)  # "zehn Prozent von ihnen"
        if m and m.group(0).lower() in self.partitives:
            # a genitive may hold adjectives and an extended attribute ("der gesamten
            # österreichischen Sozialausgaben", "der in Österreich transportierten Güter")
            return self.noun_after(text, pos, end, 3) or self._past_attribute(text, m.end(), end)
        return self.noun_after(text, pos, end, 2)

    def _past_attribute(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The noun after an extended attribute that opens with a preposition: "(der) in
        Österreich transportierten Güter" — the phrase, then a participle, then the noun."""
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, pos, end)][:7]
        if not toks or toks[0][2].lower() not in self.prepositions:
            return None
        k = self._past_phrases(toks, 0)
        if k + 1 < len(toks) and self.is_modifier(toks[k][2]) and self.is_noun(toks[k + 1][2]):
            return toks[k + 1][0], toks[k + 1][0] + len(toks[k + 1][2].rstrip(".,;:"))
        return None

    def subject_of(self, text: str, start: int, end: int, fig_start: int, fig_end: int
                   ) -> tuple[int, int] | None:
        """A name that opens a main clause, for what a share or amount measures when nothing
        else names it ("Griss kommt auf zwölf Punkte"), or the phrase right after the finite
        verb when the figure opens the clause. Spans and changes use ``clause_subject``, which
        reads the verb-second order in full."""
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]
        if not toks:
            return None
        if toks[0][0] < fig_start and self.is_name_token(toks[0][2]) and self.is_noun(toks[0][2]) \
                and toks[0][2].lower() not in self.determiners and toks[0][2].lower() not in self.prepositions:
            last = 0
            while last + 1 < len(toks) and last < 2 and toks[last + 1][1] <= fig_start \
                    and self.is_noun(toks[last + 1][2]):
                last += 1
            return toks[0][0], toks[last][1]
        after = [t for t in toks if t[0] >= fig_end]
        if len(after) >= 2 and not self.looks_like_noun(after[0][2]) and fig_start - start <= 2:
            return self.noun_after(text, after[0][1], end, 1)  # past the finite verb
        return None

    def priced_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The thing a price or measure after a preposition belongs to ("ein 4k-Fernseher um
        5.800 Euro", "die Panasonic Lumix G7 (hierzulande G70) ab 630 Euro", "Lkws unter 7,5
        Tonnen"): the noun or name right before the preposition, past a bracket and past model
        codes ("a7R II"), with the capitalised words of its name before it."""
        # a few words back are enough (a bracket, model codes, a name of up to three words)
        toks = [(m.start(), m.end(), m.group(0)) for m in _PRICE_TOKEN.finditer(text, max(start, pos - 120), pos)]
        k = len(toks) - 1
        if k >= 0 and toks[k][2].endswith(")"):
            while k >= 0 and not toks[k][2].startswith("("):
                k -= 1
            k -= 1
        while k >= 0 and _MODEL_CODE.fullmatch(toks[k][2]):
            k -= 1
        if k < 0 or not self._priced_noun(toks[k][2]):
            return None
        first = k
        while first > 0 and self.is_name_token(toks[first - 1][2]) and self.is_noun(toks[first - 1][2]) \
                and k - first < 2:
            first -= 1
        j = first - 1
        while j >= 0 and self._inside_noun_phrase(toks[j][2]):
            j -= 1
        if j >= 0 and toks[j][2].lower() in self.adverbials:
            return None  # "in der Nacht unter zehn Grad": a time or place, not the thing
        return toks[first][0], toks[k][1]

    def _priced_noun(self, word: str) -> bool:
        head = word.rsplit("-", 1)[-1] if "-" in word else word
        return self.is_noun(head) and head.lower() not in self.determiners

    def noun_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The head of the nearest noun phrase opened by a determiner before ``pos`` ("Die
        Finanzierungsrunde brachte …"): the subject or object that a figure after the verb
        measures."""
        best: tuple[int, int] | None = None
        toks = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, start, pos)]
        for k, (at, w) in enumerate(toks):
            if not _NOUN.fullmatch(w) or not self.is_noun(w):
                continue
            j = k - 1
            while j > 0 and toks[j][1].lower() not in self.determiners and self._inside_noun_phrase(toks[j][1]):
                j -= 1  # "der verursachte Schaden": adjectives between article and noun
            if j < 0 or k - j > 3:
                continue
            det = toks[j][1].lower()
            if det not in self.determiners or det in self.recipients:
                continue
            if det in self.partitives and j > 0 and self.is_noun(toks[j - 1][1]) and best is not None:
                continue  # a genitive attribute ("nach Angaben der Stadt") is not the subject
            prep = toks[j - 1][1].lower() if j > 0 else ""
            if prep in self.prepositions and (best is not None or prep in self.adverbials):
                continue  # an adverbial ("in der Nacht", "in der Lombardei") is not what is measured
            best = (at, at + len(w))
            if k + 1 < len(toks) and toks[k + 1][0] == best[1] + 1 and _NOUN.fullmatch(toks[k + 1][1]) \
                    and self.is_noun(toks[k + 1][1]) and toks[k + 1][0] < pos:
                best = (at, toks[k + 1][0] + len(toks[k + 1][1]))  # "die Landeshauptstadt Linz"
        return best

    def last_noun(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The last noun before ``pos``, with or without an article."""
        last = None
        for m in _NOUN.finditer(text, start, pos):
            if self.is_noun(m.group(0)):
                last = (m.start(), m.end())
        return last

    def antecedent(self, text: str, clause_start: int) -> tuple[int, int] | None:
        """The noun a relative clause describes: "Verträge, die sich auf 800.000 Euro
        beliefen", "Ali, der fast drei Monate unterwegs war" — the last noun before the comma
        that opens the clause, when the clause opens with a relative pronoun."""
        m = _REL_OPEN.match(text, clause_start)
        if m is None or m.group(1).lower() not in self.relatives:
            return None
        comma = text.rfind(",", max(0, clause_start - 3), clause_start)
        if comma < 0:
            return None
        last = None
        for n in _NOUN.finditer(text, max(0, comma - 60), comma):
            if self.is_noun(n.group(0)):
                last = (n.start(), n.end())
        return last if last and text[last[1]:comma].strip() == "" else None

    def name_before(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """A personal name right before ``pos`` ("Kevin C. (23)"): one to three capitalised
        words, an initial allowed."""
        seg = text[start:pos].rstrip()
        m = re.search(r"((?:[A-ZÄÖÜ][\w'-]*\.?[ \u00a0])?[A-ZÄÖÜ][\w'-]*\.?)$", seg)
        if not m or not self.is_noun(m.group(1).split()[0]):
            return None
        return start + m.start(1), start + m.end(1)

    def name_before_in(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """The nearest personal name before ``pos`` in [start, pos): two capitalised words in
        a row that are no function words ("Tarik Mete, 28 Jahre alt", "Franz Hoppichler
        stirbt 64-jährig")."""
        best = None
        for m in _NAME2.finditer(text, start, pos):
            if self.is_noun(m.group(1)) and self.is_noun(m.group(2)):
                best = (m.start(), m.end())
        return best

    def determiner_before(self, text: str, pos: int) -> int | None:
        """Start of an article right before ``pos`` ("Die 39-Jährige")."""
        m = re.search(r"(\w+)[ \u00a0]$", text[max(0, pos - 12):pos])
        if m and m.group(1).lower() in self.determiners:
            return pos - len(m.group(0))
        return None


def make(pack: Any) -> Syntax:
    tab = pack.table("syntax")
    adverbs = [w[:1].upper() + w[1:] for w in tab.get("sentence_adverbs", [])]
    # a preposition opening a sentence is written with a capital, and is no noun ("Innerhalb der
    # letzten 72 Stunden")
    opening = [w[:1].upper() + w[1:] for w in tab.get("prepositions", [])]
    return Syntax(not_nouns=frozenset([*tab.get("capitalised_non_nouns", []), *adverbs, *opening]),
                  determiners=frozenset(w.lower() for w in tab.get("determiners", [])),
                  partitives=frozenset(w.lower() for w in tab.get("partitive_determiners", [])),
                  adverbials=frozenset(w.lower() for w in tab.get("adverbial_prepositions", [])),
                  partitive_prepositions=frozenset(w.lower() for w in tab.get("partitive_prepositions", [])),
                  prepositions=frozenset(w.lower() for w in tab.get("prepositions", [])),
                  relatives=frozenset(w.lower() for w in tab.get("relative_pronouns", [])),
                  recipients=frozenset(w.lower() for w in tab.get("recipient_determiners", [])),
                  stop_words=frozenset(w.lower() for w in tab.get("phrase_breaking_words", [])),
                  comparatives=frozenset(w.lower() for w in tab.get("quantity_comparatives", [])),
                  subject_pronouns=frozenset(w.lower() for w in tab.get("subject_pronouns", [])),
                  name_particles=frozenset(w.lower() for w in tab.get("name_particles", [])),
                  subordinators=frozenset(w.lower() for w in tab.get("subordinators", [])),
                  accusatives=frozenset(tab.get("accusative_determiners", [])),
                  conjunctions=frozenset(w.lower() for w in tab.get("clause_conjunctions", [])),
                  reflexives=frozenset(tab.get("reflexive_pronouns", [])),
                  adverbs=frozenset(tab.get("sentence_adverbs", [])),
                  demonstratives=frozenset(tab.get("demonstratives", [])),
                  partitive_pronouns=frozenset(tab.get("partitive_pronouns", [])),
                  max_between=int(tab.get("max_words_between_figure_and_noun", 4)),
                  person_nouns=(pack.words("person_nouns") | frozenset(tab.get("more_person_nouns", [])))
                  - frozenset(tab.get("not_person_nouns", [])),
                  person_lookalikes=pack.words("person_lookalikes") | frozenset(tab.get("not_person_nouns", [])))
