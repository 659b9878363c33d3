"""The pack's ``attribution`` table compiled once into sets and phrase lists.

Every other module of the package reads words only through a ``Lexicon``: the code reasons
over roles (cue, report noun, determiner, pronoun) and leaves the words to the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Lexicon:
    """Word roles for attribution, plus the pack's syntax hooks (``syn``)."""

    syn: Any
    forward: list[list[str]]
    backward: set[str]
    cond_forward: list[list[str]]
    impersonal: list[list[str]]
    report_relatives: list[list[str]]   # ", wonach …": the clause reports the report noun before
    impersonal_preps: set[str]
    so_cue: set[str]
    colon_cue: str
    sourceless_heads: set[str]
    evidence_heads: tuple[str, ...]  # "Alkoholtest": a measurement, no source
    sourceless_mods: set[str]
    hedging_heads: set[str]
    doc_nouns: tuple[str, ...]
    anaphoric_dets: set[str]
    reflexive: set[str]
    verbs: dict[str, list[tuple[str | None, bool]]]
    source_preps: dict[tuple[str, str], frozenset[str]]   # (form, particle) -> prepositions of the source
    open_particles: frozenset[str]   # particles that need not close their clause ("hält … für")
    joined: frozenset[str]
    after_verbs: frozenset[str]   # forms that govern only what follows them ("will", "plant")
    # forms that report only a clause, a quotation or a figure named as such after them
    # ("bestritt, dass …", "bestritt die Zahl"), not the things they act on ("bestritt 67 Kämpfe")
    clause_verbs: frozenset[str]
    speaker_verbs: frozenset[str]  # forms whose subject must be able to speak ("droht")
    speaker_plurals: frozenset[str]  # their plural forms: a single name before them is no subject
    speaker_first: frozenset[str]  # forms whose subject must be able to speak in any order
    prep_only: frozenset[str]     # forms that report only through a phrase ("im Bericht steht")
    auxiliaries: set[str]
    participles: set[str]
    # participles whose particle may be written apart before them ("bekannt gegeben")
    split_participles: dict[str, frozenset[str]]
    dets: set[str]
    count_heads: frozenset[str]  # "die Zahl des X": the count noun goes from X's source key
    gen_dets: set[str]
    conj: set[str]
    of_preps: set[str]
    name_particles: set[str]
    article_preps: frozenset[str]  # prepositions joined with an article ("im", "zum")
    lower_names: re.Pattern[str] | None   # names written in lower case: nouns all the same
    lower_words: tuple[str, ...]
    ext_attr_preps: set[str]
    not_adj: set[str]
    number_words: set[str]
    stop_caps: set[str]
    pronouns: dict[str, set[str]]
    reflexive_pronouns: set[str]
    impersonal_subjects: set[str]
    lead_conj: set[str]
    trail_adv: set[str]
    adv_openers: set[str]
    prepositions: set[str]
    complementizers: set[str]
    personal_pronouns: set[str]
    impersonal_verbs: set[str]
    agent_preps: set[str]
    nominative_pronouns: set[str]
    name_preps: set[str]
    demonstratives: set[str]
    # a sentence adverb that points back when the verb after it takes an object pronoun
    # ("So sagt es der Premier."), and those pronouns, which stand between an inverted verb
    # and its subject
    demonstrative_adverbs: set[str]
    inverted_objects: set[str]
    oblique_dets: set[str]
    finite_verbs: set[str]
    infinitive_markers: set[str]
    infinitive_governors: set[str]   # modals: a verb closing their clause is an infinitive
    clause_openers: set[str]
    subordinators: set[str]
    relatives: set[str]
    whole_sentence_subordinators: set[str]
    subjunctive: set[str]
    subjunctive_after_report: set[str]   # "würden": reported speech only after a report
    subjunctive_possibility: frozenset[str]  # "könnten": the same, for carrying only
    # Konjunktiv II forms that replace no Konjunktiv I ("wäre", "hätte"): a condition or the
    # unreal, which the outlet states, not reported speech
    counterfactual: frozenset[str]
    clause_tails: frozenset[str]  # "oder nicht" after a clause's final verb
    conditional_openers: frozenset[str]  # "Sollte …, dann stünden …": a condition, not a report
    as_if: frozenset[str]                # "als gebe es …": an unreal comparison, not a report
    first_person: frozenset[str]         # "wir", "uns": a speaker speaking on, unquoted
    subjunctive_ii: frozenset[str]       # the forms a condition's consequence takes
    markers: list[list[str]]
    anaphoric_adverbs: set[str]
    sum_adverbs: set[str]        # "wählten damit 62.300": a sum of what was reported
    additive: set[str]           # "Zudem …": adds to the report right before
    result_nouns: tuple[str, ...]  # "Endergebnis": its figures follow in the paragraph
    max_back: int
    # a report's figures in the indicative after the sentence naming its origin ("Das geht aus
    # X hervor. Im Burgenland gab es 608 Anzeigen."): how many sentences on (0: never), and
    # the nouns one of which the opening cue must name (empty: any report cue)
    report_reach: int
    report_nouns: tuple[str, ...]
    report_gaps: int  # how many sentences without a figure (nor a cue) do not end the report
    modal: set[str]
    modal_past: set[str]
    perfect_inf: set[str]
    plan_aux: set[str]
    passive_aux: set[str]
    hedge_words: set[str]
    hedge_phrases: re.Pattern[str] | None
    head_kinds: list[tuple[str, str]]
    head_suffixes: tuple[str, ...]  # every head-kind suffix at once: str.endswith tests them in C
    genders: dict[str, str]
    copula: frozenset[str]        # "Das sind Zahlen der Behörde": a report named after a copula
    cond_kinds: frozenset[str]    # kinds of phrase that make "nach X" a cue without a report noun
    actor_kinds: frozenset[str]   # kinds whose subject reports what it does ("Die Polizei nahm 12 fest")
    acting_heads: tuple[str, ...]  # institution head nouns that do the same ("Bundesregierung")
    country_names: frozenset[str]  # lower-cased country names ("griechenland")
    experiencer_verbs: frozenset[str]  # "Kärnten verzeichnete ein Plus": a place has it, not says it
    place_names: frozenset[str]   # regions and cities below the country (the pack's places table)
    respondents: tuple[str, ...]   # "der Befragten": a poll's figure (the ``polls`` table)
    participants: tuple[str, ...]  # "der Teilnehmer": a poll's when the sentence names one
    poll_nouns: tuple[str, ...]    # "Umfrage", "Vertrauensindex" (tuples: str.endswith takes them)
    poll_preps: frozenset[str]    # "im Vertrauensindex", "in Umfragen": a poll frame
    poll_units: frozenset[str]    # "zwölf Punkte", "30 Prozent": a poll's standings
    inquiry_nouns: tuple[str, ...]  # "laut einer Nachfrage beim Ministerium": the one asked
    inquiry_preps: frozenset[str]
    zero_field_conj: frozenset[str]  # "Und stellen … fest": the subject of the sentence before
    name_re: re.Pattern[str] | None
    # a subject-first reporting clause closing the sentence reports all before it
    # (", the ministry said."): a trait of the language's word order (``[order]``)
    closing_report: bool = False
    # the agent of a passive follows its participle ("confirmed by X"), not precedes it
    agent_after: bool = False
    doc_noun_set: frozenset[str] = frozenset()
    relative_adverbs: frozenset[str] = frozenset()  # ", wo …": a relative clause on a place
    cue_starts: frozenset[str] = frozenset()
    # forward cues naming where a speech verb's subject has it from ("unter Berufung auf X
    # teilte die WHO mit"): the subject, not X, reports the sentence
    origin_cues: tuple[str, ...] = ()
    report_relative_words: tuple[str, ...] = ()  # "wonach", "nach denen" as written
    # pronouns in an object case: one alone before the verb is no subject ("Ihnen drohen …")
    object_pronouns: frozenset[str] = frozenset()
    poll_only: frozenset[str] = frozenset()  # poll prepositions that start no other cue
    # words that may start a cue of any kind: most tokens are skipped with one set test
    cue_any: frozenset[str] = frozenset()
    adj_cache: dict[str, bool] = field(default_factory=dict)
    doc_cache: dict[str, bool] = field(default_factory=dict)
    doc_heads: Any = None  # compiled lazily: the report nouns that may head a compound
    kind_cache: dict[str, str | None] = field(default_factory=dict)
    verb_like: frozenset[str] = frozenset()   # finite forms and participles of speech verbs
    # passive participles whose subject is the speaker ("wie X zitiert wird")
    subject_passives: frozenset[str] = frozenset()

    def is_adj(self, low: str, cap: bool) -> bool:
        """A declined adjective that is not a known function word or verb form."""
        hit = self.adj_cache.get(low)
        if hit is None:
            hit = (self.syn.is_adjective(low) and low not in self.not_adj
                   and low not in self.verbs and low not in self.subjunctive)
            if len(self.adj_cache) > 100_000:  # bounded on endless input
                self.adj_cache.clear()
            self.adj_cache[low] = hit
        return hit and not cap

    def is_doc_noun(self, low: str) -> bool:
        """A report noun, alone or as the head of a compound ("Geheimdienstinformationen")."""
        hit = self.doc_cache.get(low)
        if hit is None:
            if self.doc_heads is None:  # the compound heads as one end-anchored pattern
                # the nouns the pack lets head a longer word ("x" + noun stands for any)
                heads = [n for n in self.doc_nouns if self.syn.compound_head_is("x" + n, n)]
                self.doc_heads = re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$") if heads else None
            hit = low in self.doc_noun_set or bool(self.doc_heads and self.doc_heads.search(low)
                                                   and any(self.syn.compound_head_is(low, n)
                                                           for n in self.doc_nouns if low.endswith(n)))
            if len(self.doc_cache) > 100_000:  # bounded on endless input
                self.doc_cache.clear()
            self.doc_cache[low] = hit
        return hit

    def is_participle(self, lows: list[str], i: int) -> bool:
        """A listed participle, or one whose separable particle stands as the word before
        it ("hat … bekannt gegeben": the spelling keeps the verb's parts apart)."""
        low = lows[i]
        return low in self.participles or (
            i > 0 and lows[i - 1] in self.split_participles.get(low, ()))

    def acts(self, kind: str | None, words: list[str]) -> bool:
        """Does a subject of this kind, or with this first noun, report what it does? An
        actor kind, or an institution head noun ending the first noun ("Bundesregierung",
        "Landesfeuerwehrverband" does not end in one; "Wetterdienst" does)."""
        if kind in self.actor_kinds:
            return True
        first = next((w.lower() for w in words if self.syn.is_noun(w) and w.lower() not in self.dets), "")
        return bool(first) and first.endswith(self.acting_heads)

    def is_pronoun(self, low: str) -> bool:
        return low in self.pronouns


