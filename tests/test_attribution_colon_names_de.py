"""A name and a colon opening a sentence ("Fischer: Die anderen 10.000 geben wir zurück"):
the name is a speaker when the document gives it in full elsewhere (after a first name or
a title), and a common noun with a colon ("Fazit: …") is none. And "X <verb>: <reported
speech>" gives X the reported clause even when a complement clause follows it. Sentences
written for these tests; each row: text, figure, expected source text (None: the outlet)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

COLON_NAMES = [
    ("Bürgermeisterin Eva Lang ist zufrieden. Lang: Die übrigen 5.000 Quadratmeter verkaufen "
     "wir.", "5.000", "Lang"),
    ("Maier: 40 Prozent der Mitglieder sind unzufrieden. Das sagte Verbandschef Otto Maier.",
     "40 Prozent", "Maier"),
    ("Nova Analytics: 31 Prozent der Firmen investieren. Das zeigt eine Umfrage der "
     "Beratungsfirma Nova Analytics.", "31 Prozent", "Nova Analytics"),
    # a common noun with a colon names no speaker, whether or not it occurs elsewhere
    ("Fazit: Die übrigen 5.000 Quadratmeter bleiben frei.", "5.000", None),
    ("Das Fazit ist klar. Fazit: 300 Quadratmeter bleiben frei.", "300", None),
    # a name the text never gives in full is not known to be one
    ("Lang: Die übrigen 5.000 Quadratmeter bleiben frei.", "5.000", None),
]


@pytest.mark.parametrize("text,figure,want", COLON_NAMES)
def test_colon_names(text, figure, want):
    assert source_of(text, figure) == want


# "X <verb>: <subjunctive> …, dass …": the reported clause after the colon is X's, a
# complement clause later in the sentence does not move X's scope behind it.
COLON_BEFORE_COMPLEMENT = [
    ("Die Kandidatin Maria Huber kam. Huber lachte: Zwei Jahre sei es her, dass sie "
     "gewann.", "Zwei Jahre", "Huber"),
    ("Die Ministerin war zufrieden: Es gebe 20 neue Stellen, sodass alle froh seien.", "20",
     "Ministerin"),
    # no reported speech after the colon: the outlet's own explanation
    ("Die Lage ist ernst: 40 Häuser sind zerstört, sodass viele obdachlos sind.", "40", None),
]


@pytest.mark.parametrize("text,figure,want", COLON_BEFORE_COMPLEMENT)
def test_colon_before_complement(text, figure, want):
    assert source_of(text, figure) == want
