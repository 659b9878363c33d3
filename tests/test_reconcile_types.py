"""The ledger as a type: one JSON form, read back without loss."""

from __future__ import annotations

import json

from test_reconcile_helpers import mk

from claimledger.model import Ledger, Series, Who
from claimledger.reconcile import build_ledger

CONTRACT_KEYS = ("series", "disagreements", "updates", "relations", "gaps")


def _story():
    sub = dict(measure="killed", subject="flood victims", unit="person")
    return [
        mk("a", 100, time="2024-05-01", source="gov", outlet="X", **sub),
        mk("b", 100, time="2024-05-01", source="ngo", outlet="Y", **sub),
        mk("c", 300, time="2024-05-01", source="un", outlet="Z", **sub),
        mk("d", 450, time="2024-06-20", source="gov", outlet="X", **sub),
        mk("p", None, placeholder=True, time="2024-05-01", source="gov", outlet="Y", **sub),
    ]


def test_build_ledger_returns_typed_records():
    led = build_ledger(_story())
    assert isinstance(led, Ledger)
    assert all(isinstance(s, Series) for s in led.series)
    assert led.disagreements and led.updates and led.gaps
    assert led.gaps[0].candidates[0].value == 100


def test_json_round_trip_is_lossless():
    d = build_ledger(_story()).to_json()
    assert tuple(d)[:5] == CONTRACT_KEYS
    d["about"] = "an extra top-level key survives"
    again = Ledger.from_json(json.loads(json.dumps(d))).to_json()
    assert again == d


def test_series_json_carries_who():
    s = Series("people (ES)", "killed", "person", Who("people", None, "ES"))
    assert s.to_json()["who"] == {"group": "people", "nationality": None, "place": "ES"}
    assert Series.from_json(s.to_json()) == s


def test_update_keeps_from_as_json_key():
    led = build_ledger(_story()).to_json()
    assert set(led["updates"][0]) >= {"from", "to", "why"}


def test_store_keeps_the_typed_ledger(tmp_path):
    """The store converts at its boundary: a typed ledger in, the same ledger out."""
    from claimledger.store import Store

    led = build_ledger(_story())
    with Store.open(tmp_path / "l.duckdb") as s:
        s.save_ledger(led)
        assert s.load_ledger() == led
        assert s.ledger() == led.to_json()
