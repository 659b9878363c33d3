"""Verb forms and clause edges for speech-verb cues: is a listed form the finite verb of its
clause (its separable particle present, not an infinitive or an attributive participle), where
does its clause end, and does it name its speaker through an agent or a prepositional phrase
("wurde von X bestätigt", "geht aus einem Bericht hervor", "im Bericht steht")?

Split from ``verbs`` (which decides whose subject a verb reports) so that each stays small; a
mixin of ``CueFinder`` like ``VerbCues``, reading words only through the ``Lexicon``.
"""

from __future__ import annotations

from typing import Any

from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import Span, np_forward

# a currency sign before a figure: the word before them is an attribute of the amount
_CURRENCY_MARKS = frozenset("$\u00a3\u20ac\u00a5")


class VerbForms:
    """Finite-verb and clause-edge tests, mixed into ``CueFinder`` (which supplies ``make``)."""

    text: str
    pack: Any
    lx: Lexicon

    def make(self, sv: SentenceView, ci: int, cj: int, np_: Span | None, scope: Span,
             verb: bool) -> Cue | None:
        raise NotImplementedError

    def _verb_ok(self, sv: SentenceView, i: int, cs: int, ce: int) -> bool:
        """A listed finite form whose separable particle (if any) is present."""
        lx, lows, low = self.lx, sv.lows, sv.lows[i]
        if low not in lx.verbs:
            return lx.is_participle(lows, i)
        for particle, adjacent in lx.verbs[low]:
            if particle is None:
                return True
            nxt = i + 1
            while adjacent and nxt < ce and lows[nxt] in lx.trail_adv:
                nxt += 1  # "rechnen jedoch mit"
            rng = range(nxt, min(ce, nxt + 1)) if adjacent else range(i + 1, self._main_clause_end(sv, i))
            closes = not adjacent and particle not in lx.open_particles
            if any(lows[k] == particle and (not closes or k + 1 >= len(sv.toks) or not sv.toks[k + 1].word)
                   for k in rng):
                return True  # a separable particle closes its clause ("teilte … mit.")
            if not closes and not adjacent and i > cs and lows[cs] == particle and particle in lx.prepositions:
                return True  # its prepositional object fronted: "Mit 8.000 Kindern rechnet X"
            # the particle may be joined in a verb-final clause ("mitteilte")
            if i > cs and self.text[sv.toks[i - 1].start:sv.toks[i].end].lower() == particle + low:
                return True
            # or written apart before the verb that closes its clause ("wie X bekannt gab")
            if i > cs and lows[i - 1] == particle and self._closes_clause(sv, i):
                return True
        return lx.is_participle(lows, i)

    def _main_clause_end(self, sv: SentenceView, i: int) -> int:
        """Where the clause of a finite verb at i ends for its separable particle: commas of
        an apposition do not end it ("geht nach einem Treffen mit X, Y, davon aus"); a
        complementizer, a subordinator after a comma, or a quotation does."""
        lx, toks = self.lx, sv.toks
        for k in range(i + 1, len(toks)):
            if toks[k].text == "." and toks[k - 1].text[-1:].isdigit() and toks[k - 1].end == toks[k].start:
                continue  # an ordinal ("am 6. Mai"), not the end of the clause
            if sv.inq[k] and not self._inner_quote(sv, k):
                return k
            if toks[k].text in ".;:!?" and not sv.inq[k]:
                return k
            if toks[k - 1].text == "," and (sv.lows[k] in lx.complementizers
                                            or sv.lows[k] in lx.subordinators):
                return k
        return len(toks)

    def _inner_quote(self, sv: SentenceView, k: int) -> bool:
        """A quotation inside a clause ("hält am Plan von „1.920 Stellen“ fest"): a word
        stands right before it and the clause goes on after it with a word, not a comma."""
        a = k
        while a > 0 and sv.inq[a - 1]:
            a -= 1
        b = k
        while b + 1 < len(sv.toks) and sv.inq[b + 1]:
            b += 1
        if a > 0 and not sv.toks[a - 1].word:
            a -= 1  # the opening mark
        b += 1
        if b < len(sv.toks) and not sv.toks[b].word:
            b += 1  # the closing mark
        before = sv.toks[a - 1] if a > 0 else None
        after = sv.toks[b] if b < len(sv.toks) else None
        return before is not None and before.word and after is not None and after.word \
            and not after.cap

    def _not_finite(self, sv: SentenceView, i: int) -> bool:
        """An infinitive with its marker ("zu beklagen") or a participle used as an
        attribute ("nicht näher bezeichneten Kräften": after a determiner or an adjective,
        before a noun or an adjective) is no speech verb."""
        lx, toks = self.lx, sv.toks
        if i > 0 and sv.lows[i - 1] in lx.infinitive_markers:
            return True
        if i == 0 or i + 1 >= len(toks):
            return False
        prev, nxt = toks[i - 1], toks[i + 1]
        before = prev.word and (prev.low in lx.dets or lx.is_adj(prev.low, prev.cap))
        # before a noun, an adjective or a figure ("an estimated £30 million")
        after = (nxt.word and (nxt.cap or lx.is_adj(nxt.low, nxt.cap))) or nxt.text[0].isdigit() \
            or nxt.text in _CURRENCY_MARKS
        return before and after and lx.syn.is_adjective(sv.lows[i])

    def _governed_infinitive(self, sv: SentenceView, pre: list[int], anchor: int) -> bool:
        """"dass X nicht kommen werde, allerdings wolle man darüber sprechen": a verb that
        closes a stretch opened by a subordinator is no verb-final finite verb when a modal
        stands before it (a verb-final clause puts its modal after the infinitive): the
        subject after the subordinator is not its speaker. A relative pronoun that is also
        an article opens a main clause instead ("Die SPD will … festhalten"), whose subject
        the verb-final reading finds all the same."""
        lx = self.lx
        return bool(pre) and sv.lows[pre[0]] not in lx.dets \
            and any(sv.lows[k] in lx.infinitive_governors for k in pre if k < anchor)

    def _closes_clause(self, sv: SentenceView, i: int) -> bool:
        """The finite verb of a verb-final clause closes it: at most an auxiliary follows
        (an article does not: "das teilte das Institut mit" is verb-second)."""
        toks, k, lx = sv.toks, i + 1, self.lx
        if k < len(toks) and toks[k].word and not toks[k].cap and toks[k].low not in lx.dets:
            if toks[k].low in lx.personal_pronouns:
                return False  # "Als Faustregel empfiehlt er, …": its subject follows (verb-second)
            k += 1  # "… mitgeteilt hatte"
        return not (k < len(toks) and toks[k].word)

    def _passive_agent(self, sv: SentenceView, i: int, cs: int, ce: int) -> Cue | None:
        """A speech verb in the passive names its speaker as the agent: "Die Pläne wurden
        von der Ministerin als unrealistisch bezeichnet" -> the Ministerin."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        if not lx.is_participle(lows, i) or not any(lows[k] in lx.passive_aux for k in range(0, ce)):
            return None
        if lx.agent_after:  # "was confirmed by the council"
            agent = i + 1
            np_ = np_forward(toks, agent + 1, lx) if agent < ce and lows[agent] in lx.agent_preps else None
            if np_ is None or not any(toks[k].cap for k in range(np_[0], np_[1] + 1)):
                return None
        else:
            for agent in range(i - 1, -1, -1):  # appositions and dates may stand between
                if lows[agent] not in lx.agent_preps or (agent > 0 and toks[agent - 1].cap):
                    continue  # "die Internetseite von X" is an attribute, not the agent
                np_ = np_forward(toks, agent + 1, lx)
                if np_ is not None and np_[1] < i and any(toks[k].cap for k in range(np_[0], np_[1] + 1)):
                    break
            else:
                return None
        c = self.make(sv, i, i, np_, (sv.start, sv.end), True)
        if c is not None:
            c.scope = (sv.start, sv.end)
        return c

    def _prep_source(self, sv: SentenceView, i: int, cs: int) -> Cue | None:
        """Verbs whose source is a prepositional phrase, with their particle present:
        "Dies geht aus einem Bericht der Behörde hervor" -> "Bericht der Behörde"."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        prep = lx.source_preps.get((lows[i], ""))
        if prep is not None:
            # verb-final: "wie aus einem Bericht der Behörde hervorgeht"; else after the verb
            # in its clause: "Das steht im Bericht des Rechnungshofs", "…, steht im Bericht"
            j = next((m for m in range(cs, i) if lows[m] in prep), None)
            np_ = np_forward(toks, j + 1, lx) if j is not None else None
            if j is None and lows[i] in lx.prep_only:
                j = next((m for m in range(i + 1, self._main_clause_end(sv, i)) if lows[m] in prep), None)
                np_ = np_forward(toks, j + 1, lx) if j is not None else None
            elif np_ is not None and np_[1] >= i:
                return None
            if np_ is None:
                return None
            # "In Berlin steht …" is a place; "Im Bericht steht, dass …" a report, and so is
            # what a report noun before the verb comes from ("Die Zahlen stammen vom Amt")
            field = range(cs, i) if j > i and lows[cs] not in lx.prepositions \
                and lows[cs] not in lx.article_preps else range(0)  # not "Mit 21 Meldungen stammte …"
            if lows[i] in lx.prep_only and not any(
                    toks[k].cap and lx.is_doc_noun(toks[k].low) for k in [*range(np_[0], np_[1] + 1), *field]):
                return None
            return self.make(sv, i, i, np_, (sv.start, sv.end), True)
        end = self._main_clause_end(sv, i)
        for k in range(i + 1, end):
            prep = lx.source_preps.get((lows[i], lows[k]))
            if prep is None:
                continue
            j = next((m for m in range(i + 1, k) if lows[m] in prep), None)
            np_ = np_forward(toks, j + 1, lx) if j is not None else None
            if np_ is None or np_[1] >= k:
                return None
            c = self.make(sv, i, i, np_, (sv.start, sv.end), True)
            return c
        return None
