"""Finding the noun phrase a cue governs, from token shapes and the pack's word roles.

A source phrase is a determiner, adjectives, a run of nouns or names, and its attachments
(a genitive, a "von" phrase, an extended attribute, a second conjunct). Which word is a noun
and which an adjective is the pack's call (``Lexicon.syn``); the walk itself is the same for
any language that marks nouns and orders attributes before the head.
"""

from __future__ import annotations

from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.tokens import Tok

Span = tuple[int, int]
_QUOTE_MARKS = frozenset("„“”»«\"")
_DATELINE_DASHES = frozenset("–—")


def _adj(lx: Lexicon, t: Tok) -> bool:
    return t.word and lx.is_adj(t.low, t.cap)


def glued_name(t: Tok) -> bool:
    """A lower-case word glued with an inner hyphen or a digit ("n-tv", "n24", "t-online"):
    a brand written in lower case, which no German word of the clause is (words join with
    a hyphen only between capitalised parts or before a capital: "US-amerikanisch")."""
    x = t.text
    if x.isalpha() or t.cap or not t.word:
        return False  # almost every token: one C-level test
    return x[0].isalpha() and ("-" in x[1:-1] or any(c.isdigit() for c in x[1:]))


def _ext_attribute_end(toks: list[Tok], k: int, lx: Lexicon) -> int | None:
    """End of an extended attribute opened by a preposition at k ("des [von der Hamas
    kontrollierten] Ministeriums"): the index of the noun after its closing adjective."""
    n, m = len(toks), k + 1
    while m + 1 < n and m - k < 9 and (toks[m].word or _inner_comma(toks, m, lx)):
        if _adj(lx, toks[m]) and toks[m + 1].cap:
            break
        m += 1
    if m + 1 < n and m - k < 9 and _adj(lx, toks[m]) and toks[m + 1].cap:
        return m + 1
    return None


def _inner_comma(toks: list[Tok], m: int, lx: Lexicon) -> bool:
    """A comma after a name inside an extended attribute ("der in West Richland,
    Washington, ansässigen Firma": a place and its state, then the closing adjective)."""
    return toks[m].text == "," and 0 < m < len(toks) - 1 and toks[m - 1].cap \
        and (toks[m + 1].cap or _adj(lx, toks[m + 1]))


def _attachment(toks: list[Tok], k: int, lx: Lexicon, last: int) -> tuple[int, bool] | None:
    """After a head at ``last``, a lower-case word at k that attaches more to the phrase: a
    genitive or "von" link, a preposition inside a name ("Bundesamt für Strahlenschutz"), or
    name particles ("Institute for the Study of War"). Returns (next index, head seen)."""
    n, t = len(toks), toks[k]
    nxt = toks[k + 1] if k + 1 < n else None
    if nxt is not None and (t.low in lx.gen_dets or t.low in lx.of_preps) \
            and (nxt.cap or _adj(lx, nxt) or nxt.low in lx.dets or nxt.low in lx.ext_attr_preps
                 or glued_name(nxt)):
        k += 1
        return (k + 1 if toks[k].low in lx.dets else k), False
    if nxt is not None and last == k - 1 and t.low in lx.name_preps and nxt.cap \
            and nxt.low not in lx.stop_caps and _names_a_body(toks, last, lx):
        return k + 1, True
    if t.low in lx.name_particles:
        m = k
        while m < n and toks[m].low in lx.name_particles and m - k < 3:
            m += 1
        if m < n and toks[m].cap and toks[m].low not in lx.stop_caps:
            return m, True
    return None


def _names_a_body(toks: list[Tok], last: int, lx: Lexicon) -> bool:
    """A preposition continues the names of bodies ("Bundesamt für Strahlenschutz", "des
    Zentrums für …"), not of people: "sagte Wahlkampfmanager Lothar Lockl zur APA" ends at the
    person. A head that ends like a body does; one after another capitalised word (a name of
    two words) does not."""
    if toks[last].low.endswith(lx.head_suffixes):
        return True
    return last == 0 or not (toks[last - 1].cap and toks[last - 1].low not in lx.dets)


def _joins(toks: list[Tok], k: int, seen_head: bool, last: int) -> bool:
    """Punctuation inside a phrase: a hyphen that joins ("Nord-Süd", not a spaced dash as
    in "Riad - Der …"), or quotation marks around a name ("laut „Welt“")."""
    t, n = toks[k], len(toks)
    if t.text == "-":
        return seen_head and toks[k - 1].end == t.start
    return t.text in _QUOTE_MARKS and k + 1 < n and (toks[k + 1].cap or (seen_head and last == k - 1))


