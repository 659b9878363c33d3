"""Counting, rule by rule, on sentences of our own: the counted phrase, the measure and `who`.

Each case: a sentence, the figure as written, and the fields its claim must have; ``None``
in an expectation means "not checked" except where a field is named explicitly as null.
"""

from __future__ import annotations

import pytest

import claimledger

from claims_support import claim_of

PUB = "2025-03-14"
ANY = object()


def _claim(sentence: str, fig: str):
    return claim_of(sentence, fig, PUB, prefix=True)


# sentence, figure, measure, counted text (None: null), unit
COUNTED_CASES = [
    ("Bei dem Unfall wurden 33 leicht verletzte Fahrgäste versorgt.", "33", "wounded", "Fahrgäste", "person"),
    ("Die Zahl der Toten stieg bis Sonntag auf 205.", "205", "killed", "Toten", "person"),
    ("Laut der Umfrage sind 33 Prozent der Befragten unzufrieden.", "33 Prozent", "share", "Befragten", "percent"),
    ("Die Finanzierungsrunde brachte dem Start-up 526 Millionen Dollar.", "526 Millionen", "amount", "Finanzierungsrunde", "USD"),
    ("Die Stadt meldete 61 Masernfälle an Schulen.", "61", "cases", "Masernfälle", "person"),
    ("Nach dem Beben zählten die Behörden 120 Erdbebentote.", "120", "killed", "Erdbebentote", "person"),
    ("Rund 5.000 Streikende zogen am Vormittag vor das Rathaus.", "5.000", "participants", "Streikende", "person"),
    ("Rund 5.000 Beschäftigte legten die Arbeit nieder und streikten.", "5.000", "participants", "Beschäftigte", "person"),
    ("Die Partei gewann bei der Wahl 14 Sitze im Landtag.", "14", "seats", "Sitze", None),
    ("Im Krankenhaus werden derzeit 37 Patienten behandelt.", "37", None, "Patienten", "person"),
    ("Der Angeklagte wurde zu vier Jahren Haft verurteilt.", "vier", "duration", "Haft", "year"),
    ("Die Sanierung der Brücke wird 30 Jahre lang dauern.", "30", "duration", "Sanierung", "year"),
    ("Ali, der fast drei Monate unterwegs war, erreichte die Grenze.", "drei", "duration", "Ali", "month"),
    ("Die Verträge, die sich auf fast 800.000 Euro beliefen, sind verschwunden.", "800.000", "amount", "Verträge", "EUR"),
    ("Die 39-Jährige wurde in ein Spital gebracht.", "39", "age", "Die 39-Jährige", "year"),
    ("Der Stürmer Kevin Huber (23) erzielte das Tor.", "23", "age", "Kevin Huber", "year"),
    ("Ein 45-jähriger Lenker wurde festgenommen.", "45", "age", "Lenker", "year"),
    ("Die Regierung stellte ein Hilfspaket von 500 Millionen Euro für die Bauern bereit.", "500 Millionen", None, None, "EUR"),
    ("In der 100.000-Einwohner-Stadt fehlt sauberes Wasser.", "100.000", "size", "Einwohner", "person"),
    ("Die Wahlbeteiligung lag nach Angaben der Stadt bei 52,7 Prozent.", "52,7", "share", "Wahlbeteiligung", "percent"),
    ("Tobias Kern erreichte 37,1 Prozent.", "37,1", "share", "Tobias Kern", "percent"),
    ("Wie viele Kinder betroffen waren, gab die Polizei mit 12 an.", "12", None, "Kinder", "person"),
    ("Sie beging zehn Doppelfehler, davon acht im ersten Satz.", "acht", "other", "Doppelfehler", None),
    ("Die NASA zeigt eine 23-sekündige Animation.", "23", "duration", "Animation", "second"),
    ("Der Favorit verlor in dieser Saison nur sechs Mal.", "sechs", "other", "Favorit", "times"),  # a count of times counts its doer
    ("Die Mindestaufenthaltsdauer beträgt drei Monate.", "drei", "duration", "Mindestaufenthaltsdauer", "month"),
    # a figure counting decades or centuries is a span of years
    ("Die Partei regierte fast drei Jahrzehnte lang.", "drei Jahrzehnte", "duration", "Partei", "year"),
    # a number word of years after a preposition of time is a span of time
    ("Die Ministerin wird nach vier Jahren ihr Amt abgeben.", "vier", "duration", "Ministerin", "year"),
    ("Damit stieg die Zahl der Ankünfte seit Januar auf 12.900.", "12.900", "received", "Ankünfte", "person"),
    ("Unter den Verletzten sind laut Polizei auch zwölf Kinder.", "zwölf", "wounded", "Kinder", "person"),
    ("Dort legten 8.000 Beschäftigte die Arbeit nieder.", "8.000", "participants", "Beschäftigte", "person"),
    ("Insgesamt wählten damit 62.300 Menschen.", "62.300", "participants", "Menschen", "person"),
    ("Laut Bericht werden rund 35 Prozent der Arbeitnehmer entlassen.", "35", "share", "Arbeitnehmer", "percent"),
    # an age set before the person it belongs to
    ("Ein 52 Jahre alter Radfahrer wurde schwer verletzt.", "52", "age", "Radfahrer", "year"),
    ("Die Polizei sucht nach einer 17 Jahre alten Schülerin.", "17", "age", "Schülerin", "year"),
    # "um" with a verb of change is a change, not a price of the noun before it
    ("Die Gemeinde hat ihr Kulturbudget wegen der Krise um 2 Millionen Euro gekürzt.", "2 Millionen", "amount", "Kulturbudget", "EUR"),
    # a parallel clause leaves out what the same unit measured before
    ("Eine Tageskarte kostet 12 Euro, ermäßigt sind es nur 6 Euro.", "6 Euro", "amount", "Tageskarte", "EUR"),
    # who gives a figure is not what it measures
    ("Den Schaden beziffert die Versicherung mit 4 Millionen Euro.", "4 Millionen", "damage", "Schaden", "EUR"),
    # money "an" a plural noun is made of it; "an die Stadt" is who gets it
    ("Dazu kommen 300.000 Euro an Lizenzgebühren.", "300.000", "amount", "Lizenzgebühren", "EUR"),
    ("Gegen Mitternacht befanden sich noch 800 Menschen im Bahnhof.", "800", "present", "Menschen", "person"),
    ("Das Amt zählte im Vorjahr 1.200 Bewerbungen.", "1.200", "received", "Bewerbungen", "person"),
    ("Bis Juni wurden 41.000 Asylanträge gestellt.", "41.000", "received", "Asylanträge", "person"),
    ("Drei Soldaten erlagen später ihren Verletzungen.", "Drei", "killed", "Soldaten", "person"),
    ("Zwei Passanten seien ihren Verletzungen erlegen.", "Zwei", "killed", "Passanten", "person"),
    ("Mehr als 300 Polizisten schritten in der Nacht ein.", "300", "deployed", "Polizisten", "person"),
    ("Rund 80 Feuerwehrleute rückten zu dem Brand aus.", "80", "deployed", "Feuerwehrleute", "person"),
    ("Das Magazin hatte einst eine Auflage von 250.000 Stück.", "250.000", "other", "Auflage", "pieces"),
    ("Das Land versorgt derzeit 40.000 Flüchtlinge.", "40.000", "present", "Flüchtlinge", "person"),
    ("In den Heimen sind 900 Asylwerber untergebracht.", "900", "present", "Asylwerber", "person"),
    ("Rund 150 Jugendliche gingen mit Flaschen aufeinander los.", "150", "participants", "Jugendliche", "person"),
    ("Vor dem Lokal prügelten sich 30 Fans.", "30", "participants", "Fans", "person"),
    # a figure inside an extended attribute: the sentence's verb speaks of the noun
    ("Sie hat zum Auftakt des mit 2,5 Mio. Dollar dotierten Turniers ein Freilos erhalten.", "2,5 Mio.", "amount", "Turniers", "USD"),
    ("Der Verein gewann den mit 20.000 Euro dotierten Preis.", "20.000", "amount", "Preis", "EUR"),
    ("Sie erhielt den mit 1,5 Millionen Dollar (rund 1,3 Millionen Euro) dotierten Preis.", "1,5 Millionen", "amount", "Preis", "USD"),
    # rates: the figure given per a power of ten is a share
    ("Im Bezirk wurden 120 Fälle pro 100.000 Einwohner gemeldet.", "120", "share", "Fälle", "person"),
    ("Die Mordrate lag bei 4,5 je 100.000 Einwohner.", "4,5", "share", None, None),
    ("Ein Besuch kostet 20 Euro pro Person.", "20", "amount", None, "EUR"),
    # a compound of "Verluste", "Ausfälle", "Fälle" that is money or an incident counts no people
    ("Zwei große Zahlungsausfälle brachten die Firma in Not.", "Zwei", "other", "Zahlungsausfälle", None),
    ("Der Konzern meldete 14 Stromausfälle im Winter.", "14", "other", "Stromausfälle", None),
    ("Die Polizei zählte 12 Zwischenfälle am Wochenende.", "12", "other", "Zwischenfälle", None),
    ("Das Amt meldete 7 Grippefälle aus Schulen.", "7", "cases", "Grippefälle", "person"),
    ("Das Land meldete 40 Corona-Fälle.", "40", "cases", "Corona-Fälle", "person"),
    ("Die Armee meldete 300 Verluste.", "300", "casualties", "Verluste", "person"),
    ("Im Vorjahr waren 87 Menschen tödlich verunglückt.", "87", "killed", "Menschen", "person"),
    ("Von der Pleite sind 40 Dienstnehmer betroffen.", "40", "size", "Dienstnehmer", "person"),
    ("Der Sender will den Altersschnitt auf sechzig Jahre senken.", "sechzig", "age", "Altersschnitt", "year"),
    # per mille is a concentration, measured of what the sentence names before it
    ("Ein Alkotest ergab bei dem Lenker rund zwei Promille.", "zwei", "other", "Alkotest", "permille"),
    # a size is of people: what a thing comprises is counted as `other`
    ("Die Anklageschrift umfasst 270 Seiten.", "270", "other", "Seiten", None),
    ("Der Verein umfasst 3.000 Mitglieder.", "3.000", "size", "Mitglieder", "person"),
    # "in 36 Fällen" counts instances; who loses a job is no casualty
    ("Die Anklage wirft ihm in insgesamt 36 Fällen Betrug vor.", "36", "other", "Fällen", None),
    ("Nach der Pleite verloren 2.500 Beschäftigte ihren Arbeitsplatz.", "2.500", "size", "Beschäftigte", "person"),
    # drivers on the road are people; racing drivers are athletes
    ("Bei dem Unfall wurden drei Lkw-Fahrer verletzt.", "drei", "wounded", "Lkw-Fahrer", "person"),
]


