"""Stage 1 of counting: the phrase a figure counts.

German puts the counted noun after the figure, often past adjectives and participles ("15.000
zum Kampf entsandten Truppen"); it may be elided and stand earlier in the clause ("die Zahl der
Toten stieg auf 205"); money and percentages measure a noun around them ("526 Millionen Dollar"
of "die Finanzierungsrunde", "33 Prozent der Befragten"); ages belong to a person ("Die
39-Jährige", "Kevin C. (23)"). What is found here is only *where* the counted words are; the
measure and whom they are about are decided by the next stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimledger.extract.counting.lexicon import CountLexicon, Nation
from claimledger.lang.regex import search_word_start

MAX_SPACES_TO_NOUN = 6  # a lexicon noun further from its figure counts something else


@dataclass
class Phrase:
    """Where the counted words are, and what the lexicon knows about them."""

    key: str | None = None             # the lexicon table of the counted noun
    span: tuple[int, int] | None = None
    where: str | None = None           # after | before | head | unknown | carried | person
    demonym: Nation | None = None      # the counted noun is a people's name ("Syrer")
    unknown: str | None = None         # a counted word the lexicon does not know
    person: bool = False               # the unknown word names people ("Aktivisten")
    np_end: int = 0                    # end of the figure's own noun phrase
    carried_nation: Nation | None = None  # for an elided noun: whose people it counted before
    named_nation: Nation | None = None    # for an elided noun: the nation the text names instead

    def meta(self, lex: CountLexicon) -> dict[str, Any]:
        return lex.noun_meta.get(self.key or "", {})


def after_figure(lex: CountLexicon, text: str, unit_end: int, win_end: int) -> Phrase | None:
    """The counted noun after a head count: a lexicon noun a few words on, else the first
    noun right after the figure (a compound whose head the lexicon knows, a people's name, or
    a noun the lexicon does not know, which is then what is counted)."""
    m = search_word_start(lex.noun_scan.within(text, unit_end, win_end), text, unit_end, win_end)
    if m and text[unit_end:m.start()].count(" ") <= MAX_SPACES_TO_NOUN and not _noun_between(lex, text, unit_end, m.start()) \
            and not _object_of_preposition(lex, text[unit_end:m.start()]):
        return Phrase(m.lastgroup, (m.start(), m.end()), "after", np_end=m.end())
    span = lex.syntax.noun_after(text, unit_end, win_end, 2)
    if span is None:
        return None
    whole = _truncated_compound(lex, text, span, win_end)
    if whole is not None:  # "100 Berufs- und Zeitsoldaten": the last compound names the head
        head = _known(lex, text, (whole[1], whole[2]), "after" if lex.noun_re.fullmatch(text, whole[1], whole[2])
                      or _head(lex, text[whole[1]:whole[2]]) else "unknown")
        head.span = (span[0], whole[2])
        return head
    word = text[span[0]:span[1]]
    dm = lex.nat_demonym_re.fullmatch(word)
    if dm:
        return Phrase(None, span, "after", demonym=lex.demonym_map.get(dm.group(1)), np_end=span[1])
    hm = _head(lex, word)
    if hm:
        return Phrase(hm, span, "head", np_end=span[1])
    if frames_only(lex, word):
        return None
    return Phrase(None, span, "unknown", unknown=word, person=names_people(lex, word), np_end=span[1])


_HYPHEN_GAP = re.compile(r"-[ \u00a0]+")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _truncated_compound(lex: CountLexicon, text: str, span: tuple[int, int], end: int
                        ) -> tuple[int, int, int] | None:
    """A first compound cut short before a coordinator ("Berufs- und Zeitsoldaten"): the
    phrase's start, and the span of the last compound, which carries the shared head."""
    gap = _HYPHEN_GAP.match(text, span[1], end)
    coord = lex.coord_open_re.match(text, gap.end(), end) if gap else None
    if coord is None:
        return None
    pos = coord.end()
    while pos < end and text[pos] in " \u00a0":
        pos += 1
    last = _WORD.match(text, pos, end)
    return (span[0], last.start(), last.end()) if last and lex.syntax.is_noun(last.group()) else None


def frames_only(lex: CountLexicon, word: str) -> bool:
    """A word that frames a figure without being what it counts: a unit, a month or weekday,
    a place ("3.000 nach Kursk", "am 12. März")."""
    return word in lex.not_counted or word.lower().startswith(lex.calendar_words) \
        or lex.place_re.fullmatch(word) is not None


