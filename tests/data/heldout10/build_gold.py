"""Build the tenth held-out gold (claims, negatives) from the annotation table below.

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
 "ps.qassam_brigades": {"label": "Qassam Brigades, military wing of Hamas (statement on their website)",
                        "patterns": ["Qassam-Brigaden", "Organisation", "Hamas"]},
 "org.world_bank": {"label": "World Bank", "patterns": ["Weltbank"]},
 "at.police": {"label": "Austrian police (Polizei, Landespolizeidirektion)",
               "patterns": ["Polizei", "Landespolizeidirektion", "Beamte", "Exekutive"]},
 "media.uebergizmo": {"label": "Übergizmo (tech news site)", "patterns": ["Übergizmo", "Ubergizmo"]},
 "jp.sony": {"label": "Sony (electronics maker)", "patterns": [r"\bSony\b", "Hersteller", "Konzern"]},
 "at.spoe_ooe_board": {"label": "Executive board (Landesparteivorstand) of the SPÖ Upper Austria",
                       "patterns": ["Landesparteivorstand", "Parteivorstand"]},
 "person.reinhold_entholzer": {"label": "Reinhold Entholzer, chairman of the SPÖ Upper Austria",
                               "patterns": ["Entholzer"]},
 "study.uofu_vultures": {"label": "Study on vultures by the University of Utah (Evan Buechley, Çağan Şekercioğlu)",
                         "patterns": ["University of Utah", "Studie", "Wissenschafter", "Forscher", "Studienautoren",
                                      "Buechley"]},
 "us.apple": {"label": "Apple Inc.", "patterns": ["Apple", "Unternehmen"]},
 "at.vcoe": {"label": "VCÖ (Verkehrsclub Österreich)", "patterns": ["Verkehrsclub Österreich", "VCÖ"]},
 "at.oekologie_institut": {"label": "Österreichisches Ökologie-Institut (study on food waste)",
                           "patterns": ["Ökologie-Institut"]},
 "person.ulla_rasmussen": {"label": "Ulla Rasmussen, VCÖ expert", "patterns": ["Rasmussen", "VCÖ-Expertin"]},
 "at.oewa": {"label": "Österreichische Webanalyse (ÖWA)", "patterns": ["ÖWA", "Österreichische Webanalyse"]},
 "media.wiener_zeitung": {"label": "Wiener Zeitung (newspaper)", "patterns": ["Wiener Zeitung"]},
 "doc.semmelweis_documents": {"label": "Documents on the Semmelweis-Areal sale seen by the Wiener Zeitung",
                              "patterns": ["Dokumenten"]},
 "person.juergen_kremb": {"label": "Jürgen Kremb, founder of the music school", "patterns": ["Kremb"]},
 "at.government": {"label": "Austrian federal government", "patterns": ["Regierung"]},
 "at.stability_programme": {"label": "Austria's Stability Programme 2016 (sent to Brussels)",
                            "patterns": ["Stabilitätsprogramm"]},
 "at.finance_ministry": {"label": "Austrian Ministry of Finance", "patterns": ["Finanzministerium"]},
 "media.apa": {"label": "APA (Austria Presse Agentur)", "patterns": [r"\bAPA\b"]},
 "person.juan_carlos_monedero": {"label": "Juan Carlos Monedero, co-founder of Podemos", "patterns": ["Monedero"]},
 "person.uwe_dieter_grebe": {"label": "Uwe Dieter Grebe, head of AVL List", "patterns": ["Grebe", "AVL List"]},
 "person.guenther_kerle": {"label": "Günther Kerle, spokesman of the Austrian car importers",
                           "patterns": ["Kerle", "Sprecher der Automobilimporteure", "Mazda"]},
 "media.techradar": {"label": "Techradar (tech news site)", "patterns": ["Techradar"]},
 "person.joachim_loew": {"label": "Joachim Löw, coach of the German national football team",
                         "patterns": ["Löw", "DFB-Trainer"]},
 "person.valentin_knuenz": {"label": "Valentin Knünz, particle physicist", "patterns": ["Knünz", "Physiker"]},
 "org.fao": {"label": "FAO (UN Food and Agriculture Organization), Global Forest Resources Assessment",
             "patterns": ["FAO", "Welternährungsorganisation", "Weltwaldbericht", "da Silva"]},
 "org.global_forest_watch": {"label": "Global Forest Watch (GFW), online platform of the World Resources Institute",
                             "patterns": ["Global Forest Watch", "GFW"]},
 "person.marcus_boesch": {"label": "Marcus Bösch, game developer", "patterns": ["Bösch"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]

# ---------------------------------------------------------------- u00 International 21: Hamas to train 25,000 Palestinians
HAM, WB = "ps.qassam_brigades", "org.world_bank"
C("u00", "25.000 Palästinenser", 25000, unit="person", measure="participants",
  subject="Palestinians the Qassam Brigades want to train for combat this summer", source=None, alt=[HAM],
  counted=("25.000 Palästinenser", "Palästinenser"), group=P, nat="PS", place="PS")
C("u00", "zwischen 15 und 60 Jahren", 15, 60, bound="range", unit="year", measure="age",
  subject="ages of the men to be trained in the Qassam Brigades' camps", source=None, alt=[HAM],
  counted=("Dort sollen Männer", "Männer"), group=MAN, nat=None, nat_alt=["PS"], place="PS")
C("u00", "rund 17.000 Jugendliche", 17000, bound="approx", unit="person", measure="participants",
  subject="young people Hamas trained for combat in January", source=None, alt=[HAM],
  counted=("17.000 Jugendliche", "Jugendliche"), group=["people", "children"], nat=None, nat_alt=["PS"], place="PS")
C("u00", "zwischen 16 und 21 Jahren", 16, 21, bound="range", unit="year", measure="age",
  subject="ages of the young people Hamas trained in January", source=None, alt=[HAM],
  counted=("17.000 Jugendliche", "Jugendliche"), group=["people", "children"], nat=None, nat_alt=["PS"], place="PS")
C("u00", "mehr als 2.200 Palästinenser", 2200, bound="more_than", unit="person", measure="killed",
  subject="Palestinians killed in the 2014 Gaza war", counted=("2.200 Palästinenser", "Palästinenser"),
  group=["people", "civilians"], nat="PS", place="PS")
C("u00", "mehr als 70 Israelis", 70, bound="more_than", unit="person", measure="killed",
  subject="Israelis killed in the 2014 Gaza war", counted="Israelis",
  group=["people", "soldiers", "troops", "civilians"], nat="IL", place="PS", place_alt=["IL", None])
C("u00", "knapp 44 Prozent", 44, bound="approx", unit="percent", measure="share",
  subject="unemployment rate in the Gaza Strip", source=WB, counted="Arbeitslosenquote", place="PS")
C("u00", "60 Prozent", 60, unit="percent", measure="share", subject="unemployment among young people in Gaza",
  source=None, alt=[WB], counted=("Unter Jugendlichen", "Jugendlichen"), group=["people", "children", None],
  place="PS")

# ---------------------------------------------------------------- u01 Panorama 150: 16-year-old stabbed at Lerchenfelder Gürtel
POL = "at.police"
C("u01", ("ein 16-Jähriger Asylwerber", "16-Jähriger"), 16, unit="year", measure="age",
  subject="age of the asylum seeker seriously injured in a brawl in Vienna", source=None, alt=[POL],
  counted=("ein 16-Jähriger Asylwerber", "Asylwerber"), calt=[("ein 16-Jähriger Asylwerber", "16-Jähriger")],
  group=["refugees", "migrants", "children", "men", "people"], place="AT")
C("u01", "mehreren Männern", unit="person", measure="participants", subject="men involved in the brawl",
  counted=("mehreren Männern", "Männern"), group=MAN, place="AT", **V)
C("u01", ("Ein Verdächtiger wurde", "Ein"), 1, unit="person", measure="captured",
  subject="suspect arrested after the stabbing", source=POL, counted=("Ein Verdächtiger wurde", "Verdächtiger"),
  group=MAN, place="AT", optional=True)
C("u01", ("Ein Jugendlicher wurde", "Ein"), 1, unit="person", measure="wounded",
  subject="young man seriously injured in the brawl", source=None, alt=[POL],
  counted=("Ein Jugendlicher wurde", "Jugendlicher"), group=["children", "men", "people"], place="AT", optional=True)
C("u01", "drei Stiche", 3, unit="Stiche", measure="other", subject="stab wounds of the injured 16-year-old",
  source=POL, counted=("drei Stiche", "Stiche"), calt=[("Verletzungen durch drei", "Verletzungen")], place="AT")
C("u01", "Der 16-Jährige", 16, unit="year", measure="age",
  subject="age of the asylum seeker seriously injured in a brawl in Vienna", source=None, alt=[POL],
  counted="Der 16-Jährige", group=["refugees", "migrants", "children", "men", "people"], place="AT")
C("u01", ("ein Tatverdächtiger vor", "ein"), 1, unit="person", measure="captured",
  subject="suspect stopped near the scene", source=None, alt=[POL],
  counted=("ein Tatverdächtiger vor", "Tatverdächtiger"), group=MAN, place="AT", optional=True)
C("u01", "Der 23-Jährige", 23, unit="year", measure="age", subject="age of the arrested suspect",
  source=None, alt=[POL], counted="Der 23-Jährige", calt=[("ein Tatverdächtiger vor", "Tatverdächtiger")],
  group=MAN, place="AT")

# ---------------------------------------------------------------- u02 Web 165: Sony apologises for overheating Xperia Z4
UG, SONY = "media.uebergizmo", "jp.sony"
C("u02", "Beide Geräte", 2, unit="Geräte", measure="other", subject="Sony devices with the Snapdragon 810 chip",
  counted=("Beide Geräte", "Geräte"), place=None, optional=True)
C("u02", "über 60 Grad", 60, bound="more_than", unit="°C", measure="other",
  subject="temperature some internal components of the Xperia Z4 reach", source=None, alt=[UG, SONY],
  counted="interne Komponenten", calt=[("die starke Erwärmung", "Erwärmung")], place=None, place_alt=["JP"])
C("u02", ("wie die beiden Sony-Devices", "beiden"), 2, unit="Geräte", measure="other",
  subject="Sony devices with the Snapdragon 810 chip (repeat)", counted="Sony-Devices", place=None, optional=True)

# ---------------------------------------------------------------- u03 Inland 262: SPÖ Upper Austria keeps Entholzer
BRD, ENT = "at.spoe_ooe_board", "person.reinhold_entholzer"
C("u03", ("den einen sicheren Regierungssitz", "einen"), 1, unit="Regierungssitze", measure="seats",
  subject="safe seats of the SPÖ in the Upper Austrian state government", source=None, alt=[BRD],
  counted=("den einen sicheren Regierungssitz", "Regierungssitz"), place="AT")
C("u03", ("Um den zweiten soll", "zweiten"), 2, unit="Regierungssitze", measure="seats",
  subject="the SPÖ's second seat in the state government (ordinal)", source=BRD,
  counted=("den einen sicheren Regierungssitz", "Regierungssitz"), place="AT", optional=True)
C("u03", ("von 25 auf 18 Prozent", "25"), 25, unit="percent", measure="share",
  subject="vote share of the SPÖ in the previous Upper Austrian state election",
  counted="Die Sozialdemokraten", place="AT")
C("u03", ("von 25 auf 18 Prozent", "18 Prozent"), 18, unit="percent", measure="share",
  subject="vote share of the SPÖ in the Upper Austrian state election of 27 September",
  counted="Die Sozialdemokraten", place="AT")
C("u03", "zwei Regierungssitze", 2, unit="Regierungssitze", measure="seats",
  subject="seats of the SPÖ in the Upper Austrian state government",
  counted=("zwei Regierungssitze", "Regierungssitze"), place="AT")
C("u03", "einen Landesrat", -1, unit="Regierungssitze", measure="seats",
  subject="state government seats the ÖVP would lose by the inclusion decision", counted="die Volkspartei",
  calt=[("einen Landesrat", "Landesrat")], place="AT", increment=True)
C("u03", ("um den zweiten Regierungssitz", "zweiten"), 2, unit="Regierungssitze", measure="seats",
  subject="the SPÖ's second seat in the state government (ordinal)", source=ENT,
  counted=("um den zweiten Regierungssitz", "Regierungssitz"), place="AT", optional=True)
C("u03", ("68 von 70", "68"), 68, unit="person", measure="other",
  subject="SPÖ Upper Austria board members who voted for Entholzer keeping the safe seat",
  counted=("70 Mitgliedern des Gremiums", "Mitgliedern"), group=["members", "politicians", "people"], place="AT")
C("u03", "70 Mitgliedern", 70, unit="person", measure="size",
  subject="members of the SPÖ Upper Austria executive board", counted=("70 Mitgliedern des Gremiums", "Mitgliedern"),
  calt=[("70 Mitgliedern des Gremiums", "Gremiums")], group=["members", "politicians", "people"], place="AT")
C("u03", ("zwei enthielten sich", "zwei"), 2, unit="person", measure="other",
  subject="SPÖ Upper Austria board members who abstained", counted=("70 Mitgliedern des Gremiums", "Mitgliedern"),
  group=["members", "politicians", "people"], place="AT")
C("u03", ("einen eventuellen zweiten", "zweiten"), 2, unit="Regierungssitze", measure="seats",
  subject="the SPÖ's possible second state councillor post (ordinal)", source=None, alt=[ENT],
  counted="Landesratsposten", place="AT", optional=True)
C("u03", "seit zwei Jahren", 2, unit="year", measure="duration", subject="time Entholzer has been party chairman",
  counted=("Entholzer – seit", "Entholzer"), calt=["Parteichef – kündigte"], group=["politicians", "men", "people", None],
  place="AT", place_alt=[None])
C("u03", "zum ersten Mal", 1, unit="Mal", measure="other",
  subject="Peter Binder entering the state parliament for the first time (ordinal)",
  counted="Landesgeschäftsführer Peter Binder", place="AT", optional=True)

# ---------------------------------------------------------------- u04 Wissenschaft 341: vultures and public health (Utah study)
UU = "study.uofu_vultures"
C("u04", "die meisten pathogenen Keime", 50, bound="more_than", unit="percent", measure="share",
  subject="share of pathogens killed by vultures' stomach acid", counted="pathogenen Keime", place=None, optional=True)
C("u04", "48.000 Menschen", 48000, unit="person", measure="killed",
  subject="people killed by rabies in India 1992-2006 after the vulture collapse", source=None, alt=[UU],
  counted=("48.000 Menschen", "Menschen"), group=P, place="IN")
C("u04", "Dutzende", unit="Vögel", measure="other", subject="vultures gathering at one carcass",
  counted=("Hunderte Vögel", "Vögel"), place=None, **V)
C("u04", "Hunderte Vögel", unit="Vögel", measure="other", subject="vultures gathering at one carcass",
  counted=("Hunderte Vögel", "Vögel"), place=None, **V)
C("u04", "insgesamt 600 Geier", 600, unit="Geier", measure="killed",
  subject="vultures killed by one poisoned elephant carcass in Namibia, 2007", source=UU,
  counted=("600 Geier", "Geier"), place="NA")

# ---------------------------------------------------------------- u05 Web 368: iPhone 6s in Austria from 9 October
APL = "us.apple"
C("u05", ("bereits 13 Millionen Geräte", "13 Millionen Geräte"), 13e6, unit="Geräte", measure="other",
  subject="iPhone 6s and 6s Plus sold on the first sales weekend", source=None, alt=[APL],
  counted=("bereits 13 Millionen Geräte", "Geräte"), place=None)
C("u05", "Die drei großen heimischen Mobilfunker", 3, unit="Mobilfunker", measure="other",
  subject="Austrian mobile operators selling the new iPhones", counted="Mobilfunker", place="AT", optional=True)
C("u05", "In den ersten drei Tagen", 3, unit="day", measure="duration",
  subject="period after launch in which 13 million iPhones were sold", source=APL,
  counted=("nach dem Start", "Start"), place=None, optional=True)
C("u05", ("demnach 13 Millionen Geräte", "13 Millionen Geräte"), 13e6, unit="Geräte", measure="other",
  subject="iPhone 6s and 6s Plus sold in the first three days", source=APL,
  counted=("demnach 13 Millionen Geräte", "Geräte"), place=None)
C("u05", "Vor einem Jahr", 1, unit="year", measure="duration", subject="time since the previous iPhone launch",
  counted="Bildschirme", place=None, optional=True)
C("u05", "12-Megapixel", 12, unit="Megapixel", measure="other", subject="resolution of the iPhone 6s main camera",
  counted="Hauptkamera", place=None)
C("u05", "5-Megapixel", 5, unit="Megapixel", measure="other", subject="resolution of the iPhone 6s front camera",
  counted="Frontkamera", place=None)
C("u05", "ab 739 Euro", 739, bound="at_least", unit="EUR", measure="amount", subject="price of the iPhone 6s in Austria",
  counted=("Das iPhone 6s ist", "Das iPhone 6s"), place="AT")
C("u05", "zumindest 849 Euro", 849, bound="at_least", unit="EUR", measure="amount",
  subject="price of the iPhone 6s Plus in Austria", counted=("für das 6s Plus", "6s Plus"), place="AT")

# ---------------------------------------------------------------- u06 Wirtschaft 375: VCÖ on food waste and lorry traffic
VCO, OEK, RAS = "at.vcoe", "at.oekologie_institut", "person.ulla_rasmussen"
C("u06", ("491.000 Tonnen vermeidbare", "491.000 Tonnen"), 491000, unit="t", measure="other",
  subject="avoidable food waste in Austria per year", source=VCO, alt=[OEK],
  counted=("Tonnen vermeidbare Lebensmittelabfälle", "vermeidbare Lebensmittelabfälle"), place="AT")
C("u06", "Rund 491.000 Tonnen", 491000, bound="approx", unit="t", measure="other",
  subject="avoidable food waste in Austria per year", source=None, alt=[VCO, OEK],
  counted=("Tonnen Lebensmittelabfälle der Haushalte", "Lebensmittelabfälle"), place="AT")
C("u06", "rund 750.000 Tonnen", 750000, bound="approx", unit="t", measure="other",
  subject="food waste in Austria per year", source=OEK, alt=[VCO],
  counted=("Tonnen Lebensmittelabfällen in Österreich", "Lebensmittelabfällen"), place="AT")
C("u06", ("Ökologie-Instituts 491.000 Tonnen", "491.000 Tonnen"), 491000, unit="t", measure="other",
  subject="avoidable food waste in Austria per year", source=OEK, alt=[VCO],
  counted=("Tonnen Lebensmittelabfällen in Österreich", "Lebensmittelabfällen"), calt=[("Tonnen vermeidbar.", "vermeidbar")], place="AT")
C("u06", "tausende Kilometer", unit="km", measure="other", subject="distance some food is transported",
  counted="Lebensmitteln, die zuvor", place=None, **V)
C("u06", "acht Tonnen pro Müllwagen", 8, unit="t per Müllwagen", measure="other",
  subject="average load of a refuse lorry assumed in the VCÖ's calculation", source=None, alt=[VCO, RAS],
  counted="Beladung", calt=["Müllwagen"], place="AT", place_alt=[None])
C("u06", "mehr als 60.000 Lkw-Fahrten", 60000, bound="more_than", unit="Lkw-Fahrten", measure="other",
  subject="lorry trips needed to carry away Austria's avoidable food waste", source=None, alt=[VCO, RAS],
  counted=("60.000 Lkw-Fahrten", "Lkw-Fahrten"), place="AT")
C("u06", "Rund 30 Prozent", 30, bound="approx", unit="percent", measure="share",
  subject="share of consumer goods in goods transported in Austria", source=VCO,
  counted=("der in Österreich transportierten Güter", "transportierten Güter"), place="AT")
C("u06", "mehr als 140 Millionen Tonnen pro Jahr", 140e6, bound="more_than", unit="t per year", measure="other",
  subject="consumer goods transported in Austria per year", source=VCO, counted=("Güter sind Konsumgüter", "Konsumgüter"),
  place="AT")
C("u06", "Rund 80 Prozent", 80, bound="approx", unit="percent", measure="share",
  subject="share of consumer goods transported by lorry in Austria", source=None, alt=[VCO],
  counted=("Prozent der Konsumgüter", "Konsumgüter"), place="AT")
C("u06", "Jeder zehnte", 10, unit="percent", measure="share", subject="share of food transports in all transports in Austria",
  source=None, alt=[VCO], counted=("Jeder zehnte Transport", "Transport"), place="AT")

# ---------------------------------------------------------------- u07 Etat 380: ÖWA figures for March
OW = "at.oewa"
VIS = dict(unit="Visits", measure="other", place="AT")
C("u07", "rund drei Millionen Stunden", 3e6, bound="approx", unit="hour", measure="duration",
  subject="time users spent on derStandard.at in March", source=None, alt=[OW],
  counted=("User verbrachten", "User"), calt=[("Standard.at. Wien", "Standard.at")], group=[None, "users"], place="AT")
C("u07", "23.258.290 Visits", 23258290, subject="visits of derStandard.at (umbrella offer) in March", source=OW,
  counted=("23.258.290 Visits", "Visits"), calt=[("kommt derStandard.at demnach", "derStandard.at")], **VIS)
C("u07", "4.394.093 Unique Clients", 4394093, unit="Unique Clients", measure="other",
  subject="unique clients of derStandard.at (umbrella offer) in March", source=OW,
  counted=("4.394.093 Unique Clients", "Unique Clients"), group=[None, "users"], place="AT")
C("u07", "7:57 Minuten", 7.95, unit="minute per visit", measure="duration",
  subject="average time per visit on derStandard.at in March", source=OW,
  counted=("eine durchschnittliche Verweildauer", "Verweildauer"), place="AT")
C("u07", "3.081.723", 3081723, unit="hour", measure="duration", subject="total time spent on derStandard.at in March",
  source=None, alt=[OW], counted=("Die Verweildauer in Stunden", "Verweildauer"), group=[None, "users"], place="AT")
C("u07", "rund 352 Jahre", 352, bound="approx", unit="year", measure="duration",
  subject="time one user would need to surf derStandard.at's March total", source=None,
  counted=("Wenn ein User", "User"), group=[None, "users"], place="AT")
C("u07", "4222 Userinnen und User", 4222, unit="person", measure="other",
  subject="users who would fill derStandard.at's March total surfing round the clock for a month", source=None,
  counted="Userinnen und User", group=["users", "people"], place="AT")
C("u07", "einen Monat", 1, unit="month", measure="duration", subject="hypothetical surfing period in the illustration",
  counted="Userinnen und User", place="AT", optional=True)
C("u07", "81.411.372 Visits", 81411372, subject="visits of the ORF's online offer in March", source=None, alt=[OW],
  counted=("81.411.372 Visits", "Visits"), calt=[("ist der ORF mit", "ORF")], **VIS)
C("u07", "7:01 Minuten", 7 + 1 / 60, unit="minute per visit", measure="duration",
  subject="average time per visit on the ORF's online offer in March", source=None, alt=[OW],
  counted=("Die durchschnittliche Verweildauer auf der Seite", "Verweildauer"), place="AT")
C("u07", "39.322.962 Visits", 39322962, subject="visits of Styria's digital offer in March", source=None, alt=[OW],
  counted=("39.322.962 Visits", "Visits"), calt=["Das Digitalangebot des Styria Verlags"], **VIS)
C("u07", "knapp 15.227.867 Visits", 15227867, bound="approx", subject="visits of oe24.at in March", source=None,
  alt=[OW], counted=("15.227.867 Visits", "Visits"), calt=["Die Fellner-Plattform oe24.at"], **VIS)
C("u07", "10.553.247 Millionen Visits", 10553247, subject="visits of the Kurier's online media in March (typo 'Millionen')",
  source=None, alt=[OW], counted=("Millionen Visits", "Visits"), calt=["die Onlinemedien des Kurier"],
  optional=True, **VIS)
C("u07", "8.992.083", 8992083, subject="visits of News Networld in March", source=None, alt=[OW],
  counted="News Networld", calt=[("Millionen Visits", "Visits")], **VIS)
C("u07", "8.869.430", 8869430, subject="visits of the Heute platforms in March", source=None, alt=[OW],
  counted="die Heute-Plattformen", calt=[("Millionen Visits", "Visits")], **VIS)
C("u07", "22.922.917 Visits", 22922917, subject="visits of derStandard.at (single offer) in March", source=None,
  alt=[OW], counted=("22.922.917 Visits", "Visits"), calt=[("werden derStandard.at", "derStandard.at")], **VIS)
C("u07", "20.383.767", 20383767, subject="visits of krone.at in March", source=None, alt=[OW],
  counted="krone.at", calt=[("7.993.532 Visits", "Visits")], **VIS)
C("u07", "10.438.355", 10438355, subject="visits of kleinezeitung.at in March", source=None, alt=[OW],
  counted="kleinezeitung.at", calt=[("7.993.532 Visits", "Visits")], **VIS)
C("u07", "9.554.434", 9554434, subject="visits of diepresse.com in March", source=None, alt=[OW],
  counted="diepresse.com", calt=[("7.993.532 Visits", "Visits")], **VIS)
C("u07", "7.993.532 Visits", 7993532, subject="visits of kurier.at in March", source=None, alt=[OW],
  counted=("7.993.532 Visits", "Visits"), calt=["kurier.at auf"], **VIS)
C("u07", "34 Prozent", 34, unit="percent", measure="share", subject="share of Chrome among browsers in March",
  source=None, alt=[OW], counted=("liegt Chrome", "Chrome"), calt=["Browserverteilung"], place="AT")
C("u07", "21,7 Prozent", 21.7, unit="percent", measure="share",
  subject="share of Internet Explorer among browsers in March", source=None, alt=[OW],
  counted="Internet Explorer", calt=["Browserverteilung"], place="AT")
C("u07", "18,6. Prozent", 18.6, unit="percent", measure="share", subject="share of Firefox among browsers in March",
  source=None, alt=[OW], counted="Firefox", calt=["Browserverteilung"], place="AT")
C("u07", "52,8 Prozent", 52.8, unit="percent", measure="share", subject="share of mobile devices in internet use in March",
  source=None, alt=[OW], counted=("Die Internetnutzung mit mobilen Endgeräten", "Internetnutzung mit mobilen Endgeräten"),
  place="AT")

# ---------------------------------------------------------------- u08 Panorama 469: Semmelweis-Areal sale under suspicion
WZ, DOC, KRE = "media.wiener_zeitung", "doc.semmelweis_documents", "person.juergen_kremb"
C("u08", ("drei der sechs Pavillons", "drei"), 3, unit="Pavillons", measure="other",
  subject="pavilions of the Semmelweis-Areal sold by the City of Vienna", source=WZ,
  counted=("sechs Pavillons", "Pavillons"), place="AT")
C("u08", "sechs Pavillons", 6, unit="Pavillons", measure="other", subject="pavilions on the Semmelweis-Areal",
  source=WZ, counted=("sechs Pavillons", "Pavillons"), calt=["Semmelweis-Areal"], place="AT")
C("u08", "zweistöckiges", 2, unit="Stockwerke", measure="other", subject="storeys of the house the appraiser bought",
  source=DOC, alt=[WZ], counted=("zweistöckiges Haus", "Haus"), place="AT", optional=True)
C("u08", ("um 500.000 Euro", "500.000 Euro"), 500000, unit="EUR", measure="amount",
  subject="price the city's appraiser paid for a house on the Semmelweis-Areal", source=DOC, alt=[WZ],
  counted=("zweistöckiges Haus", "Haus"), place="AT")
C("u08", ("ihm seien 500.000 Euro", "500.000 Euro"), 500000, unit="EUR", measure="amount",
  subject="bribe Kremb says he was offered", source=KRE, counted="Bestechungsgeld", place="AT", hedged=True)

# ---------------------------------------------------------------- u09 Inland 484: refugee costs in the Stability Programme
GOV, SP, FIN, APA = "at.government", "at.stability_programme", "at.finance_ministry", "media.apa"
C("u09", ("machen 1,6 Milliarden Euro", "1,6 Milliarden Euro"), 1.6e9, unit="EUR", measure="amount",
  subject="social benefits for refugees in Austria in 2016", source=None, alt=[SP, GOV, FIN],
  counted=("Sozialleistungen für Flüchtlinge machen", "Sozialleistungen für Flüchtlinge"), place="AT")
C("u09", ("zwei Prozent der gesamten Sozialausgaben. Wien", "zwei Prozent"), 2, unit="percent", measure="share",
  subject="share of refugees' social benefits in Austria's total social spending", source=None, alt=[SP, FIN],
  counted=("zwei Prozent der gesamten Sozialausgaben. Wien", "Sozialausgaben"), place="AT")
C("u09", "zwei Milliarden Euro Flüchtlingskosten", 2e9, unit="EUR", measure="amount",
  subject="refugee costs the Austrian government expects in 2016", source=GOV, alt=[SP, FIN, APA],
  counted=("zwei Milliarden Euro Flüchtlingskosten", "Flüchtlingskosten"), place="AT")
C("u09", ("davon 1,6 Milliarden Euro", "1,6 Milliarden Euro"), 1.6e9, unit="EUR", measure="amount",
  subject="social benefits for refugees in Austria in 2016", source=GOV, alt=[SP, FIN, APA],
  counted=("Euro für Sozialleistungen", "Sozialleistungen"), place="AT")
C("u09", ("genannte Milliarde Euro", "Milliarde Euro"), 1e9, unit="EUR", measure="amount",
  subject="refugee costs the government had named before", source=GOV,
  counted=("die nach Brüssel gemeldeten Summe", "Summe"), calt=[("zwei Milliarden Euro Flüchtlingskosten", "Flüchtlingskosten")],
  place="AT")
C("u09", ("Defizit von 0,1 Prozent", "0,1 Prozent"), 0.1, unit="percent", measure="share",
  subject="deficit the Austrian states are allowed, share of GDP", source=None,
  counted=("Nulldefizits ein Defizit", "Defizit"), calt=["Den Ländern"], place="AT")
C("u09", "die vergangenen zwei Jahre", 2, unit="year", measure="duration",
  subject="years before 2016 covered by the ministry's breakdown", source=FIN, counted="Auswirkungen der Flüchtlingskrise",
  place="AT", optional=True)
C("u09", "442 Millionen Euro", 442e6, unit="EUR", measure="amount", subject="Austria's total refugee costs in 2014",
  source=FIN, alt=[SP], counted="Gesamtkosten", place="AT")
C("u09", "757 Millionen Euro", 757e6, unit="EUR", measure="amount", subject="Austria's total refugee costs in 2015",
  source=FIN, alt=[SP], counted="Gesamtkosten", place="AT")
C("u09", "rund zwei Milliarden Euro sein", 2e9, bound="approx", unit="EUR", measure="amount",
  subject="Austria's total refugee costs expected in 2016", source=None, alt=[FIN, SP, GOV],
  counted="Gesamtkosten", place="AT")
C("u09", "88.175 Erstanträge", 88175, unit="person", measure="received",
  subject="first applications for international protection in Austria in 2015", source=FIN, alt=[SP],
  counted=("88.175 Erstanträge", "Erstanträge"), group=["refugees", "migrants", "people", None], place="AT")
C("u09", "maximal 37.500", 37500, bound="at_most", unit="person", measure="received",
  subject="first asylum applications allowed in Austria in 2016 (cap)", source=FIN, alt=[SP],
  counted=("88.175 Erstanträge", "Erstanträge"), calt=["Obergrenze"], group=["refugees", "migrants", "people", None],
  place="AT")
C("u09", ("Die 1,6 Milliarden Euro", "1,6 Milliarden Euro"), 1.6e9, unit="EUR", measure="amount",
  subject="social benefits for refugees in Austria in 2016", source=None, alt=[FIN, SP],
  counted=("Euro Sozialleistungen für Flüchtlinge entsprechen", "Sozialleistungen für Flüchtlinge"), place="AT")
C("u09", "etwa zwei Prozent", 2, bound="approx", unit="percent", measure="share",
  subject="share of refugees' social benefits in Austria's total social spending", source=None, alt=[FIN, SP],
  counted=("österreichischen Sozialausgaben", "Sozialausgaben"), place="AT")
C("u09", "73,6 Milliarden Euro", 73.6e9, unit="EUR", measure="amount", subject="Austria's total social spending in 2015",
  source=None, alt=[FIN, SP], counted=("österreichischen Sozialausgaben", "Sozialausgaben"), place="AT")
C("u09", ("Anstieg 0,1 Prozent", "0,1 Prozent"), 0.1, unit="percent", measure="share",
  subject="additional refugee costs in 2015, share of GDP", source=None, alt=[FIN, SP],
  counted=("dieser Anstieg", "Anstieg"), calt=["Mehrkosten für die Flüchtlingsbetreuung"], place="AT", increment=True)
C("u09", "0,4 Prozent", 0.4, unit="percent", measure="share",
  subject="additional refugee costs expected in 2016, share of GDP", source=None, alt=[FIN, SP],
  counted=("dieser Anstieg", "Anstieg"), calt=["Mehrkosten für die Flüchtlingsbetreuung"], place="AT",
  increment=True, hedged=True)
C("u09", "in zwei Varianten", 2, unit="Varianten", measure="other",
  subject="variants in which the ministry shows the structural deficit", source=FIN,
  counted=("das strukturelle Defizit daher", "strukturelle Defizit"), place="AT", optional=True)

# ---------------------------------------------------------------- u10 International 518: interview with Juan Carlos Monedero (Podemos)
MON = "person.juan_carlos_monedero"
C("u10", "noch nicht einmal zwei Jahre", 2, bound="at_most", unit="year", measure="age",
  subject="age of the party Podemos", source=MON, counted=("für eine Partei, die", "eine Partei"), place="ES",
  place_alt=[None])
C("u10", "5,2 Millionen Stimmen", 5.2e6, unit="Stimmen", measure="other",
  subject="votes won by Podemos in the Spanish general election", source=MON,
  counted=("5,2 Millionen Stimmen", "Stimmen"), calt=["eine politische Kraft"], group=[None, "voters"], place="ES")
C("u10", "ein Teil der Bevölkerung", unit="percent", measure="share",
  subject="part of the population still attached to the past", source=MON, counted="Bevölkerung",
  group=["people", None], place="ES", **V)
C("u10", "zwei Möglichkeiten", 2, unit="Möglichkeiten", measure="other",
  subject="options after the movement of the Indignados", source=MON, counted="Möglichkeiten", place="ES",
  optional=True)
C("u10", "Ein Teil der Empörung", unit="percent", measure="share", subject="part of the indignation aimed at excesses",
  source=MON, counted="Empörung gilt", place="ES", **V)
C("u10", "nicht viel mehr als zweieinhalb Jahre", 2.5, bound="at_most", unit="year", measure="duration",
  subject="expected length of the Spanish legislature", source=MON, counted="Legislaturperiode", place="ES",
  hedged=True)
C("u10", "zwei, drei Jahre", 2, 3, bound="range", unit="year", measure="duration",
  subject="time a pact on constitutional reform would need", source=MON,
  counted=("als Pakt um die Verfassungsreform", "Pakt um die Verfassungsreform"), place="ES", hedged=True)

# ---------------------------------------------------------------- u11 Wirtschaft 533: the Austrian car industry
GRE, KER = "person.uwe_dieter_grebe", "person.guenther_kerle"
C("u11", "1,4 Patente", 1.4, unit="Patente per working day", measure="other",
  subject="patents filed by the Austrian car industry per working day", source=GRE,
  counted=("Patente der Automobilwirtschaft", "Patente"), place="AT")
C("u11", "rund 450.000 Jobs", 450000, bound="approx", unit="Jobs", measure="other",
  subject="jobs secured by the car industry in Austria", source=KER, counted=("450.000 Jobs", "Jobs"),
  group=[None, "workers", "employees"], place="AT")
C("u11", "15 Milliarden Euro", 15e9, unit="EUR per year", measure="amount",
  subject="taxes paid by the Austrian car industry per year", source=KER, counted="Steuern", place="AT")
C("u11", "43 Mrd. Euro", 43e9, unit="EUR", measure="amount", subject="annual revenue of the Austrian car industry",
  source=KER, counted="Der Jahresumsatz", place="AT")

# ---------------------------------------------------------------- u12 Kultur 677: Haskell Wexler dies at 93
C("u12", "doppelt", 2, unit="Oscars", measure="other", subject="Oscars won by Haskell Wexler",
  counted="Oscar-prämierte Kameramann", group=["men", "people", None], nat=None, nat_alt=["US"],
  place=None, place_alt=["US"])
C("u12", "93 Jahre alt", 93, unit="year", measure="age", subject="age of Haskell Wexler at his death",
  counted=("Kameramann und Regisseur wurde", "Kameramann und Regisseur"), group=MAN, nat=None, nat_alt=["US"],
  place="US", place_alt=[None])
C("u12", "Zum ersten Mal", 1, unit="Mal", measure="other", subject="Wexler directing for the first time (ordinal)",
  counted="Regie", place="US", place_alt=[None], optional=True)
C("u12", "mit einem Oscar", 1, unit="Oscars", measure="other",
  subject="Oscar for best cinematography for Who's Afraid of Virginia Woolf?", counted="Oscar für die Beste Kamera",
  group=["men", "people", None], place="US", place_alt=[None], optional=True)
C("u12", "im Alter von 93 Jahren", 93, unit="year", measure="age", subject="age of Haskell Wexler at his death",
  counted=("Am Sonntag ist er", "er"), calt=["Politisch war Haskell Wexler"], group=MAN, nat=None, nat_alt=["US"],
  place="US", place_alt=[None])

# ---------------------------------------------------------------- u13 Kultur 720: review of Jay-Jay Johanson's "Opium"
C("u13", "ein gutes Dutzend", 12, bound="more_than", unit="Alben", measure="other",
  subject="albums released by Jay-Jay Johanson", counted=("Dutzend  Alben", "Alben"), place=None, place_alt=["SE"])
C("u13", "Mitte 40", 45, bound="approx", unit="year", measure="age", subject="age of Jay-Jay Johanson",
  counted=("der Mann ist  Mitte", "der Mann"), calt=[("Ende der 1990er tauchte da dieser Schwede", "dieser Schwede")],
  group=MAN, nat="SE", nat_alt=[None], place=None, place_alt=["SE"])

# ---------------------------------------------------------------- u14 Web 792: Yamaha's motorcycle-riding robot Motobot
TR = "media.techradar"
C("u14", ("mit über 200 km/h", "über 200 km/h"), 200, bound="more_than", unit="km/h", measure="other",
  subject="speed at which Yamaha's Motobot is to ride race tracks", source=None, alt=[TR],
  counted="Rennstrecken", place=None, place_alt=["JP"])
C("u14", "auf zwei Rädern", 2, unit="Räder", measure="other", subject="wheels of a motorcycle", counted="Straße",
  place=None, optional=True)
C("u14", ("bei über 200 km/h", "über 200 km/h"), 200, bound="more_than", unit="km/h", measure="other",
  subject="speed at which Yamaha's Motobot is to ride unprepared motorcycles", source=TR,
  counted=("mit unpräparierten Motorrädern", "Motorrädern"), calt=[("soll dies auch", "dies")], place=None,
  place_alt=["JP"])

# ---------------------------------------------------------------- u15 Sport 843: Germany qualify for Euro 2016
LOW = "person.joachim_loew"
PLY = ["players", "athletes", "people"]
C("u15", "Zum zwölften Mal", 12, unit="Mal", measure="other",
  subject="consecutive European Championship finals Germany has qualified for (ordinal)",
  counted="Fußball-EM-Endrunde", place=None, optional=True)
C("u15", "in den neun Monaten", 9, unit="month", measure="duration", subject="time until the Euro 2016 tournament",
  source=None, alt=[LOW], counted=("bis zum Turnier", "Turnier"), place=None, optional=True)
C("u15", "rund vier Millionen Euro", 4e6, bound="approx", unit="EUR", measure="amount",
  subject="qualification bonuses paid by the DFB to its players", counted=("Spieler überwiesen", "Spieler"),
  calt=["eine Prämie"], place="DE", place_alt=[None])
C("u15", ("an die 35 von", "35"), 35, unit="person", measure="participants",
  subject="players Löw called up for the ten Euro 2016 qualifiers", counted=("nominierten Spieler", "Spieler"),
  group=PLY, nat="DE", nat_alt=[None], place=None, place_alt=["DE"])
C("u15", "zehn EM-Qualifikationsspiele", 10, unit="Spiele", measure="other",
  subject="Euro 2016 qualifiers played by Germany", counted="EM-Qualifikationsspiele", place=None, place_alt=["DE"])
C("u15", "20.000 Euro pro Partie", 20000, unit="EUR per match", measure="amount",
  subject="DFB bonus per qualifier and squad member", counted="eine Prämie", calt=["Kadermitglied"],
  place="DE", place_alt=[None])
C("u15", "in den letzten zehn, zwölf Jahren", 10, 12, bound="range", unit="year", measure="duration",
  subject="period in which no qualification was as hard as this one", source=LOW,
  counted=("in dieser Qualifikation", "Qualifikation"), place=None, optional=True)
C("u15", "nach 90 zähen Minuten", 90, unit="minute", measure="duration", subject="length of the match against Georgia",
  counted=None, place="DE", optional=True)
C("u15", "sieben oder acht Torchancen", 7, 8, bound="range", unit="Torchancen", measure="other",
  subject="chances Germany needs on average to score a goal", source=LOW,
  counted=("acht Torchancen", "Torchancen"), calt=["Der Schnitt"], place=None)
C("u15", "ein halbes Dutzend Torchancen", 6, bound="approx", unit="Torchancen", measure="other",
  subject="chances Marco Reus missed against Georgia", counted=("halbes Dutzend Torchancen", "Torchancen"),
  calt=["Marco Reus"], place="DE", place_alt=[None])
C("u15", "zwei Paraden", 2, unit="Paraden", measure="other", subject="saves by Manuel Neuer against Georgia",
  counted=("zwei Paraden", "Paraden"), calt=["Der Goalie"], place="DE", place_alt=[None])
C("u15", "durchschnittlich 12,69 Millionen Zuschauer", 12.69e6, unit="person", measure="participants",
  subject="average TV audience of Germany v Georgia on RTL", counted=("Millionen Zuschauer", "Zuschauer"),
  group=["spectators", "people"], place="DE")
C("u15", "36,8 Prozent", 36.8, unit="percent", measure="share", subject="RTL's market share for Germany v Georgia",
  counted="Der Marktanteil", place="DE")
C("u15", "im zehnten und letzten", 10, unit="Spiele", measure="other", subject="Germany's tenth and last qualifier (ordinal)",
  counted=("letzten EM-Qualifikationsspiel", "EM-Qualifikationsspiel"), place="DE", optional=True)
C("u15", "11,97 Millionen", 11.97e6, unit="person", measure="participants",
  subject="previous record TV audience of the qualifiers (Germany v Scotland)", counted="die bisherige Bestmarke",
  calt=["Schottland-Match"], group=["spectators", "people"], place="DE")

# ---------------------------------------------------------------- u16 Wissenschaft 890: particle physicist Valentin Knünz
KNU = "person.valentin_knuenz"
C("u16", "mehr als zehnmal so viel", 10, bound="more_than", unit="factor", measure="other",
  subject="mass of quarkonia relative to a proton", counted=("Sie wiegen", "Sie"),
  calt=[("aufgebaute Teilchen: Sie", "Teilchen")], place=None)
C("u16", "an die 100 Millionen Kollisionen pro Sekunde", 100e6, bound="approx", unit="Kollisionen per second",
  measure="other", subject="proton collisions per second in the LHC experiments", source=None, alt=[KNU],
  counted=("Millionen Kollisionen", "Kollisionen"), place=None, place_alt=["CH"])
C("u16", "etwa 100 pro Sekunde", 100, bound="approx", unit="Kollisionen per second", measure="other",
  subject="LHC collisions recorded per second", source=None, alt=[KNU],
  counted=("immer nur ein kleiner Teil", "ein kleiner Teil"), calt=[("Aufgezeichnet kann", "Aufgezeichnet")],
  place=None, place_alt=["CH"])
C("u16", "vor fünf Jahren", 5, unit="year", measure="duration", subject="time since Knünz began his research",
  source=KNU, counted="Forschungsarbeit", place=None, optional=True)
C("u16", "eines ganzen Jahres", 1, unit="year", measure="duration",
  subject="period of LHC data Knünz analysed for his dissertation", counted=("ausgewählte Daten", "Daten"),
  place=None, optional=True)
C("u16", "alle 140 beteiligten Institute", 140, unit="Institute", measure="other",
  subject="institutes taking part in the LHC Computing Grid", counted=("beteiligten Institute", "Institute"),
  place=None)
C("u16", ("Eines davon ist", "Eines"), 1, unit="Institute", measure="other",
  subject="the Vienna Institute of High Energy Physics among the 140", counted=("Eines davon ist", "davon"),
  place="AT", place_alt=[None], optional=True)
C("u16", ("eines der begehrten", "eines"), 1, unit="Cern-Fellowships", measure="other",
  subject="CERN fellowship awarded to Knünz", counted="Cern-Fellowships", place=None, optional=True)

# ---------------------------------------------------------------- u17 Panorama 958: FAO Global Forest Resources Assessment 2015
FAO, GFW = "org.fao", "org.global_forest_watch"
C("u17", ("in den vergangenen fünf Jahren um", "fünf Jahren"), 5, unit="year", measure="duration",
  subject="period of the latest forest-loss rate", source=None, alt=[FAO], counted=("Waldflächen verringerten", "Waldflächen"),
  place=None, optional=True)
C("u17", ("um nur noch 0,08 Prozent pro Jahr", "0,08 Prozent"), -0.08, unit="percent per year", measure="share",
  subject="annual net change of the world's forest area in the last five years", source=None, alt=[FAO],
  counted=("Waldflächen verringerten", "Waldflächen"), place=None, increment=True)
C("u17", "jährlich 0,18 Prozent", -0.18, unit="percent per year", measure="share",
  subject="annual net change of the world's forest area in the 1990s", source=FAO,
  counted=("die Waldflächen weltweit", "Waldflächen"), place=None, increment=True)
C("u17", ("In den vergangenen fünf Jahren betrug", "fünf Jahren"), 5, unit="year", measure="duration",
  subject="period of the latest forest-loss rate", source=None, alt=[FAO], counted="Nettoverlust",
  place=None, optional=True)
C("u17", ("Nettoverlust noch 0,08 Prozent pro Jahr", "0,08 Prozent"), -0.08, unit="percent per year", measure="share",
  subject="annual net change of the world's forest area in the last five years", source=None, alt=[FAO],
  counted="Nettoverlust", place=None, increment=True)
C("u17", "3,999 Milliarden Hektar", 3.999e9, unit="ha", measure="other", subject="forest area of the world in 2015",
  source=FAO, counted=("Hektar Wald auf der Welt", "Wald"), place=None)
C("u17", "30,6 Prozent", 30.6, unit="percent", measure="share", subject="share of forest in the planet's land area",
  source=None, alt=[FAO], counted="Landfläche des Planeten", place=None)
C("u17", "129 Millionen Hektar", -129e6, unit="ha", measure="other",
  subject="net change of the world's forest area since 1990", source=None, alt=[FAO], counted="Netto-Rückgang",
  place=None, increment=True)
C("u17", "1,29 Mio. Quadratkilometer", -1.29e6, unit="km2", measure="other",
  subject="net change of the world's forest area since 1990 (converted)", source=None, alt=[FAO],
  counted="Netto-Rückgang", place=None, increment=True)
C("u17", "knapp 815 Millionen Hektar", 815e6, bound="approx", unit="ha", measure="other",
  subject="forest area of Russia", source=None, alt=[FAO], counted=("Hektar bewaldet", "bewaldet"),
  calt=[("in Russland", "Russland")], place="RU")
C("u17", "knapp 494 Millionen Hektar", 494e6, bound="approx", unit="ha", measure="other",
  subject="forest area of Brazil", source=None, alt=[FAO], counted=("steht Brasilien", "Brasilien"), place="BR")
C("u17", "984.000 Hektar", -984000, unit="ha per year", measure="other",
  subject="annual forest loss reported by Brazil, 2010-2015", source=None, alt=[FAO],
  counted=("gemeldeten Verlust", "Verlust"), place="BR", increment=True)
C("u17", "gut 1,5 Millionen Hektar pro Jahr", 1.5e6, bound="more_than", unit="ha per year", measure="other",
  subject="annual net forest gain of China (afforestation)", source=None, alt=[FAO],
  counted=("Dagegen steht China", "China"), calt=["Aufforster"], place="CN", increment=True)
C("u17", "alle fünf Jahre", 5, unit="year", measure="duration", subject="interval of the FAO forest report",
  source=FAO, counted=("erscheinenden Studie", "Studie"), place=None, optional=True)
C("u17", "234 Länder", 234, unit="Länder", measure="other", subject="countries and territories assessed by the FAO report",
  source=FAO, counted="Länder beziehungsweise Territorien", place=None)
C("u17", "rund 18 Millionen Hektar", -18e6, bound="approx", unit="ha", measure="other",
  subject="forest area the world lost in 2014 (Global Forest Watch)", source=GFW,
  counted=("Hektar Wald verloren", "Wald"), place=None, increment=True)

# ---------------------------------------------------------------- u18 Sport 976: Jagr passes 1,100 NHL assists
C("u18", "als sechster Spieler", 6, unit="person", measure="other",
  subject="players in NHL history with 1,100 assists (ordinal)", counted=("sechster Spieler", "Spieler"),
  group=["players", "athletes", "people"], place=None, place_alt=["US"], optional=True)
C("u18", "1.100 Assists", 1100, unit="Assists", measure="other", subject="career NHL assists of Jaromir Jagr",
  counted=("1.100 Assists", "Assists"), calt=["Altstar Jaromir Jagr"], place=None, place_alt=["US"])
C("u18", "43-jährige", 43, unit="year", measure="age", subject="age of Jaromir Jagr",
  counted=("43-jährige Tscheche", "Tscheche"), calt=["Altstar Jaromir Jagr"], group=["players", "athletes", "men", "people"],
  nat="CZ", place="US", place_alt=[None])
C("u18", "zwei Vorlagen", 2, unit="Vorlagen", measure="other", subject="assists by Jagr against Detroit",
  counted=("zwei Vorlagen", "Vorlagen"), place="US", place_alt=[None])
C("u18", "die achte Niederlage", 8, unit="Niederlagen", measure="other",
  subject="Minnesota Wild defeats in their last ten games (ordinal)", counted="Niederlage", place="US",
  place_alt=[None], optional=True)
C("u18", "in den jüngsten zehn Spielen", 10, unit="Spiele", measure="other", subject="Minnesota Wild's last ten games",
  counted="Spielen", place="US", place_alt=[None], optional=True)
C("u18", "jeweils einen Sieg", 1, unit="Siege", measure="other", subject="wins for Grabner's and Raffl's teams, each",
  counted=("jeweils einen Sieg", "Sieg"), place=None, optional=True)
C("u18", "18:57 Minuten", 18.95, unit="minute", measure="duration", subject="ice time of Michael Grabner against New Jersey",
  counted=("Grabner stand dabei", "Grabner"), group=["players", "athletes", "men", "people", None], nat=None,
  nat_alt=["AT"], place="CA", place_alt=[None])
C("u18", "zwei Torschüsse", 2, unit="Torschüsse", measure="other", subject="shots on goal by Michael Grabner against New Jersey",
  counted=("zwei Torschüsse", "Torschüsse"), calt=[("Grabner stand dabei", "Grabner")], place="CA", place_alt=[None])
C("u18", "10:18 Minuten", 10.3, unit="minute", measure="duration", subject="ice time of Michael Raffl at Nashville",
  counted="Eiszeit", calt=[("Michael Raffl kam", "Michael Raffl")], group=["players", "athletes", "men", "people", None],
  nat=None, nat_alt=["AT"], place="US", place_alt=[None])

# ---------------------------------------------------------------- u19 Etat 1019: interview with newsgame developer Marcus Bösch
BOS = "person.marcus_boesch"
C("u19", "mehr als 600 Medienexperten", 600, bound="more_than", unit="person", measure="participants",
  subject="media experts attending the GEN Summit in Vienna", counted=("600 Medienexperten", "Medienexperten"),
  group=["journalists", "people", "visitors"], place="AT")
C("u19", "in drei Gruppen", 3, unit="Gruppen", measure="other",
  subject="groups a US academic split his students into for a newsgame field test", source=BOS,
  counted=("in drei Gruppen", "Gruppen"), calt=["seine Studierenden"], place="US", place_alt=[None])
C("u19", "Nach mehreren Wochen", unit="week", measure="duration", subject="time before the students were questioned",
  source=BOS, counted="die Gruppen zu Details", place="US", place_alt=[None], **V)
C("u19", "eine Minute Tatort", 1, unit="minute", measure="duration", subject="one minute of a Tatort episode (comparison)",
  source=BOS, counted="Tatort", place=None, optional=True)
C("u19", "etwa 15.000 Euro", 15000, bound="approx", unit="EUR", measure="amount",
  subject="cost of a simple newsgame (and of one minute of Tatort)", source=BOS,
  counted=("Ein einfaches Newsgame", "Newsgame"), calt=[("Minute Tatort", "Tatort")], place=None)
C("u19", "sieben Jahre zurück", 7, unit="year", measure="duration",
  subject="time since Bösch's mobile video experiments for the Tagesschau", source=BOS,
  counted="mobile Videoexperimente", place=None, optional=True)
C("u19", "seit einigen Jahren", unit="year", measure="duration",
  subject="time people have said the smartphone is technologically exhausted", source=BOS,
  counted="Leute", place=None, **V)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
