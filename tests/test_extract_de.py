"""End-to-end extraction rules for German, sentence by sentence (our own sentences).

Each case: a sentence, its publication date, the figure as written, and the fields the
claim must have. ``None`` in an expectation means "not checked".
"""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"  # a Friday

# sentence, figure text, measure, subject, increment
MEASURE_CASES = [
    ("Russland hat nach Angaben aus Kiew weitere 2.000 Soldaten an die Front verlegt.", "2.000", "deployed", "Russian troops", True),
    ("Die Regierung entsandte im Winter rund 800 französische Soldaten nach Mali.", "800", "deployed", "French troops", False),
    ("Bei dem Angriff wurden 14 Zivilisten getötet.", "14", "killed", "civilians", False),
    ("Bei den Kämpfen kamen mindestens 37 Menschen ums Leben.", "37", "killed", "people", False),
    ("Das Ministerium meldete 120 Tote und 300 Verletzte.", "120", "killed", None, False),
    ("Das Ministerium meldete 120 Tote und 300 Verletzte.", "300", "wounded", None, False),
    ("Die Armee spricht von 5.200 Verletzten und Toten auf russischer Seite.", "5.200", "casualties", "Russian troops", False),
    ("Nach Schätzungen wurden 9.000 russische Soldaten getötet oder verwundet.", "9.000", "casualties", "Russian troops", False),
    ("Die Zahl der getöteten und verwundeten syrischen Kämpfer hat 700 überschritten.", "700", "casualties", "Syrian troops", False),
    ("Die Brigade habe rund 450 Verluste erlitten.", "450", "casualties", None, False),
    ("Insgesamt gab es 61 Opfer.", "61", "casualties", None, False),
    ("In der Region sind derzeit etwa 4.000 amerikanische Soldaten stationiert.", "4.000", "present", "US troops", False),
    ("Im Land befinden sich nach Angaben der Nato 3.500 britische Soldaten.", "3.500", "present", "British troops", False),
    ("Die Regierung plant, in den kommenden Monaten 5.000 zusätzliche Soldaten zu entsenden.", "5.000", "planned", None, True),
    ("Ukrainische Einheiten haben 48 russische Soldaten gefangen genommen.", "48", "captured", "Russian troops", False),
    ("Im Oktober erbeuteten die Truppen zwei feindliche Panzer.", "zwei", "captured", None, False),
    ("Mehr als 200 Menschen gelten als vermisst.", "200", "missing", "people", False),
    ("Rund 12.000 Menschen mussten ihre Häuser verlassen und wurden evakuiert.", "12.000", "displaced", "people", False),
    # refugees living somewhere are a stock present there (ANNOTATION.md), not its residents
    ("Mehr als 1,5 Millionen Flüchtlinge leben im Nachbarland.", "1,5 Millionen", "present", "refugees", False),
    ("Rund 40.000 Menschen wurden aus ihren Dörfern vertrieben.", "40.000", "displaced", "people", False),
    # money received is an amount (SPEC: money that is neither aid nor damage)
    ("Das Land hat nach eigenen Angaben mehr als 3 Milliarden Euro erhalten.", "3 Milliarden", "amount", None, False),
    ("Die Bundesregierung sagte weitere 500 Millionen Euro Militärhilfe zu.", "500 Millionen", "aid", None, True),
    ("Die Raffinerie verarbeitet jährlich rund 4 Millionen Tonnen Rohöl.", "4 Millionen", "processed", None, False),
    ("Die Truppen eroberten mehr als 300 Quadratkilometer Gelände.", "300", "captured_area", None, False),
    ("Die Armee des Landes umfasst schätzungsweise 250.000 Armeeangehörige.", "250.000", "size", None, False),
    ("Das Land lieferte Tausende Artilleriegeschosse an Russland.", "Tausende", "sent", None, False),
    ("Die Wehrpflicht gilt für Männer im Alter von 18 Jahren.", "18", "age", None, False),
]


@pytest.mark.parametrize("sentence,fig,measure,subject,increment", MEASURE_CASES)
def test_measure_subject_increment(sentence, fig, measure, subject, increment):
    claims = claimledger.extract(sentence, published=PUB)
    hits = [c for c in claims if fig in c.text or c.text in fig]
    assert hits, f"no claim for {fig!r} in {[c.text for c in claims]}"
    c = hits[0]
    if measure is not None:
        assert c.measure == measure, (sentence, c)
    if subject is not None:
        assert c.subject == subject, (sentence, c)
    assert c.increment == increment, (sentence, c)


