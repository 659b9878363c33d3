"""Build the eleventh held-out gold (claims, negatives) from the annotation table below.

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
 "af.defence_ministry": {"label": "Afghan Ministry of Defence (Kabul)",
                         "patterns": ["Verteidigungsministerium"]},
 "person.gheorghe_brega": {"label": "Gheorghe Brega, Prime Minister of Moldova",
                           "patterns": ["Brega", "Regierungschef"]},
 "person.quentin_tarantino": {"label": "Quentin Tarantino, film director (quoted from Tom Roston's book)",
                              "patterns": ["Tarantino", "Regisseur"]},
 "media.indiewire": {"label": "Indiewire (film portal)", "patterns": ["Indiewire"]},
 "book.roston_video_store": {"label": "Tom Roston's book 'I Lost It At The Video Store'",
                             "patterns": ["Roston", "Buch"]},
 "at.bwb": {"label": "Bundeswettbewerbsbehörde (BWB), Austrian Federal Competition Authority",
            "patterns": ["Bundeswettbewerbsbehörde", r"\bBWB\b"]},
 "at.cartel_court": {"label": "Kartellgericht (Austrian cartel court)", "patterns": ["Kartellgericht"]},
 "at.interior_ministry": {"label": "Austrian Ministry of the Interior", "patterns": ["Innenministerium"]},
 "at.city_of_vienna": {"label": "City of Vienna (Stadt Wien)", "patterns": ["Stadt Wien"]},
 "eu.eurostat": {"label": "Eurostat (EU statistics office)", "patterns": ["Eurostat"]},
 "org.unhcr": {"label": "UNHCR (UN refugee agency)", "patterns": ["UNHCR", "UN-Flüchtlingshilfswerk"]},
 "person.humberto_de_la_calle": {"label": "Humberto de la Calle, chief negotiator of the Colombian government",
                                 "patterns": ["de la Calle", "Chefunterhändler"]},
 "nr.prosecution": {"label": "Public prosecution of Nauru", "patterns": ["Staatsanwaltschaft"]},
 "media.abc_au": {"label": "ABC (Australian Broadcasting Corporation)", "patterns": [r"\bABC\b"]},
 "org.industriall": {"label": "IndustriALL (international trade union federation)", "patterns": ["Industriall"]},
 "us.ge": {"label": "General Electric (GE)", "patterns": ["General Electric", r"\bGE\b"]},
 "it.media": {"label": "Italian media", "patterns": ["italienische Medien"]},
 "it.ansa": {"label": "ANSA (Italian news agency)", "patterns": ["Ansa"]},
 "person.johannes_pollmann": {"label": "Johannes Pollmann, executive producer of the Kiel Tatort",
                              "patterns": ["Pollmann", "Produzent"]},
 "media.dpa": {"label": "dpa (Deutsche Presse-Agentur)", "patterns": ["Deutschen Presse-Agentur", r"\bdpa\b"]},
 "media.ars_technica": {"label": "Ars Technica (tech news site)", "patterns": ["Ars Technica"]},
 "media.engadget": {"label": "Engadget (tech news site)", "patterns": ["Engadget"]},
 "person.walter_salzburger": {"label": "Walter Salzburger, zoologist (University of Basel), study in Biology Letters",
                              "patterns": ["Salzburger", "Zoologe", "Biologe", "Forscher"]},
 "person.elke_kahr": {"label": "Elke Kahr, KPÖ city councillor in Graz", "patterns": ["Kahr"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
ATH = ["athletes", "men", "people"]

# ---------------------------------------------------------------- v00 International 8: Taliban take 18 helicopter passengers hostage
AMD, BRE = "af.defence_ministry", "person.gheorghe_brega"
HOST = ["people", "civilians"]
C("v00", "18 Menschen", 18, unit="person", measure="captured",
  subject="people abducted by the Taliban after a helicopter crash in northern Afghanistan (headline)",
  source=None, alt=[AMD], counted=("18 Menschen", "Menschen"), group=HOST, place="AF")
C("v00", ("18 von Taliban-Kämpfern", "18"), 18, unit="person", measure="captured",
  subject="passengers of the crashed helicopter taken hostage by the Taliban", source=None, alt=[AMD],
  counted=("genommene Insassen", "Insassen"), group=HOST, place="AF")
C("v00", "insgesamt 21 Menschen", 21, unit="person", measure="present",
  subject="people on board the helicopter that made an emergency landing near Maimana", source=AMD,
  counted=("21 Menschen", "Menschen"), group=HOST, place="AF")
C("v00", ("drei der Insassen", "drei"), 3, unit="person", measure="killed",
  subject="helicopter passengers killed in a firefight with the Taliban", source=AMD,
  counted=("drei der Insassen", "Insassen"), group=HOST, place="AF")
C("v00", "zwei Afghanen", 2, unit="person", measure="killed",
  subject="Afghans among the helicopter passengers killed", source=AMD,
  counted=("zwei Afghanen", "Afghanen"), group=HOST, nat="AF", place="AF")
C("v00", ("und ein Ausländer", "ein Ausländer"), 1, unit="person", measure="killed",
  subject="foreigner among the helicopter passengers killed", source=AMD,
  counted=("und ein Ausländer", "Ausländer"), group=HOST, place="AF")
C("v00", "zwei Piloten", 2, unit="person", measure="present",
  subject="Moldovan pilots on board the helicopter", source=BRE,
  counted=("zwei Piloten", "Piloten"), group=["workers", "people"], nat="MD", nat_alt=[None], place="AF")
C("v00", ("und ein Ingenieur", "ein Ingenieur"), 1, unit="person", measure="present",
  subject="Moldovan engineer on board the helicopter", source=BRE,
  counted=("ein Ingenieur aus Moldau", "Ingenieur"), group=["workers", "people"], nat="MD", nat_alt=[None], place="AF")
C("v00", ("die drei Landsleute", "drei"), 3, unit="person", measure="present",
  subject="the three Moldovan crew members (repeat)", source=BRE,
  counted=("die drei Landsleute", "Landsleute"), group=["workers", "people"], nat="MD", place="AF", optional=True)
C("v00", ("waren zwei Ausländer", "zwei Ausländer"), 2, unit="person", measure="captured",
  subject="foreigners among the hostages", source=AMD, counted=("zwei Ausländer unter", "Ausländer"),
  calt=[("unter den Geiseln", "Geiseln")], group=HOST, place="AF")
C("v00", ("Ein erster Versuch", "erster"), 1, unit="Versuche", measure="other",
  subject="first attempt of the security forces to free the hostages (ordinal)", counted="Versuch",
  place="AF", optional=True)

# ---------------------------------------------------------------- v01 Etat 27: Tarantino buys a video store's stock
TAR, IW, BOOK = "person.quentin_tarantino", "media.indiewire", "book.roston_video_store"
C("v01", "Der 52-Jährige", 52, unit="year", measure="age", subject="age of Quentin Tarantino",
  counted="Der 52-Jährige", calt=["US-Kultregisseur"], group=MAN, nat="US", nat_alt=[None], place="US",
  place_alt=[None])
C("v01", "vermutlich so um die 8.000 Kassetten und DVDs", 8000, bound="approx", unit="Kassetten und DVDs",
  measure="other", subject="video cassettes and DVDs Tarantino bought from the bankrupt Video Archives store",
  source=TAR, alt=[IW, BOOK], counted=("8.000 Kassetten und DVDs", "Kassetten und DVDs"),
  calt=["ihr gesamtes Inventar"], place="US", place_alt=[None], hedged=True)
C("v01", "acht Charaktere", 8, unit="Charaktere", measure="other", subject="characters of The Hateful Eight",
  counted=("acht Charaktere", "Charaktere"), group=["people", None], place=None, place_alt=["US"])
C("v01", ("darunter ein Kopfgeldjäger", "ein"), 1, unit="Charaktere", measure="other",
  subject="bounty hunter among the eight characters", counted="Kopfgeldjäger", group=["people", None],
  place=None, place_alt=["US"], optional=True)
C("v01", ("und ein General", "ein"), 1, unit="Charaktere", measure="other",
  subject="general among the eight characters", counted=("und ein General", "General"), group=["people", None],
  place=None, place_alt=["US"], optional=True)

# ---------------------------------------------------------------- v02 Wirtschaft 42: cartel fine for Pfeiffer and Zielpunkt
BWB, KG = "at.bwb", "at.cartel_court"
C("v02", "Mehr als halbe Million Euro", 500000, bound="more_than", unit="EUR", measure="amount",
  subject="cartel fine on Pfeiffer and Zielpunkt (headline)", source=None, alt=[BWB, KG],
  counted="Bußgeld", place="AT")
C("v02", "562.500 Euro", 562500, unit="EUR", measure="amount",
  subject="cartel fine imposed on Pfeiffer HandelsgmbH and Zielpunkt GmbH", source=None, alt=[BWB, KG],
  counted="eine Geldbuße", place="AT")
C("v02", "fünf Produktgruppen", 5, unit="Produktgruppen", measure="other",
  subject="product groups in which the firms influenced retail prices", source=None, alt=[BWB],
  counted=("fünf Produktgruppen", "Produktgruppen"), calt=["Die Firmen"], place="AT")
C("v02", ("Marktanteil beider Unternehmen", "beider"), 2, unit="Unternehmen", measure="other",
  subject="the two companies Pfeiffer and Zielpunkt (repeat)", source=BWB,
  counted=("Marktanteil beider Unternehmen", "Unternehmen"), place="AT", optional=True)
C("v02", "unter sieben Prozent", 7, bound="at_most", unit="percent", measure="share",
  subject="market share of Pfeiffer and Zielpunkt in Austrian food retail", source=BWB,
  counted=("Dieser liege", "Dieser"), calt=[("geringe Marktanteil", "Marktanteil")], place="AT")
C("v02", "30 Prozent", 30, unit="percent", measure="share", subject="market share of Spar in Austrian food retail",
  source=BWB, counted=("Spar (30", "Spar"), calt=[("geringe Marktanteil", "Marktanteil")], place="AT")
C("v02", "35 Prozent", 35, unit="percent", measure="share", subject="market share of Rewe in Austrian food retail",
  source=BWB, counted=("Rewe (35", "Rewe"), calt=[("geringe Marktanteil", "Marktanteil")], place="AT")

# ---------------------------------------------------------------- v03 Sport 75: Ogier wins Rallye Deutschland
C("v03", "31-jährige", 31, unit="year", measure="age", subject="age of Sébastien Ogier",
  counted=("31-jährige Franzose", "Franzose"), calt=["Weltmeister Sebastien Ogier"], group=ATH, nat="FR",
  place="DE", place_alt=[None])
C("v03", "23 Sekunden", 23, unit="s", measure="duration", subject="Ogier's winning margin over Latvala and Mikkelsen",
  counted=("31-jährige Franzose", "Franzose"), calt=["Weltmeister Sebastien Ogier"], group=ATH + [None], nat=None,
  nat_alt=["FR"], place="DE", increment=True)
C("v03", ("seinen beiden Markenkollegen", "beiden"), 2, unit="person", measure="other",
  subject="Ogier's VW team-mates Latvala and Mikkelsen", counted=("beiden Markenkollegen", "Markenkollegen"), group=ATH, place="DE",
  optional=True)
C("v03", ("der erste Heimsieg", "erste"), 1, unit="Heimsiege", measure="other",
  subject="VW's first home win at the Rallye Deutschland (ordinal)", counted="Heimsieg", place="DE", optional=True)
C("v03", ("dem dritten Titel", "dritten"), 3, unit="Titel", measure="other", subject="Ogier's third world title (ordinal)",
  source=None, counted=("dritten Titel", "Titel"), group=ATH + [None], place=None, optional=True)
C("v03", "93 Punkte Vorsprung", 93, unit="Punkte", measure="other", subject="Ogier's championship lead over Latvala",
  counted="Vorsprung", calt=[("Ogier hat in der Gesamtwertung", "Ogier")], group=[None] + ATH, place=None,
  place_alt=["DE"], increment=True)
C("v03", "vier Rennen", 4, unit="Rennen", measure="other", subject="rallies of the 2015 World Championship still to run",
  counted=("vier Rennen", "Rennen"), place=None, place_alt=["DE"])

# ---------------------------------------------------------------- v04 Web 88: the game Vampyr by DontNod
# (no claims: the 20th century, 1918, 2017, PS4 and "Unreal Engine 4" are negatives)

# ---------------------------------------------------------------- v05 Panorama 144: 210,000 refugees passed Austria in September
BMI, WIEN, ESTAT, UNHCR = "at.interior_ministry", "at.city_of_vienna", "eu.eurostat", "org.unhcr"
REF = ["refugees", "migrants", "people"]
C("v05", "Rund 210.000 Menschen", 210000, bound="approx", unit="person", measure="received",
  subject="people who came to Austria within a month (headline)", source=BMI,
  counted=("210.000 Menschen", "Menschen"), group=REF, place="AT")
C("v05", "binnen eines Monats", 1, unit="month", measure="duration", subject="period of the 210,000 arrivals",
  source=BMI, counted=("210.000 Menschen", "Menschen"), place="AT", optional=True)
C("v05", ("10.000 von ihnen", "10.000"), 10000, unit="person", measure="received",
  subject="people who applied for asylum in Austria in September (headline)", source=BMI,
  counted=("10.000 von ihnen", "ihnen"), calt=[("10.000 von ihnen stellten Asylanträge", "Asylanträge")],
  group=REF, place="AT")
C("v05", "rund 200.000 Personen", 200000, bound="approx", unit="person", measure="received",
  subject="people passing through Austria in September (transit refugees)", source=BMI,
  counted=("200.000 Personen", "Personen"), group=REF, place="AT")
C("v05", "hunderte Flüchtlinge", unit="person", measure="received",
  subject="refugees arriving at Vienna Westbahnhof on 31 August", source=None, alt=[BMI],
  counted=("hunderte Flüchtlinge", "Flüchtlinge"), group=REF, place="AT", **V)
C("v05", "rund 130.000", 130000, bound="approx", unit="person", measure="received",
  subject="people passing through Vienna in September (count of the city)", source=WIEN,
  counted=("die Hauptstadt passierende Personen", "Personen"), group=REF, place="AT")
C("v05", "113.491 Nächtigungen", 113491, unit="Nächtigungen", measure="other",
  subject="overnight stays of refugees in Vienna in September", source=WIEN,
  counted=("113.491 Nächtigungen", "Nächtigungen"), place="AT")
C("v05", "19.700", 19700, unit="person", measure="received",
  subject="transit refugees observed in Austria on 14 September, the peak day", source=None, alt=[BMI],
  counted=("19.700 – Transitflüchtlinge", "Transitflüchtlinge"), group=REF, place="AT")
C("v05", ("die meisten kamen", "die meisten"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of the transit refugees who came from Hungary", source=None, alt=[BMI],
  counted=("19.700 – Transitflüchtlinge", "Transitflüchtlinge"), group=REF, place="AT", optional=True)
C("v05", ("Die meisten Menschen", "Die meisten"), 50, bound="more_than", unit="percent", measure="share",
  subject="share of the refugees who crossed the border on foot", source=BMI,
  counted=("Die meisten Menschen", "Menschen"), group=REF, place="AT", optional=True)
C("v05", ("den rund 200.000 Transitflüchtlingen", "rund 200.000"), 200000, bound="approx", unit="person", measure="received",
  subject="people passing through Austria in September (repeat)", source=None, alt=[BMI],
  counted="Transitflüchtlingen", group=REF, place="AT")
C("v05", "rund 10.000 Personen", 10000, bound="approx", unit="person", measure="received",
  subject="people who applied for asylum in Austria in September", source=None, alt=[BMI],
  counted=("10.000 Personen", "Personen"), group=REF, place="AT")
C("v05", ("2.000 davon", "2.000"), 2000, unit="person", measure="received",
  subject="asylum applications lodged in Vienna in September", source=None, alt=[BMI],
  counted=("2.000 davon", "davon"), calt=[("10.000 Personen", "Personen")], group=REF, place="AT")
C("v05", "46.133 Asylanträge", 46133, unit="person", measure="received",
  subject="asylum applications in Austria from 1 January to 31 August", source=None, alt=[BMI],
  counted=("46.133 Asylanträge", "Asylanträge"), group=REF + [None], place="AT")
C("v05", "rund 28.000", 28000, bound="approx", unit="person", measure="received",
  subject="asylum applications in Austria in 2014", source=None, alt=[BMI],
  counted=("46.133 Asylanträge", "Asylanträge"), calt=[("waren es in Österreich", "es")], group=REF + [None],
  place="AT")
C("v05", "rund 60 Prozent", 60, bound="approx", unit="percent", measure="share",
  subject="increase of asylum applications in Austria 2014 over 2013", source=None, alt=[BMI],
  counted="Steigerung", calt=[("46.133 Asylanträge", "Asylanträge")], place="AT", increment=True)
C("v05", "300 bis 450 Asylanträge", 300, 450, bound="range", unit="person per day", measure="received",
  subject="asylum applications per day in Austria these days", source=BMI,
  counted=("450 Asylanträge", "Asylanträge"), group=REF + [None], place="AT")
C("v05", "etwa 5.000 bis 8.000 Transitflüchtlinge", 5000, 8000, bound="range", unit="person per day",
  measure="received", subject="transit refugees per day in Austria these days", source=BMI,
  counted=("8.000 Transitflüchtlinge", "Transitflüchtlinge"), group=REF, place="AT")
C("v05", "213.000 Asylerstanträge", 213000, unit="person", measure="received",
  subject="first asylum applications in the EU states, April to June", source=ESTAT,
  counted=("213.000 Asylerstanträge", "Asylerstanträge"), group=REF + [None], place=None, place_alt=["EU"])
C("v05", "15 Prozent mehr", 15, unit="percent", measure="share",
  subject="rise of first asylum applications in the EU over the first quarter", source=ESTAT,
  counted=("213.000 Asylerstanträge", "Asylerstanträge"), place=None, place_alt=["EU"], increment=True)
C("v05", "plus 85 Prozent", 85, unit="percent", measure="share",
  subject="rise of first asylum applications in the EU over the same period of the previous year", source=ESTAT,
  counted=("213.000 Asylerstanträge", "Asylerstanträge"), place=None, place_alt=["EU"], increment=True)
C("v05", "fast 534.000 Menschen", 534000, bound="approx", unit="person", measure="received",
  subject="people who crossed the Mediterranean to the EU this year", source=UNHCR,
  counted=("534.000 Menschen", "Menschen"), group=REF, place=None, place_alt=["EU"])
C("v05", "mehr als 400.000", 400000, bound="more_than", unit="person", measure="received",
  subject="people who crossed the Mediterranean to Greece this year", source=UNHCR,
  counted=("534.000 Menschen", "Menschen"), group=REF, place="GR")
C("v05", "214.000 Personen", 214000, unit="person", measure="received",
  subject="people who fled across the Mediterranean to the EU in 2014", source=None, alt=[UNHCR],
  counted=("214.000 Personen", "Personen"), group=REF, place=None, place_alt=["EU"])
C("v05", "rund 180.000 Menschen", 180000, bound="approx", unit="person", measure="received",
  subject="people who came to Austria in the Hungarian crisis of 1956/57", counted=("180.000 Menschen", "Menschen"),
  group=REF, nat=None, nat_alt=["HU"], place="AT")
C("v05", "Etwa zehn Prozent", 10, bound="approx", unit="percent", measure="share",
  subject="share of the 1956/57 Hungarian refugees who stayed in Austria", counted=("Prozent von ihnen", "ihnen"),
  calt=[("180.000 Menschen", "Menschen")], group=REF, nat=None, nat_alt=["HU"], place="AT")

# ---------------------------------------------------------------- v06 Web 158: Amazon sells a "refugee" costume
# (no claims: "März 2015" twice, the costume's name "1./2. Weltkrieg" twice and the link codes are negatives)

# ---------------------------------------------------------------- v07 International 431: Kerry meets the Colombian negotiators in Havana
CAL = "person.humberto_de_la_calle"
C("v07", "450 Millionen Dollar", 450e6, unit="USD", measure="aid",
  subject="US financial aid Kerry promised for Colombia after the conflict", source=CAL,
  counted="Finanzhilfen", place="CO", place_alt=[None])
C("v07", "knapp 400 Millionen Euro", 400e6, bound="approx", unit="EUR", measure="aid",
  subject="US financial aid Kerry promised for Colombia after the conflict (converted)", source=CAL,
  counted="Finanzhilfen", place="CO", place_alt=[None])
C("v07", "3.000 Menschen", 3000, unit="person", measure="killed",
  subject="members of the Unión Patriótica murdered by right-wing paramilitaries in the 1980s",
  counted=("3.000 Menschen", "Menschen"), group=["people", "members", "politicians", "civilians"], nat=None,
  nat_alt=["CO"], place="CO")
C("v07", "rund dreieinhalbjährigen", 3.5, bound="approx", unit="year", measure="duration",
  subject="length of the Colombian peace negotiations", counted="Verhandlungen", place="CO", place_alt=["CU", None])
C("v07", "rund 8.000 Rebellen", 8000, bound="approx", unit="person", measure="size",
  subject="remaining FARC fighters", counted=("8.000 Rebellen", "Rebellen"), group=["troops", "people", "men"],
  nat=None, nat_alt=["CO"], place="CO")
C("v07", ("beide Seiten", "beide"), 2, unit="Seiten", measure="other", subject="the two parties to the negotiations",
  counted="Seiten", place="CO", place_alt=[None], optional=True)

# ---------------------------------------------------------------- v08 Sport 537: Real Madrid backs Benítez after the 0:4
PTS = dict(unit="Punkte", measure="other", group=[None, "players", "athletes"], place="ES", place_alt=[None])
C("v08", "rund 130 Journalisten", 130, bound="approx", unit="person", measure="participants",
  subject="journalists at Pérez's press conference in the Bernabéu", counted=("130 Journalisten", "Journalisten"),
  group=["journalists", "people"], place="ES")
C("v08", "auf sechs Punkte", 6, subject="Real Madrid's gap to Barcelona in the Primera División",
  counted="Rückstand", calt=[("Real (24", "Real")], increment=True, **PTS)
C("v08", ("(24 Punkte)", "24 Punkte"), 24, subject="Real Madrid's points after twelve rounds", counted=("Real (24", "Real"),
  optional=True, **PTS)
C("v08", ("(30)", "30"), 30, subject="Barcelona's points after twelve rounds", counted="dem Erzrivalen",
  optional=True, **PTS)
C("v08", ("(26)", "26"), 26, subject="Atlético Madrid's points after twelve rounds", counted="Stadtkonkurrent Atlético Madrid",
  optional=True, **PTS)
C("v08", "nach zwölf Spieltagen", 12, unit="Spieltage", measure="other", subject="rounds played in the Primera División",
  counted="Spieltagen", place="ES", optional=True)

# ---------------------------------------------------------------- v09 Panorama 624: Nauru fines a refugee for attempted suicide
NRP, ABC = "nr.prosecution", "media.abc_au"
REFM = ["refugees", "migrants", "men", "people", None]
C("v09", "bis zu zwei Monate", 2, bound="up_to", unit="month", measure="duration",
  subject="prison term the Nauru prosecution demanded for the refugee's attempted suicide", source=NRP,
  counted=("zwei Monate Haft", "Haft"), calt=[("ist ein Flüchtling", "Flüchtling")], group=REFM, place="NR")
C("v09", "200 australischen Dollar", 200, unit="AUD", measure="amount",
  subject="fine imposed on the refugee by a Nauru court", counted=("eine Geldstrafe", "Geldstrafe"), place="NR")
C("v09", "136 Euro", 136, unit="EUR", measure="amount",
  subject="fine imposed on the refugee by a Nauru court (converted)", counted=("eine Geldstrafe", "Geldstrafe"),
  place="NR")
C("v09", "achtjährigen", 8, unit="year", measure="age", subject="age of Sam Nemati's daughter Aysa",
  source=None, alt=[ABC], counted=("Tochter Aysa", "Tochter"), calt=["Tochter Aysa"], group=["children", "people"],
  nat=None, nat_alt=["IR"], place="NR", place_alt=[None])
C("v09", "zwei Jahre lang", 2, unit="year", measure="duration",
  subject="time Nemati and his daughter were held in an Australian-funded refugee centre on Nauru", source=ABC,
  counted=("Flüchtling Sam Nemati", "Sam Nemati"), calt=[("iranische Flüchtling", "Flüchtling")],
  group=["refugees", "migrants", "people", None], nat="IR", nat_alt=[None], place="NR")

# ---------------------------------------------------------------- v10 Wirtschaft 626: protests against GE job cuts in Europe
IND, GE = "org.industriall", "us.ge"
JOB = [None, "workers", "employees"]
STAFF = ["workers", "employees", "people"]
C("v10", ("in mehreren europäischen Städten", "mehreren"), unit="Städte", measure="other",
  subject="European cities with union protests against GE job cuts", counted="Städten", place=None, **V)
C("v10", "bis zu 2.500 Mitarbeiter", 2500, bound="up_to", unit="person", measure="participants",
  subject="GE employees demonstrating in front of the headquarters at La Défense", counted=("2.500 Mitarbeiter", "Mitarbeiter"),
  group=STAFF, place="FR")
C("v10", "40 Jobs", 40, unit="Jobs", measure="planned", subject="GE jobs to be cut in Austria", source=IND,
  counted=("40 Jobs", "Jobs"), group=JOB, place="AT")
C("v10", "rund 40 verschiedenen Standorten", 40, bound="approx", unit="Standorte", measure="other",
  subject="sites with protests against GE job cuts", source=IND, counted=("verschiedenen Standorten", "Standorten"),
  calt=[("von Demos an", "Demos")], place=None)
C("v10", "6.500 Stellen", 6500, unit="Stellen", measure="planned", subject="GE jobs to be cut in Europe",
  source=None, alt=[GE], counted=("6.500 Stellen", "Stellen"), group=JOB, place=None)

# ---------------------------------------------------------------- v11 Panorama 704: Q&A on deporting convicted asylum seekers
C("v11", ("unabhängig voneinander zwei Dinge", "zwei"), 2, unit="Dinge", measure="other",
  subject="things that happen when asylum seekers commit crimes", counted=("zwei Dinge", "Dinge"), place="AT",
  optional=True)
C("v11", ("kann also einige Zeit", "einige Zeit"), unit="Zeit", measure="duration",
  subject="time the withdrawal procedure can take", counted="Die Prüfung", place="AT", **V)
C("v11", "mehr als drei Jahren Haft", 3, bound="more_than", unit="year", measure="duration",
  subject="prison term threatened for crimes that exclude a person from asylum", counted="Verbrechen",
  calt=[("drei Jahren Haft", "Haft")], place="AT", place_alt=[None])
C("v11", "der drei mutmaßlichen Vergewaltiger", 3, unit="person", measure="other",
  subject="suspected rapists of the Praterstern case", counted="mutmaßlichen Vergewaltiger",
  group=["men", "people", "refugees", "migrants"], place="AT")
C("v11", "rund 300 pro Jahr", 300, bound="approx", unit="person per year", measure="sent",
  subject="deportations from Austria after the withdrawal of asylum, per year", source="at.interior_ministry",
  counted=("Zahlen für Abschiebungen", "Abschiebungen"), group=["refugees", "migrants", "prisoners", "people"],
  place="AT")

# ---------------------------------------------------------------- v12 Wissenschaft 771: 2,500-year-old house found on the Quirinal
ITM, ANSA = "it.media", "it.ansa"
C("v12", "über 2.500 Jahre alt", 2500, bound="more_than", unit="year", measure="age",
  subject="age of the remains of the ancient Roman house on the Quirinal (headline)", source=None, alt=[ITM, ANSA],
  counted=("Überreste eines altrömischen Wohnhauses", "Überreste"),
  calt=[("altrömischen Wohnhauses", "Wohnhauses")], place="IT")
C("v12", "mehr als 2.500 Jahre alten", 2500, bound="more_than", unit="year", measure="age",
  subject="age of the remains of the ancient Roman house on the Quirinal", source=None, alt=[ITM, ANSA],
  counted=("Jahre alten Wohnhauses", "Wohnhauses"), calt=[("Dort haben Archäologen Reste", "Reste")], place="IT")
C("v12", "der sieben Hügel", 7, unit="Hügel", measure="other", subject="the seven hills of classical Rome",
  counted=("sieben Hügel", "Hügel"), place="IT", optional=True)

# ---------------------------------------------------------------- v13 Etat 799: Kiel Tatort building becomes a refugee shelter
POLL, DPA = "person.johannes_pollmann", "media.dpa"
C("v13", "(59)", 59, unit="year", measure="age", subject="age of the actor Axel Milberg",
  counted="Axel Milberg", calt=["Tatort-Kommissar"], group=MAN, nat=None, nat_alt=["DE"], place="DE", place_alt=[None])
C("v13", "Bis zu 800 Menschen", 800, bound="up_to", unit="person", measure="present",
  subject="refugees who can be housed in the former naval school in Kiel", counted=("800 Menschen", "Menschen"),
  calt=["Gemeinschaftsunterkunft für Flüchtlinge"], group=["refugees", "migrants", "people"], place="DE")
C("v13", "Etwa zwei Drittel", 66.67, bound="approx", unit="percent", measure="share",
  subject="share of the filming space given up for the refugee shelter", source=POLL, alt=[DPA],
  counted=("genutzten Raumes", "Raumes"), place="DE")

# ---------------------------------------------------------------- v14 Web 807: first reviews of Google's Pixel C
ARS, ENG = "media.ars_technica", "media.engadget"
C("v14", "24 Stunden vor Beginn", 24, unit="hour", measure="duration",
  subject="time before the Google event when details leaked", counted="erste Details", place=None, optional=True)
C("v14", "10,2 Zoll", 10.2, unit="Zoll", measure="other", subject="screen size of the Pixel C",
  counted=("großen Bildschirm", "Bildschirm"), calt=[("Google bringt mit dem Pixel C", "Pixel C")], place=None)
C("v14", "3 GB", 3, unit="GB", measure="other", subject="RAM of the Pixel C", counted=("3 GB Ram", "Ram"),
  calt=[("Das Gerät läuft", "Das Gerät")], place=None)
C("v14", "499 Dollar", 499, unit="USD", measure="amount", subject="price of the Pixel C",
  counted=("Das Gerät wird", "Das Gerät"), place=None, place_alt=["US"])
C("v14", "149 Dollar", 149, unit="USD", measure="amount", subject="price of the Pixel C keyboard",
  counted=("das Keyboard extra", "das Keyboard"), place=None, place_alt=["US"])
C("v14", "einige Stunden", unit="hour", measure="duration", subject="time US media spent with the Pixel C",
  counted="Erste US-Medien", place=None, **V)
C("v14", "Vier Mikrofone", 4, unit="Mikrofone", measure="other", subject="microphones of the Pixel C",
  source=None, alt=[ARS], counted=("Vier Mikrofone", "Mikrofone"), place=None)
C("v14", "Sieben Millimeter", 7, unit="mm", measure="other", subject="thickness of the Pixel C",
  source=None, alt=[ENG], counted=("Millimeter Dicke", "Dicke"), calt=["die Verarbeitung des Tablets"], place=None)
C("v14", ("die zwei größten Tech-Seiten", "zwei"), 2, unit="Tech-Seiten", measure="other",
  subject="Wired and The Verge as the two largest tech sites", counted="Tech-Seiten", place=None, optional=True)

# ---------------------------------------------------------------- v15 Wissenschaft 916: scale-eating cichlids mimic two peaceful species
SAL = "person.walter_salzburger"
C("v15", "zweier friedlicher Barscharten", 2, unit="Arten", measure="other",
  subject="peaceful cichlid species whose stripes Plecodus straeleni imitates (headline)", source=None, alt=[SAL],
  counted="Barscharten", place=None)
C("v15", "zweier friedlicher Arten", 2, unit="Arten", measure="other",
  subject="peaceful cichlid species whose stripes the scale-eaters imitate", source=None, alt=[SAL],
  counted=("friedlicher Arten", "Arten"), place=None)
C("v15", ("eine oder mehrere Schuppen", "eine oder mehrere"), 1, bound="at_least", unit="Schuppen", measure="other",
  subject="scales torn out per attack", source=SAL, counted=("mehrere Schuppen", "Schuppen"), place=None,
  optional=True)
C("v15", "zwei friedlich lebende Buntbarscharten", 2, unit="Arten", measure="other",
  subject="peaceful cichlid species whose pattern the scale-eater wears", source=None, alt=[SAL],
  counted="Buntbarscharten", place=None)
C("v15", "38", 38, unit="Buntbarsche", measure="other",
  subject="P. straeleni caught on dives whose stomach contents were examined", source=None, alt=[SAL],
  counted="P. straeleni-Buntbarschen", calt=[("den Mägen von 38", "Mägen")], place=None)
C("v15", ("Wenn die beiden Raubfische", "die beiden"), 2, unit="Arten", measure="other",
  subject="the two imitated species (repeat)", source=SAL, counted=("Wenn die beiden Raubfische", "Raubfische"),
  place=None, optional=True)
C("v15", "etwa Eins zu Zehn", 0.1, bound="approx", unit="ratio", measure="other",
  subject="ratio of P. straeleni to the species it imitates", source=SAL, counted="das Verhältnis", place=None)

# ---------------------------------------------------------------- v16 Inland 925: commentary on Haimbuchner's Ash Wednesday speech
POLM = ["politicians", "men", "people"]
C("v16", "rund 2.000 Getreuen", 2000, bound="approx", unit="person", measure="participants",
  subject="FPÖ supporters at the political Ash Wednesday in Ried", counted="Getreuen",
  group=["people", "members", "visitors", "fans"], place="AT")
C("v16", "bei null", 0, unit="Getränke", measure="other",
  subject="consumption of non-alcoholic drinks at the FPÖ Ash Wednesday (ironic)", counted="der Verbrauch alkoholfreier Getränke",
  place="AT", optional=True)
C("v16", "fast eine Stunde lang", 1, bound="approx", unit="hour", measure="duration",
  subject="length of Haimbuchner's Ash Wednesday speech", counted=("teilte Haimbuchner", "Haimbuchner"),
  group=POLM + [None], place="AT")
C("v16", "37-jährige", 37, unit="year", measure="age", subject="age of Manfred Haimbuchner",
  counted=("37-jährige Jurist", "Jurist"), calt=["Manfred Haimbuchner muss"], group=POLM, nat=None, nat_alt=["AT"],
  place="AT", place_alt=[None])
C("v16", "30,4 Prozent", 30.4, unit="percent", measure="share",
  subject="FPÖ vote share in the Upper Austrian state election", counted="ein Wahlergebnis", place="AT")
C("v16", "Nur zwei Beispiele", 2, unit="Beispiele", measure="other", subject="examples of the new blue course",
  counted="Beispiele", place="AT", optional=True)

# ---------------------------------------------------------------- v17 Inland 1006: Elke Kahr to become deputy mayor of Graz
KAHR = "person.elke_kahr"
POLW = ["politicians", "women", "people", None]
POLP = ["politicians", "people", "members"]
C("v17", "seit 20 Jahren", 20, unit="year", measure="duration",
  subject="years Kahr had been on the Graz municipal council in 2013", counted="eine Politikerin",
  calt=[("mit Kahr eine", "Kahr")], group=POLW, place="AT", place_alt=[None])
C("v17", "zehn Jahre", 10, unit="year", measure="duration",
  subject="years Kahr had been housing councillor in 2013", counted="eine Politikerin",
  calt=["Wohnungsstadträtin war"], group=POLW, place="AT", place_alt=[None])
C("v17", "allen drei Wahlgängen", 3, unit="Wahlgänge", measure="other",
  subject="rounds of voting Kahr lost in January 2013", counted="Wahlgängen", place="AT")
C("v17", "einem Piraten", 1, unit="person", measure="other",
  subject="Pirate councillor announced to vote for Kahr in 2013", counted="Piraten", group=POLP, place="AT")
C("v17", "zwei SPÖ-Mandataren", 2, unit="person", measure="other",
  subject="SPÖ councillors announced to vote for Kahr in 2013", counted="SPÖ-Mandataren", group=POLP, place="AT")
C("v17", "38-jährige", 38, unit="year", measure="age", subject="age of Michael Ehmann, new head of the SPÖ Graz",
  counted=("38-jährige Zahntechniker", "Zahntechniker"), calt=["Zahntechniker Michael Ehmann"],
  group=["men", "people", "politicians"], place="AT", place_alt=[None])
C("v17", "15.200 Bürger", 15200, unit="person", measure="participants",
  subject="citizens who came to Kahr's office in person since April 2012", source=KAHR,
  counted=("15.200 Bürger", "Bürger"), group=["residents", "people", "visitors"], place="AT")
C("v17", "Die wichtigsten drei Anliegen", 3, unit="Anliegen", measure="other",
  subject="the most important concerns of the citizens coming to Kahr's office", source=KAHR,
  counted="Anliegen", place="AT", optional=True)

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