def frames_or_dates(lex: CountLexicon, word: str) -> bool:
    """A word that frames or dates a figure ("am 12. März", "Ende 2015", "im Vorjahr"): never
    what the figure is about."""
    return frames_only(lex, word) or word in lex.time_frames


def _object_of_preposition(lex: CountLexicon, between: str) -> bool:
    """"1,2 Milliarden fließen in Schulen": a noun that a preposition after the figure governs
    (the words between are that preposition and its article or adjectives) is where or what
    the figure goes to, not what it counts."""
    words = between.split()
    syn = lex.syntax
    for k, w in enumerate(words):
        if w.lower() in syn.prepositions and w.lower() not in syn.partitive_prepositions:
            return all(x.lower() in syn.determiners or syn.is_modifier(x) for x in words[k + 1:])
    return False


def _noun_between(lex: CountLexicon, text: str, start: int, end: int) -> bool:
    """A noun between the figure and a lexicon noun is what the figure counts, unless it is
    inside a prepositional phrase ("15.000 zum Kampf entsandten Truppen")."""
    span = lex.syntax.noun_after(text, start, end, 0)
    return span is not None and span[1] <= end and not text[span[0]:span[1]] in lex.not_counted


def _head(lex: CountLexicon, word: str) -> str | None:
    """The lexicon table of a compound's last part ("Erdbebentote" -> dead), memoised per
    word on the lexicon (words recur, and the search tries every table at every position)."""
    cache = lex.head_cache
    if word in cache:
        return cache[word]
    m = lex.head_scan.within(word, 3).search(word, 3)
    prev = word[m.start() - 1] if m is not None and m.start() >= 3 else ""
    got = m.lastgroup if m is not None and ((prev.isalpha() and prev.islower()) or prev == "-") else None
    if len(cache) > 100_000:  # bounded: memory stays flat on endless input
        cache.clear()
    cache[word] = got
    return got


def before_figure(lex: CountLexicon, text: str, clause_start: int, pos: int) -> Phrase | None:
    """An elided head count: the nearest lexicon noun earlier in the clause."""
    found = None
    for m in lex.noun_scan.within(text, clause_start, pos).finditer(text, clause_start, pos):
        found = m
    if found is None:
        return None
    return Phrase(found.lastgroup, (found.start(), found.end()), "before", np_end=found.end())


def of_measure(lex: CountLexicon, text: str, clause_start: int, lead_at: int, unit_end: int,
               win_end: int, sent_start: int | None = None, clause_end: int | None = None,
               changed: bool = False) -> Phrase | None:
    """What a money amount, percentage or measurement measures: the noun that governs it ("ein
    Stimmenanteil von 13 Prozent"), else the noun right after its unit ("Euro Militärhilfe",
    "Prozent der Befragten", but not an object: "13 Prozent die Partei"), else the noun phrase
    the clause opens with ("Die Finanzierungsrunde brachte …"). A ``changed`` figure (its
    clause, which ends at ``clause_end``, has a verb of change or of a level reached) measures
    what the verb changes, the clause's subject ("In der Eurozone fiel die Quote von 22,6 auf 22,3
    Prozent", "Mit 31 Prozent liegt die Volkspartei voran")."""
    span = governing_noun(lex, text, clause_start, lead_at)
    if span:
        return _known(lex, text, span, "before")
    end = win_end if clause_end is None else clause_end
    # "90 Millionen Pfund (117 Millionen Euro) schweren Plattenvertrag": past the restatement,
    # which ends the clause, to the words after it
    bracket = _RESTATEMENT.match(text, unit_end)
    span = lex.syntax.measured_after(text, bracket.end(), min(len(text), bracket.end() + AFTER_BRACKET)) \
        if bracket else lex.syntax.measured_after(text, unit_end, win_end)
    if span and text[span[0]:span[1]] not in lex.not_counted and not lex.place_re.fullmatch(text[span[0]:span[1]]):
        return _known(lex, text, span, "after")
    purpose = lex.purpose_re.match(text, unit_end, win_end)
    if purpose:  # "14,5 Milliarden Euro für Infrastrukturmaßnahmen"
        span = lex.syntax.noun_after(text, purpose.end(), win_end, 2)
        if span:
            return _known(lex, text, span, "after")
    span = _flows_into(lex, text, clause_start, unit_end, end)
    if span:
        return _known(lex, text, span, "after")
    if changed:
        span = _changed_subject(lex, text, clause_start, lead_at, unit_end, end)
        if span:
            return _known(lex, text, span, "before")
    span = _priced(lex, text, clause_start if sent_start is None else sent_start, lead_at)
    if span:
        return _known(lex, text, span, "before")
    span = _purpose_before(lex, text, clause_start, lead_at)
    if span:
        return _known(lex, text, span, "before")
    span = lex.syntax.noun_before(text, clause_start, lead_at)
    if span and not lex.place_re.fullmatch(text[span[0]:span[1]]):
        return _known(lex, text, span, "before")
    span = lex.syntax.name_before_in(text, clause_start, lead_at)  # "Tobias Kern kam auf 37,1 Prozent"
    if span:
        return _known(lex, text, span, "before")
    # a name alone opening the clause is its subject ("Griss kommt auf zwölf Punkte")
    span = lex.syntax.subject_of(text, clause_start, win_end, lead_at, unit_end)
    if span and span[1] <= lead_at and not lex.place_re.fullmatch(text[span[0]:span[1]]):
        return _known(lex, text, span, "before")
    return None


