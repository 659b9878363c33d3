"""Can a phrase speak? An unknown mention a speech verb found is a source only when it is a
person, a named body, a role, a report or a pronoun. A fragment — an object after the verb
("… fordern hingegen Geduld:"), a thing as the subject of a verb that also means something
else ("Das Blasen-Konzept erinnert an …", "Das Geschäftsklima … spricht für …") — names
nothing that speaks, and the figure stays the outlet's or goes on to another cue.

What speaks comes from the pack: its syntax hook ``names_person`` (the person dictionary),
``[speakers]`` in ``attribution.toml`` (the heads of bodies and the people the dictionary
cannot list), the head kinds (bodies, media, reports), the name pattern, the registry, the
respondents of a poll. A word in capitals ("PKK", "UCL") is a name; so is a single capitalised
word no determiner stands before ("Eurostat teilte mit"), and a surname the text gave before
with its first name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimledger.extract.attribution.registry import resolve_source
from claimledger.model import Source


# quotation marks around a title (shared typography, not language)
_NAME_MARKS = ("„", "“", "»", "«", '"')


def _heads(pack: Any) -> tuple[str, ...]:
    t = pack.table("attribution").get("speakers", {})
    return tuple(sorted(w.lower() for w in t.get("head_endings", [])))


def speaker_heads(pack: Any) -> tuple[str, ...]:
    """The pack's heads of bodies, and of people no dictionary lists."""
    return pack.compiled("attribution_speakers", _heads)


def _rule_heads(pack: Any) -> tuple[str, ...]:
    t = pack.table("attribution").get("speakers", {})
    return tuple(sorted(w.lower() for w in t.get("rule_heads", [])))


def rule_heads(pack: Any) -> tuple[str, ...]:
    """The heads of laws, rules and agreements: what they lay down is no one's report."""
    return pack.compiled("attribution_rule_heads", _rule_heads)


def _names_speaker(pack: Any, word: str) -> bool:
    """A noun for people (the pack's person dictionary) or one with a body's head; of a
    hyphenated compound the last part is the head ("33-Jährige")."""
    if not _capital(word):
        return False
    return pack.syntax().names_person(word) or word.lower().endswith(speaker_heads(pack))


def _has_people(f: Any, words: list[str]) -> bool:
    """The text names people of the head ("Caritas-Präsident", "Asfinag-Sprecherin"): what
    has a spokesperson or a chief is a body, though no list knows its name ("die Caritas")."""
    syn = f.pack.syntax()
    return any(syn.names_person(head) for w in words if len(w) > 1 for head in _heads_after(w, f.text))


_WORD = re.compile(r"\w+")


def _heads_after(word: str, text: str) -> Iterator[str]:
    r"""The words joined to ``word`` by a hyphen, as ``re.finditer(re.escape(word) + r"-(\w+)",
    text)`` finds them (the same matches: no overlap, the next looked for after the last),
    without compiling a pattern for every word of every document (a sixth of a thousand
    compiles over the bench corpus, more than the regex module's cache keeps)."""
    key = word + "-"
    at = text.find(key)
    while at >= 0:
        m = _WORD.match(text, at + len(key))
        if m is None:
            at = text.find(key, at + 1)
            continue
        yield m.group()
        at = text.find(key, m.end())


def can_speak(f: Any, src: Source) -> bool:
    """``f`` is the cue finder (its text, lexicon, pack and name tests). A pack without a
    ``[speakers]`` table lets every subject speak."""
    if src.span is None or src.kind is not None or "speakers" not in f.pack.table("attribution"):
        return True
    head = _head_run([w.strip(",.;:()„“\"'") for w in src.text.split()])
    if head and head[0].lower().endswith(rule_heads(f.pack)):
        return False  # "Das Gesetz sieht Strafen vor": a rule says what it says, it reports nothing
    if not _determined(f, src):
        return True  # no article before it: a name, a bare plural of people, a pronoun
    lx, text = f.lx, src.text
    words = [w.strip(",.;:()„“\"'") for w in text.split()]
    lows = [w.lower() for w in words]
    if len(words) == 1 and lx.is_pronoun(lows[0]):
        return True
    if any(len(w) > 1 and w.isupper() for w in words) or any(w in lx.respondents for w in lows):
        return True  # an acronym ("PKK", "MCV UK"), the respondents of a poll
    if any(m in text for m in _NAME_MARKS):
        return True  # a title in quotation marks names a paper or a show ("der „Focus“")
    if any(w in lx.place_names or w in lx.country_names for w in lows):
        return True  # a place or a country speaks for its government ("das Venezuela")
    head = _head_run(words)
    if any(_names_speaker(f.pack, w) for w in head) or _has_people(f, head):
        return True  # a person, a role or a body ("der Jurist", "ihr Management", "die Caritas")
    if f.looks_like_name(text) or f.named_before(src) or resolve_source(text, f.pack)[0] is not None:
        return True
    return False


def heads_speaker(f: Any, src: Source) -> bool:
    """Is the head of ``src`` a noun for people or a body ("Gewerkschaft", "Ärzte")? Not a
    thing ("Strafen", "Geldstrafen"), whatever its determiner."""
    head = _head_run([w.strip(",.;:()„“\"'") for w in src.text.split()])
    return any(_names_speaker(f.pack, w) for w in head) or _has_people(f, head)


def _head_run(words: list[str]) -> list[str]:
    """The capitalised words after the leading adjectives, up to the first word in lower case:
    the head and its appositions, not an attribute after it ("Preisniveau in der Region")."""
    i = 0
    while i < len(words) and not _capital(words[i]):
        i += 1
    j = i
    while j < len(words) and _capital(words[j]):
        j += 1
    return words[i:j]


def _capital(word: str) -> bool:
    """A noun: capitalised, or a compound with a number, where the capital may be missing
    ("der 81-jährige" for "der 81-Jährige")."""
    return word.rsplit("-", 1)[-1][:1].isupper() or (word[:1].isdigit() and "-" in word)


def _determined(f: Any, src: Source) -> bool:
    """A determiner stands right before the mention: a common noun, no name."""
    before = f.text[max(0, src.span[0] - 30):src.span[0]].split()
    return bool(before) and before[-1].lower() in f.lx.dets
