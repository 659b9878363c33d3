"""Ledger records written as text (reconcile/ledger_text.py) are exactly the compact JSON that
``json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False)`` gives: for any strings
(quotes, backslashes, control characters, non-ASCII), numbers, None and empty lists; and NaN
still raises."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.model import (Candidate, Disagreement, Estimate, Gap, Relation, Series,
                               TimeSpan, Update, Who)
from claimledger.reconcile.ledger_text import record_text, strings

texts = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                       blacklist_categories=("Cs",)), max_size=8)
plain = st.text(alphabet="abc:-_0123456789äß€", max_size=10)
some_text = st.one_of(texts, plain)
maybe = st.one_of(st.none(), some_text)
ids = st.lists(st.one_of(plain, texts), max_size=4)
numbers = st.one_of(st.none(), st.integers(-10**15, 10**15),
                    st.floats(allow_nan=False, allow_infinity=False, width=64))
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
spans = st.one_of(st.none(), st.builds(TimeSpan, days, days))
whos = st.builds(Who, maybe, maybe, maybe)

estimates = st.builds(Estimate, numbers, numbers, some_text, st.booleans(), numbers, spans, ids,
                      ids, st.integers(0, 99), st.booleans(), some_text)
series = st.builds(Series, maybe, some_text, maybe, whos, st.booleans(), st.integers(0, 10**6),
                   st.lists(estimates, max_size=3), some_text)
disagreements = st.builds(Disagreement, maybe, some_text, maybe, st.booleans(), some_text, ids,
                          st.lists(ids, max_size=2), some_text)
updates = st.builds(Update, maybe, some_text, maybe, ids, ids, some_text)
relations = st.builds(Relation, some_text, maybe, some_text, maybe, ids, ids, some_text)
candidates = st.builds(Candidate, numbers, some_text, ids, ids, some_text,
                       st.floats(0, 1, allow_nan=False))
gaps = st.builds(Gap, some_text, maybe, some_text, st.lists(candidates, max_size=3), some_text)
records = st.one_of(series, disagreements, updates, relations, gaps)

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


@settings(max_examples=500, deadline=None)
@given(records)
def test_record_text_is_the_encoders_json(record) -> None:
    assert record_text(record) == _ENCODER.encode(record.to_json())


@given(st.lists(texts, max_size=6))
def test_lists_of_strings(xs) -> None:
    assert strings(xs) == _ENCODER.encode(xs)


def test_nan_still_raises_and_odd_types_go_through_the_encoder() -> None:
    with pytest.raises(ValueError):
        record_text(Estimate(math.nan, 1.0, "exact"))   # not a ledger record: to_json path
    with pytest.raises(ValueError):
        record_text(Series("s", "killed", estimates=[Estimate(math.nan, 1.0, "exact")]))
    odd = Update("s", "killed", None, ["a", 3], ("b",), "why")   # type: ignore[list-item]
    assert record_text(odd) == _ENCODER.encode(odd.to_json())
