"""Where a counted event happens, on sentences of our own: a place a bracket follows, regions
larger than a country, and an article's country when no place is governed by a preposition."""

from __future__ import annotations

from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


def test_a_figure_in_a_bracket_after_a_country_is_about_that_country():
    text = "Brüssel – Die Quote liegt hinter Dänemark (4,1 Prozent) und Polen (4,9 Prozent)."
    assert _place(text, "4,1") == "DK" and _place(text, "4,9") == "PL"


def test_a_bracket_after_a_person_names_no_place():
    text = "Wien – Die Ministerin Anna Berger (45) kündigte an, 300 Stellen zu streichen."
    assert _place(text, "300") == "AT"


def test_the_euro_area_is_no_country():
    text = "Luxemburg – Die Arbeitslosenrate im Euroraum betrug im April 10,2 Prozent."
    assert _place(text, "10,2") is None


def test_an_article_naming_several_places_of_one_country_is_about_it():
    text = ("Die Briefwähler kommen öfter aus Graz als aus dem Burgenland. "
            "Knapp 700.000 Wähler stimmten per Brief ab.")
    assert _place(text, "700.000") == "AT"


def test_one_city_named_twice_is_not_the_articles_country():
    text = ("Lindenau holt Stürmer Berg aus Lissabon. Der SV Lindenau hat Berg von Sporting "
            "Lissabon verpflichtet und zahlt 9 Millionen Euro.")
    assert _place(text, "9 Millionen") is None


def test_a_place_the_headline_names_outweighs_the_dateline():
    text = ("Streik in Frankreich legt Flughäfen lahm. Wien – Die Gewerkschaften haben "
            "landesweit 3.000 Flüge gestrichen.")
    assert _place(text, "3.000") == "FR"


def test_without_a_headline_place_the_dateline_holds():
    text = ("Streik legt Flughäfen lahm. Wien – Die Gewerkschaften haben 300 Flüge gestrichen. "
            "Auch in Frankreich gab es Ausfälle.")
    assert _place(text, "300") == "AT"
