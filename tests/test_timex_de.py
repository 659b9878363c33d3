"""German time expressions: table-driven cases, year-boundary inference, robustness, speed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.timex import TimeExpr, find_times, statement_interval
from claimledger.lang import load_pack

PACK = load_pack("de")
D = date.fromisoformat
P1 = D("2025-04-28")  # a Monday
P2 = D("2025-08-22")  # a Friday
P3 = D("2025-02-01")  # a Saturday

# (sentence, publication date, expected expression text, first, last[, kind])
CASES = [
    # absolute dates
    ("Die Zahl wurde am 28. April 2025 veröffentlicht.", P1, "am 28. April 2025", "2025-04-28", "2025-04-28", "absolute"),
    ("Das Treffen fand am 3. Oktober statt.", P1, "am 3. Oktober", "2024-10-03", "2024-10-03"),
    ("Das Treffen fand am 3. Oktober statt.", D("2025-10-05"), "am 3. Oktober", "2025-10-03", "2025-10-03"),
    ("Die Meldung stammt vom 3.10.2024.", P1, "vom 3.10.2024", "2024-10-03", "2024-10-03", "absolute"),
    ("Datum: 2024-10-03, Quelle: Ministerium", P1, "2024-10-03", "2024-10-03", "2024-10-03", "absolute"),
    ("Im Oktober 2024 wurden die Truppen verlegt.", P1, "Im Oktober 2024", "2024-10-01", "2024-10-31", "absolute"),
    ("Im Jahr 2024 starben 300 Menschen.", P1, "Im Jahr 2024", "2024-01-01", "2024-12-31", "absolute"),
    ("Die Firma wächst seit 2014 kräftig.", P1, "seit 2014", "2014-01-01", "2025-04-28", "since"),
    ("Bis 2030 sollen es 5000 sein.", P1, "Bis 2030", "2025-04-28", "2030-12-31", "future"),
    # an end point just passed is the past one, a far one the next ("bis Mitte März" in late April)
    ("Bis Mitte März kamen 900 Menschen.", P1, "Bis Mitte März", "2025-01-01", "2025-03-20", "until"),
    ("Die Frist läuft bis Ende Jänner.", P1, "bis Ende Jänner", "2025-04-28", "2026-01-31", "future"),
    ("Ende 2024 lag die Quote bei 5 Prozent.", P1, "Ende 2024", "2024-10-01", "2024-12-31", "absolute"),
    ("In der Saison 2024/25 spielten 18 Teams.", P1, "In der Saison 2024/25", "2024-01-01", "2025-12-31", "absolute"),
    # a year after the noun of an event or a period is that event's year
    ("Bei der Landtagswahl 2018 lag die Beteiligung bei 72 Prozent.", P1, "der Landtagswahl 2018", "2018-01-01", "2018-12-31", "absolute"),
    ("Der Etat 2027 sieht 40 Millionen vor.", P1, "Der Etat 2027", "2027-01-01", "2027-12-31", "absolute"),
    ("Im Geschäftsjahr 2023 verdiente sie 5 Millionen.", P1, "Im Geschäftsjahr 2023", "2023-01-01", "2023-12-31", "absolute"),
    ("Am Montag, 3. März 2025 begann die Sitzung.", P1, "Am Montag, 3. März 2025", "2025-03-03", "2025-03-03"),
    ("Vom 3. bis 5. Oktober 2024 tagte der Rat.", P1, "Vom 3. bis 5. Oktober 2024", "2024-10-03", "2024-10-05"),
    ("Von 2010 bis 2020 stieg die Zahl.", P1, "Von 2010 bis 2020", "2010-01-01", "2020-12-31"),
    ("In den 1990er Jahren war das anders.", P1, "In den 1990er Jahren", "1990-01-01", "1999-12-31"),
    # months without a year
    ("Im April kamen 200 Flüchtlinge an.", P1, "Im April", "2025-04-01", "2025-04-30"),
    ("Im April kamen 200 Flüchtlinge an.", P2, "Im April", "2025-04-01", "2025-04-30"),
    ("Im April kamen 200 Flüchtlinge an.", P3, "Im April", "2024-04-01", "2024-04-30"),
    ("Im Jänner sank der Absatz.", P1, "Im Jänner", "2025-01-01", "2025-01-31"),
    ("im März dieses Jahres", P2, "im März dieses Jahres", "2025-03-01", "2025-03-31"),
    ("im Oktober letzten Jahres", P2, "im Oktober letzten Jahres", "2024-10-01", "2024-10-31"),
    # seasons
    ("Im Herbst wurden 11.000 Soldaten entsandt.", P1, "Im Herbst", "2024-09-01", "2024-11-30"),
    ("Im vergangenen Herbst wurden sie entsandt.", P2, "Im vergangenen Herbst", "2024-09-01", "2024-11-30"),
    ("Im letzten Sommer gab es 40 Hitzetage.", P1, "Im letzten Sommer", "2024-06-01", "2024-08-31"),
    ("Im Herbst 2024 kamen sie an.", P1, "Im Herbst 2024", "2024-09-01", "2024-11-30", "absolute"),
    ("Diesen Winter fielen 2 Meter Schnee.", P3, "Diesen Winter", "2024-12-01", "2025-02-28"),
    ("Im kommenden Frühjahr sollen 500 folgen.", P1, "Im kommenden Frühjahr", "2026-03-01", "2026-05-31", "future"),
    ("Im Winter 2024/25 froren viele.", P1, "Im Winter 2024/25", "2024-12-01", "2025-02-28"),
    # parts of periods
    ("Anfang 2025 waren es 3000.", P1, "Anfang 2025", "2025-01-01", "2025-03-31", "absolute"),
    ("Anfang dieses Jahres waren es 3000.", P2, "Anfang dieses Jahres", "2025-01-01", "2025-03-31"),
    ("Anfang des Jahres waren es 3000.", P2, "Anfang des Jahres", "2025-01-01", "2025-03-31"),
    ("Ende des Sommers zogen sie ab.", P1, "Ende des Sommers", "2024-08-01", "2024-08-31"),
    ("Mitte Oktober wurden 500 getötet.", P1, "Mitte Oktober", "2024-10-11", "2024-10-20"),
    ("Ende letzten Jahres waren es 100.", P1, "Ende letzten Jahres", "2024-10-01", "2024-12-31"),
    ("Ende vergangenen Jahres waren es 100.", P1, "Ende vergangenen Jahres", "2024-10-01", "2024-12-31"),
    ("Anfang des Monats stieg der Preis.", P1, "Anfang des Monats", "2025-04-01", "2025-04-10"),
    ("In der ersten Jahreshälfte sank der Umsatz.", P2, "In der ersten Jahreshälfte", "2025-01-01", "2025-06-30"),
    ("Im ersten Quartal 2025 sank der Umsatz.", P2, "Im ersten Quartal 2025", "2025-01-01", "2025-03-31", "absolute"),
    ("Im Laufe des Jahres kamen 40 dazu.", P2, "Im Laufe des Jahres", "2025-01-01", "2025-12-31"),
    ("Zu Beginn des Jahres waren es 10.", P2, "Zu Beginn des Jahres", "2025-01-01", "2025-03-31"),
    ("Der Umsatz lag im Q1 2025 bei 3 Mio.", P2, "im Q1 2025", "2025-01-01", "2025-03-31"),
    # relative
    ("Die Zahl dieses Jahres ist hoch.", P1, "dieses Jahres", "2025-01-01", "2025-12-31"),
    ("Im März diesen Jahres gab es 5 Tote.", P1, "Im März diesen Jahres", "2025-03-01", "2025-03-31"),
    ("Im vergangenen Jahr waren es 12.", P1, "Im vergangenen Jahr", "2024-01-01", "2024-12-31"),
    ("Letztes Jahr waren es 12.", P1, "Letztes Jahr", "2024-01-01", "2024-12-31"),
    ("Vor einem Jahr waren es 12.", P1, "Vor einem Jahr", "2024-04-01", "2024-04-30"),
    ("Vergangene Woche starben 7.", P1, "Vergangene Woche", "2025-04-21", "2025-04-27"),
    ("Letzte Woche starben 7.", P1, "Letzte Woche", "2025-04-21", "2025-04-27"),
    ("In der vergangenen Woche starben 7.", P2, "In der vergangenen Woche", "2025-08-11", "2025-08-17"),
    ("Diese Woche starben 7.", P2, "Diese Woche", "2025-08-18", "2025-08-24"),
    ("Vergangenen Monat starben 7.", P1, "Vergangenen Monat", "2025-03-01", "2025-03-31"),
    ("Im vergangenen Monat starben 7.", P3, "Im vergangenen Monat", "2025-01-01", "2025-01-31"),
    ("Gestern starben 7 Menschen.", P1, "Gestern", "2025-04-27", "2025-04-27"),
    ("Vorgestern starben 7 Menschen.", P1, "Vorgestern", "2025-04-26", "2025-04-26"),
    ("Heute starben 7 Menschen.", P1, "Heute", "2025-04-28", "2025-04-28"),
    ("Am Montag starben 7 Menschen.", P1, "Am Montag", "2025-04-28", "2025-04-28"),
    ("Am Montag starben 7 Menschen.", P2, "Am Montag", "2025-08-18", "2025-08-18"),
    ("Am vergangenen Montag starben 7.", P1, "Am vergangenen Montag", "2025-04-21", "2025-04-21"),
    ("Er sagte Montag, es seien 7.", P2, "Montag", "2025-08-18", "2025-08-18"),
    ("Am Dienstagabend starben 7.", P2, "Am Dienstagabend", "2025-08-19", "2025-08-19"),
    ("Am Wochenende starben 7.", P2, "Am Wochenende", "2025-08-16", "2025-08-17"),
    ("Vor zwei Wochen starben 7.", P1, "Vor zwei Wochen", "2025-04-14", "2025-04-20"),
    ("Vor drei Monaten starben 7.", P1, "Vor drei Monaten", "2025-01-01", "2025-01-31"),
    ("In den vergangenen zwei Wochen starben 7.", P1, "In den vergangenen zwei Wochen", "2025-04-15", "2025-04-28"),
    ("Im Vorjahr waren es 9.", P1, "Im Vorjahr", "2024-01-01", "2024-12-31"),
    ("Heuer waren es 9.", P1, "Heuer", "2025-01-01", "2025-12-31"),
    # since
    ("Seit Oktober 2024 kamen 900 an.", P1, "Seit Oktober 2024", "2024-10-01", "2025-04-28", "since"),
    ("Seit Oktober kamen 900 an.", P1, "Seit Oktober", "2024-10-01", "2025-04-28", "since"),
    ("Seit Jahresbeginn kamen 900 an.", P1, "Seit Jahresbeginn", "2025-01-01", "2025-04-28", "since"),
    ("Seit Anfang des Jahres kamen 900 an.", P1, "Seit Anfang des Jahres", "2025-01-01", "2025-04-28", "since"),
    ("Seit Februar 2022 flohen 6 Millionen.", P1, "Seit Februar 2022", "2022-02-01", "2025-04-28", "since"),
    ("Seit zwei Jahren sinkt die Zahl.", P1, "Seit zwei Jahren", "2023-04-28", "2025-04-28", "since"),
    # now
    ("Derzeit sind 500 im Einsatz.", P1, "Derzeit", "2025-04-28", "2025-04-28", "now"),
    ("Es sind aktuell 500 im Einsatz.", P1, "aktuell", "2025-04-28", "2025-04-28", "now"),
    ("Bisher wurden 500 gezählt.", P1, "Bisher", "2025-04-28", "2025-04-28", "now"),
    ("Bislang wurden 500 gezählt.", P1, "Bislang", "2025-04-28", "2025-04-28", "now"),
    ("Mittlerweile sind es 500.", P1, "Mittlerweile", "2025-04-28", "2025-04-28", "now"),
    ("Bis heute sind es 500.", P1, "Bis heute", "2025-04-28", "2025-04-28", "now"),
    # future
    ("In den kommenden Monaten sollen 500 folgen.", P1, "In den kommenden Monaten", "2025-04-28", "2025-10-28", "future"),
    ("In den nächsten Wochen sollen 500 folgen.", P1, "In den nächsten Wochen", "2025-04-28", "2025-05-26", "future"),
    ("Bis Ende des Jahres sollen 500 folgen.", P1, "Bis Ende des Jahres", "2025-04-28", "2025-12-31", "future"),
    ("Bis Ende 2025 sollen 500 folgen.", P1, "Bis Ende 2025", "2025-04-28", "2025-12-31", "future"),
    ("Bis zum Sommer sollen 500 folgen.", P1, "Bis zum Sommer", "2025-04-28", "2025-08-31", "future"),
    ("Nächstes Jahr sollen 500 folgen.", P1, "Nächstes Jahr", "2026-01-01", "2026-12-31", "future"),
    ("Im kommenden Jahr sollen 500 folgen.", P1, "Im kommenden Jahr", "2026-01-01", "2026-12-31", "future"),
    ("In zwei Wochen sollen 500 folgen.", P1, "In zwei Wochen", "2025-04-28", "2025-05-12", "future"),
    # past "until"
    ("Bis Ende 2024 wurden 500 gezählt.", P1, "Bis Ende 2024", "2024-01-01", "2024-12-31", "until"),
]

NEGATIVES = [
    "Auf dem Maisfeld standen 20 Traktoren.",
    "Der Aprilscherz kam bei 300 Lesern schlecht an.",
    "Karl Mai sagte, es seien 40.",
    "Bis 2000 Menschen passen in die Halle.",
    "Sie wurde zur Person des Jahres gewählt.",
    "Die Zahl stieg um 2000 auf 5000.",
    "Von 2000 auf 3000 Euro stieg der Preis.",
    "Am Morgen kamen 30 Gäste.",
    "Er lebt in der Stadt Mai.",
    "Es kamen 1.200.000 Besucher, 3.000 mehr als 2.500.",
    "Der Herbst ist schön.",
    "Seit Beginn des Krieges starben Tausende.",
    "Das Buch hat 2024 Seiten.",
]


def _ids(c: tuple) -> str:
    return f"{c[0][:40]}@{c[1]}"


@pytest.mark.parametrize("case", CASES, ids=[_ids(c) for c in CASES])
def test_resolves(case: tuple) -> None:
    sentence, pub, text, first, last, *kind = case
    found = find_times(sentence, PACK, pub)
    got = [(t.text, t.first, t.last) for t in found]
    assert (text, D(first), D(last)) in got, got
    if kind:
        assert next(t.kind for t in found if t.text == text) == kind[0]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence: str) -> None:
    assert find_times(sentence, PACK, P1) == []


def test_at_least_sixty_cases() -> None:
    assert len(CASES) + len(NEGATIVES) >= 60


@pytest.mark.parametrize("pub,expected_year", [
    (D("2025-01-05"), 2024),  # December has not come yet this year
    (D("2024-12-31"), 2024),
    (D("2024-12-01"), 2024),
    (D("2024-11-30"), 2023),
])
def test_month_year_boundary(pub: date, expected_year: int) -> None:
    (t,) = find_times("Im Dezember kamen 40 an.", PACK, pub)
    assert (t.first, t.last) == (date(expected_year, 12, 1), date(expected_year, 12, 31))


@pytest.mark.parametrize("pub,first,last", [
    (D("2025-01-10"), "2024-12-01", "2025-02-28"),  # this winter spans the year boundary
    (D("2025-03-10"), "2024-12-01", "2025-02-28"),  # just ended: still the nearest
    (D("2024-11-10"), "2024-12-01", "2025-02-28"),  # about to begin
])
def test_season_this_winter(pub: date, first: str, last: str) -> None:
    (t,) = find_times("Diesen Winter fiel viel Schnee.", PACK, pub)
    assert (t.first, t.last) == (D(first), D(last))


def test_past_winter_and_january() -> None:
    (t,) = find_times("Im vergangenen Winter fiel Schnee.", PACK, D("2025-03-15"))
    assert (t.first, t.last) == (D("2024-12-01"), D("2025-02-28"))
    (t,) = find_times("Im Januar fiel Schnee.", PACK, D("2025-01-02"))
    assert t.first == D("2025-01-01")


def test_longest_match_and_offsets() -> None:
    s = "Laut Geheimdienst entsandte Nordkorea im vergangenen Herbst rund 11.000 Soldaten."
    (t,) = find_times(s, PACK, P1)
    assert t.text == "im vergangenen Herbst" and s[t.start:t.end] == t.text


def test_window_offsets_are_absolute() -> None:
    s = "Vorspann. Seit Oktober 2024 kamen 900 an. Gestern kamen 5."
    found = find_times(s, PACK, P1, start=10, end=41)
    assert [t.text for t in found] == ["Seit Oktober 2024"]
    assert found[0].start == s.index("Seit")


def test_sorted_non_overlapping() -> None:
    s = "Derzeit, also seit Anfang des Jahres und bis Ende 2025, im Herbst 2024 und gestern."
    found = find_times(s, PACK, P1)
    assert [t.text for t in found] == ["Derzeit", "seit Anfang des Jahres", "bis Ende 2025",
                                       "im Herbst 2024", "gestern"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_without_publication_date() -> None:
    s = "Im Oktober 2024 und im vergangenen Jahr und derzeit und seit 2014."
    found = find_times(s, PACK, None)
    assert [t.text for t in found] == ["Im Oktober 2024"]


def test_statement_interval() -> None:
    assert statement_interval(P1) == (P1, P1)
    assert statement_interval(None) is None


def test_is_frozen_dataclass() -> None:
    t = find_times("heute", PACK, P1)[0]
    assert isinstance(t, TimeExpr)
    with pytest.raises(AttributeError):
        t.start = 3  # type: ignore[misc]


_ALPHABET = st.sampled_from(list("0123456789 .,/-–ab") + [
    "Mai", "April", "Herbst", "Winter", "seit ", "bis ", "Ende ", "Anfang ", "im ", "am ",
    "vergangenen ", "kommenden ", "Jahres", "Jahr ", "Woche", "vor ", "zwei ", "2024", "2025/26",
    "31.", "29.02.", "Q4 ", "heute", "derzeit", "Montag", "Quartal ", "ersten ", "des ", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join) | st.text(max_size=200),
       st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))),
       st.integers(0, 50), st.integers(0, 250))
def test_never_raises(text: str, pub: date | None, a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    for start, end in ((0, None), (lo, hi)):
        found = find_times(text, PACK, pub, start, end)
        stop = len(text) if end is None else min(end, len(text))
        prev_end = start
        for t in found:
            assert t.first <= t.last
            assert start <= t.start < t.end <= stop
            assert t.start >= prev_end
            assert text[t.start:t.end] == t.text
            assert t.kind in ("absolute", "relative", "since", "now", "future", "until")
            prev_end = t.end



def test_a_year_after_fuer_is_the_time_of_a_budget_figure() -> None:
    import claimledger

    (c,) = claimledger.extract("Der Entwurf für 2026 sieht Ausgaben von 1,24 Milliarden Euro vor.",
                               published="2025-10-08")
    assert (c.time.start.isoformat(), c.time.end.isoformat()) == ("2026-01-01", "2026-12-31")
    (c,) = claimledger.extract("Die Stadt zahlt für 2000 Menschen die Miete.", published="2025-10-08")
    assert c.value.low == 2000  # a count, not a year
