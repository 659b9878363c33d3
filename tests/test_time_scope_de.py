"""When a figure holds whose sentence names no time: the paragraph's last point in time, else
the publication date."""

from __future__ import annotations

import claimledger

PUB = "2025-08-04"


def _times(text: str) -> dict[str, tuple[str, str]]:
    return {c.text: (str(c.time.start), str(c.time.end)) for c in claimledger.extract(text, published=PUB)}


def test_a_day_named_earlier_in_the_paragraph_holds_for_later_figures():
    text = ("Bei dem Unfall am Sonntag wurden zwölf Menschen verletzt. Der Bus war voll besetzt. "
            "Nach Angaben der Polizei starben drei Menschen.")
    assert _times(text)["drei"] == ("2025-08-03", "2025-08-03")


def test_a_new_paragraph_starts_without_the_day_of_the_last_one():
    text = ("Bei dem Unfall am Sonntag wurden zwölf Menschen verletzt.\n\n"
            "Die Polizei meldete inzwischen drei Tote.")
    assert _times(text)["drei"] == (PUB, PUB)


def test_a_figure_with_its_own_time_keeps_it():
    text = "Am Sonntag wurden zwölf Menschen verletzt. Im Jahr 2020 waren es 40 Verletzte."
    assert _times(text)["40"] == ("2020-01-01", "2020-12-31")


def test_a_comparisons_base_is_not_the_figures_time():
    text = "Im Krankenhaus wurden 31 Läufer behandelt, deutlich mehr als im Vorjahr."
    assert _times(text)["31"] == (PUB, PUB)
    text = "Gegenüber dem Vorjahr stieg die Zahl der Mitglieder auf 4.800."
    assert _times(text)["4.800"] == (PUB, PUB)


def test_a_comma_before_als_makes_it_a_time_not_a_comparison():
    text = "Die Polizei nahm fünf Personen fest, als am Sonntag Demonstranten die Straße blockierten."
    assert _times(text)["fünf"] == ("2025-08-03", "2025-08-03")


def test_a_time_after_a_second_figure_in_another_clause_is_that_figures():
    text = "Der Umsatz stieg auf 30 Millionen Euro, nach 25 Millionen Euro im Vorjahr."
    assert _times(text)["30 Millionen"] == (PUB, PUB)
    assert _times(text)["25 Millionen"] == ("2024-01-01", "2024-12-31")
    text = "Es gab vier Tote und elf Verletzte am Sonntag."
    assert _times(text)["vier"] == ("2025-08-03", "2025-08-03")


def test_a_year_of_an_event_named_before_holds_for_the_paragraph():
    text = ("Der Kämmerer legte am Montag den Haushalt 2026 vor. Er sieht Ausgaben von 1,2 Milliarden "
            "Euro vor.")
    assert _times(text)["1,2 Milliarden"] == ("2026-01-01", "2026-12-31")


def test_a_comparisons_base_sets_no_scene_for_the_next_sentence():
    text = ("Am Sonntag mussten 30 Läufer behandelt werden, mehr als im Vorjahr. "
            "Wie viele Zuschauer versorgt wurden, gab die Feuerwehr mit 12 an.")
    assert _times(text)["12"] == ("2025-08-03", "2025-08-03")


def test_the_same_period_is_the_period_of_the_figure_before():
    text = ("Im ersten Halbjahr 2025 zählte die Behörde 4.100 Anträge. "
            "Der Verband kommt für denselben Zeitraum auf 4.600 Anträge.\n\n"
            "Im gleichen Zeitraum wurden 700 Anträge abgelehnt.")
    assert _times(text)["4.600"] == ("2025-01-01", "2025-06-30")
    assert _times(text)["700"] == ("2025-01-01", "2025-06-30")


def test_without_a_period_before_the_same_period_changes_nothing():
    assert _times("Im selben Zeitraum stieg die Zahl auf 300 Fälle.")["300"] == (PUB, PUB)


def test_a_bare_year_before_a_lower_case_word_is_the_figures_time():
    text = "Für Straßen sind 2026 laut Plan 40 Millionen Euro vorgesehen, 2027 weitere 50 Millionen Euro."
    t = _times(text)
    assert t["40 Millionen"] == ("2026-01-01", "2026-12-31")
    assert t["50 Millionen"] == ("2027-01-01", "2027-12-31")


def test_a_number_after_um_or_rund_is_no_bare_year():
    text = "Die Zahl der Fälle stieg um 2000 auf 6000 Fälle."
    assert _times(text)["6000"] == (PUB, PUB)


def test_in_both_years_spans_the_years_named_before():
    text = ("Die Gemeinde plant für 2025 und 2026 einen Doppelhaushalt. "
            "In beiden Jahren sollen 12 Millionen Euro in Schulen fließen.")
    assert _times(text)["12 Millionen"] == ("2025-01-01", "2026-12-31")


def test_in_both_years_after_one_named_year_covers_it_and_the_next():
    text = ("Das Defizit im kommenden Jahr liege bei 30 Millionen Euro. "
            "Insgesamt sollen in beiden Jahren 90 Millionen Euro investiert werden.")
    assert _times(text)["90 Millionen"] == ("2026-01-01", "2027-12-31")


def test_money_without_a_time_of_its_own_holds_for_the_budget_year_named():
    text = ("Der Landtag hat den Haushalt für 2026 beschlossen.\n\n"
            "Der Etat umfasst nun 2,4 Milliarden Euro. Derzeit arbeiten 300 Beamte im Ministerium.")
    t = _times(text)
    assert t["2,4 Milliarden"] == ("2026-01-01", "2026-12-31")
    assert t["300"] == (PUB, PUB)  # a count of people now is no money of the budget
