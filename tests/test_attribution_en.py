"""English attribution, rule by rule, on sentences of our own: who says a figure.

English reports with a subject before its verb ("The ministry said 5,000 ..."), a closing
reporting clause in either order (", the ministry said." / ", said the ministry."), the
cue "according to", the passive agent ("was confirmed by"), and pronouns that agree in
natural gender ("She said ...").
"""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-11-05"


def _claim(text: str, fig: str):
    return claim_of(text, fig, PUB, lang="en")


# text, figure, source text (None: no source), source id (None: not checked), cue
SOURCE_CASES = [
    ("The defence ministry said 5,000 troops had been deployed.", "5,000", "defence ministry", None, "said"),
    ("About 5,000 troops were deployed, the defence ministry said on Tuesday.", "5,000", "defence ministry", None, "said"),
    ("About 5,000 troops were deployed, said a spokesperson for the ministry.", "5,000",
     "spokesperson for the ministry", None, "said"),
    ("According to the Environment Agency, 1,200 homes were flooded.", "1,200", "Environment Agency", "gb.ea", "According to"),
    ("Police said two people had died.", "two", "Police", None, "said"),
    ("The union estimated that 4,000 members walked out.", "4,000", "union", None, "estimated"),
    ("The insurers put the damage at £40m.", "40m", "insurers", None, "put"),
    ("Britain's defence ministry said 300 soldiers were sent.", "300", "Britain's defence ministry", "gb.mnd", "said"),
    ("Officials in Kyiv told reporters that 2,000 people were evacuated.", "2,000", "Officials in Kyiv", "ua.officials", "told"),
    ("The figure of 3,000 evacuees was confirmed by the county council.", "3,000", "county council", None, None),
    ("About 300 homes were flooded in the town on Sunday.", "300", None, None, None),
]


@pytest.mark.parametrize("text,fig,src,sid,cue", SOURCE_CASES, ids=[c[0][:40] for c in SOURCE_CASES])
def test_source(text: str, fig: str, src: str | None, sid: str | None, cue: str | None) -> None:
    c = _claim(text, fig)
    if src is None:
        assert c.source is None
        return
    assert c.source is not None and c.source.text == src
    if sid is not None:
        assert c.source.id == sid
    if cue is not None:
        assert c.source.cue == cue


# pronouns resolve to the nearest earlier mention that agrees in natural gender
PRONOUN_CASES = [
    ('"We have never seen water like this," said Margaret Osei, the council\'s chief executive. '
     "She said the clean-up would cost at least £25m.", "25m", "Margaret Osei"),
    ("The Environment Agency issued 35 warnings on Monday. It said 1,800 homes had flooded.",
     "1,800", "Environment Agency"),
]


@pytest.mark.parametrize("text,fig,src", PRONOUN_CASES, ids=["she", "it"])
def test_pronoun(text: str, fig: str, src: str) -> None:
    c = _claim(text, fig)
    assert c.source is not None and c.source.text == src


HEDGE_CASES = [
    ("Some 200 fighters were reportedly killed, the group said.", "200", True),
    ("The claim that 200 fighters were killed could not be independently verified.", "200", True),
    ("Some 200 fighters were killed, the army said.", "200", False),
]


@pytest.mark.parametrize("text,fig,hedged", HEDGE_CASES, ids=[c[0][:30] for c in HEDGE_CASES])
def test_hedged(text: str, fig: str, hedged: bool) -> None:
    assert _claim(text, fig).hedged is hedged
