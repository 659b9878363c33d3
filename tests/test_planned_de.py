"""A toll someone meant to cause has not happened: it is planned. Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

from claimledger.model import Claim

PUB = "2025-03-14"


def _claim(text: str, fig: str) -> Claim:
    return claim_of(text, fig, PUB)


@pytest.mark.parametrize("text, fig", [
    ("Der Attentäter wollte nach Angaben der Polizei mehr als 50 Menschen töten.", "50"),
    ("Die Gruppe soll zwölf Soldaten umbringen wollen.", "zwölf"),
])
def test_a_toll_someone_meant_to_cause_is_planned(text, fig):
    assert _claim(text, fig).measure == "planned"


def test_a_toll_caused_stays_killed():
    assert _claim("Der Täter wollte fliehen, nachdem er drei Menschen getötet hatte.", "drei").measure == "killed"
