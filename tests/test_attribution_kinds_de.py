"""German attribution rules found on unseen text (held-out 5), one table per rule, with
sentences written for the test.

Each row: text, the figure (its first occurrence), the expected source text (None: no
source).
"""

from __future__ import annotations

import pytest

from attribution_support import source_of

# a demonstrative opening a quotation closed by ", sagte X" points at the situation, not at
# the report before it: X does not confirm the sentences before ("Das ist ein toller Tag");
# a demonstrative that is the object of the speech verb does ("Das bestätigte X"), and so
# does one the quotation calls a report ("Das sind die Zahlen, sagte X")
QUOTED_DEMONSTRATIVE = [
    ("Der erste Versuch dauerte eine Zehntel-Sekunde. Das ist ein toller Tag, sagte die "
     "Direktorin Anna Berg nach dem Versuch.", "Zehntel", None),
    ("Der Bau dauerte neun Jahre. Die Anlage läuft. Das ist ein Erfolg, sagte Anna Berg.",
     "neun", None),
    ("In der Nacht brannten 40 Lagerhallen. Das bestätigte die Feuerwehr am Morgen, nachdem "
     "sie gelöscht hatte.", "40", "Feuerwehr"),
    ("In der Nacht brannten 40 Lagerhallen. Das teilte ein Sprecher der Feuerwehr, Hans "
     "Maier, mit.", "40", "Sprecher der Feuerwehr"),
    ("In der Nacht brannten 40 Lagerhallen. Das sind die Zahlen, sagte der Polizeisprecher.",
     "40", "Polizeisprecher"),
]


@pytest.mark.parametrize("text,figure,want", QUOTED_DEMONSTRATIVE)
def test_quoted_demonstrative(text, figure, want):
    assert source_of(text, figure) == want
