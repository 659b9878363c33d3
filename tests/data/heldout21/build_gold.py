"""Build the twenty-first held-out gold (claims, negatives) from the annotation table below.

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
 "person.nikola_poposki": {"label": "Nikola Poposki, foreign minister of Macedonia",
                           "patterns": ["Poposki", "Außenminister"]},
 "org.un": {"label": "United Nations", "patterns": ["Vereinten Nationen", "UNO"]},
 "org.msf": {"label": "Médecins Sans Frontières (Ärzte ohne Grenzen)",
             "patterns": ["Ärzte ohne Grenzen", "MSF", "die Organisation"]},
 "org.sohr": {"label": "Syrian Observatory for Human Rights",
              "patterns": ["Syrischen Beobachtungsstelle für Menschenrechte", "Beobachtungsstelle"]},
 "unnamed.residents_azaz": {"label": "residents of Azaz ('nach Angaben von Bewohnern')",
                            "patterns": ["Bewohnern", "Einwohners"]},
 "unnamed.doctor_azaz": {"label": "a doctor in Azaz ('eines Arztes', 'Dem Mediziner zufolge')",
                         "patterns": ["eines Arztes", "Mediziner"]},
 "unnamed.activists": {"label": "activists ('Nach Angaben von Aktivisten')", "patterns": ["Aktivisten"]},
 "person.rafael_behr": {"label": "Rafael Behr, German police scientist", "patterns": ["Behr", "Polizeiwissenschafter"]},
 "de.interior_ministry": {"label": "German Federal Ministry of the Interior",
                          "patterns": ["deutschem Innenministerium", "Innenministerium"]},
 "unnamed.media_reports": {"label": "media reports ('Medien berichten')", "patterns": ["Medien berichten", "Medien"]},
 "de.police_union": {"label": "German police union (Polizeigewerkschaft)", "patterns": ["Polizeigewerkschaft"]},
 "at.rechnungshof": {"label": "Austrian Court of Audit (Rechnungshof) and its report",
                     "patterns": ["Rechnungshof", "RH-Bericht", r"\bRH\b"]},
 "at.big": {"label": "Bundesimmobiliengesellschaft (BIG)", "patterns": ["Bundesimmobiliengesellschaft", r"\bBIG\b"]},
 "person.christoph_strasser": {"label": "Christoph Strasser, Austrian ultra-cyclist", "patterns": ["Strasser"]},
 "person.joe_kaeser": {"label": "Joe Kaeser, CEO of Siemens", "patterns": ["Kaeser", "Siemens-Chef"]},
 "de.siemens": {"label": "Siemens AG", "patterns": ["Konzern-Angaben", "Siemens"]},
 "person.thorben_albrecht": {"label": "Thorben Albrecht, state secretary in the German labour ministry",
                             "patterns": ["Albrecht", "Staatssekretärs"]},
 "de.lka_sachsen": {"label": "Landeskriminalamt Sachsen (Saxony state criminal police office)",
                    "patterns": ["Landeskriminalamts in Sachsen", "Landeskriminalamt"]},
 "unnamed.investigators": {"label": "the investigators ('Nach Erkenntnissen der Ermittler')", "patterns": ["Ermittler"]},
 "media.golem": {"label": "golem.de", "patterns": ["golem"]},
 "person.werner_faymann": {"label": "Werner Faymann, Austrian chancellor",
                           "patterns": ["Faymann", "Kanzler", "Bundeskanzler"]},
 "at.finance_ministry": {"label": "Austrian Ministry of Finance", "patterns": ["Finanzministeriums", "Finanzminister"]},
 "person.hans_joerg_schelling": {"label": "Hans Jörg Schelling, Austrian finance minister",
                                 "patterns": ["Schelling", "Finanzminister"]},
 "it.court_grosseto": {"label": "the court of Grosseto that sentenced Schettino", "patterns": ["Gerichts", "Gericht"]},
 "person.alfred_pritz": {"label": "Alfred Pritz, rector of the Sigmund Freud University", "patterns": ["Pritz"]},
 "person.jutta_fiegl": {"label": "Jutta Fiegl, vice-rector of the Sigmund Freud University",
                        "patterns": ["Fiegl", "Vizerektorin"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
REF = ["refugees", "migrants", "people"]
POL = ["police", "officials", "people"]
ATH = ["athletes", "players", "men", "people"]
KID = ["children", "people"]
STU = ["students", "people"]

# ---------------------------------------------------------------- j00 Panorama 29: interview with Macedonia's foreign minister
POP = "person.nikola_poposki"
C("j00", "Zigtausende", **V, unit="person", measure="received",
  subject="refugees coming to Europe on the Balkan route", counted=("Zigtausende Flüchtlinge", "Flüchtlinge"), group=REF)
C("j00", ("Einige Länder wie", "Einige"), **V, unit="Länder", measure="other",
  subject="countries wanting to send officers to help Macedonia's border protection", counted=("Einige Länder", "Länder"))
C("j00", "Manche Staaten", **V, unit="Staaten", measure="other", source=POP,
  subject="states that announced they will send more officers", counted=("Manche Staaten", "Staaten"))
C("j00", "vielleicht 500", 500, unit="person", measure="received", hedged=True,
  subject="daily quota of refugees Austria will let in (interviewer)", counted=("500 Flüchtlinge", "Flüchtlinge"),
  calt=["Tageskontingente"], group=REF, place="AT")
C("j00", "37.500", 37500, unit="person", measure="received",
  subject="Austria's cap on asylum seekers (interviewer)", counted=("eine Obergrenze von", "Obergrenze"),
  group=REF, place="AT")
C("j00", "20 Kilometer", 20, unit="km", measure="other", source=POP,
  subject="length of Macedonia's border fence", counted=("ist der Zaun 20", "Zaun"), place="MK")
C("j00", "100 ausländische", 100, unit="person", measure="deployed", source=POP,
  subject="foreign officers already in Macedonia (bilateral cooperation)", counted=("100 ausländische Beamte", "Beamte"), group=POL, place="MK")
C("j00", "350 bis 400", 350, 400, bound="range", unit="person", measure="planned", source=POP,
  subject="foreign officers Macedonia will accept", counted=("400 ausländische Beamte", "Beamte"), group=POL, place="MK")

# ---------------------------------------------------------------- j01 International 209: rocket attacks on hospitals in Syria
UN, MSF = "org.un", "org.msf"
C("j01", "fast 50", 50, bound="approx", unit="person", measure="killed", source=UN,
  subject="civilians killed in rocket attacks on clinics and schools in northern Syria", counted="Zivilisten",
  group=["civilians", "people"], nat_alt=["SY"], place="SY")
C("j01", "Zahlreiche", **V, unit="person", measure="wounded", source=UN,
  subject="people wounded in the attacks on clinics and schools", counted=("Zahlreiche Menschen", "Menschen"),
  group=P, place="SY")
C("j01", "mindestens fünf", 5, bound="at_least", unit="Einrichtungen", measure="damage", source=UN,
  subject="medical facilities hit in Aleppo and Idlib", counted=("fünf medizinische Einrichtungen", "Einrichtungen"),
  calt=["medizinische Einrichtungen"], place="SY")
C("j01", ("und zwei Schulen", "zwei"), 2, unit="Schulen", measure="damage", source=UN,
  subject="schools hit in Aleppo and Idlib", counted=("und zwei Schulen", "Schulen"), place="SY")
C("j01", ("14 Menschen", "14"), 14, unit="person", measure="killed", source="unnamed.residents_azaz", alt=["unnamed.doctor_azaz"],
  subject="people killed in Azaz (children's hospital, school used as refugee camp)",
  counted=("14 Menschen", "Menschen"), group=P, nat_alt=["SY"], place="SY")
C("j01", ("mindestens zwei Kinder", "mindestens zwei"), 2, bound="at_least", unit="person", measure="killed", source="unnamed.doctor_azaz",
  subject="children among the dead in Azaz", counted=("mindestens zwei Kinder", "Kinder"), group=KID,
  nat_alt=["SY"], place="SY")
C("j01", ("ein weiteres Flüchtlingslager", "ein"), 1, unit="Flüchtlingslager", measure="damage",
  source="unnamed.residents_azaz", increment=True,
  subject="another refugee camp hit south of Azaz", counted=("Flüchtlingslager im Süden", "Flüchtlingslager"), place="SY", optional=True)
C("j01", "zehntausende", **V, unit="person", measure="displaced",
  subject="people who fled to Azaz from the fighting for Aleppo", counted=("zehntausende Menschen", "Menschen"),
  group=["people", "refugees"], place="SY")
C("j01", ("weitere zwei Krankenhäuser", "zwei"), 2, unit="Krankenhäuser", measure="damage", alt=[UN, "unnamed.residents_azaz"],
  increment=True, subject="further hospitals hit in Marat Numan",
  counted=("weitere zwei Krankenhäuser", "Krankenhäuser"), place="SY")
C("j01", "Eine der Kliniken", 1, unit="Kliniken", measure="other", optional=True,
  subject="of the hospitals hit in Marat Numan, supported by MSF", counted=("Eine der Kliniken", "Kliniken"), place="SY")
C("j01", "Mindestens sieben", 7, bound="at_least", unit="person", measure="killed", source=MSF,
  subject="MSF staff killed in Marat Numan", counted=("sieben Mitarbeiter", "Mitarbeiter"),
  group=["aid_workers", "workers", "employees", "people"], place="SY")
C("j01", ("und ein Patient", "ein"), 1, unit="person", measure="killed", source=MSF,
  subject="patient killed at the MSF-supported hospital in Marat Numan", counted=("und ein Patient", "Patient"),
  group=["patients", "people"], place="SY")
C("j01", "Mindestens acht", 8, bound="at_least", unit="person", measure="missing", source=MSF,
  subject="MSF staff missing in Marat Numan", counted=("acht Mitarbeiter", "Mitarbeiter"),
  group=["aid_workers", "workers", "employees", "people"], place="SY")
C("j01", ("zwei Krankenschwestern", "zwei"), 2, unit="person", measure="killed", source="org.sohr",
  subject="nurses killed at a second hospital in Marat Numan", counted="Krankenschwestern",
  group=["workers", "aid_workers", "doctors", "women", "people"], place="SY")
C("j01", "mehr als 150", 150, bound="more_than", unit="Krankenhäuser", measure="other", alt=[MSF],
  subject="hospitals in Syria supported by MSF", counted=("150 Krankenhäuser", "Krankenhäuser"), place="SY")
C("j01", ("fünf davon", "fünf"), 5, unit="Krankenhäuser", measure="damage", alt=[MSF],
  subject="MSF-supported hospitals damaged in attacks since the start of the year", counted=("fünf davon", "davon"),
  calt=[("150 Krankenhäuser", "Krankenhäuser")], place="SY")
C("j01", "30 Kilometer", 30, unit="km", measure="other",
  subject="distance of Tal Rifaat north of Aleppo", counted=("Ortschaft Tal Rifaat", "Tal Rifaat"),
  calt=[("gelegene Ortschaft", "Ortschaft")], place="SY")
C("j01", "mindestens 26", 26, bound="at_least", unit="person", measure="killed", source="unnamed.activists",
  subject="Islamists killed in the fighting for Tal Rifaat since Sunday", counted="Islamisten",
  group=["fighters", "rebels", "troops", "people"], place="SY")

# ---------------------------------------------------------------- j02 Panorama 212: interview on the Cologne New Year's Eve assaults
BEHR = "person.rafael_behr"
C("j02", "31", 31, unit="person", measure="other", alt=["de.interior_ministry"],
  subject="suspects identified so far for the Cologne New Year's Eve assaults", counted=("Tatverdächtigen der", "Tatverdächtigen"),
  group=["people", "suspects", "men"], place="DE")
C("j02", ("18 Asylwerber", "18"), 18, unit="person", measure="other", source="de.interior_ministry",
  subject="asylum seekers among the Cologne suspects", counted=("18 Asylwerber", "Asylwerber"), group=REF, place="DE")
C("j02", ("Zwei mutmaßliche", "Zwei"), 2, unit="person", measure="captured",
  subject="suspected pickpockets from North Africa temporarily arrested", counted=("mutmaßliche Trickdiebe", "Trickdiebe"),
  group=["people", "suspects", "men"], place="DE")
C("j02", "etwa 1.000", 1000, bound="approx", unit="person", measure="present",
  subject="men gathered at Cologne station on New Year's Eve (interviewer)", counted=("1.000 Männern", "Männern"),
  group=["men", "people"], place="DE")
C("j02", ("90 Beamten", "90"), 90, unit="person", measure="deployed", source="unnamed.media_reports", alt=[BEHR],
  subject="police officers at Cologne main station on New Year's Eve", counted=("90 Beamten", "Beamten"),
  group=POL, place="DE")
C("j02", ("von 1.000 Personen", "1.000"), 1000, unit="person", measure="present", source=BEHR, optional=True,
  subject="the crowd of 1,000 (hypothetical, repeat)", counted=("1.000 Personen", "Personen"), group=P, place="DE")
C("j02", ("1.000-fache", "1.000"), 1000, unit="factor", measure="other", source=BEHR, optional=True,
  subject="'1,000-fold danger' (rhetorical)", counted=("fache Gefahr", "Gefahr"), place="DE")
C("j02", "500 bis 600", 500, 600, bound="range", unit="person", measure="deployed", source=BEHR,
  subject="officers that would have been needed in Cologne (Behr's estimate)", counted=("600 Beamten", "Beamten"),
  group=POL, place="DE")
C("j02", "100 Prozent", 100, unit="percent", measure="share", optional=True,
  subject="preventing assaults in crowds 'zu 100 Prozent' (rhetorical question)", counted="Übergriffe in Menschenmassen",
  place="DE")
C("j02", "einige unglückliche", **V, unit="Momente", measure="other", source=BEHR,
  subject="unfortunate moments in the police's communication", counted=("unglückliche Momente", "Momente"))
C("j02", ("200 Beamten", "200"), 200, unit="person", measure="deployed", source=BEHR, alt=["de.police_union"],
  subject="federal police officers at the border in Bavaria", counted=("200 Beamten", "Beamten"), group=POL, place="DE")

# ---------------------------------------------------------------- j03 Sport 352: Champions League preview PSG v Chelsea, Benfica v Zenit
C("j03", "Dreimal", 3, unit="Mal", measure="other",
  subject="PSG's consecutive Champions League quarter-final exits", counted=("zuletzt im Viertelfinale", "Viertelfinale"),
  calt=["scheiterte Paris"], place="FR", place_alt=[None])
C("j03", "24 Punkte", 24, unit="Punkte", measure="other", increment=True,
  subject="PSG's lead over Monaco in Ligue 1", counted=("24 Punkte", "Punkte"),
  calt=["Mannschaft von Trainer Laurent Blanc"], place="FR")
C("j03", ("16 Siegen", "16"), 16, unit="Siege", measure="other",
  subject="PSG's league wins in a row before the draw with Lille", counted=("16 Siegen", "Siegen"), place="FR")
C("j03", "23-jährigen", 23, unit="year", measure="age", subject="age of Serge Aurier",
  counted=("23-jährigen Aurier", "Aurier"), calt=["Rechtsverteidiger Serge Aurier"], group=ATH, nat="CI",
  nat_alt=[None], place=None, place_alt=["FR"])
C("j03", "einige Mitspieler", **V, unit="person", measure="other",
  subject="team-mates targeted by Aurier's homophobic remarks", counted=("einige Mitspieler", "Mitspieler"), group=ATH)
C("j03", "63 Millionen Euro", 63e6, unit="EUR", measure="amount",
  subject="transfer fee of Ángel Di María from Manchester United to PSG", counted="Der Argentinier",
  calt=["Angel di Maria"], place="FR", place_alt=[None, "GB"])
C("j03", ("zehn Runden", "zehn"), 10, unit="Runden", measure="other",
  subject="Chelsea's unbeaten league rounds", counted=("zehn Runden", "Runden"), place="GB")
C("j03", "20 Punkte", 20, unit="Punkte", measure="other", increment=True,
  subject="Chelsea's deficit to leaders Leicester", counted=("20 Punkte", "Punkte"), place="GB")
C("j03", "Über zwei Monate", 2, bound="more_than", unit="month", measure="duration",
  subject="Zenit's time without a competitive match", counted=("sind die Russen", "die Russen"), place=None,
  place_alt=["RU"])
C("j03", ("auch drei ehemalige", "drei"), 3, unit="person", measure="other",
  subject="former Benfica players in Zenit's squad", counted="Benfica-Profis", group=ATH, place_alt=["RU", "PT"])
C("j03", ("Die beiden Teams", "beiden"), 2, unit="Teams", measure="other", optional=True,
  subject="Benfica and Zenit (met four years ago)", counted=("Die beiden Teams", "Teams"))
C("j03", ("elf Siegen", "elf"), 11, unit="Siege", measure="other",
  subject="Benfica's wins in a row before losing to Porto", counted=("elf Siegen", "Siegen"), place="PT")

# ---------------------------------------------------------------- j04 International 376: US Supreme Court allows midazolam injections
JUD = ["judges", "officials", "people"]
C("j04", ("die fünf konservativen", "fünf"), 5, unit="person", measure="other",
  subject="conservative justices of the Supreme Court (majority)", counted=("konservativen Richter", "Richter"),
  group=JUD, nat="US", nat_alt=[None], place="US")
C("j04", ("Die vier linksliberalen", "vier"), 4, unit="person", measure="other",
  subject="liberal justices of the Supreme Court (minority)", counted=("linksliberalen Richter", "Richter"),
  group=JUD, nat="US", nat_alt=[None], place="US")
C("j04", ("von drei Todesurteilen", "drei"), 3, unit="Todesurteile", measure="other",
  subject="death sentences in Oklahoma whose execution the Supreme Court suspended in January",
  counted="Todesurteilen", place="US")
C("j04", "43-minütigem", 43, unit="minute", measure="duration", subject="death struggle of Clayton Lockett",
  counted="Todeskampf", place="US")
C("j04", ("in 31 der", "31"), 31, unit="Staaten", measure="other", subject="US states with the death penalty",
  counted="US-Staaten", place="US")
C("j04", ("der 50 US-Staaten", "50"), 50, unit="Staaten", measure="other", subject="US states in all",
  counted=("50 US-Staaten", "US-Staaten"), place="US")

# ---------------------------------------------------------------- j05 Etat 523: Court of Audit on BIG's advertising
RH, BIG = "at.rechnungshof", "at.big"
C("j05", ("Geortet wurden vier", "vier"), 4, unit="Verstöße", measure="other", alt=[RH],
  subject="breaches of the ban on ministers' portraits found by the Court of Audit",
  counted=("Kopfverbot-Verstöße, wovon", "Kopfverbot-Verstöße"), place="AT")
C("j05", ("wovon allerdings zwei", "zwei"), 2, unit="Verstöße", measure="other", alt=[RH],
  subject="of the breaches based on drafts that were never printed", counted=("auf Entwürfen", "Entwürfen"), place="AT")
C("j05", "147", 147, unit="Aufträge", measure="other", alt=[RH],
  subject="advertising orders and media cooperations of BIG, July 2012 to September 2014",
  counted=("Werbeaufträge und Medienkooperationen vereinbarte", "Werbeaufträge und Medienkooperationen"), place="AT")
C("j05", "263.241,40 Euro", 263241.40, unit="EUR", measure="amount", source=RH,
  subject="net total of BIG's advertising orders", counted="Nettogesamthöhe", place="AT")
C("j05", "266.016,99 Euro", 266016.99, unit="EUR", measure="amount", alt=[RH],
  subject="advertising booked by BIG's subsidiary ARE in the same period", counted=("Die ARE, eine", "Die ARE"), place="AT")
C("j05", "Rund die Hälfte", 50, bound="approx", unit="percent", measure="share", alt=[RH],
  subject="share of BIG's advertising orders below the reporting threshold", counted=("Werbeaufträge (48", "Werbeaufträge"),
  place="AT")
C("j05", "48 Prozent", 48, unit="percent", measure="share", alt=[RH],
  subject="share of BIG's advertising orders below the reporting threshold",
  counted=("Hälfte der Werbeaufträge", "Werbeaufträge"), place="AT")
C("j05", "31 Prozent", 31, unit="percent", measure="share", alt=[RH],
  subject="share of ARE's advertising orders below the reporting threshold", counted=("bei der ARE waren", "ARE"),
  place="AT")
C("j05", "5.000 Euro", 5000, unit="EUR", measure="amount",
  subject="reporting threshold (Bagatellgrenze) of the media transparency law", counted=("Die Bagatellgrenze liegt", "Bagatellgrenze"),
  place="AT")
C("j05", "16.000 Stück", 16000, unit="Stück", measure="other", alt=[RH],
  subject="print run of the BIG Business supplement", counted=("einer Auflage", "Auflage"), calt=["eine Beilage der BIG"],
  place="AT")
C("j05", "39.000 Euro", 39000, unit="EUR", measure="amount", source=RH,
  subject="costs of the supplement paid to Die Presse, not reported to KommAustria", counted=("Die Kosten von", "Kosten"), place="AT")
C("j05", ("Von zwei Verwechslungen", "zwei"), 2, unit="Verwechslungen", measure="other", source=BIG,
  subject="mix-ups of voucher copies given to the auditors (BIG)", counted="Verwechslungen", place="AT")
C("j05", ("Bleiben also zwei", "zwei"), 2, unit="Verstöße", measure="other", alt=[BIG],
  subject="breaches of the portrait ban left after BIG's reply", counted=("Kopfverbot-Verstöße. Nicht", "Kopfverbot-Verstöße"), place="AT")
C("j05", ("statt vier", "vier"), 4, unit="Verstöße", measure="other", alt=[RH],
  subject="breaches of the portrait ban found by the Court of Audit (repeat)", counted=("Kopfverbot-Verstöße. Nicht", "Kopfverbot-Verstöße"),
  place="AT")
C("j05", ("220 Aufträgen", "220"), 220, unit="Aufträge", measure="other", source=BIG,
  subject="advertising orders of BIG in all (BIG)", counted=("220 Aufträgen", "Aufträgen"), place="AT")
C("j05", "bis zu 60.000", 60000, bound="up_to", unit="EUR", measure="amount",
  subject="fines for repeated breaches of the media transparency law", counted=("drohen Strafen", "Strafen"), place="AT")

# ---------------------------------------------------------------- j06 Sport 552: Strasser wins the Race Around Austria
STR = "person.christoph_strasser"
C("j06", "32-Jährige", 32, unit="year", measure="age", subject="age of Christoph Strasser",
  counted="der 32-Jährige", group=ATH, nat="AT", nat_alt=[None], place=None, place_alt=["AT"])
C("j06", ("Jährige nach 36 Stunden", "36 Stunden"), 36, unit="hour", measure="duration",
  subject="riding time before Strasser's first nap", counted=None, calt=["das erste Nickerchen"], place="AT",
  place_alt=[None])
C("j06", "3 Tagen 14 Stunden und 44 Minuten", 3 * 24 + 14 + 44 / 60, unit="hour", measure="duration",
  subject="Strasser's record time in the Race Around Austria (3 d 14 h 44 min)", counted=("Rekordzeit von", "Rekordzeit"),
  place="AT")
C("j06", "32-jährige", 32, unit="year", measure="age", subject="age of Christoph Strasser (repeat)",
  counted="Rennradfahrer", group=ATH, nat="AT", nat_alt=[None], place=None, place_alt=["AT"])
C("j06", "2.200 Kilometer", 2200, unit="km", measure="other", subject="length of the Race Around Austria",
  counted=("2.200 Kilometer", "Kilometer"), calt=["Race Around Austria in St. Georgen"], place="AT")
C("j06", "30.000 Höhenmeter", 30000, unit="m", measure="other", subject="climbing of the Race Around Austria",
  counted=("30.000 Höhenmeter", "Höhenmeter"), place="AT")
C("j06", ("5.000 Zuseher", "5.000"), 5000, unit="person", measure="participants", subject="spectators welcoming Strasser at the finish",
  counted=("5.000 Zuseher", "Zuseher"), group=["spectators", "visitors", "people"], place="AT")
C("j06", "24 Stunden", 24, unit="hour", measure="duration", source=STR, optional=True,
  subject="the first 24 hours of heat", counted="Die Hitze", place="AT")
C("j06", "20-minütige", 20, unit="minute", measure="duration", alt=[STR],
  subject="Strasser's first sleep break", counted="Schlafpause", place="AT")
C("j06", ("36 Stunden Fahrzeit", "36 Stunden"), 36, unit="hour", measure="duration", alt=[STR],
  subject="riding time before Strasser's first sleep break (repeat)", counted=("Stunden Fahrzeit", "Fahrzeit"),
  place="AT")
C("j06", "nur eine Stunde", 1, unit="hour", measure="duration", alt=[STR],
  subject="Strasser's total sleep during the race", counted=None, calt=["schlief er"], place="AT")
C("j06", "um 40 Minuten", 40, unit="minute", measure="duration", increment=True,
  subject="improvement of Strasser's record time over last year's", counted="seine Zeit", calt=["Bestmarke"], place="AT")

# ---------------------------------------------------------------- j07 Wirtschaft 563: Siemens wants more employee shareholders
KAE, SIE, ALB = "person.joe_kaeser", "de.siemens", "person.thorben_albrecht"
EMP = ["employees", "workers", "people"]
C("j07", ("Von 340.000", "340.000"), 340000, unit="person", measure="size", alt=[KAE],
  subject="Siemens employees (teaser)", counted=("340.000 Beschäftigten des", "Beschäftigten"), group=EMP,
  place="DE", place_alt=[None])
C("j07", ("derzeit 145.000", "145.000"), 145000, unit="person", measure="size", alt=[KAE],
  subject="Siemens employees who are shareholders (teaser)", counted=("145.000 Aktionäre.", "Aktionäre"), group=EMP,
  place="DE", place_alt=[None])
C("j07", ("sollen es mehr als 200.000", "mehr als 200.000"), 200000, bound="more_than", unit="person", measure="planned",
  alt=[KAE], subject="employee shareholders Siemens aims for by 2020 (teaser)", counted=("145.000 Aktionäre.", "Aktionäre"),
  group=EMP, place="DE", place_alt=[None])
C("j07", "rund 340.000", 340000, bound="approx", unit="person", measure="size", source=KAE,
  subject="Siemens employees", counted=("340.000 Beschäftigten seien", "Beschäftigten"), group=EMP,
  place="DE", place_alt=[None])
C("j07", "etwa 145.000", 145000, bound="approx", unit="person", measure="size", source=KAE,
  subject="Siemens employees who are shareholders", counted=("145.000 Aktionäre des", "Aktionäre"), group=EMP,
  place="DE", place_alt=[None])
C("j07", ("sollten es mehr als 200.000", "mehr als 200.000"), 200000, bound="more_than", unit="person", measure="planned",
  source=KAE, subject="employee shareholders Siemens aims for by 2020", counted=("145.000 Aktionäre des", "Aktionäre"),
  group=EMP, place="DE", place_alt=[None])
C("j07", "rund fünf Prozent", 5, bound="approx", unit="percent", measure="share", source=SIE,
  subject="share of Siemens stock held by current and former employees", counted="Siemens-Aktien",
  place="DE", place_alt=[None])
C("j07", "rund 200 Mio. Euro", 200e6, bound="approx", unit="EUR", measure="amount", alt=[SIE],
  subject="Siemens' employee participation fund (Teilhabefonds)", counted="Teilhabefonds", place="DE", place_alt=[None])
C("j07", "400 Mio. Euro", 400e6, unit="EUR", measure="amount", alt=[SIE],
  subject="fund size at which payouts to employees begin", counted=("die Summe", "Summe"), place="DE", place_alt=[None])
C("j07", "rund zehn Prozent", 10, bound="approx", unit="percent", measure="share", source=ALB,
  subject="German firms with employee participation in 2013", counted=("deutschen Firmen", "Firmen"),
  calt=["deutschen Firmen"], nat="DE", nat_alt=[None], place="DE")
C("j07", "jedes 100.", 1, unit="percent", measure="share", source=ALB,
  subject="German companies with employee capital participation (every 100th)", counted=("100. Unternehmen", "Unternehmen"),
  place="DE")

# ---------------------------------------------------------------- j08 Web 652: phishing gang, five arrested
LKA = "de.lka_sachsen"
SUS = ["people", "suspects", "prisoners"]
C("j08", ("Fünf Verdächtige festgenommen", "Fünf"), 5, unit="person", measure="captured", alt=[LKA],
  subject="suspects arrested (teaser)", counted=("Fünf Verdächtige", "Verdächtige"), group=SUS, place=None,
  place_alt=["DE"])
C("j08", ("fünf Verdächtige in Haft", "fünf"), 5, unit="person", measure="captured", source=LKA,
  subject="suspects of the phishing gang in custody", counted=("fünf Verdächtige in Haft", "Verdächtige"), group=SUS,
  place=None, place_alt=["DE"])
C("j08", "mehrere Millionen Euro", **V, unit="EUR", measure="damage", hedged=True, alt=[LKA],
  subject="money obtained by the gang's phishing attacks", counted=("Sie sollen mit Phishing-Attacken", "Phishing-Attacken"))
C("j08", ("Den drei Männern", "drei"), 3, unit="person", measure="other", alt=[LKA],
  subject="men among the suspects", counted=("drei Männern", "Männern"), group=["men", "people"], place_alt=["DE"])
C("j08", ("und zwei Frauen", "zwei"), 2, unit="person", measure="other", alt=[LKA],
  subject="women among the suspects", counted=("zwei Frauen", "Frauen"), group=["women", "people"], place_alt=["DE"])
C("j08", ("17 verschiedenen Staaten", "17"), 17, unit="Staaten", measure="other", hedged=True,
  alt=["unnamed.investigators", LKA], subject="countries where the victims live",
  counted=("verschiedenen Staaten", "Staaten"), calt=["Die Opfer"])

# ---------------------------------------------------------------- j09 Sport 661: European Darts Matchplay in Innsbruck
C("j09", "20-Jähriger", 20, unit="year", measure="age", subject="age of Rowby John-Rodriguez",
  counted="Rowby Little John John-Rodriguez", calt=["als 20-Jähriger"], group=ATH, nat=None, nat_alt=["AT"],
  place=None, place_alt=["AT"])
C("j09", "zum fünften Mal", 5, unit="Mal", measure="other", optional=True,
  subject="editions of the tournament in Austria (ordinal)", counted=("Turnier von", "Turnier"), place="AT")
C("j09", ("nach drei Veranstaltungen", "drei"), 3, unit="Veranstaltungen", measure="other",
  subject="earlier editions in Wiener Neustadt", counted=("drei Veranstaltungen", "Veranstaltungen"), place="AT")
C("j09", ("und einer in die Salzburgarena", "einer"), 1, unit="Veranstaltungen", measure="other",
  subject="earlier edition in the Salzburgarena", counted=("drei Veranstaltungen", "Veranstaltungen"), place="AT")
C("j09", "154.000 Euro", 154000, unit="EUR", measure="amount", subject="prize money of the European Darts Matchplay",
  counted=None, calt=["erfolgreichsten Protagonisten"], place="AT")

# ---------------------------------------------------------------- j10 Etat 747: Bild.de's ad-blocker ban, warning letter to a user
GOL = "media.golem"
C("j10", "2,99 Euro", 2.99, unit="EUR", measure="amount", subject="monthly price of Bild.de's ad-free subscription",
  counted=("Die monatlichen Kosten", "Kosten"), calt=["ein gesondertes Abo"], place="DE")
C("j10", "einige Experten", **V, unit="person", measure="other",
  subject="experts expecting a cat-and-mouse game", counted=("einige Experten", "Experten"), group=["experts", "people"])
C("j10", "fast 1.800 Euro", 1800, bound="approx", unit="EUR", measure="amount", alt=[GOL],
  subject="lawyers' fees demanded from the user", counted=("Zahlung von Anwaltskosten in", "Anwaltskosten"), place="DE")
C("j10", "50.000 Euro", 50000, unit="EUR", measure="amount", source=GOL,
  subject="value in dispute stated in the warning letter", counted="Gegenstandwert", place="DE")

# ---------------------------------------------------------------- j11 Inland 782: Faymann on EU asylum standards
FAY = "person.werner_faymann"
C("j11", ("drei Staaten", "drei"), 3, unit="Staaten", measure="other", source=FAY,
  subject="countries taking in most refugees (Germany, Sweden, Austria)", counted=("drei Staaten", "Staaten"))
C("j11", "500 Millionen", 500e6, unit="person", measure="size", source=FAY, subject="population of the EU",
  counted=("500 Millionen Menschen", "Menschen"), group=P)
C("j11", "eineinhalb Millionen", 1.5e6, unit="person", measure="received", source=FAY,
  subject="refugees who came to the EU", counted=("eineinhalb Millionen Menschen", "Menschen"),
  calt=["die der Flüchtlinge"], group=REF)
C("j11", ("auf drei Länder", "drei"), 3, unit="Länder", measure="other", source=FAY,
  subject="countries taking in most refugees (repeat)", counted=("drei Länder", "Länder"))

# ---------------------------------------------------------------- j12 Wirtschaft 796: commuter allowance favours higher earners
FIN, SCH = "at.finance_ministry", "person.hans_joerg_schelling"
BEZ = ["people", "workers", "employees"]
C("j12", "47,4 Prozent", 47.4, unit="percent", measure="share", alt=[FIN],
  subject="recipients of the small commuter allowance earning over 40,000 euros, 2008", counted="Beziehern",
  group=BEZ, place="AT")
C("j12", "mehr als 40.000 Euro", 40000, bound="more_than", unit="EUR", measure="amount", alt=[FIN],
  subject="annual income threshold of the higher earners", counted=("Beziehern, die", "Beziehern"), place="AT")
C("j12", "51,8 Prozent", 51.8, unit="percent", measure="share", alt=[FIN],
  subject="recipients of the small commuter allowance earning over 40,000 euros, 2014", counted="Beziehern",
  group=BEZ, place="AT")
C("j12", "37,6", 37.6, unit="percent", measure="share", alt=[FIN],
  subject="share of higher earners among recipients of the large commuter allowance, 2008",
  counted=("stieg der Anteil", "Anteil"), place="AT")
C("j12", "43,7 Prozent", 43.7, unit="percent", measure="share", alt=[FIN],
  subject="share of higher earners among recipients of the large commuter allowance, 2014",
  counted=("stieg der Anteil", "Anteil"), place="AT")
C("j12", "zwei und 20", 2, 20, bound="range", unit="km", measure="other",
  subject="distance band of the lowest large allowance", counted=("zwei und 20 Kilometer", "Kilometer"),
  calt=["Entfernung der Arbeitsstelle"], place="AT")
C("j12", "31 Euro", 31, unit="EUR", measure="amount", subject="large commuter allowance for 2 to 20 km, per month",
  counted=None, calt=["große Pauschale hat"], place="AT")
C("j12", "mehr als 60 Kilometer", 60, bound="more_than", unit="km", measure="other",
  subject="distance band of the highest large allowance", counted=("60 Kilometer fahren", "Kilometer"), place="AT")
C("j12", "306 Euro", 306, unit="EUR", measure="amount", subject="large commuter allowance for over 60 km, per month",
  counted=("eine Pauschale von", "Pauschale"), place="AT")
C("j12", "3672 Euro", 3672, unit="EUR", measure="amount", subject="highest large allowance per year",
  counted=("einen Betrag", "Betrag"), calt=["Freibetrag von der"], place="AT")
C("j12", "20 und 40", 20, 40, bound="range", unit="km", measure="other",
  subject="distance band of the lowest small allowance", counted=("40 Kilometer sind", "Kilometer"), place="AT")
C("j12", "58 Euro", 58, unit="EUR", measure="amount", subject="small commuter allowance for 20 to 40 km, per month",
  counted=None, calt=["Die kleine Pauschale"], place="AT")
C("j12", "bis 60 Kilometer", 60, bound="up_to", unit="km", measure="other",
  subject="distance band of the middle small allowance", counted=("bis 60 Kilometer", "Kilometer"), place="AT")
C("j12", "113 Euro", 113, unit="EUR", measure="amount", subject="small commuter allowance for 40 to 60 km, per month",
  counted=None, calt=["Die kleine Pauschale"], place="AT")
C("j12", "168 Euro", 168, unit="EUR", measure="amount", subject="small commuter allowance for over 60 km, per month",
  counted=None, calt=["Die kleine Pauschale"], place="AT")
C("j12", "rund 1,2 Milliarden Euro", 1.2e9, bound="approx", unit="EUR", measure="amount", source=SCH, alt=[FIN],
  subject="yearly tax revenue lost to the commuter allowance (average)", counted="Einnahmenausfall", place="AT")
C("j12", "rund 1,2 Millionen", 1.2e6, bound="approx", unit="person", measure="size",
  subject="beneficiaries of the commuter allowance", counted="Profiteure", group=BEZ, place="AT")
C("j12", "ziemlich genau 1000 Euro", 1000, bound="approx", unit="EUR", measure="amount",
  subject="average commuter allowance per beneficiary and year", counted=("liegt die Pendlerpauschale", "Pendlerpauschale"),
  place="AT")
C("j12", "30 Cent", 0.30, unit="EUR", measure="amount", subject="German allowance per kilometre from the first",
  counted="Werbungskosten", calt=["ab dem ersten Kilometer"], place="DE")
C("j12", "20 Millionen Euro", 20e6, unit="EUR", measure="amount", increment=True,
  subject="extra increase of the commuter supplement for low earners (tax reform 2016)",
  counted="Pendlerzuschlags", calt=["außertourliche Erhöhung"], place="AT")

# ---------------------------------------------------------------- j13 Panorama 885: Schettino appeals his sentence
C("j13", "16 Jahren und einem Monat", 16 + 1 / 12, unit="year", measure="duration",
  subject="prison sentence of Francesco Schettino (16 years 1 month)", counted=("Schettino war zu", "Schettino"),
  group=["men", "people"], nat=None, nat_alt=["IT"], place="IT")
C("j13", ("32 Menschen", "32"), 32, unit="person", measure="killed", alt=["it.court_grosseto"],
  subject="dead of the Costa Concordia", counted=("32 Menschen", "Menschen"), group=P, place="IT")
C("j13", ("32 Personen", "32"), 32, unit="person", measure="killed", subject="dead of the Costa Concordia (repeat)",
  counted=("32 Personen", "Personen"), group=P, place="IT")
C("j13", ("77 Österreicher", "77"), 77, unit="person", measure="present",
  subject="Austrians aboard the Costa Concordia, all rescued", counted=("77 Österreicher", "Österreicher"),
  group=["people", "tourists", "passengers"], nat="AT", place="IT")
C("j13", "fast sechs Monate", 6, bound="approx", unit="month", measure="duration",
  subject="Schettino's house arrest after the disaster", counted="Hausarrest", calt=["Schettino, der nach"],
  place="IT")

# ---------------------------------------------------------------- j14 Inland 895: Sigmund Freud University's law bachelor
PRI, FIE = "person.alfred_pritz", "person.jutta_fiegl"
C("j14", ("Studienkosten. 8.000 Euro", "8.000 Euro"), 8000, unit="EUR", measure="amount", subject="SFU law tuition per semester",
  counted="Studienkosten", place="AT")
C("j14", "48.000 Euro", 48000, unit="EUR", measure="amount", subject="SFU law tuition in all",
  counted="Studienkosten", calt=["müssen Studierende zahlen"], place="AT")
C("j14", ("nur drei Studierende", "drei"), 3, unit="person", measure="other",
  subject="students per teacher at the SFU", counted=("drei Studierende", "Studierende"), group=STU, place="AT")
C("j14", "16,9", 16.9, unit="person", measure="other",
  subject="students per teacher at Austrian universities (average)", counted=("16,9 Studenten", "Studenten"),
  group=STU, place="AT")
C("j14", ("nur 50 Studierende", "50"), 50, unit="person", measure="received",
  subject="students admitted per academic year", counted=("50 Studierende", "Studierende"), group=STU, place="AT")
C("j14", ("Sechs Semester", "Sechs"), 6, unit="semester", measure="duration",
  subject="length of the SFU law bachelor", counted=("dauert das Studium", "Studium"), place="AT")
C("j14", "in einem Jahr", 1, unit="year", measure="duration", source=PRI, optional=True,
  subject="time until accreditation for a master's programme (Pritz expects)", counted="als Anbieter akkreditiert",
  place="AT")
C("j14", ("insgesamt fünf", "fünf"), 5, unit="Jusstudien", measure="other", source=FIE,
  subject="law degrees offered at public universities", counted="öffentlich angebotenen Jusstudien", place="AT")
C("j14", ("sogar sechs", "sechs"), 6, unit="Jusstudien", measure="other", source=FIE,
  subject="law degrees at public universities, counting business law at the WU", counted="öffentlich angebotenen Jusstudien",
  calt=["mit Wirtschaftsrecht"], place="AT")
C("j14", "mehrere bekannte", **V, unit="Namen", measure="other",
  subject="well-known names among the teachers", counted=("mehrere bekannte Namen", "Namen"))
C("j14", ("dass sich 50", "50"), 50, unit="person", measure="planned", source=PRI,
  subject="applicants the SFU hopes for", counted="Bewerbern", group=STU, place="AT")

# ---------------------------------------------------------------- j15 Web 944: GNOME gets Google Drive integration
C("j15", "in wenigen Wochen", **V, unit="week", measure="duration",
  subject="time until the next GNOME version", counted="mit kommender Version")
C("j15", "mehr als drei Jahre", 3, bound="more_than", unit="year", measure="duration",
  subject="time since Google promised a Linux client for Google Drive", counted=None,
  calt=["Linux-Client nachliefern"])
C("j15", "einige andere", **V, unit="Lösungen", measure="other",
  subject="other solutions to integrate Google Drive in Linux desktops", counted=("andere Lösungen", "Lösungen"))

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
