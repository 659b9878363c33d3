"""German word order and case in attribution: which phrase around a speech verb is its
subject, with sentences written for these tests. Each row: text, figure, expected source
text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

# An object opening the sentence, the speaker after the verb: an article that marks only the
# nominative ("der" before a title) names the subject; a field that is itself a subject
# ("Der Verband", a bare name) keeps its role.
OBJECT_FIRST_TITLED = [
    ("Die positive Seite der Reform betont nun der Blogger Max Muster. In einem Beitrag "
     "schreibt er, dass 30 Prozent der Leser zahlen.", "30", "Blogger Max Muster"),
    ("Die gute Nachricht verkündete der Trainer Hans Albers: 12 Spieler sind wieder fit.",
     "12", "Trainer Hans Albers"),
    # a bare name in the field is the subject; the phrase after the verb is its object
    ("Berg nannte die Gruppe Blaue Hand gefährlich, sie habe 200 Mitglieder.", "200", "Berg"),
    # "der" before a masculine head in the field: nominative, the field is the subject
    ("Der Landesverband hat die Agentur Nova Media beauftragt und 40 Stellen bestätigt.",
     "40", "Landesverband"),
]


@pytest.mark.parametrize("text,figure,want", OBJECT_FIRST_TITLED)
def test_object_first_titled(text, figure, want):
    assert source_of(text, figure) == want


# A place as the subject of a verb of recording has what is counted; an authority reports it.
PLACE_RECORDS = [
    ("Die meisten Übernachtungen verzeichnete Tirol mit 12 Millionen.", "12", None),
    ("Kärnten zählte im Vorjahr 2.300 neue Einwohner.", "2.300", None),
    ("Die stärksten Rückgänge registrierten Salzburg (minus 3 Prozent) und Vorarlberg.", "3", None),
    ("Die Polizei verzeichnete am Wochenende 40 Einsätze.", "40", "Polizei"),
    ("Die Stadtverwaltung zählte 5.000 Besucher.", "5.000", "Stadtverwaltung"),
]


@pytest.mark.parametrize("text,figure,want", PLACE_RECORDS)
def test_place_records(text, figure, want):
    assert source_of(text, figure) == want


# An adverb before a prepositional phrase opens an adverbial field: the subject follows the verb.
ADVERB_BEFORE_PP = [
    ("Noch vor der Abstimmung im Gemeinderat haben die Stadträte Anna Berg und Karl Huber "
     "am Montag 14 neue Stellen verkündet.", "14", "Stadträte Anna Berg und Karl Huber"),
    ("Kurz nach dem Start meldete die Flugsicherung 3 Ausfälle.", "3", "Flugsicherung"),
    ("Unmittelbar nach dem Unglück bezifferte die Bahn den Schaden auf 2 Millionen Euro.",
     "2 Millionen", "Bahn"),
]


@pytest.mark.parametrize("text,figure,want", ADVERB_BEFORE_PP)
def test_adverb_before_pp(text, figure, want):
    assert source_of(text, figure) == want


# An impersonal subject ("man") speaks for the body the field names after a preposition.
IMPERSONAL_BODY = [
    ("Im Justizministerium rechnet man nun damit, dass der Fall in rund zwei Monaten "
     "entschieden wird.", "zwei", "Justizministerium"),
    ("In der Gewerkschaft schätzt man die Zahl der Streikenden auf 5.000.", "5.000",
     "Gewerkschaft"),
    ("Am Montag schätzt man die Zahl der Streikenden auf 5.000.", "5.000", None),
    ("Die Polizei rechnet damit, dass 3.000 Fans kommen.", "3.000", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", IMPERSONAL_BODY)
def test_impersonal_body(text, figure, want):
    assert source_of(text, figure) == want


# The passive auxiliary "wurde" ends like the reported-speech mood but is indicative: it does
# not continue the report of the sentence before.
PASSIVE_IS_INDICATIVE = [
    ("Die Polizei rechnet damit, dass 3.000 Fans kommen. Ermittelt wurde gegen 54 Personen.",
     "54", None),
    ("Die Polizei sagte, es gebe 3 Verletzte. Festgenommen worden sei 1 Mann.", "1", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", PASSIVE_IS_INDICATIVE)
def test_passive_is_indicative(text, figure, want):
    assert source_of(text, figure) == want


# A case-marked object opening the sentence, with an apposition or a relative clause before the
# verb, is no subject: the speaker follows the verb.
OBJECT_WITH_COMMAS = [
    ("Den erhofften Spareffekt, unter anderem durch kürzere Wege, bezifferte Bahnchef Karl "
     "Moser mit 22,5 Millionen Euro.", "22,5 Millionen", "Bahnchef Karl Moser"),
    ("Den Schaden, der durch den Sturm entstand, schätzt die Versicherung auf 3 Millionen Euro.",
     "3 Millionen", "Versicherung"),
    ("Der Vorsitzende des Vereins, Karl Moser, sagte, es gebe 300 Mitglieder.", "300",
     "Vorsitzende des Vereins, Karl Moser"),
]


@pytest.mark.parametrize("text,figure,want", OBJECT_WITH_COMMAS)
def test_object_with_commas(text, figure, want):
    assert source_of(text, figure) == want


# A verb form after a number or an article inside its clause and before a noun is an
# attributive participle, not a speech verb; a field of its own before it keeps the verb.
ATTRIBUTIVE_PARTICIPLE = [
    ("Der Verein warnt. Die Lage sei durch 353 dokumentierte Vorfälle von Zensur geprägt.",
     "353", "Verein"),
    ("Das gab Minister Karl Moser bekannt: 30 Kilometer werden gebaut.", "30",
     "Minister Karl Moser"),
    ("2009 will die Firma 180.000 Autos verkaufen.", "180.000", "Firma"),
    ("Bereits im Juli 2008 meldete die Agentur, dass 40 Werke schließen.", "40", "Agentur"),
]


@pytest.mark.parametrize("text,figure,want", ATTRIBUTIVE_PARTICIPLE)
def test_attributive_participle(text, figure, want):
    assert source_of(text, figure) == want


# A sentence opening with a conjunction that stands before the field and then the verb has
# no subject of its own: the one of the sentence before speaks.
ELIDED_SUBJECT = [
    ("Mit dem Verfahren glauben die Forscher, Freundschaften messen zu können. Und stellen "
     "eine Lücke fest: bei 50 Prozent der Paare sei die Freundschaft einseitig.", "50",
     "Forscher"),
    ("Der Minister kam. Und sagte der Minister, es gebe 3 Tote.", "3", "Minister"),
    ("Die Polizei kam. Und sie sagte, es gebe 3 Tote.", "3", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", ELIDED_SUBJECT)
def test_elided_subject(text, figure, want):
    assert source_of(text, figure) == want


# A conjunction before the field does not hide the mood of the verb after the subject.
CONJUNCTION_BEFORE_SUBJUNCTIVE = [
    ("Das sei ärgerlich, sagt der Blogger. Doch der Anteil der Nutzer übersetze sich in "
     "Einbußen von 40 Prozent.", "40", "Blogger"),
    ("Die Feuerwehr rückte aus. Doch die Lage blieb ruhig, 20 Häuser brannten.", "20", None),
]


@pytest.mark.parametrize("text,figure,want", CONJUNCTION_BEFORE_SUBJUNCTIVE)
def test_conjunction_before_subjunctive(text, figure, want):
    assert source_of(text, figure) == want


# An adverb opening the sentence ("Dabei", "Zudem") puts the finite verb second; its mood
# decides whether the report before continues. A question word does not ("Wie lange …").
ADVERB_THEN_VERB = [
    ("Nein, fügt Ali hinzu, wir werden nicht anerkannt. Dabei dauere der Krieg dort "
     "lediglich vier Jahre.", "vier", "Ali"),
    ("Der Trainer sprach von Pech, sagte der Sprecher. Wie lange der 27-jährige Spieler "
     "ausfällt, war offen.", "27", None),
]


@pytest.mark.parametrize("text,figure,want", ADVERB_THEN_VERB)
def test_adverb_then_verb(text, figure, want):
    assert source_of(text, figure) == want


# A surname the text gave before as part of a full name is a person: the subject, not an
# object-first field.
SURNAME_NAMED_BEFORE = [
    ("Beim Festakt sprach Bundestagspräsident Norbert Lammert. Lammert würdigte die Bundeswehr "
     "als Armee des Friedens, 250.000 Soldaten seien im Dienst.", "250.000", "Lammert"),
    # a field that names no one keeps the object-first reading
    ("Die Zahl der Toten bezifferte die Agentur auf 13.", "13", "Agentur"),
]


@pytest.mark.parametrize("text,figure,want", SURNAME_NAMED_BEFORE)
def test_surname_named_before(text, figure, want):
    assert source_of(text, figure) == want


# A condition's consequence in Konjunktiv II is no reported speech; Konjunktiv I still is.
CONDITIONALS = [
    ("Der Minister plant, die Maut auszuweiten. Sollte das Geld fehlen, dann stünden 2018 nur "
     "12 Milliarden Euro bereit.", "12 Milliarden", None),
    ("Der Minister sagte, es gebe Probleme. Wenn das Geld fehle, seien 12 Milliarden Euro "
     "verloren.", "12 Milliarden", "Minister"),
    ("Der Minister sagte, es gebe Probleme. Es wären 12 Milliarden Euro verloren.",
     "12 Milliarden", "Minister"),
]


@pytest.mark.parametrize("text,figure,want", CONDITIONALS)
def test_conditionals(text, figure, want):
    assert source_of(text, figure) == want
