"""Batched writes (Store.upsert_many and run's write loop): the same database as one document
at a time, idempotent, and a killed run loses only its uncommitted batch, never half of one
document."""

from __future__ import annotations

import textwrap
from pathlib import Path

from datetime import date
from typing import Any

import pytest

from claimledger.model import Claim, Document, Value, Who
from support.kill import kill_in_transaction
from claimledger.store import Store


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, outlet="Outlet", published=date(2025, 4, 28),
                    published_from="given", path=f"{doc_id}.txt")


def claims_for(d: Document) -> list[Claim]:
    """One claim per number token (a stand-in extractor)."""
    out: list[Claim] = []
    pos = 0
    for tok in d.text.split():
        start = d.text.index(tok, pos)
        pos = start + len(tok)
        if tok.isdigit():
            out.append(Claim(id=f"c{len(out) + 1}", doc_id=d.id, span=(start, pos), text=tok,
                             sentence=d.text, value=Value(float(tok), float(tok), "approx"),
                             measure="killed", subject="people", who=Who("people", "DE", None)))
    return out


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Table contents without the ingest timestamp."""
    con = store.connection
    return {"documents": con.execute(
                "SELECT id, path, outlet, url, language, published, published_from, title, "
                "content_hash, claims_hash, text FROM documents ORDER BY id").fetchall(),
            "claims": con.execute("SELECT * FROM claims ORDER BY id").fetchall()}


def doc_claim_counts(store: Store) -> dict[str, int]:
    return dict(store.connection.execute(
        "SELECT d.id, count(c.id) FROM documents d LEFT JOIN claims c ON c.doc_id = d.id "
        "GROUP BY d.id").fetchall())


def test_batch_equals_one_at_a_time(tmp_path: Path) -> None:
    rounds = [[("a", "1 2 3"), ("b", "4"), ("c", "no numbers")],
              [("a", "1 2 3"), ("b", "4 5"), ("d", "7 8"), ("b", "6")],   # b twice in a batch
              [("c", "no numbers"), ("a", "1 2 3")]]
    with Store.open(tmp_path / "one.duckdb") as one, Store.open(tmp_path / "many.duckdb") as many:
        for items in rounds:
            docs = [doc(i, t) for i, t in items]
            expected = [one.upsert_document(d, claims_for(d)) for d in docs]
            assert many.upsert_many([(d, claims_for(d)) for d in docs]) == expected
            assert snapshot(many) == snapshot(one)
        assert expected == ["unchanged", "unchanged"]
        assert many.ledger_stale()


def test_many_rows_and_empty_batches(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as s:
        assert s.upsert_many([]) == []
        docs = [doc(f"d{i}", " ".join(str(n) for n in range(i % 7))) for i in range(300)]
        assert set(s.upsert_many([(d, claims_for(d)) for d in docs])) == {"inserted"}
        assert s.counts()["claims"] == sum(i % 7 for i in range(300))
        assert set(s.upsert_many([(d, claims_for(d)) for d in docs])) == {"unchanged"}


CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date
    from claimledger.model import Claim, Document, Value
    from claimledger.store import Store

    def item(name, n):
        d = Document(id=name, text=f"text of {name} with {n}", published=date(2025, 1, 1))
        return d, [Claim(id=f"c{i}", doc_id=name, span=(0, 1), text="1", sentence=d.text,
                         value=Value(i, i)) for i in range(1, n + 1)]

    s = Store.open(sys.argv[1])
    batches = [[item("d1", 3), item("d2", 2)], [item("d1", 5), item("d3", 4), item("d4", 1)]]
    def hang(doc_id):
        if doc_id == "d4":   # the last document of the second batch, before its COMMIT
            print("IN_TXN", flush=True)
            time.sleep(60)
    s._before_commit = hang
    for b in batches:
        s.upsert_many(b)
        print("COMMITTED", len(b), flush=True)
""")


def test_sigkill_mid_batch_loses_only_that_batch(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    lines = kill_in_transaction(CHILD, str(db))
    assert lines == ["COMMITTED 2", "IN_TXN"]
    with Store.open(db) as s:
        # the first batch whole; the second (a replacement of d1 among them) not at all
        assert doc_claim_counts(s) == {"d1": 3, "d2": 2}
        assert "with 3" in s.document("d1").text  # type: ignore[union-attr]


def test_run_commits_in_batches_and_reports_every_document(tmp_path: Path) -> None:
    from claimledger.runner import Pipeline, run

    texts = {f"n{i}": " ".join(["5"] * (i % 3)) for i in range(10)}

    def read(paths, meta=None, lang=None, on_error=None):
        for i, t in texts.items():
            yield doc(i, t or "nothing")

    pipe = Pipeline(read=read, extract=claims_for, ledger=lambda claims: {"series": []})
    seen: list[tuple[str, str]] = []
    commits: list[int] = []
    real = Store.upsert_many

    def counting(self, items, on_refused=None):
        commits.append(len(items))
        return real(self, items, on_refused)

    Store.upsert_many = counting  # type: ignore[method-assign]
    try:
        res = run(["x"], db=tmp_path / "r.duckdb", pipeline=pipe, batch_size=4,
                  on_document=lambda d, status, n: seen.append((d.id, status)))
        again = run(["x"], db=tmp_path / "r.duckdb", pipeline=pipe, batch_size=4)
    finally:
        Store.upsert_many = real  # type: ignore[method-assign]
    assert commits[:3] == [4, 4, 2]
    assert [i for i, _ in seen] == list(texts) and {s for _, s in seen} == {"inserted"}
    assert len(res.inserted) == 10 and len(again.unchanged) == 10


def test_a_refused_document_does_not_cost_its_batch(tmp_path: Path) -> None:
    a, b = doc("a", "1 2"), doc("b", "3")
    bad = claims_for(a) + claims_for(a)[:1]          # a duplicate claim id
    refused: list[str] = []
    with Store.open(tmp_path / "x.duckdb") as s:
        with pytest.raises(ValueError, match="duplicate claim ids"):
            s.upsert_many([(a, bad), (b, claims_for(b))])
        assert s.counts()["documents"] == 0
        got = s.upsert_many([(a, bad), (b, claims_for(b))],
                            on_refused=lambda d, why: refused.append(d.id))
        assert got == [None, "inserted"] and refused == ["a"]
        assert doc_claim_counts(s) == {"b": 1}
