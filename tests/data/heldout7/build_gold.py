"""Build the seventh held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set (at.wifo, us.apple, at.energie_steiermark as in the earlier sets)
SOURCES = {
 "at.rtr": {"label": "Rundfunk und Telekom Regulierungs-GmbH (RTR), Austrian telecoms regulator",
            "patterns": [r"\bRTR\b", "Telekomregulierungsbehörde"]},
 "person.max_hoefler": {"label": "Max Höfler, literature officer of Forum Stadtpark Graz (Crowd project)",
                        "patterns": ["Höfler", "Literaturreferent"]},
 "person.widows_kp_doctors": {"label": "the widows of the two North Korean doctors who died in Phnom Penh",
                              "patterns": ["Witwen", "die Frauen"]},
 "report.unnamed_report": {"label": "an unnamed report (Einem Bericht zufolge)", "patterns": ["Einem Bericht zufolge", "Bericht"]},
 "org.ngos": {"label": "non-governmental organisations (unnamed)", "patterns": [r"\bNGOs\b"]},
 "person.atthow_pattison": {"label": "Atthow Pattison, slaveholder, in his testament", "patterns": ["Pattison", "Testament"]},
 "study.apple_diversity_report": {"label": "Apple's first Diversity Report", "patterns": ["Diversity Report", r"\bDieser zeigt"]},
 "us.apple": {"label": "Apple Inc.", "patterns": [r"\bApple\b", "Konzern"]},
 "person.alois_stoeger": {"label": "Alois Stöger, Austrian infrastructure minister", "patterns": ["Stöger", "Infrastrukturminister", "Minister"]},
 "expert.experts": {"label": "experts (unnamed)", "patterns": ["Experten"]},
 "person.nienke_van_der_marel": {"label": "Nienke van der Marel (Sterrewacht Leiden) and her team of astronomers",
                                 "patterns": ["van der Marel", "Astronomen", "Forscher"]},
 "de.mpia": {"label": "Max-Planck-Institut für Astronomie (Heidelberg)", "patterns": ["Max-Planck-Institut für Astronomie"]},
 "media.media_reports": {"label": "media reports (unnamed; Medieninformationen, Medienberichte)",
                         "patterns": ["Medieninformationen", "Medienbericht"]},
 "media.the_state": {"label": "The State (newspaper, Columbia, South Carolina)", "patterns": ["The State"]},
 "us.sc_emergency_management": {"label": "South Carolina emergency management (Katastrophenschutz)",
                                "patterns": ["Katastrophenschutz"]},
 "person.nikki_haley": {"label": "Nikki Haley, governor of South Carolina", "patterns": ["Haley", "Gouverneurin"]},
 "us.nws": {"label": "US National Weather Service (Nationaler Wetterdienst)", "patterns": ["Nationalen Wetterdiensts?", "Wetterdienst"]},
 "media.nbc": {"label": "NBC (US broadcaster)", "patterns": [r"\bNBC\b"]},
 "us.coast_guard": {"label": "US Coast Guard", "patterns": ["Küstenwache"]},
 "person.matthias_koechl": {"label": "Matthias Köchl, Green member of the Nationalrat from Krumpendorf", "patterns": ["Köchl"]},
 "at.krumpendorf_citizens": {"label": "citizens of Krumpendorf (Informationen von Bürgern; a Bürgerin speaking to derStandard)",
                             "patterns": ["Bürgern", "Bürgerin"]},
 "at.focus": {"label": "Focus (Focus Marketing Research), market research firm", "patterns": [r"\bFocus\b", "Marktforscher"]},
 "at.gfk_radiotest": {"label": "GfK Austria, Radiotest (radio reach survey)", "patterns": ["Radiotest", r"\bGfK\b"]},
 "person.petra_hauser": {"label": "Petra Hauser, media agency media.at", "patterns": ["Hauser"]},
 "person.mamduh_damati": {"label": "Mamduch Damati, Egyptian minister of antiquities", "patterns": ["Damati", "Antikenminister"]},
 "person.nicholas_reeves": {"label": "Nicholas Reeves, British archaeologist", "patterns": ["Reeves"]},
 "person.karl_aiginger": {"label": "Karl Aiginger, head of Wifo", "patterns": ["Aiginger", "Wifo-Chef"]},
 "at.wifo": {"label": "Österreichisches Institut für Wirtschaftsforschung (Wifo)", "patterns": ["Wifo"]},
 "at.education_ministry": {"label": "Austrian Ministry of Education (Bildungsministerium)", "patterns": ["Bildungsministerium"]},
 "at.medienservicestelle": {"label": "Medienservicestelle Neue Österreicher/-innen", "patterns": ["Medienservicestelle"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
PL = ["players", "athletes", "men", "people"]
REF = ["refugees", "migrants", "people"]

# ---------------------------------------------------------------- r00 Web 34: fewer SMS and calls, more data in Austria
RTR = "at.rtr"
C("r00", ("noch 1,93 Milliarden Nachrichten", "1,93 Milliarden"), 1.93e9, unit="Nachrichten", measure="other",
  subject="SMS sent in Austria (2012, teaser)", source=None, alt=[RTR],
  counted=("1,93 Milliarden Nachrichten", "Nachrichten"), place="AT", place_alt=[None])
C("r00", ("nur mehr 857 Millionen. Die", "857 Millionen"), 857e6, unit="Nachrichten", measure="other",
  subject="SMS sent in Austria (2015, teaser)", source=None, alt=[RTR],
  counted=("1,93 Milliarden Nachrichten", "Nachrichten"), place="AT", place_alt=[None])
C("r00", "20-jähriges", 20, unit="year", measure="age", subject="age of the SMS service (20th anniversary in December 2012)",
  counted="Handy-Kurznachrichtendienst SMS", calt=["Bestehen"], place=None, place_alt=["AT"])
C("r00", ("Österreich 1,93 Milliarden", "1,93 Milliarden"), 1.93e9, unit="Nachrichten", measure="other",
  subject="SMS sent in Austria in the fourth quarter of 2012", source=None, alt=[RTR],
  counted=("verschickten Nachrichten in", "Nachrichten"), calt=["Zahl der verschickten Nachrichten"], place="AT")
C("r00", "857 Millionen SMS", 857e6, unit="SMS", measure="other", subject="SMS sent in Austria, third quarter 2015",
  source=RTR, counted=("857 Millionen SMS", "SMS"), place="AT")
C("r00", "949,3 Millionen", 949.3e6, unit="SMS", measure="other", subject="SMS sent in Austria, second quarter 2015",
  source=None, alt=[RTR], counted=("857 Millionen SMS", "SMS"), place="AT")
C("r00", "5-Milliarden-Minuten-Marke", 5e9, bound="at_most", unit="minute", measure="other",
  subject="threshold the mobile call minutes fell below", source=None, alt=[RTR],
  counted=("telefonierten Minuten in", "Minuten"), place="AT", optional=True)
C("r00", "4.9 Milliarden", 4.9e9, unit="minute", measure="other",
  subject="minutes phoned in Austrian mobile networks, third quarter 2015", source=None, alt=[RTR],
  counted=("telefonierten Minuten in", "Minuten"), calt=["Anzahl der telefonierten Minuten"], place="AT")
C("r00", "5.77 Milliarden Minuten", 5.77e9, unit="minute", measure="other",
  subject="minutes phoned in Austrian mobile networks (2012)", source=None, alt=[RTR],
  counted=("5.77 Milliarden Minuten", "Minuten"), place="AT")
C("r00", "21.570 Terabyte", 21570, unit="TB", measure="other", subject="mobile data used in Austria (earlier)",
  source=None, alt=[RTR], counted=("mehr Daten", "Daten"), calt=["Terabyte", "Mobilfunkkunden"], place="AT")
C("r00", "76.200", 76200, unit="TB", measure="other", subject="mobile data used in Austria, end of 2015",
  source=None, alt=[RTR], counted=("mehr Daten", "Daten"), calt=["Terabyte", "Mobilfunkkunden"], place="AT")

# ---------------------------------------------------------------- r01 Etat 59: "Im Zentrum" guests on Greece (no claims)

# ---------------------------------------------------------------- r02 Kultur 122: literature bus project Crowd
HOE = "person.max_hoefler"
C("r02", "hundert Dichterinnen", 100, unit="person", measure="participants",
  subject="writers travelling with the Crowd literature bus", source=None, alt=[HOE],
  counted=("hundert Dichterinnen und Dichter", "Dichterinnen und Dichter"), calt=["Dichterinnen"], group=P)
C("r02", "vier Institutionen", 4, unit="Institutionen", measure="other",
  subject="institutions organising the Crowd project", counted=("vier Institutionen", "Institutionen"))
C("r02", "600.000 Euro", 600000, unit="EUR", measure="amount", subject="EU budget of the Crowd project",
  source=None, alt=[HOE], counted="EU-Budget", calt=["Projekt, für das"], place=None, place_alt=["AT"])
C("r02", "Die anderen drei", 3, unit="Institutionen", measure="other",
  subject="the other co-organising institutions", counted="Die anderen drei",
  calt=[("vier Institutionen", "Institutionen")], optional=True)
C("r02", "15 Länder", 15, unit="Länder", measure="other", subject="countries the Crowd bus passes through",
  counted=("15 Länder", "Länder"))
C("r02", "nach drei Monaten", 3, unit="month", measure="duration", subject="duration of the Crowd bus journey",
  counted=("die Fahrt, die", "Fahrt"))
C("r02", "acht bis zehn Autoren", 8, 10, bound="range", unit="person", measure="participants",
  subject="authors travelling together on each leg", counted=("zehn Autoren", "Autoren"), group=P)
C("r02", "50 Stationen", 50, unit="Stationen", measure="other", subject="stations of the Crowd bus journey",
  counted=("50 Stationen", "Stationen"))
C("r02", "100 Autorinnen", 100, unit="person", measure="participants", subject="authors taking part in Crowd",
  counted=("100 Autorinnen", "Autorinnen"), group=P)
C("r02", "37 Nationen", 37, unit="Nationen", measure="other", subject="nations of the Crowd authors",
  counted=("37 Nationen", "Nationen"))

# ---------------------------------------------------------------- r03 Panorama 152: two North Korean doctors die in Cambodia
WID, REP, NGO = "person.widows_kp_doctors", "report.unnamed_report", "org.ngos"
DOC = ["doctors", "people", "men"]
C("r03", "Zwei nordkoreanische Ärzte", 2, unit="person", measure="killed",
  subject="North Korean doctors who died in Cambodia (teaser)", counted=("Zwei nordkoreanische Ärzte", "Ärzte"),
  group=DOC, nat="KP", place="KH")
C("r03", "als zwei nordkoreanische Ärzte", 2, unit="person", measure="killed",
  subject="North Korean doctors who died in Phnom Penh", counted=("als zwei nordkoreanische Ärzte", "Ärzte"),
  group=DOC, nat="KP", place="KH")
C("r03", "(56)", 56, unit="year", measure="age", subject="age of the doctor An Hyong-chan", source=None, alt=[WID],
  counted="An Hyong-chan", group=["doctors", "men", "people"], nat="KP", place="KH", place_alt=[None])
C("r03", "(50)", 50, unit="year", measure="age", subject="age of the doctor Chol Ri-mun", source=None, alt=[WID],
  counted="Chol Ri-mun", group=["doctors", "men", "people"], nat="KP", place="KH", place_alt=[None])
C("r03", "über 40 Grad", 40, bound="more_than", unit="°C", measure="other", subject="fever of the two doctors",
  source=None, alt=[WID], counted="Fieber", group=[None, "doctors", "men", "people"], nat=None, nat_alt=["KP"],
  place="KH", place_alt=[None])
C("r03", "zwei weitere Nordkoreaner", 2, unit="person", measure="killed",
  subject="further North Koreans who died in the same hospital from alcohol", source=REP,
  counted=("weitere Nordkoreaner", "Nordkoreaner"), group=P, nat="KP", place="KH", increment=True, hedged=True)
C("r03", "drei Mediziner", 3, unit="person", measure="killed", subject="North Korean doctors killed in Nigeria in 2013",
  counted=("drei Mediziner", "Mediziner"), group=["doctors", "people"], nat="KP", nat_alt=[None], place="NG")
C("r03", "mehr als 60.000 Nordkoreaner", 60000, bound="more_than", unit="person", measure="size",
  subject="North Koreans working abroad", source=NGO, counted=("60.000 Nordkoreaner", "Nordkoreaner"),
  group=["workers", "people"], nat="KP")
C("r03", "rund 211 Millionen Euro", 211e6, bound="approx", unit="EUR", measure="amount",
  subject="money North Korean workers abroad earn each year", source=NGO, counted="erwirtschaften",
  calt=[("60.000 Nordkoreaner", "Nordkoreaner")], nat=None, nat_alt=["KP"])
C("r03", "sieben Tage die Woche", 7, unit="day per week", measure="duration",
  subject="working days per week of North Korean workers abroad", counted="Die Arbeiter", group=["workers", "people"],
  nat="KP", nat_alt=[None])
C("r03", "den Großteil", 50, bound="more_than", unit="percent", measure="share",
  subject="share of their income North Korean workers abroad hand to the state", counted="Einkommens",
  calt=["Die Arbeiter"], group=[None, "workers"], nat="KP", nat_alt=[None], optional=True)

# ---------------------------------------------------------------- r04 International 207: Harriet Tubman on the $20 bill
C("r04", "Nach über 100 Jahren", 100, bound="more_than", unit="year", measure="duration",
  subject="time since a woman last appeared on a US banknote", counted=("eine Frau – noch", "Frau"),
  calt=["Zwanzig-Dollar-Note"], group=[None, "women"], place="US", place_alt=[None])
C("r04", "Zwanzig-Dollar-Note", 20, unit="USD", measure="amount", subject="denomination of the banknote (name)",
  counted="Zwanzig-Dollar-Note", place="US", optional=True)
C("r04", "Zwanziger", 20, unit="USD", measure="amount", subject="denomination of the banknote (name)",
  counted=("meistgebrauchten Zwanziger", "meistgebrauchten Zwanziger"), place="US", optional=True)
C("r04", "20-Dollar-Note", 20, unit="USD", measure="amount", subject="denomination of the banknote (name)",
  counted="20-Dollar-Note", place="US", optional=True)
C("r04", "Alter von 45 Jahren", 45, unit="year", measure="age",
  subject="age at which Harriet Green was to be freed under Pattison's testament", source=None,
  alt=["person.atthow_pattison"], counted=("dass Harriet Green", "Harriet Green"), group=["women", "people"],
  nat="US", nat_alt=[None], place="US")
C("r04", "$20", 20, unit="USD", measure="amount", subject="denomination of the banknote (name, in a tweet)",
  counted="bill", place="US", optional=True)
C("r04", "zwei ihrer Brüder", 2, unit="person", measure="other",
  subject="brothers of Araminta to be sold in 1849", counted=("ihrer Brüder", "Brüder"), group=["men", "people"],
  nat="US", nat_alt=[None], place="US")
C("r04", ("dass sie die beiden", "die beiden"), 2, unit="person", measure="other", subject="the two brothers (die beiden)",
  counted=("ihrer Brüder", "Brüder"), group=["men", "people"], nat="US", nat_alt=[None], place="US", optional=True)
C("r04", "fliehen die drei", 3, unit="person", measure="other", subject="Araminta and two brothers who fled north",
  counted="fliehen die drei", group=P, nat="US", nat_alt=[None], place="US", optional=True)
C("r04", "ihr zweiter Ehemann", 2, unit="Ehemann", measure="other", subject="Tubman's husbands (ordinal)",
  counted=("zweiter Ehemann", "Ehemann"), group=["men", "people"], place="US", optional=True)
C("r04", ("adoptieren sie ein Kind", "ein Kind"), 1, unit="person", measure="other", subject="child adopted by Tubman and Davis",
  counted=("ein Kind", "Kind"), group=["children", "people"], place="US", optional=True)

# ---------------------------------------------------------------- r05 Inland 233: SPÖ Upper Austria cancels its closing rally
C("r05", "alle 442 Gemeinderäte", 442, unit="Gemeinderäte", measure="other",
  subject="municipal councils elected in Upper Austria on 27 September", counted=("442 Gemeinderäte", "Gemeinderäte"),
  calt=["Gemeinderäte und Bürgermeister"], group=[None, "politicians"], place="AT")

# ---------------------------------------------------------------- r06 Web 279: Tim Cook on diversity at Apple
ADR, APL = "study.apple_diversity_report", "us.apple"
C("r06", "seinen ersten Diversity Report", 1, unit="Report", measure="other",
  subject="Apple's first diversity report (ordinal)", counted="Diversity Report", optional=True)
C("r06", "70 Prozent der Belegschaft", 70, unit="percent", measure="share", subject="share of men in Apple's workforce",
  source=ADR, alt=[APL], counted="Belegschaft", group=["employees", "men", "people"], place=None, place_alt=["US"])
C("r06", "55 Prozent der Mitarbeiter", 55, unit="percent", measure="share",
  subject="share of white employees among Apple's US staff", source=ADR, alt=[APL],
  counted=("Prozent der Mitarbeiter", "Mitarbeiter"), group=["employees", "people"], place="US")
C("r06", "lediglich eine Frau", 1, unit="person", measure="participants",
  subject="women presenting for Apple at the WWDC 2014 keynote", counted=("eine Frau für", "Frau"),
  group=["women", "people"], place=None, place_alt=["US"])

# ---------------------------------------------------------------- r07 Kultur 290: Bataclan to reopen
C("r07", "90 Menschen", 90, unit="person", measure="killed", subject="people killed in the attack on the Bataclan concert",
  counted=("90 Menschen", "Menschen"), group=P, place="FR")
C("r07", "der drei Terrorkommandos", 3, unit="Terrorkommandos", measure="other",
  subject="terror squads of the Paris attacks of 13 November", counted="Terrorkommandos", place="FR")
C("r07", "130 Opfer", 130, unit="person", measure="killed", subject="victims of the attacks in Saint-Denis and Paris",
  counted=("130 Opfer", "Opfer"), group=P, place="FR")

# ---------------------------------------------------------------- r08 International 306: Sarkozy's campaign-finance affair
C("r08", "153.000 Euro", 153000, unit="EUR", measure="amount",
  subject="campaign aid received in advance Sarkozy had to repay", counted="Wahlkampfhilfe", place="FR")
C("r08", "rund 363.600 Euro", 363600, bound="approx", unit="EUR", measure="amount",
  subject="sum by which Sarkozy overran his 2012 campaign budget", counted=("den Betrag, um", "Betrag"),
  calt=[("sein Budget überzogen", "Budget")], place="FR")

# ---------------------------------------------------------------- r09 Inland 527: mother-tongue teaching in Austrian schools
EDU, MSS = "at.education_ministry", "at.medienservicestelle"
PUP = ["pupils", "students", "children", "people"]
TEA = ["teachers", "people"]
C("r09", "Rund 33.900 Schüler", 33900, bound="approx", unit="person", measure="participants",
  subject="pupils attending mother-tongue teaching in Austria, 2013/14", source=EDU, alt=[None, MSS],
  counted=("33.900 Schüler", "Schüler"), group=PUP, place="AT")
C("r09", "1.100 Schüler", 1100, unit="person", measure="participants",
  subject="rise in pupils attending mother-tongue teaching", source=EDU, alt=[None, MSS],
  counted=("1.100 Schüler", "Schüler"), group=PUP, place="AT", increment=True)
C("r09", "(drei Prozent)", 3, unit="percent", measure="share", subject="rise in pupils attending mother-tongue teaching",
  source=EDU, alt=[None, MSS], counted=("1.100 Schüler", "Schüler"), calt=["Anstieg"], group=PUP, place="AT",
  increment=True)
C("r09", "auf 422", 422, unit="person", measure="size", subject="mother-tongue teachers in Austria",
  source=EDU, alt=[None, MSS], counted=("der muttersprachlichen Lehrer wuchs", "Lehrer"),
  calt=["Zahl der muttersprachlichen Lehrer"], group=TEA, place="AT")
C("r09", "(zwei Prozent)", 2, unit="percent", measure="share", subject="rise in mother-tongue teachers in Austria",
  source=EDU, alt=[None, MSS], counted=("der muttersprachlichen Lehrer wuchs", "Lehrer"), group=TEA, place="AT",
  increment=True)
for reg, fig in [("Wien", "18.478"), ("Oberösterreich", "4.090"), ("Steiermark", "2.683"), ("Vorarlberg", "2.306"),
                 ("Niederösterreich", "2.328"), ("Salzburg", "1.590"), ("Tirol", "1.574"), ("Kärnten", "660"),
                 ("Burgenland", "211")]:
    # the pupils per province, in parentheses after the province (counted: the province, as m13/n15)
    C("r09", (f"{reg} ({fig})", fig), int(fig.replace(".", "")), unit="person", measure="participants",
      subject=f"pupils attending mother-tongue teaching in {reg}", source=None, alt=[EDU, MSS],
      counted=(f"{reg} ({fig})", reg), calt=[("Die meisten Schüler mit", "Schüler")], group=PUP, place="AT")
C("r09", ("(4.528 von", "4.528"), 4528, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Vienna", source=None, alt=[EDU, MSS],
  counted="Wochenstunden", calt=[("die meisten Unterrichtsstunden in Wien", "Unterrichtsstunden")], place="AT")
C("r09", "7.228", 7228, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Austria", source=None, alt=[EDU, MSS],
  counted="Wochenstunden", place="AT")
C("r09", ("(242 von", "242"), 242, unit="person", measure="size", subject="mother-tongue teachers teaching in Vienna",
  source=None, alt=[EDU, MSS], counted=("muttersprachlichen Lehrer unterrichten in Wien", "Lehrer"), group=TEA,
  place="AT")
C("r09", ("242 von 422", "422"), 422, unit="person", measure="size", subject="mother-tongue teachers in Austria",
  source=None, alt=[EDU, MSS], counted=("muttersprachlichen Lehrer unterrichten in Wien", "Lehrer"), group=TEA,
  place="AT")
C("r09", "57 Prozent", 57, unit="percent", measure="share", subject="share of mother-tongue teachers teaching in Vienna",
  source=None, alt=[EDU, MSS], counted=("muttersprachlichen Lehrer unterrichten in Wien", "Lehrer"), group=TEA,
  place="AT")
C("r09", "25 Sprachen", 25, unit="Sprachen", measure="other", subject="languages offered in mother-tongue teaching",
  source=None, alt=[EDU, MSS], counted=("25 Sprachen", "Sprachen"), place="AT")
C("r09", ("(3.102 von", "3.102"), 3102, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Turkish", source=None, alt=[EDU, MSS],
  counted=("Unterricht auf Türkisch", "Türkisch"), calt=[("Die meisten Unterrichtsstunden wurden", "Unterrichtsstunden")],
  place="AT")
C("r09", "7.728", 7728, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Austria (second figure)", source=None, alt=[EDU, MSS],
  counted=("Die meisten Unterrichtsstunden wurden", "Unterrichtsstunden"), place="AT")
C("r09", "2.761", 2761, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Bosnian/Croatian/Serbian", source=None, alt=[EDU, MSS],
  counted=("gefolgt von Bosnisch/Kroatisch/Serbisch (BKS", "Bosnisch/Kroatisch/Serbisch"),
  calt=[("(BKS, 2", "BKS")], place="AT")
C("r09", "(417)", 417, unit="Wochenstunden", measure="other",
  subject="weekly lessons of mother-tongue teaching in Albanian", source=None, alt=[EDU, MSS],
  counted=("Albanisch (417)", "Albanisch"), place="AT")

# ---------------------------------------------------------------- r10 Web 581: test tracks for self-driving cars in Austria
STO = "person.alois_stoeger"
C("r10", "50 Millionen Euro", 50e6, unit="EUR", measure="amount", subject="funding of the government's Turbopaket Technologie",
  source=None, alt=[STO], counted="Turbopaket Technologie", calt=["Das Geld"], place="AT")
C("r10", "in 15 bis 20 Jahren", 15, 20, bound="range", unit="year", measure="duration",
  subject="time until self-driving cars are ready for the market", source="expert.experts",
  counted=("dass selbstfahrende Autos", "selbstfahrende Autos"), calt=["Marktreife"], place=None, place_alt=["AT"])

# ---------------------------------------------------------------- r11 Wissenschaft 734: young giant planets in four star systems
VDM, MPIA = "person.nienke_van_der_marel", "de.mpia"
C("r11", "in vier Sternsystemen", 4, unit="Sternsysteme", measure="other",
  subject="star systems with signs of young giant planets", source=None, alt=[VDM, MPIA],
  counted=("in vier Sternsystemen", "Sternsystemen"))
C("r11", "mehrfacher Jupitergröße", unit="factor", measure="other", subject="size of the young gas giants (multiple of Jupiter)",
  counted=("junge Gasriesen", "Gasriesen"), **V)
C("r11", "zwei Erklärungsversuche", 2, unit="Erklärungsversuche", measure="other",
  subject="explanations for the gaps in transitional discs", counted=("zwei Erklärungsversuche", "Erklärungsversuche"))
C("r11", "Vier Kandidaten", 4, unit="Kandidaten", measure="other",
  subject="candidate star systems with newly formed planets", source=None, alt=[VDM, MPIA],
  counted=("Vier Kandidaten", "Kandidaten"))
C("r11", "vier junge Sterne", 4, unit="Sterne", measure="other", subject="young stars with newly formed planets",
  source=None, alt=[VDM, MPIA], counted=("junge Sterne", "Sterne"))
C("r11", ("Planeten mit mehreren Jupitermassen gebildet", "mehreren"), unit="Jupitermassen", measure="other",
  subject="mass of the new planets", counted=("Planeten mit mehreren Jupitermassen gebildet", "Planeten"), **V)
C("r11", "diesen vier Scheiben", 4, unit="Scheiben", measure="other", subject="the four discs (repeat)",
  counted=("vier Scheiben", "Scheiben"), optional=True)
C("r11", "den beiden genannten", 2, unit="Erklärungsversuche", measure="other", subject="the two explanations (repeat)",
  counted=("genannten Erklärungsversuchen", "Erklärungsversuchen"), optional=True)
C("r11", "bis zu dreimal kleiner", 3, bound="up_to", unit="factor", measure="other",
  subject="how much smaller the gas gap is than the dust gap", source=None, alt=[VDM, MPIA],
  counted=("klafft aber überraschenderweise eine Lücke", "Lücke"))
C("r11", ("Planeten mit mehreren Jupitermassen hin", "mehreren"), unit="Jupitermassen", measure="other",
  subject="mass of the new planets (van der Marel)", source=VDM,
  counted=("Planeten mit mehreren Jupitermassen hin", "Planeten"), **V)

# ---------------------------------------------------------------- r12 Sport 737: Baba moves from Augsburg to Chelsea
MED = "media.media_reports"
C("r12", "21-jährigen", 21, unit="year", measure="age", subject="age of Abdul Rahman Baba",
  counted=("21-jährigen Linksverteidiger", "Linksverteidiger"), calt=["21-jährigen Linksverteidiger"], group=PL,
  nat="GH", nat_alt=[None], place=None, place_alt=["DE", "GB"])
C("r12", "bis zu 30 Millionen Euro", 30e6, bound="up_to", unit="EUR", measure="amount",
  subject="transfer fee for Baba from Augsburg to Chelsea", source=MED, counted="Ablöse", place=None,
  place_alt=["DE", "GB"], hedged=True)
C("r12", ("der 21-jährige Ghanaer", "21-jährige"), 21, unit="year", measure="age", subject="age of Abdul Rahman Baba",
  counted="21-jährige Ghanaer", calt=["Ghanaer"], group=PL, nat="GH", place=None, place_alt=["GB", "DE"])

# ---------------------------------------------------------------- r13 Panorama 739: floods in South Carolina, El Faro lost
TS, KS, HAL, NWS, NBC, CG = ("media.the_state", "us.sc_emergency_management", "person.nikki_haley", "us.nws",
                             "media.nbc", "us.coast_guard")
C("r13", "in sieben Staaten", 7, unit="Staaten", measure="other", subject="US states with flood warnings (teaser)",
  counted="Staaten", calt=[("Flutwarnungen in sieben", "Flutwarnungen")], place="US")
C("r13", "mindestens fünf Menschen", 5, bound="at_least", unit="person", measure="killed",
  subject="people killed in the South Carolina floods", source=None, alt=[TS, KS],
  counted=("fünf Menschen", "Menschen"), group=P, place="US")
C("r13", "Drei Menschen", 3, unit="person", measure="killed",
  subject="people killed in their vehicles by the floods in South Carolina", source=TS, alt=[KS],
  counted=("Drei Menschen", "Menschen"), group=P, place="US")
C("r13", "Dutzende", unit="person", measure="other", subject="people rescued by police and fire brigade",
  counted=("Dutzende Menschen", "Menschen"), group=P, place="US", **V)
C("r13", "seit 1.000 Jahren", 1000, unit="year", measure="duration",
  subject="period in which there was no worse rain (governor Haley)", source=HAL,
  counted=("schlimmsten Regen", "Regen"), place="US")
C("r13", "vorangegangenen drei Monaten", 3, unit="month", measure="duration",
  subject="period whose rainfall the weekend's rain around Columbia exceeded", source=NWS,
  counted="Niederschlag", place="US")
C("r13", "Zwei Schlechtwettergebiete", 2, unit="Schlechtwettergebiete", measure="other",
  subject="weather systems causing the heavy rain in the eastern US", counted="Schlechtwettergebiete", place="US")
C("r13", "In sieben Bundesstaaten", 7, unit="Bundesstaaten", measure="other", subject="US states with flood warnings",
  counted="Bundesstaaten", calt=[("Bundesstaaten wurden vorsorglich Flutwarnungen", "Flutwarnungen")], place="US")
C("r13", "25.000 Menschen", 25000, unit="person", measure="other",
  subject="people without electricity in the region", source=HAL, counted=("25.000 Menschen", "Menschen"),
  group=P, place="US")
C("r13", "33 Seeleute", 33, unit="person", measure="missing", subject="crew of the missing cargo ship El Faro",
  source=NBC, alt=[CG], counted="Seeleute", group=["workers", "people"], place=None, place_alt=["US"])

# ---------------------------------------------------------------- r14 Panorama 746: Syrian asylum seekers moved to Slovakia
KOE, CIT = "person.matthias_koechl", "at.krumpendorf_citizens"
C("r14", "42 syrische Asylwerber", 42, unit="person", measure="sent",
  subject="Syrian asylum seekers to be transferred from Krumpendorf to Slovakia", source=None, alt=[KOE],
  counted=("syrische Asylwerber, die", "Asylwerber"), group=REF, nat="SY", place="AT", place_alt=["SK"])
C("r14", "rund 97 Prozent", 97, bound="approx", unit="percent", measure="share",
  subject="share of Gabcikovo referendum participants against taking in asylum seekers",
  counted=("Prozent der Teilnehmer", "Teilnehmer"), group=["voters", "residents", "people"], place="SK")
C("r14", "42 syrischen Asywerbern", 42, unit="person", measure="sent",
  subject="first group of Syrian asylum seekers to be taken from Krumpendorf", source=CIT,
  counted=("erste Gruppe von 42", "erste Gruppe"), calt=["Asywerbern"], group=REF, nat="SY", place="AT",
  place_alt=["SK"], hedged=True)
C("r14", ("zwei 17-Jährige", "zwei"), 2, unit="person", measure="sent",
  subject="minors among the first group to be transferred", source=CIT, counted="17-Jährige",
  group=["children", "refugees", "people"], nat="SY", nat_alt=[None], place="AT", place_alt=["SK"], hedged=True)
C("r14", "17-Jährige", 17, unit="year", measure="age", subject="age of two asylum seekers in the first group",
  source=CIT, counted="17-Jährige", group=["children", "refugees", "people"], nat="SY", nat_alt=[None],
  place="AT", place_alt=["SK"], hedged=True)
C("r14", "Eine weitere Gruppe", 1, unit="Gruppe", measure="sent",
  subject="further group of asylum seekers to be moved to Gabcikovo on Friday", source=CIT,
  counted=("Eine weitere Gruppe", "Gruppe"), group=REF, place="AT", place_alt=["SK"], increment=True, hedged=True,
  optional=True)
C("r14", "Bis in 14 Tagen", 14, bound="up_to", unit="day", measure="duration",
  subject="time until all tent residents in Krumpendorf could be housed in fixed quarters", source=CIT,
  counted="Zeltbewohner", group=REF, place="AT", hedged=True)
C("r14", "800 Zuhörerinnen und Zuhörern", 800, unit="person", measure="participants",
  subject="audience of a panel discussion at the Klagenfurt Stadttheater", source=CIT,
  counted="Zuhörerinnen und Zuhörern", calt=["Podiumsdiskussion"], group=["spectators", "visitors", "people"], place="AT")

# ---------------------------------------------------------------- r15 Sport 798: Crans Montana downhill postponed
C("r15", "einen halben Meter", 0.5, unit="m", measure="other", subject="depth of new snow at Crans Montana",
  counted="Neuschneemenge", place="CH")
C("r15", "um zwei Stunden", 2, unit="hour", measure="duration", subject="first postponement of the downhill start",
  counted=("Beginn der Abfahrt", "Beginn der Abfahrt"), place="CH")

# ---------------------------------------------------------------- r16 Etat 832: radio advertising and the faulty Radiotest
FOC, GFK, HAU = "at.focus", "at.gfk_radiotest", "person.petra_hauser"
C("r16", "Mehr als 200 Bruttowerbemillionen", 200e6, bound="more_than", unit="EUR", measure="amount",
  subject="gross radio advertising spend in Austria, 2015", source=None, alt=[FOC],
  counted=("200 Bruttowerbemillionen", "Bruttowerbemillionen"), place="AT")
C("r16", "111 Millionen Euro", 111e6, unit="EUR", measure="amount", subject="gross radio advertising spend on ORF radio",
  source=FOC, counted=("in die ORF-Radios", "ORF-Radios"), place="AT")
C("r16", "knapp fünf Prozent", 5, bound="approx", unit="percent", measure="share",
  subject="radio's share of total advertising volume", source=None, alt=[FOC],
  counted="Werbevolumina", calt=["Gattung Radio"], place="AT")
C("r16", "ein bis drei Prozentpunkten", 1, 3, bound="range", unit="percent", measure="share",
  subject="distortion of radio reach figures in the Radiotest", source=None, alt=[GFK],
  counted=("Verzerrung der Marktdarstellung", "Verzerrung"), place="AT", increment=True, hedged=True)
C("r16", "bis zu drei Prozentpunkte", 3, bound="up_to", unit="percent", measure="share",
  subject="distortion of Ö3's reach in the Radiotest", source=None, alt=[GFK],
  counted=("Bei Ö3 könnten", "Ö3"), place="AT", increment=True, hedged=True)
C("r16", "fast 35 Prozent", 35, bound="approx", unit="percent", measure="share",
  subject="reach of Ö3, second half of 2015 (Radiotest)", source=GFK,
  counted=("eine Reichweite von", "Reichweite"), calt=[("Ö3 kam etwa", "Ö3")], group=[None, "people"], place="AT")
C("r16", "ab 10 Jahren", 10, bound="at_least", unit="year", measure="age",
  subject="minimum age of the listeners the Radiotest counts", source=GFK, counted="Hörern", group=P, place="AT")
C("r16", "16 Bruttowerbemillionen", 16e6, unit="EUR", measure="amount",
  subject="gross radio advertising money placed by media.at", source=None, alt=[HAU],
  counted=("Mediaagentur media.at", "Mediaagentur media.at"), calt=[("16 Bruttowerbemillionen", "Bruttowerbemillionen")],
  place="AT")

# ---------------------------------------------------------------- r17 Wissenschaft 910: hidden chambers in Tutankhamun's tomb
DAM, REE = "person.mamduh_damati", "person.nicholas_reeves"
C("r17", "einigen Fachkollegen", unit="person", measure="other", subject="colleagues who ridiculed Reeves's idea",
  counted="Fachkollegen", group=P, **V)
C("r17", "mehr als 90-prozentiger", 90, bound="more_than", unit="percent", measure="share",
  subject="probability of two further rooms behind the burial chamber", source=DAM, counted="Wahrscheinlichkeit",
  place="EG")
C("r17", "zwei zusätzliche Räume", 2, unit="Räume", measure="other",
  subject="hidden rooms behind Tutankhamun's burial chamber", source=DAM, counted=("zusätzliche Räume", "Räume"),
  place="EG", hedged=True)
C("r17", "100 Prozent", 100, unit="percent", measure="share", subject="certainty needed for the next step",
  source=DAM, counted=("brauchen wir", "wir"), place="EG", optional=True)
C("r17", "in zwei Wänden", 2, unit="Wände", measure="other",
  subject="walls of Tutankhamun's burial chamber with line structures (Reeves's paper)", source=None, alt=[REE],
  counted=("zwei Wänden", "Wänden"), place="EG")

# ---------------------------------------------------------------- r18 Wirtschaft 952: metalworkers' wage round, Aiginger
AIG, WIFO = "person.karl_aiginger", "at.wifo"
C("r18", "Die sechste Urlaubswoche", 6, unit="week", measure="duration",
  subject="holiday weeks demanded for all employees after 25 years of service (ordinal)", counted="Urlaubswoche",
  place="AT", optional=True)
C("r18", "nach 25 Dienstjahren", 25, unit="year", measure="duration",
  subject="years of service after which the sixth holiday week is due", counted=("alle Arbeitnehmer nach", "Arbeitnehmer"),
  calt=["Dienstjahren"], group=["workers", "employees", None], place="AT")
C("r18", "aller sechs Metall-Fachverbände", 6, unit="Fachverbände", measure="other",
  subject="metal industry trade associations in the wage round", counted="Metall-Fachverbände", place="AT")
C("r18", "nicht 25 Jahre lang", 25, unit="year", measure="duration",
  subject="years with the same employer required for the sixth holiday week", counted=("alle Dienstnehmer", "Dienstnehmer"),
  group=["workers", "employees", None], place="AT")
C("r18", "Fast eine Million Menschen", 1e6, bound="approx", unit="person", measure="other",
  subject="people in Austria who want to work less", source=AIG, alt=[WIFO],
  counted=("eine Million Menschen", "Menschen"), group=["people", "workers", "employees"], place="AT")

# ---------------------------------------------------------------- r19 Wirtschaft 985: Verbund leaves the Graz Mur power plant
ES = "at.energie_steiermark"
C("r19", "50-Prozent", 50, unit="percent", measure="share", subject="Verbund's stake in the Mur power plant project",
  counted=("Der Verbund als", "Verbund"), calt=["50-Prozent-Partner"], place="AT")
C("r19", "wenige 100 Quadratmeter", unit="m2", measure="other",
  subject="land concerned by the expropriation proceedings for the power plant", counted="Enteignungsverfahren",
  place="AT", **V)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
