"""Where a counted figure holds, by the kind of place and the kind of figure, on sentences of
our own (one table a rule): small states the gazetteer must know, descriptors before a place."""

from __future__ import annotations

import pytest
from claims_support import claim_of

PUB = "2025-03-14"


def _place(text: str, fig: str) -> str | None:
    return claim_of(text, fig, PUB).who.place


# every member state of the United Nations is a place, and a hyphenated descriptor before it
# ("im Pazifik-Inselstaat Nauru") still lets the opening preposition set the scene
SMALL_STATES = [
    ("Kritik aus Australien. Sydney – Im Pazifik-Inselstaat Nauru ist ein Mann verurteilt worden. "
     "Das Gericht verhängte eine Strafe von 200 Dollar.", "200", "NR"),
    ("Wien – In Palau leben rund 18.000 Menschen.", "18.000", "PW"),
    ("Im Inselstaat Tonga leben rund 100.000 Menschen.", "100.000", "TO"),
    ("Madrid – In Costa Rica leben rund fünf Millionen Menschen.", "fünf Millionen", "CR"),
]


@pytest.mark.parametrize("text,fig,iso", SMALL_STATES)
def test_small_states_are_places(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso


# a count of countries is about no one country, whatever the dateline; one country's own
# states and a people's name ending like one ("Ausländer") are not counts of countries
COUNTRY_COUNTS = [
    ("Graz – Die Fahrt führt durch 15 Länder und endet in Zypern.", "15", None),
    ("Wien – Die Quote fiel in 22 EU-Staaten.", "22", None),
    ("Wien – Die Bank zieht sich aus zehn europäischen Ländern zurück.", "zehn", None),
    ("Wien – Autorinnen aus 37 Nationen lesen beim Festival.", "37", None),
    ("Wien – In allen neun Bundesländern wurden 300 Fälle gemeldet.", "300", "AT"),
    ("Wien – Unter den Festgenommenen waren zwei Ausländer.", "zwei", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", COUNTRY_COUNTS)
def test_a_count_of_countries_has_no_place(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# the Earth as a whole and what is off it are in no country: a measurement the clause sets
# there takes no dateline; money spent on it is still a country's
OFF_EARTH = [
    ("Washington – Die Sonde flog in rund 12.500 Kilometern Abstand am Pluto vorüber.",
     "12.500", None),
    ("Moskau – Die Station umkreist die Erde in rund 370 Kilometern Entfernung.", "370", None),
    ("Rom – 2015 gab es noch vier Milliarden Hektar Wald auf der Welt.", "vier Milliarden", None),
    ("Moskau – Russland kürzt sein Budget für die Raumstation ISS um 30 Milliarden Rubel.",
     "30 Milliarden", "RU"),
    ("Moskau – Die Ernte fiel um 30 Prozent, die Erde war zu trocken.", "30", "RU"),
]


@pytest.mark.parametrize("text,fig,iso", OFF_EARTH)
def test_the_earth_and_what_is_off_it_are_no_country(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


def test_a_global_clause_outweighs_a_place_in_another_clause() -> None:
    text = ("Rom – Nach dem Bericht, der bei einem Kongress in Durban vorgestellt wurde, gab es "
            "2015 noch 3,9 Milliarden Hektar Wald auf der Welt.")
    assert _place(text, "3,9 Milliarden") is None


def test_the_ground_that_quakes_is_no_planet() -> None:
    text = "Athen – Die Erde bebte am Morgen mit einer Stärke von 6,2."
    assert _place(text, "6,2") == "GR"


# towns that datelines name give the article its country ("Crans Montana" is no US state)
DATELINE_TOWNS = [
    ("Neuschnee erzwingt Absage. Crans Montana – Die Abfahrt wurde um zwei Stunden verschoben.",
     "zwei", "CH"),
    ("Anlage erzeugt Plasma. Greifswald – Rund 500 Mitarbeiter arbeiten an der Anlage.", "500", "DE"),
    ("Bußgeld verhängt. Traun – Das Gericht verhängte eine Geldbuße von 562.500 Euro.", "562.500", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", DATELINE_TOWNS)
def test_dateline_towns_give_the_articles_country(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso


# a story whose headline and lede are set off the Earth keeps its dateline for money only: the
# newsroom's town is not where a probe's or a star's measurements hold; a country the lede
# names keeps the story on the Earth
OFF_EARTH_STORIES = [
    ("Bilder vom Zwergplaneten. Washington – Die Raumsonde Kepler hat neue Bilder geschickt. "
     "Der Krater ist rund 90 Kilometer breit.", "90", None),
    ("Junge Sterne entdeckt. Heidelberg – Astronomen haben in drei Sternsystemen Staub gefunden. "
     "Die Scheiben sind bis zu viermal größer als erwartet.", "viermal", None),
    ("Sonde teurer. Washington – Die Raumsonde kostet die Nasa weitere 200 Millionen Dollar.",
     "200 Millionen", "US"),
    ("Sparkurs im All. Moskau – Russland kürzt sein Budget für die Raumstation. "
     "Die Ausgaben für Raumfahrt sanken um fast ein Drittel.", "ein Drittel", "RU"),
    ("Neue Messung. Washington – Die Raumsonde Kepler hat neue Bilder geschickt. "
     "In Florida warteten 300 Zuschauer auf den Start.", "300", "US"),
]


@pytest.mark.parametrize("text,fig,iso", OFF_EARTH_STORIES)
def test_story_off_the_earth(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a region word opening its sentence is still a region ("Europaweit will …"): the figure of
# its clause is about no one country, whatever the dateline
REGION_WORDS = [
    ("Wien – Europaweit will der Konzern 6.500 Stellen streichen.", "6.500", None),
    ("Wien – Weltweit hungern 800 Millionen Menschen.", "800 Millionen", None),
    ("Wien – In Österreich will der Konzern 300 Stellen streichen.", "300", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", REGION_WORDS)
def test_region_word_opening_a_sentence(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a clause a dash continues from a clause set in a region compares with the figure before it:
# it is in that region too, not in the dateline's country; a place of its own still holds
DASH_CONTINUATIONS = [
    ("Wien – Im Mai wurden 200.000 Anträge in den EU-Staaten gestellt – 15 Prozent mehr als im "
     "April.", "15", None),
    ("Wien – Im Mai wurden 200.000 Anträge in den EU-Staaten gestellt – in Österreich 15 Prozent "
     "mehr als im April.", "15", "AT"),
    ("Wien – Im Mai wurden 2.000 Anträge gestellt – 15 Prozent mehr als im April.",
     "15", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", DASH_CONTINUATIONS)
def test_dash_continues_a_region(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a nationality adjective before a country's civil authority says where they act, not whose
# the people they count are; an army's adjective still gives its soldiers' nationality
AUTHORITIES = [
    ("Die spanische Küstenwache hat am Montag 58 Menschen aus dem Meer gerettet.", "58", None, "ES"),
    ("Die Ware wurde den ungarischen Behörden übergeben, 40 Kisten insgesamt.", "40", None, "HU"),
    ("Die belgische Bundespolizei holte 35 Reisende aus dem Bus.", "35", None, "BE"),
    ("Die russische Armee verlegte 3.000 Soldaten an die Grenze.", "3.000", "RU", None),
]


@pytest.mark.parametrize("text,fig,nat,iso", AUTHORITIES)
def test_an_authoritys_adjective_is_a_place(text: str, fig: str, nat: str | None, iso: str | None) -> None:
    who = claim_of(text, fig, PUB).who
    assert (who.nationality, who.place) == (nat, iso)


# a place right after an origin ("aus Leonberg in Deutschland") says where someone is from;
# where it happens is another place of the clause, or the article's; a route is no origin
ORIGIN_CHAINS = [
    ("Innsbruck – Ein 45-jähriger Mann aus Ravensburg in Deutschland ist im Stubaital 80 Meter "
     "abgestürzt.", "80", "AT"),
    ("Innsbruck – Eine Frau aus Meran in Südtirol verlor 300 Euro.", "300", "AT"),
    ("Innsbruck – Der Zug aus Wien nach Deutschland hatte 300 Fahrgäste.", "300", "DE"),
    ("Innsbruck – Er überwies aus Kostengründen rund 300 Euro in die Schweiz.", "300", "CH"),
]


@pytest.mark.parametrize("text,fig,iso", ORIGIN_CHAINS)
def test_a_place_locating_an_origin_is_no_scene(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso


# a sea many countries border is no one country's; a coast named in the clause still places it
SEAS = [
    ("Athen – Im Atlantik sind seit Jänner 40 Boote gesunken.", "40", None),
    ("Athen – Seit Jänner sind 120 Menschen im Mittelmeer ertrunken.", "120", None),
    ("Athen – Vor der tunesischen Küste im Mittelmeer sind 120 Menschen ertrunken.", "120", "TN"),
]


@pytest.mark.parametrize("text,fig,iso", SEAS)
def test_a_sea_is_no_country(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a country as the clause's actor hosts, lets through or counts people who are not its own
# citizens; its troops are its own
COUNTRY_ACTORS = [
    ("Spanien beherbergt derzeit 12.000 Flüchtlinge.", "12.000", None),
    ("Kroatien ließ am Montag 900 Menschen über die Grenze.", "900", None),
    ("Ungarn verlegte 2.000 Soldaten an die Grenze.", "2.000", "HU"),
]


@pytest.mark.parametrize("text,fig,nat", COUNTRY_ACTORS)
def test_a_country_actor_gives_no_nationality_to_those_it_hosts(text: str, fig: str, nat: str | None) -> None:
    assert claim_of(text, fig, PUB).who.nationality == nat


# a nationality adjective before a building or site places it in that country, with no
# preposition needed; an embassy stands abroad
BUILDINGS = [
    ("Der Film zeigt eine polnische Fabrik mit 300 Näherinnen.", "300", "PL"),
    ("Sie wurde in einem belgischen Krankenhaus 14 Tage lang behandelt.", "14", "BE"),
    ("Am Kopenhagener Flughafen strandeten 2.000 Reisende, am schwedischen Flughafen 500.", "500", "SE"),
    ("Die deutsche Botschaft in Kabul beschäftigt 60 Mitarbeiter.", "60", "AF"),
]


@pytest.mark.parametrize("text,fig,iso", BUILDINGS)
def test_a_building_stands_in_its_adjectives_country(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso


# the country after "der Grenze zu" is the neighbour of where the figure holds; a border
# crossed ("überquerten die Grenze zu …") is left to the clause
NEIGHBOURS = [
    ("Niamey – Nahe der Grenze zu Mali wurden 14 Kämpfer festgenommen.", "14", "NE"),
    ("Athen – An der griechischen Grenze zu Albanien warten 800 Menschen.", "800", "GR"),
    ("Sofia – Am Montag überquerten 600 Menschen die Grenze zu Serbien.", "600", "RS"),  # into it
]


@pytest.mark.parametrize("text,fig,iso", NEIGHBOURS)
def test_a_neighbour_across_the_border_is_no_scene(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso
