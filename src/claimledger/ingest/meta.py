"""Article metadata supplied beside the articles (``--meta META.jsonl``).

A corpus of plain-text files carries no outlet or date; a metadata file adds them. Each
line names its article by ``id`` (the file stem, or a JSONL/CSV row id) and/or ``path``
(a basename or a path relative to the metadata file). Metadata is small next to the
corpus, so it is indexed in memory; entries that match no input are reported at the end,
because they usually mean a typo or a missing file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from claimledger.ingest.errors import ErrorHandler, warn
from claimledger.ingest.record import no_surrogates

#: the fields a metadata line may set on a Document
META_FIELDS = ("outlet", "url", "published", "language", "title", "date_note", "section")
#: other names a metadata line may give a field under (the first given wins)
META_ALIASES = {"section": ("section", "category", "ressort", "rubrik")}


def parse_date(value: Any) -> date | None:
    """Read a publication date given as ISO date/datetime, ``DD.MM.YYYY`` or a Unix time."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        # a Unix time; NaN, infinities and times outside what a date can hold are no date
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    for fmt in ("%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(s[:10], fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except (ValueError, OverflowError):
        return None


def _fields(obj: dict[str, Any]) -> dict[str, Any]:
    """The metadata fields a line sets, each under its own name whatever alias it used."""
    out: dict[str, Any] = {}
    for k in META_FIELDS:
        for alias in META_ALIASES.get(k, (k,)):
            if obj.get(alias) not in (None, ""):
                out[k] = obj[alias]
                break
    return out


def _resolve(p: Path) -> Path:
    """``p.resolve()`` that never raises: a symlink loop resolves to its absolute path."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return p.absolute()


@dataclass
class MetaEntry:
    """One metadata line; ``used`` turns true when it was attached to a document."""

    source: str           # "meta.jsonl:LINE", for messages
    base: Path            # directory of the metadata file: relative paths resolve here
    id: str | None
    path: str | None
    fields: dict[str, Any]
    used: bool = False


@dataclass
class MetaIndex:
    """Lookup of metadata by document id and by file path."""

    entries: list[MetaEntry] = field(default_factory=list)
    files: set[Path] = field(default_factory=set)   # metadata files, never read as articles
    _by_id: dict[str, MetaEntry] = field(default_factory=dict)
    _by_abs: dict[Path, MetaEntry] = field(default_factory=dict)
    _by_name: dict[str, list[MetaEntry]] = field(default_factory=dict)

    def load(self, path: str | Path, on_error: ErrorHandler) -> None:
        """Add the lines of one metadata file; bad lines are reported and skipped."""
        p = Path(path)
        name = str(path)
        try:
            if not p.is_file():
                on_error(name, "cannot read metadata: "
                               + ("not a regular file" if p.exists() else "no such file"))
                return
            fh = p.open("rb")
        except OSError as e:
            on_error(name, f"cannot read metadata: {e.strerror or e}")
            return
        self.files.add(_resolve(p))
        with fh:
            for lineno, raw in enumerate(fh, 1):
                where = f"{name}:{lineno}"
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8-sig"))
                except (UnicodeDecodeError, ValueError, RecursionError) as e:
                    on_error(where, f"malformed metadata line: {e}")
                    continue
                if not isinstance(obj, dict) or not (obj.get("id") or obj.get("path")):
                    on_error(where, "metadata line needs an object with 'id' or 'path'")
                    continue
                obj = no_surrogates(obj, where, on_error)
                self._add(MetaEntry(
                    source=where, base=_resolve(p).parent,
                    id=str(obj["id"]) if obj.get("id") not in (None, "") else None,
                    path=str(obj["path"]) if obj.get("path") else None,
                    fields=_fields(obj),
                ))

    def _add(self, e: MetaEntry) -> None:
        self.entries.append(e)
        if e.id is not None:
            self._by_id.setdefault(e.id, e)
        if e.path is not None:
            self._by_abs.setdefault(_resolve(e.base / e.path), e)
            self._by_name.setdefault(Path(e.path).name, []).append(e)

    def is_meta_file(self, path: Path) -> bool:
        return _resolve(path) in self.files

    def for_file(self, path: Path) -> MetaEntry | None:
        """Metadata of a file: by its path (relative to the metadata file, or by
        basename/suffix), else by its stem as id."""
        hit = self._by_abs.get(_resolve(path))
        if hit is None:
            parts = _resolve(path).parts
            for e in self._by_name.get(path.name, []):
                ep = Path(e.path or "").parts
                if tuple(parts[-len(ep):]) == tuple(ep):
                    hit = e
                    break
        if hit is None:
            hit = self._by_id.get(path.stem)
        if hit is not None:
            hit.used = True
        return hit

    def for_id(self, doc_id: str) -> MetaEntry | None:
        hit = self._by_id.get(doc_id)
        if hit is not None:
            hit.used = True
        return hit

    def report_unused(self, on_error: ErrorHandler) -> None:
        """Warn about every metadata line that matched no input."""
        for e in self.entries:
            if not e.used:
                what = f"id {e.id!r}" if e.id else f"path {e.path!r}"
                warn(on_error, e.source, f"metadata for {what} matches no input")
