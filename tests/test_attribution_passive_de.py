"""A speech verb in the passive names its speaker only as the agent: without one, its subject
is what was said, never who said it ("Die Zahl der Opfer war mit sieben angegeben worden")."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Am Montag war die Zahl der Verletzten mit sieben angegeben worden.", "sieben", None),
    ("Der Haushaltsplan wurde am Abend mit 80 Millionen Euro beziffert.", "80 Millionen", None),
    ("Die Summe wurde vom Landesrechnungshof mit 80 Millionen Euro beziffert.", "80 Millionen",
     "Landesrechnungshof"),
    # the participle of an active perfect and a finite form that looks like one keep the subject
    ("Die Feuerwehr hat am Abend mitgeteilt, es seien 12 Häuser beschädigt worden.", "12", "Feuerwehr"),
    ("Der Trainer behauptet, ihm seien 20.000 Euro angeboten worden.", "20.000", "Trainer"),
    # a quoted person is the speaker of the passive that quotes him
    ("Es seien 300 Euro geflossen, wie der Zeuge von einer Zeitung zitiert wird.", "300",
     "Zeuge von einer Zeitung"),
])
def test_a_passive_without_an_agent_has_no_speaker(text, figure, source):
    assert source_of(text, figure) == source
