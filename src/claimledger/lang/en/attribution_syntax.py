"""English word shapes that attribution needs and that no word list can express.

Reached through ``pack.hooks("attribution_syntax")``; the attribution package calls these
functions by name. English marks nouns neither by capitals nor by endings, so the noun test
is "a name, or a content word that is no verb" and comes from the same word classes as the
counting hooks (``syntax.toml``); English adjectives take no endings and there is no mood of
reported speech, so those tests say no; gender is natural gender, from the head noun.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any

# English does not capitalise nouns: the tokenizer asks is_noun for every word
NOUNS_CAPITALISED = False
UPPER = "A-Z"
LOWER = "a-z"
MENTION_PATTERN = rf"\b[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*"

_NEUTER_ENDINGS = ("ry", "cy", "ment", "ency", "ity", "tion", "ncil", "ice", "ure", "ate", "ure")


@lru_cache(maxsize=1)
def _syntax() -> Any:
    from claimledger.lang import load_pack

    return load_pack("en").syntax()


# the head of a noun phrase comes last in its run of nouns ("fire service chief")
HEAD_FINAL = True


def possessive(low: str) -> bool:
    """A possessive ("council's") determines the noun after it."""
    return low.endswith(("'s", "\u2019s"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The pack's speech-verb forms ("said", "put", "told"), which are never nouns where
    attribution looks; forms that are also report nouns stay nouns."""
    from claimledger.lang import load_pack

    tab = load_pack("en").table("attribution")
    forms = {f.lower() for v in tab.get("verbs", []) for f in v.get("forms", [])}
    forms |= {p.lower() for p in tab.get("verbs_perfect", {}).get("participles", [])}
    # "report", "estimates", "forecast" are report nouns as often as verbs: nouns here
    return frozenset(forms - {d.lower() for d in tab.get("cues", {}).get("document_nouns", [])})


@lru_cache(maxsize=1 << 16)
def is_noun(text: str) -> bool:
    """Asked for every token of a sentence, hence cached (bounded). A name (a capitalised word that is no function word, so "The" and "According" are
    not), or a lower-case content word that is no verb form ("ministry", "officials")."""
    syn, low = _syntax(), text.lower()
    if text[:1].isupper():
        return low not in syn.function_words and low not in _speech_verbs()
    return low not in _speech_verbs() and syn.is_noun(text)


def is_zu_infinitive(low: str) -> bool:
    """English writes its infinitive marker apart ("to close")."""
    return False


def masculine_form(low: str) -> str:
    """English person nouns do not mark gender by a suffix the kinds depend on."""
    return low


def is_adjective(low: str) -> bool:
    """English adjectives are undeclined; the phrase walk takes most of them as part of the
    noun run. A participle in -ed is one ("the flooded town", "an estimated £30m"), so a
    speech verb after an article is no verb."""
    return len(low) > 4 and low.endswith("ed")


def is_strong_genitive_adjective(low: str) -> bool:
    return False


def compound_head_is(word: str, head: str, min_len: int = 7) -> bool:
    """English writes compounds apart ("health ministry"): a word is its own head."""
    return word == head


def source_key(words: list[str], determiners: set[str], not_adjectives: Collection[str] = (),
               count_heads: Collection[str] = (), genitive_determiners: Collection[str] = ()) -> str:
    """A registry-style id for a source outside the registry: determiners and a possessive
    's go ("the county council's" -> county_council)."""
    out = [re.sub(r"['\u2019]s$", "", w.lower()) for w in words if w.lower() not in determiners]
    return re.sub(r"[^\w]+", "_", " ".join(out)).strip("_")


def gender_by_suffix(low: str) -> str | None:
    """Natural gender from the head noun's shape: a plural in -s agrees with "they", a
    "-woman" with "she", a "-man" with "he", an institution noun with "it"."""
    if low.endswith("woman"):
        return "f"
    if low.endswith("man"):
        return "m"
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return "pl"
    if low.endswith(_NEUTER_ENDINGS):
        return "n"
    return None


def is_subjunctive_singular(low: str) -> bool:
    """English reported speech has no mood of its own."""
    return False


def is_not_noun(low: str) -> bool:
    """Adverbs in -ly never head a phrase ("Separately, …")."""
    return len(low) > 4 and low.endswith("ly")


def gender_by_strong_adjective(low: str) -> str | None:
    return None


def is_genitive_name(word: str) -> bool:
    """English marks a name's genitive with an apostrophe ("Ibrahim's"), which the tokens
    keep apart; a bare name ending in -s is no genitive."""
    return False


def is_derived_adjective(low: str) -> bool:
    """An adjective with a derivational ending ("Brazilian", "western") that no first name
    has; English adjectives do not decline."""
    return is_adjective(low) and not low[:1].isupper()


def is_oblique_adjective(low: str) -> bool:
    """English adjectives carry no case endings."""
    return False


def article_can_be_nominative(article: str, gender: str | None, adjective: str = "") -> bool:
    """English articles do not mark case: any may open a subject."""
    return True


def article_only_nominative(article: str, gender: str | None, adjective: str = "") -> bool:
    """English articles do not mark case."""
    return False
