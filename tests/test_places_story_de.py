"""The article's place from weaker hints, on texts of our own (one table a rule): a country's
things named by its adjective, every place named being of one country — read only where no
dateline and no place a preposition governs says more, and not in sections whose figures are
mostly placeless ("Web")."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _place(text: str, fig: str, section: str | None = "Wirtschaft") -> str | None:
    claims = claimledger.extract(text, published=PUB, outlet="derStandard", section=section)
    return next(c for c in claims if c.text == fig).who.place


# a country's adjective before a thing (not before people) names the country as one of its
# place names does: with a place of it named once more, it is the article's country
THINGS = [
    ("Der Sender gibt auf. Mit ihm verliert die dänische Medienlandschaft eine Stimme. Der Sender "
     "hatte 180 Beschäftigte. Ein kleines Land wie Dänemark braucht Vielfalt.", "180", "DK"),
    ("Die Schwedische Handelsbank AG wird gespalten. Die Filiale in der Altstadt von Göteborg-Nord "
     "bleibt. Die Bank hat eine Bilanzsumme von 40 Milliarden Euro.", "40 Milliarden", None),
    ("Die Schwedische Handelsbank AG wird gespalten. Der Sitz bleibt Göteborg. Die Bank hat eine "
     "Bilanzsumme von 40 Milliarden Euro.", "40 Milliarden", "SE"),
    # an adjective before people says whose a person is, not where the story is
    ("Der norwegische Regisseur zeigt seinen Film. Er erzählt Oslo aus der Sicht von Kindern. Der "
     "Film dauert 95 Minuten.", "95", None),
    # a country's media are where a report comes from, and a club's city is part of its name
    ("Nach Angaben des spanischen Sportblatts kostet der Stürmer 40 Millionen Euro. Zuvor hatte "
     "Atlético Madrid 30 Millionen geboten.", "40 Millionen", None),
    # among places of many countries, a national institution is one voice of many
    ("Forscher am Französischen Institut für Tropenmedizin haben Proben aus Kenia, Uganda, Ghana "
     "und Paris untersucht. Sie fanden 300 Erreger.", "300", None),
]


@pytest.mark.parametrize("text,fig,iso", THINGS)
def test_a_countrys_things_name_it(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# one passing place with a preposition, far into the text, is not the article's place; but when
# every place the text names is of one country (at least two of them), that country is
ONE_COUNTRY = [
    ("Die Konservativen tun sich schwer. " + "Sie haben viele Kandidaten. " * 20
     + "Ihr Favorit, der Gouverneur von Ohio, und ein Senator aus Arizona ringen um Stimmen. "
     "Ein Institut mit Sitz in Chicago zählte 17 Bewerber.", "17", "US"),
    ("Die Konservativen tun sich schwer. " + "Sie haben viele Kandidaten. " * 20
     + "Ihr Favorit stammt aus Ohio, sein Rivale aus Kanada. "
     "Ein Institut mit Sitz in Chicago zählte 17 Bewerber.", "17", None),
]


@pytest.mark.parametrize("text,fig,iso", ONE_COUNTRY)
def test_places_all_of_one_country(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig) == iso


# a section whose figures are mostly placeless reads no weak hint; a governed place still counts
SECTIONS = [
    ("Das Münchner Start-up zeigt ein Headset mit zwei Sensoren. Die deutsche Firma liefert ab "
     "Mai.", "zwei", "Web", None),
    ("Das Münchner Start-up zeigt ein Headset mit zwei Sensoren. Die deutsche Firma liefert ab "
     "Mai.", "zwei", "Wirtschaft", "DE"),
    ("In München zeigt ein Start-up ein Headset mit zwei Sensoren.", "zwei", "Web", "DE"),
]


@pytest.mark.parametrize("text,fig,section,iso", SECTIONS)
def test_placeless_sections_read_no_weak_hint(text: str, fig: str, section: str,
                                              iso: str | None) -> None:
    assert _place(text, fig, section) == iso


# a dateline at an agency's seat whose first sentence sets the story in the world ("weltweit")
# gives no country, unless the lede names a country, a people's or country's adjective or a
# place a preposition governs
GLOBAL_LEDES = [
    ("Spendenaufruf. Rom – Dem Welternährungsprogramm fehlen Mittel, um weltweit Schulessen zu "
     "zahlen. Es brauche 300 Millionen Dollar.", "300 Millionen", None),
    ("Spendenaufruf. Rom – Dem Welternährungsprogramm fehlen Mittel, um weltweit Schulessen zu "
     "zahlen. In Italien brauche es 300 Millionen Dollar.", "300 Millionen", "IT"),
    ("Spendenaufruf. Rom – Dem Welternährungsprogramm fehlen Mittel, um weltweit Schulessen zu "
     "zahlen, sagt der italienische Minister. Es brauche 300 Millionen Dollar.", "300 Millionen", "IT"),
    ("Spendenaufruf. Rom – Die Ernte fiel schlecht aus. Weltweit brauche es 300 Millionen Dollar.",
     "300 Millionen", None),
    # the first sentence sets the story in Italy; "weltweit" in another clause is not the figure's
    ("Spendenaufruf. Rom – Die Ernte fiel schlecht aus. Es brauche 300 Millionen Dollar, um "
     "weltweit zu helfen.", "300 Millionen", "IT"),
]


@pytest.mark.parametrize("text,fig,iso", GLOBAL_LEDES)
def test_a_global_lede_sets_no_country(text: str, fig: str, iso: str | None) -> None:
    assert _place(text, fig, "Panorama") == iso


# the country whose name opens the lede right after the dateline is the story's actor and
# outweighs the newsroom's town; a country later in the lede or the dateline's own does not
OPENERS = [
    ("Singapur – Indonesien will seine Anteile an der Fluglinie verkaufen. Der Erlös soll 800 "
     "Millionen Dollar betragen.", "800 Millionen", "ID"),
    ("Singapur – Die Regierung will Anteile verkaufen, Indonesien prüft. Der Erlös soll 800 "
     "Millionen Dollar betragen.", "800 Millionen", "SG"),
    ("Wien – Österreich will seine Anteile verkaufen. Der Erlös soll 800 Millionen Euro betragen.",
     "800 Millionen", "AT"),
]


@pytest.mark.parametrize("text,fig,iso", OPENERS)
def test_a_country_opening_the_lede(text: str, fig: str, iso: str) -> None:
    assert _place(text, fig) == iso
