"""A role after an inverted speech verb and the name of its holder in apposition after a
comma (", sagte der Sprecher der Feuerwehr, Karl Huber, zur APA") are one source: the name
is part of it. A comma followed by anything else (a time, places, a new clause) adds
nothing."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    ("Die Anlage koste 80 Millionen Euro, sagte der technische Leiter des Werks, Josef Gruber, "
     "zur APA.", "80", "technische Leiter des Werks, Josef Gruber"),
    ("Es gebe 12 neue Fälle, erklärte die Sprecherin der Klinik, Anna Berger.", "12",
     "Sprecherin der Klinik, Anna Berger"),
    ("Man rechne mit 300 Gästen, sagte der Obmann, Franz Leitner (ÖVP), am Montag.", "300",
     "Obmann, Franz Leitner"),
    ("Es gebe 12 neue Fälle, erklärte die Sprecherin der Klinik, Anna Berger, die seit Mai im "
     "Amt ist.", "12", "Sprecherin der Klinik, Anna Berger"),
    # no name after the comma: the role alone
    ("Es gebe 12 neue Fälle, erklärte die Klinik, Montag Abend.", "12", "Klinik"),
    ("Es gebe 12 neue Fälle, erklärte die Sprecherin der Klinik, Linz und Wels seien betroffen.",
     "12", "Sprecherin der Klinik"),
    # a name right after the role needs no comma, and keeps what it had
    ("Es gebe 12 neue Fälle, erklärte Sprecherin Anna Berger, Linz sei betroffen.", "12",
     "Sprecherin Anna Berger"),
])
def test_a_role_takes_the_name_in_apposition(text, figure, source):
    assert source_of(text, figure) == source