@pytest.mark.parametrize("sentence,fig,measure,counted,unit", COUNTED_CASES)
def test_counted_phrase_measure_unit(sentence, fig, measure, counted, unit):
    c = _claim(sentence, fig)
    if measure is not None:
        assert c.measure == measure, (sentence, c.measure)
    if counted is None:
        if measure == "duration":
            assert c.counted is None, c.counted
    else:
        assert c.counted is not None and c.counted.text == counted, (sentence, c.counted)
        assert sentence[c.counted.span[0]:c.counted.span[1]] == counted
    assert c.unit == unit, (sentence, c.unit)


# sentence, figure, group, nationality, place
WHO_CASES = [
    ("Mehr als 400 Polizisten waren nach einer Schlägerei zwischen Afghanen und Syrern im Einsatz.", "400", "police", None, None),
    ("Bei dem Einsatz wurden zwei Polizisten und 40 Demonstranten verletzt.", "zwei", "police", None, None),
    ("Die Regierung entsandte rund 800 französische Soldaten nach Mali.", "800", "troops", "FR", "ML"),
    ("Im Vorjahr kamen 8.000 Syrer nach Österreich.", "8.000", "people", "SY", "AT"),
    ("In Tirol wurden am Wochenende 12 Lawinenopfer geborgen.", "12", None, None, "AT"),
    ("Fünf Helfer einer Hilfsorganisation wurden in Gaza getötet.", "Fünf", "aid_workers", None, "PS"),
    ("Bei dem Brand in Graz starben drei Kinder.", "drei", "children", None, "AT"),
    ("Laut südkoreanischem Geheimdienst schickte Nordkorea 11.000 Soldaten nach Russland.", "11.000", "troops", "KP", "RU"),
    ("Der Konzern steigerte seinen Umsatz auf 3,2 Milliarden Euro.", "3,2 Milliarden", None, None, None),
]


