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

from claimledger.extract.attribution.anaphora import Anaphora, titled_antecedent
from claimledger.extract.attribution.bodies import Bodies
from claimledger.extract.attribution.continuation import continued_source
from claimledger.extract.attribution.cues import Cue, CueFinder, SentenceView
from claimledger.extract.attribution.hedging import hedged
from claimledger.extract.attribution.lexicon import lexicon
from claimledger.extract.attribution.phrases import np_forward
from claimledger.extract.attribution.polls import counts_respondents, poll_source, respondent_phrase
from claimledger.extract.attribution.quotes import QuoteIndex
from claimledger.extract.attribution.registry import head_kind, registry, resolve_source, source_id
from claimledger.extract.attribution.speakers import quote_speaker
from claimledger.extract.attribution.tokens import clause_of, split_clauses, tokenise
from claimledger.extract.sentences import Sentence
from claimledger.model import Source

_ONE_NAME = re.compile(r"[^\W\d_][\w-]+")  # a single word: a name the text may have given in full


_FIRST_WORD = re.compile(r"\W*(\w+)")
_WORDS = re.compile(r"[\w-]+")
# how many sentences ahead a demonstrative confirmation may stand
_CONFIRM_AHEAD = 4
_REPORT_KIND = "report"  # the kind the pack gives report nouns ("Bericht", "Studie")


@dataclass
class Attribution:
    """Attribution of one figure: ``source`` None means the outlet states it itself."""

    source: Source | None
    hedged: bool
    # the source reaches the figure from elsewhere (a sentence before or after, the clause's
    # acting subject, an anaphoric report), not from a cue or quotation of its own
    carried: bool = False


@dataclass
class _SentInfo:
    view: SentenceView
    cues: list[Cue] = field(default_factory=list)
    carries: bool = False       # subjunctive / reportative / continuation marker
    hearsay_only: bool = False  # carries only by a reportative modal ("soll"): hearsay
    own: Source | None = None   # the sentence's main source (for carrying forward)
    resolved: Source | None = None  # own or carried: what a following sentence may inherit
    done_resolve: bool = False
    done_cues: bool = False