def governing_noun(lex: CountLexicon, text: str, clause_start: int, lead_at: int) -> tuple[int, int] | None:
    """The noun a figure is the value of ("ein Stimmenanteil von 13 Prozent", "ein
    Pflegezeitraum von fünf Jahren"); through a noun that only says "an amount of", the noun
    before it ("Freizeit im Ausmaß von zwei Stunden"). A month or a time frame governs nothing
    ("gegenüber März von 22,6 auf 22,3 Prozent")."""
    gov = lex.governor_re.search(text, max(clause_start, lead_at - 40), lead_at)
    if gov is None and lex.range_open_re.match(text, lead_at):
        # "Geldstrafen zwischen 1.000 und 4.000 Euro": the noun right before a range
        gov = lex.noun_before_range_re.search(text, max(clause_start, lead_at - 40), lead_at)
    if gov is None or frames_or_dates(lex, gov.group(1)) or not lex.syntax.is_noun(gov.group(1)):
        return None  # "Schon vor mehr als 200 Jahren": a capitalised adverb governs nothing
    if gov.group(1) not in lex.transparent:
        return gov.start(1), gov.end(1)
    # the noun right before the preposition the transparent noun opens ("Flüchtlingskosten in
    # Höhe von"), else the noun phrase of the clause
    near = lex.syntax.last_noun(text, max(clause_start, gov.start(1) - 30), gov.start(1))
    between = text[near[1]:gov.start(1)].split() if near else []
    if near is not None and len(between) <= 2 and all(w.lower() in lex.syntax.prepositions or w.lower() in lex.syntax.determiners for w in between) \
            and not frames_or_dates(lex, text[near[0]:near[1]]) and not text[near[0]:near[1]].isupper():
        return near  # (an acronym is a name the phrase is addressed to: "Beitrag ans ASI in Höhe von")
    return (lex.syntax.noun_before(text, clause_start, gov.start(1))
            or lex.syntax.last_noun(text, clause_start, gov.start(1))
            # "Kosten tragen, die auf eine Höhe von über fünf Millionen geschätzt werden"
            or relative_antecedent(lex, text, clause_start))


_SECOND_WORD = re.compile(r"\W*\w+\W+(\w+)")  # the word after the clause's first word
_LAST_FIGURE = re.compile(r"\d[\d.,]*(?=\D*$)")


def relative_antecedent(lex: CountLexicon, text: str, clause_start: int) -> tuple[int, int] | None:
    """The noun a relative clause describes; past a figure's unit to the noun that governs
    the figure ("eine Ablösesumme von 27 Millionen Euro, die sich … erhöhen könnte")."""
    ante = lex.syntax.antecedent(text, clause_start)
    nxt = _SECOND_WORD.match(text, clause_start)
    if ante is None or nxt is None or lex.syntax.is_noun(nxt.group(1)):
        return None  # "…, die Kosten beliefen sich auf": an article, not a relative pronoun
    word = text[ante[0]:ante[1]]
    if not (frames_or_dates(lex, word) or word.lower() in lex.money_scales):
        return ante
    lead = _LAST_FIGURE.search(text, max(0, ante[0] - 40), ante[0])
    return governing_noun(lex, text, max(0, lead.start() - 60), lead.start()) if lead else None


