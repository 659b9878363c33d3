"""Prepositional cues and report nouns, with sentences written for these tests. Each row:
text, figure, expected source text (None: the outlet itself)."""

from __future__ import annotations

import pytest

from attribution_support import source_of

# "nach X" is a cue when a report noun heads X before any attachment; a noun of time or
# action ("Nach Einleitung der Ermittlungen") is no report even when its attachment is one.
NACH_HEAD = [
    ("Nach Einleitung der Ermittlungen soll der Mann 12 Festplatten gelöscht haben.", "12", None),
    ("Nach Abschluss der Untersuchung wurden 30 Proben vernichtet.", "30", None),
    ("Nach Angaben der Bergwacht wurden 4 Wanderer gerettet.", "4", "Bergwacht"),
    ("Nach Müllers Einschätzung fehlen 200 Lehrer.", "200", "Müllers"),
    ("Nach einer Studie der Universität Graz schlafen 40 Prozent der Schüler zu wenig.", "40",
     "Universität Graz"),
    ("Nach ukrainischen und polnischen Geheimdienstinformationen sind 900 Söldner im Land.",
     "900", "ukrainischen und polnischen Geheimdienstinformationen"),
]


@pytest.mark.parametrize("text,figure,want", NACH_HEAD)
def test_nach_head(text, figure, want):
    assert source_of(text, figure) == want
