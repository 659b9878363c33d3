"""A speech verb's participle used as an attribute with its agent: "die von Minister X
genannten drei Millionen", "der vom Verband geschätzte Schaden von 40 Millionen". The agent
after "von" states the figures of the noun phrase the participle opens, up to the next
coordinator or punctuation mark; the speaker of the clause around it does not.

A mixin of ``CueFinder`` like ``VerbCues``, reading words only through the ``Lexicon``
(agent prepositions, determiners, participles) and the pack's ``participle_base`` hook.
"""

from __future__ import annotations

from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import Span, np_forward


class AttributeCues:
    """Cues of participle attributes with an agent, mixed into ``CueFinder``."""

    lx: Lexicon

    def make(self, sv: SentenceView, ci: int, cj: int, np_: Span | None, scope: Span,
             verb: bool) -> Cue | None:
        raise NotImplementedError

    def _agent_attribute(self, sv: SentenceView, i: int) -> Cue | None:
        """At an agent preposition ``i`` right after an article: the agent, its participle,
        and the stretch of the attributed phrase as the cue's scope."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        if i == 0 or lows[i - 1] not in lx.dets or sv.inq[i]:
            return None
        np_ = np_forward(toks, i + 1, lx)
        p = np_[1] + 1 if np_ is not None else len(toks)
        if np_ is None or p + 1 >= len(toks) or toks[p].cap \
                or lx.syn.participle_base(lows[p]) not in lx.participles \
                or not any(toks[k].cap for k in range(np_[0], np_[1] + 1)):
            return None
        end = self._phrase_end(sv, p + 1)
        if end == p + 1:
            return None
        c = self.make(sv, p, p, np_, (toks[p].end, toks[end - 1].end), True)
        if c is not None:
            c.local = True
        return c

    def _phrase_end(self, sv: SentenceView, k: int) -> int:
        """Where the phrase an attribute opens at ``k`` ends: at a coordinator or a
        punctuation mark, or at the first lower-case word after its head noun that no
        attachment opens ("der geschätzte Schaden von 40 Millionen Euro | ist hoch")."""
        lx, toks, lows = self.lx, sv.toks, sv.lows
        head = False
        for j in range(k, len(toks)):
            if lows[j] in lx.conj or toks[j].text in ",;:.!?()":
                return j
            if toks[j].cap:
                head = True
            elif head and toks[j].word and not toks[j].text[0].isdigit() and lows[j] not in lx.dets \
                    and lows[j] not in lx.prepositions and lows[j] not in lx.of_preps \
                    and lows[j] not in lx.gen_dets and lows[j] not in lx.article_preps:
                return j
        return len(toks)
