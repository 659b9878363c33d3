"""Claims and documents as Parquet: the columnar form of Contract 1 for large runs.

A run writes a *dataset*: a directory holding ``claims/`` and ``documents/``, one Parquet file
per unit of work in each, plus a manifest. One file per unit is what makes a rerun resumable
(a unit whose claims file exists is done) and lets workers write in parallel without
coordinating. Contract 1 fields are columns; the nested ones (value, source, time, counted,
who) are structs, so a DuckDB or pandas user can query ``value.low`` or ``who.place`` directly.

Files are written under a temporary name and renamed, claims last, so a crash never leaves a
file that looks complete. Paths go through fsspec, so OUT may be an object-store URL that
every worker can reach.
"""

from __future__ import annotations

import json
import posixpath
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimledger.model import Claim, Document

CLAIMS_DIR = "claims"
DOCUMENTS_DIR = "documents"
MANIFEST = "_claimledger.json"

_SPAN = pa.list_(pa.int32())
CLAIM_SCHEMA = pa.schema([
    ("id", pa.string()), ("doc_id", pa.string()), ("span", _SPAN), ("text", pa.string()),
    ("sentence", pa.string()), ("sentence_span", _SPAN),
    ("value", pa.struct([("low", pa.float64()), ("high", pa.float64()),
                         ("bound", pa.string())])),
    ("placeholder", pa.bool_()), ("unit", pa.string()), ("measure", pa.string()),
    ("subject", pa.string()),
    ("counted", pa.struct([("text", pa.string()), ("span", _SPAN)])),
    ("who", pa.struct([("group", pa.string()), ("nationality", pa.string()),
                       ("place", pa.string())])),
    ("increment", pa.bool_()), ("hedged", pa.bool_()),
    ("source", pa.struct([("text", pa.string()), ("span", _SPAN), ("id", pa.string()),
                          ("kind", pa.string()), ("cue", pa.string()),
                          ("label", pa.string())])),
    ("time", pa.struct([("start", pa.date32()), ("end", pa.date32())])),
    ("outlet", pa.string()), ("published", pa.date32()), ("published_from", pa.string()),
    ("extra", pa.string()),   # JSON: free-form provenance, no fixed shape to make a struct of
])

DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("path", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
    ("language", pa.string()), ("published", pa.date32()), ("published_from", pa.string()),
    ("title", pa.string()), ("text", pa.string()), ("n_claims", pa.int32()),
    ("section", pa.string()),
])


def claim_row(c: Claim, published_from: str | None) -> dict[str, Any]:
    """One claim as a row of :data:`CLAIM_SCHEMA` (dates as dates, not strings)."""
    s = c.source
    return {
        "id": c.id, "doc_id": c.doc_id, "span": list(c.span), "text": c.text,
        "sentence": c.sentence,
        "sentence_span": list(c.sentence_span) if c.sentence_span else None,
        "value": {"low": c.value.low, "high": c.value.high, "bound": c.value.bound},
        "placeholder": c.placeholder, "unit": c.unit, "measure": c.measure,
        "subject": c.subject,
        "counted": {"text": c.counted.text, "span": list(c.counted.span)} if c.counted else None,
        "who": {"group": c.who.group, "nationality": c.who.nationality, "place": c.who.place},
        "increment": c.increment, "hedged": c.hedged,
        "source": {"text": s.text, "span": list(s.span) if s.span else None, "id": s.id,
                   "kind": s.kind, "cue": s.cue, "label": s.label} if s else None,
        "time": {"start": c.time.start, "end": c.time.end} if c.time else None,
        "outlet": c.outlet, "published": c.published, "published_from": published_from,
        "extra": json.dumps(c.extra, ensure_ascii=False, sort_keys=True) if c.extra else None,
    }


def document_row(doc: Document, n_claims: int) -> dict[str, Any]:
    return {"id": doc.id, "path": doc.path, "outlet": doc.outlet, "url": doc.url,
            "language": doc.language, "published": doc.published,
            "published_from": doc.published_from, "title": doc.title, "text": doc.text,
            "n_claims": n_claims, "section": doc.section}


