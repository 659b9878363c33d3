"""Build the second held-out gold (claims, negatives) from the annotation table below.

Spans are never typed by hand: each figure / counted phrase is given as a context string
that occurs in the article (exactly once, or with an explicit occurrence number) and the
sub-string inside it; the script computes the offsets and checks text[s:e] == text.
Negatives: every digit string of an article that no claim covers (found by regex, then
reviewed by the annotator: the printout of `python3 build_gold.py --show-neg` was read).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import GoldTable  # noqa: E402

G = GoldTable(HERE)
C, TEXT = G.claim, G.text


# source registry for this set: ids reused from ../devset/gold/sources.json where they fit
# (at.statistik_austria), new ones as the guide says
SOURCES = {
 "at.statistik_austria": {"label": "Statistik Austria (Austrian statistics office)", "patterns": ["Statistik Austria", "Bevölkerungserhebung", "Melderegister"]},
 "at.ogm": {"label": "OGM polling institute (APA/OGM trust index)", "patterns": ["\\bOGM\\b", "Vertrauensindex", "Bachmayer", "Befragung"]},
 "us.chop": {"label": "Children's hospital in Philadelphia", "patterns": ["Kinderkrankenhaus", "Krankenhaus"]},
 "media.guardian": {"label": "The Guardian", "patterns": ["Guardian"]},
 "person.alexander_lebedev": {"label": "Alexander Lebedev, owner of The Independent", "patterns": ["Lebedew", "Lebedev", "Oligarch", "Eigenen Angaben"]},
 "person.gerald_pangl": {"label": "Gerald Pangl, police spokesman (Burgenland)", "patterns": ["Pangl", "Polizeisprecher"]},
 "at.police": {"label": "Austrian police (Polizei, Landespolizeidirektion)", "patterns": ["Polizei", "Landespolizeidirektion", "Beamte"]},
 "media.fool": {"label": "Fool.com (finance site)", "patterns": ["Fool\\.com", "Finanzseite"]},
 "media.digitimes": {"label": "DigiTimes (industry portal, Apple supply-chain insiders)", "patterns": ["DigiTimes", "Branchenportal", "Insider", "Zulieferkette", "Informationen"]},
 "il.military": {"label": "Israeli armed forces", "patterns": ["Streitkräfte", "Armee"]},
 "il.rescue_services": {"label": "Israeli rescue services", "patterns": ["Rettungsdienst"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior", "patterns": ["Innenministerium", "Innenressort", "Ministeriumsangaben", "Beantwortung"]},
 "org.moodys": {"label": "Moody's (rating agency)", "patterns": ["Moody", "Ratingagentur"]},
 "media.izvestia": {"label": "Izvestia (Russian newspaper)", "patterns": ["Iswestija", "Izvestia", "Zeitung"]},
 "person.witold_franke": {"label": "Witold Franke, public prosecutor (Lüneburg/Celle)", "patterns": ["Franke", "Staatsanwalt"]},
 "id.police": {"label": "Indonesian national police (chief Badrodin Haiti)", "patterns": ["Polizei", "Polizeichef", "Haiti"]},
 "person.barbara_hendricks": {"label": "Barbara Hendricks, German environment minister", "patterns": ["Hendricks", "Umweltministerin"]},
 "media.spiegel": {"label": "Der Spiegel", "patterns": ["Spiegel"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the devset

# ---------------------------------------------------------------- k00 Inland 70: pension increase 2016
C("k00", ("um 1,2 Prozent angehoben", "1,2 Prozent"), 1.2, unit="percent", measure="share", subject="pension increase 2016",
  counted=("Die Pensionen werden", "Pensionen"), place="AT", increment=True, hedged=True)
C("k00", ("zwei magere Jahre", "zwei"), 2, unit="year", measure="duration", subject="lean years for pensioners",
  counted=("magere Jahre", "Jahre"), place="AT", optional=True)
C("k00", ("bei 1,2 Prozent", "1,2 Prozent"), 1.2, unit="percent", measure="share",
  subject="average inflation Aug 2014 - Jul 2015", source="at.statistik_austria",
  counted="Dieser Wert", calt=["durchschnittlichen Inflationsrate", "Der Anpassungsfaktor"], place="AT", increment=True)
C("k00", "1,7 Prozent", 1.7, unit="percent", measure="share", subject="inflation compensated in the 2015 pension increase",
  counted=("die volle Inflation von damals", "Inflation"), place="AT", increment=True)
C("k00", ("In den beiden Jahren", "beiden"), 2, unit="year", measure="duration", subject="years of cuts",
  counted=("In den beiden Jahren", "Jahren"), place="AT", optional=True)
C("k00", "einen Prozentpunkt", 1, unit="percent", measure="share",
  subject="pension increase 2013 below inflation", counted=("dass die Pensionen für 2013", "Pensionen"),
  place="AT", increment=True)
C("k00", "0,8 Prozentpunkte", 0.8, unit="percent", measure="share",
  subject="pension increase 2014 below inflation", counted=("dass die Pensionen für 2013", "Pensionen"),
  place="AT", increment=True)
C("k00", "1,8 Prozent", 1.8, unit="percent", measure="share", subject="pension increase 2013",
  counted="Pensionserhöhung", place="AT", increment=True)
C("k00", "2,8 Prozent", 2.8, unit="percent", measure="share", subject="full inflation compensation 2013",
  counted=("vollen Inflationsabgeltung", "Inflationsabgeltung"), place="AT", increment=True)
C("k00", ("um 1,6 statt", "1,6"), 1.6, unit="percent", measure="share", subject="pension increase 2014",
  counted="Pensionserhöhung", place="AT", increment=True)
C("k00", "2,4 Prozent", 2.4, unit="percent", measure="share", subject="full inflation compensation 2014",
  counted=("statt der Inflationsabgeltung", "Inflationsabgeltung"), place="AT", increment=True)

# ---------------------------------------------------------------- k01 Wissenschaft 90: Leopold Rosenmayr obituary
C("k01", ("der 18-Jährige", "18"), 18, unit="year", measure="age", subject="age of Rosenmayr as Wehrmacht translator",
  counted="der 18-Jährige", group=["men", "people"], nat="AT", nat_alt=[None], place="AT", place_alt=[None, "DE"])
C("k01", "ein Jahr lang", 1, unit="year", measure="duration", subject="Rosenmayr's time as prisoner of war",
  counted="Kriegsgefangener", group=["prisoners", "men", "people"], nat="AT", nat_alt=[None], place=None,
  place_alt=["AT"])
C("k01", "jeweils zwei Jahre", 2, unit="year", measure="duration", subject="Rosenmayr's stays in Paris and the USA",
  counted=("ging er für", "er"), group=["men", "people"], nat="AT", nat_alt=[None], place=None, place_alt=["FR", "US"])
C("k01", ("im 91. Lebensjahr", "91."), 90, unit="year", measure="age", subject="age of Rosenmayr at death",
  counted=("Der vielfach ausgezeichnete Soziologe", "Soziologe"), group=["men", "people"], nat="AT", nat_alt=[None],
  place="AT", optional=True)

# ---------------------------------------------------------------- k02 Inland 113: APA/OGM trust index
OGM = "at.ogm"
RESP = ["respondents", "people"]
POL = ["politicians", "people"]
C("k02", "Gut eine Woche", 1, bound="more_than", unit="week", measure="duration", subject="time before the election",
  counted="Bundespräsidentenwahl", place="AT", optional=True)
C("k02", ("drei Kandidaten deutlich", "drei"), 3, unit="person", measure="size", subject="candidates with positive trust",
  source=OGM, counted=("drei Kandidaten deutlich", "Kandidaten"), group=POL, place="AT")
C("k02", ("mit zwölf Punkten", "zwölf Punkten"), 12, unit="Punkte", measure="other", subject="trust index Irmgard Griss", source=OGM,
  counted="Irmgard Griss", calt=["APA/OGM-Vertrauensindex"], place="AT")
C("k02", "elf Punkte", 11, unit="Punkte", measure="other", subject="trust index Alexander Van der Bellen", source=OGM,
  counted="Alexander Van der Bellen", calt=["APA/OGM-Vertrauensindex"], place="AT")
C("k02", "zehn Punkte", 10, unit="Punkte", measure="other", subject="trust index Rudolf Hundstorfer", source=OGM,
  counted=("SPÖ-Kandidat Rudolf Hundstorfer", "Rudolf Hundstorfer"), calt=["APA/OGM-Vertrauensindex"], place="AT")
C("k02", "500 Personen", 500, unit="person", measure="participants", subject="respondents of the OGM trust index",
  source=None, alt=[OGM], counted=("500 Personen", "Personen"), group=RESP, place="AT")
C("k02", "4,5 Prozent", 4.5, unit="percent", measure="share", subject="maximum margin of error", source=None, alt=[OGM],
  counted="Schwankungsbreite", place="AT")
C("k02", ("den sechs Kandidaten", "sechs"), 6, unit="person", measure="size", subject="candidates in the presidential election",
  counted=("sechs Kandidaten", "Kandidaten"), group=POL, place="AT")
C("k02", "drei Punkten", 3, unit="Punkte", measure="other", subject="trust index Norbert Hofer", source=OGM,
  counted="Norbert Hofer", place="AT")
C("k02", "minus zwölf Punkten", -12, unit="Punkte", measure="other", subject="trust index Andreas Khol", source=OGM,
  counted=("Andreas Khol von der ÖVP", "Andreas Khol"), place="AT")
C("k02", "minus 45 Punkten", -45, unit="Punkte", measure="other", subject="trust index Richard Lugner", source=OGM,
  counted="Richard Lugner", place="AT")
C("k02", ("Griss um vier Punkte", "vier Punkte"), 4, unit="Punkte", measure="other", subject="change of trust index Griss since February",
  source=OGM, counted=("Griss um vier", "Griss"), place="AT", increment=True)
C("k02", ("Hofer um neun", "neun"), 9, unit="Punkte", measure="other", subject="change of trust index Hofer since February",
  source=OGM, counted=("Hofer um neun", "Hofer"), place="AT", increment=True)
C("k02", "66 Prozent", 66, unit="percent", measure="share", subject="respondents with an opinion on Griss", source=OGM,
  counted=("66 Prozent der Befragten", "Befragten"), group=RESP, place="AT")
C("k02", "65 Prozent", 65, unit="percent", measure="share", subject="respondents with an opinion on Hofer", source=OGM,
  counted=("66 Prozent der Befragten", "Befragten"), group=RESP, place="AT")
C("k02", ("Die vier anderen Kandidaten", "vier"), 4, unit="person", measure="size", subject="other candidates",
  counted=("Die vier anderen Kandidaten", "Kandidaten"), group=POL, place="AT", optional=True)
C("k02", "80 Prozent oder darüber", 80, bound="at_least", unit="percent", measure="share",
  subject="respondents with an opinion on the other four candidates", source=OGM,
  counted=("66 Prozent der Befragten", "Befragten"), calt=[("Die vier anderen Kandidaten", "Kandidaten")],
  group=RESP, place="AT")
C("k02", ("um zwei Punkte zu", "zwei Punkte"), 2, unit="Punkte", measure="other", subject="change of trust index Khol since February",
  source=OGM, counted=("Auch Khol legte", "Khol"), place="AT", increment=True)
C("k02", ("büßte auf vergleichsweise hohem Niveau zwei Punkte", "zwei Punkte"), -2, unit="Punkte", measure="other",
  subject="change of trust index Van der Bellen since February", source=OGM,
  counted=("Van der Bellen büßte", "Van der Bellen"), place="AT", increment=True)
C("k02", ("Hundstorfer einen", "einen"), -1, unit="Punkte", measure="other", subject="change of trust index Hundstorfer since February",
  source=OGM, counted=("Hundstorfer einen", "Hundstorfer"), place="AT", increment=True)
C("k02", "plus acht Punkten", 8, unit="Punkte", measure="other", subject="change of trust index Lugner since February",
  source=OGM, counted=("Lugner konnte mit plus", "Lugner"), place="AT", increment=True)
C("k02", "18 Prozent", 18, unit="percent", measure="share", subject="respondents who would trust Lugner as president",
  source=OGM, counted=("18 Prozent der Befragten", "Befragten"), group=RESP, place="AT")
C("k02", "63 Prozent", 63, unit="percent", measure="share", subject="respondents with no trust in Lugner",
  source=OGM, counted=("18 Prozent der Befragten", "Befragten"), group=RESP, place="AT")

# ---------------------------------------------------------------- k03 Panorama 141: double hand transplant on a child
CHOP = "us.chop"
C("k03", ("Transplantation von zwei Händen bei einem Kind", "zwei Händen", 1), 2, unit="Hände", measure="other",
  subject="hands transplanted on a child", counted=("Transplantation von zwei Händen bei einem Kind", "Händen", 1),
  place="US")
C("k03", ("acht Jahre alten", "acht Jahre"), 8, unit="year", measure="age", subject="age of the boy",
  counted=("alten Burschen", "Burschen"), calt=["Einem acht Jahre alten Burschen"], group=["children", "men", "people"],
  nat=None, nat_alt=["US"], place="US")
C("k03", ("zwei neue Hände", "zwei"), 2, unit="Hände", measure="other", subject="hands transplanted on a child",
  counted=("zwei neue Hände", "Hände"), place="US")
C("k03", ("Transplantation von zwei Händen bei einem Kind", "zwei Händen", 2), 2, unit="Hände", measure="other",
  subject="hands transplanted on a child", source=CHOP,
  counted=("Transplantation von zwei Händen bei einem Kind", "Händen", 2), place="US")
C("k03", ("zehnstündigen", "zehn"), 10, unit="hour", measure="duration", subject="length of the transplant operation",
  source=None, alt=[CHOP], counted=("zehnstündigen Operation", "Operation"), place="US")
C("k03", "40 Ärzten", 40, unit="person", measure="size", subject="doctors and nurses in the transplant team",
  source=None, alt=[CHOP], counted="Ärzten und Krankenschwestern", calt=[("ein Team aus", "Team")],
  group=["doctors", "workers", "people"], place="US")

# ---------------------------------------------------------------- k04 Etat 246: The Independent goes online-only
GU = "media.guardian"
C("k04", "30 Jahre", 30, unit="year", measure="duration", subject="age of The Independent at closure", source=GU,
  counted=("britische Zeitung The Independent", "Zeitung"), calt=["Gründung"], place="GB", place_alt=[None])
C("k04", "400.000 Stück", 400000, unit="Stück", measure="other", subject="peak circulation of The Independent",
  counted="eine Auflage", calt=[("eine Auflage", "Auflage")], place="GB", place_alt=[None])
C("k04", "etwa ein Zehntel", 10, bound="approx", unit="percent", measure="share",
  subject="latest circulation relative to the peak", counted=("sank diese", "diese"), calt=[("eine Auflage", "Auflage")],
  place="GB", place_alt=[None])
C("k04", "150 Mitarbeiter", 150, unit="person", measure="size", subject="employees of The Independent",
  counted=("150 Mitarbeiter", "Mitarbeiter"), group=["employees", "workers", "people"], place="GB", place_alt=[None])
C("k04", "25 neue Posten", 25, unit="Posten", measure="other", subject="new digital jobs",
  counted=("25 neue Posten", "Posten"), place="GB", place_alt=[None])
C("k04", "über 80 Millionen Euro", 80e6, bound="more_than", unit="EUR", measure="amount",
  subject="Lebedev's investment in the newspapers", source="person.alexander_lebedev",
  counted="investiert", calt=[("in die Zeitungen", "Zeitungen")], place="GB", place_alt=[None])
C("k04", "58 Unique User", 58, unit="person", measure="size", subject="monthly unique users of The Independent online",
  source=GU, counted="Unique User", group=["users", "people"], place="GB", place_alt=[None])

C("k04", ("Ein Teil der Mitarbeiter", "Ein Teil"), unit="percent", measure="share",
  subject="employees expected to move to Johnston Press", counted=("Ein Teil der Mitarbeiter", "Mitarbeiter"),
  group=["employees", "workers", "people"], place="GB", place_alt=[None], hedged=True, **V)

# ---------------------------------------------------------------- k05 Kultur 248: beard satire
C("k05", "gefühlte 98 Prozent", 98, unit="percent", measure="share", subject="jihadists with full beards (satire)",
  counted="Jihadisten", group=["men", "people"], hedged=True, optional=True)
C("k05", ("zwei Vollbärte", "zwei"), 2, unit="Vollbärte", measure="other", subject="figure of speech",
  counted="Vollbärte", optional=True)
C("k05", ("zwei Teller", "zwei"), 2, unit="Teller", measure="other", subject="figure of speech",
  counted=("Teller Sauerkraut", "Teller"), optional=True)

# ---------------------------------------------------------------- k06 Panorama 319: refugees at Nickelsdorf
PANGL = "person.gerald_pangl"
REF = ["refugees", "migrants", "people"]
C("k06", ("Zwei aus Ungarn erwartete Züge", "Zwei"), 2, unit="Züge", measure="other", subject="trains expected from Hungary",
  source=None, alt=[PANGL], counted=("erwartete Züge", "Züge"), place="AT", place_alt=["HU"])
C("k06", "rund 1.000 Menschen", 1000, bound="approx", unit="person", measure="present",
  subject="refugees waiting at the Nickelsdorf border crossing", source=PANGL, alt=["at.police"],
  counted=("1.000 Menschen", "Menschen"), calt=[("die Zahl der Flüchtlinge", "Flüchtlinge")], group=REF,
  place="AT", hedged=True)
C("k06", "jeweils rund 500 Plätze", 500, bound="approx", unit="Plätze", measure="other",
  subject="places in Nova Rock hall and the veterinary border post, each", source=PANGL, alt=["at.police"],
  counted=("500 Plätze", "Plätze"), place="AT")
C("k06", ("noch einige Busse", "einige"), unit="Busse", measure="other", subject="buses that left Nickelsdorf",
  source=PANGL, counted=("einige Busse", "Busse"), place="AT", **V)
C("k06", ("und ein Sonderzug", "ein"), 1, unit="Sonderzug", measure="other", subject="special train that left Nickelsdorf",
  source=PANGL, counted="Sonderzug", place="AT", optional=True)
C("k06", "zweier", 2, unit="Züge", measure="other", subject="trains expected from Hungary", source=PANGL,
  counted=("zweier Züge", "Züge"), place="AT", place_alt=["HU"])

# ---------------------------------------------------------------- k07 Sport 334: Kerschbaumer to Brentford
PLY = ["athletes", "players", "men", "people"]
C("k07", ("Der 22-jährige Mittelfeldspieler erhält", "22"), 22, unit="year", measure="age", subject="age of Konstantin Kerschbaumer",
  counted=("Der 22-jährige Mittelfeldspieler erhält", "Der 22-jährige Mittelfeldspieler"), group=PLY,
  nat=None, nat_alt=["AT"], place="AT", place_alt=[None, "GB"])
C("k07", ("Der 22-jährige Mittelfeldspieler wechselt", "22"), 22, unit="year", measure="age", subject="age of Konstantin Kerschbaumer",
  counted=("Der 22-jährige Mittelfeldspieler wechselt", "Der 22-jährige Mittelfeldspieler"), group=PLY,
  nat=None, nat_alt=["AT"], place="AT", place_alt=[None, "GB"])
C("k07", ("für den 22-Jährigen", "22"), 22, unit="year", measure="age", subject="age of Konstantin Kerschbaumer",
  counted=("für den 22-Jährigen", "den 22-Jährigen"), group=PLY, nat=None, nat_alt=["AT"], place="AT",
  place_alt=[None, "GB"])
C("k07", ("beider Vereine", "beider"), 2, unit="Vereine", measure="other", subject="clubs negotiating the transfer",
  counted=("beider Vereine", "Vereine"), optional=True)
C("k07", "16 Ligaspielen", 16, unit="Ligaspiele", measure="other", subject="league games for Admira",
  counted=("16 Ligaspielen", "Ligaspielen"), place="AT", place_alt=[None])
C("k07", ("ein Tor und", "ein"), 1, unit="Tore", measure="other", subject="goals for Admira",
  counted=("ein Tor und", "Tor"), place="AT", place_alt=[None])
C("k07", "fünf Assists", 5, unit="Assists", measure="other", subject="assists for Admira",
  counted=("fünf Assists", "Assists"), place="AT", place_alt=[None])
C("k07", "etwa 13.000", 13000, bound="approx", unit="Plätze", measure="other", subject="capacity of Griffin Park",
  counted=("13.000 Plätzen", "Plätzen"), calt=["Kleinstadion"], place="GB")

# ---------------------------------------------------------------- k08 Web 397: game Agony
C("k08", "neun Entwickler", 9, unit="person", measure="size", subject="developers working on Agony",
  counted=("neun Entwickler", "Entwickler"), group=["workers", "employees", "people"], nat=None, nat_alt=["PL"],
  place="PL", place_alt=[None])

# ---------------------------------------------------------------- k09 Web 398: LTE coverage maps
C("k09", "nächsten acht Wochen", 8, unit="week", measure="duration", subject="horizon of LTE roll-out on the map",
  counted=("ob LTE voraussichtlich", "LTE"), place="AT", optional=True)
C("k09", "vier Wochen", 4, unit="week", measure="duration", subject="free test period of T-Mobile's LTE campaign",
  counted=("mit der Aktion", "Aktion"), calt=[("das Netz selbst", "Netz")], place="AT")
C("k09", ("Alle drei Mobilfunker", "drei"), 3, unit="Mobilfunker", measure="other", subject="mobile operators",
  counted=("drei Mobilfunker", "Mobilfunker"), place="AT", optional=True)

# ---------------------------------------------------------------- k10 Web 444: rumoured 5.8-inch iPhone
FOOL, DT = "media.fool", "media.digitimes"
C("k10", ("5,8 Zoll großem", "5,8 Zoll"), 5.8, unit="Zoll", measure="other", subject="screen size of the rumoured iPhone",
  source=FOOL, alt=[DT], counted=("großem Bildschirm", "Bildschirm"), hedged=True)
C("k10", ("Das 5,8-Zoll-iPhone", "5,8"), 5.8, unit="Zoll", measure="other", subject="screen size of the rumoured iPhone",
  source=DT, alt=[FOOL], counted=("Das 5,8-Zoll-iPhone", "iPhone"), calt=["5,8-Zoll-iPhone"], hedged=True)
C("k10", "5,5 Zoll", 5.5, unit="Zoll", measure="other", subject="screen size of the iPhone 6/6s Plus",
  counted=("großen Display ausgestattet und damit", "Display"), calt=["das 6/6s Plus"])
C("k10", ("6-Zoll-Screen", "6"), 6, unit="Zoll", measure="other", subject="screen size of the Huawei Mate 8",
  counted=("6-Zoll-Screen", "Screen"), calt=["6-Zoll-Screen", "das Huawei Mate 8"])

# ---------------------------------------------------------------- k11 International 564: West Bank stabbing
MIL = "il.military"
C("k11", ("Zwei Palästinenser", "Zwei"), 2, unit="person", measure="killed", subject="Palestinian attackers shot",
  source=None, alt=[MIL], counted=("Zwei Palästinenser", "Palästinenser"), group=["people", "men"], nat="PS",
  place="PS")
C("k11", ("etwa 20-jährige", "etwa 20"), 20, bound="approx", unit="year", measure="age", subject="age of the wounded soldier",
  source="il.rescue_services", counted=("20-jährige Soldatin", "Soldatin"), calt=["die etwa 20-jährige Soldatin"],
  group=["soldiers", "troops", "women", "people"], nat="IL", place="PS", place_alt=["IL"])
C("k11", ("Die beiden Angreifer", "beiden"), 2, unit="person", measure="killed", subject="Palestinian attackers shot",
  source=None, alt=[MIL, "il.rescue_services"], counted=("beiden Angreifer", "Angreifer"), group=["people", "men"],
  nat="PS", nat_alt=[None], place="PS", optional=True)
C("k11", "196 Palästinenser", 196, unit="person", measure="killed", subject="Palestinians killed since October",
  counted=("196 Palästinenser", "Palästinenser"), group=P, nat="PS", place=None, place_alt=["IL", "PS"])
C("k11", "28 Israelis", 28, unit="person", measure="killed", subject="Israelis killed since October",
  counted=("28 Israelis", "Israelis"), group=P, nat="IL", place=None, place_alt=["IL", "PS"])
C("k11", "vier Ausländer", 4, unit="person", measure="killed", subject="foreigners killed since October",
  counted=("vier Ausländer", "Ausländer"), group=P, place=None, place_alt=["IL", "PS"])
C("k11", "Mehrzahl", unit="percent", measure="share", subject="killed Palestinians who were attackers",
  counted=("getöteten Palästinenser", "Palästinenser"), group=P, nat="PS", place=None, place_alt=["IL", "PS"], **V)

# ---------------------------------------------------------------- k12 Kultur 573: remakes (years only)

# ---------------------------------------------------------------- k13 Etat 608: police recruiting ads
BMI = "at.interior_ministry"
C("k13", ("beliefen sich auf knapp 36.700 Euro", "knapp 36.700 Euro", 1), 36700, bound="approx", unit="EUR",
  measure="amount", subject="cost of the sticker on the Kronen Zeitung", source=None, alt=[BMI],
  counted=("die Kosten hierfür", "Kosten", 1), calt=[("mit einem Sticker", "Sticker", 1)], place="AT")
C("k13", "rund 300.000 Euro", 300000, bound="approx", unit="EUR", measure="amount",
  subject="interior ministry spending on police recruiting ads Sep-Dec 2015", source=None, alt=[BMI],
  counted=("für Werbemaßnahmen", "Werbemaßnahmen"), place="AT")
C("k13", ("beliefen sich auf knapp 36.700 Euro", "knapp 36.700 Euro", 2), 36700, bound="approx", unit="EUR",
  measure="amount", subject="cost of the sticker on the Kronen Zeitung", source=None, alt=[BMI],
  counted=("die Kosten hierfür", "Kosten", 2), calt=[("mit einem Sticker", "Sticker", 2)], place="AT")
C("k13", ("in der Höhe von knapp 36.700 Euro", "knapp 36.700 Euro"), 36700, bound="approx", unit="EUR",
  measure="amount", subject="cost of the sticker on the Kronen Zeitung", source=None, alt=[BMI],
  counted="Gesamtkosten", place="AT")
C("k13", "rund 279.000 Euro", 279000, bound="approx", unit="EUR", measure="amount",
  subject="spending on ads and info trailers", source=None, alt=[BMI],
  counted="Inserate oder Infotrailer", calt=["Inserate"], place="AT")
C("k13", "knapp 40.400 Euro", 40400, bound="approx", unit="EUR", measure="amount",
  subject="highest amount, to the daily Österreich", source=None, alt=[BMI], counted="Der höchste Betrag", place="AT")
C("k13", "2.429 Bewerbungen", 2429, unit="person", measure="received", subject="applications to join the police 2015",
  source=BMI, counted=("2.429 Bewerbungen", "Bewerbungen"), group=P, place="AT")
C("k13", "1.812 Männer", 1812, unit="person", measure="received", subject="applications to join the police 2015, men",
  source=BMI, counted=("1.812 Männer", "Männer"), group=["men", "people"], place="AT")
C("k13", "617 Frauen", 617, unit="person", measure="received", subject="applications to join the police 2015, women",
  source=BMI, counted=("617 Frauen", "Frauen"), group=["women", "people"], place="AT")

# ---------------------------------------------------------------- k14 Wirtschaft 628: Moody's on Ukrainian banks
MO = "org.moodys"
C("k14", "Drei größte Banken", 3, unit="Banken", measure="other", subject="largest Ukrainian banks in default",
  counted=("größte Banken", "Banken"), place="UA", optional=True)
C("k14", ("Die drei größten ukrainischen Banken", "drei"), 3, unit="Banken", measure="other",
  subject="largest Ukrainian banks rated Ca", source=None, alt=[MO], counted=("größten ukrainischen Banken", "Banken"),
  place="UA", optional=True)
C("k14", "2,97 Mrd. Dollar", 2.97e9, unit="USD", measure="amount", subject="total assets of Raiffeisen Bank Aval",
  source=MO, counted=("Die Aktiva", "Aktiva"), calt=["Total Assets"], place="UA")
C("k14", "2,62 Mrd. Euro", 2.62e9, unit="EUR", measure="amount", subject="total assets of Raiffeisen Bank Aval (EUR)",
  source=None, alt=[MO], counted=("Die Aktiva", "Aktiva"), calt=["Total Assets"], place="UA")
C("k14", "3,6 Prozent", 3.6, unit="percent", measure="share", subject="Aval's market share in assets",
  source=None, alt=[MO], counted="Marktanteil", calt=["Vermögen"], place="UA")
C("k14", "4,0 Prozent", 4.0, unit="percent", measure="share", subject="Aval's market share in deposits",
  source=None, alt=[MO], counted="Marktanteil", calt=["Einlagen"], place="UA")
C("k14", "rund 290 Mio. Euro", 290e6, bound="approx", unit="EUR", measure="amount", subject="loss of Aval in 2014",
  counted="Verlust", place="UA")
C("k14", "101 Mio. Euro", 101e6, unit="EUR", measure="amount", subject="profit of Aval in 2013",
  counted="Gewinn", place="UA")
C("k14", "45 Prozent", 45, unit="percent", measure="share", subject="problem loans in Ukraine, April 2015", source=MO,
  counted="Problemkredite", calt=["der Anteil der Problemkredite"], place="UA")
C("k14", "60 Prozent", 60, unit="percent", measure="share", subject="problem loans in Ukraine, expected", source=MO,
  counted="Problemkredite", calt=["der Anteil der Problemkredite"], place="UA")
C("k14", "Die Hälfte", 50, unit="percent", measure="share", subject="foreign-currency share of Ukrainian bank loans",
  source=MO, counted="Kreditbuchs", calt=["des aggregierten Kreditbuchs der ukrainischen Banken"], place="UA")
C("k14", "knapp 40 Prozent", -40, bound="approx", unit="percent", measure="share",
  subject="loss of value of the hryvnia against the dollar this year", source=None, alt=[MO],
  counted=("hat die Währung", "Währung"), calt=["Hrywnja"], place="UA", increment=True)
C("k14", "6,8 Prozent", -6.8, unit="percent", measure="share", subject="change of Ukraine's real GDP in 2014",
  source=None, alt=[MO], counted="Das reale Bruttoinlandsprodukt", calt=["BIP"], place="UA", increment=True)

C("k14", "ein signifikanter Anteil", unit="percent", measure="share",
  subject="foreign-currency loans to firms without foreign-currency revenue", source=MO, counted="Firmen",
  place="UA", **V)

# ---------------------------------------------------------------- k15 Wissenschaft 636: Russia cuts ISS budget
IZ = "media.izvestia"
C("k15", "30 Milliarden Rubel", -30e9, unit="RUB", measure="amount", subject="cut of Russia's ISS budget",
  source=None, alt=[IZ], counted="Budget", place="RU", increment=True)
C("k15", "etwa 367 Millionen Euro", -367e6, bound="approx", unit="EUR", measure="amount",
  subject="cut of Russia's ISS budget (EUR)", source=None, alt=[IZ], counted="Budget", place="RU", increment=True)
C("k15", "rund 252 Milliarden Rubel", 252e9, bound="approx", unit="RUB", measure="amount",
  subject="Russia's planned ISS spending until 2025", source=IZ,
  counted=("russischen Anteil", "Anteil"), calt=["den russischen Anteil an der Raumstation"], place="RU")
C("k15", "fast ein Viertel", -25, bound="approx", unit="percent", measure="share",
  subject="shrinkage of Russia's space budget", source=IZ, counted=("der russische Haushalt für Raumfahrt", "Haushalt"),
  calt=["der russische Haushalt für Raumfahrt"], place="RU", increment=True)

# ---------------------------------------------------------------- k16 Sport 651: new coach at Wiener Neustadt
C("k16", ("der 43-Jährige", "43"), 43, unit="year", measure="age", subject="age of René Wagner",
  counted="der 43-Jährige", group=["men", "people"], nat="CZ", nat_alt=[None], place="AT", place_alt=[None])
C("k16", "acht Runden", 8, unit="Runden", measure="other", subject="rounds left in the season",
  counted=("acht Runden", "Runden"), place="AT", place_alt=[None])

C("k16", "diverse", unit="Nachwuchsmannschaften", measure="other", subject="youth teams Wagner coached at Brno",
  counted="Nachwuchsmannschaften", place="CZ", place_alt=[None], **V)

# ---------------------------------------------------------------- k17 Panorama 676: woman set on fire in Celle
C("k17", "36 Jahre", 36, unit="year", measure="age", subject="age of the woman killed",
  counted=("alte Frau", "Frau"), calt=["Eine 36 Jahre alte Frau"], group=["women", "people"], nat=None, nat_alt=["DE"],
  place="DE")
C("k17", ("43-jährigen Ehemann", "43"), 43, unit="year", measure="age", subject="age of the husband",
  source=None, alt=["person.witold_franke"], counted=("43-jährigen Ehemann", "Ehemann"),
  calt=["den 43-jährigen Ehemann"], group=["men", "people"], nat=None, nat_alt=["DE"], place="DE")
C("k17", "mehr als zwei Wochen", 2, bound="more_than", unit="week", measure="duration",
  subject="time the woman fought for her life in hospital", counted=("Die Frau hatte", "Die Frau"),
  group=["women", "people"], nat=None, nat_alt=["DE"], place="DE")
C("k17", ("Die fünf Kinder", "fünf"), 5, unit="person", measure="size", subject="children of the couple",
  counted=("fünf Kinder", "Kinder"), group=["children", "people"], nat=None, nat_alt=["DE"], place="DE")

# ---------------------------------------------------------------- k18 International 688: Jakarta attacks
C("k18", ("hat einen Mann festgenommen", "einen"), 1, unit="person", measure="captured",
  subject="man arrested on suspicion of financing the Jakarta attacks", source=None, alt=["id.police"],
  counted=("einen Mann festgenommen", "Mann"), group=["men", "people"], nat=None, nat_alt=["ID"], place="ID",
  optional=True)
C("k18", "zwölf Verdächtigen", 12, unit="person", measure="captured", subject="suspects arrested after the Jakarta attacks",
  source="id.police", counted=("zwölf Verdächtigen", "Verdächtigen"), group=["people", "men"], nat=None,
  nat_alt=["ID"], place="ID")
C("k18", ("zwei Menschen getötet", "zwei"), 2, unit="person", measure="killed", subject="people killed in the Jakarta attacks",
  counted=("zwei Menschen getötet", "Menschen"), group=P, place="ID")
C("k18", "Fünf Angreifer", 5, unit="person", measure="killed", subject="attackers killed in the Jakarta attacks",
  counted=("Fünf Angreifer", "Angreifer"), group=["people", "men"], place="ID")
C("k18", ("mehrere Ziele", "mehrere"), unit="Ziele", measure="other", subject="targets attacked in Jakarta",
  counted=("mehrere Ziele", "Ziele"), place="ID", **V)

# ---------------------------------------------------------------- k19 Wirtschaft 700: CO2 levy proposal
HE = "person.barbara_hendricks"
C("k19", "95 Gramm pro Kilometer", 95, unit="g/km", measure="other", subject="CO2 emission threshold of the levy",
  source=HE, alt=["media.spiegel"], counted="CO2-Ausstoß", place="DE")
C("k19", "50 Euro", 50, unit="EUR", measure="amount", subject="one-off environmental levy at 95 g/km",
  source=HE, alt=["media.spiegel"], counted="Umweltbeitrag", calt=["Strafabgabe"], place="DE")
C("k19", "über 200 Gramm", 200, bound="more_than", unit="g/km", measure="other",
  subject="CO2 emission threshold of the highest levy", source=HE, alt=["media.spiegel"], counted="CO2-Ausstoß",
  place="DE")
C("k19", "1000 Euro", 1000, unit="EUR", measure="amount", subject="one-off environmental levy above 200 g/km",
  source=HE, alt=["media.spiegel"], counted="Umweltbeitrag", calt=["Strafabgabe"], place="DE")

# ---------------------------------------------------------------- build
if __name__ == "__main__":
    G.main(SOURCES)
