"""The figure scanner: every quantity written in a text, with its value, bound and unit.

Why it is built this way: the pipeline must run at several MB/s, and Python's regex engine
pays for every alternative it tries at every position. So the scan is two-level: one
compiled trigger regex (assembled from the language pack's tables) runs over a lower-cased
copy of the text and stops only where a figure can begin - a digit after a non-word
character, or a word that starts like a number word, vague quantity, multiplier or bare
article - and at bracketed placeholders. Each trigger is then finished locally with small
anchored regexes on the original text: is it a date, clock time, reference ("Artikel 5"),
phone number, URL or name with digits (then skip it); otherwise read the value, scale word,
range partner, unit/currency, qualifiers before and after, and decide year-vs-count and
ordinal-vs-count from a word of context. Word values are cached per word form, because the
same words ("einen", "acht") recur thousands of times.

No German word appears in this module; everything comes from ``numbers.toml`` and
``units.toml`` of the pack (and the month names of ``calendar.toml`` where present).

The package, by job: ``scanner`` (the tables compiled from the pack, and the trigger),
``scan`` (the pass over the text), ``reading`` (one figure at a trigger: digits, words,
articles, multipliers), ``values`` (digit and word values, scales), ``ranges``,
``units``, ``qualifiers`` (qualifiers, bounds, and ``finish``, which puts a figure
together), ``shapes`` (what is not a quantity: dates, phone numbers, ordinals, years),
``text`` (the word before or after, lower-casing with offsets kept), ``model``.
"""

from claimledger.extract.figures.model import Figure
from claimledger.extract.figures.qualifiers import qualify
from claimledger.extract.figures.scan import scan_figures

__all__ = ["Figure", "qualify", "scan_figures"]
