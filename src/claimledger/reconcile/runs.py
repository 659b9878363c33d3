"""A ledger written from sorted runs, so that no process ever holds all of it.

The ledger of ten million claims is gigabytes of JSON: every claim id appears in it. Holding
it as objects in the driver (and then as one dict, and then as one string) would cost many
times the claims themselves. Instead each bucket's worker turns its records into JSON text and
writes one *run* per section (series, disagreements, updates, relations, gaps), sorted by the
key :func:`~claimledger.reconcile.ledger.assemble` sorts by; the driver merges the runs of all
buckets (:mod:`.block_merge` over their keys; the runs' files and the copying of their text
are :mod:`.run_merge`) straight into the output file.

The merge keys reproduce ``assemble``'s order exactly: ``assemble`` extends each list in
series-key order and then sorts stably by the record's key, so ties fall back to the series
key and then to the position in that series' list — the merge key is (record key, series key,
position). Series are ordered by their key, gaps by their claim id.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from operator import itemgetter
from typing import IO, Any

from claimledger.model import Disagreement, Gap, Relation, Update
from claimledger.reconcile.ledger import SeriesResult
from claimledger.reconcile.ledger_text import record_text
from claimledger.reconcile.run_merge import (SECTIONS, Run, _At, _header, _Sink, merge_section,
                                             write_runs)
from claimledger.reconcile.series import SeriesKey
_KEY = itemgetter(0)   # a pair's merge key (no Python-level call per comparison)


def _dis_key(d: Disagreement) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.period, d.claims)


def _upd_key(d: Update) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.to, d.from_)


def _rel_key(d: Relation) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.kind, d.total, d.parts)


# what each record key holds after the (subject, measure, unit) its series' records share
def _dis_rest(d: Disagreement) -> tuple[Any, ...]:
    return (d.period, d.claims)


def _upd_rest(d: Update) -> tuple[Any, ...]:
    return (d.to, d.from_)


def _rel_rest(d: Relation) -> tuple[Any, ...]:
    return (d.kind, d.total, d.parts)


def _text(record: Any) -> bytes:
    """The record as compact JSON (:mod:`.ledger_text`: what ``json.dumps`` gives, formatted
    from the fields), UTF-8 encoded already: the workers encode in parallel, and the driver's
    merge copies bytes instead of decoding and re-encoding every record."""
    return record_text(record).encode("utf-8")


def sorted_runs(parts: Iterable[tuple[SeriesKey, SeriesResult]], gaps: Iterable[Gap]
                ) -> dict[str, Run]:
    """One bucket's records as JSON text, each section sorted by its merge key."""
    runs: dict[str, Run] = {s: [] for s in SECTIONS}
    # encoded keys sort as the keys do (tested), and bytes compare faster than tuples
    for key, r in parts:
        if r.series is not None:
            runs["series"].append((order_key(key), _text(r.series)))
        elif r.series_text is not None:   # written from its estimates already
            runs["series"].append((order_key(key), r.series_text))
        for section, records, sort_key, rest in (
                ("disagreements", r.disagreements, _dis_key, _dis_rest),
                ("updates", r.updates, _upd_key, _upd_rest),
                ("relations", r.relations, _rel_key, _rel_rest)):
            if records:
                runs[section].extend(zip(_merge_keys(records, key, sort_key, rest),
                                         map(_text, records)))
        for section, entries in r.entries.items():   # written from their pairs already
            runs[section].extend(entries)
    runs["gaps"] = [(order_key(g.claim), _text(g)) for g in gaps]
    for run in runs.values():
        run.sort(key=_KEY)
    return runs


