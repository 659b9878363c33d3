"""The counting lexicon's places: nations and their adjectives, countries, towns, regions and
the words that put a figure in no country, compiled from ``nationalities.toml`` and
``places.toml``. Split from ``lexicon`` so that each stays small."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimledger.extract.counting.patterns import NEVER
from claimledger.extract.counting.patterns import alt as _alt
from claimledger.extract.counting.patterns import endings as _endings
from claimledger.extract.counting.patterns import marks_re as _marks_re
from claimledger.extract.counting.patterns import words_re as _words_re
from claimledger.lang import LanguagePack
from claimledger.lang.regex import WORD_START, alternation, alternation_first_class, guarded, guard, word_start_alternation


@dataclass(frozen=True)
class Nation:
    label: str          # "North Korean"
    country_label: str  # "North Korea"
    iso: str | None     # "KP"


def _female_demonyms(nat: dict[str, Any], n: dict[str, Any]) -> list[str]:
    """A nation's female demonyms the regular way ("Schwede": "Schwedin", "Schwedinnen") or
    from its irregular form ("Französin"), each with the female endings."""
    drop, endings = nat.get("demonym_female_drop", ""), nat.get("demonym_female_endings", [])
    stem = n.get("demonym_female", "")
    if stem:
        return [stem, stem + "nen"] if stem.endswith("in") else [stem]
    dem = n["demonym"]
    if not drop or not dem.endswith(drop) or not endings:
        return []
    return [dem[:-len(drop)] + e for e in endings]


def _nations(pack: LanguagePack) -> tuple[dict[str, Nation], dict[str, Nation], dict[str, Nation], dict[str, Nation]]:
    adj_map: dict[str, Nation] = {}
    country_map: dict[str, Nation] = {}
    demonym_map: dict[str, Nation] = {}
    prefix_map: dict[str, Nation] = {}
    inflect = pack.table("places").get("name_word_inflections", {}) if pack.has("places") else {}
    nat = pack.table("nationalities")
    for n in nat["nation"]:
        nation = Nation(n["label"], n["country_label"], n.get("iso"))
        adj_map.setdefault(n["adj"].lower(), nation)
        for c in n.get("country", []):
            for form in (c, *inflected_names(c, inflect)):
                country_map.setdefault(form, nation)
        if n.get("demonym"):
            demonym_map.setdefault(n["demonym"], nation)
            for form in _female_demonyms(nat, n):
                demonym_map.setdefault(form, nation)
        for p in n.get("prefixes", []):
            prefix_map.setdefault(p, nation)
    return adj_map, country_map, demonym_map, prefix_map


def inflected_names(name: str, inflect: dict[str, str]) -> list[str]:
    """The inflected forms of a name of several words whose leading words are adjectives
    (German "Demokratische Republik Kongo" -> "Demokratischen Republik Kongo" after an
    article): every word but the last that ends in a listed ending takes its replacement."""
    words = name.split(" ")
    if len(words) < 2 or not inflect:
        return []
    changed = [_inflect_word(w, inflect) for w in words[:-1]]
    if changed == words[:-1]:
        return []
    return [" ".join([*changed, words[-1]])]


def _inflect_word(word: str, inflect: dict[str, str]) -> str:
    for end, repl in inflect.items():
        if word.endswith(end) and word[:1].isupper():
            return word[:len(word) - len(end)] + repl
    return word


def _places(pack: LanguagePack, country_map: dict[str, Nation]) -> dict[str, str]:
    out = {name: n.iso for name, n in country_map.items() if n.iso}
    if pack.has("places"):
        tab = pack.table("places")
        for iso, names in tab.get("places", {}).items():
            for name in names:
                out.setdefault(name, iso)
        regions = set(tab.get("regions", []))
        for prefix in tab.get("compass_prefixes", []):
            for name, n in country_map.items():
                glued = prefix + name[0].lower() + name[1:]
                # "Südamerika" is a continent, not a part of the country "Amerika"
                if n.iso and " " not in name and "-" not in name and glued not in regions:
                    out.setdefault(glued, n.iso)
        if tab.get("upper_case_datelines"):
            # wire datelines write the place in capitals ("LONDON (Reuters) -")
            for name, iso in list(out.items()):
                if len(name) > 3:
                    out.setdefault(name.upper(), iso)
    return out


def _place_adjectives(pack: LanguagePack) -> dict[str, Any]:
    tab = pack.table("places").get("place_adjectives", {}) if pack.has("places") else {}
    return dict(place_adj_endings=tuple(sorted(tab.get("endings", []), key=len, reverse=True)),
                place_adj_stems=dict(tab.get("stems", {})))


def _region_re(pack: LanguagePack, marks: dict[str, Any]) -> re.Pattern[str]:
    tab = pack.table("places") if pack.has("places") else {}
    regions, words = tab.get("regions", []), tab.get("region_words", [])
    if not regions and not words:
        return NEVER
    preps = _alt(marks.get("destination_prepositions", []))
    parts = []
    # each behind a test of its first letters (guarded): searched over every figure's
    # clause, where a word that opens otherwise then costs one test, not every branch
    if regions:
        parts.append(r"\b" + guarded(r"(?i:" + preps + r")") + r"\s+(?:\w+\s+)?(?:"
                     + _alt([re.escape(r) for r in regions]) + r")s?\b(?!-\w)")
    if words:
        parts.append(r"\b" + guarded(_alt(words)) + r"\b")
    return re.compile("|".join(parts))


def _where_re(adj_map: dict[str, Nation], country_map: dict[str, Nation],
              demonym_map: dict[str, Nation], prefix_map: dict[str, Nation], place_map: dict[str, str],
              compass: list[str], adj_end: str, dem_end: str) -> re.Pattern[str]:
    """Adjectives, country names, demonyms, compound prefixes ("US-Soldaten") and other places
    as one alternation: a sentence is scanned once for all of them. An adjective may carry a
    compass prefix ("westungarische")."""
    other_places = [p for p in place_map if p not in country_map]
    # "(?:|X)" is "X??" (none first, then X), and cheaper to the engine; the lookahead on X's
    # first letters lets most words skip it (same matches)
    compass_alt = r"(?i:" + _alt([re.escape(c.lower()) for c in compass]) + r")"
    firsts = "".join(sorted({re.escape(c.lower()[:1]) for c in compass}))
    prefix = ("" if not compass else r"(?:" + compass_alt + r")??" if not all(compass)
              else r"(?:|(?=(?i:[" + firsts + r"]))" + compass_alt + r")")
    compound = (r"(?P<prefix>" + _alt([re.escape(p) for p in prefix_map]) + r")-(?=[^\W\d_])|") if prefix_map else ""
    names = [re.escape(n) for n in (*prefix_map, *country_map, *demonym_map, *other_places)]
    # the names behind one test of their first letters (capitals): a word that opens
    # otherwise tries the adjectives alone (same matches)
    return re.compile(
        WORD_START + r"(?:" + prefix + r"(?P<adj>" + alternation([re.escape(a) for a in adj_map], ignore_case=True) + r")" + adj_end + r"\b"
        r"|" + guard(compound + r"(?P<country>" + _alt([re.escape(c) for c in country_map]) + r")s?\b(?!-)"
                     r"|(?P<demonym>" + _alt([re.escape(d) for d in demonym_map]) + r")" + dem_end + r"\b"
                     r"|(?P<place>" + _alt([re.escape(p) for p in other_places]) + r")s?\b(?!-)",
                     alternation_first_class(names)) + ")")


def where_fields(pack: LanguagePack, marks: dict[str, Any]) -> dict[str, Any]:
    """The lexicon's nationality words and places."""
    adj_map, country_map, demonym_map, prefix_map = _nations(pack)
    place_map = _places(pack, country_map)
    nat = pack.table("nationalities")
    # how the language inflects a nationality adjective and a demonym (German: "russische",
    # "Ukrainerinnen"; English: "Russian", "Ukrainians")
    adj_end = _endings(nat["adjective_endings"], optional=False)
    dem_end = _endings(nat["demonym_endings"], optional=True)
    return dict(
        nat_demonym_re=re.compile(WORD_START + r"(" + _alt([re.escape(d) for d in demonym_map]) + r")" + dem_end + r"\b"),
        adj_map=adj_map, country_map=country_map, demonym_map=demonym_map, prefix_map=prefix_map,
        demonym_endings=tuple(sorted(nat["demonym_endings"], key=len, reverse=True)),
        place_re=re.compile(WORD_START + r"(" + _alt([re.escape(p) for p in place_map]) + r")s?\b(?!-\w)"),
        place_map=place_map, **_place_adjectives(pack), region_re=_region_re(pack, marks), there_re=_words_re(
            pack.table("places").get("back_reference", []) if pack.has("places") else []),
        where_re=_where_re(adj_map, country_map, demonym_map, prefix_map, place_map,
                           pack.table("places").get("compass_prefixes", []) if pack.has("places") else [],
                           adj_end, dem_end),
        authority_noun_re=re.compile(r"[ \u00a0]+\w*(?:" + _alt(pack.table("places").get("authority_nouns", [])) + r")\b")
        if pack.has("places") and pack.table("places").get("authority_nouns") else NEVER,
        place_noun_re=re.compile(r"[ \u00a0]+\w*(?:" + _alt(pack.table("places").get("place_nouns", [])) + r")\b")
        if pack.has("places") and pack.table("places").get("place_nouns") else NEVER,
        iso_names={n.iso: n.country_label for n in (*adj_map.values(),) if n.iso},
        destination_re=_destination_re(pack, marks),
        scene_prepositions=frozenset(w.lower() for w in marks.get("scene_prepositions", marks.get("destination_prepositions", []))),
        preposition_re=re.compile(word_start_alternation(marks.get("destination_prepositions", []), ignore_case=True)
                                  + r"\s+") if marks.get("destination_prepositions") else NEVER,
        origin_re=_marks_re({"from": [*marks.get("origin_prepositions", []),
                                      *marks.get("opponent_prepositions", [])]},
                            "from", r"(?i)\b", tail=r"\s+(?:[^\W\d]\w*\s+)?$"),
        origin_chain_re=_origin_chain_re(marks),
        **placeless_fields(pack), **home_fields(pack, marks),
    )


