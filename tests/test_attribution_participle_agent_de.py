"""A speech verb's participle as an attribute with its agent ("die von X genannten drei
Millionen"): the agent states the figures of the phrase the participle opens, not the
speaker of the clause around it; the phrase ends at a coordinator or punctuation mark, and
reported speech after the sentence does not continue the agent. Sentences written for these
tests; each row: text, figure, expected source text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

PARTICIPLE_AGENT = [
    ("Der Betrag liegt zwischen den von Ministerin Anna Berg genannten zwei Millionen und "
     "den von Kurt Lenz genannten fünf Millionen.", "zwei Millionen", "Ministerin Anna Berg"),
    ("Der Betrag liegt zwischen den von Ministerin Anna Berg genannten zwei Millionen und "
     "den von Kurt Lenz genannten fünf Millionen.", "fünf Millionen", "Kurt Lenz"),
    ("Der vom Verband geschätzte Schaden von 40 Millionen Euro ist hoch.", "40", "Verband"),
    ("Die von der Polizei gemeldeten 12 Verletzten wurden versorgt, sagte der Arzt.", "12",
     "Polizei"),
    ("Die Kosten übersteigen die vom Rechnungshof angegebenen 300 Millionen deutlich.", "300",
     "Rechnungshof"),
    # a participle of no speech verb names no source
    ("Das von der Firma gebaute Haus hat 12 Stockwerke.", "12", None),
    # a figure after the attributed phrase is outside it
    ("Neben den von der Polizei gemeldeten Einsätzen gab es 30 Anzeigen.", "30", None),
]


@pytest.mark.parametrize("text,figure,want", PARTICIPLE_AGENT)
def test_participle_agent(text, figure, want):
    assert source_of(text, figure) == want


def test_participle_agent_not_continued():
    # the next sentence's reported speech continues the sentence's speaker, not the agent
    text = ("Wie die Zeitung Tagblatt berichtete, wurden Werte über den von der Behörde EPA "
            "empfohlenen Grenzwerten gemessen. Betroffen seien alle 50 Bundesstaaten.")
    assert source_of(text, "50") == "Zeitung Tagblatt"
