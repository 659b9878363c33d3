"""A printed interview: a figure in an answer is the interviewee's (the label before the
colon), one in the outlet's question is the outlet's own; a cue inside an answer still wins,
and a label without an outlet's turn in the document starts no interview."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    # the answer's label is the speaker, over several sentences of the answer
    ("Parteichef Huber im Gespräch. STANDARD: Wie viele Mitglieder hat die Partei? Huber: Wir haben inzwischen 4.000 Mitglieder. "
     "STANDARD: Und Wähler?", "4.000", "Huber"),
    ("Die Ökonomin Maria Berger erklärt die Lage. STANDARD: Wie hoch ist die Inflation? Berger: "
     "Das ist schwer zu sagen. Sie dürfte bei drei Prozent liegen. STANDARD: Und 2026?", "drei", "Berger"),
    ("Anna Maier leitet das Projekt. profil: Was kostet das Projekt? Anna Maier: Das weiß noch niemand. Wir rechnen grob mit "
     "15.000 Euro. profil: Und danach?", "15.000", "Anna Maier"),
    # a later answer after another question
    ("Frage: Wie lange dauert das? Huber: Ein Jahr. Frage: Und die Kosten? Huber: Sie liegen bei "
     "zwei Millionen Euro.", "zwei Millionen", "Huber"),
    # the outlet's question states its figure itself
    ("STANDARD: Sie haben 30 Prozent verloren. Was nun? Huber: Das ist bitter. STANDARD: Warum?",
     "30", None),
    # a cue inside the answer names its own source
    ("STANDARD: Wie viele Arbeitslose gibt es? Huber: Laut Arbeitsmarktservice sind es 400.000. STANDARD: Und?",
     "400.000", "Arbeitsmarktservice"),
    # one outlet label alone is a headline's, no interview
    ("SPIEGEL: Die Regierung plant Kürzungen. Haushalt: Es fehlen 40 Millionen Euro.", "40", None),
    # an explainer's questions and answers are the outlet's own
    ("Frage: Wie viele Anträge gab es? Antwort: Im Vorjahr waren es rund 88.000 Anträge.",
     "88.000", None),
    # a lead-in after an explainer's answer is no interviewee
    ("Frage: Spart die Stadt damit? Antwort: Kaum. Zum Vergleich: Für Zinsen zahlt sie fünf Millionen "
     "Euro. Frage: Und das Land?", "fünf", None),
    ("Frage: Spart die Stadt damit? Antwort: Kaum. Fazit: Für Zinsen zahlt sie fünf Millionen "
     "Euro. Frage: Und das Land?", "fünf", None),
    # no outlet label: a place before a colon starts no interview
    ("Wien: Am Samstag demonstrierten 4.000 Menschen gegen die Reform.", "4.000", None),
    # the outlet's turn comes first: a name before it is no answer
    ("Huber: Ein Rückblick. Im Jahr 2010 kamen 300 Gäste.", "300", None),
])
def test_an_interview_answer_is_the_interviewees(text, figure, source):
    assert source_of(text, figure) == source
