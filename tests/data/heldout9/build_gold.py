"""Build the ninth held-out gold (claims, negatives) from the annotation table below.

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
 "de.hubert_burda_media": {"label": "Hubert Burda Media (publisher of Focus)", "patterns": ["Burda"]},
 "tr.anadolu": {"label": "Anadolu news agency (Turkey)", "patterns": ["Anadolu"]},
 "person.wolfgang_denk": {"label": "Wolfgang Denk, medical expert witness (Korneuburg trial)",
                          "patterns": ["Denk", r"(?<!verkehrs)sachverständige"]},
 "expert.traffic_expert": {"label": "traffic expert witness (Verkehrssachverständiger, Korneuburg trial)",
                           "patterns": ["Verkehrssachverständigen", "Expertise"]},
 "at.trial_witnesses": {"label": "witnesses in the Korneuburg trial (laut Zeugen)", "patterns": ["Zeugen"]},
 "person.astrid_raufer": {"label": "Astrid Raufer, judge at the Korneuburg regional court",
                          "patterns": ["Raufer", "Richterin"]},
 "media.guardian": {"label": "The Guardian", "patterns": ["Guardian", "Medienbericht"]},
 "media.the_sun": {"label": "The Sun (British tabloid)", "patterns": [r"\bSun\b"]},
 "org.sony_music_insider": {"label": "an internal source at Sony Music, quoted by The Sun",
                            "patterns": ["interne Quelle", "Sony Music"]},
 "person.roger_ekirch": {"label": "Roger Ekirch, historian (Virginia Tech), letter in Sleep",
                         "patterns": ["Ekirch", "Schlafhistoriker", "Historiker"]},
 "study.current_biology_sleep": {"label": "study on sleep of hunter-gatherers in Current Biology (October)",
                                 "patterns": ["Current Biology", "Studie"]},
 "at.pro_ge_gpa": {"label": "Austrian unions PRO-GE and GPA-djp", "patterns": ["PRO-GE", "GPA-djp", "Gewerkschaften"]},
 "de.verdi": {"label": "ver.di (German services union)", "patterns": [r"ver\.di", "Gewerkschaft"]},
 "person.michael_beyer": {"label": "Michael Beyer, ORF picture director", "patterns": ["Beyer", "Bildregisseur"]},
 "person.alexander_wrabetz": {"label": "Alexander Wrabetz, ORF director general", "patterns": ["Wrabetz"]},
 "person.sheryll_klinkel": {"label": "Sheryll Klinkel, US Air Force spokeswoman",
                            "patterns": ["Klinkel", "Air-Force-Sprecherin"]},
 "at.zamg": {"label": "Zentralanstalt für Meteorologie und Geodynamik (ZAMG), seismological service",
             "patterns": ["Zentralanstalt", "Erdbebendienst", "ZAMG"]},
 "us.nasa": {"label": "NASA (New Horizons mission)", "patterns": ["Nasa", "NASA"]},
 "person.elisabeth_hartl": {"label": "Elisabeth Hartl, Caritas staff member (South Sudan)",
                            "patterns": ["Hartl", "Caritas-Mitarbeiterin"]},
 "person.franz_kuberl": {"label": "Franz Küberl, director of Caritas Styria", "patterns": ["Küberl", "Caritas-Direktor"]},
 "at.caritas_styria": {"label": "Caritas Styria (steirische Caritas)", "patterns": ["Caritas"]},
 "person.christian_kesler": {"label": "Christian Kesler, developer of Allison Road",
                             "patterns": ["Kesler", "Designer", "Entwickler"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]

# ---------------------------------------------------------------- t00 Sport 6: Arnautovic scores and is injured; Premier League round
CLUB = [None, "players", "athletes"]
C("t00", ("nur sechs Minuten nach", "sechs Minuten"), 6, unit="minute", measure="duration",
  subject="time between Arnautovic's goal and his substitution", counted=("nach seinem Tor", "Tor"),
  calt=[("verletzt ausgewechselt", "ausgewechselt")], group=[None, "athletes", "players", "men", "people"],
  place="GB", optional=True)
C("t00", "eineinhalb Monate", 1.5, unit="month", measure="duration",
  subject="time before Austria's first match at the Euro", counted="EM-Match", place="GB", place_alt=[None],
  optional=True)
C("t00", ("der elfte Premier-League-Treffer", "elfte"), 11, unit="Tore", measure="other",
  subject="Arnautovic's Premier League goals this season (ordinal)", counted="Premier-League-Treffer",
  place="GB", optional=True)
C("t00", "kein Stoke-Profi", 0, unit="person", measure="other",
  subject="Stoke players who reached this mark in the top flight", counted="Stoke-Profi",
  group=["athletes", "players", "men", "people"], place="GB", optional=True)
C("t00", "67 Punkte", 67, unit="Punkte", measure="other", subject="points of Arsenal in the Premier League",
  counted=("Die Londoner weisen", "Die Londoner"), calt=[("Der FC Arsenal hat", "Der FC Arsenal")],
  group=CLUB, place="GB")
C("t00", "Manchester City (64)", 64, unit="Punkte", measure="other", subject="points of Manchester City",
  counted=("Manchester City (64)", "Manchester City"), group=CLUB, place="GB", optional=True)
C("t00", "zwei Zähler", 2, unit="Punkte", measure="other", subject="Arsenal's gap to second-placed Tottenham",
  counted="Der Abstand", calt=["Tabellenzweiten Tottenham Hotspur"], group=CLUB, place="GB", increment=True)
C("t00", "Leicester City (76)", 76, unit="Punkte", measure="other", subject="points of Leicester City",
  counted=("Leicester City (76)", "Leicester City"), group=CLUB, place="GB", optional=True)

# ---------------------------------------------------------------- t01 Kultur 23: photographer Laurent Mekul
# (no claims: a year of birth, a year, a clock time and the byline date only; all negatives)

# ---------------------------------------------------------------- t02 Etat 162: new editor-in-chief of Focus
BUR = "de.hubert_burda_media"
ED = ["journalists", "men", "people"]
C("t02", "nach eineinhalb Jahren", 1.5, unit="year", measure="duration",
  subject="time since Focus last changed its editor-in-chief (Reitz's tenure)", source=None, alt=[BUR],
  counted=("einen neuen Chefredakteur", "Chefredakteur"), calt=[("Nachrichtenmagazin Focus bekommt", "Focus")],
  group=[None, "journalists", "men", "people"], place="DE", place_alt=[None])
C("t02", "(39)", 39, unit="year", measure="age", subject="age of Robert Schneider, new Focus editor-in-chief",
  source=None, alt=[BUR], counted=("Robert Schneider (39)", "Robert Schneider"), group=ED,
  nat=None, nat_alt=["DE"], place="DE", place_alt=[None])
C("t02", "(55)", 55, unit="year", measure="age", subject="age of Ulrich Reitz, outgoing Focus editor-in-chief",
  source=None, alt=[BUR], counted=("Ulrich Reitz (55)", "Ulrich Reitz"), group=ED,
  nat=None, nat_alt=["DE"], place="DE", place_alt=[None])
C("t02", "mehrere Wechsel", unit="Wechsel", measure="other", subject="changes at the top of Focus since 2010",
  counted=("mehrere Wechsel", "Wechsel"), place="DE", place_alt=[None], **V)
C("t02", "nach einem Jahr", 1, unit="year", measure="duration", subject="time Wolfram Weimer led Focus",
  counted=("verließ Weimer", "Weimer"), group=[None] + ED, place="DE", place_alt=[None])

# ---------------------------------------------------------------- t03 International 167: Turkish forces kill 23 PKK fighters
ANA = "tr.anadolu"
FIGHT = ["troops", "people", "men"]
C("t03", "binnen zwei Tagen", 2, unit="day", measure="duration", subject="period in which the 23 rebels were killed",
  counted=("Bei Einsätzen gegen", "Einsätzen"), place="TR", optional=True)
C("t03", "23 mutmaßliche Rebellen", 23, unit="person", measure="killed",
  subject="suspected PKK rebels killed by Turkish security forces in Sirnak", source=None, alt=[ANA],
  counted=("23 mutmaßliche Rebellen", "mutmaßliche Rebellen"), calt=["Die Terroristen"], group=FIGHT,
  nat=None, nat_alt=["TR"], place="TR")
C("t03", "tausende Sicherheitskräfte", unit="person", measure="present",
  subject="Turkish security forces deployed in the Kurdish region", counted="Sicherheitskräfte im Sondereinsatz",
  calt=[("tausende Sicherheitskräfte", "Sicherheitskräfte")], group=["police", "troops", "soldiers"],
  nat=None, nat_alt=["TR"], place="TR", **V)
C("t03", "vor drei Jahren", 3, unit="year", measure="duration", subject="time since the peace process was begun",
  counted="Friedensprozess", place="TR", optional=True)
C("t03", "in den vergangenen 30 Jahren", 30, unit="year", measure="duration",
  subject="period over which 45,000 people were killed in the Kurdish conflict",
  counted=("In dem Konflikt wurden", "Konflikt"), place="TR", optional=True)
C("t03", "etwa 45.000 Menschen", 45000, bound="approx", unit="person", measure="killed",
  subject="people killed in the Turkish-Kurdish conflict over 30 years", counted=("45.000 Menschen", "Menschen"),
  group=P, nat=None, nat_alt=["TR"], place="TR")

# ---------------------------------------------------------------- t04 Inland 200: portrait of Michael Schickhofer
POLM = ["politicians", "men", "people"]
C("t04", ("Damals war Schickhofer 33", "33"), 33, unit="year", measure="age",
  subject="age of Michael Schickhofer when he joined the Styrian government (2013)",
  counted=("Damals war Schickhofer", "Schickhofer"), group=POLM, nat=None, nat_alt=["AT"], place="AT", place_alt=[None])
C("t04", "nach zwei Jahren", 2, unit="year", measure="duration", subject="time Schickhofer has served as Landesrat",
  counted=("Als Landesrat sagen", "Landesrat"), calt=[("sagen ihm die", "ihm")], group=POLM + [None],
  place="AT", place_alt=[None])
C("t04", ("Der zweifache Familienvater", "zweifache"), 2, unit="person", measure="size",
  subject="children of Michael Schickhofer", counted=("Der zweifache Familienvater", "Familienvater"),
  group=["children", "people"], place="AT", place_alt=[None])
C("t04", "aus mehreren Fraktionen", unit="Fraktionen", measure="other",
  subject="parliamentary groups praising Schickhofer", counted=("mehreren Fraktionen", "Fraktionen"), place="AT", **V)
C("t04", "Schon mit 21", 21, unit="year", measure="age", subject="age at which Schickhofer entered the Weiz municipal council",
  counted=("saß er 2000", "er"), group=POLM, nat=None, nat_alt=["AT"], place="AT", place_alt=[None])
C("t04", "35-Jährigen", 35, unit="year", measure="age", subject="age of Michael Schickhofer now",
  counted=("für einen 35-Jährigen", "einen 35-Jährigen"), group=POLM, nat=None, nat_alt=["AT"],
  place="AT", place_alt=[None])

# ---------------------------------------------------------------- t05 Panorama 226: drunk driver ran over his partner (Korneuburg trial)
DENK, TRAF, WIT, JUDGE = "person.wolfgang_denk", "expert.traffic_expert", "at.trial_witnesses", "person.astrid_raufer"
DEF = ["men", "people", "prisoners"]
C("t05", ("Ein 30-Jähriger steht", "30-Jähriger"), 30, unit="year", measure="age", subject="age of the defendant Emanuel S.",
  counted=("Ein 30-Jähriger steht", "Ein 30-Jähriger"), group=MAN, place="AT")
C("t05", ("dass der 30-jährige Angeklagte", "30-jährige"), 30, unit="year", measure="age",
  subject="age of the defendant Emanuel S.", counted=("30-jährige Angeklagte", "Angeklagte"), group=MAN, place="AT")
C("t05", "23-jährige", 23, unit="year", measure="age", subject="age of the victim, the defendant's partner",
  source=None, alt=[DENK], counted=("23-jährige Opfer", "Opfer"), group=WOMAN, place="AT")
C("t05", ("sechs Wochen in Untersuchungshaft", "sechs Wochen"), 6, unit="week", measure="duration",
  subject="time the defendant spent in pre-trial detention",
  counted=("dass S. sechs Wochen", "S."), calt=[("sechs Wochen in Untersuchungshaft", "Untersuchungshaft")],
  group=DEF, place="AT")
C("t05", "rund eineinhalb Stunden", 1.5, bound="approx", unit="hour", measure="duration",
  subject="time the victim left the village fête before the defendant", source=WIT,
  counted=("war sie rund", "sie"), group=WOMAN, place="AT")
C("t05", "auf 100 Meter", 100, unit="m", measure="other", subject="clear view along the farm track",
  source=None, alt=[TRAF], counted=("100 Meter freie Sicht", "freie Sicht"),
  calt=[("Der von Sträuchern gesäumte Weg", "Weg")], place="AT")
C("t05", "60 Kilometern pro Stunde", 60, unit="km/h", measure="other",
  subject="speed assumed in the stopping-distance calculation", source=None, alt=[TRAF],
  counted="Geschwindigkeit", place="AT")
C("t05", "nur 63 Meter", 63, unit="m", measure="other", subject="stopping distance at 60 km/h (sober driver)",
  source=None, alt=[TRAF], counted="Anhalteweg", place="AT")
C("t05", "rund 1,9 Promille", 1.9, bound="approx", unit="Promille", measure="other",
  subject="blood alcohol of the defendant at the time of the accident", source=DENK,
  counted=("Und S. hatte", "S."), group=MAN, place="AT")
C("t05", "1,46 Promille", 1.46, unit="Promille", measure="other", subject="blood alcohol of the victim (autopsy)",
  source=DENK, counted=("Obduktion der Frau", "Frau"), group=WOMAN, place="AT")
C("t05", "zu einem Jahr Haft", 1, unit="year", measure="duration", subject="prison sentence of the defendant",
  source=None, alt=[JUDGE], counted=("verurteilt ihn schließlich", "ihn"), calt=[("einem Jahr Haft", "Haft")],
  group=DEF, place="AT")
C("t05", "drei Monate davon", 3, unit="month", measure="duration",
  subject="unsuspended part of the defendant's prison sentence", source=None, alt=[JUDGE],
  counted=("drei Monate davon", "davon"), calt=[("einem Jahr Haft", "Haft")], group=DEF, place="AT")
C("t05", "maximal sechs Wochen", 6, bound="at_most", unit="week", measure="duration",
  subject="time the defendant still has to spend in prison", counted=("muss er also", "er"),
  calt=[("ins Gefängnis", "Gefängnis")], group=DEF, place="AT")

# ---------------------------------------------------------------- t06 Kultur 254: Adele signs a 90-million-pound deal with Sony
GUA, SUN, SONY = "media.guardian", "media.the_sun", "org.sony_music_insider"
DEAL = dict(unit="GBP", measure="amount", place="GB", place_alt=[None, "US"])
C("t06", ("sich 117 Millionen Euro schweren Deal", "117 Millionen Euro"), 117e6, unit="EUR", measure="amount",
  subject="value of Adele's record deal with Sony Music (converted)", source=None, alt=[GUA],
  counted=("schweren Deal", "Deal"), place="GB", place_alt=[None, "US"])
C("t06", "Die 28-Jährige", 28, unit="year", measure="age", subject="age of the singer Adele", source=None, alt=[GUA],
  counted="Die 28-Jährige", calt=[("Sängerin Adele hat", "Adele")], group=WOMAN, nat="GB", nat_alt=[None],
  place="GB", place_alt=[None])
C("t06", ("einen 90 Millionen Pfund", "90 Millionen Pfund"), 90e6,
  subject="value of Adele's record deal with Sony Music", source=GUA,
  counted=("schweren Plattenvertrag mit Sony", "Plattenvertrag"), **DEAL)
C("t06", "(117 Millionen Euro)", 117e6, unit="EUR", measure="amount",
  subject="value of Adele's record deal with Sony Music (converted)", source=GUA,
  counted=("schweren Plattenvertrag mit Sony", "Plattenvertrag"), place="GB", place_alt=[None, "US"])
C("t06", ("beläuft sich auf 90 Millionen Pfund", "90 Millionen Pfund"), 90e6,
  subject="value of Adele's record deal with Sony Music (Columbia)", source=SONY, alt=[SUN],
  counted=("Der Plattenvertrag werde", "Der Plattenvertrag"), **DEAL)
C("t06", "80 Millionen Pfund", 80e6, subject="value of Robbie Williams's 2002 deal with EMI",
  counted=("einen Vertrag im Umfang", "Vertrag"), calt=[("Sänger Robbie Williams", "Robbie Williams")],
  unit="GBP", measure="amount", place="GB", place_alt=[None])
C("t06", "70 Millionen Pfund", 70e6, subject="value of Whitney Houston's 2001 deal with Arista Records",
  counted=("Pop-Diva Whitney Houston", "Whitney Houston"), calt=["Arista Records"],
  unit="GBP", measure="amount", place="US", place_alt=[None])
C("t06", "Adeles dritte Platte", 3, unit="Alben", measure="other", subject="Adele's albums (ordinal: 25 is her third)",
  counted=("Adeles dritte Platte", "Platte"), place="GB", place_alt=[None], optional=True)

# ---------------------------------------------------------------- t07 Wissenschaft 321: sleep researchers argue about pre-industrial sleep
EK, CB = "person.roger_ekirch", "study.current_biology_sleep"
NOPL = dict(place=None, place_alt=["US"])
C("t07", ("Reichten früher 6,5 Stunden", "6,5 Stunden"), 6.5, unit="hour", measure="duration",
  subject="sleep needed in earlier times (Current Biology study, teaser)", source=None, alt=[CB],
  counted=None, **NOPL)
C("t07", ("waren es vor der Industriellen Revolution zwei Mal", "zwei Mal"), 2, unit="Mal", measure="other",
  subject="sleep segments per night before the Industrial Revolution (Ekirch, teaser)", source=None, alt=[EK],
  counted=None, **NOPL)
C("t07", ("zwei Mal vier Stunden mit", "vier Stunden"), 4, unit="hour", measure="duration",
  subject="length of each sleep segment before the Industrial Revolution (Ekirch, teaser)", source=None, alt=[EK],
  counted=None, **NOPL)
C("t07", "sieben bis acht Stunden", 7, 8, bound="range", unit="hour", measure="duration",
  subject="sleep considered normal for adults today", counted=("Stunden Schlaf am Stück für", "Schlaf"),
  calt=["Erwachsene"], group=[None, "people"], **NOPL)
C("t07", ("mit nur 6,5 Stunden", "6,5 Stunden"), 6.5, unit="hour", measure="duration",
  subject="sleep of simple hunter-gatherer peoples (Current Biology study)", source=CB,
  counted=("6,5 Stunden Schlaf", "Schlaf"), calt=["Jäger-und-Sammler-Völkern"], group=[None, "people"], **NOPL)
C("t07", "rund acht Stunden lang", 8, bound="approx", unit="hour", measure="duration",
  subject="sleep per night before the Industrial Revolution (Ekirch)", source=EK,
  counted=("dass Menschen vor", "Menschen"), group=["people", None], **NOPL)
C("t07", ("auf zwei Mal vier", "zwei Mal"), 2, unit="Mal", measure="other",
  subject="sleep segments per night before the Industrial Revolution (Ekirch)", source=EK,
  counted=("dass Menschen vor", "Menschen"), group=["people", None], **NOPL)
C("t07", ("auf zwei Mal vier Stunden", "vier Stunden"), 4, unit="hour", measure="duration",
  subject="length of each sleep segment before the Industrial Revolution (Ekirch)", source=EK,
  counted=("dass Menschen vor", "Menschen"), group=["people", None], **NOPL)
C("t07", "14 Stunden", 14, unit="hour", measure="duration",
  subject="time the subjects of 1990s sleep experiments spent in darkness", source=None, alt=[EK],
  counted="Probanden", group=P, **NOPL)
C("t07", "zwei Schichten", 2, unit="Schichten", measure="other",
  subject="sleep segments of the subjects of the darkness experiments", source=None, alt=[EK],
  counted=("zwei Schichten", "Schichten"), calt=["Probanden"], group=[None, "people"], **NOPL)
C("t07", "je vier Stunden", 4, unit="hour", measure="duration",
  subject="length of each sleep segment in the darkness experiments", source=None, alt=[EK],
  counted=("zwei Schichten", "Schichten"), calt=["Probanden"], group=[None, "people"], **NOPL)

# ---------------------------------------------------------------- t08 Wirtschaft 338: vehicle industry wage settlement
UNI = "at.pro_ge_gpa"
EMP = ["employees", "workers", "people"]
C("t08", "1,5 Prozent Plus", 1.5, unit="percent", measure="share",
  subject="wage settlement of the Austrian vehicle industry", source=UNI,
  counted=("ein Abschluss von", "Abschluss"), place="AT", increment=True)
C("t08", "knapp 27.000", 27000, bound="approx", unit="person", measure="size",
  subject="employees of the Austrian vehicle industry", source=None, alt=[UNI],
  counted=("27.000 Beschäftigten", "Beschäftigten"), group=EMP, place="AT")
C("t08", "steigen um 1,5 Prozent", 1.5, unit="percent", measure="share",
  subject="rise of actual and minimum wages in the vehicle industry", source=None, alt=[UNI],
  counted=("kollektivvertraglichen Mindest-Löhne", "Mindest-Löhne"), calt=["Die Ist-"], place="AT", increment=True)
C("t08", "ebenso um 1,5 Prozent", 1.5, unit="percent", measure="share",
  subject="rise of apprentice pay, allowances and bonuses in the vehicle industry", source=None, alt=[UNI],
  counted="Lehrlingsentschädigungen", place="AT", increment=True)
C("t08", "zwei Stunden und 15 Minuten", 2.25, unit="hour per month", measure="duration",
  subject="time off per month under the leisure option (instead of the pay rise)", source=None, alt=[UNI],
  counted=("können Arbeitnehmer Freizeit", "Freizeit"), calt=[("können Arbeitnehmer", "Arbeitnehmer")],
  group=[None] + EMP, place="AT")
C("t08", "rund 180.000", 180000, bound="approx", unit="person", measure="size",
  subject="employees of the Austrian metal sector", source=None, alt=[UNI],
  counted=("180.000 Beschäftigte", "Beschäftigte"), calt=["Metallbranche"], group=EMP, place="AT")
C("t08", "sechs Fachverbände", 6, unit="Fachverbände", measure="other",
  subject="trade associations of the Austrian metal sector", source=None, alt=[UNI],
  counted=("sechs Fachverbände", "Fachverbände"), place="AT")

# ---------------------------------------------------------------- t09 Web 353: ETH Zürich beauty-rating site Faces
C("t09", "binnen weniger Tage", unit="day", measure="duration", subject="time in which Faces gained millions of users",
  counted=("Website Faces", "Website Faces"), place="CH", place_alt=[None], **V)
C("t09", "mehrere Millionen Nutzer", unit="person", measure="size", subject="users of the Faces website",
  counted=("Millionen Nutzer", "Nutzer"), group=["users", "people"], place="CH", place_alt=[None], **V)
C("t09", "sechs Kategorien", 6, unit="Kategorien", measure="other", subject="categories of the Faces beauty rating",
  counted=("sechs Kategorien", "Kategorien"), place="CH", place_alt=[None])
C("t09", "zwanzig Millionen Bewertungen", 20e6, unit="Bewertungen", measure="other",
  subject="ratings from the app Blinq used to train Faces", counted=("Millionen Bewertungen", "Bewertungen"),
  place=None, place_alt=["CH"])

# ---------------------------------------------------------------- t10 Wirtschaft 372: ver.di strike at Amazon Koblenz
C("t10", "anderen acht Amazon-Versandzentren", 8, unit="Versandzentren", measure="other",
  subject="other Amazon distribution centres in Germany", source=None, alt=["de.verdi"],
  counted="Amazon-Versandzentren", place="DE")

# ---------------------------------------------------------------- t11 Etat 610: ORF broadcasts from the Salzburg Festival
BEY, WRA = "person.michael_beyer", "person.alexander_wrabetz"
C("t11", "Bis zu elf Kameras", 11, bound="up_to", unit="Kameras", measure="other",
  subject="cameras used for the live broadcast of Fidelio", source=None, alt=[BEY],
  counted=("elf Kameras", "Kameras"), place="AT")
C("t11", "Vor 60 Jahren", 60, unit="year", measure="duration",
  subject="time since Fidelio reopened the Vienna State Opera (first live opera on TV)", source=None, alt=[WRA],
  counted=("wurde der Fidelio zur", "Fidelio"), place="AT", optional=True)
C("t11", "insgesamt 21 Konzerte", 21, unit="Konzerte und Opern", measure="other",
  subject="concerts and operas broadcast by Ö1 from the Salzburg Festival",
  counted=("21 Konzerte und Opern", "Konzerte und Opern"), place="AT")

# ---------------------------------------------------------------- t12 Web 622: escape room HintHunt opens in Vienna
C("t12", "ein weiterer Anbieter", 1, unit="Anbieter", measure="other", subject="new escape-room provider in Vienna",
  counted=("ein weiterer Anbieter", "Anbieter"), place="AT", increment=True, optional=True)
C("t12", "innerhalb von 60 Minuten", 60, unit="minute", measure="duration",
  subject="time limit for escaping the HintHunt room", counted=("Sich als Team", "Team"),
  calt=[("Das Ziel des Spiels", "Spiels")], group=[None, "players", "people"], place="AT")
C("t12", "Drei unterschiedliche Missionen", 3, unit="Missionen", measure="other",
  subject="missions offered by HintHunt Vienna", counted=("unterschiedliche Missionen", "Missionen"), place="AT")
C("t12", "drei bis fünf Spieler", 3, 5, bound="range", unit="person", measure="participants",
  subject="players per HintHunt mission", counted=("fünf Spieler", "Spieler"), group=["players", "people", "visitors"],
  place="AT")

# ---------------------------------------------------------------- t13 International 674: US F-22 jets visit Romania and Lithuania
KLI = "person.sheryll_klinkel"
C("t13", ("zwei F-22-Kampfflugzeuge", "zwei"), 2, unit="Kampfflugzeuge", measure="deployed",
  subject="US F-22 fighter jets sent to Romania and Lithuania",
  counted=("zwei F-22-Kampfflugzeuge", "F-22-Kampfflugzeuge"), nat=None, nat_alt=["US"],
  place="RO", place_alt=["LT", None])
C("t13", "189 Millionen Dollar", 189e6, unit="USD", measure="amount", subject="unit price of the F-22 Raptor",
  counted="Stückpreis", calt=[("Die F-22 Raptor soll", "Die F-22 Raptor")], place=None, place_alt=["US"])
C("t13", "(167 Millionen Euro)", 167e6, unit="EUR", measure="amount", subject="unit price of the F-22 Raptor (converted)",
  counted="Stückpreis", calt=[("Die F-22 Raptor soll", "Die F-22 Raptor")], place=None, place_alt=["US"])
C("t13", "von mehreren Stützpunkten", unit="Stützpunkte", measure="other",
  subject="bases the US Air Force wants to operate from", source=KLI, counted="Stützpunkten",
  place=None, place_alt=["RO", "LT"], **V)
C("t13", ("zwei russische SU-24-Bomber", "zwei"), 2, unit="Bomber", measure="other",
  subject="Russian Su-24 bombers that buzzed the USS Donald Cook in April",
  counted=("zwei russische SU-24-Bomber", "SU-24-Bomber"), nat="RU", nat_alt=[None], place=None, place_alt=["RU"])
C("t13", "nur 130 Kilometer", 130, unit="km", measure="other",
  subject="distance from Kaliningrad of the Su-24 fly-by over the USS Donald Cook",
  counted="Enklave Kaliningrad", calt=["US-Lenkwaffenzerstörer Donald Cook"], place=None, place_alt=["RU"])

# ---------------------------------------------------------------- t14 Inland 751: new left initiative Aufbruch
C("t14", "eine weitere Initiative", 1, unit="Initiativen", measure="other",
  subject="new initiative on the left of the political spectrum", counted=("weitere Initiative", "Initiative"),
  place="AT", increment=True, optional=True)
C("t14", "mehrheitlich", 50, bound="more_than", unit="percent", measure="share",
  subject="share of Aufbruch's first supporters from the left of SPÖ and Greens", counted="Erstunterstützer",
  group=["people", "members"], place="AT", optional=True)

C("t14", "einiger weniger", unit="person", measure="other",
  subject="the few whose wealth keeps rising (Aufbruch's manifesto)", counted=("Reichtum einiger weniger", "Reichtum"),
  group=P, place="AT", place_alt=[None], **V)

# ---------------------------------------------------------------- t15 Panorama 786: magnitude-2.3 earthquake in Upper Styria
ZAMG = "at.zamg"
C("t15", ("Magnitude von 2,3", "2,3"), 2.3, unit="Mw", measure="magnitude",
  subject="magnitude of the earthquake near Unzmarkt", source=None, alt=[ZAMG],
  counted=None, calt=["Magnitude"], place="AT")
C("t15", "Keine Schäden", 0, unit="Schäden", measure="damage", subject="damage expected from the earthquake",
  counted=("Keine Schäden", "Schäden"), place="AT", optional=True)
C("t15", ("der Stärke 2,3", "2,3"), 2.3, unit="Mw", measure="magnitude",
  subject="magnitude of the earthquake near Unzmarkt", source=None, alt=[ZAMG],
  counted="Der Erdstoß", place="AT")
C("t15", "von einigen Personen", unit="person", measure="other", subject="people who felt the earthquake",
  counted=("einigen Personen", "Personen"), group=P, place="AT", **V)

# ---------------------------------------------------------------- t16 Wissenschaft 863: New Horizons mosaic of Sputnik Planum
NASA = "us.nasa"
C("t16", "rund 80 Kilometer", 80, bound="approx", unit="km", measure="other",
  subject="width of the Sputnik Planum strip in the New Horizons mosaic", source=None, alt=[NASA],
  counted=("langen Abschnitt", "Abschnitt"), place=None)
C("t16", "mehr als 800 Kilometer", 800, bound="more_than", unit="km", measure="other",
  subject="length of the Sputnik Planum strip in the New Horizons mosaic", source=None, alt=[NASA],
  counted=("langen Abschnitt", "Abschnitt"), place=None)
C("t16", "etwa 17.000 Kilometern", 17000, bound="approx", unit="km", measure="other",
  subject="distance from which New Horizons took the images", source=None, alt=[NASA],
  counted="Abstand", calt=[("den die Sonde New Horizons", "Sonde New Horizons")], place=None)
C("t16", "etwa 15 Minuten", 15, bound="approx", unit="minute", measure="duration",
  subject="time before closest approach at which the images were taken", source=None, alt=[NASA],
  counted=("entstanden die Bilder", "Bilder"), place=None, optional=True)
C("t16", "in einigen Kilometern", unit="km", measure="other", subject="depth of the nitrogen-ice reservoirs",
  counted="Reservoirs", place=None, **V)

# ---------------------------------------------------------------- t17 Panorama 945: Caritas Styria anti-hunger campaign
HAR, KUB, CAR = "person.elisabeth_hartl", "person.franz_kuberl", "at.caritas_styria"
C("t17", "126.000 Hektar", 126000, unit="ha", measure="other",
  subject="land available to the Vinzenzgemeinschaft for farming projects in South Sudan", source=None, alt=[HAR],
  counted=("Hektar verwildertes Land", "verwildertes Land"), place="SS")
C("t17", "18 Hektar", 18, unit="ha", measure="other", subject="land re-cultivated so far in South Sudan",
  source=HAR, counted=("wieder bebaut", "bebaut"), calt=[("Hektar verwildertes Land", "verwildertes Land")], place="SS")
C("t17", "zwei sogenannten Baby Feeding Centers", 2, unit="Baby Feeding Centers", measure="other",
  subject="Caritas baby feeding centres in South Sudan", source=None, alt=[HAR],
  counted="Baby Feeding Centers", place="SS")
C("t17", "600 Kleinkinder", 600, unit="person", measure="other",
  subject="infants saved from chronic malnutrition in Caritas feeding centres, South Sudan", source=None, alt=[HAR],
  counted=("600 Kleinkinder", "Kleinkinder"), group=["children", "people"], nat=None, nat_alt=["SS"], place="SS")
C("t17", "Ein zweites Projekt", 2, unit="Projekte", measure="other", subject="Caritas projects presented (ordinal)",
  counted=("zweites Projekt", "Projekt"), place="BI", place_alt=[None], optional=True)
C("t17", "795 Millionen", 795e6, unit="person", measure="other", subject="people suffering from hunger worldwide",
  source=KUB, alt=[CAR], counted=("an Hunger leidenden Menschen", "Menschen"), group=P, place=None)
C("t17", "40.000 Euro", 40000, unit="EUR", measure="amount",
  subject="money raised by Bishop Krautwaschl's refugee project since June", source=KUB, alt=[CAR],
  counted="Flüchtlingsprojekt", place="AT")

# ---------------------------------------------------------------- t18 Web 999: horror game Allison Road
KES = "person.christian_kesler"
C("t18", "rund 14-minütige", 14, bound="approx", unit="minute", measure="duration",
  subject="length of the Allison Road demo", source=None, alt=[KES], counted=("minütige Demo", "Demo"), place=None)
C("t18", "5 Spielnächten", 5, unit="night", measure="duration",
  subject="game nights in which players must find the family in Allison Road", source=None, alt=[KES],
  counted=("5 Spielnächten", "Spielnächten"), calt=["Die Spieler müssen"], place=None)
C("t18", "in etwa 5 Stunden", 5, bound="approx", unit="hour", measure="duration",
  subject="playing time of Allison Road", source=None, alt=[KES], counted="Spieldauer", place=None)
C("t18", "eine Stunde pro Nacht", 1, unit="hour per night", measure="duration",
  subject="playing time per game night of Allison Road", source=None, alt=[KES], counted="Spieldauer", place=None)
C("t18", "aus 6 Personen", 6, unit="person", measure="size", subject="members of the Allison Road development team",
  source=None, alt=[KES], counted="Entwicklerteam", group=["people", "workers", "employees", "members"], place=None)

# ---------------------------------------------------------------- t19 Sport 1014: ATP Finals in London, first matches
C("t19", "in zwei Sätzen", 2, unit="Sätze", measure="other", subject="sets in which Murray and Nadal won",
  counted=("Siege in zwei", "Siege"), place="GB", place_alt=[None], optional=True)
C("t19", "vierten Titel", 4, unit="Titel", measure="other",
  subject="ATP Finals title in a row Djokovic is aiming for (ordinal)", counted=("vierten Titel", "Titel"),
  place="GB", place_alt=[None], optional=True)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