def _merge_keys(records: list[Any], series: SeriesKey, sort_key: Any, rest: Any
                ) -> list[bytes]:
    """``order_key((sort_key(x), series, i))`` of each record ``x`` (the ``i``-th) of one
    series. The record keys open with the series' subject, measure and unit and the merge
    keys end with the series key: those parts are encoded once for all the series' records,
    and only what ``rest`` gives of a record is encoded per record (for this module's own
    record keys, straight from the fields: :data:`_REST_TEXT`). Any NUL inside a string
    (escaped by :func:`_encode`) sends the record to :func:`order_key` itself."""
    x = records[0]
    shared = sort_key(x)[:3]
    try:
        head, n_head = _text_of(shared)   # "\x02" + the three items + "\x01"
        tail, n_tail = _text_of(series)
    except TypeError:
        return [order_key((sort_key(x), series, i)) for i, x in enumerate(records)]
    rest_text = _REST_TEXT.get(rest) if sort_key in _OWN_KEYS else None
    opening, closing, n_fixed = "\x02" + head[:-1], "\x02" + tail, n_head + n_tail
    out = []
    for i, x in enumerate(records):
        try:
            if rest_text is not None:   # the keys open with these three (_OWN_KEYS)
                if (x.subject or "", x.measure, x.unit or "") != shared:
                    raise TypeError("another series' opening")
                mid, n = rest_text(x)
            else:
                if sort_key(x)[:3] != shared:
                    raise TypeError("another series' opening")
                mid, n = _text_of(rest(x))   # each item after a "\x02", then "\x01"
        except TypeError:
            out.append(order_key((sort_key(x), series, i)))
            continue
        text = opening + mid + closing
        if text.count("\x00") == n_fixed + n:
            out.append(text.encode("utf-8", "surrogatepass") + b"\x02\x03"
                       + (i + (1 << 63)).to_bytes(8, "big") + b"\x01")
        else:
            out.append(order_key((sort_key(x), series, i)))
    return out


def _ids_text(xs: Any) -> str:
    """:func:`_text_of` of a list of strings (claim ids); TypeError for anything else."""
    if type(xs) is not list and type(xs) is not tuple:
        raise TypeError(type(xs).__name__)
    if not xs:
        return "\x01"
    return "\x02" + "\x00\x01\x02".join(xs) + "\x00\x01\x01"


def _dis_rest_text(d: Disagreement) -> tuple[str, int]:
    """:func:`_text_of` of :func:`_dis_rest`, and how many strings it holds."""
    if type(d.period) is not str:
        raise TypeError(type(d.period).__name__)
    return "\x02" + d.period + "\x00\x01\x02" + _ids_text(d.claims) + "\x01", 1 + len(d.claims)


def _upd_rest_text(d: Update) -> tuple[str, int]:
    """:func:`_text_of` of :func:`_upd_rest`, and how many strings it holds."""
    return ("\x02" + _ids_text(d.to) + "\x02" + _ids_text(d.from_) + "\x01",
            len(d.to) + len(d.from_))


def _rel_rest_text(d: Relation) -> tuple[str, int]:
    """:func:`_text_of` of :func:`_rel_rest`, and how many strings it holds."""
    if type(d.kind) is not str:
        raise TypeError(type(d.kind).__name__)
    return ("\x02" + d.kind + "\x00\x01\x02" + _ids_text(d.total) + "\x02"
            + _ids_text(d.parts) + "\x01", 1 + len(d.total) + len(d.parts))


#: the record keys of this module, which open with (subject or "", measure, unit or "")
_OWN_KEYS = (_dis_key, _upd_key, _rel_key)
#: what each record key holds after those three, encoded from the record's fields at once:
#: building the key's tuple and walking it item by item cost more than the encoding
_REST_TEXT = {_dis_rest: _dis_rest_text, _upd_rest: _upd_rest_text, _rel_rest: _rel_rest_text}


