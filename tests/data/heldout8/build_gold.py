"""Build the eighth held-out gold (claims, negatives) from the annotation table below.

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
 "at.uni_wien_botanists": {"label": "Botanists of the University of Vienna (Gerald Schneeweiß and colleagues), "
                                    "study in Phytotaxa and the university's press release",
                           "patterns": ["Uni Wien", "Botaniker", "Forscher", "Schneeweiß", "Wissenschafter"]},
 "person.gerald_schneeweiss": {"label": "Gerald Schneeweiß, botanist at the University of Vienna",
                               "patterns": ["Schneeweiß", "Botaniker", "Forscher"]},
 "person.peter_kaiser": {"label": "Peter Kaiser, governor (Landeshauptmann) of Carinthia, SPÖ",
                         "patterns": ["Kaiser", "Landeshauptmann"]},
 "de.united_internet": {"label": "United Internet AG (Montabaur; 1&1, GMX, Web.de)",
                        "patterns": ["United Internet", "Unternehmen", "Management"]},
 "person.ralph_dommermuth": {"label": "Ralph Dommermuth, CEO of United Internet",
                             "patterns": ["Dommermuth", "Vorstandschef"]},
 "us.gm": {"label": "General Motors (GM)", "patterns": ["General Motors", r"\bGM\b", "Konzern"]},
 "us.wall_street_journal": {"label": "The Wall Street Journal", "patterns": ["Wall Street Journal"]},
 "eg.interior_ministry": {"label": "Egyptian Ministry of the Interior",
                          "patterns": ["Innenministerium"]},
 "mx.foreign_ministry": {"label": "Mexican Ministry of Foreign Affairs (Mexico City)",
                         "patterns": ["Außenministerium"]},
 "eg.judicial_sources": {"label": "Egyptian judicial sources (Justizkreise)", "patterns": ["Justizkreisen"]},
 "eg.tour_guides_association": {"label": "spokesman of an Egyptian association of tour guides",
                                "patterns": ["Interessensgemeinschaft von Reiseleitern", "Reiseleitern"]},
 "il.media": {"label": "Israeli media", "patterns": ["israelische Medien"]},
 "person.ingo_mayr": {"label": "Ingo Mayr, chairman of the Tyrolean SPÖ", "patterns": ["Mayr"]},
 "at.chancellery": {"label": "Austrian Federal Chancellery (Bundeskanzleramt)",
                    "patterns": ["Bundeskanzleramt"]},
 "at.council_of_ministers": {"label": "Austrian Council of Ministers (federal government)",
                             "patterns": ["Ministerrat", "Regierung"]},
 "eu.commission": {"label": "European Commission", "patterns": ["EU-Kommission"]},
 "media.ct": {"label": "c't (computer magazine, heise)", "patterns": [r"\bct\b"]},
 "us.fca_nhtsa_agreement": {"label": "Agreement between Fiat Chrysler Automobiles and the NHTSA "
                                     "(documents seen by Reuters)",
                            "patterns": ["Vereinbarung", "Einigung", "Dokumenten"]},
 "media.reuters": {"label": "Reuters (news agency)", "patterns": ["Reuters"]},
 "it.fiat_chrysler": {"label": "Fiat Chrysler Automobiles (FCA)",
                      "patterns": ["Fiat Chrysler", r"\bFCA\b", "Konzern"]},
 "au.macquarie_researchers": {"label": "Researchers of Macquarie University, Sydney (Rowan McGinley and "
                                       "colleagues), Behavioral Ecology and Sociobiology",
                              "patterns": ["Macquarie", "McGinley", "Forscher", "Biologen"]},
 "us.police": {"label": "US police (Antigo, Wisconsin)", "patterns": ["Polizeiangaben", "Polizei"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]

# ---------------------------------------------------------------- s00 Web 229: Star Wars ice cream in Brooklyn
C("s00", "zwei Sorten", 2, unit="Sorten", measure="other",
  subject="Star Wars ice-cream flavours created by Ample Hills Creamery",
  counted=("zwei Sorten", "Sorten"), place="US")
C("s00", ("ein Viererpack", "Viererpack"), 4, unit="Packungen", measure="other",
  subject="tubs in a pack of the Star Wars ice cream", counted=("ein Viererpack", "Viererpack"), place="US",
  optional=True)
C("s00", "36 Dollar", 36, unit="USD", measure="amount", subject="price of a four-pack of the Star Wars ice cream",
  counted=("ein Viererpack", "Viererpack"), place="US")
C("s00", "(32,98 Euro)", 32.98, unit="EUR", measure="amount",
  subject="price of a four-pack of the Star Wars ice cream (converted)",
  counted=("ein Viererpack", "Viererpack"), place="US")

# ---------------------------------------------------------------- s01 Wissenschaft 239: Krainer Greiskraut is four species
UW, SCH = "at.uni_wien_botanists", "person.gerald_schneeweiss"
C("s01", ("aus vier Arten, wie", "vier Arten"), 4, unit="Arten", measure="other",
  subject="species the Krainer Greiskraut (Senecio carniolicus) consists of", source=UW, alt=[SCH],
  counted=("aus vier Arten, wie", "Arten"), calt=[("Das Krainer Greiskraut besteht", "Krainer Greiskraut")],
  place="AT", place_alt=[None])
C("s01", ("Eine davon ist", "Eine"), 1, unit="Arten", measure="other",
  subject="species of the Krainer Greiskraut group endemic to Austria", source=None, alt=[UW, SCH],
  counted=("Eine davon ist", "davon"), calt=[("aus vier Arten, wie", "Arten")], place="AT")
C("s01", ("aus vier Arten besteht", "vier Arten"), 4, unit="Arten", measure="other",
  subject="species the Krainer Greiskraut (Senecio carniolicus) consists of", source=UW, alt=[SCH],
  counted=("aus vier Arten besteht", "Arten"), place="AT", place_alt=[None])
C("s01", ("eine sogar nur dort", "eine"), 1, unit="Arten", measure="other",
  subject="species of the Krainer Greiskraut group endemic to Austria", source=UW, alt=[SCH],
  counted=("Alle davon kommen", "davon"), calt=[("aus vier Arten besteht", "Arten")], place="AT")
C("s01", "vier Gruppen", 4, unit="Gruppen", measure="other",
  subject="groups (species) the Krainer Greiskraut comprises", source=UW, alt=[SCH],
  counted=("vier Gruppen", "Gruppen"), place="AT", place_alt=[None])
C("s01", ("drei der vier Arten", "drei"), 3, unit="Arten", measure="other",
  subject="Greiskraut species occurring together in the Nockberge (Carinthia)", source=None, alt=[SCH, UW],
  counted=("drei der vier Arten", "Arten"), place="AT")
C("s01", ("drei der vier Arten", "vier Arten"), 4, unit="Arten", measure="other",
  subject="species the Krainer Greiskraut consists of (repeat)", source=None, alt=[SCH, UW],
  counted=("drei der vier Arten", "Arten"), place="AT", place_alt=[None])
C("s01", "Alle vier Greiskraut-Arten", 4, unit="Arten", measure="other",
  subject="Greiskraut species occurring in Austria", source=None, alt=[UW, SCH],
  counted=("Alle vier Greiskraut-Arten", "Greiskraut-Arten"), place="AT")
C("s01", ("eines davon, das Norische", "eines"), 1, unit="Arten", measure="other",
  subject="Greiskraut species endemic to Austria (Norisches Greiskraut)", source=None, alt=[UW, SCH],
  counted=("eines davon, das Norische Greiskraut", "das Norische Greiskraut"),
  calt=[("eines davon, das", "davon")], place="AT")
C("s01", "etwa 3.600", 3600, bound="approx", unit="Arten", measure="other",
  subject="native or long-established fern and flowering plant species and subspecies of Austria",
  source=None, alt=[UW, SCH], counted=("heimische oder schon länger eingebürgerte Arten und Unterarten",
                                       "Arten und Unterarten"),
  calt=["Die österreichische Flora"], place="AT")
C("s01", ("von denen 32 nur", "32"), 32, unit="Arten", measure="other",
  subject="plant species and subspecies endemic to Austria (before this study)", source=None, alt=[UW, SCH],
  counted=("Arten und Unterarten an Farn- und Blütenpflanzen", "Arten und Unterarten"),
  calt=["Endemiten"], place="AT")
C("s01", "eine weitere Art", 1, unit="Arten", measure="other",
  subject="species added to Austria's endemics by Schneeweiß's work", source=None, alt=[UW, SCH],
  counted=("eine weitere Art", "Art"), calt=["Endemiten"], place="AT", increment=True)

# ---------------------------------------------------------------- s02 Kultur 242: Lubomyr Melnyk at the Radiokulturhaus
C("s02", "zwei Weltrekorde", 2, unit="Weltrekorde", measure="other",
  subject="world records set by Lubomyr Melnyk in the 1980s",
  counted=("zwei Weltrekorde", "Weltrekorde"), place=None, place_alt=["AT"])
C("s02", "19,5 Töne", 19.5, unit="Töne per second", measure="other",
  subject="notes per second played by Melnyk in a sprint (world record)",
  counted=("19,5 Töne", "Töne"), place=None, place_alt=["AT"])
C("s02", "zwischen 13 und 14 Noten", 13, 14, bound="range", unit="Noten per second", measure="other",
  subject="average notes per second Melnyk sustained for over an hour (world record)",
  counted=("14 Noten", "Noten"), place=None, place_alt=["AT"])
C("s02", "über eine Stunde", 1, bound="more_than", unit="hour", measure="duration",
  subject="time Melnyk sustained 13 to 14 notes per second (world record)",
  counted="durchhalten", place=None, place_alt=["AT"])
C("s02", "88 Tasten", 88, unit="Tasten", measure="other", subject="keys of the piano",
  counted=("88 Tasten", "Tasten"), place=None, optional=True)
C("s02", "bis zu einer halben Stunde", 0.5, bound="up_to", unit="hour", measure="duration",
  subject="length of Melnyk's Continuous Music pieces", counted="Stücklängen", place=None, place_alt=["AT"])
C("s02", "68-jährigen", 68, unit="year", measure="age", subject="age of the composer Lubomyr Melnyk",
  counted=("68-jährigen Komponisten", "Komponisten"), group=MAN, nat="UA", nat_alt=[None],
  place=None, place_alt=["AT"])
C("s02", "20-minütige", 20, unit="minute", measure="duration", subject="length of Melnyk's composition The Amazon",
  counted=("Komposition The Amazon", "Komposition The Amazon"), calt=[("Komposition The Amazon", "The Amazon")],
  place=None, place_alt=["AT"])
C("s02", "doppelter Geschwindigkeit", 2, unit="factor", measure="other",
  subject="speed at which Keith Jarrett's Köln Concert was played back", counted="Köln Concert",
  place=None, optional=True)

# ---------------------------------------------------------------- s03 Etat 263: ZDF mini-series "Morgen hör ich auf"
C("s03", "fünfteiligen", 5, unit="Teile", measure="other", subject="episodes of the ZDF mini-series Morgen hör ich auf",
  counted=("fünfteiligen Miniserie", "Miniserie"), place="DE", place_alt=[None])
C("s03", "drei Kinder", 3, unit="person", measure="size", subject="children of the Lehmann family (fiction)",
  counted=("drei Kinder", "Kinder"), group=["children", "people"], place="DE", place_alt=[None])
C("s03", "zwei heftig Pubertierende", 2, unit="person", measure="size",
  subject="teenage children of the Lehmann family (fiction)", counted="Pubertierende",
  group=["children", "people"], place="DE", place_alt=[None], optional=True)
C("s03", "ein Nesthäkchen", 1, unit="person", measure="size", subject="youngest child of the Lehmann family (fiction)",
  counted="Nesthäkchen", group=["children", "people"], place="DE", place_alt=[None], optional=True)
C("s03", "50-Euro-Scheine", 50, unit="EUR", measure="amount", subject="denomination of the notes Jochen forges (fiction)",
  counted="50-Euro-Scheine", place="DE", place_alt=[None], optional=True)
C("s03", "(43)", 43, unit="year", measure="age", subject="age of the comedian Bastian Pastewka",
  counted=("Bastian Pastewka (43)", "Bastian Pastewka"), group=["men", "people"], nat=None, nat_alt=["DE"],
  place="DE", place_alt=[None])

# ---------------------------------------------------------------- s04 Kultur 275: festival Herbstlärm in St. Johann im Pongau
C("s04", "Dreitagesfestival", 3, unit="day", measure="duration", subject="length of the festival Herbstlärm",
  counted="Dreitagesfestival", calt=[("Dreitagesfestival Herbstlärm", "Herbstlärm")], place="AT")
C("s04", "Nach 54 Jahren", 54, unit="year", measure="duration",
  subject="time the Worried Men Skiffle Group existed before it split",
  counted=("löste sich die Gruppe auf", "die Gruppe"), calt=["Worried Men Skiffle Group gehört"],
  group=[None, "people"], place="AT", place_alt=[None])
C("s04", ("spielen die beiden", "die beiden"), 2, unit="person", measure="size",
  subject="members of Worried Man & Worried Boy (Herbert and Sebastian Janata)",
  counted=("spielen die beiden", "die beiden"), calt=["Worried Man & Worried Boy"], group=MAN,
  place="AT", place_alt=[None], optional=True)
C("s04", "noch nicht einmal 20-jährige", 20, bound="at_most", unit="year", measure="age",
  subject="age of the singer-songwriter Ami Warning when her debut album came out",
  counted="Singer-Songwriterin", calt=[("die Münchnerin Ami Warning", "Ami Warning")], group=WOMAN,
  nat="DE", nat_alt=[None], place="AT", place_alt=[None, "DE"])
C("s04", "Mit 14", 14, unit="year", measure="age", subject="age at which Wilfried Scheutz founded his first band",
  counted=("Mit 14 gründete er", "er"), calt=[("Wilfried Scheutz hat", "Wilfried Scheutz")], group=MAN,
  nat=None, nat_alt=["AT"], place="AT", place_alt=[None])
C("s04", ("seine erste Band", "erste Band"), 1, unit="Band", measure="other", subject="Wilfried's first band (ordinal)",
  counted=("seine erste Band", "Band"), place="AT", place_alt=[None], optional=True)

# ---------------------------------------------------------------- s05 Inland 299: interview with Peter Kaiser after the first round
KAI = "person.peter_kaiser"
C("s05", "elf Prozent", 11, unit="percent", measure="share",
  subject="vote share of the SPÖ (candidate) in the presidential election, first round",
  counted="Großpartei SPÖ", group=None, place="AT")
C("s05", "40 Jahre", 40, unit="year", measure="duration", subject="years Peter Kaiser has been politically active",
  source=KAI, counted=("seit ich politisch", "ich"), calt=["Peter Kaiser:"],
  group=["politicians", "men", "people", None], place="AT", place_alt=[None])
C("s05", ("eine der beiden Varianten", "beiden"), 2, unit="Varianten", measure="other",
  subject="the two strategies of the SPÖ (ideologues or power politicians)", source=KAI,
  counted="Varianten", place="AT", optional=True)

# ---------------------------------------------------------------- s06 Web 389: United Internet expects growth in 2016
UI, DOM = "de.united_internet", "person.ralph_dommermuth"
C("s06", ("in beiden Sparten", "beiden"), 2, unit="Sparten", measure="other",
  subject="business segments of United Internet", source=DOM, alt=[UI], counted="Sparten",
  place="DE", place_alt=[None], optional=True)
C("s06", ("von 771,2 Mio. Euro", "771,2 Mio. Euro"), 771.2e6, unit="EUR", measure="amount",
  subject="EBITDA of United Internet in 2015", source=UI, alt=[DOM],
  counted="Ebitda", calt=[("den Gewinn vor Zinsen, Steuern und Abschreibungen", "Gewinn vor Zinsen, Steuern und Abschreibungen")], place="DE", place_alt=[None])
C("s06", "rund 850 Mio. Euro", 850e6, bound="approx", unit="EUR", measure="amount",
  subject="expected EBITDA of United Internet in 2016", source=UI, alt=[DOM],
  counted="Ebitda", calt=[("den Gewinn vor Zinsen, Steuern und Abschreibungen", "Gewinn vor Zinsen, Steuern und Abschreibungen")], place="DE", place_alt=[None])
C("s06", "circa 4 Mrd. Euro", 4e9, bound="approx", unit="EUR", measure="amount",
  subject="expected revenue of United Internet in 2016", source=UI, alt=[DOM],
  counted=("Der Umsatz im Konzern", "Umsatz"), place="DE", place_alt=[None])
C("s06", "3,716 Mrd. Euro", 3.716e9, unit="EUR", measure="amount", subject="revenue of United Internet in 2015",
  source=UI, alt=[DOM], counted=("Der Umsatz im Konzern", "Umsatz"), calt=[("(Vorjahr:", "Vorjahr")], place="DE", place_alt=[None])
C("s06", "insgesamt 930.000", 930000, unit="person", measure="size",
  subject="contract customers won by United Internet in 2015", counted="Vertragskunden",
  group=["customers", "people", "users"], place="DE", place_alt=[None], increment=True)
C("s06", "mehr als ein Fünftel", 20, bound="more_than", unit="percent", measure="share",
  subject="growth of United Internet's revenue in 2015", counted=("kletterten die Umsätze", "Umsätze"),
  place="DE", place_alt=[None], increment=True)
C("s06", "3,72 Mrd. Euro", 3.72e9, unit="EUR", measure="amount", subject="revenue of United Internet in 2015",
  counted=("kletterten die Umsätze", "Umsätze"), place="DE", place_alt=[None])
C("s06", ("stieg auf 771,2 Mio. Euro", "771,2 Mio. Euro"), 771.2e6, unit="EUR", measure="amount",
  subject="EBITDA of United Internet in 2015",
  counted=("Der operative Gewinn", "operative Gewinn"), place="DE", place_alt=[None])
C("s06", "fast doppelt so starkes", 2, bound="approx", unit="factor", measure="other",
  subject="EBITDA growth relative to revenue growth of United Internet, 2015", counted="Wachstum",
  place="DE", place_alt=[None])
C("s06", "18 Prozent", -18, unit="percent", measure="share", subject="change of United Internet's net profit in 2015",
  counted=("so dass der Konzerngewinn", "Konzerngewinn"), place="DE", place_alt=[None], increment=True)
C("s06", "366,4 Mio. Euro", 366.4e6, unit="EUR", measure="amount", subject="net profit of United Internet in 2015",
  counted=("so dass der Konzerngewinn", "Konzerngewinn"), place="DE", place_alt=[None])
C("s06", "10 Cent", 0.10, unit="EUR", measure="amount", subject="planned rise of United Internet's dividend per share",
  source=None, alt=[UI], counted="Dividende", place="DE", place_alt=[None], increment=True)
C("s06", "70 Cent", 0.70, unit="EUR", measure="amount", subject="planned dividend per share of United Internet",
  source=None, alt=[UI], counted="Dividende", calt=["je Aktie"], place="DE", place_alt=[None])
C("s06", "rund 40 Prozent", 40, bound="approx", unit="percent", measure="share",
  subject="share of United Internet held by Ralph Dommermuth", counted=("Prozent der Anteile", "Anteile"),
  place="DE", place_alt=[None])
C("s06", "rund 5 Prozent", -5, bound="approx", unit="percent", measure="share",
  subject="fall of the United Internet share price on Thursday", counted="Der Aktienkurs",
  place="DE", place_alt=[None], increment=True)

# ---------------------------------------------------------------- s07 Etat 394: ATV's "Wirt sucht Frau" with Arabella Kiesbauer
C("s07", ("präsentiert sie jene fünf Wirte", "fünf Wirte"), 5, unit="person", measure="participants",
  subject="innkeepers taking part in Wirt sucht Frau", counted=("präsentiert sie jene fünf Wirte", "Wirte"),
  group=["men", "people", "workers"], place="AT")
C("s07", ("Sehern jene fünf Wirte", "fünf Wirte"), 5, unit="person", measure="participants",
  subject="innkeepers taking part in Wirt sucht Frau", counted=("Sehern jene fünf Wirte", "Wirte"),
  group=["men", "people", "workers"], place="AT")
C("s07", "zwischen 27 und 46 Jahren", 27, 46, bound="range", unit="year", measure="age",
  subject="ages of the five innkeepers in Wirt sucht Frau", counted="Hans, Karl, Hannes, David und Max",
  group=MAN, place="AT")
C("s07", "einige Tag", unit="day", measure="duration", subject="time the innkeepers invite their favourites for",
  counted="Favoritinnen", group=WOMAN, place="AT", **V)
C("s07", "fünf Folgen", 5, unit="Folgen", measure="other", subject="episodes of the continuation of Wirt sucht Frau",
  counted=("fünf Folgen", "Folgen"), calt=["Die Fortsetzung"], place="AT")

# ---------------------------------------------------------------- s08 Wirtschaft 475: GM compensates for wrong fuel figures
GM, WSJ = "us.gm", "us.wall_street_journal"
C("s08", ("von 450 bis 900 Dollar oder", "450 bis 900 Dollar"), 450, 900, bound="range", unit="USD", measure="amount",
  subject="value of GM's compensation vouchers", source=None, alt=[GM],
  counted=("Einkaufsgutscheine im Wert von 450 bis 900 Dollar oder", "Einkaufsgutscheine"), place="US")
C("s08", "Die meisten der", 50, bound="more_than", unit="percent", measure="share",
  subject="share of affected customers who are to get vouchers", source=GM,
  counted="betroffenen US-Kunden", group=["customers", "people"], nat="US", place="US", optional=True)
C("s08", "etwa 135.000", 135000, bound="approx", unit="person", measure="size",
  subject="US customers affected by GM's wrong fuel-consumption figures", source=GM,
  counted="betroffenen US-Kunden", calt=["US-Kunden"], group=["customers", "people"], nat="US", place="US")
C("s08", ("von 450 bis 900 Dollar (", "450 bis 900 Dollar"), 450, 900, bound="range", unit="USD", measure="amount",
  subject="value of GM's compensation vouchers", source=GM,
  counted=("sollen Einkaufsgutscheine", "Einkaufsgutscheine"), place="US")
C("s08", "bis zu 802,21 Euro", 802.21, bound="up_to", unit="EUR", measure="amount",
  subject="value of GM's compensation vouchers (converted)", source=GM,
  counted=("sollen Einkaufsgutscheine", "Einkaufsgutscheine"), place="US")
C("s08", "mindestens eine Klage", 1, bound="at_least", unit="Klagen", measure="other",
  subject="lawsuits filed by car owners over the fuel figures", source=WSJ,
  counted=("mindestens eine Klage", "Klage"), place="US")

# ---------------------------------------------------------------- s09 Panorama 502: Egyptian forces kill Mexican tourists
EGI, MXF, EGJ = "eg.interior_ministry", "mx.foreign_ministry", "eg.judicial_sources"
TOUR = ["tourists", "people", "civilians"]
C("s09", "zwölf Angehörige", 12, unit="person", measure="killed",
  subject="members of a tourist group killed by Egyptian security forces", source=EGI,
  counted=("zwölf Angehörige einer überwiegend mexikanischen Reisegruppe", "Angehörige einer überwiegend mexikanischen Reisegruppe"),
  calt=[("zwölf Angehörige", "Angehörige"), ("mexikanischen Reisegruppe", "Reisegruppe")], group=TOUR, nat=None, nat_alt=["MX"], place="EG")
C("s09", "einige der Angegriffenen", unit="person", measure="other",
  subject="attacked people who tried to flee", counted="Angegriffenen", group=TOUR, place="EG", **V)
C("s09", "mindestens zwei Mexikaner", 2, bound="at_least", unit="person", measure="killed",
  subject="Mexicans among the dead of the Baharija incident", source=MXF,
  counted=("mindestens zwei Mexikaner", "Mexikaner"), calt=["Unter den Toten"], group=TOUR, nat="MX", place="EG")
C("s09", "acht getöteten Mexikanern", 8, unit="person", measure="killed",
  subject="Mexicans killed in the Baharija incident", source=EGJ,
  counted=("acht getöteten Mexikanern", "Mexikanern"), group=TOUR, nat="MX", place="EG")
C("s09", "vier Ägyptern", 4, unit="person", measure="killed",
  subject="Egyptians killed in the Baharija incident", source=EGJ,
  counted=("vier Ägyptern", "Ägyptern"), group=["people", "civilians", "tourists"], nat="EG", place="EG")
C("s09", "Zehn Menschen", 10, unit="person", measure="wounded",
  subject="people wounded in the Baharija incident", source=EGJ,
  counted=("Zehn Menschen", "Menschen"), group=TOUR, place="EG")
C("s09", "keine Warnschilder", 0, unit="Warnschilder", measure="other",
  subject="warning signs on the desert track", source="eg.tour_guides_association",
  counted="Warnschilder", place="EG", optional=True)

# ---------------------------------------------------------------- s10 International 519: suspected Tel Aviv gunman shot dead
C("s10", ("Verdächtiger soll vor einer Woche", "vor einer Woche"), 1, unit="week", measure="duration",
  subject="time since the Tel Aviv bar shooting", counted=("auf Gäste in einer Bar geschossen", "geschossen"),
  place="IL", optional=True)
C("s10", ("Vor einer Woche hatte", "Vor einer Woche"), 1, unit="week", measure="duration",
  subject="time since the Tel Aviv bar shooting", counted=("mit einer automatischen Waffe auf Gäste", "Gäste"),
  place="IL", optional=True)
C("s10", "zwei Menschen", 2, unit="person", measure="killed", subject="people killed in the Tel Aviv bar shooting",
  counted=("zwei Menschen", "Menschen"), group=["people", "civilians"], place="IL")
C("s10", "Sieben weitere", 7, unit="person", measure="wounded", subject="people wounded in the Tel Aviv bar shooting",
  counted=("Sieben weitere", "weitere"), calt=[("auf Gäste einer Bar", "Gäste")],
  group=["people", "civilians"], place="IL")
C("s10", "einen arabischen Taxifahrer", 1, unit="person", measure="killed",
  subject="Arab taxi driver allegedly shot by the gunman while fleeing",
  counted=("einen arabischen Taxifahrer", "Taxifahrer"), group=["people", "civilians", "workers"],
  place="IL", hedged=True)
C("s10", "29-jährigen", 29, unit="year", measure="age", subject="age of the suspected Tel Aviv gunman",
  counted=("israelischen Araber", "israelischen Araber"), calt=["Bei dem Mann"], group=MAN, nat="IL",
  place="IL", hedged=True)
C("s10", "Fünf weitere Angehörige", 5, unit="person", measure="captured",
  subject="relatives of the suspect taken into custody besides his father", source="il.media",
  counted=("Fünf weitere Angehörige", "Angehörige"), group=P, nat="IL", nat_alt=[None], place="IL")

# ---------------------------------------------------------------- s11 Inland 546: Innsbruck SPÖ to elect a new chair
C("s11", "einige potenzielle Kandidaten", unit="person", measure="other",
  subject="potential candidates who told Mayr of their interest in the party chair", source="person.ingo_mayr",
  counted=("potenzielle Kandidaten", "Kandidaten"), group=["politicians", "people"], place="AT", **V)
C("s11", "Drei der", 3, unit="person", measure="other",
  subject="SPÖ municipal councillors in Innsbruck who will not run again in 2018",
  counted=("sechs roten Gemeinderäte", "Gemeinderäte"), group=["politicians", "people"], place="AT")
C("s11", "sechs roten Gemeinderäte", 6, unit="person", measure="seats",
  subject="SPÖ municipal councillors (seats) in Innsbruck", counted=("sechs roten Gemeinderäte", "Gemeinderäte"),
  group=["politicians", "members", "people", None], place="AT")
C("s11", "mehrmals", unit="Mal", measure="other", subject="times the party leadership pressed for rejuvenation",
  counted="Verjüngung", place="AT", **V)
C("s11", "5,2 Prozent", -5.2, unit="percent", measure="share",
  subject="change of the Innsbruck SPÖ's vote share in the 2012 municipal election",
  counted=("Die Stadtpartei, die", "Die Stadtpartei"), calt=[("büßte sie 5,2", "sie")], place="AT", increment=True)
C("s11", "14,5 Prozent", 14.5, unit="percent", measure="share",
  subject="vote share of the Innsbruck SPÖ in the 2012 municipal election",
  counted=("Die Stadtpartei, die", "Die Stadtpartei"), calt=[("büßte sie 5,2", "sie")], place="AT")

# ---------------------------------------------------------------- s12 International 592: caning in Aceh
C("s12", "mehrere unverheiratete Paare", unit="Paare", measure="other",
  subject="unmarried couples caned in Aceh", counted=("unverheiratete Paare", "Paare"),
  group=["people"], place="ID", **V)
C("s12", "Rund tausend Zuschauer", 1000, bound="approx", unit="person", measure="participants",
  subject="spectators of the caning in Banda Aceh", counted=("tausend Zuschauer", "Zuschauer"),
  group=["spectators", "people"], place="ID")
C("s12", ("die drei Frauen", "drei Frauen"), 3, unit="person", measure="other",
  subject="women caned in Banda Aceh for spending time with unmarried partners",
  counted=("drei Frauen", "Frauen"), group=WOMAN, nat=None, nat_alt=["ID"], place="ID")
C("s12", "drei Männer", 3, unit="person", measure="other",
  subject="men caned in Banda Aceh for spending time with unmarried partners",
  counted=("drei Männer", "Männer"), group=MAN, nat=None, nat_alt=["ID"], place="ID")
C("s12", "zwischen 18 und 23 Jahren", 18, 23, bound="range", unit="year", measure="age",
  subject="ages of the caned women and men", counted="die drei Frauen und drei Männer",
  group=["people", "women", "men"], nat=None, nat_alt=["ID"], place="ID")
C("s12", "jeweils mehrere Stockschläge", unit="Stockschläge", measure="other",
  subject="cane strokes each of the punished received", counted=("mehrere Stockschläge", "Stockschläge"),
  place="ID", **V)
C("s12", "Eine vierte Frau", 4, unit="person", measure="other", subject="women caned in Banda Aceh (ordinal)",
  counted=("Eine vierte Frau", "Frau"), group=WOMAN, place="ID", optional=True)
C("s12", "über 40", 40, bound="more_than", unit="year", measure="age",
  subject="age of the woman caned for adultery", counted="Eine vierte Frau",
  group=WOMAN, nat=None, nat_alt=["ID"], place="ID")
C("s12", "Eine der Frauen", 1, unit="person", measure="other", subject="woman who fainted after the caning",
  counted=("Eine der Frauen", "Frauen"), group=WOMAN, place="ID", optional=True)

# ---------------------------------------------------------------- s13 International 627: Austria raises aid for Syria, UN and Africa
CHA, EUC = "at.chancellery", "eu.commission"
AID = dict(unit="EUR", measure="aid", nat=None, nat_alt=["AT"], place="AT", place_alt=[None])
C("s13", ("26 Millionen Euro sollen bis", "26 Millionen Euro"), 26e6,
  subject="Austrian aid to EU funds and UN organisations until the end of 2016", source=None, alt=[CHA],
  counted=("an EU-Syrien-Fonds, EU-Afrika-Fonds und UN-Organisationen", "EU-Syrien-Fonds, EU-Afrika-Fonds und UN-Organisationen"),
  **AID)
C("s13", ("Einen Tag vor Beginn", "Einen Tag"), 1, unit="day", measure="duration",
  subject="time between the Council of Ministers' decision and the EU-Africa summit", counted="EU-Afrika-Gipfels",
  place="AT", place_alt=[None], optional=True)
C("s13", "rund 26 Millionen Euro", 26e6, bound="approx",
  subject="Austrian aid to EU aid programmes until the end of 2016", source=None, alt=[CHA, "at.council_of_ministers"],
  counted=("Über eine Beteiligung an EU-Hilfsprogrammen", "Beteiligung an EU-Hilfsprogrammen"),
  calt=["Hilfsgelder"], **AID)
C("s13", "11,5 Millionen", 11.5e6, subject="Austrian contribution to the EU Syria fund (MADAD)", source=None, alt=[CHA],
  counted=("am EU-Syrien-Fonds (MADAD)", "EU-Syrien-Fonds (MADAD)"), calt=[("am EU-Syrien-Fonds (MADAD)", "EU-Syrien-Fonds")],
  unit="EUR", measure="aid", nat="AT", nat_alt=[None], place="AT", place_alt=[None, "SY"])
C("s13", "Die gleiche Summe", 11.5e6, subject="Austrian contribution to UN organisations", source=None, alt=[CHA],
  counted=("an UN-Organisationen gehen", "UN-Organisationen"), optional=True, **AID)
C("s13", "5,5 Millionen", 5.5e6, subject="Austrian contribution to the UNHCR", source=None, alt=[CHA],
  counted="UN-Flüchtlingshochkommissariat UNHCR", calt=["UNHCR"], **AID)
C("s13", "fünf Millionen", 5e6, subject="Austrian contribution to the World Food Programme", source=None, alt=[CHA],
  counted="World Food Programm (WFP)", calt=["World Food Programm"], **AID)
C("s13", "eine weitere Million", 1e6, subject="Austrian contribution to other UN institutions", source=None, alt=[CHA],
  counted="sonstige UN-Institutionen", calt=["UN-Institutionen"], **AID)
C("s13", ("mit drei Millionen unterstützt", "drei Millionen"), 3e6,
  subject="Austrian contribution to the EU Africa fund", source=CHA,
  counted=("Der EU-Afrika-Fonds soll", "EU-Afrika-Fonds"), **AID)
C("s13", "600.000 Euro", 600000, subject="Austrian aid pledged at the end of October for organisations in the region",
  source=None, alt=[CHA, "at.council_of_ministers"],
  counted=("internationale Organisationen in der Region", "internationale Organisationen"),
  unit="EUR", measure="aid", nat=None, nat_alt=["AT"], place="AT", place_alt=[None, "SY"])
C("s13", "je drei Millionen", 3e6, subject="Austrian pledges to the EU Syria fund and the EU Africa fund (each)",
  source=None, alt=[CHA], counted=("Auch wurden dem EU-Syrien-Fonds und dem EU-Afrika-Fonds", "EU-Syrien-Fonds und dem EU-Afrika-Fonds"),
  **AID)
C("s13", "jeweils 500 Millionen", 500e6, unit="EUR", measure="aid",
  subject="contributions the EU Commission demanded for the EU Syria fund and UN organisations (each)", source=EUC,
  counted=("für den EU-Syrien-Fonds sowie UN-Organisationen", "EU-Syrien-Fonds sowie UN-Organisationen"),
  place=None, place_alt=["EU"])
C("s13", "Vor einigen Tagen", unit="day", measure="duration",
  subject="time since Germany announced a large rise in development aid", counted=("Erhöhung seiner Entwicklungshilfe", "Entwicklungshilfe"),
  place="DE", place_alt=[None], **V)
C("s13", ("für die beiden EU-Entwicklungshilfefonds", "beiden"), 2, unit="Fonds", measure="other",
  subject="the two EU development aid funds", counted=("beiden EU-Entwicklungshilfefonds", "EU-Entwicklungshilfefonds"), place=None, optional=True)
C("s13", "1,153 Milliarden Euro", 1.153e9, unit="EUR", measure="aid",
  subject="aid pledged by EU states to the two EU funds and UN organisations", source=CHA,
  counted=("von den EU-Staaten", "EU-Staaten"), calt=[("beiden EU-Entwicklungshilfefonds", "EU-Entwicklungshilfefonds")], place=None, place_alt=["EU"])
C("s13", "2,3 Prozent", 2.3, unit="percent", measure="share", subject="Austria's share of the EU budget",
  source=None, alt=[CHA], counted=("am österreichischen Anteil am EU-Budget", "österreichischen Anteil am EU-Budget"),
  calt=["EU-Budget"], nat="AT", nat_alt=[None], place="AT", place_alt=[None])

# ---------------------------------------------------------------- s14 Web 692: Ubuntu LTS support gaps (c't)
CT = "media.ct"
C("s14", "fünf Jahren", 5, unit="year", measure="duration", subject="promised support period of Ubuntu LTS releases",
  source=None, alt=[CT], counted="Pflegezeitraum", place=None)
C("s14", "Etwa 2.500 Einträge", 2500, bound="approx", unit="Einträge", measure="other",
  subject="packages in Ubuntu's main repository", source=None, alt=[CT],
  counted=("2.500 Einträge", "Einträge"), calt=[("Hauptverzeichnis für Anwendungen", "Hauptverzeichnis")], place=None)
C("s14", "fünf Jahre lang", 5, unit="year", measure="duration", subject="support period of the packages in main",
  source=None, alt=[CT], counted=("Sie werden fünf", "Sie"), calt=[("2.500 Einträge", "Einträge")], place=None)
C("s14", "die mehrfache Anzahl", unit="factor", measure="other",
  subject="size of the universe repository relative to main", counted="Paketen", place=None, **V)
C("s14", "von neun Monaten", 9, unit="month", measure="duration",
  subject="support period some universe packages promise", source=None, alt=[CT],
  counted=("einen Support von", "Support"), place=None)
C("s14", "bis zu drei Jahren", 3, bound="up_to", unit="year", measure="duration",
  subject="support period other universe packages promise", source=None, alt=[CT],
  counted=("einen Support von", "Support"), place=None)
C("s14", ("angegebenen neun Monate", "neun Monate"), 9, unit="month", measure="duration",
  subject="stated support period of universe packages (repeat)", source=None, alt=[CT],
  counted=("nach Ablauf der angegebenen", "Ablauf"), calt=[("einen Support von", "Support")], place=None)
C("s14", "zwei schon länger bekannte Schwachstellen", 2, unit="Schwachstellen", measure="other",
  subject="known vulnerabilities of VLC in the Ubuntu universe repository", source=None, alt=[CT],
  counted="Schwachstellen", place=None)

# ---------------------------------------------------------------- s15 Wirtschaft 723: Fiat Chrysler fined 105 million dollars
AGR, RTR, FCA = "us.fca_nhtsa_agreement", "media.reuters", "it.fiat_chrysler"
C("s15", ("umgerchnet 105 Millionen Dollar", "105 Millionen Dollar"), 105e6, unit="USD", measure="amount",
  subject="fine Fiat Chrysler has to pay over recall failures", source=None, alt=[AGR, RTR],
  counted=("Das Unternehmen muss", "Das Unternehmen"), calt=[("Dollar zahlen", "zahlen")], place="US")
C("s15", ("Rekordstrafe von 105 Millionen Dollar", "105 Millionen Dollar"), 105e6, unit="USD", measure="amount",
  subject="fine Fiat Chrysler has to pay over recall failures", source=AGR, alt=[RTR],
  counted="Rekordstrafe", place="US")
C("s15", "(95,99 Mio. Euro)", 95.99e6, unit="EUR", measure="amount",
  subject="fine Fiat Chrysler has to pay over recall failures (converted)", source=AGR, alt=[RTR],
  counted="Rekordstrafe", place="US")
C("s15", "1,5 Millionen Fahrzeugen", 1.5e6, unit="Fahrzeuge", measure="other",
  subject="vehicles whose owners Fiat Chrysler offers to buy back", source=AGR, alt=[RTR],
  counted=("1,5 Millionen Fahrzeugen", "Fahrzeugen"), calt=["Besitzern"], place="US")
C("s15", "eine Million Jeep-Geländesportwagen", 1e6, unit="Fahrzeuge", measure="other",
  subject="Jeep SUVs with leaking fuel tanks among the buy-back offer", source=None, alt=[AGR, RTR],
  counted="Jeep-Geländesportwagen", place="US")
C("s15", "über drei Jahre", 3, unit="year", measure="duration",
  subject="period of independent monitoring of Fiat Chrysler's recall practice", source=AGR, alt=[RTR],
  counted="Rückrufpraxis", place="US")
C("s15", "mindestens 20 Millionen Dollar", 20e6, bound="at_least", unit="USD", measure="amount",
  subject="investment Fiat Chrysler must make to meet quality requirements", source=None, alt=[AGR, RTR],
  counted="investieren", calt=[("Der Konzern soll", "Der Konzern")], place="US")
C("s15", "zusätzliche 15 Millionen", 15e6, unit="USD", measure="amount",
  subject="additional payment if inspectors find further violations", source=None, alt=[AGR, RTR],
  counted="investieren", calt=[("Der Konzern soll", "Der Konzern")], place="US", increment=True)
C("s15", "1,4 Millionen Wagen", 1.4e6, unit="Fahrzeuge", measure="other",
  subject="vehicles Fiat Chrysler recalled in the US over hacking risks", source=None, alt=[FCA],
  counted=("1,4 Millionen Wagen", "Wagen"), place="US")
C("s15", "vor drei Tagen", 3, unit="day", measure="duration", subject="time since Fiat Chrysler announced the recall",
  source=None, counted=("teilte der Konzern", "teilte"), place="US", optional=True)

# ---------------------------------------------------------------- s16 Wissenschaft 829: jumping spiders size up rivals on video
MQ = "au.macquarie_researchers"
C("s16", "81 Männchen", 81, unit="Männchen", measure="other",
  subject="male Servaea incana jumping spiders studied", source=None, alt=[MQ],
  counted=("81 Männchen", "Männchen"), place="AU", place_alt=[None])
C("s16", "zwei paarungswillige Männchen", 2, unit="Männchen", measure="other",
  subject="males meeting (generic)", counted=("paarungswillige Männchen", "Männchen"), place=None, optional=True)
C("s16", "81 Spinnenmännchen", 81, unit="Männchen", measure="other",
  subject="male Servaea incana jumping spiders shown manipulated videos", source=None, alt=[MQ],
  counted=("81 Spinnenmännchen", "Spinnenmännchen"), place="AU", place_alt=[None])
C("s16", "vier unterschiedlichen Größen", 4, unit="Größen", measure="other",
  subject="sizes of the virtual opponents shown", source=None, alt=[MQ],
  counted=("unterschiedlichen Größen", "Größen"), calt=["virtuelle Kontrahenten"], place="AU", place_alt=[None])

# ---------------------------------------------------------------- s17 Panorama 946: gunman at a prom in Antigo, Wisconsin
POL = "us.police"
PUP = ["pupils", "students", "people"]
C("s17", ("Ein 18-Jähriger feuerte", "Ein 18-Jähriger"), 18, unit="year", measure="age",
  subject="age of the gunman at the Antigo prom", counted=("Ein 18-Jähriger feuerte", "Ein 18-Jähriger"),
  group=MAN, place="US")
C("s17", ("Ein 18-Jähriger hat", "Ein 18-Jähriger"), 18, unit="year", measure="age",
  subject="age of the gunman at the Antigo prom", source=None, alt=[POL],
  counted=("Ein 18-Jähriger hat", "Ein 18-Jähriger"), group=MAN, place="US")
C("s17", "zwei Schüler", 2, unit="person", measure="wounded", subject="pupils wounded at the Antigo prom",
  source=None, alt=[POL], counted=("zwei Schüler", "Schüler"), group=PUP, place="US")
C("s17", "Eine junge Frau", 1, unit="person", measure="wounded", subject="young woman slightly wounded at the Antigo prom",
  source=None, alt=[POL], counted=("Eine junge Frau", "junge Frau"), group=["women"] + PUP, place="US")
C("s17", "ein Mann schwer", 1, unit="person", measure="wounded", subject="man seriously wounded at the Antigo prom",
  source=None, alt=[POL], counted=("ein Mann schwer", "Mann"), group=["men"] + PUP, place="US")
C("s17", "mehr als 30.000 Menschen", 30000, bound="more_than", unit="person per year", measure="killed",
  subject="people killed by firearms in the US each year", counted=("30.000 Menschen", "Menschen"),
  group=P, place="US")

# ---------------------------------------------------------------- s18 Sport 951: 35,000 tickets sold for Austria v Netherlands
C("s18", "35.000 Tickets", 35000, unit="Tickets", measure="other",
  subject="tickets sold for Austria v Netherlands in the Ernst-Happel-Stadion", counted=("35.000 Tickets", "Tickets"),
  place="AT")
C("s18", "ab zehn Euro", 10, bound="at_least", unit="EUR", measure="amount",
  subject="price of tickets for Austria v Netherlands", counted=("Tickets für das Aufeinandertreffen", "Tickets"),
  place="AT")

# ---------------------------------------------------------------- s19 Sport 1015: Athletic Bilbao win the Spanish Supercup
# (no claims: scores, goal minutes, a season and the APA dateline only; all negatives)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