def _low(xs: Any) -> set[str]:
    return {str(x).lower() for x in (xs or [])}


def _phr(xs: Any) -> list[list[str]]:
    return sorted((str(x).lower().split() for x in (xs or [])), key=len, reverse=True)


def _source_preps(t: dict[str, Any]) -> dict[tuple[str, str], frozenset[str]]:
    """(form, particle) -> the prepositions of the source phrase; a joined verb-final form
    ("hervorgeht") and a verb without particle ("steht") are keyed with an empty particle."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for v in t.get("verbs", []):
        sp = v.get("source_prep")
        if not sp:
            continue
        preps = frozenset(p.lower() for p in ([sp] if isinstance(sp, str) else sp))
        for f in v.get("forms", []):
            if v.get("particle"):
                out[(f.lower(), v["particle"].lower())] = preps
                out[(v["particle"].lower() + f.lower(), "")] = preps
            else:  # no particle: "Im Bericht steht, dass …"
                out[(f.lower(), "")] = preps
    return out


def _verb_kinds(t: dict[str, Any]) -> dict[str, Any]:
    """Verbs that govern only what follows them ("will"), verbs that report only through
    their source phrase ("im Bericht steht"), participles whose particle stands apart."""
    verbs, vp = t.get("verbs", []), t.get("verbs_perfect", {})
    return dict(
        after_verbs=frozenset(f.lower() for v in verbs if v.get("governs") == "after"
                              for f in v.get("forms", [])),
        clause_verbs=frozenset(f.lower() for v in verbs if v.get("reports") == "clause"
                               for f in v.get("forms", [])),
        prep_only=frozenset(f.lower() for v in verbs if v.get("source_prep") and not v.get("particle")
                            for f in v.get("forms", [])),
        speaker_verbs=frozenset(f.lower() for v in verbs if v.get("speaker_subject")
                                for f in v.get("forms", [])),
        speaker_first=frozenset(f.lower() for v in verbs if v.get("speaker_subject") == "any_order"
                                for f in v.get("forms", [])),
        speaker_plurals=frozenset(f.lower() for v in verbs if v.get("speaker_subject")
                                  for f in v.get("plural", [])),
        split_participles={k.lower(): frozenset(_low(x)) for k, x in vp.get("split_participles", {}).items()},
    )


def _verbs(t: dict[str, Any]) -> tuple[dict[str, list[tuple[str | None, bool]]], frozenset[str]]:
    """Finite forms -> (particle, particle must follow at once); verb-final clauses join a
    separable particle to its verb, so the joined form is a verb of its own."""
    verbs: dict[str, list[tuple[str | None, bool]]] = {}
    joined: set[str] = set()
    for v in t.get("verbs", []):
        for f in v.get("forms", []):
            entry = (v.get("particle"), bool(v.get("particle_adjacent", False)))
            if entry not in verbs.setdefault(f.lower(), []):
                verbs[f.lower()].append(entry)
            if v.get("particle"):
                verbs.setdefault(v["particle"].lower() + f.lower(), [(None, False)])
                joined.add(v["particle"].lower() + f.lower())
    return verbs, frozenset(joined)


def _carry_and_hedges(carry: dict[str, Any], hed: dict[str, Any], vp: dict[str, Any]) -> dict[str, Any]:
    """The reported-speech and hedging roles (the ``carry`` and ``hedges`` tables)."""
    phrases = hed.get("phrases", [])
    return dict(
        subjunctive=_low(carry.get("subjunctive")), markers=_phr(carry.get("markers")),
        subjunctive_after_report=_low(carry.get("subjunctive_after_report")),
        subjunctive_possibility=frozenset(_low(carry.get("subjunctive_possibility"))),
        counterfactual=frozenset(_low(carry.get("counterfactual"))),
        clause_tails=frozenset(_low(carry.get("clause_tails"))),
        conditional_openers=frozenset(_low(carry.get("conditional_openers"))),
        as_if=frozenset(_low(carry.get("as_if"))),
        first_person=frozenset(_low(carry.get("first_person"))),
        subjunctive_ii=frozenset(_low(carry.get("subjunctive_ii"))),
        anaphoric_adverbs=_low(carry.get("anaphoric_adverbs")),
        sum_adverbs=_low(carry.get("sum_adverbs")), additive=_low(carry.get("additive")),
        result_nouns=tuple(_low(carry.get("result_nouns"))),
        max_back=int(carry.get("max_back", 4)),
        report_reach=int(carry.get("report_reach", 0)),
        report_nouns=tuple(_inflected(_low(carry.get("report_nouns")), carry.get("report_noun_endings", []))),
        report_gaps=int(carry.get("report_gaps", 0)),
        modal=_low(hed.get("modal")), modal_past=_low(hed.get("modal_past")),
        perfect_inf=_low(hed.get("perfect_infinitive")), plan_aux=_low(hed.get("plan_auxiliaries")),
        passive_aux=_low(hed.get("passive_auxiliaries")) | _low(vp.get("passive_auxiliaries")),
        hedge_words=_low(hed.get("words")),
        hedge_phrases=re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE) if phrases else None,
    )


def _inflected(nouns: set[str], endings: list[str]) -> list[str]:
    """Each noun and its forms with one of the endings ("bericht" -> "berichte", "berichts")."""
    return sorted({n + e for n in nouns for e in ["", *endings]})


def _words_re(words: list[str]) -> re.Pattern[str] | None:
    """One pattern for a list of whole words (as written), or None when the list is empty."""
    if not words:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w])")


def _cue_roles(cues: dict[str, Any]) -> dict[str, Any]:
    """The prepositional cues and report nouns (the ``cues`` table)."""
    return dict(
        forward=_phr(cues.get("forward")), backward=_low(cues.get("backward")),
        cond_forward=_phr(cues.get("conditional_forward")), impersonal=_phr(cues.get("impersonal")),
        report_relatives=_phr(cues.get("report_relatives")),
        origin_cues=tuple(sorted(_low(cues.get("origin")))),
        impersonal_preps=_low(cues.get("impersonal_preps")), so_cue=_low(cues.get("so_cue")),
        colon_cue=str(cues.get("colon_cue", ":")),
        sourceless_heads=_low(cues.get("sourceless_heads")),
        evidence_heads=tuple(_low(cues.get("evidence_heads"))),
        sourceless_mods=_low(cues.get("sourceless_modifiers")),
        hedging_heads=_low(cues.get("hedging_heads")),
        doc_nouns=tuple(sorted(_low(cues.get("document_nouns")), key=len, reverse=True)),
        doc_noun_set=frozenset(_low(cues.get("document_nouns"))),
        anaphoric_dets=_low(cues.get("anaphoric_determiners")),
        reflexive=_low(cues.get("reflexive_modifiers")),
    )


def _number_words(pack: Any) -> set[str]:
    """The pack's number words ("vier", "sieben"): many are shaped like declined adjectives,
    and a count after a source ends its phrase ("nach Angaben der Polizei vier Menschen")."""
    words = pack.table("numbers").get("words", {}) if pack.has("numbers") else {}
    return {w.lower() for v in words.values() if isinstance(v, dict) for w in v}


def _np_roles(np_: dict[str, Any], number_words: set[str]) -> dict[str, Any]:
    """The noun-phrase roles (the ``np`` table) that phrase finding reads."""
    return dict(
        dets=_low(np_.get("determiners")), gen_dets=_low(np_.get("genitive_determiners")),
        count_heads=frozenset(_low(np_.get("count_heads"))),
        conj=_low(np_.get("conjunctions")), of_preps=_low(np_.get("of_preps")),
        name_particles=_low(np_.get("name_particles")),
        lower_names=_words_re(np_.get("lower_case_names", [])),
        lower_words=tuple(np_.get("lower_case_names", [])),
        article_preps=_low(np_.get("article_prepositions")),
        ext_attr_preps=_low(np_.get("extended_attribute_prepositions")),
        not_adj=_low(np_.get("not_adjectives")) | number_words, stop_caps=_low(np_.get("stop_caps")),
        number_words=number_words,
    )


def _syntax_table(pack: Any) -> dict[str, Any]:
    return pack.table("syntax") if pack.has("syntax") else {}


def _build(pack: Any) -> Lexicon:
    t = pack.table("attribution")
    cues, np_, carry, hed = t.get("cues", {}), t.get("np", {}), t.get("carry", {}), t.get("hedges", {})
    verbs, joined = _verbs(t)
    vp = t.get("verbs_perfect", {})
    pron = t.get("pronouns", {})
    lx = Lexicon(
        syn=pack.hooks("attribution_syntax"),
        **_cue_roles(cues),
        verbs=verbs, joined=joined, source_preps=_source_preps(t), **_verb_kinds(t),
        open_particles=frozenset(v["particle"].lower() for v in t.get("verbs", [])
                                 if v.get("particle") and v.get("particle_closes") is False), auxiliaries=_low(vp.get("auxiliaries")),
        participles=_low(vp.get("participles")),
        subject_passives=frozenset(_low(vp.get("subject_passives"))),
        **_np_roles(np_, _number_words(pack)),
        pronouns={k.lower(): _low(v) for k, v in pron.get("agreement", {}).items()}
        or {p: set() for p in _low(np_.get("pronouns"))},
        reflexive_pronouns=_low(np_.get("reflexive_pronouns")),
        impersonal_subjects=_low(np_.get("impersonal_subjects")),
        lead_conj=_low(np_.get("leading_conjunctions")), trail_adv=_low(np_.get("trailing_adverbs")),
        zero_field_conj=frozenset(_low(np_.get("zero_field_conjunctions"))),
        adv_openers=_low(np_.get("adverbial_openers")) | _low(_syntax_table(pack).get("sentence_adverbs")),
        prepositions=_low(np_.get("prepositions")),
        complementizers=_low(np_.get("complementizers")),
        personal_pronouns=_low(np_.get("personal_pronouns")),
        impersonal_verbs=_low(cues.get("impersonal_verbs")),
        agent_preps=_low(np_.get("agent_prepositions")),
        nominative_pronouns=_low(np_.get("nominative_pronouns")),
        name_preps=_low(np_.get("name_prepositions")),
        demonstratives=_low(np_.get("demonstratives")),
        demonstrative_adverbs=_low(np_.get("demonstrative_adverbs")),
        inverted_objects=_low(np_.get("inverted_objects")),
        oblique_dets=_low(np_.get("non_nominative_determiners")),
        object_pronouns=frozenset(_low(np_.get("object_pronouns"))),
        finite_verbs=_low(np_.get("finite_verbs")),
        infinitive_markers=_low(np_.get("infinitive_markers")),
        infinitive_governors=_low(np_.get("infinitive_governors")),
        clause_openers=_low(np_.get("clause_openers")),
        subordinators=_low(np_.get("subordinators")), relatives=_low(np_.get("relative_pronouns")),
        relative_adverbs=frozenset(_low(np_.get("relative_adverbs"))),
        whole_sentence_subordinators=_low(np_.get("sentence_subordinators")),
        **_carry_and_hedges(carry, hed, vp),
        **_head_kinds(t),
        genders={k.lower(): v for k, v in pron.get("genders", {}).items()},
        actor_kinds=frozenset(cues.get("actor_kinds", [])),
        acting_heads=tuple(_low(cues.get("acting_heads"))),
        experiencer_verbs=frozenset(_low(cues.get("experiencer_verbs"))),
        place_names=_place_names(pack), country_names=_country_names(pack),
        **_poll_roles(t.get("polls", {}), cues),
        cond_kinds=frozenset(cues.get("conditional_kinds", [])),
        copula=frozenset(cues.get("copula", [])),
        name_re=re.compile(np_["person_name"]) if np_.get("person_name") else None,
        closing_report=bool(t.get("order", {}).get("closing_reporting_clause", False)),
        agent_after=bool(t.get("order", {}).get("passive_agent_after_participle", False)),
    )
    lx.verb_like = frozenset(lx.verbs) | frozenset(lx.participles) | frozenset(lx.split_participles)
    lx.cue_starts = frozenset(
        [p[0] for p in (*lx.forward, *lx.cond_forward, *lx.impersonal, *lx.report_relatives) if p]
        + list(lx.backward) + list(lx.so_cue) + list(lx.poll_preps))
    # poll prepositions that start no other cue go straight to the poll test
    lx.poll_only = lx.poll_preps - frozenset(
        [p[0] for p in (*lx.forward, *lx.cond_forward, *lx.impersonal, *lx.report_relatives) if p]
        + list(lx.backward) + list(lx.so_cue))
    lx.report_relative_words = tuple(" ".join(p) for p in lx.report_relatives)
    lx.cue_any = frozenset(lx.agent_preps) | lx.cue_starts | lx.verb_like | frozenset(lx.subordinators)
    return lx


def _poll_roles(polls: dict[str, Any], cues: dict[str, Any]) -> dict[str, Any]:
    """Polls, their respondents and inquiries: sources that speak through what they asked."""
    return dict(
        respondents=tuple(sorted(_low(polls.get("respondents")))),
        participants=tuple(sorted(_low(polls.get("participants")))),
        poll_nouns=tuple(sorted(_low(polls.get("poll_nouns")))),
        poll_preps=frozenset(_low(polls.get("prepositions"))),
        poll_units=frozenset(_low(polls.get("units"))),
        inquiry_nouns=tuple(_low(cues.get("inquiry_nouns"))),
        inquiry_preps=frozenset(_low(cues.get("inquiry_prepositions"))),
    )


def _place_names(pack: Any) -> frozenset[str]:
    """Names of regions and cities below the country level, lower-cased (countries often
    stand for their governments and are left to the registry)."""
    places = pack.table("places").get("places", {}) if pack.has("places") else {}
    return frozenset(n.lower() for names in places.values() for n in names)


def _country_names(pack: Any) -> frozenset[str]:
    """Names of countries, lower-cased, from the pack's nationalities."""
    nations = pack.table("nationalities").get("nation", []) if pack.has("nationalities") else []
    return frozenset(c.lower() for n in nations for c in n.get("country", []))


def _head_kinds(t: dict[str, Any]) -> dict[str, Any]:
    kinds = [(h["suffix"].lower(), h["kind"]) for h in t.get("head_kinds", [])]
    return {"head_kinds": kinds, "head_suffixes": tuple(suf for suf, _kind in kinds)}


def lexicon(pack: Any) -> Lexicon:
    """The compiled lexicon of a pack (built once, cached on the pack)."""
    return pack.compiled("attribution", _build)