def order_key(key: Any) -> bytes:
    """``key`` (strings, integers and tuples or lists of them) as bytes that sort as ``key``
    does, so that the driver's merge unpickles and compares one bytes object per record
    instead of tuples of lists of claim ids. Strings are their UTF-8 with NUL escaped and a
    terminator (a prefix sorts first, as in Python); an integer is eight bytes, offset so
    that negative ones sort first; a sequence is its items, each after a marker, then an end
    marker lower than the item marker (a shorter sequence sorts first). Every encoding is
    prefix-free, so two keys first differ inside corresponding items."""
    if type(key) is tuple and len(key) == 3 and type(key[2]) is int:
        fast = _merge_key_text(key[0], key[1])   # (record key, series key, position)
        if fast is not None:
            return fast + b"\x02\x03" + (key[2] + (1 << 63)).to_bytes(8, "big") + b"\x01"
    elif type(key) is str and "\x00" not in key:
        return key.encode("utf-8", "surrogatepass") + b"\x00\x01"
    out = bytearray()
    _encode(key, out)
    return bytes(out)


def _merge_key_text(record: Any, series: Any) -> bytes | None:
    """The first two items of a merge key as :func:`_encode` writes them (without the
    tuple's end marker), built as one string and encoded once — the markers are ASCII, so
    that is the same bytes — instead of one bytes append per claim id; None when the key
    holds anything but strings, or a NUL that must be escaped (:func:`_encode` does that)."""
    try:
        a, n = _text_of(record)
        b, m = _text_of(series)
    except TypeError:
        return None
    text = "\x02" + a + "\x02" + b
    if text.count("\x00") != n + m:   # a NUL inside a string: escaped by _encode
        return None
    return text.encode("utf-8", "surrogatepass")


def _text_of(x: Any) -> tuple[str, int]:
    """:func:`_encode` of strings and sequences of them, as text (NUL unescaped), and how
    many strings it holds; TypeError for anything else."""
    if type(x) is str:
        return x + "\x00\x01", 1
    if type(x) is not tuple and type(x) is not list:
        raise TypeError(type(x).__name__)
    if not x:
        return "\x01", 0
    if type(x[-1]) is str:   # likely a flat sequence of strings (a series key, claim ids)
        try:
            return "\x02" + "\x00\x01\x02".join(x) + "\x00\x01\x01", len(x)
        except TypeError:
            pass
    parts, n = [], 0
    for item in x:   # a record key: strings and lists of claim ids
        if type(item) is str:
            parts.append(item + "\x00\x01")
            n += 1
        else:
            t, k = _text_of(item)
            parts.append(t)
            n += k
    return "\x02" + "\x02".join(parts) + "\x01", n


def _encode(x: Any, out: bytearray) -> None:
    if isinstance(x, str):
        out += x.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff")
        out += b"\x00\x01"
    elif isinstance(x, int) and not isinstance(x, bool):
        out += b"\x03" + (x + (1 << 63)).to_bytes(8, "big")
    elif isinstance(x, (tuple, list)):
        for item in x:
            out += b"\x02"
            _encode(item, out)
        out += b"\x01"
    else:
        raise TypeError(f"no order-preserving encoding for {type(x).__name__}")


def _merge_section_to(paths: list[str], dest: str) -> int:
    """:func:`.run_merge.merge_section` into the file ``dest`` (a task of
    :func:`_merge_apart`)."""
    with open(dest, "wb") as f:
        return merge_section(paths, _At(f.fileno(), 0))


