"""Cutting a large claims dataset into buckets that can be reconciled independently.

:func:`~claimledger.reconcile.build_ledger` holds every claim of a corpus in one process. For
millions of claims the work is instead planned here, in DuckDB, over the Parquet files
``extract`` writes, and only one light claim per distinct combination of the fields series
identity reads becomes a Python object in the planning process:

1. **The story pre-pass** (:func:`story_pass`): the documents' places found in DuckDB, then
   the distinct combinations of the fields series identity reads go through
   :func:`story.placed_story_context` — the places of documents
   that continue a story told elsewhere, people's joins and label variants, exactly as
   :func:`~claimledger.reconcile.build_ledger` finds them (the equality is tested). The
   workers receive it beside the buckets. A claim that names no place takes its document's.
2. **Series keys**: the *distinct* combinations of the columns a key depends on (measure,
   unit, subject, ``who``, the document's place, placeholder) are few next to the claims; each
   is turned into its key by :func:`series.series_key` itself, in Python, so series identity
   keeps exactly one definition.
3. **Buckets**: claims are written to ``n`` Arrow files by their key's *gap family*
   (measure, group, subject label, basis — what :func:`series.keys_compatible` requires to be
   equal), so a bucket holds whole series and every series a placeholder in it may draw a
   candidate from; families are spread so that buckets hold about as many claims each. Each
   bucket is then a complete, independent reconcile problem.

NULL and the empty string are one value for every key column (``series_key`` reads them with
``or``), so both are folded to ``''`` before grouping and joining.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pyarrow as pa

from claimledger.model import Who
from claimledger.reconcile.series import SeriesKey, series_key
from claimledger.reconcile.story import StoryContext, placed_story_context

#: columns of a claims file that reconciliation reads (the rest stay on disk)
RECONCILE_COLUMNS = ("id", "doc_id", "span", "value", "placeholder", "unit", "measure",
                     "subject", "increment", "source", "time", "who", "outlet", "published")


# the columns a series key depends on, NULL folded to '' (see the module docstring); the
# document's place only matters to a claim that names no place of its own
KEY_INPUTS = ("k_measure", "k_unit", "k_subject", "k_group", "k_nat", "k_place", "k_doc_place",
              "k_ph")
_KEY_INPUTS_SQL = """
coalesce(c.measure, '') AS k_measure, coalesce(c.unit, '') AS k_unit,
coalesce(c.subject, '') AS k_subject, coalesce(c.who."group", '') AS k_group,
coalesce(c.who.nationality, '') AS k_nat, coalesce(c.who.place, '') AS k_place,
CASE WHEN coalesce(c.who.place, '') = '' THEN coalesce(p.place, '') ELSE '' END AS k_doc_place,
coalesce(c.placeholder, false) AS k_ph
"""


@dataclass
class Plan:
    """Where the buckets are and how big: ``buckets`` Arrow IPC stream files;
    ``seconds`` of each planning step and ``cpu_s`` in all, for benchmarks."""

    buckets: list[str]
    claims: int
    series: int
    seconds: dict[str, float] = field(default_factory=dict)
    cpu_s: float = 0.0   # the planning process's CPU seconds, DuckDB's threads included


def connect(files: Sequence[str], tmp: str, threads: int, memory: str) -> Any:
    """A DuckDB connection with the claims files as view ``claims`` and bounded memory
    (sorts and joins spill to ``tmp``)."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET memory_limit = ?", [memory])
    con.execute("SET temp_directory = ?", [os.path.join(tmp, "duckdb")])
    con.execute("SET preserve_insertion_order = false")
    listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)   # SQL literals
    con.execute(f"CREATE VIEW claims AS SELECT * FROM read_parquet([{listed}], "
                "union_by_name = true)")
    return con