@pytest.mark.parametrize("sentence,fig,group,nationality,place", WHO_CASES)
def test_who(sentence, fig, group, nationality, place):
    c = _claim(sentence, fig)
    if group is not None or c.unit not in (None, "person"):
        assert c.who.group == group, (sentence, c.who)
    assert c.who.nationality == nationality, (sentence, c.who)
    assert c.who.place == place, (sentence, c.who)


def test_dateline_gives_the_place():
    text = "Wien – Die Gewerkschaft zählte am Montag 2.000 Teilnehmer bei der Kundgebung."
    c = _claim(text, "2.000")
    assert (c.who.place, c.measure) == ("AT", "participants")


def test_story_place_carries_to_figures_naming_none():
    text = ("Das Hochwasser in Spanien hat weitere Opfer gefordert. In der Region Valencia sind die "
            "Straßen noch gesperrt. Bisher wurden 205 Tote gezählt.")
    c = _claim(text, "205")
    assert (c.measure, c.who.group, c.who.place) == ("killed", "people", "ES")


def test_nationality_of_another_clause_is_not_taken():
    text = "Mehr als 400 Polizisten waren im Einsatz, nachdem es zu einer Schlägerei zwischen Afghanen und Sudanesen gekommen war."
    assert _claim(text, "400").who.nationality is None


def test_war_verbs_do_not_measure_things():
    c = _claim("Die Athleten kämpfen in vier Gewichtsklassen um Medaillen.", "vier")
    assert c.measure == "other"


def test_subset_does_not_become_the_carried_noun():
    text = "Seit Juni kamen 1061 Menschen ums Leben, darunter 348 Kinder. Rund 1600 weitere wurden verletzt."
    c = _claim(text, "1600")
    assert (c.measure, c.who.group) == ("wounded", "people")


# proportions and signs of change
@pytest.mark.parametrize("sentence,fig,low", [
    ("Die Hälfte der Befragten gab an, nie zu wählen.", "Hälfte", 50),
    ("Drei Viertel der Befragten lehnen das Gesetz ab.", "Drei Viertel", 75),
    ("Inzwischen ist jeder Vierte über 65 Jahre alt.", "jeder Vierte", 25),
    ("Die Lücke betrifft rund einem Drittel der Server.", "Drittel", 33.3333),
])
def test_proportions_in_words(sentence, fig, low):
    c = _claim(sentence, fig)
    assert (c.unit, c.measure) == ("percent", "share")
    assert abs(c.value.low - low) < 0.01


@pytest.mark.parametrize("sentence,fig", [
    ("Die Bevölkerung wuchs um ein Plus von 1,3 Prozent.", "1,3 Prozent"),
    ("Am stärksten wuchs Wien (plus 2,4 Prozent).", "2,4 Prozent"),
    ("Die Arbeitslosigkeit sank um 0,4 Prozent.", "0,4 Prozent"),
    ("Am stärksten wuchs Graz (plus 2,2 Prozent oder 6.300 Personen).", "6.300"),
    ("Der Vertrag bringt eine Gehaltserhöhung um 2,9 Prozent.", "2,9 Prozent"),
    ("Die Gemeinde beschloss eine Gebührenanhebung von 4 Prozent.", "4 Prozent"),
    ("Sie bekamen die volle Teuerung von 1,9 Prozent abgegolten.", "1,9 Prozent"),
])
def test_changes_are_increments(sentence, fig):
    assert _claim(sentence, fig).increment


@pytest.mark.parametrize("sentence", [
    "Als bester Laptop gilt das Dell XPS 13, der sich durch sein Gewicht auszeichnet.",
    "Die Sendung lief in der ZiB 2 und auf ORF 2.",
    "Sie siegte mit 7:6(5),6:3 und steht in der dritten Runde.",
    "Tore: 1:0 (15.) Berisha, 1:1 (70.) Huber.",
    "Geburtstage: Lucas Cranach, Maler (1515-1586).",
    "Mit der Alpha 1 gibt es einen ersten Eindruck.",
    "Das nächste Ziel ist das Objekt 2014 MU69 im Kuipergürtel.",
    "Mit TLS 1.2 verschlüsselte Verbindungen gelten als sicher.",
    "Der aktuelle Entwicklungszyklus (15.10) endet im Oktober.",
    "Die Grabkammer (um 1330 vor unserer Zeitrechnung) ist gut erhalten.",
    "Caesar wurde 44 v. Chr. in Rom ermordet.",
    # a live ticker's minutes and a match's sets are ordinals or labels
    "Das Spiel begann ruhig. 12. Minute: Der Stürmer trifft die Latte.",
    "Dann wurde es hektisch. Minute 77: Gelbe Karte für den Verteidiger.",
    "Sie holte sich den 2. Satz im Tiebreak.",
])
def test_names_scores_and_lifetimes_are_not_claims(sentence):
    assert claimledger.extract(sentence, published=PUB) == []


def test_cents_are_fractions_of_the_currency():
    c = _claim("Eine Kilowattstunde kostet 3,17 Cent brutto.", "3,17")
    assert c.unit == "EUR" and abs(c.value.low - 0.0317) < 1e-9 and c.measure == "amount"


def test_small_number_word_with_its_own_noun_is_a_claim():
    c = _claim("Sie beging zehn Doppelfehler im ersten Satz.", "zehn")
    assert c.counted is not None and c.counted.text == "Doppelfehler"


@pytest.mark.parametrize("sentence,fig,low,bound,unit,counted", [
    ("Die Regierung beschloss ein 500-Millionen-Euro-Paket für die Bauern.", "500-Millionen", 5e8, "exact", "EUR", "Paket"),
    ("Karten gibt es ab zehn Euro.", "zehn", 10, "at_least", "EUR", None),
    ("Der Konzern setzte gut 8,2 Milliarden Euro um.", "8,2 Milliarden", 8_200_000_000, "more_than", "EUR", None),
])
def test_values(sentence, fig, low, bound, unit, counted):
    c = _claim(sentence, fig)
    assert (c.value.low, c.value.bound, c.unit) == (low, bound, unit)
    if counted:
        assert c.counted is not None and c.counted.text == counted


