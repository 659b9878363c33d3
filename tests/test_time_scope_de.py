"""When a figure holds whose sentence names no time: the paragraph's last point in time, else
the publication date."""

from __future__ import annotations

import claimledger

PUB = "2025-08-04"


def _times(text: str) -> dict[str, tuple[str, str]]:
    return {c.text: (str(c.time.start), str(c.time.end)) for c in claimledger.extract(text, published=PUB)}


def test_a_day_named_earlier_in_the_paragraph_holds_for_later_figures():
    text = ("Bei dem Unfall am Sonntag wurden zwölf Menschen verletzt. Der Bus war voll besetzt. "
            "Nach Angaben der Polizei starben drei Menschen.")
    assert _times(text)["drei"] == ("2025-08-03", "2025-08-03")


def test_a_new_paragraph_starts_without_the_day_of_the_last_one():
    text = ("Bei dem Unfall am Sonntag wurden zwölf Menschen verletzt.\n\n"
            "Die Polizei meldete inzwischen drei Tote.")
    assert _times(text)["drei"] == (PUB, PUB)


def test_a_figure_with_its_own_time_keeps_it():
    text = "Am Sonntag wurden zwölf Menschen verletzt. Im Jahr 2020 waren es 40 Verletzte."
    assert _times(text)["40"] == ("2020-01-01", "2020-12-31")
