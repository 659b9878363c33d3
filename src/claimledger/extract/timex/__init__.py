"""Time expressions: find them and resolve them to a date interval.

Every figure in a news article holds at some time, and the text rarely says it absolutely:
"im vergangenen Herbst", "seit Oktober", "Ende letzten Jahres", "derzeit". The ledger can
only order and compare estimates if each is pinned to an interval, so this module resolves
every expression against the article's publication date.

Design:

* All words and surface patterns come from the language pack (``calendar.toml`` and
  ``time.toml``). The pack's ``[patterns]`` are regex templates; this module expands their
  ``%macro%`` references, compiles them once per pack into one alternation, and resolves a
  match only from the *named groups* it captured (``month``, ``rel``, ``part``, ``since`` ...).
  So an English pack needs new data files, not new code.
* dateparser and friends were tried and fail on exactly the cases that matter here
  (relative seasons, "Ende letzten Jahres", year inference for a month without a year), so
  the resolver is our own and small: a recurring period ("April", "Herbst", "Montag",
  "erstes Quartal") is a template over years or weeks, and a *selection mode* picks the
  occurrence (the most recent one by default, the previous/next/current one after a
  modifier, the next one after "bis").
* Precision over recall for ambiguous tokens: a bare month or season ("Mai", "Herbst") only
  counts with a preposition, modifier, part word, day or year around it; a bare four-digit
  number only counts as a year after a time operator ("seit 2014") and not before a noun
  ("bis 2000 Menschen").

The package, by job: ``grammar`` (the pack compiled into one master pattern, lookup
tables and a trigger scan), ``find`` (the pass over the text), ``resolve`` (a match's
groups to an interval and kind), ``periods`` (calendar arithmetic), ``model``.
"""

from claimledger.extract.timex.find import find_times, statement_interval
from claimledger.extract.timex.model import KINDS, TimeExpr

__all__ = ["KINDS", "TimeExpr", "find_times", "statement_interval"]