def key_of(row: tuple[Any, ...], context: StoryContext | None = None,
           light: _LightClaims | None = None) -> SeriesKey | None:
    """The series key of one distinct combination of :data:`KEY_INPUTS`, by
    :func:`series_key` on a light claim that has just those fields (:class:`StoryClaim`;
    ``light`` shares their ``who`` objects) with the story pre-pass ``context``;
    placeholders whose claim has no key get the catch-all key under which
    :func:`series.group_series` files them."""
    measure, unit, subject, group, nat, place, doc_place, ph = row
    c = (light or _LightClaims()).of("", measure, unit, subject, group, nat, place, ph)
    key = series_key(c, doc_place or None, context=context)   # type: ignore[arg-type]
    if key is None and ph:
        key = ("other", unit, "", "", "", "", "subject")
    return key


def family(key: SeriesKey) -> tuple[str, str, str, str]:
    """What two keys must share to be compatible (the gap search's index)."""
    return (key[0], key[2], key[5], key[6])


# weighted_document_places in SQL: a document's place is the place stated by more than half
# of its claims that say what they count (a who, or a measure other than 'other'); ties go
# to the smaller place (Python's min on (-n, place): DuckDB compares strings by code point)
DOC_PLACES_SQL = """
CREATE OR REPLACE TEMP TABLE doc_places AS
WITH r AS (
  SELECT doc_id, coalesce(who.place, '') AS place,
         coalesce(who."group", '') <> '' OR coalesce(who.nationality, '') <> ''
         OR coalesce(who.place, '') <> '' OR coalesce(measure, '') NOT IN ('', 'other') AS counts
  FROM claims),
n AS (SELECT doc_id, count(*) AS with_who FROM r WHERE counts GROUP BY doc_id),
per AS (SELECT doc_id, place, count(*) AS n,
               row_number() OVER (PARTITION BY doc_id ORDER BY count(*) DESC, place) AS rank
        FROM r WHERE place <> '' GROUP BY doc_id, place)
SELECT per.doc_id, per.place FROM per JOIN n USING (doc_id)
WHERE per.rank = 1 AND 2 * per.n > n.with_who
"""

_STORY_FIELDS = """coalesce(measure, ''), coalesce(unit, ''), coalesce(subject, ''),
       coalesce(who."group", ''), coalesce(who.nationality, ''), coalesce(who.place, ''),
       coalesce(placeholder, false)"""

# claims of documents with a place: only which key inputs occur with which place matters
PLACED_ROWS_SQL = f"""
SELECT DISTINCT {_STORY_FIELDS}, d.place FROM claims JOIN doc_places d USING (doc_id)
"""

# claims of documents without one, by document and weighted: they vote for a continued place
UNPLACED_ROWS_SQL = f"""
SELECT doc_id, {_STORY_FIELDS}, count(*) FROM claims ANTI JOIN doc_places USING (doc_id)
GROUP BY ALL
"""


def story_pass(con: Any, with_places: bool = True) -> StoryContext:
    """The story pre-pass of all claims (documents' places, continued places, people's joins,
    label variants). The documents' places are found in DuckDB (table ``doc_places``); then
    one light claim per distinct combination of the fields the rest reads (and of the
    document's place) goes through :func:`story.placed_story_context` — and, for documents
    without a place, one per document and combination, weighted by how many claims it stands
    for. Without ``with_places`` the context's places are only the continued ones (the rest
    stay in DuckDB: a million documents at ten million claims, and nothing after the
    pre-pass reads them in Python)."""
    con.execute(DOC_PLACES_SQL)
    places = dict(_rows(con, "SELECT doc_id, place FROM doc_places")) if with_places else {}
    light = _LightClaims()
    placed = [(light.of("", *r[:7]), r[7]) for r in _rows(con, PLACED_ROWS_SQL)]
    unplaced = [(light.of(*r[:8]), int(r[8])) for r in _rows(con, UNPLACED_ROWS_SQL)]
    return placed_story_context(places, placed, unplaced)   # type: ignore[arg-type]


def _rows(con: Any, query: str) -> Any:
    """The rows of ``query`` as tuples, through Arrow columns (fetching a million rows one
    Python tuple at a time from DuckDB took seconds)."""
    table = con.sql(query).to_arrow_table()
    return zip(*(col.to_pylist() for col in table.columns))


