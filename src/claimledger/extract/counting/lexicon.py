"""The counting stage's view of a language pack, compiled once per pack.

Everything here is built from the pack's tables (``counted.toml``, ``nationalities.toml``,
``places.toml``, ``calendar.toml``) and its ``syntax`` hooks; no word of any language is
written in this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.lang import LanguagePack
from claimledger.extract.counting.lexicon_places import Nation, where_fields
from claimledger.extract.counting.patterns import NEVER
from claimledger.extract.counting.patterns import alt as _alt
from claimledger.extract.counting.patterns import endings as _endings
from claimledger.extract.counting.patterns import marks_re as _marks_re
from claimledger.extract.counting.patterns import rx as _rx
from claimledger.extract.counting.patterns import words_re as _words_re
from claimledger.lang.regex import (WORD_START, alternation, alternation_first_class, first_class, guard,
                                    literal_head, required_literal)

# the least scale after which a bare figure may leave out a currency named before ("Millionen")
MONEY_SCALE = 1e6


@dataclass(frozen=True)
class Narrowed:
    """A table regex (``_groups_re``) and the same without its patterns that may open with
    any letter (a compound's head after ``\\w+``): those defeat the first-letter test, so the
    whole regex enters every table at every word. Each needs a literal (that head); in a
    stretch of text that holds none of them, ``narrow`` finds exactly what ``whole`` finds, at
    a fraction of the cost (most sentences hold none)."""

    whole: re.Pattern[str]
    narrow: re.Pattern[str]
    needs: tuple[str, ...]  # "" when such a pattern needs no certain literal: always ``whole``

    def within(self, text: str, start: int = 0, end: int | None = None) -> re.Pattern[str]:
        """The regex to scan ``text[start:end]`` with (the same matches as ``whole``)."""
        end = len(text) if end is None else end
        for w in self.needs:
            if text.find(w, start, end) >= 0:
                return self.whole
        return self.narrow


@dataclass
class CountLexicon:
    noun_re: re.Pattern[str]          # a lexicon noun (named group = table key)
    head_re: re.Pattern[str]          # a lexicon noun as the last part of a compound
    noun_meta: dict[str, dict[str, Any]]
    pred_re: re.Pattern[str]
    pred_open_re: re.Pattern[str]  # the same, a participle opening a sentence ("Getötet wurden …")
    pred_meta: dict[str, dict[str, Any]]
    noun_scan: Narrowed               # ``noun_re`` for a stretch of text
    head_scan: Narrowed               # ``head_re`` for a word
    pred_scan: Narrowed               # ``pred_re`` for a stretch of text
    nat_demonym_re: re.Pattern[str]
    adj_map: dict[str, Nation]
    country_map: dict[str, Nation]
    demonym_map: dict[str, Nation]
    place_re: re.Pattern[str]
    place_noun_re: re.Pattern[str]    # "die griechische Insel …": an adjective naming a place
    authority_noun_re: re.Pattern[str]  # "die griechische Küstenwache": a place, no nationality
    region_re: re.Pattern[str]        # "in Lateinamerika", "weltweit": no one country
    there_re: re.Pattern[str]         # "Dort leben …": the place the sentence before named
    where_re: re.Pattern[str]          # nationality words and places in one pass (named groups)
    place_map: dict[str, str]          # place name -> ISO code
    place_adj_endings: tuple[str, ...]  # "Wien" + "er": a place's adjective or inhabitant
    demonym_endings: tuple[str, ...]    # a people's noun's endings, longest first ("innen", "in", "n")
    prefix_map: dict[str, Nation]       # "US" of "US-Soldaten": a compound's first part naming a nation
    place_adj_stems: dict[str, str]     # a stem that changes before the ending -> place name
    iso_names: dict[str, str]          # ISO code -> English country name, for labels
    increment_re: re.Pattern[str]
    increment_word_re: re.Pattern[str]
    gap_after_re: re.Pattern[str]       # "39 Punkte Vorsprung", "elf Punkte-Rückstands": a gap
    gap_before_re: re.Pattern[str]      # "der Rückstand wuchs auf sechs Punkte"
    tally_gap_re: re.Pattern[str]       # "97 Zähler vor seinem Landsmann", "zehn Punkte zurück"
    measure_comparative_re: re.Pattern[str]       # "20 Zentimeter breiter": a difference
    measure_fall_comparative_re: re.Pattern[str]  # "20 Zentimeter kürzer": a fall
    level_verb_re: re.Pattern[str]      # "kommt auf", "liegt bei": the level a subject reaches
    new_things_re: re.Pattern[str]      # "1.641 neue Firmen": what is new, for things no increment
    change_prep_re: re.Pattern[str]
    change_noun_re: re.Pattern[str]       # "ein Rückgang der Straftaten um 18 Prozent": a noun of change
    fall_change_noun_re: re.Pattern[str]  # ... of those, the falling ones
    change_prep_far_re: re.Pattern[str]   # "um gleich 18 Prozent": the preposition, a filler between
    difference_unit_re: re.Pattern[str]   # "Prozentpunkte": a unit that is a difference
    times_compared_re: re.Pattern[str]    # "zwölfmal so viele Planeten": a count of times compares
    range_open_re: re.Pattern[str]        # "zwischen": a range opens at the figure's lead
    noun_before_range_re: re.Pattern[str]  # "Geldstrafen |zwischen 1.000 und 4.000": the noun before it
    restatement_re: re.Pattern[str]
    how_many_re: re.Pattern[str]
    single_measures: frozenset[str]    # tolls whose one person the article counts ("Ein Soldat starb")
    single_article_re: re.Pattern[str]
    toll_re: re.Pattern[str]           # the predicates of those tolls alone: which sentences to look in
    focus_re: re.Pattern[str]          # "mindestens eine Klage": a bound before the article (groups q, a)
    focus_bounds: dict[str, str]
    focus_any_noun: frozenset[str]
    focus_negations: frozenset[str]
    noun_kept_measures: frozenset[str]  # roles a noun keeps through a document ("participants")
    elided_count_re: re.Pattern[str]  # "waren es noch 949 Millionen": the noun the sentence before counted
    elided_count_after_re: re.Pattern[str]  # "Nur noch 335 waren es": the same, after the figure
    price_before_re: re.Pattern[str]    # "um " right before a price: its thing stands before
    price_lead_re: re.Pattern[str]      # a qualifier that is such a preposition ("ab 630 Euro")
    purpose_re: re.Pattern[str]         # "Euro für X": X is what the money is for
    purpose_open_re: re.Pattern[str]    # "Für X sind … Euro eingeplant"
    flow_verb_re: re.Pattern[str]       # "fließen": the amount flows into what it is spent on
    flow_prep_re: re.Pattern[str]       # "in": after the amount (and words between), where it flows
    negation_prefix_re: re.Pattern[str]  # "Nicht" in "Nichtösterreicher"
    pronoun_open_re: re.Pattern[str]    # a sentence opening with a personal pronoun ("Er starb …")
    count_noun_re: re.Pattern[str]      # "die Zahl der": the noun after it is what is counted
    change_verb_re: re.Pattern[str]
    fall_verb_re: re.Pattern[str]       # a verb of change that says the figure fell
    fall_noun_re: re.Pattern[str]       # "ein Rückgang um": a fall right before the figure
    level_prep_re: re.Pattern[str]      # "auf" right before a figure: a level, not a change
    comparative_re: re.Pattern[str]     # "80 Prozent mehr": a change
    sign_word_re: re.Pattern[str]       # "minus": a sign, a level after "mit"/"bei"/"auf"
    fall_comparative_re: re.Pattern[str]  # "20 Prozent weniger": a fall
    plan_re: re.Pattern[str]
    event_with_re: re.Pattern[str]     # "eine Podiumsdiskussion mit …" right before a count of people
    subset_re: re.Pattern[str]
    clause_break_re: re.Pattern[str]
    coord_re: re.Pattern[str]
    coord_open_re: re.Pattern[str]      # a coordinator opening what follows ("und gewann …")
    list_joint_re: re.Pattern[str]      # ", " or " und " between two items of a list of figures
    list_end_re: re.Pattern[str]        # " und ", " oder ": the joint before a list's last item
    age_re: re.Pattern[str]
    bare_age_re: re.Pattern[str]        # "Mit 14 gründete er …": an age that opens the clause bare
    age_bound_re: re.Pattern[str]       # "Kinder unter zehn Jahren": a noun, then a bound, then the figure
    age_suffix_re: re.Pattern[str]
    contrast_re: re.Pattern[str]        # "dagegen": a figure set against the one before
    instance_tables: frozenset[str]    # "in 36 Fällen": these tables' nouns count instances …
    instance_before_re: re.Pattern[str]  # … after this
    place_attached_re: re.Pattern[str]  # "Südkorea mit 4,29 Prozent": the place's figure
    rate_base_re: re.Pattern[str]       # "pro 1.000": the figure is the base of a rate
    rate_after_re: re.Pattern[str]      # "9,4 Forscher pro 1.000 …": the figure is a rate
    distributive: frozenset[str]        # "je 100 Plätze": each, not a rate's base
    attribute_open_re: re.Pattern[str]  # "des mit": the figure opens an extended attribute …
    attribute_close_re: re.Pattern[str]  # "dotierten Turniers": … that a participle closes
    glued_no_claim_units: frozenset[str]  # "10-Punkte-Plan": a unit glued into a name
    age_attributive_re: re.Pattern[str]  # "36 Jahre alte Frau": the noun after is whose age it is
    age_span_re: re.Pattern[str]  # "eine fünfjährige Haftstrafe": what such an age makes a span
    governor_re: re.Pattern[str]
    transparent: frozenset[str]
    troop_noun_re: re.Pattern[str]
    clock_re: re.Pattern[str]
    compound_re: re.Pattern[str]
    not_counted: frozenset[str]
    few_individuals: float             # up to this many people with no predicate are individuals
    standing_verb_re: re.Pattern[str]  # "hat drei Kinder", "besteht aus sechs Personen": a whole
    source_noun_re: re.Pattern[str]  # "Berichten zufolge": where a figure comes from, never what it measures
    time_frames: frozenset[str]        # nouns that only date a figure: no topic (topic.py)
    money_scales: frozenset[str]       # scale words of a million and more (lower-case): elided currency
    years: tuple[int, int]             # the years four digits may be (numbers.toml digits), as the scanner reads them
    duration_re: re.Pattern[str]
    duration_codes: tuple[tuple[str, str], ...]
    duration_marker_re: re.Pattern[str]
    duration_prep_re: re.Pattern[str]  # "nach fünf Jahren": a span of time after a preposition
    lasting_prep_re: re.Pattern[str]   # "Regen seit 1.000 Jahren": the noun before lasts
    spent_in: frozenset[str]           # "81 Tage in Haft": the state a span is spent in
    offset_before_re: re.Pattern[str]  # "vor vier Wochen": a time set off, no span
    partitive_re: re.Pattern[str]  # "sechs der 21 Gemeinden": between a part and its whole
    duration_after_re: re.Pattern[str]  # "ein Jahr lang Kriegsgefangener": what lasts comes after
    offset_after_re: re.Pattern[str]   # "zwei Jahre später"
    ago_re: re.Pattern[str]            # "vor 40.000 Jahren": a date in deep time …
    deep_past_years: float             # … from this many years on is an age
    time_scale_re: re.Pattern[str]     # "vier Jahrzehnte": a figure that counts years itself
    time_scale_unit: str | None        # ... and the unit of its value
    duration_adj_re: re.Pattern[str]    # "-sekündige": a figure glued to it is a duration
    duration_adj: dict[str, str]
    relative_re: re.Pattern[str]
    calendar_words: tuple[str, ...]
    unit_defaults: dict[str, str]
    unit_forced: dict[str, str]
    money_default: str
    person_keys: frozenset[str]        # noun tables that count people
    person_suffix_re: re.Pattern[str]
    destination_re: re.Pattern[str]
    origin_re: re.Pattern[str]
    origin_chain_re: re.Pattern[str]  # "aus Leonberg in …": a place that locates an origin
    preposition_re: re.Pattern[str]   # a preposition of place and the word after it, if any
    scene_prepositions: frozenset[str]  # those that set a scene opening a sentence (lower case)
    syntax: Any                        # the pack's syntax hooks (lang/<code>/syntax.py)
    version_re: re.Pattern[str]        # digits joined the way the language never joins a number
    head_cache: dict[str, str | None] = field(default_factory=dict)  # phrase._head by word
    placeless_re: re.Pattern[str] = NEVER      # what is off the Earth ("am Pluto", "die ISS")
    country_count_re: re.Pattern[str] = NEVER  # "15 Länder", "22 EU-Staaten": a count of countries
    home_re: re.Pattern[str] = NEVER  # "hierzulande": the outlet's own country
    outlet_homes: dict[str, str] = field(default_factory=dict)  # outlet (lower case) -> ISO code
    domestic_sections: frozenset[str] = frozenset()  # "inland": the outlet's country's news
    unplaced_sections: frozenset[str] = frozenset()  # "web": no weak hints of the article's country
    population_quantifiers: frozenset[str] = frozenset()  # "vielen": before a people's adjective
    age_anaphor_re: re.Pattern[str] = NEVER  # "-Jährige": a person named by age alone
    subject_opener_re: re.Pattern[str] = NEVER  # "Turin – Der ": what opens a sentence before its subject
    media_noun_re: re.Pattern[str] = NEVER  # "Sportblatt", "Medien": a report's, not a story's noun
    share_noun_re: re.Pattern[str] = NEVER  # "Ausländeranteil": a noun that is a share of people
    partitive_back_re: re.Pattern[str] = NEVER  # "von ihnen", "davon": a share of what was just counted
    neighbour_re: re.Pattern[str] = NEVER  # "an der Grenze zur": the place after it is a neighbour
    carried_re: re.Pattern[str] = NEVER  # "waren es": a count of what the sentence before named
    institution_re: re.Pattern[str] = NEVER  # "ÖVP", "Bundestag": they name their country
    institution_map: dict[str, str] = field(default_factory=dict)
    average_re: re.Pattern[str] = NEVER  # "EU-Schnitt (": an average over countries, bracket opened


def _singles(pack: LanguagePack, preds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The fields of one person as a figure (counting/singles.py): the toll measures, their
    predicates alone, the article forms (numbers.toml's, either case) and the bounds before them."""
    singles = pack.table("counted").get("singles", {})
    measures = singles.get("measures", [])
    forms = pack.table("numbers").get("words", {}).get("article_after_forms", []) if pack.has("numbers") else []
    focus = singles.get("focus", {})
    if not measures or not forms:
        return dict(single_measures=frozenset(), toll_re=NEVER, single_article_re=NEVER, focus_re=NEVER,
                    focus_bounds={}, focus_any_noun=frozenset(), focus_negations=frozenset())
    article = r"(?i:" + _alt(forms) + r")\b"
    return dict(
        single_measures=frozenset(measures),
        toll_re=_groups_re({k: m for k, m in preds.items() if m.get("measure", k) in measures}, first_fold=True),
        single_article_re=re.compile(WORD_START + "(" + article + ")"),
        focus_re=re.compile(WORD_START + r"(?P<q>(?i:" + _alt([re.escape(k) for k in focus]) + r"))\s+(?P<a>"
                            + article + ")") if focus else NEVER,
        focus_bounds={k.lower(): v for k, v in focus.items()},
        focus_any_noun=frozenset(w.lower() for w in singles.get("focus_any_noun", [])),
        focus_negations=frozenset(w.lower() for w in singles.get("focus_negations", [])))


def _groups_re(tables: dict[str, dict[str, Any]], tail: str = r"\b", fold: bool = False,
               first_fold: bool = False) -> re.Pattern[str]:
    """One alternation over several tables, each a named group, so a match says its table.
    ``first_fold``: the first letter of each pattern in either case (a participle opening a
    sentence, "Getötet wurden zwei Polizisten")."""
    def patterns(meta: dict[str, Any]) -> list[str]:
        # a compound's head: not the words a table keeps for themselves ("Verluste" of troops,
        # but "Umsatzverluste", "Zahlungsausfälle" are no casualties)
        own = set(meta.get("not_as_head", ())) if tail == "$" else set()
        return [p for p in meta["patterns"] if p not in own]
    # each table's group, and the whole, behind a test of their first letters (same matches)
    fold_first = fold or first_fold
    tabled = [(key, pats) for key, pats in ((k, patterns(m)) for k, m in tables.items()) if pats]
    groups = [guard(rf"(?P<{key}>(?:{alternation(pats, ignore_case=fold_first)}){tail})",
                    alternation_first_class(pats, fold_first)) for key, pats in tabled]
    every = [p for _key, pats in tabled for p in pats]
    return re.compile(("" if fold else WORD_START)
                      + guard("|".join(groups), alternation_first_class(every, fold_first)))


def _rate_fields(marks: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """A rate's base ("pro 1.000", a power of ten after a rate preposition) and a figure that
    a rate's base follows within two words ("9,4 Forscher pro 1.000 Einwohner")."""
    preps, base = marks.get("rate_prepositions"), marks.get("rate_base")
    if not preps or not base:
        return dict(rate_base_re=NEVER, rate_after_re=NEVER, distributive=frozenset())
    alt = _alt([re.escape(p) for p in preps])
    return dict(distributive=frozenset(marks.get("distributive_prepositions", [])),
                rate_base_re=re.compile(r"\b(" + alt + r")[ \u00a0]+(?:" + base + r")"),
                rate_after_re=re.compile(r"(?:[ \u00a0]+[^\W\d]\w*){0,2}[ \u00a0]+(?:" + alt
                                         + r")[ \u00a0]+(?:" + base + r")"))


def _narrowed(tables: dict[str, dict[str, Any]], whole: re.Pattern[str], **kw: Any) -> Narrowed:
    """``whole`` (``_groups_re(tables, **kw)``) with the regex of the same tables without their
    patterns that may open with any letter, and the literals those need."""
    wide = {p for m in tables.values() for p in m["patterns"] if _opens_wide(p)}
    if not wide:
        return Narrowed(whole, whole, ())
    narrow = {k: {**m, "patterns": [p for p in m["patterns"] if p not in wide]} for k, m in tables.items()}
    needs = tuple(dict.fromkeys(required_literal(p) or "" for p in wide))
    return Narrowed(whole, _groups_re(narrow, **kw), needs)


def _opens_wide(pattern: str) -> bool:
    """May a match of ``pattern`` open with any word character (no certain first letters)?"""
    if literal_head(pattern) is not None:
        return False  # most patterns open with a letter: no need to parse them
    cls = first_class(pattern)
    return cls is None or "\\w" in cls


def _version_re(pack: LanguagePack) -> re.Pattern[str]:
    """"1.2", "15.10": with a decimal comma, a point between digits only ever groups
    thousands (three digits after it); anything else is a version or a date."""
    dec = pack.table("numbers").get("digits", {}).get("decimal_mark", ",")
    other = "." if dec == "," else ","
    o = re.escape(other)
    return re.compile(r"(?!\d{1,3}(?:" + o + r"\d{3})+$)\d+(?:" + o + r"\d+)+")


def _form_fields(pack: LanguagePack, tab: dict[str, Any], marks: dict[str, Any]) -> dict[str, Any]:
    """The lexicon's forms: ages, durations, clock times, names with digits."""
    cal = pack.table("calendar") if pack.has("calendar") else {}
    return dict(
        age_re=_rx("|".join(marks.get("age_patterns", []))),
        age_suffix_re=_rx(marks.get("age_suffix")),
        bare_age_re=_rx(marks.get("bare_age_lead")),
        age_bound_re=_rx(marks.get("age_bound_lead")),
        age_attributive_re=_rx(marks.get("age_attributive")),
        age_span_re=_words_re(marks.get("age_span_nouns", [])),
        glued_no_claim_units=frozenset(marks.get("glued_no_claim_units", [])),
        contrast_re=_words_re(marks.get("contrast", [])),
        **_rate_fields(marks),
        instance_tables=frozenset(marks.get("instance_tables", [])), instance_before_re=_rx(marks.get("instance_before")),
        place_attached_re=_marks_re(marks, "place_attached", r"[ \u00a0]+(?:", tail=r")[ \u00a0]+$"),
        attribute_open_re=_rx(marks.get("attribute_open")), attribute_close_re=_rx(marks.get("attribute_close")),
        clock_re=_rx(marks.get("clock_time")), compound_re=_rx(marks.get("compound_modifier")),
        not_counted=frozenset(marks.get("not_counted_words", [])),
        few_individuals=float(marks.get("few_individuals", 0)),
        standing_verb_re=_words_re(marks.get("standing_verbs", [])),
        source_noun_re=_words_re(marks.get("source_nouns", [])),
        time_frames=frozenset(tab.get("topic", {}).get("time_frames", [])),
        money_scales=frozenset(k for k, v in _numbers(pack).get("scales", {}).items() if v >= MONEY_SCALE),
        years=(int(_numbers(pack).get("digits", {}).get("year_min", 1800)),
               int(_numbers(pack).get("digits", {}).get("year_max", 2100))),
        duration_re=re.compile(r"\s*(?:" + _alt(marks.get("duration_units", [])) + r")\b"),
        duration_codes=tuple(sorted(tab.get("duration_unit_codes", {}).items(), key=lambda kv: -len(kv[0]))),
        duration_marker_re=_words_re(marks.get("duration_markers", [])),
        time_scale_unit=marks.get("time_scale_unit"),
        time_scale_re=_marks_re(marks, "time_scale_words", tail=r"$"),
        duration_prep_re=_marks_re(marks, "duration_prepositions", r"(?i)\b", tail=r"\s+(?:\w+\s+)?$"),
        lasting_prep_re=_marks_re(marks, "lasting_prepositions", r"(\S+)\s+", tail=r"\s+$"),
        spent_in=frozenset(marks.get("spent_in_prepositions", [])),
        duration_after_re=_marks_re(marks, "duration_after", r"[ \u00a0]+(?:", tail=r")\b"),
        partitive_re=_marks_re(marks, "partitive_links", r"\s+(?:", tail=r")(?:\s+\w+)?\s+"),
        offset_before_re=_marks_re(marks, "time_offset_before", r"(?i)\b", tail=r"\s+(?:\w+\s+)?$"),
        ago_re=_marks_re(marks, "ago_before", r"(?i)\b", tail=r"\s+(?:\w+\s+)?$"),
        deep_past_years=float(marks.get("deep_past_years", float("inf"))),
        offset_after_re=re.compile(r"\s+(?:" + _alt(marks.get("time_offset_after", [])) + r")\b")
        if marks.get("time_offset_after") else NEVER,
        duration_adj_re=re.compile(r"-?(" + _alt(list(marks.get("duration_adjectives", {}))) + r")"
                                   + _endings(marks["duration_adjective_endings"], optional=True) + r"\b")
        if marks.get("duration_adjectives") else NEVER,
        duration_adj=dict(marks.get("duration_adjectives", {})),
        calendar_words=tuple(sorted((w for w in (*cal.get("weekdays", {}), *cal.get("months", {}))
                                     if len(w) > 3), key=len, reverse=True)),
        version_re=_version_re(pack),
    )


def compile_lexicon(pack: LanguagePack) -> CountLexicon:
    tab = pack.table("counted")
    nouns, preds = tab["nouns"], tab["predicates"]
    marks = tab.get("markers", {})
    noun_re, head_re, pred_re = _groups_re(nouns), _groups_re(nouns, tail="$", fold=True), _groups_re(preds)
    coords = "|".join(re.escape(c) for c in marks.get("coordinators", []))
    return CountLexicon(
        **where_fields(pack, marks), **_form_fields(pack, tab, marks), **_change_fields(marks),
        noun_re=noun_re, head_re=head_re,
        noun_meta=nouns, pred_re=pred_re, pred_open_re=_groups_re(preds, first_fold=True), pred_meta=preds,
        noun_scan=_narrowed(nouns, noun_re), head_scan=_narrowed(nouns, head_re, tail="$", fold=True),
        pred_scan=_narrowed(preds, pred_re),
        count_noun_re=re.compile(WORD_START + r"(?:" + _alt(marks.get("count_nouns", [])) + r")\s+(?:"
                                 + _alt(marks["count_noun_links"]) + r")\s+") if marks.get("count_nouns") else NEVER,
        price_before_re=_marks_re(marks, "price_prepositions", r"\b", tail=r"\s+$"),
        price_lead_re=_marks_re(marks, "price_prepositions", tail=r"\b"),
        purpose_re=_marks_re(marks, "purpose_prepositions", r"\s+", tail=r"\b"),
        flow_verb_re=_words_re(marks.get("flow_verbs", [])),
        flow_prep_re=_words_re(marks.get("flow_prepositions", [])),
        purpose_open_re=re.compile(r"\b(?i:" + _alt(marks.get("purpose_prepositions", [])) + r")\s+") if marks.get("purpose_prepositions") else NEVER,
        pronoun_open_re=_marks_re(marks, "personal_pronouns", r"\W*", tail=r"\b"),
        negation_prefix_re=_marks_re(marks, "negation_prefixes", tail=r"(?=\w)"),
        elided_count_re=re.compile(r"\b(?:" + "|".join(marks["elided_count"]) + r")\b") if marks.get("elided_count") else NEVER,
        elided_count_after_re=_marks_re(marks, "elided_count_after", r"[ \u00a0]+", tail=r"\b"),
        how_many_re=re.compile(r"\b(?:" + "|".join(marks.get("how_many", [])) + r")\b") if marks.get("how_many") else NEVER,
        restatement_re=re.compile(r"\s*(?:" + "|".join(marks.get("restatement", [])) + r")\s*$") if marks.get("restatement") else NEVER,
        plan_re=_words_re(marks.get("plan", [])),
        event_with_re=re.compile(r"(?i)(?:" + _alt(marks["event_with"]) + r")[ \u00a0]+(?:\S+[ \u00a0]+){0,2}$")
        if marks.get("event_with") else NEVER,
        subset_re=_marks_re(marks, "subset", r"\b", tail=r"\s+(?:\S+\s+){0,2}$"),
        clause_break_re=re.compile("|".join(marks.get("clause_breaks", [])) or r"(?!)"),
        coord_re=re.compile(r"^\s*(?:" + coords + r")\s+$"),
        coord_open_re=re.compile(r"(?:" + coords + r")\s"),
        relative_re=re.compile(r",\s*(?:" + _alt(marks.get("relative_pronouns", [])) + r")\b"),
        troop_noun_re=_words_re(nouns["troops"]["patterns"] + nouns.get("troop_strength", {}).get("patterns", [])
                                + marks.get("military_context", [])),
        governor_re=re.compile(r"\b(" + pack.table("syntax").get("noun_pattern", r"\w+") + r")\s+(?:"
                               + _alt(marks.get("governing_prepositions", [])) + r")\s+"
                               + (r"(?:(?:" + _alt(marks["governor_fillers"]) + r")\s+)?" if marks.get("governor_fillers") else "")
                               + r"$"),
        range_open_re=re.compile(r"(?i:" + _alt(list(_numbers(pack).get("ranges", {}).get("between", {}))) + r")\b")
        if _numbers(pack).get("ranges", {}).get("between") else NEVER,
        noun_before_range_re=re.compile(r"\b(" + pack.table("syntax").get("noun_pattern", r"\w+") + r")\s+$"),
        transparent=frozenset(marks.get("transparent_governors", [])),
        unit_defaults=dict(tab.get("unit_defaults", {})), unit_forced=dict(tab.get("unit_forced", {})),
        money_default=tab.get("money", {}).get("default", "other"),
        **_singles(pack, preds),
        noun_kept_measures=frozenset(tab.get("memory", {}).get("noun_kept_measures", [])),
        person_keys=frozenset(k for k, m in nouns.items() if m.get("group") or m.get("measure") in PERSON_NOUN_MEASURES),
        person_suffix_re=_marks_re(marks, "person_suffixes", tail=r"$"),
        syntax=pack.syntax(),
    )


def _change_fields(marks: dict[str, Any]) -> dict[str, Any]:
    """The patterns that tell a change from a level (changes.py) and a list's joints (lists.py)."""
    endings = _endings(marks.get("comparative_endings", []), optional=True) + r"\b"
    coords = "|".join(re.escape(c) for c in marks.get("coordinators", []))
    return dict(
        increment_re=re.compile(r"(?i)\b(?:" + _alt(marks.get("increment", [])) + r")\s*$"),
        increment_word_re=_words_re(marks.get("increment", []), "(?i)"),
        gap_after_re=_marks_re(marks, "gap_nouns", r"[ \u00a0-]*", tail=r"\b"),
        gap_before_re=_words_re(marks.get("gap_nouns", [])),
        tally_gap_re=_marks_re(marks, "tally_gap_after", r"[ \u00a0]+", tail=r"\b"),
        measure_comparative_re=_marks_re(marks, "measure_comparatives", r"[ \u00a0]+", tail=endings),
        measure_fall_comparative_re=_marks_re(marks, "measure_fall_comparatives", r"[ \u00a0]+", tail=endings),
        level_verb_re=_words_re(marks.get("level_verbs", [])),
        new_things_re=_marks_re(marks, "new_things", r"(?i)", tail=r"$"),
        change_prep_re=_marks_re(marks, "change_prepositions", r"\b", tail=r"\s+$"),
        change_noun_re=_words_re(marks.get("change_nouns", [])),
        fall_change_noun_re=_words_re(marks.get("fall_change_nouns", [])),
        change_prep_far_re=re.compile(r"\b(?:" + _alt(marks.get("change_prepositions", [])) + r")\s+(?:(?:"
                                      + _alt(marks.get("change_fillers", [])) + r")\s+)?$")
        if marks.get("change_prepositions") else NEVER,
        times_compared_re=_marks_re(marks, "times_compared", r"[ \u00a0]+", tail=r"\b"),
        difference_unit_re=re.compile(r"[ \u00a0]*(?:" + _alt(marks.get("difference_units", [])) + r")\b")
        if marks.get("difference_units") else NEVER,
        change_verb_re=_words_re(marks.get("change_verbs", [])),
        fall_verb_re=_words_re(marks.get("fall_verbs", [])),
        sign_word_re=_marks_re(marks, "sign_words", r"(?i)", tail=r"\b"),
        comparative_re=_marks_re(marks, "change_comparatives", r"\s+", tail=r"\b"),
        fall_comparative_re=_marks_re(marks, "fall_comparatives", r"\s+", tail=r"\b"),
        fall_noun_re=_marks_re(marks, "fall_nouns", r"(?i)\b", tail=r"\s*$"),
        level_prep_re=_marks_re(marks, "level_prepositions", r"\b", tail=r"\s+(?:\w+\s+)?$"),
        list_joint_re=re.compile(r"[ \u00a0]*(?:,|(?:,[ \u00a0]*)?(?:" + coords + r"))[ \u00a0]*") if coords else NEVER,
        list_end_re=re.compile(r"(?:,[ \u00a0]*)?[ \u00a0]+(?:" + coords + r")[ \u00a0]+") if coords else NEVER,
    )


# measures that a noun can only carry for people (dead, wounded, missing, ...)
PERSON_NOUN_MEASURES = frozenset({"killed", "wounded", "casualties", "missing", "captured", "displaced"})


def lexicon(pack: LanguagePack) -> CountLexicon:
    """The compiled lexicon of a pack (cached on the pack)."""
    return pack.compiled("counting", compile_lexicon)


def _numbers(pack: LanguagePack) -> dict[str, Any]:
    return pack.table("numbers") if pack.has("numbers") else {}
