"""The outlet's section of an article (metadata) as the last word on where its figures hold:
a section of domestic news gives the outlet's country, a section named after a place gives
that place's country — only to figures whose text and article name no place at all."""

from __future__ import annotations

import pytest

import claimledger

PUB = "2025-03-14"


def _place(outlet: str | None, section: str | None, text: str, fig: str) -> str | None:
    claims = claimledger.extract(text, published=PUB, outlet=outlet, section=section)
    return next(c for c in claims if c.text == fig).who.place


NO_PLACE = "Die Regierung will 500 Millionen Euro für Pflege ausgeben."

SECTIONS = [
    # domestic news of the outlet's country, in its own or a general name
    ("derStandard", "Inland", NO_PLACE, "500 Millionen", "AT"),
    ("Der Spiegel", "Inland", NO_PLACE, "500 Millionen", "DE"),
    ("Neue Zürcher Zeitung", "Lokales", NO_PLACE, "500 Millionen", "CH"),
    ("derStandard", " inland ", NO_PLACE, "500 Millionen", "AT"),
    # a domestic section of an outlet the pack does not know names no country
    ("Rheinstädter Bote", "Inland", NO_PLACE, "500 Millionen", None),
    (None, "Inland", NO_PLACE, "500 Millionen", None),
    # a section named after a country or a place is that country, whatever the outlet
    (None, "Österreich", NO_PLACE, "500 Millionen", "AT"),
    ("derStandard", "Deutschland", NO_PLACE, "500 Millionen", "DE"),
    ("Der Spiegel", "Wien", NO_PLACE, "500 Millionen", "AT"),
    # other sections are no default: science, web and culture figures stay placeless
    ("derStandard", "Wissenschaft", NO_PLACE, "500 Millionen", None),
    ("derStandard", "International", NO_PLACE, "500 Millionen", None),
    ("derStandard", None, NO_PLACE, "500 Millionen", None),
    # the text outweighs the section: its clause, its dateline, a region larger than a country
    ("derStandard", "Inland", "In Bayern will die Regierung 500 Millionen Euro ausgeben.",
     "500 Millionen", "DE"),
    ("derStandard", "Inland", "Berlin – Die Regierung will 500 Millionen Euro ausgeben.",
     "500 Millionen", "DE"),
    ("derStandard", "Inland", "Weltweit leben 700 Millionen Menschen in Armut.",
     "700 Millionen", None),
    # a domestic section set at home by its dateline stays at home, however often its body
    # names another country to compare with; a foreign section does not
    ("derStandard", "Inland", "Wien – Die Opposition warnt. In Italien sei die Rente niedriger, in "
     "Italien fehle Geld, in Italien gebe es Proteste, in Italien Streiks.\nDie Quote liegt bei 60 Prozent.", "60", "AT"),
    ("derStandard", "International", "Wien – Die Opposition warnt. In Italien sei die Rente "
     "niedriger, in Italien fehle Geld, in Italien gebe es Proteste, in Italien Streiks.\nDie Quote liegt bei 60 Prozent.",
     "60", "IT"),
]


@pytest.mark.parametrize("outlet,section,text,fig,iso", SECTIONS)
def test_section_is_the_last_default(outlet: str | None, section: str | None, text: str,
                                     fig: str, iso: str | None) -> None:
    assert _place(outlet, section, text, fig) == iso