def _merge_apart(runs: list[dict[str, str]], workers: int) -> dict[str, tuple[str, int]]:
    """Each section merged by a process of its own (at most ``workers`` at a time, the
    largest first) into a file beside the runs: the sections are independent, and at ten
    million claims one process merging them all in turn was a long serial tail."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_all_start_methods, get_context

    size = {s: sum(_header(r[s])[1] for r in runs) for s in SECTIONS}
    where = os.path.dirname(runs[0][SECTIONS[0]])
    ctx = get_context("fork" if "fork" in get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
        jobs = {s: (os.path.join(where, f"merged.{s}"),
                    pool.submit(_merge_section_to, [r[s] for r in runs],
                                os.path.join(where, f"merged.{s}")))
                for s in sorted(SECTIONS, key=lambda s: -size[s])}
        return {s: (path, job.result()) for s, (path, job) in jobs.items()}


def _merge_section_at(paths: list[str], fd: int, offset: int, size: int) -> int:
    """:func:`.run_merge.merge_section` straight into the output file at ``offset`` (a task
    of :func:`_merge_in_place`), checking that it fills exactly the ``size`` bytes reserved."""
    at = _At(fd, offset)
    count = merge_section(paths, at)
    if at.offset != offset + size:
        raise RuntimeError(f"merged section of {at.offset - offset} bytes, {size} reserved")
    return count


def _pwrite_target(out: IO[str]) -> int | None:
    """The descriptor of ``out`` when the sections can be written into it in place: a
    regular UTF-8 file, not opened for appending (``pwrite`` would append), on a system
    that forks (the merging processes inherit the descriptor)."""
    import fcntl
    import stat
    from multiprocessing import get_all_start_methods

    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None) or ""
    if buffer is None or codecs.lookup(encoding).name != "utf-8" \
            or "fork" not in get_all_start_methods():
        return None
    try:
        fd = buffer.fileno()
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
        append = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND
    except (AttributeError, OSError, ValueError):
        return None
    return fd if regular and not append else None


def _merge_in_place(runs: list[dict[str, str]], out: IO[str], fd: int, workers: int
                    ) -> dict[str, int]:
    """Every section merged by a process of its own straight into its place in the output
    file: the runs' headers give each section's length, so where each one starts is known
    before any is merged, and the gigabytes of merged text are written once instead of to a
    file of their own and then copied."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    heads = {s: [_header(r[s]) for r in runs] for s in SECTIONS}
    size = {s: sum(b for _, b in h) + 2 * max(0, sum(n for n, _ in h) - 1)
            for s, h in heads.items()}
    out.flush()
    pos = os.lseek(fd, 0, os.SEEK_CUR)
    where: dict[str, int] = {}
    skeleton = _At(fd, pos)

    def put(b: bytes) -> None:
        skeleton.write(b)
        skeleton.flush()   # at once: the offset moves on as it is written

    put(b"{")
    for n, section in enumerate(SECTIONS):
        put(f'{", " if n else ""}"{section}": ['.encode())
        where[section] = skeleton.offset
        skeleton.offset += size[section]
        put(b"]")
    put(b"}\n")
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        jobs = {s: pool.submit(_merge_section_at, [r[s] for r in runs], fd, where[s], size[s])
                for s in sorted(SECTIONS, key=lambda s: -size[s])}
        counts = {s: jobs[s].result() for s in SECTIONS}
    if os.fstat(fd).st_size > skeleton.offset:   # a file that held more before
        os.ftruncate(fd, skeleton.offset)
    out.seek(0, os.SEEK_END)
    return counts


def merge_runs(runs: list[dict[str, str]], out: IO[str], workers: int = 1) -> dict[str, int]:
    """Write the Contract-2 JSON of the merged runs to ``out``; returns records per section.
    With ``workers`` > 1 the sections are merged in parallel processes, each into its place
    in ``out`` when that is a regular file (:func:`_merge_in_place`), else into a file of its
    own, copied into ``out`` in order (the same bytes)."""
    fd = _pwrite_target(out) if workers > 1 and runs else None
    if fd is not None:
        return _merge_in_place(runs, out, fd, workers)
    apart = _merge_apart(runs, workers) if workers > 1 and runs else {}
    counts = {}
    sink = _Sink(out)
    sink.write(b"{")
    for n, section in enumerate(SECTIONS):
        sink.write(f'{", " if n else ""}"{section}": ['.encode())
        if section in apart:
            path, counts[section] = apart[section]
            sink.copy(path)
            os.remove(path)
        else:
            counts[section] = merge_section([r[section] for r in runs], sink)
        sink.write(b"]")
    sink.write(b"}\n")
    sink.flush()
    return counts


__all__ = ["SECTIONS", "merge_runs", "order_key", "sorted_runs", "write_runs"]