def np_forward(toks: list[Tok], j: int, lx: Lexicon, max_len: int = 12) -> Span | None:
    """A noun phrase starting at token j: det? adj* Noun+ (gen-det NP | von NP)?"""
    n = len(toks)
    k = j
    if k < n and toks[k].low in lx.dets:
        k += 1
    seen_head, last = False, -1
    while k < n and k - j < max_len:
        t = toks[k]
        if not t.word:
            if _joins(toks, k, seen_head, last):
                k += 1
                continue
            break
        if not seen_head and t.text[0].isdigit() and t.text.rsplit("-", 1)[-1][:1].isalpha():
            if t.text.rsplit("-", 1)[-1][:1].isupper():
                seen_head, last = True, k  # a noun compound with a number: "der 61-Jährige"
            k += 1  # an adjective compound with a number: "der 33-jährige Spieler"
            continue
        if t.low in lx.stop_caps or t.text[0].isdigit():
            break
        if t.cap or (t.word and "." in t.text[1:-1] and not t.text[0].isdigit()) or glued_name(t):
            seen_head, last = True, k  # a noun or name, a domain name ("faz.net"), "n-tv"
            k += 1
            continue
        if not seen_head and _adj(lx, t):
            k += 1
            continue
        nxt = toks[k + 1] if k + 1 < n else None
        if not seen_head and nxt is not None and k > j and _adj(lx, nxt) and t.word \
                and t.low not in lx.verbs and t.low not in lx.conj and t.low not in lx.dets:
            k += 1  # an adverb before an adjective: "das finanziell angeschlagene Venezuela"
            continue
        if not seen_head and t.low in lx.ext_attr_preps:
            end = _ext_attribute_end(toks, k, lx)
            if end is not None:
                k = end
                continue
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is not None and t.low in lx.conj and (nxt.cap or _adj(lx, nxt)) \
                and nxt.low not in lx.stop_caps:
            # "ukrainischen und US-amerikanischen Geheimdienstinformationen"
            seen_head = seen_head if nxt.cap else False
            k += 1
            continue
        if nxt is not None and seen_head and last == k - 1 and _adj(lx, t) \
                and lx.syn.is_strong_genitive_adjective(t.low) and nxt.cap \
                and nxt.low not in lx.stop_caps:
            # a genitive without article: "Einschätzung westlicher Diplomaten"
            seen_head = False
            k += 1
            continue
        step = _attachment(toks, k, lx, last) if seen_head else None
        if step is not None:
            k, seen_head = step
            continue
        break
    if last < j:
        return None
    return (j, last)


def np_backward(toks: list[Tok], i: int, lx: Lexicon) -> Span | None:
    """The noun phrase ending just before token i (for "X zufolge")."""
    k = i - 1
    while k >= 2 and toks[k].low in lx.stop_caps and toks[k - 1].low in lx.of_preps:
        k -= 2  # a date attached to the report: "dem Bericht vom Donnerstag zufolge"
    end = k
    if k > 1 and toks[k].text == ")":
        # a bracketed short name closes the phrase: "einer Erklärung des Verbandes (VDR) zufolge"
        opening = next((m for m in range(k - 1, max(-1, k - 5), -1) if toks[m].text == "("), None)
        if opening is not None:
            k = opening - 1
    quoted = None
    if k > 1 and toks[k].text in _QUOTE_MARKS:
        # a quoted name: "dem „Figaro“ zufolge"
        quoted = next((m for m in range(k - 1, max(-1, k - 6), -1) if toks[m].text in _QUOTE_MARKS), None)
        if quoted is None or not any(toks[m].cap for m in range(quoted + 1, k)):
            return None
        k = quoted - 1
    elif k >= 0 and toks[k].word and not toks[k].cap and "." in toks[k].text[1:-1]:
        pass  # a domain name: "der Website faz.net zufolge"
    elif k < 0 or not toks[k].word or not toks[k].cap or toks[k].low in lx.stop_caps:
        return None
    first = k if quoted is None else quoted
    while k >= 0:
        t = toks[k]
        if not t.word:
            break
        if k == end and not t.cap:  # the domain name itself
            first = k
            k -= 1
            continue
        prev_cap = k > 0 and toks[k - 1].cap
        if t.cap and t.low not in lx.stop_caps or _adj(lx, t) or t.low in lx.dets \
                or (t.low in lx.conj and k > 0 and (prev_cap or _adj(lx, toks[k - 1]))) \
                or ((t.low in lx.of_preps or t.low in lx.name_preps) and prev_cap):
            if t.low in lx.dets and (t.low not in lx.gen_dets or not prev_cap):
                first = k
                break
            first = k
            k -= 1
            continue
        break
    while first <= end and (toks[first].low in lx.conj or toks[first].low in lx.of_preps
                            or toks[first].low in lx.name_preps):
        first += 1
    return (first, end) if first <= end else None


