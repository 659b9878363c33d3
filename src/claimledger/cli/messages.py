"""Per-input messages on stderr, with repeats collapsed (used by ``cli.problems.Problems``).

A corpus of a thousand articles without publication dates would otherwise print a thousand
identical lines and bury the one error that matters. Messages of one kind are printed once:
the message with the number of inputs it concerns and a few of their names.
"""

from __future__ import annotations

import re

import click

EXAMPLES = 3
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|\b\d[\d.:-]*\b")


def kind_of(message: str) -> str:
    """The message with its variable parts (quoted values, numbers, dates) blanked."""
    return _VARIABLE.sub("…", message)


def echo_collapsed(level: str, items: list[tuple[str, str]], prefix: str = "claimledger") -> None:
    """One line for messages of one kind: as it is when there is one, else with a count and a
    few of the inputs it concerns. ``level`` is "warning", or "" for a note."""
    if len(items) == 1:
        name, message = items[0]
        click.echo(f"{prefix}: {level + ': ' if level else ''}{name}: {message}", err=True)
        return
    distinct = list(dict.fromkeys(n for n, _ in items))
    names = ", ".join(distinct[:EXAMPLES])
    more = f" and {len(distinct) - EXAMPLES} more" if len(distinct) > EXAMPLES else ""
    click.echo(f"{prefix}: {level or 'note'} ({len(items)}×): {items[0][1]} (e.g. {names}{more})",
               err=True)


__all__ = ["echo_collapsed", "kind_of"]
