"""What the web app holds in memory: the story, indexes for filtering, and ready JSON.

The database is read once at start-up (read-only) and closed: requests never touch DuckDB,
so they cannot contend for its connection, the app holds no lock that would stop a
``claimledger run``, and ``/api/claims`` is a slice of prepared JSON strings. A restart shows
a newer database.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claimledger.model import Claim
from claimledger.report.charts import colours, source_key
from claimledger.report.view import Series, StoryView, load_story


class FilterError(ValueError):
    """An unknown filter value; the message lists the valid ones."""


@dataclass
class Filters:
    """The overview's and the claims API's filters; empty means "any"."""

    q: str = ""
    measure: str = ""
    source: str = ""
    outlet: str = ""
    doc: str = ""
    since: date | None = None
    until: date | None = None


@dataclass
class AppState:
    story: StoryView
    outlets: dict[str, str | None] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)   # claim id -> source key
    palette: dict[str, str] = field(default_factory=dict)
    claim_json: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    # the filters' valid values, computed once: the snapshot never changes
    choices: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, db: str | os.PathLike[str]) -> "AppState":
        refuse_old_schema(db)
        story = load_story(db)
        st = cls(story=story)
        for cid, c in story.claims.items():
            st.outlets[cid] = story.outlet(c)
            st.sources[cid] = source_key(c, st.outlets[cid])
            rec = c.to_json()
            rec["outlet"] = st.outlets[cid]
            rec["series"] = story.series_of_claim.get(cid)
            st.claim_json[cid] = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        st.order = list(story.claims)
        st.palette = colours(st.sources.values())
        st.choices = {
            "measure": sorted({c.measure for c in story.claims.values()}
                              | {s.measure for s in story.ledger.series}),
            "source": sorted(set(st.sources.values())),
            "outlet": sorted({o for o in st.outlets.values() if o}),
        }
        return st

    # -------------------------------------------------------------- choices
    def measures(self) -> list[str]:
        return self.choices["measure"]

    def source_keys(self) -> list[str]:
        return self.choices["source"]

    def outlet_names(self) -> list[str]:
        return self.choices["outlet"]

    def check(self, f: Filters) -> None:
        """Raise :class:`FilterError` for a value no claim has (a typo must not look like
        "nothing found")."""
        for name, value in (("measure", f.measure), ("source", f.source),
                            ("outlet", f.outlet)):
            valid = self.choices.get(name, [])
            if value and value not in valid:
                raise FilterError(f"unknown {name} {value!r}; valid: {', '.join(valid)}")
        if f.doc and f.doc not in self.story.documents:
            raise FilterError(f"unknown document {f.doc!r}")

    # -------------------------------------------------------------- filtering
    def claim_matches(self, c: Claim, f: Filters) -> bool:
        if f.measure and c.measure != f.measure:
            return False
        if f.source and self.sources.get(c.id) != f.source:
            return False
        if f.outlet and self.outlets.get(c.id) != f.outlet:
            return False
        if f.doc and c.doc_id != f.doc:
            return False
        if f.since or f.until:
            if c.time is None:
                return False
            if f.since and c.time.end < f.since:
                return False
            if f.until and c.time.start > f.until:
                return False
        return True

    def claims(self, f: Filters) -> list[str]:
        self.check(f)
        if not (f.measure or f.source or f.outlet or f.doc or f.since or f.until):
            return self.order
        return [cid for cid in self.order if self.claim_matches(self.story.claims[cid], f)]

    def series(self, f: Filters) -> list[Series]:
        """Series whose title or who matches ``q`` and that hold a claim passing the filters."""
        self.check(f)
        q = f.q.strip().lower()
        narrow = f.source or f.outlet or f.since or f.until
        out = []
        for s in sorted(self.story.ledger.series, key=lambda s: (-len(s.claim_ids()), s.id)):
            if f.measure and s.measure != f.measure:
                continue
            if q and q not in (s.title + " " + " ".join(
                    str(v) for v in (s.who or {}).values() if v)).lower():
                continue
            if narrow and not any(self.claim_matches(self.story.claims[c], f)
                                  for c in s.claim_ids() if c in self.story.claims):
                continue
            out.append(s)
        return out

    def claims_page(self, ids: Iterable[str], total: int, limit: int, offset: int) -> str:
        """The /api/claims body, joined from prepared JSON strings."""
        body = ",".join(self.claim_json[c] for c in ids)
        return f'{{"total":{total},"limit":{limit},"offset":{offset},"claims":[{body}]}}'


def refuse_old_schema(db: str | os.PathLike[str]) -> None:
    """The app never writes, not even the schema migration that opening an older database
    with :class:`Store` performs: such a file gets a message saying how to upgrade it."""
    import duckdb

    from claimledger.store import SCHEMA_VERSION, StoreError

    if not Path(db).is_file():
        return  # Store.open names the problem
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return
    try:
        row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    except duckdb.Error:
        return
    finally:
        con.close()
    version = int(row[0]) if row and row[0] is not None else 0
    if version < SCHEMA_VERSION:
        raise StoreError(f"{db}: written by an older claimledger (schema {version}); the app "
                         "opens databases read-only, so upgrade it first with "
                         f"'claimledger show --db {db}'")


def parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise FilterError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


__all__ = ["AppState", "FilterError", "Filters", "parse_date"]