def test_year_after_ab_stays_a_year():
    assert claimledger.extract("Die Maut gilt ab 2017 auf allen Autobahnen.", published=PUB) == []


@pytest.mark.parametrize("sentence,fig,low,bound", [
    ("Die Einwohnerzahl sank um minus 0,4 Prozent.", "0,4", -0.4, "exact"),
    ("Der Absatz verzeichnete ein Minus von 3 Prozent.", "3", -3, "exact"),
    ("Rund einem Drittel der Server droht Gefahr.", "Drittel", 33.3333, "approx"),
    ("Mehr als jeder Sechste lebt allein.", "jeder Sechste", 16.6667, "more_than"),
    ("Das Lager darf nicht weiter als 15 Kilometer von der Grenze entfernt sein.", "15", 15, "at_most"),
])
def test_signs_and_qualified_proportions(sentence, fig, low, bound):
    c = _claim(sentence, fig)
    assert abs(c.value.low - low) < 0.001 and c.value.bound == bound


def test_a_share_naming_nobody_continues_the_shares_of_people_before():
    text = "Rund 40 Prozent der Befragten sind unzufrieden. Etwa 70 Prozent halten die Prüfung für schwer."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["40"].who.group == "respondents"
    assert claims["70"].who.group == "respondents"


def test_an_elided_noun_names_the_noun_of_the_sentence_before():
    text = "Bei dem Anschlag wurden zwei Soldaten getötet. 31 weitere wurden verletzt."
    c = {c.text: c for c in claimledger.extract(text, published=PUB)}["31"]
    assert (c.measure, c.counted.text) == ("wounded", "Soldaten")


def test_degrees_are_a_unit_and_what_they_measure_comes_before():
    c = _claim("Die Temperaturen fallen in der Nacht unter zehn Grad.", "zehn")
    assert (c.unit, c.value.bound) == ("degC", "at_most")
    assert c.counted is not None and c.counted.text == "Temperaturen"


# two figures joined by "oder"/"bzw." restate one quantity in two units: the share is about
# the people the count names, whichever comes first
RESTATED_CASES = [
    ("Die Mitgliederzahl wuchs um 1.200 Personen oder 3,5 Prozent.", "3,5", "people"),
    ("In Salzburg stieg die Einwohnerzahl (plus 1,1 Prozent bzw. 1.700 Einwohner) erneut.", "1,1", "residents"),
    ("Der Verein verlor 2,5 Prozent oder 340 Mitglieder.", "2,5", "members"),
]


@pytest.mark.parametrize("sentence,fig,group", RESTATED_CASES)
def test_a_share_restating_a_count_of_people_is_about_them(sentence, fig, group):
    assert _claim(sentence, fig).who.group == group


def test_a_share_restating_money_has_no_group():
    assert _claim("Der Umsatz stieg um 40 Millionen Euro oder 4 Prozent.", "4").who.group is None


def test_a_share_set_against_a_place_continues_the_shares_of_people_before():
    text = ("Die Bevölkerung von Kärnten wuchs um 0,4 Prozent oder 2.200 Personen. "
            "Auch Klagenfurt (plus 1,2 Prozent) und Villach (plus 0,9 Prozent) legten zu.")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["0,4"].who.group in ("people", "residents")
    assert claims["1,2"].who.group == claims["0,9"].who.group == claims["0,4"].who.group


def test_a_noun_with_a_country_in_the_genitive_names_the_nationality():
    text = "Die Zahl der Staatsbürger Polens (plus 4.100 auf 52.000 Personen) wuchs."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["4.100"].who.nationality == "PL" and claims["4.100"].measure == "size"
    assert claims["52.000"].who.nationality == "PL"


def test_a_list_of_brackets_after_bare_nations_counts_the_noun_it_began_with():
    text = ("Es folgen Staatsbürger Serbiens (plus 2.300 auf 40.100 Personen), "
            "Kroatiens (plus 1.900 auf 31.000 Personen) und der Türkei (plus 800 auf 117.000 Personen).")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert [claims[k].who.nationality for k in ("2.300", "1.900", "31.000", "800")] == ["RS", "HR", "HR", "TR"]
    assert claims["1.900"].counted.text == "Staatsbürger Serbiens"


def _places_of(text: str) -> dict[str, str | None]:
    return {c.text: c.who.place for c in claimledger.extract(text, published=PUB)}


def test_a_dateline_with_a_slash_names_every_place_in_it():
    text = ("Wien/Berlin – Der Streit belastet den Haushalt in Deutschland. In Deutschland fehlen "
            "nun 400 Millionen Euro. Die Ministerin sprach von 12 betroffenen Projekten.")
    assert _places_of(text)["12"] == "DE"


def test_a_dateline_glued_to_its_dash_is_a_dateline():
    text = "Ankara- Bei einem Anschlag wurden am Sonntag 14 Soldaten verletzt."
    assert _places_of(text)["14"] == "TR"


def test_a_dateline_outweighs_two_passing_mentions_elsewhere():
    text = ("Kairo – Im Süden des Landes wurden 40 Menschen verletzt. Die Armee griff im Sudan an, "
            "zuvor auch im Sudan Stellungen. Am Abend meldete die Polizei 3 Tote.")
    assert _places_of(text)["3"] == "EG"


def test_the_only_place_an_article_names_is_its_place_even_late():
    text = ("Die rumänische Staatsanwaltschaft erhob Anklage. Der Politiker soll 17 Rechnungen gefälscht haben. "
            + "Die Vorwürfe wiegen schwer. " * 30 + "Er soll die Dokumente in Bukarest verwendet haben.")
    assert _places_of(text)["17"] == "RO"


def test_dort_points_back_to_the_place_of_the_sentence_before():
    text = "Das Team reiste in den Dschungel von Costa Rica. Dort leben 130 Schlangenarten."
    assert _places_of(text)["130"] == "CR"


def test_a_region_larger_than_a_country_is_no_place():
    text = "Wien – Der Dienst zählt in Lateinamerika fünf Millionen Abos. In Tirol sind es 4.000."
    places = _places_of(text)
    assert places["fünf Millionen"] is None and places["4.000"] == "AT"


