"""Verbs of telling, objecting and reckoning name their subject as the source, in either word
order ("…, erzählt Caritas-Mitarbeiterin X", "bemängelt der Rechnungshof", "Die Arbeiterkammer
rechnet vor, dass …"); a subject that cannot speak ("Der Film erzählt …") names none."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Bis dato sind 18 Hektar wieder bebaut, erzählt Caritas-Mitarbeiterin Elisabeth Hartl.", "18",
     "Caritas-Mitarbeiterin Elisabeth Hartl"),
    ("Im Dorf leben noch 300 Familien, erzählte der Bürgermeister.", "300", "Bürgermeister"),
    ("Die Firma habe 40 Mitarbeiter, verrät Geschäftsführer Karl Huber.", "40",
     "Geschäftsführer Karl Huber"),
    ("Der Rechnungshof bemängelt, dass 12 Millionen Euro fehlen.", "12", "Rechnungshof"),
    ("Die Volksanwaltschaft moniert, dass 200 Anträge liegen blieben.", "200", "Volksanwaltschaft"),
    ("Der Ökonom prophezeit ein Wachstum von zwei Prozent.", "zwei", "Ökonom"),
    ("Der Konzern kalkuliert mit Kosten von 40 Millionen Euro.", "40", "Konzern"),
    ("Die Arbeiterkammer rechnet vor, dass eine Familie 300 Euro verliert.", "300", "Arbeiterkammer"),
    ("Die Studie fasst zusammen, dass 40 Prozent betroffen sind.", "40", "Studie"),
    ("Der Sprecher wiederholte, dass 50 Soldaten verletzt wurden.", "50", "Sprecher"),
    ("Die Ärztin bemerkte, dass 14 Patienten Fieber hatten.", "14", "Ärztin"),
    # no speaker: a work that tells a story, a story told to someone
    ("Der Film erzählt die Geschichte von 30 Bergleuten.", "30", None),
    ("Die Mutter erzählte ihren drei Kindern eine Geschichte.", "drei", None),
])
def test_a_verb_of_telling_names_its_subject(text, figure, source):
    assert source_of(text, figure) == source
