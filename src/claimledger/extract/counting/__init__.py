"""What a figure counts and of whom: the counted phrase, the measure, and `who`.

Three stages, each in its own module and testable alone — ``phrase`` (where the counted words
are), ``measure`` (what kind of figure), ``who`` (group, nationality, place) — wired by
``analyzer.CountAnalyzer`` with the document's memory (``context``). Words come from the
language pack's tables and German word order from its ``syntax`` hooks.
"""

from claimledger.extract.counting.analyzer import CountAnalyzer, Counted

__all__ = ["CountAnalyzer", "Counted"]
