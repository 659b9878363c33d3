"""The reconciled ledger in the database: saved whole, read back as Contract 2.

The ledger is derived data (a pure function of the stored claims), so it is replaced in one
transaction rather than patched; its series, estimates and items keep their JSON form, which
reports and the web UI share, with link tables from items to the claims they cite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timezone
from typing import Any

import duckdb

from claimledger.model import Ledger
from claimledger.store.connection import _insert_many, transaction
from claimledger.store.schema import canonical_json

# plural ledger key (Contract 2) <-> kind stored in ledger_items
LEDGER_ITEM_KINDS: dict[str, str] = {
    "disagreements": "disagreement", "updates": "update",
    "relations": "relation", "gaps": "gap",
}
# keys inside ledger items whose values are claim ids (at any depth, e.g. gap candidates)
_CLAIM_REF_KEYS = ("claims", "claim", "from", "to", "parts", "total")



class LedgerTables:
    """The ledger half of :class:`~claimledger.store.duckdb_store.Store` (a mixin: the store
    provides the connection, ``_meta`` and ``_marked_stale``)."""

    _con: duckdb.DuckDBPyConnection
    _marked_stale: bool

    def _meta(self, key: str) -> str | None:  # provided by Store
        raise NotImplementedError

    def save_ledger(self, ledger: Ledger | Mapping[str, Any]) -> None:
        """Replace the stored ledger with ``ledger`` (Contract 2), in one transaction.

        The tables keep the JSON form, which other readers (reports, the web UI) share; a
        typed :class:`Ledger` is converted here, at the boundary."""
        if isinstance(ledger, Ledger):
            ledger = ledger.to_json()
        con = self._con
        with transaction(con):
            for t in ("series", "estimates", "estimate_claims", "ledger_items",
                      "ledger_item_claims"):
                con.execute(f"DELETE FROM {t}")
            series_rows: list[tuple[Any, ...]] = []
            est_rows: list[tuple[Any, ...]] = []
            link_rows: list[tuple[Any, ...]] = []
            est_id = 0
            for s_id, series in enumerate(ledger.get("series") or []):
                head = {k: v for k, v in series.items() if k != "estimates"}
                series_rows.append((s_id, series.get("subject"), series.get("measure"),
                                    canonical_json(head)))
                for pos, est in enumerate(series.get("estimates") or []):
                    t = est.get("time") or {}
                    est_rows.append((
                        est_id, s_id, pos, est.get("low"), est.get("high"), est.get("bound"),
                        bool(est.get("increment")), _date(t.get("start")), _date(t.get("end")),
                        [str(x) for x in est.get("sources") or []], canonical_json(est)))
                    for cpos, cid in enumerate(est.get("claims") or []):
                        link_rows.append((est_id, str(cid), cpos))
                    est_id += 1
            _insert_many(con, "series", ("id", "subject", "measure", "json"), series_rows)
            _insert_many(con, "estimates", ("id", "series_id", "position", "low", "high",
                                            "bound", "increment", "time_start", "time_end",
                                            "sources", "json"), est_rows)
            _insert_many(con, "estimate_claims", ("estimate_id", "claim_id", "position"),
                         link_rows)
            item_rows: list[tuple[Any, ...]] = []
            ref_rows: list[tuple[Any, ...]] = []
            item_id = 0
            for key, kind in LEDGER_ITEM_KINDS.items():
                for pos, item in enumerate(ledger.get(key) or []):
                    item_rows.append((item_id, kind, pos, canonical_json(item)))
                    for role, cid in claim_refs(item):
                        ref_rows.append((item_id, cid, role))
                    item_id += 1
            _insert_many(con, "ledger_items", ("id", "kind", "position", "payload"), item_rows)
            _insert_many(con, "ledger_item_claims", ("item_id", "claim_id", "role"), ref_rows)
            extra = {k: v for k, v in ledger.items()
                     if k != "series" and k not in LEDGER_ITEM_KINDS}
            con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_extra', ?)",
                        [canonical_json(extra)])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_built_at', ?)",
                        [datetime.now(timezone.utc).isoformat(timespec="seconds")])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('ledger_stale', '0')")
        self._marked_stale = False

    def ledger(self) -> dict[str, Any]:
        """The stored ledger as a Contract-2 dict (empty lists when none was saved)."""
        con = self._con
        out: dict[str, Any] = {}
        extra = self._meta("ledger_extra")
        series: list[dict[str, Any]] = []
        by_id: dict[int, dict[str, Any]] = {}
        for s_id, js in con.execute("SELECT id, json FROM series ORDER BY id").fetchall():
            s = json.loads(js)
            s["estimates"] = []
            by_id[s_id] = s
            series.append(s)
        for s_id, js in con.execute(
                "SELECT series_id, json FROM estimates ORDER BY series_id, position").fetchall():
            by_id[s_id]["estimates"].append(json.loads(js))
        out["series"] = series
        for key in LEDGER_ITEM_KINDS:
            out[key] = []
        for kind, js in con.execute(
                "SELECT kind, payload FROM ledger_items ORDER BY id").fetchall():
            key = next(k for k, v in LEDGER_ITEM_KINDS.items() if v == kind)
            out[key].append(json.loads(js))
        if extra:
            for k, v in json.loads(extra).items():
                out.setdefault(k, v)
        return out

    def load_ledger(self) -> Ledger:
        """The stored ledger as a typed :class:`Ledger` (see :meth:`ledger` for the JSON form)."""
        return Ledger.from_json(self.ledger())

    def ledger_stale(self) -> bool:
        """True when claims changed after the ledger was last saved (e.g. an interrupted run)."""
        return self._meta("ledger_stale") == "1"


def claim_refs(item: Any, role: str | None = None) -> Iterator[tuple[str, str]]:
    """(role, claim id) for every claim reference in a ledger item, at any depth."""
    if isinstance(item, dict):
        for k, v in item.items():
            if k in _CLAIM_REF_KEYS and isinstance(v, str):
                yield (f"{role}.{k}" if role else k), v
            elif k in _CLAIM_REF_KEYS and isinstance(v, list) and all(
                    isinstance(x, str) for x in v):
                for x in v:
                    yield (f"{role}.{k}" if role else k), x
            else:
                yield from claim_refs(v, f"{role}.{k}" if role else k)
    elif isinstance(item, list):
        for x in item:
            yield from claim_refs(x, role)


def _date(s: Any) -> date | None:
    if isinstance(s, date):
        return s
    if isinstance(s, str) and len(s) >= 10:
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None
    return None

