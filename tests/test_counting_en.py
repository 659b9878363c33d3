"""English counting, rule by rule, on sentences of our own: what is counted, the measure,
`who` (group, nationality, place) and increments.

English puts the counted noun after the figure with its modifiers before it ("5,000 North
Korean troops", "300 flooded homes"), or names it before through "of" ("the number of dead
rose to 205", "40 percent of workers"). ``None`` in an expectation means "not checked".
"""

from __future__ import annotations

import pytest

import claimledger

from claims_support import claim_of

PUB = "2025-11-05"


def _claim(sentence: str, fig: str):
    return claim_of(sentence, fig, PUB, lang="en")


# sentence, figure, measure, counted text, group
COUNTED_CASES = [
    ("About 5,000 troops were deployed to the border.", "5,000", "deployed", "troops", "troops"),
    ("Officials said 5,000 North Korean troops had been sent to Russia.", "5,000", "deployed", "troops", "troops"),
    ("At least 12 people were killed in the blast.", "12", "killed", "people", "people"),
    ("The number of dead rose to 205 on Sunday.", "205", "killed", "dead", None),
    ("Some 40 people were injured when the roof collapsed.", "40", "wounded", "people", "people"),
    ("Rescuers said 17 people were still missing.", "17", "missing", "people", "people"),
    ("Around 2,400 residents were evacuated overnight.", "2,400", "displaced", "residents", "residents"),
    ("Police arrested 35 people after the march.", "35", "captured", "people", "people"),
    ("Nearly 10,000 civilians have fled the fighting.", "10,000", "displaced", "civilians", "civilians"),
    ("The outbreak has grown to 61 cases at three schools.", "61", "cases", "cases", None),
    ("Hospitals were treating 37 patients on Monday.", "37", None, "patients", "patients"),
    ("About 30 people were taken to hospital.", "30", "hospitalised", "people", "people"),
    ("More than 4,000 workers went on strike.", "4,000", "participants", "workers", "workers"),
    ("Thousands of protesters marched to parliament.", "Thousands", "participants", "protesters", "people"),
    ("The party won 14 seats in the assembly.", "14", "seats", "seats", None),
    ("Some 450 firefighters were deployed.", "450", "deployed", "firefighters", "aid_workers"),
    ("The storm destroyed 300 homes in the valley.", "300", "damage", "homes", None),
    ("Nearly 40 percent of respondents backed the plan.", "40", "share", "respondents", "respondents"),
    ("The firm's revenue reached $526 million last year.", "526 million", "amount", None, None),
    ("The government announced £10m in aid for the town.", "10m", "aid", None, None),
    # what money measures: the subject, not the recipient of a double object
    ("She said the clean-up would cost the council at least £25m.", "25m", "damage", "clean-up", None),
    ("The funding round brought the start-up $526m.", "526m", "amount", "round", None),
    ("Engineers said the flood wall, built in 2009 for £6m, had been overtopped.", "6m", None, "wall", None),
    ("He was sentenced to four years in prison.", "four", "duration", None, None),
    ("The strike lasted 35 days.", "35", "duration", None, None),
]


@pytest.mark.parametrize("sentence,fig,measure,counted,group", COUNTED_CASES, ids=[c[0][:40] for c in COUNTED_CASES])
def test_counted(sentence: str, fig: str, measure: str | None, counted: str | None, group: str | None) -> None:
    c = _claim(sentence, fig)
    if measure is not None:
        assert c.measure == measure
    if counted is not None:
        assert c.counted is not None and c.counted.text == counted
    if group is not None:
        assert c.who is not None and c.who.group == group


# sentence, figure, nationality, place
WHO_CASES = [
    ("Officials said 5,000 North Korean troops were fighting in Russia.", "5,000", "KP", "RU"),
    ("About 500 people were forced from their homes in Ireland.", "500", None, "IE"),
    ("Some 300 British soldiers were sent to Estonia.", "300", "GB", "EE"),
    ("LONDON (Reuters) - About 1,200 homes were flooded, the agency said.", "1,200", None, "GB"),
    ("More than 2,000 Ukrainians arrived in Poland last week.", "2,000", "UA", "PL"),
]


@pytest.mark.parametrize("sentence,fig,nat,place", WHO_CASES, ids=[c[0][:40] for c in WHO_CASES])
def test_who(sentence: str, fig: str, nat: str | None, place: str | None) -> None:
    c = _claim(sentence, fig)
    assert c.who is not None
    assert (c.who.nationality, c.who.place) == (nat, place)


# increments: "another", "a further", "more" make a figure an addition to an earlier one
INCREMENT_CASES = [
    ("A further 600 people were moved to shelters on Tuesday.", "600", True),
    ("Another 3,000 troops will follow next month.", "3,000", True),
    ("About 3,000 troops were sent in October.", "3,000", False),
]


@pytest.mark.parametrize("sentence,fig,inc", INCREMENT_CASES, ids=[c[0][:30] for c in INCREMENT_CASES])
def test_increment(sentence: str, fig: str, inc: bool) -> None:
    assert _claim(sentence, fig).increment is inc


@pytest.mark.parametrize("sentence,kept", [
    ("He was jailed for five years.", True),
    ("She has lived there for two years.", True),
    ("Two weeks later the bill came.", False),
    ("The council meets every two weeks.", False),
    ("Three days after the crash, police named the driver.", False),
])
def test_a_span_of_time_set_off_from_another_is_no_claim(sentence, kept):
    got = [c for c in claimledger.extract(sentence, published="2025-03-14", lang="en") if c.measure == "duration"]
    assert bool(got) == kept, got


def test_an_article_set_against_a_coordinated_figure_counts_one():
    claims = claimledger.extract("Three soldiers and a civilian were killed.", published=PUB, lang="en")
    assert [(c.text, c.value.low, c.measure) for c in claims] == [("Three", 3, "killed"), ("a", 1, "killed")]
    said = claimledger.extract("Two officers said a witness had fired.", published=PUB, lang="en")
    assert [c.text for c in said] == ["Two"]


@pytest.mark.parametrize("sentence,fig,low,increment", [
    ("Unemployment fell from 5.6 to 5.4 percent.", "5.4", 5.4, False),
    ("Unemployment fell from 5.6 to 5.4 percent.", "5.6", 5.6, False),
    ("Sales fell by 3 percent.", "3", -3, True),
    ("Prices rose 4 percent.", "4", 4, True),
    ("The index rose to 5 percent.", "5", 5, False),
])
def test_levels_changes_and_falls(sentence, fig, low, increment):
    c = claim_of(sentence, fig, PUB, lang="en")
    assert (c.value.low, c.increment) == (low, increment), c


@pytest.mark.parametrize("sentence,fig,measure,counted", [
    ("She signed a 3-year contract.", "3", "duration", "contract"),
    ("A 12-year-old boy was hurt.", "12", "age", None),
    ("Six of the 21 councils voted yes.", "Six", None, "councils"),
])
def test_years_of_a_thing_and_a_part_of_a_whole(sentence, fig, measure, counted):
    c = claim_of(sentence, fig, PUB, lang="en")
    assert measure is None or c.measure == measure, c
    assert counted is None or (c.counted is not None and c.counted.text == counted), c
