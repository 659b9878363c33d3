"""A ledger written from sorted runs, so that no process ever holds all of it.

The ledger of ten million claims is gigabytes of JSON: every claim id appears in it. Holding
it as objects in the driver (and then as one dict, and then as one string) would cost many
times the claims themselves. Instead each bucket's worker turns its records into JSON text and
writes one *run* per section (series, disagreements, updates, relations, gaps), sorted by the
key :func:`~claimledger.reconcile.ledger.assemble` sorts by; the driver merges the runs of all
buckets (:func:`heapq.merge`) straight into the output file.

The merge keys reproduce ``assemble``'s order exactly: ``assemble`` extends each list in
series-key order and then sorts stably by the record's key, so ties fall back to the series
key and then to the position in that series' list — the merge key is (record key, series key,
position). Series are ordered by their key, gaps by their claim id.
"""

from __future__ import annotations

import heapq
import json
import pickle
from collections.abc import Iterable, Iterator
from typing import IO, Any

from claimledger.model import Disagreement, Gap, Relation, Update
from claimledger.reconcile.ledger import SeriesResult
from claimledger.reconcile.series import SeriesKey

#: the sections of Contract 2, in the order ``Ledger.to_json`` writes them
SECTIONS = ("series", "disagreements", "updates", "relations", "gaps")

Run = list[tuple[Any, str]]   # (merge key, the record as compact JSON)


def _dis_key(d: Disagreement) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.period, d.claims)


def _upd_key(d: Update) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.to, d.from_)


def _rel_key(d: Relation) -> tuple[Any, ...]:
    return (d.subject or "", d.measure, d.unit or "", d.kind, d.total, d.parts)


def _text(record: Any) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False)


def sorted_runs(parts: Iterable[tuple[SeriesKey, SeriesResult]], gaps: Iterable[Gap]
                ) -> dict[str, Run]:
    """One bucket's records as JSON text, each section sorted by its merge key."""
    runs: dict[str, Run] = {s: [] for s in SECTIONS}
    for key, r in parts:
        if r.series is not None:
            runs["series"].append((key, _text(r.series)))
        for section, records, sort_key in (("disagreements", r.disagreements, _dis_key),
                                           ("updates", r.updates, _upd_key),
                                           ("relations", r.relations, _rel_key)):
            runs[section].extend(((sort_key(x), key, i), _text(x))   # type: ignore[arg-type]
                                 for i, x in enumerate(records))
    runs["gaps"] = [(g.claim, _text(g)) for g in gaps]
    for run in runs.values():
        run.sort(key=lambda kt: kt[0])
    return runs


def write_runs(runs: dict[str, Run], prefix: str) -> dict[str, str]:
    """Write each section's run to ``<prefix>.<section>`` (a stream of pickled pairs)."""
    paths = {}
    for section, run in runs.items():
        paths[section] = f"{prefix}.{section}"
        with open(paths[section], "wb") as f:
            pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
            for pair in run:
                pickler.dump(pair)
    return paths


def _read_run(path: str) -> Iterator[tuple[Any, str]]:
    with open(path, "rb") as f:
        unpickler = pickle.Unpickler(f)
        while True:
            try:
                yield unpickler.load()
            except EOFError:
                return


def merge_runs(runs: list[dict[str, str]], out: IO[str]) -> dict[str, int]:
    """Write the Contract-2 JSON of the merged runs to ``out``; returns records per section."""
    counts = {}
    out.write("{")
    for n, section in enumerate(SECTIONS):
        out.write(f'{", " if n else ""}"{section}": [')
        merged = heapq.merge(*(_read_run(r[section]) for r in runs), key=lambda kt: kt[0])
        count = 0
        for _, text in merged:
            out.write(", " + text if count else text)
            count += 1
        out.write("]")
        counts[section] = count
    out.write("}\n")
    return counts


__all__ = ["SECTIONS", "merge_runs", "sorted_runs", "write_runs"]
