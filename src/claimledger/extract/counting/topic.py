"""The topic of a figure that names nothing it counts: the noun its sentence is about.

Money, shares, durations and bare figures often name no counted noun of their own ("Die Kosten
werden auf über fünf Millionen Dollar geschätzt", "Hofer um neun", "Sie werden fünf Jahre lang
gepflegt"). A reader then takes what is measured from the nearest noun phrase of the
sentence: an article-led phrase before the figure (usually its subject or object), else the
last noun before it, else the first one after its unit. That phrase is given as ``counted``
so the user sees what the figure is about; it is weaker evidence than a counted noun, so it
never names the series (the subject label) nor decides the measure or the group.
"""

from __future__ import annotations

from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.frame import Frame
from claimledger.extract.counting.lexicon import CountLexicon

# how many words after the unit a topic noun may stand (articles and adjectives between)
AFTER_WORDS = 4


def topic_span(lex: CountLexicon, text: str, f: Frame) -> tuple[int, int] | None:
    """The span of the noun the figure's sentence is about, or None. Words that only frame
    the figure (units, dates, months, places) are no topic."""
    syn = lex.syntax
    span = P.relative_antecedent(lex, text, f.cs)  # a relative clause is about the noun it describes
    if span is not None and _names_a_topic(lex, text[span[0]:span[1]]):
        return span
    span = syn.noun_before(text, f.ss, f.lead_at)
    if span is not None and _names_a_topic(lex, text[span[0]:span[1]]):
        return span
    pos = f.lead_at
    while (span := syn.last_noun(text, f.ss, pos)) is not None:
        if _names_a_topic(lex, text[span[0]:span[1]]):
            return span
        pos = span[0]  # "Khol legte seit Februar um zwei Punkte zu": past the month to Khol
    span = syn.noun_after(text, f.unit_end, f.se, AFTER_WORDS)
    return span if span is not None and _names_a_topic(lex, text[span[0]:span[1]]) else None


def _names_a_topic(lex: CountLexicon, word: str) -> bool:
    return not P.frames_or_dates(lex, word)
