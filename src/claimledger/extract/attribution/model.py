"""The data the attribution parts pass between them: a sentence as the cue rules see it,
and a cue with the source it names and the stretch of text it governs."""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.attribution.phrases import Span
from claimledger.extract.attribution.tokens import Tok
from claimledger.model import Source


@dataclass
class Cue:
    """A source candidate in a sentence, with the span of text it governs."""

    source: Source | None       # None with hedge=True: "Berichten zufolge" (no one named)
    scope: Span
    cue_pos: int
    verb: bool                  # speech verb (wins ties over a prepositional cue)
    hedge: bool = False
    anaphoric: bool = False     # "den Angaben zufolge": refers to the previous source
    pronoun: bool = False       # pronoun subject, resolved to its antecedent later
    # a report named anaphorically ("dem Bericht zufolge"): the source when nothing before
    # it names who reported
    fallback: Source | None = None
    # a speech verb's subject that names nothing that speaks ("Das Konzept erinnert an …"):
    # a quotation may still take it as its speaker; a figure does not
    mute: bool = False
    # governs one phrase, not its sentence ("die von X genannten drei Millionen"): reported
    # speech after the sentence does not continue it
    local: bool = False
    # a plan ("Sturm will Salzburg schlagen"): its subject states what follows the verb, but
    # it is no report that reported speech or an addition after the sentence continues (a
    # quotation after it may still be the subject's)
    plan: bool = False
    # names the document's own outlet ("nach Informationen des STANDARD" in a STANDARD
    # article): the figure is the outlet's own statement (source None), and nothing carries
    outlet: bool = False
    # a nameless stage of a report ("nach vorläufigen Erkenntnissen"), the source itself
    # unless the sentence marks that it continues the report before ("demnach")
    stage: bool = False


@dataclass
class SentenceView:
    """One sentence as the cue rules see it."""

    start: int
    end: int
    toks: list[Tok]
    lows: list[str]
    clauses: list[Span]
    inq: list[bool]             # token stands inside a quotation
