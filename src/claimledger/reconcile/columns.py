"""A bucket's series grouped straight from its Arrow columns, without a Claim per row.

A worker of the parallel driver (:mod:`claimledger.reconcile.parallel`) used to turn every row
of its bucket into a :class:`~claimledger.model.Claim` (with its value, time span, source and
``who`` objects) only to reduce it at once to an :class:`~claimledger.reconcile.series.Obs`
and a series key: two objects and a dozen attribute reads per claim, for millions of claims.
Here the columns are read as Python lists and each row becomes its ``Obs`` directly
(:func:`~claimledger.reconcile.series.make_obs`, the function ``to_obs`` itself uses), while
what is shared by many rows is computed once per distinct value:

* the series key, per distinct combination of the fields it reads (measure, unit, subject,
  ``who``, placeholder and the document's place) — by
  :func:`~claimledger.reconcile.series.raw_series_key` on a claim with just those fields and
  the story pre-pass's :meth:`~claimledger.reconcile.story.StoryContext.resolve`, exactly as
  :func:`~claimledger.reconcile.series.series_key` does;
* the source facts (:func:`~claimledger.reconcile.series.source_facts`), per distinct source,
  or per outlet and document where no source is named;
* day ordinals, computed in Arrow for whole columns.

The result equals ``group_series`` of the claims the rows stand for (tested).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from operator import attrgetter
from typing import Any

from claimledger.model import Claim, Source, Value, Who
from claimledger.reconcile.series import (INF, Obs, SeriesGroup, SeriesKey, _label, _outlet_tag,
                                          raw_series_key, source_facts, value_interval)
from claimledger.reconcile.story import StoryContext

_PLAIN = ("id", "doc_id", "span", "placeholder", "unit", "measure", "subject", "increment",
          "outlet", "published")
_STRUCTS = ("value", "source", "time", "who")


_EPOCH = date(1970, 1, 1).toordinal()


def _pylist(arr: Any) -> list[Any]:
    """A column as a list; dates as day ordinals (what reconciliation compares), computed
    in Arrow instead of one ``date`` object and one ``toordinal`` call per value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_date32(arr.type):
        return pc.add(arr.cast(pa.int32()), _EPOCH).to_pylist()
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        # one str object per distinct value, not per row: a bucket repeats a few measures,
        # places, sources and outlets, and the memo keys of add_batch then hash each
        # string once (str caches its hash) instead of once per row
        # (each row's value picked in numpy: no Python int per row for its index)
        import numpy as np

        enc = arr.dictionary_encode()
        values = enc.dictionary.to_pylist()
        values.append(None)
        table = np.empty(len(values), dtype=object)
        table[:] = values
        return table.take(enc.indices.fill_null(len(values) - 1).to_numpy()).tolist()
    return arr.to_pylist()


def _spans(arr: Any) -> list[tuple[int, ...] | None]:
    """A column of spans (lists of two integers) as tuples: from the flat values when every
    span has two and none is null, instead of a list object per row and a tuple of it."""
    import pyarrow.compute as pc

    if len(arr) and arr.null_count == 0:
        n = pc.list_value_length(arr)
        if pc.min(n).as_py() == 2 and pc.max(n).as_py() == 2:
            flat = arr.flatten().to_pylist()
            return list(zip(flat[0::2], flat[1::2]))
    return [None if x is None else tuple(x) for x in arr.to_pylist()]


def columns(batch: Any) -> dict[str, list[Any]]:
    """A record batch as Python lists, one per column and per field of a struct column
    (``value.low``; ``source`` is None where the whole struct is) — far cheaper than a dict
    per row. Dates become day ordinals, spans tuples; what :func:`make_obs` would make of a
    row's flags, bound and period is made here for whole columns (:func:`_row_facts`)."""
    cols = {name: _pylist(batch.column(name)) if name != "id" else batch.column(name).to_pylist()
            for name in _PLAIN if name not in _DERIVED}   # ids are all distinct: nothing to share
    cols["span"] = _spans(batch.column("span"))
    if "doc_place" in batch.schema.names:   # the planner's buckets carry it (partition.py)
        cols["doc_place"] = _pylist(batch.column("doc_place"))
    for name in _STRUCTS:
        arr = batch.column(name)
        if name == "source":
            cols[name] = arr.is_valid().to_pylist()
        for f, child in zip(arr.type, arr.flatten()):
            if name != "time" and (name, f.name) != ("value", "bound"):
                cols[f"{name}.{f.name}"] = _spans(child) if f.name == "span" else _pylist(child)
    cols.update(_row_facts(batch))
    return cols


