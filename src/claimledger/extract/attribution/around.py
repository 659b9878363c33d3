"""Sources a figure's sentence takes from around it rather than from a cue of its own.

* a **confirmation** — a next sentence opening with a demonstrative that names a source
  ("… 40 Häuser brannten. Das bestätigte die Feuerwehr.");
* an **acting subject** — an authority that does what the figure counts reports it ("Die
  Feuerwehr brachte 31 Läufer ins Krankenhaus").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.cues import Cue, SentenceView
    from claimledger.extract.attribution.phrases import Span

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

from claimledger.extract.attribution.phrases import np_forward
from claimledger.extract.attribution.registry import head_kind
from claimledger.extract.attribution.tokens import clause_of

_WORDS = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"\W*(\w+)")
# how many sentences ahead a demonstrative confirmation may stand
_CONFIRM_AHEAD = 4


def acting_subject(at: DocumentAttributor, si: int, pos: int) -> Source | None:
    """"Die Feuerwehr brachte 31 Läufer ins Krankenhaus": an authority that does what
    the figure counts reports it; the subject of the figure's clause, when its kind is
    one the pack lists as acting (police, fire brigade, civil protection) or its head
    noun names an acting institution ("Bundesregierung"; never a city or a country)."""
    v = at.view(si)
    got = at.finder.leading_subject(v)
    if got is None:
        return None
    phrase = at.text[v.toks[got[0][0]].start:v.toks[got[0][1]].end]
    if not at.lx.acts(head_kind(phrase, at.lx), phrase.split()):
        return None  # checked by the head noun first: most subjects are never looked up
    subj = at.subject(si)
    if subj is None:  # an institution the registry and the kinds do not know
        c = at.finder.make(v, got[1], got[1], got[0], (v.start, v.end), False)
        subj = c.source if c is not None and not c.pronoun else None
    if subj is None or subj.span is None or not at.lx.acts(subj.kind, subj.text.split()):
        return None
    clause = clause_of(v.clauses, subj.span[0]) if v.clauses else (v.start, v.end)
    return Source(subj.text, subj.span, subj.id, subj.kind, None) \
        if clause[0] <= pos < clause[1] else None


def confirmed_after(at: DocumentAttributor, si: int) -> Source | None:
    """"… 40 Häuser brannten. Das bestätigte die Feuerwehr.": a next sentence (same
    paragraph) that opens with a demonstrative and names a source reports this one; a
    demonstrative standing alone ("Das sind Ergebnisse der Erhebung von X") reaches
    back over a few sentences that name no source of their own."""
    sent = at.sentences[si]
    for j in range(si + 1, min(len(at.sentences), si + 1 + _CONFIRM_AHEAD)):
        nxt = at.sentences[j]
        if nxt.paragraph != sent.paragraph or nxt.heading:
            return None
        if j == si + 1:
            src = _closing_so(at, j)
            if src is not None:
                return src
        m = _FIRST_WORD.match(at.text, nxt.start, nxt.end)
        if m is not None and j == si + 1 and _report_subject(at, m):
            # "Die Angaben stammen von der Polizei.": the source named after the report noun
            src = _demonstrative_source(at, j, False)
            if src is not None and src.span is not None and src.span[0] > m.end():
                w = _FIRST_WORD.match(at.text, m.end())
                if w is not None and src.span[0] >= w.end():
                    return src
        if m is not None and (m.group(1).lower() in at.lx.demonstratives or _pointing_adverb(at, m, nxt.end)):
            # checked on the raw text: most sentences are never tokenised here
            w = _FIRST_WORD.match(at.text, m.end(), nxt.end)
            alone = w is not None and w.group(1).islower()
            if j == si + 1 or alone:
                src = _demonstrative_source(at, j, alone)
                if src is not None and all(at.own(k) is None for k in range(si + 1, j)):
                    return src
    return None


def _pointing_adverb(at: DocumentAttributor, m: re.Match[str], end: int) -> bool:
    """"So sagt es der Premier.": an adverb, a verb and an object pronoun open the sentence."""
    if m.group(1).lower() not in at.lx.demonstrative_adverbs:
        return False
    words = _WORDS.findall(at.text, m.end(), min(end, m.end() + 40))
    return len(words) > 2 and words[0].islower() and words[1].lower() in at.lx.inverted_objects


def _report_subject(at: DocumentAttributor, m: re.Match[str]) -> bool:
    """A sentence opening with an article and a report noun ("Die Angaben stammen von …",
    "Die Zahlen nannte das Ministerium") speaks of the report just given."""
    if m.group(1).lower() not in at.lx.dets or m.group(1).lower() in at.lx.oblique_dets:
        return False  # "Den Angaben des Zivilschutzes zufolge …" is no subject: it cues its own sentence
    w = _FIRST_WORD.match(at.text, m.end())
    return w is not None and w.group(1)[:1].isupper() and at.lx.is_doc_noun(w.group(1).lower())


def _closing_so(at: DocumentAttributor, j: int) -> Source | None:
    """"… kamen 15.200 Bürger ins Büro. Da sind die Anrufer noch nicht dabei, so Kahr.": a
    sentence that closes with the paraphrase cue (", so X.") ends a stretch of paraphrase
    that began in the sentence right before it."""
    sent = at.sentences[j]
    comma = at.text.rfind(",", sent.start, sent.end)
    if comma < 0 or not any(w.lower() in at.lx.so_cue for w in _WORDS.findall(at.text, comma, sent.end)[:1]):
        return None  # cheap test on the raw text: no ", so" closes the sentence
    v = at.view(j)
    words = [t for t in v.toks if t.word]
    if len(words) < 2:
        return None
    for c in at.cues(j):
        src = c.source
        if src is not None and src.span is not None and src.cue is not None \
                and src.cue.lower() in at.lx.so_cue and src.span[1] == words[-1].end \
                and c.scope[0] <= v.start:
            return src
    return None


def _demonstrative_source(at: DocumentAttributor, j: int, alone: bool) -> Source | None:
    """The source a sentence opening with a demonstrative names: a cue's, or the
    attachment of a report noun after a copula ("Das sind Zahlen der Behörde")."""
    # a cue of a later clause ("Diese Verträge …, und der Schaden beläuft sich laut X
    # auf …") reports that clause, not the demonstrative's; a speech verb after a comma
    # (", sagte X") closes a quotation the demonstrative opens ("Das ist ein toller Tag,
    # sagte X"): it points at the situation, not at the report before it, unless it calls
    # it a report ("Das sind die Zahlen, sagte X")
    v = at.view(j)
    start = v.toks[0].start if v.toks else at.sentences[j].start
    report = _report_after_copula(at, v) if alone else None
    cues = [c for c in at.cues(j) if c.source is not None and c.scope[0] <= start
            and not (c.verb and report is None and "," in at.text[start:_cue_start(c)])]
    if cues:
        return min(cues, key=lambda c: (not c.verb, c.cue_pos)).source
    bare = _bare_report(at, j, start)
    if bare is not None:
        return bare
    if report is None:
        return None
    words, np_ = report
    c = at.finder.make(v, words[1], words[1], np_, (v.start, v.end), False)
    return c.source if c is not None and not c.anaphoric else None


def _bare_report(at: DocumentAttributor, j: int, start: int) -> Source | None:
    """"Das geht aus dem Jahresbericht hervor": a report named with a definite article and
    no author is its author's when a sentence shortly before names one as its subject, else
    the report itself speaks."""
    for c in at.cues(j):
        if c.source is None and c.anaphoric and c.fallback is not None and c.scope[0] <= start:
            words = c.fallback.text.split()
            author = at.report_author(j, words[-1].lower()) if words else None
            return author or c.fallback
    return None


def _cue_start(c: Cue) -> int:
    """Where a cue begins: its verb, or its source when that stands first ("von X … angegeben")."""
    return min(c.cue_pos, c.source.span[0]) if c.source is not None and c.source.span else c.cue_pos


def _report_after_copula(at: DocumentAttributor, v: SentenceView) -> tuple[list[int], Span] | None:
    """"Das sind Zahlen der Behörde": the word indices and the noun phrase after the copula,
    when that phrase holds a document noun."""
    words = [k for k, t in enumerate(v.toks) if t.word]
    if len(words) < 3 or v.lows[words[1]] not in at.lx.copula:
        return None
    np_ = np_forward(v.toks, words[2], at.lx)
    if np_ is None or not any(v.toks[k].cap and at.lx.is_doc_noun(v.lows[k])
                              for k in range(np_[0], np_[1] + 1)):
        return None
    return words, np_


def report_subject(at: DocumentAttributor, si: int, pos: int) -> Source | None:
    """"Der 137-seitige Bericht listet 39 Empfehlungen auf": a report named with a definite
    article as the subject of its clause states that clause, whatever its verb; the source
    is the report's author when a sentence shortly before names it, else the report."""
    v = at.view(si)
    got = at.finder.leading_subject(v)
    if got is None or v.lows[got[0][0]] not in at.lx.anaphoric_dets:
        return None
    (a, b), _verb = got
    head = next((k for k in range(b, a, -1) if v.toks[k].cap), None)
    if head is None or not at.lx.is_doc_noun(v.lows[head]):
        return None
    clause = clause_of(v.clauses, v.toks[a].start) if v.clauses else (v.start, v.end)
    if not clause[0] <= pos < clause[1]:
        return None
    author = at.report_author(si - 1, v.lows[head]) if si > 0 else None
    if author is not None:
        return Source(author.text, author.span, author.id, author.kind, None)
    c = at.finder.make(v, got[1], got[1], got[0], (v.start, v.end), False)
    if c is None or c.source is None or c.pronoun:
        return None
    return Source(c.source.text, c.source.span, c.source.id, c.source.kind, None)
