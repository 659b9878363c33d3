"""Whole articles we wrote ourselves (other stories than the seeds): every figure, what it
counts, who says it and when, checked together — the way the tool meets unseen news."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimledger

DATA = Path(__file__).parent / "data"

# figure text -> (measure, subject, source id or kind ("-": the outlet itself, None: not
# checked), bound, time start, time end)
ERDBEBEN = {
    "2.300": ("killed", "people in Turkey", "-", "more_than", "2023-02-07", "2023-02-07"),
    "2.316": ("killed", "people in Turkey", "official", "exact", "2023-02-07", "2023-02-07"),
    "13.000": ("wounded", "people in Turkey", "official", "more_than", None, None),
    # "hatte die Behörde noch von 1.541 Toten gesprochen": the authority's earlier figure
    "1.541": ("killed", "people in Turkey", "official", "exact", "2023-02-06", "2023-02-06"),
    "7,8": ("magnitude", None, None, "exact", None, None),
    "1.444": ("killed", None, "sy.gov", "at_least", None, None),
    "790": ("killed", "people in Syria", "ngo", "exact", None, None),
    "5.600": ("damage", None, "tr.president", "approx", None, None),
    "6 Millionen": ("aid", None, "eu", "exact", None, None),
}

HOCHWASSER = {
    "1061": ("killed", "people in Pakistan", "official", "exact", "2022-06-11", "2022-08-29"),
    "348": ("killed", "children in Pakistan", "official", "exact", None, None),
    "1600": ("wounded", "people in Pakistan", "-", "approx", None, None),
    "500.000": ("displaced", "displaced people in Pakistan", "un.unhcr", "approx", None, None),
    "zehn Milliarden": ("damage", None, "government", "at_least", None, None),
    "600": ("killed", "people in Pakistan", None, "more_than", "2021-01-01", "2021-12-31"),
}

NAHOST = {
    "8.005": ("killed", "people in Palestinian territories", "government", "at_least", None, None),
    "3.324": ("killed", "children in Palestinian territories", "official", "exact", None, None),
    "20.000": ("wounded", "people in Palestinian territories", "official", "more_than", None, None),
    "1.400": ("killed", "people in Israel", None, "approx", None, None),
    "230": ("captured", None, None, "approx", None, None),
    "310": ("casualties", None, "official", "exact", None, None),
    "360.000": ("deployed", None, "official", "exact", None, None),
    "1,4 Millionen": ("displaced", "people in Palestinian territories", "un", "exact", None, None),
    "57": ("killed", None, "un.unrwa", "exact", None, None),
    "100 Millionen": ("aid", None, "us.gov", "exact", None, None),
}

SUDAN = {
    "Zehntausenden": ("killed", "people in Sudan", "un", "vague", None, None),
    "14.600": ("killed", "people in Sudan", "un", "at_least", "2024-03-14", "2024-03-14"),
    "8,1 Millionen": ("displaced", "people in Sudan", "un", "more_than", None, None),
    "150.000": ("killed", None, "government", "up_to", None, None),
    "10.000 und 15.000": ("killed", "people in Sudan", "un", "range", None, None),
    "5": ("share", None, "-", "approx", None, None),
    "2,7 Milliarden": ("aid", None, "-", "exact", None, None),
}

MALI = {
    "1.000": ("deployed", "Russian troops", "-", "approx", "2022-01-01", "2022-12-31"),
    "500": ("killed", None, "un", "at_least", "2022-03-01", "2022-03-31"),
    "5.100": ("present", "French troops", "-", "approx", None, None),
    "1.100": ("deployed", "German troops", "-", "approx", None, None),
    "1.400": ("deployed", "German troops", "-", "up_to", None, None),
}

NORDKOREA = {
    "3.000": ("deployed", "North Korean troops", "kr.military", "approx", "2025-01-01", "2025-02-28"),
    "14.000": ("deployed", "North Korean troops", "kr.military", "approx", None, None),
    "4.000": ("casualties", "North Korean troops", "kr.military", "approx", None, None),
    "6.000": ("casualties", "North Korean troops", "ua.gur", "more_than", None, None),
    "2": ("captured", "North Korean troops", "ua.gov", "exact", None, None),
}


@pytest.mark.parametrize("name,published,expected", [
    ("de_nordkorea.txt", "2025-03-27", NORDKOREA),
    ("de_mali.txt", "2023-03-10", MALI),
    ("de_sudan.txt", None, SUDAN),
    ("de_nahost.txt", "2023-10-29", NAHOST),
    ("de_erdbeben.txt", "2023-02-07", ERDBEBEN),
    ("de_hochwasser.txt", "2022-08-29", HOCHWASSER),
])
def test_article(name, published, expected):
    text = (DATA / name).read_text(encoding="utf-8")
    claims = {}
    if published is None:  # the article carries its own dateline
        from claimledger.ingest import read_documents
        (doc,) = read_documents([DATA / name])
        published = doc.published.isoformat()
    for c in claimledger.extract(text, published=published):
        claims.setdefault(c.text, c)
    assert "250 Millionen" not in claims  # a "Lesen Sie auch" teaser
    # "unter Berufung auf drei Quellen" counts sources, not anyone of the story
    assert "drei" not in claims or (claims["drei"].who.group is None and claims["drei"].measure == "other")
    for fig, (measure, subject, source, bound, t0, t1) in expected.items():
        c = claims.get(fig)
        assert c is not None, f"{fig} not extracted: {sorted(claims)}"
        assert c.measure == measure, (fig, c.measure)
        if subject is not None:
            assert c.subject == subject, (fig, c.subject)
        if source is None:
            pass  # not checked
        elif source == "-":
            assert c.source is None, (fig, c.source)
        else:
            assert c.source is not None and source in (c.source.id, c.source.kind), (fig, c.source)
        assert c.value.bound == bound, (fig, c.value)
        if t0:
            assert (c.time.start.isoformat(), c.time.end.isoformat()) == (t0, t1), (fig, c.time)
        assert text[c.span[0]:c.span[1]] == c.text
