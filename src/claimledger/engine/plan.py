"""Cutting the inputs into units of work with names that survive a restart.

Records are read here, in order, through the serial half of ingest
(:func:`claimledger.ingest.read_pending`: ``--meta``, directory metadata and ids unique within
the run, exactly as for ``read_documents``) and cut into batches named ``part-000000``,
``part-000001``, ... The per-document half (language, publication date, the dateline search)
is left to the unit (:func:`claimledger.ingest.settle_document`, in ``work``), so the process
that plans does only what must be done in input order and the workers do the rest. Archive files (WARC) are not read here: ingest hands them over
(:func:`claimledger.ingest.warc.deferring_archives`) and each becomes a unit of its own, named
after the file (``CC-NEWS-20250101-00000-1a2b3c4d``), so that adding files to an archive
directory and rerunning processes only the new ones.

Batch names depend on the inputs and the batch size; the dataset's manifest records both, and
a rerun with different ones is refused instead of silently skipping the wrong batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from claimledger.engine.work import Unit

#: documents per unit: enough to amortise scheduling (a few ms per task), few enough that two
#: workers share a 1,000-article corpus evenly and a crash loses little
DEFAULT_BATCH = 32
MANIFEST_FORMAT = 1


class PlanError(Exception):
    """The output already holds a dataset made from other inputs or settings."""


def archive_unit_name(path: str) -> str:
    """The file's own name, so a dataset shows which archive each partition came from, plus
    a hash of its full location, so two archives of one name in different folders differ."""
    from claimledger.ingest.fsopen import FsPath
    from claimledger.ingest.warc import archive_stem

    stem = archive_stem(FsPath(path) if "://" in path else Path(path))
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"


def plan_units(paths: Sequence[str], meta: str | None, lang: str | None, batch_size: int,
               on_error: Callable[[str, str], None]) -> Iterator[Unit]:
    """Units in a deterministic order: document batches and archive files as met."""
    from claimledger.ingest import PendingDocument, read_pending
    from claimledger.ingest.warc import DEFERRED, deferring_archives

    def heard(name: str, message: str) -> None:
        if message != DEFERRED:
            on_error(name, message)

    docs = read_pending(list(paths), meta=meta, lang=lang, on_error=heard)
    found: list[Any] = []
    batch: list[PendingDocument] = []
    seq = n_batches = 0
    while True:
        with deferring_archives(found):   # only while ingest advances: see its docstring
            doc = next(docs, None)
        for arch in found:
            where = _absolute(str(arch))   # a worker's working directory is not ours
            yield Unit(archive_unit_name(where), seq, archive=where,
                       meta=_absolute(meta) if meta else None, lang=lang)
            seq += 1
        found.clear()
        if doc is not None:
            batch.append(doc)
        if batch and (doc is None or len(batch) >= batch_size):
            yield Unit(f"part-{n_batches:06d}", seq, pending=batch, meta=meta, lang=lang)
            seq += 1
            n_batches += 1
            batch = []
        if doc is None:
            return


def _absolute(path: str) -> str:
    return path if "://" in path else str(Path(path).resolve())


def manifest_for(paths: Sequence[str], meta: str | None, lang: str | None,
                 batch_size: int) -> dict[str, Any]:
    """What a dataset's partition names depend on."""
    return {"format": MANIFEST_FORMAT, "inputs": [_absolute(p) for p in paths],
            "meta": _absolute(meta) if meta else None, "lang": lang, "batch_size": batch_size}


def check_manifest(existing: dict[str, Any] | None, wanted: dict[str, Any], out: str) -> bool:
    """True when ``out`` holds an earlier run of the same job (resume); raises when it holds
    another job's dataset."""
    if existing is None:
        return False
    diff = [k for k in ("format", "inputs", "meta", "lang", "batch_size")
            if existing.get(k) != wanted.get(k)]
    if diff:
        raise PlanError(f"{out} holds claims from a run with other {', '.join(diff)}; "
                        "choose another output or delete it")
    return True


__all__ = ["DEFAULT_BATCH", "PlanError", "archive_unit_name", "check_manifest",
           "manifest_for", "plan_units"]