# a price or measure after a preposition belongs to the thing right before the preposition
PRICED_CASES = [
    ("Wer mehr ausgeben will, greift zu einem 4k-Fernseher um rund 5.800 Euro.", "5.800", "4k-Fernseher"),
    ("Empfohlen wird die Nikon Coolpix B500 (hierzulande B510) ab ca. 280 Euro.", "280", "Nikon Coolpix"),
    ("Lieferwagen unter 3,5 Tonnen bleiben von der Maut befreit.", "3,5", "Lieferwagen"),
    ("Die Stadt gibt 2,5 Millionen Euro für Radwege aus.", "2,5 Millionen", "Radwege"),
]


@pytest.mark.parametrize("sentence,fig,counted", PRICED_CASES)
def test_a_price_after_a_preposition_belongs_to_the_thing_before(sentence, fig, counted):
    c = _claim(sentence, fig)
    assert c.counted is not None and c.counted.text == counted, (sentence, c.counted)


# what lasts a duration is the clause's subject: first, or right after the finite verb
DURATION_SUBJECT_CASES = [
    ("Maria hat fast drei Wochen im Lager verbracht.", "drei", "Maria"),
    ("Rund 40 Minuten sprach Anna Berger im Plenum.", "40", "Anna"),
]


@pytest.mark.parametrize("sentence,fig,counted", DURATION_SUBJECT_CASES)
def test_what_lasts_a_duration_is_the_subject(sentence, fig, counted):
    c = _claim(sentence, fig)
    assert c.measure == "duration" and c.counted is not None and c.counted.text.startswith(counted)



def test_a_nationality_adjective_before_a_place_noun_names_the_place():
    text = "Viele haben Wochen auf der griechischen Insel Chios verbracht. Dort warten 4.000 Flüchtlinge."
    assert _places_of(text)["4.000"] == "GR"
    text = "Das Hochwasser erfasste die ostslowakische Gemeinde Zborov, 120 Häuser wurden zerstört."
    assert _places_of(text)["120"] == "SK"


def test_a_compass_prefix_does_not_split_a_nationality_adjective():
    c = _claim("Rund 11.000 nordkoreanische Soldaten sind in der Region.", "11.000")
    assert c.who.nationality == "KP"


def test_a_negated_peoples_name_counts_people_and_anteil_marks_what_is_counted():
    c = _claim("Der Anteil der Nichtdeutschen stieg um rund 40.000 auf 900.000.", "40.000")
    assert (c.counted.text, c.who.group, c.measure, c.who.nationality) == ("Nichtdeutschen", "people", "size", None)


def test_an_unlisted_people_word_takes_the_defaults_of_people():
    c = _claim("In der Stadt leben 3.000 Aktivisten.", "3.000")
    assert (c.who.group, c.measure) == ("people", "size")


# measures and groups beyond war: arrivals, races, fires, outbreaks, transport
BEYOND_WAR_CASES = [
    ("Von Januar bis März erreichten 9.400 Migranten die Inseln mit Booten.", "9.400", "received", "migrants"),
    ("Im selben Zeitraum kamen in Griechenland laut Ministerium 6.100 Menschen über das Meer an.", "6.100", "received", "people"),
    ("Unter den Ankömmlingen waren 800 unbegleitete Kinder.", "800", "received", "children"),
    ("Beim Stadtlauf werden mehr als 12.000 Läufer erwartet.", "12.000", "participants", "runners"),
    ("Die Veranstalter schätzten die Zahl der Zuschauer auf 80.000.", "80.000", "participants", "spectators"),
    ("Am Abend kämpften 300 Feuerwehrleute gegen die Flammen.", "300", "deployed", "firefighters"),
    ("Bei den Löscharbeiten kamen zwei Feuerwehrleute ums Leben.", "zwei", "killed", "firefighters"),
    ("Bei dem Unfall wurden 14 Fahrgäste verletzt.", "14", "wounded", "passengers"),
    ("Das Gesundheitsamt meldete am Montag 21 Fälle.", "21", "cases", "people"),
    ("Der Zivilschutz ließ 900 Menschen aus zwei Dörfern evakuieren.", "900", "displaced", "people"),
    ("Vor der Küste sind 60 Bootsflüchtlinge ertrunken.", "60", "killed", ANY),
    ("Wie viele Menschen in der Wüste verdursteten, gab die Behörde mit 14 an.", "14", "killed", ANY),
    # a list of counts shares the predicate after its last item
    ("Bei dem Brand sind 12 Bewohner, 3 Feuerwehrleute und zwei Nachbarn gestorben.", "12", "killed", ANY),
    # people who lose a job or a home are a group, not casualties
    ("Wie viele der 80 Angestellten ihren Arbeitsplatz verlieren, ist offen.", "80", "size", "workers"),
    ("Die Firma beschäftigt 14 Programmierer.", "14", "size", "workers"),
    # foreigners are people, not migrants
    ("Unter den Opfern waren drei Ausländer.", "drei", None, "people"),
    # money lost is money, whatever noun it is set against
    ("Der Konzern schrieb 45 Millionen Euro Verlust.", "45 Millionen", "amount", None),
]


@pytest.mark.parametrize("sentence,fig,measure,group", BEYOND_WAR_CASES)
def test_measures_and_groups_beyond_war(sentence, fig, measure, group):
    c = _claim(sentence, fig)
    if measure is not None:
        assert c.measure == measure, (sentence, c.measure)
    if group is not ANY:
        assert c.who.group == group, (sentence, c.who)


def test_a_measurement_in_a_unit_measured_before_measures_the_same():
    text = ("Auf der Insel sind bereits 4.000 Hektar Wald verbrannt, sagt die Feuerwehr. "
            "Der Satellitendienst kommt sogar auf 5.200 Hektar.")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["4.000"].measure == claims["5.200"].measure == "damage"


def test_money_does_not_inherit_what_other_money_measured():
    text = "Der Sachschaden beträgt fünf Millionen Euro. Die Gemeinde erhält zwei Millionen Euro vom Land."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["zwei Millionen"].measure != "damage"


def test_a_single_late_passing_place_is_not_the_articles_place():
    text = ("Die Weltbevölkerung soll bis 2050 auf 9,8 Milliarden Menschen wachsen. "
            + "Die Forscher rechnen mit Wachstum. " * 30 + "Am deutlichsten wird das in Moldawien zu sehen sein.")
    assert _places_of(text)["9,8 Milliarden"] is None


