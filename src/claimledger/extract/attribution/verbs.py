"""Speech-verb cues: the subject of a verb of saying is the source of what it reports.

Word order decides which phrase is the subject: the field before the verb in verb-second
order, unless it is an adverbial or an object (then the phrase after the verb); the phrase
after the subordinator in a verb-final clause ("wie X berichtete"); the agent of a passive
("wurde von X bestätigt"); the leading subject of a main clause that takes a complement
clause, whatever its verb. Which words play which role comes from the pack.
"""

from __future__ import annotations

from claimledger.extract.attribution.fields import VerbFields
from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import (
    Span, apposition_subject, is_figure, np_forward, relative_subject)
from claimledger.extract.attribution.plausible import can_speak, heads_speaker
from claimledger.extract.attribution.registry import resolve_source
from claimledger.extract.attribution.scopes import opens_sentence
from claimledger.extract.attribution.tokens import clause_of, token_range
from claimledger.model import Source



def _acronym(text: str) -> bool:
    """Two to eight letters in capitals, digits and a hyphen inside allowed ("OECD", "G20",
    "UN-OCHA"): an organisation's short name in any alphabet with cases."""
    return 2 <= len(text) <= 8 and text.isupper() and text[0].isalpha() \
        and all(ch.isalnum() or ch == "-" for ch in text)