@dataclass(slots=True)
class StoryClaim:
    """What the story pre-pass and :func:`key_of` read of a claim (a :class:`Claim`'s
    fields, with the same defaults): at ten million claims the pre-pass gets hundreds of thousands of rows, one
    per place-less document and combination, and a full :class:`Claim` with its own
    ``Value`` and ``Who`` for each cost more than the pre-pass itself."""

    doc_id: str
    measure: str
    unit: str | None
    subject: str | None
    who: Who
    placeholder: bool


class _LightClaims:
    """:class:`StoryClaim` rows, with one shared ``Who`` per distinct combination (the
    pre-pass never changes one)."""

    def __init__(self) -> None:
        self.whos: dict[tuple[str, str, str], Who] = {}

    def of(self, doc_id: str, measure: str, unit: str, subject: str, group: str, nat: str,
           place: str, ph: Any) -> StoryClaim:
        who = self.whos.get((group, nat, place))
        if who is None:
            who = self.whos[group, nat, place] = Who(group or None, nat or None, place or None)
        return StoryClaim(doc_id, measure or "other", unit or None, subject or None, who,
                          bool(ph))


#: DuckDB's hash of a claim's key inputs: one 64-bit join key instead of eight strings
_KEY_HASH_SQL = f"hash({', '.join(KEY_INPUTS)})"


def _key_table(con: Any, n_buckets: int, context: StoryContext
               ) -> tuple[pa.Table, int, bool]:
    """Each distinct key input with the bucket of its key's gap family (NULL: dropped) and
    its hash (``h``); whether the hashes are distinct, so that joining on them alone is
    joining on the inputs (a collision among a few hundred thousand is unlikely, but then
    the buckets are joined on the inputs themselves)."""
    rows = list(_rows(con, f"SELECT {_KEY_INPUTS_SQL}, {_KEY_HASH_SQL} AS h, count(*) "
                           "FROM claims c LEFT JOIN places p USING (doc_id) GROUP BY ALL"))
    light = _LightClaims()
    keys = [key_of(r[:-2], context, light) for r in rows]
    sizes: dict[tuple[str, str, str, str], int] = {}
    for k, r in zip(keys, rows):
        if k is not None:
            sizes[family(k)] = sizes.get(family(k), 0) + r[-1]
    bucket_of = balance(sizes, n_buckets)
    cols = list(zip(*rows)) if rows else [[] for _ in range(len(KEY_INPUTS) + 2)]
    table = pa.table({name: pa.array(col, pa.bool_() if name == "k_ph" else pa.string())
                      for name, col in zip(KEY_INPUTS, cols)})
    table = table.append_column("h", pa.array(cols[len(KEY_INPUTS)], pa.uint64()))
    col = pa.array([bucket_of[family(k)] if k is not None else None for k in keys], pa.int64())
    n_series = len({k for k in keys if k is not None})
    distinct = len(set(cols[len(KEY_INPUTS)])) == len(rows)
    return table.append_column("bucket", col), n_series, distinct


def balance(sizes: dict[Any, int], n_buckets: int) -> dict[Any, int]:
    """Families to buckets, largest first into the least-filled bucket, so that buckets hold
    about as many claims each and no worker is left with a long last one (a modulo spreads
    ten big families over three buckets as readily as over ten)."""
    import heapq

    load = [(0, b) for b in range(max(1, n_buckets))]
    out = {}
    for fam, n in sorted(sizes.items(), key=lambda fn: (-fn[1], fn[0])):
        filled, b = heapq.heappop(load)
        out[fam] = b
        heapq.heappush(load, (filled + n, b))
    return out


