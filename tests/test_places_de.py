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


def test_places_named_by_their_adjective_give_the_articles_country():
    text = ("Die Grazer Oper und das Linzer Brucknerhaus legen ihre Spielpläne vor. "
            "Beide Häuser verkauften 40.000 Abonnements.")
    assert _place(text, "40.000") == "AT"


def test_a_changed_stem_before_the_adjective_ending_is_pack_data():
    text = ("Der Münchner Stadtrat und die Dresdner Verwaltung einigten sich. "
            "Sie wollen 200 Wohnungen bauen.")
    assert _place(text, "200") == "DE"


def test_inhabitants_say_where_people_are_from_not_where_the_story_is():
    text = ("Der Steirer Max Gruber und die Grazerin Eva Holl siegten. Das Rennen dauerte "
            "36 Stunden.")
    assert _place(text, "36") is None


def test_one_adjective_place_alone_is_not_enough():
    text = "Das Wiener Schnitzel kostet dort 18 Euro."
    assert _place(text, "18") is None


def test_a_countrys_adjective_is_a_nationality_not_a_place_of_the_story():
    text = "Schweizer Uhren und Schweizer Käse: Der Export stieg um 4 Prozent."
    assert _place(text, "4") is None


def test_between_two_dateline_places_the_one_the_body_names_again():
    text = ("Kommission prüfte 900 Fälle. Rom/Graz – Die Kommission hat ihre Arbeit beendet. "
            "Leobens Bürgermeister lobte sie.")
    assert _place(text, "900") == "AT"


def test_a_speed_in_stundenkilometern_counts_what_moves():
    c = claim_of("Die Station umkreist die Erde mit einer Geschwindigkeit von 28.000 "
                 "Stundenkilometern.", "28.000", PUB)
    assert c.unit == "km/h" and c.counted.text == "Geschwindigkeit"


def test_a_share_attached_to_a_country_by_mit_is_that_countrys():
    text = "Paris – An der Spitze liegt Südkorea mit 4,29 Prozent vor Israel."
    c = claim_of(text, "4,29", PUB)
    assert c.who.place == "KR" and c.counted.text == "Südkorea"


def test_a_name_that_is_a_place_after_a_noun_is_no_place():
    text = "Wien – Der höchste Betrag ging an die Tageszeitung Österreich mit 40.400 Euro."
    c = claim_of(text, "40.400", PUB)
    assert c.counted.text == "Betrag"


def test_a_sentence_opening_with_nach_sets_no_scene():
    text = ("Wien – Nach Deutschland und der Schweiz hat nun auch Österreich einen Buchpreis. "
            "Der Hauptpreis ist mit 20.000 Euro dotiert.")
    assert _place(text, "20.000") == "AT"


def test_a_sentence_opening_with_im_sets_the_scene():
    text = ("Wien – Im Nachbarland Ungarn wurde gewählt. Die Partei erhielt 133 Sitze.")
    assert _place(text, "133") == "HU"
