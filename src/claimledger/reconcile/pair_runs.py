"""Disagreements and updates written as run entries straight from their pairs of estimates.

At ten million claims a worker writes millions of disagreements and updates. Made as
:class:`~claimledger.model.Disagreement` and :class:`~claimledger.model.Update` objects
first, each cost two or three copies of its claim-id lists, an object, and then a walk over
its fields for its text (:mod:`.ledger_text`) and another for its merge key (:mod:`.runs`).
An estimate takes part in several of them, so here the text of its claim ids — as a JSON
list and as merge-key items — is made once per estimate (``Cluster.id_texts``) and each
record is joined from such pieces and its reason.

The entries are exactly what :func:`.runs.sorted_runs` makes of the records (tested): the
same JSON text as :func:`.ledger_text.record_text`, the same merge key as
``runs._merge_keys``. Anything unusual — a claim id or a series field that needs escaping or
holds a NUL — returns None, and the caller makes the records as before.
"""

from __future__ import annotations

from claimledger.reconcile.disagreements import (disagreement_month, disagreement_why,
                                                 update_why)
from claimledger.reconcile.estimates import Cluster
from claimledger.reconcile.ledger_text import _ESCAPED, _STR, _head
from claimledger.reconcile.series import SeriesKey

Entry = tuple[bytes, bytes]   # (merge key, the record as compact JSON in UTF-8)
_TOP = 1 << 63   # the offset of an integer in a merge key (runs.order_key)
_SEP = '", "'


def _ids(e: Cluster) -> tuple[str, str] | None:
    """(JSON list, merge-key items) of the estimate's claim ids, made once per estimate;
    None when an id needs JSON escaping (a NUL, which the key escapes, is one of those)."""
    t = e.id_texts
    if t is None:
        ids = e.claim_ids
        t = False
        if ids and all(type(i) is str for i in ids):
            joined = '", "'.join(ids)
            if (joined.count('"') == 2 * (len(ids) - 1) and "\\" not in joined
                    and (joined.isprintable() or _ESCAPED.search(joined) is None)):
                t = ('["' + joined + '"]', "\x02" + "\x00\x01\x02".join(ids) + "\x00\x01\x01")
        e.id_texts = t
    return t or None


def _frame(subject: str | None, measure: str, unit: str | None, series: SeriesKey
           ) -> tuple[str, str, str] | None:
    """(JSON opening, key opening, key closing) shared by a series' records: the merge key
    is ``"\\x02" + the record key's items + "\\x02" + the series key's + the position``
    (``runs._merge_keys``); None when a field is no string or holds a NUL (escaped there)."""
    items = (subject or "", measure, unit or "")
    if not all(type(x) is str and "\x00" not in x for x in items + tuple(series)):
        return None
    opening = "\x02\x02" + "\x00\x01\x02".join(items) + "\x00\x01"
    closing = "\x02\x02" + "\x00\x01\x02".join(series) + "\x00\x01\x01"
    return _head(subject, measure, unit), opening, closing


def _key(opening: str, rest: str, closing: str, i: int) -> bytes:
    return ((opening + rest + closing).encode("utf-8", "surrogatepass") + b"\x02\x03"
            + (i + _TOP).to_bytes(8, "big") + b"\x01")


def disagreement_entries(pairs: list[tuple[Cluster, Cluster]], subject: str | None,
                         measure: str, unit: str | None, series: SeriesKey
                         ) -> list[Entry] | None:
    """The run entries of a series' disagreements (``pairs`` of (lower, higher) estimates,
    :func:`.disagreements.disagreeing_pairs`); None when one needs the general path."""
    frame = _frame(subject, measure, unit, series)
    if frame is None:
        return None
    head, opening, closing = frame
    out: list[Entry] = []
    for i, (y, x) in enumerate(pairs):   # the record is the higher's (x) against y
        xt, yt = _ids(x), _ids(y)
        if xt is None or yt is None:
            return None
        a, b = x.claim_ids, y.claim_ids
        if len(a) == 1 and len(b) == 1:
            claims = [a[0]] if a[0] == b[0] else [a[0], b[0]] if a[0] < b[0] else [b[0], a[0]]
        else:
            claims = sorted(set(a) | set(b))
        period = disagreement_month(x, y)
        if type(x.increment) is not bool or "\x00" in period:
            return None
        text = (f'{head}"increment": {"true" if x.increment else "false"}, '
                f'"period": {_STR(period)}, "claims": ["{_SEP.join(claims)}"], '
                f'"sides": [{xt[0]}, {yt[0]}], '
                f'"why": {_STR(disagreement_why(x, y, subject, measure, unit))}}}')
        rest = ("\x02" + period + "\x00\x01\x02\x02" + "\x00\x01\x02".join(claims)
                + "\x00\x01\x01\x01")
        out.append((_key(opening, rest, closing, i), text.encode("utf-8")))
    return out


def update_entries(pairs: list[tuple[Cluster, Cluster, tuple[bool, bool]]],
                   subject: str | None, measure: str, unit: str | None, series: SeriesKey
                   ) -> list[Entry] | None:
    """The run entries of a series' updates ((later, predecessor, rank) each,
    :func:`.disagreements.updating_pairs`); None when one needs the general path."""
    frame = _frame(subject, measure, unit, series)
    if frame is None:
        return None
    head, opening, closing = frame
    out: list[Entry] = []
    for i, (b, a, rank) in enumerate(pairs):   # from a's claims to b's
        bt, at = _ids(b), _ids(a)
        if bt is None or at is None:
            return None
        text = (f'{head}"from": {at[0]}, "to": {bt[0]}, '
                f'"why": {_STR(update_why(b, a, rank, measure, unit))}}}')
        out.append((_key(opening, "\x02" + bt[1] + "\x02" + at[1] + "\x01", closing, i),
                    text.encode("utf-8")))
    return out


__all__ = ["Entry", "disagreement_entries", "update_entries"]
