"""Prepositional cues and report nouns, with sentences written for these tests. Each row:
text, figure, expected source text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

# "nach X" is a cue when a report noun heads X before any attachment; a noun of time or
# action ("Nach Einleitung der Ermittlungen") is no report even when its attachment is one.
NACH_HEAD = [
    ("Nach Einleitung der Ermittlungen soll der Mann 12 Festplatten gelöscht haben.", "12", None),
    ("Nach Abschluss der Untersuchung wurden 30 Proben vernichtet.", "30", None),
    ("Nach Angaben der Bergwacht wurden 4 Wanderer gerettet.", "4", "Bergwacht"),
    ("Nach Müllers Einschätzung fehlen 200 Lehrer.", "200", "Müllers"),
    ("Nach einer Studie der Universität Graz schlafen 40 Prozent der Schüler zu wenig.", "40",
     "Universität Graz"),
    ("Nach ukrainischen und polnischen Geheimdienstinformationen sind 900 Söldner im Land.",
     "900", "ukrainischen und polnischen Geheimdienstinformationen"),
]


@pytest.mark.parametrize("text,figure,want", NACH_HEAD)
def test_nach_head(text, figure, want):
    assert source_of(text, figure) == want


# A next sentence opening with a demonstrative confirms the figures before only through a cue
# that governs its opening, not through one of a later clause.
DEMONSTRATIVE_CONFIRMS = [
    ("Die Firma betreibt 12 Filialen. Diese Filialen, die seit 2010 offen sind, machen "
     "Verluste, und der Schaden beläuft sich laut Prüfern auf 3 Millionen Euro.", "12", None),
    ("Die Firma betreibt 12 Filialen. Diese Filialen, die seit 2010 offen sind, machen "
     "Verluste, und der Schaden beläuft sich laut Prüfern auf 3 Millionen Euro.", "3 Millionen",
     "Prüfern"),
    ("Bei dem Brand wurden 40 Häuser zerstört. Das bestätigte die Feuerwehr am Abend.", "40",
     "Feuerwehr"),
]


@pytest.mark.parametrize("text,figure,want", DEMONSTRATIVE_CONFIRMS)
def test_demonstrative_confirms(text, figure, want):
    assert source_of(text, figure) == want


# A time adverbial between the verb and its subject ("sagte am Montag ein Sprecher").
TIME_BEFORE_SUBJECT = [
    ("Es gebe 40 Verletzte, sagte am Montag ein Sprecher der Polizei.", "40",
     "Sprecher der Polizei"),
    ("Bei dem Brand wurden 40 Häuser zerstört. Diese Zahl nannte am Abend ein Sprecher der "
     "Feuerwehr.", "40", "Sprecher der Feuerwehr"),
    ("Es gebe 40 Verletzte, sagte am 3. März ein Sprecher.", "40", "Sprecher"),
    ("Am Montag meldete am späten Abend die Polizei 40 Verletzte.", "40", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", TIME_BEFORE_SUBJECT)
def test_time_before_subject(text, figure, want):
    assert source_of(text, figure) == want


# Verbs of judging and calculating as speech verbs.
JUDGING_AND_CALCULATING = [
    ("Die Erben zogen vor Gericht. Jetzt hat das Landesgericht Graz geurteilt: Die Gemeinde "
     "habe 3,5 Millionen Euro zu bezahlen.", "3,5 Millionen", "Landesgericht Graz"),
    ("Für Salzburg hat die Airline ausgerechnet, dass pro Fluggast etwa 90 Euro ausgegeben "
     "werden.", "90", "Airline"),
    ("Der Kämmerer rechnete vor, dass 3 Millionen Euro fehlen.", "3 Millionen", "Kämmerer"),
    ("Ausgerechnet die Feuerwache hat 40 Anzeigen erhalten.", "40", None),
]


@pytest.mark.parametrize("text,figure,want", JUDGING_AND_CALCULATING)
def test_judging_and_calculating(text, figure, want):
    assert source_of(text, figure) == want


# An inquiry's answer is the one asked ("Nachfrage beim X"); the inquirer's attachment is not.
INQUIRIES = [
    ("Laut einer Nachfrage beim Gesundheitsamt wären nur zwei Schulen betroffen.", "zwei",
     "Gesundheitsamt"),
    ("Laut einer Anfrage bei der Stadtverwaltung fehlen 300 Lehrer.", "300", "Stadtverwaltung"),
]


@pytest.mark.parametrize("text,figure,want", INQUIRIES)
def test_inquiries(text, figure, want):
    assert source_of(text, figure) == want


# A role noun with a definite article names the person the text introduced with that title.
TITLED_ANTECEDENT = [
    ("Der künftige Bürgermeister Andreas Rabl ließ aufhorchen. Laut einer Nachfrage beim "
     "Bürgermeister wären nur zwei Leistungen betroffen.", "zwei", "Bürgermeister Andreas Rabl"),
    ("Sprecher Max Huber war vor Ort. Der Sprecher sagte, es gebe 3 Tote.", "3",
     "Sprecher Max Huber"),
    # an indefinite article introduces someone new
    ("Polizeisprecher Max Huber war vor Ort. Ein Sprecher sagte, es gebe 3 Tote.", "3",
     "Sprecher"),
]


@pytest.mark.parametrize("text,figure,want", TITLED_ANTECEDENT)
def test_titled_antecedent(text, figure, want):
    assert source_of(text, figure) == want


# The headline form "Speaker: claim" gives what follows the colon to a speaking noun.
COLON_LEAD = [
    ("Zeitung: Sechs Millionen Haushalte betroffen. Der Skandal weitet sich aus.",
     "Sechs Millionen", "Zeitung"),
    ("Experten: 40 Prozent mehr Fälle.", "40", "Experten"),
    ("Feuerwehr: 12 Einsätze in der Nacht.", "12", "Feuerwehr"),
    # a report noun or a place before the colon is no speaker
    ("Weiteres Ergebnis: 30 Prozent sind zufrieden.", "30", None),
    ("Graz: 3 Tote bei Unfall.", "3", None),
]


@pytest.mark.parametrize("text,figure,want", COLON_LEAD)
def test_colon_lead(text, figure, want):
    assert source_of(text, figure) == want


# Verbs that estimate, correct or state a figure.
ESTIMATE_VERBS = [
    ("Die Versicherung taxiert den Schaden auf 3 Millionen Euro.", "3 Millionen", "Versicherung"),
    ("Die Polizei korrigierte die Zahl der Toten auf 40.", "40", "Polizei"),
    ("Der Minister stellte klar, dass 200 Stellen wegfallen.", "200", "Minister"),
    ("Die Stadt hat die Kosten mit 12 Millionen Euro veranschlagt.", "12 Millionen", "Stadt"),
    ("Die Direktorin hob hervor, dass 90 Prozent bestanden haben.", "90", "Direktorin"),
]


@pytest.mark.parametrize("text,figure,want", ESTIMATE_VERBS)
def test_estimate_verbs(text, figure, want):
    assert source_of(text, figure) == want


# A rule or decision that states a figure ("legte fest, dass …").
DECISIONS = [
    ("Das Ministerium legte fest, dass bis August 30 Wale gejagt werden dürfen.", "30",
     "Ministerium"),
    ("Die Behörde hat festgelegt, dass 12 Lizenzen vergeben werden.", "12", "Behörde"),
]


@pytest.mark.parametrize("text,figure,want", DECISIONS)
def test_decisions(text, figure, want):
    assert source_of(text, figure) == want


# A dateline ("Berlin –") stands before the first clause: a prepositional cue opening the
# sentence after it governs the sentence, what a colon introduces too; a closing reporting
# clause of the same sentence still wins over it.
DATELINES = [
    ("Berlin – Nach Angaben der Polizei gab es einen schweren Unfall: Drei Menschen wurden "
     "verletzt.", "Drei", "Polizei"),
    ("Los Angeles – Laut Feuerwehr brannte ein Haus: 40 Menschen mussten fliehen.", "40",
     "Feuerwehr"),
    ("London – Die Sängerin hat sich laut einem Medienbericht einen Vertrag gesichert: Sie "
     "habe 90 Millionen Pfund erhalten, berichtete die Zeitung The Guardian.", "90",
     "Zeitung The Guardian"),
    # no cue: the outlet's own
    ("Berlin – Am Abend gab es einen Unfall: Drei Menschen wurden verletzt.", "Drei", None),
]


@pytest.mark.parametrize("text,figure,want", DATELINES)
def test_datelines(text, figure, want):
    assert source_of(text, figure) == want


# A figure in brackets after a later name of a list that a cue's source opens gives that
# name's value: the list reports nothing ("meldeten Deutschland (7,2 Prozent), Österreich und
# Dänemark (je 10,1 Prozent)"); another cue of the sentence still reports it.
LIST_GLOSSES = [
    ("Die niedrigsten Quoten meldeten im April Deutschland (7,2 Prozent), Österreich und "
     "Dänemark (je 10,1 Prozent).", "10,1", None),
    ("Die meisten Medaillen holten Norwegen (16), Kanada und die Schweiz (je elf).", "elf", None),
    ("Laut Eurostat meldeten Deutschland (7,2 Prozent), Österreich und Dänemark (je 10,1 "
     "Prozent) die niedrigsten Quoten.", "10,1", "Eurostat"),
    # a bracket that is no list item's: the speaker still reports it
    ("Die Polizei meldete am Abend zwei Tote (darunter 12 Kinder).", "12", "Polizei"),
    ("Die Polizei meldete, dass zwei Menschen starben (ein 12-Jähriger und seine Mutter).",
     "12", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", LIST_GLOSSES)
def test_list_glosses(text, figure, want):
    assert source_of(text, figure) == want
