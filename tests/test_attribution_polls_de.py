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
