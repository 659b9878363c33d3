"""Figures glued into adjectives, ranges opened by an article, and bracketed lists after
places — on sentences of our own."""

from __future__ import annotations

import pytest

import claimledger

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("sentence, fig, low, bound, unit", [
    ("Die Firma meldete eine 10-prozentige Steigerung des Umsatzes.", "10", 10, "exact", "percent"),
    ("Wir können mit mehr als 90-prozentiger Sicherheit sagen, dass es stimmt.", "90", 90, "more_than", "percent"),
    ("Der Fonds hält eine fünfprozentige Beteiligung an der Bank.", "fünf", 5, "exact", "percent"),
    ("Nach einer zehnstündigen Operation war der Patient stabil.", "zehn", 10, "exact", "hour"),
])
def test_a_figure_glued_to_its_adjective(sentence, fig, low, bound, unit):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert (c.value.low, c.value.bound, c.unit) == (low, bound, unit)


@pytest.mark.parametrize("sentence, fig, low, high", [
    ("Die Abweichung liegt bei ein bis drei Prozentpunkten.", "ein bis drei", 1, 3),
    ("Die Reparatur dauert ein bis zwei Wochen.", "ein bis zwei", 1, 2),
    ("Ein bis zwei Soldaten wurden verletzt.", "Ein bis zwei", 1, 2),
])
def test_an_article_opens_a_range(sentence, fig, low, high):
    c = claim_of(sentence, fig, PUB)
    assert (c.value.low, c.value.high, c.value.bound) == (low, high, "range")


def test_an_article_without_a_range_is_no_figure():
    assert [c.text for c in claimledger.extract("Er blieb ein bis zum Ende treuer Freund.", published=PUB)] == []


def test_brackets_after_places_count_what_the_sentence_counts():
    text = ("Die meisten Lehrerinnen mit Migrationshintergrund arbeiten in Wien (1.250) vor "
            "Oberösterreich (430) und der Steiermark (312).")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert [claims[k].counted.text for k in ("1.250", "430", "312")] == ["Lehrerinnen"] * 3
    assert claims["430"].who.place == "AT"
    # a noun the lexicon does not know leaves the place as what the bracket is about
    text = "Die meisten Lehrlinge arbeiten in Wien (1.250) vor Oberösterreich (430)."
    assert {c.text: c.counted.text for c in claimledger.extract(text, published=PUB)}["430"] == "Oberösterreich"


def test_a_share_after_a_place_is_the_places_own():
    text = "Am stärksten stieg die Zahl der Einwohner in Tirol (plus 1,4 Prozent) und Wien (plus 1,2 Prozent)."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert [claims[k].counted.text for k in ("1,4", "1,2")] == ["Tirol", "Wien"]


@pytest.mark.parametrize("sentence, fig, counted", [
    ("Wurden 2012 noch 1,9 Milliarden Briefe verschickt, waren es 2015 nur mehr 857 Millionen.", "857 Millionen", "Briefe"),
    ("Im Vorjahr wurden 500 Autos verkauft, heuer 700.", "700", "Autos"),
    # a figure with its own unit or noun keeps it
    ("Die Firma hat 300 Mitarbeiter und machte einen Umsatz von 12 Millionen Euro.", "12 Millionen", "Umsatz"),
])
def test_a_later_count_of_the_sentence_leaves_out_the_noun_counted_before(sentence, fig, counted):
    assert claim_of(sentence, fig, PUB).counted.text == counted



@pytest.mark.parametrize("text, fig, counted", [
    ("Im Mai wurden 857 Millionen Briefe zugestellt. Ein Jahr zuvor waren es noch 949 Millionen.", "949 Millionen", "Briefe"),
    ("Die Quote lag bei 5 Prozent der Erwerbstätigen. Im Vorjahr waren es 6 Prozent.", "6", "Erwerbstätigen"),
])
def test_an_expletive_es_counts_what_the_sentence_before_counted(text, fig, counted):
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims[fig].counted.text == counted


def test_without_the_expletive_nothing_is_carried_over_a_sentence():
    text = "Im Mai wurden 857 Millionen Briefe zugestellt. Die Post nahm 949 Millionen ein."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["949 Millionen"].counted is None or claims["949 Millionen"].counted.text != "Briefe"


def test_people_keep_the_role_a_verb_gave_them():
    text = ("Rund 2.400 Studierende haben den Kurs besucht. Das war ein Anstieg um 300 Studierende. "
            "Die meisten Studierende kamen aus Wien (1.100).")
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert [claims[k].measure for k in ("2.400", "300", "1.100")] == ["participants"] * 3


def test_an_event_is_not_kept_by_the_noun():
    text = "Bei dem Beben starben 30 Menschen. Die Stadt hat 3.000 Menschen."
    claims = {c.text: c for c in claimledger.extract(text, published=PUB)}
    assert claims["3.000"].measure != "killed"


@pytest.mark.parametrize("sentence, fig, counted", [
    ("Meteorologen sprachen vom schlimmsten Hochwasser seit 500 Jahren.", "500", "Hochwasser"),
    ("Forscher erwarten, dass Flugtaxis in zehn bis 15 Jahren üblich sind.", "zehn bis 15", "Flugtaxis"),
    ("Er ist seit drei Jahren Präsident.", "drei", "Präsident"),        # no noun before: the one after
    # a place is where, not what lasts: the subject does
    ("Sie lebt in Graz seit 20 Jahren.", "20", "Sie"),
])
def test_the_noun_before_a_span_is_what_lasts(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB)
    assert (c.counted.text if c.counted else None) == counted


def test_a_known_place_inside_a_longer_name_is_no_dateline():
    text = ("Schnee erzwang Absage. Crans Montana – Die Abfahrt wurde verschoben, weil in der Nacht "
            "einen halben Meter Neuschnee fiel.")
    assert all(c.who.place != "US" for c in claimledger.extract(text, published=PUB))


def test_a_headline_ending_in_a_place_is_no_dateline():
    text = ("Auf Ersuchen Deutschlands – Keine Details. Wien/Kiew – Die Behörden durchsuchten "
            "drei Wohnungen.")
    assert claim_of(text, "drei", PUB).who.place == "AT"


@pytest.mark.parametrize("sentence, fig", [
    ("Das Paket kommt. Dafür nimmt die Regierung 50 Millionen Euro in die Hand.", "50 Millionen"),
    ("Der Vertrag wurde geändert. Dadurch verlieren 35 Beschäftigte ihre Zulage.", "35"),
])
def test_a_pronominal_adverb_names_nothing_counted(sentence, fig):
    c = claim_of(sentence, fig, PUB)
    assert c.counted is None or not c.counted.text.startswith("Da")


@pytest.mark.parametrize("sentence, fig, low", [
    ("Der Film wurde fünffach für den Oscar nominiert.", "fünffach", 5),
    ("Der Verdacht ist zweifach belegt.", "zweifach", 2),
])
def test_a_multiplier_adverb_is_a_figure(sentence, fig, low):
    assert claim_of(sentence, fig, PUB).value.low == low


def test_einfach_is_no_figure():
    assert claimledger.extract("Die Lösung ist einfach und eine einfache Regel genügt.", published=PUB) == []
