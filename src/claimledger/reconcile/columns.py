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

from collections.abc import Callable
from datetime import date
from typing import Any

from claimledger.model import Claim, Source, Value, Who
from claimledger.reconcile.series import (Obs, SeriesGroup, SeriesKey, make_obs, raw_series_key,
                                          source_facts)
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
    return arr.to_pylist()


def columns(batch: Any) -> dict[str, list[Any]]:
    """A record batch as Python lists, one per column and per field of a struct column
    (``value.low``; ``source`` is None where the whole struct is) — far cheaper than a dict
    per row. Dates become day ordinals."""
    cols = {name: _pylist(batch.column(name)) for name in _PLAIN}
    for name in _STRUCTS:
        arr = batch.column(name)
        cols[name] = arr.is_valid().to_pylist()
        for f, child in zip(arr.type, arr.flatten()):
            cols[f"{name}.{f.name}"] = _pylist(child)
    return cols


_MISSING = object()


class _Memo(dict[Any, Any]):
    """One computation per distinct key: many rows share a series key, a source."""

    def get_or(self, key: Any, make: Callable[[], Any]) -> Any:
        obj = self.get(key, _MISSING)
        if obj is _MISSING:
            obj = self[key] = make()
        return obj


def _key(memo: _Memo, context: StoryContext, measure: str | None, unit: str | None,
         subject: str | None, who: tuple[str | None, str | None, str | None], ph: bool,
         doc_place: str | None) -> SeriesKey | None:
    """The series key as :func:`group_series` files the claim (placeholders without one get
    the catch-all key), once per distinct combination of what it reads."""
    def make() -> SeriesKey | None:
        c = Claim(id="", doc_id="", span=(0, 0), text="", sentence="", value=Value(None, None),
                  placeholder=ph, unit=unit, measure=measure or "other", subject=subject,
                  who=Who(*who))
        key = raw_series_key(c, doc_place)
        if key is not None:
            return context.resolve(key)
        return ("other", unit or "", "", "", "", "", "subject") if ph else None

    return memo.get_or(("k", measure, unit, subject, who, ph, doc_place), make)


def _facts(memo: _Memo, cols: dict[str, list[Any]], i: int) -> tuple[str, str, str, bool]:
    """:func:`source_facts` of row ``i``: per distinct named source (its facts are its own),
    else per outlet and document (the outlet speaks for itself)."""
    if cols["source"][i]:
        span = cols["source.span"][i]
        sk = ("s", cols["source.text"][i], tuple(span) if span else None, cols["source.id"][i],
              cols["source.kind"][i], cols["source.cue"][i], cols["source.label"][i])
        if sk[3] or (sk[1] and sk[1].strip()):
            return memo.get_or(sk, lambda: source_facts(_sourced(Source(sk[1] or "", *sk[2:]))))
    outlet, doc = cols["outlet"][i], str(cols["doc_id"][i])
    return memo.get_or(("o", outlet, doc), lambda: source_facts(_sourced(None, outlet, doc)))


def _sourced(src: Source | None, outlet: str | None = None, doc_id: str = "") -> Claim:
    """A claim with just what :func:`source_facts` reads."""
    return Claim(id="", doc_id=doc_id, span=(0, 0), text="", sentence="", value=Value(None, None),
                 source=src, outlet=outlet)


def add_batch(groups: dict[SeriesKey, SeriesGroup], cols: dict[str, list[Any]],
              context: StoryContext, memo: _Memo) -> int:
    """File the rows of one batch into ``groups`` (unsorted); returns how many rows."""
    places = context.places
    for i, cid in enumerate(cols["id"]):
        doc = str(cols["doc_id"][i])
        who = (cols["who.group"][i], cols["who.nationality"][i], cols["who.place"][i])
        ph = bool(cols["placeholder"][i])
        key = _key(memo, context, cols["measure"][i], cols["unit"][i], cols["subject"][i], who,
                   ph, places.get(doc))
        if key is None:
            continue
        g = groups.get(key)
        if g is None:
            g = groups[key] = SeriesGroup(key, [], [], {})
        o = _obs(memo, cols, i, str(cid), doc, ph)
        if o.subject_label:
            g.labels[o.subject_label] = g.labels.get(o.subject_label, 0) + 1
        (g.placeholders if ph else g.obs).append(o)
    return len(cols["id"])


def _obs(memo: _Memo, cols: dict[str, list[Any]], i: int, cid: str, doc: str, ph: bool) -> Obs:
    """Row ``i`` as ``to_obs`` would reduce its claim."""
    t0, t1 = cols["time.start"][i], cols["time.end"][i]   # day ordinals (see columns)
    pub = cols["published"][i]
    if t0 is None or t1 is None:
        t0 = t1 = pub
    elif t0 > t1:
        t0, t1 = t1, t0
    bound = cols["value.bound"][i] if cols["value"][i] else "exact"
    return make_obs(cid, doc, tuple(cols["span"][i]), bound, cols["value.low"][i],
                    cols["value.high"][i], ph, bool(cols["increment"][i]), t0, t1, pub,
                    _facts(memo, cols, i), cols["outlet"][i], cols["subject"][i],
                    cols["unit"][i])


def group_batches(batches: Any, context: StoryContext) -> tuple[dict[SeriesKey, SeriesGroup], int]:
    """The series of the claims in Arrow record ``batches``, as :func:`group_series` makes
    them with the story pre-pass ``context``; and how many claims were read."""
    groups: dict[SeriesKey, SeriesGroup] = {}
    memo = _Memo()
    n = 0
    for batch in batches:
        n += add_batch(groups, columns(batch), context, memo)
    for g in groups.values():
        g.obs.sort(key=lambda o: o.sort_key)
        g.placeholders.sort(key=lambda o: o.sort_key)
    return groups, n


__all__ = ["add_batch", "columns", "group_batches"]
