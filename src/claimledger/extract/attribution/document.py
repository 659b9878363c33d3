"""Attribution of the figures of one document: the parts put together, and carry-over.

Per sentence (lazily, cached): tokens, clauses, cues. Per figure: the speaker of the
quotation it stands in; else the cue whose scope is the smallest that holds it (the cue of
the figure's own clause beats one elsewhere); else, when the sentence is reported speech
(subjunctive, reportative modal, a continuation marker such as "Demnach") or a quotation,
the source the sentences before it carried. Pronoun subjects are replaced by their
antecedent before a sentence's cues are used.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.extract.attribution.anaphora import Anaphora
from claimledger.extract.attribution.around import acting_subject, confirmed_after, report_subject
from claimledger.extract.attribution.background import indicative_relative
from claimledger.extract.attribution.bodies import Bodies
from claimledger.extract.attribution.continuation import continued_source
from claimledger.extract.attribution.cues import Cue, CueFinder, SentenceView
from claimledger.extract.attribution.hedging import hedged
from claimledger.extract.attribution.interviews import Interview
from claimledger.extract.attribution.lexicon import lexicon
from claimledger.extract.attribution.mood import mark_carrying, marks_continuation
from claimledger.extract.attribution.outlet import mark_outlet
from claimledger.extract.attribution.names import report_author, resolve_pronouns, resolve_reports, resolve_short_names
from claimledger.extract.attribution.polls import counts_respondents, poll_source, poll_standing, respondent_phrase
from claimledger.extract.attribution.quotes import QuoteIndex
from claimledger.extract.attribution.registry import registry
from claimledger.extract.attribution.speakers import quote_speaker
from claimledger.extract.attribution.tokens import clause_of, split_clauses, tokenise
from claimledger.extract.sentences import Sentence
from claimledger.model import Source



# the words of a list of names with their bracketed values ("A (3 Prozent), B und C (je 4")
_LIST_WORDS = re.compile(r"[^\W\d_][\w-]*|\d[\d.,]*")


@dataclass
class Attribution:
    """Attribution of one figure: ``source`` None means the outlet states it itself."""

    source: Source | None
    hedged: bool
    # the source reaches the figure from elsewhere (a sentence before or after, the clause's
    # acting subject, an anaphoric report), not from a cue or quotation of its own
    carried: bool = False


@dataclass
class SentInfo:
    view: SentenceView
    cues: list[Cue] = field(default_factory=list)
    # the cues a quotation's speaker is sought among: ``cues`` and the muted speech-verb
    # subjects that name nothing a figure can be attributed to
    speaker_cues: list[Cue] = field(default_factory=list)
    carries: bool = False       # subjunctive / reportative / continuation marker
    hearsay_only: bool = False  # carries only by a reportative modal ("soll"): hearsay
    sum_only: bool = False  # carries only by a sum adverb ("war damit"): the sentence before's
    own: Source | None = None   # the sentence's main source (for carrying forward)
    # the prepositional cue reporting ``own``'s statement ("Laut X gab Y zu"): X, whom
    # reported speech after the sentence continues (a quotation after it stays Y's)
    reporter: Source | None = None
    own_plan: bool = False  # ``own`` states a plan: nothing after the sentence continues it
    resolved: Source | None = None  # own or carried: what a following sentence may inherit
    done_resolve: bool = False
    done_cues: bool = False


class DocumentAttributor:
    """Attributes figures of one document; sentence analyses are computed lazily and cached."""

    def __init__(self, text: str, sentences: list[Sentence], pack: Any, outlet: str | None = None) -> None:
        self.text = text
        self.outlet = outlet  # the document's outlet (metadata): its own cues name no source
        self.sentences = sentences
        self.pack = pack
        self.lx = lexicon(pack)
        registry(pack)  # compiled once per pack, up front rather than inside the first lookup
        self.finder = CueFinder(text, pack, self.lx)
        self._starts = [s.start for s in sentences]
        self._info: dict[int, SentInfo] = {}
        # the names written in lower case that occur in this document at all: a sentence is
        # searched for only these (most documents have none, and most sentences were searched)
        self._lower_words = tuple(w for w in self.lx.lower_words if w in text)
        # bare names already looked up in this document ("Kim" -> the full name given before)
        self.full_names: dict[str, tuple[str | None, str | None] | None] = {}
        self._quotes: QuoteIndex | None = None
        self._quote_src: dict[int, Source | None] = {}
        self._subjects: dict[int, Source | None] = {}
        # sentences whose raw text names a result ("Endergebnis"), for the continuation rules
        self.result_named: set[int] | None = None
        self._continued: dict[int, Source | None] = {}
        self._hedges: dict[tuple[int, int], bool] = {}  # clause span -> hedged
        self.anaphora = Anaphora(self)
        self._bodies: Bodies | None = None
        self._interview: Interview | None = None

    # ------------------------------------------------------------------ public
    def attribute(self, sentence_index: int, fig_start: int, fig_end: int) -> Attribution:
        got = self._attribute(sentence_index, fig_start, fig_end)
        if got.source is not None:  # whom it speaks for: a person's body, a role's body
            if self._bodies is None:
                self._bodies = Bodies(self)
            got.source = self._bodies.identify(got.source)
        return got

    def _attribute(self, sentence_index: int, fig_start: int, fig_end: int) -> Attribution:
        info = self._analyse(sentence_index)
        q = self.quotes.at(fig_start)
        is_hedged = self._hedged(sentence_index, fig_start)
        if q is not None and not self.quotes.is_short(q, self.text, self.lx.verbs):
            src = self._speaker(q)
            if src is not None:
                return Attribution(src, is_hedged)
        best = self._best_cue(info, fig_start)
        if best is not None and best.source is not None and self._glosses(best.source, fig_start):
            # the value of a name the cue's source lists: no report, and no other cue's
            best = self._best_cue(info, fig_start, best.source)
            if best is None:
                return Attribution(None, is_hedged)
        poll = self._poll(sentence_index, fig_end, best)
        if poll is not None:
            return Attribution(poll, is_hedged)
        if best is not None and best.source is not None and q is None \
                and best.source.text.lower() in self.lx.first_person:
            turn = self.interview.turn_at(fig_start)  # "Wir rechnen mit …" in an answer
            if turn is not None and not turn.outlet:
                best = None
        if best is not None and best.outlet:
            return Attribution(None, is_hedged)
        if best is not None:
            if best.anaphoric:
                # a report named anaphorically is the one the next sentence names ("Nach der
                # Auszählung … Dies teilte X mit."), else the previous sentence's, if it named
                # a reporter; else the report itself is the source
                src = confirmed_after(self, sentence_index)
                if src is None:
                    src = (self._carried(sentence_index, 1) or best.fallback) if best.fallback \
                        else self._carried(sentence_index)
                return Attribution(src, is_hedged or best.hedge, True)
            if best.stage and marks_continuation(self.lx, info.view):
                # "Demnach habe die Polizei nach vorläufigen Erkenntnissen …": the report before
                return Attribution(self.carried(sentence_index, 1) or best.source, is_hedged, True)
            return Attribution(best.source, is_hedged or best.hedge)
        if q is None:  # an interview's turn: the interviewee's answer, the outlet's question
            turn = self.interview.turn_at(fig_start)
            if turn is not None:
                return Attribution(self.interview.speaker(turn), is_hedged)
        if info.carries and q is None and indicative_relative(self.lx, info.view, fig_start):
            return Attribution(None, is_hedged)  # background the outlet adds to a report
        if info.carries and not info.hearsay_only and q is None:
            # reported speech continues the report before it ("Damit stieg die Zahl auf …")
            # before a next sentence's source is considered
            src = self._carried(sentence_index, 1 if info.sum_only else None)
            if src is not None:
                return Attribution(src, is_hedged, True)
        src = confirmed_after(self, sentence_index)
        if src is not None:
            return Attribution(src, is_hedged, True)
        if q is not None or info.carries:
            # "soll" alone is hearsay: it continues only the sentence right before it
            src = self._carried(sentence_index, 1 if (info.hearsay_only or info.sum_only) and q is None else None)
            if src is not None:
                return Attribution(src, is_hedged, True)
        if q is None and not info.carries:  # reported speech about an authority is not its report
            src = acting_subject(self, sentence_index, fig_start) \
                or report_subject(self, sentence_index, fig_start)
            if src is not None:
                return Attribution(src, is_hedged, True)
        if q is None and (not info.carries or info.hearsay_only):
            if sentence_index not in self._continued:  # once a sentence, not once a figure
                self._continued[sentence_index] = continued_source(self, sentence_index)
            src = self._continued[sentence_index]
            if src is not None:
                return Attribution(src, is_hedged, True)
        if q is None and not info.carries:
            src = poll_standing(self, sentence_index, fig_start, fig_end)
            if src is not None:
                return Attribution(src, is_hedged, True)
        return Attribution(None, is_hedged)

    def _poll(self, si: int, fig_end: int, best: Cue | None) -> Source | None:
        """A figure counting a poll's respondents ("40 Prozent der Befragten"), or reported
        by them ("Drei Viertel der Befragten gaben an …"), is the poll's."""
        if best is not None:
            if best.source is None or not respondent_phrase(self, best.source.text):
                return None
            return poll_source(self, si, True, best.source.cue)
        got = counts_respondents(self, self.view(si), fig_end)
        return poll_source(self, si, got[1], got[0]) if got is not None else None

    # ------------------------------------------------------------------ document access
    @property
    def quotes(self) -> QuoteIndex:
        if self._quotes is None:
            self._quotes = QuoteIndex(self.text)
        return self._quotes

    @property
    def interview(self) -> Interview:
        if self._interview is None:
            self._interview = Interview(self)
        return self._interview

    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def view(self, si: int) -> SentenceView:
        return self._analyse(si, cues=False).view

    def cues(self, si: int) -> list[Cue]:
        return self._analyse(si).cues

    def speaker_cues(self, si: int) -> list[Cue]:
        """The cues of sentence ``si`` a quotation's speaker may come from."""
        return self._analyse(si).speaker_cues

    def own(self, si: int) -> Source | None:
        return self._analyse(si).own

    def reported_own(self, si: int) -> Source | None:
        """The sentence's own source as one a later sentence may continue (not a plan's)."""
        info = self._analyse(si)
        return None if info.own_plan else info.own

    def analysed(self, si: int) -> SentInfo:
        """Sentence ``si`` analysed: its view, cues and mood."""
        return self._analyse(si)

    def report_author(self, si: int, noun: str) -> Source | None:
        """The subject of sentence ``si``, or of one shortly before, that names the report
        ``noun`` ("Die Kammer hat eine Umfrage gemacht")."""
        return report_author(self, si, noun)

    def cue_sources(self, k: int, partial: bool) -> list[Source]:
        """Named (non-pronoun) cue sources of sentence k; ``partial`` reads what an analysis
        under way has found so far instead of starting one (no recursion)."""
        info = self._info.get(k)
        if info is None and partial:
            return []
        if info is None:
            info = self._analyse(k)
        return [c.source for c in info.cues if c.source is not None and not c.pronoun]

    def subject(self, k: int) -> Source | None:
        """The leading subject of sentence k as a source (None when it opens otherwise)."""
        if k not in self._subjects:
            self._subjects[k] = self.finder.subject_source(self.view(k))
        return self._subjects[k]

    def _speaker(self, q: tuple[int, int]) -> Source | None:
        if q[0] not in self._quote_src:
            self._quote_src[q[0]] = None  # guard: a speaker search may come back here
            self._quote_src[q[0]] = quote_speaker(self, q)
        return self._quote_src[q[0]]

    # ------------------------------------------------------------------ sentence analysis
    def _analyse(self, si: int, cues: bool = True) -> SentInfo:
        info = self._info.get(si)
        if info is None:
            sent = self.sentences[si]
            toks = tokenise(self.text, sent.start, sent.end, self.lx.syn.is_noun,
                            self.lx.lower_names if self._lower_words else None,
                            self._lower_words, self.lx.syn.NOUNS_CAPITALISED)
            quoted = self.quotes.overlaps(sent.start, sent.end)
            view = SentenceView(sent.start, sent.end, toks, [t.low for t in toks],
                                split_clauses(toks, sent.start, sent.end, self.lx, self.text),
                                [self._in_quote(t.start) for t in toks] if quoted else [False] * len(toks))
            info = self._info[si] = SentInfo(view)
        if cues and not info.done_cues:
            info.done_cues = True  # set first: pronoun resolution may look at this sentence
            info.speaker_cues = self.finder.find(info.view)
            info.cues = [c for c in info.speaker_cues if not c.mute]
            if self.outlet:
                mark_outlet(info.cues, self.outlet, self.lx.dets)
            resolve_pronouns(self, info)
            resolve_short_names(self, info)
            resolve_reports(self, si, info)
            mark_carrying(self, si, info)
        return info

    def _in_quote(self, pos: int) -> bool:
        q = self.quotes.at(pos)
        return q is not None and not self.quotes.is_short(q, self.text, self.lx.verbs)

    def _best_cue(self, info: SentInfo, pos: int, glossed: Source | None = None) -> Cue | None:
        cand = [c for c in info.cues if c.scope[0] <= pos < c.scope[1]
                and (c.source is not None or c.hedge or c.anaphoric or c.outlet)
                and (glossed is None or c.source is not glossed and not (
                    c.source is not None and self._glosses(c.source, pos)))]
        if not cand:
            return None
        if any(c.plan for c in cand):
            # "Laut Knoll will die Firma zwei Stellen finanzieren": the cue naming who says
            # so reports the plan; the planner only intends it
            cand = [c for c in cand if not (c.plan and any(
                not o.verb and not o.local and o.source is not None
                and o.scope[0] <= c.cue_pos < o.scope[1] for o in cand))]
        # "Nur die Hälfte der Manager glaubt …, wie eine Studie ergab": a phrase does not
        # report its own count when another speech verb reports the sentence
        if any(c.source is not None and c.source.span is not None
               and c.source.span[0] <= pos < c.source.span[1] for c in cand):
            other = [c for c in cand if c.verb and c.source is not None and c.source.span is not None
                     and not c.source.span[0] <= pos < c.source.span[1]]
            cand = other or cand
        return min(cand, key=lambda c: (c.anaphoric, c.scope[1] - c.scope[0], not c.verb, abs(c.cue_pos - pos)))

    def _glosses(self, src: Source, pos: int) -> bool:
        """"Die niedrigsten Quoten meldeten Deutschland (7,2 Prozent), Österreich und
        Dänemark (je 10,1 Prozent)": a figure in brackets after a later name of the list the
        source's name opens gives that name's value; the list does not report it (a bracket
        right after the name itself is the pipeline's: "sagte Musiker Heino (77)")."""
        if src.span is None or not src.span[1] <= pos:
            return False
        opened = self.text.rfind("(", src.span[1], pos)
        if opened < 0 or ")" in self.text[opened:pos]:
            return False
        words = _LIST_WORDS.findall(self.text, src.span[1], opened)
        return bool(words) and all(w in self.lx.conj or w[:1].isupper() or w[:1].isdigit()
                                   for w in words)

    # ------------------------------------------------------------------ carry-over
    def carried(self, si: int, max_back: int | None = None) -> Source | None:
        """The source reported speech in sentence ``si`` continues (see ``_carried``)."""
        return self._carried(si, max_back)

    def _carried(self, si: int, max_back: int | None = None) -> Source | None:
        """Source of the nearest earlier sentence (same or previous paragraph) that had one,
        into the previous paragraph only across sentences that continue reported speech."""
        sent = self.sentences[si]
        back = self.lx.max_back if max_back is None else max_back
        chain = True  # every sentence between k and si continues reported speech
        for k in range(si - 1, max(-1, si - 1 - back), -1):
            prev = self.sentences[k]
            if prev.paragraph < sent.paragraph - 1 or prev.heading:
                break
            src = self._resolved(k)
            carries = self._analyse(k).carries
            if src is None and chain and not carries:
                # reported speech after a sentence that names someone as its subject with a
                # verb the lexicon lacks ("X wies den Vorwurf zurück. … sei …"): the report
                # chain starts there
                src = self.subject(k)
                if src is None and max_back is None:  # not for hearsay ("soll") alone
                    src = self._pronoun_subject(k)
            chain = chain and carries
            if src is not None:
                return src
            if prev.paragraph != sent.paragraph and not self._analyse(k).carries \
                    and not self.quotes.overlaps(prev.start, prev.end):
                break  # the outlet's own voice before this paragraph ends the report
        return None

    def _pronoun_subject(self, k: int) -> Source | None:
        """"Bürgermeister X verhandelt … Er sieht das als Chance. Dass … sei ein Glücksfall.":
        a sentence opening with a subject pronoun is about the person it stands for, and
        reported speech right after it is that person's."""
        v = self.view(k)
        first = next((t for t in v.toks if t.word), None)
        if first is None or first.low not in self.lx.pronouns or v.inq[v.toks.index(first)]:
            return None
        return self.anaphora.antecedent(first.start, first.low)

    def _resolved(self, si: int) -> Source | None:
        info = self._analyse(si)
        if info.done_resolve:
            return info.resolved
        info.done_resolve = True
        src = info.reporter or info.own
        sent = self.sentences[si]
        if src is None:
            q = self.quotes.at(sent.start + 1) or self.quotes.at(sent.end - 2)
            if q is not None:
                src = self._speaker(q)
        if src is None and (info.carries or any(c.anaphoric for c in info.cues)):
            src = self._carried(si)
        info.resolved = src
        return src

    def _hedged(self, si: int, pos: int) -> bool:
        v = self._analyse(si).view
        a, b = clause_of(v.clauses, pos) if v.clauses else (v.start, v.end)
        got = self._hedges.get((a, b))
        if got is None:  # once a clause, not once a figure
            toks = [t for t in v.toks if a <= t.start and t.end <= b]
            got = self._hedges[(a, b)] = hedged(self.text, toks, (v.start, v.end), self.lx)
        return got
