"""Who says a figure: source mention, id, kind, cue, hedging, reported speech carried on.

No parser or NER is available offline, so attribution works from a lexicon (the language
pack's ``attribution`` table), the source registry (``sources``) and word-order rules, with
the language's word shapes behind the pack's ``attribution_syntax`` hooks. The package is
split by job so that each part can be read and tested alone:

* ``lexicon``  — the pack's word roles, compiled once;
* ``registry`` — a mention -> stable id and kind (known sources, else the normalised phrase);
* ``tokens``   — tokens and clauses;
* ``phrases``  — the noun phrase a cue governs;
* ``model``    — the cue and sentence records the parts pass between them;
* ``cues``     — cue finding (prepositional and impersonal cues) and their scopes;
* ``scopes``   — limits of a cue's scope the finders share (a colon before the cue);
* ``verbs``    — speech-verb cues: whose subject, by word order, case and voice;
* ``verb_forms`` — is a listed form its clause's finite verb; agents and source phrases;
* ``continuation`` — indicative sentences continuing a report (results, additions, leads);
* ``quotes``   — where the quotations of a document are;
* ``speakers`` — who a quotation belongs to, across colons and sentence boundaries;
* ``anaphora`` — pronoun subjects resolved to the document's named sources, with agreement;
* ``hedging``  — reservation ("soll", "angeblich");
* ``mood``     — does a sentence continue reported speech, and whose;
* ``names``    — a cue's mention resolved: pronoun, bare name, bare report;
* ``around``   — sources from around a sentence: a confirming next sentence, an acting subject;
* ``polls``    — a poll's figures are the poll's;
* ``bodies``   — whom a source speaks for;
* ``document`` — ``DocumentAttributor``: the parts put together, and carry-over.
"""

from claimledger.extract.attribution.document import Attribution, DocumentAttributor
from claimledger.extract.attribution.lexicon import Lexicon, lexicon
from claimledger.extract.attribution.registry import resolve_source, source_id, source_labels

__all__ = ["Attribution", "DocumentAttributor", "Lexicon", "lexicon", "resolve_source",
           "source_id", "source_labels"]
