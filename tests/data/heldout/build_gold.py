"""Build the held-out gold (claims, negatives) from the annotation table below.

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


# source registry for this set: ids reused from ../../devset/gold/sources.json and
# ../../../../shared/gold/sources.json where they fit (none did), new ones as the guide says
SOURCES = {
 "pr.local_authorities": {"label": "Local authorities of Puerto Rico", "patterns": ["lokalen Beh\\w*rden", "Behröden", "Behörden"]},
 "person.alejandro_garcia_padilla": {"label": "Alejandro Garcia Padilla, governor of Puerto Rico", "patterns": ["Garcia Padilla", "Gouverneur"]},
 "person.tim_hunt": {"label": "Tim Hunt, British Nobel laureate", "patterns": ["\\bHunt\\b", "Wissenschafter", "Biochemiker"]},
 "cern.researchers": {"label": "CERN researchers", "patterns": ["Cern-Forscher", "Forscher"]},
 "cern.technicians": {"label": "CERN technicians (estimate of surplus cables)", "patterns": ["Cern-Techniker", "Techniker", "Schätzung"]},
 "person.sebastien_evrard": {"label": "Sébastien Evrard, CERN engineer leading the cable clean-up", "patterns": ["Evrard", "Ingenieur", "Leiter des Aufräumprojekts"]},
 "media.vice": {"label": "Vice magazine", "patterns": ["\\bVice\\b"]},
 "us.new_york_times": {"label": "The New York Times", "patterns": ["New York Times"]},
 "person.rocco_manager": {"label": "Alex Rocco's manager", "patterns": ["Managerin"]},
 "de.ard": {"label": "ARD / tagesschau.de", "patterns": ["\\bARD\\b", "tagesschau"]},
 "at.energie_steiermark": {"label": "Energie Steiermark AG", "patterns": ["Energie Steiermark", "Unternehmen", "Aussendung"]},
 "person.christian_purrer": {"label": "Christian Purrer, CEO of Energie Steiermark", "patterns": ["Purrer", "Vorstandssprecher"]},
 "person.mathias_kapferer": {"label": "Mathias Kapferer, lawyer of David Prieth", "patterns": ["Kapferer", "Anwalt", "Rechtsanwalt"]},
 "person.david_prieth": {"label": "David Prieth, owner of hc-strache.at", "patterns": ["Prieth", "Tiroler"]},
 "org.red_cross": {"label": "Red Cross", "patterns": ["Rote\\w* Kreuz", "Red Cross"]},
 "ng.local_media": {"label": "Local Nigerian media", "patterns": ["örtliche\\w* Medien", "Medienbericht"]},
 "ng.premium_times": {"label": "Premium Times (Nigerian newspaper)", "patterns": ["Premium Times", "Zeitung"]},
 "in.police": {"label": "Indian police (Sirmaur district police chief)", "patterns": ["Polizei", "Polizeichefin"]},
 "bt.gov": {"label": "Government of Bhutan", "patterns": ["Regierung", "Bhutan"]},
 "org.wwf": {"label": "WWF", "patterns": ["\\bWWF\\b", "Naturschutzorganisation", "Aussendung", "Baltzer", "Tigerexperte"]},
 "bd.gov": {"label": "Government of Bangladesh", "patterns": ["Regierung von Bangladesch", "Bangladesch", "Zählung"]},
 "it.interior_ministry": {"label": "Italian interior ministry", "patterns": ["Innenministerium"]},
 "at.billa": {"label": "Billa (supermarket chain)", "patterns": ["Billa"]},
 "at.upts": {"label": "Unabhängiger Parteien-Transparenz-Senat (UPTS)", "patterns": ["\\bUPTS\\b", "Parteien-Transparenz-Senat", "Senat"]},
}

P = ["people"]

# ---------------------------------------------------------------- h00 Wirtschaft 38: Puerto Rico debt
C("h00", ("Staatsschulden bei 72 Mrd. Dollar", "72 Mrd. Dollar"), 72e9, unit="USD", measure="amount",
  subject="public debt of Puerto Rico", counted=("Staatsschulden bei 72", "Staatsschulden"),
  place="PR", place_alt=["US"])
C("h00", "3,5 Millionen", 3.5e6, unit="person", measure="size", subject="US citizens in Puerto Rico",
  source="pr.local_authorities", counted="US-Bürger", group=["residents", "people"],
  nat="US", place="PR", nat_alt=["PR"], place_alt=["US"])
C("h00", "72 Milliarden Dollar", 72e9, unit="USD", measure="amount", subject="public debt of Puerto Rico",
  source=None, alt=["person.alejandro_garcia_padilla"],
  counted=("die Staatsschulden in Höhe", "Staatsschulden"), place="PR", place_alt=["US"])
C("h00", "64 Mrd. Euro", 64e9, unit="EUR", measure="amount", subject="public debt of Puerto Rico (EUR)",
  source=None, alt=["person.alejandro_garcia_padilla"],
  counted=("die Staatsschulden in Höhe", "Staatsschulden"), place="PR", place_alt=["US"])
C("h00", "etwa ein Fünftel", 20, bound="approx", unit="percent", measure="share",
  subject="Puerto Rico's debt relative to Greece's", source=None, alt=["person.alejandro_garcia_padilla"],
  counted=("die Staatsschulden in Höhe", "Staatsschulden"), calt=["der von Griechenland"],
  place="PR", place_alt=["US", None])
C("h00", "Rund 45 Prozent", 45, bound="approx", unit="percent", measure="share",
  subject="Puerto Rico residents below the poverty line", counted=("der Einwohner leben", "Einwohner"),
  group=["residents", "people"], nat=None, nat_alt=["PR", "US"], place="PR", place_alt=["US"])

# ---------------------------------------------------------------- h01 Wissenschaft 98: Tim Hunt
C("h01", ("Tim Hunt (72)", "72"), 72, unit="year", measure="age", subject="age of Tim Hunt",
  counted=("Tim Hunt (72)", "Tim Hunt"), calt=[("Der britische Medizin-Nobelpreisträger Tim Hunt", "Der britische Medizin-Nobelpreisträger Tim Hunt")],
  group=["men", "people"], nat="GB", place="GB", place_alt=[None])
C("h01", ("Drei Dinge passieren", "Drei"), 3, unit="Dinge", measure="other",
  subject="things that happen when women are in the lab (Hunt quote)", source="person.tim_hunt",
  counted=("Drei Dinge", "Dinge"), optional=True)
C("h01", ("des 72-Jährigen", "72"), 72, unit="year", measure="age", subject="age of Tim Hunt",
  counted="des 72-Jährigen", calt=["Sir Tim Hunt"], group=["men", "people"], nat="GB", place="GB",
  place_alt=[None])
C("h01", "zwei weitere", 2, unit="person", measure="size",
  subject="other researchers sharing the 2001 Nobel prize with Hunt", counted=("zwei weitere Forscher", "Forscher"),
  group=["people", "men"], place=None, increment=True)

# ---------------------------------------------------------------- h02 Wissenschaft 107: CERN cables
C("h02", "fünfmal", 5, unit="factor", measure="other", subject="share of dark matter vs visible matter",
  source=None, alt=["cern.researchers"], counted=("rätselhafte Dunkle Materie", "Dunkle Materie"), calt=[("höheren Anteil", "Anteil")])
C("h02", ("60 Techniker", "60"), 60, unit="person", measure="size", subject="technicians removing old cables at CERN",
  counted=("60 Techniker", "Techniker"), group=["workers", "employees", "people"], place="CH",
  place_alt=["FR", None])
C("h02", "etwa 8.000 bis 9.000", 8000, 9000, bound="range", unit="Altkabel", measure="other",
  subject="surplus old cables at the LHC pre-accelerators", source="cern.technicians", alt=[],
  counted="Altkabel", place="CH", place_alt=["FR", None], hedged=True)
C("h02", "etwa ein Drittel", 33.33, bound="approx", unit="percent", measure="share",
  subject="share of surplus cables located so far", source=None, alt=["cern.technicians"],
  counted="dieser Zahl", calt=["Altkabel"], place="CH", place_alt=["FR", None])
C("h02", "bis zu 50 Meter", 50, bound="up_to", unit="m", measure="other", subject="length of old cables",
  source="person.sebastien_evrard", alt=["media.vice"], counted=("langen Kabel", "Kabel"),
  place="CH", place_alt=["FR", None])

# ---------------------------------------------------------------- h03 Kultur 115: Alex Rocco
C("h03", ("Alter von 79 Jahren", "79 Jahren"), 79, unit="year", measure="age", subject="age of Alex Rocco at death",
  source="us.new_york_times", alt=["person.rocco_manager"], counted=("Schauspieler Alex Rocco", "Alex Rocco"),
  calt=[("Er starb", "Er"), "Der US-Schauspieler Alex Rocco"], group=["men", "people"], nat="US", place="US",
  place_alt=[None])

# ---------------------------------------------------------------- h04 Kultur 227: Nitsch petition
C("h04", ("haben 8.000 Unterschriften", "8.000"), 8000, unit="Unterschriften", measure="other",
  subject="signatures against Nitsch action in Palermo", counted=("haben 8.000 Unterschriften", "Unterschriften"),
  place="IT", place_alt=[None])
C("h04", "über 8.000", 8000, bound="more_than", unit="Unterschriften", measure="other",
  subject="signatures against Nitsch action in Palermo", counted=("über 8.000 Unterschriften", "Unterschriften"),
  place="IT", place_alt=[None])

# ---------------------------------------------------------------- h05 Etat 236: Tagesschau in Arabic
C("h05", ("an Wochentagen zweimal", "zweimal", 1), 2, unit="times per day", measure="other",
  subject="daily updates on weekdays", counted=("Wichtigste Informationen", "Wichtigste Informationen"),
  place="DE", place_alt=[None], optional=True)
C("h05", ("am Wochenende einmal täglich", "einmal", 1), 1, unit="times per day", measure="other",
  subject="daily updates at weekends", counted=("Wichtigste Informationen", "Wichtigste Informationen"),
  place="DE", place_alt=[None], optional=True)
C("h05", ("Tagesschau in 100 Sekunden", "100 Sekunden"), 100, unit="s", measure="duration",
  subject="length of the news overview", source="de.ard", counted=("Die Tagesschau in 100", "Die Tagesschau"),
  place="DE", place_alt=[None], optional=True)
C("h05", ("an Wochentagen zweimal", "zweimal", 2), 2, unit="times per day", measure="other",
  subject="daily updates on weekdays", source="de.ard", counted=("Die wichtigsten Informationen", "Informationen"),
  place="DE", place_alt=[None], optional=True)
C("h05", ("am Wochenende einmal täglich", "einmal", 2), 1, unit="times per day", measure="other",
  subject="daily updates at weekends", source="de.ard", counted=("Die wichtigsten Informationen", "Informationen"),
  place="DE", place_alt=[None], optional=True)
C("h05", ("Nachrichtenüberblick in 100 Sekunden", "100 Sekunden"), 100, unit="s", measure="duration",
  subject="length of the news overview", source=None, alt=["de.ard"], counted="Nachrichtenüberblick",
  place="DE", place_alt=[None], optional=True)
C("h05", ("in beiden Sprachen", "beiden"), 2, unit="Sprachen", measure="other", subject="languages offered",
  source=None, alt=["de.ard"], counted=("beiden Sprachen", "Sprachen"), optional=True)
C("h05", ("an Feiertagen wird einmal", "einmal"), 1, unit="times per day", measure="other",
  subject="daily updates at weekends and holidays", source=None, alt=["de.ard"],
  counted=("Der Nachrichtenüberblick", "Nachrichtenüberblick"), place="DE", place_alt=[None], optional=True)

# ---------------------------------------------------------------- h06 Wirtschaft 283: Handalm wind park
ES = "at.energie_steiermark"
C("h06", ("sollen 13 Windräder", "13", 1), 13, unit="Windräder", measure="other",
  subject="wind turbines of the Handalm wind park", alt=[ES], counted=("sollen 13 Windräder", "Windräder", 1),
  place="AT")
C("h06", "rund 58 Mio. Euro", 58e6, bound="approx", unit="EUR", measure="amount",
  subject="investment in the Handalm wind park", alt=[ES], counted=("in den nach eigenen Angaben größten Windpark", "Windpark"),
  calt=["Die Energie Steiermark AG"], place="AT")
C("h06", ("sollen 13 Windräder", "13", 2), 13, unit="Windräder", measure="other",
  subject="wind turbines of the Handalm wind park", alt=[ES], counted=("sollen 13 Windräder", "Windräder", 2),
  place="AT")
C("h06", "über 39 MW", 39, bound="more_than", unit="MW", measure="other", subject="capacity of the Handalm wind park",
  alt=[ES], counted=("39 MW Gesamtleistung", "Gesamtleistung"), place="AT")
C("h06", ("zwei Jahre dauernden", "zwei Jahre"), 2, unit="year", measure="duration",
  subject="construction time of the Handalm wind park", source=ES, alt=["person.christian_purrer"],
  counted="Bauzeit", place="AT")
C("h06", "rund 280", 280, bound="approx", unit="Arbeitsplätze", measure="other",
  subject="jobs secured during construction", source=ES, alt=["person.christian_purrer"],
  counted=("280 Arbeitsplätze", "Arbeitsplätze"), place="AT")
C("h06", "rund 1.800 Meter", 1800, bound="approx", unit="m", measure="other", subject="altitude of the wind park",
  counted="Seehöhe", calt=[("gelegene Windpark", "Windpark")], place="AT")
C("h06", "39 Megawatt", 39, unit="MW", measure="other", subject="capacity of the Handalm wind park",
  counted=("eine Gesamtleistung von 39", "Gesamtleistung"), place="AT")
C("h06", "rund 21.000", 21000, bound="approx", unit="Haushalte", measure="other",
  subject="households supplied by the Handalm wind park", counted=("21.000 Haushalte", "Haushalte"),
  group=["households", "people"], place="AT")
C("h06", "Insgesamt 150", 150, unit="Einzelauflagen", measure="other",
  subject="environmental conditions for the wind park", source=ES, counted="Einzelauflagen", place="AT")
C("h06", ("mit drei Windrädern", "drei"), 3, unit="Windräder", measure="other",
  subject="wind turbines of the Freiländeralm wind park", counted=("drei Windrädern", "Windrädern"), place="AT")
C("h06", "insgesamt sechs Megawatt", 6, unit="MW", measure="other", subject="capacity of the Freiländeralm wind park",
  counted=("einer Leistung von insgesamt", "Leistung"), place="AT")
C("h06", "rund 9,5 Mio. Euro", 9.5e6, bound="approx", unit="EUR", measure="amount",
  subject="cost of the Freiländeralm wind park", counted="Die Kosten", place="AT")

# ---------------------------------------------------------------- h07 Etat 342: Neujahrskonzert film
C("h07", ("In vier Teilen", "vier"), 4, unit="Teile", measure="other", subject="episodes of Über Österreich",
  counted=("vier Teilen", "Teilen"), place="AT", place_alt=[None])

# ---------------------------------------------------------------- h08 Web 420: ten-year-old bug hunter
C("h08", ("zehnjähriger Finne", "zehn"), 10, unit="year", measure="age", subject="age of the Finnish bug hunter",
  counted="Ein zehnjähriger Finne", calt=[("zehnjähriger Finne", "Finne")], group=["children", "people"],
  nat="FI", place="FI", place_alt=[None])
C("h08", "10.000 Dollar", 10000, unit="USD", measure="amount", subject="Instagram bug bounty paid",
  counted=("Dollar Belohnung", "Belohnung"), place=None, place_alt=["FI", "US"])
C("h08", "seit zwei Jahren", 2, unit="year", measure="duration", subject="time the boy has been learning code",
  counted=("Code lernen", "Code lernen"), calt=[("Er soll bereits", "Er")], hedged=True,
  group=["children", "people"], nat="FI", nat_alt=[None], place="FI", place_alt=[None])
C("h08", "Alter von 10 Jahren", 10, unit="year", measure="age", subject="age of the Finnish bug hunter",
  counted=("das Alter von", "Alter"), calt=["Jugendliche Hacker"], group=["children", "people"],
  nat="FI", nat_alt=[None], place="FI", place_alt=[None])
C("h08", ("zwei indische", "zwei"), 2, unit="person", measure="size", subject="Indian teenagers who found a WhatsApp bug",
  counted=("indische Teenager", "Teenager"), group=["children", "people"], nat="IN", place="IN", place_alt=[None])

# ---------------------------------------------------------------- h09 Web 614: Cyanogenmod 13 (model names only)
C("h09", ("die beiden älteren Modelle", "beiden"), 2, unit="Modelle", measure="other",
  subject="older Moto G models supported", counted=("älteren Modelle", "Modelle"), optional=True)

# ---------------------------------------------------------------- h10 Inland 618: hc-strache.at
C("h10", ("28-jähriger Tiroler", "28"), 28, unit="year", measure="age", subject="age of David Prieth",
  counted=("28-jähriger Tiroler", "Tiroler"), calt=["28-jähriger Tiroler"], group=["men", "people"],
  nat="AT", place="AT", nat_alt=[None])
C("h10", ("den 28-jährigen David Prieth", "28"), 28, unit="year", measure="age", subject="age of David Prieth",
  counted=("den 28-jährigen David Prieth", "David Prieth"), calt=["den 28-jährigen David Prieth"],
  group=["men", "people"], nat="AT", place="AT", nat_alt=[None])
C("h10", "rund 6.000 Euro", 6000, bound="approx", unit="EUR", measure="amount", subject="costs of the hc-strache.at case",
  source="person.mathias_kapferer", counted=("Die Kosten dürften", "Die Kosten"), calt=[("Die Kosten dürften", "Kosten")],
  hedged=True, place="AT")
C("h10", "3.000 bis 4.000 Euro", 3000, 4000, bound="range", unit="EUR", measure="amount",
  subject="costs of the hc-strache.at case (Prieth's expectation)", source="person.david_prieth",
  counted=("die Kosten wahrscheinlich", "Kosten"), calt=[("Die Kosten dürften", "Kosten"), "Verfahrenskosten"], place="AT")

# ---------------------------------------------------------------- h11 International 648: Yola bombing
C("h11", ("Laut Rotem Kreuz 32 Menschen", "32"), 32, unit="person", measure="killed",
  subject="people killed in Yola bombing", source="org.red_cross",
  counted=("Laut Rotem Kreuz 32 Menschen", "Menschen"), group=P, place="NG")
C("h11", "Dutzende", None, None, bound="vague", unit="person", measure="killed",
  subject="people killed in Yola bombing (local media)", source="ng.local_media", alt=["ng.premium_times"],
  counted=("Dutzende Menschen", "Menschen"), group=P, place="NG", optional=True)
C("h11", ("starben 32 Menschen", "32"), 32, unit="person", measure="killed", subject="people killed in Yola bombing",
  source="org.red_cross", counted=("starben 32 Menschen", "Menschen"), group=P, place="NG")
C("h11", "80 weitere", 80, unit="person", measure="wounded", subject="people wounded in Yola bombing",
  source="org.red_cross", counted=("starben 32 Menschen", "Menschen"), calt=[("80 weitere", "weitere")],
  group=P, place="NG", increment=True)
C("h11", "mindestens 14 000", 14000, bound="at_least", unit="person", measure="killed",
  subject="people killed by Boko Haram since 2009", counted=("14 000 Menschen", "Menschen"), group=P,
  place="NG", place_alt=[None])

# ---------------------------------------------------------------- h12 Sport 817: Tevez
C("h12", ("Der 31-Jährige", "31"), 31, unit="year", measure="age", subject="age of Carlos Tevez",
  counted="Der 31-Jährige", calt=["Carlos Tevez"], group=["men", "athletes", "players", "people"],
  nat="AR", place="IT", place_alt=[None])
C("h12", "27 Tore", 27, unit="Tore", measure="other", subject="goals by Tevez last season",
  counted=("27 Tore", "Tore"), place="IT", place_alt=[None])

# ---------------------------------------------------------------- h13 Sport 824: CHL ice hockey
C("h13", ("der zwei Gruppen-Zweiten", "zwei"), 2, unit="Gruppen-Zweiten", measure="other",
  subject="Austrian teams knocked out", counted="Gruppen-Zweiten", optional=True)
C("h13", "viermal", 4, unit="Siege", measure="other", subject="recent league wins of the Capitals",
  counted="die Caps", optional=True)
C("h13", "60 Minuten", 60, unit="min", measure="duration", subject="regulation time", optional=True)
C("h13", "zweimal einen", 2, unit="Rückstand", measure="other", subject="deficits Salzburg made up",
  counted="Rückstand", optional=True)
C("h13", "70 Sekunden", 70, unit="s", measure="duration", subject="time before the end of the match",
  optional=True)

# ---------------------------------------------------------------- h14 Panorama 827: lynching in India
C("h14", ("ist ein Muslim", "ein"), 1, unit="person", measure="killed", subject="Muslim beaten to death by a mob",
  counted=("ist ein Muslim", "Muslim"), group=["men", "people"], nat=None, nat_alt=["IN"], place="IN", optional=True)
C("h14", "fünf Männer", 5, unit="person", measure="size", subject="Muslim men attacked by a mob",
  source="in.police", counted=("fünf Männer", "Männer"), group=["men", "people"], nat=None, nat_alt=["IN"],
  place="IN")
C("h14", ("Die fünf Muslime", "fünf"), 5, unit="person", measure="size", subject="Muslim men attacked by a mob",
  source=None, alt=["in.police"], counted=("Die fünf Muslime", "Muslime"), group=["men", "people"],
  nat=None, nat_alt=["IN"], place="IN")
C("h14", ("15 Ochsen", "15"), 15, unit="Ochsen und Kühe", measure="other", subject="cattle allegedly smuggled",
  source=None, alt=["in.police"], counted="Ochsen und Kühe", calt=[("15 Ochsen", "Ochsen")], hedged=True,
  place="IN")
C("h14", ("wo einer der Männer", "einer"), 1, unit="person", measure="killed", subject="man killed by the mob",
  source="in.police", counted=("einer der Männer", "Männer"), group=["men", "people"], nat=None,
  nat_alt=["IN"], place="IN")
C("h14", ("Die vier mutmaßlichen", "vier"), 4, unit="person", measure="captured", subject="alleged smugglers arrested",
  source="in.police", counted="Schmuggler", group=["men", "people"], nat=None, nat_alt=["IN"], place="IN")
C("h14", ("55-jähriger", "55"), 55, unit="year", measure="age", subject="age of Muslim lynched in Uttar Pradesh",
  counted="ein 55-jähriger Muslim", calt=[("55-jähriger Muslim", "Muslim")], group=["men", "people"],
  nat=None, nat_alt=["IN"], place="IN")
C("h14", "Etwa 180 Millionen", 180e6, bound="approx", unit="person", measure="size", subject="Muslims in India",
  counted=("Indern sind Muslime", "Muslime"), group=P, nat="IN", place="IN")
C("h14", "1,25 Milliarden", 1.25e9, unit="person", measure="size", subject="population of India",
  counted="Indern", group=P, nat="IN", place="IN")

# ---------------------------------------------------------------- h15 Panorama 871: tiger counts
C("h15", "103 Tiere", 103, unit="Tiere", measure="other", subject="wild tigers in Bhutan", source="bt.gov",
  alt=["org.wwf"], counted=("103 Tiere", "Tiere"), place="BT")
C("h15", "75 Raubkatzen", 75, unit="Raubkatzen", measure="other", subject="wild tigers in Bhutan (earlier estimate)",
  source=None, alt=["org.wwf"], counted=("75 Raubkatzen", "Raubkatzen"), place="BT", hedged=True)
C("h15", "Verdoppelung", 2, unit="factor", measure="other", subject="target for the global tiger population",
  source="org.wwf", counted="Gesamtbestandes", increment=True, optional=True)
C("h15", "13 Tigerstaaten", 13, unit="Tigerstaaten", measure="other", subject="tiger range countries",
  counted=("13 Tigerstaaten", "Tigerstaaten"), place=None, place_alt=["RU"])
C("h15", "3.200 Tieren", 3200, unit="Tiere", measure="other", subject="wild tigers in Asia",
  counted=("3.200 Tieren", "Tieren"), calt=[("wilde Tiger in Asien", "Tiger")], hedged=True)
C("h15", "106 Tiger", 106, unit="Tiger", measure="other", subject="wild tigers in Bangladesh", source="bd.gov",
  counted=("106 Tiger", "Tiger"), place="BD")

# ---------------------------------------------------------------- h16 Web 902: Strache Facebook hoax
C("h16", "mehr als 5.000", 5000, bound="more_than", unit="person", measure="size",
  subject="people who shared the hoax post", counted=("5.000 Menschen teilten", "Menschen"),
  group=["users", "people"], place="AT", place_alt=[None])
C("h16", "über 5.000", 5000, bound="more_than", unit="person", measure="size",
  subject="people who shared the hoax post", counted=("über 5.000 Menschen", "Menschen"),
  group=["users", "people"], place="AT", place_alt=[None])
C("h16", "vier Tage lang", 4, unit="day", measure="duration", subject="time Strache kept an AFP flyer online",
  counted="ein Flugblatt", calt=[("ein Flugblatt", "Flugblatt")], place="AT", place_alt=[None])

# ---------------------------------------------------------------- h17 International 930: Daesh (years only)

# ---------------------------------------------------------------- h18 Panorama 989: arrivals in Italy
# settled conventions (../devset/ANNOTATION.md): arrivals are `received` (were `size`), the
# percentage changes are `share` (were `size`); the 108.199 cared for now stay `present`
IM = "it.interior_ministry"
MIG = ["migrants", "refugees", "people"]
C("h18", ("80 Prozent mehr Ankünfte", "80 Prozent"), 80, unit="percent", measure="share",
  subject="increase in migrant arrivals in southern Italy", source=None, alt=[IM], counted=("mehr Ankünfte", "Ankünfte"),
  group=MIG, place="IT", increment=True)
C("h18", "18.234", 18234, unit="person", measure="received", subject="migrant arrivals in southern Italy, Q1 2016",
  source=IM, counted=("18.234 Migranten", "Migranten"), group=MIG, place="IT")
C("h18", ("das sind 80 Prozent", "80 Prozent"), 80, unit="percent", measure="share",
  subject="increase in migrant arrivals in southern Italy", source=IM, counted=("18.234 Migranten", "Migranten"),
  group=MIG, place="IT", increment=True)
C("h18", "10.165", 10165, unit="person", measure="received", subject="migrant arrivals in Italy, Q1 2015",
  source=IM, counted=("10.165 Menschen", "Menschen"), group=MIG, place="IT")
C("h18", "tausende", None, None, bound="vague", unit="person", measure="received", subject="further migrant arrivals (feared)",
  source=IM, counted=("tausende Migranten", "Migranten"), group=MIG, place="IT", hedged=True, optional=True)
C("h18", "300.000", 300000, unit="person", measure="received", subject="projected refugee arrivals in Italy in 2016",
  source=None, alt=[IM], counted=("300.000 Menschen", "Menschen"), calt=["Flüchtlingsankünfte"],
  group=MIG, place="IT", hedged=True)
C("h18", "170.000", 170000, unit="person", measure="received", subject="Mediterranean crossings 2014",
  counted=None, group=MIG, place="IT", place_alt=[None])
C("h18", "153.842", 153842, unit="person", measure="received", subject="Mediterranean crossings 2015",
  counted="diese Zahl", group=MIG, place="IT", place_alt=[None])
C("h18", "108.199", 108199, unit="person", measure="present", subject="refugees cared for by Italy",
  counted=("108.199 Flüchtlinge", "Flüchtlinge"), group=["refugees", "migrants", "people"], place="IT")
C("h18", "drei Jahren", 3, unit="year", measure="duration", subject="period of the fivefold increase in shelters",
  source=IM, counted=None, place="IT", optional=True)
C("h18", "verfünffacht", 5, unit="factor", measure="other", subject="increase in shelters for migrants",
  source=IM, counted="Unterkünfte", place="IT", increment=True)
C("h18", "elf Prozent", 11, unit="percent", measure="share", subject="share of migrants housed in Sicily",
  counted=("aller Migranten", "Migranten"), group=MIG, place="IT")
C("h18", "13 Prozent", 13, unit="percent", measure="share", subject="share of migrants housed in Lombardy",
  counted=("aller Migranten", "Migranten"), group=MIG, place="IT")
C("h18", "neun Prozent", 9, unit="percent", measure="share", subject="share of migrants housed in Lazio",
  counted=("aller Migranten", "Migranten"), group=MIG, place="IT")

# ---------------------------------------------------------------- h19 Inland 1024: BZÖ fine
C("h19", "15.000 Euro", 15000, unit="EUR", measure="amount", subject="fine imposed on the BZÖ", source=None,
  alt=["at.upts"], counted=("Euro Strafe", "Strafe"), place="AT")
C("h19", "bis zu 30.000 Euro", 30000, bound="up_to", unit="EUR", measure="amount",
  subject="maximum fine for faulty financial reports", counted="Strafrahmen", place="AT")
C("h19", ("zur Hälfte", "Hälfte"), 50, unit="percent", measure="share", subject="share of the maximum fine imposed",
  counted="Strafrahmen", place="AT")
C("h19", "567.000 Euro", 567000, unit="EUR", measure="amount", subject="fine imposed on Team Stronach",
  counted="Geldstrafe", place="AT")


# ---------------------------------------------------------------- vague quantifiers (optional, as in the devset)
V = dict(low=None, high=None, bound="vague", optional=True)
C("h09", ("Darunter sind auch zahlreiche", "zahlreiche"), unit="Modelle", measure="other",
  subject="unsupported models with CM 13 builds", counted=("unterstützte Modelle", "Modelle"), **V)
C("h10", ("für den zahlreiche Unterstützer", "zahlreiche"), unit="person", measure="participants",
  subject="supporters of Prieth at the hearing", counted="Unterstützer", group=["people", "spectators", "visitors"],
  place="AT", **V)
C("h10", ("bei den zahlreichen Zuhörern", "zahlreichen"), unit="person", measure="participants",
  subject="audience in the courtroom", counted="Zuhörern", group=["spectators", "visitors", "people"],
  place="AT", **V)
C("h12", ("berichteten mehrere Medien", "mehrere"), unit="Medien", measure="other",
  subject="media reporting Tevez's move", counted=("mehrere Medien", "Medien"), place="IT", place_alt=[None], **V)
C("h12", ("von zahlreichen", "zahlreichen"), unit="Spitzenclubs", measure="other",
  subject="top clubs courting Pogba", counted="Spitzenclubs", **V)
C("h14", ("in mehreren indischen", "mehreren"), unit="Bundesstaaten", measure="other",
  subject="Indian states banning cattle slaughter", counted=("indischen Bundesstaaten", "Bundesstaaten"),
  place="IN", **V)
C("h14", ("die klare Mehrheit", "Mehrheit"), unit="percent", measure="share", subject="Hindus in India",
  counted=("Hindus stellen", "Hindus"), group=P, nat="IN", nat_alt=[None], place="IN", **V)
C("h16", ("derzeit einige Falschmeldungen", "einige"), unit="Falschmeldungen", measure="other",
  subject="false reports circulating", source="at.billa", counted=("einige Falschmeldungen", "Falschmeldungen"),
  place="AT", place_alt=[None], **V)
C("h17", ("von vielen Muslimen", "vielen"), unit="person", measure="other",
  subject="Muslims rejecting the word 'Islamic'", counted="Muslimen", group=P, **V)
C("h18", ("Die meisten 2016", "Die meisten"), unit="percent", measure="share",
  subject="migrants who departed from Libya", counted=("angekommenen Migranten", "Migranten"), group=MIG,
  place="IT", **V)
C("h18", "mehrheitlich", unit="percent", measure="share", subject="migrants from West African countries",
  counted=("Sie stammen", "Sie"), group=MIG, nat=None, place="IT", place_alt=[None], **V)

# ---------------------------------------------------------------- build
if __name__ == "__main__":
    G.main(SOURCES)