def claim_record(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet claim row back in the JSON shape of Contract 1 (as ``extract`` writes it)."""
    def iso(d: Any) -> Any:
        return d.isoformat() if isinstance(d, date) else d

    rec = dict(row)
    t = rec.get("time")
    rec["time"] = {"start": iso(t["start"]), "end": iso(t["end"])} if t else None
    rec["published"] = iso(rec.get("published"))
    src = rec.get("source")
    if src is not None and src.get("label") is None:
        src = {k: v for k, v in src.items() if k != "label"}
        rec["source"] = src
    extra = rec.pop("extra", None)
    if extra:
        rec["extra"] = json.loads(extra)
    return rec


def claim_from_row(row: dict[str, Any]) -> Claim:
    return Claim.from_json(claim_record(row))


# ---------------------------------------------------------------------- writing
def _fs(url: str) -> tuple[Any, str]:
    import fsspec.core

    return fsspec.core.url_to_fs(url)


def write_table_atomic(table: pa.Table, url: str) -> None:
    """Write ``table`` to ``url`` via a temporary sibling and a rename."""
    fs, path = _fs(url)
    parent = posixpath.dirname(path)
    fs.makedirs(parent, exist_ok=True)
    tmp = posixpath.join(parent, f".tmp-{uuid.uuid4().hex}-{posixpath.basename(path)}")
    with fs.open(tmp, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
    fs.mv(tmp, path)


def write_partition(out: str, name: str, docs: list[dict[str, Any]],
                    claims: list[dict[str, Any]]) -> None:
    """Write one unit's documents, then its claims (the claims file marks the unit done)."""
    write_table_atomic(pa.Table.from_pylist(docs, schema=DOCUMENT_SCHEMA),
                       posixpath.join(out, DOCUMENTS_DIR, f"{name}.parquet"))
    write_table_atomic(pa.Table.from_pylist(claims, schema=CLAIM_SCHEMA),
                       posixpath.join(out, CLAIMS_DIR, f"{name}.parquet"))


def done_partitions(out: str) -> set[str]:
    """Names of the units whose claims file exists (finished in an earlier run)."""
    fs, path = _fs(out)
    cdir = posixpath.join(path, CLAIMS_DIR)
    if not fs.exists(cdir):
        return set()
    names = set()
    for p in fs.ls(cdir, detail=False):
        base = posixpath.basename(p)
        if base.endswith(".parquet") and not base.startswith("."):
            names.add(base[: -len(".parquet")])
    return names


def read_manifest(out: str) -> dict[str, Any] | None:
    fs, path = _fs(out)
    p = posixpath.join(path, MANIFEST)
    if not fs.exists(p):
        return None
    with fs.open(p, "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))


def write_manifest(out: str, manifest: dict[str, Any]) -> None:
    fs, path = _fs(out)
    fs.makedirs(path, exist_ok=True)
    with fs.open(posixpath.join(path, MANIFEST), "wb") as fh:
        fh.write(json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))


# ---------------------------------------------------------------------- reading
def claims_location(path: str) -> str:
    """A claims dataset given as the run's OUT directory, its ``claims/`` directory, or one
    Parquet file."""
    fs, p = _fs(path)
    sub = posixpath.join(p, CLAIMS_DIR)
    if fs.isdir(p) and fs.isdir(sub):
        return path.rstrip("/") + "/" + CLAIMS_DIR
    return path


def iter_claim_batches(path: str, batch_rows: int = 65536,
                       columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """Record batches of a claims file or dataset, in file order, streamed."""
    import pyarrow.dataset as ds

    fs, p = _fs(claims_location(path))
    dataset = ds.dataset(p, format="parquet", filesystem=fs,
                         exclude_invalid_files=False, ignore_prefixes=[".", "_"])
    yield from dataset.to_batches(columns=columns, batch_size=batch_rows)


def read_claims(path: str) -> Iterator[Claim]:
    """Claims of a Parquet file or dataset, streamed, equal to what ``extract`` wrote."""
    for batch in iter_claim_batches(path):
        for row in batch.to_pylist():
            yield claim_from_row(row)


def is_parquet_input(path: str) -> bool:
    """A claims input that is Parquet rather than JSONL: a .parquet file or a directory."""
    if path == "-":
        return False
    if path.rstrip("/").endswith(".parquet"):
        return True
    fs, p = _fs(path)
    return bool(fs.isdir(p))


__all__ = ["CLAIM_SCHEMA", "DOCUMENT_SCHEMA", "CLAIMS_DIR", "DOCUMENTS_DIR", "MANIFEST",
           "claim_row", "claim_record", "claim_from_row", "document_row", "write_partition",
           "done_partitions", "read_manifest", "write_manifest", "read_claims",
           "iter_claim_batches", "is_parquet_input", "claims_location"]
