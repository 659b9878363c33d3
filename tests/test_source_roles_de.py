"""A state's ministries are sources of their own: the interior ministry is not "the
government" in general, so its tolls and the government's money stay apart."""

from __future__ import annotations

import pytest

from claimledger.extract.attribution.registry import resolve_source
from claimledger.lang import load_pack

PACK = load_pack("de")


@pytest.mark.parametrize("mention,expected", [
    ("das österreichische Innenministerium", "at.interior"),
    ("Innenministerium in Wien", "at.interior"),
    ("das deutsche Finanzministerium", "de.finance"),
    ("die österreichische Regierung", "at.gov"),
])
def test_ministries_of_a_state(mention, expected):
    assert resolve_source(mention, PACK)[0] == expected
