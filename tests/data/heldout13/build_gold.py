"""Build the thirteenth held-out gold (claims, negatives) from the annotation table below.

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
 "de.police_berlin": {"label": "Berlin police", "patterns": ["Polizei"]},
 "media.unnamed_reports": {"label": "unnamed reports ('Berichten zufolge')", "patterns": ["Berichten"]},
 "person.alois_stoger": {"label": "Alois Stöger (SPÖ), Austrian Minister of Social Affairs",
                         "patterns": ["Stöger", "Sozialminister"]},
 "at.ak_noe": {"label": "Arbeiterkammer Niederösterreich (AK-NÖ)", "patterns": ["AK-NÖ", "Arbeiterkammer"]},
 "at.education_ministry": {"label": "Austrian Ministry of Education", "patterns": ["Bildungsministerium"]},
 "person.barbara_preitler": {"label": "Barbara Preitler, psychotherapist (Hemayat)",
                             "patterns": ["Preitler", "Psychotherapeutin"]},
 "person.marcel_a_muller": {"label": "Marcel A. Müller, virologist (University Hospital Bonn, DZIF)",
                            "patterns": ["Müller"]},
 "person.christian_drosten": {"label": "Christian Drosten, director of the Institute of Virology, Bonn",
                              "patterns": ["Drosten", "Institutsdirektor"]},
 "at.orf_internal_audit": {"label": "report of the ORF's internal audit (Revisionsbericht)",
                           "patterns": ["Revisionsbericht", "interne[nr]? Revision"]},
 "person.christian_wehrschutz": {"label": "Christian Wehrschütz, ORF correspondent", "patterns": ["Wehrschütz"]},
 "at.orf_source": {"label": "an (unnamed) ORF source", "patterns": ["ORF-Quelle"]},
 "person.rakesh_sardana": {"label": "Rakesh Sardana, former shop operator at Vienna airport (plaintiff)",
                           "patterns": ["Sardana"]},
 "doc.sardana_complaint": {"label": "Sardana's complaint filed with the Supreme Court of the State of New York",
                           "patterns": ["Klagsschrift", r"\bKlage\b"]},
 "person.franco_foda": {"label": "Franco Foda, coach of SK Sturm Graz", "patterns": ["Foda"]},
 "person.peter_zeidler": {"label": "Peter Zeidler, coach of Red Bull Salzburg", "patterns": ["Zeidler"]},
 "at.obb": {"label": "ÖBB (Austrian Federal Railways)", "patterns": ["ÖBB"]},
 "person.christopher_seif": {"label": "Christopher Seif, ÖBB spokesman", "patterns": ["Seif", "ÖBB-Sprecher"]},
 "ma.interior_ministry": {"label": "Moroccan Ministry of the Interior",
                          "patterns": ["Innenministerium", "Ministerium"]},
 "de.crisp_research": {"label": "Crisp Research (IT consultancy), study on digitalisation",
                       "patterns": ["Crisp Research", "Studie", "Untersuchung", "Umfrage"]},
 "media.reuters": {"label": "Reuters (news agency)", "patterns": ["Reuters"]},
 "org.dimension_data": {"label": "Dimension Data (IT services firm, commissioned the study)",
                        "patterns": ["Dimension Data"]},
 "gb.sky": {"label": "Sky (British pay-TV group)", "patterns": [r"\bSky\b", "Unternehmen"]},
 "au.police": {"label": "Australian police (New South Wales)", "patterns": ["Polizei"]},
 "person.melanie_roffet_salque": {"label": "Mélanie Roffet-Salque, University of Bristol (study in Nature)",
                                  "patterns": ["Roffet-Salque", "Forscher", "Wissenschafter", "Archäologen"]},
 "org.unhcr": {"label": "UNHCR (UN refugee agency)", "patterns": ["UNHCR", "UN-Flüchtlingshochkommissariat"]},
 "person.sakura_atsumi": {"label": "Sakura Atsumi, deputy head of UNHCR in Uganda", "patterns": ["Atsumi"]},
 "person.john_kibanga": {"label": "John Kibanga, Congolese refugee in Kampala", "patterns": ["Kibanga"]},
 "org.red_cross": {"label": "Red Cross", "patterns": ["Rote[ns]? Kreuz"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "men", "people"]
POL = ["politicians", "people", "members"]

# ---------------------------------------------------------------- x00 Panorama 49: one man killed, three wounded in Berlin-Wedding
BPOL = "de.police_berlin"
VICT = ["men", "people", "civilians"]
C("x00", ("mindestens einer Schusswaffe", "mindestens einer"), 1, bound="at_least", unit="Schusswaffen",
  measure="other", subject="firearms used in the attack in Berlin-Wedding", source=None, alt=[BPOL],
  counted="Schusswaffe", place="DE")
C("x00", "auf vier Männer", 4, unit="person", measure="casualties",
  subject="men attacked with knives and a firearm in Berlin-Wedding (one killed, three badly wounded)",
  source=None, alt=[BPOL], counted=("vier Männer", "Männer"), group=VICT, place="DE")
C("x00", ("ist in Berlin ein 31-Jähriger", "ein"), 1, unit="person", measure="killed",
  subject="man killed in the attack in Berlin-Wedding", source=None, alt=[BPOL],
  counted=("ist in Berlin ein 31-Jähriger", "31-Jähriger"), calt=[("auf vier Männer", "Männer")], group=VICT,
  place="DE")
C("x00", ("ist in Berlin ein 31-Jähriger", "31-Jähriger"), 31, unit="year", measure="age",
  subject="age of the man killed in Berlin-Wedding", source=None, alt=[BPOL],
  counted=("ist in Berlin ein 31-Jähriger", "31-Jähriger"), group=MAN, place="DE", place_alt=[None])
C("x00", "Drei weitere", 3, unit="person", measure="wounded",
  subject="men badly wounded in the attack in Berlin-Wedding", source=None, alt=[BPOL],
  counted=("Drei weitere", "weitere"), calt=[("auf vier Männer", "Männer")], group=VICT, place="DE")
C("x00", ("Ein 31-Jähriger starb", "Ein"), 1, unit="person", measure="killed",
  subject="man killed in the attack in Berlin-Wedding (repeat)", source=None, alt=[BPOL],
  counted=("Ein 31-Jähriger starb", "31-Jähriger"), group=VICT, place="DE", optional=True)
C("x00", ("Ein 31-Jähriger starb", "31-Jähriger"), 31, unit="year", measure="age",
  subject="age of the man killed in Berlin-Wedding (repeat)", source=None, alt=[BPOL],
  counted=("Ein 31-Jähriger starb", "31-Jähriger"), group=MAN, place="DE", place_alt=[None])

# ---------------------------------------------------------------- x01 Web 56: working conditions at Konami
REP = "media.unnamed_reports"
C("x01", "80 Millionen US-Dollar", 80e6, unit="USD", measure="amount",
  subject="costs caused by the repeated delays of Metal Gear Solid 5, until April", source=REP,
  counted=("so hohe Kosten", "Kosten"), calt=[("beliefen sich diese", "diese")], place="JP", place_alt=[None],
  hedged=True)
C("x01", "ca. 73 Millionen Euro", 73e6, bound="approx", unit="EUR", measure="amount",
  subject="costs caused by the repeated delays of Metal Gear Solid 5 (converted)", source=REP,
  counted=("so hohe Kosten", "Kosten"), calt=[("beliefen sich diese", "diese")], place="JP", place_alt=[None],
  hedged=True)

# ---------------------------------------------------------------- x02 Wirtschaft 73: debate on shorter working hours
STOG, AKNOE = "person.alois_stoger", "at.ak_noe"
C("x02", "Zwei Tage vor", 2, unit="day", measure="duration", subject="time before 1 May when the debate started",
  counted="Debatte", place="AT", optional=True)
C("x02", "400.000 Arbeitslose", 400000, unit="person", measure="size", subject="unemployed people in Austria",
  source=STOG, alt=[AKNOE], counted=("400.000 Arbeitslose", "Arbeitslose"), group=["people", "workers"],
  nat=None, nat_alt=["AT"], place="AT")

# ---------------------------------------------------------------- x03 Inland 125: unrest in the ÖVP
C("x03", "11,12 Prozent", 11.12, unit="percent", measure="share",
  subject="Andreas Khol's vote share in the first round of the presidential election",
  counted=("Hofburg-Anwärter Andreas Khol", "Andreas Khol"), calt=["Wahldebakel"], place="AT")
C("x03", "Drei ihrer Chefs", 3, unit="person", measure="other",
  subject="ÖVP chairmen worn out since Schüssel's departure (Molterer, Pröll, Spindelegger)",
  counted=("Drei ihrer Chefs", "Chefs"), calt=["Wilhelm Molterer, Josef Pröll und Michael Spindelegger"],
  group=POL, nat=None, nat_alt=["AT"], place="AT")
C("x03", ("beide sind in der Losung", "beide"), 2, unit="person", measure="other",
  subject="ministers Karmasin and Rupprechter, both at risk in a reshuffle", counted="Ministern",
  group=POL, place="AT", optional=True)

# ---------------------------------------------------------------- x04 Inland 126: teachers and traumatised refugee children
BMB, PREI = "at.education_ministry", "person.barbara_preitler"
KIDS = ["children", "pupils", "refugees", "migrants", "people"]
C("x04", "8.000 schulpflichtigen Flüchtlingskindern", 8000, unit="person", measure="received",
  subject="refugee children of school age expected in Austrian schools this year", source=BMB,
  counted=("schulpflichtigen Flüchtlingskindern", "Flüchtlingskindern"), group=KIDS, place="AT")
C("x04", ("eine hunderte Kilometer", "hunderte Kilometer"), unit="km", measure="other",
  subject="length of the flight of refugee children from war zones", counted="Flucht", place=None, **V)
C("x04", ("in mehreren Tagungen", "mehreren"), unit="Tagungen", measure="other",
  subject="conferences and workshops at the teacher-training colleges", counted="Tagungen", place="AT", **V)
C("x04", ("dass jedes Kind", "jedes"), 100, unit="percent", measure="share",
  subject="share of children who fled a war zone with psychological injuries", source=PREI,
  counted=("dass jedes Kind", "Kind"), group=["children", "refugees", "people"], place="AT", place_alt=[None],
  optional=True)
C("x04", "den Großteil", 50, bound="more_than", unit="percent", measure="share",
  subject="share of refugee children who need no special care from teachers", source=PREI,
  counted=("den Großteil der Flüchtlingskinder", "Flüchtlingskinder"), group=KIDS, place="AT", optional=True)

# ---------------------------------------------------------------- x05 Wissenschaft 130: Crimean-Congo virus in bats
MUL, DRO = "person.marcel_a_muller", "person.christian_drosten"
C("x05", "rund zehn Prozent der Patienten", 10, bound="approx", unit="percent", measure="share",
  subject="case fatality rate of Crimean-Congo haemorrhagic fever", counted=("Prozent der Patienten", "Patienten"),
  calt=[("verläuft die Infektion", "Infektion")], group=["patients", "people"], place=None)
C("x05", "über 10.000 Menschen", 10000, bound="more_than", unit="person", measure="cases",
  subject="people infected with the Crimean-Congo virus worldwide to date", counted=("10.000 Menschen", "Menschen"),
  group=["people", "patients"], place=None)
C("x05", "knapp 800", 800, bound="approx", unit="person", measure="killed",
  subject="people who died of the Crimean-Congo virus worldwide to date", counted=("10.000 Menschen", "Menschen"),
  calt=[("von denen knapp", "denen"), "starben"], group=["people", "patients"], place=None)
C("x05", ("zum Teil tausende Kilometer", "tausende Kilometer"), unit="km", measure="other",
  subject="distance bats can fly", source=DRO, counted=("Sie können zum Teil", "Sie"), calt=["Fledertiere sind häufig"],
  place=None, **V)
C("x05", "insgesamt 1.135 Proben", 1135, unit="Proben", measure="other",
  subject="bat samples tested for the Crimean-Congo virus", counted=("1.135 Proben", "Proben"), place=None)
C("x05", ("von 16 Fledertierarten", "16 Fledertierarten"), 16, unit="Arten", measure="other",
  subject="bat species sampled in the study", counted=("16 Fledertierarten", "Fledertierarten"), place=None)
C("x05", "rund zehn Prozent der Blutproben", 10, bound="approx", unit="percent", measure="share",
  subject="share of bat blood samples with antibodies to the Crimean-Congo virus",
  counted=("Prozent der Blutproben", "Blutproben"), place=None)
C("x05", "Zwölf", 12, unit="Arten", measure="other",
  subject="bat species potentially infected with the Crimean-Congo virus", source=MUL,
  counted=("getesteten Fledertierarten", "Fledertierarten"), place=None)
C("x05", ("der 16 getesteten", "16"), 16, unit="Arten", measure="other",
  subject="bat species tested (repeat)", source=MUL, counted=("getesteten Fledertierarten", "Fledertierarten"),
  place=None)
C("x05", ("aus vier von insgesamt", "vier"), 4, unit="Länder", measure="other",
  subject="countries with potentially infected bat species", source=MUL, counted=("fünf Ländern", "Ländern"),
  place=None)
C("x05", "fünf Ländern", 5, unit="Länder", measure="other",
  subject="countries from which bat samples were tested", source=MUL, counted=("fünf Ländern", "Ländern"),
  place=None)
C("x05", ("bereits mehrfach", "mehrfach"), unit="Ausbrüche", measure="other",
  subject="outbreaks of the Crimean-Congo virus in Greece and Turkey", source=MUL,
  counted="Krim-Kongo-Virus-Ausbrüchen", place="GR", place_alt=["TR", None], **V)

# ---------------------------------------------------------------- x06 Etat 151: 30,000 euros missing at the ORF
AUD, WEHR, ORFQ = "at.orf_internal_audit", "person.christian_wehrschutz", "at.orf_source"
C("x06", ("verschwanden nach STANDARD-Infos rund 30.000 Euro", "rund 30.000 Euro"), 30000, bound="approx",
  unit="EUR", measure="amount", subject="cash missing from a withdrawal from an ORF account for Wehrschütz",
  source=None, counted=None, calt=[("Bei einer Behebung", "Behebung"), ("Barbehebung für Wehrschütz", "Barbehebung")],
  place="AT")
C("x06", ("Jedenfalls einmal", "einmal"), 1, unit="Mal", measure="other",
  subject="times a member of the Vienna office withdrew cash for Wehrschütz", counted=("ein Mitarbeiter des Wiener Korrespondentenbüros für", "Mitarbeiter"),
  place="AT", optional=True)
C("x06", ("aus mehreren Quellen", "mehreren"), unit="Quellen", measure="other",
  subject="sources of the STANDARD's information", counted="Quellen", place="AT", **V)
C("x06", ("sollen nach Informationen des STANDARD aus mehreren Quellen rund 30.000 Euro", "rund 30.000 Euro"),
  30000, bound="approx", unit="EUR", measure="amount",
  subject="cash missing from the withdrawal for Wehrschütz (repeat)", source=None, counted=None,
  calt=[("Radar des ORF", "Radar")], place="AT", hedged=True)
C("x06", ("einstelligen Tausenderbetrag", "einstelligen"), unit="EUR", measure="amount",
  subject="amount Wehrschütz asked for and received (a single-digit thousand sum)", source=AUD, alt=[WEHR],
  counted="Tausenderbetrag", place="AT", **V)
C("x06", ("Die übrigen 30.000", "30.000"), 30000, unit="EUR", measure="amount",
  subject="part of the withdrawal Wehrschütz says he did not receive", source=AUD, alt=[WEHR],
  counted=None, calt=["Die übrigen"], place="AT")
C("x06", ("Ein Teil davon", "Ein Teil"), unit="percent", measure="share",
  subject="part of the receipts that went missing at the ORF", counted=("Ein Teil davon", "davon"),
  calt=[("Die Belege schickte", "Die Belege")], place="AT", **V)
C("x06", "deutlich mehr als die 30.000 Euro", 30000, bound="more_than", unit="EUR", measure="amount",
  subject="sum of the questionable receipts, according to another ORF source (unconfirmed)", source=ORFQ,
  counted=("in Summe", "Summe"), calt=[("fragwürdige Belege", "Belege")], place="AT", hedged=True)
C("x06", ("dieser zweiten", "zweiten"), 2, unit="Untersuchungen", measure="other",
  subject="the second, not yet commissioned audit (ordinal)", counted=("noch nicht beauftragten Untersuchung", "Untersuchung"),
  place="AT", optional=True)

# ---------------------------------------------------------------- x07 Wirtschaft 184: Sardana sues Vienna airport in New York
SAR, KL = "person.rakesh_sardana", "doc.sardana_complaint"
C("x07", "168 Millionen Dollar", 168e6, unit="USD", measure="amount",
  subject="damages Sardana claims from Flughafen Wien AG in New York", source=SAR, alt=[KL],
  counted=("Euro) Schadenersatz", "Schadenersatz"), place="US", place_alt=["AT", None])
C("x07", "rund 150 Millionen Euro", 150e6, bound="approx", unit="EUR", measure="amount",
  subject="damages Sardana claims from Flughafen Wien AG (converted)", source=SAR, alt=[KL],
  counted=("Euro) Schadenersatz", "Schadenersatz"), place="US", place_alt=["AT", None])
C("x07", "vier seiner Gesellschaften", 4, unit="Gesellschaften", measure="other",
  subject="Sardana's companies that went bankrupt in mid-2012", counted="Gesellschaften", place="AT")
C("x07", "60 Millionen Euro", 60e6, unit="EUR", measure="amount",
  subject="debts of Sardana and his companies at the bankruptcy", counted="Schulden", place="AT")
C("x07", "18 Geschäfte", 18, unit="Geschäfte", measure="other",
  subject="shops Sardana runs at New York's JFK airport", source=None, alt=[KL],
  counted=("18 Geschäfte", "Geschäfte"), place="US")
C("x07", "zig Millionen", unit="EUR", measure="amount",
  subject="money Sardana lost through the campaign, per the complaint", source=KL, alt=[SAR],
  counted=("So habe Sardana", "Sardana"), place=None, place_alt=["AT", "US"], **V)
C("x07", "28-seitigen", 28, unit="Seiten", measure="other", subject="pages of Sardana's complaint",
  counted="Klagsschrift", place="US", optional=True)
C("x07", "Drei Tage später", 3, unit="day", measure="duration",
  subject="days between Hochegger's confession and his testimony under oath", counted=("später hat Hochegger", "Hochegger"),
  place="AT", optional=True)

# ---------------------------------------------------------------- x08 Sport 392: Sturm Graz against Red Bull Salzburg
FODA, ZEID = "person.franco_foda", "person.peter_zeidler"
PL = [None, "players", "athletes"]
C("x08", "120 intensiven, letztlich unbelohnten Minuten", 120, unit="minute", measure="duration",
  subject="length of Salzburg's Europa League match against Dinamo Minsk (with extra time)",
  counted=("unbelohnten Minuten", "Minuten"), calt=[("könnten ihnen noch", "ihnen")], group=PL, place=None,
  place_alt=["AT"])
C("x08", "13 Ligaspiele", 13, unit="Ligaspiele", measure="other",
  subject="league games Sturm Graz has not lost at home across seasons", counted=("13 Ligaspiele", "Ligaspiele"),
  calt=["die Grazer saisonübergreifend"], group=PL, place="AT")
C("x08", "sechs Remis", 6, unit="Remis", measure="other", subject="draws of Sturm Graz in its recent home games",
  counted=("sechs Remis", "Remis"), group=PL, place="AT")
C("x08", "alle drei Heimspiele", 3, unit="Heimspiele", measure="other", subject="Sturm Graz's home games of the season",
  source=FODA, counted="Heimspiele", group=PL, place="AT")
C("x08", "seit fast vier Jahren", 4, bound="approx", unit="year", measure="duration",
  subject="time Sturm Graz has waited for a home win against Salzburg", counted="Heimsieg",
  calt=[("Gegen Salzburg wartet man", "man")], group=PL, place="AT")
C("x08", "drei Punkte mehr", 3, unit="Punkte", measure="other", subject="points Foda hopes to win on Sunday",
  source=FODA, counted="Konto", group=PL, place="AT", increment=True, optional=True)
C("x08", "einen Zähler vor", 1, unit="Punkte", measure="other", subject="Sturm Graz's lead over Salzburg in the table",
  counted=("Sein Team liegt", "Sein Team"), group=PL, place="AT", increment=True)
C("x08", ("den Acht-Punkte-Rückstand", "Acht-Punkte"), 8, unit="Punkte", measure="other",
  subject="Salzburg's gap to the leader Rapid", counted=("den Acht-Punkte-Rückstand", "Acht-Punkte-Rückstand"),
  calt=[("vor den Salzburgern", "Salzburgern")], group=PL, place="AT", increment=True)
C("x08", "Der 53-jährige Deutsche", 53, unit="year", measure="age", subject="age of Salzburg coach Peter Zeidler",
  counted=("53-jährige Deutsche", "Deutsche"), group=MAN, nat="DE", nat_alt=[None], place="AT", place_alt=[None])
C("x08", ("einige blessierte Stammkräfte", "einige"), unit="person", measure="other",
  subject="injured regulars missing for Salzburg", counted="Stammkräfte", group=["players", "athletes", "people"],
  place="AT", **V)
C("x08", ("ein paar Spieler", "ein paar"), unit="person", measure="other",
  subject="rested Salzburg players who will play on Sunday", source=ZEID, counted=("ein paar Spieler", "Spieler"),
  group=["players", "athletes", "people"], place="AT", **V)
C("x08", "mehr als 10.000 Karten", 10000, bound="more_than", unit="Karten", measure="other",
  subject="tickets sold for Sturm Graz – Red Bull Salzburg by the weekend", counted=("10.000 Karten", "Karten"),
  place="AT")

# ---------------------------------------------------------------- x09 Panorama 497: Südbahn closed after a freight train accident
OBB, SEIF = "at.obb", "person.christopher_seif"
C("x09", "für drei Wochen", 3, unit="week", measure="duration",
  subject="closure of the Südbahn after the Semmering accident (teaser)", source=None, alt=[OBB],
  counted="die Südbahn", place="AT")
C("x09", "zweier Züge", 2, unit="Züge", measure="other", subject="trains involved in the collision at the Semmering",
  counted=("zweier Züge", "Züge"), place="AT")
C("x09", ("beide Züge", "beide"), 2, unit="Züge", measure="other", subject="the two trains (repeat)",
  source=SEIF, counted=("beide Züge", "Züge"), place="AT", optional=True)
C("x09", ("Den beiden Zugführern", "beiden"), 2, unit="person", measure="other",
  subject="train drivers of the two trains, unhurt but for shock and bruises", counted="Zugführern",
  group=["workers", "people"], place="AT", optional=True)
C("x09", "im siebenstelligen Bereich", unit="EUR", measure="damage",
  subject="cost of the damage to the Südbahn (seven figures)", source=SEIF, counted="Die Kosten", place="AT", **V)
C("x09", "in drei Wochen", 3, unit="week", measure="duration",
  subject="time until the Südbahn is usable again", source=OBB, counted="die Strecke", place="AT")
C("x09", "15 Bussen", 15, unit="Busse", measure="other", subject="buses of the rail replacement service",
  source=OBB, counted=("15 Bussen", "Bussen"), calt=["Schienenersatzverkehr"], place="AT")
C("x09", "zwischen 55.000 und 60.000 Passagiere", 55000, 60000, bound="range", unit="person per week",
  measure="other", subject="passengers using this section of the Südbahn per week", source=None, alt=[OBB],
  counted=("60.000 Passagiere", "Passagiere"), group=["people", "customers", "users"], place="AT")

# ---------------------------------------------------------------- x10 International 554: Belgian linked to the Paris attackers arrested in Morocco
MAI = "ma.interior_ministry"
C("x10", ("ist ein Belgier", "ein"), 1, unit="person", measure="captured",
  subject="Belgian with links to the Paris attackers arrested in Morocco", source=None, alt=[MAI],
  counted=("ist ein Belgier", "Belgier"), group=["men", "people"], nat="BE", nat_alt=[None], place="MA",
  optional=True)
C("x10", ("mit einem der Paris-Attentäter", "einem"), 1, unit="person", measure="other",
  subject="Paris attacker with whom the arrested man travelled to Syria", source=MAI,
  counted="Paris-Attentäter", group=["men", "people"], place=None, place_alt=["SY"], optional=True)
C("x10", "Mindestens zwei der Attentäter", 2, bound="at_least", unit="person", measure="other",
  subject="Paris attackers who are said to have lived in Brussels-Molenbeek",
  counted=("zwei der Attentäter", "Attentäter"), group=["men", "people"], place="BE", hedged=True)
C("x10", ("Mehrere Verdächtige", "Mehrere"), unit="person", measure="other",
  subject="suspects already charged in Belgium", counted=("Mehrere Verdächtige", "Verdächtige"), group=["men", "people"], place="BE", **V)
C("x10", "130 Menschen", 130, unit="person", measure="killed",
  subject="people killed in the Islamist attacks in Paris in November", counted=("130 Menschen", "Menschen"),
  group=["people", "civilians"], place="FR")

# ---------------------------------------------------------------- x11 Web 559: survey on digitalisation in German companies
CRISP, RTR, DD = "de.crisp_research", "media.reuters", "org.dimension_data"
MGR = ["respondents", "people", "employees"]
C("x11", ("Crisp Research: 31 Prozent", "31 Prozent"), 31, unit="percent", measure="share",
  subject="managers who rate the importance of digitalisation as weak (headline)", source=CRISP,
  counted=("befragten Manager schätzen", "Manager"), group=MGR, place="DE", place_alt=[None])
C("x11", "Nur die Hälfte der Führungskräfte", 50, unit="percent", measure="share",
  subject="executives who expect IT developments to be relevant for their firms", source=CRISP, alt=[RTR],
  counted=("Hälfte der Führungskräfte", "Führungskräfte"), group=MGR, place="DE")
C("x11", ("31 Prozent der befragten 503", "31 Prozent"), 31, unit="percent", measure="share",
  subject="managers who rate the importance of digitalisation as weak", source=None, alt=[CRISP],
  counted=("503 Manager", "Manager"), group=MGR, place="DE")
C("x11", "503 Manager", 503, unit="person", measure="participants",
  subject="managers surveyed by Crisp Research", source=None, alt=[CRISP],
  counted=("503 Manager", "Manager"), group=MGR, place="DE")
C("x11", "Fast jeder Fünfte", 20, bound="approx", unit="percent", measure="share",
  subject="managers who say their company is not affected by the digital transformation", source=None, alt=[CRISP],
  counted=("Fast jeder Fünfte", "jeder Fünfte"), calt=[("503 Manager", "Manager")], group=MGR, place="DE")
C("x11", "mehr als jedem fünften Unternehmen", 20, bound="more_than", unit="percent", measure="share",
  subject="companies whose executives do not work on the digitalisation strategy", source=CRISP, alt=[DD],
  counted=("jedem fünften Unternehmen", "Unternehmen"), place="DE")
C("x11", "Jeder zweite Manager", 50, unit="percent", measure="share",
  subject="managers who think they invest too little in training their staff", source=None, alt=[CRISP, DD],
  counted=("Jeder zweite Manager", "Manager"), group=MGR, place="DE")

# ---------------------------------------------------------------- x12 Wirtschaft 598: the Warren Buffett charity lunch
C("x12", ("Der einmal im Jahr", "einmal im Jahr"), 1, unit="per year", measure="other",
  subject="frequency of the Buffett charity lunch auction", counted=("versteigerte Power Lunch", "Power Lunch"), place="US", optional=True)
C("x12", "2,345,678 Millionen Dollar", 2345678, unit="USD", measure="amount",
  subject="winning bid for the 2016 Buffett charity lunch (typo: read as 2,345,678 dollars)",
  counted="Spitzengebot", place="US", optional=True)
C("x12", "etwa 2,1 Millionen Euro", 2.1e6, bound="approx", unit="EUR", measure="amount",
  subject="winning bid for the Buffett charity lunch (converted)", counted="Spitzengebot", place="US")
C("x12", "25.000 Dollar bis zu annähernd 3,5 Millionen Dollar", 25000, 3.5e6, bound="range", unit="USD",
  measure="amount", subject="range of winning bids for the Buffett lunch over the years",
  counted="Die Gewinnergebote", place="US")
C("x12", "2,2 Millionen Dollar", 2.2e6, unit="USD", measure="amount",
  subject="winning bid for the Buffett lunch in the previous year", counted=("brachte der Power Lunch", "Power Lunch"),
  place="US")
C("x12", "über fünf Millionen Dollar", 5e6, bound="more_than", unit="USD", measure="amount",
  subject="what Ted Weschler paid in total for the lunches of 2010 and 2011", counted=("das Essen mit Buffett", "das Essen"),
  calt=["Ted Weschler"], place="US")

# ---------------------------------------------------------------- x13 Etat 671: James Murdoch returns as Sky chairman; half-year figures
SKY = "gb.sky"
GBP = dict(place="GB", place_alt=[None], source=None, alt=[SKY])
C("x13", "etwa 39 Prozent", 39, bound="approx", unit="percent", measure="share",
  subject="stake of the Murdoch family's media empire in Sky", counted=("Sky gehört", "Sky"),
  calt=["Medienimperium der Murdoch-Familie"], **GBP)
C("x13", "um 5 Prozent", 5, unit="percent", measure="share", subject="currency-adjusted rise of Sky's revenue, first half-year",
  counted=("stieg der Umsatz", "Umsatz"), increment=True, **GBP)
C("x13", "5,7 Mrd. Pfund", 5.7e9, unit="GBP", measure="amount", subject="Sky's revenue in the first half of the financial year",
  counted=("stieg der Umsatz", "Umsatz"), **GBP)
C("x13", "7,5 Mrd. Euro", 7.5e9, unit="EUR", measure="amount", subject="Sky's revenue in the first half-year (converted)",
  counted=("stieg der Umsatz", "Umsatz"), **GBP)
C("x13", "bei 10 Prozent", 10, unit="percent", measure="share", subject="rise of Sky's revenue in Germany, first half-year",
  source=None, alt=[SKY], counted="das Plus", calt=[("stieg der Umsatz", "Umsatz")], place="DE", increment=True)
C("x13", "um 12 Prozent", 12, unit="percent", measure="share", subject="rise of Sky's operating profit, first half-year",
  counted="das operative Ergebnis", increment=True, **GBP)
C("x13", "747 Mio. Pfund", 747e6, unit="GBP", measure="amount", subject="Sky's operating profit in the first half-year",
  counted="das operative Ergebnis", **GBP)
C("x13", "um zwei Prozent", 2, unit="percent", measure="share", subject="planned rise of Sky's dividend",
  counted="Die Dividende", increment=True, **GBP)
C("x13", "12,6 Pence", 0.126, unit="GBP", measure="amount", subject="Sky's planned dividend per share",
  counted="Die Dividende", calt=["je Aktie"], **GBP)
C("x13", "337.000 neue Kunden", 337000, unit="person", measure="size", subject="customers Sky won in the second quarter",
  counted=("337.000 neue Kunden", "Kunden"), group=["customers", "people", "users"], increment=True, **GBP)
C("x13", "21 Millionen", 21e6, unit="person", measure="size", subject="Sky's customers in total",
  counted=("337.000 neue Kunden", "Kunden"), calt=[("insgesamt sind es", "es")], group=["customers", "people", "users"],
  **GBP)
C("x13", "fünf europäischen Ländern", 5, unit="Länder", measure="other", subject="European countries where Sky is active",
  counted=("europäischen Ländern", "Ländern"), calt=["Die Gruppe"], source=None, alt=[SKY], place=None,
  place_alt=["GB"])

# ---------------------------------------------------------------- x14 Sport 705: Olympic champion Michael Diamond loses his gun licence
AUPOL = "au.police"
C("x14", "Gut zehn Wochen vor", 10, bound="more_than", unit="week", measure="duration",
  subject="time before the Olympic Games in Rio", counted=("vor den Olympischen Spielen", "Olympischen Spielen"), place="AU", place_alt=[None],
  optional=True)
C("x14", "(44)", 44, unit="year", measure="age", subject="age of the Australian sport shooter Michael Diamond",
  source=None, alt=[AUPOL], counted=("stoppte Michael Diamond", "Michael Diamond"),
  calt=["australischer Goldmedaillengewinner"], group=ATH, nat="AU", nat_alt=[None], place="AU", place_alt=[None])
C("x14", "sechs Mal", 6, unit="Mal", measure="other", subject="Olympic Games Michael Diamond has taken part in",
  counted=("an Olympischen Spielen teilgenommen", "Olympischen Spielen"), calt=[("Diamond hat schon", "Diamond")],
  group=ATH + [None], nat=None, nat_alt=["AU"], place=None)
C("x14", ("mehrere Goldmedaillen", "mehrere"), unit="Goldmedaillen", measure="other",
  subject="Olympic gold medals Diamond won in trap shooting", counted=("mehrere Goldmedaillen", "Goldmedaillen"), place=None, **V)

# ---------------------------------------------------------------- x15 Kultur 718: Goodfellas at 25
C("x15", "30 Jahre", 30, unit="year", measure="duration", subject="time span of Henry Hill's story in the film",
  counted=("verät Hill", "Hill"), group=MAN + [None], place=None, optional=True)
C("x15", "48-jährigen", 48, unit="year", measure="age", subject="age of Martin Scorsese when Goodfellas came out",
  counted=("48-jährigen Martin Scorsese", "Martin Scorsese"), group=MAN, nat=None, nat_alt=["US"], place=None,
  place_alt=["US"])
C("x15", ("bereits mehrfach", "mehrfach"), unit="Mal", measure="other",
  subject="earlier collaborations of Scorsese with Robert de Niro", counted="Robert de Niro", place=None, **V)
C("x15", "seit nun mehr 25 Jahren", 25, unit="year", measure="duration",
  subject="years since Goodfellas without a comparably good gangster film (question)", counted=None,
  calt=["kein vergleichbar gutes Werk", "Jubiläums"], place=None)

# ---------------------------------------------------------------- x16 Kultur 938: late documents of Milena Jesenská
C("x16", ("eine Menge Briefe", "eine Menge"), unit="Briefe", measure="other",
  subject="letters Kafka wrote to Milena", counted=("Menge Briefe", "Briefe"), place=None, **V)
C("x16", ("soll Milena einmal", "einmal"), 1, unit="Mal", measure="other",
  subject="times Milena is said to have swum across the Vltava", counted=("soll Milena", "Milena"), place="CZ", place_alt=[None],
  optional=True, hedged=True)
C("x16", ("entspross eine Tochter", "eine"), 1, unit="person", measure="size",
  subject="daughter of Milena Jesenská and Jaromír Krejcar", counted=("entspross eine Tochter", "Tochter"), group=["children", "women", "people"],
  nat=None, nat_alt=["CZ"], place=None, place_alt=["CZ"], optional=True)
C("x16", "14 Schriftstücke", 14, unit="Schriftstücke", measure="other",
  subject="documents from Milena Jesenská's imprisonment found and translated into German",
  counted=("14 Schriftstücke", "Schriftstücke"), place=None, place_alt=["DE", "CZ"])
C("x16", "fünfjährigen", 5, unit="year", measure="duration", subject="length of Milena Jesenská's imprisonment",
  counted=("fünfjährigen Haft", "Haft"), group=["prisoners", "women", "people", None], nat=None, nat_alt=["CZ"],
  place=None, place_alt=["DE", "CZ"])
C("x16", "zweiseitig", 2, unit="Seiten", measure="other", subject="pages of the smuggled note (Kassiber)",
  counted="Stück Papier", calt=["Kassiber"], place=None, optional=True)

# ---------------------------------------------------------------- x17 Wissenschaft 979: 9,000-year-old traces of beeswax
RS = "person.melanie_roffet_salque"
C("x17", "9.000 Jahre alte", 9000, unit="year", measure="age",
  subject="age of the oldest beeswax traces found in Anatolia (teaser)", source=None, alt=[RS],
  counted="Spuren", place="TR", place_alt=[None])
C("x17", ("in so gut wie jedem Stock", "so gut wie jedem"), 100, bound="approx", unit="percent", measure="share",
  subject="share of beehives with the varroa mite", counted="Stock", place=None, optional=True)
C("x17", "in den vergangenen 10.000 Jahren", 10000, unit="year", measure="duration",
  subject="period without clear evidence for the spread of the honey bee", counted=("Verbreitung der Honigbiene", "Honigbiene"),
  place=None, optional=True)
C("x17", "rund 6400 Tonscherben", 6400, bound="approx", unit="Tonscherben", measure="other",
  subject="potsherds examined for beeswax lipids", source=None, alt=[RS], counted=("6400 Tonscherben", "Tonscherben"),
  place=None)
C("x17", "über 150 Fundorten", 150, bound="more_than", unit="Fundorte", measure="other",
  subject="Neolithic sites the potsherds came from", source=None, alt=[RS], counted="Fundorten", place=None)
C("x17", "9000 Jahre", 9000, unit="year", measure="age", subject="age of the beeswax finds from Catalhöyük and Cayönü Tepesi",
  source=None, alt=[RS], counted=("sind diese Wachsfunde", "Wachsfunde"), calt=["Scherben aus Catalhöyük"], place="TR", place_alt=[None])
C("x17", "Über 7000 Jahre alte", 7000, bound="more_than", unit="year", measure="age",
  subject="age of the wax residues from western Turkey and the Balkans", source=None, alt=[RS],
  counted="Wachsreste", place=None, place_alt=["TR"])
C("x17", "wenige Jahrhunderte jünger", unit="year", measure="age",
  subject="how much younger the Central and Northern European wax finds are than the Balkan ones",
  source=None, alt=[RS], counted="Hinweise auf Bienenwachs, die", place=None, increment=True, **V)
C("x17", ("Ab dem 57. nördlichen Breitengrad", "57."), 57, unit="degree latitude", measure="other",
  subject="northern limit of the Neolithic beeswax finds", counted="Breitengrad", place=None, optional=True)

# ---------------------------------------------------------------- x18 International 991: refugees from Congo in Uganda
UNHCR, ATS, KIB, RK = "org.unhcr", "person.sakura_atsumi", "person.john_kibanga", "org.red_cross"
REF = ["refugees", "migrants", "people"]
C("x18", "Mehr als 200.000 Flüchtlinge", 200000, bound="more_than", unit="person", measure="present",
  subject="refugees and asylum seekers living in Uganda", source=UNHCR,
  counted=("200.000 Flüchtlinge", "Flüchtlinge"), group=REF, place="UG")
C("x18", ("die große Mehrheit", "die große Mehrheit"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of the refugees in Uganda who come from the DR Congo", source=UNHCR,
  counted=("200.000 Flüchtlinge", "Flüchtlinge"), group=REF, nat="CD", place="UG", optional=True)
C("x18", "(29)", 29, unit="year", measure="age", subject="age of the Congolese refugee John Kibanga",
  counted="John Kibanga", group=MAN + ["refugees"], nat="CD", nat_alt=[None], place="UG", place_alt=[None])
C("x18", "Seit sieben Jahren", 7, unit="year", measure="duration", subject="time John Kibanga has lived in Kampala",
  source=None, alt=[KIB], counted=("lebt er in Kampala", "er"), calt=["John Kibanga"],
  group=MAN + ["refugees", None], nat=None, nat_alt=["CD"], place="UG")
C("x18", "zweimal", 2, unit="Mal", measure="other", subject="times Kibanga was abducted by militias in eastern Congo",
  source=KIB, counted=("Er selbst sei", "Er"), calt=["John Kibanga"], group=MAN + ["refugees", None], nat="CD",
  nat_alt=[None], place="CD")
C("x18", ("ein drittes Mal", "drittes"), 3, unit="Mal", measure="other",
  subject="Kibanga's third abduction, in 2006 (ordinal)", source=KIB, counted=("Milizen ihn", "ihn"), group=MAN + [None], place="CD",
  optional=True)
C("x18", "tausende Flüchtlinge", unit="person", measure="received",
  subject="refugees crossing into Uganda whenever fighting breaks out in eastern Congo", source=ATS, alt=[UNHCR],
  counted=("tausende Flüchtlinge", "Flüchtlinge"), group=REF, nat=None, nat_alt=["CD"], place="UG", **V)
C("x18", "mehr als 50.000 Menschen", 50000, bound="more_than", unit="person", measure="received",
  subject="people who crossed into Uganda after an ADF attack in North Kivu", source=None, alt=[ATS, UNHCR, RK],
  counted=("50.000 Menschen", "Menschen"), group=REF, nat=None, nat_alt=["CD"], place="UG")

# ---------------------------------------------------------------- x19 Web 1018: the Half-Life fan sequel Prospekt on Steam
C("x19", ("Einige Monate später", "Einige Monate"), unit="month", measure="duration",
  subject="time between the briefcase sent to Gabe Newell and the release", counted=("wurde Prospekt", "Prospekt"), place=None, **V)
C("x19", "rund 10 Euro", 10, bound="approx", unit="EUR", measure="amount", subject="price of Prospekt on Steam",
  counted=("wurde Prospekt", "Prospekt"), calt=["Brandings"], place=None)
C("x19", "13 Levels", 13, unit="Levels", measure="other", subject="levels of the game Prospekt",
  counted=("13 Levels", "Levels"), calt=["Das Spiel umfasst"], place=None)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