def test_a_fall_in_an_idiom_is_no_case():
    claims = claimledger.extract("Für den Klub ist Platz drei, der auf jeden Fall reicht, sicher.", published=PUB)
    assert all(c.measure != "cases" for c in claims)


def test_a_closed_bracket_does_not_end_the_clause():
    c = _claim("Sein Gegenkandidat Martin Vogl (ÖVP) liegt laut Hochrechnung bei 38,0 Prozent.", "38,0")
    assert c.counted is not None and ("Vogl" in c.counted.text or "Gegenkandidat" in c.counted.text)


def test_money_whose_purpose_opens_the_clause_measures_that_purpose():
    assert _claim("Für Schulbauten sind im kommenden Jahr 180 Millionen Euro vorgesehen.",
                  "180 Millionen").counted.text == "Schulbauten"
    c = _claim("Laut Bürgermeister lagen die Ausgaben der Gemeinde für Heizkostenzuschüsse bei 269.000 Euro.", "269.000")
    assert c.counted.text == "Ausgaben"


def test_the_nationality_of_an_aged_person_comes_from_the_owner_phrase():
    c = _claim("Wie lange der 27-jährige Kroate ausfällt, war vorerst offen.", "27")
    assert (c.measure, c.who.nationality) == ("age", "HR")


def test_die_zahl_der_and_a_peoples_name_gives_the_nationality():
    c = _claim("Die Zahl der Syrer im Land verdreifachte sich auf 33.061 Personen.", "33.061")
    assert c.who.nationality == "SY"


MORE_PEOPLE_CASES = [
    ("In der Moschee beteten am Freitag rund 400 Muslime.", "400", "people"),
    ("Für die Wartung des Kraftwerks sind 60 Techniker im Schichtdienst eingeteilt.", "60", "workers"),
    ("An der Studie arbeiteten 14 Forscher aus drei Ländern mit.", "14", "people"),
    ("Beim Festival zählte man rund 300 Teenager auf dem Gelände.", "300", "children"),
    ("An der Grenze wurden sieben mutmaßliche Schlepper angehalten.", "sieben", "people"),
]


@pytest.mark.parametrize("sentence,fig,group", MORE_PEOPLE_CASES)
def test_more_people_nouns(sentence, fig, group):
    c = _claim(sentence, fig)
    assert (c.who.group, c.unit) == (group, "person"), (sentence, c.who)


def test_das_alter_von_is_an_age():
    c = _claim("Im Schachklub gilt das Alter von 12 Jahren als früh für ein Turnier.", "12")
    assert c.measure == "age"


def test_a_measurement_is_not_a_delivery():
    c = _claim("Die neuen Solarparks sollen ab Herbst über 25 MW Leistung Strom liefern.", "25")
    assert c.measure == "other"


def test_an_article_right_after_a_head_count_opens_the_object():
    c = _claim("Hatten im Vorjahr noch 80.000 die Grenze überquert, so waren es heuer weniger.", "80.000")
    assert c.counted is None or c.counted.text != "Grenze"


def test_a_region_in_brackets_after_an_unknown_town_is_a_dateline():
    text = "Rheinstadt (Rheinland-Pfalz). Der Kämmerer plant Ausgaben von 1,2 Milliarden Euro."
    assert _places_of(text)["1,2 Milliarden"] == "DE"


MORE_MEASURE_CASES = [
    ("Weitere 700 Menschen mussten ihre Wohnungen verlassen.", "700", "displaced"),
    ("Damit sind 2.200 Menschen in Notquartieren untergebracht.", "2.200", "displaced"),
    ("Die Regierung stockte den Katastrophenfonds auf 500 Millionen Euro auf.", "500 Millionen", "aid"),
    ("Insgesamt 31.500 Briefwähler gaben ihre Stimme vorab ab.", "31.500", "participants"),
    ("In der Stadt gibt es 90.000 Wahlberechtigte.", "90.000", "size"),
    ("Die Feuerwehr musste 14 Zuschauer medizinisch versorgen.", "14", "hospitalised"),
]


@pytest.mark.parametrize("sentence,fig,measure", MORE_MEASURE_CASES)
def test_more_measures(sentence, fig, measure):
    assert _claim(sentence, fig).measure == measure, sentence


def test_neue_marks_an_increment():
    assert _claim("Das Gesundheitsamt meldete zwölf neue Fälle.", "zwölf").increment


def test_a_predicate_may_name_the_group_of_generic_people():
    c = _claim("Insgesamt wählten damit 62.300 Menschen.", "62.300")
    assert (c.measure, c.who.group) == ("participants", "voters")



def test_a_sentence_opening_with_a_place_sets_the_scene_for_its_paragraph():
    text = ("Nairobi/Wien – Im Bergland Ruanda ist erstmals eine Gorillazählung abgeschlossen "
            "worden. 103 Tiere leben laut den Zahlen in freier Wildbahn.")
    assert _places_of(text)["103"] == "RW"


def test_more_countries_are_known():
    assert _claim("In Kambodscha wurden 40 Minen geräumt.", "40").who.place == "KH"
    assert _claim("Rund 300 laotische Arbeiter streikten.", "300").who.nationality == "LA"


# what a figure counts, by rule: the sentence, the figure and the counted text
COUNTED_TEXT_CASES = [
    # a share naming nothing counts what the sentence's share before it counted
    ("Zwei Drittel der Befragten fahren mit dem Rad – davon würden aber 60 Prozent lieber die Bahn nehmen.",
     "60", "Befragten"),
    ("Waren es einst 20 Prozent der Besucher, sind es mittlerweile rund 45 Prozent.", "45", "Besucher"),
    # a change noun is transparent; a name in apposition joins its noun
    ("Die steirische Landeshauptstadt Graz wuchs mit einem Plus von 1,9 Prozent am stärksten.", "1,9",
     "Landeshauptstadt Graz"),
    # a bracket right after a figure restates it
    ("Die Region könne die Altschulden in Höhe von 12 Milliarden Franken (11 Mrd. Euro) nicht tilgen.", "11",
     "Altschulden"),
    # a noun in an adverbial phrase of place is not what a share measures
    ("In Tirol wohnen acht Prozent aller Studierenden, in der Steiermark 13 Prozent.", "13", "Studierenden"),
    # a filler word between a governing noun's preposition and the figure
    ("Das Kraftwerk hat zwei Turbinen mit einer Leistung von jeweils acht Megawatt.", "acht", "Leistung"),
]