#: columns :func:`columns` derives from others instead of reading as they are
_DERIVED = ("span", "placeholder", "increment")


def _row_facts(batch: Any) -> dict[str, list[Any]]:
    """What :func:`make_obs` makes of each row, for whole columns in Arrow: the flags as
    bools (None is False), the bound ``exact`` where the row has no value, and the period
    as day ordinals in order (reversed ends swapped) or, where its start or end is
    unknown, the publication day for both (:func:`_days`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    out = {}
    for name in ("placeholder", "increment"):
        arr = batch.column(name)
        out[name] = (arr.fill_null(False).to_pylist() if pa.types.is_boolean(arr.type)
                     else [x is True for x in arr.to_pylist()])
    value = batch.column("value")
    bound = value.flatten()[value.type.get_field_index("bound")]
    out["value.bound"] = _pylist(pc.if_else(value.is_valid(), bound,
                                            pa.scalar("exact", bound.type)))
    out["t0"], out["t1"] = _days(batch)
    return out


def _days(batch: Any) -> tuple[list[Any], list[Any]]:
    """Each row's first and last day (ordinals), as :func:`make_obs` takes them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    time = batch.column("time")
    start, end = (time.flatten()[time.type.get_field_index(f)] for f in ("start", "end"))
    pub = batch.column("published")
    if not all(pa.types.is_date32(a.type) for a in (start, end, pub)):
        return _days_of_lists(_pylist(start), _pylist(end), _pylist(pub))
    start, end, pub = (a.cast(pa.int32()) for a in (start, end, pub))
    unknown = pc.or_(start.is_null(), end.is_null())
    return tuple(pc.add(pc.if_else(unknown, pub, f(start, end)), _EPOCH).to_pylist()
                 for f in (pc.min_element_wise, pc.max_element_wise))   # type: ignore[return-value]


def _days_of_lists(t0s: list[Any], t1s: list[Any], pubs: list[Any]
                   ) -> tuple[list[Any], list[Any]]:
    """:func:`_days` of columns that are not dates in Arrow (compared as they are)."""
    out0, out1 = [], []
    for t0, t1, pub in zip(t0s, t1s, pubs):
        if t0 is None or t1 is None:
            t0 = t1 = pub
        elif t0 > t1:
            t0, t1 = t1, t0
        out0.append(t0)
        out1.append(t1)
    return out0, out1


_MISSING = object()


class _Memo:
    """One computation per distinct key: many rows share a series key, a source, an
    outlet, a figure, a label. Plain dicts, looked up inline by :func:`add_batch` (no
    closure per row)."""

    def __init__(self) -> None:
        self.keys: dict[tuple[Any, ...], SeriesKey | None] = {}
        self.sources: dict[tuple[Any, ...], tuple[str, str, str, bool]] = {}
        self.outlets: dict[tuple[Any, ...], tuple[str, str, str, bool]] = {}
        self.intervals: dict[tuple[Any, ...], tuple[str, float, float, float | None]] = {}
        self.tags: dict[str, str | None] = {}
        self.labels: dict[str, str] = {}


def _make_key(context: StoryContext, measure: str | None, unit: str | None,
              subject: str | None, group: str | None, nat: str | None, place: str | None,
              ph: bool, doc_place: str | None) -> SeriesKey | None:
    """The series key as :func:`group_series` files the claim (placeholders without one get
    the catch-all key); :func:`add_batch` asks once per distinct combination of its inputs."""
    c = Claim(id="", doc_id="", span=(0, 0), text="", sentence="", value=Value(None, None),
              placeholder=ph, unit=unit, measure=measure or "other", subject=subject,
              who=Who(group, nat, place))
    key = raw_series_key(c, doc_place)
    if key is not None:
        return context.resolve(key)
    return ("other", unit or "", "", "", "", "", "subject") if ph else None