def _origin_chain_re(marks: dict[str, Any]) -> re.Pattern[str]:
    """An origin and a place of place right before a place ("ein Mann aus Leonberg in
    Deutschland", "aus Bad Ischl im Salzkammergut"): the second place locates the origin (the
    words after the origin's preposition are checked to be capitalised in code; a route's
    "aus Wien nach Berlin" has no preposition of a scene)."""
    origins, scenes = marks.get("origin_prepositions", []), marks.get("scene_prepositions", [])
    if not origins or not scenes:
        return NEVER
    return re.compile(r"(?i)\b(?:" + _alt(origins) + r")\s+([^\W\d]\w*(?:\s+[^\W\d]\w*)?)\s+(?:"
                      + _alt(scenes) + r")\s+$")


def _destination_re(pack: LanguagePack, marks: dict[str, Any]) -> re.Pattern[str]:
    """A preposition of place right before a place, with at most one word between, or an
    article and one word ("in der Hauptstadt Tunis", "in seiner Heimat Deutschland")."""
    dets = pack.table("syntax").get("determiners", []) if pack.has("syntax") else []
    det = r"(?:(?:" + _alt([re.escape(d) for d in dets]) + r")\s+)?" if dets else ""
    return re.compile(r"(?i)\b(?:" + _alt(marks.get("destination_prepositions", [])) + r")\s+"
                      + det + r"(?:[^\W\d]\w*\s+)?$")