# elided nouns and nouns carried from context, within one small article
def test_elided_noun_is_carried_from_the_previous_figure():
    text = ("Die Türkei hat im Herbst etwa 1.200 Soldaten nach Libyen verlegt. "
            "Im Januar folgten weitere 400 in die Hauptstadt.")
    claims = claimledger.extract(text, published=PUB)
    by_text = {c.text: c for c in claims}
    assert by_text["400"].measure == "deployed"
    assert by_text["400"].increment
    assert by_text["400"].subject == by_text["1.200"].subject == "Turkish troops"


def test_repeated_figure_keeps_its_measure():
    text = ("Bei dem Anschlag wurden 25 Polizisten getötet. "
            "Die Gedenkfeier zeigte die Fotos von 25 Polizisten.")
    claims = claimledger.extract(text, published=PUB)
    assert [c.measure for c in claims if c.text == "25"] == ["killed", "killed"]


def test_nationality_inside_source_is_not_the_subject():
    text = "Laut französischem Geheimdienst schickte Russland im Sommer rund 6.000 Soldaten."
    (c,) = [c for c in claimledger.extract(text, published=PUB) if c.text == "6.000"]
    assert c.subject == "Russian troops"
    assert c.source is not None and "französisch" in c.source.text


def test_destination_country_is_not_the_subject():
    text = "Kanada schickte 300 Soldaten nach Lettland."
    (c,) = claimledger.extract(text, published=PUB)
    assert c.subject == "Canadian troops"


# things that look like figures but are not claims
NEGATIVE_CASES = [
    "Der Vertrag wurde am 12. Juni 2024 unterzeichnet.",
    "Die Sitzung beginnt um 14:30 Uhr.",
    "Der Krieg endete 1953 mit einem Waffenstillstand.",
    "Zum ersten Mal seit Jahren sprach der Präsident vor dem Parlament.",
    "Die beiden Staaten haben sich geeinigt.",
    "Einer der Soldaten wurde später befördert.",
    "Wie France24 berichtet, bleibt die Lage angespannt.",
    "Die G7 trafen sich in Italien.",
    # an article as one counts no span that only dates ("vor einer Woche", "seit ungefähr
    # einer Woche"); a bound ("mehr als ein Jahr") makes it a figure, as held-out 3/4 read it
    "Vor einer Woche war die Straße noch offen.",
    "Seit ungefähr einer Woche ist die Straße gesperrt.",
    "Der Konflikt dauerte zwei Jahre zuvor schon an.",
    "Artikel 5 des Nato-Vertrags regelt den Bündnisfall.",
]


@pytest.mark.parametrize("sentence", NEGATIVE_CASES)
def test_not_a_claim(sentence):
    assert claimledger.extract(sentence, published=PUB) == []


def test_boilerplate_yields_no_claims():
    text = ("Die Behörden meldeten 40 Tote.\n\n"
            "Kommentare\nLiebe Leser, bitte beachten Sie unsere 10 Regeln für 2.000 Zeichen.\n")
    claims = claimledger.extract(text, published=PUB)
    assert [c.text for c in claims] == ["40"]


def test_placeholder_keeps_bound_and_measure():
    text = "Bis zu [Zahl fehlt] Menschen wurden bei dem Beben getötet."
    (c,) = claimledger.extract(text, published=PUB)
    assert c.placeholder and c.value.low is None and c.value.high is None
    assert c.value.bound == "up_to"
    assert c.measure == "killed"


def test_time_defaults_to_statement_date_and_uses_nearest_expression():
    text = "Im Januar wurden 30 Menschen festgenommen, am Montag weitere 12."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["30"].time.start.isoformat() == "2025-01-01"
    assert claims["30"].time.end.isoformat() == "2025-01-31"
    assert claims["12"].time.start.isoformat() == "2025-03-10"
    (c,) = claimledger.extract("Die Polizei zählte 300 Demonstranten.", published=PUB)
    assert c.time.start.isoformat() == PUB == c.time.end.isoformat()


def test_spans_point_into_the_original_text():
    text = "Titel\n\n„Wir haben 1.500 Soldaten verloren“, sagte der General. Später kamen 200 hinzu."
    for c in claimledger.extract(text, published=PUB):
        assert text[c.span[0]:c.span[1]] == c.text
        assert c.sentence in text
        if c.source and c.source.span:
            assert text[c.source.span[0]:c.source.span[1]] == c.source.text


def test_age_suffix():
    (c,) = claimledger.extract("Ein 45-jähriger Mann wurde festgenommen.", published=PUB)
    assert (c.measure, c.unit) == ("age", "year")


def test_multiplier_of_a_head_count():
    text = "Die Regierung könnte die Zahl ihrer Soldaten im Land verdoppeln."
    (c,) = claimledger.extract(text, published=PUB)
    assert (c.unit, c.value.low, c.measure) == ("factor", 2, "planned")


