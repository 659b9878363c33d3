"""Spans of time and figures glued into words, on sentences of our own.

A number word before a time unit is a duration claim unless it sets a time off from another
("vor vier Wochen", "zwei Jahre später"); the bare article counts as one only where the
clause makes the span the point ("ein Jahr lang"). Number words glued to "-jährig",
"-stündig", ... are figures as digits are ("zehnstündig" like "10-stündig").
"""

from __future__ import annotations

import pytest

import claimledger

from claims_support import claim_of

PUB = "2025-03-14"


def _claim(sentence: str, fig: str):
    return claim_of(sentence, fig, PUB, prefix=True)


def _texts(sentence: str) -> list[str]:
    return [c.text for c in claimledger.extract(sentence, published=PUB)]


# sentence, figure, value, unit, counted (None: not checked)
SPAN_CASES = [
    ("Kunden können das Netz vier Wochen kostenlos testen.", "vier", 4, "week", None),
    ("Die Lokführerin arbeitet seit 23 Jahren bei der Bahn.", "23", 23, "year", None),
    ("Sie wohnt seit zwei Jahren in Graz.", "zwei", 2, "year", None),
    ("Der Konflikt dauert seit drei Jahren an.", "drei", 3, "year", "Konflikt"),
    ("Das Gutachten soll in drei Monaten fertig sein.", "drei", 3, "month", None),
    ("Er war ein Jahr lang Kriegsgefangener.", "ein", 1, "year", "Kriegsgefangener"),
    ("Das Passwort ist in einer Stunde geknackt.", "einer", 1, "hour", None),
    ("Die Debatte dauerte mehr als eine Stunde.", "eine", 1, "hour", None),
    ("Sie bekam ein halbes Jahr Haft.", "ein halbes", 0.5, "year", "Haft"),
    ("In der zwei Jahre dauernden Bauzeit entstand ein Stausee.", "zwei", 2, "year", "Bauzeit"),
]


@pytest.mark.parametrize("sentence,fig,value,unit,counted", SPAN_CASES)
def test_a_span_of_time_is_a_duration_claim(sentence, fig, value, unit, counted):
    c = _claim(sentence, fig)
    assert (c.measure, c.value.low, c.unit) == ("duration", value, unit), (sentence, c)
    if counted is not None:
        assert c.counted is not None and c.counted.text == counted, c.counted


@pytest.mark.parametrize("sentence", [
    "Vor zwei Jahren war das Lokal noch geschlossen.",
    "Drei Tage nach dem Brand begann der Abriss.",
    "Zwei Wochen später kam die Rechnung.",
    "In den vergangenen sieben Tagen hat es geregnet.",
    "Der Ausschuss tagt alle zwei Wochen.",
    "Vor einem Jahr wurde die Halle eröffnet.",
    "Ein Jahr später zog sie nach Linz.",
    "Seit einer Woche wird gestreikt.",
    "Im Jahr darauf wurde gebaut.",
])
def test_a_time_set_off_or_a_bare_article_is_no_claim(sentence):
    assert _texts(sentence) == [], _texts(sentence)


# sentence, figure, measure, value, unit, counted
GLUED_CASES = [
    ("Ein zwölfjähriger Bub wurde leicht verletzt.", "zwölf", "age", 12, "year", "Bub"),
    ("Der Zehnjährige wurde ins Spital gebracht.", "Zehn", "age", 10, "year", "Der Zehnjährige"),
    ("Nach einer zehnstündigen Operation war das Kind außer Gefahr.", "zehn", "duration", 10, "hour", "Operation"),
    ("Nach achtmonatiger Abwesenheit kehrte der Stürmer zurück.", "acht", "duration", 8, "month", "Abwesenheit"),
    ("Die Gewerkschaft rief zu einem zweitägigen Streik auf.", "zwei", "duration", 2, "day", "Streik"),
]


@pytest.mark.parametrize("sentence,fig,measure,value,unit,counted", GLUED_CASES)
def test_a_number_word_glued_to_an_adjective_is_a_figure(sentence, fig, measure, value, unit, counted):
    c = _claim(sentence, fig)
    assert c.text == fig and (c.measure, c.value.low, c.unit) == (measure, value, unit), (sentence, c)
    assert c.counted is not None and c.counted.text == counted, c.counted


# "N-jährig" before what lasts is a span of years, not an age
@pytest.mark.parametrize("sentence,fig,counted", [
    ("Er wurde zu einer fünfjährigen Haftstrafe verurteilt.", "fünf", "Haftstrafe"),
    ("Sie unterschrieb einen 3-jährigen Vertrag.", "3", "Vertrag"),
    ("Die zweijährige Anmeldefrist läuft im Mai ab.", "zwei", "Anmeldefrist"),
])
def test_years_of_a_thing_that_lasts_are_a_duration(sentence, fig, counted):
    c = _claim(sentence, fig)
    assert (c.measure, c.unit, c.counted.text) == ("duration", "year", counted), c