def placeless_fields(pack: LanguagePack) -> dict[str, re.Pattern[str]]:
    """What holds in no country (places.toml): bodies off the Earth, and counts of countries,
    with the noun right after the figure or one word later ("in 15 europäischen Ländern")."""
    tab = pack.table("places") if pack.has("places") else {}
    off, nouns = tab.get("off_earth", []), tab.get("country_nouns", [])
    return dict(placeless_re=re.compile(r"\b" + guarded(_alt(off)) + r"\b") if off else NEVER,
                country_count_re=re.compile(r"[ \u00a0]+(?:[^\W\d][\w.-]*[ \u00a0]+)?(?:" + _alt(nouns) + r")\b")
                if nouns else NEVER)


def home_fields(pack: LanguagePack, marks: dict[str, Any]) -> dict[str, Any]:
    """The outlets' home countries and the words that set a figure there, and the
    institutions that name a country (places.toml); counts carried on by an expletive
    (``marks``: the counting rules' expletive copulas)."""
    tab = pack.table("places") if pack.has("places") else {}
    homes = {name.lower(): iso for iso, names in tab.get("outlets", {}).items() for name in names}
    words = tab.get("home_words", [])
    avg = tab.get("group_averages", [])
    inst = {name: iso for iso, names in tab.get("institutions", {}).items() for name in names}
    domestic = frozenset(n.lower() for n in tab.get("sections", {}).get("domestic", []))
    unplaced = frozenset(n.lower() for n in tab.get("sections", {}).get("unplaced", []))
    quants = frozenset(w.lower() for w in tab.get("population_quantifiers", []))
    media = tab.get("media_nouns", [])
    share_heads = tab.get("share_noun_heads", [])
    back = tab.get("partitive_back", [])
    neighbour = tab.get("neighbour_phrases", [])
    # a clause that counts what the sentence before named by an expletive ("… nach Griechenland
    # geflüchteten Menschen. Nur noch 335, 338 … waren es") holds where that sentence set it:
    # the counting rules' expletive copulas, after the figure or (as "es waren") before it
    carried = marks.get("elided_count_after", []) + [e for e in marks.get("elided_count", []) if e.startswith("es ")]
    nat = pack.table("nationalities") if pack.has("nationalities") else {}
    openers = nat.get("subject_openers", [])
    return dict(outlet_homes=homes,
                age_anaphor_re=re.compile(nat["age_anaphor"]) if nat.get("age_anaphor") else NEVER,
                subject_opener_re=re.compile(r"(?:[^\W\d][\w./-]*(?:[ /][^\W\d][\w./-]*)?[ \u00a0]+[–—-][ \u00a0]+)?(?:"
                                             + _alt(openers) + r")[ \u00a0]+$") if openers else NEVER, domestic_sections=domestic, unplaced_sections=unplaced,
                population_quantifiers=quants,
                media_noun_re=re.compile(r"(?:" + _alt(media) + r")") if media else NEVER,
                partitive_back_re=re.compile(r"[ \u00a0]*(?:" + _alt(back) + r")\b") if back else NEVER,
                share_noun_re=re.compile(r"\w*(?:" + _alt(share_heads) + r")\w{0,2}") if share_heads else NEVER,
                neighbour_re=re.compile(r"\b(?:" + _alt(neighbour) + r")\s+$") if neighbour else NEVER,
                carried_re=re.compile(r"\b(?:" + _alt(carried) + r")\b") if carried else NEVER, home_re=re.compile(r"\b(?:" + _alt(words) + r")\b") if words else NEVER,
                institution_map=inst, institution_re=re.compile(
                    r"(?<![\w-])(" + _alt([re.escape(n) for n in inst]) + r")(?![\w-])") if inst else NEVER,
                average_re=re.compile(r"(?<![\w-])(?:" + _alt(avg) + r")[ \u00a0]*\($") if avg else NEVER)


def outlet_home(lex: Any, outlet: str | None) -> str | None:
    """The country an outlet reports from, if the language pack knows the outlet."""
    return lex.outlet_homes.get(outlet.strip().lower()) if outlet else None


def weak_hints(lex: Any, section: str | None) -> bool:
    """May the article's country be read from weak hints (a country's things, place names no
    preposition governs)? Not in a section whose figures are mostly placeless ("Web")."""
    return not section or section.strip().lower() not in lex.unplaced_sections


def section_home(lex: Any, section: str | None, home: str | None) -> str | None:
    """The country an outlet's section is about (metadata): the outlet's own for a section of
    domestic news ("Inland", "Lokales"), the country or place a section is named after
    ("Österreich", "Wien"), else none ("Wissenschaft", "International")."""
    if not section or not section.strip():
        return None
    name = section.strip()
    if name.lower() in lex.domestic_sections:
        return home
    return lex.place_map.get(name)
