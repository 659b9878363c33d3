"""Table-driven tests of the German figure scanner.

Each case: sentence -> every figure expected in it, as
(text[start:end], low, high, bound, unit, kind). An empty list means: nothing may be found.
The sentences are written for these tests (not taken from the seed articles), covering
each category of the scanner's contract, including negatives.
"""

from __future__ import annotations

import pytest

from claimledger.extract.figures import Figure, scan_figures
from claimledger.lang import load_pack

PACK = load_pack("de")

N, V, M, P = "number", "vague", "multiplier", "placeholder"

CASES: list[tuple[str, list[tuple[str, float | None, float | None, str, str | None, str]]]] = [
    # --- digits and separators ---
    ("Die Armee zählt 11.000 Mann.", [("11.000", 11000, 11000, "exact", None, N)]),
    ("Die Stadt hat 1 234 567 Einwohner.", [("1 234 567", 1234567, 1234567, "exact", None, N)]),
    ("Das Werk produziert 40\u202f000 Autos.", [("40\u202f000", 40000, 40000, "exact", None, N)]),
    ("Der Kurs liegt bei 2,35.", [("2,35", 2.35, 2.35, "exact", None, N)]),
    ("Gemessen wurden 2.000,352 Einheiten.", [("2.000,352", 2000.352, 2000.352, "exact", None, N)]),
    ("Der Verein hat 12'500 Mitglieder.", [("12'500", 12500, 12500, "exact", None, N)]),
    ("Die Quote liegt bei 4,800 Punkten.", [("4,800", 4.8, 4.8, "exact", "points", N)]),
    ("Es kamen 2.300 Besucher.", [("2.300", 2300, 2300, "exact", None, N)]),
    ("Geplant sind 1.5 Millionen Impfungen.", [("1.5 Millionen", 1500000, 1500000, "exact", None, N)]),
    ("Rund 7 Menschen starben.", [("7", 7, 7, "approx", None, N)]),
    ("Das Licht legt 299.792.458 Meter zurück.", [("299.792.458", 299792458, 299792458, "exact", "m", N)]),
    # --- scale words ---
    ("Die Stadt erhält 1,2 Millionen Impfdosen.", [("1,2 Millionen", 1200000, 1200000, "exact", None, N)]),
    ("Der Konzern verlor 3 Mrd. Euro.", [("3 Mrd.", 3e9, 3e9, "exact", "EUR", N)]),
    ("Das kostet 2,5 Mio. Dollar.", [("2,5 Mio.", 2500000, 2500000, "exact", "USD", N)]),
    ("Die Schulden betragen 1,3 Billionen Euro.", [("1,3 Billionen", 1.3e12, 1.3e12, "exact", "EUR", N)]),
    ("Es geht um 5 Tausend Stimmen.", [("5 Tausend", 5000, 5000, "exact", None, N)]),
    ("Betroffen sind zwei bis drei Millionen Menschen.",
     [("zwei bis drei Millionen", 2e6, 3e6, "range", None, N)]),
    ("Die Reserve umfasst eine Milliarde Dollar.", [("eine Milliarde", 1e9, 1e9, "exact", "USD", N)]),
    # --- number words ---
    ("Zwei Soldaten wurden verletzt.", [("Zwei", 2, 2, "exact", None, N)]),
    ("Es waren zwölf Kinder.", [("zwölf", 12, 12, "exact", None, N)]),
    ("Das Stadion fasst zwölftausend Zuschauer.", [("zwölftausend", 12000, 12000, "exact", None, N)]),
    ("Es gab einhunderteinunddreißig Anträge.", [("einhunderteinunddreißig", 131, 131, "exact", None, N)]),
    ("Gezählt: dreihundertneunundneunzigtausendfünfhundertneun Stimmen.",
     [("dreihundertneunundneunzigtausendfünfhundertneun", 399509, 399509, "exact", None, N)]),
    ("Gezählt: dreihundertneunundneunzigtausendfuenfhundertneun Stimmen.",
     [("dreihundertneunundneunzigtausendfuenfhundertneun", 399509, 399509, "exact", None, N)]),
    ("Das dauerte zweieinhalb Stunden.", [("zweieinhalb", 2.5, 2.5, "exact", None, N)]),
    ("Nach anderthalb Jahren kam er frei.", [("anderthalb", 1.5, 1.5, "exact", None, N)]),
    ("Der Bau dauerte eineinhalb Jahre.", [("eineinhalb", 1.5, 1.5, "exact", None, N)]),
    ("Sie kaufte ein halbes Dutzend Eier.", [("ein halbes Dutzend", 6, 6, "exact", None, N)]),
    ("Er brachte ein Dutzend Rosen.", [("ein Dutzend", 12, 12, "exact", None, N)]),
    ("Es waren fünf Dutzend Kisten.", [("fünf Dutzend", 60, 60, "exact", None, N)]),
    ("Die Stadt hat eine Million Einwohner.", [("eine Million", 1e6, 1e6, "exact", None, N)]),
    ("Es sind zwei Millionen eintausendeinhundertfünfzig Stimmen.",
     [("zwei Millionen eintausendeinhundertfünfzig", 2001150, 2001150, "exact", None, N)]),
    ("Sie hatte tausend Ideen.", [("tausend", 1000, 1000, "exact", None, N)]),
    ("Er wusste hundert Geschichten.", [("hundert", 100, 100, "exact", None, N)]),
    ("Eine halbe Million Menschen demonstrierte.", [("Eine halbe Million", 500000, 500000, "exact", None, N)]),
    ("Er hat einen Euro gespendet.", [("einen", 1, 1, "exact", "EUR", N)]),
    ("Das kostet sieben Euro.", [("sieben", 7, 7, "exact", "EUR", N)]),
    ("Es sind einundzwanzig Prozent.", [("einundzwanzig", 21, 21, "exact", "percent", N)]),
    ("Der Wert stieg auf zwei Komma drei.", [("zwei Komma drei", 2.3, 2.3, "exact", None, N)]),
    # --- bare articles and words that only contain number words: nothing ---
    ("Ein Mann kam mit einer Frau und einem Kind.", []),
    ("Eins ist klar: einer muss gehen.", []),
    ("Die Drittanbieter bauten ein Dreieck aus einzelnen Teilen. Achtung!", []),
    ("Er kam zum zweiten Mal und erstmals allein.", []),
    ("Das sollte man nicht außer Acht lassen.", []),
    # --- vague quantities ---
    ("Tausende Menschen flohen.", [("Tausende", 2000, 9999, "vague", None, V)]),
    ("Hunderte Häuser brannten.", [("Hunderte", 200, 999, "vague", None, V)]),
    ("Dutzende Verletzte wurden gezählt.", [("Dutzende", 24, 99, "vague", None, V)]),
    ("Zehntausende gingen auf die Straße.", [("Zehntausende", 20000, 99999, "vague", None, V)]),
    ("Hunderttausende sind auf der Flucht.", [("Hunderttausende", 200000, 999999, "vague", None, V)]),
    ("Millionen Menschen hungern.", [("Millionen", 2e6, 999999999, "vague", None, V)]),
    ("Mehrere Hundert Soldaten fielen.", [("Mehrere Hundert", 200, 999, "vague", None, V)]),
    ("Einige Tausend Fans kamen.", [("Einige Tausend", 2000, 9999, "vague", None, V)]),
    ("Nur eine Handvoll Abgeordneter stimmte zu.", [("eine Handvoll", 3, 9, "vague", None, V)]),
    ("Es kamen zigtausend Menschen.", [("zigtausend", 20000, 99999, "vague", None, V)]),
    ("Tausende von Soldaten marschierten.", [("Tausende", 2000, 9999, "vague", None, V)]),
    ("Mehrere Soldaten und einige Zivilisten, viele Kinder.", []),
    # --- ranges ---
    ("Zwischen 10.000 und 12.000 Soldaten sind im Einsatz.",
     [("10.000 und 12.000", 10000, 12000, "range", None, N)]),
    ("Es sind 25.000 bis 30.000 Soldaten.", [("25.000 bis 30.000", 25000, 30000, "range", None, N)]),
    ("Die Fahrt dauert von 5 bis 7 Stunden.", [("5 bis 7", 5, 7, "range", None, N)]),
    ("Es wurden 10–12 Boote gesichtet.", [("10–12", 10, 12, "range", None, N)]),
    ("Die Preise stiegen um 10-12 Prozent.", [("10-12", 10, 12, "range", "percent", N)]),
    ("Man rechnet mit 100 bis 300 Milliarden Sternen.",
     [("100 bis 300 Milliarden", 1e11, 3e11, "range", None, N)]),
    ("Gezählt wurden 500.000 bis 1 Million Stimmen.",
     [("500.000 bis 1 Million", 500000, 1e6, "range", None, N)]),
    # --- qualifiers ---
    ("Etwa 300 Menschen kamen.", [("300", 300, 300, "approx", None, N)]),
    ("Es waren ca. 40 Fahrzeuge.", [("40", 40, 40, "approx", None, N)]),
    ("Knapp 5000 Menschen protestierten.", [("5000", 5000, 5000, "approx", None, N)]),
    ("Schätzungsweise 80 Tote wurden geborgen.", [("80", 80, 80, "approx", None, N)]),
    ("Mehr als 3.000 Soldaten fielen.", [("3.000", 3000, 3000, "more_than", None, N)]),
    ("Über 3000 Menschen wurden evakuiert.", [("3000", 3000, 3000, "more_than", None, N)]),
    ("Gut 200 Gäste kamen.", [("200", 200, 200, "more_than", None, N)]),
    ("Weit über 1.000 Fälle sind bekannt.", [("1.000", 1000, 1000, "more_than", None, N)]),
    ("Mindestens 12 Menschen starben.", [("12", 12, 12, "at_least", None, N)]),
    ("Bis zu 15.000 Soldaten könnten folgen.", [("15.000", 15000, 15000, "up_to", None, N)]),
    ("Höchstens 20 Personen sind erlaubt.", [("20", 20, 20, "at_most", None, N)]),
    ("Weniger als 5 Prozent stimmten zu.", [("5", 5, 5, "at_most", "percent", N)]),
    ("Nicht mehr als 50 Teilnehmer sind zugelassen.", [("50", 50, 50, "at_most", None, N)]),
    ("Die Zahl der Opfer hat 3000 überschritten.", [("3000", 3000, 3000, "more_than", None, N)]),
    ("80 Prozent oder darüber stimmten zu.", [("80", 80, 80, "at_least", "percent", N)]),
    ("Die Quote fiel von 5,6 auf 5,4 Prozent.", [("5,6", 5.6, 5.6, "exact", "percent", N),
                                                ("5,4", 5.4, 5.4, "exact", "percent", N)]),
    ("Die Miete stieg von 700 auf 800 Euro.", [("700", 700, 700, "exact", "EUR", N),
                                              ("800", 800, 800, "exact", "EUR", N)]),
    ("Von 30 auf 50 Menschen wuchs die Gruppe.", [("30", 30, 30, "exact", None, N),
                                                 ("50", 50, 50, "exact", None, N)]),
    ("Das Ticket kostet 30 Euro oder weniger.", [("30", 30, 30, "at_most", "EUR", N)]),
    ("Gefragt sind 5 Prozent und darunter.", [("5", 5, 5, "at_most", "percent", N)]),
    ("Gesucht werden Firmen mit 50 Beschäftigten und mehr.", [("50", 50, 50, "exact", None, N)]),
    ("Es waren geschätzte 40.000 Teilnehmer.", [("40.000", 40000, 40000, "approx", None, N)]),
    # --- multipliers ---
    ("Die Zahl hat sich verdoppelt.", [("verdoppelt", 2, 2, "exact", "factor", M)]),
    ("Eine Verdreifachung wird erwartet.", [("Verdreifachung", 3, 3, "exact", "factor", M)]),
    ("Die Kosten stiegen um das Dreifache.", [("Dreifache", 3, 3, "exact", "factor", M)]),
    ("Es kamen dreimal so viele Besucher.", [("dreimal", 3, 3, "exact", "factor", M)]),
    ("Die Preise haben sich verzehnfacht.", [("verzehnfacht", 10, 10, "exact", "factor", M)]),
    ("Die Miete stieg auf das 2,5-Fache.", [("2,5-Fache", 2.5, 2.5, "exact", "factor", M)]),
    # --- percentages ---
    ("Die Inflation lag bei 27 %.", [("27", 27, 27, "exact", "percent", N)]),
    ("Der Umsatz sank um 27%.", [("27", 27, 27, "exact", "percent", N)]),
    ("Die Partei erhielt 15 Prozentpunkte mehr.", [("15", 15, 15, "exact", "percent", N)]),
    ("Zwanzig Prozent der Befragten stimmten zu.", [("Zwanzig", 20, 20, "exact", "percent", N)]),
    # --- currencies ---
    ("Das Paket kostet 94.000 $.", [("94.000", 94000, 94000, "exact", "USD", N)]),
    ("Der Eintritt kostet $ 15.", [("15", 15, 15, "exact", "USD", N)]),
    ("Die Hilfe beträgt 500 Millionen US-Dollar.", [("500 Millionen", 5e8, 5e8, "exact", "USD", N)]),
    ("Der Preis liegt bei 16,4 Millionen kanadischen Dollar.",
     [("16,4 Millionen", 16.4e6, 16.4e6, "exact", "CAD", N)]),
    ("Der Schaden beträgt 2 Mrd. €.", [("2 Mrd.", 2e9, 2e9, "exact", "EUR", N)]),
    ("Das Budget beträgt 300 000 GBP.", [("300 000", 300000, 300000, "exact", "GBP", N)]),
    ("Kiew erhält 40 Milliarden Rubel.", [("40 Milliarden", 4e10, 4e10, "exact", "RUB", N)]),
    ("Er zahlte 100 Schweizer Franken.", [("100", 100, 100, "exact", "CHF", N)]),
    ("Der Vertrag hat ein Volumen von 12 Mio. Pfund.", [("12 Mio.", 12e6, 12e6, "exact", "GBP", N)]),
    # --- units ---
    ("Geliefert wurden 300 Tonnen Getreide.", [("300", 300, 300, "exact", "t", N)]),
    ("Die Truppen eroberten 1.200 Quadratkilometer.", [("1.200", 1200, 1200, "exact", "km2", N)]),
    ("Das Gebiet umfasst 500 km² Wald.", [("500", 500, 500, "exact", "km2", N)]),
    ("Die Front ist 1000 Kilometer lang.", [("1000", 1000, 1000, "exact", "km", N)]),
    ("Der Turm ist 300 Meter hoch.", [("300", 300, 300, "exact", "m", N)]),
    ("Das Feuer zerstörte 40 Hektar Wald.", [("40", 40, 40, "exact", "ha", N)]),
    ("Russland fördert 9 Millionen Barrel Öl.", [("9 Millionen", 9e6, 9e6, "exact", "barrel", N)]),
    ("Das Kraftwerk leistet 1.400 Megawatt.", [("1.400", 1400, 1400, "exact", "MW", N)]),
    ("Ein Beben der Stärke 7,8 erschütterte die Region.", [("7,8", 7.8, 7.8, "exact", "Mw", N)]),
    ("Das Beben erreichte 6,1 auf der Richter-Skala.", [("6,1", 6.1, 6.1, "exact", "Mw", N)]),
    ("Bei 500Km ist Pause.", [("500", 500, 500, "exact", "km", N)]),
    # --- placeholders ---
    ("Bis zu [Zahl fehlt] Soldaten wurden getötet.", [("[Zahl fehlt]", None, None, "up_to", None, P)]),
    ("Etwa [Zahl fehlt] Soldaten wurden verletzt.", [("[Zahl fehlt]", None, None, "approx", None, P)]),
    ("Es wurden [Zahl] Soldaten entsandt.", [("[Zahl]", None, None, "exact", None, P)]),
    ("Es wurden (Zahl fehlt) Soldaten entsandt.", [("(Zahl fehlt)", None, None, "exact", None, P)]),
    ("Die Kosten: [Betrag fehlt] Euro.", [("[Betrag fehlt]", None, None, "exact", "EUR", P)]),
    ("Es starben [XX] Menschen.", [("[XX]", None, None, "exact", None, P)]),
    ("Mehr als [number missing] troops.", [("[number missing]", None, None, "more_than", None, P)]),
    ("Gemeldet: [Anzahl fehlt] Verletzte.", [("[Anzahl fehlt]", None, None, "exact", None, P)]),
    # --- not figures ---
    ("Am 28. April 2025 begann die Offensive.", []),
    ("Das Treffen ist am 3.10.2024 in Berlin.", []),
    ("Am 3. Oktober feiern wir.", []),
    ("Die Datei heißt 2024-01-05.", []),
    ("Der Waffenstillstand von 1953 gilt bis heute.", []),
    ("Im Jahr 2024 begann die Reform.", []),
    ("Seit 2014 herrscht Krieg.", []),
    ("Im Sommer 2024 wurde es heiß.", []),
    ("Die Saison 2024/25 beginnt bald.", []),
    ("Die Musik der 1990er Jahre ist zurück.", []),
    ("Das Treffen beginnt um 14:30 Uhr.", []),
    ("Um 17 Uhr ist Schluss.", []),
    ("Um 9.30 Uhr öffnet das Amt.", []),
    ("Er gewann zum 3. Mal.", []),
    ("Das war vor dem 2. Weltkrieg.", []),
    ("Nach Artikel 5 des Vertrags muss geholfen werden.", []),
    ("Der § 218 ist umstritten.", []),
    ("Nach Paragraf 3 Absatz 2 ist das verboten.", []),
    ("Das Formular Nr. 7 fehlt.", []),
    ("Siehe Kapitel 3 auf Seite 4.", []),
    ("Die Resolution 2231 wurde verabschiedet.", []),
    ("Rufen Sie +49 30 1234567 an.", []),
    ("Telefon: 030/123456", []),
    ("Die Kundennummer lautet 5055926.", []),
    ("Mehr unter https://example.com/news/2024/12345 lesen.", []),
    ("Schreiben Sie an info2024@example.de bitte.", []),
    ("Der Hashtag #Ukraine2024 trendet.", []),
    ("France24 berichtete über die G7 und die G20.", []),
    ("East2West und COVID-19 sowie Covid19.", []),
    ("Die F-16 und der A380 sowie MH17.", []),
    ("Panzer vom Typ T-72 und das System S-400.", []),
    ("Das 4G-Netz und der 3D-Drucker.", []),
    ("Installieren Sie Version 2.1.3 jetzt.", []),
    # --- years vs counts by context ---
    ("Im Herbst kamen 2000 Soldaten hinzu.", [("2000", 2000, 2000, "exact", None, N)]),
    ("Rund 2000 wurden verletzt.", [("2000", 2000, 2000, "approx", None, N)]),
    ("Die Firma baute 1998 Wohnungen.", [("1998", 1998, 1998, "exact", None, N)]),
    ("Der Umsatz stieg 2024 um 5 Prozent.", [("5", 5, 5, "exact", "percent", N)]),
    # --- several figures in one sentence ---
    ("Von 11.000 Soldaten wurden etwa 3.000 verwundet, 1.100 getötet.",
     [("11.000", 11000, 11000, "exact", None, N), ("3.000", 3000, 3000, "approx", None, N),
      ("1.100", 1100, 1100, "exact", None, N)]),
]


