"""What a verb of change changes (lang/de/syntax.py ``changed_subject``), on sentences of our
own: a share or amount that rose, fell or was cut measures the clause's subject — first in
the clause, or right after the finite verb when an adverbial opens it — or, with a transitive
verb, the object in the accusative. Months and words of time frame the figure, never count."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


def counted_as(text: str, fig: str, counted: str):
    """The claim of ``fig``, after checking it counts ``counted`` at its place in the text."""
    c = claim_of(text, fig, PUB)
    assert c.counted is not None and c.counted.text == counted, (fig, c.counted)
    assert text[c.counted.span[0]:c.counted.span[1]] == counted
    return c


@pytest.mark.parametrize("text, fig, counted", [
    # the subject opens the clause; the earlier figure of "von … auf" shares it
    ("Die Grünen sind bei der Gemeinderatswahl am 4. Oktober von 12 auf 9 Prozent abgesackt.", "12", "Grünen"),
    ("Die Grünen sind bei der Gemeinderatswahl am 4. Oktober von 12 auf 9 Prozent abgesackt.", "9", "Grünen"),
    # an adverbial opens the clause: the subject follows the finite verb
    ("Im Burgenland stieg die Arbeitslosenquote gegenüber Juni von 6,1 auf 6,4 Prozent.", "6,1",
     "Arbeitslosenquote"),
    ("Seit dem Frühjahr hat der Franken gegenüber dem Euro rund zwölf Prozent verloren.", "zwölf", "Franken"),
    ("Nach dem Rekordjahr kletterten die Erlöse im Vorjahr um ein Viertel auf 2,1 Mrd. Euro.", "2,1 Mrd.",
     "Erlöse"),
    # a noun of time opens the clause ("Ende 2023"), the subject comes after the verb
    ("Ende 2023 war das Defizit um 0,4 Prozent gesunken.", "0,4", "Defizit"),
    # a pronoun subject is what the text names
    ("Bei der letzten Wahl verlor sie 3,8 Prozent.", "3,8", "sie"),
    # a transitive verb of change changes its object
    ("Zuletzt hat der Vorstand den Kreditrahmen um 40 Millionen Euro erhöht.", "40 Millionen", "Kreditrahmen"),
    # a surname that opens with its particles stays whole
    ("Zuletzt verlor Van der Bellen drei Prozentpunkte.", "drei", "Van der Bellen"),
])
def test_the_changed_thing_is_counted(text, fig, counted):
    counted_as(text, fig, counted)


def test_a_pronoun_names_no_series():
    """"sie" tells the reader where to look, but a series keyed by a pronoun would merge
    unrelated figures: the subject label stays empty."""
    c = claim_of("Bei der letzten Wahl verlor sie 3,8 Prozent.", "3,8", PUB)
    assert c.counted.text == "sie" and c.subject is None


def test_a_partitive_beats_the_subject():
    c = claim_of("Im Vorjahr stieg der Anteil der Teilzeitkräfte auf 31 Prozent der Beschäftigten.", "31", PUB)
    assert c.counted.text == "Beschäftigten"


def test_a_subordinate_clause_has_no_verb_second_subject():
    """"wo" puts the verb last: the first words after it are no verb and subject."""
    c = claim_of("Es litt vor allem die Steiermark, wo mehrere Werke schlossen und die Aufträge um 15 Prozent "
                 "zurückgegangen sind.", "15", PUB)
    assert c.counted is not None and c.counted.text == "Aufträge"


@pytest.mark.parametrize("text, fig", [
    ("Heuer sind es um 300 Millionen Euro mehr gewesen.", "300 Millionen"),
    ("Teils stieg es um bis zu drei Prozent.", "drei"),
])
def test_adverbs_opening_the_clause_count_nothing(text, fig):
    c = claim_of(text, fig, PUB)
    assert c.counted is None or c.counted.text not in ("Heuer", "Teils")


@pytest.mark.parametrize("text, fig, counted", [
    # what lasts is the clause's subject, also after the verb when the span opens the clause
    ("Nach 31 Jahren trennte sich die Band im Streit.", "31", "Band"),
    ("Bereits nach zwei Monaten verließ Huber den Verein wieder.", "zwei", "Huber"),
    ("Doch gestern sprach Müller fast zwei Stunden lang über die Reform.", "zwei", "Müller"),
    ("Sie werden drei Jahre lang mit Sicherheitsupdates versorgt.", "drei", "Sie"),
    # a span inside an attributive participle lasts as the noun it describes
    ("Die seit elf Tagen andauernde Blockade wurde am Montag beendet.", "elf", "Blockade"),
    ("Der seit 14 Jahren regierende Bürgermeister tritt nicht mehr an.", "14", "Bürgermeister"),
])
def test_what_lasts_a_span(text, fig, counted):
    assert counted_as(text, fig, counted).measure == "duration"


def test_a_determiner_after_a_span_opens_no_participle():
    """"In den ersten 20 Tagen dieses Jahres": "dieses" is an article, not a participle, and
    the year only dates the span."""
    c = claim_of("In den ersten 20 Tagen dieses Jahres kamen 3.000 Menschen an.", "20", PUB)
    assert c.counted is None or c.counted.text != "Jahres"


@pytest.mark.parametrize("text, fig, counted", [
    # a verb of a level reached measures its subject, as a verb of change does
    ("Im Vertrauensindex kommt Maria Berger mit minus sieben Punkten auf Rang vier.", "sieben", "Maria Berger"),
    ("Bei der Landtagswahl erreichte die Bürgerliste 23 Prozent.", "23", "Bürgerliste"),
    ("Mit 31 Prozent liegt die Volkspartei klar voran.", "31", "Volkspartei"),
    # an adverb opening the sentence is no subject, by its ending
    ("Plötzlich lag die Liste Pilz bei neun Prozent.", "neun", "Liste Pilz"),
])
def test_the_level_reached_is_its_subjects(text, fig, counted):
    counted_as(text, fig, counted)


@pytest.mark.parametrize("text, fig, counted", [
    # an age whose owner the clause names as its subject, also after nested phrases
    ("Im Alter von 17 Jahren zog sie nach Wien.", "17", "sie"),
    ("Am Montag ist er im Alter von 88 Jahren gestorben.", "88", "er"),
    ("Der langjährige Bürgermeister wurde 91 Jahre alt.", "91", "Bürgermeister"),
])
def test_whose_age(text, fig, counted):
    assert counted_as(text, fig, counted).measure == "age"


@pytest.mark.parametrize("text, fig, counted", [
    # a demonstrative standing alone is the subject
    ("Die Auflage lag einst bei 300.000. Seither sank diese auf ein Drittel.", "ein Drittel", "diese"),
    # a subordinate clause: the subject right after the subordinator
    ("Sie hofft, dass wir bei der Wahl über 40 Prozent liegen werden.", "40", "wir"),
    # a separable verb of change may stand far from its particle
    ("In Kärnten ging sie im selben Zeitraum von 9,1 auf 8,7 Prozent zurück.", "9,1", "sie"),
])
def test_pronouns_that_are_changed(text, fig, counted):
    assert counted_as(text, fig, counted).subject is None  # a pronoun labels no series


@pytest.mark.parametrize("text, fig, counted", [
    ("Rund ein Drittel von ihnen blieb im Land.", "ein Drittel", "ihnen"),
    # a genitive with two adjectives, and one with an extended attribute
    ("Das sind etwa drei Prozent der gesamten staatlichen Gesundheitsausgaben.", "drei", "Gesundheitsausgaben"),
    ("Rund 40 Prozent der auf der Schiene beförderten Güter sind Rohstoffe.", "40", "Güter"),
])
def test_what_a_share_is_of(text, fig, counted):
    counted_as(text, fig, counted)


def test_a_share_of_them_keeps_their_group():
    text = "Befragt wurden 1.000 Pensionisten. 47 Prozent von ihnen fühlen sich einsam."
    c = claim_of(text, "47", PUB)
    assert c.counted.text == "ihnen"


@pytest.mark.parametrize("text, fig, counted", [
    # a bare figure of a lifetime after "mit" opening the clause is an age: the subject's
    ("Mit 17 gründete sie ihr erstes Unternehmen.", "17", "sie"),
    ("Schon mit 23 saß er im Landtag.", "23", "er"),
])
def test_a_bare_age_after_mit(text, fig, counted):
    assert counted_as(text, fig, counted).measure == "age"


@pytest.mark.parametrize("text, fig", [
    ("Mit 14 erzielten Toren liegt der Klub voran.", "14"),        # a noun follows: a count
    ("Mit 5 in den Top 16 kann man zufrieden sein.", "5"),   # a preposition follows
    ("Slowenien will beginnen: mit 40 bis 50 pro Monat.", "40 bis 50"),  # a range
    ("Das Gerät gibt es mit 32, 64 und 128 GB Speicher.", "32"),   # a list
])
def test_no_bare_age(text, fig):
    assert claim_of(text, fig, PUB).measure != "age"


@pytest.mark.parametrize("text, fig, increment", [
    # a seat is news by itself: the article counts it, "dazu" makes it a gain
    ("Die Liste gewann bei der Wahl ein Mandat dazu.", "ein", True),
    ("Die Bürgerliste kam 2010 auf ein Mandat.", "ein", False),
])
def test_one_seat(text, fig, increment):
    c = claim_of(text, fig, PUB)
    assert c.measure == "seats" and bool(c.increment) == increment


def test_a_title_before_a_name_is_left_out():
    """"Ihr Herausforderer Tobias Kern": the series is the person's, under the name the other
    articles give."""
    counted_as("Ihr Herausforderer Tobias Kern liegt laut Umfrage bei 38 Prozent.", "38", "Tobias Kern")


@pytest.mark.parametrize("text, fig, counted", [
    # a span that is the value of a noun lasts as that noun; through "im Ausmaß von" the one before
    ("Der Hersteller verspricht einen Pflegezeitraum von fünf Jahren.", "fünf", "Pflegezeitraum"),
    ("Beschäftigte können Freizeit im Ausmaß von drei Stunden nehmen.", "drei", "Freizeit"),
    # a span opening the clause: the subject after the finite verb
    ("30 Jahre lang hatte auch ihr Vorgänger so gehandelt.", "30", "Vorgänger"),
])
def test_what_lasts_as_a_value_or_opening_the_clause(text, fig, counted):
    assert counted_as(text, fig, counted).measure == "duration"


def test_an_adverb_governs_no_span():
    """"Schon über 20 Jahre": a capitalised adverb before a governing preposition is no noun."""
    counted_as("Schon über 20 Jahre lebt sie in Graz.", "20", "sie")
