"""Build the twenty-second held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set (patterns: words of the articles that mention the source)
SOURCES = {
 "de.police_bw": {"label": "Police in Baden-Württemberg (Villingen-Schwenningen grenade attack)",
                  "patterns": ["Polizei"]},
 "de.kripo_bw": {"label": "Criminal police (Kriminalpolizei), Villingen-Schwenningen case (press conference)",
                 "patterns": ["Kriminalpolizei"]},
 "de.lka_bw_bomb_disposal": {"label": "Bomb disposal service (Entschärfungsdienst) of the LKA Baden-Württemberg",
                             "patterns": ["Entschärfungsdienst"]},
 "media.spiegel_online": {"label": "Spiegel Online (report on attacks on refugee homes)",
                          "patterns": ["Spiegel online", "Spiegel", "Bericht"]},
 "de.bka": {"label": "Bundeskriminalamt (BKA, German federal criminal police office), its survey",
            "patterns": ["Bundeskriminalamt", "BKA", "Statistik", "Erhebung"]},
 "at.vig": {"label": "Vienna Insurance Group (VIG)", "patterns": ["VIG", "Vienna Insurance Group", "Konzern"]},
 "person.heinrich_schuster": {"label": "Heinrich Schuster, owner of the villa Meischberger lived in",
                              "patterns": ["Schuster", "Villeneigentümer"]},
 "media.kurier": {"label": "Kurier (Austrian daily)", "patterns": ["Kurier"]},
 "de.bmwi": {"label": "German Federal Ministry for Economic Affairs (Wirtschaftsministerium)",
             "patterns": ["Wirtschaftsministerium", "Ministerium"]},
 "unnamed.economists_reuters_poll": {"label": "economists polled by Reuters",
                                     "patterns": ["Ökonomen", "Reuters"]},
 "person.alexander_van_der_bellen": {"label": "Alexander Van der Bellen, candidate for Austrian president",
                                     "patterns": ["Van der Bellen", "Bellen"]},
 "ps.palestinian_sources": {"label": "Palestinian sources ('nach palästinensischen Angaben')",
                            "patterns": ["palästinensischen Angaben"]},
 "ps.hamas_health_ministry": {"label": "Health ministry of the Hamas government in Gaza",
                              "patterns": ["Gesundheitsministerium", "Hamas"]},
 "il.idf": {"label": "Israeli army (IDF)", "patterns": ["israelische Armee", "Armee"]},
 "unnamed.paramedics": {"label": "paramedics (Sanitäter), West Bank", "patterns": ["Sanitäter"]},
 "ps.rescue_workers": {"label": "Palestinian rescue workers", "patterns": ["Rettungskräfte"]},
 "it.prosecution": {"label": "Italian public prosecution in the Costa Concordia case",
                    "patterns": ["Staatsanwaltschaft"]},
 "org.m7_group": {"label": "M7 Group (Luxembourg), the company behind HD Austria",
                  "patterns": ["M7", "eigenen Angaben", "Unternehmen"]},
 "at.hd_austria": {"label": "HD Austria (satellite TV platform, broadcaster's data)",
                   "patterns": ["HD Austria", "Senderangaben"]},
 "at.orf": {"label": "ORF (Austrian public broadcaster)", "patterns": ["ORF"]},
 "de.police_cologne": {"label": "Police in Cologne (investigators, spokesman)",
                       "patterns": ["Polizei", "Ermittler", "Polizeisprecher"]},
 "de.police_hamburg": {"label": "Police in Hamburg", "patterns": ["Polizei"]},
 "de.police_duesseldorf": {"label": "Police in Düsseldorf (spokesman speaking to the WDR)",
                           "patterns": ["Polizeisprecher", "Polizei"]},
 "person.ralf_jaeger": {"label": "Ralf Jäger, interior minister of North Rhine-Westphalia",
                        "patterns": ["Jäger", "Innenminister"]},
 "person.heiko_maas": {"label": "Heiko Maas, German minister of justice (SPD)",
                       "patterns": ["Maas", "Justizminister"]},
 "at.bmi": {"label": "Austrian interior ministry (Innenministerin Johanna Mikl-Leitner), its list of export licences",
            "patterns": ["Innenministerin", "Innenressort", "Mikl-Leitner", "Liste"]},
 "person.peter_pilz": {"label": "Peter Pilz, Green member of the Austrian parliament", "patterns": ["Pilz"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
REF = ["refugees", "migrants", "people"]
MEN = ["men", "people"]
WOM = ["women", "people"]
KID = ["children", "people"]
PLAYER = ["players", "athletes", "men", "people"]

# ---------------------------------------------------------------- a00 Panorama 58: stranded refugees in an Athens taekwondo hall
C("a00", ("zehn Tage Ausharren", "zehn Tage"), 10, unit="day", measure="duration",
  subject="days the Moroccan family waited at the Greek-Macedonian border",
  counted=("zehn Tage Ausharren", "Ausharren"), place="GR", place_alt=["MK"])
C("a00", ("Tausend Menschen in der", "Tausend"), 1000, unit="person", measure="present",
  subject="refugees in the taekwondo hall in Athens", counted=("Tausend Menschen in der", "Menschen"),
  group=["people", "refugees", "migrants"], place="GR")
C("a00", ("tausende von Flüchtlingen", "tausende"), **V, unit="person", measure="sent",
  subject="refugees Greece waved through to Europe each week", counted=("tausende von Flüchtlingen", "Flüchtlingen"),
  group=REF, place="GR")
C("a00", ("1.500 Menschen waren", "1.500"), 1500, unit="person", measure="received",
  subject="people arriving in Piraeus on the ferry from the Aegean islands on Monday",
  counted=("1.500 Menschen waren", "Menschen"), group=["people", "refugees", "migrants"], place="GR")
C("a00", ("2.000 gingen", "2.000"), 2000, unit="person", measure="received",
  subject="people arriving in Piraeus on Wednesday", counted=None, calt=[("1.500 Menschen waren", "Menschen")],
  group=["people", "refugees", "migrants"], place="GR")
C("a00", ("einige hundert weg", "einige hundert"), **V, unit="person", measure="sent",
  subject="refugees the police took from the stadium to the old camps", counted=None,
  calt=[("Rauferei zwischen Flüchtlingen", "Flüchtlingen")], group=REF, place="GR")

# ---------------------------------------------------------------- a01 International 80: hand grenade on a refugee home in Villingen-Schwenningen
PBW = "de.police_bw"
SPON, BKA = "media.spiegel_online", "de.bka"
C("a01", ("20 Bewohner", "20"), 20, unit="person", measure="displaced",
  subject="residents briefly evacuated for the controlled detonation", source=PBW,
  counted=("20 Bewohner", "Bewohner"), group=["residents", "refugees", "people"], place="DE")
C("a01", ("104 Menschen", "104"), 104, unit="person", measure="present",
  subject="people housed in the refugee home in Villingen-Schwenningen", source=PBW,
  counted=("104 Menschen", "Menschen"), group=["people", "refugees", "residents"], place="DE")
C("a01", ("wonach 176", "176"), 176, unit="person", measure="present",
  subject="people living in the refugee home (earlier, corrected figure)", alt=[PBW], counted=None,
  calt=[("104 Menschen", "Menschen")], group=["people", "refugees", "residents"], place="DE")
C("a01", ("eine 75 Kräfte", "75"), 75, unit="person", measure="deployed",
  subject="officers of the special commission 'Soko Container'", source="de.kripo_bw", alt=[PBW],
  counted=("75 Kräfte", "Kräfte"), calt=["Soko Container"], group=["police", "people"], place="DE")
C("a01", "rund 100 Gramm", 100, bound="approx", unit="g", measure="other",
  subject="TNT explosive in the grenade", source="de.lka_bw_bomb_disposal",
  counted="TNT-Sprengstoff", place="DE")
C("a01", ("mehr als tausend Angriffe", "mehr als tausend"), 1000, bound="more_than", unit="Angriffe",
  measure="other", subject="attacks on refugee homes in Germany last year", source=SPON, alt=[BKA],
  counted=("tausend Angriffe", "Angriffe"), place="DE")
C("a01", ("901 der Taten", "901"), 901, unit="Taten", measure="other",
  subject="attacks on refugee homes last year with a far-right background", source=BKA, alt=[SPON],
  counted=("901 der Taten", "Taten"), place="DE")
C("a01", ("insgesamt 199 Attacken", "199"), 199, unit="Attacken", measure="other",
  subject="attacks on refugee homes in 2014", alt=[BKA, SPON], counted=("199 Attacken", "Attacken"), place="DE")
C("a01", ("davon 177", "177"), 177, unit="Attacken", measure="other",
  subject="attacks on refugee homes in 2014 with a far-right background", alt=[BKA, SPON],
  counted=("davon 177", "davon"), calt=[("199 Attacken", "Attacken")], place="DE")
C("a01", ("173 solcher Fälle", "173"), 173, unit="Fälle", measure="other",
  subject="violent attacks on refugee homes last year", source=SPON, alt=[BKA],
  counted=("173 solcher Fälle", "Fälle"), calt=["Anteil der Gewalttaten"], place="DE")
C("a01", ("seien es 28", "28"), 28, unit="Fälle", measure="other",
  subject="violent attacks on refugee homes in 2014", source=SPON, alt=[BKA], counted=None,
  calt=[("173 solcher Fälle", "Fälle")], place="DE")
C("a01", ("von sechs auf 92", "sechs"), 6, unit="Brandstiftungen", measure="other",
  subject="arson attacks on refugee homes in 2014", source=SPON, alt=[BKA],
  counted=("Zahl der Brandstiftungen", "Brandstiftungen"), place="DE")
C("a01", ("von sechs auf 92", "92"), 92, unit="Brandstiftungen", measure="other",
  subject="arson attacks on refugee homes last year", source=SPON, alt=[BKA],
  counted=("Zahl der Brandstiftungen", "Brandstiftungen"), place="DE")

# ---------------------------------------------------------------- a02 Wirtschaft 147: VIG profit slump, dividend cut
VIG = "at.vig"
C("a02", ("nur von 1,40 auf", "1,40"), 1.40, unit="EUR", measure="amount",
  subject="VIG dividend per share for 2014", alt=[VIG], counted=("sinkt Dividende", "Dividende"),
  place="AT", place_alt=[None])
C("a02", "0,60 Euro", 0.60, unit="EUR", measure="amount",
  subject="VIG dividend per share for 2015 (proposed)", alt=[VIG], counted=("sinkt Dividende", "Dividende"),
  place="AT", place_alt=[None])
C("a02", ("EGT auf bis zu 400 Mio. Euro", "bis zu 400 Mio. Euro"), 400e6, bound="up_to", unit="EUR",
  measure="amount", subject="VIG's target for pre-tax profit 2016", alt=[VIG],
  counted=("2016 soll EGT", "EGT"), place="AT", place_alt=[None])
C("a02", ("zumindest verdoppelt", "verdoppelt"), 2, bound="at_least", unit="factor", measure="other",
  subject="VIG's targeted growth of pre-tax profit 2016", alt=[VIG], counted=("2016 soll EGT", "EGT"),
  place="AT", place_alt=[None])
C("a02", "518,4 Mio. Euro", 518.4e6, unit="EUR", measure="amount", subject="VIG pre-tax profit 2014",
  alt=[VIG], counted=("Das Ergebnis vor Steuern", "Ergebnis vor Steuern"), calt=["(EGT)"],
  place="AT", place_alt=[None])
C("a02", "rund 172 Mio. Euro", 172e6, bound="approx", unit="EUR", measure="amount",
  subject="VIG pre-tax profit 2015", alt=[VIG], counted=("Das Ergebnis vor Steuern", "Ergebnis vor Steuern"),
  calt=["(EGT)"], place="AT", place_alt=[None])
C("a02", ("auf ein Drittel", "ein Drittel"), 1 / 3, unit="factor", measure="other",
  subject="VIG pre-tax profit 2015 as a fraction of 2014", alt=[VIG],
  counted=("Das Ergebnis vor Steuern", "Ergebnis vor Steuern"), calt=["(EGT)"], place="AT", place_alt=[None])
C("a02", ("von 1,40 Euro auf", "1,40 Euro"), 1.40, unit="EUR", measure="amount",
  subject="VIG dividend per share for 2014", source=VIG, counted=("soll die Dividende", "Dividende"),
  place="AT", place_alt=[None])
C("a02", "60 Cent", 0.60, unit="EUR", measure="amount", subject="VIG dividend per share for 2015 (proposed)",
  source=VIG, counted=("soll die Dividende", "Dividende"), place="AT", place_alt=[None])
C("a02", ("mindestens eine Verdoppelung", "Verdoppelung"), 2, bound="at_least", unit="factor", measure="other",
  subject="VIG's targeted growth of pre-tax profit 2016", source=VIG, counted="Vorsteuerergebnisses",
  place="AT", place_alt=[None])
C("a02", ("Vorsteuerergebnisses auf bis zu 400 Mio. Euro", "bis zu 400 Mio. Euro"), 400e6, bound="up_to",
  unit="EUR", measure="amount", subject="VIG's target for pre-tax profit 2016", source=VIG,
  counted="Vorsteuerergebnisses", place="AT", place_alt=[None])
C("a02", "rund 78 Prozent", 78, bound="approx", unit="percent", measure="share", hedged=True,
  subject="VIG payout ratio for 2015", alt=[VIG], counted="Ausschüttungsquote", place="AT", place_alt=[None])
C("a02", "195 Mio. Euro", 195e6, unit="EUR", measure="amount", subject="VIG write-down on IT systems in Q3 2015",
  alt=[VIG], counted="Wertberichtigung", place="AT", place_alt=[None])
C("a02", ("der ersten drei Quartale", "drei Quartale"), 3, unit="Quartale", measure="duration",
  subject="period of the quarterly figures (first three quarters)", counted=None, optional=True)
C("a02", "440,5 Mio.", 440.5e6, unit="EUR", measure="amount",
  subject="VIG pre-tax profit of the first three quarters before the write-down", alt=[VIG],
  counted=("das EGT der ersten", "EGT"), place="AT", place_alt=[None])
C("a02", "175,3 Mio. Euro", 175.3e6, unit="EUR", measure="amount",
  subject="VIG pre-tax profit of the first three quarters after the write-down", alt=[VIG],
  counted=("das EGT der ersten", "EGT"), place="AT", place_alt=[None])
C("a02", "über 9 Mrd. Euro", 9e9, bound="more_than", unit="EUR", measure="amount",
  subject="VIG premium volume 2015", alt=[VIG], counted="Prämienvolumen", place="AT", place_alt=[None])
C("a02", "0,8 Prozent", 0.8, unit="percent", measure="share", increment=True,
  subject="growth of VIG premiums in property/casualty", alt=[VIG], counted=("stiegen die Einnahmen", "Einnahmen"),
  calt=["Schaden/Unfall"], place="AT", place_alt=[None])
C("a02", "3,0 Prozent", 3.0, unit="percent", measure="share", increment=True,
  subject="growth of VIG premiums in health insurance", alt=[VIG], counted=("stiegen die Einnahmen", "Einnahmen"),
  calt=["Krankensparte"], place="AT", place_alt=[None])
C("a02", "4,9 Prozent", 4.9, unit="percent", measure="share", increment=True,
  subject="growth of VIG regular-premium life insurance", alt=[VIG],
  counted=("stiegen die Einnahmen", "Einnahmen"), calt=["Lebensversicherung gegen laufende Prämie"],
  place="AT", place_alt=[None])
C("a02", "-15,7 Prozent", -15.7, unit="percent", measure="share", increment=True,
  subject="change of VIG single-premium business", source=VIG, counted="Einmalerlagsgeschäft",
  place="AT", place_alt=[None])
C("a02", "1,4 Prozent", -1.4, unit="percent", measure="share", increment=True,
  subject="change of VIG written premiums", source=VIG, counted="verrechneten Prämien",
  calt=["Rückgang"], place="AT", place_alt=[None])

# ---------------------------------------------------------------- a03 Sport 249: portrait of Franz Beckenbauer
C("a03", ("70-jährige Vita", "70"), 70, unit="year", measure="age", subject="age of Franz Beckenbauer",
  counted=("70-jährige Vita", "Vita"), calt=[("dass Franz Beckenbauer", "Franz Beckenbauer")],
  group=MEN, nat=None, nat_alt=["DE"], place=None, place_alt=["DE", "AT"])
C("a03", ("sechs Meisterschaften", "sechs"), 6, unit="Meisterschaften", measure="other",
  subject="championships won by Beckenbauer", counted=("sechs Meisterschaften", "Meisterschaften"),
  place=None, place_alt=["DE"])
C("a03", ("sechs Europacupsiege", "sechs"), 6, unit="Europacupsiege", measure="other",
  subject="European cup wins of Beckenbauer", counted="Europacupsiege")
C("a03", ("einen EM-Titel", "einen"), 1, unit="EM-Titel", measure="other",
  subject="European championship titles of Beckenbauer", counted="EM-Titel")
C("a03", ("zwei WM-Triumphe", "zwei"), 2, unit="WM-Triumphe", measure="other",
  subject="World Cup wins of Beckenbauer (as player and coach)", counted="WM-Triumphe")
C("a03", "vierfachen", 4, unit="Bambi", measure="other", subject="Bambi awards won by Beckenbauer",
  counted="Bambi-Preisträgers", calt=["Werbedarlings"], group=MEN, nat=None, nat_alt=["DE"])
C("a03", ("zum dritten Mal verheiratet", "dritten Mal"), 3, unit="Ehen", measure="other",
  subject="marriages of Beckenbauer", counted=("Beckenbauer ist zum dritten", "Beckenbauer"), group=MEN,
  optional=True)
C("a03", ("hat fünf Kinder", "fünf"), 5, unit="person", measure="size", subject="children of Beckenbauer",
  counted=("fünf Kinder", "Kinder"), group=KID, nat=None, nat_alt=["DE"], place=None, place_alt=["DE", "AT"])
C("a03", ("ist zwölf Jahre alt", "zwölf Jahre"), 12, unit="year", measure="age",
  subject="age of Beckenbauer's youngest child, his only daughter", counted="Das jüngste",
  calt=["seine einzige Tochter"], group=["children", "women", "people"], nat=None, nat_alt=["DE"],
  place=None, place_alt=["DE", "AT"])
C("a03", ("46-jährig", "46"), 46, unit="year", measure="age", subject="age of Beckenbauer's son Stephan at his death",
  counted="Sohn Stephan", group=MEN, nat=None, nat_alt=["DE"], place=None, place_alt=["DE", "AT"])
C("a03", "achtfachen", 8, unit="Enkel", measure="other", subject="grandchildren of Beckenbauer",
  counted=("achtfachen Großvater", "Großvater"), group=MEN, nat=None, nat_alt=["DE"], place=None,
  place_alt=["AT"])

# ---------------------------------------------------------------- a04 Wirtschaft 252: Meischberger leaves the villa
SCH = "person.heinrich_schuster"
C("a04", ("mehr als zwei Jahre", "mehr als zwei Jahre"), 2, bound="more_than", unit="year", measure="duration",
  subject="length of the legal dispute over Meischberger's moving out", counted="Rechtsstreit", place="AT")
C("a04", ("eine Käuferin", "eine"), 1, unit="person", measure="other", subject="buyer Schuster has at hand",
  source=SCH, alt=["media.kurier"], counted="Käuferin", group=["customers", "people"], place="AT", optional=True)
C("a04", ("mehrere andere", "mehrere"), **V, unit="person", measure="other",
  subject="further interested buyers of the villa", source=SCH, alt=["media.kurier"], counted="Interessenten",
  group=["customers", "people"], place="AT")
C("a04", "höher als 3,2 Millionen Euro", 3.2e6, bound="more_than", unit="EUR", measure="amount", hedged=True,
  subject="current offer for Meischberger's villa", source=SCH, alt=["media.kurier"],
  counted=("Das jetzige Angebot", "Angebot"), place="AT")

# ---------------------------------------------------------------- a05 Etat 288: Eurobest awards
C("a05", ("insgesamt 71 Awards", "71"), 71, unit="Awards", measure="other",
  subject="awards won by France at Eurobest", counted=("71 Awards", "Awards"), nat="FR", nat_alt=[None],
  place="BE", place_alt=[None])
C("a05", ("Sechs Grands Prix", "Sechs"), 6, unit="Grands Prix", measure="other",
  subject="Grands Prix won by Britain at Eurobest", counted="Grands Prix", nat="GB", nat_alt=[None],
  place="BE", place_alt=[None])
C("a05", ("und drei nach Frankreich", "drei"), 3, unit="Grands Prix", measure="other",
  subject="Grands Prix won by France at Eurobest", counted=None, calt=["Grands Prix"], nat="FR", nat_alt=[None],
  place="BE", place_alt=[None])
C("a05", ("acht Löwen", "acht"), 8, unit="Löwen", measure="other",
  subject="Cannes Lions won by the Vangardist special issue", counted=("acht Löwen", "Löwen"),
  calt=[("Die Sonderausgabe", "Sonderausgabe")], nat=None, nat_alt=["AT"], place="FR", place_alt=[None])

# ---------------------------------------------------------------- a06 Wirtschaft 357: German industrial orders fall
BMWI = "de.bmwi"
C("a06", ("sanken um 1,8 Prozent gegenüber", "1,8 Prozent"), -1.8, unit="percent", measure="share",
  increment=True, subject="change of German industrial orders in August against July", alt=[BMWI],
  counted=("Bestellungen sanken um 1,8 Prozent gegenüber", "Bestellungen"), place="DE")
C("a06", ("überraschend um 1,8 Prozent", "1,8 Prozent"), -1.8, unit="percent", measure="share",
  increment=True, subject="change of German industrial orders in August against July", source=BMWI,
  counted=("Die Bestellungen sanken überraschend", "Bestellungen"), place="DE")
C("a06", "0,5 Prozent", 0.5, unit="percent", measure="share", increment=True,
  subject="change of German industrial orders in August expected by economists",
  source="unnamed.economists_reuters_poll", counted=("Die Bestellungen sanken überraschend", "Bestellungen"),
  calt=["ein Plus"], place="DE")
C("a06", "2,2 Prozent", -2.2, unit="percent", measure="share", increment=True,
  subject="change of German industrial orders in July", alt=[BMWI],
  counted=("Die Bestellungen sanken überraschend", "Bestellungen"), calt=["ein Minus"], place="DE")
C("a06", "1,2 Prozent", -1.2, unit="percent", measure="share", increment=True,
  subject="change of German industrial orders from abroad in August", alt=[BMWI],
  counted=("Die Bestellungen aus dem Ausland", "Bestellungen"), calt=["Die Bestellungen aus dem Ausland"],
  place="DE")
C("a06", "2,6 Prozent", -2.6, unit="percent", measure="share", increment=True,
  subject="change of German domestic industrial orders in August", alt=[BMWI], counted="Inlandsorders",
  place="DE")

# ---------------------------------------------------------------- a07 Inland 365: Van der Bellen starts his campaign
VDB = "person.alexander_van_der_bellen"
C("a07", ("den 71-Jährigen", "71"), 71, unit="year", measure="age", subject="age of Alexander Van der Bellen",
  counted="den 71-Jährigen", group=MEN, nat="AT", nat_alt=[None], place="AT", place_alt=[None])
C("a07", ("auf zwei Parolen", "zwei"), 2, unit="Parolen", measure="other",
  subject="slogans of Van der Bellen's campaign", counted="Parolen", place="AT")
C("a07", ("in zwei Jahren", "zwei Jahren"), 2, unit="year", measure="duration", hedged=True,
  subject="time until the FPÖ hype might be over (Van der Bellen's joke)", source=VDB,
  counted="Hype", place="AT")
C("a07", ("der 71-Jährige", "71"), 71, unit="year", measure="age", subject="age of Alexander Van der Bellen",
  counted="der 71-Jährige", group=MEN, nat="AT", nat_alt=[None], place="AT", place_alt=[None])

# ---------------------------------------------------------------- a08 International 439: two Palestinians killed, Israelis wounded
IDF, MED = "il.idf", "unnamed.paramedics"
PAL = ["people"]
ISR = ["people", "civilians"]
C("a08", ("Zwei Palästinenser erschossen", "Zwei"), 2, unit="person", measure="killed",
  subject="Palestinians killed on Friday", counted=("Zwei Palästinenser", "Palästinenser"), group=PAL,
  nat="PS", place="PS", place_alt=[None])
C("a08", ("und vier Israelis schwer verletzt. Jerusalem", "vier"), 4, unit="person", measure="wounded",
  subject="Israelis seriously wounded on Friday", counted=("vier Israelis schwer verletzt. Jerusalem", "Israelis"),
  group=ISR, nat="IL", place="PS", place_alt=[None])
C("a08", ("Freitag zwei Palästinenser getötet", "zwei"), 2, unit="person", measure="killed",
  subject="Palestinians killed on Friday", counted=("zwei Palästinenser getötet", "Palästinenser"), group=PAL,
  nat="PS", place="PS", place_alt=[None])
C("a08", ("getötet und vier Israelis", "vier"), 4, unit="person", measure="wounded",
  subject="Israelis seriously wounded on Friday", counted=("getötet und vier Israelis", "Israelis"),
  group=ISR, nat="IL", place="PS", place_alt=[None])
C("a08", ("Angaben einen Palästinenser", "einen"), 1, unit="person", measure="killed",
  subject="Palestinian shot at a protest east of Khan Yunis", source="ps.palestinian_sources",
  counted=("Angaben einen Palästinenser", "Palästinenser"), group=PAL, nat="PS", place="PS", optional=True)
C("a08", ("eine 72-jährige Palästinenserin", "72"), 72, unit="year", measure="age",
  subject="age of the Palestinian woman killed in Hebron", alt=["ps.palestinian_sources"],
  counted=("72-jährige Palästinenserin", "Palästinenserin"), group=WOM, nat="PS", place="PS")
C("a08", ("Bei mehreren Angriffen", "mehreren"), **V, unit="Angriffe", measure="other",
  subject="attacks in the West Bank on Friday", counted=("mehreren Angriffen", "Angriffen"), place="PS")
C("a08", ("erlitten vier Israelis", "vier"), 4, unit="person", measure="wounded",
  subject="Israelis seriously wounded in attacks in the West Bank", counted=("erlitten vier Israelis", "Israelis"),
  group=ISR, nat="IL", place="PS")
C("a08", ("ein weiterer wurde leicht", "ein weiterer"), 1, unit="person", measure="wounded", increment=True,
  subject="further Israeli lightly wounded", counted=None, calt=[("erlitten vier Israelis", "Israelis")],
  group=ISR, nat="IL", place="PS")
C("a08", ("einen 23-jährigen Palästinenser", "23"), 23, unit="year", measure="age",
  subject="age of the Palestinian shot in the Gaza Strip", alt=["ps.hamas_health_ministry"],
  counted=("23-jährigen Palästinenser", "Palästinenser"), group=MEN, nat="PS", place="PS")
C("a08", ("Protestaktion mehrerer", "mehrerer"), **V, unit="Palästinenserorganisationen", measure="other",
  subject="Palestinian organisations at the protest", counted="Palästinenserorganisationen", place="PS")
C("a08", ("als mehrere Palästinenser", "mehrere"), **V, unit="person", measure="other",
  subject="Palestinians trying to break through the buffer zone", source=IDF,
  counted=("als mehrere Palästinenser", "Palästinenser"), group=PAL, nat="PS", place="PS")
C("a08", ("insgesamt 30 Palästinenser", "30"), 30, unit="person", measure="wounded",
  subject="Palestinians wounded by gunfire in the Gaza Strip", alt=["ps.hamas_health_ministry"],
  counted=("30 Palästinenser", "Palästinenser"), group=PAL, nat="PS", place="PS")
C("a08", ("Armeeangaben eine Palästinenserin", "eine"), 1, unit="person", measure="killed",
  subject="Palestinian woman shot in Hebron", source=IDF,
  counted=("Armeeangaben eine Palästinenserin", "Palästinenserin"), group=WOM, nat="PS", place="PS", optional=True)
C("a08", ("Die 72-Jährige", "72"), 72, unit="year", measure="age",
  subject="age of the Palestinian woman killed in Hebron", source=IDF, counted="Die 72-Jährige",
  group=WOM, nat="PS", place="PS")
C("a08", ("verletzten Unbekannte zwei Israelis", "zwei"), 2, unit="person", measure="wounded",
  subject="Israelis wounded by gunfire at the Tomb of the Patriarchs", alt=[IDF],
  counted=("zwei Israelis durch", "Israelis"), group=ISR, nat="IL", place="PS")
C("a08", ("ein 16-Jähriger", "16"), 16, unit="year", measure="age",
  subject="age of an Israeli wounded at the Tomb of the Patriarchs", source=MED, counted="ein 16-Jähriger",
  group=["children", "men", "people"], nat="IL", nat_alt=[None], place="PS")
C("a08", ("ein 18-Jähriger", "18"), 18, unit="year", measure="age",
  subject="age of an Israeli lightly wounded at the Tomb of the Patriarchs", source=MED, counted="ein 18-Jähriger",
  group=MEN, nat="IL", nat_alt=[None], place="PS")
C("a08", ("einen Israeli schwer", "einen"), 1, unit="person", measure="wounded",
  subject="Israeli seriously wounded in a knife attack north of Jerusalem", alt=[IDF],
  counted=("einen Israeli schwer", "Israeli"), group=ISR, nat="IL", place="PS", optional=True)
C("a08", ("ein 19-jähriger Israeli", "19"), 19, unit="year", measure="age",
  subject="age of the Israeli shot near Beit Anon", source=IDF, alt=[MED],
  counted=("19-jähriger Israeli", "Israeli"), group=MEN, nat="IL", place="PS")
C("a08", ("15 Palästinenser verletzt", "15"), 15, unit="person", measure="wounded",
  subject="Palestinians wounded in clashes in Hebron", source="ps.rescue_workers",
  counted=("15 Palästinenser", "Palästinenser"), group=PAL, nat="PS", place="PS")
C("a08", ("Neun Israelis", "Neun"), 9, unit="person", measure="killed",
  subject="Israelis killed in attacks since the beginning of October", counted=("Neun Israelis", "Israelis"),
  group=ISR, nat="IL", place="IL", place_alt=["PS", None])
C("a08", "mehr als 70", 70, bound="more_than", unit="person", measure="killed",
  subject="Palestinians killed since the beginning of October", counted=("mehr als 70 Palästinenser", "Palästinenser"),
  group=PAL, nat="PS", place="PS", place_alt=["IL", None])
C("a08", ("mehr als der Hälfte", "mehr als der Hälfte"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of proven or alleged attackers among the Palestinians killed", counted=("von ihnen", "ihnen"),
  calt=[("mehr als 70 Palästinenser", "Palästinenser")], group=PAL, nat="PS", place="PS", place_alt=["IL", None])

# ---------------------------------------------------------------- a09 Sport 646: Altach signs Topcagic
C("a09", ("zuletzt zwei Jahre", "zwei Jahre"), 2, unit="year", measure="duration",
  subject="time Topcagic played for Shakhtar Karagandy", counted=None, calt=["Der gebürtige Bosnier"],
  place="KZ")
C("a09", ("der 27-Jährige", "27"), 27, unit="year", measure="age", subject="age of Mihret Topcagic",
  counted="der 27-Jährige", calt=["Mihret Topcagic"], group=PLAYER, nat="AT", nat_alt=["BA"], place="AT")

# ---------------------------------------------------------------- a10 Panorama 766: Schettino's appeal begins
PRO = "it.prosecution"
C("a10", ("zu 16 Jahren verurteilt", "16 Jahren"), 16, unit="year", measure="duration",
  subject="Schettino's first-instance prison sentence (teaser)", counted="Früherer Kapitän", group=MEN,
  nat="IT", nat_alt=[None], place="IT")
C("a10", ("will jetzt 27 Jahre Haft", "27 Jahre"), 27, unit="year", measure="duration",
  subject="prison term the prosecution demands for Schettino (teaser)", source=PRO,
  counted=("27 Jahre Haft", "Haft"), place="IT")
C("a10", "Mehr als vier Jahre", 4, bound="more_than", unit="year", measure="duration",
  subject="time since the Costa Concordia disaster", counted=None, calt=[("nach der Havarie der Costa", "Havarie")],
  place="IT")
C("a10", "27 Jahre und drei Monaten", 27.25, unit="year", measure="duration",
  subject="prison term the prosecution demands for Schettino", source=PRO,
  counted=("drei Monaten Haft", "Haft"), calt=[("fordert für ihn", "ihn")], place="IT")
C("a10", "16 Jahren und einem Monat", 16 + 1 / 12, unit="year", measure="duration",
  subject="Schettino's first-instance prison sentence", counted=("einem Monat Haft", "Haft"),
  calt=[("Schettino war im", "Schettino")], place="IT")
C("a10", ("zwei Schiffsoffiziere", "zwei"), 2, unit="person", measure="other",
  subject="ship's officers convicted with the helmsman in 2013", counted="Schiffsoffiziere",
  group=["workers", "employees", "people"], nat=None, nat_alt=["IT"], place="IT")
C("a10", "zwischen einem Jahr und sechs Monaten und einem Jahr und elf Monaten", 1.5, 1 + 11 / 12,
  bound="range", unit="year", measure="duration",
  subject="prison terms of the helmsman and two officers (2013)", counted="Haftstrafen", place="IT")
C("a10", ("32 der", "32"), 32, unit="person", measure="killed", subject="people killed in the Costa Concordia disaster",
  counted=("4.200 Menschen an Bord", "Menschen"), group=P, place="IT")
C("a10", "mehr als 4.200", 4200, bound="more_than", unit="person", measure="present",
  subject="people aboard the Costa Concordia", counted=("4.200 Menschen an Bord", "Menschen"), group=P, place="IT")
C("a10", ("77 Österreicher", "77"), 77, unit="person", measure="present",
  subject="Austrians aboard the Costa Concordia", counted=("77 Österreicher", "Österreicher"),
  group=["people", "tourists"], nat="AT", place="IT")

# ---------------------------------------------------------------- a11 Etat 797: HD Austria starts its own satellite platform
M7, HDA, ORF = "org.m7_group", "at.hd_austria", "at.orf"
HH = ["households", "customers", "people"]
C("a11", ("über zwei Millionen Satelliten-Haushalte", "über zwei Millionen"), 2e6, bound="more_than",
  unit="Haushalte", measure="size", subject="satellite TV households in Austria",
  counted=("über zwei Millionen Satelliten-Haushalte", "Satelliten-Haushalte"), group=HH, place="AT")
C("a11", "7,90 Euro pro Monat und 14,90 Euro", 7.90, 14.90, bound="range", unit="EUR", measure="amount",
  subject="monthly price of HD Austria's packages", counted=("variiert der Preis", "Preis"), place="AT")
C("a11", ("40 HD-Sender", "40"), 40, unit="Sender", measure="other",
  subject="HD channels in HD Austria's larger package", counted=("40 HD-Sender", "HD-Sender"), place="AT")
C("a11", ("15 zusätzliche Sender", "15"), 15, unit="Sender", measure="other", increment=True,
  subject="additional channels in HD Austria's pricier package", counted=("15 zusätzliche Sender", "Sender"),
  place="AT")
C("a11", "3,5 Millionen", 3.5e6, unit="person", measure="size", subject="customers of the M7 Group in Europe",
  source=M7, counted=("3,5 Millionen Kunden", "Kunden"), group=["customers", "households", "people"], place=None)
C("a11", ("weitere zwei Millionen", "zwei Millionen"), 2e6, unit="person", measure="planned", increment=True,
  subject="further customers the M7 Group targets in Austria", alt=[M7],
  counted=("zwei Millionen Kunden im Visier", "Kunden"), group=["customers", "households", "people"], place="AT")
C("a11", "72 Prozent", 72, unit="percent", measure="share", subject="satellite households in Austria with an HD TV",
  source=HDA, alt=[M7], counted=("von ihnen", "ihnen"), calt=[("So viele Satelliten-Haushalte", "Satelliten-Haushalte")],
  group=HH, place="AT")
C("a11", ("Einige Forderungen", "Einige"), **V, unit="Forderungen", measure="other",
  subject="ORF demands HD Austria had to accept", counted="Forderungen", place="AT")
C("a11", ("zwei verschiedene Receiver", "zwei"), 2, unit="Receiver", measure="other",
  subject="receivers for HD Austria on sale", counted=("zwei verschiedene Receiver", "Receiver"), place="AT")
C("a11", ("kosten 69", "69"), 69, unit="EUR", measure="amount", subject="price of the cheaper HD Austria receiver",
  counted=("Sie kosten", "Sie"), calt=[("zwei verschiedene Receiver", "Receiver")], place="AT")
C("a11", "159 Euro", 159, unit="EUR", measure="amount", subject="price of the dearer HD Austria receiver",
  counted=("Sie kosten", "Sie"), calt=[("zwei verschiedene Receiver", "Receiver")], place="AT")
C("a11", ("mehr als 100 TV-Sendern", "mehr als 100"), 100, bound="more_than", unit="Sender", measure="other",
  subject="TV channels distributed by pay-TV providers in Austria", alt=[ORF],
  counted=("100 TV-Sendern", "TV-Sendern"), place="AT")

# ---------------------------------------------------------------- a12 Panorama 818: Cologne New Year's Eve assaults, suspects
PK, PH, PD = "de.police_cologne", "de.police_hamburg", "de.police_duesseldorf"
SUS = ["people", "prisoners"]
C("a12", ("Zwei mutmaßliche Täter sitzen", "Zwei"), 2, unit="person", measure="captured",
  subject="suspects in custody in Cologne (teaser)", alt=[PK], counted=("Zwei mutmaßliche Täter", "Täter"),
  group=SUS, place="DE")
C("a12", ("mindestens drei mutmaßliche Täter", "mindestens drei"), 3, bound="at_least", unit="person",
  measure="other", subject="suspects identified in Cologne", source=PK,
  counted=("drei mutmaßliche Täter", "Täter"), group=P, place="DE")
C("a12", ("Zwei von ihnen", "Zwei"), 2, unit="person", measure="captured", subject="suspects in custody in Cologne",
  source=PK, counted=("Zwei von ihnen", "ihnen"), calt=[("drei mutmaßliche Täter", "Täter")], group=SUS, place="DE")
C("a12", ("auf mehr als hundert", "mehr als hundert"), 100, bound="more_than", unit="Anzeigen", measure="other",
  subject="criminal complaints in Cologne", alt=[PK], counted=("Zahl der Anzeigen", "Anzeigen"), place="DE")
C("a12", ("lagen 53 Anzeigen", "53"), 53, unit="Anzeigen", measure="other",
  subject="criminal complaints in Hamburg", alt=[PH], counted=("53 Anzeigen", "Anzeigen"), place="DE")
C("a12", ("sind drei Verdächtige", "drei"), 3, unit="person", measure="other",
  subject="suspects identified with a direct link to the assaults in Cologne", source="person.ralf_jaeger",
  counted=("drei Verdächtige", "Verdächtige"), group=P, place="DE")
C("a12", ("insgesamt 16 Verdächtige", "16"), 16, unit="person", measure="other",
  subject="suspects the Cologne investigators have found", source=PK,
  counted=("16 Verdächtige", "Verdächtige"), group=P, place="DE")
C("a12", ("etwa drei Viertel", "etwa drei Viertel"), 75, bound="approx", unit="percent", measure="share",
  subject="reported offences in Cologne in which victims say they were also sexually assaulted", source=PK,
  counted=("121 angezeigten Taten", "angezeigten Taten"), calt=["Opfer angegeben"], place="DE")
C("a12", ("der 121", "121"), 121, unit="Taten", measure="other", subject="offences reported in Cologne",
  source=PK, counted=("121 angezeigten Taten", "angezeigten Taten"), place="DE")
C("a12", ("In zwei Fällen seien", "zwei"), 2, unit="Fälle", measure="other",
  subject="reported rapes in Cologne", source=PK, counted=("In zwei Fällen", "Fällen"),
  calt=["Vergewaltigungen angezeigt"], place="DE")
C("a12", "rund 1.000", 1000, bound="approx", unit="person", measure="present",
  subject="men in the crowd at Cologne station on New Year's Eve", counted=("1.000 Männern", "Männern"),
  calt=[("aus einer Gruppe von", "Gruppe")], group=MEN, place="DE")
C("a12", ("in zwei der angezeigten", "zwei"), 2, unit="Fälle", measure="other",
  subject="reported cases in Cologne with suspicion of rape", source=PK,
  counted=("zwei der angezeigten Fälle", "angezeigten Fälle"), place="DE")
C("a12", ("deutlich auf 53 an", "53"), 53, unit="Straftaten", measure="other",
  subject="offences reported in Hamburg (Reeperbahn)", source=PH,
  counted=("Zahl der angezeigten Straftaten", "angezeigten Straftaten"), place="DE")
C("a12", ("Elf Frauen", "Elf"), 11, unit="person", measure="other",
  subject="women who reported assaults or theft in Düsseldorf", source=PD, counted=("Elf Frauen", "Frauen"),
  group=WOM, place="DE")
C("a12", ("etwa hundert Menschen", "etwa hundert"), 100, bound="approx", unit="person", measure="participants",
  subject="counter-demonstrators against the Pro NRW vigil in Cologne", counted=("hundert Menschen", "Menschen"),
  group=P, place="DE")
C("a12", ("mehr als einem Jahr Haft", "mehr als einem Jahr"), 1, bound="more_than", unit="year", measure="duration",
  subject="prison sentence from which asylum seekers can be expelled", source="person.heiko_maas",
  counted=("einem Jahr Haft", "Haft"), place="DE")
C("a12", ("mit rund 1.500", "rund 1.500"), 1500, bound="approx", unit="Mitgliedsbetriebe", measure="size",
  subject="member businesses of the Cologne hotel and restaurant association",
  counted=("1.500 Mitgliedsbetrieben", "Mitgliedsbetrieben"), place="DE")

# ---------------------------------------------------------------- a13 Web 903: Merkel/Obama G7 photo memes
C("a13", "tausendfach", **V, unit="Mal", measure="other", subject="shares of the Merkel memes",
  counted=None, calt=["Angela Merkel wird in Jacuzzi"])

# ---------------------------------------------------------------- a14 Inland 914: Pilz on arms export licences to Saudi Arabia and the UAE
BMI, PILZ = "at.bmi", "person.peter_pilz"
EXP = dict(alt=[BMI, PILZ], place="AT", place_alt=["SA"])
EXPU = dict(alt=[BMI, PILZ], place="AT", place_alt=["AE"])
C("a14", ("die beiden Staaten", "beiden"), 2, unit="Staaten", measure="other",
  subject="states buying Austrian arms (Saudi Arabia, UAE)", counted=("die beiden Staaten", "Staaten"), optional=True)
C("a14", ("insgesamt 22 Ausfuhrbewilligungen", "22"), 22, unit="Ausfuhrbewilligungen", measure="other",
  subject="export licences for Saudi Arabia since 2006", counted=("22 Ausfuhrbewilligungen", "Ausfuhrbewilligungen"),
  **EXP)
C("a14", "22.105", 22105, unit="Granaten", measure="other", subject="grenades licensed for export to Saudi Arabia",
  counted=("22.105 Stück Granaten", "Granaten"), **EXP)
C("a14", ("379 Granatwerfer", "379"), 379, unit="Granatwerfer", measure="other",
  subject="grenade launchers licensed for export to Saudi Arabia", counted=("379 Granatwerfer", "Granatwerfer"),
  **EXP)
C("a14", "10.636", 10636, unit="Maschinenpistolen", measure="other",
  subject="submachine guns licensed for export to Saudi Arabia",
  counted=("10.636 Maschinenpistolen", "Maschinenpistolen"), **EXP)
C("a14", ("fünf Stück Munition", "fünf"), 5, unit="Munition", measure="other",
  subject="pieces of ammunition licensed for export to Saudi Arabia",
  counted=("fünf Stück Munition", "Munition"), **EXP)
C("a14", ("zwölf Feuerleit", "zwölf"), 12, unit="Feuerleit- und Beobachtungssysteme", measure="other",
  subject="fire control and observation systems licensed for export to Saudi Arabia",
  counted="Feuerleit- und Beobachtungssysteme", **EXP)
C("a14", ("summa summarum 24", "24"), 24, unit="Genehmigungen", measure="other",
  subject="export licences for the UAE in the past decade", counted=("24 Genehmigungen", "Genehmigungen"), **EXPU)
C("a14", "285.379", 285379, unit="Granaten", measure="other", subject="grenades licensed for export to the UAE",
  counted=("285.379 Stück Granaten", "Granaten"), **EXPU)
C("a14", ("68 Granatwerfer", "68"), 68, unit="Granatwerfer", measure="other",
  subject="grenade launchers licensed for export to the UAE", counted=("68 Granatwerfer", "Granatwerfer"), **EXPU)
C("a14", ("399 Gewehre", "399"), 399, unit="Gewehre", measure="other",
  subject="rifles licensed for export to the UAE", counted=("399 Gewehre", "Gewehre"), **EXPU)
C("a14", ("81 Maschinenpistolen", "81"), 81, unit="Maschinenpistolen", measure="other",
  subject="submachine guns licensed for export to the UAE", counted=("81 Maschinenpistolen", "Maschinenpistolen"),
  **EXPU)
C("a14", "101.500", 101500, unit="Munition", measure="other",
  subject="pieces of ammunition licensed for export to the UAE", counted=("101.500 Stück Munition", "Munition"),
  **EXPU)
C("a14", "16.128", 16128, unit="Panzerminen", measure="other",
  subject="anti-tank mines licensed for export to the UAE", counted=("16.128 Panzerminen", "Panzerminen"), **EXPU)
C("a14", ("(beide ÖVP)", "beide"), 2, unit="person", measure="other",
  subject="foreign ministers Spindelegger and Kurz (both ÖVP)", counted=None, group=["politicians", "people"],
  optional=True)
C("a14", "null Euro", 0, unit="EUR", measure="aid", subject="Austria's payment to the World Food Programme for 2016",
  source=PILZ, counted=("endlich Geld", "Geld"), calt=["World Food Programme"], nat=None, nat_alt=["AT"],
  place=None, place_alt=["AT"])

# ---------------------------------------------------------------- a15 Web 988: the free Windows 10 upgrade ends
C("a15", "einjährige", 1, unit="year", measure="duration", subject="period of the free upgrade to Windows 10",
  counted=("einjährige Frist", "Frist"))
C("a15", ("einiger Beobachter", "einiger"), **V, unit="person", measure="other",
  subject="observers who expected the free upgrade to continue", counted="Beobachter", group=P)
C("a15", "135 Euro", 135, unit="EUR", measure="amount", subject="full price of Windows 10 (standard edition)",
  counted=("Dieser liegt", "Dieser"), calt=[("den Vollpreis zahlen", "Vollpreis"), "normale Ausgabe"])
C("a15", ("einige zusätzliche Features", "einige"), **V, unit="Features", measure="other",
  subject="extra features of Windows 10 Pro", counted="Features")
C("a15", "279 Euro", 279, unit="EUR", measure="amount", subject="price of Windows 10 Pro",
  counted="Pro-Version")
C("a15", ("mehrere Möglichkeiten", "mehrere"), **V, unit="Möglichkeiten", measure="other",
  subject="ways to switch to Windows 10 before the end of July", counted="Möglichkeiten")
C("a15", ("manche Programme", "manche"), **V, unit="Programme", measure="other",
  subject="programs to be reinstalled after the upgrade", counted="Programme")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
