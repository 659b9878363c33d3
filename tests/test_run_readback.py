"""``run`` reconciles every stored claim without reading back the ones it just wrote: what the
ledger is given must be exactly what :meth:`Store.claims` reads from the database, in the same
order, whatever else the database holds."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from claimledger.model import Claim, Document, Source, TimeSpan, Value
from claimledger.runner import Pipeline, run
from claimledger.store import Store

IDS = ["b", "B", "ä", "a~1", "Z", "日本", "a", "é/2", "a b"]


def _docs(ids: list[str], tag: str) -> list[Document]:
    return [Document(id=i, text=f"{tag} {i}: 12 Tote und 3,5 Millionen Euro, 7 Verletzte.",
                     outlet=None if k % 3 == 0 else f"o{k}",
                     published=[None, date(2025, 4, 28), datetime(2025, 5, 1, 13, 5)][k % 3],
                     language="de")
            for k, i in enumerate(ids)]


def _extract(doc: Document) -> list[Claim]:
    """Three claims in an order other than the text's, with the fields that could change on
    their way through the store: floats that are whole, sources, times, outlets."""
    out = []
    for n, (s, e, v) in enumerate([(30, 32, 7.0), (0, 2, 12.0), (10, 13, 3.5e6 + 0.25)], 1):
        out.append(Claim(
            id=f"c{n}", doc_id=doc.id, span=(s, e), text=doc.text[s:e], sentence=doc.text,
            value=Value(v, v if n != 2 else None, "exact" if n != 3 else "approx"),
            measure="killed", subject="people",
            source=Source("laut X", (1, 3), "x.id", "gov", "laut") if n == 1 else None,
            time=TimeSpan(date(2025, 4, 1), date(2025, 4, 30)) if n == 2 else None,
            outlet="eigen" if n == 3 else None, published=date(2024, 1, 2) if n == 1 else None))
    return out


def _run(db: Path, docs: list[Document]) -> tuple[list[Any], Any]:
    seen: list[Any] = []

    def ledger(claims: list[Claim]) -> dict[str, Any]:
        seen.extend((c.to_json(), type(c.value.low), type(c.published)) for c in claims)
        return {"series": [], "disagreements": [], "updates": [], "relations": [], "gaps": []}

    pipe = Pipeline(read=lambda paths, **kw: iter(docs), extract=_extract, ledger=ledger)
    result = run(["unused"], db=db, pipeline=pipe, batch_size=4)
    return seen, result


def _read_back(db: Path) -> list[Any]:
    with Store.open(db, read_only=True) as store:
        return [(c.to_json(), type(c.value.low), type(c.published)) for c in store.claims()]


def test_run_gives_the_ledger_what_the_store_holds(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    seen, result = _run(db, _docs(IDS, "first"))                 # a new database
    assert seen == _read_back(db) and result.claims_stored == 3 * len(IDS)
    seen, result = _run(db, _docs(IDS[:4], "first"))             # all unchanged, others stored
    assert result.unchanged and seen == _read_back(db)
    seen, result = _run(db, _docs(IDS[2:6] + ["neu", "Ω"], "second"))  # replaced and inserted
    assert result.replaced and result.inserted
    assert seen == _read_back(db) and result.claims_stored == 3 * (len(IDS) + 2)