@pytest.mark.parametrize("sentence,fig,counted", COUNTED_TEXT_CASES)
def test_counted_text_by_rule(sentence, fig, counted):
    c = _claim(sentence, fig)
    assert c.counted is not None and c.counted.text == counted, (sentence, c.counted)


def test_an_age_of_a_pronoun_belongs_to_the_person_the_sentence_before_named():
    text = "Die Schauspielerin Maria Huber ist tot. Sie starb am Samstag im Alter von 81 Jahren."
    c = _claim(text, "81")
    assert c.measure == "age" and c.counted is not None and "Maria" in c.counted.text


# a stated fall is a negative change; a rise or a level keeps its sign
SIGNED_CHANGES = [
    ("Der Absatz ging im dritten Quartal um 3 Prozent zurück.", "3", -3.0, True),
    ("Die Aktie des Konzerns verlor am Freitag 4,5 Prozent.", "4,5", -4.5, True),
    ("Die Gemeinde hat ihre Förderung um 200.000 Euro gekürzt.", "200.000", -200000.0, True),
    ("Das Land kürzte das Budget um 2 Milliarden Kronen (etwa 80 Millionen Euro).", "80 Millionen", -80000000.0, True),
    ("Gemeldet wurde ein Rückgang um 12 Prozent.", "12", -12.0, True),
    ("Die Exporte legten im Mai um 6 Prozent zu.", "6", 6.0, True),
    ("Der Umsatz stieg um 5 Prozent, der Gewinn sank dagegen.", "5", 5.0, True),
    ("Die Quote stieg auf 7 Prozent.", "7", 7.0, False),
    ("Die Zahl der Verletzten stieg um 12 (auf 40).", "40", 40.0, False),
    ("Das Unternehmen verlor 30 Millionen Euro.", "30 Millionen", 30000000.0, False),
    # a comparative after a percentage: a change, negative when it is "weniger"
    ("Im Mai kamen 35 Prozent mehr Touristen als im Vorjahr.", "35", 35.0, True),
    ("Das Museum zählte 12 Prozent weniger Besucher.", "12", -12.0, True),
]


@pytest.mark.parametrize("sentence,fig,low,increment", SIGNED_CHANGES)
def test_a_stated_fall_is_a_negative_change(sentence, fig, low, increment):
    c = _claim(sentence, fig)
    assert (c.value.low, c.increment) == (low, increment)


def test_points_are_a_unit_and_who_scores_them_is_counted():
    c = _claim("Berger kommt im Vertrauensindex auf 14 Punkte.", "14")
    assert (c.unit, c.counted.text) == ("points", "Berger")


@pytest.mark.parametrize("sentence,fig", [
    ("Seit Jänner trafen 4.100 Migranten auf Lampedusa ein.", "4.100"),
    ("Es waren mehr als im Vorjahr, als 9.800 Menschen die Insel erreicht hatten.", "9.800"),
    ("Die Zahl der Bootsankünfte stieg auf 2.300 Menschen.", "2.300"),
])
def test_arriving_people_are_received(sentence, fig):
    assert _claim(sentence, fig).measure == "received"


def test_a_dateline_of_two_places_names_the_one_the_lede_speaks_of():
    text = ("Wien/Oslo – Die norwegische Regierung hat 12 neue Windparks genehmigt. Sie sollen "
            "bis 2030 gebaut werden.")
    assert _claim(text, "12").who.place == "NO"
    text = ("Wien/Oslo – Die Regierung hat 12 neue Windparks genehmigt. Sie sollen "
            "bis 2030 gebaut werden.")
    assert _claim(text, "12").who.place == "AT"




def test_people_asked_in_a_survey_take_part_in_it():
    c = _claim("Für die Studie wurden 2.000 Personen telefonisch befragt.", "2.000")
    assert (c.measure, c.who.group) == ("participants", "respondents")


def test_a_rival_count_of_unspecified_people_counts_the_same_people():
    text = ("Die Gewerkschaft schätzte die Zahl der Demonstranten auf 40.000. "
            "Die Polizei zählte hingegen nur 15.000 Menschen.")
    c = _claim(text, "15.000")
    assert c.measure == "participants"
    text = "Die Veranstalter zählten 3.000 Zuschauer. Im Ort leben dagegen 15.000 Menschen."
    assert (_claim(text, "15.000").measure, _claim(text, "15.000").who.group) == ("size", "residents")


@pytest.mark.parametrize("sentence,fig,low,increment", [
    # a sign after a level preposition is a level: a score below zero
    ("Die Partei liegt mit minus zwölf Punkten hinten.", "zwölf", -12.0, False),
    # ... but an increment word after "mit" is still a change
    ("Die Armee rückte mit weiteren 4.000 Soldaten vor.", "4.000", 4000.0, True),
    # "um" a figure with a verb of change elsewhere in the sentence is a change
    ("Beide legten seit März zu – Meier um drei Punkte, Huber um fünf.", "drei", 3.0, True),
    # a level after "auf" and an adverb is no change
    ("Die Auflage sank auf zuletzt 20 Prozent.", "20", 20.0, False),
])
def test_signs_and_levels_of_changes(sentence, fig, low, increment):
    c = _claim(sentence, fig)
    assert (c.value.low, c.increment) == (low, increment)


def test_a_sentence_opening_preposition_is_no_subject():
    c = _claim("Durch den Umbau stieg der Preis auf 12 Euro.", "12")
    assert c.counted is None or c.counted.text != "Durch"


def test_a_troop_word_as_agent_does_not_make_a_demonym_troops():
    c = _claim("Drei Demonstranten und zwei Kurden wurden von der Armee erschossen.", "zwei")
    assert c.who.group == "people"


def test_registrations_count_who_will_take_part():
    c = _claim("Bis Freitag gingen weitere 800 Anmeldungen ein.", "800")
    assert (c.measure, c.increment) == ("participants", True)


@pytest.mark.parametrize("sentence,fig,counted,group", [
    ("Die Stadt feiert das 750-jährige Bestehen ihres Rathauses.", "750", "Bestehen", None),
    ("Bei dem Empfang war König Carl XVI. (79) anwesend.", "79", ANY, "people"),
])
def test_ages_of_things_and_of_regnal_names(sentence, fig, counted, group):
    c = _claim(sentence, fig)
    assert c.measure == "age" and c.who.group == group
    if counted is not ANY:
        assert c.counted.text == counted


