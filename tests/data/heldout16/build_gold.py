"""Build the sixteenth held-out gold (claims, negatives) from the annotation table below.

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
 "person.wolfgang_knoll": {"label": "Wolfgang Knoll, scientific managing director of the AIT",
                           "patterns": ["Knoll"]},
 "person.stefan_thurner": {"label": "Stefan Thurner, complexity researcher (Med-Uni Wien), Complexity Science Hub",
                           "patterns": ["Thurner"]},
 "person.matteo_garrone": {"label": "Matteo Garrone, Italian film director (interviewee)", "patterns": ["Garrone"]},
 "media.heise": {"label": "heise online (German tech news site)", "patterns": ["Heise"]},
 "kr.samsung": {"label": "Samsung (electronics maker)", "patterns": ["Samsung"]},
 "org.un": {"label": "United Nations", "patterns": [r"\bUNO?\b", r"\bUno\b", "Vereinte"]},
 "org.unhcr": {"label": "UNHCR (UN refugee agency)", "patterns": ["UNHCR", "Flüchtlingshochkommissariat"]},
 "media.apa": {"label": "APA (Austria Presse Agentur)", "patterns": [r"\bAPA\b"]},
 "study.uk_treasury_brexit": {"label": "UK Treasury study on the economic effects of a Brexit (presented by Osborne)",
                              "patterns": ["Berechnungen", "Studie"]},
 "person.george_osborne": {"label": "George Osborne, UK Chancellor of the Exchequer", "patterns": ["Osborne"]},
 "person.christian_kesberg": {"label": "Christian Kesberg, Austrian trade commissioner in London",
                              "patterns": ["Kesberg", "Wirtschaftsdelegierter"]},
 "va.vatican": {"label": "the Vatican (press statement)", "patterns": ["Vatikan"]},
 "unnamed.estimates": {"label": "unnamed estimates ('Schätzungen zufolge')", "patterns": ["Schätzungen"]},
 "it.government": {"label": "Italian government (Rome)", "patterns": ["Regierung"]},
 "at.alpinpolizei_axams": {"label": "Alpine police Axams (Tyrol)", "patterns": ["Alpinpolizei"]},
 "at.bergrettung_axams": {"label": "Mountain rescue Axams", "patterns": ["Bergrettung Axams"]},
 "person.walter_stonig": {"label": "Walter Stonig, head of the rescue operation", "patterns": ["Stonig", "Einsatzleiter"]},
 "at.police": {"label": "Austrian police (Vorarlberg / Tyrol)", "patterns": ["Polizei"]},
 "media.eurogamer": {"label": "Eurogamer (games site)", "patterns": ["Eurogamer"]},
 "person.chris_calaycay": {"label": "Chris Calaycay, head coach of the Vienna Vikings", "patterns": ["Calaycay"]},
 "es.fc_barcelona": {"label": "FC Barcelona", "patterns": ["Barca", "Barcelona"]},
 "at.fiskalrat": {"label": "Fiskalrat (Austrian fiscal council)", "patterns": ["Fiskalrat"]},
 "at.finance_ministry": {"label": "Austrian Ministry of Finance", "patterns": ["Finanzministerium"]},
 "person.bernhard_felderer": {"label": "Bernhard Felderer, head of the Fiskalrat", "patterns": ["Felderer"]},
 "de.verdi": {"label": "ver.di (German services union)", "patterns": ["Verdi"]},
 "de.deutsche_post": {"label": "Deutsche Post", "patterns": ["Post"]},
 "person.frank_bsirske": {"label": "Frank Bsirske, chairman of Verdi", "patterns": ["Bsirske"]},
 "study.behroozi_hubble": {"label": "study by Peter Behroozi's team (STScI) from Hubble data (the astronomers)",
                           "patterns": ["Studie", "Forscher", "Astronomen", "Befund", "Behroozi"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "players", "men", "people"]
REF = ["refugees", "migrants", "people"]
MIG = ["migrants", "refugees", "people"]
JOB = ["employees", "workers", "people"]

# ---------------------------------------------------------------- b00 Etat 71: Deutschland 83 starts on RTL
C("b00", "achtteilige", 8, unit="Folgen", measure="other", subject="episodes of the drama series Deutschland 83",
  counted=("achtteilige Dramaserie", "Dramaserie"), place="DE", place_alt=[None])
C("b00", ("für mehrere Jahre", "mehrere"), unit="year", measure="duration",
  subject="prison term of the West Berlin journalist abducted by the Stasi", counted=("saß er", "er"),
  calt=[("eines Westberliner Journalisten", "Journalisten")], place="DE", place_alt=[None], **V)
C("b00", "Acht Folgen", 8, unit="Folgen", measure="other", subject="episodes of Deutschland 83 ordered by RTL for now",
  counted=("Acht Folgen", "Folgen"), calt=[("von Ufa produzierten Dramaserie", "Dramaserie")], place="DE", place_alt=[None])
C("b00", ("eine zweite Staffel", "zweite"), 2, unit="Staffeln", measure="other",
  subject="a second season of Deutschland 83 (ordinal)", counted=("zweite Staffel", "Staffel"), place="DE",
  place_alt=[None], optional=True)

# ---------------------------------------------------------------- b01 Wissenschaft 142: Complexity Science Hub Vienna founded
KNO, THU = "person.wolfgang_knoll", "person.stefan_thurner"
CSH = dict(place="AT")
C("b01", "Die vier Projektpartner", 4, unit="Projektpartner", measure="other",
  subject="partners funding the Complexity Science Hub Vienna", source=KNO, counted=("vier Projektpartner", "Projektpartner"),
  calt=[("haben die Kooperationspartner", "Kooperationspartner")], **CSH)
C("b01", "jeweils 200.000 Euro pro Jahr", 200000, unit="EUR", measure="amount",
  subject="yearly contribution of each partner to the Complexity Science Hub", source=KNO,
  counted=("Die vier Projektpartner", "Projektpartner"), calt=[("zu dem neuen Zentrum", "Zentrum")], **CSH)
C("b01", "jeweils 40.000 Euro", 40000, unit="EUR", measure="amount",
  subject="yearly cash contribution of each partner to the Complexity Science Hub", source=KNO,
  counted=("40.000 Euro in bar", "bar"), calt=[("Die vier Projektpartner", "Projektpartner")], **CSH)
C("b01", "160.000 Euro", 160000, unit="EUR", measure="amount",
  subject="yearly contribution of each partner in the form of two career positions", source=KNO,
  counted=("zwei Laufbahnstellen", "Laufbahnstellen"), **CSH)
C("b01", ("von zwei Laufbahnstellen", "zwei"), 2, unit="Stellen", measure="other",
  subject="career positions each partner funds at the Complexity Science Hub", source=KNO,
  counted=("zwei Laufbahnstellen", "Laufbahnstellen"), **CSH)
C("b01", ("für einen Senior-", "einen"), 1, unit="Stellen", measure="other",
  subject="senior scientist position per partner", source=KNO, counted=("Senior- und einen", "Senior-"), **CSH, optional=True)
C("b01", ("und einen Junior-Wissenschafter", "einen"), 1, unit="Stellen", measure="other",
  subject="junior scientist position per partner", source=KNO, counted="Junior-Wissenschafter", **CSH, optional=True)
C("b01", "zwei PhD-Studenten", 2, unit="person", measure="other",
  subject="PhD students Infineon Austria wants to finance at the Complexity Science Hub", source=KNO,
  counted=("zwei PhD-Studenten", "PhD-Studenten"), group=["students", "people"], **CSH)
C("b01", "fünf bis zehn Senior-Forscher", 5, 10, bound="range", unit="person", measure="other",
  subject="senior researchers at the Complexity Science Hub when fully built", source=None, alt=[THU, KNO],
  counted="Senior-Forscher", group=["people", "employees", "workers"], hedged=True, **CSH)
C("b01", "15 bis 30", 15, 30, bound="range", unit="person", measure="other",
  subject="postdocs and PhD students at the Complexity Science Hub when fully built", source=None, alt=[THU, KNO],
  counted="Post-Docs und PhD-Studenten", calt=["Post-Docs"], group=["students", "people", "employees"], hedged=True, **CSH)

# ---------------------------------------------------------------- b02 Kultur 146: interview with Matteo Garrone
GAR = "person.matteo_garrone"
C("b02", "vor vier oder fünf Jahren", 4, 5, bound="range", unit="year", measure="duration",
  subject="when a painter friend told Garrone about Basile", source=GAR, counted=("von Basile erzählt", "Basile"),
  place=None, optional=True)
C("b02", ("aus den fünfzig Geschichten", "fünfzig"), 50, unit="Geschichten", measure="other",
  subject="tales in Basile's collection the film chose from", source=GAR, counted=("fünfzig Geschichten", "Geschichten"),
  place=None)
C("b02", ("für drei Geschichten", "drei"), 3, unit="Geschichten", measure="other",
  subject="tales chosen for Das Märchen der Märchen", source=GAR, counted=("drei Geschichten", "Geschichten"), place=None)
C("b02", ("In beiden Filmen", "beiden"), 2, unit="Filme", measure="other", subject="Garrone's films compared",
  source=GAR, counted=("beiden Filmen", "Filmen"), place=None, optional=True)
C("b02", ("der beiden alten Frauen", "beiden"), 2, unit="person", measure="other",
  subject="the two old women of Basile's tale", source=GAR, counted=("alten Frauen", "Frauen"), group=WOMAN,
  place=None, optional=True)
C("b02", ("Ihr erster Film", "erster"), 1, unit="Filme", measure="other",
  subject="Garrone's first film in English (ordinal)", counted=("erster Film", "Film"), place=None, optional=True)
C("b02", "gleich zwei Assistenten", 2, unit="person", measure="other",
  subject="assistants John C. Reilly had on the shoot", counted="Assistenten", calt=["John C. Reilly"],
  group=JOB, place="IT", place_alt=[None])

# ---------------------------------------------------------------- b03 Web 218: Samsung's 15-TB SSD PM1633a
HEI, SAM = "media.heise", "kr.samsung"
SSD = dict(place=None)
C("b03", "15,36 Terabytes", 15.36, unit="TB", measure="other", subject="capacity of the Samsung PM1633a SSD",
  source=HEI, counted="Kapazität", calt=[("Das Modell PM1633a", "Modell PM1633a")], **SSD)
C("b03", "zehn Terabyte", 10, unit="TB", measure="other", subject="largest capacity of conventional hard disks",
  source=None, alt=[HEI], counted=("bei normalen Festplatten", "Festplatten"), **SSD)
C("b03", "48 Lagen", 48, unit="Lagen", measure="other", subject="layers of the 3D V-NAND memory of the PM1633a",
  counted=("3D-V-NAND-Speichern", "3D-V-NAND-Speichern"), calt=[("48 Lagen", "Lagen")], **SSD)
C("b03", "je 512 GB", 512, unit="GB", measure="other", subject="capacity of each memory stack of the PM1633a",
  counted=("in Stapel", "Stapel"), **SSD)
C("b03", "32 dieser Stacks", 32, unit="Stacks", measure="other", subject="memory stacks in the PM1633a",
  counted="Stacks", **SSD)
C("b03", "16 GB", 16, unit="GB", measure="other", subject="DRAM cache of the PM1633a", counted=("Der Cache", "Cache"),
  **SSD)
C("b03", "bis zu 200.000 IOPS", 200000, bound="up_to", unit="IOPS", measure="other",
  subject="read performance of the PM1633a", counted=("Bei diesem erreicht sie", "sie"), calt=["Lesezugriff"], **SSD)
C("b03", "32.000 IOPS", 32000, unit="IOPS", measure="other", subject="maximum write performance of the PM1633a",
  counted="Maximalperformance", calt=["Schreibzugriff"], **SSD)
VAR = dict(measure="other", source=SAM, counted=("kleinere Varianten", "Varianten"), **SSD)
C("b03", "7,68", 7.68, unit="TB", subject="capacity of a smaller planned variant", **VAR)
C("b03", "3,84", 3.84, unit="TB", subject="capacity of a smaller planned variant", **VAR)
C("b03", "1,92 TB", 1.92, unit="TB", subject="capacity of a smaller planned variant", **VAR)
C("b03", "90 GB", 90, unit="GB", subject="capacity of the smallest planned variant", **VAR)
C("b03", ("Das die 15-TB-SSD", "15-TB"), 15, unit="TB", measure="other", subject="capacity of the Samsung SSD (rounded)",
  counted=("15-TB-SSD", "15-TB-SSD"), **SSD)
C("b03", "über der 10.000-Marke Dollar", 10000, bound="more_than", unit="USD", measure="amount",
  subject="expected price of the 15-TB SSD", counted=("Der Preis dürfte", "Preis"), hedged=True, **SSD)

# ---------------------------------------------------------------- b04 Panorama 228: Balkan states cap the refugee transit
UN, UNHCR = "org.un", "org.unhcr"
C("b04", "fast 48 Stunden", 48, bound="approx", unit="hour", measure="duration",
  subject="how long Macedonia's border with Greece was closed", counted=("Stunden Sperre", "Sperre"),
  calt=[("seine Grenze zu Griechenland", "Grenze")], place="MK")
C("b04", "1.200 Menschen", 1200, unit="person", measure="present",
  subject="people (refugees) who spent the night in heated tents at the Greek-Macedonian border",
  counted=("1.200 Menschen", "Menschen"), group=REF, place="GR", place_alt=[None, "MK"])
C("b04", "zehntausende Menschen", unit="person", measure="other",
  subject="people wanting to reach the EU via the Balkan route", counted=("zehntausende Menschen", "Menschen"),
  group=MIG, place=None, **V)
C("b04", "In den ersten 20 Tagen", 20, unit="day", measure="duration", subject="period of the UN arrivals figure",
  counted=("35.450 Migranten", "Migranten"), place="GR", place_alt=[None], optional=True)
C("b04", "mehr als 35.450 Migranten", 35450, bound="more_than", unit="person", measure="received",
  subject="migrants who came from Turkey to Greece in the first 20 days of the year", source=UN,
  counted=("35.450 Migranten", "Migranten"), group=MIG, place="GR")
C("b04", "knapp 1.700", 1700, bound="approx", unit="person", measure="received",
  subject="migrants who came from Turkey to Greece in all of January 2015", source=UN,
  counted=("35.450 Migranten", "Migranten"), group=MIG, place="GR")
C("b04", "87 Menschen", 87, unit="person", measure="killed",
  subject="people drowned or missing in the Mediterranean in the new year", source=UNHCR,
  counted=("87 Menschen", "Menschen"), group=MIG, place=None)
C("b04", "73 Menschen", 73, unit="person", measure="other",
  subject="people rescued from the Aegean by the Greek coast guard on Thursday",
  counted=("73 Menschen", "Menschen"), group=MIG, place="GR")
C("b04", ("Für ein Kind", "ein"), 1, unit="person", measure="killed",
  subject="child who died after arriving on Lesbos", counted=("ein Kind", "Kind"), group=["children", "people"],
  place="GR")

# ---------------------------------------------------------------- b05 Inland 360: ministry circular on advertising in schools
C("b05", "800 Volksschulen", 800, unit="Volksschulen", measure="other",
  subject="primary schools that handed out Young Enterprises' homework diaries in 2013",
  counted=("800 Volksschulen", "Volksschulen"), place="AT")
C("b05", "auf 17", 17, unit="Seiten", measure="other", subject="pages of the homework diary carrying advertising",
  counted=("56 Seiten", "Seiten"), calt=["Mitteilungshefte der Agentur"], place="AT")
C("b05", "56 Seiten", 56, unit="Seiten", measure="other", subject="pages of the Young Enterprises homework diary",
  counted=("56 Seiten", "Seiten"), calt=["Mitteilungshefte der Agentur"], place="AT")

# ---------------------------------------------------------------- b06 Etat 391: ORF Lower Austria newsroom vote
APA = "media.apa"
NOE = dict(place="AT")
C("b06", "mehr als doppelt so viele Stimmen", 2, bound="more_than", unit="factor", measure="other",
  subject="Weissenböck's votes relative to Ziegler's in the newsroom vote", counted=("doppelt so viele Stimmen", "Stimmen"),
  calt=["Judith Weissenböck"], **NOE)
C("b06", "auf 7 Stimmen", 7, unit="Stimmen", measure="other",
  subject="votes for Robert Ziegler in the ORF Lower Austria newsroom vote", source=APA,
  counted=("kam Ziegler", "Ziegler"), calt=[("7 Stimmen", "Stimmen")], group=[None, "journalists"], **NOE)
C("b06", "mit 16 Stimmen", 16, unit="Stimmen", measure="other",
  subject="votes for Judith Weissenböck in the newsroom vote", source=APA,
  counted="Judith Weissenböck", calt=[("16 Stimmen", "Stimmen")], group=[None, "journalists"], **NOE)
C("b06", "mehr als doppelt so viel Unterstützung", 2, bound="more_than", unit="factor", measure="other",
  subject="Weissenböck's votes relative to Ziegler's", source=APA,
  counted="Judith Weissenböck", calt=["Unterstützung"], **NOE)
C("b06", "mit 9 Stimmen", 9, unit="Stimmen", measure="other",
  subject="votes for Benedikt Fuchs in the newsroom vote", source=APA,
  counted="Benedikt Fuchs", calt=[("9 Stimmen", "Stimmen")], group=[None, "journalists"], **NOE)
C("b06", "von 6 Redakteuren", 6, unit="Stimmen", measure="other",
  subject="votes (editors) for Ursula Hofmeister in the newsroom vote", source=APA,
  counted="Ursula Hofmeister", calt=["Redakteuren"], group=[None, "journalists", "people"], **NOE)
C("b06", ("von 3.", "von 3"), 3, unit="Stimmen", measure="other",
  subject="votes for Robert Friess in the newsroom vote", source=APA,
  counted="Robert Friess", group=[None, "journalists", "people"], **NOE)

# ---------------------------------------------------------------- b07 Wirtschaft 428: Osborne warns of a Brexit recession
TRE, OSB, KES = "study.uk_treasury_brexit", "person.george_osborne", "person.christian_kesberg"
C("b07", "Knapp fünf Wochen", 5, bound="approx", unit="week", measure="duration",
  subject="time left before the UK referendum on EU membership", counted="Volksabstimmung", place="GB", optional=True)
C("b07", "zwei Szenarien", 2, unit="Szenarien", measure="other", subject="Brexit scenarios of the Treasury study",
  source=TRE, alt=[OSB], counted=("zwei Szenarien", "Szenarien"), place="GB")
C("b07", "um 3,6 Prozent", -3.6, unit="percent", measure="share",
  subject="fall of UK economic output in the Treasury's shock scenario after a Brexit", source=TRE, alt=[OSB],
  counted=("Rückgang der Wirtschaftsleistung des Landes", "Wirtschaftsleistung"), calt=["Rückgang"], place="GB",
  increment=True)
C("b07", "um sechs Prozent", -6, unit="percent", measure="share",
  subject="fall of UK economic output in the Treasury's severe shock scenario after a Brexit", source=TRE, alt=[OSB],
  counted=("bei dem die Wirtschaftsleistung", "Wirtschaftsleistung"), place="GB", increment=True)
C("b07", ("ein Großteil der heimischen Unternehmen", "ein Großteil"), unit="percent", measure="share",
  subject="Austrian companies expecting the UK to stay in the EU", counted=("heimischen Unternehmen", "Unternehmen"),
  place="AT", **V)
C("b07", "um 0,05 bis 0,18 Prozent", -0.18, -0.05, bound="range", unit="percent", measure="share",
  subject="lower Austrian economic output by 2030 after a Brexit, in Kesberg's estimate", source=KES,
  counted=("niedrigere Wirtschaftsleistung", "Wirtschaftsleistung"), place="AT", increment=True)

# ---------------------------------------------------------------- b08 International 429: Börsig leaves the Vatican bank
VAT = "va.vatican"
C("b08", ("Die beiden gehörten", "beiden"), 2, unit="person", measure="other",
  subject="board members leaving the Vatican bank (Börsig and Salvatori)", source=None, alt=[VAT],
  counted=("Die beiden gehörten", "Die beiden"), group=["officials", "members", "people"], place="VA", optional=True)
C("b08", ("zu sechs 2014", "sechs"), 6, unit="person", measure="size",
  subject="lay board members of the Vatican bank appointed in 2014", counted="Vorstandsmitgliedern",
  group=["members", "officials", "people"], place="VA")

# ---------------------------------------------------------------- b09 Panorama 455: dead migrants and rescues off Italy
EST, ITG = "unnamed.estimates", "it.government"
SEA = dict(place="IT", place_alt=[None, "LY"])
C("b09", "Sechs Schlepper", 6, unit="person", measure="captured", subject="suspected smugglers arrested in Messina",
  counted=("Sechs Schlepper", "Schlepper"), group=["people"], place="IT")
C("b09", "von fünf Flüchtlingen", 5, unit="person", measure="killed",
  subject="refugees found dead on board a dinghy on Saturday", counted=("fünf Flüchtlingen", "Flüchtlingen"),
  calt=["Die Leichen"], group=REF, **SEA)
C("b09", "Insgesamt 20 tote Migranten", 20, unit="person", measure="killed",
  subject="migrants dead in the Italian coast guard's operations of the past seven days",
  counted=("20 tote Migranten", "Migranten"), group=MIG, **SEA)
C("b09", "tausende gerettete", unit="person", measure="other",
  subject="refugees rescued by the Italian coast guard in the past seven days",
  counted=("gerettete Flüchtlinge", "Flüchtlinge"), group=REF, **SEA, **V)
C("b09", "in den vergangenen sieben Tagen", 7, unit="day", measure="duration",
  subject="period of the coast guard's tally", counted="Bilanz", **SEA, optional=True)
C("b09", "435 Flüchtlingen", 435, unit="person", measure="received",
  subject="refugees on a ship that arrived in Cagliari on Saturday", counted=("435 Flüchtlingen", "Flüchtlingen"),
  group=REF, place="IT")
C("b09", ("von zwei Migranten", "zwei"), 2, unit="person", measure="killed",
  subject="dead migrants on the ship that arrived in Cagliari", counted=("zwei Migranten", "Migranten"),
  calt=[("den Leichen von zwei", "Leichen")], group=MIG, **SEA)
C("b09", "1.230 Menschen", 1230, unit="person", measure="other",
  subject="people rescued by the Italian navy ship Sirio off the Libyan coast", counted=("1.230 Menschen", "Menschen"),
  group=MIG, place="LY", place_alt=[None, "IT"])
C("b09", ("von zwei Schlauchbooten", "zwei"), 2, unit="Boote", measure="other",
  subject="dinghies the people rescued by the Sirio were on", counted="Schlauchbooten", place="LY", place_alt=[None, "IT"])
C("b09", "drei Fischerbooten", 3, unit="Boote", measure="other",
  subject="fishing boats the people rescued by the Sirio were on", counted="Fischerbooten", place="LY", place_alt=[None, "IT"])
C("b09", "245 Migranten", 245, unit="person", measure="other",
  subject="migrants on the boat where the two bodies were found", counted=("245 Migranten", "Migranten"), group=MIG, **SEA)
C("b09", "weiteren 13 Migranten", 13, unit="person", measure="killed",
  subject="migrants whose bodies were recovered on Monday", counted=("13 Migranten", "Migranten"),
  calt=[("die Leichen von weiteren", "Leichen")], group=MIG, increment=True, **SEA)
C("b09", "522 Menschen", 522, unit="person", measure="other",
  subject="people rescued from the boat with the 13 dead on Monday", counted=("522 Menschen", "Menschen"), group=MIG, **SEA)
C("b09", "1.780 Migranten", 1780, unit="person", measure="other",
  subject="migrants rescued by Italian ships in Libyan waters since Saturday", counted=("1.780 Migranten", "Migranten"),
  group=MIG, place="LY", place_alt=[None, "IT"])
C("b09", "sechs mutmaßliche Schlepper", 6, unit="person", measure="captured",
  subject="suspected smugglers arrested in Messina", counted=("mutmaßliche Schlepper", "Schlepper"), group=["people"],
  place="IT")
C("b09", "etwa 150.000 Flüchtlinge", 150000, bound="approx", unit="person", measure="received",
  subject="refugees who reached Europe by sea this year", source=EST, counted=("150.000 Flüchtlinge", "Flüchtlinge"),
  group=REF, place=None, hedged=True)
C("b09", "mehr als 1.900 Menschen", 1900, bound="more_than", unit="person", measure="killed",
  subject="people who died attempting the sea crossing to Europe this year", counted=("1.900 Menschen", "Menschen"),
  group=MIG, place=None)
C("b09", "zwei Mal so viele", 2, unit="factor", measure="other",
  subject="deaths on the crossing this year relative to the year before", counted=("1.900 Menschen", "Menschen"),
  place=None)
C("b09", "weitere 10.000 Unterkünfte", 10000, unit="Unterkünfte", measure="other",
  subject="additional accommodation places the Italian government is trying to find for refugees", source=ITG,
  counted=("10.000 Unterkünfte", "Unterkünfte"), place="IT", increment=True)
C("b09", "86.000 Flüchtlinge", 86000, unit="person", measure="present",
  subject="refugees currently cared for by Italy", source=ITG, counted=("86.000 Flüchtlinge", "Flüchtlinge"),
  group=REF, place="IT")

# ---------------------------------------------------------------- b10 Kultur 492: review of Spielberg's Bridge of Spies
C("b10", ("um eine weitere Person", "eine"), 1, unit="person", measure="other",
  subject="extra person Donovan adds to the exchange (a student held in the GDR)", counted="Person",
  group=P, place="DE", place_alt=[None], increment=True, optional=True)

# ---------------------------------------------------------------- b11 Panorama 507: avalanches in Tyrol, a fall in Vorarlberg
APA_AX, BR_AX, STO, POL = "at.alpinpolizei_axams", "at.bergrettung_axams", "person.walter_stonig", "at.police"
C("b11", "Zwei Frauen", 2, unit="person", measure="other",
  subject="women caught by the avalanche near the Birgitzköpfl hut", counted=("Zwei Frauen", "Frauen"),
  group=WOMAN, place="AT")
C("b11", ("und ein Mann sind", "ein"), 1, unit="person", measure="other",
  subject="man caught by the avalanche near the Birgitzköpfl hut", counted=("ein Mann sind", "Mann"),
  group=MAN, place="AT")
C("b11", "auf 2.050 Meter", 2050, unit="m", measure="other", subject="altitude where the Birgitz avalanche struck",
  counted=("in freiem Skiraum", "Skiraum"), calt=["Lawine erfasst"], place="AT")
C("b11", ("Die beiden Frauen wurden dabei verschüttet", "beiden"), 2, unit="person", measure="other",
  subject="women buried by the Birgitz avalanche", counted=("Die beiden Frauen wurden dabei", "Frauen"), group=WOMAN,
  place="AT", optional=True)
C("b11", ("Für eine der beiden", "eine"), 1, unit="person", measure="killed",
  subject="woman (a Spaniard) killed by the Birgitz avalanche", counted="eine Spanierin",
  calt=[("der beiden Verschütteten", "Verschütteten")], group=WOMAN, nat="ES", nat_alt=[None], place="AT")
C("b11", ("Die zwei Frauen waren", "zwei"), 2, unit="person", measure="other",
  subject="women of the Birgitz group (repeat)", counted=("Die zwei Frauen waren", "Frauen"), group=WOMAN,
  place="AT", optional=True)
C("b11", "alle vier", 4, unit="person", measure="other",
  subject="members of the group of the Birgitz avalanche victims", source=APA_AX,
  counted="Staatsbürger verschiedener EU-Länder", calt=[("alle vier Staatsbürger", "Staatsbürger")],
  group=P, place="AT")
C("b11", ("in einen etwa 35 Grad", "etwa 35 Grad"), 35, bound="approx", unit="Grad", measure="other",
  subject="steepness of the slope at Birgitz", source=APA_AX, counted=("steilen Hang eingefahren", "Hang"), place="AT")
C("b11", "rund 150 Meter", 150, bound="approx", unit="m", measure="other",
  subject="distance the Birgitz avalanche carried the snowboarder and the two women", counted=("sich oberhalb der Gruppe ein Schneebrett", "Schneebrett"),
  calt=[("den Snowboarder und die beiden Frauen", "den Snowboarder und die beiden Frauen")], place="AT")
C("b11", "Mitte 30", 35, bound="approx", unit="year", measure="age", subject="age of the Spanish woman killed at Birgitz",
  source=APA_AX, counted=("Die Frau –", "Die Frau"), group=WOMAN, nat="ES", nat_alt=[None], place="AT")
C("b11", "insgesamt vier Tourengruppen", 4, unit="Tourengruppen", measure="other",
  subject="ski-touring groups in the gully when the avalanche came down", source=BR_AX, alt=[STO],
  counted="Tourengruppen", place="AT")
C("b11", "mehrere Hundeführer", unit="person", measure="participants",
  subject="dog handlers in the rescue operation", counted="Hundeführer", group=["people", "aid_workers"], place="AT", **V)
AGE31 = dict(unit="year", measure="age", group=MAN, nat="DE", nat_alt=[None], place="AT")
C("b11", "Ein 31-jähriger", 31, subject="age of the man from Leonberg who fell with a cornice",
  counted=("31-jähriger Mann", "Mann"), **AGE31)
C("b11", "etwa 250 Meter", 250, bound="approx", unit="m", measure="other",
  subject="how far the man from Leonberg fell with the cornice", source=None, alt=[POL],
  counted=("Ein 31-jähriger Mann", "Mann"), group=[None] + MAN, place="AT")
C("b11", ("Der 31-Jährige erlitt", "31-Jährige"), 31, subject="age of the man from Leonberg (repeat)",
  source=POL, counted=("Der 31-Jährige erlitt", "Der 31-Jährige"), **AGE31)
C("b11", "sieben weiteren Tourengehern", 7, unit="person", measure="other",
  subject="other ski tourers in the German's group", counted="Tourengehern", calt=[("Der Deutsche war", "Der Deutsche")],
  group=["people", "athletes"], place="AT")
C("b11", ("Der 31-Jährige entfernte", "31-Jährige"), 31, subject="age of the man from Leonberg (repeat)",
  counted=("Der 31-Jährige entfernte", "Der 31-Jährige"), **AGE31)
C("b11", "etwa fünf Meter", 5, bound="approx", unit="m", measure="other",
  subject="how far the man walked away from his group", counted=("Der 31-Jährige entfernte", "Der 31-Jährige"),
  group=[None] + MAN, place="AT")
C("b11", "53 Jahre alte", 53, unit="year", measure="age", subject="age of the Viennese woman partly buried near Hopfgarten",
  counted=("alte Wienerin", "Wienerin"), group=WOMAN, nat="AT", nat_alt=[None], place="AT")
C("b11", "55-jährige", 55, unit="year", measure="age", subject="age of the woman from Kitzbühel district partly buried",
  counted=("55-jährige Frau", "Frau"), group=WOMAN, nat="AT", nat_alt=[None], place="AT")
C("b11", "58-jährigen", 58, unit="year", measure="age", subject="age of the husband of the 55-year-old",
  counted=("58-jährigen Ehemann", "Ehemann"), group=MAN, nat="AT", nat_alt=[None], place="AT")
C("b11", ("Ehemann der 55-Jährigen", "55-Jährigen"), 55, unit="year", measure="age",
  subject="age of the woman from Kitzbühel district (repeat)", counted=("der 55-Jährigen", "der 55-Jährigen"),
  group=WOMAN, nat="AT", nat_alt=[None], place="AT")
C("b11", "60 Jahre alten", 60, unit="year", measure="age", subject="age of the ski tourer from Hollabrunn district",
  counted=("alten Tourengeher", "Tourengeher"), group=MAN, nat="AT", nat_alt=[None], place="AT")
C("b11", "rund 2.000 Metern", 2000, bound="approx", unit="m", measure="other",
  subject="altitude where the Hopfgarten avalanche struck", counted="Seehöhe", place="AT")
C("b11", ("über einen etwa 35 Grad", "etwa 35 Grad"), 35, bound="approx", unit="Grad", measure="other",
  subject="steepness of the slope at the Bärentalkopf", counted=("steilen Hang aufstiegen", "Hang"), place="AT")
C("b11", "etwa 40 Meter", 40, bound="approx", unit="m", measure="other",
  subject="distance the Hopfgarten avalanche carried the women", counted=("Schneebrettlawine", "Schneebrettlawine"),
  calt=[("riss die Frauen", "Frauen")], place="AT")
C("b11", ("Die beiden Frauen unternahmen", "beiden"), 2, unit="person", measure="other",
  subject="women on the Bärentalkopf tour (repeat)", counted=("Die beiden Frauen unternahmen", "Frauen"), group=WOMAN,
  place="AT", optional=True)

# ---------------------------------------------------------------- b12 Web 520: Oculus Rift reviews
EUR_G = "media.eurogamer"
C("b12", ("Nach einigen Jahren", "einigen"), unit="year", measure="duration",
  subject="years of unfulfilled VR promises", counted="Versprechen", place=None, **V)
C("b12", "30 Games", 30, unit="Games", measure="other", subject="games available for the Oculus Rift at launch",
  source=EUR_G, counted=("Das Line-up", "Line-up"), calt=[("30 Games", "Games")], place=None)

# ---------------------------------------------------------------- b13 Inland 590: Nedeljko Bilalic, Hundstorfer's campaign manager
C("b13", "vier Jahre lang", 4, unit="year", measure="duration",
  subject="time Bilalic was Chancellor Faymann's press spokesman", counted=("Nedeljko Bilalic war", "Nedeljko Bilalic"),
  calt=["Pressesprecher von Bundeskanzler"], group=[None] + MAN, place="AT")
C("b13", "fast zwei Meter", 2, bound="approx", unit="m", measure="other", subject="height of Nedeljko Bilalic",
  counted=("Neddy ist fast", "Neddy"), group=[None] + MAN, place="AT", place_alt=[None])
C("b13", "37-Jährige", 37, unit="year", measure="age", subject="age of Nedeljko Bilalic",
  counted=("der 37-Jährige", "der 37-Jährige"), calt=[("Neddy ist fast", "Neddy")], group=MAN, nat=None, nat_alt=["AT", "RS"],
  place="AT", place_alt=[None])
C("b13", "mit 28 Jahren", 28, unit="year", measure="age",
  subject="age of Laura Rudas when she became SPÖ federal managing director in 2008", counted=("wurde Laura Rudas", "Laura Rudas"),
  group=WOMAN, nat="AT", nat_alt=[None], place="AT")
C("b13", ("ein kleines Kind", "ein"), 1, unit="person", measure="other", subject="children of Bilalic",
  counted="Kind", group=["children", "people"], place="AT", place_alt=[None], optional=True)

# ---------------------------------------------------------------- b14 Sport 645: Austrian Bowl XXXI, Vikings vs. Raiders
CAL = "person.chris_calaycay"
TITLE = dict(unit="Titel", measure="other", place="AT", optional=True)
C("b14", ("trotz Umbruches vierten", "vierten"), 4, subject="Vikings' fourth title in a row (ordinal)",
  counted=("Meistertitel in Serie –", "Meistertitel"), **TITLE)
C("b14", ("nach ihrem vierten", "vierten"), 4, subject="Vikings' fourth title in a row (ordinal)",
  counted="American-Football-Meistertitel", **TITLE)
C("b14", ("zum vierten Mal", "vierten"), 4, subject="Vikings' fourth title in a row (ordinal)", source=CAL,
  counted=("diesen Titel", "Titel"), **TITLE)
C("b14", "zehn Jahre", 10, unit="year", measure="duration",
  subject="time since a team last won four Austrian Bowls in a row", source=CAL,
  counted=("Das ist zehn", "Das"), calt=[("diesen Titel zum vierten Mal hintereinander", "Titel")], place="AT")
C("b14", "fünfmal in Serie", 5, unit="Mal", measure="other", subject="Austrian Bowls won in a row by the Vikings 1999-2003",
  counted=("haben die Vikings", "Vikings"), calt=["Austrian Bowl gar"], place="AT")
C("b14", "der 14.", 14, unit="Titel", measure="other", subject="Vikings' championship titles if they win (ordinal)",
  counted="Meistertitel wäre", place="AT", optional=True)
C("b14", ("um ihren vierten", "vierten"), 4, unit="Titel", measure="other",
  subject="Raiders' title they would win (ordinal)", counted=("Die Tiroler spielen", "Die Tiroler"), place="AT", optional=True)
C("b14", "Die jüngsten sieben Ligaspiele", 7, unit="Spiele", measure="other",
  subject="league games in a row the Raiders won", counted="Ligaspiele", place="AT")
C("b14", "20-jährigen", 20, unit="year", measure="age", subject="age of Vikings quarterback Alexander Thury",
  counted="Alexander Thury", calt=["Quarterback Alexander Thury"], group=ATH, nat=None, nat_alt=["AT"], place="AT")
C("b14", "18-jährigen", 18, unit="year", measure="age", subject="age of Raiders running back Sandro Platzgummer",
  counted="Sandro Platzgummer", calt=["Runningback Sandro Platzgummer"], group=ATH, nat=None, nat_alt=["AT"], place="AT")
FANS = dict(unit="person", measure="participants", group=["spectators", "fans", "people"], place="AT")
C("b14", ("optimistisch. 5.000", "5.000"), 5000, subject="spectators expected at the Austrian Bowl in Klagenfurt (subhead)",
  counted=("5.000 Zuschauer erwartet Nach", "Zuschauer"), **FANS)
C("b14", "Nach zwei Jahren", 2, unit="year", measure="duration", subject="years the Austrian Bowl was held in St. Pölten",
  counted=("geht die Austrian Bowl", "Austrian Bowl"), place="AT")
C("b14", "Für drei Jahre", 3, unit="year", measure="duration", subject="years the final is awarded to Klagenfurt",
  source=None, counted="Endspiel", place="AT")
C("b14", "rund 5.000 Zuschauer", 5000, bound="approx", subject="spectators expected at the Austrian Bowl premiere in Klagenfurt",
  counted=("rund 5.000 Zuschauer", "Zuschauer"), **FANS)

# ---------------------------------------------------------------- b15 Sport 719: Pedro Rodriguez to Chelsea
BAR = "es.fc_barcelona"
FEE = dict(unit="EUR", measure="amount", place="ES", place_alt=[None, "GB"])
C("b15", "bis zu 30 Millionen Euro", 30e6, bound="up_to", subject="transfer fee for Pedro Rodriguez (headline)",
  source=None, alt=[BAR], counted=("Ablösesumme bis zu", "Ablösesumme"), **FEE)
C("b15", "27 Millionen Euro", 27e6, subject="transfer fee agreed for Pedro Rodriguez", source=BAR,
  counted=("eine Ablösesumme von", "Ablösesumme"), **FEE)
C("b15", "um drei Millionen", 3e6, subject="possible increase of Pedro's transfer fee", source=BAR,
  counted=("eine Ablösesumme von", "Ablösesumme"), increment=True, hedged=True, **FEE)
C("b15", "28-Jährige", 28, unit="year", measure="age", subject="age of Pedro Rodriguez",
  counted=("Der 28-Jährige", "Der 28-Jährige"), calt=["Angreifer Pedro Rodriguez"], group=ATH, nat="ES", nat_alt=[None],
  place="ES", place_alt=[None])
WINS = dict(unit="Mal", measure="other", counted=("geborene Stürmer", "Stürmer"), group=[None] + ATH, place="ES",
            place_alt=[None])
C("b15", "fünfmal den Meistertitel", 5, subject="Spanish league titles Pedro won with Barcelona", **WINS)
C("b15", "dreimal den Cup", 3, subject="Spanish cups Pedro won with Barcelona", **WINS)
C("b15", "dreimal die Champions League", 3, subject="Champions League titles Pedro won with Barcelona", **WINS)

# ---------------------------------------------------------------- b16 International 844: US Senate approves arms aid to Ukraine
C("b16", "Insgesamt 300 Millionen Dollar", 300e6, unit="USD", measure="aid",
  subject="US funds for training, equipment and logistics of the Ukrainian armed forces",
  counted=("Insgesamt 300 Millionen Dollar", "Dollar"), calt=["Waffenlieferungen an die Ukraine"],
  place="UA", place_alt=[None, "US"])
C("b16", "Mindestens 60 Millionen Dollar", 60e6, bound="at_least", unit="USD", measure="aid",
  subject="part of the US aid reserved for delivering technology and weapons to Ukraine",
  counted=("Lieferung  von Technik und Waffen", "Lieferung"), place="UA", place_alt=[None, "US"])
C("b16", "acht Bataillonsangehörige", 8, unit="person", measure="captured",
  subject="members of the Tornado volunteer battalion arrested", counted="Bataillonsangehörige",
  group=["soldiers", "troops", "people"], nat="UA", nat_alt=[None], place="UA")

# ---------------------------------------------------------------- b17 Wirtschaft 889: Fiskalrat on refugee costs
FIS, BMF, FEL = "at.fiskalrat", "at.finance_ministry", "person.bernhard_felderer"
AT_ = dict(place="AT")
C("b17", ("mit zwei Botschaften", "zwei"), 2, unit="Botschaften", measure="other",
  subject="key messages of the Fiskalrat's assessment", source=None, alt=[FEL], counted="Botschaften", optional=True, **AT_)
C("b17", "1,7 Milliarden im", 1.7e9, unit="EUR", measure="amount",
  subject="direct refugee costs next year, according to the Fiskalrat (subhead)", source=None, alt=[FIS],
  counted=None, calt=["Flüchtlingskosten in Höhe"], **AT_)
C("b17", "1,7 Milliarden Euro", 1.7e9, unit="EUR", measure="amount",
  subject="direct refugee costs next year, according to the Fiskalrat", source=FIS,
  counted=("direkten Flüchtlingskosten", "Flüchtlingskosten"), **AT_)
C("b17", "rund einer Milliarde Euro", 1e9, bound="approx", unit="EUR", measure="amount",
  subject="refugee costs next year, according to the Finance Ministry's budget", source=BMF,
  counted=("bezifferte man die Flüchtlingskosten", "Flüchtlingskosten"), **AT_)
C("b17", "maximal 827,83 Euro", 827.83, bound="at_most", unit="EUR", measure="amount",
  subject="the means-tested minimum income (Mindestsicherung) for recognised refugees",
  counted=("bedarfsorientierte Mindestsicherung", "Mindestsicherung"), **AT_)
C("b17", "insgesamt 800 Millionen Euro", 800e6, unit="EUR", measure="amount",
  subject="extra costs of the Mindestsicherung next year, according to the Fiskalrat", source=FIS,
  counted="Mehrkosten", **AT_)
C("b17", "maximal 350 Millionen Euro", 350e6, bound="at_most", unit="EUR", measure="amount",
  subject="Mindestsicherung costs budgeted by the Finance Ministry", source=BMF,
  counted=("laut Budget", "Budget"), **AT_)
C("b17", "rund 200 Euro", 200, bound="approx", unit="EUR", measure="amount",
  subject="cost of the refugee crisis per Austrian, according to the Fiskalrat", source=FIS,
  counted="jeden Österreicher", calt=["Flüchtlingskrise"], group=P, nat="AT", nat_alt=[None], **AT_)
C("b17", "0,2 bis 0,3 Prozentpunkten", 0.2, 0.3, bound="range", unit="percent", measure="share",
  subject="extra economic growth next year from the refugee spending, expected by Felderer", source=FEL, alt=[FIS],
  counted=("zusätzliches Wirtschaftswachstum", "Wirtschaftswachstum"), increment=True, **AT_)
C("b17", "84,5 Prozent", 84.5, unit="percent", measure="share", subject="Austria's debt ratio next year",
  source=FIS, counted="Schuldenquote", **AT_)
C("b17", "74,3 Prozent", 74.3, unit="percent", measure="share",
  subject="Austria's debt ratio had there been no bank rescues", source=FIS,
  counted=("würde die Quote", "Quote"), **AT_)
C("b17", "um 35,6 Milliarden Euro", 35.6e9, unit="EUR", measure="amount",
  subject="increase of Austria's public debt due to the banks", source=None, alt=[FIS],
  counted="Schuldenstand", increment=True, **AT_)
C("b17", "20 Milliarden", 20e9, unit="EUR", measure="amount",
  subject="what the state could still earn from selling bank assets in the bad banks", source=None, alt=[FIS],
  counted="Verkauf von Bankvermögen", calt=["Bankvermögen"], hedged=True, **AT_)

# ---------------------------------------------------------------- b18 Wirtschaft 920: Verdi's strike at Deutsche Post
VER, DP, BSI = "de.verdi", "de.deutsche_post", "person.frank_bsirske"
C("b18", "Rund 4000 Postler", 4000, bound="approx", unit="person", measure="participants",
  subject="postal workers demonstrating in front of the Post Tower in Bonn", source=VER,
  counted=("4000 Postler", "Postler"), group=JOB, place="DE")
C("b18", "Tausende unbefristete Stellen", unit="Stellen", measure="other",
  subject="permanent jobs Deutsche Post announced in new subsidiaries", source=None, alt=[DP],
  counted="unbefristete Stellen", place="DE", **V)
C("b18", "49 neuen Gesellschaften", 49, unit="Gesellschaften", measure="other",
  subject="new Deutsche Post subsidiaries with lower wages", source=None, alt=[DP],
  counted=("49 neuen Gesellschaften", "Gesellschaften"), place="DE")
C("b18", "rund 6000 Beschäftigten", 6000, bound="approx", unit="person", measure="size",
  subject="employees of Deutsche Post's new subsidiaries", counted=("6000 Beschäftigten", "Beschäftigten"),
  calt=["Tochterunternehmen"], group=JOB, place="DE")
C("b18", "rund 140.000 Postler", 140000, bound="approx", unit="person", measure="size",
  subject="Deutsche Post employees covered by the in-house wage agreement", counted=("140.000 Postler", "Postler"),
  group=JOB, place="DE")
C("b18", ("verdiene selbst Millionen", "Millionen"), unit="EUR", measure="amount",
  subject="Deutsche Post CEO Frank Appel's pay, according to Bsirske", source=BSI, counted=("Dieser verdiene", "Dieser"),
  calt=["Konzernchef Appel"], place="DE", **V)
C("b18", "Mehr als 23.000 Beschäftigte", 23000, bound="more_than", unit="person", measure="participants",
  subject="Deutsche Post employees on strike", source=VER, counted=("23.000 Beschäftigte", "Beschäftigte"),
  group=JOB, place="DE")

# ---------------------------------------------------------------- b19 Wissenschaft 997: Earth as an early planet (Hubble study)
STU = "study.behroozi_hubble"
C("b19", "vor etwa zehn Milliarden Jahren", 10e9, bound="approx", unit="year", measure="duration",
  subject="how long ago the young universe produced stars at its highest rate", source=STU,
  counted=("das noch junge Universum", "Universum"), place=None)
C("b19", "etwa eine Milliarde Planeten", 1e9, bound="approx", unit="Planeten", measure="other",
  subject="Earth-sized planets in the Milky Way, from the astronomers' model", source=STU,
  counted=("Planeten von Erdgröße", "Planeten"), calt=["Milchstraße derzeit"], place=None, hedged=True)
C("b19", ("ein guter Teil davon", "ein guter Teil"), unit="percent", measure="share",
  subject="share of the Milky Way's Earth-sized planets that are rocky", source=STU,
  counted="Gesteinsplaneten", place=None, **V)
C("b19", "etwa acht Prozent", 8, bound="approx", unit="percent", measure="share",
  subject="share of all Earth-like worlds the universe will form that exist already", source=STU,
  counted="erdähnlichen Welten", place=None)
C("b19", "geschätzt 100 Billionen Jahren", 100e12, bound="approx", unit="year", measure="duration",
  subject="time until the last star with a habitable zone goes out", source=None, alt=[STU],
  counted=("Erlöschen des letzten Sterns", "Erlöschen"), place=None)
C("b19", "fast zwölfmal so viele", 12, bound="approx", unit="factor", measure="other",
  subject="planets still to form relative to those existing today", source=None, alt=[STU],
  counted=("so viele Planeten", "Planeten"), place=None)
C("b19", "In einer Billion Jahre", 1e12, unit="year", measure="duration",
  subject="time after which the universe will show no traces of its beginning", source=STU,
  counted=("ausgedünnte Universum", "Universum"), place=None)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