class DocumentAttributor:
    """Attributes figures of one document; sentence analyses are computed lazily and cached."""

    def __init__(self, text: str, sentences: list[Sentence], pack: Any) -> None:
        self.text = text
        self.sentences = sentences
        self.pack = pack
        self.lx = lexicon(pack)
        registry(pack)  # compiled once per pack, up front rather than inside the first lookup
        self.finder = CueFinder(text, pack, self.lx)
        self._starts = [s.start for s in sentences]
        self._info: dict[int, _SentInfo] = {}
        # bare names already looked up in this document ("Kim" -> the full name given before)
        self._full_names: dict[str, tuple[str | None, str | None] | None] = {}
        self._quotes: QuoteIndex | None = None
        self._quote_src: dict[int, Source | None] = {}
        self._subjects: dict[int, Source | None] = {}
        # sentences whose raw text names a result ("Endergebnis"), for the continuation rules
        self.result_named: set[int] | None = None
        self._continued: dict[int, Source | None] = {}
        self._anaphora = Anaphora(self)
        self._bodies: Bodies | None = None

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
        poll = self._poll(sentence_index, fig_end, best)
        if poll is not None:
            return Attribution(poll, is_hedged)
        if best is not None:
            if best.anaphoric:
                # a report named anaphorically is the one the next sentence names ("Nach der
                # Auszählung … Dies teilte X mit."), else the previous sentence's, if it named
                # a reporter; else the report itself is the source
                src = self._confirmed_after(sentence_index)
                if src is None:
                    src = (self._carried(sentence_index, 1) or best.fallback) if best.fallback \
                        else self._carried(sentence_index)
                return Attribution(src, is_hedged or best.hedge, True)
            return Attribution(best.source, is_hedged or best.hedge)
        if info.carries and not info.hearsay_only and q is None:
            # reported speech continues the report before it ("Damit stieg die Zahl auf …")
            # before a next sentence's source is considered
            src = self._carried(sentence_index)
            if src is not None:
                return Attribution(src, is_hedged, True)
        src = self._confirmed_after(sentence_index)
        if src is not None:
            return Attribution(src, is_hedged, True)
        if q is not None or info.carries:
            # "soll" alone is hearsay: it continues only the sentence right before it
            src = self._carried(sentence_index, 1 if info.hearsay_only and q is None else None)
            if src is not None:
                return Attribution(src, is_hedged, True)
        if q is None and not info.carries:  # reported speech about an authority is not its report
            src = self._acting_subject(sentence_index, fig_start)
            if src is not None:
                return Attribution(src, is_hedged, True)
        if q is None and (not info.carries or info.hearsay_only):
            if sentence_index not in self._continued:  # once a sentence, not once a figure
                self._continued[sentence_index] = continued_source(self, sentence_index)
            src = self._continued[sentence_index]
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

    def _acting_subject(self, si: int, pos: int) -> Source | None:
        """"Die Feuerwehr brachte 31 Läufer ins Krankenhaus": an authority that does what
        the figure counts reports it; the subject of the figure's clause, when its kind is
        one the pack lists as acting (police, fire brigade, civil protection) or its head
        noun names an acting institution ("Bundesregierung"; never a city or a country)."""
        v = self.view(si)
        got = self.finder.leading_subject(v)
        if got is None:
            return None
        phrase = self.text[v.toks[got[0][0]].start:v.toks[got[0][1]].end]
        if not self.lx.acts(head_kind(phrase, self.lx), phrase.split()):
            return None  # checked by the head noun first: most subjects are never looked up
        subj = self.subject(si)
        if subj is None:  # an institution the registry and the kinds do not know
            c = self.finder.make(v, got[1], got[1], got[0], (v.start, v.end), False)
            subj = c.source if c is not None and not c.pronoun else None
        if subj is None or subj.span is None or not self.lx.acts(subj.kind, subj.text.split()):
            return None
        clause = clause_of(v.clauses, subj.span[0]) if v.clauses else (v.start, v.end)
        return Source(subj.text, subj.span, subj.id, subj.kind, None) \
            if clause[0] <= pos < clause[1] else None

    def _confirmed_after(self, si: int) -> Source | None:
        """"… 40 Häuser brannten. Das bestätigte die Feuerwehr.": a next sentence (same
        paragraph) that opens with a demonstrative and names a source reports this one; a
        demonstrative standing alone ("Das sind Ergebnisse der Erhebung von X") reaches
        back over a few sentences that name no source of their own."""
        sent = self.sentences[si]
        for j in range(si + 1, min(len(self.sentences), si + 1 + _CONFIRM_AHEAD)):
            nxt = self.sentences[j]
            if nxt.paragraph != sent.paragraph or nxt.heading:
                return None
            m = _FIRST_WORD.match(self.text, nxt.start, nxt.end)
            if m is not None and m.group(1).lower() in self.lx.demonstratives:
                # checked on the raw text: most sentences are never tokenised here
                w = _FIRST_WORD.match(self.text, m.end(), nxt.end)
                alone = w is not None and w.group(1).islower()
                if j == si + 1 or alone:
                    src = self._demonstrative_source(j, alone)
                    if src is not None and all(self.own(k) is None for k in range(si + 1, j)):
                        return src
        return None

    def _demonstrative_source(self, j: int, alone: bool) -> Source | None:
        """The source a sentence opening with a demonstrative names: a cue's, or the
        attachment of a report noun after a copula ("Das sind Zahlen der Behörde")."""
        # a cue of a later clause ("Diese Verträge …, und der Schaden beläuft sich laut X
        # auf …") reports that clause, not the demonstrative's
        v = self.view(j)
        start = v.toks[0].start if v.toks else self.sentences[j].start
        cues = [c for c in self.cues(j) if c.source is not None and c.scope[0] <= start]
        if cues:
            return min(cues, key=lambda c: (not c.verb, c.cue_pos)).source
        if not alone:
            return None
        v = self.view(j)
        words = [k for k, t in enumerate(v.toks) if t.word]
        if len(words) < 3 or v.lows[words[1]] not in self.lx.copula:
            return None
        np_ = np_forward(v.toks, words[2], self.lx)
        if np_ is None or not any(v.toks[k].cap and self.lx.is_doc_noun(v.lows[k])
                                  for k in range(np_[0], np_[1] + 1)):
            return None
        c = self.finder.make(v, words[1], words[1], np_, (v.start, v.end), False)
        return c.source if c is not None and not c.anaphoric else None

    # ------------------------------------------------------------------ document access
    @property
    def quotes(self) -> QuoteIndex:
        if self._quotes is None:
            self._quotes = QuoteIndex(self.text)
        return self._quotes

    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def view(self, si: int) -> SentenceView:
        return self._analyse(si, cues=False).view

    def cues(self, si: int) -> list[Cue]:
        return self._analyse(si).cues

    def own(self, si: int) -> Source | None:
        return self._analyse(si).own

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
    def _analyse(self, si: int, cues: bool = True) -> _SentInfo:
        info = self._info.get(si)
        if info is None:
            sent = self.sentences[si]
            toks = tokenise(self.text, sent.start, sent.end, self.lx.syn.is_noun, self.lx.lower_names,
                            self.lx.lower_words, self.lx.syn.NOUNS_CAPITALISED)
            quoted = self.quotes.overlaps(sent.start, sent.end)
            view = SentenceView(sent.start, sent.end, toks, [t.low for t in toks],
                                split_clauses(toks, sent.start, sent.end, self.lx, self.text),
                                [self._in_quote(t.start) for t in toks] if quoted else [False] * len(toks))
            info = self._info[si] = _SentInfo(view)
        if cues and not info.done_cues:
            info.done_cues = True  # set first: pronoun resolution may look at this sentence
            info.cues = self.finder.find(info.view)
            self._resolve_pronouns(info)
            self._resolve_short_names(info)
            self._resolve_reports(si, info)
            self._mark_carrying(si, info)
        return info

    def _in_quote(self, pos: int) -> bool:
        q = self.quotes.at(pos)
        return q is not None and not self.quotes.is_short(q, self.text, self.lx.verbs)

    def _resolve_pronouns(self, info: _SentInfo) -> None:
        for c in info.cues:
            if c.pronoun and c.source is not None and c.source.span:
                ante = self._anaphora.antecedent(c.source.span[0], c.source.text.lower())
                if ante is not None:
                    c.source = Source(ante.text, ante.span, ante.id, ante.kind, c.source.cue)
                else:
                    c.source = None
                    c.anaphoric = True

    def _resolve_short_names(self, info: _SentInfo) -> None:
        """A bare name ("Kim", "Yoon") is the person the text named in full before ("Kim
        Jong Un"), so it takes that mention's registry id: the registry lists full names,
        never a surname that many people share."""
        for c in info.cues:
            src = c.source
            if src is None or src.span is None or not _ONE_NAME.fullmatch(src.text):
                continue
            if resolve_source(src.text, self.pack)[0] is not None:
                continue
            if src.kind is not None:  # a role noun: "der Bürgermeister" -> "Bürgermeister X Y"
                c.source = titled_antecedent(self, src) or src
                continue
            found = self._full_names.get(src.text, False)
            if found is False:
                found = self._full_names[src.text] = self._full_name(src.text, src.span[0])
            if found:
                c.source = Source(src.text, src.span, found[0] or None, found[1] or src.kind, src.cue)

    def _resolve_reports(self, si: int, info: _SentInfo) -> None:
        """A report named bare ("laut Entwurf", "Der Bericht nennt …") is its author's when
        a sentence shortly before has a speaker as its subject and names the same report
        ("Kämmerer X hat den Entwurf eingebracht"): the author, not the paper, is the source."""
        for c in info.cues:
            src = c.source
            if src is None or src.kind != _REPORT_KIND or src.span is None or c.pronoun:
                continue
            words = _WORDS.findall(src.text)
            if len(words) != 1:
                continue  # an attachment ("Bericht der Behörde") already names the author
            author = self._report_author(si, words[0].lower())
            if author is not None:
                c.source = Source(author.text, author.span, author.id, author.kind, src.cue)

    def report_author(self, si: int, noun: str) -> Source | None:
        """The subject of sentence ``si``, or of one shortly before, that names the report
        ``noun`` ("Die Kammer hat eine Umfrage gemacht")."""
        return self._report_author(si, noun, True)

    def _report_author(self, si: int, noun: str, itself: bool = False) -> Source | None:
        sent = self.sentences[si]
        for k in range(si if itself else si - 1, max(-1, si - 1 - self.lx.max_back), -1):
            prev = self.sentences[k]
            if prev.paragraph < sent.paragraph - 1 or prev.heading:
                break
            if noun not in self.text[prev.start:prev.end].lower():
                continue
            subj = self.subject(k)
            if subj is not None and subj.kind != _REPORT_KIND:
                return subj
        return None

    def _full_name(self, word: str, before: int) -> tuple[str | None, str | None] | None:
        """Id and kind of the last full name that starts with ``word`` before ``before``."""
        found = None
        i = self.text.find(word + " ", 0, before)
        while i != -1:
            if i == 0 or not self.text[i - 1].isalnum():
                words = self.text[i:min(before, i + 80)].split(" ")[:3]
                for k, w in enumerate(words[:-1]):  # a name ends at a punctuation mark
                    if w[-1:] in ".,;:!?":          # ("Innenministerium mit. Damit …")
                        words = words[:k + 1]
                        break
                while len(words) > 1 and not self.lx.syn.is_noun(words[-1]):
                    words.pop()  # "Kim Yong-hyun sprach": the name ends before the verb
                while len(words) > 1 and not all(self.lx.syn.is_noun(w) for w in words[1:]):
                    words.pop()  # "Innenministerium mit Damit": a lower-case word ends it
                if len(words) > 1:
                    name = " ".join(words).rstrip(".,;:")
                    sid, kind = resolve_source(name, self.pack)
                    found = (sid, kind) if sid is not None else source_id(name, self.pack)
            i = self.text.find(word + " ", i + 1, before)
        return found

    def _mark_carrying(self, si: int, info: _SentInfo) -> None:
        """Does the sentence continue reported speech, and which source does it report?"""
        lx, sent, v = self.lx, self.sentences[si], info.view
        wl = [t.low for t, q in zip(v.toks, v.inq) if t.word and not q]
        ws = frozenset(wl)  # one set, then disjointness tests: this runs for every sentence
        if wl and wl[0] in lx.conditional_openers:
            ws = ws - lx.subjunctive_ii  # "Sollte X fehlen, dann stünden …": a condition
        reported = not lx.subjunctive.isdisjoint(ws) \
            or any(wl[:len(m)] == m for m in lx.markers) \
            or (not lx.sum_adverbs.isdisjoint(ws) and self._sum_adverb(v)) \
            or not lx.anaphoric_adverbs.isdisjoint(ws) \
            or self._subjunctive_verb(v)
        if not reported and not lx.subjunctive_after_report.isdisjoint(ws):
            reported = self._after_report(si)
        modal = not lx.modal.isdisjoint(ws) or self._reportative_past(wl)
        info.carries = reported or modal
        info.hearsay_only = modal and not reported
        if sent.heading:
            info.carries = False
        srcs = [c for c in info.cues if c.source is not None]
        if srcs:
            # the source governing the end of the sentence is the one reported speech continues
            last = v.clauses[-1] if v.clauses else (sent.start, sent.end)
            cover = [c for c in srcs if c.scope[0] <= last[0] and c.scope[1] >= last[1] - 1]
            info.own = min(cover or srcs, key=lambda c: (c.scope[1] - c.scope[0], not c.verb)).source

    def _sum_adverb(self, v: SentenceView) -> bool:
        """"Insgesamt wählten damit 62.300 Menschen": "damit" inside a main clause draws a
        sum from the figures reported before, as "Damit" opening a sentence does; after a
        comma it is the conjunction "so that", before one the correlate of a clause
        ("rechnet damit, dass …")."""
        lx = self.lx
        n = len(v.toks)
        return any(t.low in lx.sum_adverbs and not v.inq[k] and k > 0 and v.toks[k - 1].word
                   and k + 1 < n and v.toks[k + 1].word  # "rechnet damit, dass": a correlate
                   for k, t in enumerate(v.toks))

    def _after_report(self, si: int) -> bool:
        """"X berichtete, dass … sei. Jedes Jahr würden 600 Autos zerstört.": German puts
        reported speech in Konjunktiv II where Konjunktiv I looks indicative ("werden"), but
        "würden" is also a plain conditional; it continues a report only right after a
        sentence of the same paragraph that reports (a cue naming a source, or reported
        speech)."""
        if si == 0 or self.sentences[si - 1].paragraph != self.sentences[si].paragraph:
            return False
        prev = self._analyse(si - 1)
        return prev.carries or any(c.source is not None for c in prev.cues)

    def _reportative_past(self, wl: list[str]) -> bool:
        """"sollte … beteiligt gewesen sein": the past modal with a perfect infinitive is
        hearsay too."""
        lx = self.lx
        return len(wl) > 2 and wl[-1] in lx.perfect_inf and any(w in lx.modal_past for w in wl[:-2])

    def _subjunctive_verb(self, v: SentenceView) -> bool:
        """Is the finite verb after a leading subject or pronoun in the reported-speech mood?"""
        words = [k for k, t in enumerate(v.toks) if t.word and not v.inq[k]]
        if len(words) < 2:
            return False
        lx, first = self.lx, v.toks[words[0]]
        second = v.toks[words[1]]
        if first.low in lx.lead_conj and len(words) > 2 and (second.low in lx.dets or second.cap):
            # "Doch der Anteil … übersetze sich …": the conjunction stands before the field
            words = words[1:]
            first, second = second, v.toks[words[1]]
        if first.low in lx.pronouns or first.low in lx.impersonal_subjects \
                or first.low in lx.lead_conj or first.low in lx.trail_adv \
                or (first.low in lx.adv_openers and first.low not in lx.prepositions  # "Dabei dauere …"
                    and first.low not in lx.article_preps and first.low not in lx.subordinators
                    and not second.cap) \
                or (first.low in lx.dets and not second.cap  # "Dieser bestehe", not "Die neue Regel"
                    and not (len(words) > 2 and v.toks[words[2]].cap)):
            k = words[1]  # "Er habe …", "Jedoch ruhe …", "Dieser bestehe …": the verb is second
        else:
            got = self.finder.leading_subject(v)
            if got is None:
                return False
            k = got[1]
        t = v.toks[k]
        if k + 1 < len(v.toks) and v.toks[k + 1].cap and lx.is_adj(t.low, False):
            return False  # an attributive adjective before its noun, not a verb
        # (a passive auxiliary ends like the mood, "wurde", but is a past indicative)
        return not t.cap and t.low not in lx.not_adj and t.low not in lx.passive_aux \
            and lx.syn.is_subjunctive_singular(t.low)

    def _best_cue(self, info: _SentInfo, pos: int) -> Cue | None:
        cand = [c for c in info.cues if c.scope[0] <= pos < c.scope[1]
                and (c.source is not None or c.hedge or c.anaphoric)]
        if not cand:
            return None
        return min(cand, key=lambda c: (c.anaphoric, c.scope[1] - c.scope[0], not c.verb, abs(c.cue_pos - pos)))

    # ------------------------------------------------------------------ carry-over
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
            chain = chain and carries
            if src is not None:
                return src
            if prev.paragraph != sent.paragraph and not self._analyse(k).carries \
                    and not self.quotes.overlaps(prev.start, prev.end):
                break  # the outlet's own voice before this paragraph ends the report
        return None

    def _resolved(self, si: int) -> Source | None:
        info = self._analyse(si)
        if info.done_resolve:
            return info.resolved
        info.done_resolve = True
        src = info.own
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
        toks = [t for t in v.toks if a <= t.start and t.end <= b]
        return hedged(self.text, toks, (v.start, v.end), self.lx)