def test_years_before_a_person_stay_an_age():
    c = _claim("Die 3-jährige Tochter blieb unverletzt.", "3")
    assert c.measure == "age"


def test_glued_words_that_are_no_number_stay_words():
    assert _texts("Die Verhandlungen waren einseitig, die Beilage vierseitig.") == []


@pytest.mark.parametrize("sentence,fig", [
    ("Die Knochen stammen von Tieren, die vor 8000 Jahren lebten.", "8000"),
    ("Die Fossilien sind vor etwa 380 Millionen Jahren entstanden.", "380 Millionen"),
])
def test_a_date_in_deep_time_is_the_age_of_what_it_dates(sentence, fig):
    c = claim_of(sentence, fig, PUB)
    assert c.measure == "age" and c.unit == "year"


@pytest.mark.parametrize("text, fig", [
    ("Gesucht werden Männer im Alter zwischen 25 und 40 Jahren.", "25 und 40"),
    ("Die Mitglieder der Band sind zwischen 19 und 23 Jahren alt.", "19 und 23"),
    ("Sie unterlag der sieben Jahre älteren Titelverteidigerin.", "sieben"),
    ("Ihr Bruder ist drei Jahre jünger.", "drei"),
])
def test_ranges_and_comparisons_of_age_are_ages(text, fig):
    """Years that say how old people are, also as a range or a difference, are ages."""
    c = next(c for c in claimledger.extract(text, published="2025-03-14") if c.text == fig)
    assert c.measure == "age"


@pytest.mark.parametrize("text, fig, value, unit", [
    ("Sie gewann in 7:57 Minuten vor der Titelverteidigerin.", "7:57", 7.95, "minute"),
    ("Der Flug nach Lissabon dauerte 2:30 Stunden.", "2:30", 2.5, "hour"),
    ("Der Sieger lief die Strecke in 2:10,5 Min.", "2:10,5", 2.175, "minute"),
])
def test_a_clock_shaped_span_of_time_is_a_duration(text, fig, value, unit):
    """Minutes and seconds (or hours and minutes) written like a clock time, before a unit of
    time, are a span of time, not a clock time or a score."""
    c = next(c for c in claimledger.extract(text, published=PUB) if c.text == fig)
    assert (c.measure, c.unit) == ("duration", unit)
    assert c.value.low == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Das Spiel endete 3:1 nach Verlängerung.",
    "Die Sitzung begann um 7:30 Uhr.",
    "Nach dem 2:1 in der 57. Minute drehte das Spiel.",
])
def test_scores_and_clock_times_stay_no_claims(text):
    assert not [c for c in claimledger.extract(text, published=PUB) if ":" in c.text]


@pytest.mark.parametrize("text, fig", [
    ("Die versteinerten Knochen sind etwa 90 Millionen Jahre alt.", "90 Millionen"),
    ("Archäologen fanden 4.000 Jahre alte Scherben.", "4.000"),
])
def test_an_age_no_one_reaches_counts_no_people(text, fig):
    c = claim_of(text, fig, PUB)
    assert c.measure == "age" and c.who.group is None


def test_a_persons_age_counts_people():
    assert claim_of("Die 87-Jährige wurde gerettet.", "87", PUB, prefix=True).who.group is not None


@pytest.mark.parametrize("text, fig, bound", [
    # an article bounded by a qualifier is a figure of its own
    ("Die Sperre dauerte etwas mehr als einen Monat.", "einen", "more_than"),
    ("Die Sperre gilt für mindestens ein Jahr.", "ein", "at_least"),
])
def test_a_bounded_article_is_a_span(text, fig, bound):
    c = claim_of(text, fig, "2025-03-14")
    assert c.measure == "duration" and c.value.bound == bound


def test_a_span_seen_over_is_no_claim():
    """"Über ein Jahr betrachtet": the year frames a comparison, it is no claim."""
    claims = claimledger.extract("Über ein Jahr betrachtet fiel die Quote in 22 Staaten.", published="2025-03-14")
    assert all(c.text not in ("ein", "Über ein") for c in claims)


def test_a_deficit_in_time_is_a_difference():
    c = claim_of("Huber lag mit etwas mehr als einer Minute Rückstand auf Rang neun.", "einer", "2025-03-14")
    assert c.measure == "duration" and c.increment
