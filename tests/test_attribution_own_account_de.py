""""nach eigenen Angaben": the clause's own subject is the source, wherever German word order
puts it. Sentences of our own."""

from __future__ import annotations

import pytest

from claims_support import claim_of

PUB = "2025-03-14"


@pytest.mark.parametrize("text, fig, source", [
    # the subject opens the clause
    ("Der Verein hat nach eigenen Angaben 1.200 Mitglieder.", "1.200", "Verein"),
    # the cue opens it: the subject follows the finite verb
    ("Nach eigenen Angaben zählte die Feuerwehr 35 Einsätze.", "35", "Feuerwehr"),
    # a postposition after its phrase ("zufolge") opens it
    ("Eigenen Angaben zufolge hat der Investor 40 Millionen Euro verloren.", "40 Millionen", "Investor"),
    # the figure opens it (an object first): the subject follows the finite verb
    ("Drei Millionen Euro hat die Partei nach eigenen Angaben ausgegeben.", "Drei Millionen", "Partei"),
    ("4.500 Tickets hat der Klub nach eigenen Angaben verkauft.", "4.500", "Klub"),
])
def test_own_account_names_the_clause_subject(text, fig, source):
    c = claim_of(text, fig, PUB)
    assert c.source is not None and c.source.text == source
