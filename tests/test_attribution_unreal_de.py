"""A Konjunktiv II that stands for no Konjunktiv I ("wäre", "wären", "hätte": the Konjunktiv I
"sei", "seien", "habe" differs from the indicative) is a condition or the unreal the outlet
states ("Dafür wären 500 Unterschriften nötig"), not reported speech, unless it stands amid
reported speech, right after a sentence in reported speech."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    # after a sentence in the indicative: the outlet's condition
    ("Eine Klage ist laut dem Verein nicht geplant. Dafür wären 500 Unterschriften nötig.",
     "500", None),
    ("Der Gutachter erklärt, warum der Fahrer bremste. Bei 50 km/h hätte der Bremsweg nur 30 "
     "Meter betragen.", "30", None),
    ("Laut Gesetz wären 7 Prozent zu zahlen. Nach alter Rechnung hätte die Firma 90 Millionen "
     "Euro gezahlt.", "90", None),
    # amid reported speech: the speaker's
    ("Der Minister sagte, es gebe Probleme. Es wären 9 Milliarden Euro verloren.", "9",
     "Minister"),
    ("Die Ministerin sagte, das Land sei überfordert. Im Vergleich liege es weit vorne. "
     "Tatsächlich wären aber nur 600 Menschen gekommen.", "600", "Ministerin"),
    # Konjunktiv I and the Konjunktiv II that stands for it still report
    ("Der Bürgermeister sagte, die Lage sei ernst. Es seien 40 Häuser beschädigt.", "40",
     "Bürgermeister"),
    ("Der Bürgermeister sagte, die Lage sei ernst. Die Helfer hätten 40 Häuser geräumt.", "40",
     "Bürgermeister"),
])
def test_the_unreal_is_the_outlets_own(text, figure, source):
    assert source_of(text, figure) == source
