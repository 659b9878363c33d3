"""The parallel workers' disagreements and updates, written as run entries straight from
their pairs of estimates (reconcile/pair_runs.py), are byte for byte the entries the records
give (the same JSON text, the same merge keys) — on the stories, synthetic claims, and ids
or labels that need escaping (those fall back to the records)."""

from __future__ import annotations

import pytest
from test_reconcile_helpers import mk
from test_reconcile_parallel import _bench_ledger, _story_claims

from claimledger.engine.parquet import read_claims
from claimledger.reconcile.ledger import reconcile_groups
from claimledger.reconcile.runs import sorted_runs
from claimledger.reconcile.series import group_series


def _runs(claims, entries: bool):
    return sorted_runs(*reconcile_groups(group_series(claims), entries))


def _assert_same_runs(claims) -> dict:
    want, got = _runs(claims, False), _runs(claims, True)
    assert got == want
    return want


def test_stories_entries_equal_the_records() -> None:
    runs = _assert_same_runs(_story_claims())
    assert runs["disagreements"] and runs["updates"]


def test_synthetic_entries_equal_the_records(tmp_path) -> None:
    data = _bench_ledger().write_synthetic(str(tmp_path / "synth"), 6000, 60, seed=5)
    claims = list(read_claims(data))
    groups = group_series(claims)
    parts, _ = reconcile_groups(groups, entries=True)
    assert any(r.entries for _, r in parts), "the fast path must be taken"
    runs = _assert_same_runs(claims)
    assert len(runs["disagreements"]) > 100 and len(runs["updates"]) > 100


def _clash(ids: tuple[str, str, str], subject: str) -> list:
    """Two sources that disagree about one day, and an update a month later."""
    a, b, c = ids
    return [mk(a, 100, source="x", outlet="O1", time="2025-03-02", subject=subject,
               who=("people", None, "DE")),
            mk(b, 300, source="y", outlet="O2", time="2025-03-02", subject=subject,
               who=("people", None, "DE")),
            mk(c, 900, source="x", outlet="O1", time="2025-05-20", subject=subject,
               who=("people", None, "DE"))]


@pytest.mark.parametrize("ids, subject", [
    (("a1", "b1", "c1"), "victims"),
    (('a"1', "b1", "c1"), "victims"),          # a quote: escaped by the records
    (("a\\1", "b\x001", "c1"), "victims"),      # a backslash, a NUL
    (("ä1", "b\n1", "c\u20281"), "Opfer"),      # non-ASCII, a newline, a line separator
    (("a1", "b1", "c1"), "vic\x00tims"),        # a NUL in the series' label
    (("a1", "b1", "c1"), 'vic"tims'),
])
def test_unusual_ids_and_labels(ids, subject) -> None:
    runs = _assert_same_runs(_clash(ids, subject))
    assert runs["disagreements"] and runs["updates"]