class VerbCues(VerbFields):
    """Speech-verb cue finding, mixed into ``CueFinder`` (which supplies ``make``)."""

    def named_in_full(self, name: str) -> bool:
        raise NotImplementedError  # supplied by ``CueFinder``

    def _complement_subject(self, sv: SentenceView) -> Cue | None:
        """"X <verb> …, dass …": a main clause whose subject leads and that takes a
        complement clause reports it, whatever its verb (the lexicon of speech verbs is
        never complete). The subject is the noun phrase that opens the sentence."""
        lx, toks = self.lx, sv.toks
        k = next((i for i in range(1, len(toks)) if toks[i].low in lx.complementizers
                  and toks[i - 1].text == "," and not sv.inq[i]), None)
        comma = next((i for i, t in enumerate(toks) if t.text in ",:" and not sv.inq[i]), None)
        if k is None or (comma is not None and comma + 1 < k and toks[comma].text == lx.colon_cue):
            # or a clause in the mood of reported speech after a comma or a colon ("X
            # ergänzte, die Zahl sei gestiegen", "Der Verein blieb dabei: Man habe …"), a
            # colon before the complement clause opening it ("X strahlte: Es sei …, dass …")
            # — not one in a relative clause ("Autos wie X waren nicht von Problemen betroffen,
            # die einen Rückruf nötig gemacht hätten")
            if comma is None or not any(sv.lows[j] in lx.subjunctive and not self.in_relative(sv, j)
                                        for j in range(comma + 1, k or len(toks)) if not sv.inq[j]):
                if k is None:
                    return None
            else:
                k = comma + 1
        got = self.leading_subject(sv, k)
        if got is None:
            return None
        np_, v = got
        if self._reported_verb(sv.lows[v]) or (np_[0] == np_[1] and (
                lx.syn.is_not_noun(sv.lows[np_[0]])
                or (resolve_source(toks[np_[0]].text, self.pack)[0] is None
                    and not self.named_in_full(toks[np_[0]].text)))):
            # "Das hänge davon ab, …" is itself reported; "Theoretisch könne …", "Sicher
            # scheint, dass …": one capitalised word opening a sentence may be no noun at all
            return None
        c = self.make(sv, v, v, np_, (toks[k].start, sv.end), True)
        if c is not None and c.source is not None and not c.pronoun:
            c.verb = False  # weaker than a listed speech verb of the same scope
        return c

    def _plan_end(self, sv: SentenceView, i: int) -> int:
        """Where a plan's clause ends: its verb's clause, with the quotations and content
        clauses after it ("Der NDR will wissen, dass …", "will „… prüfen“, ob … solle")."""
        lx, toks = self.lx, sv.toks
        k = next((n for n, (a, b) in enumerate(sv.clauses) if a <= toks[i].start < b), len(sv.clauses) - 1)
        end = sv.clauses[k][1]
        for a, b in sv.clauses[k + 1:]:
            idx = [j for j, t in enumerate(toks) if a <= t.start < b and t.word]
            if not idx:
                continue
            if all(sv.inq[j] for j in idx):
                end = b  # a quotation of the plan itself
                continue
            words = [toks[j].low for j in idx]
            if words[0] in lx.complementizers or not lx.subjunctive.isdisjoint(words):
                return sv.end  # a content clause: what the plan says
            break
        return end

    def in_relative(self, sv: SentenceView, j: int) -> bool:
        """Does token j stand in a relative clause: after a comma and a relative pronoun not
        followed by its own noun ("…, die einen Rückruf nötig gemacht hätten", not "…, die
        Steuer könnte …")?"""
        toks, lx = sv.toks, self.lx
        c = next((i for i in range(j - 1, -1, -1) if toks[i].text in ",;:"), None)
        if c is None or c + 2 >= len(toks) or toks[c].text != ",":
            return False
        return toks[c + 1].low in lx.relatives and not toks[c + 2].cap

    def _reported_verb(self, low: str) -> bool:
        """A finite verb in the mood of reported speech (its subject is reported, not a
        speaker)."""
        lx = self.lx
        return low in lx.subjunctive or low in lx.modal or lx.syn.is_subjunctive_singular(low)

    def leading_subject(self, sv: SentenceView, limit: int | None = None) -> tuple[Span, int] | None:
        """The noun phrase opening a verb-second sentence and the finite verb after it, or
        None when the sentence opens with an adverbial, a quotation or no noun phrase."""
        lx, toks = self.lx, sv.toks
        limit = len(toks) if limit is None else limit
        a = 0
        while a < limit and (not toks[a].word or toks[a].low in lx.lead_conj):
            a += 1
        if a >= limit or toks[a].low in lx.prepositions or toks[a].low in lx.adv_openers \
                or toks[a].low in lx.oblique_dets \
                or sv.inq[a] or not (toks[a].cap or toks[a].low in lx.dets) \
                or toks[a].low in lx.verb_like or toks[a].low in lx.finite_verbs \
                or toks[a].low in lx.modal_past or toks[a].low in lx.subjunctive \
                or (toks[a].low in lx.subordinators and toks[a].low not in lx.dets):
            return None  # a verb first ("Sollten …"), or a subordinate clause ("Da X liege, …")
        np_ = np_forward(toks, a, lx)
        if np_ is None or np_[1] + 1 >= limit:
            return None
        v = np_[1] + 1
        if toks[v].text == "," and v + 1 < limit:
            # an apposition between subject and verb: "Der Betreiber, der Konzern X, begann"
            app = np_forward(toks, v + 1, lx)
            if app is not None and app[1] + 2 < limit and toks[app[1] + 1].text == ",":
                v = app[1] + 2
        while v < limit and toks[v].text in ",()":
            v += 1
        if v >= limit or not toks[v].word or toks[v].cap or not toks[v].text.isalpha() \
                or toks[v].low in lx.dets or toks[v].low in lx.prepositions \
                or toks[v].low in lx.personal_pronouns or lx.is_pronoun(toks[v].low):
            return None
        return np_, v

    def subject_source(self, sv: SentenceView) -> Source | None:
        """The leading subject of a sentence as a source (for reported speech that follows
        a sentence naming its speaker with a verb the lexicon does not list)."""
        got = self.leading_subject(sv)
        if got is None:
            return None
        (a, b), v = got
        if a == b and resolve_source(sv.toks[a].text, self.pack)[0] is None:
            return None  # one capitalised word opening a sentence may be no noun at all
        c = self.make(sv, v, v, (a, b), (sv.start, sv.end), False)
        if c is None or c.pronoun or c.source is None:
            return None
        # only a plausible speaker: a known kind of source, or a person's name
        src = c.source
        return src if src.kind is not None or self.looks_like_name(src.text) else None

    def looks_like_name(self, text: str) -> bool:
        """Two capitalised words that are a name, not an adjective and its noun opening a
        sentence ("Brasilianische Protestanten")."""
        if self.lx.name_re is None:
            return False
        words = text.split()
        # a title may stand before the name ("Kämmerer Jens Albrecht"): any pair will do
        lx = self.lx
        return any(lx.name_re.fullmatch(f"{a} {b}") is not None
                   and not self._adjective_first(a.lower())
                   # a function word capitalised at a sentence start: "Am Morgen", "Im Mai"
                   and a.lower() not in lx.prepositions and a.lower() not in lx.article_preps
                   and a.lower() not in lx.dets
                   for a, b in zip(words, words[1:]))

    def _adjective_first(self, low: str) -> bool:
        """The first word of a capitalised pair is an adjective, not a first name: a
        derived adjective ("Brasilianische"), a quantifier ("Zahlreiche"), or an ending no
        first name has (first names end like "-er" and "-e" adjectives: "Peter", "Heike")."""
        syn = self.lx.syn
        return syn.is_derived_adjective(low) or low in self.lx.not_adj \
            or (syn.is_adjective(low) and syn.is_oblique_adjective(low))

    def _verb_cue(self, sv: SentenceView, i: int) -> Cue | None:
        c = self._verb_cue_at(sv, i)
        if c is not None and c.source is not None and sv.lows[i] in self.lx.experiencer_verbs \
                and c.source.text.lower() in self.lx.place_names:
            return None  # a place that records a rise has it; it does not report it
        if c is not None and c.source is not None and self._evidence(c.source):
            return None  # "Ein Alkoholtest ergab rund zwei Promille": a measurement
        if c is not None and c.source is not None:
            c.mute = not can_speak(self, c.source)  # figures skip it, quotations keep it
        if c is not None and sv.lows[i] in self.lx.clause_verbs and self._counts_object(sv, i):
            # "Bisher bestritt er 67 Kämpfe": what the verb acts on is no report; only what
            # stands before it (", bestritt der Minister") is
            c.scope = (c.scope[0], max(c.scope[0], min(c.scope[1], sv.toks[i].start)))
        if c is not None and sv.lows[i] in self.lx.after_verbs:
            # a plan states what follows the verb, not what stands before it; it is the
            # subject's own intention, no report that a sentence after it continues
            # — within the verb's own clause ("will … beitragen – mit ein Grund, weshalb er
            # weiterarbeiten will, wo er seit 30 Jahren forscht": no plan after the dash)
            end = self._plan_end(sv, i) if sv.clauses else c.scope[1]
            c.scope = (sv.toks[i].start, max(sv.toks[i].end, min(c.scope[1], end)))
            c.plan = True
        return c

    def _counts_object(self, sv: SentenceView, i: int) -> bool:
        """The clause of the verb at i has a figure after it ("bestritt 67 Kämpfe"), and the
        sentence after the verb no complement clause, colon, reported speech or figure named
        as one ("die Zahl", "die Angaben")."""
        lx, toks = self.lx, sv.toks
        clause = clause_of(sv.clauses, toks[i].start) if sv.clauses else (sv.start, sv.end)
        if not any(t.start < clause[1] and is_figure(t, lx) for t in toks[i + 1:]):
            return False
        comma = next((k for k in range(i + 1, len(toks)) if toks[k].text == ","), len(toks))
        if any(t.low in lx.infinitive_markers for t in toks[comma + 1:]):
            return False  # "beschloss, 25 Wohnungen zu bauen": an infinitive clause
        return not any(t.text == ":" or t.low in lx.complementizers or t.low in lx.subjunctive
                       or (t.cap and (lx.is_doc_noun(t.low) or t.low in lx.count_heads))
                       for t in toks[i + 1:])

    def _agentless_passive(self, sv: SentenceView, i: int, cs: int, ce: int) -> bool:
        """A participle in the passive, its auxiliary right after it ("mit vier angegeben
        worden") or before it with the participle closing the clause ("wurde mit zwölf
        angegeben"): with no agent named, no one in the clause is its speaker."""
        lx, lows, toks = self.lx, sv.lows, sv.toks
        if not lx.is_participle(lows, i) or lows[i] in lx.subject_passives:
            return False
        if i + 1 < ce and lows[i + 1] in lx.passive_aux:
            return True
        last = next((k for k in range(ce - 1, cs - 1, -1) if toks[k].word), None)
        return last == i and any(lows[k] in lx.passive_aux for k in range(cs, i))

    def _verb_cue_at(self, sv: SentenceView, i: int) -> Cue | None:
        lx, toks, lows = self.lx, sv.toks, sv.lows
        low = lows[i]
        if low not in lx.verbs and not lx.is_participle(lows, i):
            return None
        if toks[i].cap and low in lx.joined:
            return None  # a noun that looks like particle + verb
        clause = clause_of(sv.clauses, toks[i].start)
        cs, ce = token_range(toks, clause)
        if self._attributive(sv, i, cs):
            return None  # "durch 353 dokumentierte Fälle"
        if not self._verb_ok(sv, i, cs, ce) or self._not_finite(sv, i):
            return None
        passive = self._passive_agent(sv, i, cs, ce)
        if passive is not None:
            return passive
        origin = self._prep_source(sv, i, cs)
        if origin is not None:  # "gingen aus Standardsituationen hervor": no report's origin
            return origin if self._names_origin(sv, origin.source) else None
        if self._agentless_passive(sv, i, cs, ce):
            return None  # "war die Zahl mit vier angegeben worden": the subject is what was said
        if lows[i] in lx.prep_only:
            return None  # a verb that reports only through its prepositional phrase
        anchor = self._anchor(sv, i, cs)
        # a verb-form that is lower-case inside the sentence; capitalised forms are nouns
        if anchor is None or (toks[anchor].cap and anchor != cs and not self._after_subject(sv, anchor)):
            return None
        pre = [k for k in range(cs, anchor) if toks[k].word]
        if self._elided_subject(sv, pre, cs, anchor):
            # "Und stellen eine Diskrepanz fest": the subject of the sentence before speaks
            return Cue(None, (sv.start, sv.end), toks[i].start, True, anaphoric=True)
        first_low = lows[pre[0]] if pre else ""
        if pre and first_low in lx.subordinators and not (
                first_low in lx.relatives and opens_sentence(sv, clause)):
            if self._closes_clause(sv, i) and not self._governed_infinitive(sv, pre, anchor):
                return self._verb_final(sv, i, anchor, pre, clause)
            if first_low not in lx.relatives and first_low not in lx.prepositions:
                return None  # "Nachdem erhoffte Einnahmen …": not the clause's finite verb
        pre = self._trim_field(sv, pre, cs, anchor)
        adverbial = bool(pre) and lows[pre[0]] in lx.prepositions  # any length: "Für X und Y fordert Z"
        # a count opening the field is its subject ("Die 13 Feuerwehrleute"); one inside an
        # attachment is not ("Einer der 13 Feuerwehrleute sagte")
        counted = any(toks[k].text[0].isdigit() for k in pre[:2])
        if (len(self._outside_brackets(sv, pre, cs, anchor)) > 12 and not adverbial) or (counted and not self._field_is_no_subject(sv, pre, anchor)):
            return None  # no single constituent, or a count as subject: no reading is safe
        if not self._field_is_no_subject(sv, pre, anchor):
            return self._v2_subject(sv, i, anchor, pre, clause)
        if not pre:
            np_ = apposition_subject(toks, cs, sv.start, lx) or relative_subject(toks, cs, sv.start, lx)
            if np_ is not None:
                return self._apposition_cue(sv, i, np_, clause)
        # any word before the verb in its clause (even a stripped "Nun"): the verb is not
        # the ", sagte X" after the reported content, and governs the whole sentence
        field = any(toks[k].word for k in range(cs, anchor))
        return self._inverted(sv, i, anchor, ce, field, clause)

    def _apposition_cue(self, sv: SentenceView, i: int, np_: Span, clause: tuple[int, int]) -> Cue | None:
        """An apposition before the verb: "Der Sondergesandte der USA, Tom Perriello, sprach"."""
        c = self.make(sv, i, i, np_, clause, True)
        after = None
        if c and not self._speaker_like(c.source):
            after = self._object_first(sv, i, i, clause)
            c = after or c
        if c:
            # ", teilte X mit" after what no speaker says: X reports all before it
            c.scope = (sv.start, clause[1]) if after is not None else (clause[0], sv.end)
        return c

    def _anchor(self, sv: SentenceView, i: int, cs: int) -> int | None:
        """The finite verb a speech verb's subject is placed by: the auxiliary of a
        participle ("hat … erklärt"), else the verb itself."""
        lx, lows = self.lx, sv.lows
        if not lx.is_participle(lows, i):
            return i
        aux = next((k for k in range(cs, i) if lows[k] in lx.auxiliaries), None)
        if aux is not None and i + 1 < len(sv.toks) and lows[i + 1] in lx.auxiliaries \
                and any(sv.toks[k].text == "," for k in range(aux, i)):
            aux = None  # "ist X, zu der Y aufgerufen hatte": the participle's own auxiliary follows
        if aux is not None:
            return aux
        if i + 1 < len(sv.toks) and lows[i + 1] in lx.auxiliaries and cs < i:
            return i  # verb-final: "wie X bekanntgegeben hat"
        return i if lows[i] in lx.verbs else None

    def _v2_subject(self, sv: SentenceView, i: int, anchor: int, pre: list[int], clause: Span) -> Cue | None:
        """The field before the verb is its subject (verb-second order)."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        if not any(toks[k].cap for k in pre) and not (len(pre) == 1 and lx.is_pronoun(lows[pre[0]])):
            return None
        np_: Span | None = (pre[0], pre[-1])
        if any(lows[k] in lx.finite_verbs or lows[k] in lx.verbs for k in pre if not toks[k].cap):
            # another finite verb before this one: a second conjunct shares the first's
            # subject ("X war anwesend und sagte …"); else it is a passive participle
            if not (anchor > 0 and lows[anchor - 1] in lx.conj):
                return None
            np_ = np_forward(toks, pre[0], lx)
            if np_ is None or not (toks[np_[0]].cap or lows[np_[0]] in lx.dets) \
                    or not any(toks[k].cap for k in range(np_[0], np_[1] + 1)):
                return None
        elif any(self._content_word(toks[k]) for k in pre):
            return None  # a word no noun phrase holds (a verb the lexicon lacks): no subject
        c = self.make(sv, i, i, np_, clause, True)
        if c and lows[i] in lx.speaker_plurals and c.source is not None and not c.pronoun \
                and self._single_name(sv, pre):
            return None  # "Hasan E. drohen … Haft": one person before a plural is its dative
        if c and lows[i] in lx.speaker_first and not c.pronoun and not self._speaker_like(c.source) \
                and not self.named_before(c.source):
            return None  # "Ihre Ergebnisse haben sie veröffentlicht": what is published
        if c and lows[i] in lx.experiencer_verbs and not c.pronoun and not self._speaker_like(c.source) \
                and not self.named_before(c.source) \
                and any(lows[k] in lx.place_names or lows[k] in lx.country_names
                        for k in range(anchor + 1, len(toks)) if toks[k].start < clause[1]):
            return None  # "Die höchsten Quoten registrierten Griechenland (25,4 Prozent)": the place has them
        if c and not c.pronoun and not self._speaker_like(c.source) and lows[i] not in lx.after_verbs \
                and not self.named_before(c.source):
            # (a plan's object follows it: "Die SPD will Universitäten fördern")
            c = self._object_first(sv, i, anchor, clause) or c
        if c:
            c.scope = (sv.start, sv.end) if self._closing_report(sv, i, clause) else (clause[0], sv.end)
        return c

    def _speaker_like(self, src: Source | None) -> bool:
        """A phrase that can speak: a known kind of source, a registry entry, a name, or an
        acronym ("Die OECD veröffentlichte …"): letters all capitals name an organisation."""
        return src is None or src.kind is not None or self.looks_like_name(src.text) \
            or _acronym(src.text) \
            or resolve_source(src.text, self.pack)[0] is not None

    def _object_first(self, sv: SentenceView, i: int, anchor: int, clause: Span) -> Cue | None:
        """German may put the object first ("Die Zahl der Toten bezifferte die Agentur auf
        13"): when the field before the verb names nothing that speaks and the phrase right
        after the finite verb does, that phrase is the subject."""
        lx, toks = self.lx, sv.toks
        k = anchor + 1
        while k < len(toks) and sv.lows[k] in lx.trail_adv:
            k += 1
        k = self._past_time(sv, k, len(toks))
        if k >= len(toks) or toks[k].low in lx.oblique_dets or sv.inq[k]:
            return None
        np_ = np_forward(toks, k, lx)
        if np_ is None or toks[np_[0]].start >= clause[1]:
            return None
        c = self.make(sv, i, i, np_, clause, True)
        after = np_[1] + 1
        bare_name = np_[0] == np_[1] and toks[np_[0]].cap and not lx.is_doc_noun(toks[np_[0]].low) \
            and not (after < len(toks) and (toks[after].low in lx.of_preps or toks[after].low in lx.gen_dets))
        # a title and name with its article, when the field is a phrase of its own article
        # ("Die gute Seite betont der Blogger Max Muster"), not a bare name ("Li nannte die X")
        titled = c is not None and c.source is not None and self.looks_like_name(c.source.text) \
            and sv.lows[self._field_start(sv, anchor)] in lx.dets and lx.syn.article_only_nominative(
                toks[np_[0]].low, self._title_gender(toks, np_))
        if c is None or c.pronoun or c.source is None or (c.source.kind is None and not bare_name and not titled):
            return None  # a known kind of speaker, or a name without article ("bezeichnete Conze")
        if not titled and toks[np_[0]].low in lx.dets and not lx.syn.article_can_be_nominative(
                toks[np_[0]].low, self._last_noun_gender(toks, np_)):
            return None  # "sagte der Berliner Zeitung": a dative object, not the subject
        return c

    def _closing_report(self, sv: SentenceView, i: int, clause: Span) -> bool:
        """A subject-first reporting clause after the report (", the ministry said on
        Tuesday."): in languages whose order allows it, it reports the whole sentence; no
        figure may follow its verb in the clause."""
        if not self.lx.closing_report or clause[0] <= sv.start:
            return False
        _cs, ce = token_range(sv.toks, clause)
        for k in range(i + 1, ce):
            if sv.toks[k].text == ",":
                return True  # ", adding that …" is a report of its own
            if sv.toks[k].text[0].isdigit():
                return False
        return True

    def _verb_final(self, sv: SentenceView, i: int, anchor: int, pre: list[int], clause: Span) -> Cue | None:
        """Verb-final clause: the subject follows the subordinator ("wie X berichtete")."""
        lx, toks = self.lx, sv.toks
        first_low = sv.lows[pre[0]]
        if not self._closes_clause(sv, i):
            return None
        if pre[0] + 1 < len(toks) and sv.lows[pre[0] + 1] in lx.prepositions:
            return self._relative_antecedent(sv, i, pre, clause)
        if i + 1 < len(toks) and (sv.lows[i + 1] in lx.subjunctive or sv.lows[i + 1] in lx.subjunctive_after_report):
            return None  # "…, dass die EU den Staat anerkennen würden": reported content, not a report
        j = pre[0] + 1
        while j < anchor and (sv.lows[j] in lx.reflexive_pronouns or sv.lows[j] in lx.trail_adv):
            j += 1  # "wie sich X ausdrückte", "wie schon die WHO sagte"
        np_ = np_forward(toks, j, lx)
        if np_ is None:
            return None
        np_ = (np_[0], min(np_[1], anchor - 1))
        c = self.make(sv, i, i, np_, clause, True)
        if c:
            if first_low in lx.relatives and self.text[:clause[0]].rstrip().endswith(","):
                # "der 600 Toten, die X meldete": the relative clause reports its antecedent
                # (after a semicolon or colon "die" is an article: a main clause)
                prev = [cl for cl in sv.clauses if cl[1] <= clause[0]]
                c.scope = (prev[-1][0] if prev else clause[0], clause[1])
            elif first_low in lx.whole_sentence_subordinators:
                c.scope = (sv.start, sv.end)
            else:
                c.scope = (clause[0], sv.end)
        return c

    def _inverted(self, sv: SentenceView, i: int, anchor: int, ce: int, has_pre: bool,
                  clause: Span) -> Cue | None:
        """Inverted order: the subject follows the verb (adverbs and a reflexive skipped)."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        k = anchor + 1
        while k < ce and (lows[k] in lx.trail_adv or lows[k] in lx.reflexive_pronouns):
            k += 1
        if k + 1 < ce and lows[k] in lx.inverted_objects and lows[k + 1] in lx.dets:
            k += 1  # ", sagt es der Premier": the object, then the subject
        k = self._past_time(sv, k, ce)
        if k < ce and lows[k] in lx.impersonal_subjects:
            # "Im Ministerium rechnet man …"; a plan of "man" ("Im Heim möchte man 35
            # aufnehmen") is no statement of anyone's
            np_ = None if lows[i] in lx.after_verbs else self._place_of_speaking(sv, anchor, clause)
        elif k < ce and lows[i] in lx.speaker_verbs and lows[k] in lx.oblique_dets:
            return None  # "drohen dem Angeklagten drei Jahre Haft": a dative, and the threat
        else:
            np_ = (k, k) if k < ce and lx.is_pronoun(lows[k]) else np_forward(toks, k, lx)
            np_ = self._named_apposition(sv, np_)
        if np_ is None:
            return None
        c = self.make(sv, i, i, np_, clause, True)
        if c and lows[i] in lx.speaker_verbs and not c.pronoun and not self._speaker_like(c.source) \
                and (self._object_field(sv, clause, anchor) or not heads_speaker(self, c.source)):
            return None  # "Der Siegerin droht eine Sperre", "Dann drohen Strafen": no speaker
        if c:
            # ", sagte X" governs what precedes in the sentence; "Am Montag sagte X" all of it,
            # and so does one a complement clause follows ("Da …, vermuten die Forscher,
            # dass …")
            c.scope = (sv.start, sv.end) if has_pre or (
                lows[i] not in lx.after_verbs and self._complement_after(sv, ce)) \
                else (sv.start, clause[1])
        return c

    def _named_apposition(self, sv: SentenceView, np_: Span | None) -> Span | None:
        """", sagte der Geschäftsführer des Instituts, Karl Maier, zur APA": a role and the
        name of its holder in apposition after a comma are one source, the name included."""
        toks = sv.toks
        if np_ is None or self.looks_like_name(self.text[toks[np_[0]].start:toks[np_[1]].end]):
            return np_
        a = np_[1] + 2
        if a + 1 >= len(toks) or toks[a - 1].text != "," or sv.inq[a]:
            return np_
        b = a
        while b + 1 < len(toks) and toks[b + 1].cap and toks[b + 1].word and b - a < 3:
            b += 1
        after = toks[b + 1].text if b + 1 < len(toks) else "."
        if b == a or after not in (",", ".", ";", "(") \
                or any(t.low in self.lx.stop_caps for t in toks[a:b + 1]) \
                or not self.looks_like_name(self.text[toks[a].start:toks[b].end]):
            return np_
        return (np_[0], b)

    def _complement_after(self, sv: SentenceView, ce: int) -> bool:
        """The clause ending before token ``ce`` is followed by ", dass …"."""
        k = ce + 1 if ce < len(sv.toks) and sv.toks[ce].text == "," else ce
        return k < len(sv.toks) and sv.lows[k] in self.lx.complementizers