def apposition_subject(toks: list[Tok], cs: int, sent_start: int, lx: Lexicon) -> Span | None:
    """The subject and its apposition standing before a verb whose clause begins after a
    comma: every word from the sentence start up to that comma belongs to noun phrases
    (capitalised words, determiners, adjectives, genitive links, prepositional phrases),
    with one to three inner commas ("Der Vorsitzende von X, Nachfolger von Y, Z, sagte")."""
    if cs < 2 or toks[cs - 1].text != ",":
        return None
    k0 = cs - 2
    first, commas = k0, 0
    while first >= 0 and toks[first].start >= sent_start:
        t = toks[first]
        if t.text == ",":
            commas += 1
        elif t.text in _DATELINE_DASHES and first > 0 and toks[first - 1].end < t.start:
            break  # a dateline's dash before the subject: "Wien – Der Chef von X, Y, sagte"
        elif not t.word:
            if t.text not in _QUOTE_MARKS and t.text not in "()/-":
                return None  # a name may hold brackets, slashes, hyphens ("Bündnis 90/Die Grünen")
        elif t.text[0].isdigit():
            pass
        elif not (t.cap or t.low in lx.dets or t.low in lx.gen_dets or t.low in lx.of_preps
                  or t.low in lx.name_particles or t.low in lx.prepositions or t.low in lx.conj
                  or _adj(lx, t)) or t.low in lx.verbs:
            return None
        first -= 1
    first += 1
    if not 1 <= commas <= 3 or not any(toks[k].cap for k in range(first, k0 + 1)):
        return None
    if toks[first].low in lx.prepositions or toks[first].low in lx.oblique_dets:
        # "Trotz erheblicher Kritik, plant X": an adverbial opens it; "Den Schaden, …,
        # bezifferte X": a case-marked object; no subject
        return None
    return (first, k0)


def relative_subject(toks: list[Tok], cs: int, sent_start: int, lx: Lexicon) -> Span | None:
    """"X, der …, sagte": the noun phrase opening the sentence, when a relative clause
    follows it and the verb's clause begins after that relative clause."""
    if cs < 2 or toks[cs - 1].text != ",":
        return None
    a = next((k for k in range(cs) if toks[k].start >= sent_start), None)
    if a is None or toks[a].low in lx.prepositions or toks[a].low in lx.oblique_dets:
        return None  # "Trotz der Kritik, die …, plant X": an adverbial, no subject (nor an object)
    np_ = np_forward(toks, a, lx)
    if np_ is None or np_[1] + 2 >= cs - 1:
        return None
    b = np_[1]
    if toks[b + 1].text != "," or toks[b + 2].low not in lx.relatives:
        return None
    if not any(toks[k].cap for k in range(np_[0], b + 1)):
        return None
    return np_


def clause_subject(toks: list[Tok], clause: Span, before: int, cue_end: int, lx: Lexicon) -> Span | None:
    """The subject of the clause a cue stands in: the noun phrase opening it ("Der
    Generalstab hat nach eigenen Angaben …"), or, when the cue opens the clause, the noun
    phrase after the finite verb ("Nach eigenen Angaben nahm die Polizei …")."""
    k = next((i for i, t in enumerate(toks) if t.start >= clause[0]), None)
    while k is not None and k < before and (not toks[k].word or toks[k].low in lx.lead_conj or (
            toks[k].low in lx.subordinators and toks[k].low not in lx.dets)):
        k += 1  # "Wie X unter Berufung auf eigene Recherchen berichtete"
    if k is None or k >= before:
        return _after_finite_verb(toks, cue_end + 1, clause, lx)
    if is_figure(toks[k], lx):
        # "Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert": the figure's
        # phrase opens the clause, the subject follows the finite verb (its first lower-case word)
        v = next((i for i in range(k + 1, before) if toks[i].word and not toks[i].cap), None)
        return _after_finite_verb(toks, v, clause, lx) if v is not None else None
    np_ = np_forward(toks, k, lx)
    if np_ is None or np_[1] >= before or not any(toks[j].cap for j in range(np_[0], np_[1] + 1)):
        return None
    return np_


def is_figure(tok: Tok, lx: Lexicon) -> bool:
    return tok.text[:1].isdigit() or tok.low in lx.number_words


def _after_finite_verb(toks: list[Tok], v: int, clause: Span, lx: Lexicon) -> Span | None:
    """The noun phrase after the finite verb at token ``v`` (verb-second order puts the
    subject there when something else opens the clause)."""
    if v + 1 < len(toks) and toks[v].word and not toks[v].cap and toks[v].start < clause[1]:
        np_ = np_forward(toks, v + 1, lx)
        if np_ is not None and any(toks[j].cap for j in range(np_[0], np_[1] + 1)):
            return np_
    return None