def test_a_club_name_opening_with_an_ordinal_is_no_claim():
    claims = claimledger.extract("Der drittplatzierte 1. FC Nürnberg liegt sieben Zähler zurück.", published=PUB)
    assert [c.text for c in claims] == ["sieben"]


def test_arrivals_are_the_people_whose_arrivals_were_counted():
    text = ("Im April kamen 1.300 Flüchtlinge auf Lampedusa an. Damit stieg die Zahl der Ankünfte "
            "seit Jahresbeginn auf 9.800.")
    assert _claim(text, "9.800").who.group == "refugees"
    assert _claim("Die Zahl der Ankünfte stieg auf 500.", "500").who.group == "people"


def test_late_entries_are_the_participants_just_counted():
    text = "Am Sonntag gingen 9.000 Läufer an den Start. Zuletzt gab es weitere 400 Nachmeldungen."
    assert _claim(text, "400").who.group == "runners"
    assert _claim("Es gab 400 Nachmeldungen.", "400").who.group == "participants"



@pytest.mark.parametrize("sentence,fig,measure", [
    ("Getötet wurden zwei Polizisten.", "zwei", "killed"),
    ("Verletzt wurden bei dem Unfall 14 Menschen.", "14", "wounded"),
    ("Vermisst werden noch drei Touristen.", "drei", "missing"),
])
def test_a_participle_opening_the_sentence_is_the_predicate(sentence, fig, measure):
    assert _claim(sentence, fig).measure == measure


@pytest.mark.parametrize("sentence,fig", [
    ("Im Bezirk wurden 120 Fälle pro 100.000 Einwohner gemeldet.", "100.000"),
    ("Auf die Forschung kommen 9,4 Beschäftigte je 1.000 Erwerbstätige.", "1.000"),
])
def test_the_base_of_a_rate_is_no_claim(sentence, fig):
    assert all(sentence[c.span[0]:c.span[1]] != fig for c in claimledger.extract(sentence, published=PUB))


def test_je_alone_distributes_a_figure():
    c = _claim("Die beiden Heime in Mondsee und Ohlsdorf bieten je 100 Plätze.", "100")
    assert c.counted.text == "Plätze"


def test_a_price_per_thousand_is_money_not_a_rate():
    c = _claim("Die Lizenz kostet 300 Euro je 1.000 Nutzer.", "300")
    assert c.measure == "amount"


@pytest.mark.parametrize("sentence,fig,unit", [
    ("Vorne liegen Israel (4,11 Prozent) und Japan (3,58).", "3,58", "percent"),
    ("Polen (4,5 Prozent) folgt auf Platz vier (3,2).", "3,2", "percent"),
    ("Die Aktie (12,40 Euro) überholte den Index (11,85).", "11,85", "EUR"),
])
def test_a_bare_decimal_in_brackets_continues_the_unit_of_the_list(sentence, fig, unit):
    assert _claim(sentence, fig).unit == unit


def test_a_whole_number_in_brackets_after_a_name_is_no_list_item():
    c = _claim("Die Quote lag bei 4,1 Prozent, sagte Anna Berger (45).", "45")
    assert c.measure == "age" and c.unit == "year"


@pytest.mark.parametrize("sentence,fig", [
    ("In Wien wurden 30 Demonstranten festgenommen, in Graz 12.", "12"),
    ("Die SPÖ stellte 114 Anfragen, die ÖVP 50.", "50"),
    ("Am Samstag kamen 4.490 Menschen über die Grenze, am Sonntag 4.044.", "4.044"),
])
def test_a_bare_number_closing_a_parallel_clause_after_a_name_is_a_count(sentence, fig):
    assert any(sentence[c.span[0]:c.span[1]] == fig for c in claimledger.extract(sentence, published=PUB))


@pytest.mark.parametrize("sentence", [
    "Es kamen 300 Menschen zum Konzert von Blink 182.",
    "Die Mauern der MA-48-Zentrale seien grün, sagt Anna Berger von der MA 22.",
])
def test_a_name_with_digits_stays_a_name_after_a_count(sentence):
    assert [c.text for c in claimledger.extract(sentence, published=PUB)
            if c.text in ("182", "22")] == []


@pytest.mark.parametrize("sentence,fig,group", [
    ("Laut Studie telefonieren 83 Prozent der Autofahrer am Steuer.", "83", "people"),
    ("Beobachtet wurden mehr als 2.500 Fußgänger an Kreuzungen.", "2.500", "people"),
    ("Beim Grand Prix starten 20 Fahrer.", "20", "athletes"),
])
def test_road_users_are_people_and_racing_drivers_athletes(sentence, fig, group):
    assert _claim(sentence, fig).who.group == group


@pytest.mark.parametrize("sentence,fig,low", [
    ("Im August gab es ein Minus von revidiert 0,6 Prozent.", "0,6", -0.6),
    ("Die Industrie fuhr ihre Produktion um 1,4 Prozent nach unten.", "1,4", -1.4),
    ("Der Konzern schraubte die Prognose um 2 Prozent nach oben.", "2", 2.0),
])
def test_revised_falls_and_moves_down_are_negative_changes(sentence, fig, low):
    c = _claim(sentence, fig)
    assert c.increment and c.value.low == low


@pytest.mark.parametrize("sentence,fig", [
    ("Die Produzenten von Maschinen meldeten ein Minus von 1,4 Prozent.", "1,4"),
    ("Drei Lieferanten wurden gewechselt.", "Drei"),
])
def test_firms_named_by_what_they_do_are_no_people(sentence, fig):
    assert _claim(sentence, fig).who.group is None


@pytest.mark.parametrize("sentence,fig,increment", [
    ("Im Vorjahr wurden 1.641 neue Werbeunternehmen gegründet.", "1.641", False),
    ("Das Amt meldete am Montag 20 neue Fälle.", "20", True),
    ("Im Vorjahr wurden 12 weitere Firmen gegründet.", "12", True),
])
def test_new_things_are_a_count_new_cases_add_to_a_toll(sentence, fig, increment):
    assert _claim(sentence, fig).increment is increment
