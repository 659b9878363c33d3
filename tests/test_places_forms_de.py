"""Where a counted figure holds: the forms a place's name takes (inflected country names,
continents that look like a compass word glued to a country), on sentences of our own."""

from __future__ import annotations

import claimledger
import pytest
from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


# a country's name of several words inflects its adjectives after an article; a continent
# named like a compass part of a country ("Südamerika", "Zentralamerika") is no part of it
NAME_FORMS = [
    ("Kampala – In der Demokratischen Republik Kongo wurden 30 Menschen getötet.", "30", "CD"),
    ("Paris – In der Zentralafrikanischen Republik leben 4,7 Millionen Menschen.",
     "4,7 Millionen", "CF"),
    ("Berlin – In der Dominikanischen Republik arbeiten 200 Ingenieure.", "200", "DO"),
    ("Washington – Der Wirbelsturm tötete in Zentralamerika mehr als 2.000 Menschen.", "2.000", None),
    ("Washington – In Südamerika wurden 500 Fälle gemeldet.", "500", None),
    ("Kairo – In Nordafrika wurden 500 Fälle gemeldet.", "500", None),
    ("Wien – In Ostösterreich wurden 500 Fälle gemeldet.", "500", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", NAME_FORMS)
def test_name_forms(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a preposition of place governs a place behind an article and a noun too ("in der
# Hauptstadt Tunis", "in seiner Heimat Deutschland"); an origin ("aus der Hauptstadt") does not
DESCRIBED_PLACES = [
    ("Belgrad – Im März wurden in der Hauptstadt Tunis 21 Touristen getötet.", "21", "TN"),
    ("Washington – In seiner Heimat Deutschland liege das Pensionsalter bei 65.", "65", "DE"),
    ("Wien – In der Grenzstadt Spielfeld warteten 2.000 Menschen.", "2.000", "AT"),
    ("Wien – 300 Menschen kamen aus der Hauptstadt Belgrad.", "300", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", DESCRIBED_PLACES)
def test_place_behind_article_and_noun(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


def _place_from(outlet: str | None, text: str, fig: str) -> str | None:
    claims = claimledger.extract(text, published=PUB, outlet=outlet)
    return next(c for c in claims if c.text == fig).who.place


# "hierzulande" sets the figure in the outlet's own country (metadata, not text); an outlet
# the pack does not know leaves it to the text, and the word does not carry to other clauses
HOME_WORDS = [
    ("derStandard", "Die Box kostet hierzulande etwa 240 Euro.", "240", "AT"),
    ("Der Spiegel", "Die Box kostet hierzulande etwa 240 Euro.", "240", "DE"),
    ("Neue Zürcher Zeitung", "Hierzulande sind 103.000 alte Autos gemeldet.", "103.000", "CH"),
    ("derStandard", "In Berlin kostet die Box hierzulande 240 Euro.", "240", "DE"),
    ("Rheinstädter Bote", "Die Box kostet hierzulande etwa 240 Euro.", "240", None),
    (None, "Die Box kostet hierzulande etwa 240 Euro.", "240", None),
    ("derStandard", "Die Box kostet 240 Euro.", "240", None),
]


@pytest.mark.parametrize("outlet,text,fig,iso", HOME_WORDS)
def test_home_word_is_the_outlets_country(outlet: str | None, text: str, fig: str,
                                           iso: str | None) -> None:
    assert _place_from(outlet, text, fig) == iso


# a country's parties and seats of government name it as place names do: a domestic story
# that names few places is set there; one institution, or two countries', decide nothing
INSTITUTIONS = [
    ("Der Wahlkampf ist spannend. Die ÖVP schickt ihren Kandidaten, die SPÖ ihren. Die "
     "Wahlbeteiligung könnte auf 70 Prozent steigen.", "70", "AT"),
    ("Die ÖVP ist ruhig. Die ÖVP hat 11 Prozent. " + "Es gab noch viel mehr zu sagen. " * 20
     + "Ein Treffen fand später in Brüssel statt, dann sprach die SPÖ.", "11", "AT"),
    ("Die Partei ist ruhig. Sie hat 11 Prozent. " + "Es gab noch viel mehr zu sagen. " * 20
     + "Ein Treffen fand später in Brüssel statt.", "11", None),
    ("Die Wahlbeteiligung könnte auf 70 Prozent steigen, meint die ÖVP.", "70", None),
    ("Die CDU und die SPD streiten, die ÖVP und die SPÖ auch. Die Beteiligung lag bei 70 "
     "Prozent.", "70", None),
    ("Im Bundestag stimmten die CDU und die SPD zu. 400 Abgeordnete waren dafür.", "400", "DE"),
]


@pytest.mark.parametrize("text,fig,iso", INSTITUTIONS)
def test_institutions_name_their_country(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a place in a clause before the figure's sets its scene; one in a clause after it is the
# speaker's, another person's or another fact's, and the figure keeps the article's place
LATER_CLAUSES = [
    ("Kabul – An Bord waren zwei Piloten aus Moldau, wie der Regierungschef vor Journalisten "
     "in Chisinau sagte.", "zwei", "AF"),
    ("München – Bei seinem Sieg benötigte er 271 Schläge, neun weniger als Wiesberger, der "
     "kommende Woche in Paris abschlägt.", "271", "DE"),
    ("London – Der Umsatz stieg auf 5,7 Milliarden Pfund, in Deutschland lag das Plus bei "
     "zehn Prozent.", "5,7 Milliarden", "GB"),
    ("London – Der Umsatz stieg auf 5,7 Milliarden Pfund, in Deutschland lag das Plus bei "
     "zehn Prozent.", "zehn", "DE"),
    ("London – In Wien, wo die Firma sitzt, arbeiten 300 Menschen.", "300", "AT"),
    ("London – Als der Sturm in Irland tobte, starben 30 Menschen.", "30", "IE"),
]


@pytest.mark.parametrize("text,fig,iso", LATER_CLAUSES)
def test_place_of_a_later_clause(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a country after "gegen" is an opponent: not where the counted happens, nor whose people
OPPONENTS = [
    ("Gaza – Die Hamas hat 17.000 Jugendliche für den Kampf gegen Israel ausgebildet.",
     "17.000", "PS"),
    ("Wien – Für das Spiel gegen die Niederlande sind 35.000 Tickets verkauft.", "35.000", "AT"),
    ("Graz – Die 120 Minuten gegen Dinamo Minsk stecken in den Knochen.", "120", "AT"),
    ("Wien – Das Team spielt in Spanien gegen Portugal vor 40.000 Zuschauern.", "40.000", "ES"),
]


@pytest.mark.parametrize("text,fig,place", OPPONENTS)
def test_opponent_is_no_place(text: str, fig: str, place: str | None) -> None:
    c = claim_of(text, fig, PUB)
    assert c.who.place == place
    assert c.who.nationality is None or c.who.nationality not in ("Israeli", "Dutch", "Portuguese")


# a figure in brackets right after an average over many countries holds in no one country;
# the country's own figure before it, and a bracket after a country, keep theirs
AVERAGES = [
    ("Wien – Die Schüler erreichten 529 Punkte und lagen über dem Schnitt aller "
     "Teilnehmerländer (512 Punkte), aber unter dem EU-Schnitt (534).", "512", None),
    ("Wien – Die Schüler erreichten 529 Punkte und lagen über dem Schnitt aller "
     "Teilnehmerländer (512 Punkte), aber unter dem EU-Schnitt (534).", "534", None),
    ("Wien – Die Schüler erreichten 529 Punkte und lagen über dem Schnitt aller "
     "Teilnehmerländer (512 Punkte), aber unter dem EU-Schnitt (534).", "529", "AT"),
    ("Wien – Über dem OECD-Schnitt (2,4 Prozent) liegen auch Belgien und Slowenien.", "2,4", None),
    ("Wien – Österreich liegt hinter Deutschland (4,7 Prozent).", "4,7", "DE"),
]


@pytest.mark.parametrize("text,fig,iso", AVERAGES)
def test_bracket_after_an_average_of_countries(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a nation's adjective before a noun for a town names where ("nahe dem tunesischen Urlaubsort
# Sousse"); before a noun that is no place it is a nationality only
TOWN_NOUNS = [
    ("Belgrad – Nahe dem tunesischen Urlaubsort Sousse wurden 38 Touristen getötet.", "38", "TN"),
    ("Berlin – Im französischen Stadtteil wohnen 2.000 Menschen.", "2.000", "FR"),
    ("Berlin – Der russische Sport bekam 300 Millionen Euro.", "300 Millionen", "DE"),
]


@pytest.mark.parametrize("text,fig,iso", TOWN_NOUNS)
def test_town_nouns(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a bracket converting the figure ("(4,5 Millionen Euro)") does not end its clause: a place after
# it holds for both figures; an aside in brackets, or a bracket after no figure, still does
CONVERSIONS = [
    ("Wien – Der Konzern fordert fünf Millionen Dollar (4,5 Millionen Euro) von der Stadt in Kanada.",
     "fünf Millionen", "CA"),
    ("Wien – Der Konzern fordert fünf Millionen Dollar (4,5 Millionen Euro) von der Stadt in Kanada.",
     "4,5 Millionen", "CA"),
    ("Wien – Der Konzern fordert fünf Millionen Dollar (laut Klage) von der Stadt in Kanada.",
     "fünf Millionen", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", CONVERSIONS)
def test_a_conversion_bracket_keeps_the_clause(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso
