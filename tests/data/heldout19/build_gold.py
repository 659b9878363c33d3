"""Build the nineteenth held-out gold (claims, negatives) from the annotation table below.

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
 "person.ahmet_davutoglu": {"label": "Ahmet Davutoğlu, Turkish prime minister",
                            "patterns": ["Davuto", "Premier", "Regierungschef"]},
 "tr.government_press": {"label": "Turkish pro-government press ('die Regierungspresse')", "patterns": ["Regierungspresse"]},
 "tr.government": {"label": "Turkish political leadership in Ankara", "patterns": ["politische Führung in Ankara", "Ankara"]},
 "person.recep_tayyip_erdogan": {"label": "Recep Tayyip Erdoğan, Turkish president",
                                 "patterns": ["Erdoğan", "Staatspräsident"]},
 "org.sohr": {"label": "Syrian Observatory for Human Rights", "patterns": ["Syrischen Beobachtungsstelle für Menschenrechte"]},
 "media.heise": {"label": "heise online", "patterns": ["Heise"]},
 "person.birgit_schatz": {"label": "Birgit Schatz, Greens' employee spokesperson", "patterns": ["Schatz"]},
 "person.judith_schwentner": {"label": "Judith Schwentner, Greens' social spokesperson", "patterns": ["Schwentner"]},
 "at.greens": {"label": "Die Grünen (Austria)", "patterns": ["Grünen"]},
 "at.armutskonferenz": {"label": "Die Armutskonferenz (Austrian anti-poverty network)", "patterns": ["Armutskonferenz"]},
 "at.hagelversicherung": {"label": "Österreichische Hagelversicherung",
                          "patterns": ["Hagelversicherung"]},
 "person.kurt_weinberger": {"label": "Kurt Weinberger, CEO of the Österreichische Hagelversicherung",
                            "patterns": ["Weinberger", "Vorstandschef der Hagelversicherung"]},
 "at.lk_steiermark": {"label": "Landwirtschaftskammer Steiermark", "patterns": ["steirische Landwirtschaftskammer", "Landwirtschaftskammer Steiermark"]},
 "person.hans_seitinger": {"label": "Hans Seitinger, Styrian agriculture councillor", "patterns": ["Seitinger", "Agrarlandesrat"]},
 "at.lk_burgenland": {"label": "Landwirtschaftskammer Burgenland", "patterns": ["Für das Burgenland hat die Landwirtschaftskammer"]},
 "at.bauernbund": {"label": "Österreichischer Bauernbund", "patterns": ["Bauernbund"]},
 "at.agriculture_ministry": {"label": "Austrian Ministry of Agriculture", "patterns": ["Landwirtschaftsministerium"]},
 "media.wsj": {"label": "The Wall Street Journal", "patterns": ["Wall Street Journal", "WSJ"]},
 "person.peter_kaiser": {"label": "Peter Kaiser, governor of Carinthia", "patterns": ["Kaiser"]},
 "person.wolfgang_pirklhuber": {"label": "Wolfgang Pirklhuber, Greens' agriculture spokesperson", "patterns": ["Pirklhuber"]},
 "eu.olaf": {"label": "OLAF, European Anti-Fraud Office", "patterns": ["Olaf", "EU-Betrugsbekämpfungsbehörde"]},
 "media.dawn": {"label": "Dawn (Pakistani newspaper)", "patterns": ["Dawn"]},
 "pk.nih": {"label": "National Institute of Health, Pakistan", "patterns": ["Nationale Gesundheitsinstitut"]},
 "unnamed.expert_dawn": {"label": "an expert quoted by Dawn", "patterns": ["Der von Dawn zitierte Experte"]},
 "pk.polio_initiative": {"label": "Pakistan's national anti-polio initiative", "patterns": ["nationaler Anti-Polio-Initiative"]},
 "org.gpei": {"label": "Global Polio Eradication Initiative", "patterns": ["globalen Impfinitiative zur Polio-Ausrottung"]},
 "at.asvg": {"label": "the Austrian general social insurance act (ASVG), 'Gemäß ASVG'", "patterns": ["Gemäß ASVG", "ASVG"]},
 "ca.transcanada": {"label": "TransCanada Corp", "patterns": ["TransCanada", "die Firma"]},
 "be.health_ministry": {"label": "Belgian Ministry of Health", "patterns": ["Gesundheitsministeriums", "jüngsten Angaben"]},
 "person.maggie_de_block": {"label": "Maggie De Block, Belgian health minister", "patterns": ["De Block", "Gesundheitsministerin"]},
 "be.prosecutor_brussels": {"label": "Brussels public prosecutor's office", "patterns": ["Brüsseler Staatsanwaltschaft", "Staatsanwaltschaft"]},
 "nl.prosecutor": {"label": "Dutch public prosecutor's office (Rotterdam arrest)", "patterns": ["Nach Angaben der Staatsanwaltschaft"]},
 "unnamed.media_reports": {"label": "media reports ('Medienberichten zufolge')", "patterns": ["Medienberichten"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
REF = ["refugees", "migrants", "people"]
SOL = ["troops", "soldiers", "people"]
ATH = ["athletes", "players", "men", "people"]
KID = ["children", "people"]

# ---------------------------------------------------------------- f00 Panorama 94: refugees arrive at Vienna Westbahnhof
C("f00", ("Hunderte Flüchtlinge sind", "Hunderte"), **V, unit="person", measure="received",
  subject="refugees arriving at Vienna Westbahnhof from Hungary", counted=("Hunderte Flüchtlinge sind", "Flüchtlinge"),
  group=REF, place="AT")
C("f00", ("drei Bahnsteige", "drei"), 3, unit="Bahnsteige", measure="other",
  subject="platforms made ready at Westbahnhof for trains from Hungary", counted=("drei Bahnsteige", "Bahnsteige"), place="AT")
C("f00", ("´hunderte Flüchtlinge", "hunderte"), **V, unit="person", measure="present",
  subject="refugees waiting on the platforms of Westbahnhof", counted=("´hunderte Flüchtlinge", "Flüchtlinge"),
  group=REF, place="AT")
C("f00", "rund 400", 400, bound="approx", unit="person", measure="received",
  subject="refugees arriving in Rosenheim after a stop in Austria", counted=("400 der Flüchtlinge", "Flüchtlinge"),
  group=REF, place="DE")
C("f00", "190 Flüchtlinge", 190, unit="person", measure="processed",
  subject="refugees taken off the train in Rosenheim for registration by the German federal police",
  counted=("190 Flüchtlinge", "Flüchtlinge"), group=REF, place="DE")

# ---------------------------------------------------------------- f01 Etat 120: commentary on the end of Servus TV
C("f01", "mehr als 240", 240, bound="more_than", unit="person", measure="size", subject="employees of Servus TV",
  counted="Mitarbeitende", group=["employees", "workers", "people"], place="AT")
C("f01", "1,7 Prozent", 1.7, unit="percent", measure="share", subject="market share of Servus TV",
  counted="Marktanteil", place="AT")
C("f01", ("gerade einmal 123.000", "123.000"), 123000, unit="person", measure="participants",
  subject="regular viewers of Servus TV", counted=("123.000 Zuschauerinnen", "Zuschauerinnen"),
  calt=["Zuschauerinnen und Zuschauer"], group=["spectators", "visitors", "people"], place="AT")
C("f01", "knapp zehn Jahren", 10, bound="approx", unit="year", measure="duration", subject="lifetime of Servus TV",
  counted=("Jahren mit Servus TV", "Servus TV"), place="AT")
C("f01", ("Mogul-Medien im Eigentum von branchenfremden Unternehmen sind zwei", "zwei"), 2, unit="Risiken",
  measure="other", subject="risks of media owned by non-media companies", counted=("zwei enormen Risiken", "Risiken"),
  optional=True)
C("f01", "über 2,2 Millionen Euro", 2.2e6, bound="more_than", unit="EUR", measure="amount",
  subject="funding Servus TV received from the Privatrundfunkfonds in 2015",
  counted=("Servus TV hat allein", "Servus TV"), calt=["Privatrundfunkfonds erhalten"], place="AT")
C("f01", "957.000 Euro", 957000, unit="EUR", measure="amount",
  subject="press subsidy of Die Presse in 2015 (the largest recipient)", counted=("die Tageszeitung Die Presse", "Die Presse"),
  calt=["Empfängerin von Presseförderung"], place="AT")
C("f01", ("die 123.000 Stammseher", "123.000"), 123000, unit="person", measure="participants",
  subject="regular viewers of Servus TV (repeat)", counted="Stammseher",
  group=["spectators", "visitors", "people"], place="AT")

# ---------------------------------------------------------------- f02 International 129: Ankara bombing, Turkey and the Syrian Kurds
DAV, ERD = "person.ahmet_davutoglu", "person.recep_tayyip_erdogan"
C("f02", "23 oder 24 Jahre", 23, 24, bound="range", unit="year", measure="age",
  subject="age of the alleged Ankara suicide bomber", source=DAV, alt=["tr.government_press"],
  counted="Saleh Najar", group=["men", "people"], nat="SY", place="TR", hedged=True)
C("f02", ("fünf Kleinbusse", "fünf"), 5, unit="Kleinbusse", measure="other",
  subject="army minibuses passing when the bomb exploded in Ankara", source=DAV, alt=[None],
  counted=("fünf Kleinbusse", "Kleinbusse"), place="TR")
C("f02", "27 Soldaten", 27, unit="person", measure="killed", subject="soldiers killed in the Ankara bombing",
  counted=("27 Soldaten", "Soldaten"), group=SOL, nat="TR", nat_alt=[None], place="TR")
C("f02", ("und eine Zivilistin", "eine"), 1, unit="person", measure="killed",
  subject="civilian (a young reporter) killed in the Ankara bombing", counted=("eine Zivilistin", "Zivilistin"),
  group=["civilians", "journalists", "women", "people"], place="TR")
C("f02", ("Es ist der zweite", "zweite"), 2, unit="Anschläge", measure="other",
  subject="terror attacks in Ankara within four months (ordinal)", counted=("Es ist der zweite", "Es"),
  place="TR", optional=True)
C("f02", ("innerhalb von vier Monaten", "vier Monaten"), 4, unit="month", measure="duration",
  subject="period in which Ankara saw two terror attacks", counted=None, place="TR")
C("f02", "500 Kilometer", 500, unit="km", measure="other",
  subject="length of the autonomous Kurdish area the PYD is setting up along the Turkish border",
  source=None, alt=[DAV, "tr.government"], counted=("autonomes Kurdengebiet", "Kurdengebiet"), place="SY")
C("f02", ("14 Verdächtige", "14"), 14, unit="person", measure="captured",
  subject="suspects arrested after the Ankara bombing", source=ERD, counted=("14 Verdächtige", "Verdächtige"), group=P, place="TR")
C("f02", "knapp 90 Kilometer", 90, bound="approx", unit="km", measure="other",
  subject="length of the corridor at the Turkish-Syrian border still separating the Kurdish areas",
  counted=("langer Korridor", "Korridor"), place="SY")
C("f02", ("Mehrere hundert Rebellen", "Mehrere hundert"), **V, unit="person", measure="sent",
  subject="rebels Turkey allegedly brought into the contested corridor", counted=("hundert Rebellen", "Rebellen"),
  group=["troops", "people"], place="SY", place_alt=["TR"], hedged=True)
C("f02", ("500 Bewaffnete", "500"), 500, unit="person", measure="sent",
  subject="armed men brought through Bab al-Salam on Wednesday alone", source="org.sohr",
  counted=("500 Bewaffnete", "Bewaffnete"), group=["troops", "people"], place="SY", place_alt=["TR"])

# ---------------------------------------------------------------- f03 Web 192: Knowm sells a memristor chip
C("f03", ("Chip für 220 Dollar an", "220 Dollar"), 220, unit="USD", measure="amount",
  subject="price of Knowm's memristor chip (headline)", counted=("Knowm bietet Chip", "Chip"))
C("f03", ("für 220 Dollar (rund", "220 Dollar"), 220, unit="USD", measure="amount",
  subject="price of Knowm's memristor chip", alt=["media.heise"], counted=("Der Chip, den man", "Chip"))
C("f03", "rund 198 Euro", 198, bound="approx", unit="EUR", measure="amount",
  subject="price of Knowm's memristor chip in euros", alt=["media.heise"], counted=("Der Chip, den man", "Chip"))
C("f03", ("acht Memristoren", "acht"), 8, unit="Memristoren", measure="other",
  subject="memristors on Knowm's chip", alt=["media.heise"], counted=("acht Memristoren", "Memristoren"))

# ---------------------------------------------------------------- f04 Inland 250: reactions to Schelling's call to cut unemployment benefit
C("f04", "55 Prozent", 55, unit="percent", measure="share",
  subject="net replacement rate of Austrian unemployment benefit", source="person.birgit_schatz",
  alt=["person.judith_schwentner", "at.greens"], counted="Nettoersatzrate", place="AT")
C("f04", "zehn Prozent", 10, unit="percent", measure="share",
  subject="share of the German population drawing basic income support (Hartz IV)", source="at.armutskonferenz",
  counted="Bevölkerung", group=P, nat="DE", nat_alt=[None], place="DE")
C("f04", "nur ein Prozent", 1, unit="percent", measure="share",
  subject="share of the Austrian population drawing basic income support", source="at.armutskonferenz",
  counted=None, calt=["Bevölkerung"], group=P, nat="AT", nat_alt=[None], place="AT")
C("f04", ("in den letzten zehn Jahren", "zehn Jahren"), 10, unit="year", measure="duration",
  subject="period in which Germany had Europe's fastest-growing low-wage sector", source="at.armutskonferenz",
  counted=("raschest wachsenden Niedriglohnsektor", "Niedriglohnsektor"), place="DE", optional=True)
C("f04", ("Die Mehrzahl der Menschen", "Die Mehrzahl"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of low-wage workers in Germany with completed vocational training", source="at.armutskonferenz",
  counted=("Mehrzahl der Menschen", "Menschen"), group=["workers", "people"], place="DE", optional=True)

# ---------------------------------------------------------------- f05 Kultur 320: Schwab's Die Präsidentinnen at the Akademietheater
C("f05", ("für drei Schauspielerinnen", "drei"), 3, unit="person", measure="other",
  subject="actresses of the production", counted=("drei Schauspielerinnen", "Schauspielerinnen"), group=["women", "people"], place="AT")
C("f05", "Ein Vierteljahrhundert", 25, unit="year", measure="duration",
  subject="time since the premiere of Die Präsidentinnen", counted="Uraufführung", place="AT")
C("f05", "25 Jahren", 25, unit="year", measure="duration", subject="time since the premiere (repeat)",
  counted=None, calt=["Uraufführung"], place="AT")
C("f05", ("der drei Damen", "drei"), 3, unit="person", measure="other", subject="the three women of the play (repeat)",
  counted=("der drei Damen", "Damen"), group=["women", "people"], place="AT", optional=True)
C("f05", ("der drei Grazien", "drei"), 3, unit="person", measure="other", subject="the three women of the play (repeat)",
  counted="Grazien", group=["women", "people"], place="AT", optional=True)
C("f05", ("Alle drei Frauen", "drei"), 3, unit="person", measure="other", subject="the three women of the play (repeat)",
  counted="Frauen", group=["women", "people"], place="AT", optional=True)
C("f05", ("haben die drei nicht", "drei"), 3, unit="person", measure="other", subject="the three women of the play (repeat)",
  counted=None, group=["women", "people"], place="AT", optional=True)
C("f05", ("eindreiviertel", "eindreiviertel"), 1.75, unit="hour", measure="duration",
  subject="running time of the performance", counted=("eindreiviertelstündige Abend", "Abend"), place="AT")

# ---------------------------------------------------------------- f06 Panorama 373: frost and snow damage in Austrian farming
HV, KW = "at.hagelversicherung", "person.kurt_weinberger"
C("f06", ("1.400 Schadensmeldungen binnen", "1.400"), 1400, unit="Schadensmeldungen", measure="other",
  subject="damage reports to the Hagelversicherung within 72 hours (headline)", alt=[HV, KW],
  counted=("1.400 Schadensmeldungen binnen", "Schadensmeldungen"), place="AT")
C("f06", ("binnen 72 Stunden", "72 Stunden"), 72, unit="hour", measure="duration",
  subject="period of the damage reports (headline)", alt=[HV, KW], counted=None,
  calt=[("1.400 Schadensmeldungen binnen", "Schadensmeldungen")], place="AT")
C("f06", "deutlich über 200 Millionen Euro", 200e6, bound="more_than", unit="EUR", measure="damage",
  subject="total damage of the snow and frost to Austrian agriculture", source=HV, counted="Gesamtschaden", place="AT")
C("f06", ("letzten 72 Stunden", "72 Stunden"), 72, unit="hour", measure="duration",
  subject="period of the damage reports", source=KW, alt=[HV], counted=None,
  calt=[("mehr als 1.400 Schadensmeldungen", "Schadensmeldungen")], place="AT")
C("f06", ("mehr als 1.400 Schadensmeldungen", "mehr als 1.400"), 1400, bound="more_than", unit="Schadensmeldungen",
  measure="other", subject="damage reports to the Hagelversicherung within 72 hours", source=KW, alt=[HV],
  counted=("mehr als 1.400 Schadensmeldungen", "Schadensmeldungen"), place="AT")
C("f06", "mehr als 50.000 Hektar", 50000, bound="more_than", unit="ha", measure="damage",
  subject="farmland damaged by snow and frost", source=KW, alt=[HV], counted=("Auf einer Fläche", "Fläche"), place="AT")
C("f06", "bis zu 125 Millionen Euro", 125e6, bound="up_to", unit="EUR", measure="damage",
  subject="damage in Styria", source="at.lk_steiermark", counted=("die Schäden in der Steiermark", "Schäden"), place="AT")
C("f06", "bis zu 200 Millionen Euro", 200e6, bound="up_to", unit="EUR", measure="damage",
  subject="possible damage to wine and fruit (Styria)", source="person.hans_seitinger",
  counted=("den möglichen Schaden", "Schaden"), place="AT")
C("f06", "150 Millionen Euro", 150e6, unit="EUR", measure="damage", subject="loss of value added in Burgenland",
  source="at.lk_burgenland", counted="Wertschöpfungsverlust", place="AT")
C("f06", "mehr als 25.000 Hektar", 25000, bound="more_than", unit="ha", measure="damage",
  subject="area affected by the frost and snow in four provinces", source="at.bauernbund",
  alt=["at.agriculture_ministry"], counted=("betroffene Fläche", "Fläche"), place="AT")
C("f06", "36 Soldaten", 36, unit="person", measure="deployed",
  subject="soldiers helping Styrian fruit farms", counted=("36 Soldaten", "Soldaten"), group=SOL, nat="AT",
  nat_alt=[None], place="AT")
C("f06", ("drei Obstbaubetrieben", "drei"), 3, unit="Obstbaubetriebe", measure="other",
  subject="fruit farms where the soldiers help", counted="Obstbaubetrieben", place="AT")
C("f06", "etwa 400 Hektar", 400, bound="approx", unit="ha", measure="damage",
  subject="hail nets damaged in Styria", counted=("400 Hektar Hagelnetze", "Hagelnetze"), place="AT")
C("f06", "die Hälfte davon", 50, unit="percent", measure="share",
  subject="share of the damaged hail nets completely destroyed", counted=("die Hälfte davon", "davon"),
  calt=[("400 Hektar Hagelnetze", "Hagelnetze")], place="AT")

# ---------------------------------------------------------------- f07 Etat 453: TV listings
C("f07", "Sechs Oscar-Nominierungen", 6, unit="Nominierungen", measure="other",
  subject="Oscar nominations of Working Girl", counted=("Sechs Oscar-Nominierungen", "Oscar-Nominierungen"))
C("f07", ("vier Schlachtanlagen", "vier"), 4, unit="Schlachtanlagen", measure="other",
  subject="slaughter lines of the French slaughterhouse in the documentary", counted="Schlachtanlagen", place="FR")
C("f07", "rund hundert", 100, bound="approx", unit="person", measure="size",
  subject="workers of the French slaughterhouse", counted=("rund hundert Arbeiter", "Arbeiter"),
  group=["workers", "employees", "people"], place="FR")
C("f07", "Ein Jahr lang", 1, unit="year", measure="duration", subject="filming time of the documentary Die Schlachtfabrik",
  counted=("haben Raphaël Girardot", "Raphaël Girardot"), place="FR", place_alt=[None])
C("f07", "Fast ein halbes Jahrhundert", 50, bound="approx", unit="year", measure="duration",
  subject="years the concubine Cixi ruled China", counted=("die Konkubine Cixi", "Cixi"),
  calt=[("Jahrhundert lang lenkte sie", "sie")], group=["women", "politicians", "people"], nat="CN", place="CN")

# ---------------------------------------------------------------- f08 Inland 556: five years of the Carinthian place-name sign settlement
KAI = "person.peter_kaiser"
C("f08", ("Tafeln in 164 Orten", "164", 1), 164, unit="Orte", measure="other",
  subject="places with bilingual signs under the 2011 settlement (headline)", counted=("Tafeln in 164 Orten", "Orten", 1), place="AT")
C("f08", ("zum fünften Mal", "fünften"), 5, unit="year", measure="other",
  subject="anniversary of the settlement (ordinal)", counted=("jährt sich die Kärntner Ortstafellösung", "Ortstafellösung"), place="AT", optional=True)
C("f08", ("Tafeln in 164 Orten. Heute", "164"), 164, unit="Orte", measure="other",
  subject="places with bilingual signs under the 2011 settlement", counted=("Tafeln in 164 Orten. Heute", "Orten"), place="AT")
C("f08", "über 56 Jahre", 56, unit="year", measure="duration",
  subject="years the place-name sign dispute burdened Carinthia", source=KAI, counted="Joch", place="AT")
C("f08", ("In 164 Ortschaften", "164"), 164, unit="Orte", measure="other",
  subject="places where bilingual signs were put up", counted=("In 164 Ortschaften", "Ortschaften"), place="AT")
C("f08", "453 Ortstafeln", 453, unit="Ortstafeln", measure="other", subject="bilingual place-name signs put up",
  counted=("453 Ortstafeln", "Ortstafeln"), place="AT")
C("f08", "752 zweisprachige", 752, unit="Wegweiser", measure="other", subject="bilingual signposts put up",
  counted=("752 zweisprachige Wegweiser", "Wegweiser"), place="AT")
C("f08", "20 Prozent slowenischsprachiger", 20, unit="percent", measure="share",
  subject="threshold share of Slovene speakers for bilingual signs (1972)", counted=("slowenischsprachiger Bürger", "Bürger"),
  calt=[("eine Grenze von 20", "Grenze")], group=["people", "residents"], place="AT")
C("f08", ("20-Prozent-Regelung", "20-Prozent"), 20, unit="percent", measure="share",
  subject="the 20 percent rule (repeat)", counted=("20-Prozent-Regelung", "Regelung"), calt=["20-Prozent-Regelung"],
  place="AT")
C("f08", ("20-Prozent-Hürde", "20-Prozent"), 20, unit="percent", measure="share",
  subject="the 20 percent threshold struck down in 2001 (repeat)", counted=("20-Prozent-Hürde", "Hürde"),
  calt=["20-Prozent-Hürde"], place="AT")

# ---------------------------------------------------------------- f09 Web 729: Amazon's 50-dollar tablet
C("f09", "50 Dollar", 50, unit="USD", measure="amount", subject="price of Amazon's planned cheap tablet",
  source="media.wsj", counted=("ein Tablet für", "Tablet"), place=None, place_alt=["US"])
C("f09", ("Sechs-Zoll-Gerät", "Sechs-Zoll"), 6, unit="in", measure="other", subject="screen size of Amazon's planned tablet",
  source="media.wsj", alt=[None], counted=("Sechs-Zoll-Gerät", "Gerät"), calt=["Sechs-Zoll-Gerät"])
C("f09", ("steckt seit geraumer Zeit Milliarden", "Milliarden"), **V, unit="USD", measure="amount",
  subject="Amazon's spending on smartphones, tablets, videos and games", counted="Amazon steckt", place=None)

# ---------------------------------------------------------------- f10 Sport 760: Klitschko prepares for Fury in Going
C("f10", ("alle vier WM-Titel", "vier"), 4, unit="Titel", measure="other",
  subject="world titles Klitschko defends in Düsseldorf (headline)", counted="WM-Titel", place="DE")
C("f10", "1,98 Meter", 1.98, unit="m", measure="other", subject="height of Wladimir Klitschko",
  counted=("großen Klitschko", "Klitschko"), group=ATH, nat="UA")
C("f10", ("fünf Zentimeter", "fünf Zentimeter"), 5, unit="cm", measure="other", increment=True,
  subject="how much taller Tyson Fury is than Klitschko", counted=("größeren Fury", "Fury"), group=ATH, nat="GB")
C("f10", "39-jährigen", 39, unit="year", measure="age", subject="age of Wladimir Klitschko",
  counted="Schwergewichtler", group=ATH, nat="UA")
C("f10", ("der siebente Kampf", "siebente"), 7, unit="Kämpfe", measure="other",
  subject="Klitschko's fights in a big arena (ordinal)", counted=("der siebente Kampf", "Kampf"), group=None, optional=True)
C("f10", "67 Profikämpfe", 67, unit="Kämpfe", measure="other", subject="professional fights of Wladimir Klitschko",
  counted=("67 Profikämpfe", "Profikämpfe"))
C("f10", ("nur drei verlor", "drei"), 3, unit="Kämpfe", measure="other", subject="professional fights Klitschko lost",
  counted=None, calt=[("67 Profikämpfe", "Profikämpfe")])
C("f10", "27 Jahre", 27, unit="year", measure="age", subject="age of Tyson Fury",
  counted=("Klitschkos Gegner ist", "Klitschkos Gegner"), group=ATH, nat="GB")
C("f10", "24 Profikämpfe", 24, unit="Kämpfe", measure="other", subject="professional fights of Tyson Fury (all won)",
  counted=("24 Profikämpfe", "Profikämpfe"))
C("f10", ("seit einem Jahr", "einem Jahr"), 1, unit="year", measure="duration",
  subject="how long Klitschko has been a father", counted=("ist er seit", "er"), optional=True)

# ---------------------------------------------------------------- f11 Wirtschaft 777: glyphosate in Austria
PIR = "person.wolfgang_pirklhuber"
C("f11", "170 Tonnen", 170, unit="t", measure="amount", subject="glyphosate applied per year in Austria",
  source=PIR, counted=("beziffert die Ausbringung", "Ausbringung"), place="AT")
C("f11", "500 Tonnen", 500, unit="t", measure="amount", subject="peak yearly glyphosate use in Austria some years ago",
  source=PIR, counted="Höchstmenge", place="AT")
C("f11", ("seit über  einem Jahr", "über  einem Jahr"), 1, bound="more_than", unit="year", measure="duration",
  subject="how long Upper Austria's road services have not used glyphosate", counted=("wird Glyphosat im öffentlichen", "Glyphosat"),
  place="AT")
C("f11", ("mehr als 21  Tonnen", "mehr als 21  Tonnen"), 21, bound="more_than", unit="t", measure="amount",
  subject="illegal pesticides from China seized in Poland", source="eu.olaf", counted=("illegaler Pestizide", "Pestizide"),
  calt=["Container"], place="PL")

# ---------------------------------------------------------------- f12 Kultur 803: interview with Andrea Fraser (Kokoschka prize)
C("f12", ("alle zwei Jahre", "zwei Jahre"), 2, unit="year", measure="duration", subject="interval of the Oskar Kokoschka prize",
  counted=("dotierten Preis", "Preis"), place="AT")
C("f12", "20.000 Euro", 20000, unit="EUR", measure="amount", subject="endowment of the Oskar Kokoschka prize",
  counted=("dotierten Preis", "Preis"), place="AT")
C("f12", ("In zwei Videoperformances", "zwei"), 2, unit="Videoperformances", measure="other",
  subject="video performances of Fraser showing museum visitors as seduced", counted=("In zwei Videoperformances", "Videoperformances"), optional=True)
C("f12", ("dreier Ökonomen", "dreier"), 3, unit="person", measure="other", subject="authors of an essay in Art & Money",
  counted="Ökonomen", group=P, optional=True)

# ---------------------------------------------------------------- f13 Sport 897: Salzburg 2:0 Malmö
C("f13", "17-jährige", 17, unit="year", measure="age", subject="age of Salzburg's Dimitri Oberlin",
  counted="Dimitri Oberlin", calt=[("Der 17-jährige Schweizer", "Schweizer")], group=ATH, nat="CH", place="AT",
  place_alt=[None])
C("f13", ("Djuricin-Schuss aus 25 Metern", "25 Metern"), 25, unit="m", measure="other",
  subject="distance of Djuricin's shot", counted=("Djuricin-Schuss", "Djuricin-Schuss"), place="AT", optional=True)
C("f13", ("Ulmer aus 25 Metern", "25 Metern"), 25, unit="m", measure="other",
  subject="distance of Ulmer's goal", counted=("herrlichen Schuss", "Schuss"), place="AT", optional=True)
C("f13", "15.027 Zuschauer", 15027, unit="person", measure="participants", subject="spectators of Salzburg v Malmö",
  counted=("15.027 Zuschauer", "Zuschauer"), group=["spectators", "visitors", "people"], place="AT")

# ---------------------------------------------------------------- f14 Panorama 898: new polio cases in Pakistan and Afghanistan
DAWN, NIH = "media.dawn", "pk.nih"
C("f14", ("die ersten beiden neuen Fälle", "beiden"), 2, unit="person", measure="cases",
  subject="first new polio cases of the year in Pakistan and Afghanistan", alt=[DAWN, NIH], counted=("ersten beiden neuen Fälle", "Fälle"),
  group=KID, place=None, place_alt=["PK", "AF"])
C("f14", ("wurden ein knapp", "ein"), 1, unit="person", measure="cases", subject="new polio case in Karachi",
  source=DAWN, alt=[NIH], counted="Bub", group=KID + ["men"], nat="PK", place="PK", optional=True)
C("f14", "knapp dreijähriger", 3, bound="approx", unit="year", measure="age", subject="age of the polio-infected boy in Karachi",
  source=DAWN, alt=[NIH], counted="Bub", group=KID + ["men"], nat="PK", place="PK")
C("f14", ("und ein fünfjähriges", "ein"), 1, unit="person", measure="cases", subject="new polio case in Kandahar",
  source=DAWN, alt=[NIH], counted=("fünfjähriges Kind", "Kind"), group=KID, nat="AF", place="AF", optional=True)
C("f14", "fünfjähriges", 5, unit="year", measure="age", subject="age of the polio-infected child in Kandahar",
  source=DAWN, alt=[NIH], counted=("fünfjähriges Kind", "Kind"), group=KID, nat="AF", place="AF")
C("f14", "80.000 Kinder", 80000, unit="person", measure="other",
  subject="children in Afghanistan the latest vaccination campaigns could not reach", source="unnamed.expert_dawn",
  alt=[DAWN], counted=("80.000 Kinder", "Kinder"), group=KID, nat="AF", nat_alt=[None], place="AF")
C("f14", "mehr als 300 Neuinfizierungen", 300, bound="more_than", unit="person", measure="cases",
  subject="new polio infections in Pakistan in 2014 (record)", source="pk.polio_initiative",
  counted=("300 Neuinfizierungen", "Neuinfizierungen"), group=KID, place="PK")
C("f14", "51 neue Fälle", 51, unit="person", measure="cases", subject="new polio cases in Pakistan in 2015",
  source="pk.polio_initiative", counted=("51 neue Fälle", "Fälle"), group=KID, place="PK")
C("f14", "19 neue Fälle", 19, unit="person", measure="cases", subject="new polio cases in Afghanistan in 2015",
  source="org.gpei", counted=("19 neue Fälle", "Fälle"), group=KID, place="AF")

# ---------------------------------------------------------------- f15 Wirtschaft 919: Bank Austria's pension transfer
EMP = ["employees", "workers", "people"]
C("f15", "3300 Mitarbeitern", 3300, unit="person", measure="size",
  subject="Bank Austria employees to be transferred into the state pension system", counted=("3300 Mitarbeitern", "Mitarbeitern"),
  group=EMP, place="AT")
C("f15", "3300 Betroffenen", 3300, unit="person", measure="size", subject="Bank Austria employees affected (repeat)",
  counted=("3300 Betroffenen", "Betroffenen"), group=EMP, place="AT")
C("f15", "sieben Prozent", 7, unit="percent", measure="share",
  subject="share of the last salary to be paid to the PVA under the current ASVG", source="at.asvg", alt=[None],
  counted="Letztbezugs", place="AT")
C("f15", "22,8 Prozent", 22.8, unit="percent", measure="share", subject="current pension contribution rate",
  source="at.asvg", alt=[None], counted="Beitragssatz", place="AT")
C("f15", "10,25 Prozent", 10.25, unit="percent", measure="share", subject="employee part of the pension contribution rate",
  source="at.asvg", alt=[None], counted=("zahlt der Arbeitnehmer", "Arbeitnehmer"), group=EMP, place="AT")
C("f15", ("12,55", "12,55"), 12.55, unit="percent", measure="share", subject="employer part of the pension contribution rate",
  source="at.asvg", alt=[None], counted=("12,55 der Arbeitgeber", "Arbeitgeber"), place="AT")
C("f15", "rund 300 bis 400 Mio. Euro", 300e6, 400e6, bound="range", unit="EUR", measure="amount",
  subject="what Bank Austria would have paid the PVA on earlier calculations", counted=("hätte die BA", "BA"), place="AT")
C("f15", ("hunderte Wiener", "hunderte"), **V, unit="person", measure="other",
  subject="Vienna municipal employees who moved into the ASVG in 2010", counted="Gemeindebedienstete",
  group=["employees", "officials", "workers", "people"], place="AT")
C("f15", ("Fünfjahresschranke", "Fünf"), 5, unit="year", measure="duration",
  subject="five-year barrier to switching into state early retirement", counted="Fünfjahresschranke", place="AT")

# ---------------------------------------------------------------- f16 Wirtschaft 971: Malmström meets TTIP critics in Vienna
C("f16", "15 Milliarden US-Dollar", 15e9, unit="USD", measure="amount",
  subject="damages TransCanada seeks over Keystone XL", source="ca.transcanada",
  counted=("eine Klage auf Schadenersatz", "Klage"), calt=["Schadenersatz"], place="US")
C("f16", "13,4 Milliarden Euro", 13.4e9, unit="EUR", measure="amount",
  subject="damages TransCanada seeks over Keystone XL, in euros", source="ca.transcanada",
  counted=("eine Klage auf Schadenersatz", "Klage"), calt=["Schadenersatz"], place="US")
C("f16", ("mehrere Dutzend solcher Verträge", "mehrere Dutzend"), **V, unit="Verträge", measure="other",
  subject="investment treaties signed by Austria", counted=("solcher Verträge", "Verträge"), place="AT")

# ---------------------------------------------------------------- f17 International 983: after the Brussels attacks
HM, DB, BP = "be.health_ministry", "person.maggie_de_block", "be.prosecutor_brussels"
C("f17", ("den beiden späteren Selbstmordattentätern", "beiden"), 2, unit="person", measure="killed",
  subject="suicide bombers at Brussels airport", counted=("späteren Selbstmordattentätern", "Selbstmordattentätern"), group=["people", "men"],
  place="BE", optional=True)
C("f17", ("Bei zwei im Raum", "zwei"), 2, unit="person", measure="captured",
  subject="men arrested in Düsseldorf and Gießen (no link to Brussels found)", counted=("festgenommenen Männern", "Männern"),
  group=["men", "people"], place="DE")
C("f17", ("jüngsten Angaben 38 Menschen starben", "38"), 38, unit="person", measure="killed",
  subject="people killed in the Brussels attacks", source=HM, alt=[None],
  counted=("38 Menschen starben", "Menschen"), group=P, place="BE")
C("f17", ("drei weitere Personen", "drei"), 3, unit="person", measure="captured", increment=True,
  subject="further people charged with membership of a terrorist group in Brussels", source=BP,
  counted="Personen", group=P, place="BE")
C("f17", "ein halbes Dutzend", 6, unit="person", measure="captured",
  subject="men in custody in Brussels on terror charges", alt=[BP], counted=("Dutzend Männer", "Männer"), group=["men", "people"], place="BE")
C("f17", ("Gesundheitsministeriums 38 Menschen", "38"), 38, unit="person", measure="killed",
  subject="people killed in the Brussels attacks, including three attackers", source=HM,
  counted=("38 Menschen, darunter", "Menschen"), group=P, place="BE")
C("f17", ("darunter drei Attentäter", "drei"), 3, unit="person", measure="killed",
  subject="attackers among the dead of the Brussels attacks", source=HM, counted=("drei Attentäter", "Attentäter"),
  group=["people", "men"], place="BE")
C("f17", ("Vier Patienten", "Vier"), 4, unit="person", measure="killed",
  subject="patients who died of their injuries in hospital", source=DB, alt=[HM], counted="Patienten",
  group=["patients", "people"], place="BE")
C("f17", "35 Toten", 35, unit="person", measure="killed",
  subject="death toll of the Brussels attacks first reported, including the attackers",
  counted=("35 Toten", "Toten"), group=P, place="BE")
C("f17", "Mehr als 300 Menschen", 300, bound="more_than", unit="person", measure="wounded",
  subject="people wounded in the Brussels attacks", counted=("300 Menschen", "Menschen"), group=P, place="BE")
C("f17", ("Mehrere Menschen wurden", "Mehrere"), **V, unit="person", measure="captured",
  subject="people temporarily arrested in and around Brussels", counted=("Mehrere Menschen", "Menschen"),
  group=P, place="BE")
C("f17", ("ein Algerier festgenommen", "ein"), 1, unit="person", measure="captured",
  subject="Algerian arrested in Italy (forged passports)", source="unnamed.media_reports",
  counted="Algerier", group=["men", "people"], nat="DZ", place="IT", optional=True)
C("f17", "32-jährige", 32, unit="year", measure="age", subject="age of the Frenchman arrested in Rotterdam",
  source="nl.prosecutor", counted="Franzose", group=["men", "people"], nat="FR", place="NL")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
