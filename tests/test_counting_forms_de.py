"""What a figure measures, counts and changes when its form says so, on sentences of our own:
money is an amount, a measurement of people's doing counts no people, years bounded after
people are their age and years before what lasts a span, comparatives and gaps are increments,
a list shares its unit, a handful of people are individuals."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("sentence, fig, measure", [
    # money earned or received is an amount, not an arrival
    ("Frenzel kassierte für seinen dritten Sieg rund 14.500 Euro Preisgeld.", "14.500", "amount"),
    ("Das Land hat von der Gesellschaft jährlich rund sieben Millionen Euro erhalten.", "sieben Millionen", "amount"),
    ("Der Finne bekam 10.000 Dollar Belohnung für den gemeldeten Fehler.", "10.000", "amount"),
    # a business result in the singular is money, its currency left out
    ("Die Bank schrieb im Vorjahr 7,9 Milliarden Verlust.", "7,9 Milliarden", "amount"),
    ("Der Konzern machte zwei Millionen Gewinn.", "zwei Millionen", "amount"),
    # ... but soldiers lost stay casualties, and a loss of points is no money
    ("Die Armee erlitt 300 Verluste.", "300", "casualties"),
    ("Das ist ein Verlust von einem Punkt für die Gegner.", "einem", "other"),
])
def test_money_and_results(sentence, fig, measure):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == measure


@pytest.mark.parametrize("sentence, fig", [
    ("Die Läufer legten am Sonntag 42 Kilometer zurück.", "42"),
    ("Die Schüler erreichten im Test 529 Punkte.", "529"),
    ("Die Polizisten fuhren über 40 Kilometer bis zum Tatort.", "40"),
])
def test_a_measurement_of_people_doing_counts_no_people(sentence, fig):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == "other"


@pytest.mark.parametrize("sentence, fig, counted", [
    ("Prostituierte zwischen 18 und 21 Jahren müssen sich jährlich melden.", "18 und 21", "Prostituierte"),
    ("Kinder unter zehn Jahren zahlen keinen Eintritt.", "zehn", "Kinder"),
    ("Eine vierte Frau über 40 wurde ebenfalls bestraft.", "40", "Frau"),
    ("Jugendliche ab 16 dürfen hier arbeiten.", "16", "Jugendliche"),
])
def test_years_bounded_after_people_are_their_age(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.measure == "age"
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig", [
    # years followed by what lasts, or bounds of a thing, are no age
    ("Dem Angeklagten drohen bis zu drei Jahre Haft.", "drei"),
    ("Die Strafe liegt zwischen zwei und fünf Jahren.", "zwei und fünf"),
])
def test_bounded_years_of_no_people_stay_a_span(sentence, fig):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == "duration"


@pytest.mark.parametrize("sentence, fig, counted", [
    ("Nach zehnjähriger Reise landete die Sonde auf dem Kometen.", "zehn", "Reise"),
    ("Nach dreieinhalbjährigen Verhandlungen einigten sich die Parteien.", "dreieinhalb", "Verhandlungen"),
    ("Die zehnjährige Partnerschaft der beiden Firmen endet.", "zehn", "Partnerschaft"),
    ("Das Land beantragte ein zweijähriges Hilfsprogramm.", "zwei", "Hilfsprogramm"),
    ("Die Truppen zogen sich nach der fünfjährigen Okkupation zurück.", "fünf", "Okkupation"),
])
def test_years_before_a_process_or_a_period_are_a_span(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.measure == "duration"
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig", [
    ("Die 600-jährige Universität feiert.", "600"),   # an institution has an age
    ("Der 30-jährige Champion siegte erneut.", "30"),  # not a process in -ion
    ("Die achtjährige Tochter blieb zu Hause.", "acht"),
])
def test_years_before_people_things_and_institutions_stay_an_age(sentence, fig):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == "age"


@pytest.mark.parametrize("sentence, fig", [
    ("Die Polizei meldete nach den Krawallen 50 Festnahmen.", "50"),
    ("Es gab 15 Verhaftungen.", "15"),
])
def test_arrests_count_people_captured(sentence, fig):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.measure == "captured"
    assert c.who.group == "people"


@pytest.mark.parametrize("sentence, fig", [
    ("Berichten zufolge beliefen sich diese bis April auf 80 Millionen Dollar.", "80 Millionen"),
    ("Von einem Konto verschwanden nach STANDARD-Infos rund 30.000 Euro.", "30.000"),
    ("Nach Angaben einer anderen Quelle geht es um 50.000 Euro.", "50.000"),
])
def test_where_a_sum_comes_from_is_not_what_it_measures(sentence, fig):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is None or not any(w in c.counted.text for w in ("Bericht", "Info", "Angaben", "Quelle"))


def test_reports_counted_by_a_figure_stay_counted():
    c = claim_of("Später wurden 16 Berichte nachgereicht.", "16", PUB, prefix=True)
    assert c.counted is not None and c.counted.text == "Berichte"


@pytest.mark.parametrize("sentence, fig, unit, counted", [
    ("Derzeit produziert der Lander 24 Watt.", "24", "W", "Lander"),
    ("Der Motor leistet 300 PS.", "300", "hp", "Motor"),
    ("Die Kamera liefert 18 Megapixel.", "18", "MP", "Kamera"),
    ("Die Galaxie ist 13 Milliarden Lichtjahre entfernt.", "13 Milliarden", "ly", "Galaxie"),
])
def test_a_technical_unit_measures_what_has_it(sentence, fig, unit, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.unit == unit
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig, low", [
    ("Die Autos werden ab nächstem Jahr 20 Zentimeter breiter.", "20", 20),
    ("Die neue Strecke ist 20 Kilometer kürzer.", "20", -20),
    ("Der Brite war 0,606 Sekunden langsamer.", "0,606", 0.606),
    ("Mit breiteren Reifen sind um bis zu fünf Sekunden schnellere Rundenzeiten möglich.", "fünf", 5),
    ("Der Akku soll die Laufzeit um 25 Stunden verlängern.", "25", 25),
    ("Er ging mit einem Rückstand von 56 Sekunden in die Loipe.", "56", 56),
    ("Er führt nun 97 Zähler vor seinem Landsmann.", "97", 97),
    ("Die Grazer sind bereits zehn Punkte zurück.", "zehn", 10),
    ("Im Schnitt legten die Preise in den vergangenen fünf Jahren jeweils zwischen fünf und sechs Prozent zu.", "fünf und sechs", 5),
])
def test_differences_are_increments(sentence, fig, low):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.increment is True
    assert c.value.low == pytest.approx(low)


@pytest.mark.parametrize("sentence, fig", [
    ("An der Spitze liegt Südkorea mit 4,29 Prozent vor Israel.", "4,29"),   # a standing
    ("Die Sonde flog in 12.500 Kilometern Abstand am Pluto vorbei.", "12.500"),  # a distance
    ("Die Materie hat einen fünfmal höheren Anteil.", "fünfmal"),             # a ratio
    ("Die Partei erreichte 30 Prozent vor allem in Wien.", "30"),
    ("Der Krieg dauerte vier Jahre.", "vier"),
])
def test_levels_distances_and_ratios_are_no_increments(sentence, fig):
    assert claim_of(sentence, fig, PUB, prefix=True).increment is False


@pytest.mark.parametrize("sentence, fig, measure", [
    # a stock of refugees staying somewhere, with no predicate of arrival or flight
    ("Derzeit leben 1549 Asylwerber in Vorarlberg.", "1549", "present"),
    ("Im Ferienheim leben 33 Asylsuchende.", "33", "present"),
    ("Im März kamen 4.100 Migranten auf den Inseln an.", "4.100", "received"),
])
def test_refugees_with_no_predicate_are_present(sentence, fig, measure):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == measure


def test_the_copula_of_an_amount_measures_its_subject():
    c = claim_of("Die Miete beträgt seit dem Vorjahr 800 Euro.", "800", PUB, prefix=True)
    assert c.counted is not None and c.counted.text == "Miete"


def test_a_three_letter_word_before_a_figure_is_no_currency_code():
    import claimledger
    got = {c.text: c for c in claimledger.extract("The party won 14 seats. It cost USD 3 million.",
                                                  published=PUB, lang="en")}
    assert got["14"].unit is None and got["14"].measure == "seats"
    assert got["3 million"].unit == "USD"


@pytest.mark.parametrize("sentence, fig, low, bound, unit", [
    ("Fast genau sieben Monate dauerte das Comeback.", "sieben", 7, "approx", "month"),
    ("Nach fast exakt zwei Jahren kehrte er zurück.", "zwei", 2, "approx", "year"),
    ("Die Teilchen sind kleiner als ein Mikrometer.", "ein", 1, "at_most", "µm"),
    ("Das Verfahren dauerte länger als drei Jahre.", "drei", 3, "more_than", "year"),
    ("Das Land haftet bis zur Höhe von 225 Millionen Euro.", "225 Millionen", 225_000_000, "up_to", "EUR"),
    ("Die Dividende soll auf 12,6 Pence je Aktie steigen.", "12,6", 0.126, "exact", "GBP"),
])
def test_bounds_and_subunits(sentence, fig, low, bound, unit):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.value.low == pytest.approx(low) and c.value.bound == bound and c.unit == unit


@pytest.mark.parametrize("sentence, fig, measure", [
    # a handful of people with no predicate of their own are individuals of the story
    ("Die Anklage richtet sich gegen seine Ehefrau und zwei Wirtschaftsprüfer.", "zwei", "other"),
    ("Sechs Oppositionelle freigelassen.", "Sechs", "other"),
    # ... but a verb of having or making up keeps a whole's size, and many stay a size
    ("Das Ehepaar hat drei Kinder.", "drei", "size"),
    ("Das Entwicklerteam besteht aus 6 Personen.", "6", "size"),
    ("Die Partei hat 5.000 Mitglieder.", "5.000", "size"),
    ("Im Ort leben 300 Menschen.", "300", "size"),
    # a predicate still decides
    ("Zwei Polizisten wurden verletzt.", "Zwei", "wounded"),
])
def test_a_handful_of_people_are_individuals(sentence, fig, measure):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == measure


@pytest.mark.parametrize("sentence, fig, counted", [
    # a noun that only says "a share of" or "a range of": what is measured comes before it
    ("Die Ablenkung war mit einem Anteil von 38 Prozent die häufigste Unfallursache.", "38", "Ablenkung"),
    ("Die Verzerrung soll im Bereich von ein bis drei Prozentpunkten liegen.", "ein bis drei", "Verzerrung"),
    # a share that changes, right after a count, is that count's change
    ("Eurostat registrierte 213.000 Asylanträge – 15 Prozent mehr als im ersten Quartal.", "15", "Asylanträge"),
])
def test_what_a_share_measures(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is not None and c.counted.text == counted


def test_a_change_of_a_count_of_things_divides_no_people():
    c = claim_of("Eurostat registrierte 213.000 Asylanträge – 15 Prozent mehr als im Vorjahr.", "15", PUB, prefix=True)
    assert c.who.group is None and c.increment is True
    c = claim_of("Bis März trafen 18.234 Migranten ein, das sind 80 Prozent mehr als 2015.", "80", PUB, prefix=True)
    assert c.counted is not None and c.counted.text == "Migranten"


@pytest.mark.parametrize("sentence, fig, counted", [
    # a prepositional phrase between the finite verb and the subject
    ("An der Spitze liegt mit zwölf Punkten die Kandidatin Irmgard Griss.", "zwölf", "Irmgard"),
    ("Im Vorjahr stieg in Österreich die Arbeitslosigkeit auf 9 Prozent.", "9", "Arbeitslosigkeit"),
])
def test_the_subject_after_verb_and_phrases(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is not None and counted in c.counted.text


@pytest.mark.parametrize("sentence, figs, unit", [
    ("Entschädigungen können 250, 400 und 600 Euro betragen.", ["250", "400", "600"], "EUR"),
    ("Die Werte lagen bei 3, 4 bzw. 5 Prozent.", ["3", "4", "5"], "percent"),
    ("Die Tickets kosten 10 oder 20 Euro.", ["10", "20"], "EUR"),
])
def test_a_list_shares_the_unit_of_its_last_item(sentence, figs, unit):
    for fig in figs:
        assert claim_of(sentence, fig, PUB, prefix=True).unit == unit


def test_a_restating_bracket_is_no_list():
    # "(242 von 422, 57 Prozent)": 422 teachers, 57 percent of them
    c = claim_of("Die Lehrer unterrichten meist in Wien (242 von 422, 57 Prozent).", "422", PUB, prefix=True)
    assert c.unit == "person"


def test_an_expletive_after_a_list_carries_the_noun_the_sentence_before_counted():
    text = ("Seit einer Woche gingen die Zahlen der nach Griechenland über das Meer geflüchteten "
            "Menschen deutlich zurück. Nur noch 335, 338 und 200 waren es vergangene Woche gewesen.")
    for fig in ("335", "338", "200"):
        c = claim_of(text, fig, PUB, prefix=True)
        assert c.counted is not None and c.counted.text == "Menschen"
        assert c.who.group == "people"


@pytest.mark.parametrize("sentence, fig, counted", [
    # the head after an extended attribute that opens with its own preposition
    ("Die Zahl der in Österreich lebenden Syrer stieg auf 33.000.", "33.000", "Syrer"),
])
def test_the_head_of_an_extended_attribute(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig, measure", [
    ("Im Vorjahr wurden 2.429 Bewerbungen (1.812 Männer und 617 Frauen) gezählt.", "1.812", "received"),
    ("Im Vorjahr wurden 2.429 Bewerbungen (1.812 Männer und 617 Frauen) gezählt.", "617", "received"),
    ("Bei dem Anschlag starben 20 Menschen (12 Männer, fünf Frauen und drei Kinder).", "drei", "killed"),
])
def test_a_breakdown_in_brackets_shares_the_measure_of_its_count(sentence, fig, measure):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == measure


def test_a_plan_of_cuts_stays_in_its_clause():
    c = claim_of("Das Management plant massiven Jobabbau: 2.900 Stellen sollen gestrichen werden.", "2.900",
                 PUB, prefix=True)
    assert c.measure == "planned"
