"""Hedging: is a figure reported with reservation ("soll", "angeblich", "nicht unabhängig
überprüft")? Decided within the figure's clause, except for hedging phrases, which colour
the whole sentence."""

from __future__ import annotations

from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.tokens import Tok


def hedged(text: str, clause_toks: list[Tok], sent: tuple[int, int], lx: Lexicon) -> bool:
    lows = [t.low for t in clause_toks if t.word]
    if any(w in lx.hedge_words for w in lows):
        return True
    if lx.hedge_phrases and lx.hedge_phrases.search(text, sent[0], sent[1]):
        return True
    for k, w in enumerate(lows):
        if w in lx.modal:
            # a reportative modal, unless the clause is a plan ("soll … gebaut werden"),
            # which a passive ("soll … getötet worden sein") is not
            if lows[-1] in lx.plan_aux and (len(lows) < 2 or lows[-2] not in lx.passive_aux):
                return False
            return True
        if w in lx.modal_past and k > 0 and lows[-1] in lx.perfect_inf and k + 1 < len(lows):
            return True
    return False
