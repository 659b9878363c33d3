"""An age describes the person it counts: it takes the source of a cue of its own sentence
("Nach Angaben der Polizei wurde ein 34-jähriger Radfahrer verletzt"), never one carried from
another sentence or an anaphoric report ("Demnach wurde ein 34-Jähriger verletzt")."""

from __future__ import annotations

import pytest

import claimledger


def _source(text: str, figure: str) -> str | None:
    c = next(c for c in claimledger.extract(text, published="2025-05-06") if c.text.startswith(figure))
    return c.source.text if c.source is not None else None


@pytest.mark.parametrize("text,figure,source", [
    ("Nach Angaben der Polizei wurde ein 34-jähriger Radfahrer schwer verletzt.", "34", "Polizei"),
    ("Ein 61-Jähriger sei gestürzt, sagte ein Sprecher der Bergrettung.", "61",
     "Sprecher der Bergrettung"),
    ("Die Polizei meldete am Morgen einen Unfall auf der Landstraße. Demnach wurden zwei Radfahrer, "
     "ein 34-Jähriger und ein 51-Jähriger, verletzt.", "zwei", "Polizei"),
    ("Die Polizei meldete am Morgen einen Unfall auf der Landstraße. Demnach wurden zwei Radfahrer, "
     "ein 34-Jähriger und ein 51-Jähriger, verletzt.", "34", None),
    ("Die Feuerwehr rückte am Abend mit 40 Kräften aus. Die 72-jährige Bewohnerin habe sich "
     "selbst retten können.", "72", None),
])
def test_an_age_takes_only_its_own_sentences_source(text, figure, source):
    assert _source(text, figure) == source
