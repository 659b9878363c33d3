"""Build the twelfth held-out gold (claims, negatives) from the annotation table below.

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
 "person.vija_celmins": {"label": "Vija Celmins, US artist", "patterns": ["Celmins", "Künstlerin"]},
 "media.heise": {"label": "heise online (German tech news site)", "patterns": ["Heise"]},
 "ml.army": {"label": "Malian army (army statements, a Malian officer, a Malian military official)",
             "patterns": ["Armeeangaben", "Offizier", "Militärvertreter"]},
 "media.afp": {"label": "AFP (Agence France-Presse)", "patterns": [r"\bAFP\b"]},
 "person.andreas_vana": {"label": "Andreas Vana, ORF entertainment department", "patterns": ["Vana"]},
 "person.francine_jordi": {"label": "Francine Jordi, singer and presenter of the Stadlshow", "patterns": ["Jordi"]},
 "person.alexander_mazza": {"label": "Alexander Mazza, TV presenter of the Stadlshow", "patterns": ["Mazza"]},
 "cn.xinhua": {"label": "Xinhua (Chinese state news agency)", "patterns": ["Xinhua"]},
 "kp.supreme_court": {"label": "Supreme Court of North Korea", "patterns": ["Oberste Gerichtshof"]},
 "kp.state_media": {"label": "North Korean state media / North Korean statements",
                    "patterns": ["nordkoreanischen Staatsmedien", "nordkoreanischen Angaben"]},
 "us.tesla": {"label": "Tesla Motors", "patterns": ["Tesla", "Unternehmen"]},
 "person.byron_deeter": {"label": "Byron Deeter, investor and Model X owner", "patterns": ["Deeter", "Investor"]},
 "at.opferschutzkommission": {"label": "Unabhängige Opferschutzkommission (Klasnic commission, Austria)",
                              "patterns": ["Opferschutzkommission", "Kommission", "Klasnic"]},
 "media.kathpress": {"label": "Kathpress (Austrian Catholic news agency)", "patterns": ["Kathpress"]},
 "expert.pollsters": {"label": "pollsters (Meinungsforscher)", "patterns": ["Meinungsforscher"]},
 "person.roland_fruehstueck": {"label": "Roland Frühstück, ÖVP club chairman in the Vorarlberg Landtag",
                               "patterns": ["Frühstück", "Klubobmann"]},
 "person.hermann_manahl": {"label": "Hermann Manahl (ÖVP), mayor of Raggal", "patterns": ["Manahl"]},
 "study.pnas_lianas": {"label": "international research team, study on lianas in Panama (PNAS)",
                       "patterns": ["Forscherteam", "PNAS", "Versuche"]},
 "at.greens_vorarlberg": {"label": "the Greens (Vorarlberg / Lustenau)", "patterns": ["Grünen", "Grüne"]},
 "person.kurt_fischer": {"label": "Kurt Fischer (ÖVP), mayor of Lustenau", "patterns": ["Fischer", "Bürgermeister"]},
 "person.thorsten_fink": {"label": "Thorsten Fink, coach of Austria Wien", "patterns": ["Fink", "Trainer"]},
 "person.david_martill": {"label": "David Martill (University of Portsmouth) and colleagues, study in Science",
                          "patterns": ["Martill", "Forscher", "Paläontologen"]},
 "person.scott_boback": {"label": "Scott Boback (Dickinson College) and colleagues, study in J. Exp. Biol.",
                         "patterns": ["Boback", "Forscher"]},
 "de.vda": {"label": "VDA (Verband der Automobilindustrie), Deutscher Oldtimer-Index",
            "patterns": [r"\bVDA\b", "Verbands der Automobilindustrie"]},
 "person.frank_wilke": {"label": "Frank Wilke, managing director of Classic Analytics", "patterns": ["Wilke"]},
 "person.oliver_schimek": {"label": "Oliver Schimek, Eurotax Österreich", "patterns": ["Schimek"]},
 "person.georg_brown": {"label": "Georg Brown, ÖAMTC expert", "patterns": ["Brown"]},
 "person.wolfgang_lackner": {"label": "Wolfgang Lackner, CEO of the Europäische Reiseversicherung",
                             "patterns": ["Lackner", "Vorstandschef"]},
 "at.europaeische": {"label": "Europäische Reiseversicherung (Generali subsidiary)",
                     "patterns": ["Europäische", "Unternehmen"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
MAN = ["men", "people"]
WOMAN = ["women", "people"]
TEAM = [None, "players", "athletes"]          # a team's points, goals, wins

# ---------------------------------------------------------------- w00 Kultur 25: Vija Celmins in the Secession
# (no required claims: "geb. 1938", "in den frühen 1960er-Jahren" and "aus den 80ern" are negatives)
C("w00", ("Mit Abertausenden kleiner", "Abertausenden"), unit="Entscheidungen", measure="other",
  subject="decisions by which one writes oneself into the work (Celmins on her painting)",
  source="person.vija_celmins", counted=("kleinster Entscheidungen", "Entscheidungen"), place=None, **V)

# ---------------------------------------------------------------- w01 Web 57: Canon's new cameras
HEI = "media.heise"
SPEC = dict(measure="other", source=None, alt=[HEI], place=None)
PRICE = dict(unit="EUR", measure="amount", source=None, alt=[HEI], place=None, place_alt=["AT"])
C("w01", ("außerdem zwei neue Powershot-Modelle", "zwei"), 2, unit="Modelle",
  subject="new PowerShot models Canon presents (teaser)", counted=("zwei neue Powershot-Modelle", "Powershot-Modelle"),
  **SPEC)
C("w01", ("Mit einem neuen spiegellosen Modell", "einem"), 1, unit="Modelle",
  subject="new mirrorless camera model (set against the two new compact cameras)",
  counted=("einem neuen spiegellosen Modell", "Modell"), **SPEC)
C("w01", ("zwei neue Geräte der Cybershot-Reihe", "zwei"), 2, unit="Geräte",
  subject="new compact cameras for ambitious hobbyists", counted=("zwei neue Geräte", "Geräte"),
  calt=[("Geräte der Cybershot-Reihe", "Cybershot-Reihe")], **SPEC)
C("w01", "18 Megapixel", 18, unit="Megapixel", subject="resolution of the EOS M10's APS-C sensor",
  counted=("dessen APS-C-Sensor", "APS-C-Sensor"), calt=[("das spiegellose Aufnahmegerät", "Aufnahmegerät")], **SPEC)
C("w01", ("mit 49 Punkten", "49 Punkten"), 49, unit="Punkte", subject="autofocus points of the EOS M10",
  counted=("hantierendes Autofokus-System", "Autofokus-System"), **SPEC)
C("w01", ("um 180 Grad", "180 Grad"), 180, unit="Grad", subject="swivel range of the EOS M10 display",
  counted=("schwenkbares Display", "Display"), **SPEC)
C("w01", ("Diagonale von drei Zoll", "drei Zoll"), 3, unit="Zoll", subject="display diagonal of the EOS M10",
  counted=("Diagonale von drei", "Diagonale"), calt=[("schwenkbares Display", "Display")], **SPEC)
C("w01", "zwischen 24 und 70 Millimeter", 24, 70, bound="range", unit="mm",
  subject="focal length of the EF-M 15-45mm kit lens", counted=("Die Brennweite des", "Brennweite"),
  calt=[("Ein passendes Kit-Objektiv", "Kit-Objektiv")], **SPEC)
C("w01", ("bis f/3.5", "f/3.5"), 3.5, unit="f-number", subject="largest aperture of the kit lens at wide angle",
  counted=("die Blendenöffnung reicht", "Blendenöffnung"), optional=True, **SPEC)
C("w01", ("bis f/6.3", "f/6.3"), 6.3, unit="f-number", subject="largest aperture of the kit lens at telephoto",
  counted=("die Blendenöffnung reicht", "Blendenöffnung"), optional=True, **SPEC)
C("w01", "rund 500 Euro", 500, bound="approx", subject="price of the EOS M10 with kit lens",
  counted=("M10 und Kit sollen", "M10 und Kit"), **PRICE)
C("w01", ("auch zwei neue Powershot-Kameras", "zwei"), 2, unit="Kameras",
  subject="new PowerShot cameras G5 X and G9 X", counted=("zwei neue Powershot-Kameras", "Powershot-Kameras"), **SPEC)
C("w01", ("Auflösung von 20 Megapixel", "20 Megapixel"), 20, unit="Megapixel",
  subject="resolution of the sensor of the G5 X and G9 X", counted=("einer Auflösung von", "Auflösung"),
  calt=[("unüblich großen Sensor", "Sensor")], **SPEC)
C("w01", ("(24-100 Millimeter", "24-100 Millimeter"), 24, 100, bound="range", unit="mm",
  subject="focal length of the G5 X lens (the G7 X's lens)", counted=("Millimeter Brennweite, f1.8", "Brennweite"),
  calt=[("der gleichen Linse", "Linse")], **SPEC)
C("w01", "f1.8 bis f2.8", 1.8, 2.8, bound="range", unit="f-number", subject="aperture range of the G5 X lens",
  counted=("der gleichen Linse", "Linse"), optional=True, **SPEC)
C("w01", ("(1.024 x 768 Pixel", "1.024"), 1024, unit="Pixel", subject="horizontal resolution of the G5 X viewfinder",
  counted=("einen elektronischen Sucher", "elektronischen Sucher"), optional=True, **SPEC)
C("w01", ("x 768 Pixel", "768 Pixel"), 768, unit="Pixel", subject="vertical resolution of the G5 X viewfinder",
  counted=("einen elektronischen Sucher", "elektronischen Sucher"), optional=True, **SPEC)
C("w01", ("mit drei Zoll Diagonale", "drei Zoll"), 3, unit="Zoll", subject="display diagonal of the G5 X",
  counted=("ausklappbarer LCD-Bildschirm", "LCD-Bildschirm"), calt=[("Zoll Diagonale genutzt", "Diagonale")], **SPEC)
C("w01", "28 bis 84 Millimeter", 28, 84, bound="range", unit="mm", subject="focal length of the G9 X lens",
  counted=("84 Millimeter Brennweite", "Brennweite"), calt=[("Die G9 X liefert eine Linse", "Linse")], **SPEC)
C("w01", "f2 bis f4.9", 2, 4.9, bound="range", unit="f-number", subject="aperture range of the G9 X lens",
  counted=("Die G9 X liefert eine Linse", "Linse"), optional=True, **SPEC)
C("w01", "rund 750 Euro", 750, bound="approx", subject="launch price of the G5 X",
  counted=("Die G5 X wird", "Die G5 X"), **PRICE)
C("w01", "etwa 470 Euro", 470, bound="approx", subject="launch price of the G9 X",
  counted=("Die G 9 X", "Die G 9 X"), **PRICE)

# ---------------------------------------------------------------- w02 International 111: Malian army arrests 15 jihadists
ARMY, AFP = "ml.army", "media.afp"
MIL = ["troops", "people", "men"]
C("w02", "15 Festnahmen", 15, unit="person", measure="captured",
  subject="jihadists arrested near the Ivory Coast border (headline)", source=None, alt=[ARMY],
  counted=("15 Festnahmen", "Festnahmen"), group=MIL, place="ML")
C("w02", ("nach Armeeangaben zwei Jihadistencamps", "zwei"), 2, unit="Camps", measure="other",
  subject="jihadist camps destroyed by Malian soldiers near the Ivory Coast border", source=ARMY,
  counted="Jihadistencamps", place="ML")
C("w02", "15 Jihadisten", 15, unit="person", measure="captured",
  subject="jihadists arrested in the border region of Sikasso", source=ARMY, alt=[AFP],
  counted=("15 Jihadisten", "Jihadisten"), group=MIL, place="ML")
C("w02", ("sei ein radikaler Prediger", "ein"), 1, unit="person", measure="captured",
  subject="radical preacher from the Ivory Coast among the arrested", source=ARMY, alt=[AFP],
  counted=("radikaler Prediger", "Prediger"), group=MIL, nat="CI", nat_alt=[None], place="ML", optional=True)
C("w02", ("mehrere Jihadisten getötet", "mehrere"), unit="person", measure="killed",
  subject="jihadists killed in the Sikasso region the week before", counted=("mehrere Jihadisten", "Jihadisten"),
  group=MIL, place="ML", **V)

# ---------------------------------------------------------------- w03 Etat 140: the Stadlshow succeeds the Musikantenstadl
VANA, JORDI, MAZZA = "person.andreas_vana", "person.francine_jordi", "person.alexander_mazza"
C("w03", "über 30 Jahre alte", 30, bound="more_than", unit="year", measure="age",
  subject="age of the Musikantenstadl format invented by Karl Moik", source=None, alt=[VANA],
  counted=("erfundene Format", "Format"), place="AT", place_alt=[None])
C("w03", ("Das Millionen-Publikum", "Millionen"), unit="person", measure="participants",
  subject="the Musikantenstadl's audience of millions", source=VANA, counted=("Millionen-Publikum", "Millionen-Publikum"),
  group=["spectators", "people"], place="AT", place_alt=[None], **V)
C("w03", "38-jährige", 38, unit="year", measure="age", subject="age of Francine Jordi",
  source=None, alt=[JORDI], counted=("38-jährige Schlagersängerin Jordi", "Schlagersängerin Jordi"),
  group=WOMAN, place="AT", place_alt=[None])
C("w03", ("erst in zwei Wochen", "in zwei Wochen"), 2, unit="week", measure="duration",
  subject="time until the new set is presented", source=VANA, counted=("Als Kulisse", "Kulisse"), place="AT",
  optional=True)
C("w03", "42-jährige", 42, unit="year", measure="age", subject="age of Alexander Mazza",
  source=None, alt=[MAZZA], counted=("42-jährige TV-Moderator Mazza", "TV-Moderator Mazza"),
  group=MAN, place="AT", place_alt=[None])
C("w03", "eine Show pro Land", 1, unit="Shows per Land", measure="other",
  subject="Stadlshow shows planned per country for 2016", source=None, alt=[VANA],
  counted=("eine Show pro Land", "Show"), place=None, place_alt=["AT"])

# ---------------------------------------------------------------- w04 International 291: US student Warmbier sentenced in North Korea
XIN, KPC, KPM = "cn.xinhua", "kp.supreme_court", "kp.state_media"
STU = ["students", "men", "people", "prisoners"]
C("w04", "21-Jähriger", 21, unit="year", measure="age", subject="age of Otto Warmbier (teaser)",
  counted="21-Jähriger", group=STU, nat="US", nat_alt=[None], place="KP", place_alt=[None])
C("w04", ("zu 15 Jahren Arbeitslager", "15 Jahren"), 15, unit="year", measure="duration",
  subject="labour camp sentence of the US student in North Korea", source=XIN, alt=[KPC],
  counted=("festgenommener US-Student", "US-Student"), calt=[("15 Jahren Arbeitslager", "Arbeitslager")],
  group=STU, nat="US", place="KP")
C("w04", ("Der 21-jährige Otto", "21-jährige"), 21, unit="year", measure="age", subject="age of Otto Warmbier",
  source=None, alt=[KPM], counted=("21-jährige Otto Frederick Warmbier", "Otto Frederick Warmbier"),
  group=STU, nat="US", nat_alt=[None], place="KP", place_alt=[None])
C("w04", "10.000 Dollar", 10000, unit="USD", measure="amount",
  subject="value of the car Warmbier was allegedly promised for the trophy", source=KPM,
  counted=("ein Auto im Wert", "Auto"), calt=[("im Wert von", "Wert")], place=None, place_alt=["US", "KP"])
C("w04", "gut 9.000 Euro", 9000, bound="more_than", unit="EUR", measure="amount",
  subject="value of the car Warmbier was allegedly promised (converted)", source=KPM,
  counted=("ein Auto im Wert", "Auto"), calt=[("im Wert von", "Wert")], place=None, place_alt=["US", "KP"])
C("w04", ("Festnahme 200.000 Dollar", "200.000 Dollar"), 200000, unit="USD", measure="amount",
  subject="money allegedly promised to Warmbier's family in case of his arrest", source=KPM,
  counted=None, calt=[("für seine Familie", "Familie")], place=None, place_alt=["US", "KP"])
C("w04", ("Warmbier ist einer von", "einer"), 1, unit="person", measure="captured",
  subject="Warmbier as one of the North Americans held", counted=("Warmbier ist einer", "Warmbier"),
  group=STU, nat="US", place="KP", optional=True)
C("w04", ("insgesamt drei in Nordkorea", "insgesamt drei"), 3, unit="person", measure="captured",
  subject="North Americans held in North Korea", counted="Nordamerikanern",
  group=["prisoners", "people", "men"], nat=None, place="KP")
C("w04", "60-jähriger", 60, unit="year", measure="age",
  subject="age of the Canadian priest sentenced to life in North Korea",
  counted=("kanadischer Priester", "kanadischer Priester"), group=["men", "people", "prisoners"], nat="CA",
  place="KP", place_alt=[None])
C("w04", ("seinen vierten Atomwaffentest", "vierten"), 4, unit="Atomwaffentests", measure="other",
  subject="North Korea's fourth nuclear test (ordinal)", counted="Atomwaffentest", place="KP", optional=True)
C("w04", "einen Monat später", 1, unit="month", measure="duration",
  subject="time between the nuclear test and the long-range rocket launch", counted="Langstreckenrakete",
  place="KP", optional=True)
C("w04", "300.000 Soldaten", 300000, unit="person", measure="participants",
  subject="South Korean soldiers in the joint military exercise", counted=("300.000 Soldaten", "Soldaten"),
  group=["troops", "soldiers"], nat="KR", place=None, place_alt=["KR"])
C("w04", ("und 17.000 aus den USA", "17.000"), 17000, unit="person", measure="participants",
  subject="US soldiers in the joint military exercise", counted=("300.000 Soldaten", "Soldaten"),
  group=["troops", "soldiers"], nat="US", place=None, place_alt=["KR"])

# ---------------------------------------------------------------- w05 Web 308: a Witcher film
# (no required claims: "1986", "The Witcher 2", "2017" and "Sommer 2014" are negatives)
C("w05", "einen Großteil", 50, bound="more_than", unit="percent", measure="share",
  subject="share of the animated cut scenes of the Witcher games made by Platige Images",
  counted=("animierten Zwischensequenzen", "Zwischensequenzen"), place=None, optional=True)
C("w05", "mehrteiligen", unit="Teile", measure="other", subject="parts of the planned Witcher film series",
  counted=("mehrteiligen Serie", "Serie"), place=None, **V)

# ---------------------------------------------------------------- w06 Inland 367: Wordscores position of Irmgard Griss
SCALE = dict(unit="Skalenpunkte", measure="other", place="AT", place_alt=[None])
C("w06", ("bei 0 (ganz links)", "0"), 0, subject="position of the fictitious party A on the left-right scale",
  counted=("die Partei A laut", "Partei A"), optional=True, **SCALE)
C("w06", ("bei 10 (ganz rechts)", "10"), 10, subject="position of the fictitious party B on the left-right scale",
  counted=("während Partei B", "Partei B"), optional=True, **SCALE)
C("w06", "Skalenpunkt 5", 5, subject="position of the fictitious party C on the left-right scale",
  counted=("Eine dritte Partei C", "Partei C"), optional=True, **SCALE)
C("w06", ("(bei 5,7)", "5,7"), 5.7, subject="Wordscores position of Irmgard Griss's programme on the left-right scale",
  counted=("Die geschätzte Position", "geschätzte Position"), **SCALE)

# ---------------------------------------------------------------- w07 Web 501: software problems of Tesla's Model X
TES, DEE = "us.tesla", "person.byron_deeter"
C("w07", "einige Male", unit="Male", measure="other", subject="times maker and buyers of the Model X had trouble",
  counted=("Hersteller und Käufer", "Hersteller und Käufer"), place=None, **V)
C("w07", ("Erst vor wenigen Wochen", "vor wenigen Wochen"), unit="week", measure="duration",
  subject="time since the Model X recall", counted=("rief Tesla", "Tesla"), place=None, **V)
C("w07", ("beinahe alle bisher", "beinahe alle"), 100, bound="approx", unit="percent", measure="share",
  subject="share of the Model X built so far that Tesla recalled", counted=("produzierten Autos", "Autos"),
  place=None, optional=True)
C("w07", ("beklagen sich einige Fahrer", "einige"), unit="person", measure="other",
  subject="Model X drivers complaining about software problems", counted=("einige Fahrer", "Fahrer"),
  group=["customers", "people", "users"], place=None, **V)
C("w07", ("ein paar kleinere Fehler", "ein paar"), unit="Fehler", measure="other",
  subject="minor faults of Deeter's Model X", source=DEE, counted=("kleinere Fehler", "Fehler"), place=None, **V)
C("w07", ("mit einem kleinen Teil der Model X", "einem kleinen Teil"), unit="percent", measure="share",
  subject="share of the early-production Model X with problems", source=TES,
  counted=("Model X früher Produktion", "Model X"), place=None, **V)
C("w07", ("erst wenige tausend Model X", "wenige tausend"), unit="Autos", measure="other",
  subject="Model X delivered so far", counted=("tausend Model X ausgeliefert", "Model X"), place=None, **V)
C("w07", "rund 400.000 Mal", 400000, bound="approx", unit="Bestellungen", measure="other",
  subject="orders of the Tesla Model 3 so far", counted=("der Model 3, der", "Model 3"), place=None,
  place_alt=["US"])

# ---------------------------------------------------------------- w08 Panorama 521: the pope receives the Klasnic commission
KOM, KATH = "at.opferschutzkommission", "media.kathpress"
C("w08", ("entschied in sechs Jahren", "in sechs Jahren"), 6, unit="year", measure="duration",
  subject="period in which the commission decided its cases (headline)",
  counted=("Unabhängige Opferschutzkommission entschied", "Unabhängige Opferschutzkommission"), place="AT",
  optional=True)
C("w08", "rund 1.600 Fälle", 1600, bound="approx", unit="Fälle", measure="processed",
  subject="abuse cases decided by the Independent Victim Protection Commission (headline)", source=None,
  alt=[KOM, KATH], counted=("rund 1.600 Fälle", "Fälle"),
  place="AT")
C("w08", ("in den sechs Jahren ihres Bestehens", "sechs Jahren"), 6, unit="year", measure="age",
  subject="age of the Independent Victim Protection Commission", source=KATH, alt=[KOM],
  counted=("die Kommission mit Waltraud Klasnic", "Kommission"), place="AT")
C("w08", "Rund 1.600 Fälle", 1600, bound="approx", unit="Fälle", measure="processed",
  subject="abuse cases decided by the Independent Victim Protection Commission in six years", source=None,
  alt=[KOM, KATH], counted=("Rund 1.600 Fälle", "Fälle"), place="AT")

# ---------------------------------------------------------------- w09 Inland 526: the presidential campaign before the vote
POLL = "expert.pollsters"
C("w09", "sechs Kandidaten", 6, unit="Kandidaten", measure="other",
  subject="candidates in the Austrian presidential election", counted=("sechs Kandidaten", "Kandidaten"),
  group=["politicians", "people"], place="AT")
C("w09", "70 Prozent und darüber", 70, bound="at_least", unit="percent", measure="share",
  subject="expected turnout of the presidential election", source=POLL, counted=("die Wahlbeteiligung wieder", "Wahlbeteiligung"),
  group=["voters", "people", None], place="AT", hedged=True)
C("w09", ("nach zuletzt mageren 50 Prozent", "50 Prozent"), 50, unit="percent", measure="share",
  subject="turnout of the 2010 presidential election", source=None, alt=[POLL],
  counted=("die Wahlbeteiligung wieder", "Wahlbeteiligung"), group=["voters", "people", None], place="AT")
C("w09", ("mit einer einzigen Ausnahme", "einer einzigen"), 1, unit="Umfragen", measure="other",
  subject="polls not showing Van der Bellen in the lead (Kronen Zeitung)", counted=("einzigen Ausnahme", "Ausnahme"),
  calt=[("Nahezu alle Umfragen", "Umfragen")], place="AT")
C("w09", ("beiden Parteichefs", "beiden"), 2, unit="person", measure="other",
  subject="the two government party leaders Faymann and Mitterlehner", counted="Parteichefs",
  group=["politicians", "people"], place="AT", optional=True)
C("w09", ("auf die zwei in der Stichwahl", "zwei"), 2, unit="person", measure="other",
  subject="candidates in the run-off", counted=("befindlichen Kandidaten", "Kandidaten"),
  group=["politicians", "people"], place="AT", optional=True)

# ---------------------------------------------------------------- w10 Panorama 547: asylum seekers in Vorarlberg's municipalities
FRU, MANA = "person.roland_fruehstueck", "person.hermann_manahl"
REF = ["refugees", "migrants", "people"]
C("w10", "Knapp 50 Prozent", 50, bound="approx", unit="percent", measure="share",
  subject="share of Vorarlberg municipalities that cannot or will not take in refugees", source=FRU,
  counted=("Prozent der Gemeinden", "Gemeinden"), place="AT")
C("w10", "92 Prozent", 92, unit="percent", measure="share",
  subject="Vorarlberg's fulfilment of its refugee admission quota", source=None, alt=[FRU],
  counted=("seine Aufnahmequote", "Aufnahmequote"), calt=[("Vorarlberg erfüllt", "Vorarlberg")], place="AT")
C("w10", "1549 Asylwerberinnen und -werber", 1549, unit="person", measure="present",
  subject="asylum seekers living in Vorarlberg", counted=("1549 Asylwerberinnen und -werber", "Asylwerberinnen und -werber"),
  group=REF, place="AT")
C("w10", "weitere 50 bis 55", 50, 55, bound="range", unit="person per week", measure="received",
  subject="asylum seekers arriving in Vorarlberg per week",
  counted=("1549 Asylwerberinnen und -werber", "Asylwerberinnen und -werber"), group=REF, place="AT", increment=True)
C("w10", ("Aber 40 der 96", "40"), 40, unit="Gemeinden", measure="other",
  subject="Vorarlberg municipalities providing no accommodation for asylum seekers",
  counted=("96  Gemeinden", "Gemeinden"), place="AT")
C("w10", ("40 der 96", "96"), 96, unit="Gemeinden", measure="other", subject="municipalities of Vorarlberg",
  counted=("96  Gemeinden", "Gemeinden"), place="AT")
C("w10", "knapp über  22.000 Menschen", 22000, bound="more_than", unit="person", measure="size",
  subject="inhabitants of Lustenau", counted=("22.000 Menschen", "Menschen"),
  calt=[("leistet Lustenau", "Lustenau")], group=["residents", "people"], place="AT")
C("w10", ("dort 830 der", "830"), 830, unit="Haushalte", measure="other", subject="empty households in Lustenau",
  counted=("9800 Haushalte", "Haushalte"), group=[None, "households"], place="AT")
C("w10", ("der  9800 Haushalte", "9800"), 9800, unit="Haushalte", measure="other", subject="households in Lustenau",
  counted=("9800 Haushalte", "Haushalte"), group=[None, "households"], place="AT")
C("w10", ("Bis vor wenigen Tagen", "vor wenigen Tagen"), unit="day", measure="duration",
  subject="time since the FC Lustenau broke the ban", counted=("der FC Lustenau", "FC Lustenau"), place="AT", **V)
C("w10", "Drei der Männer", 3, unit="person", measure="received",
  subject="refugees taken in at the Lustenau social centre", counted=("Drei der Männer", "Männer"),
  group=["refugees", "men", "migrants", "people"], place="AT")
C("w10", "insgesamt 839 Menschen", 839, unit="person", measure="size", subject="inhabitants of Raggal",
  counted=("839 Menschen", "Menschen"), calt=[("Im Dorf  wohnen", "Dorf")], group=["residents", "people"], place="AT")
C("w10", "33  Asylsuchende", 33, unit="person", measure="present",
  subject="asylum seekers living in the Tobelhaus holiday home in Raggal", counted=("33  Asylsuchende", "Asylsuchende"),
  group=REF, place="AT")
C("w10", "über 100 Flüchtlinge", 100, bound="more_than", unit="person", measure="present",
  subject="refugees in Raggal during the Yugoslav crisis", source=MANA,
  counted=("100 Flüchtlinge", "Flüchtlinge"), group=REF, place="AT")
C("w10", "nicht mehr als 35 Menschen", 35, bound="at_most", unit="person", measure="present",
  subject="maximum number of refugees to be housed in the Tobelhaus", source=None, alt=[MANA],
  counted=("35 Menschen", "Menschen"), calt=[("Im Tobelhaus möchte", "Tobelhaus")], group=REF, place="AT")

# ---------------------------------------------------------------- w11 Sport 550: NHL, Toronto beats Philadelphia
C("w11", ("mit 12. Sieg in Folge", "12. Sieg"), 12, unit="Siege", measure="other",
  subject="Chicago's consecutive wins, a club record (headline, ordinal)", counted=("Chicago stellt", "Chicago"), group=TEAM,
  place="US", place_alt=[None], optional=True)
C("w11", ("der beiden Villacher", "beiden"), 2, unit="person", measure="other",
  subject="the two Villach-born forwards Grabner and Raffl", counted=("Villacher Eishockey-Stürmer", "Eishockey-Stürmer"),
  group=["athletes", "men", "people"], nat="AT", place="US", optional=True)
C("w11", "7,5 Sekunden", 7.5, unit="s", measure="duration", subject="time before the final horn of the winning goal",
  counted=("den entscheidenden Treffer", "Treffer"), place="US", optional=True)
C("w11", "fünf Niederlagen", 5, unit="Niederlagen", measure="other",
  subject="Toronto's losses in a row before the game", counted=("fünf Niederlagen", "Niederlagen"),
  calt=[("die Gäste aus Toronto", "Gäste aus Toronto")], group=TEAM, place=None, place_alt=["US", "CA"])
C("w11", ("den zwölften Sieg", "zwölften"), 12, unit="Siege", measure="other",
  subject="Chicago's consecutive wins (ordinal)", counted=("Der Stanley-Cup-Sieger", "Stanley-Cup-Sieger"),
  group=TEAM, place="US", place_alt=[None], optional=True)

# ---------------------------------------------------------------- w12 Wissenschaft 566: science briefs (lianas, pig organs, IPCC)
LIA = "study.pnas_lianas"
C("w12", "rund ein Viertel", 25, bound="approx", unit="percent", measure="share",
  subject="carbon taken up in liana-infested rainforest compared with forest without lianas", source=LIA,
  counted="Kohlenstoffmenge", place="PA")
C("w12", "rund 40 Prozent", 40, bound="approx", unit="percent", measure="share",
  subject="share of the Earth's carbon bound by rainforests", source=None, alt=[LIA],
  counted=("des Kohlenstoffs der Erde", "Kohlenstoffs"), calt=["Regenwälder binden"], place=None)
C("w12", "rund eine Milliarde Euro", 1e9, bound="approx", unit="EUR", measure="amount",
  subject="money Novartis invested in growing transplant organs in pigs", counted=("in den Ansatz", "Ansatz"),
  calt=[("Die Firma Novartis", "Novartis")], place=None, place_alt=["CH", "US"])

# ---------------------------------------------------------------- w13 Etat 599: TV listings
# (clock times, years, channel names "ORF 1/2/3", "ATV 2", "SRF 2", "(1/2)" are negatives)
C("w13", ("Länge von 1300 Kilometern", "1300 Kilometern"), 1300, unit="km", measure="other",
  subject="length of the Saigoku pilgrimage route in Japan", counted=("Der älteste Pilgerweg Japans", "Pilgerweg"),
  calt=["der Saigoku"], place="JP")
C("w13", ("Einige Oberösterreicher", "Einige"), unit="person", measure="size",
  subject="Upper Austrians who made Rome their home", counted=("Einige Oberösterreicher", "Oberösterreicher"),
  group=P, nat="AT", place="IT", **V)
C("w13", ("in Rio de Janeiro ein Kind", "ein Kind"), 1, unit="person per day", measure="missing",
  subject="children disappearing in Rio de Janeiro every day", counted=("ein Kind. Sie", "Kind"),
  group=["children", "people"], place="BR")
C("w13", "zwei Einrichtungen", 2, unit="Einrichtungen", measure="other",
  subject="centres founded by the journalist Wal Ferrao for relatives of missing children",
  counted=("zwei Einrichtungen", "Einrichtungen"), place="BR")
C("w13", ("Der einzige DDR-Film", "einzige"), 1, unit="Filme", measure="other",
  subject="GDR films with a central homosexual theme", counted="DDR-Film", place=None, place_alt=["DE"],
  optional=True)
C("w13", "sieben Jahre lang", 7, unit="year", measure="duration",
  subject="years Heiner Carow fought for the film Coming Out", counted=("Carow musste", "Carow"),
  group=[None, "men", "people"], place=None, place_alt=["DE"])
C("w13", ("der einzige Überlebende", "einzige"), 1, unit="person", measure="other",
  subject="survivors of the train crash in Unbreakable (fiction)", counted="Überlebende",
  group=MAN, place=None, place_alt=["US"], optional=True)

# ---------------------------------------------------------------- w14 Wirtschaft 732: Ikea looks at a site in Lustenau
GRU, FIS = "at.greens_vorarlberg", "person.kurt_fischer"
POLM = ["politicians", "men", "people", None]
C("w14", "124 geplante Arbeitsplätze", 124, unit="Arbeitsplätze", measure="other",
  subject="jobs planned at an Ikea store in Lustenau", source=GRU,
  counted=("geplante Arbeitsplätze", "Arbeitsplätze"), group=[None, "workers", "employees"], place="AT")
C("w14", ("verhandelt seit einem Jahr", "seit einem Jahr"), 1, unit="year", measure="duration",
  subject="time mayor Fischer has been negotiating with Ikea",
  counted=("Bürgermeister Kurt Fischer (VP) verhandelt", "Bürgermeister Kurt Fischer"), group=POLM, place="AT")
C("w14", "20.000 Quadratmeter", 20000, unit="m2", measure="other",
  subject="retail space zoned in Lustenau by the state spatial plan", source=FIS,
  counted=("Quadratmeter Handelsfläche", "Handelsfläche"), place="AT")
C("w14", ("nur die Hälfte der", "die Hälfte"), 50, unit="percent", measure="share",
  subject="share of the zoned retail space Ikea would use", source=None, alt=[FIS],
  counted=("gewidmeten Fläche", "Fläche"), place="AT")
C("w14", ("Die anderen 10.000 Quadratmeter", "10.000 Quadratmeter"), 10000, unit="m2", measure="other",
  subject="zoned retail space Lustenau would give back", source=FIS, counted=None,
  calt=[("gewidmeten Fläche", "Fläche")], place="AT")
C("w14", ("der seit einem Jahr", "seit einem Jahr"), 1, unit="year", measure="duration",
  subject="time mayor Fischer has been negotiating with Ikea (repeat)",
  counted=("zerstreut Bürgermeister Kurt Fischer", "Bürgermeister Kurt Fischer"), group=POLM, place="AT")
C("w14", "wenige Autominuten", unit="minute", measure="duration",
  subject="driving time from the site to the Dornbirn-Süd motorway junction",
  counted=("das Grundstück an der Dornbirnerstraße", "Grundstück"), place="AT", **V)

# ---------------------------------------------------------------- w15 Kultur 781: Prince's last album
C("w15", "300 Millionen Dollar", 300e6, unit="USD", measure="amount", subject="Prince's reported estate",
  counted=("kolportiertes Erbe", "Erbe"), place="US", place_alt=[None], hedged=True)
C("w15", ("Der 39-jährige Carlin", "39-jährige"), 39, unit="year", measure="age",
  subject="age of Carlin Q. Williams, who claims to be Prince's son", counted="Carlin Q. Williams",
  group=MAN + ["prisoners"], nat=None, nat_alt=["US"], place="US", place_alt=[None])
C("w15", "57-jährig", 57, unit="year", measure="age", subject="age of Prince at his death",
  counted=("verstorbenen Stars", "Stars"), group=MAN, nat=None, nat_alt=["US"], place="US", place_alt=[None])
C("w15", ("tausende unveröffentlichte Songs", "tausende"), unit="Songs", measure="other",
  subject="unreleased songs allegedly in Prince's archive", counted=("unveröffentlichte Songs", "Songs"),
  place="US", place_alt=[None], hedged=True, **V)
C("w15", "5.000 Dollar", 5000, unit="USD", measure="amount",
  subject="price of a 1980s Prince picture disc seen on Ebay", counted=("Eine Picture-Disc", "Picture-Disc"),
  place=None)
C("w15", "millionenfach", unit="Alben", measure="other", subject="copies pressed of Prince albums",
  counted=("gepresste Alben", "Alben"), place=None, **V)
C("w15", ("sein 39. Studioalbum", "39"), 39, unit="Studioalben", measure="other",
  subject="Prince's studio albums, Hit n Run Phase Two the 39th (ordinal)", counted="Studioalbum", place=None,
  optional=True)
C("w15", "Mittfünfzigers", 55, bound="approx", unit="year", measure="age",
  subject="the composure of a man in his mid-fifties (comparison)", counted="Mittfünfzigers", group=MAN,
  place=None, optional=True)

# ---------------------------------------------------------------- w16 Sport 822: Austria Wien are autumn champions
FINK = "person.thorsten_fink"
C("w16", ("in den vergangenen beiden Jahren", "beiden Jahren"), 2, unit="year", measure="duration",
  subject="the two seasons before, in which Austria would have lost such games", counted="Spiele",
  place="AT", optional=True)
C("w16", ("war der zehnte der Saison", "zehnte"), 10, unit="Siege", measure="other",
  subject="Austria's wins this season, the win over Sturm the tenth (ordinal)", counted=("Der Sieg gegen Sturm", "Sieg"),
  group=TEAM, place="AT", optional=True)
C("w16", ("der siebente mit", "siebente"), 7, unit="Siege", measure="other",
  subject="Austria's wins by one goal this season (ordinal)", counted=("Der Sieg gegen Sturm", "Sieg"),
  group=TEAM, place="AT", optional=True)
C("w16", ("mit einem Treffer Unterschied", "einem Treffer"), 1, unit="Tore", measure="other",
  subject="goal margin of Austria's narrow wins", counted=("Treffer Unterschied", "Unterschied"),
  group=TEAM, place="AT", increment=True, optional=True)
C("w16", "Plus acht", 8, unit="Tore", measure="other", subject="Austria Wien's goal difference",
  counted="Tordifferenz", calt=["des Spitzenreiters"], group=TEAM, place="AT", increment=True)
C("w16", ("beträgt acht Zähler", "acht Zähler"), 8, unit="Punkte", measure="other",
  subject="Austria Wien's lead over fourth-placed Admira", counted=("Der Abstand zum Vierten", "Abstand"),
  calt=[("zum Vierten Admira", "Admira")], group=TEAM, place="AT", increment=True)
C("w16", ("bereits zehn Punkte zurück", "zehn Punkte"), 10, unit="Punkte", measure="other",
  subject="Sturm Graz's gap to Austria Wien", counted=("bezeichneten Grazer", "Grazer"), group=TEAM, place="AT",
  increment=True)
C("w16", ("sagte der 48-Jährige", "48-Jährige"), 48, unit="year", measure="age", subject="age of Thorsten Fink",
  source=None, alt=[FINK], counted=("der 48-Jährige", "der 48-Jährige"), calt=[("Trainer Thorsten Fink", "Thorsten Fink")],
  group=MAN, nat="DE", nat_alt=[None], place="AT", place_alt=[None])
C("w16", ("Nur einer im Austria-Lager", "einer"), 1, unit="person", measure="other",
  subject="the one euphoric player in the Austria camp (Kayode)", counted="Austria-Lager",
  group=["players", "athletes", "people"], place="AT", optional=True)
C("w16", "fast exakt zwei Jahren", 2, bound="approx", unit="year", measure="duration",
  subject="time since Austria's last win over Sturm Graz", counted=("den ersten Erfolg gegen Sturm", "Erfolg"),
  group=TEAM, place="AT")
C("w16", ("sprich drei Zähler", "drei Zähler"), 3, unit="Punkte", measure="other",
  subject="points Fink wants from the game in Wolfsberg", counted=("seiner Mannschaft", "Mannschaft"),
  source=FINK, group=TEAM, place="AT", optional=True)

# ---------------------------------------------------------------- w17 Wissenschaft 830: four-legged snake fossil, boas kill by cardiac arrest
MAR, BOB = "person.david_martill", "person.scott_boback"
C("w17", "rund 3.500", 3500, bound="approx", unit="Arten", measure="other", subject="living snake species",
  counted=("heute lebenden Schlangenarten", "Schlangenarten"), place=None)
C("w17", "rund 150 Millionen Jahren", 150e6, bound="approx", unit="year", measure="age",
  subject="age of the first animals with clearly reduced limbs (the former assumption)",
  counted=("die ersten Tiere mit", "Tiere"), place=None)
C("w17", ("Missing Link mit vier Füßen", "vier Füßen"), 4, unit="Füße", measure="other",
  subject="legs of the fossil snake Tetrapodophis amplectus (subheading)", counted="Missing Link", place=None,
  place_alt=["BR"])
C("w17", ("Urschlange mit vier Beinen", "vier Beinen"), 4, unit="Beine", measure="other",
  subject="legs of the fossil snake found in north-eastern Brazil", source=MAR,
  counted=("eine Urschlange mit", "Urschlange"), place="BR", place_alt=[None])
C("w17", "100 bis 149 Millionen Jahre alte", 100e6, 149e6, bound="range", unit="year", measure="age",
  subject="age of the four-legged snake fossil", source=None, alt=[MAR],
  counted=("Jahre alte Fossil", "Fossil"), place="BR", place_alt=[None])
C("w17", ("die mit vier Füßen umklammert", "vier Füßen"), 4, unit="Füße", measure="other",
  subject="legs in the meaning of the name Tetrapodophis amplectus", counted=("Schlange, die mit", "Schlange"),
  place=None, place_alt=["BR"], optional=True)
C("w17", "elf Ratten", 11, unit="Ratten", measure="other", subject="rats Boback and colleagues fed to boas",
  source=None, alt=[BOB], counted=("elf Ratten", "Ratten"), place=None, place_alt=["US"])
C("w17", "sechs Sekunden", 6, unit="s", measure="duration",
  subject="time after the start of the constriction when the rats' blood pressure had halved", source=BOB,
  counted=("der Blutdruck in der Oberschenkelarterie", "Blutdruck"), calt=[("Beginn des Würgegriffs", "Würgegriffs")],
  place=None, place_alt=["US"])
C("w17", "um die Hälfte", -50, unit="percent", measure="share",
  subject="fall of the rats' femoral blood pressure six seconds into the constriction", source=BOB,
  counted=("der Blutdruck in der Oberschenkelarterie", "Blutdruck"), place=None, place_alt=["US"], increment=True)

# ---------------------------------------------------------------- w18 Wirtschaft 887: classic car prices
WIL, SCH, BRO, VDA = "person.frank_wilke", "person.oliver_schimek", "person.georg_brown", "de.vda"
C("w18", "zwischen fünf und sechs Prozent", 5, 6, bound="range", unit="percent", measure="share",
  subject="average yearly rise of classic car prices in recent years", counted="Oldtimerpreise",
  place=None, place_alt=["DE", "AT"], increment=True)
C("w18", "5,6 Prozent", 5.6, unit="percent", measure="share", subject="rise of the German classic car index (VDA) in 2015",
  source=None, alt=[VDA], counted=("Der Deutsche Oldtimer-Index", "Oldtimer-Index"), place="DE", increment=True)
C("w18", "rund 103.000 Autos", 103000, bound="approx", unit="Autos", measure="other",
  subject="registered cars in Austria at least 30 years old", source=None, alt=[SCH],
  counted=("103.000 Autos", "Autos"), place="AT")
C("w18", "zumindest 30 Jahre", 30, bound="at_least", unit="year", measure="age",
  subject="minimum age of a car to count as a classic car", counted=("103.000 Autos", "Autos"),
  calt=[("als Oldtimer zu gelten", "Oldtimer")], place="AT", place_alt=[None])
C("w18", "Etwa 1500 bis 2000 Euro", 1500, 2000, bound="range", unit="EUR per year", measure="amount",
  subject="yearly running costs of a well-kept 1960s-1980s mid-range classic car", source=WIL,
  counted=("gut erhaltenen Mittelklassewagen", "Mittelklassewagen"), place=None, place_alt=["AT", "DE"])
C("w18", "zwei Litern", 2, unit="l", measure="other", subject="engine displacement of the example mid-range car",
  source=WIL, counted="Hubraum", place=None, place_alt=["AT", "DE"])
C("w18", "mehr als 5000 Euro", 5000, bound="more_than", unit="EUR per year", measure="amount",
  subject="yearly running costs of a classic sports car", source=None, alt=[WIL],
  counted=("Bei Sportwagen", "Sportwagen"), place=None, place_alt=["AT", "DE"])
C("w18", "zehn Prozent des Kaufpreises", 10, unit="percent", measure="share",
  subject="share of the purchase price to reserve for repairs (rule of thumb)", source=BRO,
  counted="Kaufpreises", place="AT", place_alt=[None])
C("w18", "zwei bis drei Jahre", 2, 3, bound="range", unit="year", measure="duration",
  subject="time one may need to find a suitable classic car", source=BRO,
  counted=("ein geeignetes Fahrzeug", "Fahrzeug"), place="AT", place_alt=[None], hedged=True)

# ---------------------------------------------------------------- w19 Wirtschaft 1004: Europäische Reiseversicherung
LAC, EUV = "person.wolfgang_lackner", "at.europaeische"
C("w19", "sechs von zehn", 60, unit="percent", measure="share",
  subject="share of Austrian travellers who take out travel insurance", source=LAC,
  counted=("zehn Reisenden", "Reisenden"), group=["tourists", "people", "customers"], nat=None, nat_alt=["AT"],
  place="AT")
C("w19", "bis zu 85 Prozent", 85, bound="up_to", unit="percent", measure="share",
  subject="share of holidaymakers taking out travel insurance in Scandinavian countries", source=LAC,
  counted=("Prozent der Urlauber", "Urlauber"), group=["tourists", "people", "customers"], place=None)
C("w19", ("von fünf Prozent", "fünf Prozent"), -5, unit="percent", measure="share",
  subject="fall of the Europäische's premium income last year", source=None, alt=[EUV, LAC],
  counted="Prämienrückgang", place="AT", increment=True)
C("w19", "62,65 Millionen Euro", 62.65e6, unit="EUR", measure="amount",
  subject="premium income of the Europäische Reiseversicherung last year", source=None, alt=[EUV, LAC],
  counted="Prämienrückgang", calt=[("die Europäische Reiseversicherung erstmals", "Europäische Reiseversicherung")],
  place="AT")
C("w19", "2,3 Millionen Euro", -2.3e6, unit="EUR", measure="amount",
  subject="premium income lost by handing the Slovak subsidiary to Generali Bratislava", source=None, alt=[EUV, LAC],
  counted="Der Prämienverlust", place="AT", increment=True)
C("w19", ("Bilanzgewinn von 6,31", "6,31"), 6.31e6, unit="EUR", measure="amount",
  subject="net profit of the Europäische Reiseversicherung last year", source=None, alt=[EUV, LAC],
  counted="Bilanzgewinn", place="AT")
C("w19", ("(2014: 4,86)", "4,86"), 4.86e6, unit="EUR", measure="amount",
  subject="net profit of the Europäische Reiseversicherung in 2014", source=None, alt=[EUV, LAC],
  counted="Bilanzgewinn", place="AT")

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
