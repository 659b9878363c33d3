"""Build the fourth held-out gold (claims, negatives) from the annotation table below.

Spans are never typed by hand: each figure / counted phrase is given as a context string
that occurs in the article (exactly once, or with an explicit occurrence number) and the
sub-string inside it; the script computes the offsets and checks text[s:e] == text.
Negatives: every digit string of an article that no claim covers (found by regex, then
reviewed by the annotator: the printout of `python3 build_gold.py --show-neg` was read).
`python3 build_gold.py --show` prints every claim in its sentence with all its fields, and the
number words of each article that no claim covers (the second reading).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import GoldTable  # noqa: E402

G = GoldTable(HERE)
C, TEXT = G.claim, G.text


# source registry for this set (no id of the earlier sets fits these stories)
SOURCES = {
 "person.roland_engel": {"label": "Roland Engel, customs office St. Pölten / Krems / Wiener Neustadt",
                         "patterns": ["Engel", "Zollamt"]},
 "person.klara_samkova": {"label": "Klára Samková, lawyer of Martin Konvička",
                          "patterns": ["Samkov", "Anwältin"]},
 "person.simon_puetzstueck": {"label": "Simon Pützstück, WDR editor of 'Die Politiker-WG'",
                              "patterns": ["Pützstück", "Redakteur"]},
 "person.gustavo_dudamel": {"label": "Gustavo Dudamel, conductor", "patterns": ["Dudamel"]},
 "person.ulrich_reinhardt": {"label": "Ulrich Reinhardt, scientific director of the BAT Stiftung für Zukunftsfragen",
                             "patterns": ["Reinhardt"]},
 "org.bat_stiftung": {"label": "BAT-Stiftung für Zukunftsfragen (Hamburg; its tourism analysis)",
                      "patterns": ["BAT", "Stiftung für Zukunftsfragen", "Tourismusanalyse", "Hamburger Stiftung"]},
 "cn.defense_ministry": {"label": "Chinese Ministry of National Defence (spokesman)",
                         "patterns": ["Verteidigungsministerium", "Sprecher des Verteidigungs"]},
 "cn.state_media": {"label": "Chinese state media", "patterns": ["Staatsmedien"]},
 "person.martin_banks": {"label": "Martin Banks and his team of biologists (UC Berkeley; Science Advances)",
                         "patterns": ["Banks", "Biologen", "Forscher", "Science Advances"]},
 "person.peter_mcdonald": {"label": "Peter McDonald, ÖVP general secretary",
                           "patterns": ["McDonald", "Generalsekretär"]},
 "org.oecd": {"label": "OECD", "patterns": ["OECD"]},
 "by.presidency": {"label": "Presidential administration of Belarus", "patterns": ["Präsidentschaft"]},
 "org.iphone_4s_plaintiffs": {"label": "Plaintiffs of the iOS 9 / iPhone 4s class action against Apple (their complaint)",
                              "patterns": ["Kläger", "Nutzer", "Klage", "Betroffenen"]},
 "media.apple_insider": {"label": "AppleInsider (tech site)", "patterns": ["Apple ?Insider"]},
 "fr.air_france": {"label": "Air France (management)", "patterns": ["Air France", "Air-France", "Management", "Konzern"]},
 "person.frederic_gagey": {"label": "Frédéric Gagey, CEO of Air France", "patterns": ["Gagey", "Air-France-Chef"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the devset
ATH = ["athletes", "players", "men", "people"]

# ---------------------------------------------------------------- n00 Kultur 217: Viv Albertine, The Slits
C("n00", "vier Teenagergören", 4, unit="person", measure="size", subject="members of The Slits",
  counted=("vier Teenagergören", "Teenagergören"), calt=[("mit der Band The Slits", "The Slits")],
  group=["women", "people", "children"], nat=None, nat_alt=["GB"], place="GB", place_alt=[None])
C("n00", "drei Alben", 3, unit="Alben", measure="other", subject="albums of The Slits",
  counted=("drei Alben", "Alben"), calt=[("The Slits waren nach", "The Slits")], place="GB", place_alt=[None])

# ---------------------------------------------------------------- n01 Panorama 297: rare parrots seized
ENG = "person.roland_engel"
C("n01", "bis zu 50.000 Euro", 50000, bound="up_to", unit="EUR", measure="amount",
  subject="price per protected bird", source=None, alt=[ENG], counted="Geschützte Vögel",
  calt=[("pro Exemplar", "Exemplar")], place="AT", place_alt=[None])
C("n01", "50 seltene Papageien", 50, unit="Papageien", measure="other", subject="rare parrots seized in the Weinviertel",
  source=None, alt=[ENG], counted=("50 seltene Papageien", "Papageien"), place="AT")
C("n01", "zwischen 10.000 und 50.000 Euro", 10000, 50000, bound="range", unit="EUR", measure="amount",
  subject="price per seized parrot", source=None, alt=[ENG], counted=("mit Preisen zwischen", "Preisen"),
  calt=[("50 seltene Papageien", "Papageien")], place="AT", place_alt=[None])
C("n01", ("Mehrere Personen wurden angezeigt", "Mehrere"), unit="person", measure="other",
  subject="people reported to the prosecutor", counted=("Mehrere Personen", "Personen"), group=P, place="AT", **V)
C("n01", "unter 1.000 Exemplaren", 1000, bound="at_most", unit="Exemplare", measure="size",
  subject="wild population of Lear's macaw", source=ENG, counted="Die Population",
  calt=[("1.000 Exemplaren", "Exemplaren"), "Lear Aras"], place="BR")

# ---------------------------------------------------------------- n02 International 314: Konvička investigated
SAM = "person.klara_samkova"
C("n02", "bis zu drei Jahre", 3, bound="up_to", unit="year", measure="duration",
  subject="prison term Konvička faces", counted=("drei Jahre Haft", "Haft"), calt=["dem Insektenkundler"],
  group=None, place="CZ")
C("n02", "mehr als ein Jahr", 1, bound="more_than", unit="year", measure="duration",
  subject="age of Konvička's incriminated postings", source=SAM, counted="Die Äußerungen", place="CZ",
  place_alt=[None])
C("n02", ("mehrere Kundgebungen", "mehrere"), unit="Kundgebungen", measure="other",
  subject="rallies organised by Block gegen den Islam", counted=("mehrere Kundgebungen", "Kundgebungen"),
  place="CZ", **V)

# ---------------------------------------------------------------- n03 Panorama 318: drunk Dutch driver in Saalfelden
DRV = ["men", "people"]
SPD = ["men", "people", None]   # a driver's speed: the driver or the car
C("n03", ("21-Jähriger fuhr", "21"), 21, unit="year", measure="age", subject="age of the drunk driver",
  counted=("21-Jähriger fuhr", "21-Jähriger"), group=DRV, nat="NL", nat_alt=[None], place="AT")
C("n03", ("fuhr mit 100 km/h", "100 km/h"), 100, unit="km/h", measure="other",
  subject="speed of the drunk driver through Saalfelden", counted=("21-Jähriger fuhr", "21-Jähriger"),
  group=SPD, nat="NL", nat_alt=[None], place="AT")
C("n03", ("Alkotest ergab rund zwei Promille", "rund zwei Promille"), 2, bound="approx", unit="Promille",
  measure="other", subject="blood alcohol of the driver", counted="Alkotest", calt=[("21-Jähriger fuhr", "21-Jähriger")],
  group=SPD, nat="NL", nat_alt=[None], place="AT")
C("n03", ("ist in der Nacht auf Dienstag mit 100 km/h", "100 km/h"), 100, unit="km/h", measure="other",
  subject="speed of the drunk driver through Saalfelden", counted=("Ein betrunkener Autofahrer", "Autofahrer"),
  group=SPD, nat="NL", nat_alt=[None], place="AT")
C("n03", ("Der 21-jährige Niederländer", "21"), 21, unit="year", measure="age", subject="age of the drunk driver",
  counted="Der 21-jährige Niederländer", group=DRV, nat="NL", place="AT")
C("n03", "160 km/h", 160, unit="km/h", measure="other", subject="speed of the drunk driver on the Freilandstraße",
  counted="Der 21-jährige Niederländer", group=SPD, nat="NL", place="AT")
C("n03", ("Ein Alkoholtest ergab rund zwei Promille", "rund zwei Promille"), 2, bound="approx", unit="Promille",
  measure="other", subject="blood alcohol of the driver", counted="Alkoholtest", group=SPD, nat="NL",
  nat_alt=[None], place="AT")

# ---------------------------------------------------------------- n04 Etat 326: WDR "Die Politiker-WG"
PUE = "person.simon_puetzstueck"
C("n04", "innerhalb einer Woche", 1, unit="week", measure="duration", subject="time the politicians' flat-share has",
  counted=('"Die Politiker-WG" ab Montag', "Die Politiker-WG"), place="DE", optional=True)
C("n04", "sieben Politiker", 7, unit="person", measure="participants", subject="politicians in the WDR flat-share",
  counted=("sieben Politiker", "Politiker"), group=["politicians", "people"], nat=None, nat_alt=["DE"], place="DE")
C("n04", "drei Projekte", 3, unit="Projekte", measure="other", subject="projects on the flat-share's task list",
  source=None, alt=[PUE], counted=("drei Projekte", "Projekte"), calt=["Aufgabenzettel"], place="DE")

# ---------------------------------------------------------------- n05 Web 346: Chief Keef's hologram concert
C("n05", "in zwei Fällen", 2, unit="Fälle", measure="other", subject="cases of unpaid child support Chief Keef is wanted for",
  counted=("zwei Fällen", "Fällen"), calt=[("wegen unterlassenen Unterhaltszahlungen", "Unterhaltszahlungen")],
  place="US")
C("n05", ("19-jährige", "19"), 19, unit="year", measure="age", subject="age of Chief Keef",
  counted="Der heute 19-jährige Rapper", group=["men", "people"], nat="US", nat_alt=[None], place="US",
  place_alt=[None])

# ---------------------------------------------------------------- n06 Kultur 351: Dudamel to conduct the New Year's Concert 2017
DUD = "person.gustavo_dudamel"
C("n06", ("vor ein paar Jahren", "ein paar Jahren"), unit="year", measure="duration",
  subject="time since Dudamel and the orchestra became the darlings of the classical scene", place=None, **V)
C("n06", ("ein paar Tanzeinlagen", "ein paar"), unit="Tanzeinlagen", measure="other",
  subject="dance interludes in the concerts", counted="Tanzeinlagen", **V)
C("n06", "keine 12", 12, bound="at_most", unit="year", measure="age", subject="Dudamel's age when he first conducted",
  counted="Knirps Dudamel", calt=[("(er war keine", "er")], group=["children", "men", "people"], nat="VE",
  nat_alt=[None], place="VE", place_alt=[None])
C("n06", "fünf Minuten später", 5, unit="minute", measure="duration",
  subject="time until the other children were quiet", source=DUD, counted=None, place="VE", place_alt=[None],
  optional=True)

C("n06", ("die Berliner mehrfach", "mehrfach"), unit="Besuche", measure="other",
  subject="Dudamel's visits to the Berlin Philharmonic as guest conductor", counted=("als Gastdirigent", "Gastdirigent"),
  group=None, **V)

# ---------------------------------------------------------------- n07 Wirtschaft 442: German tourists and Austria
REI, BAT = "person.ulrich_reinhardt", "org.bat_stiftung"
C("n07", "in den letzten zehn Jahren", 10, unit="year", measure="duration",
  subject="period in which Austria lost German guests", source=REI, counted=None, place="AT", optional=True)
C("n07", "wenigstens fünf Tage", 5, bound="at_least", unit="day", measure="duration",
  subject="minimum length of a trip counted by the BAT analysis", source=BAT, counted="Personen",
  calt=[("ihr vertrautes Umfeld", "Umfeld")], group=[None, "people", "tourists"], nat=None, nat_alt=["DE"],
  place=None, place_alt=["DE"])

# ---------------------------------------------------------------- n08 Inland 450: bishops' conference in Mariazell
C("n08", ("die beiden Neo-Bischöfe", "beiden"), 2, unit="person", measure="participants",
  subject="new bishops attending for the first time", counted="Neo-Bischöfe", group=["people", "men", "officials"],
  place="AT", optional=True)

# ---------------------------------------------------------------- n09 International 480: China's second aircraft carrier
MOD, SM = "cn.defense_ministry", "cn.state_media"
C("n09", "seit drei Jahren", 3, unit="year", measure="duration", subject="time the Liaoning has been in service",
  counted=("Sowjet-Schiff Liaoning", "Liaoning"), calt=["Umgebautes Sowjet-Schiff"], place="CN", place_alt=[None])
C("n09", "zweiten Flugzeugträgers", 2, unit="Flugzeugträger", measure="other",
  subject="China's aircraft carriers (ordinal)", counted=("zweiten Flugzeugträgers", "Flugzeugträgers"),
  place="CN", optional=True)
C("n09", "50.000 Tonnen", 50000, unit="t", measure="other", subject="weight of China's second aircraft carrier",
  source=MOD, alt=[SM], counted=("schwere Schiff", "Schiff"), place="CN")
C("n09", "vor drei Jahren", 3, unit="year", measure="duration", subject="time since the Liaoning was commissioned",
  counted=("Die Liaoning, die", "Die Liaoning"), place="CN", place_alt=[None], optional=True)
C("n09", ("mehrfach unbestätigte", "mehrfach"), unit="Medienberichte", measure="other",
  subject="unconfirmed media reports on carrier plans", counted="Medienberichte", place="CN", **V)
C("n09", "das fünfte Jahr in Folge", 5, unit="year", measure="duration",
  subject="years in a row of double-digit rises of the military budget (ordinal)", counted="Militäretat",
  place="CN", optional=True)
C("n09", "zweistellig", unit="percent", measure="share", subject="rise of China's military budget (double-digit)",
  counted="Militäretat", place="CN", increment=True, **V)
C("n09", "10,1 Prozent", 10.1, unit="percent", measure="share", subject="rise of China's military budget",
  counted="Militäretat", place="CN", increment=True)
C("n09", "127 Milliarden Euro", 127e9, unit="EUR", measure="amount", subject="China's military budget",
  counted="Militäretat", nat="CN", nat_alt=[None], place="CN")

# ---------------------------------------------------------------- n10 Web 606: Trackmania Turbo
C("n10", ("200 Strecken und", "200"), 200, unit="Strecken", measure="other", subject="tracks in Trackmania Turbo",
  counted=("200 Strecken und", "Strecken"))
C("n10", "vier Umgebungen", 4, unit="Umgebungen", measure="other", subject="environments in Trackmania Turbo",
  counted=("vier Umgebungen", "Umgebungen"))
C("n10", ("200 Strecken in", "200"), 200, unit="Strecken", measure="other", subject="tracks in Trackmania Turbo",
  counted=("200 Strecken in", "Strecken"))
C("n10", "vier unterschiedlichen Umgebungen", 4, unit="Umgebungen", measure="other",
  subject="environments in Trackmania Turbo", counted=("vier unterschiedlichen Umgebungen", "Umgebungen"))
C("n10", "ein und dasselbe Auto", 1, unit="Auto", measure="other", subject="cars steered in Double Driver mode",
  counted=("dasselbe Auto", "Auto"), optional=True)
C("n10", "zwei Controllern", 2, unit="Controller", measure="other", subject="controllers steering one car in Double Driver",
  counted=("zwei Controllern", "Controllern"), calt=["Modus Double Driver"])

# ---------------------------------------------------------------- n11 Wissenschaft 621: pupil shapes
BAN = "person.martin_banks"
C("n11", "214", 214, unit="Spezies", measure="other", subject="land-dwelling species whose pupils were studied",
  source=None, alt=[BAN], counted="Spezies")
C("n11", "135-Fache", 135, unit="factor", measure="other", subject="change in pupil area of cats",
  source=None, alt=[BAN], counted="Fläche der Pupillen", calt=["Katzen"])
C("n11", ("nur 44 der", "44"), 44, unit="Lauerjäger", measure="other",
  subject="ambush predators with vertical pupils", source=None, alt=[BAN], counted="Lauerjäger",
  calt=[("65 Lauerjäger vertikale Pupillen", "vertikale Pupillen")])
C("n11", ("der 65 Lauerjäger", "65"), 65, unit="Lauerjäger", measure="other", subject="ambush predators studied",
  source=None, alt=[BAN], counted="Lauerjäger")

# ---------------------------------------------------------------- n12 Sport 638: Thiem in Cincinnati
C("n12", "4,457 Mio. Dollar", 4.457e6, unit="USD", measure="amount", subject="prize money of the Cincinnati Masters",
  counted="ATP-Masters-1000-Turniers", place="US")
C("n12", ("Der 21-jährige", "21"), 21, unit="year", measure="age", subject="age of Dominic Thiem",
  counted="Der 21-jährige Niederösterreicher", calt=["Dominic Thiem"], group=ATH, nat="AT", place="US",
  place_alt=[None])
C("n12", ("im insgesamt dritten Duell", "dritten Duell"), 3, unit="Duelle", measure="other",
  subject="meetings of Thiem and Klizan (ordinal)", counted=("dritten Duell", "Duell"), place="US",
  place_alt=[None], optional=True)
C("n12", "den zweiten Sieg", 2, unit="Siege", measure="other", subject="Thiem's wins over Klizan (ordinal)",
  counted=("den zweiten Sieg", "Sieg"), place="US", place_alt=[None], optional=True)
C("n12", "fünf Jahre älteren", 5, unit="year", measure="age", subject="Klizan's age gap to Thiem",
  counted=("älteren Slowaken", "Slowaken"), group=ATH, nat="SK", place="US", place_alt=[None], increment=True)
C("n12", ("als noch 18-Jähriger", "18"), 18, unit="year", measure="age", subject="Thiem's age at the 2012 Kitzbühel match",
  counted="18-Jähriger", calt=[("2012 hatte sich Thiem", "Thiem")], group=ATH, nat="AT", nat_alt=[None],
  place="AT", place_alt=[None])
C("n12", "in drei Sätzen", 3, unit="Sätze", measure="other", subject="sets of the 2012 Kitzbühel match",
  counted=("drei Sätzen", "Sätzen"), place="AT", optional=True)

# ---------------------------------------------------------------- n13 Etat 675: Nichelle Nichols' stroke
NN = ["women", "people"]
C("n13", ("82-Jährige in gutem", "82"), 82, unit="year", measure="age", subject="age of Nichelle Nichols",
  counted=("82-Jährige in gutem", "82-Jährige"), group=NN, nat="US", nat_alt=[None], place="US", place_alt=[None])
C("n13", ("Die 82-Jährige", "82"), 82, unit="year", measure="age", subject="age of Nichelle Nichols",
  counted="Die 82-Jährige", calt=[("Sängerin Nichelle Nichols", "Nichelle Nichols")], group=NN, nat="US",
  nat_alt=[None], place="US", place_alt=[None])
C("n13", "mit 83 Jahren", 83, unit="year", measure="age", subject="age of Leonard Nimoy at his death",
  counted="Leonard Nimoy", group=["men", "people"], nat=None, nat_alt=["US"], place="US", place_alt=[None])

# ---------------------------------------------------------------- n14 Inland 680: ÖVP future conference
MCD = "person.peter_mcdonald"
C("n14", ("fünf von sechs", "sechs"), 6, unit="Kandidaten", measure="other",
  subject="candidates in the first round of the presidential election", counted="Präsidentschaftswahl",
  place="AT", optional=True)
C("n14", "11,12 Prozent", 11.12, unit="percent", measure="share", subject="vote share of Andreas Khol, first round",
  counted="ÖVP-Kandidat Andreas Khol", calt=["Präsidentschaftswahl"], place="AT")
C("n14", ("seit ein paar Tagen", "ein paar Tagen"), unit="day", measure="duration",
  subject="time Christian Kern has been chancellor", counted="Christian Kern", place="AT", **V)
C("n14", "70 Politikerinnen und Politiker", 70, unit="person", measure="participants",
  subject="ÖVP politicians at the future conference", source=None, alt=[MCD],
  counted=("70 Politikerinnen und Politiker", "Politikerinnen und Politiker"), group=["politicians", "people"],
  nat=None, nat_alt=["AT"], place="AT")
C("n14", "vor 70 Jahren", 70, unit="year", measure="duration", subject="time since the ÖVP was founded",
  source=MCD, counted=("Die ÖVP wurde", "Die ÖVP"), place="AT", optional=True)

# ---------------------------------------------------------------- n15 Wissenschaft 689: OECD research quotas
OE = "org.oecd"
Q1 = ("Mit einer Forschungsquote", "Forschungsquote")
C("n15", ("überholte 2014 die 28 EU-Staaten", "28 EU-Staaten"), 28, unit="Staaten", measure="other",
  subject="EU member states", counted=("überholte 2014 die 28 EU-Staaten", "EU-Staaten"), place=None,
  place_alt=["EU"], optional=True)
C("n15", ("drei Prozent des Bruttoinlandsproduktes", "drei Prozent"), 3, unit="percent", measure="share",
  subject="research quota (R&D spending share of GDP), Austria", source=None, alt=[OE], counted=Q1,
  calt=[("landet Österreich", "Österreich")], place="AT")
C("n15", "34 OECD-Länder", 34, unit="Länder", measure="other", subject="OECD member countries",
  counted=("34 OECD-Länder", "OECD-Länder"), place=None, optional=True)
C("n15", "4,29 Prozent", 4.29, unit="percent", measure="share", subject="research quota, South Korea",
  source=None, alt=[OE], counted=("liegt Südkorea", "Südkorea"), calt=[Q1], place="KR")
C("n15", "4,11 Prozent", 4.11, unit="percent", measure="share", subject="research quota, Israel",
  source=None, alt=[OE], counted=("Israel (4,11", "Israel"), calt=[Q1], place="IL")
C("n15", "3,58", 3.58, unit="percent", measure="share", subject="research quota, Japan",
  source=None, alt=[OE], counted=("Japan (3,58", "Japan"), calt=[Q1], place="JP")
C("n15", "(3,2)", 3.2, unit="percent", measure="share", subject="research quota, Finland",
  source=None, alt=[OE], counted=("Mit Finnland folgt", "Finnland"), calt=[Q1], place="FI")
C("n15", "3,16", 3.16, unit="percent", measure="share", subject="research quota, Sweden",
  source=None, alt=[OE], counted=("Schweden (3,16", "Schweden"), calt=[Q1], place="SE")
C("n15", "3,05", 3.05, unit="percent", measure="share", subject="research quota, Denmark",
  source=None, alt=[OE], counted=("Dänemark (3,05", "Dänemark"), calt=[Q1], place="DK")
C("n15", "zwei weitere nordeuropäische Staaten", 2, unit="Staaten", measure="other",
  subject="Nordic states just ahead of Austria (Sweden, Denmark)", counted=("nordeuropäische Staaten", "Staaten"),
  calt=[("mit Schweden (3,16)", "Schweden")], place=None, optional=True)
C("n15", "rund drei Prozent", 3, bound="approx", unit="percent", measure="share",
  subject="research quota, Switzerland and Taiwan", source=None, alt=[OE], counted="die Schweiz",
  calt=[("und Taiwan. Auf", "Taiwan"), Q1], place="CH", place_alt=["TW", None])
C("n15", "2,84", 2.84, unit="percent", measure="share", subject="research quota, Germany",
  source=None, alt=[OE], counted=("Deutschland (2,84", "Deutschland"), calt=[Q1], place="DE")
C("n15", "2,74 Prozent", 2.74, unit="percent", measure="share", subject="research quota, USA",
  source=None, alt=[OE], counted=("die USA mit", "die USA"), calt=[Q1], place="US")
C("n15", "(2,4)", 2.4, unit="percent", measure="share", subject="research quota, OECD average",
  source=None, alt=[OE], counted="OECD-Schnitt", calt=[Q1], place=None)
C("n15", "2,05 Prozent", 2.05, unit="percent", measure="share", subject="research quota, China, 2014",
  source=None, alt=[OE], counted=("auf eine Forschungsquote", "Forschungsquote"), calt=[("Obwohl China", "China")],
  place="CN")
C("n15", "um zwei Prozentpunkte", 2, unit="percent", measure="share",
  subject="gap of China's total R&D investment over the EU's total spending, 2014", source=None, alt=[OE],
  counted="Gesamt-Investitionen", place="CN", increment=True)
C("n15", ("Gesamtausgaben der 28 EU-Staaten", "28 EU-Staaten"), 28, unit="Staaten", measure="other",
  subject="EU member states", counted=("Gesamtausgaben der 28 EU-Staaten", "EU-Staaten"), place=None,
  place_alt=["EU"], optional=True)
RES = ["people", "workers", "employees"]
C("n15", "9,4 Personen", 9.4, unit="per 1000 inhabitants", measure="share",
  subject="R&D personnel per 1,000 inhabitants, Austria", source=None, alt=[OE],
  counted=("9,4 Personen", "Personen"), group=RES, place="AT")
C("n15", "17,6 Forschern", 17.6, unit="per 1000 inhabitants", measure="share",
  subject="researchers per 1,000 inhabitants, Israel", source=None, alt=[OE],
  counted=("17,6 Forschern", "Forschern"), group=RES, place="IL")
FEM = ["women", "people", "workers"]
C("n15", "29,6 Prozent", 29.6, unit="percent", measure="share", subject="share of women among researchers, Austria",
  source=None, alt=[OE], counted=("29,6 Prozent Forscherinnen", "Forscherinnen"),
  calt=["Anteil weiblicher Wissenschafter"], group=FEM, place="AT")
C("n15", "22,1 Prozent", 22.1, unit="percent", measure="share", subject="share of women among researchers, Taiwan",
  source=None, alt=[OE], counted=("22,1 Prozent Forscherinnen", "Forscherinnen"), calt=[("Taiwan (22,1", "Taiwan")],
  group=FEM, place="TW")
C("n15", "18,5 Prozent", 18.5, unit="percent", measure="share", subject="share of women among researchers, Korea",
  source=None, alt=[OE], counted=("Korea (18,5", "Korea"), calt=[("22,1 Prozent Forscherinnen", "Forscherinnen")],
  group=FEM, place="KR")
C("n15", "14,7 Prozent", 14.7, unit="percent", measure="share", subject="share of women among researchers, Japan",
  source=None, alt=[OE], counted=("Japan (14,7", "Japan"), calt=[("22,1 Prozent Forscherinnen", "Forscherinnen")],
  group=FEM, place="JP")

# ---------------------------------------------------------------- n16 International 714: Lukashenko pardons opposition leaders
PRS = "by.presidency"
PRI = ["prisoners", "politicians", "people", "men"]
C("n16", "Sechs Oppositionelle", 6, unit="person", measure="other", subject="opposition leaders pardoned and released",
  source=None, alt=[PRS], counted=("Sechs Oppositionelle", "Oppositionelle"), group=PRI, nat="BY", nat_alt=[None],
  place="BY")
C("n16", "sechs inhaftierte Oppositionsführer", 6, unit="person", measure="other",
  subject="opposition leaders pardoned and released", source=None, alt=[PRS],
  counted=("sechs inhaftierte Oppositionsführer", "Oppositionsführer"), group=PRI, nat="BY", nat_alt=[None],
  place="BY")
C("n16", "rund eineinhalb Monate", 1.5, bound="approx", unit="month", measure="duration",
  subject="time from the amnesty to the presidential election", counted="Die Amnestie", place="BY", optional=True)
C("n16", "seit mehr als 20 Jahren", 20, bound="more_than", unit="year", measure="duration",
  subject="Lukashenko's time in power", counted="Machthaber", calt=[("Der seit mehr", "Der")],
  group=["politicians", "men", "people", None], nat="BY", nat_alt=[None], place="BY")
C("n16", "80 Prozent", 80, unit="percent", measure="share", subject="Lukashenko's official vote share in 2010",
  counted=("80 Prozent der Stimmen", "Stimmen"), place="BY")

# ---------------------------------------------------------------- n17 Web 724: iPhone 4s class action over iOS 9
PLA, AI = "org.iphone_4s_plaintiffs", "media.apple_insider"
USR = ["users", "customers", "people"]
C("n17", ("mehr als fünf Millionen Dollar Schadenersatz gefordert", "mehr als fünf Millionen Dollar"),
  5e6, bound="more_than", unit="USD", measure="amount", subject="damages demanded in the iPhone 4s class action",
  source=None, alt=[PLA], counted=("Dollar Schadenersatz gefordert", "Schadenersatz"), place="US", place_alt=[None])
C("n17", "über 100 Nutzer", 100, bound="more_than", unit="person", measure="participants",
  subject="iPhone 4s users filing the class action", counted=("100 Nutzer", "Nutzer"), group=USR,
  place="US", place_alt=[None])
C("n17", ("fordern mehr als fünf Millionen Dollar", "mehr als fünf Millionen Dollar"), 5e6, bound="more_than",
  unit="USD", measure="amount", subject="damages demanded in the iPhone 4s class action", source=PLA, alt=[AI],
  counted=("Dollar Schadenersatz. Nach", "Schadenersatz"), place="US", place_alt=[None])
C("n17", "nur zwei Wahlmöglichkeiten", 2, unit="Wahlmöglichkeiten", measure="other",
  subject="options left to affected users", source=PLA, counted="Wahlmöglichkeiten", optional=True)
C("n17", ("hunderte Dollar", "hunderte Dollar"), unit="USD", measure="amount", subject="cost of a new smartphone",
  source=PLA, counted="neues Smartphone", **V)
C("n17", ("einige der Kläger", "einige"), unit="person", measure="other", subject="plaintiffs who bought new phones",
  source=PLA, counted=("einige der Kläger", "Kläger"), group=USR, **V)
C("n17", ("klagten einige Nutzer", "einige"), unit="person", measure="other",
  subject="users complaining about iOS 7 and 8", counted=("klagten einige Nutzer", "Nutzer"), group=USR, **V)

# ---------------------------------------------------------------- n18 Sport 790: Salzburg defends the double
C("n18", "drittes Team", 3, unit="Teams", measure="other", subject="teams that defended the Austrian double (ordinal)",
  counted=("drittes Team", "Team"), place="AT", optional=True)

# ---------------------------------------------------------------- n19 Wirtschaft 941: Air France protest against job cuts
AF, GAG = "fr.air_france", "person.frederic_gagey"
JOB = [None, "workers", "employees"]
STAFF = ["workers", "employees", "people"]
C("n19", "2.900 Stellen", 2900, unit="Stellen", measure="planned", subject="Air France jobs to be cut",
  source=None, alt=[AF], counted=("2.900 Stellen", "Stellen"), calt=["Jobabbau"], group=JOB, place="FR",
  place_alt=[None])
C("n19", "hunderte Demonstranten", unit="person", measure="participants",
  subject="protesters storming the Air France meeting", counted=("hunderte Demonstranten", "Demonstranten"),
  group=STAFF, place="FR", **V)
C("n19", "2.900 Arbeitsplätze", 2900, unit="Arbeitsplätze", measure="planned",
  subject="Air France jobs at risk from the savings plan", source=None, alt=[GAG, AF],
  counted=("2.900 Arbeitsplätze", "Arbeitsplätze"), group=JOB, place="FR", place_alt=[None])
C("n19", "300 Piloten", 300, unit="person", measure="planned", subject="Air France pilots' jobs that could be cut",
  source=None, alt=[GAG, AF], counted=("300 Piloten", "Piloten"), group=STAFF, nat=None, nat_alt=["FR"],
  place="FR", place_alt=[None], hedged=True)
C("n19", "900 Flugbegleiter", 900, unit="person", measure="planned",
  subject="Air France cabin crew jobs that could be cut", source=None, alt=[GAG, AF],
  counted=("900 Flugbegleiter", "Flugbegleiter"), group=STAFF, nat=None, nat_alt=["FR"], place="FR",
  place_alt=[None], hedged=True)
C("n19", "1.700 Mitarbeiter", 1700, unit="person", measure="planned",
  subject="Air France ground staff jobs that could be cut", source=None, alt=[GAG, AF],
  counted=("1.700 Mitarbeiter des Bodenpersonals", "Mitarbeiter des Bodenpersonals"), group=STAFF, nat=None,
  nat_alt=["FR"], place="FR", place_alt=[None], hedged=True)
C("n19", "fünf Flugzeuge", 5, unit="Flugzeuge", measure="planned",
  subject="long-haul aircraft to be withdrawn in 2016", source=GAG, counted=("fünf Flugzeuge", "Flugzeuge"),
  calt=["Langstreckenflotte"], place="FR", place_alt=[None])
C("n19", "weitere neun", 9, unit="Flugzeuge", measure="planned",
  subject="further long-haul aircraft to be withdrawn in 2017", source=GAG, counted=("fünf Flugzeuge", "Flugzeuge"),
  calt=["Langstreckenflotte"], place="FR", place_alt=[None], increment=True)
C("n19", "22 Verbindungen", 22, unit="Verbindungen", measure="planned",
  subject="routes on which the number of flights is to be cut", source=None, alt=[GAG],
  counted=("22 Verbindungen", "Verbindungen"), place="FR", place_alt=[None])
C("n19", "drei Gewerkschaften", 3, unit="Gewerkschaften", measure="other",
  subject="unions calling strikes for Monday", counted=("drei Gewerkschaften", "Gewerkschaften"), place="FR")


# ---------------------------------------------------------------- second reading
NUMWORDS = re.compile(
    r"\b(eins?|eine[nmrs]?|zwei\w*|drei\w*|vier\w*|fünf\w*|sechs\w*|sieben\w*|acht\w*|neun\w*|zehn\w*|elf\w*|"
    r"zwölf\w*|zwanzig|dreißig|vierzig|fünfzig|hundert\w*|tausend\w*|Million\w*|Milliard\w*|Hälfte|halb\w*|"
    r"beide\w*|doppelt\w*|einige\w*|mehrere\w*|paar|Dutzend\w*|viele\w*|zahlreich\w*|erste\w*|zweite\w*|dritte\w*|"
    r"Drittel|Viertel|mehrfach\w*|jede\w*|alle)\b", re.I)


# ---------------------------------------------------------------- build (--show: the second reading,
# NUMWORDS above, no digit strings, counted alternatives as their number)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS, digits=False, alt_texts=False)
