"""English time expressions and sentences: table-driven cases on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import claimledger
from claimledger.extract.sentences import split_sentences
from claimledger.extract.timex import find_times
from claimledger.ingest.dateline import find_dateline
from claimledger.lang import load_pack

PACK = load_pack("en")
PUB = date(2025, 11, 5)  # a Wednesday

# sentence, expected expression text, first, last, kind (None: not checked)
CASES = [
    ("The river burst its banks on Sunday.", "on Sunday", "2025-11-02", "2025-11-02", None),
    ("Last week 300 homes were flooded.", "Last week", "2025-10-27", "2025-11-02", None),
    ("Two weeks ago the rain began.", "Two weeks ago", "2025-10-20", "2025-10-26", None),
    ("The agency said on March 3, 2025 that it had counted them.", "on March 3, 2025", "2025-03-03", "2025-03-03", "absolute"),
    ("The wall was built on 3 March 2009.", "on 3 March 2009", "2009-03-03", "2009-03-03", "absolute"),
    ("Troops arrived in early October.", "in early October", "2025-10-01", "2025-10-10", None),
    ("Prices rose late last year.", "late last year", "2024-10-01", "2024-12-31", None),
    ("So far 20 people have died.", "So far", "2025-11-05", "2025-11-05", "now"),
    ("In 2024 there were 12 floods.", "In 2024", "2024-01-01", "2024-12-31", "absolute"),
    ("Sales fell this year.", "this year", "2025-01-01", "2025-12-31", None),
    ("Arrivals doubled since January.", "since January", "2025-01-01", "2025-11-05", "since"),
    ("The count was published yesterday.", "yesterday", "2025-11-04", "2025-11-04", None),
    ("The clean-up should be finished by the end of the year.", "by the end of the year", None, "2025-12-31", "future"),
]


@pytest.mark.parametrize("sentence,text,first,last,kind", CASES, ids=[c[1] for c in CASES])
def test_time(sentence: str, text: str, first: str | None, last: str, kind: str | None) -> None:
    got = {t.text: t for t in find_times(sentence, PACK, PUB)}
    assert text in got, f"{text!r} not in {list(got)}"
    t = got[text]
    if first is not None:
        assert t.first.isoformat() == first
    assert t.last.isoformat() == last
    if kind is not None:
        assert t.kind == kind


def test_modal_may_is_no_month() -> None:
    (c,) = claimledger.extract("Officials said 300 people may have died.", published=PUB, lang="en")
    assert (c.time.start, c.time.end) == (PUB, PUB)


def test_claim_time_is_the_nearest_expression() -> None:
    (c,) = claimledger.extract("Some 600 people were moved to shelters on Tuesday, the council said.",
                               published=PUB, lang="en")
    assert (c.time.start, c.time.end) == (date(2025, 11, 4), date(2025, 11, 4))


# sentence splitting: abbreviations do not end a sentence
SPLIT_CASES = [
    ("Mr. Smith said 40 people died. The U.S. sent 300 troops.", 2),
    ("Gen. Brown arrived on Jan. 5. He said 40 soldiers were hurt.", 2),
    ("Water rose 2.5 metres. Roads were closed.", 2),
]


@pytest.mark.parametrize("text,n", SPLIT_CASES, ids=[c[0][:20] for c in SPLIT_CASES])
def test_sentences(text: str, n: int) -> None:
    assert len(split_sentences(text, PACK)) == n


# datelines: a publication date the article writes about itself
DATELINES = [
    ("Published: 3 March 2025\n\nFloods hit the town.", date(2025, 3, 3)),
    ("LONDON, March 3, 2025 (NWS) - Floods hit the town.", date(2025, 3, 3)),
    ("Floods hit the town on March 3, 2025, officials said.", None),
]


@pytest.mark.parametrize("text,expected", DATELINES, ids=["cue", "wire", "event"])
def test_dateline(text: str, expected: date | None) -> None:
    got = find_dateline(text, PACK)
    assert (got[0] if got else None) == expected


def test_a_comparisons_base_is_not_the_figures_time():
    (c,) = claimledger.extract("Hospitals treated 31 runners, far more than last year.", published=PUB, lang="en")
    assert (c.time.start, c.time.end) == (PUB, PUB)
