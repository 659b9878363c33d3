"""Build the eighteenth held-out gold (claims, negatives) from the annotation table below.

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
 "media.tagesspiegel": {"label": "Der Tagesspiegel (Berlin daily)", "patterns": ["Tagesspiegel", "Tageszeitung", "Zeitung"]},
 "de.police": {"label": "German police (nationwide crime statistics)", "patterns": ["Polizei"]},
 "de.government": {"label": "German federal government", "patterns": ["Bundesregierung"]},
 "de.lufthansa": {"label": "Lufthansa (airline group)", "patterns": ["Lufthansa", "Konzern", "Unternehmens"]},
 "media.sz": {"label": "Süddeutsche Zeitung", "patterns": ["Süddeutsche"]},
 "person.jens_bischof": {"label": "Jens Bischof, Lufthansa board member for sales", "patterns": ["Bischof"]},
 "person.joerg_hennemann": {"label": "Jörg Hennemann, Lufthansa manager", "patterns": ["Hennemann"]},
 "media.ifr": {"label": "IFR (International Financing Review, Thomson Reuters)", "patterns": [r"\bIFR\b", "Thomson-Reuters"]},
 "unnamed.insiders": {"label": "unnamed people familiar with the plans", "patterns": ["vertraute Personen"]},
 "person.ai_weiwei": {"label": "Ai Weiwei, Chinese artist (interviewee)", "patterns": [r"\bAi\b", "Weiwei"]},
 "person.ednan_aslan": {"label": "Ednan Aslan, Islamic studies professor, University of Vienna (author of the pre-study)",
                        "patterns": ["Aslan", "Studienautor", "Vorstudie", "Zwischenbericht"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior (answers to parliamentary questions)",
                          "patterns": ["Innenministerium", "Ministerium", "Anfragebeantwortungen"]},
 "at.police": {"label": "Austrian police", "patterns": ["Polizei"]},
 "de.police_federal": {"label": "German (federal) police at the Austrian-Bavarian border", "patterns": ["deutschen Polizei", "Polizei"]},
 "at.bundesheer": {"label": "Austrian armed forces (a spokesman)", "patterns": ["Heeressprecher", "Bundesheer"]},
 "gr.coast_guard": {"label": "Greek coast guard (estimates)", "patterns": ["Küstenwache"]},
 "gr.media": {"label": "Greek media", "patterns": ["griechische Medien"]},
 "gr.ert": {"label": "Greek state television", "patterns": ["Staatsfernsehen"]},
 "rs.media": {"label": "Belgrade media", "patterns": ["Belgrader Medien"]},
 "media.spiegel": {"label": "Der Spiegel", "patterns": ["Spiegel"]},
 "at.bank_austria": {"label": "Bank Austria (its economists)", "patterns": ["Bank Austria", "Bank-Austria"]},
 "person.walter_pudschedl": {"label": "Walter Pudschedl, Bank Austria economist", "patterns": ["Pudschedl"]},
 "person.robin_wright": {"label": "Robin Wright, actress (interviewee)", "patterns": ["Wright"]},
 "unnamed.us_politician": {"label": "an unnamed senior US politician quoted by Robin Wright",
                           "patterns": ["hochrangigen Politiker"]},
 "at.bh_gmuend": {"label": "Bezirkshauptmannschaft Gmünd (district authority, penalty decision)",
                  "patterns": ["Bezirkshauptmannschaft", r"\bBH\b"]},
 "person.heinz_spindler": {"label": "Heinz Spindler, social worker fined", "patterns": ["Spindler", "Sozialarbeiter"]},
 "at.social_ministry": {"label": "Austrian Ministry of Social Affairs", "patterns": ["Sozialministerium", "Ministeriumssprecherin"]},
 "person.dominic_thiem": {"label": "Dominic Thiem, tennis player", "patterns": ["Thiem"]},
 "person.barbara_ondrisek": {"label": "Barbara Ondrisek, chatbot developer (interviewee)", "patterns": ["Ondrisek"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "players", "men", "people"]

# ---------------------------------------------------------------- e00 Web 168: iMessage encryption flaw
C("e00", "64-Bit", 64, unit="bit", measure="other", subject="length of the intercepted iCloud photo key",
  counted=("langen Schlüssel", "Schlüssel"), place=None)

# ---------------------------------------------------------------- e01 International 274: right-wing violence in Germany 2015
TSP, DPOL = "media.tagesspiegel", "de.police"
DE = dict(place="DE")
C("e01", ("7.112 Tatverdächtige ermittelt –", "7.112"), 7112, unit="person", measure="other",
  subject="suspects identified for right-wing crimes in Germany in 2015 (headline)", source=None, alt=[TSP, DPOL],
  counted=("7.112 Tatverdächtige ermittelt –", "Tatverdächtige"), group=P, **DE)
C("e01", "Mindestens 691 Personen", 691, bound="at_least", unit="person", measure="wounded",
  subject="people injured in right-wing violence in Germany in 2015 (headline)", source=None, alt=[TSP, DPOL],
  counted=("Mindestens 691 Personen", "Personen"), group=P, **DE)
C("e01", "921 einschlägige Delikte", 921, unit="Delikte", measure="other",
  subject="right-wing violent offences registered by the German police in 2015", source=TSP, alt=[DPOL],
  counted=("921 einschlägige Delikte", "Delikte"), calt=["rechter Gewalttaten"], **DE)
C("e01", "mindestens 691 Menschen", 691, bound="at_least", unit="person", measure="wounded",
  subject="people injured in right-wing attacks in Germany in 2015", source=TSP, alt=[DPOL],
  counted=("mindestens 691 Menschen", "Menschen"), group=P, **DE)
C("e01", "13.846 rechte Straftaten", 13846, unit="Straftaten", measure="other",
  subject="right-wing criminal offences recorded by the German police in 2015", source=TSP, alt=[DPOL],
  counted=("13.846 rechte Straftaten", "Straftaten"), **DE)
C("e01", ("Es wurden 7.112 Tatverdächtige", "7.112"), 7112, unit="person", measure="other",
  subject="suspects identified for right-wing crimes in Germany in 2015", source=TSP, alt=[DPOL],
  counted=("Es wurden 7.112 Tatverdächtige", "Tatverdächtige"), group=P, **DE)
C("e01", "161 Personen", 161, unit="person", measure="captured",
  subject="people arrested by the German police for right-wing crimes in 2015", source=TSP, alt=[DPOL],
  counted=("161 Personen", "Personen"), group=P, **DE)
C("e01", ("ist mit 17 allerdings", "17"), 17, unit="Haftbefehle", measure="other",
  subject="arrest warrants for right-wing crimes in Germany in 2015", source=TSP, alt=[DPOL],
  counted="Haftbefehle", **DE)
C("e01", "965 Delikte", 965, unit="Delikte", measure="other",
  subject="offences linked to left-wing violence reported by the German police in 2015", source=DPOL, alt=[TSP],
  counted=("965 Delikte", "Delikte"), **DE)
C("e01", "mindestens 397 Menschen", 397, bound="at_least", unit="person", measure="wounded",
  subject="people injured in left-wing violence in Germany in 2015", source=DPOL, alt=[TSP],
  counted=("mindestens 397 Menschen", "Menschen"), group=P, **DE)

# ---------------------------------------------------------------- e02 Kultur 382: 88th Academy Awards
US = dict(place="US", place_alt=[None])
C("e02", ("Nach vier glücklosen Anläufen bekam", "vier"), 4, unit="Anläufe", measure="other",
  subject="DiCaprio's earlier unsuccessful Oscar nominations (headline)", counted=("Nach vier glücklosen Anläufen bekam", "Anläufen"),
  calt=[("Anläufen bekam DiCaprio", "DiCaprio")], **US)
C("e02", "Gleich drei Filme", 3, unit="Filme", measure="other", subject="films that were the big winners of the 88th Oscars",
  counted=("drei Filme", "Filme"), **US)
C("e02", "sechs Preise", 6, unit="Preise", measure="other", subject="Oscars won by Mad Max: Fury Road in technical categories",
  counted=("sechs Preise", "Preise"), calt=[("das Actionspektakel Mad Max", "Mad Max")], **US)
C("e02", "dem 41-Jährigen", 41, unit="year", measure="age", subject="age of Leonardo DiCaprio",
  counted=("dem 41-Jährigen", "dem 41-Jährigen"), calt=[("Grinsen hatte in der Nacht auf Montag Leonardo DiCaprio", "Leonardo DiCaprio")],
  group=MAN, **US)
C("e02", ("41-Jährigen nach vier glücklosen", "vier"), 4, unit="Anläufe", measure="other",
  subject="DiCaprio's earlier unsuccessful Oscar nominations", counted=("41-Jährigen nach vier glücklosen Anläufen", "Anläufen"),
  calt=[("dem 41-Jährigen", "dem 41-Jährigen")], **US)
C("e02", "Die 26-Jährige", 26, unit="year", measure="age", subject="age of Brie Larson",
  counted=("Die 26-Jährige", "Die 26-Jährige"), calt=["Brie Larson"], group=WOMAN, **US)
C("e02", "27-jährigen", 27, unit="year", measure="age", subject="age of Alicia Vikander",
  counted="Alicia Vikander", calt=["Schwedin"], group=WOMAN, nat="SE", **US)
C("e02", ("Mark Rylance (56)", "56"), 56, unit="year", measure="age", subject="age of Mark Rylance",
  counted="Mark Rylance", group=MAN, nat="GB", nat_alt=[None], **US)
C("e02", "im Alter von 87 Jahren", 87, unit="year", measure="age", subject="age of Ennio Morricone",
  counted="Ennio Morricone", group=MAN, **US)
C("e02", "nach sechs Anläufen", 6, unit="Anläufe", measure="other", subject="Morricone's earlier unsuccessful Oscar nominations",
  counted=("nach sechs Anläufen", "Anläufen"), calt=["Ennio Morricone"], **US)
C("e02", ("Sechs von zehn Nominierungen", "Sechs"), 6, unit="Nominierungen", measure="other",
  subject="nominations Mad Max: Fury Road turned into Oscars", counted=("Sechs von zehn Nominierungen", "Nominierungen"),
  calt=[("von der Kritik gefeierter Film", "Film")], **US)
C("e02", ("Sechs von zehn Nominierungen", "zehn"), 10, unit="Nominierungen", measure="other",
  subject="Oscar nominations of Mad Max: Fury Road", counted=("Sechs von zehn Nominierungen", "Nominierungen"), **US)
C("e02", ("lediglich drei seiner", "drei"), 3, unit="Nominierungen", measure="other",
  subject="nominations The Revenant turned into Oscars", counted=("zwölf Nominierungen", "Nominierungen"),
  calt=[("des großen Favoriten The Revenant", "The Revenant")], **US)
C("e02", ("seiner zwölf Nominierungen", "zwölf"), 12, unit="Nominierungen", measure="other",
  subject="Oscar nominations of The Revenant", counted=("zwölf Nominierungen", "Nominierungen"), **US)
C("e02", "dreimal hintereinander", 3, unit="Mal", measure="other", subject="consecutive cinematography Oscars of Emmanuel Lubezki",
  counted="Emmanuel Lubezki", calt=[("hintereinander einen Oscar", "Oscar")], **US)
C("e02", "in zwei aufeinanderfolgenden Jahren", 2, unit="year", measure="duration",
  subject="consecutive years in which Iñárritu won Oscars", counted=("Alejandro González Iñárritu nach", "Alejandro González Iñárritu"),
  calt=["Regisseur"], **US)
C("e02", "Zwei Jahre in Folge", 2, unit="year", measure="duration",
  subject="consecutive Best Picture wins Iñárritu did not achieve", counted=("gelang Iñárritu", "Iñárritu"), **US, optional=True)
C("e02", ("bei einem Preis", "einem"), 1, unit="Preise", measure="other", subject="Oscars won by The Big Short",
  counted=("bei einem Preis", "Preis"), calt=["The Big Short"], **US)
C("e02", ("zum zweiten Mal in der Geschichte", "zweiten"), 2, unit="Mal", measure="other",
  subject="foreign-language Oscars won by Hungary (ordinal)", counted="Auslandsoscar", place="HU", place_alt=[None, "US"],
  optional=True)
C("e02", "mehrere junge Menschen", unit="person", measure="other", subject="young people on stage with Lady Gaga",
  counted=("mehrere junge Menschen", "Menschen"), group=P, **US, **V)
C("e02", "unter den 20 Nominierten", 20, unit="person", measure="other", subject="actors nominated for the acting Oscars",
  counted=("20 Nominierten", "Nominierten"), group=P, **US)
C("e02", ("zum zweiten Mal in Folge kein", "zweiten"), 2, unit="Mal", measure="other",
  subject="years in a row without a black acting nominee (ordinal)", counted=("kein einziger schwarzer Schauspieler", "Schauspieler"),
  **US, optional=True)

# ---------------------------------------------------------------- e03 Wirtschaft 399: Lufthansa's new fare model
LH, SZ, BIS, HEN = "de.lufthansa", "media.sz", "person.jens_bischof", "person.joerg_hennemann"
LHP = dict(place="DE", place_alt=[None])
C("e03", "die drei Tarife", 3, unit="Tarife", measure="other", subject="fares of Lufthansa's new economy fare model",
  source=None, alt=[LH, SZ], counted=("drei Tarife", "Tarife"), **LHP)
C("e03", "zehn Euro unter", 10, unit="EUR", measure="amount", increment=True,
  subject="how much Lufthansa's cheapest fare will be below its lowest fares so far", source=BIS, alt=[SZ],
  counted="Der günstigste Preis", calt=[("bisher niedrigsten Angeboten", "Angeboten")], **LHP)
C("e03", "ab 89 Euro", 89, bound="at_least", unit="EUR", measure="amount",
  subject="cheapest Lufthansa return fare", source=BIS, alt=[SZ],
  counted="Der günstigste Preis", calt=["Hin- und Rückflug"], **LHP)
C("e03", "bei 80 Prozent", 80, unit="percent", measure="share", subject="average load factor of Lufthansa flights last year",
  source=HEN, counted="Auslastung", **LHP)
C("e03", "16 Euro teurer", 16, unit="EUR", measure="amount", increment=True,
  subject="surcharge on Lufthansa tickets booked through a GDS from September", counted="Flugtickets", **LHP)
C("e03", ("rund 70 Prozent der Tickets", "rund 70 Prozent"), 70, bound="approx", unit="percent", measure="share",
  subject="share of Lufthansa tickets issued through a GDS", counted=("70 Prozent der Tickets", "Tickets"), **LHP)
C("e03", "der drei marktbeherrschenden", 3, unit="GDS-Anbieter", measure="other",
  subject="dominant global distribution system providers", counted=("marktbeherrschenden GDS-Anbieter", "GDS-Anbieter"), place=None)
C("e03", "rund 30 Milliarden Euro", 30e9, bound="approx", unit="EUR", measure="amount",
  subject="Lufthansa group revenue in 2014", counted=("Euro Umsatz", "Umsatz"), calt=["Der Lufthansa-Konzern"], **LHP)
C("e03", "55 Millionen Euro", 55e6, unit="EUR", measure="amount", subject="Lufthansa group profit in 2014",
  counted="Mini-Gewinn", **LHP)

# ---------------------------------------------------------------- e04 Wirtschaft 414: India sells a stake in Indian Oil
IFR, INS = "media.ifr", "unnamed.insiders"
IN = dict(place="IN")
C("e04", "Rund zehn Prozent", 10, bound="approx", unit="percent", measure="share",
  subject="stake in Indian Oil the Indian government wants to sell (headline)", source=None, alt=[IFR],
  counted=None, calt=["Beteiligung", "Anteil"], **IN)
C("e04", "milliardenschweren", unit="USD", measure="amount", subject="value of India's stake in Indian Oil (word)",
  source=None, alt=[IFR], counted=("milliardenschweren Anteil", "Anteil"), **IN, **V)
C("e04", "zehnprozentigen", 10, bound="approx", unit="percent", measure="share",
  subject="stake in Indian Oil the Indian government wants to sell", source=IFR, alt=[INS],
  counted="Beteiligung", calt=["Indian Oil trennen"], **IN)
C("e04", "bis zu 1,5 Milliarden Dollar", 1.5e9, bound="up_to", unit="USD", measure="amount",
  subject="proceeds of the sale of the Indian Oil stake", source=IFR, alt=[INS], counted=("Der Verkauf", "Verkauf"), **IN)
C("e04", "1,34 Mrd. Euro", 1.34e9, bound="up_to", unit="EUR", measure="amount",
  subject="proceeds of the sale of the Indian Oil stake (in euros)", source=None, alt=[IFR, INS],
  counted=("Der Verkauf", "Verkauf"), **IN)
C("e04", "die fünf Geldhäuser", 5, unit="Geldhäuser", measure="other",
  subject="banks mandated with the sale of the Indian Oil stake", source=IFR, alt=[INS],
  counted=("fünf Geldhäuser", "Geldhäuser"), **IN)

# ---------------------------------------------------------------- e05 Kultur 418: Ai Weiwei back in Beijing, bugs found
AI = "person.ai_weiwei"
CN = dict(place="CN")
C("e05", "für drei Stunden", 3, unit="hour", measure="duration", subject="trouble Ai expected at entry (hypothetical)",
  source=AI, counted=("auf Ärger vorbereitet", "Ärger"), **CN, optional=True)
C("e05", "oder drei Tage", 3, unit="day", measure="duration", subject="trouble Ai expected at entry (hypothetical)",
  source=AI, counted=("auf Ärger vorbereitet", "Ärger"), **CN, optional=True)
C("e05", "nur 30 Sekunden", 30, unit="second", measure="duration", subject="time Ai Weiwei needed to pass the Beijing passport control",
  source=None, alt=[AI], counted=("Doch alles dauerte", "alles"), calt=["Passkontrolle"], **CN)
C("e05", "83-jährige", 83, unit="year", measure="age", subject="age of Ai Weiwei's mother Gao Ying",
  counted=("83-jährige Mutter Gao Ying", "Mutter Gao Ying"), group=WOMAN, nat="CN", nat_alt=[None], **CN)
C("e05", "dem 58-Jährigen", 58, unit="year", measure="age", subject="age of Ai Weiwei",
  counted=("dem 58-Jährigen", "dem 58-Jährigen"), group=MAN, nat="CN", nat_alt=[None], **CN)
C("e05", "für 81 Tage", 81, unit="day", measure="duration", subject="Ai Weiwei's arbitrary detention in 2011",
  counted="Willkürhaft", calt=[("2011 war Ai", "Ai")], **CN)
C("e05", "Vier Jahre lang", 4, unit="year", measure="duration", subject="how long the authorities harassed Ai Weiwei",
  counted=("schikanierten die Behörden den Konzeptkünstler", "Konzeptkünstler"), **CN)
C("e05", ("Büro einen Abhörchip", "einen"), 1, unit="Abhörchip", measure="other",
  subject="listening chip found in a socket of Ai's office", counted="Abhörchip", **CN, optional=True)

# ---------------------------------------------------------------- e06 Inland 513: Aslan's pre-study on Islamic kindergartens
ASL = "person.ednan_aslan"
VIE = dict(place="AT")
C("e06", "14 Seiten", 14, unit="Seiten", measure="other", subject="pages of Aslan's interim report",
  counted=("Seiten umfassenden Zwischenberichts", "Zwischenberichts"), calt=[("14 Seiten", "Seiten")], **VIE)
C("e06", "über 150 Kindergärten", 150, bound="more_than", unit="Kindergärten", measure="other",
  subject="Islamic kindergartens in Vienna", source=ASL, counted=("150 Kindergärten", "Kindergärten"), **VIE)
C("e06", "450 Kindergruppen", 450, unit="Kindergruppen", measure="other",
  subject="Islamic child groups in Vienna", source=ASL, counted=("450 Kindergruppen", "Kindergruppen"), **VIE)
C("e06", "auf drei Jahre", 3, unit="year", measure="duration", subject="length of the full study Aslan says is needed",
  source=ASL, counted=("ausführliche Studie", "Studie"), **VIE)
C("e06", "Fünf Kindergärten nahmen teil", 5, unit="Kindergärten", measure="other",
  subject="kindergartens taking part in Aslan's pre-study (subhead)", counted=("Fünf Kindergärten", "Kindergärten"),
  source=None, alt=[ASL], **VIE)
C("e06", ("Drei von 15", "Drei"), 3, unit="Kindergärten", measure="other",
  subject="kindergartens that agreed to take part in Aslan's project", source=None, alt=[ASL],
  counted=("angefragten Kindergärten sagten", "Kindergärten"), **VIE)
C("e06", ("Drei von 15", "15"), 15, unit="Kindergärten", measure="other",
  subject="kindergartens asked to take part in Aslan's project", source=None, alt=[ASL],
  counted=("angefragten Kindergärten sagten", "Kindergärten"), **VIE)
C("e06", "aus fünf Kindergärten", 5, unit="Kindergärten", measure="other",
  subject="kindergartens whose staff Aslan interviewed", source=None, alt=[ASL],
  counted=("aus fünf Kindergärten", "Kindergärten"), calt=["Experteninterviews"], **VIE)

# ---------------------------------------------------------------- e07 Sport 543: Grödig v Sturm Graz preview
FOD = "person.franco_foda"
AT = dict(place="AT")
C("e07", "das letzte Viertel", 25, unit="percent", measure="share", subject="last quarter of the Bundesliga season",
  counted=("Bundesliga-Saison", "Bundesliga-Saison"), **AT, optional=True)
C("e07", "seit zehn Partien", 10, unit="Partien", measure="other", subject="matches Grödig has gone without a win",
  counted=("sieglosen Grödiger", "Grödiger"), calt=[("seit zehn Partien", "Partien")], **AT)
C("e07", "seit vier Partien", 4, unit="Partien", measure="other", subject="matches Sturm Graz has gone without a win",
  counted=("Sturm, seit vier", "Sturm"), calt=[("seit vier Partien", "Partien")], **AT)
C("e07", "In den folgenden zehn Begegnungen", 10, unit="Begegnungen", measure="other",
  subject="Grödig matches since its last win", counted=("zehn Begegnungen", "Begegnungen"), calt=["Salzburger"], **AT)
C("e07", "nur zwei Punkte", 2, unit="Punkte", measure="other", subject="points Grödig took in its last ten matches",
  counted="Salzburger", calt=[("nur zwei Punkte", "Punkte")], **AT)
C("e07", "acht Spiele", 8, unit="Spiele", measure="other", subject="matches Grödig lost in its last ten",
  counted=("acht Spiele", "Spiele"), **AT)
C("e07", "schon sechs Punkte", 6, unit="Punkte", measure="other", increment=True,
  subject="Grödig's deficit to second-to-last Ried", counted="Der Rückstand", **AT)
C("e07", "seit vier Matches", 4, unit="Matches", measure="other", subject="matches Sturm Graz has gone without a success",
  counted=("der Trainer der Grazer", "Grazer"), calt=[("seit vier Matches", "Matches")], **AT)
C("e07", "einige Wochen", unit="week", measure="duration", subject="how long Grödig's Matthias Maak is out",
  counted="Matthias Maak", calt=["Der Innenverteidiger zog"], group=ATH, **AT, **V)
C("e07", ("nach seiner fünften Gelben Karte", "fünften"), 5, unit="Gelbe Karten", measure="other",
  subject="yellow cards of Benjamin Sulimani (ordinal)", counted=("auf Benjamin Sulimani", "Benjamin Sulimani"), **AT, optional=True)
C("e07", "zwei Tore", 2, unit="Tore", measure="other", subject="goals Sulimani scored against Sturm in round 11",
  counted=("Sulimani hatte", "Sulimani"), calt=[("zwei Tore", "Tore")], **AT)

# ---------------------------------------------------------------- e08 Panorama 560: reported crimes in Austrian provinces, autumn 2015
BMI = "at.interior_ministry"
AN = dict(source=BMI, place="AT")
C("e08", "in den drei Monaten", 3, unit="month", measure="duration", subject="period of the comparison (September to November)",
  counted=("nahmen die Straftaten", "Straftaten"), **AN, optional=True)
C("e08", "um 608 Anzeigen", 608, unit="Anzeigen", measure="other", increment=True,
  subject="rise in reported crimes in Burgenland, Sep-Nov 2015 vs 2014", counted=("608 Anzeigen", "Anzeigen"),
  calt=[("nahmen die Straftaten", "Straftaten")], **AN)
C("e08", "auf insgesamt 3.059", 3059, unit="Anzeigen", measure="other",
  subject="reported crimes in Burgenland, Sep-Nov 2015", counted=("nahmen die Straftaten", "Straftaten"),
  calt=[("608 Anzeigen", "Anzeigen")], **AN)
C("e08", "7.477 Anzeigen", 7477, unit="Anzeigen", measure="other", subject="reported crimes in Salzburg, Sep-Nov 2015",
  counted=("7.477 Anzeigen", "Anzeigen"), **AN)
C("e08", "ein Plus von 637", 637, unit="Anzeigen", measure="other", increment=True,
  subject="rise in reported crimes in Salzburg, Sep-Nov 2015 vs 2014", counted=("7.477 Anzeigen", "Anzeigen"), **AN)
C("e08", "16.579 Anzeigen", 16579, unit="Anzeigen", measure="other", subject="reported crimes in Upper Austria, Sep-Nov 2015",
  counted=("16.579 Anzeigen", "Anzeigen"), **AN)
C("e08", "830 mehr", 830, unit="Anzeigen", measure="other", increment=True,
  subject="rise in reported crimes in Upper Austria, Sep-Nov 2015 vs 2014", counted=("16.579 Anzeigen", "Anzeigen"), **AN)
C("e08", "335 Anzeigen weniger", -335, unit="Anzeigen", measure="other", increment=True,
  subject="fall in reported crimes in Styria, Sep-Nov 2015 vs 2014", counted=("335 Anzeigen", "Anzeigen"), **AN)
C("e08", "13.984 Straftaten", 13984, unit="Straftaten", measure="other", subject="crimes registered in Styria, Sep-Nov 2015",
  counted=("13.984 Straftaten", "Straftaten"), **AN)
C("e08", "In allen vier Anfragen", 4, unit="Anfragen", measure="other", subject="parliamentary questions of the FPÖ",
  counted=("vier Anfragen", "Anfragen"), place="AT")
C("e08", "um gleich 18 Prozent", -18, unit="percent", measure="share", increment=True,
  subject="fall in crimes in the district of Leibnitz, Sep-Nov 2015 vs 2014", counted=("Rückgang der Straftaten", "Straftaten"),
  calt=[("in dieser Region der Steiermark", "Region")], **AN)
C("e08", "888 Straftaten", 888, unit="Straftaten", measure="other", subject="crimes reported in the district of Leibnitz, Sep-Nov 2014",
  counted=("888 Straftaten", "Straftaten"), **AN)
C("e08", "mit 728 Anzeigen", 728, unit="Anzeigen", measure="other", subject="crimes reported in the district of Leibnitz, Sep-Nov 2015",
  counted=("728 Anzeigen", "Anzeigen"), **AN)

# ---------------------------------------------------------------- e09 Panorama 604: refugees at the borders (Austria, Germany, Greece, Serbia)
POL, DPF, BH = "at.police", "de.police_federal", "at.bundesheer"
REF = ["refugees", "migrants", "people"]
MIG = ["migrants", "refugees", "people"]
SOL = ["soldiers", "troops"]
C("e09", "Tausende Flüchtlinge", unit="person", measure="received", subject="refugees who reached the Greek-Macedonian border (headline)",
  counted=("Tausende Flüchtlinge", "Flüchtlinge"), group=REF, place="GR", place_alt=["MK", None], **V)
C("e09", "rund 350 Flüchtlinge", 350, bound="approx", unit="person", measure="received",
  subject="refugees crossing from Slovenia into Austria at Spielfeld on Sunday evening", source=POL,
  counted=("350 Flüchtlinge", "Flüchtlinge"), group=REF, place="AT")
C("e09", "rund 2.100 Menschen", 2100, bound="approx", unit="person", measure="received",
  subject="people who came into Austria via Spielfeld on Sunday", source=None, alt=[POL],
  counted=("2.100 Menschen", "Menschen"), group=REF, place="AT")
C("e09", "rund 27.000 Flüchtlinge", 27000, bound="approx", unit="person", measure="received",
  subject="refugees accommodated in the former postal centre in Linz, 10 Sep - 29 Oct", counted=("27.000 Flüchtlinge", "Flüchtlinge"),
  group=REF, place="AT")
C("e09", "bis zu 980 Personen", 980, bound="up_to", unit="person", measure="present",
  subject="refugees accommodated per day in the Linz postal centre", counted=("980 Personen", "Personen"), group=REF, place="AT")
C("e09", "rund 13.000 Migranten", 13000, bound="approx", unit="person", measure="received",
  subject="migrants who entered Germany from Austria at the weekend", source=DPF,
  counted=("13.000 Migranten", "Migranten"), group=MIG, place="DE")
C("e09", "4.490 Menschen", 4490, unit="person", measure="received", subject="people who crossed into the Passau area on Saturday",
  source=None, alt=[DPF], counted=("4.490 Menschen", "Menschen"), group=MIG, place="DE")
C("e09", "am Sonntag 4.044", 4044, unit="person", measure="received", subject="people who crossed into the Passau area on Sunday",
  source=None, alt=[DPF], counted=("4.490 Menschen", "Menschen"), group=MIG, place="DE")
C("e09", "tausende Flüchtlinge", unit="person", measure="other", subject="refugees distributed to reception centres across Germany",
  counted=("tausende Flüchtlinge", "Flüchtlinge"), group=REF, place="DE", **V)
C("e09", "rund 15.000 Migranten", 15000, bound="approx", unit="person", measure="received",
  subject="migrants who entered Germany the weekend before", source=None, alt=[DPF],
  counted=("15.000 Migranten", "Migranten"), group=MIG, place="DE")
C("e09", "1.080 Menschen", 1080, unit="person", measure="received", subject="people expected in Kufstein on Monday",
  source=POL, counted=("1.080 Menschen", "Menschen"), group=REF, place="AT")
C("e09", "437 Menschen", 437, unit="person", measure="received", subject="people who came to Kufstein on Sunday",
  source=None, alt=[POL], counted=("437 Menschen", "Menschen"), group=REF, place="AT")
C("e09", "714 Flüchtlinge", 714, unit="person", measure="sent", subject="refugees handed over to the German authorities from Kufstein",
  source=None, alt=[POL], counted=("714 Flüchtlinge", "Flüchtlinge"), group=REF, place="AT", place_alt=["DE"])
C("e09", ("zum fünften Übergabepunkt", "fünften"), 5, unit="Übergabepunkte", measure="other",
  subject="handover points for refugees to Germany (ordinal)", counted="Übergabepunkt", place="AT", optional=True)
C("e09", "rund 100 Berufs- und Zeitsoldaten", 100, bound="approx", unit="person", measure="deployed",
  subject="Austrian soldiers moved to Kufstein for an assistance mission", source=None, alt=[BH],
  counted="Berufs- und Zeitsoldaten", group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", "Rund ein Drittel", 100 / 3, bound="approx", unit="percent", measure="share",
  subject="share of the Kufstein soldiers on duty at any time", source=BH, counted=("Drittel der Kräfte", "Kräfte"),
  group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", ("ein Drittel in Bereitschaft", "ein Drittel"), 100 / 3, unit="percent", measure="share",
  subject="share of the Kufstein soldiers on standby", source=BH, counted=("Drittel der Kräfte", "Kräfte"),
  group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", "das restliche Drittel", 100 / 3, unit="percent", measure="share",
  subject="share of the Kufstein soldiers off duty", source=BH, counted=("Drittel der Kräfte", "Kräfte"),
  group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", "etwa 30 Soldaten", 30, bound="approx", unit="person", measure="deployed",
  subject="soldiers on duty in Kufstein at any time", source=BH, counted=("30 Soldaten", "Soldaten"),
  group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", "zusätzlich 21 Soldaten", 21, unit="person", measure="deployed", increment=True,
  subject="further soldiers of the 6th Jägerbrigade supporting the Red Cross in Kufstein", source=None, alt=[BH],
  counted=("21 Soldaten", "Soldaten"), group=SOL, nat="AT", nat_alt=[None], place="AT")
C("e09", "viertägigen", 4, unit="day", measure="duration", subject="length of the Greek ferry strike",
  counted="Fährenstreiks", place="GR")
C("e09", "mehr als 10.000 Flüchtlinge", 10000, bound="more_than", unit="person", measure="received",
  subject="refugees who reached the Greek-Macedonian border after the ferry strike", counted=("10.000 Flüchtlinge", "Flüchtlinge"),
  group=REF, place="GR", place_alt=["MK", None])
C("e09", "Tausende harrten", unit="person", measure="present", subject="refugees waiting at Idomeni-Gevgelija",
  counted=None, group=REF, place="GR", **V)
C("e09", "rund 50 Menschen", 50, bound="approx", unit="person", measure="other",
  subject="size of the groups Macedonia lets across the border", counted="Gruppen", calt=[("50 Menschen", "Menschen")],
  group=REF, place="MK", place_alt=["GR", None])
C("e09", "mehreren Fähren", unit="Fähren", measure="other", subject="ferries bringing refugees to the mainland",
  source="gr.coast_guard", counted=("mehreren Fähren", "Fähren"), place="GR", **V)
C("e09", "mehr als 15.000 Flüchtlinge", 15000, bound="more_than", unit="person", measure="received",
  subject="refugees who came from the eastern Aegean islands to the Greek mainland since Friday", source="gr.coast_guard",
  counted=("15.000 Flüchtlinge", "Flüchtlinge"), group=REF, place="GR", hedged=True)
C("e09", "mehr als 5.000 Schutzsuchende", 5000, bound="more_than", unit="person", measure="received",
  subject="refugees expected in Piraeus on Monday", counted="Schutzsuchende", group=REF, place="GR")
C("e09", "6.000 Neuankömmlinge", 6000, unit="person", measure="received", subject="new arrivals in Presevo on Sunday",
  source="rs.media", counted="Neuankömmlinge", group=REF, place="RS")
C("e09", "1.500 Menschen", 1500, unit="person", measure="present", subject="people waiting for registration in Presevo on Monday morning",
  source="rs.media", counted=("1.500 Menschen", "Menschen"), group=REF, place="RS")
C("e09", "nur wenige Stunden", unit="hour", measure="duration", subject="how long refugees stay in Presevo",
  counted=("halten sich die Flüchtlinge", "Flüchtlinge"), place="RS", **V)
C("e09", "etwa 5.000 Personen", 5000, bound="approx", unit="person", measure="other",
  subject="capacity of the reception centre in Slavonski Brod", counted=("5.000 Personen", "Personen"),
  calt=["Aufnahmezentrum in Slavonski Brod", ("es Platz", "Platz")], group=REF, place="HR")

# ---------------------------------------------------------------- e10 Etat 687: Jauch's talk show ends
SPI = "media.spiegel"
C("e10", "Günther Jauch (58)", 58, unit="year", measure="age", subject="age of Günther Jauch",
  counted=("Talkmaster Günther Jauch", "Günther Jauch"), calt=[("Talkmaster Günther Jauch", "Talkmaster Günther Jauch")],
  group=MAN, nat="DE", nat_alt=[None], place="DE", place_alt=[None])
C("e10", "nach vier Jahren", 4, unit="year", measure="duration", subject="run of the ARD talk show Günther Jauch",
  counted=("Die ARD-Talksendung Günther Jauch", "ARD-Talksendung"), place="DE", place_alt=[None])
C("e10", "durchschnittlich 4,62 Millionen Zuschauer", 4.62e6, unit="person", measure="participants",
  subject="average audience of the ARD talk show Günther Jauch", counted="Zuschauer", calt=["Die Sendung erreichte"],
  group=["spectators", "people", "viewers"], place="DE", place_alt=[None])
C("e10", "16,2 Prozent", 16.2, unit="percent", measure="share", subject="average market share of Günther Jauch's talk show",
  counted="Marktanteil", place="DE", place_alt=[None])

# ---------------------------------------------------------------- e11 Wirtschaft 750: Bank Austria on labour-market opening and growth
BA, PUD = "at.bank_austria", "person.walter_pudschedl"
BAT = dict(place="AT")
C("e11", "BIP-Anstieg von 1,5 Prozent", 1.5, unit="percent", measure="share", increment=True,
  subject="expected growth of Austria's GDP this year (headline)", source=None, alt=[BA], counted="BIP-Anstieg", **BAT)
C("e11", "von 9,1", 9.1, unit="percent", measure="share", subject="Austria's unemployment rate before the expected rise (headline)",
  source=None, alt=[BA], counted=("auch die Arbeitslosigkeit soll", "Arbeitslosigkeit"), **BAT)
C("e11", "auf 9,5 Prozent", 9.5, unit="percent", measure="share", subject="Austria's expected unemployment rate (headline)",
  source=None, alt=[BA], counted=("auch die Arbeitslosigkeit soll", "Arbeitslosigkeit"), **BAT)
C("e11", "um fast 8 Prozent", 8, bound="approx", unit="percent", measure="share", increment=True,
  subject="rise of Austria's labour supply since 2011", source=None, alt=[BA, PUD], counted=("stieg das Arbeitskräfteangebot", "Arbeitskräfteangebot"), **BAT)
C("e11", "ein Plus von 280.000 Personen", 280000, unit="person", measure="size", increment=True,
  subject="rise of Austria's labour supply since 2011 in people", source=None, alt=[BA, PUD],
  counted=("280.000 Personen", "Personen"), calt=[("stieg das Arbeitskräfteangebot", "Arbeitskräfteangebot")], group=["workers", "people", "employees"], **BAT)
C("e11", "in den vergangenen fünf Jahren", 5, unit="year", measure="duration", subject="period of the labour-supply rise",
  source=None, alt=[BA], counted=("war der Zuwachs", "Zuwachs"), **BAT, optional=True)
C("e11", "plus 10,5 Prozent", 10.5, unit="percent", measure="share", increment=True,
  subject="rise of the labour supply in Vienna in the last five years", source=None, alt=[BA],
  counted=("Bundesländern Wien", "Wien"), calt=[("war der Zuwachs", "Zuwachs")], **BAT)
C("e11", "plus 9,9 Prozent", 9.9, unit="percent", measure="share", increment=True,
  subject="rise of the labour supply in Burgenland in the last five years", source=None, alt=[BA],
  counted=("Wien (plus 10,5 Prozent) und Burgenland", "Burgenland"), calt=[("war der Zuwachs", "Zuwachs")], **BAT)
C("e11", "um über 30 Prozent", 30, bound="more_than", unit="percent", measure="share", increment=True,
  subject="rise of the number of unemployed in Burgenland in the last five years", source=None, alt=[BA],
  counted="Anzahl der Arbeitslosen", **BAT)
C("e11", "mit einem Plus von 1,5 Prozent", 1.5, unit="percent", measure="share", increment=True,
  subject="expected growth of Austria's economy this year", source=BA, counted="Die Wirtschaft", **BAT)
C("e11", "(0,9 Prozent)", 0.9, unit="percent", measure="share", increment=True,
  subject="growth of Austria's economy last year", source=BA, counted="Die Wirtschaft", **BAT)
C("e11", "(1,8 Prozent)", 1.8, unit="percent", measure="share", increment=True,
  subject="expected growth of Upper Austria's economy this year", source=BA, counted="Oberösterreich", **BAT)
C("e11", "(1,7 Prozent)", 1.7, unit="percent", measure="share", increment=True,
  subject="expected growth of Vorarlberg's economy this year", source=BA, counted=("Vorarlberg (1,7", "Vorarlberg"), **BAT)
C("e11", "(1,6 Prozent)", 1.6, unit="percent", measure="share", increment=True,
  subject="expected growth of Styria's economy this year", source=BA, counted=("der Steiermark (1,6", "Steiermark"), **BAT)

# ---------------------------------------------------------------- e12 Etat 756: Robin Wright on House of Cards season 4
WRI, POLI = "person.robin_wright", "unnamed.us_politician"
C("e12", "Alle dreizehn Episoden", 13, unit="Episoden", measure="other", subject="episodes of House of Cards season 4",
  counted=("dreizehn Episoden", "Episoden"), place=None, place_alt=["AT"])
C("e12", ("Freitags läuft eine Folge", "eine"), 1, unit="Folgen", measure="other",
  subject="episodes shown each Friday on Sky Atlantic HD", counted=("eine Folge", "Folge"), place="AT", place_alt=[None])
C("e12", "in den dreizehn Folgen", 13, unit="Folgen", measure="other", subject="episodes of House of Cards season 4 (repeat)",
  counted=("dreizehn Folgen", "Folgen"), place=None)
C("e12", "einige Male", unit="Mal", measure="other", subject="times Claire Underwood will strike in season 4",
  counted="Gattin des US-Fernsehuniversums", place=None, **V)
C("e12", "49-jährigen", 49, unit="year", measure="age", subject="age of Robin Wright",
  counted="Kalifornierin", calt=[("Die Karriere der 49-jährigen", "Die Karriere")], group=WOMAN, nat="US", nat_alt=[None],
  place="US", place_alt=[None])
C("e12", "zu 99 Prozent", 99, unit="percent", measure="share",
  subject="share of House of Cards that is realistic, according to a senior politician", source=POLI, alt=[WRI],
  counted=("stimme alles", "alles"), calt=["die Serie"], place="US", place_alt=[None])
C("e12", "Das eine Prozent", 1, unit="percent", measure="share",
  subject="share of House of Cards that is not realistic", source=WRI, alt=[POLI],
  counted=None, calt=[("stimme alles", "alles")], place="US", place_alt=[None])

# ---------------------------------------------------------------- e13 Panorama 776: social worker fined for paying an asylum seeker
BHG, SPI2, SOZ = "at.bh_gmuend", "person.heinz_spindler", "at.social_ministry"
WV = dict(place="AT")
C("e13", "1.100 Euro Strafe", 1100, unit="EUR", measure="amount", subject="fine imposed on social worker Heinz Spindler (headline)",
  counted=("1.100 Euro Strafe", "Strafe"), calt=["Ein Waldviertler Sozialarbeiter"], **WV)
C("e13", "110 Euro zusteckte", 110, unit="EUR", measure="amount", subject="money Spindler gave the refugee after help in the garden (headline)",
  counted=None, calt=[("befreundeten Flüchtling", "Flüchtling")], **WV)
C("e13", "zwei Stunden lang", 2, unit="hour", measure="duration", subject="how long Spindler employed the refugee, according to the BH Gmünd",
  source=BHG, counted=("sudanesischen Staatsbürger Mohammed H.", "Mohammed H."), **WV)
C("e13", "Spindler: 1.100 Euro", 1100, unit="EUR", measure="amount", subject="fine imposed on Heinz Spindler",
  source=None, alt=[BHG], counted="Strafhöhe", **WV)
C("e13", "Summe von 110 Euro", 110, unit="EUR", measure="amount", subject="money that passed from Spindler to the refugee",
  counted=("eine Summe", "Summe"), **WV)
C("e13", "nach drei Tagen", 3, unit="day", measure="duration", subject="days the asylum seeker helped in Spindler's garden",
  counted="Mithilfe im Garten", calt=[("dem befreundeten sudanesischen Asylwerber", "Asylwerber")], **WV)
C("e13", "seit fünf Jahren", 5, unit="year", measure="duration", subject="how long the Sudanese has been in the asylum procedure",
  source=SPI2, counted=("sei der Sudanese", "Sudanese"), calt=["Asylverfahren"], **WV)
C("e13", "Das sind fünf Jahre", 5, unit="year", measure="duration", subject="years of forced idleness of the asylum seeker",
  source=SPI2, counted=("Untätigkeit", "Untätigkeit"), **WV)
C("e13", "spätestens nach neun Wochen", 9, bound="at_most", unit="week", measure="duration",
  subject="time after which asylum seekers must get labour-market access under the EU directive", source=None, alt=[SOZ],
  counted="effektiven Arbeitsmarktzugang", calt=[("dass Asylwerber spätestens", "Asylwerber")], place="AT", place_alt=[None])

# ---------------------------------------------------------------- e14 Sport 793: Thiem wins Acapulco
THI = "person.dominic_thiem"
MX = dict(place="MX")
C("e14", "fünfter ATP-Titel", 5, unit="Titel", measure="other", subject="Thiem's ATP titles (ordinal, headline)",
  counted=("fünfter ATP-Titel", "ATP-Titel"), **MX, optional=True)
C("e14", "Der 22-jährige", 22, unit="year", measure="age", subject="age of Dominic Thiem",
  counted=("Der 22-jährige Niederösterreicher", "Niederösterreicher"), calt=[("Dominic Thiem setzte", "Dominic Thiem")],
  group=ATH, nat="AT", nat_alt=[None], **MX)
C("e14", "Nach 1:55 Stunden", 115 / 60, unit="hour", measure="duration", subject="length of the Acapulco final",
  counted=None, calt=[("riss Thiem", "Thiem")], **MX)
C("e14", "seinen fünften ATP-Titel", 5, unit="Titel", measure="other", subject="Thiem's ATP titles (ordinal)",
  counted=("fünften ATP-Titel", "ATP-Titel"), **MX, optional=True)
C("e14", "dem sechsten Tour-Endspiel", 6, unit="Endspiele", measure="other", subject="Thiem's tour finals (ordinal)",
  counted="Tour-Endspiel", **MX, optional=True)
C("e14", "500 ATP-Zähler", 500, unit="ATP-Zähler", measure="other", subject="ranking points Thiem won in Acapulco",
  counted="ATP-Zähler", calt=["Der Lichtenwörther"], **MX)
C("e14", "brutto 321.625 US-Dollar", 321625, unit="USD", measure="amount", subject="prize money Thiem won in Acapulco (gross)",
  counted=("kassierte er", "er"), calt=["Der Lichtenwörther"], **MX)
C("e14", "292.226,97 Euro", 292226.97, unit="EUR", measure="amount", subject="prize money Thiem won in Acapulco, in euros",
  counted=("kassierte er", "er"), calt=["Der Lichtenwörther"], **MX)
C("e14", "schon über 2,6 Mio. Dollar", 2.6e6, bound="more_than", unit="USD", measure="amount",
  subject="Thiem's career prize money (gross)", counted="Gesamtpreisgeld", place=None, place_alt=["MX"])
C("e14", "ein paar Juniorenturniere", unit="Turniere", measure="other", subject="junior tournaments Thiem won in Mexico",
  source=THI, counted="Juniorenturniere", **MX, **V)
C("e14", "Vor 7.500 Zuschauern", 7500, unit="person", measure="participants", subject="spectators at the Acapulco final",
  counted="Zuschauern", group=["spectators", "people", "fans"], **MX)
C("e14", "sechs Positionen", 6, unit="Positionen", measure="other", increment=True,
  subject="how far Tomic is ranked behind Thiem", counted=("Der unorthodox spielende Tomic", "Tomic"), place=None, optional=True)
C("e14", "drei Games", 3, unit="Games", measure="other", subject="games Tomic won in a row in the first set",
  counted=("machte er drei Games", "er"), calt=["Games"], **MX)
C("e14", "22 Asse Mit", 22, unit="Asse", measure="other", subject="aces Thiem served in the final (subhead)",
  counted=("22 Asse Mit", "Asse"), **MX)
C("e14", "zwölf Punkten", 12, unit="Punkte", measure="other", subject="points Thiem won in a row in the first set",
  counted=("zwölf Punkten", "Punkten"), **MX)
C("e14", "Nach 46 Minuten", 46, unit="minute", measure="duration", subject="length of the first set of the Acapulco final",
  counted="Satz eins", **MX)
C("e14", "insgesamt fünf Bällen", 5, unit="Breakbälle", measure="other", subject="rebreak chances Thiem had in the second set",
  counted=("Bällen zum Rebreak", "Bällen"), **MX)
C("e14", "nach 1:40 Stunden", 100 / 60, unit="hour", measure="duration", subject="time into the final when Thiem broke to 3:1",
  counted=None, **MX, optional=True)
C("e14", "Insgesamt 22 Asse", 22, unit="Asse", measure="other", subject="aces Thiem served in the final",
  counted=("Insgesamt 22 Asse", "Asse"), **MX)
C("e14", "45 Winner", 45, unit="Winner", measure="other", subject="winners Thiem hit in the final",
  counted=("45 Winner", "Winner"), **MX)

# ---------------------------------------------------------------- e15 Inland 865: new Styrian Landtag constituted
ST = dict(place="AT")
POLS = ["politicians", "people"]
C("e15", "15 Abgeordnete", 15, unit="person", measure="seats", subject="SPÖ seats in the Styrian Landtag",
  counted=("15 Abgeordnete", "Abgeordnete"), calt=[("Abgeordnete der SPÖ", "SPÖ")], group=POLS, **ST)
C("e15", "je 14", 14, unit="person", measure="seats", subject="seats each of the ÖVP and the FPÖ in the Styrian Landtag",
  counted=("je 14 der ÖVP", "ÖVP"), calt=["Freiheitlichen", ("15 Abgeordnete", "Abgeordnete")], group=POLS, **ST)
C("e15", "drei Grüne", 3, unit="person", measure="seats", subject="Green seats in the Styrian Landtag",
  counted=("drei Grüne", "Grüne"), group=POLS, **ST)
C("e15", "zwei Kommunisten", 2, unit="person", measure="seats", subject="KPÖ seats in the Styrian Landtag",
  counted=("zwei Kommunisten", "Kommunisten"), group=POLS, **ST)
C("e15", "Innerhalb der nächsten eineinhalb Jahre", 1.5, bound="at_most", unit="year", measure="duration",
  subject="time within which sign-language interpreting should be offered on demand", counted="nachfrageorientiertes Angebot", **ST)

# ---------------------------------------------------------------- e16 International 879: the Republicans' problems before 2016
C("e16", "in den vergangenen 50 Jahren", 50, unit="year", measure="duration",
  subject="period in which the Democrats never held the presidency for three terms in a row", counted="den Demokraten", place="US")
C("e16", "drei Amtsperioden", 3, unit="Amtsperioden", measure="other",
  subject="consecutive presidential terms the Democrats never achieved", counted=("drei Amtsperioden", "Amtsperioden"), place="US")

# ---------------------------------------------------------------- e17 Web 911: interview with chatbot developer Barbara Ondrisek
OND = "person.barbara_ondrisek"
USR = ["users", "people"]
C("e17", "der 900 Millionen Facebook-User", 900e6, unit="person", measure="size", subject="Facebook users",
  source=OND, counted="Facebook-User", group=USR, place=None)
C("e17", "10 Millionen iPhones", 10e6, unit="iPhones", measure="other", subject="iPhones sold by the end of 2008",
  source=OND, counted=("10 Millionen iPhones", "iPhones"), place=None)
C("e17", "ein paar Marktführer", unit="Marktführer", measure="other", subject="market leaders among messaging services",
  source=OND, counted="Marktführer", place=None, **V)
C("e17", "rund 1 Milliarde monatliche User", 1e9, bound="approx", unit="person", measure="size",
  subject="monthly users of Facebook/WhatsApp", source=OND, counted=("monatliche User", "User"),
  calt=["Facebook/WhatsApp"], group=USR, place=None)
C("e17", "über 700 Millionen Nutzer", 700e6, bound="more_than", unit="person", measure="size",
  subject="monthly users of WeChat", source=OND, counted=("700 Millionen Nutzer", "Nutzer"), calt=[("oder WeChat", "WeChat")],
  group=USR, place=None)
C("e17", "Zwei Wochen nach dem Start", 2, unit="week", measure="duration", subject="time after the launch of the Mica chatbot",
  source=OND, counted=("nach dem Start", "Start"), place=None, optional=True)
C("e17", "über 20.000 Nachrichten", 20000, bound="more_than", unit="Nachrichten", measure="other",
  subject="messages sent with the Mica chatbot in its first two weeks", source=OND, counted=("20.000 Nachrichten", "Nachrichten"), place=None)
C("e17", "rund 5.000 Lokale", 5000, bound="approx", unit="Lokale", measure="other",
  subject="venues the Mica chatbot suggested in its first two weeks", source=OND, counted=("5.000 Lokale", "Lokale"), place=None)
C("e17", "knapp 1.500 lustige Katzenfotos", 1500, bound="approx", unit="Katzenfotos", measure="other",
  subject="cat photos the Mica chatbot showed in its first two weeks", source=OND, counted="Katzenfotos", place=None)
C("e17", "300 Millionen aktive User", 300e6, unit="person", measure="size", subject="monthly active users of Skype",
  source=OND, counted=("aktive User", "User"), calt=[("(Skype hat", "Skype")], group=USR, place=None)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
