"""Build the twenty-third held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set (patterns match the articles' own mentions)
SOURCES = {
 "person.fabienne_buccio": {"label": "Fabienne Buccio, prefect of Pas-de-Calais",
                            "patterns": ["Buccio", "Präfektin"]},
 "at.orf": {"label": "ORF, Austrian public broadcaster (its press release)",
            "patterns": [r"\bORF\b", "öffentlich-rechtliche Sender"]},
 "unnamed.vorlaeufiges_endergebnis": {"label": "the preliminary official result of the Vienna district elections "
                                                "('Laut vorläufigem Endergebnis')",
                                      "patterns": ["vorläufige[mn]? Endergebnis", "Endergebnis"]},
 "at.iwo": {"label": "Institut für Wärme und Öltechnik (IWO)",
            "patterns": ["Institut für Wärme und Öltechnik", r"\bIWO\b"]},
 "at.imas": {"label": "Institut für Markt- und Sozialanalysen (IMAS)",
             "patterns": ["Institut für Markt- und Sozialanalysen", r"\bIMAS\b"]},
 "person.eva_glawischnig": {"label": "Eva Glawischnig, leader of the Austrian Greens",
                            "patterns": ["Glawischnig", "Grünen-Chefin"]},
 "unnamed.initiator_hallwang": {"label": "the entrepreneur who called the demonstration in Hallwang ('der Initiator')",
                                "patterns": ["Initiator", "Unternehmer"]},
 "person.johannes_ebner": {"label": "Johannes Ebner, mayor of Hallwang",
                           "patterns": ["Ebner", "Bürgermeister", "Ortschef"]},
 "unnamed.spokesman_berthold": {"label": "a spokesman of Salzburg's provincial councillor Martina Berthold",
                                "patterns": ["Sprecher der (zuständigen )?Landesrätin", "Sprecher"]},
 "person.martina_berthold": {"label": "Martina Berthold, Salzburg provincial councillor (Greens)",
                             "patterns": ["Berthold", "Landesrätin"]},
 "unnamed.investigators_lula": {"label": "the investigators asking for Lula's indictment ('Gesuch der Ermittler')",
                                "patterns": ["Ermittler", "Untersuchungsbehörden"]},
 "person.juan_antonio_blanco_gil": {"label": "Juan Antonio Blanco-Gil, former Cuban diplomat, lecturer in Miami",
                                    "patterns": ["Blanco-Gil", "Politikwissenschafter", "Professor"]},
 "media.guardian": {"label": "The Guardian", "patterns": ["Guardian", "die Zeitung"]},
 "media.bbc": {"label": "BBC", "patterns": [r"\bBBC\b"]},
 "doc.panama_papers": {"label": "the Panama Papers (the leaked documents)", "patterns": ["Panama Papers", "Dokumenten"]},
 "unnamed.reports_panama": {"label": "the reports on the Panama Papers ('den Berichten zufolge')",
                            "patterns": ["Berichten"]},
 "media.china_digital_times": {"label": "China Digital Times", "patterns": ["China Digital Times"]},
 "person.heiko_salzwedel": {"label": "Heiko Salzwedel, British track cycling head coach",
                            "patterns": ["Salzwedel", "Cheftrainer"]},
 "unnamed.video_makers": {"label": "the makers of the iOS 10 wish-list video ('die Macher des Videos')",
                          "patterns": ["Macher des Videos", "iPhone-Tricks"]},
}

P = ["people"]
V = dict(low=None, high=None, bound="vague", optional=True)   # vague quantifiers: optional, as in the earlier sets
REF = ["refugees", "migrants", "people"]
MIG = ["migrants", "refugees", "people"]
POL = ["police", "officials", "people"]
ATH = ["athletes", "players", "men", "people"]
EMP = ["employees", "workers", "people"]
POP = ["people", "residents"]

# ---------------------------------------------------------------- o00 Web 2: fans' wish list for iOS 10
C("o00", ("mit einem einzigen Wisch", "einem einzigen"), 1, unit="Wisch", measure="other", optional=True,
  source="unnamed.video_makers",
  subject="swipes needed to close all apps (fans' wish)", counted=("einzigen Wisch", "Wisch"))

# ---------------------------------------------------------------- o01 Panorama 83: clearing of the Calais "jungle"
C("o01", "zwanzig", 20, unit="person", measure="participants",
  subject="workers of Sogea demolishing the Calais camp", counted=("zwanzig Arbeiter", "Arbeiter"),
  group=["workers", "employees", "people"], place="FR")
C("o01", "schätzungsweise 3.000", 3000, bound="approx", unit="person", measure="present", hedged=True,
  subject="migrants living in the Calais 'jungle'", counted=("3.000 Migranten", "Migranten"),
  group=MIG, place="FR")
C("o01", ("eine Stunde Zeit", "eine Stunde"), 1, unit="hour", measure="duration",
  subject="time the residents were given to clear their huts", counted=("eine Stunde Zeit", "Zeit"),
  calt=[("Zeit zur Räumung", "Räumung")], place="FR")
C("o01", "102", 102, unit="Auffangzentren", measure="other",
  subject="reception centres in France migrants could register for", counted=("102 Auffangzentren", "Auffangzentren"),
  place="FR")
C("o01", ("einer mehrere tausend Kilometer", "mehrere tausend"), **V, unit="km", measure="other",
  subject="length of the migrants' journey to the Channel", counted=("Kilometer langen Anreise", "Anreise"))
C("o01", ("eine hundert Meter", "hundert"), 100, unit="m", measure="other",
  subject="width of the buffer zone between the camp and the port access", counted=("breite Pufferzone", "Pufferzone"),
  place="FR")
C("o01", ("an mehreren Orten", "mehreren"), **V, unit="Orte", measure="other",
  subject="places where No Border activists set fires", counted=("mehreren Orten", "Orten"), place="FR")
C("o01", "Elf", 11, unit="person", measure="wounded",
  subject="police officers lightly injured in the Calais clashes", counted=("Elf Polizisten", "Polizisten"),
  group=POL, nat_alt=["FR"], place="FR")
C("o01", ("vier No Borders", "vier"), 4, unit="person", measure="captured",
  subject="No Border activists arrested in Calais",
  counted=("vier No Borders-Aktivistenverhaftet", "No Borders-Aktivisten"), group=["people", "members"], place="FR")
C("o01", ("einen Monat in Anspruch", "einen Monat"), 1, unit="month", measure="duration",
  source="person.fabienne_buccio",
  subject="time the dismantling of the camp will take (prefect)", counted=("der Abbau des Lagers", "Abbau"), place="FR")
C("o01", "45", 45, unit="person", measure="other",
  subject="migrants willing to be taken to reception centres near Bordeaux", counted=("45 Migranten", "Migranten"),
  group=MIG, place="FR")
C("o01", "900 Kilometer", 900, unit="km", measure="other",
  subject="distance of the reception centres near Bordeaux from Calais", counted=("bei Bordeaux", "Bordeaux"),
  calt=[("in Auffangzentren bei Bordeaux", "Auffangzentren")], place="FR")
C("o01", ("seit ein paar Monaten", "ein paar"), **V, unit="month", measure="duration",
  subject="time the Grande-Synthe camp has existed", counted=("ein zweites Lager", "Lager"), place="FR")
C("o01", ("300 Polizisten", "300"), 300, unit="person", measure="deployed",
  subject="Belgian police and customs officers mobilised after the Calais clearance",
  counted=("300 Polizisten", "Polizisten"), calt=[("Polizisten Zöllner", "Zöllner")], group=POL, nat="BE", place="BE")
C("o01", "Mehr als 600", 600, bound="more_than", unit="person", measure="sent",
  subject="refugees from Calais returned by Belgium to France", counted=("gekommen Flüchtlinge", "Flüchtlinge"),
  group=REF, place="BE", place_alt=["FR"])

# ---------------------------------------------------------------- o02 Wirtschaft 99: Bank Austria staff assembly
C("o02", "Bis zu 1.500", 1500, bound="up_to", unit="person", measure="participants",
  subject="Bank Austria employees expected at the staff assembly", counted="Bank-Austria-Mitarbeiter",
  group=EMP, place="AT")
C("o02", "Tausende", **V, unit="person", measure="size",
  subject="Bank Austria employees in Austria affected", counted=("Tausende Beschäftigte", "Beschäftigte"),
  group=EMP, place="AT")
C("o02", "Rund 700", 700, bound="approx", unit="person", measure="size",
  subject="Bank Austria employees working for the CEE division", counted=("Tausende Beschäftigte", "Beschäftigte"),
  group=EMP, place="AT")
C("o02", "rund 3.000", 3000, bound="approx", unit="person", measure="size",
  subject="Bank Austria employees in the branches", counted=("Tausende Beschäftigte", "Beschäftigte"),
  group=EMP, place="AT")
C("o02", "rund 220", 220, bound="approx", unit="Filialen", measure="other",
  subject="Bank Austria branches", counted=("220 Filialen", "Filialen"), place="AT")
C("o02", "1,6 Millionen", 1600000, unit="person", measure="size",
  subject="customers of Bank Austria's retail business", counted=("Millionen Kunden", "Kunden"),
  group=["customers", "people"], place="AT")
C("o02", "41 Millionen Euro", 41000000, unit="EUR", measure="amount",
  subject="loss of Bank Austria's retail business up to end of September", counted=("einen Verlust", "Verlust"),
  calt=["Retailgeschäft"], place="AT")

# ---------------------------------------------------------------- o03 Sport 193: Bundesliga suspensions and fines
C("o03", ("für zwei Spiele", "zwei"), 2, unit="Spiele", measure="other",
  subject="matches Rotpuller is suspended for", counted=("zwei Spiele", "Spiele"), place="AT")
C("o03", ("davon ein Match", "ein"), 1, unit="Match", measure="other",
  subject="part of Rotpuller's ban suspended on probation", counted=("ein Match", "Match"), place="AT")
C("o03", "sechs Monate", 6, unit="month", measure="duration",
  subject="probation period of Rotpuller's suspended one-match ban", counted=("Match bedingt", "bedingt"),
  calt=[("ein Match bedingt", "Match")], place="AT")
C("o03", "200 Euro", 200, unit="EUR", measure="amount",
  subject="fine for Austria coach Thorsten Fink", counted=("200 Euro Strafe", "Strafe"), place="AT")
C("o03", "500 Euro", 500, unit="EUR", measure="amount",
  subject="fine for Sturm Graz coach Franco Foda", counted=None, calt=["Franco Foda"], place="AT")
C("o03", ("für drei Partien", "drei"), 3, unit="Partien", measure="other",
  subject="matches Kapfenberg's Lasnik is suspended for", counted=("drei Partien", "Partien"), place="AT")

# ---------------------------------------------------------------- o04 Etat 363: ORF's formats for the presidential election
ORF = "at.orf"
PLT = ["politicians", "people"]
C("o04", ("Sechs Kandidaten", "Sechs"), 6, unit="person", measure="other",
  subject="candidates on the ballot for the Austrian presidential election", counted=("Sechs Kandidaten", "Kandidaten"),
  group=PLT, place="AT")
C("o04", ("alle sechs Kandidaten zur", "sechs"), 6, unit="person", measure="participants", alt=[ORF],
  subject="candidates invited to the ORF 2 'Elefantenrunde'", counted=("alle sechs Kandidaten zur", "Kandidaten"),
  group=PLT, place="AT")
C("o04", ("aber nur fünf zu", "fünf"), 5, unit="person", measure="participants", alt=[ORF],
  subject="candidates invited to ORF's short duels '2 im Gespräch'", counted=("alle sechs Kandidaten zur", "Kandidaten"),
  group=PLT, place="AT")
C("o04", ("zweier Meinungsforschungsinstitute", "zweier"), 2, unit="Meinungsforschungsinstitute", measure="other",
  source=ORF, subject="polling institutes whose studies ORF relied on",
  counted=("zweier Meinungsforschungsinstitute", "Meinungsforschungsinstitute"), place="AT")
C("o04", ("jene fünf Kandidaten", "fünf"), 5, unit="person", measure="participants", source=ORF,
  subject="candidates ORF limits its duel format to", counted=("jene fünf Kandidaten", "Kandidaten"),
  group=PLT, place="AT")
C("o04", "15 Minuten", 15, unit="minute", measure="duration", alt=[ORF],
  subject="length of each of ORF's two-person talks", counted=("Jedes der Gespräche", "Gespräche"), place="AT")
C("o04", ("mit allen sechs Kandidaten findet", "sechs"), 6, unit="person", measure="participants", alt=[ORF],
  subject="candidates in ORF's 'Elefantenrunde' moderated by Thurnher",
  counted=("allen sechs Kandidaten findet", "Kandidaten"), group=PLT, place="AT")

# ---------------------------------------------------------------- o05 Sport 364: Thiem into the third round at Indian Wells
C("o05", ("in beiden Sätzen", "beiden"), 2, unit="Sätze", measure="other", optional=True,
  subject="sets Thiem had to play a tiebreak in", counted=("beiden Sätzen", "Sätzen"), place="US")
C("o05", ("Jack Sock (21)", "21"), 21, unit="year", measure="age",
  subject="age of Jack Sock", counted=("der US-Amerikaner Jack Sock", "Jack Sock"),
  group=ATH, nat="US", place="US", place_alt=[None])
C("o05", ("gleich sieben Chancen", "sieben"), 7, unit="Chancen", measure="other",
  subject="chances Thiem missed for a 4:3 lead", counted=("sieben Chancen", "Chancen"), place="US")
C("o05", ("einen Satzball", "einen"), 1, unit="Satzball", measure="other", optional=True,
  subject="set point Thiem had to save", counted=("einen Satzball", "Satzball"), place="US")
C("o05", ("der 22-Jährige", "22"), 22, unit="year", measure="age",
  subject="age of Dominic Thiem", counted="der 22-Jährige",
  group=ATH, nat="AT", place="US", place_alt=[None])
C("o05", ("drei Breakbälle", "drei"), 3, unit="Breakbälle", measure="other",
  subject="break points Thiem left unused in the second set", counted=("drei Breakbälle", "Breakbälle"), place="US")
C("o05", "1:47 Stunden", 1 + 47 / 60, unit="hour", measure="duration",
  subject="length of Thiem's match against Kovalik", counted=None, place="US")
C("o05", ("in drei Sätzen besiegt", "drei"), 3, unit="Sätze", measure="other", optional=True,
  subject="sets of Thiem's win over Kovalik four years ago", counted=("drei Sätzen", "Sätzen"), place="MA")
C("o05", ("achter Einzelsieg", "achter"), 8, unit="Einzelsiege", measure="other", optional=True,
  subject="Thiem's run of singles wins (ordinal)", counted=("Einzelsieg in Folge", "Einzelsieg"))
C("o05", ("acht Erfolge", "acht"), 8, unit="Erfolge", measure="other",
  subject="Thiem's run of wins until the Rio semi-final", counted=("acht Erfolge", "Erfolge"), place=None,
  place_alt=["BR"])
C("o05", "285 Punkte", 285, unit="Punkte", measure="other", increment=True,
  subject="ranking points Thiem lacks to reach the top ten", counted=("285 Punkte", "Punkte"), place=None)

# ---------------------------------------------------------------- o06 Inland 463: Vienna district elections, preliminary results
VE = "unnamed.vorlaeufiges_endergebnis"
C("o06", "38,92 Prozent", 38.92, unit="percent", measure="share",
  subject="FPÖ vote share in Floridsdorf (preliminary)", counted=("schafften die Blauen", "Blauen"), place="AT")
C("o06", "plus 8,93", 8.93, unit="percent", measure="share", increment=True,
  subject="FPÖ gain in Floridsdorf", counted=("schafften die Blauen", "Blauen"), place="AT")
C("o06", "37,51 Prozent", 37.51, unit="percent", measure="share",
  subject="SPÖ vote share in Floridsdorf (preliminary)", counted=("Die Roten", "Roten"), place="AT")
C("o06", ("37,51 Prozent, ein Minus von 7,49", "Minus von 7,49"), -7.49, unit="percent", measure="share", increment=True,
  subject="SPÖ loss in Floridsdorf", counted=("Die Roten", "Roten"), place="AT")
C("o06", "39,94 Prozent", 39.94, unit="percent", measure="share",
  subject="SPÖ vote share in Favoriten (preliminary)", counted=("Vorsprung der SPÖ", "SPÖ"), place="AT")
C("o06", ("beachtliches Minus von 7,49", "Minus von 7,49"), -7.49, unit="percent", measure="share", increment=True,
  subject="SPÖ loss in Favoriten", counted=("Vorsprung der SPÖ", "SPÖ"), place="AT")
C("o06", "39,69 Prozent", 39.69, unit="percent", measure="share",
  subject="FPÖ vote share in Favoriten (preliminary)", counted=("Die FPÖ folgt", "FPÖ"), place="AT")
C("o06", "plus 6,36", 6.36, unit="percent", measure="share", increment=True,
  subject="FPÖ gain in Favoriten", counted=("Die FPÖ folgt", "FPÖ"), place="AT")
C("o06", "40,06 Prozent", 40.06, unit="percent", measure="share",
  subject="SPÖ vote share in Donaustadt (preliminary)", counted=("Die SPÖ schaffte", "SPÖ"), place="AT")
C("o06", "Minus von 7,87", -7.87, unit="percent", measure="share", increment=True,
  subject="SPÖ loss in Donaustadt", counted=("Die SPÖ schaffte", "SPÖ"), place="AT")
C("o06", "38,40 Prozent", 38.40, unit="percent", measure="share",
  subject="FPÖ vote share in Donaustadt (preliminary)", counted=("Die FPÖ legte", "FPÖ"), place="AT")
C("o06", "plus 8,2", 8.2, unit="percent", measure="share", increment=True,
  subject="FPÖ gain in Donaustadt", counted=("Die FPÖ legte", "FPÖ"), place="AT")
C("o06", "27,93 Prozent", 27.93, unit="percent", measure="share", source=VE,
  subject="Greens' vote share in Währing (preliminary)", counted=("liegen die Grünen", "Grünen"), place="AT")
C("o06", "Plus von 2,15", 2.15, unit="percent", measure="share", increment=True, source=VE,
  subject="Greens' gain in Währing", counted=("liegen die Grünen", "Grünen"), place="AT")
C("o06", "26,30 Prozent", 26.30, unit="percent", measure="share", source=VE,
  subject="ÖVP vote share in Währing (preliminary)", counted=("den Schwarzen", "Schwarzen"), place="AT")
C("o06", "Minus von 4,33", -4.33, unit="percent", measure="share", increment=True, source=VE,
  subject="ÖVP loss in Währing since 2010", counted=("den Schwarzen", "Schwarzen"), place="AT")

# ---------------------------------------------------------------- o07 Panorama 503: survey on heating systems
C("o07", ("haben 1.000", "1.000"), 1000, unit="person", measure="participants", alt=["at.iwo", "at.imas"],
  subject="oil-heating owners surveyed by IWO and IMAS", counted="Ölheizungsbesitzer",
  group=["respondents", "people"], place="AT")
C("o07", "rund 1.000", 1000, bound="approx", unit="person", measure="participants", increment=True,
  alt=["at.iwo", "at.imas"],
  subject="further selected people surveyed by IWO and IMAS", counted=("ausgewählte Personen", "Personen"),
  group=["respondents", "people"], place="AT")

# ---------------------------------------------------------------- o08 Inland 596: interview with Green leader Glawischnig
GLA = "person.eva_glawischnig"
C("o08", "97,4 Prozent", 97.4, unit="percent", measure="share", source=GLA,
  subject="Glawischnig's result at her first election as party leader", counted=("haben mir die Grünen", "mir"),
  calt=[("Eva Glawischnig: Bei", "Eva Glawischnig"), ("meiner ersten Wahl", "Wahl")], place="AT")
C("o08", "unter 70 Prozent", 70, bound="at_most", unit="percent", measure="share", source=GLA,
  subject="result below which Glawischnig would consider stepping down", counted=("einem Resultat", "Resultat"),
  place="AT")
C("o08", "rund dreimal", 3, bound="approx", unit="factor", measure="other", source=GLA,
  subject="Vienna's spending on German courses in 2014 relative to Kurz's nationwide", counted="Stadt Wien",
  calt=["Deutschförderung"], place="AT")
for k in (1, 2, 3):
    C("o08", ("Zweidrittelmehrheit", "Zweidrittel", k), 200 / 3, unit="percent", measure="share", optional=True,
      subject="two-thirds majority required in parliament", counted=("Zweidrittelmehrheit", "Zweidrittelmehrheit", k),
      place="AT")

# ---------------------------------------------------------------- o09 Panorama 649: refugee quarters in Hallwang and Salzburg
EBN, SPK, BER = "person.johannes_ebner", "unnamed.spokesman_berthold", "person.martina_berthold"
C("o09", ("Landesquartier für 76", "76"), 76, unit="person", measure="planned",
  subject="asylum seekers to be housed in the planned Hallwang quarter", counted=("76 Asylwerber in", "Asylwerber"),
  group=REF, place="AT")
C("o09", ("Die zwei Holzhäuser", "zwei"), 2, unit="Holzhäuser", measure="other", source="unnamed.initiator_hallwang",
  subject="Red Cross wooden houses to be built in Hallwang", counted=("zwei Holzhäuser des", "Holzhäuser"), place="AT")
C("o09", ("einer 24-Stunden", "24-Stunden"), 24, unit="hour", measure="duration", optional=True, source=EBN,
  subject="round-the-clock care of the asylum seekers", counted=("Stunden-Betreuung", "Betreuung"), place="AT")
C("o09", ("Mit 76 Asylwerbern", "76"), 76, unit="person", measure="planned", source=EBN,
  subject="asylum seekers to be housed in the planned Hallwang quarter (mayor)",
  counted=("Mit 76 Asylwerbern", "Asylwerbern"), group=REF, place="AT")
C("o09", "1,5 Prozent", 1.5, unit="percent", measure="share", source=EBN,
  subject="refugee accommodation quota for municipalities", counted="Unterbringungsquote", place="AT")
C("o09", "zwei Prozent", 2, unit="percent", measure="share", source=EBN,
  subject="Hallwang's accommodation rate with the new quarter", counted=("man liege dann", "man"),
  calt=["Unterbringungsquote", ("habe die Gemeinde zudem", "Gemeinde")], place="AT")
C("o09", ("mit zwei Holzhäusern", "zwei"), 2, unit="Holzhäuser", measure="other", source=SPK, alt=[BER],
  subject="Red Cross wooden houses of the Seekirchen project", counted=("zwei Holzhäusern", "Holzhäusern"),
  calt=["gleichartiges Projekt"], place="AT")
C("o09", ("für 76 Flüchtlinge", "76"), 76, unit="person", measure="present", source=SPK, alt=[BER],
  subject="refugees housed in the Seekirchen project", counted=("76 Flüchtlinge", "Flüchtlinge"),
  group=REF, place="AT")
C("o09", ("in zwei ehemalige", "zwei"), 2, unit="Betriebsgebäude", measure="other",
  subject="former company buildings of the Straniakstraße quarter", counted=("ehemalige Betriebsgebäude", "Betriebsgebäude"),
  place="AT")
C("o09", "246", 246, unit="person", measure="planned",
  subject="asylum seekers to move into the Straniakstraße quarter by end of March",
  counted=("246 Asylwerber", "Asylwerber"), group=REF, place="AT")
C("o09", "rund 300", 300, bound="approx", unit="person", measure="participants",
  subject="residents at the demonstration against the Straniakstraße quarter on 26 February",
  counted=("300 Anrainer", "Anrainer"), group=["residents", "people"], place="AT")
C("o09", ("einigen Anrainern", "einigen"), **V, unit="person", measure="other",
  subject="residents annoyed by the authorities", counted=("einigen Anrainern", "Anrainern"),
  group=["residents", "people"], place="AT")
C("o09", ("die ersten 90", "90"), 90, unit="person", measure="planned", source=SPK, alt=[BER],
  subject="first asylum seekers moving into the Straniakstraße quarter (families)",
  counted=("90 Asylwerber", "Asylwerber"), group=REF, place="AT")
C("o09", ("sei dem 1. Jänner 50", "50"), 50, unit="Quartiere", measure="other", source=SPK, alt=[BER],
  subject="small quarters Salzburg province created since 1 January", counted=("50 kleine Quartiere", "Quartiere"),
  place="AT")
C("o09", "rund 20 bis 25", 20, 25, bound="range", unit="person", measure="present", source=SPK, alt=[BER],
  subject="people housed in each of the small quarters", counted=("25 Personen", "Personen"),
  group=REF, place="AT")
C("o09", ("insgesamt 500", "500"), 500, unit="Betten", measure="other", source=SPK, alt=[BER],
  subject="beds in the small quarters created since 1 January", counted=("500 Betten", "Betten"), place="AT")

# ---------------------------------------------------------------- o10 International 654: Lula to be charged
INV = "unnamed.investigators_lula"
C("o10", ("innerhalb einer Woche", "einer Woche"), 1, bound="up_to", unit="week", measure="duration", optional=True,
  subject="time in which Lula's image changed", counted=("das Image", "Image"), place="BR")
C("o10", ("der 70-Jährige", "70"), 70, unit="year", measure="age",
  subject="age of Luiz Inácio Lula da Silva", counted="der 70-Jährige",
  group=["men", "politicians", "people"], nat="BR", place="BR", place_alt=[None])
C("o10", "knapp vier Stunden", 4, bound="approx", unit="hour", measure="duration",
  subject="length of Lula's interrogation by the federal police", counted=None,
  calt=[("Stunden zu seinen Verwicklungen", "Verwicklungen"), ("der 70-Jährige", "70-Jährige")], place="BR")
C("o10", "300 Quadratmeter", 300, unit="m2", measure="other",
  subject="size of the Guarujá luxury apartment", counted="Luxusapartment", place="BR")
C("o10", "mindestens 777.000 Real", 777000, bound="at_least", unit="BRL", measure="amount", hedged=True, alt=[INV],
  subject="renovations OAS allegedly carried out in the apartment", counted="Renovierungen", place="BR")
C("o10", "rund 190.000 Euro", 190000, bound="approx", unit="EUR", measure="amount", hedged=True, alt=[INV],
  subject="renovations OAS allegedly carried out in the apartment (in euros)", counted="Renovierungen", place="BR")
C("o10", ("13 weitere", "13"), 13, unit="person", measure="other", increment=True, alt=[INV],
  subject="further suspects to be charged with Lula", counted=("weitere Verdächtige", "Verdächtige"),
  group=P, nat_alt=["BR"], place="BR")

# ---------------------------------------------------------------- o11 International 811: Cuba's embassy in Washington reopens
BG = "person.juan_antonio_blanco_gil"
C("o11", "knapp drei Kilometer", 3, bound="approx", unit="km", measure="other",
  subject="distance of the Cuban mission from the White House", counted=("Ein Palais", "Palais"), place="US")
C("o11", "zwei Meter", 2, unit="m", measure="other",
  subject="distance behind the fence where the Cuban flag is hoisted", counted=None,
  calt=[("hinter dem Gitterzaun die", "Gitterzaun"), ("die Fahne seines", "Fahne")], place="US")
C("o11", "fünf Dekaden", 5, unit="decade", measure="duration",
  subject="length of the political freeze between the US and Cuba", counted=("politischer Eiszeit", "Eiszeit"),
  place=None, place_alt=["US", "CU"])
C("o11", "rund  40 Milliarden Dollar", 40000000000, bound="approx", unit="USD", measure="amount", source=BG,
  subject="bank deposits of Cuban Americans", counted="Bankguthaben", place=None, place_alt=["US"])
C("o11", "37 Milliarden Euro", 37000000000, unit="EUR", measure="amount", source=BG,
  subject="bank deposits of Cuban Americans (in euros)", counted="Bankguthaben", place=None, place_alt=["US"])
C("o11", "60 Prozent", 60, unit="percent", measure="share", source=BG,
  subject="share of Cuba's functioning companies controlled by the military",
  counted=("funktionierenden Unternehmen", "Unternehmen"), place="CU")

# ---------------------------------------------------------------- o12 Wirtschaft 833: Panama Papers, OECD, Cameron
GUA = "media.guardian"
C("o12", "214.000", 214000, unit="Briefkastenfirmen", measure="other",
  subject="shell companies uncovered in Panama", counted=("214.000 Briefkastenfirmen", "Briefkastenfirmen"), place="PA")
C("o12", "jahrzehntelang", **V, unit="year", measure="duration", source=GUA, alt=["media.bbc"],
  subject="time Blairmore avoided paying taxes", counted=("die Zahlung von Steuern", "Zahlung"), place=None)
C("o12", "rund 50", 50, bound="approx", unit="person", measure="size", source=GUA,
  subject="staff Blairmore employed in the Bahamas", counted=("50 Mitarbeiter", "Mitarbeiter"),
  group=EMP, place="BS")
C("o12", "In 30 Jahren", 30, unit="year", measure="duration", source=GUA,
  subject="period in which Blairmore paid no tax on its profits in Britain", counted=None,
  calt=[("hat Blairmore niemals", "Blairmore")], place="GB", place_alt=["BS", None])
C("o12", ("nicht zwei Regeln", "zwei"), 2, unit="Regeln", measure="other", optional=True,
  subject="rules Corbyn says there cannot be", counted=("zwei Regeln", "Regeln"), place="GB")
C("o12", ("mehreren Briefkastenfirmen", "mehreren"), **V, unit="Briefkastenfirmen", measure="other",
  subject="shell companies Delaveau had contacts with", counted=("mehreren Briefkastenfirmen", "Briefkastenfirmen"))
C("o12", "mindestens fünf", 5, bound="at_least", unit="Briefkastenfirmen", measure="other",
  alt=["doc.panama_papers"],
  subject="shell companies Delaveau's name is linked to in the Panama Papers",
  counted=("fünf Briefkastenfirmen", "Briefkastenfirmen"), place=None, place_alt=["CL", "PA"])
C("o12", "mindestens acht", 8, bound="at_least", unit="person", measure="other", source="unnamed.reports_panama",
  alt=["media.china_digital_times"],
  subject="members of China's Politburo Standing Committee whose relatives are named in the leak",
  counted=("Mitgliedern des Ständigen", "Mitgliedern"), calt=[("Verwandte von mindestens", "Verwandte")],
  group=["politicians", "members", "people"], nat="CN", place="CN", place_alt=[None])

# ---------------------------------------------------------------- o13 Etat 876: new supra-regional radio licences
C("o13", "bis zu 45 Prozent", 45, bound="up_to", unit="percent", measure="share",
  subject="share of Austria's population a supra-regional licence may reach",
  counted=("österreichischen Bevölkerung", "Bevölkerung"),
  calt=[("Gesetz: überregionale Lizenzen", "überregionale Lizenzen")], group=POP, nat="AT", place="AT")
C("o13", "einem guten Dutzend", 12, bound="more_than", unit="Lokallizenzen", measure="other",
  subject="local licences 88.6 broadcasts on in Lower Austria", counted=("zu erneuernder Lokallizenzen", "Lokallizenzen"),
  place="AT")
C("o13", ("mehrere überregionale", "mehrere"), **V, unit="Lizenzen", measure="other",
  subject="supra-regional licences that may not merge", counted=("überregionale dürfen", "überregionale"), place="AT")
C("o13", ("etwa mehrere Lokalfrequenzen", "mehrere"), **V, unit="Lokalfrequenzen", measure="other",
  subject="local frequencies of Welle 1 in Tyrol", counted=("mehrere Lokalfrequenzen", "Lokalfrequenzen"), place="AT")
C("o13", "60 Prozent", 60, unit="percent", measure="share",
  subject="share of the population a nationwide licence must reach", counted=("60 Prozent der Bevölkerung", "Bevölkerung"),
  calt=["Lokal- und Regionallizenzen"], group=POP, nat="AT", nat_alt=[None], place="AT")

# ---------------------------------------------------------------- o14 Web 900: ESA's virtual tour of the ISS
C("o14", ("fünf Abschnitte", "fünf"), 5, unit="Abschnitte", measure="other",
  subject="sections of the ISS covered by the virtual tour", counted=("fünf Abschnitte", "Abschnitte"))
C("o14", "199 Tage", 199, unit="day", measure="duration",
  subject="length of Samantha Cristoforetti's stay on the ISS", counted=("dauernden Aufenthalt", "Aufenthalt"))

# ---------------------------------------------------------------- o15 Sport 908: Cavendish returns to the track
C("o15", ("Der 30-Jährige", "30"), 30, unit="year", measure="age",
  subject="age of Mark Cavendish", counted="Der 30-Jährige",
  group=["athletes", "men", "people"], nat="GB", place=None, place_alt=["HK", "GB"])
C("o15", ("zwei weitere", "zwei"), 2, unit="person", measure="other", increment=True, alt=["person.heiko_salzwedel"],
  subject="further British candidates for an Olympic omnium place", counted=("weitere Kandidaten", "Kandidaten"),
  group=["athletes", "people"], nat="GB", nat_alt=[None])
C("o15", ("26 Etappen", "26"), 26, unit="Etappen", measure="other",
  subject="Tour de France stages won by Cavendish", counted=("26 Etappen", "Etappen"), place="FR", place_alt=[None])

# ---------------------------------------------------------------- build (--show: the second reading,
# goldkit.NUMWORDS and DIGITS)
if __name__ == "__main__":
    G.main(SOURCES, numwords=NUMWORDS)
