"""The field before a speech verb and the phrases around its subject: whether the field is
the subject at all (an adverbial, an object, an oblique article), where it ends (commas,
brackets, conjunctions), a subject elided
after a conjunction ("Und stellen … fest"), an impersonal subject speaking for the body the
field names ("Im Ministerium rechnet man …"), a time adverbial between verb and subject
("sagte am Montag ein Sprecher"), the first word of a clause and a title's gender.

Split from ``verbs`` so that each stays small; a mixin of ``CueFinder`` like ``VerbCues``,
reading words only through the ``Lexicon``.
"""

from __future__ import annotations

from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import Span, glued_name, np_forward
from claimledger.extract.attribution.plausible import heads_speaker
from claimledger.extract.attribution.registry import resolve_source
from claimledger.extract.attribution.tokens import Tok, clause_of, token_range
from claimledger.extract.attribution.verb_forms import VerbForms
from claimledger.model import Source


class VerbFields(VerbForms):
    """Field and subject-position tests, mixed into ``CueFinder``."""

    def looks_like_name(self, text: str) -> bool:  # supplied by ``VerbCues``
        raise NotImplementedError

    def _speaker_like(self, src: Source | None) -> bool:  # supplied by ``VerbCues``
        raise NotImplementedError

    def _names_origin(self, sv: SentenceView, src: Source | None) -> bool:
        """What a figure comes from ("geht aus X hervor"): a document ("Bericht"), a speaker
        or a body, a name; not a thing ("aus Standardsituationen")."""
        if src is None or src.span is None or self._speaker_like(src) or heads_speaker(self, src):
            return True
        return any(t.cap and self.lx.is_doc_noun(t.low) for t in sv.toks
                   if src.span[0] <= t.start < src.span[1])

    def _relative_antecedent(self, sv: SentenceView, i: int, pre: list[int], clause: Span) -> Cue | None:
        """"Anwältin Lorenz, die für ihre Mandantin 11.200 Euro fordert": a relative pronoun
        that a preposition follows is the clause's subject, and the name before the comma
        speaks; the cue governs the relative clause."""
        toks, r = sv.toks, pre[0]
        if sv.lows[r] not in self.lx.relatives or r < 2 or toks[r - 1].text != "," \
                or not self.text[:clause[0]].rstrip().endswith(",") \
                or any(not t.word for t in toks[r + 1:i]):
            return None  # (a mark between: the verb is not the relative clause's)
        a = r - 1
        while a - 1 >= 0 and toks[a - 1].cap and toks[a - 1].word and not sv.inq[a - 1] \
                and toks[a - 1].low not in self.lx.stop_caps:
            a -= 1
        if a == r - 1:
            return None
        c = self.make(sv, i, i, (a, r - 2), clause, True)
        if c is not None:
            c.scope = clause
        return c

    def _attributive(self, sv: SentenceView, i: int, cs: int) -> bool:
        """A verb form between a number or an article inside its clause and a noun is an
        attributive participle ("durch 353 dokumentierte Fälle"), not a finite verb, and so is
        one right after a preposition ("bei wiederholten Verstößen"); a field of its own
        before it keeps the verb ("Das gab X bekannt", "2009 will X …", "Im Juli 2008
        meldete X")."""
        lx, toks = self.lx, sv.toks
        if cs <= i - 1 and i < len(toks) - 1 and toks[i + 1].cap and toks[i - 1].low in lx.prepositions:
            return True  # "Bei wiederholten Verstößen": a preposition's phrase, no verb
        return cs < i - 1 and i < len(toks) - 1 and toks[i + 1].cap and (
            (toks[i - 1].text[0].isdigit() and toks[i - 2].low not in lx.stop_caps)
            or toks[i - 1].low in lx.dets or self._extended_attribute(sv, i, cs))

    def _extended_attribute(self, sv: SentenceView, i: int, cs: int) -> bool:
        """An article and a prepositional phrase before the form ("des im Stabilitätspakt
        vereinbarten Nulldefizits", "die mit dem Land vereinbarten Summen"): the phrase
        extends an attribute of the noun after it."""
        lx, toks = self.lx, sv.toks
        for j in range(i - 1, max(cs, i - 6), -1):
            if not toks[j].word:
                return False
            if (toks[j].low in lx.prepositions or toks[j].low in lx.article_preps) \
                    and toks[j - 1].low in lx.dets:
                return True
        return False

    def _elided_subject(self, sv: SentenceView, pre: list[int], cs: int, anchor: int) -> bool:
        """A sentence opening with a conjunction that stands before the field and then the
        verb has no subject of its own, unless a nominative-only phrase follows the verb."""
        lx, toks = self.lx, sv.toks
        if len(pre) != 1 or pre[0] != cs or toks[cs].start != sv.start \
                or sv.lows[cs] not in lx.zero_field_conj or anchor + 1 >= len(toks):
            return False
        nxt = toks[anchor + 1]
        return nxt.word and not nxt.cap and not lx.is_pronoun(nxt.low) \
            and not lx.syn.article_only_nominative(nxt.low, None)

    def _place_of_speaking(self, sv: SentenceView, anchor: int, clause: Span) -> Span | None:
        """"Im Justizministerium rechnet man damit, …", "Aus der Partei verlautete man …": an
        impersonal subject speaks for the body the field before the verb names after a
        preposition of the pack's impersonal cues; the phrase must fill the field."""
        lx, toks = self.lx, sv.toks
        cs, _ce = token_range(toks, clause)
        pre = [k for k in range(cs, anchor) if toks[k].word]
        if len(pre) < 2 or sv.lows[pre[0]] not in lx.impersonal_preps:
            return None
        np_ = np_forward(toks, pre[0] + 1, lx)
        if np_ is None or np_[1] != pre[-1] or not any(toks[k].cap for k in range(np_[0], np_[1] + 1)):
            return None
        return np_

    def _past_time(self, sv: SentenceView, k: int, end: int) -> int:
        """Past a time adverbial between a verb and its subject ("sagte am Montag ein
        Sprecher", "teilte am späten Abend die Polizei mit"): a preposition, then articles,
        adjectives or a date's digits, then a time noun of the pack (``stop_caps``), and
        adverbs after it."""
        lx, toks = self.lx, sv.toks
        if k >= end or not (toks[k].low in lx.prepositions or toks[k].low in lx.article_preps):
            return k
        m = k + 1
        while m < min(end, k + 5) and not toks[m].cap and (
                toks[m].low in lx.dets or toks[m].text[0].isdigit() or toks[m].text == "."
                or lx.is_adj(toks[m].low, False)):
            m += 1
        if m >= end or not toks[m].cap or toks[m].low not in lx.stop_caps:
            return k
        m += 1
        while m < end and toks[m].low in lx.trail_adv:
            m += 1
        return m

    def _title_gender(self, toks: list[Tok], np_: Span) -> str | None:
        """Gender of the first noun of a phrase (a title before a name decides for it)."""
        lx = self.lx
        h = next((k for k in range(np_[0], np_[1] + 1) if toks[k].cap), None)
        if h is None:
            return None
        low = toks[h].low
        return lx.genders.get(low) or lx.genders.get(low.rsplit("-", 1)[-1]) or lx.syn.gender_by_suffix(low)

    def _field_start(self, sv: SentenceView, anchor: int) -> int:
        """The first word of the verb's clause (its field's first word)."""
        cs, _ce = token_range(sv.toks, clause_of(sv.clauses, sv.toks[anchor].start))
        return next((k for k in range(cs, anchor) if sv.toks[k].word), anchor)

    def named_before(self, src: Source | None) -> bool:
        """A single capitalised word that the text gave before as the last part of a full
        name ("Norbert Lammert … Lammert würdigte die Bundeswehr"): a person, the subject."""
        lx = self.lx
        if src is None or src.span is None or lx.name_re is None or " " in src.text:
            return False
        word, text = src.text, self.text
        i = text.rfind(" " + word, 0, src.span[0])
        for _ in range(5):
            if i <= 0:
                return False
            start = text.rfind(" ", 0, i) + 1
            m = lx.name_re.fullmatch(text, start, i + 1 + len(word))
            if m is not None and self.looks_like_name(m.group(0)):
                return True
            i = text.rfind(" " + word, 0, i)
        return False

    def _evidence(self, src: Source) -> bool:
        """A measurement ("Ein Alkoholtest", "die Messung"), not a body the registry knows or
        a name of several words."""
        caps = [w for w in src.text.split() if w[:1].isupper()]
        last = caps[-1].lower() if len(caps) == 1 else ""  # not a name ("Stiftung Warentest")
        return bool(last) and any(self.lx.syn.compound_head_is(last, h, 4) for h in self.lx.evidence_heads) \
            and resolve_source(src.text, self.pack)[0] is None

    def _single_name(self, sv: SentenceView, pre: list[int]) -> bool:
        """A field of one name: two or more capitalised words, no article, no conjunction
        ("Hasan E.", "Anna Berg"; not "Ärzte", "Anna und Karl")."""
        words = [k for k in pre if sv.toks[k].word]
        return len(words) >= 2 and all(sv.toks[k].cap and sv.lows[k] not in self.lx.dets
                                       and sv.lows[k] not in self.lx.conj for k in words)

    def _object_field(self, sv: SentenceView, clause: Span, anchor: int) -> bool:
        """The field before the verb is a noun phrase that is not its subject ("Der Siegerin
        droht"), not an adverbial ("Am Montag drohte")."""
        k = next((k for k, t in enumerate(sv.toks) if t.start >= clause[0] and t.word), None)
        return k is not None and k < anchor and (sv.lows[k] in self.lx.dets or sv.lows[k] in self.lx.oblique_dets)

    def _after_subject(self, sv: SentenceView, k: int) -> bool:
        """Where nouns are not capitalised, a form that is noun and verb alike ("estimate",
        "report") is the verb right after a noun that no article opens ("Officials estimate
        …"), and the noun after an article ("The report found …")."""
        if self.lx.syn.NOUNS_CAPITALISED or k == 0:
            return False
        prev = sv.toks[k - 1]
        return prev.cap and (k < 2 or sv.lows[k - 2] not in self.lx.dets)

    def _content_word(self, t: Tok) -> bool:
        """A lower-case word that belongs to no noun phrase: not an article, adjective,
        preposition, conjunction, name particle or adverb the pack lists."""
        lx = self.lx
        return t.word and not t.cap and not t.text[0].isdigit() and not lx.is_adj(t.low, False) \
            and not lx.is_pronoun(t.low) \
            and t.low not in lx.dets and t.low not in lx.prepositions and t.low not in lx.conj \
            and t.low not in lx.name_particles and t.low not in lx.of_preps \
            and t.low not in lx.trail_adv and t.low not in lx.gen_dets and t.low not in lx.relatives \
            and "." not in t.text and not glued_name(t)

    def _trim_field(self, sv: SentenceView, pre: list[int], cs: int, anchor: int) -> list[int]:
        """The field before the verb without what is not part of its constituent: a part
        before a comma or a dateline's dash, leading conjunctions, trailing adverbs."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        commas = [k for k in range(cs, anchor) if (toks[k].text == "," or (
                      toks[k].text in "-–—" and k > 0 and toks[k - 1].end < toks[k].start))
                  and self.text.count("(", toks[cs].start, toks[k].start)
                  <= self.text.count(")", toks[cs].start, toks[k].start)]
        if commas and any(k > commas[-1] for k in pre) and len(pre) > 1 \
                and not self._field_is_no_subject(sv, pre, anchor):
            pre = [k for k in pre if k > commas[-1]]
        while pre and lows[pre[0]] in lx.lead_conj:
            pre = pre[1:]
        while pre and lows[pre[-1]] in lx.trail_adv:
            pre = pre[:-1]
        return pre

    def _outside_brackets(self, sv: SentenceView, pre: list[int], cs: int, anchor: int) -> list[int]:
        """A bracketed aside inside the field ("Behörde Ugandas (National Environment
        Management Authority, NEMA) sagte") glosses the phrase before it: its words do not
        count toward the constituent's length."""
        inside, depth = set(), 0
        for k in range(cs, anchor):
            t = sv.toks[k].text
            depth += (t == "(") - (t == ")")
            if depth > 0 or t == ")":
                inside.add(k)
        return [k for k in pre if k not in inside] if inside else pre

    def _oblique_phrase(self, toks: list[Tok], pre: list[int]) -> bool:
        """A field opened by an article that its head's gender or the adjective after it
        marks as dative or genitive ("Der englischsprachigen Zeitung"), never a subject."""
        lx, a, b = self.lx, pre[0], pre[-1]
        adj = toks[a + 1].low if a + 1 <= b and not toks[a + 1].cap else ""
        h = next((k for k in range(a + 1, b + 1) if toks[k].cap), None)
        if h is not None and h + 1 <= b and toks[h + 1].cap and toks[h].low.endswith("er") \
                and toks[h].low not in lx.genders and toks[h + 1].low in lx.genders:
            h += 1  # a place adjective before a known noun: "Der Berliner Zeitung"
        head = toks[h].low if h is not None else ""
        # the head is the first noun: names after it ("Der Minister Anna Berg") do not count;
        # a noun listed as plural whose ending is masculine ("Forscher") may be singular
        listed, by_suffix = lx.genders.get(head), lx.syn.gender_by_suffix(head) if head else None
        gender = by_suffix if listed == "pl" and by_suffix == "m" else (listed or by_suffix)
        return not lx.syn.article_can_be_nominative(toks[a].low, gender, adj)

    def _last_noun_gender(self, toks: list[Tok], np_: Span) -> str | None:
        """Gender of the last noun before the phrase's first attachment (German puts the
        head of "Berliner Zeitung" last)."""
        lx, head = self.lx, None
        for k in range(np_[0] + 1, np_[1] + 1):
            if toks[k].low in lx.gen_dets or toks[k].low in lx.of_preps:
                break
            if toks[k].cap:
                head = toks[k].low
        if head is None:
            return None
        return lx.genders.get(head) or lx.syn.gender_by_suffix(head)

    def _fronted_infinitive(self, sv: SentenceView, k: int, anchor: int) -> bool:
        """The one word before a modal verb is its infinitive when it has an infinitive's
        shape and no infinitive closes the clause ("Ausschließen will er nichts"; not "Die
        Grünen wollen 30 Sitze erobern")."""
        lx, toks = self.lx, sv.toks
        if not lx.syn.is_infinitive_shape(toks[k].low):
            return False
        end = next((j for j in range(anchor + 1, len(toks)) if toks[j].text in ",.;:!?"), len(toks))
        last = next((j for j in range(end - 1, anchor, -1) if toks[j].word), None)
        return last is not None and (toks[last].cap or not lx.syn.is_infinitive_shape(toks[last].low))

    def _field_is_no_subject(self, sv: SentenceView, pre: list[int], anchor: int) -> bool:
        """Verb-second order puts one constituent before the verb; it is the subject unless
        it is empty, an adverbial (preposition, adverb, number), an object (a case-marked
        determiner, a demonstrative, a field followed by a nominative-only pronoun) or a
        capitalised sentence-initial adverb."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        if not pre:
            return True
        first = lows[pre[0]]
        if len(pre) == 1 and lx.is_pronoun(first):
            return False  # "Er sagte", "Dieser bestätigte"
        if first in lx.adv_openers or first in lx.prepositions or first in lx.oblique_dets:
            return True
        if len(pre) == 1 and first in lx.object_pronouns:
            return True  # "Ihnen drohen Strafen": a dative
        if first in lx.demonstratives and (len(pre) == 1 or not (
                toks[pre[1]].cap or lx.is_adj(lows[pre[1]], False))):
            return True
        if len(pre) == 1 and not toks[pre[0]].cap and not lx.is_pronoun(first):
            return True
        if len(pre) == 1 and toks[pre[0]].start == sv.start and lx.syn.is_not_noun(first):
            return True  # "Sinngemäß hofft X"
        if len(pre) == 1 and lows[anchor] in lx.after_verbs and self._fronted_infinitive(sv, pre[0], anchor):
            return True  # "Ausschließen möchte der 83-Jährige nichts": the modal's infinitive
        if first in lx.dets and len(pre) > 1 and self._oblique_phrase(toks, pre):
            return True  # "Der Zeitung sagte X": a dative object before the verb
        after = anchor + 1
        return after < len(toks) and lows[after] in lx.nominative_pronouns  # "… nannte er"
