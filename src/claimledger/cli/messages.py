"""Per-input messages on stderr, with repeats collapsed.

A corpus of a thousand articles without publication dates would otherwise print a thousand
identical lines and bury the one error that matters. Errors are printed as they happen;
warnings are counted by kind and printed once at the end: the message with the number of
inputs it concerns and a few of their names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import click

WARNING_PREFIX = "warning: "  # as claimledger.ingest.errors marks recovered problems
EXAMPLES = 3
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|\b\d[\d.:-]*\b")


def kind_of(message: str) -> str:
    """The message with its variable parts (quoted values, numbers, dates) blanked."""
    return _VARIABLE.sub("…", message)


@dataclass
class Reporter:
    """Collects warnings by kind; ``error`` prints at once, ``flush`` prints the warnings."""

    prefix: str = "claimledger"
    warnings: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    errors: int = 0

    def __call__(self, name: str, message: str) -> None:
        """An ``on_error(input, message)`` handler as ingest and the runner call it."""
        if message.startswith(WARNING_PREFIX):
            self.warn(name, message[len(WARNING_PREFIX):])
        else:
            self.error(name, message)

    def error(self, name: str, message: str) -> None:
        self.errors += 1
        click.echo(f"{self.prefix}: error: {name}: {message}", err=True)

    def warn(self, name: str, message: str) -> None:
        self.warnings.setdefault(kind_of(message), []).append((name, message))

    def flush(self) -> None:
        for items in self.warnings.values():
            echo_collapsed("warning", items, self.prefix)
        self.warnings.clear()


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


__all__ = ["Reporter", "echo_collapsed", "kind_of"]
