"""A verb form inside an extended attribute (article, prepositional phrase, participle, noun:
"des im Pakt vereinbarten Defizits") is no finite verb and names no subject; a verb of breaking
figures down ("schlüsselt … auf") names its subject, and "Demnach" carries it on."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Den Ländern wird erlaubt, anstatt des im Stabilitätspakt vereinbarten Nulldefizits ein "
     "Defizit von 0,1 Prozent zu schreiben.", "0,1", None),
    ("Statt der im Pakt vereinbarten Summe zahlt das Land 40 Millionen Euro.", "40", None),
    ("Die mit dem Land vereinbarten Summen betragen 40 Millionen Euro.", "40", None),
    ("Die vom Verband gemeldeten Fälle stiegen auf 300.", "300", None),
    # a finite verb after a subject with a prepositional attachment keeps its subject
    ("Die Polizei in Wien meldete 30 Festnahmen.", "30", "Polizei in Wien"),
    ("Der Sprecher der Polizei in Wien meldete am Abend Festnahmen von 30 Personen.", "30",
     "Sprecher der Polizei in Wien"),
    # breaking figures down
    ("Das Ministerium schlüsselte die Kosten nach Ländern auf. Demnach entfallen 40 Prozent auf Wien.",
     "40", "Ministerium"),
    ("Im Stabilitätsprogramm schlüsselt das Finanzministerium die Kosten auf (siehe Tabelle): "
     "Demnach sind es 442 Millionen Euro.", "442", "Finanzministerium"),
])
def test_extended_attributes_and_break_downs(text, figure, source):
    assert source_of(text, figure) == source
