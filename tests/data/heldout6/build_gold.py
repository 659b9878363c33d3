"""Build the sixth held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set (at.interior_ministry as in ../heldout2 to ../heldout5)
SOURCES = {
 "de.economy_ministry": {"label": "German Federal Ministry for Economic Affairs (Bundeswirtschaftsministerium)",
                         "patterns": ["Wirtschaftsministerium", "Ministerium"]},
 "expert.economists": {"label": "economists (consensus forecast)", "patterns": ["Ökonomen"]},
 "de.police": {"label": "German police (Bavaria, Freilassing)", "patterns": ["Polizei"]},
 "person.jane_mcauliffe": {"label": "Jane McAuliffe, director of the Kluge Center (Library of Congress)",
                           "patterns": ["McAuliffe"]},
 "org.rsf": {"label": "Reporter ohne Grenzen (Reporters Without Borders)", "patterns": ["Reporter ohne Grenzen"]},
 "bh.interior_ministry": {"label": "Ministry of the Interior of Bahrain", "patterns": ["Innenministerium"]},
 "person.robert_losey": {"label": "Robert Losey (University of Alberta) and his team",
                         "patterns": ["Losey", "Forscher", "University of Alberta"]},
 "study.genetic_studies": {"label": "genetic studies of dog domestication (unnamed)", "patterns": ["genetische Studien"]},
 "us.umich_researchers": {"label": "researchers of the University of Michigan (microbubble Braille display)",
                          "patterns": ["Forscher", "Wissenschaftler der University of Michigan"]},
 "media.technology_review": {"label": "Technology Review", "patterns": ["Technology Review"]},
 "person.lothar_lockl": {"label": "Lothar Lockl, campaign manager of Alexander Van der Bellen",
                         "patterns": ["Lockl", "Wahlkampfmanager"]},
 "at.wifo": {"label": "Österreichisches Institut für Wirtschaftsforschung (Wifo)", "patterns": ["Wifo"]},
 "at.fachverband_werbung": {"label": "Fachverband Werbung und Marktkommunikation (WKO): Sery-Froschauer, Deutsch",
                            "patterns": ["Fachverband", "Sery-Froschauer", "Verbands-Geschäftsführer"]},
 "media.welt_am_sonntag": {"label": "Welt am Sonntag", "patterns": ["Welt am Sonntag", "Zeitung"]},
 "de.prosecutor_stuttgart": {"label": "Public prosecutor's office Stuttgart", "patterns": ["Staatsanwaltschaft Stuttgart", "Staatsanwalt"]},
 "de.print2taste": {"label": "Print2Taste (Freising), maker of the Bocusini; Melanie Senger",
                    "patterns": ["Print2Taste", "Senger"]},
 "person.melanie_senger": {"label": "Melanie Senger, nutrition scientist at Print2Taste", "patterns": ["Senger"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior",
                          "patterns": ["Innenministerium", "Innenressort", "Ministeriumsangaben", "Ministerium", r"\bBMI\b"]},
 "person.norbert_hofer": {"label": "Norbert Hofer, FPÖ presidential candidate", "patterns": ["Hofer"]},
 "person.herbert_kickl": {"label": "Herbert Kickl, FPÖ campaign manager", "patterns": ["Kickl"]},
 "at.fpo": {"label": "FPÖ (Freiheitliche Partei Österreichs)", "patterns": ["FPÖ"]},
 "at.buchpreis_organisers": {"label": "Organisers of the Österreichischer Buchpreis (Bundeskanzleramt, HVB, AK Wien)",
                             "patterns": ["Organisatoren", "Hauptverband"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
EMP = ["employees", "workers", "people"]
PL = ["athletes", "players", "men", "people", None]

# ---------------------------------------------------------------- q00 International 37: Zschäpe's statement at the NSU trial
C("q00", ("Abtauchen der drei", "drei"), 3, unit="person", measure="size", subject="members of the NSU trio",
  counted=("Abtauchen der drei", "Abtauchen der drei"), calt=["NSU-Trio"], group=P, nat="DE", nat_alt=[None],
  place="DE", optional=True)
C("q00", ("mehrmals Auseinandersetzungen", "mehrmals"), unit="Auseinandersetzungen", measure="other",
  subject="quarrels over internet access", source=None, counted=("mehrmals Auseinandersetzungen", "Auseinandersetzungen"),
  place="DE", **V)
C("q00", "zehn Menschen", 10, unit="person", measure="killed", subject="people murdered by Mundlos and Böhnhardt",
  counted=("zehn Menschen", "Menschen"), group=["people", "civilians"], place="DE", hedged=True)
C("q00", "zwei Sprengstoffanschläge", 2, unit="Sprengstoffanschläge", measure="other",
  subject="bomb attacks in Cologne attributed to the NSU", counted=("zwei Sprengstoffanschläge", "Sprengstoffanschläge"),
  place="DE", hedged=True)

# ---------------------------------------------------------------- q01 Wirtschaft 135: German industrial production, September
MIN = "de.economy_ministry"
C("q01", ("Im September um 1,1 Prozent", "1,1 Prozent"), -1.1, unit="percent", measure="share",
  subject="change of German production in September (month on month)", source=None, alt=[MIN],
  counted="hergestellt", place="DE", increment=True)
C("q01", "seit über einem Jahr", 1, bound="more_than", unit="year", measure="duration",
  subject="time since production was cut as sharply", counted=None, place="DE", optional=True)
C("q01", ("stellten um 1,1 Prozent", "1,1 Prozent"), -1.1, unit="percent", measure="share",
  subject="change of German production in September (month on month)", source=MIN,
  counted=("die Produktion im September", "Produktion"), calt=[("Sie stellten um", "Sie")], place="DE", increment=True)
C("q01", "0,5 Prozent", 0.5, unit="percent", measure="share",
  subject="expected change of German production in September (economists' forecast)", source="expert.economists",
  counted="Anstieg", place="DE", increment=True)
C("q01", "0,6 Prozent", -0.6, unit="percent", measure="share", subject="change of German production in August (revised)",
  source=None, alt=[MIN], counted=("ein Minus von revidiert", "Minus"), place="DE", increment=True)
C("q01", "halb so stark", 0.5, unit="factor", measure="other",
  subject="revised August fall relative to the first estimate", counted=("ein Minus von revidiert", "Minus"),
  place="DE", optional=True)
C("q01", ("Produktion damit um 0,3 Prozent", "0,3 Prozent"), -0.3, unit="percent", measure="share",
  subject="change of German production in the third quarter", source=None, alt=[MIN],
  counted=("schrumpfte die Produktion", "Produktion"), place="DE", increment=True)
C("q01", "drei Monate in Folge", 3, unit="month", measure="duration",
  subject="consecutive months of falling industrial orders", source=None, alt=[MIN],
  counted=("weniger Aufträge", "Aufträge"), calt=["Die Industrie sammelte"], place="DE")
C("q01", ("Produktion um 1,4 Prozent", "1,4 Prozent"), -1.4, unit="percent", measure="share",
  subject="change of German industrial production in September", source=None, alt=[MIN],
  counted=("fuhr ihre Produktion", "Produktion"), calt=["Die Industrie fuhr"], place="DE", increment=True)
C("q01", "3,2 Prozent", -3.2, unit="percent", measure="share", subject="change of German consumer goods production",
  source=None, alt=[MIN], counted=("Hersteller von Konsumgütern", "Konsumgütern"),
  calt=["Hersteller von Konsumgütern"], place="DE", increment=True)
C("q01", ("ein Minus von 1,4 Prozent", "1,4 Prozent"), -1.4, unit="percent", measure="share",
  subject="change of German capital goods production", source=None, alt=[MIN],
  counted=("Produzenten von Investitionsgütern", "Investitionsgütern"), calt=["Produzenten von Investitionsgütern"],
  place="DE", increment=True)
C("q01", "0,9 Prozent", -0.9, unit="percent", measure="share", subject="change of German construction output",
  source=None, alt=[MIN], counted="Bauproduktion", place="DE", increment=True)
C("q01", ("wuchs dagegen um 0,3 Prozent", "0,3 Prozent"), 0.3, unit="percent", measure="share",
  subject="change of German energy output", source=None, alt=[MIN], counted="Energieausstoß", place="DE",
  increment=True)

# ---------------------------------------------------------------- q02 Panorama 170: AfD march and counter-demo in Freilassing
POL = "de.police"
DEMO = ["people"]
C("q02", ("1000 bei Protestzug", "1000"), 1000, unit="person", measure="participants",
  subject="participants of the AfD march in Freilassing", counted="Protestzug", group=DEMO, place="DE")
C("q02", ("600 Gegendemonstranten aus", "600 Gegendemonstranten"), 600, unit="person", measure="participants",
  subject="counter-demonstrators in Freilassing", source=None, alt=[POL],
  counted=("600 Gegendemonstranten aus", "Gegendemonstranten"), group=DEMO, place="DE")
C("q02", "Zehntausende", unit="person", measure="received",
  subject="refugees who crossed the Saalachbrücke border post into Germany", counted="Vertriebene",
  group=["refugees", "migrants", "people"], place="DE", **V)
C("q02", "rund 30 Personen", 30, bound="approx", unit="person per hour", measure="received",
  subject="refugees taken over by Germany at Freilassing per hour", counted=("30 Personen", "Personen"),
  group=["refugees", "migrants", "people"], place="DE")
C("q02", ("einer mehr als zwanzig Organisationen", "mehr als zwanzig"), 20, bound="more_than", unit="Organisationen",
  measure="other", subject="organisations that organised the counter-rally",
  counted=("zwanzig Organisationen aus Bayern", "Organisationen"), place="DE", place_alt=[None])
C("q02", "etwa 600 Teilnehmer", 600, bound="approx", unit="person", measure="participants",
  subject="participants of the counter-rally in Freilassing", source=POL,
  counted=("600 Teilnehmer", "Teilnehmer"), group=DEMO, place="DE")
C("q02", ("trennte beide Gruppen", "beide"), 2, unit="Gruppen", measure="other", subject="the two rallies",
  counted=("beide Gruppen", "Gruppen"), place="DE", optional=True)
C("q02", ("Beide Kundgebungen", "Beide"), 2, unit="Kundgebungen", measure="other", subject="the two rallies",
  counted=("Beide Kundgebungen", "Kundgebungen"), place="DE", optional=True)
C("q02", ("zu keinen Zwischenfällen", "keinen"), 0, unit="Zwischenfälle", measure="other",
  subject="incidents at the two rallies", counted="Zwischenfällen", place="DE", optional=True)
C("q02", ("zu keinen Verhaftungen", "keinen"), 0, unit="person", measure="captured",
  subject="arrests at the two rallies", counted="Verhaftungen", group=P, place="DE", optional=True)
C("q02", "hunderten", unit="Tafeln", measure="other", subject="placards at the AfD rally",
  counted=("vorbereiteten Tafeln", "Tafeln"), place="DE", **V)
C("q02", ("die rund 600 Gegendemonstranten", "rund 600 Gegendemonstranten"), 600, bound="approx", unit="person", measure="participants",
  subject="counter-demonstrators in Freilassing", source=None, alt=[POL],
  counted=("rund 600 Gegendemonstranten", "Gegendemonstranten"), group=DEMO, place="DE")
C("q02", "Mehr als zwanzig Organisationen", 20, bound="more_than", unit="Organisationen", measure="other",
  subject="organisations that called for the counter-demonstration",
  counted=("Mehr als zwanzig Organisationen", "Organisationen"), place="DE", place_alt=[None])

# ---------------------------------------------------------------- q03 Wissenschaft 335: Kluge Prize for Habermas and Taylor
MCA = "person.jane_mcauliffe"
C("q03", "1,5 Millionen Dollar", 1.5e6, unit="USD", measure="amount", subject="endowment of the John W. Kluge Prize",
  counted=("dotierten John W. Kluge Preis", "John W. Kluge Preis"), calt=["dotierten"], place="US")
C("q03", "1,3 Millionen Euro", 1.3e6, unit="EUR", measure="amount",
  subject="endowment of the John W. Kluge Prize (converted)",
  counted=("dotierten John W. Kluge Preis", "John W. Kluge Preis"), calt=["umgerechnet"], place="US")
C("q03", "Der 86-Jährige", 86, unit="year", measure="age", subject="age of Jürgen Habermas", source=None, alt=[MCA],
  counted="Der 86-Jährige Habermas", calt=["Der 86-Jährige"], group=["men", "people"], nat="DE", place="US",
  place_alt=[None, "DE"])
C("q03", "fünf Jahrzehnte", 50, unit="year", measure="duration",
  subject="decades of debates Habermas drove", source=MCA, counted=("wichtige Debatten", "Debatten"),
  place=None, optional=True)
C("q03", "erster amerikanischer Preis", 1, unit="Preis", measure="other",
  subject="Habermas's first American prize (ordinal)", counted=("amerikanischer Preis", "Preis"), place="US",
  optional=True)

# ---------------------------------------------------------------- q04 Etat 336: US journalist Anna Day detained in Bahrain
RSF, BHI = "org.rsf", "bh.interior_ministry"
C("q04", ("Anna Day (26)", "(26)"), 26, unit="year", measure="age", subject="age of the US journalist Anna Day",
  counted=("US-Journalistin Anna Day", "Anna Day"), group=["journalists", "women", "people"], nat="US",
  place="BH", place_alt=[None])
C("q04", "drei Mitglieder", 3, unit="person", measure="captured",
  subject="members of Anna Day's camera crew detained in Bahrain", source=None, alt=[RSF],
  counted=("drei Mitglieder ihrer Kamera-Crew", "Mitglieder ihrer Kamera-Crew"), calt=[("drei Mitglieder", "Mitglieder")],
  group=["journalists", "people"], nat="US", nat_alt=[None], place="BH")
C("q04", "Einer der Journalisten", 1, unit="person", measure="participants",
  subject="journalists who allegedly took part in violent riots", source=BHI,
  counted=("Einer der Journalisten", "Journalisten"), group=["journalists", "people"], nat="US", nat_alt=[None],
  place="BH", optional=True)
C("q04", "Die Mehrheit der Bevölkerung", 50, bound="more_than", unit="percent", measure="share",
  subject="share of Shiites in Bahrain's population", counted=("Mehrheit der Bevölkerung", "Bevölkerung"),
  group=["people", "residents"], nat="BH", nat_alt=[None], place="BH", optional=True)
C("q04", "vor fünf Jahren", 5, unit="year", measure="duration", subject="time since the Arab uprisings",
  counted=("arabischen Aufstände", "Aufstände"), place="BH", optional=True)

# ---------------------------------------------------------------- q05 International 361: France bans three Islamist associations
C("q05", "drei radikale islamische Vereinigungen", 3, unit="Vereinigungen", measure="other",
  subject="radical Islamic associations banned by the French government",
  counted=("islamische Vereinigungen", "Vereinigungen"), place="FR")
C("q05", "Die drei Vereinigungen", 3, unit="Vereinigungen", measure="other",
  subject="the banned associations (repeat)", counted=("Die drei Vereinigungen", "Vereinigungen"), place="FR",
  optional=True)
C("q05", "zwei weiterer Gotteshäuser", 2, unit="Gotteshäuser", measure="other",
  subject="further places of worship closed besides the Lagny mosque", counted="Gotteshäuser", place="FR")
C("q05", "130 Toten", 130, unit="person", measure="killed", subject="people killed in the Paris attacks of November",
  counted=("130 Toten", "Toten"), group=P, place="FR")

# ---------------------------------------------------------------- q06 Sport 370: Peter Hlinka returns to Rapid (amateurs)
C("q06", "36-Jähriger", 36, unit="year", measure="age", subject="age of Peter Hlinka", counted="36-Jähriger",
  group=PL[:4], nat="SK", nat_alt=[None], place="AT")
C("q06", "Der 36-Jährige", 36, unit="year", measure="age", subject="age of Peter Hlinka", counted="Der 36-Jährige",
  group=PL[:4], nat="SK", place="AT")
C("q06", "Einjahresvertrag", 1, unit="year", measure="duration", subject="length of Hlinka's new contract at Rapid",
  counted="Einjahresvertrag", calt=["der Mittelfeldspieler"], group=PL, place="AT")

# ---------------------------------------------------------------- q07 Wissenschaft 403: 8000-year-old dog burials at Lake Baikal
LOS = "person.robert_losey"
C("q07", "8000 Jahre alte", 8000, unit="year", measure="age", subject="age of the dog burials found in Siberia",
  source=None, alt=[LOS], counted=("alte Funde", "Funde"), place="RU")
C("q07", "Einige genetische Studien", unit="Studien", measure="other", subject="genetic studies pointing to an early date",
  counted=("genetische Studien", "Studien"), **V)
C("q07", "vor bereits 40.000 Jahren", 40000, unit="year", measure="age",
  subject="date of dog domestication according to some genetic studies", source="study.genetic_studies",
  counted="Domestizierung", hedged=True)
C("q07", "vor 8000 Jahren", 8000, unit="year", measure="age", subject="age of the dog burials at Lake Baikal",
  source=None, alt=[LOS], counted=("manchen Tieren", "Tieren"), place="RU")

# ---------------------------------------------------------------- q08 Web 441: microbubble Braille display
UMR, TR = "us.umich_researchers", "media.technology_review"
C("q08", "unter 1.000 Dollar", 1000, bound="at_most", unit="USD", measure="amount",
  subject="target price of the microbubble Braille display", source=None, alt=[UMR, TR], counted=("Preis soll", "Preis"),
  place="US", place_alt=[None])
C("q08", ("nur über eine Zeile", "eine Zeile"), 1, unit="Zeile", measure="other", subject="lines of conventional Braille displays",
  counted=("eine Zeile", "Zeile"), calt=["Herkömmliche Bildschirme für Blinde"], optional=True)
C("q08", "mehrere tausend Dollar", unit="USD", measure="amount", subject="price of conventional Braille displays",
  counted="Anschaffung", calt=["Herkömmliche Bildschirme für Blinde"], **V)
C("q08", "anderthalb Jahren", 1.5, unit="year", measure="duration",
  subject="time until the technology could be commercialised", source=UMR, alt=[TR],
  counted=("Ihre Technologie", "Technologie"), place="US", place_alt=[None], hedged=True)
C("q08", "weniger als tausend Dollar", 1000, bound="at_most", unit="USD", measure="amount",
  subject="target price of the finished devices", source=None, alt=[UMR, TR], counted=("fertige Geräte", "Geräte"),
  place="US", place_alt=[None])
C("q08", "zehn Prozent", 10, unit="percent", measure="share", subject="share of blind people in the US who read Braille",
  source=None, alt=[UMR, TR], counted=("aller Blinden", "Blinden"), group=P, place="US")

# ---------------------------------------------------------------- q09 Inland 467: Van der Bellen's campaign donations
LOC = "person.lothar_lockl"
C("q09", "rund 600 Kleinspenden", 600, bound="approx", unit="Kleinspenden", measure="other",
  subject="small donations to Van der Bellen's campaign before launch", source=LOC,
  counted=("600 Kleinspenden", "Kleinspenden"), place="AT")
C("q09", "knapp über 30.000 Euro", 30000, bound="more_than", unit="EUR", measure="amount",
  subject="donations to Van der Bellen's campaign before launch", source=LOC,
  counted=("Kleinspenden, insgesamt", "Kleinspenden"), place="AT")
C("q09", "bis 3.500 Euro", 3500, bound="up_to", unit="EUR", measure="amount",
  subject="donation up to which a donor may stay anonymous", counted="Beträgen", calt=["Spender"], place="AT")

# ---------------------------------------------------------------- q10 Sport 601: NBA, Warriors 19-0, Nowitzki's 10,000th field goal
C("q10", "sein 19. Saisonspiel", 19, unit="Spiele", measure="other",
  subject="games won by Golden State since the start of the season (ordinal)", counted="Saisonspiel",
  calt=["der Titelverteidiger"], place="US", optional=True)
C("q10", ("zwölf seiner 26 Punkte", "zwölf"), 12, unit="Punkte", measure="other", subject="Stephen Curry's points in the fourth quarter",
  counted=("26 Punkte", "Punkte"), calt=["Stephen Curry"], group=PL, place="US")
C("q10", "26 Punkte", 26, unit="Punkte", measure="other", subject="Stephen Curry's points against Utah",
  counted=("26 Punkte", "Punkte"), calt=["Stephen Curry"], group=PL, place="US")
C("q10", "die vierte Niederlage", 4, unit="Niederlagen", measure="other",
  subject="Dallas losses in the last five games (ordinal)", counted=("vierte Niederlage", "Niederlage"),
  calt=[("seinen Dallas Mavericks", "Dallas Mavericks")], place="US", optional=True)
C("q10", "in fünf Spielen", 5, unit="Spiele", measure="other", subject="Dallas's last games",
  counted=("fünf Spielen", "Spielen"), place="US", optional=True)
C("q10", "13 Punkte", 13, unit="Punkte", measure="other", subject="Dirk Nowitzki's points against Sacramento",
  counted=("13 Punkte", "Punkte"), calt=["Dirkules"], group=PL, place="US")
C("q10", "7 Rebounds", 7, unit="Rebounds", measure="other", subject="Dirk Nowitzki's rebounds against Sacramento",
  counted=("7 Rebounds", "Rebounds"), calt=["Dirkules"], group=PL, place="US")
C("q10", "zum 10.000 Mal", 10000, unit="Würfe", measure="other",
  subject="Nowitzki's career field goals (10,000th)", counted=("einen Wurf aus dem Feld", "Wurf"),
  calt=[("Nowitzki verwandelte", "Nowitzki")], group=PL, place="US", optional=True)
C("q10", "10 Siege", 10, unit="Siege", measure="other", subject="Dallas wins this season (record in parentheses)",
  counted=("10 Siege", "Siege"), calt=["die Mavs"], place="US", optional=True)
C("q10", ("8 Niederlagen)", "8 Niederlagen"), 8, unit="Niederlagen", measure="other", subject="Dallas losses this season (record in parentheses)",
  counted=("8 Niederlagen)", "Niederlagen"), calt=["die Mavs"], place="US", optional=True)
C("q10", "fünf Zählern", 5, unit="Zähler", measure="other", subject="Dennis Schröder's points against Oklahoma City",
  counted=("fünf Zählern", "Zählern"), calt=[("Schröder musste", "Schröder")], group=PL, place="US")
C("q10", "12 Siege", 12, unit="Siege", measure="other", subject="Atlanta's wins this season",
  counted=("12 Siege", "Siege"), calt=[("Atlanta hat nun", "Atlanta")], place="US")
C("q10", ("8 Niederlagen auf", "8 Niederlagen"), 8, unit="Niederlagen", measure="other", subject="Atlanta's losses this season",
  counted=("8 Niederlagen auf", "Niederlagen"), calt=[("Atlanta hat nun", "Atlanta")], place="US")

# ---------------------------------------------------------------- q11 Web 641: GameStandard raffle (no required claims)
C("q11", ("verlost ein Spiel", "ein"), 1, unit="Spiel", measure="other", subject="games raffled by the GameStandard",
  counted=("verlost ein Spiel", "Spiel"), optional=True)

# ---------------------------------------------------------------- q12 Etat 644: Wifo advertising climate index
WIFO, FV = "at.wifo", "at.fachverband_werbung"
C("q12", "23 Punkten", 23, unit="Punkte", measure="other", subject="Wifo advertising climate index at the start of the year",
  source=None, alt=[WIFO], counted=("Der Index ist", "Index"), calt=["Werbeklimaindex des Wifo"], place="AT")
C("q12", "8 Punkte", 8, unit="Punkte", measure="other", subject="Wifo advertising climate index, second quarter 2015",
  source=None, alt=[WIFO], counted=("Der Index ist", "Index"), calt=["Werbeklimaindex des Wifo"], place="AT")
C("q12", "knapp 29.000 Betriebe", 29000, bound="approx", unit="Betriebe", measure="other",
  subject="businesses in the Austrian advertising sector", source=None, alt=[FV],
  counted=("29.000 Betriebe", "Betriebe"), calt=["Die Werbebranche umfasst"], place="AT")
C("q12", "mehr als 28.000 Personen", 28000, bound="more_than", unit="person", measure="size",
  subject="people employed in the Austrian advertising sector", source=None, alt=[FV],
  counted=("28.000 Personen", "Personen"), group=EMP, place="AT")
C("q12", "5,3 Mrd. Euro", 5.3e9, unit="EUR", measure="amount", subject="revenue of the Austrian advertising sector",
  source=None, alt=[FV], counted=("Umsätze von 5,3", "Umsätze"), place="AT")
C("q12", "65 Prozent der Unternehmen", 65, unit="percent", measure="share",
  subject="share of one-person businesses in the Austrian advertising sector", source=None, alt=[FV],
  counted=("65 Prozent der Unternehmen", "Unternehmen"), calt=["Einpersonen-Unternehmen"], place="AT")
C("q12", "1.641 neue Werbeunternehmen", 1641, unit="Werbeunternehmen", measure="other",
  subject="advertising businesses founded in Austria in 2014", source=None, alt=[FV],
  counted=("neue Werbeunternehmen", "Werbeunternehmen"), place="AT")

# ---------------------------------------------------------------- q13 Wirtschaft 653: indictment of Anton Schlecker
WAMS, STA = "media.welt_am_sonntag", "de.prosecutor_stuttgart"
C("q13", ("umfasst 270 Seiten. Berlin", "270 Seiten"), 270, unit="Seiten", measure="other",
  subject="pages of the indictment against Anton Schlecker", source=WAMS, counted=("Zeitung: Anklageschrift", "Anklageschrift"),
  place="DE")
C("q13", ("laut Zeitung 270 Seiten", "270 Seiten"), 270, unit="Seiten", measure="other",
  subject="pages of the indictment against Anton Schlecker", source=WAMS,
  counted=("Die Anklageschrift umfasst", "Anklageschrift"), place="DE")
C("q13", "204 Aktenordner", 204, unit="Aktenordner", measure="other",
  subject="folders of investigation files at the Stuttgart regional court", source=WAMS, alt=[None],
  counted=("204 Aktenordner", "Aktenordner"), place="DE")
C("q13", "ein Dutzend Bände", 12, bound="approx", unit="Bände", measure="other",
  subject="volumes of evidence in the Schlecker case", source=WAMS, counted=("Dutzend Bände", "Bände"), place="DE")
C("q13", "in insgesamt 36 Fällen", 36, unit="Fälle", measure="other",
  subject="cases in which Schlecker allegedly moved assets out of creditors' reach", source=STA,
  counted=("36 Fällen", "Fällen"), calt=[("36 Fällen Vermögenswerte", "Vermögenswerte")], place="DE", hedged=True)
C("q13", ("in einem Fall vor dem", "einem Fall"), 1, unit="Fall", measure="other",
  subject="false statement under oath before the insolvency court", source=STA, counted=("einem Fall", "Fall"),
  place="DE", optional=True)
C("q13", "weniger Wochen", unit="week", measure="duration", subject="time within which no opening decision is possible",
  source=None, counted="Eröffnungsbeschluss", place="DE", **V)
C("q13", "seine beiden Kinder", 2, unit="person", measure="other", subject="Schlecker's children indicted",
  source=None, alt=[STA], counted=("beiden Kinder", "Kinder"), group=["people", "children"], place="DE", optional=True)
C("q13", "zwei Wirtschaftsprüfer", 2, unit="person", measure="other", subject="auditors indicted in the Schlecker case",
  source=None, alt=[STA], counted=("zwei Wirtschaftsprüfer", "Wirtschaftsprüfer"), group=["people", "workers"],
  place="DE")
C("q13", "in mehreren Fällen", unit="Fälle", measure="other", subject="cases in which Schlecker's family allegedly helped",
  source=STA, counted=("mehreren Fällen", "Fällen"), place="DE", hedged=True, **V)
C("q13", "25.000 Beschäftigte", 25000, unit="person", measure="other",
  subject="Schlecker employees who lost their jobs", counted=("25.000 Beschäftigte", "Beschäftigte"),
  calt=["Arbeitsplatz"], group=EMP, place="DE")
C("q13", "13 weitere Beschuldigte", 13, unit="person", measure="other",
  subject="further suspects investigated besides Anton Schlecker", source=None, alt=[STA],
  counted=("weitere Beschuldigte", "Beschuldigte"), group=P, place="DE")

# ---------------------------------------------------------------- q14 Web 681: Bocusini food 3D printer
P2T, SEN = "de.print2taste", "person.melanie_senger"
C("q14", "über 30 Lebensmittel", 30, bound="more_than", unit="Lebensmittel", measure="other",
  subject="foods the Print2Taste system can print", source=None, alt=[SEN, P2T],
  counted=("30 Lebensmittel", "Lebensmittel"), calt=["ein System"], place="DE", place_alt=[None])
C("q14", "knapp 900 Euro", 900, bound="approx", unit="EUR", measure="amount", subject="presale price of the Bocusini",
  source=None, alt=[P2T], counted=("Der Bocusini kostet", "Bocusini"), calt=["Vorverkauf"], place=None,
  place_alt=["DE", "AT"])
C("q14", "1.200 Euro", 1200, unit="EUR", measure="amount", subject="price of the Bocusini after market launch",
  source=None, alt=[P2T], counted=("der Preis auf", "Preis"), calt=[("Der Bocusini kostet", "Bocusini")], place=None,
  place_alt=["DE", "AT"])
C("q14", "fünf bis zehn Minuten", 5, 10, bound="range", unit="minute", measure="duration",
  subject="time to print small figures", source=None, alt=[SEN, P2T], counted="Kleine Figuren", place=None,
  place_alt=["DE"])
C("q14", "viereinhalb Stunden", 4.5, unit="hour", measure="duration",
  subject="time the Bocusini took to print St. Stephen's Cathedral in marzipan", source=None, alt=[SEN, P2T],
  counted=("Am Wiener Stephansdom aus Marzipan", "Stephansdom aus Marzipan"), calt=[("arbeitete der Bocusini", "Bocusini")],
  place=None, place_alt=["DE", "AT"])

# ---------------------------------------------------------------- q15 Panorama 725: tents removed in Traiskirchen
BMI = "at.interior_ministry"
REF = ["refugees", "migrants", "people"]
C("q15", "3.400 Flüchtlinge", 3400, unit="person", measure="present",
  subject="refugees in the Traiskirchen reception centre", source=None, alt=[BMI],
  counted=("3.400 Flüchtlinge", "Flüchtlinge"), group=REF, place="AT")
C("q15", ("noch 200 obdachlos", "200"), 200, unit="person", measure="present",
  subject="homeless asylum seekers in Traiskirchen", source=BMI, counted=("noch 200 obdachlos", "obdachlos"),
  calt=[("3.400 Flüchtlinge", "Flüchtlinge")], group=REF, place="AT")
C("q15", "rund 2.000", 2000, bound="approx", unit="person", measure="present",
  subject="homeless asylum seekers in Traiskirchen earlier", source=BMI,
  counted=("obdachlosen Asylwerbern", "Asylwerbern"), calt=["obdachlosen Asylwerbern"], group=REF, place="AT")
C("q15", ("auf nun 200", "200"), 200, unit="person", measure="present",
  subject="homeless asylum seekers in Traiskirchen now", source=BMI,
  counted=("obdachlosen Asylwerbern", "Asylwerbern"), calt=["obdachlosen Asylwerbern"], group=REF, place="AT")

# ---------------------------------------------------------------- q16 Kultur 815: Gerhard Richter and Arvo Pärt in Manchester
C("q16", "Zwei Giganten", 2, unit="person", measure="other", subject="Richter and Pärt",
  counted="Giganten der Gegenwartskunst", group=["people", "men"], place="GB", optional=True)
C("q16", "(83)", 83, unit="year", measure="age", subject="age of Gerhard Richter", counted=("Richter (83)", "Richter"),
  group=["men", "people"], nat="DE", place="GB", place_alt=[None])
C("q16", "(79)", 79, unit="year", measure="age", subject="age of Arvo Pärt", counted=("Pärt (79)", "Pärt"),
  group=["men", "people"], nat="EE", place="GB", place_alt=[None])
C("q16", ("Die beiden trafen", "Die beiden"), 2, unit="person", measure="other", subject="Richter and Pärt (die beiden)",
  counted=("Die beiden", "Die beiden"), group=["people", "men"], optional=True)
C("q16", ("von zwei der bedeutendsten", "zwei"), 2, unit="Künstler", measure="other", subject="Richter and Pärt, two of the most important artists",
  counted=("bedeutendsten Künstler", "Künstler"), group=["people", "men"], place="GB", place_alt=[None], optional=True)

# ---------------------------------------------------------------- q17 International 839: Poland summons the Russian ambassador (no required claims)
C("q17", "vielfach", unit="Mal", measure="other",
  subject="times the Polish government allegedly blocked an anti-Hitler coalition (Andreyev)",
  counted=("Bau einer Anti-Hitler-Koalition", "Anti-Hitler-Koalition"), **V)

# ---------------------------------------------------------------- q18 Inland 899: FPÖ posters for Hofer's run-off campaign
HOF, KIC, FPO = "person.norbert_hofer", "person.herbert_kickl", "at.fpo"
C("q18", "über diesen 50 Prozent", 50, bound="more_than", unit="percent", measure="share",
  subject="Hofer's expected vote share in the presidential run-off", source=HOF,
  counted=("dass wir doch", "wir"), group=[None, "voters"], place="AT", hedged=True)
C("q18", "1,2 Millionen Euro", 1.2e6, unit="EUR", measure="amount",
  subject="further FPÖ spending on the run-off campaign", source=KIC, alt=[FPO],
  counted=("in den Stichwahlkampf", "Stichwahlkampf"), place="AT", increment=True)
C("q18", "Zwei Millionen Euro", 2e6, unit="EUR", measure="amount",
  subject="FPÖ spending in the first phase of the presidential campaign", source=FPO,
  counted=("in der ersten Phase investiert", "ersten Phase"), place="AT")
C("q18", "zwei Plakate", 2, unit="Plakate", measure="other", subject="new FPÖ posters presented",
  counted=("zwei Plakate", "Plakate"), place="AT")
C("q18", ("Beide zeigen", "Beide"), 2, unit="Plakate", measure="other", subject="the two new posters (beide)",
  counted=("zwei Plakate", "Plakate"), place="AT", optional=True)

# ---------------------------------------------------------------- q19 Kultur 982: the Austrian Book Prize is launched
ORG = "at.buchpreis_organisers"
C("q19", "zehn Titel", 10, unit="Titel", measure="other", subject="titles on the longlist of the Austrian Book Prize",
  source=None, alt=[ORG], counted="Longlist", calt=[("zehn Titel", "Titel")], place="AT")
C("q19", "(20.000 Euro)", 20000, unit="EUR", measure="amount", subject="main prize of the Austrian Book Prize",
  source=None, alt=[ORG], counted="Der Hauptpreis", calt=["Hauptpreis"], place="AT")
C("q19", "vier weiteren", 4, unit="Titel", measure="other", subject="further shortlist titles besides the winner",
  source=None, alt=[ORG], counted="Shortlist-Titel", place="AT")
C("q19", "je 2500 Euro", 2500, unit="EUR", measure="amount", subject="prize money for each further shortlist title",
  source=None, alt=[ORG], counted="Shortlist-Titel", place="AT")
C("q19", "(10.000 Euro)", 10000, unit="EUR", measure="amount", subject="debut prize of the Austrian Book Prize",
  source=None, alt=[ORG], counted=("Preis für literarische Debüts", "Preis für literarische Debüts"), place="AT")
C("q19", "jeweils 2500 Euro", 2500, unit="EUR", measure="amount", subject="prize money for each further debut shortlist title",
  source=None, alt=[ORG], counted=("zwei weitere Titel der", "Titel"), place="AT")
C("q19", ("zwei weitere Titel der", "zwei weitere Titel"), 2, unit="Titel", measure="other", subject="further titles on the debut shortlist",
  source=None, alt=[ORG], counted=("Titel der Debütpreis-Shortlist", "Titel"), place="AT")
C("q19", "mindestens drei Jahren", 3, bound="at_least", unit="year", measure="duration",
  subject="residence required of non-Austrian authors", source=None, alt=[ORG], counted="Autoren",
  calt=["Lebens- und Arbeitsmittelpunkt"], group=["people"], place="AT")
C("q19", ("Verlag zwei Titel", "zwei Titel"), 2, bound="at_most", unit="Titel", measure="other",
  subject="titles a publisher may submit", source=None, alt=[ORG], counted=("zwei Titel, die", "Titel"),
  calt=[("Maximal können pro Verlag", "Verlag")], place="AT")
C("q19", "drei weitere Titel", 3, unit="Titel", measure="other",
  subject="additional titles a publisher may propose from its current programme", source=None, alt=[ORG],
  counted=("drei weitere Titel", "Titel"), place="AT", increment=True)
C("q19", "45.000 Euro", 45000, unit="EUR", measure="amount", subject="total prize money of the Austrian Book Prize",
  source=None, alt=[ORG], counted="Preisgeld", place="AT")
C("q19", "71.000 Euro", 71000, unit="EUR", measure="amount", subject="marketing budget of the Austrian Book Prize",
  source=None, alt=[ORG], counted=("marketingmäßigen Unterstützung", "Unterstützung"), calt=["budgetiert"], place="AT")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
