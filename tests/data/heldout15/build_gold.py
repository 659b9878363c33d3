"""Build the fifteenth held-out gold (claims, negatives) from the annotation table below.

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
 "de.interior_ministry": {"label": "German Federal Ministry of the Interior (answer to a parliamentary question)",
                          "patterns": ["Innenministerium", "Ministerium"]},
 "media.mitteldeutsche_zeitung": {"label": "Mitteldeutsche Zeitung (Halle)", "patterns": ["Mitteldeutsche Zeitung"]},
 "org.un": {"label": "United Nations", "patterns": [r"\bUNO?\b", "Vereinte"]},
 "person.zeid_raad_al_hussein": {"label": "Zeid Ra'ad Al-Hussein, UN High Commissioner for Human Rights",
                                 "patterns": ["Al-Hussein", "Hochkommissar"]},
 "org.wfp": {"label": "World Food Programme (WFP)", "patterns": ["WFP", "Welternährungsprogramm", "UN-Organisation"]},
 "person.jorg_wojahn": {"label": "Jörg Wojahn, representative of the European Commission in Vienna",
                        "patterns": ["Wojahn", "Kommissionsvertreter"]},
 "eu.commission": {"label": "European Commission", "patterns": ["EU-Kommission", "Europäischen Kommission"]},
 "person.thomas_sudhof": {"label": "Thomas Südhof, neuroscientist (Stanford), Nobel laureate 2013",
                          "patterns": ["Südhof"]},
 "person.german_plaintiff": {"label": "the 38-year-old German wrongly shown as the Germanwings co-pilot (plaintiff)",
                             "patterns": ["38-Jährige", "Kläger"]},
 "de.lufthansa": {"label": "Lufthansa", "patterns": ["Lufthansa", "Airline"]},
 "person.akito_watabe": {"label": "Akito Watabe, Japanese Nordic combined athlete", "patterns": ["Watabe"]},
 "person.eric_frenzel": {"label": "Eric Frenzel, German Nordic combined athlete", "patterns": ["Frenzel"]},
 "person.matthias_marschik": {"label": "Matthias Marschik, project member (Institut für Publizistik)",
                              "patterns": ["Marschik"]},
 "study.jewish_sport_officials": {"label": "FWF project on Jewish sport officials in Vienna 1918-1939 (the researchers)",
                                  "patterns": ["Forscher", "Studie", "Projekt"]},
 "person.georg_spitaler": {"label": "Georg Spitaler, political scientist (VGA)", "patterns": ["Spitaler"]},
 "person.norbert_hofer": {"label": "Norbert Hofer, FPÖ presidential candidate", "patterns": ["Hofer"]},
 "at.media_markt_saturn": {"label": "Media Markt / Saturn (electronics retailers)",
                           "patterns": ["Media Markt", "Saturn", "Unternehmen"]},
 "ly.officials": {"label": "Libyan officials ('libyschen Angaben')", "patterns": ["libyschen Angaben"]},
 "person.aleksandar_vucic": {"label": "Aleksandar Vučić, Serbian prime minister", "patterns": ["Vucic", "Regierungschef"]},
 "person.mayor_sabratha": {"label": "the mayor of Sabratha", "patterns": ["Bürgermeister"]},
 "at.blrh": {"label": "Burgenländischer Landesrechnungshof (BLRH), audit report on the BVOG",
             "patterns": ["BLRH", "Landes-?[Rr]echnungshof", "Rechnungshof", "Bericht"]},
 "person.wolfgang_katzian": {"label": "Wolfgang Katzian, chairman of the GPA-djp union",
                             "patterns": ["Katzian", "Gewerkschaftsch?ef"]},
 "at.baumax": {"label": "Baumax (DIY chain)", "patterns": ["Baumax"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "men", "people"]
REF = ["refugees", "migrants", "people"]

# ---------------------------------------------------------------- z00 Web 100: Apple's design failures
C("z00", ("mit mehreren Preisen", "mehreren"), unit="Preise", measure="other",
  subject="design prizes won by Apple products", counted=("mehreren Preisen", "Preisen"), place=None, **V)
C("z00", "um 25 Stunden", 25, unit="hour", measure="duration",
  subject="extra battery life the Apple battery case gives the iPhone", counted="Durchhaltevermögen",
  calt=[("Die Hülle soll", "Hülle")], place=None, increment=True, hedged=True)
C("z00", "119 Euro", 119, unit="EUR", measure="amount", subject="price of Apple's battery case for the iPhone",
  counted=("Die Hülle soll", "Hülle"), calt=[("Akkuhülle für das iPhone", "Akkuhülle")], place=None)
C("z00", "Rund einen Monat", 1, bound="approx", unit="month", measure="duration",
  subject="battery life of the new Apple mouse after a full charge", counted=("Rund einen Monat soll sie", "sie"),
  calt=[("der neuen Apple-Maus", "Apple-Maus"), ("integrierten Akku", "Akku")], place=None, hedged=True)
C("z00", "12 Stunden", 12, unit="hour", measure="duration", subject="battery life of the Apple Pencil",
  counted=("Die Akkulaufzeit des Stifts", "Akkulaufzeit"), calt=[("Akkulaufzeit des Stifts", "Stifts")], place=None)

# ---------------------------------------------------------------- z01 Sport 109: FIFA ranking unchanged
# (no claims: "Zehnter", "(19.)", "(7.)", "(38.)" and "Top Ten" are ranks)

# ---------------------------------------------------------------- z02 Panorama 138: Germany admits airport security checks were lacking
BMI, MZ = "de.interior_ministry", "media.mitteldeutsche_zeitung"
C("z02", ("an einigen Flughäfen", "einigen"), unit="Flughäfen", measure="other",
  subject="airports where quality checks were not carried out as required in 2014", source=BMI, alt=[MZ],
  counted=("an einigen Flughäfen", "Flughäfen"), place="DE", **V)
C("z02", ("von einigen Ländern", "einigen"), unit="Länder", measure="other",
  subject="German federal states that did not carry out the required checks in 2014", source=BMI, alt=[MZ],
  counted=("einigen Ländern", "Ländern"), place="DE", **V)
C("z02", "zwei Jahre später", 2, unit="year", measure="duration",
  subject="time after the 2012 inspection when the shortcomings still existed", counted=("noch Mängel", "Mängel"),
  place="DE", optional=True)

# ---------------------------------------------------------------- z03 Panorama 243: the EU summit, Cameron and Davutoglu
C("z03", "nach 40 Jahren", 40, unit="year", measure="duration", subject="the United Kingdom's membership of the EU",
  counted=("Den Austritt des Königreiches", "Königreiches"), calt=[("Den Austritt des", "Austritt")], place="GB",
  place_alt=[None])
C("z03", "Seit einer Woche", 1, unit="week", measure="duration",
  subject="time since the numbers of people crossing from Turkey to Greece fell", counted=("die Zahlen der von", "Zahlen"),
  place="GR", place_alt=[None], optional=True)
CROSS = dict(unit="person", measure="received", counted=("nach Griechenland über das Meer geflüchteten Menschen", "Menschen"),
             calt=[("die Zahlen der von", "Zahlen")], group=REF, place="GR", place_alt=[None])
C("z03", "335", 335, subject="people crossing from Turkey to Greece by sea last Monday", **CROSS)
C("z03", "338", 338, subject="people crossing from Turkey to Greece by sea last Tuesday", **CROSS)
C("z03", "180", 180, subject="people crossing from Turkey to Greece by sea last Wednesday", **CROSS)
C("z03", ("180, 50 und", "50"), 50, subject="people crossing from Turkey to Greece by sea last Thursday", **CROSS)
C("z03", ("und 200 waren", "200"), 200, subject="people crossing from Turkey to Greece by sea last Friday", **CROSS)

# ---------------------------------------------------------------- z04 Panorama 247: UN warns against going it alone in the refugee crisis
UN, HUS, WFP, WOJ, COM = "org.un", "person.zeid_raad_al_hussein", "org.wfp", "person.jorg_wojahn", "eu.commission"
C("z04", "4,7 Millionen Menschen", 4.7e6, unit="person", measure="received",
  subject="people (refugees) taken in by Syria's neighbouring countries", source=UN,
  counted=("4,7 Millionen Menschen", "Menschen"), group=REF, nat=None, nat_alt=["SY"], place=None)
C("z04", "rund eine Million", 1e6, bound="approx", unit="person", measure="received",
  subject="men, women and children who came to Europe last year", source=UN,
  counted="Männer, Frauen und Kinder", group=REF, nat=None, place=None)
C("z04", ("das Leben von Millionen", "Millionen"), unit="person", measure="other",
  subject="people whose lives are threatened by the conflicts in Syria, Burundi, Iraq and elsewhere", source=HUS,
  counted=("das Leben von Millionen", "Leben"), group=P, place=None, **V)
C("z04", "fast 620 Millionen Euro", 620e6, bound="approx", unit="EUR", measure="aid",
  subject="funding pledged to the WFP for food aid to Syrian refugees", source=WFP,
  counted="Finanzzusagen", place=None)
C("z04", "570 Millionen", 570e6, unit="EUR", measure="aid",
  subject="funding pledged to the WFP by Germany", source=WFP, counted="Finanzzusagen",
  nat="DE", nat_alt=[None], place=None)
C("z04", "1,8 Millionen Flüchtlinge", 1.8e6, unit="person", measure="present",
  subject="refugees in the region around Syria cared for by the WFP", source=WFP,
  counted=("1,8 Millionen Flüchtlinge", "Flüchtlinge"), group=REF, nat=None, nat_alt=["SY"], place=None)
C("z04", "4,5 Millionen Syrer", 4.5e6, unit="person", measure="present",
  subject="Syrians inside Syria cared for by the WFP", source=WFP,
  counted=("4,5 Millionen Syrer", "Syrer"), group=["people", "civilians", "displaced"], nat="SY", place="SY")
C("z04", "über 60 Vertragsverletzungsverfahren", 60, bound="more_than", unit="Verfahren", measure="other",
  subject="EU infringement proceedings against member states over the common asylum rules", source=WOJ, alt=[COM],
  counted=("60 Vertragsverletzungsverfahren", "Vertragsverletzungsverfahren"), place=None, place_alt=["AT"])

# ---------------------------------------------------------------- z05 Wissenschaft 416: Thomas Südhof on synapses and research
SUD = "person.thomas_sudhof"
C("z05", ("mit zwei weiteren Wissenschaftern", "zwei"), 2, unit="person", measure="other",
  subject="scientists Südhof shared the 2013 Nobel Prize in Medicine with", counted="Wissenschaftern",
  group=["people"], place=None)
C("z05", "weniger als die Hälfte", 50, bound="at_most", unit="percent", measure="share",
  subject="share of the Nobel Prize money left to each 2013 medicine laureate after US taxes",
  counted="Medizinpreisträgern", calt=["Geldwert eines Nobelpreises"], place=None, place_alt=["US"])
C("z05", "rund 200.000 Dollar", 200000, bound="approx", unit="USD", measure="amount",
  subject="Nobel Prize money left to each 2013 medicine laureate after US taxes",
  counted="Medizinpreisträgern", calt=["Geldwert eines Nobelpreises"], place=None, place_alt=["US"])
C("z05", ("ein paar übereifrige Kollegen", "ein paar"), unit="person", measure="other",
  subject="overeager colleagues giving the impression brains will soon be modelled", source=SUD,
  counted="Kollegen", group=["people"], place=None, **V)
C("z05", "weit weniger als fünf Prozent", 5, bound="at_most", unit="percent", measure="share",
  subject="share of the brain that neuroscience understands, in Südhof's estimate", source=SUD,
  counted=("Prozent des Gehirns", "Gehirns"), place=None, hedged=True)
C("z05", "vor 20 Jahren", 20, unit="year", measure="duration",
  subject="how far neuroscience lags behind cancer research, in Südhof's view", source=SUD,
  counted=("Die Neurowissenschaft, die", "Neurowissenschaft"), place=None, hedged=True, optional=True)
C("z05", ("bei einigen Erkrankungsformen", "einigen"), unit="Erkrankungsformen", measure="other",
  subject="forms of cancer with promising therapies", source=SUD, counted="Erkrankungsformen", place=None, **V)
C("z05", "60-jährige", 60, unit="year", measure="age", subject="age of Thomas Südhof",
  counted=("60-jährige Wissenschafter", "Wissenschafter"), group=MAN, nat="DE", nat_alt=[None, "US"],
  place=None, place_alt=["AT", "US"])
C("z05", "in fünf oder zehn Jahren", 5, 10, bound="range", unit="year", measure="duration",
  subject="when Südhof does not think of retiring", counted=("denkt nicht daran", "denkt"), place=None, optional=True)
C("z05", "seit mehr als 30 Jahren", 30, bound="more_than", unit="year", measure="duration",
  subject="time Südhof has been doing research in the USA", source=None, alt=[SUD],
  counted=("wo er seit mehr", "er"), calt=[("60-jährige Wissenschafter", "Wissenschafter")],
  group=MAN + [None], nat=None, nat_alt=["DE"], place="US")
C("z05", "bei 65", 65, unit="year", measure="age", subject="Südhof's retirement age in Germany", source=SUD,
  counted="Pensionseintrittsalter", group=[None, "people", "men"], place="DE")

# ---------------------------------------------------------------- z06 Sport 446: Gerald Melzer wins the Mendoza Challenger
C("z06", ("den zweiten ATP-Challenger-Titel", "zweiten"), 2, unit="Titel", measure="other",
  subject="Gerald Melzer's ATP Challenger titles (ordinal)", counted=("ATP-Challenger-Titel", "ATP-Challenger-Titel"),
  group=[None] + ATH, place="AR", place_alt=[None], optional=True)
C("z06", "25-jährige", 25, unit="year", measure="age", subject="age of Gerald Melzer",
  counted=("25-jährige Bruder", "Bruder"), calt=[("Mendoza – Gerald Melzer", "Gerald Melzer")], group=ATH,
  nat="AT", nat_alt=[None], place="AR", place_alt=[None])
C("z06", ("beim 50.000-Dollar-Turnier", "50.000-Dollar"), 50000, unit="USD", measure="amount",
  subject="prize money of the Challenger tournament in Mendoza", counted=("beim 50.000-Dollar-Turnier", "50.000-Dollar-Turnier"),
  place="AR")
C("z06", "90 Punkte", 90, unit="Punkte", measure="other", subject="ATP points Melzer earned in Mendoza",
  counted="Lohn", calt=[("90 Punkte", "Punkte")], group=[None] + ATH, place="AR", place_alt=[None])
C("z06", "7.200 US-Dollar", 7200, unit="USD", measure="amount", subject="prize money Melzer earned in Mendoza",
  counted="Preisgeld", calt=["Lohn"], place="AR", place_alt=[None])
C("z06", "um 22 Plätze", 22, unit="Plätze", measure="other", subject="Melzer's climb in the ATP ranking",
  counted=("Melzer kletterte", "Melzer"), calt=[("22 Plätze", "Plätze")], group=[None] + ATH, place=None, increment=True)
C("z06", "vier Positionen", 4, unit="Plätze", measure="other", subject="places Melzer is short of his career high",
  counted=("vier Positionen", "Positionen"), group=[None] + ATH, place=None, increment=True)

# ---------------------------------------------------------------- z07 Etat 583: Österreich fined for a wrong Germanwings photo
PLT = "person.german_plaintiff"
C("z07", ("7.500 Euro wegen", "7.500 Euro"), 7500, unit="EUR", measure="amount",
  subject="compensation the daily Österreich must pay for a wrong photo (not final)", counted=None,
  calt=["Entschädigung"], place="AT")
C("z07", ("Entschädigung von 7.500 Euro", "7.500 Euro"), 7500, unit="EUR", measure="amount",
  subject="compensation the daily Österreich must pay for a wrong photo (not final)", counted="Entschädigung",
  place="AT")
AGE38 = dict(unit="year", measure="age", group=MAN, nat="DE", nat_alt=[None], place=None, place_alt=["AT", "CH"])
C("z07", "38-jährige", 38, subject="age of the German wrongly shown as the Germanwings co-pilot",
  counted=("38-jährige Deutsche", "Deutsche"), **AGE38)
C("z07", ("Gemeinsamkeit des 38-Jährigen", "38-Jährigen"), 38, subject="age of the German wrongly shown (repeat)",
  counted=("Gemeinsamkeit des 38-Jährigen", "38-Jährigen"), **AGE38)
C("z07", ("Facebook-Profil des 38-Jährigen", "38-Jährigen"), 38, subject="age of the German wrongly shown (repeat)",
  counted=("Facebook-Profil des 38-Jährigen", "38-Jährigen"), **AGE38)
C("z07", ("Arbeitgeber des 38-Jährigen", "38-Jährigen"), 38, subject="age of the German wrongly shown (repeat)",
  counted=("Arbeitgeber des 38-Jährigen", "38-Jährigen"), **AGE38)
C("z07", ("Lebensgefährtin des 38-Jährigen", "38-Jährigen"), 38, subject="age of the German wrongly shown (repeat)",
  counted=("Lebensgefährtin des 38-Jährigen", "38-Jährigen"), **AGE38)
C("z07", "von 30 bis 40 Reportern", 30, 40, bound="range", unit="person", measure="other",
  subject="reporters besieging the plaintiff's partner at a business dinner", source=None, alt=[PLT],
  counted="Reportern", group=["journalists", "people"], place=None, place_alt=["CH"])
C("z07", "etwa ein Monat", 1, bound="approx", unit="month", measure="duration",
  subject="time until the mix-up was cleared up", source=PLT, counted=("Bis der Irrtum", "Irrtum"), place=None)
C("z07", ("sagte der 38-Jährige", "38-Jährige"), 38, subject="age of the German wrongly shown (repeat)",
  counted=("sagte der 38-Jährige", "38-Jährige"), **AGE38)
C("z07", "innerhalb von einer Stunde", 1, unit="hour", measure="duration",
  subject="time until a tweet is believed worldwide, in the plaintiff's words", source=PLT,
  counted=("eine belegte Nachricht", "Nachricht"), place=None, optional=True)
C("z07", ("Beide Parteien", "Beide"), 2, unit="Parteien", measure="other", subject="parties appealing the verdict",
  counted="Parteien", place="AT", optional=True)

# ---------------------------------------------------------------- z08 Wirtschaft 629: court stops the Lufthansa pilots' strike
LH = "de.lufthansa"
C("z08", ("der 13. Streikwelle", "13."), 13, unit="Streikwellen", measure="other",
  subject="strike waves of the Lufthansa pilots (ordinal)", counted="Streikwelle", place="DE", optional=True)
C("z08", "seit eineinhalb Jahren", 1.5, unit="year", measure="duration",
  subject="duration of the Lufthansa pilots' labour dispute", counted="Streikwelle", place="DE")
C("z08", "insgesamt 1.000", 1000, unit="Flüge", measure="other",
  subject="Lufthansa short- and medium-haul flights cancelled for Wednesday", source=LH,
  counted="Kurz- und Mittelstreckenflügen", calt=["den Ausfall"], place="DE", place_alt=[None])
C("z08", "3.000 Kurz- und Mittelstreckenflügen", 3000, unit="Flüge", measure="other",
  subject="Lufthansa short- and medium-haul flights scheduled for Wednesday", source=LH,
  counted="Kurz- und Mittelstreckenflügen", place="DE", place_alt=[None])
C("z08", "60 Millionen Euro", 60e6, unit="EUR", measure="amount",
  subject="damages Lufthansa claims from the pilots' union Vereinigung Cockpit", source=None, alt=[LH],
  counted=("Die bestehende", "bestehende"), calt=["Schadenersatzklage gegen"], place="DE")
C("z08", "um rund 40 Prozent", -40, bound="approx", unit="percent", measure="share",
  subject="how much lower Eurowings pilots' salaries are than Lufthansa pilots'", counted=("sollen die Gehälter", "Gehälter"),
  place="AT", place_alt=[None, "DE"], increment=True, hedged=True)

# ---------------------------------------------------------------- z09 Sport 639: Frenzel wins the Nordic Combined Triple in Seefeld
WAT, FRE = "person.akito_watabe", "person.eric_frenzel"
FR = dict(group=ATH, nat="DE", place="AT")
C("z09", "18,7 Sekunden", 18.7, unit="s", measure="duration", subject="Frenzel's winning margin over Watabe in Seefeld",
  counted="Der Weltcupleader", calt=[("Der Deutsche Eric Frenzel", "Eric Frenzel")], increment=True, **FR)
C("z09", "mehr als eine Minute", 1, bound="more_than", unit="minute", measure="duration",
  subject="Frenzel's winning margin over Rießle in Seefeld", counted="Der Weltcupleader",
  calt=[("Der Deutsche Eric Frenzel", "Eric Frenzel")], increment=True, **FR)
C("z09", ("nur einen Wertungsdurchgang", "nur einen"), 1, unit="Durchgänge", measure="other",
  subject="ski-jumping rounds in the shortened final competition in Seefeld", counted="Wertungsdurchgang", place="AT")
C("z09", ("einen 10-km-Langlauf", "10-km"), 10, unit="km", measure="other",
  subject="length of the cross-country race of the shortened final competition", counted=("10-km-Langlauf", "Langlauf"),
  place="AT")
C("z09", ("mit einem Rückstand von 56 Sekunden", "56 Sekunden"), 56, unit="s", measure="duration",
  subject="Frenzel's deficit to Watabe after the jumping", counted=("Er stürzte im Auslauf", "Er"),
  calt=[("einem Rückstand von 56", "Rückstand")], increment=True, **FR)
C("z09", "27-jährigen", 27, unit="year", measure="age", subject="age of Eric Frenzel",
  counted=("27-jährigen Sachsen", "Sachsen"), **FR)
C("z09", "Nach drei Runden", 3, unit="Runden", measure="other",
  subject="laps after which Frenzel was 25 seconds behind", counted=("Nach drei Runden", "Runden"), place="AT", optional=True)
C("z09", "25 Sekunden", 25, unit="s", measure="duration", subject="Frenzel's deficit to Watabe after three laps",
  counted=("lag er noch", "er"), increment=True, **FR)
C("z09", ("der elfte Seefeld-Sieg", "elfte"), 11, unit="Siege", measure="other",
  subject="Frenzel's consecutive wins in Seefeld (ordinal)", counted="Seefeld-Sieg", place="AT", optional=True, group=ATH)
C("z09", ("sein 28. Weltcuperfolg", "28."), 28, unit="Siege", measure="other",
  subject="Frenzel's World Cup wins in total (ordinal)", counted="Weltcuperfolg", place=None, optional=True, group=ATH)
C("z09", "die doppelten Weltcuppunkte", 2, unit="factor", measure="other",
  subject="World Cup points multiplier on the final day in Seefeld", counted=("doppelten Weltcuppunkte", "Weltcuppunkte"),
  place="AT", optional=True)
C("z09", "97 Zähler", 97, unit="Punkte", measure="other", subject="Frenzel's World Cup lead over Rießle",
  counted=("Er führt nun", "Er"), calt=[("97 Zähler", "Zähler")], group=[None] + ATH, nat=None, nat_alt=["DE"],
  place=None, place_alt=["AT"], increment=True)
C("z09", ("seinen dritten Triple-Sieg", "dritten"), 3, unit="Siege", measure="other",
  subject="Frenzel's consecutive Triple wins (ordinal)", counted="Triple-Sieg", place="AT", optional=True, group=ATH)
C("z09", "rund 14.500 Euro", 14500, bound="approx", unit="EUR", measure="amount",
  subject="prize money Frenzel won in Seefeld", counted=("14.500 Euro Preisgeld", "Preisgeld"), place="AT")
C("z09", "5.000 Euro", 5000, unit="EUR", measure="amount", subject="extra bonus Frenzel won for the Triple win",
  counted="Extraprämie", place="AT")
C("z09", ("nur einen Rückstand von 56 Sekunden", "56 Sekunden"), 56, unit="s", measure="duration",
  subject="Frenzel's deficit to Watabe after the jumping (repeat)", counted=("dass er trotz Sturz", "er"),
  calt=[("nur einen Rückstand von", "Rückstand")], increment=True, **FR)
C("z09", ("dass 56 Sekunden", "56 Sekunden"), 56, unit="s", measure="duration",
  subject="Watabe's lead over Frenzel after the jumping (repeat)", source=WAT,
  counted=None, calt=[("56 Sekunden nicht gereicht", "nicht gereicht")], group=[None] + ATH, nat=None, nat_alt=["JP"],
  place="AT", increment=True)
C("z09", ("bisherigen zwei Auflagen", "zwei"), 2, unit="Auflagen", measure="other",
  subject="earlier editions of the Nordic Combined Triple in Seefeld", counted="Auflagen", place="AT")
C("z09", "zwei Wettkämpfen", 2, unit="Wettkämpfe", measure="other", subject="World Cup competitions next weekend in Oslo",
  counted="Wettkämpfen", place="NO")

# ---------------------------------------------------------------- z10 Wissenschaft 640: Jewish sport officials in interwar Vienna
MAR, STU, SPI = "person.matthias_marschik", "study.jewish_sport_officials", "person.georg_spitaler"
C("z10", "zwei zentrale Aspekte", 2, unit="Aspekte", measure="other",
  subject="aspects of the city's history the study combines", counted="Aspekte", place="AT", optional=True)
C("z10", "fast elf Prozent", 11, bound="approx", unit="percent", measure="share",
  subject="share of Jews in the population of Vienna between the wars", counted=("Prozent der Bevölkerung", "Bevölkerung"),
  calt=[("Bevölkerung Juden", "Juden")], group=["people", "residents"], place="AT")
C("z10", ("der Großteil der arbeitenden", "der Großteil"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of the working population in Vienna that had no time for sport before the war", source=MAR,
  counted=("der arbeitenden Bevölkerung", "arbeitenden Bevölkerung"), group=["workers", "people"], place="AT", optional=True)
C("z10", ("bei fast allen Clubs", "fast allen"), 100, bound="approx", unit="percent", measure="share",
  subject="share of Viennese sports clubs with Jewish officials", source=STU, counted="Clubs", place="AT", optional=True)
C("z10", ("zwei jüdische Präsidenten", "zwei"), 2, unit="person", measure="other",
  subject="Jewish presidents of Rapid Wien (Leo Deutsch and Hans Fischer)", source=None, alt=[SPI],
  counted="Präsidenten", calt=["Leo Deutsch und Hans Fischer"], group=["officials", "people", "men"], place="AT")
C("z10", ("nur einen Tag nach", "nur einen Tag"), 1, unit="day", measure="duration",
  subject="time after the Anschluss when the Hakoah was dissolved", counted=("Die Hakoah wurde", "Hakoah"), place="AT")

# ---------------------------------------------------------------- z11 Kultur 684: Rachel Cusk's novel Outline
C("z11", "Dreimal", 3, unit="Mal", measure="other", subject="flops of Rachel Cusk on the German-language market",
  counted=("Dreimal ist Rachel Cusk", "Rachel Cusk"), place=None, place_alt=["DE", "AT"])
C("z11", ("der achte Roman", "achte"), 8, unit="Romane", measure="other", subject="Rachel Cusk's novels (ordinal)",
  counted=("achte Roman", "Roman"), place=None, optional=True)
C("z11", "49-jährigen", 49, unit="year", measure="age", subject="age of Rachel Cusk",
  counted=("49-jährigen Kanadierin", "Kanadierin"), group=WOMAN, nat="CA", place=None, place_alt=["GB"])

# ---------------------------------------------------------------- z12 Etat 733: review of Norbert Hofer on Klartext
HOF = "person.norbert_hofer"
C("z12", "eine halbe Stunde", 0.5, unit="hour", measure="duration", subject="length of the TV programme Klartext with Hofer",
  counted=("Kurzum: Klartext", "Klartext"), place="AT")
C("z12", "Sechs Monate", 6, unit="month", measure="duration", subject="time since Hofer bought a Glock 26 pistol",
  source=HOF, counted=("eine Glock 26", "Glock"), place="AT")

# ---------------------------------------------------------------- z13 International 752: al-Bashir must not leave South Africa
C("z13", "mehr als 300.000 Menschen", 300000, bound="more_than", unit="person", measure="killed",
  subject="people killed in Darfur since 2003", source="org.un", counted=("300.000 Menschen", "Menschen"),
  group=["people", "civilians"], nat=None, nat_alt=["SD"], place="SD")

# ---------------------------------------------------------------- z14 Web 893: three-hour delivery by Media Markt and Saturn
MMS = "at.media_markt_saturn"
C("z14", ("innerhalb von drei Stunden zustellen", "drei Stunden"), 3, unit="hour", measure="duration",
  subject="delivery time of Media Markt's and Saturn's express service in Vienna", source=None, alt=[MMS],
  counted="Einkäufe", calt=["Expressversandservice"], place="AT")
C("z14", "12,99 Euro", 12.99, unit="EUR", measure="amount", subject="price of express delivery of a small parcel (Media Markt/Saturn)",
  source=None, alt=[MMS], counted=("Die Kosten für die Lieferung", "Kosten"), calt=["kleinen Paketen"], place="AT")
C("z14", "44 Euro", 44, unit="EUR", measure="amount", subject="price of express delivery of a fridge (Media Markt/Saturn)",
  source=None, alt=[MMS], counted="Kühlschrank", place="AT")
C("z14", ("Die Zustellung innerhalb von drei Stunden", "drei Stunden"), 3, unit="hour", measure="duration",
  subject="delivery time of Cyberport's express service", counted=("Die Zustellung innerhalb", "Zustellung"), place="AT")
C("z14", "bis maximal 30 Kilogramm", 30, bound="at_most", unit="kg", measure="other",
  subject="maximum weight of goods Cyberport delivers by express", counted=("Zugestellt werden Waren", "Waren"), place="AT")
C("z14", "14,99 Euro", 14.99, unit="EUR", measure="amount", subject="price of Cyberport's express delivery",
  counted=("für die den Service", "Service"), place="AT")

# ---------------------------------------------------------------- z15 International 894: two Serbs killed in a US air strike in Libya
LY, VUC, MAY = "ly.officials", "person.aleksandar_vucic", "person.mayor_sabratha"
C("z15", "auf 49 gestiegen", 49, unit="person", measure="killed", subject="people killed in the US air strike near Sabratha",
  source=LY, counted="Opferzahl", group=P, place="LY")
C("z15", ("zwei Serben", "zwei"), 2, unit="person", measure="killed", subject="Serbs killed in the US air strike in Libya",
  source=None, alt=[VUC], counted=("zwei Serben", "Serben"), group=["people", "civilians", "officials"], nat="RS", place="LY")
C("z15", ("zwei seit November", "zwei"), 2, unit="person", measure="captured",
  subject="Serbian embassy staff abducted in Libya since November (the two killed)", source=VUC,
  counted="Botschaftsmitarbeiter", group=["officials", "people", "civilians"], nat="RS", place="LY")
C("z15", "49 Menschen", 49, unit="person", measure="killed", subject="people killed in the US air strike near Sabratha",
  source=MAY, counted=("49 Menschen", "Menschen"), group=P, place="LY")
C("z15", ("auch ein Extremist", "ein"), 1, unit="person", measure="killed",
  subject="extremist probably among the dead of Sabratha", source=MAY, counted=("auch ein Extremist", "Extremist"), group=P, place="LY",
  optional=True, hedged=True)
C("z15", ("für zwei Anschläge", "zwei"), 2, unit="Anschläge", measure="other",
  subject="attacks in Tunisia last year blamed on the extremist", counted=("zwei Anschläge", "Anschläge"), place="TN")
C("z15", ("die beiden Serben", "beiden"), 2, unit="person", measure="captured", subject="Serbs abducted near Sabratha (repeat)",
  counted=("die beiden Serben", "Serben"), group=["officials", "people"], nat="RS", place="LY", optional=True)
C("z15", "vor gut vier Jahren", 4, bound="more_than", unit="year", measure="duration",
  subject="time since Gaddafi's fall", counted="Sturz von Machthaber", place="LY", optional=True)
C("z15", ("So gibt es zwei rivalisierende Regierungen", "zwei"), 2, unit="Regierungen", measure="other",
  subject="rival governments in Libya", counted=("So gibt es zwei rivalisierende Regierungen", "Regierungen"), place="LY")
C("z15", "38 Touristen", 38, unit="person", measure="killed", subject="tourists killed in the IS attack near Sousse",
  counted=("38 Touristen", "Touristen"), group=["tourists", "people", "civilians"], place="TN")
C("z15", "21 Touristen", 21, unit="person", measure="killed",
  subject="tourists killed in the IS attack on the national museum in Tunis", counted=("21 Touristen", "Touristen"),
  group=["tourists", "people", "civilians"], place="TN")
C("z15", ("und ein Polizist", "ein"), 1, unit="person", measure="killed",
  subject="police officer killed in the IS attack on the national museum in Tunis", counted="Polizist",
  group=["police", "people"], nat=None, nat_alt=["TN"], place="TN")
C("z15", ("neben zwei rivalisierenden Regierungen", "zwei"), 2, unit="Regierungen", measure="other",
  subject="rival governments and parliaments in Libya (repeat)", counted=("rivalisierenden Regierungen", "Regierungen"),
  place="LY")

# ---------------------------------------------------------------- z16 Inland 947: Burgenland audit office criticises the BVOG
BLRH = "at.blrh"
BG = dict(unit="EUR", measure="amount", place="AT")
C("z16", "ursprünglich 225 Millionen Euro", 225e6, subject="money from the sale of state holdings invested in the BVOG",
  source=None, alt=[BLRH], counted=("In der BVOG sind jene", "BVOG"), calt=["Erlös für den Verkauf"], **BG)
C("z16", "51 Prozent", 51, unit="percent", measure="share", subject="stake in BEWAG sold by Burgenland in 2006",
  source=None, alt=[BLRH], counted=("der damaligen BEWAG", "BEWAG"), place="AT")
C("z16", "drei Anleihen", 3, unit="Anleihen", measure="other", subject="bonds issued by the Burgenländische Landesholding",
  source=None, alt=[BLRH], counted=("drei Anleihen", "Anleihen"), place="AT")
C("z16", "Gesamthöhe von 225 Millionen Euro", 225e6, subject="total of the three bonds issued by the BLh",
  source=None, alt=[BLRH], counted=("drei Anleihen", "Anleihen"), calt=[("Gesamthöhe von 225", "Gesamthöhe")], **BG)
C("z16", "Laufzeit von 30 Jahren", 30, unit="year", measure="duration", subject="term of the BLh bonds",
  source=None, alt=[BLRH], counted=("Laufzeit von 30", "Laufzeit"), place="AT")
C("z16", "Die 225 Millionen", 225e6, subject="proceeds of the sale invested with the KKVOG",
  source=None, alt=[BLRH], counted=("vom Verkaufserlös", "Verkaufserlös"), **BG)
C("z16", "232,7 Millionen Euro", 232.7e6, subject="value of the investment in 2012",
  source=None, alt=[BLRH], counted=("der Wert der Anlage", "Wert der Anlage"), **BG)
C("z16", "137-seitige", 137, unit="Seiten", measure="other", subject="pages of the audit report",
  source=None, alt=[BLRH], counted=("137-seitige Bericht", "Bericht"), place="AT", optional=True)
C("z16", "39 Empfehlungen", 39, unit="Empfehlungen", measure="other", subject="recommendations of the audit report",
  source=BLRH, counted=("39 Empfehlungen", "Empfehlungen"), place="AT")
C("z16", "allen 13", 13, unit="Kredite", measure="other", subject="long-term loans granted by the BVOG",
  source=BLRH, counted=("langfristigen Krediten", "Krediten"), place="AT")
C("z16", "100 Millionen Euro", 100e6, subject="loan of the BVOG to its parent BLh, the largest borrower",
  source=BLRH, counted=("Größter Kreditnehmer", "Kreditnehmer"), **BG)
C("z16", ("bis zur Höhe von 225 Millionen Euro", "bis zur Höhe von 225 Millionen Euro"), 225e6, bound="up_to",
  subject="losses of the BVOG for which Burgenland took the sole risk", source=BLRH,
  counted=("für etwaige Verluste", "Verluste"), calt=["alleinige Risiko"], **BG)
C("z16", "190 Millionen Euro", 190e6, subject="loans the BVOG had granted before guidelines were issued",
  source=BLRH, counted=("schon Kredite", "Kredite"), **BG)
C("z16", "rund sieben Millionen Euro", 7e6, bound="approx",
  subject="annual payments to Burgenland from the BVOG for the invested funds", source=BLRH,
  counted=("Für die veranlagten Mittel", "Mittel"), **BG)
C("z16", "rund acht Millionen Euro", 8e6, bound="approx", subject="annual bond interest paid by the BLh",
  source=BLRH, counted="Anleihezinsen", **BG)

# ---------------------------------------------------------------- z17 Kultur 975: a column on online readings
C("z17", ("mit zwei Gläsern", "zwei"), 2, unit="Gläser", measure="other", subject="glasses of red wine of the couple in the trailer",
  counted="Gläsern", place=None, optional=True)
C("z17", "Zwei, drei Kostproben", 2, 3, bound="range", unit="Kostproben", measure="other",
  subject="samples read at the online reading", counted="Kostproben", place=None, optional=True)
C("z17", "nie länger als ein, zwei Minuten", 1, 2, bound="at_most", unit="minute", measure="duration",
  subject="length of each sample at the online reading", counted="Kostproben", place=None, optional=True)

# ---------------------------------------------------------------- z18 Wirtschaft 981: Baumax social plan
KAT, BMX = "person.wolfgang_katzian", "at.baumax"
JOB = ["employees", "workers", "people"]
C("z18", "1.100", 1100, unit="person", measure="planned",
  subject="Baumax employees registered with the AMS early-warning system for dismissal", source=None, alt=[KAT, BMX],
  counted="Baumax-Mitarbeitern", group=JOB, place="AT")
C("z18", "weniger als 700", 700, bound="at_most", unit="person", measure="planned",
  subject="Baumax employees who will really have to go, as Katzian expects", source=KAT,
  counted="Baumax-Mitarbeitern", group=JOB, place="AT", hedged=True)
C("z18", "zuletzt 16", 16, unit="Standorte", measure="other", subject="Baumax stores under threat",
  source=None, alt=[KAT], counted=("bedrohten Baumax-Standorte", "Baumax-Standorte"), place="AT")

# ---------------------------------------------------------------- z19 Inland 984: 65 years of red and black presidents
C("z19", "seit 65 Jahren", 65, unit="year", measure="duration",
  subject="time SPÖ and ÖVP have shared the office of Federal President",
  counted=("Rot und Schwarz teilen", "Rot und Schwarz"), calt=[("teilen sich seit 65 Jahren das Amt", "Amt")], place="AT")
C("z19", "65 Jahre lang", 65, unit="year", measure="duration",
  subject="time ÖVP and SPÖ have held the office of Federal President between them",
  counted=("haben sich Volkspartei und Sozialdemokratie", "Volkspartei und Sozialdemokratie"),
  calt=[("65 Jahre lang haben sich Volkspartei und Sozialdemokratie das Amt", "Amt")], place="AT")
C("z19", "in den vergangenen 65 Jahren", 65, unit="year", measure="duration",
  subject="period covered by the animation of district results", counted=("Wie sich Ihr Bezirk", "Bezirk"),
  place="AT", optional=True)
C("z19", "fast 80 Prozent", 80, bound="approx", unit="percent", measure="share",
  subject="Rudolf Kirchschläger's vote share in 1980", counted=("Prozent aller Stimmen", "Stimmen"),
  calt=[("Er erhielt fast", "Er")], place="AT")
C("z19", "79 Prozent", 79, unit="percent", measure="share", subject="Heinz Fischer's vote share in 2010",
  counted=("79 Prozent der Stimmen", "Stimmen"), calt=[("Er gewann die Wahl", "Er")], place="AT")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
