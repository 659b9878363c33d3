"""Build the fourteenth held-out gold (claims, negatives) from the annotation table below.

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
 "tr.anadolu": {"label": "Anadolu (official Turkish news agency)", "patterns": ["Anadolu"]},
 "person.selahattin_demirtas": {"label": "Selahattin Demirtaş, HDP leader", "patterns": ["Demirta", "HDP-Chef"]},
 "at.greens_vienna": {"label": "the Vienna Greens (Wiener Grüne)", "patterns": ["Grünen"]},
 "at.wiener_linien": {"label": "Wiener Linien (Vienna public transport), a spokesman",
                      "patterns": ["Wiener Linien", "Sprecher"]},
 "person.tilman_pfau": {"label": "Tilman Pfau's group, IQST Stuttgart (study in Nature)",
                        "patterns": ["Pfau", "Forscher", "Nature"]},
 "de.dlr": {"label": "Deutsches Zentrum für Luft- und Raumfahrt (DLR)",
            "patterns": ["DLR", "Zentrum für Luft- und Raumfahrt"]},
 "person.paolo_ferri": {"label": "Paolo Ferri, ESA", "patterns": ["Ferri"]},
 "person.stephan_ulamec": {"label": "Stephan Ulamec, Philae project leader", "patterns": ["Ulamec", "Projektleiter"]},
 "org.esa": {"label": "ESA (European Space Agency), the Rosetta team", "patterns": [r"\bESA\b", "Rosetta-Team"]},
 "media.trade_media": {"label": "several motorsport trade media ('mehrere Fachmedien')", "patterns": ["Fachmedien"]},
 "person.alexander_van_der_bellen": {"label": "Alexander Van der Bellen, presidential candidate",
                                     "patterns": ["Van der Bellen"]},
 "person.lothar_lockl": {"label": "Lothar Lockl, Van der Bellen's campaign manager",
                         "patterns": ["Lockl", "Wahlkampfleiter"]},
 "person.reinhold_mitterlehner": {"label": "Reinhold Mitterlehner, ÖVP leader", "patterns": ["Mitterlehner"]},
 "person.irmgard_griss": {"label": "Irmgard Griss, presidential candidate", "patterns": ["Griss"]},
 "media.interfax": {"label": "Interfax (Russian news agency)", "patterns": ["Interfax"]},
 "ru.health_authorities": {"label": "Russian (Moscow) health authorities", "patterns": ["Gesundheitsbehörden"]},
 "ru.police": {"label": "Russian (Moscow) police", "patterns": ["Polizei"]},
 "ru.interior_ministry": {"label": "Russian Ministry of the Interior", "patterns": ["Innenministerium"]},
 "media.unnamed_reports": {"label": "unnamed (media) reports ('Medienberichten zufolge')", "patterns": ["Berichten"]},
 "org.cepadho": {"label": "Cepadho (Congolese human rights organisation)",
                 "patterns": ["Cepadho", "Menschenrechtsorganisation", "Organisation"]},
 "org.un": {"label": "the United Nations (UN circles)", "patterns": [r"\bUN\b", "UN-Kreisen"]},
 "media.die_welt": {"label": "Die Welt (German newspaper)", "patterns": ["Die Welt", "Zeitung"]},
 "at.orf": {"label": "ORF (Austrian public broadcaster)", "patterns": [r"\bORF\b"]},
 "at.bifie": {"label": "Bifie (Bundesinstitut für Bildungsforschung), expert report on PIRLS",
              "patterns": ["Bifie", "Bundesinstitut für Bildungsforschung", "Expertenbericht", "Bericht"]},
 "study.pirls": {"label": "PIRLS (Progress in International Reading Literacy Study) 2011", "patterns": ["PIRLS"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
ATH = ["athletes", "men", "people"]

# ---------------------------------------------------------------- y00 International 14: Turkish interim government
ANA, DEM = "tr.anadolu", "person.selahattin_demirtas"
C("y00", ("innerhalb von fünf Tagen ein Kabinett zusammenstellen, das bis", "fünf Tagen"), 5, unit="day",
  measure="duration", subject="deadline for Davutoğlu to form an interim cabinet (teaser)", source=None, alt=[ANA],
  counted=("fünf Tagen ein Kabinett zusammenstellen, das bis", "Kabinett"), place="TR")
C("y00", ("innerhalb von fünf Tagen ein Kabinett zusammenstellen, das die", "fünf Tagen"), 5, unit="day",
  measure="duration", subject="deadline for Davutoğlu to form an interim cabinet", source=ANA,
  counted=("fünf Tagen ein Kabinett zusammenstellen, das die", "Kabinett"), place="TR")
C("y00", "die drei der Partei zustehenden Ministerposten", 3, unit="Ministerposten", measure="other",
  subject="cabinet posts due to the HDP in the interim government",
  counted=("zustehenden Ministerposten", "Ministerposten"), place="TR")
C("y00", "die Hälfte der Kabinettsposten", 50, unit="percent", measure="share",
  subject="share of cabinet posts to be held by women (Demirtaş's demand)", source=DEM,
  counted=("Hälfte der Kabinettsposten", "Kabinettsposten"), place="TR")
C("y00", "nach zwölf Jahren", 12, unit="year", measure="duration",
  subject="years of the AKP's government majority before the June election",
  counted=("Damals hatte die AKP", "AKP"), calt=[("ihre Regierungsmehrheit eingebüßt", "Regierungsmehrheit")],
  place="TR")

# ---------------------------------------------------------------- y01 Panorama 79: ÖBB timetable change, U1 and U6
GRU, WL = "at.greens_vienna", "at.wiener_linien"
C("y01", ("die beiden U-Bahnlinien", "beiden"), 2, unit="U-Bahnlinien", measure="other",
  subject="underground lines at capacity (U1, U6)", source=GRU, counted="U-Bahnlinien", place="AT", optional=True)
C("y01", "mindestens ein ÖBB-Fernzug pro Stunde", 1, bound="at_least", unit="Fernzüge per hour", measure="other",
  subject="long-distance ÖBB trains per hour the Greens want to keep stopping at Hütteldorf and Westbahnhof",
  source=GRU, counted=("ein ÖBB-Fernzug", "ÖBB-Fernzug"), place="AT")
C("y01", ("vor einem Jahr jene", "vor einem Jahr"), 1, unit="year", measure="duration",
  subject="time since the U6 intervals were shortened", source=WL, counted=("jene der U6", "U6"), place="AT",
  optional=True)
C("y01", "zweieinhalb bis drei Minuten", 2.5, 3, bound="range", unit="minute", measure="duration",
  subject="underground intervals at rush hour", source=WL, counted=("betrügen die Intervalle", "Intervalle"),
  place="AT")

# ---------------------------------------------------------------- y02 Panorama 82: German prostitution law
PROS = ["people", "workers", "women"]
C("y02", "zwischen 18 und 21 Jahren", 18, 21, bound="range", unit="year", measure="age",
  subject="age group of prostitutes who must register every year", counted=("Prostituierte zwischen", "Prostituierte"),
  group=PROS, place="DE")
C("y02", ("jeweils für ein Jahr", "ein Jahr"), 1, unit="year", measure="duration",
  subject="validity of the registration of prostitutes aged 18 to 21", counted=None,
  calt=[("Prostituierte zwischen", "Prostituierte")], place="DE")
C("y02", "nach sechs Monaten", 6, unit="month", measure="duration",
  subject="interval of the mandatory health counselling for prostitutes aged 18 to 21",
  counted=("vorgeschriebene gesundheitliche Beratung", "gesundheitliche Beratung"), place="DE")
C("y02", ("Prostituierte ab 21", "ab 21"), 21, bound="at_least", unit="year", measure="age",
  subject="age from which prostitutes register for three years", counted=("Prostituierte ab 21", "Prostituierte"),
  group=PROS, place="DE")
C("y02", "für drei Jahre", 3, unit="year", measure="duration",
  subject="validity of the one-time registration of prostitutes aged 21 and over", counted=None,
  calt=[("Prostituierte ab 21", "Prostituierte")], place="DE")
C("y02", "nach zwei Jahren", 2, unit="year", measure="duration",
  subject="interval of the health counselling for prostitutes aged 21 and over",
  counted=("die gesundheitliche Beratung ist für sie", "gesundheitliche Beratung"), place="DE")
C("y02", "zweijährige", 2, unit="year", measure="duration", subject="registration period from 2018",
  counted="Anmeldefrist", place="DE")

# ---------------------------------------------------------------- y03 Wissenschaft 220: quantum ferrofluid
PFAU = "person.tilman_pfau"
C("y03", "Tausende bis Millionen Atome", unit="Atome", measure="other",
  subject="atoms cooled in ultracold gas experiments", counted=("Millionen Atome", "Atome"), place=None, **V)
C("y03", ("wenige Milliardstel Grad", "wenige Milliardstel"), unit="°C", measure="other",
  subject="how close to absolute zero the atoms are cooled", counted=("Grad über dem absoluten", "Grad"), place=None, **V)
C("y03", "etwa -273,15 Grad Celsius", -273.15, bound="approx", unit="°C", measure="other",
  subject="absolute zero", counted="absoluten Nullpunkt", place=None)
C("y03", "15.000 ultrakalten Dysprosiumatomen", 15000, unit="Atome", measure="other",
  subject="dysprosium atoms in the quantum ferrofluids of the Stuttgart experiments", source=None, alt=[PFAU],
  counted=("ultrakalten Dysprosiumatomen", "Dysprosiumatomen"), place="DE", place_alt=[None])
C("y03", "kleiner als ein Mikrometer", 1, bound="at_most", unit="µm", measure="other",
  subject="size of the droplets in the quantum ferrofluid", source=None, alt=[PFAU],
  counted=("Die Tröpfchen sind", "Die Tröpfchen"), place="DE", place_alt=[None])

# ---------------------------------------------------------------- y04 Wirtschaft 265: Hypo Alpe Adria losses
C("y04", "7,9 Milliarden Verlust", 7.9e9, unit="EUR", measure="amount", subject="Hypo Alpe Adria's loss in 2014 (teaser)",
  counted=("7,9 Milliarden Verlust", "Verlust"), place="AT")
C("y04", ("ein weiteres Milliardenloch", "Milliardenloch"), unit="EUR", measure="amount",
  subject="a further loss in the billions the Heta might cause", counted="Milliardenloch", place="AT",
  increment=True, hedged=True, **V)
C("y04", "7,9 Milliarden Euro", 7.9e9, unit="EUR", measure="amount", subject="Hypo Alpe Adria's loss in 2014",
  counted=("Euro Verlust", "Verlust"), place="AT")
C("y04", "5,5 Milliarden Euro", 5.5e9, unit="EUR", measure="amount",
  subject="taxpayers' money put into the Hypo in the years before", counted="Finanzlöcher", calt=["Steuerzahler"],
  place="AT")
C("y04", ("deutlich mehr als 15  Milliarden Euro", "mehr als 15  Milliarden Euro"), 15e9, bound="more_than",
  unit="EUR", measure="amount", subject="money the Hypo has burnt in total", counted=("Die Hypo hat", "Die Hypo"),
  place="AT")

# ---------------------------------------------------------------- y05 Web 298: CIA access via BND (operation Glotaic)
# no claims: years ("zwischen 2004 und 2006", "April 2008") and the law names "G-10" only.

# ---------------------------------------------------------------- y06 Wissenschaft 356: Philae wakes up
DLR, FER, ULA, ESA = "de.dlr", "person.paolo_ferri", "person.stephan_ulamec", "org.esa"
C("y06", ("nur wenige Sekunden lang", "wenige Sekunden"), unit="second", measure="duration",
  subject="length of Philae's signals so far (teaser)", counted=("wieder Signale", "Signale"), place=None, **V)
C("y06", "Fast genau sieben Monate", 7, bound="approx", unit="month", measure="duration",
  subject="time until Philae's comeback", source=None, alt=[DLR], counted="Comeback", place=None)
C("y06", "mehr als 300 Millionen Kilometer", 3e8, bound="more_than", unit="km", measure="other",
  subject="distance of Philae from Earth", source=DLR, counted=("entfernten Erde", "Erde"), place=None)
C("y06", "drei weitere kurze Kontakte", 3, unit="Kontakte", measure="other",
  subject="further short contacts with Philae in the night to Monday", source=FER,
  counted=("kurze Kontakte", "Kontakte"), place=None)
C("y06", "jeweils zehn Sekunden", 10, unit="second", measure="duration", subject="length of each of the three contacts",
  source=FER, counted=("kurze Kontakte", "Kontakte"), place=None)
C("y06", "minus 35 Grad Celsius", -35, unit="°C", measure="other", subject="Philae's operating temperature",
  source=ULA, counted="Betriebstemperatur", place=None)
C("y06", "24 Watt", 24, unit="W", measure="other", subject="power available to Philae (verfügen über: exact)",
  source=ULA, counted=("verfüge der Lander", "der Lander"), calt=["Der Solargenerator"], place=None)
C("y06", "19 Watt", 19, unit="W", measure="other", subject="power needed for communication with Rosetta",
  source=ULA, counted=("für die Kommunikation mit Raumsonde", "Kommunikation"), place=None)
C("y06", "etwas mehr als einer Minute", 1, bound="more_than", unit="minute", measure="duration",
  subject="length of the data transmission before it broke off", source=None, alt=[ULA],
  counted=("Die Datenübertragung brach", "Datenübertragung"), place=None)
C("y06", "rund zwei Stunden", 2, bound="approx", unit="hour", measure="duration",
  subject="length of data transmission the ESA team had hoped for", source=None, alt=[ESA, ULA],
  counted=("Die Datenübertragung brach", "Datenübertragung"), calt=["ESA-Team"], place=None)
C("y06", "100 Metern", 100, unit="m", measure="other", subject="length of the elliptic area where Philae is located",
  source=None, alt=[ESA], counted=("elipsenförmigen Areal", "Areal"), calt=["Länge"], place=None)
C("y06", "30 Metern", 30, unit="m", measure="other", subject="width of the elliptic area where Philae is located",
  source=None, alt=[ESA], counted=("elipsenförmigen Areal", "Areal"), calt=["Breite"], place=None)
C("y06", "seit 15 Jahren", 15, unit="year", measure="duration", subject="years Paolo Ferri has worked on the mission",
  counted=("sagte Ferri, der", "Ferri"), calt=["Mission mitarbeitet"], group=MAN + [None], place=None)
C("y06", "Mit 200 Kilometern", 200, unit="km", measure="other", subject="distance of Rosetta from the comet",
  source=FER, counted=("sei die Raumsonde", "Raumsonde"), place=None)
C("y06", ("eine Menge Gas und Staub", "eine Menge"), unit=None, measure="other",
  subject="gas and dust emitted by the comet", source=FER, counted="Gas und Staub", place=None, **V)
C("y06", "weitere 8000 Datenpakete", 8000, unit="Datenpakete", measure="other",
  subject="data packets still stored in Philae's memory", counted=("8000 Datenpakete", "Datenpakete"), place=None)
C("y06", "zehnjähriger", 10, unit="year", measure="duration", subject="length of Philae's journey with Rosetta",
  counted=("zehnjähriger Reise", "Reise"), place=None)
C("y06", "etwa 60 Stunden", 60, bound="approx", unit="hour", measure="duration",
  subject="time Philae operated on the comet before shutting down", counted=("Philae hatte sich am", "Philae"),
  calt=[("in Betrieb war", "Betrieb")], place=None)

# ---------------------------------------------------------------- y07 Kultur 466: Iggy Pop's Post Pop Depression
C("y07", "der 68-Jährige", 68, unit="year", measure="age", subject="age of Iggy Pop",
  counted="der 68-Jährige", group=MAN, nat=None, nat_alt=["US"], place=None)
C("y07", "mit 68", 68, unit="year", measure="age", subject="age of Iggy Pop (repeat)",
  counted=("vermochte Iggy Pop", "Iggy Pop"), calt=[("Dennoch ist Iggy Pop", "Iggy Pop")], group=MAN, nat=None, nat_alt=["US"], place=None)
C("y07", ("vor einem Monat", "einem Monat"), 1, unit="month", measure="duration",
  subject="time since the Süddeutsche Zeitung interview", counted="Interview", place=None, optional=True)
C("y07", ("Zumindest noch einmal", "einmal"), 1, unit="Mal", measure="other",
  subject="one more time as Iggy Pop (the album)", counted=("Er muss Iggy Pop sein", "Iggy Pop"), place=None,
  optional=True)
C("y07", "ein Jahrzehnt zuvor", 10, unit="year", measure="duration",
  subject="time between Pop's invention of punk and his first solo albums", counted=("Punk erfunden", "Punk"), place=None, optional=True)
C("y07", "vor 40 Jahren", 40, unit="year", measure="duration", subject="time since Pop's Berlin years",
  counted=None, place=None, optional=True)

# ---------------------------------------------------------------- y08 Sport 496: wider Formula 1 cars from 2017
FACH = "media.trade_media"
C("y08", "20 Zentimeter breiter", 20, unit="cm", measure="other", subject="how much wider the F1 cars become from 2017",
  source=FACH, counted=("wonach die Autos", "die Autos"), place=None, increment=True)
C("y08", "mit 200 Zentimeter", 200, unit="cm", measure="other", subject="width of the F1 cars from 2017",
  source=FACH, counted=("wonach die Autos", "die Autos"), place=None)
C("y08", "um bis zu fünf Sekunden", 5, bound="up_to", unit="second", measure="duration",
  subject="how much faster lap times are expected to be", source=None, alt=[FACH],
  counted="Rundenzeiten", place=None, increment=True)
C("y08", ("dessen Team 35 der", "35"), 35, unit="Rennen", measure="other", subject="races won by Mercedes of its last 41",
  counted=("letzten 41 Rennen", "Rennen"), calt=["dessen Team"], place=None)
C("y08", ("der letzten 41 Rennen", "41"), 41, unit="Rennen", measure="other", subject="Mercedes's last races (total)",
  counted=("letzten 41 Rennen", "Rennen"), place=None)
C("y08", ("Wie mehrere Fachmedien", "mehrere"), unit="Fachmedien", measure="other", subject="trade media reporting",
  counted="Fachmedien", place=None, **V)
C("y08", ("auch einige Piloten", "einige"), unit="person", measure="other", subject="drivers criticising the new cars",
  counted="Piloten", group=ATH, place=None, **V)
C("y08", ("weil mehrere Entscheidungsträger", "mehrere"), unit="person", measure="other",
  subject="decision makers absent from the vote on the engine rules", counted="Entscheidungsträger",
  group=["officials", "people"], place=None, hedged=True, **V)

# ---------------------------------------------------------------- y09 Inland 557: Van der Bellen's fairness agreement
VDB, LOC, MIT, GRI = ("person.alexander_van_der_bellen", "person.lothar_lockl", "person.reinhold_mitterlehner",
                      "person.irmgard_griss")
COST = [("Konkret schlägt Van der Bellen eine Kostenbeschränkung", "Kostenbeschränkung")]
C("y09", "Kostenbegrenzung auf 2,5 Millionen Euro", 2.5e6, unit="EUR", measure="amount",
  subject="proposed cap on campaign costs (teaser)", source=None, alt=[VDB],
  counted=("Kostenbegrenzung auf", "Kostenbegrenzung"), place="AT")
C("y09", "ein bis zwei Wochen", 1, 2, bound="range", unit="week", measure="duration",
  subject="time within which the candidates want to meet on the agreement", source=None, alt=[LOC, VDB],
  counted=None, place="AT")
C("y09", "2,5 Millionen Euro pro Kandidat", 2.5e6, unit="EUR", measure="amount",
  subject="cap on campaign costs per candidate proposed by Van der Bellen", source=VDB,
  counted=COST[0], calt=[("pro Kandidat vor", "Kandidat")], place="AT")
C("y09", "drei bis vier Millionen", 3e6, 4e6, bound="range", unit="EUR", measure="amount",
  subject="campaign cost cap named by Mitterlehner", source=MIT, counted=None, calt=COST, place="AT")
C("y09", "einen Million", 1e6, unit="EUR", measure="amount", subject="campaign cost cap named by Griss",
  source=GRI, counted=None, calt=COST, place="AT")
C("y09", "sieben Millionen", 7e6, unit="EUR", measure="amount",
  subject="legal cap on campaign costs for the presidential election", counted=None, calt=COST, place="AT")
C("y09", ("dem je ein Vertreter", "je ein"), 1, unit="person", measure="size",
  subject="representatives of each party on the arbitration board", counted="Vertreter",
  group=["members", "people"], place="AT", optional=True)
C("y09", ("sowie ein unabhängiger", "ein"), 1, unit="person", measure="size",
  subject="independent chairman of the arbitration board", counted="Vorsitzender",
  group=["members", "people"], place="AT", optional=True)
C("y09", ("zu überwiegenden Teilen", "überwiegenden Teilen"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of Griss's proposal Van der Bellen adopted", source=GRI, counted=None, place="AT", optional=True)
C("y09", "zu 100 Prozent", 100, unit="percent", measure="share", subject="share of donations Griss discloses",
  source=GRI, counted=("Standard gesetzt habe, Spenden", "Spenden"), place="AT")

# ---------------------------------------------------------------- y10 Wirtschaft 570: the eight-hour day (debate)
WORK = dict(place="AT", place_alt=["DE"])
C("y10", "acht Stunden", 8, unit="hour", measure="duration", subject="normal working time per day in Austria",
  counted="Normalarbeitszeit", **WORK)
C("y10", "höchstens aber zehn", 10, bound="at_most", unit="hour", measure="duration",
  subject="maximum working time per day in Austria", counted="Normalarbeitszeit", **WORK)
for n, sub in ((1, "Abschaffung des Achtstundentags nimmt"), (2, "Abschaffung des Achtstundentags soll"),
               (3, "klassische Achtstundentag"), (4, "den Achtstundentag noch")):
    C("y10", (sub, "Achtstundentag"), 8, unit="hour", measure="duration",
      subject=f"the eight-hour day (a concept named by its figure, mention {n})", counted=(sub, "Achtstundentag"),
      place="DE" if n in (1, 2) else None, place_alt=[None, "AT"], optional=True)
C("y10", ("seit einigen Jahren", "einigen Jahren"), unit="year", measure="duration",
  subject="how long business and ÖVP have called for more flexible hours", counted=None, place="AT", **V)

# ---------------------------------------------------------------- y11 Kultur 578: Heiner Müller's Der Auftrag at Theater an der Wien
C("y11", "Ein Jahr nach", 1, unit="year", measure="duration", subject="time between writing and Müller's reading",
  counted="Der Auftrag", place=None, optional=True)
C("y11", ("die drei vom Konvent", "drei"), 3, unit="person", measure="sent",
  subject="emissaries sent to Jamaica (in the play)", counted=("entsandten Emissäre", "Emissäre"), group=["people", "men"], place=None,
  optional=True)
C("y11", ("Die drei Emissäre", "drei"), 3, unit="person", measure="other",
  subject="the three emissaries on stage (repeat)", counted=("Die drei Emissäre", "Emissäre"),
  group=["people", "men"], place=None, optional=True)

# ---------------------------------------------------------------- y12 Web 605: forcing the Windows 10 upgrade
C("y12", ("Seit wenigen Stunden", "wenigen Stunden"), unit="hour", measure="duration",
  subject="time since Windows 10 became available", counted=("Betriebssystem Windows 10", "Windows 10"), place=None, **V)
C("y12", "zwei Schritte", 2, unit="Schritte", measure="other", subject="steps needed to force the Windows 10 download",
  counted=("zwei Schritte", "Schritte"), place=None)
C("y12", ("bei mehreren GB", "mehreren GB"), unit="GB", measure="other", subject="size of the Windows 10 download",
  counted="die Größe", place=None, **V)

# ---------------------------------------------------------------- y13 Panorama 658: mass brawl at a Moscow cemetery
IFX, HEA, RPOL, MINT, REP = ("media.interfax", "ru.health_authorities", "ru.police", "ru.interior_ministry",
                             "media.unnamed_reports")
C("y13", "26 Menschen verletzt", 26, unit="person", measure="wounded",
  subject="people wounded in the brawl at a Moscow cemetery (teaser)", source=None, alt=[IFX, HEA],
  counted=("26 Menschen verletzt", "Menschen"), group=P, place="RU")
C("y13", "50 Festnahmen", 50, unit="person", measure="captured", subject="people arrested after the brawl (teaser)",
  source=None, alt=[RPOL], counted=("50 Festnahmen", "Festnahmen"), group=P, place="RU")
C("y13", "mindestens drei Menschen", 3, bound="at_least", unit="person", measure="killed",
  subject="people killed in the brawl at a Moscow cemetery", source=None, alt=[IFX, HEA],
  counted=("drei Menschen", "Menschen"), group=P, place="RU")
C("y13", "Weitere 26 Menschen", 26, unit="person", measure="wounded",
  subject="people wounded in the brawl at a Moscow cemetery", source=IFX, alt=[HEA],
  counted=("Weitere 26 Menschen", "Menschen"), group=P, place="RU")
C("y13", "50 Beteiligte", 50, unit="person", measure="captured", subject="participants in the brawl arrested",
  source=RPOL, counted=("50 Beteiligte", "Beteiligte"), group=["people", "participants"], place="RU")
C("y13", "rund 200 Einwanderer", 200, bound="approx", unit="person", measure="participants",
  subject="immigrants from Central Asia and the North Caucasus taking part in the brawl", source=REP,
  counted=("200 Einwanderer", "Einwanderer"), group=["migrants", "people"], place="RU")
C("y13", ("auf dem 200 Hektar großen Friedhof", "200 Hektar"), 200, unit="ha", measure="other",
  subject="area of the cemetery", source=None, alt=[MINT], counted=("großen Friedhof im", "Friedhof"), place="RU")
C("y13", ("Das 200 Hektar große Areal", "200 Hektar"), 200, unit="ha", measure="other",
  subject="area of the cemetery (repeat)", counted=("große Areal", "Areal"), place="RU")

# ---------------------------------------------------------------- y14 International 727: ADF attack in eastern Congo
CEP, UN = "org.cepadho", "org.un"
REB = ["troops", "people", "men", "rebels"]
SOL = ["soldiers", "troops", "people"]
C("y14", "mindestens 30 Menschen", 30, bound="at_least", unit="person", measure="killed",
  subject="people killed in fighting with ADF rebels at Eringeti", source=CEP,
  counted=("30 Menschen", "Menschen"), group=P, place="CD")
C("y14", "14 Aufständische", 14, unit="person", measure="killed", subject="rebels killed at Eringeti", source=CEP,
  counted=("14 Aufständische", "Aufständische"), group=REB, nat="UG", nat_alt=[None], place="CD")
C("y14", "mindestens sieben Zivilisten", 7, bound="at_least", unit="person", measure="killed",
  subject="civilians killed at Eringeti", source=CEP, counted=("sieben Zivilisten", "Zivilisten"),
  group=["civilians", "people"], nat=None, nat_alt=["CD"], place="CD")
C("y14", "acht kongolesische Soldaten", 8, unit="person", measure="killed", subject="Congolese soldiers killed at Eringeti",
  source=CEP, counted=("kongolesische Soldaten", "Soldaten"), group=SOL, nat="CD", place="CD")
C("y14", ("und ein UN-Soldat", "ein"), 1, unit="person", measure="killed", subject="UN soldier killed at Eringeti",
  source=CEP, counted=("ein UN-Soldat getötet", "UN-Soldat"), group=SOL, nat=None, nat_alt=["MW"], place="CD")
C("y14", ("um einen Soldaten aus Malawi", "einen"), 1, unit="person", measure="killed",
  subject="UN soldier from Malawi killed (repeat)", source=UN, counted=("einen Soldaten aus Malawi", "Soldaten"),
  group=SOL, nat="MW", place="CD", optional=True)
C("y14", ("auch ein Österreicher", "ein"), 1, unit="person", measure="deployed",
  subject="Austrians in the EU mission EUSEC in the Congo", counted="Österreicher", group=["people", "soldiers"],
  nat="AT", place="CD", optional=True)
C("y14", ("Dutzende bewaffnete Gruppen", "Dutzende"), unit="Gruppen", measure="other",
  subject="armed groups fighting in eastern Congo", counted=("bewaffnete Gruppen", "Gruppen"), place="CD", **V)
C("y14", ("und einige bei lebendigem", "einige"), unit="person", measure="killed",
  subject="civilians burnt alive in ADF attacks", source=UN, counted="Zivilisten mit Macheten",
  group=["civilians", "people"], place="CD", **V)
C("y14", ("Mehrere hundert Menschen", "Mehrere hundert"), unit="person", measure="killed",
  subject="people killed by the ADF since October 2014", source=UN, counted=("hundert Menschen", "Menschen"),
  group=P, place="CD", hedged=True, **V)

# ---------------------------------------------------------------- y15 Wirtschaft 794: bailiff at Salzburg airport (Condor)
WELT = "media.die_welt"
C("y15", "vor vier Jahren", 4, unit="year", measure="duration", subject="time since the delayed flight",
  counted="Verspätung vor", place=None, optional=True)
C("y15", ("Die Summe: 600 Euro", "600 Euro"), 600, unit="EUR", measure="amount",
  subject="compensation the passenger claimed from Condor", source=None, alt=[WELT], counted="Die Summe",
  calt=[("eine Entschädigung eingefordert", "Entschädigung")], place="AT", place_alt=[None])
C("y15", ("einen zweistelligen Millionenbetrag", "zweistelligen Millionenbetrag"), unit="EUR", measure="amount",
  subject="value of the aircraft", source=None, alt=[WELT], counted="das Flugzeug", place="AT", hedged=True, **V)
C("y15", "22-stündigen", 22, unit="hour", measure="duration", subject="delay of the flight to Varadero in 2012",
  counted=("22-stündigen Verspätung", "Verspätung"), place=None)
C("y15", "Entschädigung von 600 Euro", 600, unit="EUR", measure="amount",
  subject="compensation due under the EU rule (repeat)", counted=("genannte Entschädigung", "Entschädigung"),
  place="AT", place_alt=[None])
C("y15", ("nach mehreren Mahnungen", "mehreren"), unit="Mahnungen", measure="other",
  subject="reminders sent by Flightright", counted="Mahnungen", place=None, **V)
EUC = dict(counted=("Entschädigungen können", "Entschädigungen"), place=None, place_alt=["AT"])
C("y15", ("Entfernung 250, 400", "250"), 250, unit="EUR", measure="amount",
  subject="EU compensation for delays (lowest level)", **EUC)
C("y15", ("250, 400 und", "400"), 400, unit="EUR", measure="amount", subject="EU compensation for delays (middle level)",
  **EUC)
C("y15", ("400 und 600 Euro", "600 Euro"), 600, unit="EUR", measure="amount",
  subject="EU compensation for delays (highest level)", **EUC)
C("y15", "plus 250 Euro", 250, unit="EUR", measure="amount",
  subject="compensation on top of the ticket refund for passengers denied boarding (short routes)",
  counted="Anspruch", calt=["Erstattung des Ticketpreises"], place=None, place_alt=["AT"])
C("y15", "bis zu 1.500 Kilometern", 1500, bound="up_to", unit="km", measure="other",
  subject="route length up to which 250 euros are due", counted=("bei Strecken", "Strecken"), place=None,
  place_alt=["AT"])
C("y15", "bis zu 600 Euro pro Person", 600, bound="up_to", unit="EUR", measure="amount",
  subject="maximum compensation per passenger for a cancelled or much delayed flight", counted=None,
  calt=["Die Ausgleichszahlung", ("pro Person", "Person")], place=None, place_alt=["AT"])

# ---------------------------------------------------------------- y16 Etat 852: Zettel heads Futurezone, Reischl to ORF
ORF = "at.orf"
C("y16", ("vor einigen Wochen", "einigen Wochen"), unit="week", measure="duration",
  subject="time since Reischl resigned at the Kurier", counted=None, place="AT", **V)
C("y16", "15 bis 20 Neugründungen", 15, 20, bound="range", unit="Neugründungen", measure="planned",
  subject="start-ups the ORF wants to host at the Küniglberg", source=ORF,
  counted=("20 Neugründungen", "Neugründungen"), place="AT")

# ---------------------------------------------------------------- y17 Inland 857: PIRLS report on Austrian primary pupils
BIF, PIR = "at.bifie", "study.pirls"
PUP = ["pupils", "children", "students", "people"]
C("y17", "529 Punkte", 529, unit="Punkte", measure="other",
  subject="PIRLS 2011 reading score of Austrian fourth-graders", source=None, alt=[BIF, PIR],
  counted=("die österreichischen Schüler der vierten", "Schüler"), group=PUP, nat="AT", place="AT")
C("y17", "512 Punkte", 512, unit="Punkte", measure="other", subject="PIRLS 2011 average of all participating countries",
  source=None, alt=[BIF, PIR], counted=("Schnitt aller Teilnehmerländer", "Schnitt"), group=PUP + [None],
  place=None)
C("y17", "(534)", 534, unit="Punkte", measure="other", subject="PIRLS 2011 EU average", source=None, alt=[BIF, PIR],
  counted="EU-Schnitt", group=PUP + [None], place=None)
C("y17", "vier verschiedene", 4, unit="Verstehensprozesse", measure="other",
  subject="comprehension processes tested by PIRLS", source=None, alt=[BIF, PIR],
  counted=("sogenannte Verstehensprozesse", "Verstehensprozesse"), place=None, place_alt=["AT"])
C("y17", "zwei Leseabsichten", 2, unit="Leseabsichten", measure="other", subject="reading purposes tested by PIRLS",
  source=None, alt=[BIF, PIR], counted=("zwei Leseabsichten", "Leseabsichten"), place=None, place_alt=["AT"])

# ---------------------------------------------------------------- y18 Sport 942: Wiesberger 27th in Munich
GOLF = dict(place="DE", place_alt=[None])
C("y18", ("mit einer 69er-Runde am", "69"), 69, unit="Schläge", measure="other",
  subject="Wiesberger's final round in Munich (teaser)", counted=("69er-Runde am", "Runde"), calt=[("Burgenländer kann", "Burgenländer")],
  **GOLF)
C("y18", ("spielte am Sonntag eine 69er-Runde", "69"), 69, unit="Schläge", measure="other",
  subject="Wiesberger's final round in Munich", counted=("eine 69er-Runde von", "Runde"),
  calt=[("Der Burgenländer spielte", "Der Burgenländer")], **GOLF)
C("y18", "drei unter Par", -3, unit="Schläge", measure="other", subject="Wiesberger's final round relative to par",
  counted=("drei unter Par", "Par"), optional=True, **GOLF)
C("y18", "um 17 Plätze", 17, unit="Plätze", measure="other", subject="places Wiesberger gained on the final day",
  counted=("um 17 Plätze", "Plätze"), calt=[("Der Burgenländer spielte", "Der Burgenländer")], increment=True,
  **GOLF)
C("y18", "der 32-Jährige", 32, unit="year", measure="age", subject="age of Pablo Larrazabal",
  counted="der 32-Jährige", calt=[("den Spanier Pablo Larrazabal", "Pablo Larrazabal")], group=ATH, nat="ES",
  **GOLF)
C("y18", ("66er-Schlussrunde", "66"), 66, unit="Schläge", measure="other", subject="Larrazabal's final round",
  counted=("66er-Schlussrunde", "Schlussrunde"), **GOLF)
C("y18", "insgesamt 271 Schläge", 271, unit="Schläge", measure="other", subject="Larrazabal's total strokes",
  counted=("271 Schläge und", "Schläge"), calt=["der 32-Jährige"], **GOLF)
C("y18", "neun weniger", 9, unit="Schläge", measure="other", subject="Larrazabal's margin over Wiesberger",
  counted=None, calt=[("271 Schläge und", "Schläge")], increment=True, **GOLF)
C("y18", ("einen Schlag vor", "einen Schlag"), 1, unit="Schläge", measure="other",
  subject="Larrazabal's margin over Henrik Stenson", counted=("einen Schlag vor", "Schlag"), increment=True, **GOLF)
C("y18", ("einen weiteren vor", "einen weiteren"), 1, unit="Schläge", measure="other",
  subject="Stenson's margin over Chris Paisley", counted=None, increment=True, optional=True, **GOLF)
C("y18", "2 Mio. Euro", 2e6, unit="EUR", measure="amount", subject="prize money of the BMW International Open",
  counted=("Endstand BMW International Open", "BMW International Open"), optional=True, **GOLF)

# ---------------------------------------------------------------- y19 Etat 1009: TV listings of a Monday
C("y19", "25 Jahre danach", 25, unit="year", measure="duration", subject="time since the Lauda Air crash",
  counted="Lauda-Air-Absturz", place=None)
C("y19", ("erschießt der Täter einen Polizisten", "einen"), 1, unit="person", measure="killed",
  subject="police officer shot by the bank robber in Vienna-Döbling (1993)",
  counted=("einen Polizisten", "Polizisten"), group=["police", "people"], place="AT")
C("y19", "vier Geiseln", 4, unit="person", measure="captured", subject="hostages taken by the bank robber (1993)",
  counted=("vier Geiseln", "Geiseln"), group=P, place="AT")
C("y19", ("Nach mehreren Stunden", "mehreren Stunden"), unit="hour", measure="duration",
  subject="length of the negotiations with the hostage-taker", counted="Verhandlungen", place="AT", **V)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
