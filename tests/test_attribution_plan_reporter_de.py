"""Who reports a plan: a prepositional cue naming who says so ("Laut Knoll will die Firma …")
reports the figure of the plan it frames; the planner only intends it. Without such a cue
the planner states its own plan."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Laut Knoll will die Tochter des Konzerns zwei Stellen finanzieren.", "zwei", "Knoll"),
    ("Nach Angaben der Gewerkschaft will der Betrieb 300 Arbeitsplätze streichen.", "300",
     "Gewerkschaft"),
    ("Die Stadt will 40 neue Wohnungen bauen.", "40", "Stadt"),
    # a body that meets speaks like any other ("Armutskonferenz", "Bischofskonferenz")
    ("Die Armutskonferenz warnt vor Kürzungen. Dort würden 12 Prozent Hilfe beziehen.", "12",
     "Armutskonferenz"),
])
def test_the_cue_naming_who_says_so_reports_the_plan(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text,figure,source", [
    # a relative pronoun that a preposition follows is the subject: the name before speaks
    ("Der Richter hörte Zeugen. Anwältin Berger, die für ihren Mandanten 8.000 Euro fordert, "
     "ist zuversichtlich.", "8.000", "Anwältin Berger"),
    # a verb after a mark is not the relative clause's
    ("Insgesamt wurden in dem Land, das seit Wochen ein Transitland ist, 9.100 Menschen "
     "gezählt.", "9.100", None),
])
def test_a_relative_clause_speaks_for_its_antecedent(text, figure, source):
    assert source_of(text, figure) == source
