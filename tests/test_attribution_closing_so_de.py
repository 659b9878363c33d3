"""A sentence closing with the paraphrase cue (", so X.") ends a stretch of paraphrase that
began in the sentence right before it: a figure there with no source of its own is X's. Only
the sentence right before, and only the closing ", so X" form."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Seit 2012 kamen 15.200 Bürger ins Büro. Da sind die Anrufer noch nicht dabei, so Kahr.",
     "15.200", "Kahr"),
    ("Fast eine Million Menschen wollen weniger arbeiten. Warum soll man das nicht gestatten?, so "
     "Aiginger.", "Million", "Aiginger"),
    ("Im Burgenland dürfte es 20 Prozent Fünfer gegeben haben. Es könne noch Abweichungen geben, so "
     "Landesschulratspräsident Heinz Zitz.", "20", "Landesschulratspräsident Heinz Zitz"),
    ("Der Verein hat heuer 800 Mitglieder gewonnen. Das sei ein Rekord, so die Obfrau.", "800",
     "Obfrau"),
    # a figure with a source of its own keeps it
    ("Laut Statistik Austria stieg die Zahl auf 800. Das sei ein Rekord, so die Obfrau.", "800",
     "Statistik Austria"),
    # two sentences back: no
    ("Die Stadt hat 40.000 Einwohner. Die Polizei meldete zwei Einbrüche. Das sei zu viel, so Huber.",
     "40.000", None),
    # "so" as an adverb is no cue
    ("Die Stadt hat 40.000 Einwohner. Sie wächst so schnell wie nie.", "40.000", None),
])
def test_a_closing_so_reports_the_sentence_before(text, figure, source):
    assert source_of(text, figure) == source