def _row(text: str, f: Figure) -> tuple[str, float | None, float | None, str, str | None, str]:
    return (text[f.start:f.end], f.low, f.high, f.bound, f.unit, f.kind)


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_figures(text: str, expected: list) -> None:
    got = [_row(text, f) for f in scan_figures(text, PACK)]
    exp = [(t, None if lo is None else float(lo), None if hi is None else float(hi), b, u, k)
           for t, lo, hi, b, u, k in expected]
    assert got == exp


def test_case_count() -> None:
    assert len(CASES) >= 90


def test_offsets_are_absolute_and_window_respected() -> None:
    text = "Vorspann. Rund 11.000 Soldaten und 3.000 Tote. Nachspann 500."
    s = text.index("Rund")
    e = text.index("Nachspann")
    figs = scan_figures(text, PACK, s, e)
    assert [text[f.start:f.end] for f in figs] == ["11.000", "3.000"]
    f = figs[0]
    assert f.qualifier == "Rund" and f.qualifier_span == (s, s + 4)
    assert f.bound == "approx"


def test_unit_end_and_qualifier_span() -> None:
    text = "Die Hilfe: mehr als 2,5 Mrd. Euro für Kiew."
    (f,) = scan_figures(text, PACK)
    assert text[f.start:f.end] == "2,5 Mrd."
    assert text[f.end:f.unit_end] == " Euro"
    assert f.qualifier == "mehr als" and text[f.qualifier_span[0]:f.qualifier_span[1]] == "mehr als"
    assert f.is_word is False
    (g,) = scan_figures("Es kamen zwölf Leute.", PACK)
    assert g.is_word is True


