"""Where a report comes from: "Die Zahlen stammen vom Innenministerium", "Diese Angabe kommt
aus dem Ministerium" — a report noun before the verb, the source after the preposition; the
next sentence may name it for the figure before ("… 200.000 Personen. Diese Angabe kommt aus
dem Innenministerium."). A person or a thing from a place is no report ("Der Täter stammt
aus Syrien")."""

from __future__ import annotations

import pytest

import claimledger
from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Im Vorjahr kamen 200.000 Personen ins Land. Diese Angabe kommt aus dem Innenministerium.",
     "200.000", "Innenministerium"),
    ("Die Zahlen stammen vom Innenministerium: 2015 gab es 88.000 Anträge.", "88.000",
     "Innenministerium"),
    ("Die Daten stammen aus einer Erhebung der OECD und zeigen 30 Prozent.", "30", "OECD"),
    ("Die Zahl der Toten stieg auf 40. Die Angaben stammen von der Polizei.", "40", "Polizei"),
    # origins of people and things
    ("Der 30-jährige Täter stammt aus Syrien.", "30", None),
    ("Die 30 Flüchtlinge kamen aus Syrien.", "30", None),
    ("Im Vorjahr kamen 200.000 Personen aus Syrien.", "200.000", None),
    ("Er kam mit 40 Jahren aus Berlin zurück.", "40", None),
    # a report noun inside a prepositional phrase is no subject
    ("Mit 21.806 Meldungen stammte jeder sechste Ausländer aus Syrien.", "21.806", None),
    # a report noun that is itself the subject of a verb names no other source
    ("Die Zahl der Toten stieg auf 40. Die Daten zeigen einen Trend.", "40", None),
])
def test_where_a_report_comes_from(text, figure, source):
    assert source_of(text, figure) == source


def test_a_dative_report_noun_opening_the_next_sentence_cues_only_its_own():
    """"Den Angaben des Zivilschutzes zufolge …" is a cue of its own sentence, not a report
    subject speaking of the sentence before."""
    text = ("Der Satellitendienst Copernicus bleibt bei seiner Schätzung von 11.000 Hektar. "
            "Den Angaben des Zivilschutzes zufolge mussten 2.000 Menschen ihre Häuser verlassen.")
    claims = {c.text: c for c in claimledger.extract(text, published="2025-07-30")}
    assert claims["11.000"].source is not None and "Copernicus" in claims["11.000"].source.text
