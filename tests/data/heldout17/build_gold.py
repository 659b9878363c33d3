"""Build the seventeenth held-out gold (claims, negatives) from the annotation table below.

Spans are never typed by hand: each figure / counted phrase is given as a context string
that occurs in the article (exactly once, or with an explicit occurrence number) and the
sub-string inside it; the script computes the offsets and checks text[s:e] == text.
Negatives: every digit string of an article that no claim covers (found by regex, then
reviewed by the annotator: the printout of `python3 build_gold.py --show-neg` was read).
`python3 build_gold.py --show` prints every claim in its sentence with all its fields, and the
number words and digit strings of each article that no claim covers (the second reading).
The gold was made blind: from the article texts alone, before any run of the tool on them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import NUMWORDS, GoldTable  # noqa: E402

G = GoldTable(HERE)
C, TEXT = G.claim, G.text


# source registry for this set
SOURCES = {
 "person.bernhard_h": {"label": "Bernhard H., Vienna police officer, the defendant (c00)",
                       "patterns": ["Bernhard H", "Angeklagte", "Beamte", "31-Jährige"]},
 "person.elisabeth_s": {"label": "Elisabeth S., the injured woman, private party (c00)",
                        "patterns": ["Elisabeth S", "42-Jährige", "Verletzte"]},
 "at.police_vienna": {"label": "Vienna police", "patterns": ["Polizei"]},
 "person.witness_c00": {"label": "a female witness at the Vienna trial (c00, 'eine der Zeuginnen')",
                        "patterns": ["Zeuginnen"]},
 "person.nicole_baczak": {"label": "Nicole Baczak, judge (Vienna)", "patterns": ["Baczak", "Bazack", "Richterin"]},
 "person.matthias_pruckler": {"label": "Matthias Prückler, defence lawyer", "patterns": ["Prückler", "Verteidiger"]},
 "person.nadja_lorenz": {"label": "Nadja Lorenz, lawyer of the private party", "patterns": ["Lorenz"]},
 "it.health_ministry": {"label": "Italian Ministry of Health", "patterns": ["Gesundheitsministerium"]},
 "person.werner_doring": {"label": "Werner Döring, managing director of the Vorarlberger Kulturhäuser",
                          "patterns": ["Döring", "Geschäftsführer"]},
 "person.walter_boltz": {"label": "Walter Boltz, Austrian energy regulator (E-Control)",
                         "patterns": ["Boltz", "Energieregulator", "Regulator"]},
 "org.unhcr": {"label": "UNHCR (UN refugee agency)",
               "patterns": ["UNHCR", "UN-Flüchtlingshochkommissariat", "UNO-Flüchtlingshochkommissariat", "Organisation"]},
 "person.filippo_grandi": {"label": "Filippo Grandi, UN High Commissioner for Refugees",
                           "patterns": ["Grandi", "Hochkommissar für Flüchtlinge"]},
 "doc.ovag_spaltungsbilanz": {"label": "the demerger balance sheet of the ÖVAG ('Gemäß Spaltungsbilanz')",
                              "patterns": ["Spaltungsbilanz"]},
 "person.uli_hoeness": {"label": "Uli Hoeneß, former president of FC Bayern München", "patterns": ["Hoeneß"]},
 "de.landgericht_augsburg": {"label": "Landgericht Augsburg (decision on Hoeneß's early release)",
                             "patterns": ["Landgericht Augsburg"]},
 "at.bifie": {"label": "Bundesinstitut für Bildungsforschung (Bifie), Standardüberprüfung Deutsch 2015",
              "patterns": ["Bifie", "Bundesinstitut für Bildungsforschung", "Forscherinnen", "Studie"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "players", "men", "people"]
POL = ["police", "people"]
REF = ["refugees", "migrants", "people"]
PUP = ["pupils", "children", "students", "people"]

# ---------------------------------------------------------------- c00 Panorama 7: police officer acquitted of breaking a woman's ankle
BH, ES, POLW, WIT = "person.bernhard_h", "person.elisabeth_s", "at.police_vienna", "person.witness_c00"
BAC, PRU, LOR = "person.nicole_baczak", "person.matthias_pruckler", "person.nadja_lorenz"
AGE31 = dict(unit="year", measure="age", group=POL + ["men"], nat=None, nat_alt=["AT"], place="AT")
AGE42 = dict(unit="year", measure="age", group=WOMAN, place="AT")
C("c00", "31-jähriger", 31, subject="age of the police officer accused of breaking a woman's ankle",
  counted=("31-jähriger Polizist", "Polizist"), **AGE31)
C("c00", ("einer 42-Jährigen", "42-Jährigen"), 42, subject="age of the woman whose ankle was broken",
  counted=("einer 42-Jährigen", "42-Jährigen"), **AGE42)
C("c00", ("verteidigte 31-Jährige", "31-Jährige"), 31, subject="age of the accused police officer (repeat)",
  counted=("verteidigte 31-Jährige", "31-Jährige"), **AGE31)
C("c00", ("zwei Meter entfernt", "zwei Meter"), 2, unit="m", measure="other",
  subject="distance from the officer at which the woman lay on the ground, in his account", source=BH,
  counted=("sei sie schon zwei", "sie"), place="AT")
C("c00", ("Die 42-Jährige Verletzte", "42-Jährige"), 42, subject="age of the injured woman (repeat)",
  counted=("Die 42-Jährige Verletzte", "42-Jährige Verletzte"), **AGE42)
C("c00", "17-jährigen", 17, unit="year", measure="age", subject="age of the injured woman's daughter",
  source=ES, alt=[None], counted=("17-jährigen Tochter", "Tochter"), group=["children", "women", "people"], place="AT")
C("c00", ("von mehreren Dutzend Beamten", "mehreren Dutzend"), unit="person", measure="present",
  subject="police officers forming the line at the demonstration, according to the police", source=POLW,
  counted=("Dutzend Beamten", "Beamten"), group=POL, place="AT", **V)
C("c00", ("mehrere Beamten bat", "mehrere"), unit="person", measure="other",
  subject="officers the woman asked to let her into the kettle", source=ES,
  counted=("mehrere Beamten bat", "Beamten"), group=POL, place="AT", **V)
C("c00", ("zwei Polizisten, Passanten", "zwei"), 2, unit="person", measure="other",
  subject="police officers among the witnesses at the trial", counted=("zwei Polizisten", "Polizisten"),
  group=POL, place="AT")
C("c00", ("Zwei Beobachter wollen", "Zwei"), 2, unit="person", measure="other",
  subject="observers who say they saw the woman fly through the air", counted="Beobachter",
  group=["people"], place="AT")
C("c00", ("fünf Meter von der Kette", "fünf Meter"), 5, unit="m", measure="other",
  subject="distance from the police line at which the woman stood, in one witness's account", source=WIT,
  counted=("S. sei mit ihrer Tochter", "S."), calt=[("mit ihrer Tochter fünf", "Tochter")], place="AT")
C("c00", ("und zwei von acht Zeugen", "zwei"), 2, unit="person", measure="other",
  subject="witnesses who say they clearly recognise the defendant", counted=("von acht Zeugen", "Zeugen"),
  group=["people"], place="AT")
C("c00", ("von acht Zeugen", "acht"), 8, unit="person", measure="other", subject="witnesses at the trial",
  counted=("von acht Zeugen", "Zeugen"), group=["people"], place="AT")
C("c00", ("vergangenen beiden Jahre", "beiden Jahre"), 2, unit="year", measure="duration",
  subject="time since the incident over which the memory must have improved", source=BAC, alt=[PRU],
  counted="Erinnerung", place="AT", optional=True)
C("c00", "11.200 Euro", 11200, unit="EUR", measure="amount",
  subject="damages for pain and suffering demanded for the injured woman", source=LOR, alt=[None],
  counted="Schmerzengeld", place="AT")

# ---------------------------------------------------------------- c01 Panorama 145: Italy's tougher anti-smoking law
IT = dict(unit="EUR", measure="amount", place="IT")
HM = "it.health_ministry"
C("c01", "zwischen 27,50 und 270 Euro", 27.5, 270, bound="range",
  subject="fines for smoking in a car with minors present (Italy)", counted=("sieht das Gesetz Strafen", "Strafen"), **IT)
C("c01", "keine 14 Jahre", 14, bound="at_most", unit="year", measure="age",
  subject="age of minors under which the higher fines apply", counted=("wenn die Minderjährigen", "Minderjährigen"),
  group=["children", "people"], place="IT")
C("c01", "zwischen 55 und 550 Euro", 55, 550, bound="range",
  subject="fines for smoking in a car with children under 14 present", counted=("Dann drohen Strafen", "Strafen"), **IT)
C("c01", "110 Euro", 110, subject="usual fine for smoking in a car with minors present",
  counted=("eine Geldstrafe von", "Geldstrafe"), **IT)
C("c01", "zwischen 1.000 und 4.000 Euro", 1000, 4000, bound="range",
  subject="fines for tobacconists selling cigarettes to minors", counted=("drohen ab jetzt Geldstrafen", "Geldstrafen"),
  calt=[("Sanktionen für Trafiken", "Trafiken")], **IT)
C("c01", "65 Prozent", 65, unit="percent", measure="share",
  subject="share of the cigarette packet surface the warning pictures must cover", source=None, alt=[HM],
  counted="Verpackungsfläche", calt=[("Die Größe wird", "Größe")], place="IT")
C("c01", "zwischen 30 und 150 Euro", 30, 150, bound="range",
  subject="fines for littering or spitting in the street (Italy)", counted=("Die Strafen hierfür", "Strafen"), **IT)
C("c01", "um die 55 Euro", 55, bound="approx", subject="usual fine for littering or spitting in the street",
  counted=("ein solches Vergehen", "Vergehen"), **IT)

# ---------------------------------------------------------------- c02 Kultur 277: Kunsthaus Bregenz programme 2016
DOR = "person.werner_doring"
C("c02", ("von vier internationalen Kunstschaffenden", "vier"), 4, unit="person", measure="other",
  subject="international artists showing at the Kunsthaus Bregenz in 2016",
  counted=("internationalen Kunstschaffenden", "Kunstschaffenden"), group=["people"], place="AT")
C("c02", ("Eine zweite Arbeit", "zweite"), 2, unit="Arbeiten", measure="other",
  subject="works by Susan Philipsz in the 2016 programme (ordinal)", counted=("zweite Arbeit", "Arbeit"),
  place="AT", optional=True)
C("c02", ("Jährlich werden vier", "vier"), 4, unit="person", measure="other",
  subject="young artists invited each year to transform the billboards", counted="Künstlerinnen und Künstler",
  group=["people"], place="AT")
C("c02", ("Die ersten beiden Projekte", "beiden"), 2, unit="Projekte", measure="other",
  subject="first billboard projects", counted=("beiden Projekte", "Projekte"), place="AT", optional=True)
C("c02", "2,55 Millionen Euro", 2.55e6, unit="EUR", measure="amount",
  subject="state subsidies of the Vorarlberger Kulturhäuser in 2015", source=DOR,
  counted="Landessubventionen", place="AT")
C("c02", "rund einer Million", 1e6, bound="approx", unit="EUR", measure="amount",
  subject="own revenue of the Vorarlberger Kulturhäuser in 2015", source=DOR, counted="Eigenerlösen", place="AT")
C("c02", ("hochgerechneten 50.000", "50.000"), 50000, unit="person", measure="participants",
  subject="projected visitors of the Kunsthaus Bregenz in 2015", source=DOR, alt=[None],
  counted="Besucherinnen und Besuchern", group=["visitors", "people"], place="AT", hedged=True)

# ---------------------------------------------------------------- c03 International 332: Czech foreign minister and Moscow's black list
C("c03", "vier Tschechen", 4, unit="person", measure="other",
  subject="Czechs on Moscow's entry-ban list", counted=("vier Tschechen", "Tschechen"),
  group=["politicians", "people"], nat="CZ", place=None, place_alt=["RU", "CZ"])
C("c03", ("den überwiegenden Teil", "überwiegenden Teil"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of the Czech public that sees the Russian film as a provocation",
  counted="tschechischen Öffentlichkeit", group=["people"], nat="CZ", place="CZ", optional=True)

# ---------------------------------------------------------------- c04 Etat 388: ORF shows Schalko's series Altes Geld
C("c04", "Ein halbes Jahr", 0.5, unit="year", measure="duration",
  subject="time between the DVD release of Altes Geld and its ORF broadcast", counted="DVD-Start", place="AT",
  optional=True)
C("c04", "achtteilige", 8, unit="Teile", measure="other", subject="episodes of David Schalko's series Altes Geld",
  counted="Familiensaga", place="AT")
C("c04", "856.000", 856000, unit="person", measure="participants",
  subject="average TV viewers of the ORF series Vorstadtweiber", counted=None, calt=[("illustren Damenrunde", "Damenrunde")],
  group=["viewers", "people"], place="AT")
C("c04", "fünf Millionen Euro", 5e6, unit="EUR", measure="amount", subject="budget of the series Altes Geld",
  counted="Groteske", place="AT")
C("c04", "10.000 Verkäufe", 10000, unit="Verkäufe", measure="other", subject="DVD sales of Altes Geld since March",
  counted=("10.000 Verkäufe", "Verkäufe"), place="AT", place_alt=[None])
C("c04", ("Die zweite Staffel", "zweite"), 2, unit="Staffeln", measure="other",
  subject="seasons of the series The Team (ordinal)", counted=("zweite Staffel", "Staffel"), place=None, optional=True)

# ---------------------------------------------------------------- c05 Wirtschaft 457: the end of fixed feed-in tariffs
BOL = "person.walter_boltz"
C("c05", "zwölf oder 13 Jahre", 12, 13, bound="range", unit="year", measure="duration",
  subject="term of the fixed feed-in tariffs promised to operators of existing green power plants",
  counted="fixe Einspeisetarife", calt=[("Einspeisetarife auf meist", "Einspeisetarife")], place=None)
C("c05", "nahe null", 0, bound="approx", unit="Verbrauch", measure="other",
  subject="household consumption in some quarter-hours while generation is high", source=BOL,
  counted=("wo der Verbrauch", "Verbrauch"), place=None, optional=True)
C("c05", "zehn bis 15 Jahre", 10, 15, bound="range", unit="year", measure="duration",
  subject="time until storage of the right size is on the market at acceptable cost, in Boltz's estimate",
  source=BOL, counted="Speicher", place=None, place_alt=["AT"], hedged=True)

# ---------------------------------------------------------------- c06 Inland 479: the ÖVP after the presidential election
C("c06", "11,12 Prozent", 11.12, unit="percent", measure="share",
  subject="ÖVP candidate Andreas Khol's vote share in the first round of the presidential election",
  counted=("ÖVP-Kandidat Andreas Khol", "Andreas Khol"), calt=["ÖVP-Kandidat Andreas Khol"], place="AT")
C("c06", ("Platz fünf von sechs", "sechs"), 6, unit="person", measure="other",
  subject="candidates in the first round of the presidential election", counted=None,
  group=["politicians", "people"], place="AT")

# ---------------------------------------------------------------- c07 Sport 529: Hinterseer scores, Ingolstadt 1:1 Köln
DE_ = dict(place="DE")
C("c07", ("noch dritte Niederlage", "dritte"), 3, unit="Niederlagen", measure="other",
  subject="consecutive defeats Köln avoided (ordinal)", counted=("dritte Niederlage", "Niederlage"),
  optional=True, **DE_)
C("c07", ("die dritte 0:1-Niederlage", "dritte"), 3, unit="Niederlagen", measure="other",
  subject="consecutive 0:1 defeats Köln avoided (ordinal, repeat)", counted=("0:1-Niederlage in Serie. Anthony", "Niederlage"),
  optional=True, **DE_)
C("c07", "24-jährige", 24, unit="year", measure="age", subject="age of Lukas Hinterseer",
  counted=("24-jährige Tiroler", "Tiroler"), calt=[("Lukas Hinterseer hat", "Lukas Hinterseer")], group=ATH,
  nat="AT", nat_alt=[None], place="DE")
C("c07", ("im dritten Spiel hintereinander", "dritten"), 3, unit="Spiele", measure="other",
  subject="consecutive games in which Hinterseer scored (ordinal)", counted=("dritten Spiel", "Spiel"),
  optional=True, **DE_)
C("c07", ("aus fünf Metern", "fünf Metern"), 5, unit="m", measure="other", subject="distance from which Hinterseer scored",
  counted=("Hinterseer brachte die Schanzer", "Hinterseer"), optional=True, **DE_)
C("c07", ("die sieben Tore", "sieben Tore"), 7, unit="Tore", measure="other",
  subject="Ingolstadt goals before Hinterseer's scored from set pieces", counted=("sieben Tore", "Tore"), **DE_)
C("c07", ("einen zweiten Treffer", "zweiten"), 2, unit="Tore", measure="other",
  subject="a second goal Hinterseer almost scored (ordinal)", counted=("zweiten Treffer", "Treffer"),
  optional=True, **DE_)
C("c07", ("seinen vierten Heimsieg", "vierten"), 4, unit="Siege", measure="other",
  subject="consecutive home wins Ingolstadt missed (ordinal)", counted="Heimsieg", optional=True, **DE_)
C("c07", ("die neunte Niederlage", "neunte"), 9, unit="Niederlagen", measure="other",
  subject="Hannover's defeats in its last ten league games (ordinal)", counted=("neunte Niederlage", "Niederlage"),
  optional=True, **DE_)
C("c07", "zehn Ligaspielen", 10, unit="Spiele", measure="other", subject="Hannover's last league games counted",
  counted=("zehn Ligaspielen", "Ligaspielen"), **DE_)
C("c07", "Vier Punkte", 4, unit="Punkte", measure="other", subject="Hannover's deficit to the relegation play-off place",
  counted=("Für Schlusslicht Hannover", "Hannover"), calt=[("Vier Punkte", "Punkte"), "Relegationsplatz"],
  increment=True, **DE_)
C("c07", ("bei einem Spiel mehr", "einem Spiel"), 1, unit="Spiele", measure="other",
  subject="games Hannover has played more than the team on the relegation place", counted=("einem Spiel mehr", "Spiel"),
  increment=True, optional=True, **DE_)

# ---------------------------------------------------------------- c08 International 579: Kerry meets Abbas
C("c08", "176 Palästinenser", 176, unit="person", measure="killed",
  subject="Palestinians killed in Israel and the Palestinian territories since October",
  counted=("176 Palästinenser", "Palästinenser"), group=["people", "civilians"], nat="PS",
  place="IL", place_alt=["PS", None])
C("c08", "27 Israelis", 27, unit="person", measure="killed",
  subject="Israelis killed in Israel and the Palestinian territories since October",
  counted=("27 Israelis", "Israelis"), group=["people", "civilians"], nat="IL", place="IL", place_alt=["PS", None])
C("c08", "Mehrzahl der palästinensischen Opfer", 50, bound="more_than", unit="percent", measure="share",
  subject="share of the Palestinian dead who were proven or suspected attackers",
  counted=("palästinensischen Opfer", "Opfer"), group=["people"], nat="PS", place="IL", place_alt=["PS", None],
  optional=True)
C("c08", ("in einigen Fällen", "einigen"), unit="Fälle", measure="other",
  subject="attacks on Israelis carried out with cars or firearms", counted="Fällen", place="IL",
  place_alt=["PS", None], **V)

# ---------------------------------------------------------------- c09 Kultur 690: obituary of Lemmy Kilmister
LEM = dict(unit="year", measure="age", group=["men", "people"], nat="GB", place="US", place_alt=[None])
C("c09", "70-Jährige", 70, subject="age of Lemmy Kilmister at his death", counted=("der 70-Jährige", "70-Jährige"),
  calt=[("der 70-Jährige", "der 70-Jährige")], **LEM)
C("c09", "120 Genickwatschen pro Minute", 120, unit="Genickwatschen pro Minute", measure="other",
  subject="tempo of Motörhead's music (figurative)", counted="Genickwatschen", place=None, optional=True)
C("c09", ("vor gut 40 Jahren", "gut 40 Jahren"), 40, bound="more_than", unit="year", measure="duration",
  subject="time since Lemmy Kilmister named his band Motörhead", counted=("den Namen seiner", "Namen"),
  place=None, optional=True)
C("c09", ("seinen rüstigen 70er", "70er"), 70, subject="age Lemmy Kilmister turned on 24 December",
  counted=("Der britische Bassist", "Bassist"), calt=["Der britische Bassist"], **LEM)
C("c09", ("zwei Tage danach", "zwei Tage"), 2, unit="day", measure="duration",
  subject="time between Lemmy Kilmister's cancer diagnosis and his death", counted=("aggressiven Krebs", "Krebs"),
  place="US", place_alt=[None])
C("c09", ("in den letzten vier Jahrzehnten", "vier Jahrzehnten"), 4, unit="decade", measure="duration",
  subject="time Lemmy Kilmister grew into a fixture of the festival circuit",
  counted=("Lemmy Kilmister in den letzten", "Lemmy Kilmister"), place=None, optional=True)
C("c09", ("70 Jahre waren", "70 Jahre"), 70, subject="Lemmy Kilmister's lifetime (repeat)",
  counted=("Nun ist Lemmy Kilmister", "Lemmy Kilmister"), optional=True, **LEM)

# ---------------------------------------------------------------- c10 Web 758: PS4 jailbreak
# (no claims: "Playstation-4", "PS4", firmware "1.76", "Version 3.11" and "prison0" are names and versions)

# ---------------------------------------------------------------- c11 Panorama 784: UNHCR short of money for shelter
UNHCR, GRA = "org.unhcr", "person.filippo_grandi"
C("c11", ("440 Millionen Euro. Genf", "440 Millionen Euro"), 440e6, unit="EUR", measure="aid",
  subject="funding the UNHCR lacks to give all refugees shelter", source=None, alt=[UNHCR],
  counted=("Insgesamt fehlen dem", "fehlen"), calt=["UN-Flüchtlingshochkommissariat"], place=None)
C("c11", "rund zwei Millionen Flüchtlinge", 2e6, bound="approx", unit="person", measure="other",
  subject="refugees worldwide the UN lacks money to shelter in simple tents", source=None, alt=[UNHCR],
  counted=("zwei Millionen Flüchtlinge", "Flüchtlinge"), group=REF, place=None)
C("c11", "eine halbe Milliarde Dollar", 0.5e9, unit="USD", measure="aid",
  subject="funding the UNHCR lacks to give all refugees shelter", source=UNHCR,
  counted=("Insgesamt fehlt demnach", "fehlt"), place=None)
C("c11", "rund 440 Millionen Euro", 440e6, bound="approx", unit="EUR", measure="aid",
  subject="funding the UNHCR lacks to give all refugees shelter (converted)", source=UNHCR,
  counted=("Insgesamt fehlt demnach", "fehlt"), place=None)
C("c11", "rund 70.000 Zelte", 70000, bound="approx", unit="Zelte", measure="aid",
  subject="tents the UNHCR has to procure each year", source=GRA, alt=[UNHCR],
  counted=("70.000 Zelte", "Zelte"), place=None)
C("c11", "zwei Millionen Planen", 2e6, unit="Planen", measure="aid",
  subject="tarpaulins the UNHCR has to procure each year", source=GRA, alt=[UNHCR],
  counted=("zwei Millionen Planen", "Planen"), place=None)
C("c11", "fast jeder achte", 12.5, bound="approx", unit="percent", measure="share",
  subject="share of the people in UNHCR care threatened by homelessness without more funds", source=GRA, alt=[UNHCR],
  counted=("15 Millionen Menschen", "Menschen"), group=REF, place=None)
C("c11", "mehr als 15 Millionen Menschen", 15e6, bound="more_than", unit="person", measure="present",
  subject="people currently in the care of the UNHCR", source=GRA, alt=[UNHCR],
  counted=("15 Millionen Menschen", "Menschen"), group=REF, place=None)

# ---------------------------------------------------------------- c12 Etat 825: Mürzzuschlag mayor against an ORF report
C("c12", "586.000 Zusehern", 586000, unit="person", measure="participants",
  subject="TV viewers of the ORF report Am Schauplatz: Die letzten Arbeiter", counted="Zusehern",
  group=["viewers", "people"], place="AT")
C("c12", ("von sechs Wochen", "sechs Wochen"), 6, unit="week", measure="duration",
  subject="deadline for collecting signatures for a popular complaint to KommAustria",
  counted=("innerhalb einer Frist", "Frist"), place="AT")
C("c12", "120 Unterschriften", 120, unit="Unterschriften", measure="other",
  subject="signatures of ORF licence payers needed for a popular complaint", counted=("120 Unterschriften", "Unterschriften"),
  place="AT")

# ---------------------------------------------------------------- c13 Wirtschaft 860: the ÖVAG split into a bad bank
SPB = "doc.ovag_spaltungsbilanz"
AT_ = dict(unit="EUR", measure="amount", place="AT")
C("c13", "etwas mehr als sieben Milliarden Euro", 7e9, bound="more_than",
  subject="balance sheet total of the wind-down company Immigon", source=SPB, counted=("eine Bilanzsumme von etwas", "Bilanzsumme"),
  **AT_)
C("c13", ("ein Großteil der Assets", "ein Großteil"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of Immigon's assets to be wound down by the end of 2017", counted="Assets", place="AT", optional=True)
C("c13", "11,2  Mrd. Euro", 11.2e9, subject="balance sheet total of Volksbank Wien-Baden after the split",
  counted=("eine Bilanzsumme von 11,2", "Bilanzsumme"), **AT_)
C("c13", "Rund 8,6 Mrd.", 8.6e9, bound="approx", subject="assets transferred from the ÖVAG to Volksbank Wien-Baden",
  counted=("Bilanzsumme von 11,2", "Bilanzsumme"), calt=[("werden ihr von der ÖVAG übertragen", "übertragen")], **AT_)
C("c13", ("die 41 regionalen Volksbanken", "41"), 41, unit="Volksbanken", measure="other",
  subject="regional Volksbanks to be merged", counted=("41 regionalen Volksbanken", "Volksbanken"), place="AT")
C("c13", ("zu acht großen", "acht"), 8, unit="Volksbanken", measure="other", subject="large Volksbanks after the mergers",
  counted=("regionalen Volksbanken zu acht", "Volksbanken"), calt=["Bundesländer-Volksbanken"], place="AT")
C("c13", "zwei Spezialinstituten", 2, unit="Spezialinstitute", measure="other",
  subject="special institutes after the Volksbank mergers", counted=("zwei Spezialinstituten", "Spezialinstituten"),
  place="AT")
C("c13", "700 Mio. Euro", 700e6, subject="average balance sheet total of a regional Volksbank today",
  counted=("eine regionale  Volksbank", "Volksbank"), calt=[("Euro Bilanzsumme", "Bilanzsumme")], **AT_)
C("c13", ("acht  Bundesländer-Volksbanken", "acht"), 8, unit="Volksbanken", measure="other",
  subject="regional (Bundesländer) Volksbanks after the mergers (repeat)", counted="Bundesländer-Volksbanken", place="AT")
C("c13", "rund 3,5 Milliarden Euro", 3.5e9, bound="approx",
  subject="average balance sheet total of each of the eight Bundesländer Volksbanks", counted="Bundesländer-Volksbanken",
  **AT_)

# ---------------------------------------------------------------- c14 Sport 904: Uli Hoeneß released after 637 days
HOE, LGA = "person.uli_hoeness", "de.landgericht_augsburg"
HD = dict(place="DE")
C("c14", ("637 Tage Haft haben", "637 Tage"), 637, unit="day", measure="duration", subject="Uli Hoeneß's time in prison",
  counted=("637 Tage Haft haben", "Haft"), calt=["Bayern-Boss"], **HD)
C("c14", "637 Tagen", 637, unit="day", measure="duration", subject="Uli Hoeneß's time in prison (repeat)",
  counted=("637 Tagen Haft", "Haft"), calt=[("ehemaligen Macher von Bayern München", "Macher")], **HD)
C("c14", "64-jährige", 64, unit="year", measure="age", subject="age of Uli Hoeneß",
  counted=("64-jährige Alphatier", "Alphatier"), calt=[("steht Hoeneß vor der Frage", "Hoeneß")], group=MAN, nat="DE",
  nat_alt=[None], **HD)
C("c14", "18 kg", -18, unit="kg", measure="other", subject="weight Uli Hoeneß lost in prison",
  source=None, alt=[HOE], counted="Genussmensch", increment=True, **HD)
C("c14", ("die 21 Monate", "21 Monate"), 21, unit="month", measure="duration", subject="Uli Hoeneß's time behind bars",
  source=None, alt=[LGA], counted=("21 Monate hinter Gittern", "Gittern"), **HD)
C("c14", ("die sieben im geschlossenen", "sieben"), 7, unit="month", measure="duration",
  subject="months Uli Hoeneß spent in closed detention", source=None, alt=[LGA],
  counted=("geschlossenen Vollzug", "Vollzug"), **HD)
C("c14", ("die 45 Minuten", "45 Minuten"), 45, unit="minute", measure="duration", subject="Hoeneß's daily time on the ergometer in prison",
  counted="Ergometer", **HD)
C("c14", ("Die 40 km", "40 km"), 40, unit="km", measure="other", subject="length of Hoeneß's daily drive from the open prison to the club",
  counted=("40 km lange Fahrt", "Fahrt"), **HD)
C("c14", "mindestens einmal pro Woche", 1, bound="at_least", unit="Mal pro Woche", measure="other",
  subject="how often Hoeneß wants to keep looking after FC Bayern's youth players", source=HOE,
  counted="Nachwuchs", **HD)
C("c14", ("drei Jahre auf Bewährung", "drei Jahre"), 3, unit="year", measure="duration", subject="Uli Hoeneß's probation period",
  counted=("drei Jahre auf Bewährung", "Bewährung"), calt=[("Hoeneß, der drei", "Hoeneß")], **HD)

# ---------------------------------------------------------------- c15 Web 912: HTML5 remakes of classic games
C("c15", ("Seit einigen Jahren", "einigen"), unit="year", measure="duration",
  subject="time Aditya Ravi Shankar has been working on HTML5 remakes of classic games",
  counted="Nachbauten beliebter Spieleklassiker", place=None, **V)

# ---------------------------------------------------------------- c16 Inland 972: reading skills of fourth-graders (Bildungsstandards)
BIF = "at.bifie"
SH = dict(unit="percent", measure="share", source=None, alt=[BIF], place="AT")
C("c16", "sechs von zehn", 60, subject="share of fourth-graders who can read with understanding",
  counted=("von zehn Schülern", "Schülern"), group=PUP, **SH)
C("c16", ("Ganze 13 Prozent", "13 Prozent"), 13, subject="share of fourth-graders completely falling behind in reading",
  counted=None, calt=[("von zehn Schülern", "Schülern")], group=PUP, **SH)
C("c16", "36 Prozent", 36, subject="share of fourth-graders who like going to school very much",
  counted=("Kinder, die die vierte", "Kinder"), group=PUP, **SH)
C("c16", "weitere 34 Prozent", 34, subject="share of fourth-graders who like going to school",
  counted=("Kinder, die die vierte", "Kinder"), group=PUP, **SH)
C("c16", "53 Prozent", 53, subject="share of fourth-graders very satisfied with their class",
  counted=("Kinder, die die vierte", "Kinder"), calt=[("mit ihrer Klasse sehr", "Klasse")], group=PUP, **SH)
C("c16", "weitere 30 Prozent", 30, subject="share of fourth-graders satisfied with their class",
  counted=("Kinder, die die vierte", "Kinder"), group=PUP, **SH)
C("c16", "weitere zwölf Prozent", 12, subject="share of fourth-graders neutral towards their class",
  counted=("Kinder, die die vierte", "Kinder"), group=PUP, **SH)
C("c16", "75.297 Kinder", 75297, unit="person", measure="participants",
  subject="children tested in the Standardüberprüfung Deutsch (4th grade)", source=None, alt=[BIF],
  counted=("75.297 Kinder", "Kinder"), group=PUP, place="AT")
C("c16", "2.995 Volksschulen", 2995, unit="Volksschulen", measure="other",
  subject="primary schools where the Standardüberprüfung Deutsch was held", source=None, alt=[BIF],
  counted=("2.995 Volksschulen", "Volksschulen"), place="AT")
C("c16", ("nach vier Jahren Unterricht", "vier Jahren"), 4, unit="year", measure="duration",
  subject="years of schooling after which reading comprehension was tested", counted=("vier Jahren Unterricht", "Unterricht"),
  place="AT", optional=True)
C("c16", "62 Prozent", 62, subject="share of tested children reaching or exceeding the reading targets",
  counted="Geprüften", group=PUP, **SH)
C("c16", "Beinahe vier von zehn", 40, bound="approx" , unit="percent", measure="share",
  subject="share of children not reaching the reading target", source=None, alt=[BIF],
  counted=("vier von zehn Kindern", "Kindern"), group=PUP, place="AT")
C("c16", "25 Prozent", 25, subject="share of children partly reaching the reading standards",
  counted=("25 Prozent der Kinder", "Kinder"), group=PUP, **SH)
C("c16", ("13 Prozent erreichen", "13 Prozent"), 13, subject="share of children not reaching the reading standards",
  counted=None, calt=[("25 Prozent der Kinder", "Kinder")], group=PUP, **SH)
C("c16", "durchschnittlich 23 Punkten", 23, unit="Punkte", measure="other",
  subject="progress in reading since the 2010 pilot study", source=BIF,
  counted=("im Bereich Lesen", "Lesen"), calt=["Fortschritte seit damals"], place="AT", increment=True)
C("c16", "24 Punkten", 24, unit="Punkte", measure="other",
  subject="progress in language awareness since the 2010 pilot study", source=BIF,
  counted="Sprachbetrachtung", calt=["Fortschritte seit damals"], place="AT", increment=True)
C("c16", "500 Punkte", 500, unit="Punkte", measure="other",
  subject="scale value set as the average result of the 2010 pilot study", counted=("eine Skala angelegt", "Skala"),
  calt=["durchschnittliches Ergebnis der Vorstudie"], place="AT", optional=True)

# ---------------------------------------------------------------- c17 Sport 1026: Denver wins the 50th Super Bowl
US_ = dict(place="US")
C("c17", ("zum dritten Mal den Titel", "dritten"), 3, unit="Titel", measure="other",
  subject="NFL titles of the Denver Broncos (ordinal)", counted=("den Titel in der", "Titel"), optional=True, **US_)
C("c17", "(39)", 39, unit="year", measure="age", subject="age of Peyton Manning",
  counted=("Star-Quarterback Peyton Manning", "Peyton Manning"), calt=["Star-Quarterback Peyton Manning"],
  group=ATH, nat="US", nat_alt=[None], **US_)
C("c17", ("seiner vierten Final-Teilnahme", "vierten"), 4, unit="Final-Teilnahmen", measure="other",
  subject="Super Bowl appearances of Peyton Manning (ordinal)", counted="Final-Teilnahme", optional=True, **US_)
C("c17", ("zum zweiten Mal nach 2007", "zweiten"), 2, unit="Titel", measure="other",
  subject="NFL championships of Peyton Manning (ordinal)", counted="NFL-Champion", optional=True, **US_)
C("c17", "(26)", 26, unit="year", measure="age", subject="age of Cam Newton",
  counted=("Cam Newton (26)", "Cam Newton"), group=ATH, nat="US", nat_alt=[None], **US_)
C("c17", "Sechsmal", 6, unit="Mal", measure="other", subject="times Cam Newton was sacked in the Super Bowl",
  counted=("Sechsmal wurde er", "er"), calt=[("Sein Gegenüber Cam Newton", "Cam Newton")], **US_)
C("c17", "drei Ballverluste", 3, unit="Ballverluste", measure="other", subject="turnovers by Cam Newton in the Super Bowl",
  counted=("drei Ballverluste", "Ballverluste"), **US_)
C("c17", ("nur einmal bezwungenen", "einmal"), 1, unit="Niederlagen", measure="other",
  subject="defeats of the Carolina Panthers before the Super Bowl this season",
  counted=("nur einmal bezwungenen Panthers", "Panthers"), **US_)
C("c17", ("aus 39 Yards", "39 Yards"), 39, unit="yd", measure="other", subject="distance of Graham Gano's field goal",
  counted=("mit einem Field Goal", "Field Goal"), **US_)
C("c17", ("knapp vier Minuten vor Schluss", "knapp vier Minuten"), 4, bound="approx", unit="minute", measure="duration",
  subject="time left when Newton lost the ball", counted=("Newton verlor knapp", "Newton"), optional=True, **US_)
C("c17", ("in 50 Jahren", "50 Jahren"), 50, unit="year", measure="duration", subject="history of the Super Bowl",
  counted=("in 50 Jahren Super Bowl", "Super Bowl"), optional=True, **US_)
C("c17", ("der neunte Verteidiger", "neunte"), 9, unit="person", measure="other",
  subject="defenders named Super Bowl MVP (ordinal)", counted="Verteidiger", group=ATH, optional=True, **US_)
C("c17", ("beide Touchdowns", "beide"), 2, unit="Touchdowns", measure="other",
  subject="Broncos touchdowns set up by Von Miller", counted="Touchdowns", optional=True, **US_)
C("c17", ("im zweiten Finalauftritt", "zweiten"), 2, unit="Finalauftritte", measure="other",
  subject="Super Bowl appearances of the Carolina Panthers (ordinal)", counted="Finalauftritt", optional=True, **US_)
C("c17", ("nur einer Niederlage", "einer"), 1, unit="Niederlagen", measure="other",
  subject="defeats of the Carolina Panthers in 18 games before the Super Bowl", counted="Niederlage",
  calt=[("waren die Panthers", "Panthers")], **US_)
C("c17", "18 Saisonspielen", 18, unit="Spiele", measure="other", subject="games of the Carolina Panthers this season",
  counted=("18 Saisonspielen", "Saisonspielen"), **US_)
C("c17", "mehr als 71.000 Zuschauern", 71000, bound="more_than", unit="person", measure="participants",
  subject="spectators of the 50th Super Bowl in Santa Clara", counted=("71.000 Zuschauern", "Zuschauern"),
  group=["spectators", "visitors", "people"], **US_)
C("c17", ("gerade einmal zehn Zähler", "zehn Zähler"), 10, unit="Punkte", measure="other", subject="points Carolina scored in the Super Bowl",
  counted=("Der in Punkten besten Offensive", "Offensive"), optional=True, **US_)
C("c17", ("aus 44 Yards", "44 Yards"), 44, unit="yd", measure="other", subject="distance of Graham Gano's missed field goal attempt",
  counted="Field-Goal-Versuch", **US_)
C("c17", ("drei Minuten vor Schluss", "drei Minuten"), 3, unit="minute", measure="duration",
  subject="time left when Anderson scored the Broncos' second touchdown", counted=("der zweite Touchdown", "Touchdown"),
  optional=True, **US_)
C("c17", ("Mit zwei Titeln", "zwei Titeln"), 2, unit="Titel", measure="other", subject="Super Bowl titles of Peyton Manning",
  counted="Titeln", calt=[("zog er mit seinem", "er")], **US_)
C("c17", ("mit zwei verschiedenen Teams", "zwei"), 2, unit="Teams", measure="other",
  subject="teams with which Peyton Manning won the Super Bowl as a starter", counted=("verschiedenen Teams", "Teams"), **US_)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
