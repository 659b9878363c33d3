"""Ledger records as compact JSON text, written straight from their fields.

The parallel driver's workers turn every record into the text that ends up in the ledger file
(:mod:`claimledger.reconcile.runs`). ``json.JSONEncoder.encode(record.to_json())`` first builds
a dict (and one list per list of claim ids) and then walks it item by item; at ten million
claims that is hundreds of millions of claim ids, each escaped and joined on its own. Here a
record's text is formatted from its fields in the order ``to_json`` gives them, and a list of
claim ids that needs no escaping (ids rarely hold a quote, a backslash or a control
character) is one ``join``.

The text is exactly what ``json.JSONEncoder(ensure_ascii=False, allow_nan=False)`` writes for
``record.to_json()`` (tested with hypothesis): strings through the encoder's own escaping
function, numbers as ``float.__repr__``/``int.__repr__`` as the encoder does, and anything of
another type — or a NaN, which must raise as before — handed to that encoder itself.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from claimledger.model import (Candidate, Disagreement, Estimate, Gap, Relation, Series,
                               TimeSpan, Update, _num)

# what json.dumps(obj, ensure_ascii=False, allow_nan=False) uses
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_STR: Callable[[str], str] = json.encoder.encode_basestring   # the encoder's own escaping
# what that escaping changes besides quotes (ensure_ascii=False: backslashes, control chars)
_ESCAPED = re.compile(r'[\\\x00-\x1f]')


def value(x: Any) -> str:
    """One JSON value as the encoder writes it."""
    t = type(x)
    if t is str:
        return _STR(x)
    if x is None:
        return "null"
    if t is bool:
        return "true" if x else "false"
    if t is int:
        return int.__repr__(x)
    if t is float and math.isfinite(x):
        return float.__repr__(x)
    return _ENCODER.encode(x)   # other types, and NaN or infinity (an error, as before)


def strings(xs: Sequence[Any]) -> str:
    """A list of strings (claim ids, source keys): one join when none needs escaping."""
    if not xs:
        return "[]"
    try:
        joined = '", "'.join(xs)
    except TypeError:
        return _ENCODER.encode(list(xs))
    if (joined.count('"') == 2 * (len(xs) - 1) and "\\" not in joined
            and (joined.isprintable() or _ESCAPED.search(joined) is None)):
        return '["' + joined + '"]'
    return _ENCODER.encode(list(xs))


def _number(x: float | None) -> str:
    """``value(_num(x))``: a whole float as an integer; the usual finite float written
    without the two calls (anything else, an infinity included, goes through them)."""
    if type(x) is float and math.isfinite(x):
        return int.__repr__(int(x)) if x.is_integer() and abs(x) < 2**63 else float.__repr__(x)
    return value(_num(x))


def _time(t: TimeSpan | None) -> str:
    if t is None:
        return "null"
    return _span(t.start, t.end)


@lru_cache(maxsize=1 << 14, typed=True)
def _span(start: Any, end: Any) -> str:
    """A period's text: estimates of a corpus share a few thousand periods."""
    return f'{{"start": "{start.isoformat()}", "end": "{end.isoformat()}"}}'


def estimate_text(e: Estimate) -> str:
    """``Estimate.to_json`` as text."""
    return (f'{{"low": {_number(e.low)}, "high": {_number(e.high)}, "bound": {value(e.bound)}, '
            f'"increment": {value(e.increment)}, "best": {_number(e.best)}, '
            f'"time": {_time(e.time)}, "claims": {strings(e.claims)}, '
            f'"sources": {strings(e.sources)}, "n_outlets": {value(e.n_outlets)}, '
            f'"named_source": {value(e.named_source)}, "why": {value(e.why)}}}')


def series_text(s: Series) -> str:
    """``Series.to_json`` as text."""
    w = s.who
    return (f'{{"subject": {value(s.subject)}, "measure": {value(s.measure)}, '
            f'"who": {{"group": {value(w.group)}, "nationality": {value(w.nationality)}, '
            f'"place": {value(w.place)}}}, "unit": {value(s.unit)}, '
            f'"comparable": {value(s.comparable)}, "n_claims": {value(s.n_claims)}, '
            f'"estimates": [{", ".join(map(estimate_text, s.estimates))}], '
            f'"why": {value(s.why)}}}')


@lru_cache(maxsize=1 << 12, typed=True)   # typed: True and 1 write differently
def _head(subject: Any, measure: Any, unit: Any) -> str:
    """The opening fields of a series' records — the same in every record of the series,
    formatted once: a large series has thousands of disagreements and updates."""
    return (f'{{"subject": {value(subject)}, "measure": {value(measure)}, '
            f'"unit": {value(unit)}, ')


def disagreement_text(d: Disagreement) -> str:
    """``Disagreement.to_json`` as text."""
    return (f'{_head(d.subject, d.measure, d.unit)}"increment": {value(d.increment)}, '
            f'"period": {value(d.period)}, "claims": {strings(d.claims)}, '
            f'"sides": [{", ".join(map(strings, d.sides))}], "why": {value(d.why)}}}')


def update_text(u: Update) -> str:
    """``Update.to_json`` as text."""
    return (f'{_head(u.subject, u.measure, u.unit)}"from": {strings(u.from_)}, '
            f'"to": {strings(u.to)}, "why": {value(u.why)}}}')


def relation_text(r: Relation) -> str:
    """``Relation.to_json`` as text."""
    return (f'{{"kind": {value(r.kind)}, {_head(r.subject, r.measure, r.unit)[1:]}'
            f'"parts": {strings(r.parts)}, "total": {strings(r.total)}, "why": {value(r.why)}}}')


def candidate_text(c: Candidate) -> str:
    """``Candidate.to_json`` as text."""
    return (f'{{"value": {_number(c.value)}, "bound": {value(c.bound)}, '
            f'"claims": {strings(c.claims)}, "consistent": {strings(c.consistent)}, '
            f'"why": {value(c.why)}, "confidence": {value(c.confidence)}}}')


def gap_text(g: Gap) -> str:
    """``Gap.to_json`` as text."""
    return (f'{{"claim": {value(g.claim)}, "subject": {value(g.subject)}, '
            f'"measure": {value(g.measure)}, '
            f'"candidates": [{", ".join(map(candidate_text, g.candidates))}], '
            f'"why": {value(g.why)}}}')


_WRITERS: dict[type, Callable[[Any], str]] = {
    Series: series_text, Disagreement: disagreement_text, Update: update_text,
    Relation: relation_text, Gap: gap_text,
}


def record_text(record: Any) -> str:
    """A ledger record as the compact JSON ``json.dumps(record.to_json(), ensure_ascii=False,
    allow_nan=False)`` gives (records of other types go through exactly that)."""
    write = _WRITERS.get(type(record))
    return write(record) if write is not None else _ENCODER.encode(record.to_json())


__all__ = ["record_text", "strings", "value"]