def _changed_subject(lex: CountLexicon, text: str, clause_start: int, lead_at: int, unit_end: int,
                     clause_end: int) -> tuple[int, int] | None:
    """What the clause's verb changes or sets: its object or subject before the figure, else
    a subject after it ("Mit 31 Prozent liegt die Volkspartei voran"); for "die Anzahl der
    Arbeitslosen" the noun the count noun counts."""
    def frames(w: str) -> bool:
        return frames_or_dates(lex, w)
    ante = relative_antecedent(lex, text, clause_start)
    if ante is not None:  # "eine Ablösesumme von 27 Millionen, die sich um drei Millionen erhöhen könnte"
        return ante
    span = lex.syntax.clause_subject(text, clause_start, lead_at, frames, objects=True)
    if span is None:
        span = lex.syntax.clause_subject(text, clause_start, clause_end, frames)
        if span is not None and span[0] < unit_end:
            span = None  # the figure's own words
    marker = lex.count_noun_re.match(text, span[0]) if span else None
    if marker:  # "erhöhte sich die Anzahl der Arbeitslosen um 30 Prozent"
        span = lex.syntax.noun_after(text, marker.end(), lead_at, 2) or span
    return None if span is None or lex.place_re.fullmatch(text[span[0]:span[1]]) else span


def _flows_into(lex: CountLexicon, text: str, clause_start: int, unit_end: int, win_end: int
                ) -> tuple[int, int] | None:
    """Money that flows somewhere is spent on it: in a clause with a verb of flowing, the
    noun after the first flow preposition past the amount ("111 Millionen Euro fließen laut
    Focus in die ORF-Radios"); a date there only says when ("in den letzten Jahren")."""
    if lex.flow_verb_re.search(text, clause_start, win_end) is None:
        return None
    prep = lex.flow_prep_re.search(text, unit_end, win_end)
    if prep is None:
        return None
    at = prep.end()
    word = _NEXT_WORD.match(text, at, win_end)
    if word and word.group(1).lower() in lex.syntax.determiners:
        at = word.end()  # "in die ORF-Radios": past the article to the noun
    span = lex.syntax.noun_after(text, at, win_end, 2)
    return None if span is None or frames_or_dates(lex, text[span[0]:span[1]]) else span


def _purpose_before(lex: CountLexicon, text: str, clause_start: int, lead_at: int) -> tuple[int, int] | None:
    """Money whose purpose the clause opens with: "Für Investitionen sind 180 Millionen Euro
    eingeplant"."""
    at = clause_start
    while at < lead_at and text[at].isspace():
        at += 1
    opened = lex.purpose_open_re.match(text, at, lead_at)  # only as the clause's first words:
    # "die Ausgaben der Stadt für Schulstartgeld" names the purpose of a noun, not of the money
    return lex.syntax.noun_after(text, opened.end(), lead_at, 2) if opened else None


AFTER_BRACKET = 60  # how far past a restating bracket the measured noun may stand
_RESTATEMENT = re.compile(r"[ \u00a0]*\([^()]{1,40}\)")  # a bracket right after the unit
_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _priced(lex: CountLexicon, text: str, start: int, lead_at: int) -> tuple[int, int] | None:
    """The thing a price after a preposition is the price of ("ein Fernseher um 5.800 Euro")."""
    prep = lex.price_before_re.search(text, max(start, lead_at - 8), lead_at)
    if prep is not None:
        if lex.change_prep_re.search(text, prep.start(), lead_at):
            end = _SENTENCE_END.search(text, lead_at)
            if lex.change_verb_re.search(text, lead_at, end.start() if end else len(text)):
                return None  # "sein Budget … um 30 Milliarden gekürzt": a change, not a price
        return lex.syntax.priced_before(text, start, prep.start())
    if lex.price_lead_re.match(text, lead_at):
        return lex.syntax.priced_before(text, start, lead_at)
    return None


def _known(lex: CountLexicon, text: str, span: tuple[int, int], where: str) -> Phrase:
    word = text[span[0]:span[1]]
    m = lex.noun_re.fullmatch(word)
    key = m.lastgroup if m else _head(lex, word)
    if key is None and " " in word:
        # a noun with a genitive or a name after it ("Staatsbürger Afghanistans"): its first
        # known word is the head
        key = next((k.lastgroup for k in map(lex.noun_re.fullmatch, word.split()) if k), None)
    dm = None if key else lex.nat_demonym_re.fullmatch(word)
    if dm:  # "die Zahl der Syrer"
        return Phrase(None, span, where, demonym=lex.demonym_map.get(dm.group(1)), np_end=span[1])
    return Phrase(key, span, where, unknown=None if key else word,
                  person=key is None and names_people(lex, word), np_end=span[1])


