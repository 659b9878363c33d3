"""Build the fifth held-out gold (claims, negatives) from the annotation table below.

Spans are never typed by hand: each figure / counted phrase is given as a context string
that occurs in the article (exactly once, or with an explicit occurrence number) and the
sub-string inside it; the script computes the offsets and checks text[s:e] == text.
Negatives: every digit string of an article that no claim covers (found by regex, then
reviewed by the annotator: the printout of `python3 build_gold.py --show-neg` was read).
`python3 build_gold.py --show` prints every claim in its sentence with all its fields, and the
number words and digit strings of each article that no claim covers (the second reading).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import NUMWORDS, GoldTable  # noqa: E402

G = GoldTable(HERE)
C, TEXT = G.claim, G.text


# source registry for this set (at.interior_ministry as in ../heldout2 and ../heldout3)
SOURCES = {
 "org.ipp_greifswald": {"label": "Max-Planck-Institut für Plasmaphysik (IPP), Greifswald (Wendelstein 7-X)",
                        "patterns": ["Max-Planck-Institut", "Institut"]},
 "person.irmgard_griss": {"label": "Irmgard Griss, presidential candidate", "patterns": ["Griss"]},
 "person.alexander_van_der_bellen": {"label": "Alexander Van der Bellen, presidential candidate (Greens)",
                                     "patterns": ["Van der Bellen"]},
 "person.reinhold_mitterlehner": {"label": "Reinhold Mitterlehner, ÖVP leader", "patterns": ["Mitterlehner", "ÖVP-Chef"]},
 "person.nedeljko_bilalic": {"label": "Nedeljko Bilalic, SPÖ campaign manager", "patterns": ["Bilalic"]},
 "person.ludwig_adamovich": {"label": "Ludwig Adamovich, former president of the Constitutional Court",
                             "patterns": ["Adamovich", "Höchstrichter"]},
 "de.deutsche_bank": {"label": "Deutsche Bank", "patterns": ["Deutsche Bank", "Geldhaus"]},
 "person.thomas_habermann": {"label": "Thomas Habermann, managing director of Häusle",
                             "patterns": ["Habermann", "Geschäftsführer", "Firmenchef"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior",
                          "patterns": ["Innenministerium", "Innenressort", "Ministeriumsangaben", "Beantwortung", r"\bBMI\b"]},
 "person.reinhard_scolik": {"label": "Reinhard Scolik, TV director of Bayerischer Rundfunk",
                            "patterns": ["Scolik", "Fernsehchef"]},
 "media.faz": {"label": "Frankfurter Allgemeine Zeitung", "patterns": ["Frankfurter Allgemein", "FAZ"]},
 "de.uni_erlangen_nuernberg": {"label": "Friedrich-Alexander-Universität Erlangen-Nürnberg (press release)",
                               "patterns": ["Universität Erlangen-Nürnberg"]},
 "person.kenneth_de_baets": {"label": "Kenneth De Baets and his team (Advances in Parasitology)",
                             "patterns": ["De Baets", "Forscher", "Team", "Wissenschafter"]},
 "it.prosecution_bozen": {"label": "Public prosecution, Bozen (prosecutor Igor Secco; the indictment)",
                          "patterns": ["Staatsanwalt", "Secco", "Anklage"]},
 "person.luis_durnwalder": {"label": "Luis Durnwalder, former governor of South Tyrol", "patterns": ["Durnwalder"]},
 "ye.houthis": {"label": "Houthi rebels", "patterns": ["Houthi", "Rebellen"]},
 "ye.gov": {"label": "Yemeni government (Hadi)", "patterns": ["Regierung", "Hadi"]},
 "at.creditor_associations": {"label": "Austrian creditor protection associations (Creditreform, AKV Europa)",
                              "patterns": ["Gläubigerschutzverb", "Creditreform", "AKV"]},
 "at.limbach_installtec": {"label": "Limbach Installtec GmbH, Amstetten (company information)",
                           "patterns": ["Firmenangaben", "Limbach"]},
 "person.olivier_niggli": {"label": "Olivier Niggli, WADA director general designate", "patterns": ["Niggli"]},
 "at.kfv": {"label": "Kuratorium für Verkehrssicherheit (KFV) and its studies",
            "patterns": ["KFV", "Kuratorium für Verkehrssicherheit"]},
 "person.othmar_thann": {"label": "Othmar Thann, KFV director", "patterns": ["Thann", "KFV-Direktor"]},
 "org.wikileaks": {"label": "WikiLeaks", "patterns": ["Wikileaks"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
EMP = ["employees", "workers", "people"]
JOB = [None, "workers", "employees"]

# ---------------------------------------------------------------- p00 Wissenschaft 13: Wendelstein 7-X, first helium plasma
IPP = "org.ipp_greifswald"
C("p00", "bis zu 100 Millionen Grad", 100e6, bound="up_to", unit="°C", measure="other",
  subject="temperature of the hydrogen plasma in the 2016 experiments", counted="Wasserstoffplasma",
  place="DE", place_alt=[None])
C("p00", "eine Zehntel-Sekunde", 0.1, unit="s", measure="duration", subject="duration of the first plasma",
  counted="Das erste Plasma", calt=["Plasma in der Maschine"], place="DE", place_alt=[None])
C("p00", "rund einer Million Grad", 1e6, bound="approx", unit="°C", measure="other",
  subject="temperature of the first plasma", counted=("eine Temperatur von", "Temperatur"),
  calt=["Das erste Plasma"], place="DE", place_alt=[None])
C("p00", "neunjähriger", 9, unit="year", measure="duration", subject="construction time of Wendelstein 7-X",
  counted="Bauzeit", place="DE")
C("p00", "rund 500 Mitarbeiter", 500, bound="approx", unit="person", measure="size",
  subject="staff of the Max Planck Institute for Plasma Physics (Greifswald)", source=None, alt=[IPP],
  counted=("500 Mitarbeiter", "Mitarbeiter"), calt=["Das Institut beschäftigt"], group=EMP, nat=None,
  place="DE")
C("p00", "acht Prozent", 8, unit="percent", measure="share",
  subject="share of Mecklenburg-Vorpommern in the funding of Wendelstein 7-X", counted="Das Projekt",
  calt=["finanziert"], place="DE")
C("p00", "eine Milliarde Euro", 1e9, unit="EUR", measure="amount", subject="cost of Wendelstein 7-X",
  counted=("teuren Anlage", "Anlage"), place="DE")

# ---------------------------------------------------------------- p01 Inland 117: campaign cost limits, presidential election
GRI, VDB, MIT = "person.irmgard_griss", "person.alexander_van_der_bellen", "person.reinhold_mitterlehner"
BIL, ADA = "person.nedeljko_bilalic", "person.ludwig_adamovich"
C("p01", "einer Million Euro", 1e6, unit="EUR", measure="amount",
  subject="campaign cost limit demanded by Irmgard Griss", source=GRI, counted="Kostengrenze", place="AT")
C("p01", "2,5 Millionen Euro", 2.5e6, unit="EUR", measure="amount",
  subject="campaign cost limit proposed by Van der Bellen", source=VDB, counted=("setzt die Grenze", "Grenze"),
  place="AT")
C("p01", "zwischen drei und vier Millionen", 3e6, 4e6, bound="range", unit="EUR", measure="amount",
  subject="campaign cost limit for Andreas Khol proposed by Mitterlehner", source=MIT,
  counted=("die Kosten für den Wahlkampf", "Kosten"), calt=["den Wahlkampf von Andreas Khol"], place="AT")
C("p01", "in den kommenden 14 Tagen", 14, unit="day", measure="duration",
  subject="time in which the SPÖ campaign manager wants to meet the other teams", source=BIL,
  counted=None, place="AT", optional=True)
C("p01", "der 83-Jährige", 83, unit="year", measure="age", subject="age of Ludwig Adamovich",
  counted="der 83-Jährige", calt=[("Adamovich. Der", "Adamovich")], group=["men", "people"], nat="AT",
  nat_alt=[None], place="AT")
C("p01", "nicht nur zwei Kandidaten", 2, bound="more_than", unit="Kandidaten", measure="other",
  subject="candidates in the presidential election (2004: two)", source=ADA,
  counted=("zwei Kandidaten", "Kandidaten"), group=["politicians", "people", None], place="AT", optional=True)

# ---------------------------------------------------------------- p02 Wirtschaft 136: Deutsche Bank drops its slogan
DB = "de.deutsche_bank"
C("p02", "9000 Jobs", 9000, unit="Jobs", measure="other", subject="jobs Deutsche Bank wants to cut worldwide",
  source=None, alt=[DB], counted=("9000 Jobs", "Jobs"), group=JOB, place=None, place_alt=["DE"])
C("p02", "zehn Ländern", 10, unit="Länder", measure="other", subject="countries Deutsche Bank wants to withdraw from",
  source=None, alt=[DB], counted=("zehn Ländern", "Ländern"), place=None)

# ---------------------------------------------------------------- p03 Panorama 202: plastic waste buried at Häusle
HAB = "person.thomas_habermann"
C("p03", "fünf illegale Deponien", 5, unit="Deponien", measure="other",
  subject="illegal dumps found on the Häusle site", source=HAB, counted=("illegale Deponien gefunden", "Deponien"),
  place="AT")
C("p03", "mehrere Tausend Tonnen", unit="t", measure="other", subject="plastic waste buried on the Häusle site",
  source=HAB, counted=("Tausend Tonnen Kunststoffabfälle", "Kunststoffabfälle"), place="AT", hedged=True, **V)
C("p03", "75,7 Millionen Euro", 75.7e6, unit="EUR", measure="amount", subject="annual revenue of Häusle",
  counted="Jahresumsatz", calt=["Das Unternehmen (Jahresumsatz"], place="AT")
C("p03", "mindestens eine Million Euro", 1e6, bound="at_least", unit="EUR", measure="amount",
  subject="expected fines and follow-up costs for Häusle", source=HAB,
  counted=("Strafzahlungen und Folgekosten", "Strafzahlungen und Folgekosten"), place="AT", hedged=True)
C("p03", "26,4 Prozent", 26.4, unit="percent", measure="share",
  subject="stake of the former managing directors in Häusle", counted="Firmenanteile",
  calt=["früheren Geschäftsführer"], place="AT")
C("p03", "100 Prozent des Biomülls", 100, unit="percent", measure="share",
  subject="share of Vorarlberg's organic waste processed by Häusle", counted=("100 Prozent des Biomülls", "Biomülls"),
  place="AT")
C("p03", "jährlich rund 18.000 Tonnen", 18000, bound="approx", unit="t", measure="other",
  subject="organic waste per year processed by Häusle", counted=("100 Prozent des Biomülls", "Biomülls"),
  place="AT")

# ---------------------------------------------------------------- p04 Sport 241: NBA finals, game 2
PL = ["athletes", "players", "men", "people", None]
C("p04", "elf Punkte", 11, unit="Punkte", measure="other", subject="Cleveland's deficit shortly before the end",
  counted="Punkte-Rückstands", calt=["die Gastgeber"], place="US", increment=True)
C("p04", "knapp drei Minuten", 3, bound="approx", unit="minute", measure="duration",
  subject="time left when Golden State trailed by eleven", counted="Spielende", place="US", optional=True)
C("p04", ("nur 11", "11"), 11, unit="Würfe", measure="other", subject="LeBron James's field goals made",
  counted=("35 Würfe", "Würfe"), calt=[("James traf", "James")], group=PL, place="US")
C("p04", "35 Würfe", 35, unit="Würfe", measure="other", subject="LeBron James's field goal attempts",
  counted=("35 Würfe", "Würfe"), calt=[("James traf", "James")], group=PL, place="US")
C("p04", "(39)", 39, unit="Punkte", measure="other", subject="points scored by LeBron James",
  counted=("meisten Zähler", "Zähler"), calt=[("James traf", "James")], group=PL, place="US")
C("p04", "13 Versuche", 13, unit="Versuche", measure="other", subject="three-point attempts Stephen Curry missed",
  counted=("13 Versuche", "Versuche"), calt=["Stephen Curry. Der"], group=PL, place="US")
C("p04", ("Die nächsten beiden Partien", "beiden"), 2, unit="Partien", measure="other",
  subject="next finals games in Cleveland", counted="Partien", place="US", optional=True)
C("p04", ("Die nächsten beiden Spiele", "beiden"), 2, unit="Spiele", measure="other",
  subject="next finals games in Cleveland", counted=("beiden Spiele", "Spiele"), place="US", optional=True)

# ---------------------------------------------------------------- p05 Kultur 327: Oscar nominations 2016
C("p05", "zwölf Nominierungen", 12, unit="Nominierungen", measure="other", subject="Oscar nominations of The Revenant",
  counted=("zwölf Nominierungen", "Nominierungen"), calt=["Western-Rachedrama The Revenant"], place="US",
  place_alt=[None])
C("p05", "ersten Oscar", 1, unit="Oscar", measure="other", subject="DiCaprio's first Oscar (ordinal)",
  counted=("ersten Oscar", "Oscar"), calt=["Leonardo DiCaprio"], place="US", place_alt=[None], optional=True)
C("p05", "zehn Nominierungen", 10, unit="Nominierungen", measure="other", subject="Oscar nominations of Mad Max: Fury Road",
  counted=("zehn Nominierungen", "Nominierungen"), calt=["Mad Max: Fury Road"], place="US", place_alt=[None])
C("p05", "Sieben Chancen", 7, unit="Nominierungen", measure="other", subject="Oscar nominations of The Martian",
  counted=("Sieben Chancen", "Chancen"), calt=[("Weltraumabenteuer The Martian", "The Martian")], place="US",
  place_alt=[None])
C("p05", "sechs Mal", 6, unit="Nominierungen", measure="other",
  subject="Oscar nominations each of Bridge of Spies, Spotlight and Carol", counted=("sechs Mal nominiert", "nominiert"),
  calt=[("Thriller Bridge of Spies", "Bridge of Spies"), ("Enthüllungsdrama Spotlight", "Spotlight"),
        ("Liebesdrama Carol", "Carol")], place="US", place_alt=[None])
C("p05", "insgesamt acht Arbeiten", 8, unit="Arbeiten", measure="other", subject="films nominated for Best Picture",
  counted=("acht Arbeiten", "Arbeiten"), calt=["Um die Auszeichnung"], place="US", place_alt=[None])
C("p05", "fünffach", 5, unit="Nominierungen", measure="other", subject="Oscar nominations of The Big Short",
  counted=("fünffach nominierte", "nominierte"), calt=["Wall-Street-Komödie The Big Short"], place="US",
  place_alt=[None])
C("p05", ("bereits mehrfach ausgezeichnet", "mehrfach"), unit="Auszeichnungen", measure="other",
  subject="awards of the short film Alles wird gut", counted=("Der Film um einen Vater", "Der Film"), **V)

# ---------------------------------------------------------------- p06 International 451: Clinton's private e-mail server
C("p06", ("laufen deswegen mehrere Untersuchungen", "mehrere"), unit="Untersuchungen", measure="other",
  subject="investigations against Clinton over the server", counted=("mehrere Untersuchungen", "Untersuchungen"),
  place="US", **V)

# ---------------------------------------------------------------- p07 Web 470: BBC tests mind-controlled iPlayer
C("p07", "zwei Sensoren", 2, unit="Sensoren", measure="other", subject="sensors of the MindRDR EEG headset",
  counted=("zwei Sensoren", "Sensoren"), calt=["ein günstiges Headset"], place="GB", place_alt=[None])
C("p07", "zwei Grundzuständen", 2, unit="Grundzustände", measure="other",
  subject="mental states the headset can tell apart", counted=("zwei Grundzuständen", "Grundzuständen"),
  place="GB", place_alt=[None])
C("p07", ("der fünf Programme", "fünf Programme"), 5, unit="Programme", measure="other", subject="channels of the BBC iPlayer",
  counted=("fünf Programme", "Programme"), place="GB", place_alt=[None])

# ---------------------------------------------------------------- p08 Panorama 483: tents and containers for asylum seekers
BMI = "at.interior_ministry"
REF = ["refugees", "migrants", "people"]
C("p08", "Knapp 1000 Flüchtlinge", 1000, bound="approx", unit="person", measure="present",
  subject="refugees housed in tents in Austria", source=None, alt=[BMI],
  counted=("1000 Flüchtlinge", "Flüchtlinge"), group=REF, place="AT")
C("p08", "an die 1.000 Personen", 1000, bound="approx", unit="person", measure="present",
  subject="asylum seekers housed in tents in Austria", source=None, alt=[BMI],
  counted=("1.000 Personen", "Personen"), group=["people", "refugees", "migrants"], place="AT")
C("p08", "zusätzlich 550 Plätze", 550, unit="Plätze", measure="other",
  subject="places added by the federal container quarters", source=None, alt=[BMI],
  counted=("550 Plätze", "Plätze"), calt=["Container-Quartiere des Bundes"], place="AT", increment=True)
C("p08", "480 Personen", 480, unit="person", measure="present", subject="asylum seekers in tents in Traiskirchen",
  source=None, alt=[BMI], counted=("480 Personen", "Personen"), group=["people", "refugees", "migrants"], place="AT")
C("p08", "je 200", 200, unit="person", measure="present",
  subject="asylum seekers in tents in Salzburg and in Krumpendorf (each)", source=None, alt=[BMI],
  counted=("480 Personen", "Personen"), group=["people", "refugees", "migrants"], place="AT")
C("p08", ("50 im Burgenland", "50"), 50, unit="person", measure="present",
  subject="asylum seekers in tents in Burgenland (Eisenstadt)", source=None, alt=[BMI],
  counted=("480 Personen", "Personen"), group=["people", "refugees", "migrants"], place="AT")
C("p08", "weitere 280 Plätze", 280, unit="Plätze", measure="other", subject="further places in Althofen (Carinthia)",
  source=None, alt=[BMI], counted=("280 Plätze", "Plätze"), place="AT", increment=True)
C("p08", "acht Personen", 8, unit="person", measure="other", subject="capacity of one tent",
  source=None, alt=[BMI], counted=("acht Personen", "Personen"), calt=["Ein Zelt bietet"],
  group=[None, "people", "refugees"], place="AT")
C("p08", "je 100 Plätze", 100, unit="Plätze", measure="other",
  subject="places each in the containers at Mondsee and Ohlsdorf", source=BMI,
  counted=("100 Plätze", "Plätze"), calt=["Jene in Mondsee und Ohlsdorf"], place="AT")
C("p08", "Weitere 100 Personen", 100, unit="person", measure="present",
  subject="asylum seekers to be housed in containers at the Hörsching barracks", source=None, alt=[BMI],
  counted=("100 Personen", "Personen"), group=["people", "refugees", "migrants"], place="AT", increment=True)
C("p08", "38 Container", 38, unit="Container", measure="other", subject="containers that house 50 people",
  source=None, alt=[BMI], counted=("38 Container", "Container"), place="AT")
C("p08", "50 Personen", 50, unit="person", measure="other", subject="capacity of 38 containers",
  source=None, alt=[BMI], counted=("50 Personen", "Personen"), calt=["38 Container"],
  group=[None, "people", "refugees"], place="AT")
C("p08", "76 Container", 76, unit="Container", measure="other", subject="containers planned per site",
  source=None, alt=[BMI], counted=("76 Container", "Container"), calt=["pro Standort"], place="AT")
C("p08", "Maximal 250 Plätze", 250, bound="at_most", unit="Plätze", measure="other",
  subject="places in the Innsbruck distribution centre", source=None, alt=[BMI],
  counted=("250 Plätze", "Plätze"), calt=["Asyl-Verteilerzentrum in Innsbruck"], place="AT")

# ---------------------------------------------------------------- p09 Etat 500: BR reorganisation, Scolik
SCO, FAZ = "person.reinhard_scolik", "media.faz"
AUD = ["people", "spectators", None]
C("p09", "sechzig Jahre", 60, unit="year", measure="age", subject="target average age of the BR audience",
  source=SCO, alt=[FAZ], counted="Gesamtaltersschnitt", group=AUD, place="DE")
C("p09", "66 Jahren", 66, unit="year", measure="age", subject="current average age of the BR audience",
  source=SCO, alt=[FAZ], counted="Gesamtaltersschnitt", calt=["Aktuell liegen wir"], group=AUD, place="DE")

# ---------------------------------------------------------------- p10 Wissenschaft 586: fossil flatworm parasites
FAU, DEB = "de.uni_erlangen_nuernberg", "person.kenneth_de_baets"
C("p10", ("einige Erdzeitalter", "einige"), unit="Erdzeitalter", measure="duration",
  subject="how much earlier the hosts lived", counted="Erdzeitalter", **V)
C("p10", "vor etwa 382 Millionen Jahren", 382e6, bound="approx", unit="year", measure="age",
  subject="age of the oldest fossils of parasitic worms (Devonian fish)", source=None, alt=[DEB, FAU],
  counted=("Fossilien von frühen Fischen", "Fossilien"), calt=["Die ältesten Nachweise", ("frühen Fischen", "Fischen")])
C("p10", "vor etwa 485 Millionen Jahren", 485e6, bound="approx", unit="year", measure="age",
  subject="estimated age of parasitic worms (Cambrian-Ordovician)", source=DEB, alt=[FAU],
  counted=("die parasitären Würmer", "Würmer"), hedged=True)
C("p10", "mehr als 75", 75, bound="more_than", unit="Haftstrukturen", measure="other",
  subject="fossil attachment structures found in Devonian fish", source=None, alt=[DEB, FAU],
  counted=("fossile Haftstrukturen", "Haftstrukturen"))
C("p10", "etwa 259 Millionen Jahre", 259e6, bound="approx", unit="year", measure="age",
  subject="age of the shark coprolites with the oldest tapeworm evidence (Permian)", source=None, alt=[DEB, FAU],
  counted="Hai-Koprolithen")
C("p10", ("nutzten im Gegensatz zu einfacheren Plattwürmern mehrere", "mehrere"), unit="Lebewesen", measure="other",
  subject="hosts used by tapeworms with complex life cycles", counted=("verschiedene Lebewesen", "Lebewesen"), **V)
C("p10", "etwa 126 Millionen Jahre", 126e6, bound="approx", unit="year", measure="age",
  subject="age of the Cretaceous excrements with tapeworms of land animals", source=None, alt=[DEB, FAU],
  counted=("versteinerte Exkremente", "Exkremente"))

# ---------------------------------------------------------------- p11 Inland 600: trial of Luis Durnwalder (South Tyrol)
PRO, DUR = "it.prosecution_bozen", "person.luis_durnwalder"
POL = ["politicians", "men", "people"]
C("p11", "drei Jahre Haft", 3, unit="year", measure="duration", subject="prison term demanded for Durnwalder",
  source=PRO, counted=("drei Jahre Haft", "Haft"), calt=["den Ex-Politiker"], place="IT")
C("p11", "556.000 Euro", 556000, unit="EUR", measure="amount",
  subject="special-fund money Durnwalder is accused of misusing", source=None, alt=[PRO],
  counted=("einen Betrag", "Betrag"), calt=[("Gelder aus dem Sonderfonds nicht", "Gelder")], place="IT")
C("p11", "keinen Cent", 0, unit="EUR", measure="amount", subject="money Durnwalder says he kept for himself",
  source=DUR, counted=None, place="IT", optional=True)
C("p11", "45 Jahre lang", 45, unit="year", measure="duration",
  subject="time Durnwalder's predecessors handled the fund the same way", source=DUR,
  counted="seine Vorgänger", group=POL + [None], place="IT")
C("p11", "zwei Aussprachen", 2, unit="Aussprachen", measure="other",
  subject="meetings with the SVP youth after which Durnwalder paid drinks", source=None, alt=[PRO],
  counted=("zwei Aussprachen", "Aussprachen"), place="IT")
C("p11", "74-Jährigen", 74, unit="year", measure="age", subject="age of Luis Durnwalder",
  counted="dem 74-Jährigen", group=POL, nat="IT", nat_alt=[None], place="IT")

# ---------------------------------------------------------------- p12 Kultur 620: review of Scouts vs. Zombies
SC = ["children", "people", "men"]
C("p12", "Drei Pfadfinder", 3, unit="person", measure="size", subject="scouts fighting zombies (film plot)",
  counted=("Drei Pfadfinder", "Pfadfinder"), group=SC, place="US", place_alt=[None])
C("p12", ("drei Pfadfinder, die", "drei Pfadfinder"), 3, unit="person", measure="size", subject="scouts fighting zombies (film plot)",
  counted=("drei Pfadfinder, die", "Pfadfinder"), group=SC, place="US", place_alt=[None])
C("p12", "zwei Mal", 2, unit="Mal", measure="other", subject="times the film's humour is funny (reviewer)",
  counted="Der Brachialhumor", optional=True)

# ---------------------------------------------------------------- p13 Etat 655: ORF works council election (programme staff)
VOT = [None, "voters", "employees"]
C("p13", "Fünf Mandate", 5, unit="Mandate", measure="seats", subject="seats of the list Klartext (Stefan Jung)",
  counted=("Fünf Mandate", "Mandate"), calt=['Liste "Klartext"'], place="AT")
C("p13", "keines", 0, unit="Mandate", measure="seats", subject="seats of the list KommuniAktion",
  counted='Liste "KommuniAktion"', place="AT", optional=True)
C("p13", "304 Stimmen", 304, unit="Stimmen", measure="other", subject="votes for the list of Christiana Jankovics",
  counted=("304 Stimmen", "Stimmen"), calt=["die Liste von Christiana Jankovics"], group=VOT, place="AT")
C("p13", "mehr als 52 Prozent", 52, bound="more_than", unit="percent", measure="share",
  subject="vote share of the list of Christiana Jankovics", counted="die Liste von Christiana Jankovics",
  calt=[("304 Stimmen", "Stimmen")], place="AT")
C("p13", ("gewann gegenüber der Wahl 2012 ein Mandat", "ein Mandat"), 1, unit="Mandate", measure="seats",
  subject="seat gained by the list of Christiana Jankovics", counted=("ein Mandat dazu", "Mandat"),
  calt=["die Liste von Christiana Jankovics"], place="AT", increment=True)
C("p13", "sieben Mandaten", 7, unit="Mandate", measure="seats", subject="seats of the list of Christiana Jankovics",
  counted=("sieben Mandaten", "Mandaten"), calt=["die Liste von Christiana Jankovics"], place="AT")
C("p13", "231 Stimmen", 231, unit="Stimmen", measure="other", subject="votes for the list Klartext",
  counted=("231 Stimmen", "Stimmen"), calt=["Die Liste Klartext"], group=VOT, place="AT")
C("p13", ("auf fünf Mandate", "fünf Mandate"), 5, unit="Mandate", measure="seats", subject="seats of the list Klartext",
  counted=("fünf Mandate.", "Mandate"), calt=["Die Liste Klartext"], place="AT")
C("p13", "43 Stimmen", 43, unit="Stimmen", measure="other", subject="votes for the list KommuniAktion",
  counted=("43 Stimmen", "Stimmen"), calt=["die Liste KommuniAktion"], group=VOT, place="AT")
C("p13", "kein Mandat", 0, unit="Mandate", measure="seats", subject="seats of the list KommuniAktion",
  counted=("kein Mandat", "Mandat"), calt=["die Liste KommuniAktion"], place="AT", optional=True)
C("p13", ("auf ein Mandat.", "ein Mandat"), 1, unit="Mandate", measure="seats",
  subject="seats of the list KommuniAktion in 2012", counted=("auf ein Mandat.", "Mandat"),
  calt=["diese Liste"], place="AT")

# ---------------------------------------------------------------- p14 International 657: Yemen peace talks suspended
C("p14", "einen Tag", 1, unit="day", measure="duration", subject="time from the start of direct talks to the suspension",
  counted=None, place="YE", place_alt=["KW", None], optional=True)
C("p14", "tausende Male", unit="Male", measure="other", subject="ceasefire violations each side accuses the other of",
  source="ye.houthis", alt=["ye.gov"], counted="die Waffenruhe", place="YE", **V)
C("p14", "Mehr als 6400 Menschen", 6400, bound="more_than", unit="person", measure="killed",
  subject="people killed in the Yemen conflict", counted=("6400 Menschen", "Menschen"), group=P, nat=None,
  nat_alt=["YE"], place="YE")
C("p14", "2,8 Millionen Menschen", 2.8e6, unit="person", measure="displaced",
  subject="people displaced by the Yemen conflict", counted=("2,8 Millionen Menschen", "Menschen"), group=P,
  nat=None, nat_alt=["YE"], place="YE")

# ---------------------------------------------------------------- p15 Wirtschaft 666: Limbach Installtec insolvency
CRA, LIM = "at.creditor_associations", "at.limbach_installtec"
C("p15", "Zwei große Zahlungsausfälle", 2, unit="Zahlungsausfälle", measure="other",
  subject="payment defaults causing the Limbach insolvency", source=None, alt=[CRA],
  counted=("Zwei große Zahlungsausfälle", "Zahlungsausfälle"), place="AT")
C("p15", ("– 40 Dienstnehmer", "40 Dienstnehmer"), 40, unit="person", measure="size",
  subject="employees affected by the Limbach insolvency", source=None, alt=[CRA],
  counted=("– 40 Dienstnehmer", "Dienstnehmer"), group=EMP, place="AT")
C("p15", ("und 130 Gläubiger", "130 Gläubiger"), 130, unit="Gläubiger", measure="size",
  subject="creditors affected by the Limbach insolvency", source=None, alt=[CRA],
  counted=("und 130 Gläubiger", "Gläubiger"), group=[None, "people"], place="AT")
C("p15", ("gelten zwei große Zahlungsausfälle", "zwei große Zahlungsausfälle"), 2, unit="Zahlungsausfälle", measure="other",
  subject="payment defaults causing the Limbach insolvency", source=None, alt=[CRA],
  counted=("gelten zwei große Zahlungsausfälle", "Zahlungsausfälle"), place="AT")
C("p15", ("Zahlungsausfälle. 40 Dienstnehmer", "40 Dienstnehmer"), 40, unit="person", measure="size",
  subject="employees affected by the Limbach insolvency", source=None, alt=[CRA],
  counted=("Zahlungsausfälle. 40 Dienstnehmer", "Dienstnehmer"), group=EMP, place="AT")
C("p15", "etwa 130 Gläubiger", 130, bound="approx", unit="Gläubiger", measure="size",
  subject="creditors affected by the Limbach insolvency", source=None, alt=[CRA],
  counted=("etwa 130 Gläubiger", "Gläubiger"), group=[None, "people"], place="AT")
C("p15", "zwei größeren Aufträgen", 2, unit="Aufträge", measure="other",
  subject="contracts with payment defaults", source=CRA, counted=("zwei größeren Aufträgen", "Aufträgen"),
  place="AT")
C("p15", "360.000", 360000, unit="EUR", measure="amount", subject="first payment default of Limbach",
  source=CRA, counted=("Die Zahlungsausfälle bei", "Zahlungsausfälle"), place="AT")
C("p15", "etwa 1 Mio. Euro", 1e6, bound="approx", unit="EUR", measure="amount",
  subject="second payment default of Limbach", source=CRA, counted=("Die Zahlungsausfälle bei", "Zahlungsausfälle"),
  place="AT")
C("p15", "775.000 Euro", 775000, unit="EUR", measure="amount", subject="assets of Limbach Installtec",
  source=LIM, counted="Die Aktiva", place="AT")
C("p15", "knapp 2,2 Mio. Euro", 2.2e6, bound="approx", unit="EUR", measure="amount",
  subject="liabilities of Limbach Installtec", source=LIM, counted="die Passiva", place="AT")
C("p15", "20 Prozent", 20, unit="percent", measure="share", subject="quota offered to Limbach's creditors",
  source=None, alt=[CRA], counted=("eine Quote", "Quote"), calt=["Den Gläubigern"], place="AT")
C("p15", "binnen zwei Jahren", 2, unit="year", measure="duration", subject="payment term of the offered quota",
  source=None, alt=[CRA], counted=("eine Quote", "Quote"), place="AT")

# ---------------------------------------------------------------- p16 Sport 801: WADA's Niggli on Sharapova
NIG = "person.olivier_niggli"
C("p16", "fünffachen", 5, unit="Grand-Slam-Titel", measure="other", subject="Sharapova's Grand Slam titles",
  counted="Grand-Slam-Siegerin", group=["athletes", "women", "people", None], nat=None, nat_alt=["RU"])
C("p16", "bis zu vier Jahren", 4, bound="up_to", unit="year", measure="duration",
  subject="ban Sharapova faces from the ITF", counted=("eine Sperre", "Sperre"), calt=["Grand-Slam-Siegerin"])
C("p16", ("Es gibt jedoch einige kontroverse", "einige"), unit="Fälle", measure="other",
  subject="controversial meldonium cases", source=NIG, counted=("kontroverse Fälle", "Fälle"), **V)
C("p16", ("In einigen Monaten", "einigen Monaten"), unit="month", measure="duration",
  subject="time until results of new meldonium studies", source=NIG, counted=None, **V)

# ---------------------------------------------------------------- p17 Web 854: Moto X 2015 leak
C("p17", ("In wenigen Tagen", "wenigen Tagen"), unit="day", measure="duration",
  subject="time until Motorola presents its new smartphones", counted=None, **V)
C("p17", ("lassen sich einige Details", "einige"), unit="Details", measure="other",
  subject="details visible on the leaked photos", counted="Details", **V)
C("p17", "5,2-Zoll", 5.2, unit="Zoll", measure="other", subject="display size of the new Moto X (rumoured)",
  counted=("5,2-Zoll-Bildschirm", "Bildschirm"), hedged=True)
C("p17", "21 Megapixel", 21, unit="Megapixel", measure="other", subject="camera resolution of the Moto X 2015 (rumoured)",
  counted=("eine Kamera mit", "Kamera"), hedged=True)

# ---------------------------------------------------------------- p18 Panorama 917: distraction as cause of road accidents (KFV)
KFV, THA = "at.kfv", "person.othmar_thann"
C("p18", ("Anteil von 38 Prozent am", "38 Prozent"), 38, unit="percent", measure="share",
  subject="share of distraction among accident causes, 2014", source=None, alt=[KFV],
  counted="Gesamtunfallgeschehen", calt=[("Anteil von 38 Prozent am", "Anteil")], place="AT")
C("p18", ("Anteil von 38 Prozent im", "38 Prozent"), 38, unit="percent", measure="share",
  subject="share of distraction among accident causes, 2014", source=None, alt=[KFV],
  counted=("Der Ablenkung", "Ablenkung"), calt=[("Unfallursache", "Unfallursache")], place="AT")
C("p18", ("locker mehrere", "mehrere"), unit="Tätigkeiten", measure="other",
  subject="tasks people think they can do at once", source=THA, counted="Tätigkeiten", **V)
C("p18", "111 Personen", 111, unit="person", measure="killed", subject="road deaths caused by distraction, 2014",
  source=None, alt=[KFV, THA], counted=("111 Personen", "Personen"), group=P, nat=None, place="AT")
C("p18", "um 27 Prozent", 27, unit="percent", measure="share", subject="rise of distraction road deaths 2013-2014",
  source=None, alt=[KFV, THA], counted="Diese Zahl", place="AT", increment=True)
C("p18", "87 Menschen", 87, unit="person", measure="killed", subject="road deaths caused by distraction, 2013",
  source=None, alt=[KFV, THA], counted=("87 Menschen", "Menschen"), group=P, place="AT")
C("p18", "fünfmal", 5, unit="factor", measure="other",
  subject="accident risk of drivers phoning without hands-free kit vs non-phoners", source=None, alt=[THA, KFV],
  counted="Unfallrisiko", calt=["Handy-Lenker"], place="AT")
C("p18", "um 40 Prozent", 40, unit="percent", measure="share", subject="extra driving errors of drivers on the phone",
  source=THA, alt=[KFV], counted="Fahrfehler", calt=["Telefonierende Fahrer"], place="AT", increment=True)
C("p18", "bis zu fünf Sekunden", 5, bound="up_to", unit="s", measure="duration",
  subject="reaction time of a driver writing a text message", source=THA, alt=[KFV],
  counted="ein SMS-schreibender Lenker", group=[None, "people"], place="AT")
C("p18", "rund 900.000 Telefonate", 900000, bound="approx", unit="Telefonate", measure="other",
  subject="daily phone calls of Austrian drivers without hands-free kit", source=None, alt=[THA, KFV],
  counted=("900.000 Telefonate", "Telefonate"), calt=["Österreichs Autofahrer"], place="AT")
C("p18", "rund 200.000 SMS", 200000, bound="approx", unit="SMS", measure="other",
  subject="daily text messages sent from cars in Austria", source=None, alt=[THA, KFV],
  counted=("200.000 SMS", "SMS"), calt=["Österreichs Autofahrer"], place="AT")
DRV = ["people", "respondents"]
C("p18", "83 Prozent", 83, unit="percent", measure="share",
  subject="Austrian drivers who see phoning as a distraction (KFV study)", source=KFV,
  counted="österreichischen Autofahrer", group=DRV, nat="AT", nat_alt=[None], place="AT")
C("p18", "96 Prozent", 96, unit="percent", measure="share",
  subject="Austrian drivers who see texting as a distraction (KFV study)", source=KFV,
  counted="österreichischen Autofahrer", group=DRV, nat="AT", nat_alt=[None], place="AT")
C("p18", "mehr als 2.500 Fußgängern", 2500, bound="more_than", unit="person", measure="other",
  subject="pedestrians observed in the KFV study (April-May 2015)", source=KFV,
  counted=("2.500 Fußgängern", "Fußgängern"), calt=["Beobachtung"], group=["people"], place="AT")
C("p18", "29 Prozent", 29, unit="percent", measure="share",
  subject="pedestrians visibly distracted when crossing roads (KFV observation)", source=KFV,
  counted=("2.500 Fußgängern", "Fußgängern"), group=["people"], place="AT")

# ---------------------------------------------------------------- p19 Web 1007: WikiLeaks, NSA targets in the chancellery
WL = "org.wikileaks"
C("p19", "56 Nummern", 56, unit="Nummern", measure="other",
  subject="phone numbers of German officials and politicians targeted by the NSA", source=None, alt=[WL],
  counted=("56 Nummern", "Nummern"), calt=["Regierungsbeamten und Politikern"], place="DE", place_alt=[None])
C("p19", "56 Telefonnummern", 56, unit="Telefonnummern", measure="other",
  subject="phone numbers tapped by the NSA published by WikiLeaks", source=None, alt=[WL],
  counted=("56 Telefonnummern", "Telefonnummern"), place="DE", place_alt=[None])
C("p19", "drei weitere", 3, unit="Depeschen", measure="other", subject="further top-secret NSA cables published",
  source=None, alt=[WL], counted="hochgeheime Depeschen", place="DE", place_alt=[None], increment=True)
C("p19", "Die zwei Politiker", 2, unit="person", measure="other", subject="Merkel and the crown prince of Abu Dhabi",
  counted=("zwei Politiker", "Politiker"), group=["politicians", "people"], optional=True)


# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
