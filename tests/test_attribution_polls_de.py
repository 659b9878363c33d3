"""Polls and their figures (attribution/polls.py), with sentences written for these tests:
a figure that counts a poll's respondents is the poll's (its author's when the text names
one). Each row: text, figure, expected source text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

RESPONDENTS = [
    # the poll named in the sentence, by its author in an extended attribute
    ("Rund 30 Prozent der Teilnehmer an einer vom Elternverband initiierten Onlineumfrage "
     "halten die Prüfung für zu schwer.", "30", "Elternverband"),
    # a poll named bare before: its author is the subject of the sentence naming it
    ("Die Gewerkschaft hat eine Umfrage unter Lehrern gemacht. Zwei Drittel der Befragten "
     "klagen über Stress.", "Zwei Drittel", "Gewerkschaft"),
    # the poll's author attached to it
    ("Eine Befragung des Marktforschers Ifes unter Pendlern liegt vor. Drei Viertel der "
     "Befragten gaben an, öfter zu radeln.", "Drei Viertel", "Marktforschers Ifes"),
    # respondents reporting through a speech verb: the poll, not the respondents
    ("Eine Befragung des Marktforschers Ifes liegt vor. Drei Viertel der Befragten gaben an, "
     "öfter zu radeln – davon würden 60 Prozent lieber mit der Bahn fahren.", "60",
     "Marktforschers Ifes"),
    # a cue naming the poll's author wins
    ("Laut einer Umfrage des Instituts Sora gaben 40 Prozent der Befragten an, zufrieden zu "
     "sein.", "40", "Instituts Sora"),
    # participants of something that is no poll stay the outlet's
    ("Am Stadtlauf nahmen 500 Teilnehmer teil. 20 Prozent der Teilnehmer kamen aus Wien.",
     "20", None),
    # "Im Ergebnis" is no poll
    ("Im Ergebnis bleiben 20 Millionen Euro übrig.", "20", None),
]


@pytest.mark.parametrize("text,figure,want", RESPONDENTS)
def test_respondents(text, figure, want):
    assert source_of(text, figure) == want


# A preposition before a phrase headed by a poll noun: the poll (its author when attached).
POLL_FRAMES = [
    ("Im APA/OGM-Vertrauensindex liegt der Kanzler mit 12 Punkten vorne.", "12",
     "APA/OGM-Vertrauensindex"),
    ("Im ARD-Deutschlandtrend kommt die Union auf 30 Prozent.", "30", "ARD-Deutschlandtrend"),
    ("Der Partei werden in Umfragen derzeit sechs bis acht Prozent vorhergesagt.",
     "sechs bis acht", "Umfragen"),
    ("In einer Umfrage des Instituts Gallup kam der Präsident auf 41 Prozent Zustimmung.",
     "41", "Instituts Gallup"),
    # no poll after the preposition
    ("In der Folge starben 12 Menschen.", "12", None),
    ("Im Ergebnis der Verhandlungen bleiben 20 Millionen Euro übrig.", "20", None),
    ("Bei der Feier waren 300 Gäste.", "300", None),
]


@pytest.mark.parametrize("text,figure,want", POLL_FRAMES)
def test_poll_frames(text, figure, want):
    assert source_of(text, figure) == want


# The figures that follow a poll in its paragraph are the poll's, as a result's are.
POLL_CONTINUES = [
    ("Kurz vor der Wahl liegen im ORF-Vertrauensindex zwei Kandidaten vorne: An der Spitze "
     "liegt mit neun Punkten die Ministerin. Der Dritte kommt auf zwei Punkte.", "zwei Punkte",
     "ORF-Vertrauensindex"),
    ("Nach einer Umfrage des Instituts Sora liegt die Partei bei 30 Prozent. Die Grünen "
     "kommen auf 12 Prozent.", "12", "Instituts Sora"),
    # a new paragraph ends the poll's report
    ("Nach einer Umfrage des Instituts Sora liegt die Partei bei 30 Prozent.\n\nDie Stadt "
     "baut 12 Wohnungen.", "12", None),
]


@pytest.mark.parametrize("text,figure,want", POLL_CONTINUES)
def test_poll_continues(text, figure, want):
    assert source_of(text, figure) == want


# An article whose lead gives a poll's news: its later standings in the poll's units are the
# poll's, over sentences that name other things (a bare figure after one takes its unit).
_POLL_LEAD = ("Wien – Kurz vor der Wahl liegen im ORF-Vertrauensindex zwei Kandidaten vorne: An "
              "der Spitze liegt mit neun Punkten die Ministerin. Befragt wurden 800 Personen. "
              "Der Bürgermeister sprach am Abend in der Stadthalle. ")
POLL_STANDINGS = [
    # the dateline before the frame: the frame still governs what its colon introduces
    (_POLL_LEAD, "neun Punkten", "ORF-Vertrauensindex"),
    (_POLL_LEAD + "Der Dritte liegt mit minus vier Punkten klar zurück.", "minus vier",
     "ORF-Vertrauensindex"),
    (_POLL_LEAD + "Seit Februar legte die Ministerin um zwei Punkte zu, der Dritte um drei.",
     "drei", "ORF-Vertrauensindex"),
    (_POLL_LEAD + "Die anderen Kandidaten liegen bei 60 Prozent oder darüber.", "60",
     "ORF-Vertrauensindex"),
    # a figure that is no standing: a count of candidates, a figure with a noun of its own
    (_POLL_LEAD + "Die vier anderen Kandidaten folgen dahinter.", "vier", None),
    (_POLL_LEAD + "Die Halle fasst 900 Besucher.", "900", None),
    # a poll named later, not by the lead, frames nothing
    ("Der Bürgermeister sprach am Abend. Die Halle war voll. Es gab Freibier. Eine Umfrage "
     "sah ihn vorne. Die Stadt gab 40 Prozent mehr aus.", "40", None),
    # a new paragraph leaves the poll's news
    (_POLL_LEAD + "\n\nDie Stadt gab 40 Prozent mehr aus.", "40", None),
]


@pytest.mark.parametrize("text,figure,want", POLL_STANDINGS)
def test_poll_standings(text, figure, want):
    assert source_of(text, figure) == want
