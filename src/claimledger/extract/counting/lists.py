"""Units shared along a list of figures: "250, 400 und 600 Euro", "3, 4 oder 5 Prozent".

German (and English) write a unit once, after the last item of a list of bare numbers; every
item is in that unit. The joints between items (a comma, the pack's coordinators) come from the
language pack; this module only walks the figures a sentence holds, in order.
"""

from __future__ import annotations

from typing import Any

from claimledger.extract.figures import Figure

SUBUNIT_MARK = "_cent"  # "10, 20 und 50 Cent": hundredths are scaled when read; not shared here
NUMBER_KIND = "number"  # plain numbers only: no single people, proportions or multipliers


def share_list_units(text: str, figs: list[Figure], lex: Any) -> None:
    """Give the unit of a list's last item to the bare items before it, in place. Only whole
    lists: every item but the last has no unit, each joint is a comma or a coordinator, and a
    coordinator comes before the last ("242 von 422, 57 Prozent" restates, it lists nothing)."""
    run: list[Figure] = []
    for j, fig in enumerate(figs):
        nxt = figs[j + 1] if j + 1 < len(figs) else None
        if fig.unit is None and fig.kind == NUMBER_KIND and nxt is not None \
                and lex.list_joint_re.fullmatch(text, fig.unit_end, nxt.start):
            run.append(fig)
            continue
        if run and fig.unit is not None and not fig.unit.endswith(SUBUNIT_MARK) \
                and lex.list_end_re.fullmatch(text, run[-1].unit_end, fig.start):
            for item in run:
                item.unit = fig.unit
        run = []