def _source_facts(sk: tuple[Any, ...]) -> tuple[str, str, str, bool]:
    """:func:`source_facts` of a named source given as (text, span, id, kind, cue, label)."""
    return source_facts(_sourced(Source(sk[0] or "", *sk[1:])))


def _sourced(src: Source | None, outlet: str | None = None, doc_id: str = "") -> Claim:
    """A claim with just what :func:`source_facts` reads."""
    return Claim(id="", doc_id=doc_id, span=(0, 0), text="", sentence="", value=Value(None, None),
                 source=src, outlet=outlet)


#: the columns :func:`add_batch` reads, in the order its loop unpacks them
_ROW = ("id", "doc_id", "measure", "unit", "subject", "who.group", "who.nationality",
        "who.place", "placeholder", "increment", "span", "value.bound", "value.low",
        "value.high", "t0", "t1", "published", "outlet", "source", "source.text",
        "source.span", "source.id", "source.kind", "source.cue", "source.label")


def _group_of(groups: dict[SeriesKey, SeriesGroup], keys: dict[tuple[Any, ...], Any],
              context: StoryContext, kin: tuple[Any, ...]) -> SeriesGroup | None:
    """The group of a claim with the key inputs ``kin`` (made when new); None when such a
    claim belongs to no series."""
    key = keys.get(kin, _MISSING)
    if key is _MISSING:
        key = keys[kin] = _make_key(context, *kin)
    if key is None:
        return None
    g = groups.get(key)
    if g is None:
        g = groups[key] = SeriesGroup(key, [], [], {})
    return g


def _doc_places(cols: dict[str, list[Any]], context: StoryContext) -> list[Any]:
    """Each row's document place: the planner's column, else the story pre-pass's table."""
    doc_places = cols.get("doc_place")
    if doc_places is None:
        places = context.places
        doc_places = [places.get(str(d)) for d in cols["doc_id"]]
    return doc_places


def add_batch(groups: dict[SeriesKey, SeriesGroup], cols: dict[str, list[Any]],
              context: StoryContext, memo: _Memo) -> int:
    """File the rows of one batch (:func:`columns`) into ``groups`` (unsorted); returns how
    many rows. Each row becomes its ``Obs`` as ``to_obs`` reduces its claim (:func:`make_obs`,
    inlined: a call and three cache look-ups per row cost more than the rest of it; flags,
    bound and period come made for whole columns); the series key, the source facts, the
    value interval, the outlet tag and the label are computed once per distinct value of
    what they read (:class:`_Memo`). One pass over the zipped columns."""
    keys, sources, outlets, intervals = memo.keys, memo.sources, memo.outlets, memo.intervals
    tags, labels = memo.tags, memo.labels
    n = 0
    by_kin: dict[tuple[Any, ...], SeriesGroup | None] = {}   # this batch's: key and group
    for (cid, doc, measure, unit, subject, group, nat, place, ph, inc, span, bound, low, high,
         t0, t1, pub, outlet, has_src, s_text, s_span, s_id, s_kind, s_cue, s_label,
         doc_place) in zip(*(cols[c] for c in _ROW), _doc_places(cols, context)):
        n += 1
        if type(doc) is not str:   # (str() of a str is the str itself, but a call)
            doc = str(doc)
        kin = (measure, unit, subject, group, nat, place, ph, doc_place)
        g = by_kin.get(kin, _MISSING)   # type: ignore[arg-type]
        if g is _MISSING:
            g = by_kin[kin] = _group_of(groups, keys, context, kin)
        if g is None:
            continue
        facts = None
        if has_src:   # a named source: its facts are its own
            sk = (s_text, s_span or None, s_id, s_kind, s_cue, s_label)   # spans: tuples
            if s_id or (s_text and s_text.strip()):
                facts = sources.get(sk) or _memo_facts(sources, sk)
        if facts is None:   # else the outlet speaks for itself, per outlet and document
            facts = outlets.get((outlet, doc)) or _memo_outlet(outlets, outlet, doc)
        if ph:
            kind, lo, hi, val = _VAGUE
        else:   # a column has one type: 1000 and 1000.0 never meet in one memo
            kind, lo, hi, val = intervals.get((bound, low, high)) or _interval(
                intervals, bound, low, high)
        tag = tags.get(outlet, _MISSING) if outlet else None
        if tag is _MISSING:
            tag = tags[outlet] = _outlet_tag(outlet)
        label = (labels.get(subject) or labels.setdefault(subject, _label(subject))
                 ) if subject else None
        if cid.__class__ is not str:
            cid = str(cid)
        o = Obs(cid, (cid, doc, span, bound, -INF if low is None else low,
                      -INF if high is None else high), kind, bound, low, high, lo, hi, val,
                t0, t1, inc, pub, *facts, tag or f"d:{doc}", ph, label, unit)
        if label:
            g.labels[label] = g.labels.get(label, 0) + 1
        (g.placeholders if ph else g.obs).append(o)
    return n


