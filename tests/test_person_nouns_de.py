"""The German pack's dictionary of person nouns (derived from Wiktionary by
scripts/derive_person_nouns.py) and what counting makes of it, on sentences of our own."""

from __future__ import annotations

import pytest

from claimledger.lang import load_pack

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.fixture(scope="module")
def syntax():
    return load_pack("de").syntax()


@pytest.mark.parametrize("word, person", [
    ("Piloten", True),                 # Pilot/Pilotin
    ("Flugbegleiterinnen", True),      # the feminine and its plural
    ("Ärzte", True),                   # umlaut: Arzt/Ärztin
    ("Beschuldigte", True),            # declined like an adjective, masculine or feminine
    ("Zeugen", True),                  # a dative of "Zeug" does not outweigh the nominative plural
    ("Wirtschaftsprüfer", True),       # not in the dictionary: its head "Prüfer" is
    ("Kita-Pädagoginnen", True),       # a hyphenated compound: the last part decides
    ("Hunde", False),                  # animals take -in too (Hündin), listed apart
    ("Tore", False),                   # "Tor" the fool makes "Toren"; "Tore" are gates
    ("Gästetoiletten", False),         # "Toilette" is a thing, though it ends in "Lette"
    ("Plattenspieler", False),         # the whole compound is a thing the dictionary knows
    ("Mittelalter", False),
    ("Zählern", False),                # listed in syntax.toml: points and meters, in the news
    ("Stromzähler", False),
    ("Hemden", False),
    ("Landeshauptmann", True),         # "-mann" with its "-frau"
    ("Landeshauptfrauen", True),
    ("Lauerjäger", False),             # a hunting animal the dictionary knows
    ("fahren", False),                 # not a noun
    # a thing that ends by chance in a short person noun shields its compounds
    ("Datenpakete", False),            # "Pakete", not "Kete"
    ("Krankenhäusern", False),         # "Häuser", not "User"
    ("Messgeräte", False),             # "Geräte", not "Räte"
    ("Sonderangebote", False),         # "Gebote", not "Bote"
    ("Kurzstreckenraketen", False),    # "Raketen", not "Keten"
    ("Gemeinderäte", True),            # the short head itself still names people
    ("Zahnärzte", True),
])
def test_names_person(syntax, word, person):
    assert syntax.names_person(word) is person


@pytest.mark.parametrize("sentence, fig, group, measure", [
    ("Die Fluglinie will 300 Piloten und 900 Flugbegleiter abbauen.", "300", "people", None),
    ("Die Fluglinie will 300 Piloten und 900 Flugbegleiter abbauen.", "900", "people", None),
    ("Am Wochenende verirrten sich drei Pfadfinder im Wald.", "drei", "people", None),
    ("Gegen Schlecker und zwölf Mitangeklagte wurde Anklage erhoben.", "zwölf", "people", None),
    # a multiplier before a person counts what the person won, not persons
    ("Der dreifache Weltmeister verlor im Viertelfinale.", "dreifache", None, "other"),
    # weapons named like the people who would do what they do
    ("Die Marine schickte zwei Flugzeugträger in die Region.", "zwei", None, None),
    # points in a table are no people
    ("Sturm liegt mit sechs Zählern Vorsprung an der Spitze.", "sechs", None, "other"),
    ("Im Speicher liegen noch weitere 8000 Datenpakete.", "8000", None, "other"),
])
def test_unknown_person_nouns_are_people(sentence, fig, group, measure):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.who.group == group
    if measure is not None:
        assert c.measure == measure


@pytest.mark.parametrize("sentence, fig, group", [
    ("Laut Umfrage sind 40 Prozent der Piloten unzufrieden.", "40 Prozent", "people"),
    ("Im ersten Wahlgang gab es nur 11,1 Prozent für den Kandidaten.", "11,1 Prozent", None),
    ("Ökonomen hatten mit einem Anstieg von 0,5 Prozent gerechnet.", "0,5 Prozent", None),
])
def test_a_share_is_of_the_people_it_divides(sentence, fig, group):
    assert claim_of(sentence, fig, PUB, prefix=True).who.group == group


def test_the_lists_are_shipped_and_credited():
    pack = load_pack("de")
    assert len(pack.words("person_nouns")) > 20000
    assert "Toilette" in pack.words("person_lookalikes")
    assert pack.words("no_such_list") == frozenset()


@pytest.mark.parametrize("sentence, fig, group", [
    ("Die Witwe und zwei ihrer Brüder erbten das Haus.", "zwei", "men"),
    ("Er hinterlässt drei Töchter.", "drei", "women"),
    ("Zwölf Angehörige der Opfer reichten Klage ein.", "Zwölf", "people"),
])
def test_a_family_counts_its_members(sentence, fig, group):
    assert claim_of(sentence, fig, PUB, prefix=True).who.group == group


@pytest.mark.parametrize("text, fig", [
    ("Beim Absturz der Maschine kamen alle 62 Insassen ums Leben.", "62"),
    ("Die Feuerwehr barg drei verletzte Insassen aus dem Auto.", "drei"),
])
def test_occupants_are_people_of_any_place(text, fig):
    """"Insassen" occupy a car, a plane, a camp or a prison: people, not prisoners."""
    assert claim_of(text, fig, PUB).who.group == "people"