def _write_buckets(con: Any, tmp: str, by_hash: bool = False) -> list[str]:
    """Stream the claims, joined to their document place and key family, out of DuckDB as
    Arrow batches and append each row to its bucket's Arrow IPC file (several times faster
    than DuckDB's partitioned Parquet writer for these nested rows, and as fast to read).
    A row carries its document's place where it names none itself (``doc_place``, what
    series identity reads of it), so that a worker needs no table of every document.
    ``by_hash``: the key inputs' hashes are distinct (:func:`_key_table`), and rows are
    joined to their bucket on the hash alone."""
    import pyarrow.compute as pc
    import pyarrow.ipc as ipc

    on = (f"hash({', '.join(f'i.{k}' for k in KEY_INPUTS)}) = keys.h" if by_hash
          else " AND ".join(f"i.{k} = keys.{k}" for k in KEY_INPUTS))
    cols = ", ".join(f"i.{c}" for c in RECONCILE_COLUMNS)
    query = f"""
        SELECT {cols}, nullif(i.k_doc_place, '') AS doc_place, keys.bucket AS bucket
        FROM (SELECT c.*, {_KEY_INPUTS_SQL} FROM claims c LEFT JOIN places p USING (doc_id)) i
        JOIN keys ON {on}
        WHERE keys.bucket IS NOT NULL   -- in no series (group_series drops them too)"""
    writers: dict[int, Any] = {}
    try:
        with con.sql(query).to_arrow_reader(batch_size=65536) as reader:
            for batch in reader:
                # one stable sort by bucket, then zero-copy slices: filtering the batch once
                # per bucket scanned it as many times as there are buckets
                batch = batch.take(pc.sort_indices(batch.column("bucket")))
                start = 0
                for run in pc.value_counts(batch.column("bucket")).to_pylist():
                    b, n = run["values"], run["counts"]
                    part = batch.slice(start, n).drop_columns(["bucket"])
                    start += n
                    if b not in writers:
                        writers[b] = ipc.new_stream(_bucket_path(tmp, b), part.schema)
                    writers[b].write_batch(part)
    finally:
        for w in writers.values():
            w.close()
    return [_bucket_path(tmp, b) for b in sorted(writers)]


def context_path(work: str) -> str:
    """Where the story pre-pass is kept for the workers, beside the buckets."""
    return os.path.join(work, "story-context.pickle")


def _bucket_path(tmp: str, b: int) -> str:
    return os.path.join(tmp, f"bucket-{b:05d}.arrow")


def plan_buckets(files: Sequence[str], tmp: str, n_buckets: int, threads: int = 2,
                 memory: str = "1GB") -> Plan:
    """Write the claims of ``files`` into ``n_buckets`` bucket files under ``tmp``, and the
    story pre-pass beside them (:func:`context_path`); claims that belong to no series are
    left out, as :func:`series.group_series` leaves them out.

    The cyclic garbage collector is paused meanwhile, as :func:`~.ledger.build_ledger` and
    the workers pause it: at ten million claims the pre-pass and the keys hold a million
    small acyclic objects, and the collector's passes over them (longer as they pile up)
    took seconds of this step, which nothing runs beside."""
    import gc
    import resource

    was = gc.isenabled()
    gc.disable()
    before = resource.getrusage(resource.RUSAGE_SELF)
    try:
        plan = _plan(files, tmp, n_buckets, threads, memory)
    finally:
        if was:
            gc.enable()
    after = resource.getrusage(resource.RUSAGE_SELF)
    plan.cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return plan


def _plan(files: Sequence[str], tmp: str, n_buckets: int, threads: int, memory: str) -> Plan:
    con = connect(files, tmp, threads, memory)
    seconds: dict[str, float] = {}
    t = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal t
        seconds[step] = time.perf_counter() - t
        t = time.perf_counter()

    try:
        context = story_pass(con, with_places=False)   # the continued places only
        con.register("continued", pa.table({
            "doc_id": pa.array(list(context.places), pa.string()),
            "place": pa.array(list(context.places.values()), pa.string())}))
        con.execute("CREATE TEMP VIEW places AS SELECT doc_id, place FROM doc_places "
                    "UNION ALL SELECT doc_id, place FROM continued")
        with open(context_path(tmp), "wb") as fh:
            # without the documents' places (a million at ten million claims, loaded by
            # every bucket): the bucket rows carry them (_write_buckets)
            pickle.dump(replace(context, places={}), fh)
        lap("places")
        keys, n_series, by_hash = _key_table(con, n_buckets, context)
        con.register("keys", keys)
        lap("keys")
        found = _write_buckets(con, tmp, by_hash)
        lap("buckets")
        n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        con.close()
    return Plan(found, int(n), n_series, seconds)


__all__ = ["KEY_INPUTS", "Plan", "RECONCILE_COLUMNS", "connect", "context_path",
           "family", "key_of", "plan_buckets", "story_pass"]
