"""Reported speech carried on to the right speaker: a pronoun's antecedent may be a name
opening its sentence; an indicative sentence about a person hands reported speech after it
to that person. Sentences written for these tests; each row: text, figure, expected source
text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

OPENING_NAME = [
    # a name opening its sentence, with an age or a party after it, is the pronoun's antecedent
    ("Laut dem Hilfswerk Caritas leben 300 Familien im Lager. Maria Okello (34) aus Gulu ist "
     "eine von ihnen. Ihr Mann sei getötet worden, sagt sie. Sie selbst sei dreimal geflohen.",
     "dreimal", "Maria Okello"),
    ("Nach Angaben des Innenministeriums kamen 500 Menschen an. Peter Brandl (ÖVP) aus Linz "
     "kennt das Lager. Es sei voll, sagt er. Er habe 40 Zelte gezählt.", "40", "Peter Brandl"),
    # a role noun opening the sentence is no first name: the name follows it
    ("Die Sprecherin der Firma, Anna Weber, sagte, man verhandle. Landesrat Josef Maier kennt "
     "die Pläne. Es gebe 30 Bewerber, sagt er.", "30", "Landesrat Josef Maier"),
    # a conjunction opening the sentence is no first name ("Da Eintracht Frankfurt verlor")
    ("Trainer Jonas Brandtner sprach lange. Da Eintracht Frankfurt verlor, hoffte Brandtner "
     "auf Punkte. Es kamen 9.000 Fans, sagte er.", "9.000", "Brandtner"),
]


@pytest.mark.parametrize("text,figure,want", OPENING_NAME)
def test_opening_name_antecedent(text, figure, want):
    assert source_of(text, figure) == want


PRONOUN_TOPIC = [
    # an indicative sentence opening with a pronoun is about the person it stands for: the
    # reported speech right after it is that person's, not the earlier speaker's
    ("Es gebe keine Details, sagt Sprecherin Eva Huber. Bürgermeister Kurt Brandl verhandelt "
     "seit einem Jahr. Er sieht darin eine Chance. Dass der Plan 2.000 Quadratmeter vorsehe, "
     "sei ein Glücksfall.", "2.000", "Bürgermeister Kurt Brandl"),
    # the earlier speaker stays when the pronoun sentence is theirs
    ("Es gebe keine Details, sagt Sprecherin Eva Huber. Sie kennt die Pläne. Der Plan sehe "
     "2.000 Quadratmeter vor.", "2.000", "Sprecherin Eva Huber"),
    # hearsay alone ("soll") does not take a pronoun's antecedent as its source
    ("Kein Nachfolger für Bürgermeister Paul Schader ist in Sicht. Er hat warten müssen: "
     "Tarik Mahler, 28 Jahre alt. Der Jungstar soll 1.800 Stimmen übernehmen.", "1.800", None),
]


@pytest.mark.parametrize("text,figure,want", PRONOUN_TOPIC)
def test_pronoun_topic(text, figure, want):
    assert source_of(text, figure) == want


REPORTER = [
    # "Laut X gab Y zu, …": X reports Y's statement, and the reported speech after it is X's
    ("Laut staatlichen Medien gab der Student zu, ein Plakat gestohlen zu haben. Demnach habe "
     "ihm ein Freund 5.000 Dollar versprochen.", "5.000", "staatlichen Medien"),
    # a quotation after it stays the speaker's
    ("Laut dem Sender CNN hat Minister Leon Parker verkündet, die Truppen blieben. „Wir "
     "schicken 300 Soldaten“, sagte Parker.", "300", "Parker"),
    # a cue naming the origin ("unter Berufung auf X") leaves the verb's subject the reporter
    ("Unter Berufung auf örtliche Behörden teilte die Weltgesundheitsorganisation mit, es "
     "seien 300 Menschen gestorben. 1.400 Menschen seien verletzt worden.", "1.400",
     "Weltgesundheitsorganisation"),
]


@pytest.mark.parametrize("text,figure,want", REPORTER)
def test_reporter_continued(text, figure, want):
    assert source_of(text, figure) == want


OWN_COUNT = [
    # a phrase holding the figure does not report its own count when a speech verb
    # reports the sentence
    ("Nur die Hälfte der Manager glaubt an das Thema, wie eine Studie der Firma Crisp ergab.",
     "Hälfte", "Firma Crisp"),
    ("Zwei Drittel der Bauern rechnen mit Verlusten, wie der Verband am Montag mitteilte.",
     "Zwei Drittel", "Verband"),
    # with no other speech verb, the phrase stays as before
    ("Drei Viertel der Bauern gaben an, das Produkt zu kennen.", "Drei Viertel",
     "Drei Viertel der Bauern"),
]


@pytest.mark.parametrize("text,figure,want", OWN_COUNT)
def test_own_count_not_reported_by_itself(text, figure, want):
    assert source_of(text, figure) == want


REPORT_SUBJECT = [
    # a report named with a definite article as its clause's subject states the clause,
    # whatever its verb
    ("Der Landes-Rechnungshof prüfte die Firma. Der 137-seitige Bericht listet schließlich "
     "39 Empfehlungen auf.", "39", "137-seitige Bericht"),
    ("Die Kammer befragte die Betriebe. Die neue Studie umfasst 400 Unternehmen.", "400",
     "neue Studie"),
    # not a report noun, or no definite article: the outlet's own statement
    ("Die Ermittlungen dauerten drei Monate.", "drei", None),
    ("Ein Bericht mit 40 Seiten liegt vor.", "40", None),
]


@pytest.mark.parametrize("text,figure,want", REPORT_SUBJECT)
def test_report_subject(text, figure, want):
    assert source_of(text, figure) == want


POSSIBILITY = [
    # "könnte(n)" alone is the outlet's own guess unless right after a report
    ("Sturm will am Sonntag Salzburg schlagen. Die Salzburger haben eine Enttäuschung zu "
     "verkraften. Noch könnten ihnen die 120 Minuten gegen Minsk in den Knochen stecken.", "120",
     None),
    ("Der Preis fängt bei 1.179 Euro an. Für Kenner könnte der Fernseher um 5.800 Euro "
     "interessant sein.", "5.800", None),
    # right after a report it continues it
    ("Der Experte sagte, die Lage sei ernst. Bis zu 300 Häuser könnten betroffen sein.", "300",
     "Experte"),
    # beside a Konjunktiv I closing a subordinate clause it is reported speech
    ("Der Verband legte den Vertrag vor. Wie der Verband mitteilte, gibt es keine Grenze. "
     "Egal, ob ein Verdacht vorliege oder nicht – die Ämter könnten 500 Datensätze abfragen.",
     "500", "Verband"),
]


@pytest.mark.parametrize("text,figure,want", POSSIBILITY)
def test_possibility_mood(text, figure, want):
    assert source_of(text, figure) == want


PLAN_ADDITION = [
    # an additive connective adds to a report, and a plan ("will") is none
    ("Sturm will am Sonntag Salzburg schlagen. Die Salzburger sind müde. Außerdem stecken "
     "ihnen noch 120 Minuten in den Knochen.", "120", None),
    # an addition to a report before still takes its source
    ("Die Polizei meldete drei Tote. Außerdem wurden 25 Menschen verletzt.", "25", "Polizei"),
]


@pytest.mark.parametrize("text,figure,want", PLAN_ADDITION)
def test_plan_is_no_report_to_add_to(text, figure, want):
    assert source_of(text, figure) == want


RELATIVE_MOOD = [
    # a Konjunktiv II in a relative clause ("Probleme, die einen Rückruf nötig gemacht
    # hätten") neither makes the sentence reported speech nor its subject a speaker
    ("Die Firma meldet Probleme. Große Autos wie der Model 3, der schon 400.000 Mal bestellt "
     "wurde, waren nicht von Problemen betroffen, die einen Rückruf nötig gemacht hätten.",
     "400.000", None),
    # a complement clause in the mood still reports ("X ergänzte, die Zahl sei …")
    ("Der Sprecher ergänzte, die Zahl sei auf 300 gestiegen.", "300", "Sprecher"),
    ("Der Verband blieb dabei: Man habe 40 Mitglieder verloren.", "40", "Verband"),
]


@pytest.mark.parametrize("text,figure,want", RELATIVE_MOOD)
def test_relative_clause_mood(text, figure, want):
    assert source_of(text, figure) == want


PLAN_CLAUSE = [
    # a plan ("will", "plant") states what follows its verb in its own clause, not what a
    # later clause after a dash or comma says
    ("Dazu will der 60-jährige Forscher beitragen und denkt nicht ans Aufhören – ein Grund, "
     "weshalb er in Boston bleiben will, wo er seit 30 Jahren forscht.", "30", None),
    ("Der Konzern plant 400 neue Stellen in Graz.", "400", "Konzern"),
    # a content clause after it is what the plan says
    ("Der Sender will wissen, dass der Minister 300 Briefe geschrieben habe.", "300", "Sender"),
]


@pytest.mark.parametrize("text,figure,want", PLAN_CLAUSE)
def test_plan_clause(text, figure, want):
    assert source_of(text, figure) == want


AFTER_COLON = [
    # a cue after a colon governs what follows it, not a headline run into the sentence
    ("Urahn mit vier Füßen Ein Fund aus Brasilien wirft die Theorie um: Wie Forscher im "
     "Fachblatt Science berichten, fanden sie ein 20 Zentimeter langes Fossil.", "vier", None),
    ("Urahn mit vier Füßen Ein Fund aus Brasilien wirft die Theorie um: Wie Forscher im "
     "Fachblatt Science berichten, fanden sie ein 20 Zentimeter langes Fossil.", "20",
     "Forscher"),
    # a speaker before the colon still governs what follows it
    ("Der Minister sagte: Es gibt 30 Fälle.", "30", "Minister"),
]


@pytest.mark.parametrize("text,figure,want", AFTER_COLON)
def test_cue_after_colon(text, figure, want):
    assert source_of(text, figure) == want
