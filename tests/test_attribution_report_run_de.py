"""A sentence naming the document its figures come from ("Das geht aus einem Bericht des
Rechnungshofs hervor", "Laut der Statistik der Kammer …") opens a report: the indicative
sentences after it in its paragraph that go on giving figures with no source of their own are
that document's, until a cue or quotation of their own, a first person, a new paragraph or
more than one sentence without a figure. A report cue that names no document (a person, "nach
Angaben") opens no such run."""

from __future__ import annotations

import pytest

from attribution_support import source_of

_REPORT = ("Die Zahl der Unfälle ist gestiegen. Das geht aus einem Bericht des Verkehrsclubs "
           "hervor. ")


@pytest.mark.parametrize("text,figure,source", [
    # the run: the document's figures, one sentence after another
    (_REPORT + "In Tirol gab es 412 Unfälle. In Kärnten waren es 287.", "412", "Verkehrsclubs"),
    (_REPORT + "In Tirol gab es 412 Unfälle. In Kärnten waren es 287.", "287", "Verkehrsclubs"),
    ("Laut dem Jahresbericht der Bergrettung mussten die Helfer öfter ausrücken. Im Sommer "
     "gab es 1.230 Einsätze. Im Winter waren es 940.", "940", "Bergrettung"),
    # "heißt es darin" and one sentence without a figure keep the run going
    (_REPORT + "Schuld sei vor allem das Wetter, heißt es darin. In Tirol gab es einen "
     "Rückgang. In Salzburg wurden 530 Unfälle gezählt.", "530", "Verkehrsclubs"),
    (_REPORT + "In Tirol gab es 412 Unfälle. Auf der Autobahn passierten 51 davon. In Kärnten "
     "waren es 287. In der Steiermark zählte man 301.", "301", "Verkehrsclubs"),
    # two sentences without a figure end it
    (_REPORT + "In Tirol gab es einen Rückgang. Die Straßen waren trocken. In Salzburg "
     "wurden 530 Unfälle gezählt.", "530", None),
    # a new paragraph ends it
    (_REPORT + "In Tirol gab es 412 Unfälle.\n\nIn Kärnten waren es 287.", "287", None),
    # the first person speaks for someone
    (_REPORT + "In Tirol gab es 412 Unfälle. Uns fehlen 300 Helfer.", "300", None),
    # a source that is no document opens no run
    ("Laut Bürgermeister Huber wird die Brücke gesperrt. Sie ist 80 Jahre alt.", "80", None),
    ("Nach Angaben der Feuerwehr brannte eine Scheune. Der Schaden beträgt 50.000 Euro.",
     "50.000", None),
])
def test_a_document_named_as_origin_reports_the_figures_after_it(text, figure, source):
    assert source_of(text, figure) == source
