"""Build the third held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set: ids reused from the earlier sets where they fit
# (at.interior_ministry), new ones as the guide says
SOURCES = {
 "de.henkel": {"label": "Henkel AG (German consumer-goods group)", "patterns": ["Henkel"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior", "patterns": ["Innenministerium", "Innenressort", "Ministeriumsangaben", "Beantwortung"]},
 "person.christoph_hofinger": {"label": "Christoph Hofinger, SORA researcher", "patterns": ["Hofinger", "Sora", "Politikfor"]},
 "person.michael_rauch": {"label": "Michael Rauch, Vorarlberg children's and youth advocate", "patterns": ["Rauch", "Kinder- und Jugendanwalt"]},
 "person.maria_grossbauer": {"label": "Maria Großbauer, Opera Ball organiser", "patterns": ["Maria Großbauer", "Großbauer", "eigenem Bekunden"]},
 "eg.health_ministry": {"label": "Egyptian Ministry of Health", "patterns": ["Gesundheitsministerium", "Sprecher des Gesundheits"]},
 "media.apple_insider": {"label": "AppleInsider (tech site)", "patterns": ["Apple ?Insider"]},
 "us.apple": {"label": "Apple Inc.", "patterns": ["\\bApple\\b", "Support-Dokument"]},
 "eu.eurostat": {"label": "Eurostat (EU statistics office)", "patterns": ["Eurostat"]},
 "person.ali_ihsan_su": {"label": "Ali Ihsan Su, governor of Sirnak province", "patterns": ["Ihsan Su", "Gouverneur"]},
 "tr.hdp": {"label": "HDP (pro-Kurdish party, Turkey)", "patterns": ["\\bHDP\\b", "Kurdenpartei"]},
 "tr.gov": {"label": "Turkish government", "patterns": ["türkische\\w* Regierung", "Regierung"]},
 "person.christoph_eugen": {"label": "Christoph Eugen, Austrian Nordic combined head coach", "patterns": ["Eugen", "Cheftrainer"]},
 "ru.mission_control": {"label": "Russian space mission control centre", "patterns": ["Kontrollzentrum"]},
 "org.amiiqo_makers": {"label": "Makers of the Amiiqo device", "patterns": ["Hersteller"]},
 "media.wired": {"label": "Wired (magazine)", "patterns": ["Wired"]},
 "fr.prefecture_pas_de_calais": {"label": "Prefecture of Pas-de-Calais", "patterns": ["Präfektur", "Pas-de-Calais"]},
 "fr.prosecutor": {"label": "French public prosecutor's office in the Calais case (prosecutor Jean-Pierre Valensi)", "patterns": ["Staatsanwalt", "Valensi", "Behörde"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the devset

# ---------------------------------------------------------------- m00 Wirtschaft 39: Henkel CEO Rorsted leaves
C("m00", ("nach acht Jahren an der Spitze", "acht Jahren"), 8, unit="year", measure="duration",
  subject="Rorsted's tenure as Henkel CEO", source="de.henkel", counted=("Der dänische Manager", "Manager"),
  calt=[("an der Spitze des Konzerns", "Spitze")], group=["men", "people", None], nat="DK", nat_alt=[None],
  place="DE", place_alt=[None])
C("m00", "vier Prozent", -4, unit="percent", measure="share", subject="fall of the Henkel share price",
  counted="Die Henkel-Aktie", place="DE", place_alt=[None], increment=True)
C("m00", "2,5 Prozent", 2.5, unit="percent", measure="share", subject="rise of the Adidas share price",
  counted="die Adidas-Aktie", place="DE", place_alt=[None], increment=True)

# ---------------------------------------------------------------- m01 Panorama 41: fines for a begging girl
GIRL = ["children", "women", "people"]
C("m01", "eine 15-Jährige", 15, unit="year", measure="age", subject="age of the fined girl",
  counted="eine 15-Jährige", group=GIRL, nat=None, nat_alt=["AT"], place="AT")
C("m01", ("für zweimal Händeaufhalten", "zweimal"), 2, unit="Händeaufhalten", measure="other",
  subject="times the girl held out her hands", counted="Händeaufhalten", place="AT", optional=True)
C("m01", "100 Euro", 100, unit="EUR", measure="amount", subject="fine for aggressive begging",
  counted=("Strafe für zweimal", "Strafe"), place="AT")
C("m01", "200 Euro", 200, unit="EUR", measure="amount", subject="fine for begging with a minor",
  counted=("für Betteln unter Mitwirkung", "Betteln unter Mitwirkung"),
  calt=[("strafte man das Mädchen", "Mädchen")], place="AT")
C("m01", "90 Euro", 90, unit="EUR", measure="amount", subject="fine for throwing away a plastic bottle",
  counted=("Für das Wegwerfen einer Plastikflasche", "Wegwerfen"), calt=["Plastikflasche", "Abfallwirtschaftsgesetz"],
  place="AT")
C("m01", "396,67 Euro", 396.67, unit="EUR", measure="amount", subject="total bill of the district authority",
  counted=("eine Rechnung über", "Rechnung"), place="AT")
C("m01", ("Bettlerin 6,67 Euro", "6,67 Euro"), 6.67, unit="EUR", measure="amount",
  subject="cash the girl had already paid to the police", counted="Barschaft", calt=["die Bettlerin"], place="AT")
C("m01", "50 Euro", 50, unit="EUR", measure="amount", subject="unpaid earlier administrative fine",
  counted=("früheren Verwaltungsübertretung", "Verwaltungsübertretung"), place="AT")
C("m01", "24 Stunden", 24, unit="hour", measure="duration", subject="substitute detention ordered for the girl",
  counted=("Die Jugendliche sollte", "Die Jugendliche"), calt=["Arrest", ("Antritt einer Ersatzfreiheitsstrafe", "Ersatzfreiheitsstrafe")],
  group=GIRL + [None], place="AT")
C("m01", ("ab dem vollendeten 16. Lebensjahr", "16."), 16, bound="at_least", unit="year", measure="age",
  subject="minimum age for substitute detention", source=None, alt=["person.michael_rauch"],
  counted=("Ersatzfreiheitsstrafen wegen", "Ersatzfreiheitsstrafen"), place="AT", optional=True)

# ---------------------------------------------------------------- m02 Wissenschaft 52: 800 years of Magna Carta
C("m02", ("tausende Gäste", "tausende"), unit="person", measure="participants", subject="guests at the celebration",
  counted=("tausende Gäste", "Gäste"), group=["visitors", "people"], place="GB", **V)
C("m02", ("800-jährige", "800"), 800, unit="year", measure="duration", subject="age of the Magna Carta",
  counted="Bestehen", calt=[("Urkunde Magna Carta", "Magna Carta")], place="GB", place_alt=[None])
C("m02", "(32)", 32, unit="year", measure="age", subject="age of Prince William",
  counted="Prinz William", group=["men", "people"], nat="GB", nat_alt=[None], place="GB")
C("m02", "zwölf Bronzestühlen", 12, unit="Bronzestühle", measure="other", subject="bronze chairs of the memorial",
  counted=("zwölf Bronzestühlen", "Bronzestühlen"), calt=["Denkmal"], place="GB")
C("m02", "(89)", 89, unit="year", measure="age", subject="age of Queen Elizabeth II",
  counted="Queen Elizabeth", group=["women", "people"], nat="GB", nat_alt=[None], place="GB")
C("m02", "(94)", 94, unit="year", measure="age", subject="age of Prince Philip",
  counted="Prinz Philip", group=["men", "people"], nat="GB", nat_alt=[None], place="GB")
C("m02", "zwei Pints", 2, unit="Pints", measure="other", subject="size of the London Quarter beer measure",
  counted="das London Quarter", calt=["einheitliches Biermaß"], place="GB", place_alt=[None])

# ---------------------------------------------------------------- m03 Inland 74: postal-ballot voters, presidential election
BMI = "at.interior_ministry"
VOT = ["voters", "people"]
C("m03", "Knapp 900.000", 900000, bound="approx", unit="person", measure="participants",
  subject="postal-ballot voters in the presidential run-off", counted=("900.000 Wähler", "Wähler"), group=VOT,
  nat=None, nat_alt=["AT"], place="AT")
C("m03", "160.725", 160725, unit="person", measure="participants",
  subject="postal ballots requested in Vienna, first round", source=BMI,
  counted=("in der Hauptstadt Geborene", "Geborene"), calt=[("eine Wahlkarte, aber", "Wahlkarte")], group=VOT,
  nat=None, nat_alt=["AT"], place="AT")
C("m03", "17.588", 17588, unit="person", measure="participants",
  subject="postal ballots requested in Burgenland, first round", source=BMI,
  counted="Pannonier", group=VOT, nat=None, nat_alt=["AT"], place="AT")
C("m03", "222.283", 222283, unit="person", measure="participants",
  subject="postal ballots requested in Vienna, run-off", source=None, alt=[BMI],
  counted=("deutlich mehr Stimmberechtigte", "Stimmberechtigte"), group=VOT, nat=None, nat_alt=["AT"], place="AT")
C("m03", "23.015", 23015, unit="person", measure="participants",
  subject="postal ballots requested in Burgenland, run-off", source=None, alt=[BMI],
  counted=("deutlich mehr Stimmberechtigte", "Stimmberechtigte"), group=VOT, nat=None, nat_alt=["AT"], place="AT")
C("m03", "fast doppelt so hoch", 2, bound="approx", unit="factor", measure="other",
  subject="share of postal voters among people with Matura, relative to all", source=None,
  alt=["person.christoph_hofinger"], counted="Anteil der Wahlkartenwähler", calt=["Maturanten"],
  group=[None, "voters", "people"], place="AT")
C("m03", "885.437", 885437, unit="person", measure="participants",
  subject="postal-ballot voters in the presidential run-off", source=None, alt=[BMI],
  counted=("885.437 Stimmberechtigten", "Stimmberechtigten"), group=VOT, nat=None, nat_alt=["AT"], place="AT")
C("m03", "um 148 Wahlkarten weniger", -148, unit="Wahlkarten", measure="participants",
  subject="change of postal ballots of Austrians abroad, run-off vs first round",
  counted=("148 Wahlkarten", "Wahlkarten"), calt=["Auslandsösterreichern"], group=VOT + [None], nat="AT",
  nat_alt=[None], place=None, place_alt=["AT"], increment=True)

# ---------------------------------------------------------------- m04 Kultur 195: Schauspielhaus Zürich season
C("m04", "drei Klassiker", 3, unit="Klassiker", measure="other", subject="classics on the Pfauen stage next season",
  counted=("drei Klassiker", "Klassiker"), place="CH", place_alt=[None])

C("m04", ("zum vierten Mal", "vierten"), 4, unit="Mal", measure="other",
  subject="times Frey has staged a Bärfuss play written for the house (ordinal)", counted=("ein Stück, das Lukas", "Stück"),
  place="CH", place_alt=[None], optional=True)
C("m04", "siebente Arbeit", 7, unit="Arbeiten", measure="other", subject="Pollesch's works for the Schauspielhaus (ordinal)",
  counted=("siebente Arbeit", "Arbeit"), place="CH", place_alt=[None], optional=True)

# ---------------------------------------------------------------- m05 Etat 317: Heino on the Dresden Tatort
C("m05", "(77)", 77, unit="year", measure="age", subject="age of Heino", counted=("Musiker Heino", "Heino"),
  calt=["Musiker Heino"], group=["men", "people"], nat=None, nat_alt=["DE"], place="DE", place_alt=[None])
C("m05", "(63)", 63, unit="year", measure="age", subject="age of Marianne (Schunkelduo)",
  counted=("Marianne (63)", "Marianne"), group=["women", "people"], nat=None, nat_alt=["DE"], place="DE",
  place_alt=[None])
C("m05", "(66)", 66, unit="year", measure="age", subject="age of Michael (Schunkelduo)",
  counted=("Michael (66)", "Michael"), group=["men", "people"], nat=None, nat_alt=["DE"], place="DE",
  place_alt=[None])
C("m05", ("einige Schlagersänger", "einige"), unit="person", measure="other", subject="annoyed Schlager singers",
  counted="Schlagersänger", group=["people"], place="DE", **V)

# ---------------------------------------------------------------- m06 Etat 395: Bremen Tatort review
C("m06", ("nach der Hälfte des Krimis", "der Hälfte"), 50, unit="percent", measure="share",
  subject="point in the film (review)", counted=("Hälfte des Krimis", "Krimis"), optional=True)

# ---------------------------------------------------------------- m07 Panorama 409: Maria Großbauer, Opera Ball
MG = "person.maria_grossbauer"
C("m07", "35-jährige", 35, unit="year", measure="age", subject="age of Maria Großbauer",
  counted=("gebürtige Niederösterreicherin", "Niederösterreicherin"), calt=["die 35-jährige gebürtige Niederösterreicherin"],
  group=["women", "people"], nat="AT", nat_alt=[None], place="AT")
C("m07", "(41)", 41, unit="year", measure="age", subject="age of Andreas Großbauer",
  counted=("Andreas Großbauer (41)", "Andreas Großbauer"), group=["men", "people"], nat=None, nat_alt=["AT"],
  place="AT")
C("m07", "weitere fünf Jahre", 5, unit="year", measure="duration",
  subject="possible extension of Dominique Meyer's contract beyond 2020", counted=("ob der Vertrag", "Vertrag"),
  place="AT", increment=True)
C("m07", "zehn Jahren", 10, unit="year", measure="duration", subject="Großbauer's years of agency work",
  counted="Kreativarbeit", calt=[("hat sie sich 2011", "sie")], group=[None, "women", "people"], place="AT",
  place_alt=[None])
C("m07", "38 Jahre", 38, unit="year", measure="duration", subject="Karl Jeitler's years as trombonist of the Philharmonic",
  counted=("Posaunist bei den Wiener", "Posaunist"), calt=["Karl Jeitler"], group=["men", "people", None],
  nat=None, nat_alt=["AT"], place="AT")
C("m07", "seit 30 Jahren", 30, unit="year", measure="duration", subject="Großbauer's years of regular opera visits",
  source=MG, counted="regelmäßige Besuche", calt=[("dem sie laut", "sie")], group=[None, "women", "people"],
  place="AT")

# ---------------------------------------------------------------- m08 Kultur 422: Fear Factory concert
C("m08", ("sind die beiden", "die beiden"), 2, unit="person", measure="size", subject="founding members still in the band",
  counted="Bell und Cazares", group=["people", "men"], optional=True)
C("m08", "mehr als eines", 1, bound="more_than", unit="Konzeptalben", measure="other",
  subject="concept albums influenced by Blade Runner", counted="Konzeptalben", optional=True)
C("m08", "neunte Album", 9, unit="Album", measure="other", subject="Fear Factory's ninth album (ordinal)",
  counted=("neunte Album", "Album"), optional=True)

# ---------------------------------------------------------------- m09 Sport 434: Monaco GP practice
ATH = ["athletes", "men", "people"]
C("m09", "1:14,607 Minuten", 74.607, unit="s", measure="duration", subject="Ricciardo's best practice lap",
  counted=("Der Australier Daniel Ricciardo", "Daniel Ricciardo"), group=ATH, nat="AU", place="MC", optional=True)
C("m09", "0,606 Sekunden", 0.606, unit="s", measure="duration", subject="Hamilton's gap to Ricciardo in practice",
  counted="Der Brite", calt=["Lewis Hamilton"], group=ATH, nat="GB", nat_alt=[None], place="MC", place_alt=[None],
  increment=True)
C("m09", "dreifachen", 3, unit="Weltmeistertitel", measure="other", subject="Hamilton's world titles",
  counted="Weltmeister", group=ATH + [None], nat=None, nat_alt=["GB"], place=None, place_alt=["MC"])
C("m09", "eineinhalb Stunden", 1.5, unit="hour", measure="duration", subject="length of the practice session",
  counted="Einheit am Nachmittag", place="MC", optional=True)
C("m09", "39 Punkten", 39, unit="Punkte", measure="other", subject="Rosberg's championship lead over Räikkönen",
  counted="Vorsprung", calt=[("Rosberg geht", "Rosberg")], group=[None] + ATH, place=None, place_alt=["MC"],
  increment=True)
C("m09", "43 Punkte", -43, unit="Punkte", measure="other", subject="Hamilton's championship gap to Rosberg",
  counted=("Hamilton hat", "Hamilton"), group=[None] + ATH, place=None, place_alt=["MC"], increment=True)
C("m09", ("Ricciardo 52", "52"), -52, unit="Punkte", measure="other",
  subject="Vettel's and Ricciardo's championship gap to Rosberg",
  counted=("Vettel wie Ricciardo", "Vettel"), calt=[("Vettel wie Ricciardo", "Ricciardo")], group=[None] + ATH,
  place=None, place_alt=["MC"], increment=True)

# ---------------------------------------------------------------- m10 International 458: Al-Arish hotel attack
EGH = "eg.health_ministry"
JUD = ["officials", "people"]
C("m10", ("Ein Richter und zwei", "Ein"), 1, unit="person", measure="killed", subject="judge who died of injuries on Wednesday",
  counted=("Ein Richter und zwei", "Richter"), group=JUD, nat=None, nat_alt=["EG"], place="EG", increment=True)
C("m10", ("Richter und zwei Polizisten erlagen", "zwei"), 2, unit="person", measure="killed",
  subject="police officers who died of injuries on Wednesday",
  counted=("Richter und zwei Polizisten erlagen", "Polizisten"), group=["police"], nat=None, nat_alt=["EG"],
  place="EG", increment=True)
C("m10", ("auf sieben erhöht", "sieben"), 7, unit="person", measure="killed", subject="death toll of the Al-Arish hotel attack",
  source=None, alt=[EGH], counted="Todesopfer", group=P, place="EG")
C("m10", ("Ein Richter, der", "Ein"), 1, unit="person", measure="killed", subject="judge who died of injuries on Wednesday",
  source=EGH, counted=("Ein Richter, der", "Richter"), group=JUD, nat=None, nat_alt=["EG"], place="EG",
  increment=True)
C("m10", ("und zwei Polizisten seien", "zwei"), 2, unit="person", measure="killed",
  subject="police officers who died of injuries on Wednesday", source=EGH,
  counted=("und zwei Polizisten seien", "Polizisten"), group=["police"], nat=None, nat_alt=["EG"], place="EG",
  increment=True)
C("m10", ("mit vier angegeben", "vier"), 4, unit="person", measure="killed", subject="death toll of the attack as of Tuesday",
  counted="Getöteten", group=P, place="EG")
C("m10", ("ein Richter, zwei", "ein"), 1, unit="person", measure="killed", subject="judge killed, as of Tuesday",
  counted=("ein Richter, zwei", "Richter"), group=JUD, nat=None, nat_alt=["EG"], place="EG")
C("m10", ("zwei Polizisten und ein Zivilist", "zwei"), 2, unit="person", measure="killed",
  subject="police officers killed, as of Tuesday", counted=("zwei Polizisten und ein Zivilist", "Polizisten"),
  group=["police"], nat=None, nat_alt=["EG"], place="EG")
C("m10", ("und ein Zivilist", "ein"), 1, unit="person", measure="killed", subject="civilian killed, as of Tuesday",
  counted=("ein Zivilist", "Zivilist"), group=["civilians", "people"], nat=None, nat_alt=["EG"], place="EG")
C("m10", ("die zwei Selbstmordattentäter", "zwei"), 2, unit="person", measure="killed",
  subject="suicide attackers killed", counted=("zwei Selbstmordattentäter", "Selbstmordattentäter"),
  group=["people", "men"], place="EG")
C("m10", "mindestens ein andere", 1, bound="at_least", unit="person", measure="participants",
  subject="attackers who went through the hotel rooms", counted="mindestens ein andere", group=["people", "men"],
  place="EG", optional=True)
C("m10", ("insgesamt drei", "drei"), 3, unit="person", measure="participants", subject="suicide attackers, earlier report",
  counted=("drei Selbstmordattentätern", "Selbstmordattentätern"), group=["people", "men"], place="EG")
C("m10", "alle 224 Insassen", 224, unit="person", measure="killed", subject="people killed in the Russian plane crash",
  counted=("224 Insassen", "Insassen"), group=P, nat=None, nat_alt=["RU"], place="EG")

# ---------------------------------------------------------------- m11 Inland 505: Ursula Stenzel's candidacy
C("m11", "50 Unterstützungserklärungen", 50, unit="Unterstützungserklärungen", measure="other",
  subject="declarations of support needed for a district list", counted=("50 Unterstützungserklärungen", "Unterstützungserklärungen"),
  place="AT")
C("m11", "72,67 Euro", 72.67, unit="EUR", measure="amount", subject="fee for a candidacy in the district",
  counted="Der Kostenbeitrag", place="AT")
C("m11", ("Beide Termine", "Beide"), 2, unit="Termine", measure="other", subject="press conferences at the same time",
  counted=("Beide Termine", "Termine"), place="AT", optional=True)

# ---------------------------------------------------------------- m12 Web 515: iOS 9 WLAN Assist
C("m12", "über fünf Millionen US-Dollar", 5e6, bound="more_than", unit="USD", measure="amount",
  subject="estimated costs claimed in the US class action over WLAN Assist", source="media.apple_insider",
  counted=("anfallende Kosten", "Kosten"), calt=[("bereits eine Sammelklage eingereicht", "Sammelklage")], place="US", hedged=True)
C("m12", "einen kleinen Prozentsatz mehr", unit="percent", measure="share",
  subject="extra data use through WLAN Assist", source="us.apple", counted="Benutzern", place=None,
  increment=True, **V)

# ---------------------------------------------------------------- m13 Wirtschaft 536: Eurostat unemployment April 2015
ES = "eu.eurostat"
EU = dict(place=None, place_alt=["EU"])
RATE1 = ("Die Arbeitslosenrate in der Eurozone", "Arbeitslosenrate")
C("m13", "11,1 Prozent in Eurozone", 11.1, unit="percent", measure="share", subject="unemployment rate, euro area, April",
  source=None, alt=[ES], counted=None, calt=[RATE1], **EU)
C("m13", ("11,1 Prozent in Eurozone - 5,7 Prozent", "5,7 Prozent"), 5.7, unit="percent", measure="share",
  subject="unemployment rate, Austria, April", source=None, alt=[ES], counted=None,
  calt=[RATE1, "einer Quote"], place="AT")
C("m13", ("11,1 Prozent gegenüber", "11,1 Prozent"), 11.1, unit="percent", measure="share",
  subject="unemployment rate, euro area, April", source=ES, counted=("betrug die Rate", "Rate"), calt=[RATE1], **EU)
C("m13", "11,2 Prozent", 11.2, unit="percent", measure="share", subject="unemployment rate, euro area, March",
  source=ES, counted=("betrug die Rate", "Rate"), calt=[RATE1], **EU)
C("m13", ("Quote von 5,7 Prozent", "5,7 Prozent"), 5.7, unit="percent", measure="share",
  subject="unemployment rate, Austria, April", source=None, alt=[ES], counted=("einer Quote", "Quote"), place="AT")
C("m13", "4,7 Prozent", 4.7, unit="percent", measure="share", subject="unemployment rate, Germany, April",
  source=None, alt=[ES], counted=("hinter Deutschland", "Deutschland"), calt=[("einer Quote", "Quote")], place="DE")
C("m13", ("(5,4 Prozent", "5,4 Prozent"), 5.4, unit="percent", measure="share", subject="unemployment rate, UK, February",
  source=None, alt=[ES], counted=("Großbritannien (5,4", "Großbritannien"), calt=[("einer Quote", "Quote")],
  place="GB")
C("m13", "5,6 Prozent", 5.6, unit="percent", measure="share", subject="unemployment rate, Austria, March",
  source=None, alt=[ES], counted=("eine Arbeitslosenrate von 5,6", "Arbeitslosenrate"), place="AT")
C("m13", ("von 5,5 Prozent", "5,5 Prozent"), 5.5, unit="percent", measure="share", subject="unemployment rate, Austria, April 2014",
  source=None, alt=[ES], counted=("eine Arbeitslosenrate von 5,6", "Arbeitslosenrate"), place="AT")
C("m13", "9,7 Prozent", 9.7, unit="percent", measure="share", subject="unemployment rate, EU, April",
  source=None, alt=[ES], counted=("betrug die Arbeitslosenquote im April", "Arbeitslosenquote"), **EU)
C("m13", "25,4 Prozent", 25.4, unit="percent", measure="share", subject="unemployment rate, Greece, April",
  source=None, alt=[ES], counted=("Griechenland (25,4", "Griechenland"), calt=["Die höchsten Quoten registrierten"],
  place="GR")
C("m13", "22,7 Prozent", 22.7, unit="percent", measure="share", subject="unemployment rate, Spain, April",
  source=None, alt=[ES], counted=("Spanien (22,7", "Spanien"), calt=["Die höchsten Quoten registrierten"],
  place="ES")
C("m13", "22 EU-Staaten", 22, unit="Staaten", measure="other", subject="EU states where unemployment fell over a year",
  source=None, alt=[ES], counted=("22 EU-Staaten", "EU-Staaten"), **EU)
C("m13", "sechs Ländern", 6, unit="Länder", measure="other", subject="EU states where unemployment rose over a year",
  source=None, alt=[ES], counted=("sechs Ländern", "Ländern"), **EU)
C("m13", ("von 22,6 auf", "22,6"), 22.6, unit="percent", measure="share", subject="youth unemployment rate, euro area, March",
  source=None, alt=[ES], counted=("fiel die Quote gegenüber März", "Quote"), calt=["Jugendarbeitslosigkeit"], **EU)
C("m13", "22,3 Prozent", 22.3, unit="percent", measure="share", subject="youth unemployment rate, euro area, April",
  source=None, alt=[ES], counted=("fiel die Quote gegenüber März", "Quote"), calt=["Jugendarbeitslosigkeit"], **EU)
C("m13", ("von 20,9 auf", "20,9"), 20.9, unit="percent", measure="share", subject="youth unemployment rate, EU, March",
  source=None, alt=[ES], counted=("ging sie im", "sie"), calt=["Jugendarbeitslosigkeit"], **EU)
C("m13", "20,7 Prozent", 20.7, unit="percent", measure="share", subject="youth unemployment rate, EU, April",
  source=None, alt=[ES], counted=("ging sie im", "sie"), calt=["Jugendarbeitslosigkeit"], **EU)
C("m13", ("unter 25-Jährigen", "unter 25"), 25, bound="at_most", unit="year", measure="age",
  subject="age limit of youth unemployment", counted=("unter 25-Jährigen", "25-Jährigen"),
  group=["people"], optional=True)
YQ = "Die niedrigsten Quoten bei den unter 25-Jährigen"
C("m13", "7,2 Prozent", 7.2, unit="percent", measure="share", subject="youth unemployment rate, Germany, April",
  source=None, alt=[ES], counted=("Deutschland (7,2", "Deutschland"), calt=[YQ], place="DE")
C("m13", "je 10,1 Prozent", 10.1, unit="percent", measure="share", subject="youth unemployment rate, Austria and Denmark, April",
  source=None, alt=[ES], counted=("Österreich und Dänemark", "Österreich"),
  calt=[("und Dänemark (je", "Dänemark"), YQ], place="AT", place_alt=["DK", None])
YH = "Die höchsten Quoten verzeichneten"
C("m13", "50,1 Prozent", 50.1, unit="percent", measure="share", subject="youth unemployment rate, Greece, April",
  source=None, alt=[ES], counted=("Griechenland (50,1", "Griechenland"), calt=[YH], place="GR")
C("m13", "49,6 Prozent", 49.6, unit="percent", measure="share", subject="youth unemployment rate, Spain, April",
  source=None, alt=[ES], counted=("Spanien (49,6", "Spanien"), calt=[YH], place="ES")
C("m13", "45,5 Prozent", 45.5, unit="percent", measure="share", subject="youth unemployment rate, Croatia, April",
  source=None, alt=[ES], counted=("Kroatien (45,5", "Kroatien"), calt=[YH], place="HR")
C("m13", "40,9 Prozent", 40.9, unit="percent", measure="share", subject="youth unemployment rate, Italy, April",
  source=None, alt=[ES], counted=("Italien (40,9", "Italien"), calt=[YH], place="IT")
C("m13", "23,5 Millionen Menschen", 23.5e6, unit="person", measure="size", subject="unemployed people, EU, April",
  source=ES, counted=("23,5 Millionen Menschen", "Menschen"), group=["people", "workers"], **EU, hedged=True)
C("m13", "17,8 Millionen", 17.8e6, unit="person", measure="size", subject="unemployed people, euro area, April",
  source=ES, counted=("23,5 Millionen Menschen", "Menschen"), group=["people", "workers"], **EU, hedged=True)
C("m13", "um 1,5 Millionen", -1.5e6, unit="person", measure="size", subject="change of unemployed people, EU, over a year",
  source=None, alt=[ES], counted=("die Zahl der Arbeitslosen", "Arbeitslosen"), group=["people", "workers"], **EU,
  increment=True)
C("m13", "um 849.000", -849000, unit="person", measure="size", subject="change of unemployed people, euro area, over a year",
  source=None, alt=[ES], counted=("die Zahl der Arbeitslosen", "Arbeitslosen"), group=["people", "workers"], **EU,
  increment=True)

# ---------------------------------------------------------------- m14 International 650: curfew in Cizre lifted
C("m14", "seit acht Tagen", 8, unit="day", measure="duration", subject="length of the curfew in Cizre",
  source="person.ali_ihsan_su", counted=("bestehende Ausgangssperre", "Ausgangssperre"), place="TR")
C("m14", ("120.000-Einwohner-Stadt", "120.000"), 120000, unit="person", measure="size", subject="population of Cizre",
  counted=("120.000-Einwohner-Stadt", "Einwohner"), calt=[("120.000-Einwohner-Stadt Cizre", "Cizre")],
  group=["residents", "people"], place="TR")
C("m14", "mindestens 21 Zivilisten", 21, bound="at_least", unit="person", measure="killed",
  subject="civilians killed in Cizre", source="tr.hdp", counted=("21 Zivilisten", "Zivilisten"),
  group=["civilians", "people"], nat=None, nat_alt=["TR"], place="TR")
C("m14", ("darunter auch Kinder", "Kinder"), unit="person", measure="killed", subject="children among the civilians killed",
  source="tr.hdp", counted=("darunter auch Kinder", "Kinder"), group=["children", "people"], place="TR", **V)
C("m14", "mehr als 30 PKK-Kämpfer", 30, bound="more_than", unit="person", measure="killed",
  subject="PKK fighters killed in Cizre", source="tr.gov", counted=("30 PKK-Kämpfer", "PKK-Kämpfer"),
  group=["troops", "people", "men"], nat=None, nat_alt=["TR"], place="TR")
C("m14", ("und ein Zivilist", "ein"), 1, unit="person", measure="killed", subject="civilians killed in Cizre",
  source="tr.gov", counted=("ein Zivilist", "Zivilist"), group=["civilians", "people"], nat=None, nat_alt=["TR"],
  place="TR")
C("m14", ("Tod vieler Zivilisten", "vieler"), unit="person", measure="killed", subject="feared civilian deaths",
  counted=("vieler Zivilisten", "Zivilisten"), group=["civilians", "people"], place="TR", hedged=True, **V)

# ---------------------------------------------------------------- m15 Sport 670: Nordic combined World Cup, Lillehammer
EUG = "person.christoph_eugen"
C("m15", ("Akito Watabe (+12,5 Sek.)", "+12,5 Sek."), 12.5, unit="s", measure="duration",
  subject="Watabe's gap to the winner", counted=("Akito Watabe (+12,5 Sek.)", "Akito Watabe"), group=ATH, nat="JP", place="NO", increment=True,
  optional=True)
C("m15", ("Ilkka Herola (15,2)", "15,2"), 15.2, unit="s", measure="duration", subject="Herola's gap to the winner",
  counted=("Ilkka Herola (15,2)", "Ilkka Herola"), group=ATH, nat="FI", place="NO", increment=True, optional=True)
C("m15", "3,8 Sekunden", 3.8, unit="s", measure="duration", subject="Gruber's gap to third place",
  counted=("Gruber fehlten", "Gruber"), group=ATH, nat=None, nat_alt=["AT"], place="NO", increment=True)
C("m15", "etwas mehr als einer Minute", 1, bound="more_than", unit="minute", measure="duration",
  subject="Orter's gap to the winner", counted=("Rückstand an der", "Rückstand"), calt=[("war Philipp Orter", "Philipp Orter")],
  group=[None] + ATH, nat=None, nat_alt=["AT"], place="NO", increment=True)
C("m15", ("Mit fünf in den Top 16", "fünf"), 5, unit="person", measure="other",
  subject="Austrian athletes in the top 16", source=EUG, counted=None,
  calt=["Mannschafts-Abschneidens"], group=ATH, nat="AT", nat_alt=[None], place="NO")

# ---------------------------------------------------------------- m16 Wissenschaft 858: ISS 100,000th orbit
C("m16", ("zum 100.000. Mal", "100.000."),
  100000, unit="Erdumrundungen", measure="other", subject="orbits of the ISS", source=None, alt=["ru.mission_control"],
  counted=("die Erde umrundet", "umrundet"), calt=["Die Internationale Raumstation ISS"], optional=True)
C("m16", "rund 370 Kilometern", 370, bound="approx", unit="km", measure="other", subject="orbit altitude of the ISS",
  counted="Entfernung", calt=[("Sie umkreist", "Sie")])
C("m16", "28.000 Stundenkilometern", 28000, unit="km/h", measure="other", subject="speed of the ISS",
  counted="Geschwindigkeit")
C("m16", "etwas mehr als 90 Minuten", 90, bound="more_than", unit="minute", measure="duration",
  subject="time for one orbit of the ISS", counted=("komplette Erdumrundung", "Erdumrundung"))

# ---------------------------------------------------------------- m17 Web 918: Amiiqo amiibo emulator
AM = "org.amiiqo_makers"
C("m17", "zehn Figuren", 10, unit="Figuren", measure="other", subject="figures pre-installed on the Amiiqo",
  source=None, alt=[AM], counted=("zehn Figuren", "Figuren"))
C("m17", "bis zu 200", 200, bound="up_to", unit="Charaktere", measure="other",
  subject="characters the Amiiqo can store", source=None, alt=[AM], counted=("einzelnen Charakteren", "Charakteren"))
C("m17", "rund 70 Euro", 70, bound="approx", unit="EUR", measure="amount", subject="pre-order price of the Amiiqo",
  counted=("Amiiqo kann für", "Amiiqo"))
C("m17", "ab ca. 10 Euro", 10, bound="at_least", unit="EUR", measure="amount", subject="price of an original amiibo figure",
  counted="Eine Originalfigur")

# ---------------------------------------------------------------- m18 Web 964: Hyperloop One propulsion test
C("m18", "über 1.000 km/h", 1000, bound="more_than", unit="km/h", measure="other", subject="targeted final Hyperloop speed",
  counted=("finale Geschwindigkeit", "Geschwindigkeit"), place=None, place_alt=["US"])
C("m18", ("eines von zwei Unternehmen", "zwei"), 2, unit="Unternehmen", measure="other",
  subject="companies working on Hyperloop systems", counted=("zwei Unternehmen", "Unternehmen"),
  place=None, place_alt=["US"])
C("m18", "187 Stundenkilometer", 187, unit="km/h", measure="other", subject="speed reached in the Hyperloop One test",
  source="media.wired", counted="Der Testwaggon", place="US", place_alt=[None])
C("m18", "bis zu 1.200 Stundenkilometern", 1200, bound="up_to", unit="km/h", measure="other",
  subject="theoretical Hyperloop speed", counted="Reisen", calt=["das Hyperloop System"], place=None, place_alt=["US"])
C("m18", "über 300 Metern pro Sekunde", 300, bound="more_than", unit="m/s", measure="other",
  subject="speed Hyperloop One wants to reach", counted="ein Tempo", place=None, place_alt=["US"])
C("m18", "1.080 km/h", 1080, bound="more_than", unit="km/h", measure="other",
  subject="speed Hyperloop One wants to reach", counted="ein Tempo", place=None, place_alt=["US"])

# ---------------------------------------------------------------- m19 Panorama 1003: brawl in the Calais camp
PRE, PRO = "fr.prefecture_pas_de_calais", "fr.prosecutor"
MIG = ["migrants", "refugees", "people"]
C("m19", "Bis zu 300 Menschen", 300, bound="up_to", unit="person", measure="participants",
  subject="people in the brawl at the Calais camp", counted=("300 Menschen", "Menschen"), group=MIG,
  place="FR")
C("m19", "40 Menschen", 40, unit="person", measure="wounded", subject="people injured in the Calais brawl",
  source=None, alt=[PRE], counted=("40 Menschen", "Menschen"), group=["people", "migrants", "refugees"], place="FR")
C("m19", "Etwa 200 bis 300", 200, 300, bound="range", unit="person", measure="participants",
  subject="people in the brawl at the Calais camp", source=PRE, counted=("300 Migranten", "Migranten"),
  group=MIG, place="FR")
C("m19", "Mehr als 400 Polizisten", 400, bound="more_than", unit="person", measure="deployed",
  subject="police officers who intervened", source=None, alt=[PRE], counted=("400 Polizisten", "Polizisten"),
  group=["police"], nat=None, nat_alt=["FR"], place="FR")
C("m19", ("von 33 leicht", "33"), 33, unit="person", measure="wounded", subject="refugees lightly injured",
  source=PRO, alt=[PRE], counted=("verletzten Flüchtlingen", "Flüchtlingen"), group=["refugees", "migrants", "people"],
  place="FR")
C("m19", ("zwei leicht verletzten Polizisten", "zwei"), 2, unit="person", measure="wounded",
  subject="police officers lightly injured", source=PRO, alt=[PRE],
  counted=("zwei leicht verletzten Polizisten", "Polizisten"), group=["police"], nat=None, nat_alt=["FR"], place="FR")
C("m19", ("wurden fünf", "fünf"), 5, unit="person", measure="wounded", subject="aid workers of Vie Active injured",
  source=None, alt=[PRO, PRE], counted=("Mitarbeiter der Hilfsorganisation", "Mitarbeiter"),
  group=["aid_workers", "workers", "employees", "people"], place="FR")
C("m19", ("eine von ihnen schwerer", "eine"), 1, unit="person", measure="wounded",
  subject="aid worker seriously injured", source=None, alt=[PRE],
  counted=("Mitarbeiter der Hilfsorganisation", "Mitarbeiter"), group=["aid_workers", "workers", "people"],
  place="FR", optional=True)
C("m19", ("mehrere Unterkünfte", "mehrere"), unit="Unterkünfte", measure="damage", subject="shelters set on fire",
  source=PRE, counted="Unterkünfte", place="FR", **V)
C("m19", "Tausende von Flüchtlingen", unit="person", measure="present", subject="refugees gathering in Calais for years",
  counted=("Tausende von Flüchtlingen", "Flüchtlingen"), group=MIG, place="FR", **V)
C("m19", "3.900 Menschen", 3900, unit="person", measure="present", subject="people in the Calais 'Jungle' on 21 May",
  source=PRE, counted=("3.900 Menschen", "Menschen"), calt=[("Die Zahl der Menschen", "Menschen")], group=P + MIG[:2],
  place="FR")
C("m19", ("Im März waren es 3.500", "3.500"), 3500, unit="person", measure="present",
  subject="people in the Calais 'Jungle' in March", source=None, alt=[PRE],
  counted=("Die Zahl der Menschen", "Menschen"), calt=[("Im März waren es", "es"), ("3.900 Menschen", "Menschen")],
  group=P + MIG[:2], place="FR")
C("m19", ("Hunderte Polizisten", "Hunderte"), unit="person", measure="deployed", subject="police guarding tunnel and port",
  counted=("Hunderte Polizisten", "Polizisten"), group=["police"], place="FR", **V)
C("m19", "für 1.500 Menschen", 1500, unit="person", measure="other", subject="capacity of the container housing",
  counted=("1.500 Menschen", "Menschen"), calt=["Containerunterkünfte"], group=P + MIG[:2], place="FR")

# ---------------------------------------------------------------- build
if __name__ == "__main__":
    G.main(SOURCES)
