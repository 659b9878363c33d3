"""German word shapes that attribution needs and that no word list can express.

Reached through ``pack.hooks("attribution_syntax")``; the attribution package calls these
functions by name and never tests a German ending itself. Word lists stay in
``attribution.toml``; what lives here is morphology: which tokens can be nouns (German
capitalises every noun), which look like declined adjectives, how compounds put their head
last, how a source phrase is reduced to a key that survives case inflection, and which
gender a head noun has when the lexicon does not list it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# German capitalises every noun: a capital first letter is the tokenizer's noun test
NOUNS_CAPITALISED = True
# a declined attributive adjective ends in one of these ("westliche", "westlichen", ...)
_ADJ_ENDINGS = ("e", "en", "em", "er", "es")
# letters of the language, for patterns built by the pipeline
UPPER = "A-ZÄÖÜ"
LOWER = "a-zäöüß"
# a candidate source mention: an optional declined adjective, then a run of capitalised words
MENTION_PATTERN = rf"(?:\b[{LOWER}]+e[nrms]?\s+)?\b[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*"
# noun endings that fix grammatical gender (derivational suffixes)
_GENDER_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ungen", "pl"), ("heiten", "pl"), ("keiten", "pl"), ("schaften", "pl"), ("ionen", "pl"),
    ("innen", "pl"), ("täten", "pl"), ("gruppen", "pl"), ("parteien", "pl"), ("behörden", "pl"),
    ("schaft", "f"), ("heit", "f"), ("keit", "f"), ("ung", "f"), ("ion", "f"), ("tät", "f"),
    ("ei", "f"), ("ik", "f"), ("ur", "f"), ("in", "f"), ("ie", "f"),
    ("ium", "n"), ("um", "n"), ("ment", "n"), ("chen", "n"), ("lein", "n"), ("amt", "n"),
    ("werk", "n"), ("institut", "n"), ("büro", "n"), ("gericht", "n"), ("zentrum", "n"),
    ("ist", "m"), ("or", "m"), ("eur", "m"), ("ent", "m"), ("ant", "m"), ("er", "m"),
    ("ling", "m"), ("chef", "m"), ("dienst", "m"), ("rat", "m"), ("stab", "m"),
)

_BY_LENGTH = sorted(_GENDER_SUFFIXES, key=lambda e: -len(e[0]))  # the longest ending decides


# the head of a noun phrase comes first; attributes and genitives follow it
HEAD_FINAL = False


def possessive(low: str) -> bool:
    """German marks a possessor by case, not by a clitic: no word is a possessive."""
    return False


def is_noun(text: str) -> bool:
    """German capitalises nouns and names; inside a sentence that is the noun test. A
    compound with a lower-case first part is a noun when its head is ("ai-Bericht",
    "dpa-Meldung")."""
    return text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[1][:1].isupper())


_ZU_INFINITIVE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|um|"
    r"durch|über|unter|wieder|bekannt|frei|statt|teil)zu[a-zäöüß]{3,}(?:en|ern|eln)")


def is_zu_infinitive(low: str) -> bool:
    """A separable verb's infinitive with its marker inside ("abzuschalten",
    "einzustellen"): German writes "zu" between the particle and the verb."""
    return _ZU_INFINITIVE.fullmatch(low) is not None


def is_infinitive_shape(low: str) -> bool:
    """A word shaped like an infinitive ("ausschließen", "verändern", "sammeln"): German
    infinitives end in -en, -ern or -eln."""
    return len(low) > 4 and low.isalpha() and low.endswith(("en", "ern", "eln"))


def masculine_form(low: str) -> str:
    """The masculine base of a feminine person noun ("reporterin" -> "reporter",
    "sprecherinnen" -> "sprecher"): German derives the feminine with -in/-innen, so a kind
    listed for the base holds for it ("Reporterin" is media as "Reporter" is). Other words
    come back unchanged; the caller uses the base only when the base is listed."""
    if low.endswith("innen") and len(low) > 8:
        return low[:-5]
    if low.endswith("in") and len(low) > 6:
        return low[:-2]
    return low


def participle_base(low: str) -> str:
    """The undeclined form of a participle used as an attribute ("genannten" -> "genannt",
    "geschätzte" -> "geschätzt"): German declines it like an adjective."""
    for ending in ("en", "em", "er", "es", "e"):
        if low.endswith(ending) and len(low) - len(ending) > 4:
            return low[:-len(ending)]
    return low


def is_adjective(low: str) -> bool:
    """A lower-case word shaped like a declined adjective (the caller excludes known
    function words and verbs, which share the endings)."""
    return len(low) > 3 and low.endswith(_ADJ_ENDINGS)


def is_genitive_name(word: str) -> bool:
    """A name in the genitive without article ("Ibrahims", "Russlands", "Moritz'"): the
    -s (or an apostrophe after a sibilant) that German adds to names."""
    return len(word) > 3 and word[:1].isupper() and (word.endswith("s") and not word.endswith("ss")
                                                    or word.endswith(("'", "’")))


def is_strong_genitive_adjective(low: str) -> bool:
    """An adjective in the strong genitive plural, which opens an article-less genitive
    ("Einschätzung westlicher Diplomaten")."""
    return low.endswith("er")


def compound_head_is(word: str, head: str, min_len: int = 7) -> bool:
    """German compounds put the head last ("Geheimdienstinformationen" is a kind of
    "Informationen"); short heads count only alone, or "Soldaten" would end in "daten"."""
    return word == head or (len(head) >= min_len and word.endswith(head))


# a genitive -s after these noun endings ("Vereins", "Veranstalters", "Senats", "Verbands")
_GENITIVE_S = re.compile(r"(?<=[a-zäöüß]{3})(er|in|or|at|al|ar|and|ent|ant|ich|ug|ag)s$")
# weak masculine nouns take -en outside the nominative singular ("des Präsidenten")
_WEAK_EN = re.compile(r"(?<=[a-zäöüß]{2})(ent|ant|ist|at|ot)en$")
def source_key(words: list[str], determiners: set[str], not_adjectives: Collection[str] = (),
               count_heads: Collection[str] = (), genitive_determiners: Collection[str] = ()) -> str:
    """A registry-style id for a source outside the registry, stable across case forms:
    "der Verkehrsclub Deutschland" and "dem Verkehrsclub Deutschland" -> verkehrsclub_deutschland.
    Determiners go, adjectives lose their inflection, a genitive -s/-es on the head goes."""
    out: list[str] = []
    lows = [w.lower() for w in words]
    for i, w in enumerate(words):
        low = lows[i]
        if low in determiners:
            continue
        if not out and low in count_heads and i + 1 < len(words) and lows[i + 1] in genitive_determiners:
            continue  # "die Zahl des Veranstalters": the count is the Veranstalter's
        if not is_noun(w) and is_adjective(low) and low not in not_adjectives:  # "gegen" stays
            low = re.sub(r"(e[nmrs]?)$", "", low)
        low = re.sub(r"(ium|um|amt|ment)s$", r"\1", low)
        low = re.sub(r"(?<=[a-zäöüß]{4})(es)$", "", low) if low.endswith(("tes", "des")) else low
        if is_noun(w):
            low = _GENITIVE_S.sub(r"\1", low)  # "des Vereins", "des Veranstalters"
            low = _WEAK_EN.sub(r"\1", low)  # "des Präsidenten", "dem Demonstranten"
        out.append(low)
    key = re.sub(r"[^\w]+", "_", " ".join(out)).strip("_")
    return key


def gender_by_suffix(low: str) -> str | None:
    """Grammatical gender of a noun from a derivational suffix ("-ung" feminine, "-ium"
    neuter, "-er" masculine), or None when the ending says nothing."""
    for suf, g in _BY_LENGTH:
        if low.endswith(suf) and len(low) > len(suf) + 1:
            return g
    return None


def is_subjunctive_singular(low: str) -> bool:
    """A finite verb in the third person singular of Konjunktiv I — the mood of reported
    speech — is the stem plus -e ("rate", "plane", "gebe"), where the indicative has -t;
    a past tense ends in -te and is excluded. Only meaningful at the finite-verb position."""
    if len(low) <= 3 or not low.endswith("e"):
        return False
    if not low.endswith("te"):
        return True
    # a stem in -t ("rat-e", "bet-e"): a single vowel after a consonant before the -te;
    # a weak past ("sag-te", "bau-te", "mel-dete") has a consonant or a diphthong there
    if len(low) >= 5 and low[-4] in "mn" and low[-5] not in "aeiouäöü":
        return False  # "ereign-ete", "widm-ete", "rechn-ete": a past with a linking -e-
    return len(low) >= 4 and low[-3] in "aeiouäöü" and low[-4] not in "aeiouäöü" \
        and not low.endswith(("tete", "dete"))


# endings of adjectives, adverbs and participles, which no noun has ("Sinngemäß",
# "Relativierend", "Offensichtlich"): a capitalised sentence-initial word with one is no noun
_NOT_NOUN_ENDINGS = ("lich", "isch", "sam", "haft", "weise", "gemäß", "mäßig", "ierend",
                     "ernd", "elnd", "elang", "nlang",
                     # adverbs of extent ("Europaweit", "Weltweit", "Bundesweit will X …")
                     "weit")


def is_not_noun(low: str) -> bool:
    """A word whose ending marks it as adjective, adverb or participle, never a noun."""
    return len(low) > 4 and low.endswith(_NOT_NOUN_ENDINGS)


def is_derived_adjective(low: str) -> bool:
    """A declined adjective with a derivational ending ("brasilianische", "westlichen"),
    which no first name has ("Peter", "Walter" end like a declined adjective, but in no
    adjective suffix)."""
    return is_not_noun(re.sub(r"e[nmrs]?$", "", low)) or is_not_noun(low)


def is_oblique_adjective(low: str) -> bool:
    """An adjective ending that no first name shares ("-en", "-em", "-es")."""
    return low.endswith(("en", "em", "es"))


def article_can_be_nominative(article: str, gender: str | None, adjective: str = "") -> bool:
    """Can an article with a head of this gender open a subject? "der" before a feminine
    or plural head is dative or genitive ("sagte der Zeitung"), never nominative; nor is
    "der" before a weak adjective in -en ("Der englischsprachigen Zeitung sagte X"): the
    nominative masculine has -e ("der neue Sprecher")."""
    if article != "der":
        return True
    return gender not in ("f", "pl") and not adjective.endswith("en")


def article_only_nominative(article: str, gender: str | None, adjective: str = "") -> bool:
    """Does an article with a head of this gender mark the subject and nothing else? "der"
    before a masculine (or unknown) head with no weak -en adjective is nominative: an
    object would have "den" or "dem" ("betont der Sprecher X" names the speaker)."""
    return article == "der" and article_can_be_nominative(article, gender, adjective)


def gender_by_strong_adjective(low: str) -> str | None:
    """Gender and number that an adjective's strong ending marks when no article precedes
    it (nominative): -er masculine, -es neuter, -e feminine or plural (returned as "pl",
    which agrees with the same pronouns as a feminine)."""
    if low.endswith("er"):
        return "m"
    if low.endswith("es"):
        return "n"
    if low.endswith("e"):
        return "pl"
    return None
