"""What a figure measures and counts as its clause says it, on sentences of our own: arrivals
by the verbs of arriving, the dead by an attribute, things received are no intake, members
sitting in an elected body are its seats, the noun before a transparent governor and the
noun a relative clause describes are what a sum measures."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("sentence, fig, measure", [
    # arriving: crossing a border, reaching a place, a ship coming in
    ("Am Montag überschritten rund 900 Migranten die Grenze bei Spielfeld.", "900", "received"),
    ("Seit Jänner haben etwa 20.000 Asylsuchende die Insel auf dem Seeweg erreicht.", "20.000", "received"),
    ("Ein Boot mit 120 Flüchtlingen traf am Abend in Lampedusa ein.", "120", "received"),
    # ... but a toll passing a mark and a message reaching people are no arrivals
    ("Die Zahl der getöteten Zivilisten hat am Freitag 500 überschritten.", "500", "killed"),
    ("Unklar ist, ob der Aufruf die 8.000 Menschen erreicht, die ihn geteilt haben.", "8.000", "size"),
    ("Gegen Mitternacht kamen noch 2.300 Menschen über die Grenze.", "2.300", "received"),
    ("Bis Dienstag hatten 6.000 Migranten die Grenze zu Kroatien erreicht.", "6.000", "received"),
    ("In der Nacht sind 800 Schutzsuchende zur Küste gekommen.", "800", "received"),
    # refugees expected somewhere are arrivals to come; visitors expected at an event take part
    ("Am Wochenende werden in Passau weitere 3.000 Flüchtlinge erwartet.", "3.000", "received"),
    ("Zum Festival werden 40.000 Besucher erwartet.", "40.000", "participants"),
    # a handful of students or members with no predicate are individuals
    ("Das Institut will drei Doktoranden und zwei Studenten finanzieren.", "zwei", "other"),
    # the dead as an attribute; the rescued beside them are not dead
    ("Am Strand fanden Helfer 14 tote Migranten und Dutzende gerettete Kinder.", "14", "killed"),
    ("Die Marine konnte 230 Menschen aus dem Meer retten.", "230", "other"),
    # held in custody
    ("Damit sitzen nun fünf Verdächtige in Untersuchungshaft.", "fünf", "captured"),
    ("Nach der Razzia sind elf Männer in Haft.", "elf", "captured"),
    # arrests by a separable verb; people handed over are sent
    ("Am Abend nahmen die Beamten 45 Verdächtige fest.", "45", "captured"),
    ("Die Polizei überstellte 60 Migranten an die Behörden des Nachbarlands.", "60", "sent"),
    # things received are no intake; people admitted are
    ("Die Kandidatin erhielt bei der Wahl 41 Stimmen.", "41", "other"),
    ("Der Film bekam am Sonntag drei Preise.", "drei", "other"),
    # members sitting in an elected body are its seats; sitting in prison is not
    ("Im neuen Gemeinderat sitzen 23 Mandatare der Liste und vier Grüne.", "23", "seats"),
    ("Künftig sitzen 31 Abgeordnete der Partei im Bundestag.", "31", "seats"),
    ("Im Gefängnis sitzen derzeit 700 Häftlinge.", "700", "size"),
    # an audience named by a compound
    ("Das Finale verfolgten 2,1 Millionen TV-Zuschauer.", "2,1 Millionen", "participants"),
    # a total of damage governs its sum; a store's capacity processes nothing
    ("Der Sturm verursachte einen Gesamtschaden von 40 Millionen Euro.", "40 Millionen", "damage"),
    ("Das Laufwerk hat eine Kapazität von acht Terabytes.", "acht", "other"),
    ("Die Anlage hat eine Kapazität von 50.000 Barrel am Tag.", "50.000", "processed"),
])
def test_measure_from_the_clause(sentence, fig, measure):
    assert claim_of(sentence, fig, PUB, prefix=True).measure == measure


@pytest.mark.parametrize("sentence, fig, counted", [
    # the noun right before a transparent governor ("in Höhe von", "im Ausmaß von")
    ("Heuer rechnet das Ministerium mit zusätzlichen Pflegekosten in Höhe von 300 Millionen Euro.",
     "300 Millionen", "Pflegekosten"),
    # ... not across a verb to another noun phrase
    ("Die Hersteller von Möbeln und Teppichen meldeten ein Minus von 2,5 Prozent.", "2,5", "Hersteller"),
    # the noun right before a range
    ("Den Wirten drohen Bußgelder zwischen 500 und 5.000 Euro.", "500 und 5.000", "Bußgelder"),
    # a relative clause measures the noun it describes, past a figure's unit
    ("Der Klub vereinbarte eine Ablöse von zwölf Millionen Euro, die sich um zwei Millionen erhöhen kann.",
     "zwei Millionen", "Ablöse"),
    ("Die Firma nannte einen Umsatz, der um acht Prozent sank.", "acht", "Umsatz"),
    # ... but an article after a comma opens no relative clause
    ("Geworben wurde in der Gratiszeitung, die Kosten dafür beliefen sich auf 12.000 Euro.", "12.000", "Kosten"),
    # a count of times counts what its doer did: the clause's subject, also after the verb and
    # past an extended attribute; a list of such counts keeps the doer
    ("Viermal wurde sie zur Sportlerin des Jahres gewählt.", "Viermal", "sie"),
    ("Mit dem Verein gewann der in Graz geborene Trainer dreimal die Meisterschaft, zweimal den Cup.",
     "dreimal", "Trainer"),
    ("Mit dem Verein gewann der in Graz geborene Trainer dreimal die Meisterschaft, zweimal den Cup.",
     "zweimal", "Trainer"),
    ("Schon zweimal lehnte der Gemeinderat den Antrag ab.", "zweimal", "Gemeinderat"),
    ("Die Läuferin hat heuer erst drei Mal verloren.", "drei", "Läuferin"),   # "Mal" written apart
    # a span of time names what lasts right after its unit, never the day it ended
    ("Die Slowakei öffnete am Freitag nach 36 Stunden Blockade die Brücke.", "36", "Blockade"),
])
def test_counted_from_the_clause(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig, counted", [
    # the state a span is spent in
    ("Der Manager saß fünf Monate in Untersuchungshaft.", "fünf", "Untersuchungshaft"),
    ("Sie war zwölf Jahre im Amt.", "zwölf", "Amt"),
    ("Maria hat zwei Wochen im Lager verbracht.", "zwei", "Maria"),  # a place: who spent it
    # an attributive participle with adjectives before its noun
    ("Geplant ist eine auf vier Jahre angelegte umfassende Reform.", "vier", "Reform"),
])
def test_what_a_span_of_time_lasts(sentence, fig, counted):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is not None and c.counted.text == counted


@pytest.mark.parametrize("sentence, fig", [
    ("Der Index fiel sechs Monate in Folge.", "sechs"),   # in a row: no state
    ("Er lebte 20 Jahre in Graz.", "20"),                 # a place is where, not what lasts
])
def test_a_span_spent_in_no_state(sentence, fig):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.counted is None or c.counted.text not in ("Folge", "Graz")


def test_a_capitalised_preposition_is_no_noun():
    from claimledger.lang import load_pack
    syn = load_pack("de").syntax()
    assert not syn.is_noun("Innerhalb") and not syn.is_noun("Binnen") and syn.is_noun("Inhalt")


@pytest.mark.parametrize("sentence, fig, group", [
    # a first compound cut short before "und" shares the last one's head
    ("Das Heer schickte 250 Berufs- und Milizsoldaten in den Einsatz.", "250", "troops"),
    # nominalised participles of -ieren verbs, office holders
    ("Von den 40 Nominierten kam keiner aus Afrika.", "40", "people"),
    ("Die zwölf ÖVP-Mandatare verließen den Saal.", "zwölf", "politicians"),
    # a man or two is men; thousands of "Mann" are troops
    ("Drei Frauen und ein Mann wurden von der Lawine erfasst.", "ein", "men"),
    ("Die Armee zog 8.000 Mann an der Grenze zusammen.", "8.000", "troops"),
    # performers are people, not players; the population is people
    ("Das Stück ist für vier Schauspielerinnen geschrieben.", "vier", "people"),
    ("Rund 15 Prozent der Bevölkerung leben unter der Armutsgrenze.", "15", "people"),
])
def test_group_of_the_counted(sentence, fig, group):
    assert claim_of(sentence, fig, PUB, prefix=True).who.group == group


def test_a_compound_ending_in_mann_is_no_troop_strength():
    c = claim_of("Der Kameramann gewann den Preis zum dritten Mal, sagte ein Sprecher; dreimal war er nominiert.",
                 "dreimal", PUB, prefix=True)
    assert c.who.group != "troops"


def test_an_elided_count_says_what_the_count_it_stands_for_said():
    text = ("Im Oktober sind mehr als 9.000 Asylsuchende aus Serbien nach Ungarn gekommen. "
            "Im ganzen Vorjahr waren es knapp 2.400.")
    assert claim_of(text, "2.400", PUB, prefix=True).measure == "received"


@pytest.mark.parametrize("sentence, fig, low, high, bound", [
    # "A oder B" of one unit is a range
    ("Der Verdächtige soll 31 oder 32 Jahre alt sein.", "31 oder 32", 31, 32, "range"),
    ("Die Förderung läuft zehn oder elf Jahre.", "zehn oder elf", 10, 11, "range"),
    # not even that many; at the latest
    ("Der Bub war keine zwölf Jahre alt.", "zwölf", 12, 12, "at_most"),
    ("Der Bescheid kommt spätestens nach sechs Wochen.", "sechs", 6, 6, "at_most"),
])
def test_bounds_from_words(sentence, fig, low, high, bound):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert (c.value.low, c.value.high, c.value.bound) == (low, high, bound)


@pytest.mark.parametrize("sentence, fig, value", [
    # a noun of change further back, "um" (and a filler) before the figure
    ("Die Statistik zeigt einen Rückgang der Einbrüche in Wien um 12 Prozent.", "12", -12),
    ("Es gab einen Anstieg der Anzeigen, und zwar um satte 20 Prozent.", "20", 20),
    # a unit that is a difference
    ("Das Institut erwartet ein zusätzliches Wachstum von 0,4 Prozentpunkten.", "0,4", 0.4),
    # a bare count before a comparative
    ("Heuer gab es 5.120 Unfälle, das waren 310 mehr als im Vorjahr.", "310", 310),
    # a measurement changed by a verb of change
    ("Der Boxer hat für den Kampf sechs Kilogramm abgenommen.", "sechs", -6),
    # a separable verb of change far from its particle
    ("Im Bezirk nahmen die Diebstähle im ersten Halbjahr des Jahres um 85 Fälle zu.", "85", 85),
    # a gap noun further back in the clause
    ("Der Rückstand der Grazer auf den Tabellenführer beträgt nun schon acht Punkte.", "acht", 8),
])
def test_changes_are_increments(sentence, fig, value):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.increment and c.value.low == value


@pytest.mark.parametrize("sentence, fig", [
    ("Nadal hat heuer zweimal gegen ihn verloren.", "zweimal"),
    ("Die Läufer legten am Sonntag 42 Kilometer zurück.", "42"),
    ("Der Pegel ist auf 3,5 Meter gesunken.", "3,5"),
])
def test_levels_are_no_increments(sentence, fig):
    assert not claim_of(sentence, fig, PUB, prefix=True).increment


@pytest.mark.parametrize("sentence, fig, value", [
    ("Acht von zehn Lehrerinnen halten die Reform für falsch.", "Acht von zehn", 80),
    ("Etwa drei von 100 befragten Jugendlichen rauchen täglich.", "drei von 100", 3),
])
def test_a_part_of_a_round_base_of_people_is_a_share(sentence, fig, value):
    c = claim_of(sentence, fig, PUB, prefix=True)
    assert c.measure == "share" and c.value.low == value and c.unit == "percent"


@pytest.mark.parametrize("sentence, fig", [
    ("Vier von zehn Anträgen wurden abgelehnt.", "zehn"),     # things: two counts
    ("Zwei von acht Zeugen sagten aus.", "acht"),             # no round base
])
def test_other_parts_stay_counts(sentence, fig):
    assert claim_of(sentence, fig, PUB, prefix=True).unit != "percent"

