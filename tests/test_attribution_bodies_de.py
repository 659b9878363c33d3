"""Whom a source speaks for (extract/attribution/bodies.py, reconcile/story.py): a person
for the body whose office they name, a role noun for the body of its kind named before, and
across articles a role no article tied to a body for the one named body of its series."""

from __future__ import annotations

from datetime import date

import pytest

import claimledger
from claimledger.model import Claim, Source, TimeSpan, Value
from claimledger.reconcile.series import to_obs
from claimledger.reconcile.story import merge_source_variants


def _source(text: str, figure: str) -> Source:
    c = next(c for c in claimledger.extract(text, published="2025-05-06") if c.text == figure)
    assert c.source is not None
    return c.source


@pytest.mark.parametrize("text,figure,mention,sid", [
    # the person named with the office speaks for the body before the title
    ("Der Umsatz stieg auf 4,2 Milliarden Euro, sagte Brennwerk-Chefin Ute Lamprecht am Montag.",
     "4,2 Milliarden", "Brennwerk-Chefin Ute Lamprecht", "brennwerk"),
    ("Tannbergs Präsident Otto Krems bestätigte das Angebot. Der Verein habe 3 Millionen Euro "
     "geboten, sagte Krems.", "3 Millionen", "Krems", "tannberg"),
    ("Die Stadtwerke-Geschäftsführerin Lea Vogt legte die Bilanz vor. Nach Angaben der "
     "Geschäftsführerin fehlen 12 Millionen Euro.", "12 Millionen", "Geschäftsführerin", "stadtwerke"),
    ("Hafenbund-Direktor Paul Ried äußerte sich am Abend. Es seien 800 Container verladen "
     "worden, erklärte Ried.", "800", "Ried", "hafenbund"),
    # a role noun after a definite article: the body of its kind named before
    ("Der FC Auenbach hat einen Torwart verpflichtet. Nach Angaben des Vereins kostet er "
     "2 Millionen Euro.", "2 Millionen", "Vereins", "fc_auenbach"),
    ("Die Kessler Maschinenbau AG streicht Stellen. Der Konzern will 450 Arbeitsplätze "
     "abbauen.", "450", "Konzern", "kessler_maschinenbau_ag"),
    # a role noun before the name is no part of it; "Corp" marks a company as "AG" does
    ("Das Unternehmen Nordgas Corp baut eine Leitung. Die Firma verlangt 3 Milliarden Dollar "
     "Schadenersatz.", "3 Milliarden", "Firma", "nordgas_corp"),
])
def test_a_source_speaks_for_its_body(text, figure, mention, sid):
    src = _source(text, figure)
    assert (src.text, src.id) == (mention, sid)


@pytest.mark.parametrize("text,figure,sid", [
    # a former head speaks for no one
    ("Ex-Brennwerk-Chef Karl Dorn sagte, 300 Stellen seien in Gefahr. Das bestätigte Dorn.",
     "300", "ex_brennwerk_chef_karl_dorn"),
    # "ein Verein" is some club, not the one named
    ("Der SV Moorfeld feiert. Ein Verein meldet 1.200 neue Mitglieder.", "1.200", "verein"),
    # a title in a longer noun is another office ("Präsidentschaftskandidat")
    ("Nach Angaben von Partei-Präsidentschaftskandidat Jan Roth kamen 900 Gäste.", "900",
     "partei_präsidentschaftskandidat_jan_roth"),
    # a role with a word of its own names another body
    ("Die SV Lohberg richtet das Turnier aus. Laut den dortigen Veranstaltern kamen 5.000 "
     "Zuschauer.", "5.000", "dortig_veranstaltern"),
])
def test_no_body_is_given_where_the_text_names_none(text, figure, sid):
    assert _source(text, figure).id == sid


def _claim(cid: str, doc: str, value: float, day: date, text: str, sid: str, kind: str | None) -> Claim:
    return Claim(id=cid, doc_id=doc, span=(0, 3), text="x", sentence="x",
                 value=Value(value, value, "exact"), placeholder=False, unit="person",
                 measure="participants", subject="runners",
                 increment=False, hedged=False, source=Source(text, (0, 3), sid, kind, "laut"),
                 time=TimeSpan(day, day), outlet=doc, published=day)


@pytest.mark.parametrize("others,joined", [
    # one named body in the series: the role of another article is that body
    ([("Lauftreff Events", "lauftreff_events", None)], True),
    # two named bodies: which one the role stands for is unknown
    ([("Lauftreff Events", "lauftreff_events", None), ("Stadtsport GmbH", "stadtsport_gmbh", None)], False),
    # a role with words of its own is no name ("dortige Organisatoren")
    ([("dortigen Organisatoren", "dortig_organisatoren", "organisation")], False),
    # a registry source is never the body a role stands for
    ([("Polizei", "police", "official")], False),
])
def test_a_role_across_articles_joins_the_one_named_body(others, joined):
    day = date(2025, 5, 6)
    claims = [_claim("a:c1", "a", 100, day, "Veranstalters", "veranstalter", "organisation")]
    claims += [_claim(f"b:c{i}", "b", 90, day, t, s, k) for i, (t, s, k) in enumerate(others)]
    obs = [to_obs(c) for c in claims]
    merge_source_variants(obs)
    assert (obs[0].source == others[0][1]) is joined
