""""So sagt es X." points back at what was said before, as "Das sagte X." does: the object
pronoun "es" between an inverted speech verb and its subject is skipped (", sagt es der
Bürgermeister"), and "so" opening a sentence whose verb takes that pronoun confirms the
sentences before. "So sagte X, …" without the pronoun introduces what follows."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Der Zug hatte 40 Minuten Verspätung. So sagt es die Sprecherin der Bahn.", "40",
     "Sprecherin der Bahn"),
    ("Der Damm brach um Mitternacht. Drei Dörfer standen unter Wasser. So schildert es der "
     "Bürgermeister.", "Drei", "Bürgermeister"),
    ("Im Lager leben 800 Menschen, sagt es die Helferin ganz nüchtern.", "800", "Helferin"),
    ("Im Lager leben 800 Menschen, erklärt es der Landrat.", "800", "Landrat"),
    # "So" without "es" introduces, it does not confirm
    ("Die Gemeinde baut 30 Wohnungen. So sagte der Bürgermeister am Montag, man plane weitere.",
     "30", None),
    # a sentence with a source of its own between them stops the reach back
    ("Die Gemeinde baut 30 Wohnungen. Im Herbst sprach der Landesrat von neun Millionen. So "
     "sagt es der Bürgermeister.", "30", None),
])
def test_so_with_es_points_back(text, figure, source):
    assert source_of(text, figure) == source
