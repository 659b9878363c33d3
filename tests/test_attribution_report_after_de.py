"""A next sentence that names the report a figure comes from: "Das steht im Bericht des
Rechnungshofs", "…, steht im Bericht des X" (the report phrase after the verb), and a bare
report with a definite article ("Das geht aus dem Jahresbericht hervor"), which is its
author's when a sentence before names one, else speaks for itself."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Die Sanierung kostete 12 Millionen Euro. Das steht im Bericht des Rechnungshofs.", "12",
     "Rechnungshofs"),
    ("Die Sanierung kostete 12 Millionen Euro, steht im Bericht des Rechnungshofs.", "12",
     "Rechnungshofs"),
    ("Im Bericht des Rechnungshofs steht, dass die Sanierung 12 Millionen Euro kostete.", "12",
     "Rechnungshofs"),
    ("Im Vorjahr gab es 3.400 Anzeigen. Das geht aus dem Jahresbericht hervor.", "3.400",
     "Jahresbericht"),
    ("Die Polizei hat ihren Jahresbericht vorgestellt. Im Vorjahr gab es 3.400 Anzeigen. Das geht "
     "aus dem Jahresbericht hervor.", "3.400", "Polizei"),
    ("Im Vorjahr gab es 3.400 Anzeigen. Das geht aus dem Jahresbericht der Polizei hervor.", "3.400",
     "Polizei"),
    # "steht" with a place or a standing is no report
    ("Das Haus steht in Berlin und hat 12 Zimmer.", "12", None),
    ("Im Zentrum steht ein Haus mit 12 Zimmern.", "12", None),
    ("Die Mannschaft steht nach 12 Spielen im Finale.", "12", None),
])
def test_a_report_named_after_the_figure(text, figure, source):
    assert source_of(text, figure) == source