def _memo_facts(memo: dict[tuple[Any, ...], Any], sk: tuple[Any, ...]
                ) -> tuple[str, str, str, bool]:
    """:func:`_source_facts` of ``sk``, kept in ``memo``."""
    facts = memo[sk] = _source_facts(sk)
    return facts


def _memo_outlet(memo: dict[tuple[Any, ...], Any], outlet: str | None, doc: str
                 ) -> tuple[str, str, str, bool]:
    """The facts of the outlet speaking for itself in document ``doc``, kept in ``memo``."""
    facts = memo[outlet, doc] = source_facts(_sourced(None, outlet, doc))
    return facts


def _interval(memo: dict[tuple[Any, ...], Any], bound: str, low: Any, high: Any
              ) -> tuple[str, float, float, float | None]:
    """:func:`value_interval` as :func:`make_obs` takes it (none: vague), kept in ``memo``."""
    iv = memo[bound, low, high] = value_interval(bound, low, high) or _VAGUE
    return iv


_VAGUE = ("vague", -INF, INF, None)


def group_batches(batches: Any, context: StoryContext) -> tuple[dict[SeriesKey, SeriesGroup], int]:
    """The series of the claims in Arrow record ``batches``, as :func:`group_series` makes
    them with the story pre-pass ``context``; and how many claims were read."""
    import pyarrow as pa
    import pyarrow.compute as pc

    groups: dict[SeriesKey, SeriesGroup] = {}
    memo = _Memo()
    n = 0
    ids, distinct = [], True
    for batch in coalesced(batches):
        # each batch's distinct ids (new buffers: a column of the batch itself would keep
        # all of the batch's IPC buffers alive)
        found = pc.unique(batch.column("id"))
        distinct = distinct and len(found) == batch.num_rows and found.null_count == 0
        ids.append(found)
        n += add_batch(groups, columns(batch), context, memo)
    # an Obs' sort_key opens with its id: where no id is there twice (nor missing), the
    # order by id alone is the same (strings compare faster than tuples)
    key = _SORT_KEY
    if distinct and ids and pc.count_distinct(pa.chunked_array(ids)).as_py() == n:
        key = _ID
    for g in groups.values():
        g.obs.sort(key=key)
        g.placeholders.sort(key=key)
    return groups, n


_SORT_KEY, _ID = attrgetter("sort_key"), attrgetter("id")

#: rows of a batch handed to :func:`columns`: a bucket file holds a small batch per batch
#: the planner streamed (a few thousand rows: its batches are cut among all the buckets),
#: and each costs two dozen Arrow conversions whose fixed cost then outweighed their rows
COALESCE_ROWS = 1 << 16


def coalesced(batches: Any, rows: int = COALESCE_ROWS) -> Iterator[Any]:
    """The record ``batches`` concatenated, in order, into batches of about ``rows`` rows
    (one larger than that passes alone): the same rows, a fraction of the conversions."""
    import pyarrow as pa

    pending: list[Any] = []
    size = 0
    for batch in batches:
        pending.append(batch)
        size += batch.num_rows
        if size >= rows:
            yield pending[0] if len(pending) == 1 else pa.concat_batches(pending)
            pending, size = [], 0
    if pending:
        yield pending[0] if len(pending) == 1 else pa.concat_batches(pending)


__all__ = ["add_batch", "coalesced", "columns", "group_batches"]