def names_listed_people(lex: CountLexicon, word: str) -> bool:
    """A noun of the lexicon's people tables, else an unknown noun that names people."""
    m = lex.noun_re.fullmatch(word)
    return (m.lastgroup or "") in lex.person_keys if m is not None else names_people(lex, word)


def counts_people(lex: CountLexicon, word: str) -> bool:
    """A noun of the pack's people tables ("Kindern", as a compound's head too) or one that
    names people by itself."""
    m = lex.noun_re.fullmatch(word)
    key = m.lastgroup if m else _head(lex, word)
    return key in lex.person_keys or names_people(lex, word)


def names_people(lex: CountLexicon, word: str) -> bool:
    """An unknown word names people by its ending ("Aktivisten"), by the pack's dictionary of
    person nouns ("Piloten", "Wirtschaftsprüfer") or as a people's name negated
    ("Nichtösterreicher": everyone but that people)."""
    if lex.person_suffix_re.search(word) or lex.syntax.names_person(word):
        return True
    neg = lex.negation_prefix_re.match(word)
    return bool(neg and lex.nat_demonym_re.fullmatch(word[neg.end()].upper() + word[neg.end() + 1:]))


_AGE_PAREN = re.compile(r"\(\s*$")
_AGE_NUMBER = re.compile(r"[2-9]|[1-9]\d|1[01]\d")  # a whole number of years a person can be
_CLOSE = re.compile(r"\s*\)")


def of_age(lex: CountLexicon, text: str, fig_start: int, fig_end: int, sent_start: int,
           sent_end: int) -> tuple[int, int] | None | bool:
    """The person an age belongs to; False when the figure is no age.

    "Die 39-Jährige" (the nominalised age and its article), "ein 45-jähriger Mann" (the noun
    after), "Kevin C. (23)" (the name before the bracket)."""
    m = lex.age_suffix_re.match(text, fig_end)
    if m:
        word_end = m.end()
        word = text[fig_start:word_end]
        # "die 39-Jährige"; glued to a number word the whole word is the noun ("der Zehnjährige")
        tail = text[fig_end:word_end].lstrip("- ") if text[fig_end:fig_end + 1] in "- " else word
        if word[-1:].isalpha() and lex.syntax.is_noun(tail):
            det = lex.syntax.determiner_before(text, fig_start)
            return (det if det is not None else fig_start, word_end)
        return lex.syntax.noun_after(text, word_end, sent_end, 1)
    if (_AGE_PAREN.search(text, max(sent_start, fig_start - 2), fig_start) and _CLOSE.match(text, fig_end)
            and _AGE_NUMBER.fullmatch(text[fig_start:fig_end])):
        name = lex.syntax.name_before(text, sent_start, fig_start - 1)
        if name is not None:
            return name
    return False


_CODE_AFTER = re.compile(r"[ \u00a0]+[A-Z]{1,4}\d")
_DIGITS_ONLY = re.compile(r"\d+(?:[.,]\d+)*")
YEARS = (1000, 2100)


def is_name_number(lex: CountLexicon, text: str, fig: Any, sent_start: int) -> bool:
    """Digits that are part of a name, not a count: "Dell XPS 13", "ORF 2", "Alpha 1",
    "Tag 17 der Frist", "2014 MU69" — a bare number right after a name token with no noun or
    unit of its own, or before a code."""
    if getattr(fig, "is_word", False) or getattr(fig, "unit", None) is not None or fig.bound != "exact":
        return False
    if getattr(fig, "qualifier_span", None) or not _DIGITS_ONLY.fullmatch(text[fig.start:fig.end]):
        return False
    if _CODE_AFTER.match(text, fig.end):
        return True
    if lex.version_re.fullmatch(text[fig.start:fig.end]) and fig.start > 1 and text[fig.start - 1] == " " \
            and lex.syntax.is_name_token(text[text.rfind(" ", 0, fig.start - 1) + 1:fig.start - 1]):
        return True  # "TLS 1.2", "Ubuntu 15.10": a point the language never writes in a number
    if fig.start < 2 or text[fig.start - 1] != " ":
        return False
    ws = text.rfind(" ", max(sent_start, fig.start - 40), fig.start - 1)
    tok_start = ws + 1 if ws >= 0 else max(sent_start, fig.start - 40)
    token = text[tok_start:fig.start - 1]
    if not token or not lex.syntax.is_name_token(token):
        return False
    if tok_start <= sent_start and text[fig.end:fig.end + 1] != ":":
        return False  # (a label opening its line: "Minute 88: Foul an …", "Runde 3:")
    word = token.rstrip(".,;:")
    if lex.noun_re.fullmatch(word) or _head(lex, word) or lex.person_suffix_re.search(word):
        return False  # "aus der ersten Welle entsandter Soldaten 4.000 getötet": a counted noun
    if _elided_item(lex, text, fig.end, sent_start, tok_start):
        return False
    return lex.syntax.noun_after(text, fig.end, min(len(text), fig.end + 60), 2) is None


