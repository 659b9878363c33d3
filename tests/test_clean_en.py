"""English boilerplate: page furniture with numbers yields no claims, article text does."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.clean.boilerplate import boilerplate_spans
from claimledger.lang import load_pack

PACK = load_pack("en")

ARTICLE = "About 1,200 homes were flooded, the Environment Agency said.\n"

# furniture lines (each with a number), appended after the article
FURNITURE = [
    "Reporting by Jane Doe; Editing by 2 editors and 3 sub-editors",
    "Read more: 10 things to know about the floods",
    "Sign up to our newsletter for 5 free articles every week by e-mail",
    "Copyright 2025 Northern Wire Service. All rights reserved.",
    "Photo: 25 volunteers fill sandbags (Getty Images)",
    "Tags: floods, Cumbria, 2025",
]


@pytest.mark.parametrize("line", FURNITURE, ids=[f[:20] for f in FURNITURE])
def test_furniture_yields_no_claims(line: str) -> None:
    text = ARTICLE + "\n" + line + "\n"
    claims = claimledger.extract(text, published="2025-11-05", lang="en")
    assert [c.text for c in claims] == ["1,200"]


def test_wire_agency_tag_is_marked() -> None:
    text = "CARLISLE (Reuters) - About 1,200 homes were flooded."
    spans = boilerplate_spans(text, PACK)
    assert any(text[s.start:s.end] == "(Reuters)" for s in spans)


def test_sentence_with_comment_word_is_article_text() -> None:
    text = "The council said 40 comments were received on the plan.\n"
    assert [c.text for c in claimledger.extract(text, published="2025-11-05", lang="en")] == ["40"]