def test_sorted_and_non_overlapping() -> None:
    text = ("Zwischen 10.000 und 12.000 Soldaten, Tausende Zivilisten, zwei bis drei Millionen Euro, "
            "27 % und [Zahl fehlt] Verletzte; am 3. Mai 2024 um 14 Uhr.")
    figs = scan_figures(text, PACK)
    assert len(figs) == 5
    for a, b in zip(figs, figs[1:]):
        assert max(a.end, a.unit_end) <= b.start


def test_match_minutes_are_ordinals():
    from claimledger.extract.figures import scan_figures
    from claimledger.lang import load_pack
    text = "Tore: Rooney (13./Elfmeter), Walcott (68., 78.), Kane (77.), Hwang (45.+1)"
    assert scan_figures(text, load_pack("de")) == []


def test_numbers_with_a_leading_zero_are_phone_numbers_or_codes():
    from claimledger.extract.figures import scan_figures
    from claimledger.lang import load_pack
    text = "Hinweise unter 059133 66 3100 oder 059 133 60 3333; Agent 007; es stieg um 0,5 Prozent."
    assert [text[f.start:f.end] for f in scan_figures(text, load_pack("de"))] == ["0,5"]


# --- issue 6: rules found on the real-news dev set, each with its own sentences ---
# (text, expected figures as in CASES); none of these sentences is taken from an article
RULE_CASES: dict[str, list[tuple[str, list[tuple[str, float | None, float | None, str, str | None, str]]]]] = {
    # a bound before an approximation is the figure's bound
    "stacked qualifiers": [
        ("Das Tablet gibt es ab ca. 300 Euro.", [("300", 300, 300, "at_least", "EUR", N)]),
        ("Die Halle fasst bis zu rund 8.000 Menschen.", [("8.000", 8000, 8000, "up_to", None, N)]),
        ("Es kamen mehr als etwa 50 Gäste.", [("50", 50, 50, "more_than", None, N)]),
        # an approximation before a bound leaves the bound
        ("Es kamen etwa mehr als 50 Gäste.", [("50", 50, 50, "more_than", None, N)]),
        # prepositions that are also qualifiers do not take over: "unter" is "among" here
        ("Befragt wurden unter rund 4.000 Betrieben die größten.", [("4.000", 4000, 4000, "approx", None, N)]),
        ("Er sprach über rund 30 Fälle.", [("30", 30, 30, "approx", None, N)]),
    ],
    # a scale that starts at the figure
    "starts at": [
        ("Die Preise beginnen bei 99 Euro.", [("99", 99, 99, "at_least", "EUR", N)]),
        ("Das Modell startet bei rund 1.500 Euro.", [("1.500", 1500, 1500, "at_least", "EUR", N)]),
        ("Die Skala fängt bei 10 Punkten an.", [("10", 10, 10, "at_least", "points", N)]),
        ("Das Treffen beginnt um 10 Uhr.", []),
        ("Er wohnt bei 3 Freunden.", [("3", 3, 3, "exact", None, N)]),
    ],
    # "gegen" is "about" only where a clause starts; elsewhere a preposition
    "gegen only clause-initial": [
        ("Gegen 500 Menschen versammelten sich am Platz.", [("500", 500, 500, "approx", None, N)]),
        ("Am Abend, gegen 500 Menschen waren gekommen, begann es.", [("500", 500, 500, "approx", None, N)]),
        ("Die Staatsanwaltschaft ermittelt gegen 12 Beschuldigte.", [("12", 12, 12, "exact", None, N)]),
        ("Sie tauschten die Aktien gegen 40.000 Euro.", [("40.000", 40000, 40000, "exact", "EUR", N)]),
        ("Die Klage gegen drei Manager wurde abgewiesen.", [("drei", 3, 3, "exact", None, N)]),
    ],
    # a sign word after a bracket or quote is still the figure's sign
    "sign after a bracket": [
        ("Der Index schloss schwächer (minus 1,2 Prozent).", [("1,2", -1.2, -1.2, "exact", "percent", N)]),
        ("Gemeldet wurde ein Saldo von „minus 300“ Stellen.", [("300", -300, -300, "exact", None, N)]),
        ("Das Thermometer zeigte minus 5 Grad.", [("5", -5, -5, "exact", "degC", N)]),
        ("Sie kamen zu fünft (und 3 Hunde).", [("3", 3, 3, "exact", None, N)]),
        # inside a word it is no sign
        ("Die Firma Nordminus 4 GmbH wuchs.", [("4", 4, 4, "exact", None, N)]),
    ],
    # nouns of a negative difference, and a figure restating a negative one in another unit
    "negative differences": [
        ("Es blieb eine Negativdifferenz von 2.400 Euro.", [("2.400", -2400, -2400, "exact", "EUR", N)]),
        ("Die Stadt verlor mit einem Negativsaldo von 800 Personen oder 0,5 Prozent Einwohner.",
         [("800", -800, -800, "exact", None, N), ("0,5", -0.5, -0.5, "exact", "percent", N)]),
        ("Der Umsatz lag bei minus 3 Millionen Euro bzw. 2 Prozent.",
         [("3 Millionen", -3e6, -3e6, "exact", "EUR", N), ("2", -2, -2, "exact", "percent", N)]),
        # a positive figure before "oder" gives nothing to the next
        ("Es kamen 800 Personen oder 5 Prozent mehr.",
         [("800", 800, 800, "exact", None, N), ("5", 5, 5, "exact", "percent", N)]),
        # not a restatement: another clause between them
        ("Der Kurs fiel um minus 3 Prozent, danach stieg er oder 2 Prozent.",
         [("3", -3, -3, "exact", "percent", N), ("2", 2, 2, "exact", "percent", N)]),
    ],
    # a multiplier takes the qualifier before it, also across its article
    "qualified multipliers": [
        ("Die Kosten stiegen auf mehr als das Doppelte.", [("Doppelte", 2, 2, "more_than", "factor", M)]),
        ("Der Ertrag war fast das Dreifache.", [("Dreifache", 3, 3, "approx", "factor", M)]),
        ("Die Miete ist ziemlich genau das 2,5-Fache.", [("2,5-Fache", 2.5, 2.5, "approx", "factor", M)]),
        ("Die Zahl hat sich mehr als verdoppelt.", [("verdoppelt", 2, 2, "more_than", "factor", M)]),
        ("Es kamen rund dreimal so viele Besucher.", [("dreimal", 3, 3, "approx", "factor", M)]),
        ("Die Preise stiegen um das Vierfache.", [("Vierfache", 4, 4, "exact", "factor", M)]),
    ],
    # scale words that count years
    "decades and centuries": [
        ("Er regierte gut zwei Jahrzehnte lang.", [("zwei Jahrzehnte", 20, 20, "more_than", None, N)]),
        ("Das Haus steht seit drei Jahrhunderten.", [("drei Jahrhunderten", 300, 300, "exact", None, N)]),
        ("Sie lebte dort mehr als ein halbes Jahrhundert.",
         [("ein halbes Jahrhundert", 50, 50, "more_than", None, N)]),
        ("Es dauerte 2 bis 3 Jahrzehnte.", [("2 bis 3 Jahrzehnte", 20, 30, "range", None, N)]),
        # a bare article makes no figure: a time, not a quantity
        ("Vor einem Jahrzehnt begann der Bau.", []),
        ("Ein Jahrhundert später war alles vergessen.", []),
        ("Im 20. Jahrhundert wuchs die Stadt.", []),
    ],
}
RULE_ROWS = [(rule, text, exp) for rule, rows in RULE_CASES.items() for text, exp in rows]


@pytest.mark.parametrize("rule,text,expected", RULE_ROWS, ids=[f"{r}: {t[:30]}" for r, t, _ in RULE_ROWS])
def test_dev_set_rules(rule: str, text: str, expected: list) -> None:
    test_figures(text, expected)
