"""Build the twentieth held-out gold (claims, negatives) from the annotation table below.

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
 "person.alois_stoeger": {"label": "Alois Stöger, Austrian minister of social affairs (interviewee)",
                          "patterns": ["Stöger", "Sozialminister"]},
 "at.oevp": {"label": "ÖVP (Austrian People's Party)", "patterns": ["ÖVP"]},
 "org.yougov": {"label": "YouGov (poll for The Times)", "patterns": ["Yougov", "YouGov", "Umfrage"]},
 "media.the_times": {"label": "The Times (London), which commissioned the YouGov poll", "patterns": ["Times"]},
 "person.roberto_azevedo": {"label": "Roberto Azevêdo, director-general of the WTO",
                            "patterns": ["Azevedo", "WTO-Chef"]},
 "org.wto": {"label": "World Trade Organization", "patterns": ["Welthandelsorganisation", "WTO"]},
 "eu.treaty_art50": {"label": "Article 50 of the Treaty on European Union", "patterns": ["Artikel 50"]},
 "at.presserat": {"label": "Österreichischer Presserat (press council)", "patterns": ["Presserat"]},
 "person.richard_schmitt": {"label": "Richard Schmitt, adviser to the Krone publisher, editor of Krone Multimedia",
                            "patterns": ["Schmitt"]},
 "us.nchs": {"label": "National Center for Health Statistics (US)",
             "patterns": ["NCHS", "Behörde für Gesundheitsvorsorge"]},
 "us.surgeon_general": {"label": "US Surgeon General ('Leiter des öffentlichen Gesundheitsdienstes in den USA')",
                        "patterns": ["Leiters des öffentlichen Gesundheitsdienstes", "Gesundheitsdienst"]},
 "study.ifes_noe": {"label": "IFES study on smoking among Lower Austrian youths", "patterns": ["IFES"]},
 "person.maurice_androsch": {"label": "Maurice Androsch, Lower Austrian health councillor (SPÖ)",
                             "patterns": ["Androsch", "Landesrat"]},
 "at.landespressedienst_noe": {"label": "Landespressedienst Niederösterreich", "patterns": ["Landespressedienst"]},
 "at.naturschutzbund": {"label": "Österreichischer Naturschutzbund (ÖNB)", "patterns": ["Naturschutzbund", "ÖNB"]},
 "media.la_derniere_heure": {"label": "La Dernière Heure (Belgian newspaper)", "patterns": ["Dernière Heure"]},
 "media.het_laatste_nieuws": {"label": "Het Laatste Nieuws (Belgian newspaper)", "patterns": ["Laatste Nieuws"]},
 "person.ernst_swoboda": {"label": "Ernst Swoboda, Kronehit CEO, chair of the VÖP (private broadcasters)",
                          "patterns": ["Swoboda", "VÖP"]},
 "at.gfk": {"label": "GfK Austria (market research, Radiotest)", "patterns": ["GfK"]},
 "at.orf": {"label": "ORF (Austrian public broadcaster)", "patterns": ["ORF"]},
 "eu.council_of_europe": {"label": "Council of Europe (report)", "patterns": ["Europarat"]},
 "person.johanna_mikl_leitner": {"label": "Johanna Mikl-Leitner, Austrian interior minister",
                                 "patterns": ["Mikl-Leitner", "Innenministerin"]},
 "de.police_essen": {"label": "Police in Essen", "patterns": ["Polizei"]},
 "de.fire_brigade_essen": {"label": "Fire brigade in Essen (spokesman)", "patterns": ["Feuerwehr"]},
 "media.bbc": {"label": "BBC", "patterns": ["BBC", "britische Sender"]},
 "person.prodinger": {"label": "Prodinger, tourism consultant (calculation for the Tyrolean government)",
                      "patterns": ["Prodinger", "Tourismusberater"]},
 "org.inside_airbnb": {"label": "Inside Airbnb (data platform)", "patterns": ["Inside Airbnb"]},
 "at.wifo": {"label": "WIFO (Austrian Institute of Economic Research)", "patterns": ["Wifo", "Wirtschaftsforscher"]},
 "at.ihs": {"label": "IHS (Institute for Advanced Studies, Vienna)", "patterns": ["IHS"]},
 "at.family_ministry": {"label": "Austrian Ministry of Families", "patterns": ["Familienministerium"]},
 "media.business_insider": {"label": "Business Insider", "patterns": ["Business Insider"]},
 "unnamed.leaked_photo": {"label": "a leaked photo of the Pepsi P1", "patterns": ["geleaktes Foto"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
REF = ["refugees", "migrants", "people"]
KID = ["children", "people"]
MEN = ["men", "people"]
WOM = ["women", "people"]
STO = "person.alois_stoeger"

# ---------------------------------------------------------------- g00 Inland 103: interview with Alois Stöger
C("g00", ("zu hundert Prozent", "hundert Prozent"), 100, unit="percent", measure="share",
  subject="how fully Stöger filled his earlier posts", source=STO, counted=("jene Aufgaben", "Aufgaben"),
  place="AT", optional=True)
C("g00", ("ein paar positive Beispiele", "ein paar"), **V, unit="Beispiele", measure="other",
  subject="positive examples of investment since Juncker", counted=("positive Beispiele", "Beispiele"),
  source=STO)
C("g00", ("Asylberechtigte halbieren", "halbieren"), 0.5, unit="factor", measure="other",
  subject="Upper Austria's planned cut of the minimum income for recognised refugees",
  counted=("Oberösterreich will die Mindestsicherung", "Mindestsicherung"), calt=["Mindestsicherung für Asylberechtigte"],
  place="AT")
C("g00", "2000 Euro", 2000, bound="at_least", unit="EUR", measure="amount",
  subject="minimum income a family can receive", counted=("2000 Euro Mindestsicherung", "Mindestsicherung"),
  calt=[("Familien können", "Familien")], place="AT")
C("g00", "620 Euro", 620, unit="EUR", measure="amount", subject="basic amount of the minimum income (without housing)",
  source=STO, counted="Grundbetrag", place="AT")
C("g00", ("schon jetzt halbiert werden", "halbiert"), 0.5, unit="factor", measure="other",
  subject="cut of the basic amount possible today for recipients refusing work", source=STO,
  counted=("Grundbetrag", "Grundbetrag"), place="AT", optional=True)
C("g00", "1500 Euro", 1500, unit="EUR", measure="amount", subject="cap on the minimum income demanded by the ÖVP",
  source=STO, alt=["at.oevp"], counted=("Begrenzung der Leistung", "Leistung"), calt=["Begrenzung der Leistung"],
  place="AT")
C("g00", "zwei Millionen", 2e6, unit="person", measure="size", subject="pensioners in Austria",
  source=STO, counted=("zwei Millionen Pensionisten", "Pensionisten"), group=P, nat="AT", nat_alt=[None], place="AT")
C("g00", ("von 60 auf", "60"), 60, unit="year", measure="age", subject="statutory pension age of women",
  counted=("Pensionsalter der Frauen", "Pensionsalter"), calt=[("Pensionsalter der Frauen", "Frauen")],
  group=WOM, place="AT")
C("g00", ("65 Jahre der Männer", "65 Jahre"), 65, unit="year", measure="age", subject="statutory pension age of men (target for women)",
  counted=("65 Jahre der Männer", "Männer"), calt=[("Pensionsalter der Frauen", "Pensionsalter")],
  group=["men", "women", "people"], place="AT")
C("g00", "mit 60 Jahren", 60, unit="year", measure="age", subject="age at which women may retire",
  source=STO, counted=None, calt=[("60 Jahren in Pension", "Pension")], place="AT")

# ---------------------------------------------------------------- g01 Wirtschaft 116: Varoufakis founds DiEM25 in Berlin
C("g01", ("zwölf europäischen Ländern", "zwölf"), 12, unit="Länder", measure="other",
  subject="countries the co-founders of DiEM25 come from", counted=("zwölf europäischen Ländern", "Ländern"),
  place="DE", place_alt=[None])
C("g01", ("mit einigen Mitstreitern", "einigen"), **V, unit="person", measure="other",
  subject="co-authors of the DiEM25 manifesto", counted=("einigen Mitstreitern", "Mitstreitern"), group=P)

# ---------------------------------------------------------------- g02 International 206: Brexit poll, WTO on tariffs
C("g02", "41 Prozent", 41, unit="percent", measure="share",
  subject="support for Leave and for Remain in the YouGov poll (each)", source="org.yougov", alt=["media.the_times"],
  counted=("Sowohl die Gegner", "Gegner"), calt=[("auch die Befürworter eines Brexit", "Befürworter")],
  group=["voters", "respondents", "people"], nat=None, nat_alt=["GB"], place="GB")
C("g02", "drei Prozentpunkten", -3, unit="percent", measure="share", increment=True,
  subject="change for Remain against the week before", alt=["org.yougov"],
  counted=("für die Gegner und", "Gegner"), group=["voters", "respondents", "people"], nat=None, nat_alt=["GB"], place="GB")
C("g02", ("von einem Punkt", "einem Punkt"), 1, unit="percent", measure="share", increment=True,
  subject="change for Leave against the week before", alt=["org.yougov"],
  counted=("Punkt für die Befürworter", "Befürworter"), group=["voters", "respondents", "people"], nat=None,
  nat_alt=["GB"], place="GB")
C("g02", ("In den vergangenen zehn Tagen", "zehn Tagen"), 10, unit="day", measure="duration",
  subject="period in which Remain led", counted=None, place="GB", optional=True)
C("g02", "neun Milliarden Pfund", 9e9, unit="GBP", measure="amount", subject="annual import tariffs after a Brexit",
  source="person.roberto_azevedo", alt=["org.wto"], counted="Einfuhrzölle", place="GB")
C("g02", "11,8 Milliarden Euro", 11.8e9, unit="EUR", measure="amount",
  subject="annual import tariffs after a Brexit (converted)", source="person.roberto_azevedo", alt=["org.wto"],
  counted="Einfuhrzölle", place="GB")
C("g02", "5,5 Milliarden Pfund", 5.5e9, unit="GBP", measure="amount", subject="export tariffs on overseas markets after a Brexit",
  source="person.roberto_azevedo", alt=["org.wto"], counted="Exportzöllen", place="GB")
C("g02", ("58 Ländern", "58"), 58, unit="Länder", measure="other",
  subject="countries with EU tariff agreements Britain would lose access to", source="person.roberto_azevedo",
  alt=["org.wto"], counted=("58 Ländern", "Ländern"), place="GB", place_alt=[None])
C("g02", "zwei weitere Jahre", 2, unit="year", measure="duration", hedged=True,
  subject="time Britain stays an EU member after a Leave vote (Article 50)", alt=["eu.treaty_art50"],
  counted="EU-Mitglied", place="GB")
C("g02", ("Innerhalb dieser beiden Jahre", "beiden Jahre"), 2, unit="year", measure="duration",
  subject="exit negotiation period (repeat)", alt=["eu.treaty_art50"], counted=None, place="GB", optional=True)

# ---------------------------------------------------------------- g03 Etat 302: Krone photo of the dead refugees
C("g03", ("Bereits mehrere Beschwerden", "mehrere"), **V, unit="Beschwerden", measure="other",
  subject="complaints to the press council about the Krone photo", counted=("mehrere Beschwerden", "Beschwerden"), place="AT")
C("g03", ("35 Beschwerden", "35"), 35, unit="Beschwerden", measure="other",
  subject="complaints to the press council about the Krone photo by Friday 17:00", alt=["at.presserat"],
  counted=("35 Beschwerden", "Beschwerden"), place="AT")
C("g03", ("16 Verstößen", "16"), 16, unit="Verstöße", measure="other",
  subject="breaches for which the press council reprimanded the Kronen Zeitung last year",
  counted=("16 Verstößen", "Verstößen"), place="AT")
C("g03", ("nämlich 66", "66"), 66, unit="Beschwerden", measure="other",
  subject="complaints about a Heute article (record so far)", counted=("Am meisten Beschwerden", "Beschwerden"),
  place="AT")
C("g03", "verdoppeln", 2, unit="factor", measure="other",
  subject="Krone doubles the sale proceeds from Bild and donates them", source="person.richard_schmitt",
  counted="Verkaufserlös", place="AT")

# ---------------------------------------------------------------- g04 Web 333: Windows 10 Mobile preview build
C("g04", ("ein paar neue Funktionen", "ein paar"), **V, unit="Funktionen", measure="other",
  subject="new features of the preview build", counted=("neue Funktionen", "Funktionen"))
C("g04", ("noch einige Fehler", "einige"), **V, unit="Fehler", measure="other",
  subject="bugs of the preview build", counted=("einige Fehler", "Fehler"))

# ---------------------------------------------------------------- g05 Sport 379: Wolfsberger AC 2:1 Mattersburg
C("g05", ("fährt drei bitter", "drei"), 3, unit="Punkte", measure="other",
  subject="points won by the WAC", counted=("notwendige Punkte", "Punkte"), place="AT")
C("g05", ("ersten dritten Sieg", "dritten"), 3, unit="Siege", measure="other",
  subject="WAC's wins this season (ordinal)", counted=("dritten Sieg", "Sieg"), place="AT", optional=True)
C("g05", ("zwei Punkten Vorsprung", "zwei"), 2, unit="Punkte", measure="other", increment=True,
  subject="WAC's lead over SV Ried", counted=("zwei Punkten Vorsprung", "Punkten"),
  calt=[("zwei Punkten Vorsprung", "Vorsprung")], place="AT")
C("g05", ("Bei beiden Toren", "beiden"), 2, unit="Tore", measure="other",
  subject="Ouedraogo's goals (repeat)", counted=("beiden Toren", "Toren"), place="AT", optional=True)
C("g05", ("Das dritte Saisontor", "dritte"), 3, unit="Tore", measure="other",
  subject="Ouedraogo's goals this season (ordinal)", counted="Saisontor", place="AT", optional=True)
C("g05", ("zwischen mehreren Köpfen", "mehreren"), **V, unit="Köpfe", measure="other",
  subject="heads the ball bounced between", counted=("mehreren Köpfen", "Köpfen"), place="AT")
C("g05", ("Lavanttal-Arena, 3.100", "3.100"), 3100, unit="person", measure="participants",
  subject="attendance at the Lavanttal-Arena (results box)", counted=None, group=["spectators", "people"],
  place="AT", optional=True)

# ---------------------------------------------------------------- g06 Panorama 433: smoking in the US and in Lower Austria
NCHS = "us.nchs"
C("g06", ("noch bei 42 Prozent", "42 Prozent"), 42, unit="percent", measure="share",
  subject="share of adult cigarette smokers in the US in 1965 (teaser)", alt=[NCHS],
  counted=("Der Vergleichswert", "Vergleichswert"), place="US")
C("g06", "15,2 Prozent", 15.2, unit="percent", measure="share", subject="share of adult cigarette smokers in the US",
  source=NCHS, counted=("Prozent der Erwachsenen", "Erwachsenen"), calt=["Anteil der Zigarettenraucher"],
  group=P, nat=None, nat_alt=["US"], place="US")
C("g06", "24,7 Prozent", 24.7, unit="percent", measure="share", subject="share of adult cigarette smokers in the US in 1997",
  alt=[NCHS], counted="Vergleichswerte", place="US")
C("g06", ("1965 bei 42 Prozent", "42 Prozent"), 42, unit="percent", measure="share",
  subject="share of adult cigarette smokers in the US in 1965", alt=[NCHS], counted="Vergleichswerte", place="US")
C("g06", "17,4 Prozent", 17.4, unit="percent", measure="share", subject="share of smokers among US men",
  alt=[NCHS], counted=("Raucheranteil von Männern", "Männern"), calt=["Raucheranteil"], group=MEN,
  nat=None, nat_alt=["US"], place="US")
C("g06", "13 Prozent", 13, unit="percent", measure="share", subject="share of smokers among US women",
  alt=[NCHS], counted=("der von Frauen", "Frauen"), group=WOM, nat=None, nat_alt=["US"], place="US")
C("g06", "18,1 Prozent", 18.1, unit="percent", measure="share", subject="share of smokers among African Americans",
  alt=[NCHS], counted="Afroamerikaner", group=P, nat="US", nat_alt=[None], place="US")
C("g06", "17,1 Prozent", 17.1, unit="percent", measure="share", subject="share of smokers among white Americans",
  alt=[NCHS], counted="Weißen", group=P, nat=None, nat_alt=["US"], place="US")
C("g06", "10,4 Prozent", 10.4, unit="percent", measure="share", subject="share of smokers among Hispanics",
  alt=[NCHS], counted="Hispanics", group=P, nat=None, nat_alt=["US"], place="US")
C("g06", "Rund 480.000", 480000, bound="approx", unit="person", measure="killed",
  subject="annual deaths from the consequences of smoking in the US", source="us.surgeon_general",
  counted="Todesfälle", group=P, place="US")
C("g06", "Ein Drittel", 33.33, unit="percent", measure="share", subject="share of smokers among youths in Lower Austria",
  source="study.ifes_noe", alt=["person.maurice_androsch"], counted=("Drittel der Jugendlichen", "Jugendlichen"),
  group=["children", "pupils", "people"], place="AT")
C("g06", "zwölf Jahren", 12, unit="year", measure="age", subject="average age at which Lower Austrian youths start smoking",
  source="study.ifes_noe", alt=["person.maurice_androsch"], counted="Einstiegsalter", place="AT")
C("g06", ("918 Interviews", "918"), 918, unit="Interviews", measure="other",
  subject="interviews with pupils of grades 7 to 9 in the IFES study", source="at.landespressedienst_noe",
  counted=("918 Interviews", "Interviews"), place="AT")
C("g06", "um ein Jahr früher", -1, unit="year", measure="age", increment=True,
  subject="fall of the starting age of smoking per decade (adult survey)", source="person.maurice_androsch",
  counted=None, calt=[("mit dem Rauchen begonnen", "Rauchen")], place="AT")

# ---------------------------------------------------------------- g07 Kultur 468: review of Setz, Die Stunde zwischen Frau und Gitarre
C("g07", "Seit vier Jahren", 4, unit="year", measure="duration",
  subject="time Dorm has lived in the care home (novel)", counted=None,
  calt=[("Jahren schon lebt er im Heim", "er"), ("lebt er im Heim", "Heim")])
C("g07", "einundzwanzig", 21, unit="year", measure="age", subject="age of the heroine Natalie Reinegger (novel)",
  counted=("Sie ist einundzwanzig", "Sie"), calt=["Natalie Reinegger"], group=WOM)
C("g07", ("über tausend Seiten", "über tausend"), 1000, bound="more_than", unit="Seiten", measure="other",
  subject="length of Setz's novel", counted=("über tausend Seiten", "Seiten"), place=None, place_alt=["AT"])
C("g07", ("Seiten, tausend Seiten", "tausend"), 1000, unit="Seiten", measure="other",
  subject="length of the novel (echo of 'über tausend Seiten')", counted=("tausend Seiten aber", "Seiten"),
  optional=True)
C("g07", ("über die tausend Seiten", "tausend"), 1000, unit="Seiten", measure="other",
  subject="length of the novel (repeat)", counted=("über die tausend Seiten", "Seiten"), optional=True)
C("g07", ("führen die drei vor", "drei"), 3, unit="person", measure="other",
  subject="the three main characters (repeat)", counted=None, group=P, optional=True)

# ---------------------------------------------------------------- g08 Inland 478: Naturschutzbund on Lorenz's honorary doctorate
C("g08", ("nur zwei Beispiele", "zwei"), 2, unit="Beispiele", measure="other",
  subject="examples of Lorenz's environmental engagement named by the ÖNB", source="at.naturschutzbund",
  counted=("zwei Beispiele", "Beispiele"), place="AT", optional=True)

# ---------------------------------------------------------------- g09 International 630: convicted jihadist free in Brussels
DH, HLN = "media.la_derniere_heure", "media.het_laatste_nieuws"
C("g09", ("noch mehrere Monate in Freiheit bleiben. Brüssel", "mehrere Monate"), **V, unit="month", measure="duration",
  subject="time the man could stay free pending appeal (headline)", counted=None, place="BE")
C("g09", ("zu fünf Jahren Haft verurteilter", "fünf Jahren"), 5, unit="year", measure="duration",
  subject="prison sentence for membership of a terror organisation", source=DH, alt=[HLN],
  counted=("Jahren Haft verurteilter", "Haft"), place="BE")
C("g09", "25-jähriger", 25, unit="year", measure="age", subject="age of the convicted man (Iliass K.)",
  source=DH, alt=[HLN], counted=("25-jähriger Muslim", "Muslim"), group=MEN, place="BE")
C("g09", ("wurde zu fünf Jahren", "fünf Jahren"), 5, unit="year", measure="duration",
  subject="prison sentence of Iliass K. (repeat)", alt=[DH, HLN], counted=("fünf Jahren Haft verurteilt, die", "Haft"),
  place="BE")
C("g09", "die Hälfte davon", 50, unit="percent", measure="share", subject="suspended part of the sentence",
  alt=[DH, HLN], counted=("fünf Jahren Haft verurteilt, die", "Haft"), calt=[("Hälfte davon", "davon")], place="BE")
C("g09", ("kann er bis zur endgültigen Gerichtsentscheidung mehrere Monate", "mehrere Monate"), **V, unit="month",
  measure="duration", subject="time the man can stay free pending appeal", counted=None, place="BE")

# ---------------------------------------------------------------- g10 Etat 783: GfK's manipulated Radiotest
SWO, GFK, ORF = "person.ernst_swoboda", "at.gfk", "at.orf"
C("g10", ("in den vergangenen fünf Jahren", "fünf Jahren"), 5, unit="year", measure="duration",
  subject="period of the Radiotest manipulations", counted=None, place="AT", optional=True)
C("g10", "bis zu 20 Millionen Euro", 20e6, bound="up_to", unit="EUR", measure="damage", hedged=True,
  subject="damage caused by the Radiotest manipulations", alt=[SWO], counted=("einen Schaden von", "Schaden"), place="AT")
C("g10", ("(14 bis 49 Jahre)", "14 bis 49"), 14, 49, bound="range", unit="year", measure="age",
  subject="advertising target group of the Radiotest (definition)", counted=("werberelevanten Zielgruppe", "Zielgruppe"), group=P, place="AT",
  optional=True)
C("g10", ("für Ö3 41 Prozent", "41 Prozent"), 41, unit="percent", measure="share",
  subject="Ö3 market share reported by GfK, H1 2015, ages 14-49", source=GFK,
  counted=("41 Prozent Marktanteil", "Marktanteil"), calt=[("für Ö3 41", "Ö3")], place="AT")
C("g10", "nur 38 Prozent", 38, unit="percent", measure="share",
  subject="Ö3 true market share, H1 2015, ages 14-49", counted=("41 Prozent Marktanteil", "Marktanteil"),
  calt=[("für Ö3 41", "Ö3")], place="AT")
C("g10", "64 Prozent", 64, unit="percent", measure="share", subject="ORF market share reported by GfK",
  alt=[GFK], counted=("Für den ORF insgesamt", "ORF"), place="AT")
C("g10", "bei 60 Prozent", 60, unit="percent", measure="share", subject="ORF true market share",
  counted=("der wahre Wert", "Wert"), calt=[("Für den ORF insgesamt", "ORF")], place="AT")
C("g10", ("mit 33 statt 36", "33"), 33, unit="percent", measure="share",
  subject="RMS Top market share reported by GfK", alt=[GFK], counted="RMS Top",
  calt=[("36 Prozent Marktanteil", "Marktanteil")], place="AT")
C("g10", ("statt 36 Prozent", "36 Prozent"), 36, unit="percent", measure="share", subject="RMS Top true market share",
  counted="RMS Top", calt=[("36 Prozent Marktanteil", "Marktanteil")], place="AT")
C("g10", ("von 31 auf", "31"), 31, unit="percent", measure="share", subject="Antenne Steiermark true market share",
  counted="Antenne Steiermark", calt=[("24 Prozent Marktanteil", "Marktanteil")], place="AT")
C("g10", "24 Prozent", 24, unit="percent", measure="share", subject="Antenne Steiermark market share reported by GfK",
  alt=[GFK], counted="Antenne Steiermark", calt=[("24 Prozent Marktanteil", "Marktanteil")], place="AT")
C("g10", ("die zwei schlimmsten Bundesländer", "zwei"), 2, unit="Bundesländer", measure="other",
  subject="provinces with the worst distortions", source=SWO, counted=("schlimmsten Bundesländer", "Bundesländer"), place="AT", optional=True)
C("g10", "etwa 100 Millionen Euro", 100e6, bound="approx", unit="EUR", measure="amount",
  subject="advertising volume of the Austrian radio market", alt=[SWO], counted="Werbevolumen", place="AT")
C("g10", ("ein Prozent Marktanteil", "ein Prozent"), 1, unit="percent", measure="share",
  subject="one point of market share (unit of the conversion)", alt=[SWO],
  counted=("ein Prozent Marktanteil", "Marktanteil"), place="AT", optional=True)
C("g10", "eine Million Euro", 1e6, unit="EUR", measure="amount", subject="advertising money per point of radio market share",
  alt=[SWO], counted=("ein Prozent Marktanteil", "Marktanteil"), place="AT")
C("g10", "drei bis vier Millionen", 3e6, 4e6, bound="range", unit="EUR", measure="damage", hedged=True,
  subject="advertising money that went to the ORF instead of private stations in 2015", alt=[SWO],
  counted=None, place="AT")
C("g10", ("irgendwo bei 15 bis 20 Millionen", "15 bis 20 Millionen"), 15e6, 20e6, bound="range", unit="EUR",
  measure="damage", hedged=True, subject="total loss of the private stations (Swoboda's estimate)", source=SWO,
  counted="Volumen", place="AT")
C("g10", ("in etwa sechs Monaten", "etwa sechs Monaten"), 6, bound="approx", unit="month", measure="duration",
  subject="time until the revision committee's review of 2011-2015 data is available", counted=None,
  calt=["Revisionskomitee"], place="AT")
C("g10", ("(14 statt 13 Prozent)", "14"), 14, unit="percent", measure="share",
  subject="Radio Wien true market share (ORF figures), ages 10+", alt=[ORF],
  counted=("Marktanteil von Radio Wien", "Radio Wien"), calt=[("beim Marktanteil von Radio Wien", "Marktanteil")],
  place="AT")
C("g10", ("14 statt 13 Prozent", "13 Prozent"), 13, unit="percent", measure="share",
  subject="Radio Wien market share reported by GfK (ORF figures)", alt=[ORF],
  counted=("Marktanteil von Radio Wien", "Radio Wien"), calt=[("beim Marktanteil von Radio Wien", "Marktanteil")],
  place="AT")
C("g10", ("(40 statt 39)", "40"), 40, unit="percent", measure="share", subject="Radio Burgenland true market share (ORF figures)",
  alt=[ORF], counted="Radio Burgenland", place="AT")
C("g10", ("(40 statt 39)", "39"), 39, unit="percent", measure="share",
  subject="Radio Burgenland market share reported by GfK (ORF figures)", alt=[ORF], counted="Radio Burgenland", place="AT")
C("g10", ("(33 statt 32)", "33"), 33, unit="percent", measure="share", subject="Ö3 Salzburg true market share (ORF figures)",
  alt=[ORF], counted=("Ö3 in Salzburg", "Ö3 in Salzburg"), place="AT")
C("g10", ("(33 statt 32)", "32"), 32, unit="percent", measure="share",
  subject="Ö3 Salzburg market share reported by GfK (ORF figures)", alt=[ORF], counted=("Ö3 in Salzburg", "Ö3 in Salzburg"), place="AT")
C("g10", ("(32 statt 31)", "32"), 32, unit="percent", measure="share", subject="Ö3 Tyrol true market share (ORF figures)",
  alt=[ORF], counted=("oder Ö3 in Tirol", "Ö3 in Tirol"), place="AT")
C("g10", ("(32 statt 31)", "31"), 31, unit="percent", measure="share",
  subject="Ö3 Tyrol market share reported by GfK (ORF figures)", alt=[ORF], counted=("oder Ö3 in Tirol", "Ö3 in Tirol"), place="AT")
C("g10", ("Zielgruppe zehn Jahre und älter", "zehn Jahre und älter"), 10, bound="at_least", unit="year", measure="age",
  subject="target group of the ORF figures (definition)", counted=("Zielgruppe zehn", "Zielgruppe"), group=P, place="AT",
  optional=True)
C("g10", ("(14 bis 49) sei", "14 bis 49"), 14, 49, bound="range", unit="year", measure="age",
  subject="young target group (definition)", counted=("In der jungen Zielgruppe", "Zielgruppe"), group=P, place="AT",
  optional=True)
C("g10", "um drei Punkte", -3, unit="percent", measure="share", increment=True,
  subject="understatement of Ö3's market share in Tyrol, ages 14-49, H2 2015", source=ORF,
  counted=("Marktanteil von Ö3 in Tirol", "Marktanteil"), calt=["Ö3 in Tirol im"], place="AT")
C("g10", ("(43 statt 40)", "43"), 43, unit="percent", measure="share",
  subject="Ö3 Tyrol true market share, ages 14-49, H2 2015 (ORF)", source=ORF,
  counted=("Marktanteil von Ö3 in Tirol", "Marktanteil"), calt=["Ö3 in Tirol im"], place="AT")
C("g10", ("(43 statt 40)", "40"), 40, unit="percent", measure="share",
  subject="Ö3 Tyrol market share reported, ages 14-49, H2 2015 (ORF)", source=ORF,
  counted=("Marktanteil von Ö3 in Tirol", "Marktanteil"), calt=["Ö3 in Tirol im"], place="AT")
C("g10", "auf 15 bis 20 Millionen Euro", 15e6, 20e6, bound="range", unit="EUR", measure="damage", hedged=True,
  subject="loss of the private stations as estimated by Swoboda (repeat, ORF statement)", source=SWO, alt=[ORF],
  counted=("den Schaden auf", "Schaden"), place="AT")

# ---------------------------------------------------------------- g11 Panorama 846: VwGH stops Dublin returns to Hungary
C("g11", ("in zwei Fällen aus. Wien", "zwei"), 2, unit="Fälle", measure="other",
  subject="Dublin returns to Hungary suspended by the VwGH (headline)", counted=("zwei Fällen aus. Wien", "Fällen"),
  place="AT")
C("g11", ("mehrere deutsche", "mehrere"), **V, unit="Verwaltungsgerichte", measure="other",
  subject="German administrative courts that stopped Dublin returns", counted="Verwaltungsgerichte", place="DE")
C("g11", ("bereits in zwei Fällen eine", "zwei"), 2, unit="Fälle", measure="other",
  subject="Dublin returns to Hungary suspended by the VwGH", counted=("zwei Fällen eine", "Fällen"), place="AT")
C("g11", ("die mit sechs Kindern", "sechs"), 6, unit="person", measure="other",
  subject="children of the second Afghan woman", counted=("die mit sechs Kindern", "Kindern"), group=KID,
  nat="AF", nat_alt=[None], place="AT")
C("g11", ("In beiden Fällen", "beiden"), 2, unit="Fälle", measure="other", subject="the two cases (repeat)",
  counted=("In beiden Fällen", "Fällen"), place="AT", optional=True)
C("g11", ("mit den sechs Kindern", "sechs"), 6, unit="person", measure="other",
  subject="children of the second Afghan woman (repeat)", counted=("mit den sechs Kindern", "Kindern"), group=KID,
  nat="AF", nat_alt=[None], place="AT", optional=True)
C("g11", "ein Viertel", 25, unit="percent", measure="share", subject="share of asylum seekers detained in Hungary",
  source="eu.council_of_europe", counted=("aller Asylwerber", "Asylwerber"), group=REF, place="HU")
C("g11", ("80 statt bisher 40", "80"), 80, unit="person", measure="planned",
  subject="Austrian police officers offered for border controls at the Serbian-Hungarian border",
  alt=["person.johanna_mikl_leitner"], counted=("40  Polizisten", "Polizisten"), group=["police", "people"],
  nat="AT", nat_alt=[None], place="HU", place_alt=["RS"])
C("g11", ("bisher 40", "40"), 40, unit="person", measure="deployed",
  subject="Austrian police officers so far at the Serbian-Hungarian border",
  alt=["person.johanna_mikl_leitner"], counted=("40  Polizisten", "Polizisten"), group=["police", "people"],
  nat="AT", nat_alt=[None], place="HU", place_alt=["RS"])

# ---------------------------------------------------------------- g12 Kultur 906: Ransmayr's essay on the word
C("g12", "vier und fünftausend Meter", 4000, 5000, bound="range", unit="m", measure="other",
  subject="depth of the sea under a freighter on a transatlantic route", counted="Meerestiefe", optional=True)
C("g12", ("Allein die zehn Millionen Toten", "zehn Millionen"), 10e6, unit="person", measure="killed",
  subject="deaths under Leopold II in the Congo", counted=("Allein die zehn Millionen Toten", "Toten"), group=P,
  nat=None, nat_alt=["CD"], place="CD")
C("g12", ("allein die zehn Millionen Toten", "zehn Millionen"), 10e6, unit="person", measure="killed",
  subject="deaths under Leopold II in the Congo (repeat)", counted=("allein die zehn Millionen Toten", "Toten"), group=P,
  nat=None, nat_alt=["CD"], place="CD")
C("g12", ("drei und vier Generationen", "drei und vier"), 3, 4, bound="range", unit="Generationen", measure="other", hedged=True,
  subject="generations of avengers the Congo deaths could bring to Europe", counted="Generationen", optional=True)

# ---------------------------------------------------------------- g13 Panorama 909: explosion in a Hindu temple in Essen
POL = "de.police_essen"
C("g13", ("drei Menschen", "drei"), 3, unit="person", measure="wounded", subject="people injured in the Essen explosion",
  source=POL, counted=("drei Menschen", "Menschen"), group=P, place="DE")
C("g13", ("davon einer schwer", "einer"), 1, unit="person", measure="wounded",
  subject="people seriously injured in the Essen explosion", source=POL, counted=("drei Menschen", "Menschen"),
  group=P, place="DE")
C("g13", ("mehrere Fenster", "mehrere"), **V, unit="Fenster", measure="damage",
  subject="windows broken by the explosion", counted="Fenster", place="DE")
C("g13", ("einer der Verletzten", "einer"), 1, unit="person", measure="wounded",
  subject="injured person with only abrasions", source="de.fire_brigade_essen", counted="Verletzten", group=P,
  place="DE", optional=True)
C("g13", ("mehrere Zeugen", "mehrere"), **V, unit="person", measure="other",
  subject="witnesses who saw a masked person flee", source=POL, counted="Zeugen", group=P, place="DE")

# ---------------------------------------------------------------- g14 Sport 923: Fifa to elect Blatter's successor
C("g14", "Alle 209", 209, unit="Mitgliedsländer", measure="size", subject="member countries of Fifa invited to the vote",
  source="media.bbc", counted="Mitgliedsländer", place="CH", place_alt=[None])
C("g14", ("14 Personen", "14"), 14, unit="person", measure="captured",
  subject="people around Fifa arrested by US authorities", counted=("14 Personen", "Personen"), group=P,
  place=None, place_alt=["US", "CH"])

# ---------------------------------------------------------------- g15 Wirtschaft 934: Austrian tax office after Airbnb data
C("g15", "milliardenschwere", **V, unit="USD", measure="amount", subject="value of Airbnb", counted="US-Unternehmen Airbnb")
C("g15", "Mehr als ein Dutzend", 12, bound="more_than", unit="Strafanzeigen", measure="other",
  subject="criminal complaints against illegal letting in Salzburg", counted="Strafanzeigen", place="AT")
C("g15", ("dem Staat Millionen", "Millionen"), **V, unit="EUR", measure="damage",
  subject="tax revenue the state loses through Airbnb", counted="Staat", place="AT")
C("g15", "mehr als 9 Millionen Euro", 9e6, bound="more_than", unit="EUR", measure="damage", hedged=True,
  subject="VAT lost through Airbnb in 2016 (Prodinger)", source="person.prodinger",
  counted=("verlorener Mehrwertsteuer", "Mehrwertsteuer"), place="AT")
C("g15", "Weitere 4,5 Millionen Euro", 4.5e6, unit="EUR", measure="damage", hedged=True,
  subject="local and spa taxes lost by the municipalities (Prodinger)", source="person.prodinger",
  counted="Orts- und Kurtaxen", place="AT")
C("g15", "etwa 2.200", 2200, bound="approx", unit="Unterkünfte", measure="other",
  subject="accommodations offered on Airbnb in Tyrol", counted="Unterkünfte", place="AT")
C("g15", "4.961", 4961, unit="Übernachtungsmöglichkeiten", measure="other",
  subject="Airbnb accommodations in Vienna", alt=["org.inside_airbnb"], counted="Übernachtungsmöglichkeiten",
  place="AT")
C("g15", "67 Prozent", 67, unit="percent", measure="share", subject="share of whole flats among Vienna's Airbnb offers",
  source="org.inside_airbnb", counted=("ganze Wohnungen", "Wohnungen"),
  calt=[("Davon sind", "Davon"), "Übernachtungsmöglichkeiten"], place="AT")
C("g15", "69 Euro", 69, unit="EUR", measure="amount", subject="average price per night of a Vienna Airbnb",
  alt=["org.inside_airbnb"], counted="Durchschnittspreis", place="AT")
C("g15", "341 Euro", 341, unit="EUR", measure="amount", hedged=True,
  subject="estimated monthly income of a Vienna Airbnb host", alt=["org.inside_airbnb"],
  counted=("monatliche Einkommen", "Einkommen"), place="AT")
C("g15", "bis zu 730 Euro", 730, bound="up_to", unit="EUR", measure="amount",
  subject="annual extra income an employee may earn without a tax return", counted=("Ein Arbeitnehmer", "Arbeitnehmer"),
  group=["workers", "employees", "people"], place="AT")
C("g15", "länger als drei Tage", 3, bound="more_than", unit="day", measure="duration",
  subject="stay after which guests must be registered with the police", counted=("Touristen, die länger", "Touristen"),
  group=["tourists", "people"], place="AT")
C("g15", ("mehr als zehn Betten", "mehr als zehn"), 10, bound="more_than", unit="Betten", measure="other",
  subject="beds above which letting requires a trade licence", counted="Betten", place="AT")
C("g15", "mindestens zur Hälfte", 50, bound="at_least", unit="percent", measure="share",
  subject="part of a flat the tenant must keep using to sublet without consent",
  counted=("wenn die Wohnung mindestens", "Wohnung"), place="AT")
C("g15", "bis zu 52 Prozent", 52, bound="up_to", unit="percent", measure="share", hedged=True,
  subject="back taxes Irish Airbnb hosts could owe", counted="Nettomieteinnahmen", place="IE")

# ---------------------------------------------------------------- g16 Wirtschaft 966: cut of non-wage labour costs (Flaf)
WIFO = "at.wifo"
C("g16", ("Wachstum von 0,25 Prozentpunkten", "0,25 Prozentpunkten"), 0.25, unit="percent", measure="share",
  increment=True, subject="additional growth after three years from the Flaf cut (headline)", source=WIFO,
  counted=("zusätzliches Wachstum", "Wachstum"), place="AT")
C("g16", ("Prozentpunkten nach drei Jahren", "drei Jahren"), 3, unit="year", measure="duration",
  subject="horizon of the growth effect (headline)", source=WIFO, counted=None, place="AT", optional=True)
C("g16", "1,4 Prozent", 1.4, unit="percent", measure="share", increment=True,
  subject="WIFO's growth forecast for Austria 2016", source=WIFO, counted=("Wachstum von 1,4", "Wachstum"), place="AT")
C("g16", "1,6 Prozent", 1.6, unit="percent", measure="share", increment=True,
  subject="IHS growth forecast for Austria 2016", source="at.ihs", counted=("Wachstum von 1,4", "Wachstum"),
  place="AT")
C("g16", ("in zwei Etappen", "zwei"), 2, unit="Etappen", measure="other",
  subject="steps of the planned cut of the Flaf contribution", counted="Etappen", place="AT", optional=True)
C("g16", ("von 4,5 auf", "4,5"), 4.5, unit="percent", measure="share",
  subject="employer contribution to the Flaf (current)", counted="Dienstgeberbeitrag", place="AT")
C("g16", "3,5 oder 3,6 Prozent", 3.5, 3.6, bound="range", unit="percent", measure="share",
  subject="employer contribution to the Flaf (planned)", counted="Dienstgeberbeitrag", place="AT")
C("g16", "rund eine Milliarde", 1e9, bound="approx", unit="EUR", measure="amount",
  subject="relief for business from the Flaf cut", counted=("bringe der Wirtschaft", "Wirtschaft"), place="AT")
C("g16", "0,1 Prozentpunkte", 0.1, unit="percent", measure="share", increment=True,
  subject="additional growth in the first year from the Flaf cut", source=WIFO,
  counted=("fiele das Wachstum", "Wachstum"), place="AT")
C("g16", ("Nach drei Jahren wären", "drei Jahren"), 3, unit="year", measure="duration",
  subject="horizon of the growth effect", alt=[WIFO], counted=None, place="AT", optional=True)
C("g16", ("wären es 0,25 Prozentpunkte", "0,25 Prozentpunkte"), 0.25, unit="percent", measure="share", increment=True,
  subject="additional growth after three years from the Flaf cut", alt=[WIFO],
  counted=("fiele das Wachstum", "Wachstum"), place="AT")
C("g16", ("12.000 neue Jobs", "12.000"), 12000, unit="Jobs", measure="other",
  subject="new jobs (full and part time) from the Flaf cut after three years", alt=[WIFO],
  counted=("neue Jobs", "Jobs"), place="AT")
C("g16", "rund 300 Millionen", 300e6, bound="approx", unit="EUR", measure="amount",
  subject="annual surplus of the Flaf this year and 2016 (ministry forecast)", source="at.family_ministry",
  counted="Überschüssen", place="AT")
C("g16", ("Drei Milliarden Schulden", "Drei Milliarden"), 3e9, unit="EUR", measure="amount", subject="debt of the Flaf (subhead)",
  counted=("Drei Milliarden Schulden", "Schulden"), place="AT")
C("g16", "fast drei Milliarden", 3e9, bound="approx", unit="EUR", measure="amount", subject="debt of the Flaf",
  counted=("Schulden von fast", "Schulden"), place="AT")
C("g16", ("0,45-prozentigen", "0,45"), 0.45, unit="percent", measure="share",
  subject="employers' surcharge to unemployment insurance for the insolvency fund", counted="Zuschlag", place="AT")

# ---------------------------------------------------------------- g17 Web 1022: Pepsi's P1 smartphone
BI, PHOTO = "media.business_insider", "unnamed.leaked_photo"
C("g17", "5,5 Zoll", 5.5, unit="Zoll", measure="other", subject="display size of the Pepsi P1", alt=[BI, PHOTO],
  counted=("1080p-Display", "Display"))
C("g17", "2 GB", 2, unit="GB", measure="other", subject="RAM of the Pepsi P1", alt=[BI, PHOTO], counted="RAM")
C("g17", "16 GB", 16, unit="GB", measure="other", subject="internal storage of the Pepsi P1", alt=[BI, PHOTO],
  counted="Speicherplatz")
C("g17", "3.000 mAh", 3000, unit="mAh", measure="other", subject="battery capacity of the Pepsi P1", alt=[BI, PHOTO],
  counted="Akku")
C("g17", ("13/5 Megapixel", "13"), 13, unit="Megapixel", measure="other", subject="main camera resolution of the Pepsi P1",
  alt=[BI, PHOTO], counted=("Megapixel-Kameras", "Kameras"))
C("g17", ("13/5 Megapixel", "5 Megapixel"), 5, unit="Megapixel", measure="other",
  subject="front camera resolution of the Pepsi P1", alt=[BI, PHOTO], counted=("Megapixel-Kameras", "Kameras"))
C("g17", "rund 180 Euro", 180, bound="approx", unit="EUR", measure="amount", hedged=True,
  subject="alleged price of the Pepsi P1", alt=[BI], counted="Preis")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