def test_age_threshold_is_not_a_time():
    from datetime import date

    from claimledger.extract.timex import find_times
    from claimledger.lang import load_pack
    assert find_times("Die Wehrpflicht gilt ab 18 Jahren.", load_pack("de"), date(2025, 3, 14)) == []


def test_predicate_after_the_figure_governs_it():
    text = "Bei dem Überfall wurden zwei Passanten erschossen und vier Polizisten schwer verletzt."
    got = {c.text: c.measure for c in claimledger.extract(text, published=PUB)}
    assert got == {"zwei": "killed", "vier": "wounded"}


def test_nominal_governor():
    (c,) = claimledger.extract("Die Regierung bestätigte den Tod von 58 Bergleuten, die verschüttet wurden.",
                               published=PUB)
    assert c.measure == "killed"


def test_demonyms_are_people_unless_the_story_counts_their_troops():
    (c,) = claimledger.extract("Bei dem Anschlag starben neun Israelis.", published=PUB)
    assert (c.measure, c.subject) == ("killed", "Israeli people")


def test_no_carry_without_a_person_predicate():
    text = "Die Firma hat 300 Mitarbeiter. Die Schulden belaufen sich auf 18,1 Millionen."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["18,1 Millionen"].unit != "person"
    assert claims["18,1 Millionen"].subject is None


def test_percentages_are_shares_not_casualties():
    (c,) = claimledger.extract("Bei dem Unglück sank der Umsatz um drei Prozent.", published=PUB)
    assert c.unit == "percent" and c.measure == "share"


@pytest.mark.parametrize("sentence", [
    "Sonntag, 15.30: VfB Stuttgart gegen Augsburg.",
    "Es heißt in dem 10-seitigen Dokument, die Lage sei ernst.",
    "Der 10-Punkte-Plan wurde vorgestellt.",
])
def test_clock_times_and_compound_modifiers_are_not_claims(sentence):
    assert claimledger.extract(sentence, published=PUB) == []


def test_unknown_noun_after_figure_is_what_is_counted():
    text = "Auf dem Weg durch das Tote Gebirge ging es 600 Höhenmeter bergauf."
    (c,) = claimledger.extract(text, published=PUB)
    assert c.measure == "other" and c.unit is None and c.subject == "Höhenmeter"


def test_running_nationality_is_only_carried_for_troops():
    text = ("Im Vorjahr kamen 8.000 Syrer ins Land. "
            "Zu Jahresbeginn lebten knapp 8,7 Millionen Menschen in Österreich.")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["8,7 Millionen"].subject == "residents in Austria"
    assert (claims["8,7 Millionen"].who.nationality, claims["8,7 Millionen"].who.place) == (None, "AT")
    assert claims["8.000"].who.nationality == "SY"


def test_konjunktiv_two_carries_the_source_and_small_words_count_things():
    text = ("Der Gouverneur der Region, Anton Beispiel, teilte mit, es seien 18 Menschen verletzt worden. "
            "Drei der Verletzten befänden sich in kritischem Zustand. "
            "Das Militär habe zudem 62 Drohnen und vier Raketen abgefangen.")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["Drei"].source is not None and "Anton Beispiel" in claims["Drei"].source.text
    assert claims["Drei"].measure == "wounded"
    assert "vier" in claims


def test_country_in_a_compound_is_not_who_is_counted():
    (c,) = claimledger.extract("Kiew berichtet, Russlands Armee habe im Syrien-Einsatz rund 400 Verluste erlitten.",
                               published=PUB)
    assert c.subject == "Russian troops"


def test_time_words_are_no_subject():
    (c,) = claimledger.extract("Tausende harrten am Montagmorgen am Bahnhof aus.", published=PUB)
    assert c.subject is None


def test_what_is_counted_is_not_its_own_source():
    (c,) = [c for c in claimledger.extract("Drei Viertel der Befragten gaben an, zufrieden zu sein.",
                                           published=PUB) if c.unit == "percent"]
    assert c.source is None or c.source.span[1] <= c.span[0] or c.source.span[0] >= c.span[1]


def test_the_speakers_age_is_not_his_statement():
    text = "Das war überflüssig, sagte der Sänger Max Berger (77) der Zeitung, 300 Fans seien empört."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["77"].source is None
    assert claims["300"].source is not None and "Berger" in claims["300"].source.text


def test_figures_in_brackets_after_a_list_of_subjects_are_about_them():
    text = "Die meisten Fälle meldeten Polen (310 Fälle), Ungarn (120 Fälle) und Rumänien (90 Fälle)."
    assert [c.source for c in claimledger.extract(text, published=PUB)] == [None, None, None]