_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;)]|$)")
_PARALLEL = re.compile(r"[,;]")  # "…, in Graz 12": a clause of its own
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
PARALLEL_REACH = 200  # characters back to the figure a parallel clause repeats (bounded: a
# sentence may be a whole unpunctuated document)


def _elided_item(lex: CountLexicon, text: str, fig_end: int, sent_start: int, tok_start: int) -> bool:
    """"In Wien wurden 30 Demonstranten festgenommen, in Graz 12.", "die SPÖ erhielt 30
    Mandate, die ÖVP 25": a bare number closing a clause of its own after a name repeats the
    count of a figure before it in the sentence that has its noun, not a name with digits
    ("zum Konzert von Blink 182" is one)."""
    if not _CLAUSE_END.match(text, fig_end):
        return False
    prev = None
    for prev in _DIGITS.finditer(text, max(sent_start, tok_start - PARALLEL_REACH), tok_start):
        pass
    return (prev is not None and text[prev.start() - 1:prev.start()] in (" ", "\u00a0", "")
            and text[prev.end():prev.end() + 1] in (" ", "\u00a0")  # not "der MA-48-Zentrale"
            and _PARALLEL.search(text, prev.end(), tok_start) is not None
            and lex.syntax.noun_after(text, prev.end(), tok_start, 2) is not None)


def is_year_span(text: str, fig: Any) -> bool:
    """"(1515-1586)": a range of two years, a lifetime or an era, not a quantity."""
    if fig.bound != "range" or getattr(fig, "unit", None) is not None or getattr(fig, "is_word", False):
        return False
    lo, hi = fig.low, fig.high
    return (lo is not None and hi is not None and float(lo).is_integer() and float(hi).is_integer()
            and YEARS[0] <= lo < hi <= YEARS[1])


_GLUED = re.compile(r"-([^\W\d_]+)")


def glued_noun(lex: CountLexicon, text: str, pos: int) -> bool:
    """A figure glued by a hyphen to what it counts is a claim ("die 100.000-Einwohner-Stadt");
    glued to anything else it only describes a word ("10-seitigen", "10-Punkte-Plan")."""
    m = _GLUED.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return bool(lex.noun_re.fullmatch(word) or _head(lex, word))


def before_bracket(lex: CountLexicon, text: str, sent_start: int, clause_start: int) -> Phrase | None:
    """A figure in brackets after a name or noun is about it: "Wien (plus 2,4 Prozent)",
    "die versiegelten Akten (3,62 Gigabyte)", "Gewinnschläge (19 zu 12)"."""
    i = clause_start - 1
    if i <= sent_start or text[i] != "(":
        return None
    span = lex.syntax.name_before(text, sent_start, i)
    if span is None or text[span[0]:span[1]].split()[-1] in lex.not_counted:
        return None  # "220 Dollar (rund 198 Euro)": the bracket restates a figure
    return _known(lex, text, span, "before")


def of_span(lex: CountLexicon, text: str, span: tuple[int, int]) -> Phrase:
    """A phrase found by a syntax hook, with what the lexicon knows about it."""
    return _known(lex, text, span, "before")



def attribute_noun_at(lex: CountLexicon, text: str, sent_start: int, lead_at: int, unit_end: int) -> int | None:
    """Where the noun starts whose extended attribute the figure stands in ("des mit 4,5
    Millionen Dollar (rund 4 Millionen Euro) dotierten Turniers"): the sentence's verb speaks
    of that noun, and the noun is what the money is; None when the figure stands in none."""
    m = lex.attribute_close_re.match(text, unit_end)
    if m is None or not lex.attribute_open_re.search(text, max(sent_start, lead_at - 30), lead_at):
        return None
    return m.end() - 1
