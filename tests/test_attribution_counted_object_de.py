"""Verbs whose speech sense reports a clause or a figure named as one ("bestritt, dass …",
"bestritt die Zahl", "verteidigte die Zahl von 800") report nothing when a count of things is
their object ("bestritt 67 Profikämpfe", "verteidigt alle vier Titel"): they govern only what
stands before them then (", bestritt der Minister")."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    # a count of things acted on: contesting, defending, no report
    ("In seiner Karriere bestritt die Stürmerin 112 Länderspiele, von denen sie nur 9 verlor.",
     "112", None),
    ("In seiner Karriere bestritt die Stürmerin 112 Länderspiele, von denen sie nur 9 verlor.",
     "9", None),
    ("Im Mai verteidigt die Weltmeisterin in Tokio alle drei Titel.", "drei", None),
    ("Die Partei verteidigte bei der Wahl 14 ihrer 20 Mandate.", "14", None),
    # a clause, reported speech, a figure named as one: a report
    ("Der Landesrat bestritt, dass 40 Stellen gestrichen werden.", "40", "Landesrat"),
    ("Es seien 40 Stellen gestrichen worden, bestritt der Landesrat.", "40", "Landesrat"),
    ("Der Landesrat bestritt, es gebe 40 offene Fälle.", "40", "Landesrat"),
    ("Die Ministerin verteidigte die Zahl von 1.200 Abschiebungen.", "1.200", "Ministerin"),
    ("Die Ministerin verteidigte ihre Angaben: 1.200 Menschen seien abgeschoben worden.",
     "1.200", "Ministerin"),
])
def test_a_counted_object_is_no_report(text, figure, source):
    assert source_of(text, figure) == source
