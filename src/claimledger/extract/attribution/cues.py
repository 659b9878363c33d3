"""Cue finding: the words that attribute ("laut", "zufolge", "sagte", "heißt es in") and the
source phrase each one governs, with the stretch of the sentence it governs (its scope).

Word order decides which phrase a cue takes: a prepositional cue takes the phrase next to
it; a speech verb takes its subject — the pre-verbal field in verb-second order, the phrase
after the verb when that field is an adverbial or empty (", sagte X"), the phrase after the
subordinator in a verb-final clause ("wie X berichtete"). Report nouns ("Angaben des X")
hand the role of source on to their attachment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimledger.extract.attribution.attributes import AttributeCues
from claimledger.extract.attribution.lexicon import Lexicon
from claimledger.extract.attribution.model import Cue, SentenceView
from claimledger.extract.attribution.phrases import Span, clause_subject, np_backward, np_forward
from claimledger.extract.attribution.registry import source_id
from claimledger.extract.attribution.scopes import after_colon, dateline
from claimledger.extract.attribution.tokens import clause_of
from claimledger.extract.attribution.verbs import VerbCues
from claimledger.model import Source


# quotation marks a source phrase keeps in pairs (shared typography, not language)
_MARK_PAIRS = (("„", "“"), ("»", "«"), ("«", "»"))
_CLOSING_MARKS = frozenset("“«»")
# marks before an aside ", so X," / "– so X –"
_ASIDE_OPENERS = frozenset(",–—(")
# how many tokens before ", wonach" the report noun may stand
_REPORT_REACH = 16


def _match(lows: list[str], i: int, phrases: list[list[str]]) -> list[str] | None:
    for p in phrases:
        if lows[i:i + len(p)] == p:
            return p
    return None


class CueFinder(VerbCues, AttributeCues):
    """Finds the cues of one sentence of a document."""

    def __init__(self, text: str, pack: Any, lx: Lexicon) -> None:
        self.text, self.pack, self.lx = text, pack, lx
        self._full: dict[str, bool] = {}  # names the document gives in full elsewhere

    def find(self, sv: SentenceView) -> list[Cue]:
        out = []
        starts = self.lx.cue_any
        for i, t in enumerate(sv.toks):
            if t.low not in starts or sv.inq[i] or not t.word:
                continue
            cue = (self._agent_attribute(sv, i) if t.low in self.lx.agent_preps else None) \
                or (self._prep_cue(sv, i) if t.low in self.lx.cue_starts else None) \
                or (self._verb_cue(sv, i) if t.low in self.lx.verb_like else None) \
                or (self._impersonal_final(sv, i, clause_of(sv.clauses, t.start))
                    if t.low in self.lx.subordinators and self._opens_impersonal(sv, i) else None)
            if cue is not None:
                out.append(cue)
        if len(sv.toks) > 3 and sv.toks[1].text == self.lx.colon_cue or (
                len(sv.toks) > 4 and sv.toks[2].text == self.lx.colon_cue):
            cue = self._colon_lead(sv)
            if cue is not None:
                out.append(cue)
        if not any(c.verb for c in out):
            cue = self._complement_subject(sv)
            if cue is not None:
                out.append(cue)
        if "," in self.text[sv.start:sv.end]:
            cue = self._object_content(sv)
            if cue is not None:
                out.append(cue)
        if self.lx.colon_cue in self.text[sv.start:sv.end]:
            after_colon(sv, out, self.lx.colon_cue)
        return out

    def _colon_lead(self, sv: SentenceView) -> Cue | None:
        """"Zeitung: Sechs Millionen Bürger betroffen", "Experten: 40 Prozent mehr": a
        sentence that opens with a speaker's noun and a colon (the headline form) gives what
        follows to it. Only a noun of a speaking kind, no report ("Weiteres Ergebnis: …",
        "Die Bilanz: …") and no place ("Wien: …")."""
        toks, lx = sv.toks, self.lx
        k = 1 if toks[1].text == lx.colon_cue else 2
        words = toks[:k]
        if not words[-1].cap or not all(t.word for t in words) or sv.inq[0]:
            return None
        src = self.source(toks[0].start, toks[k - 1].end, lx.colon_cue)
        if (src.kind is None and not self.named_in_full(src.text)) or src.kind == "report" \
                or src.text.lower() in lx.place_names:
            return None
        return Cue(src, (toks[k].end, sv.end), toks[k].start, False)

    def named_in_full(self, name: str) -> bool:
        """Does the document name ``name`` in full elsewhere, as the last words of a longer
        name or after a title ("Bürgermeister Kurt Fischer", "Beratungsfirma Crisp
        Research")? Then a sentence opening with it bare ("Fischer: …", "Fischer sagte")
        names a speaker, not a common noun ("Fazit: …")."""
        got = self._full.get(name)
        if got is None:
            lx, got = self.lx, False
            for m in _after_word(self.text, name):
                word, before = m.group(1), self.text[max(0, m.start() - 2):m.start()].strip()
                if word[:1].isupper() and before[-1:] not in (".", "!", "?", ":") and m.start() > 0 \
                        and word.lower() not in lx.dets and word.lower() not in lx.prepositions \
                        and word.lower() not in lx.article_preps and not lx.is_adj(word.lower(), True):
                    got = True
                    break
            self._full[name] = got
        return got

    def _object_content(self, sv: SentenceView) -> Cue | None:
        """"X hat Berichte der Zeitung Y zurückgewiesen, er sei …", "X lehnte den Vorschlag
        des Ministers ab, 17 Werke zu prüfen": a content clause after a report or proposal
        noun that a speech verb takes as its object is that report's, so its author is the
        source of the clause (the speaker only reacts to it)."""
        lx, toks = self.lx, sv.toks
        if lx.subjunctive.isdisjoint(sv.lows) and lx.infinitive_markers.isdisjoint(sv.lows) \
                and ("zu" not in self.text[sv.start:sv.end]
                     or not any(lx.syn.is_zu_infinitive(w) for w in sv.lows if "zu" in w)):
            return None  # no content clause anywhere: most sentences stop here
        n = len(toks)
        authored = [k for k in range(n - 1) if toks[k].cap and (
            toks[k + 1].low in lx.gen_dets or toks[k + 1].low in lx.of_preps) and lx.is_doc_noun(toks[k].low)]
        if not authored:
            return None  # no report noun with its author
        for i, t in enumerate(toks):
            if t.text != "," or sv.inq[i] or i + 1 >= n or not any(i - 1 - _REPORT_REACH < k < i for k in authored) \
                    or not self._content_after(sv, i):
                continue
            k = next((k for k in range(i - 1, max(-1, i - 1 - _REPORT_REACH), -1)
                      if not sv.inq[k] and toks[k].cap and lx.is_doc_noun(toks[k].low)), None)
            if k is None or not (toks[k + 1].low in lx.gen_dets or toks[k + 1].low in lx.of_preps):
                continue  # a report without its author ("den Bericht, …") names no one
            np_ = np_forward(toks, k - 1 if k > 0 and toks[k - 1].low in lx.dets else k, lx)
            if np_ is None or np_[1] >= i:
                continue
            c = self.make(sv, k, k, np_, (toks[i + 1].start, sv.end), True)
            if c is not None and c.source is not None and not c.anaphoric:
                return c
        return None

    def _content_after(self, sv: SentenceView, i: int) -> bool:
        """Does a content clause follow the comma at i: one in the mood of reported
        speech, or an infinitive with its marker closing it ("…, 17 Werke zu prüfen")?"""
        lx, lows = self.lx, sv.lows
        end = next((k for k in range(i + 1, len(lows)) if sv.toks[k].text in ",.;:"), len(lows))
        words = [k for k in range(i + 1, end) if sv.toks[k].word and not sv.inq[k]]
        return any(lows[k] in lx.subjunctive for k in words) or (len(words) > 2 and (
            lows[words[-2]] in lx.infinitive_markers or lx.syn.is_zu_infinitive(lows[words[-1]])))

    # ------------------------------------------------------------------ prepositional
    def _prep_cue(self, sv: SentenceView, i: int) -> Cue | None:
        lx, toks, lows = self.lx, sv.toks, sv.lows
        clause = clause_of(sv.clauses, toks[i].start)
        if lows[i] in lx.poll_only:  # "in", "im": frequent, and a cue only before a poll
            return self._poll_frame(sv, i, clause)
        p = _match(lows, i, lx.forward)
        if p:
            j = i + len(p)
            if not p[-1].endswith(".") and j < len(toks) and toks[j].text == ".":
                j += 1
            return self.make(sv, i, j - 1, np_forward(toks, j, lx), self._opening_scope(sv, i, clause), False)
        p = _match(lows, i, lx.cond_forward)
        if p:
            j = i + len(p)
            np_ = np_forward(toks, j, lx)
            # a report noun before any attachment: "nach Angaben der Polizei", "nach Grupps
            # Meinung", not "Nach Einleitung der Ermittlungen" (a time; its attachment reports)
            first = np_[0] + 1 if np_ and toks[np_[0]].low in lx.dets else (np_[0] if np_ else 0)
            end = next((k for k in range(first, np_[1] + 1) if toks[k].low in lx.gen_dets
                        or toks[k].low in lx.of_preps), np_[1] + 1) if np_ else 0
            if np_ and (any(toks[k].cap and lx.is_doc_noun(toks[k].low) for k in range(np_[0], end))
                        or self._reporting_kind(toks, np_)):
                return self.make(sv, i, j - 1, np_, self._opening_scope(sv, i, clause), False)
            return None
        if lows[i] in lx.backward:
            np_ = np_backward(toks, i, lx)
            return self.make(sv, i, i, np_, self._opening_scope(sv, np_[0] if np_ else i, clause), False) \
                if np_ else None
        p = _match(lows, i, lx.impersonal)
        if p:
            return self._impersonal(sv, i, i + len(p), clause)
        if lows[i] in lx.poll_preps:
            return self._poll_frame(sv, i, clause)
        if i > 0 and toks[i - 1].text == "," and _match(lows, i, lx.report_relatives):
            return self._report_relative(sv, i)
        if lows[i] in lx.so_cue and i > 0 and toks[i - 1].text in _ASIDE_OPENERS and i + 1 < len(toks) \
                and (toks[i + 1].cap or toks[i + 1].low in lx.dets):
            np_ = np_forward(toks, i + 1, lx)
            end = np_[1] + 1 if np_ else 0
            for _ in range(3):  # ", so X im Fernsehen.", ", so X in einem Beitrag auf der Website Y,"
                pp = np_forward(toks, end + 1, lx) if np_ and end < len(toks) and lows[end] in lx.prepositions else None
                if pp is None:
                    break
                end = pp[1] + 1
            if np_ and end < len(toks) and toks[end].word and not toks[end].cap:
                end += 1  # ", so X wörtlich."
            if np_ and (end >= len(toks) or not toks[end].word):
                c = self.make(sv, i, i, np_, clause, True)
                if c:
                    c.scope = (sv.start, sv.end)  # ", so X," may stand in the middle
                return c
        return None

    def _poll_frame(self, sv: SentenceView, i: int, clause: Span) -> Cue | None:
        """"Im APA/OGM-Vertrauensindex liegt X bei 30 Prozent", "in Umfragen kommt Y auf 8
        Prozent": a preposition before a phrase headed by a poll noun attributes its clause
        to the poll (to its author when one is attached)."""
        lx, toks = self.lx, sv.toks
        h = next((k for k in range(i + 1, min(len(toks), i + 6))
                  if toks[k].cap and toks[k].low.endswith(lx.poll_nouns)), None)
        if h is None or any(not toks[k].cap and toks[k].text != "/" and not (
                toks[k].low in lx.dets or lx.is_adj(toks[k].low, False)) for k in range(i + 1, h)):
            return None  # the head of the phrase after the preposition is no poll ("Im Ergebnis")
        np_ = np_forward(toks, i + 1, lx)
        if np_ is None or np_[1] < h:  # "APA/OGM-Vertrauensindex": a slash inside the name
            got = np_forward(toks, h, lx)
            np_ = (i + 1, got[1] if got else h)
        return self.make(sv, i, i, np_, self._opening_scope(sv, i, clause), False)

    def _report_relative(self, sv: SentenceView, i: int) -> Cue | None:
        """", wonach …" after a report noun ("Berichte der Zeitung zurückgewiesen, wonach
        …"): the nearest report noun before the comma is the source of the clause."""
        lx, toks = self.lx, sv.toks
        k = next((k for k in range(i - 2, max(-1, i - 2 - _REPORT_REACH), -1)
                  if not sv.inq[k] and toks[k].cap and lx.is_doc_noun(toks[k].low)), None)
        if k is None:
            return None
        a = k
        while a > 0 and toks[a - 1].word and not toks[a - 1].cap and (
                toks[a - 1].low in lx.dets or lx.is_adj(toks[a - 1].low, False)):
            a -= 1  # its article and adjectives
        np_ = np_forward(toks, a, lx)
        if np_ is None or np_[1] >= i - 1:
            np_ = (a, k) if np_ is None else (np_[0], min(np_[1], i - 2))
        return self.make(sv, i, i, np_, (toks[i].start, sv.end), False)

    def _reporting_kind(self, toks: list, np_: Span) -> bool:
        """"nach palästinensischen Medien": a phrase whose head names reporters (a kind
        the pack lists for "nach"), not a place ("nach Russland")."""
        text = self.text[toks[np_[0]].start:toks[np_[1]].end]
        return source_id(text, self.pack)[1] in self.lx.cond_kinds

    def _opening_scope(self, sv: SentenceView, i: int, clause: Span) -> Span:
        """A prepositional cue in the first clause of a sentence governs the sentence (the
        reported content runs on after commas), and so does one in the main clause after a
        leading subordinate clause ("Nachdem X …, geht es ihm nach Angaben Y gut");
        elsewhere only its clause."""
        first = sv.clauses[0] if sv.clauses else clause
        if len(sv.clauses) > 1 and dateline(sv, first):
            first = sv.clauses[1]  # "Wien – Im Index liegen drei im Plus: A mit 12 …"
        if clause == first and not any(sv.inq[:i]):
            return (sv.start, sv.end)
        if len(sv.clauses) > 1 and clause == sv.clauses[1] and not any(sv.inq[:i]) \
                and sv.lows and sv.lows[0] in self.lx.subordinators and sv.lows[0] not in self.lx.dets:
            return (sv.start, sv.end)
        return clause

    def _impersonal(self, sv: SentenceView, i: int, j: int, clause: Span) -> Cue:
        """"heißt es in X": the source follows a preposition; bare, it refers back."""
        toks, lx = sv.toks, self.lx
        scope = (sv.start, sv.end)  # "„…“, hieß es in X" and "In X hieß es, …" alike
        if j < len(toks) and sv.lows[j] in lx.impersonal_preps:
            np_ = np_forward(toks, j + 1, lx)
            if np_:
                c = self.make(sv, i, j - 1, np_, clause, True)
                if c:
                    c.scope = scope
                    return c
        # "Aus Paris hieß es", "Aus Regierungskreisen hieß es": the source stands before
        pre = [k for k in range(i) if toks[k].word and toks[k].start >= clause[0]]
        if len(pre) >= 2 and sv.lows[pre[0]] in lx.impersonal_preps:
            np_ = np_forward(toks, pre[0] + 1, lx)
            if np_ is not None and np_[1] == pre[-1]:
                c = self.make(sv, i, j - 1, np_, clause, True)
                if c:
                    c.scope = scope
                    return c
        return Cue(None, scope, toks[i].start, True, anaphoric=True)

    def _opens_impersonal(self, sv: SentenceView, i: int) -> bool:
        """"wie es in …": a subordinator, the impersonal subject, a preposition."""
        lx, lows = self.lx, sv.lows
        return lows[i] in lx.subordinators and i + 2 < len(lows) \
            and lows[i + 1] in lx.impersonal_subjects and lows[i + 2] in lx.impersonal_preps

    def _impersonal_final(self, sv: SentenceView, i: int, clause: Span) -> Cue | None:
        """"wie es in der Mitteilung hieß": the impersonal cue in verb-final order, its
        source the phrase after the preposition; it comments on the whole sentence."""
        lx, toks = self.lx, sv.toks
        np_ = np_forward(toks, i + 3, lx)
        if np_ is None:
            return None
        k = np_[1] + 1
        while k < len(toks) and toks[k].low not in lx.impersonal_verbs and (
                (toks[k].word and (not toks[k].cap or toks[k].low in lx.stop_caps))
                or (toks[k].text == "." and toks[k - 1].text.isdigit())):
            k += 1  # "am 13. Januar", adverbs
        if k >= len(toks) or toks[k].low not in lx.impersonal_verbs:
            return None
        c = self.make(sv, k, k, np_, clause, True)
        if c:
            c.scope = (sv.start, sv.end)
        return c

    # ------------------------------------------------------------------ the source phrase
    def make(self, sv: SentenceView, ci: int, cj: int, np_: Span | None, scope: Span,
             verb: bool) -> Cue | None:
        """Turn a cue and its noun phrase into a candidate; report nouns pass the role on."""
        if np_ is None:
            return None
        lx, toks = self.lx, sv.toks
        a, b = self._asked(toks, np_)
        for _ in range(3):  # a report of a report: "Ergebnisse der Erhebung des Amtes"
            words = [k for k in range(a, b + 1) if toks[k].word]
            head_k = next((k for k in words if toks[k].cap and lx.is_doc_noun(toks[k].low)), None)
            if head_k is None:
                break
            got = self._report_noun(sv, ci, a, b, head_k, words, scope, verb)
            if isinstance(got, Cue) or got is None:
                return got
            if got == (a, b):
                break
            a, b = got
        if toks[a].low in lx.dets and not (a == b and lx.is_pronoun(toks[a].low)) \
                and not (a < b and toks[a + 1].low in lx.gen_dets):
            # an article goes; a demonstrative standing alone is a pronoun ("Dieser"), and
            # one before a genitive article is one of many ("Einer der Feuerwehrleute")
            a += 1
        if a > b:
            return None
        if a == b and toks[a].low in lx.impersonal_subjects:
            return None
        src = self.source(toks[a].start, toks[b].end, self.text[toks[ci].start:toks[cj].end])
        return Cue(src, scope, toks[ci].start, verb, pronoun=(a == b and lx.is_pronoun(toks[a].low)))

    def _asked(self, toks: list, np_: Span) -> Span:
        """"einer Nachfrage beim Bürgermeister": an inquiry's answer is the one asked."""
        lx = self.lx
        b = np_[1]
        if not lx.inquiry_nouns or b + 2 >= len(toks) or toks[b + 1].low not in lx.inquiry_preps \
                or not (toks[b].cap and toks[b].low.endswith(lx.inquiry_nouns)):
            return np_
        asked = np_forward(toks, b + 2, lx)
        return asked if asked is not None else np_

    def source(self, s_start: int, s_end: int, cue: str | None) -> Source:
        """A Source for a span of text, brackets and quotation marks kept whole
        ("Welternährungsprogramm (WFP)", "„Space Telescope Science Institute“")."""
        text = self.text
        if s_end < len(text) and text[s_end] in _CLOSING_MARKS \
                and any(text.count(o, s_start, s_end) > text.count(c, s_start, s_end) for o, c in _MARK_PAIRS):
            s_end += 1
        if text.count("(", s_start, s_end) > text.count(")", s_start, s_end):
            close = text.find(")", s_end, s_end + 3)
            s_end = close + 1 if close >= 0 else text.rfind("(", s_start, s_end)
            while s_end > s_start and text[s_end - 1].isspace():
                s_end -= 1
        phrase = text[s_start:s_end]
        sid, kind = source_id(phrase, self.pack)
        return Source(phrase, (s_start, s_end), sid or None, kind, cue)

    def _report_noun(self, sv: SentenceView, ci: int, a: int, b: int, head_k: int,
                     words: list[int], scope: Span, verb: bool) -> Span | Cue | None:
        """"Angaben des Ministeriums" -> the attachment; "den Angaben" -> anaphoric;
        "Berichten zufolge" -> hedged, no one named; "nach eigenen Angaben" -> the clause's
        subject. Returns the phrase span to use, a finished Cue, or None."""
        lx, toks = self.lx, sv.toks
        rest = head_k + 1
        cue_at = toks[ci].start
        if rest <= b and (toks[rest].low in lx.gen_dets or toks[rest].low in lx.of_preps
                          or (toks[rest].word and lx.is_adj(toks[rest].low, toks[rest].cap)
                              and lx.syn.is_strong_genitive_adjective(toks[rest].low))):
            a = rest + 1 if toks[rest].low in lx.of_preps else rest
            while a <= b and toks[a].low in lx.dets:
                a += 1
            return (a, b) if a <= b else None
        if rest <= b and toks[rest].cap and not lx.is_doc_noun(toks[rest].low):
            if lx.syn.is_genitive_name(toks[rest].text):
                return (rest, b)  # a genitive name without article: "nach Angaben Ibrahims"
            if head_k > a:
                # the object after it: "nach ersten Meldungen Schäden verursacht" (a bare
                # report noun before a name is the name: "laut Statistik Austria")
                b = head_k
        mods = [toks[k].low for k in words if k < head_k and toks[k].low not in lx.dets]
        head = toks[head_k].low
        if len(mods) == 1 and head_k - 1 >= a and toks[head_k - 1].cap \
                and lx.syn.is_genitive_name(toks[head_k - 1].text):
            return (head_k - 1, head_k - 1)  # a name before its report: "nach Albrechts Worten"
        if not mods and any(toks[k].low in lx.anaphoric_dets for k in words if k < head_k):
            published = self._publisher(toks, b)
            if published is not None:
                return published  # "dem Bericht, den die Organisation vorlegte"
            fb = None
            if head not in lx.sourceless_heads:
                fb = self.source(toks[a + (1 if toks[a].low in lx.dets else 0)].start, toks[b].end,
                                 self.text[cue_at:toks[ci].end])
            return Cue(None, scope, cue_at, verb, anaphoric=True, fallback=fb)
        if head in lx.sourceless_heads and all(m in lx.sourceless_mods for m in mods):
            hedge = head in lx.hedging_heads or any(m in lx.hedge_words for m in mods)
            dated = self._dated(toks, head_k)
            if not hedge and not mods and dated is None:
                return Cue(None, scope, cue_at, verb, anaphoric=True)
            first = a + 1 if toks[a].low in lx.dets else a
            if dated is not None and not hedge and not mods:
                # "nach Informationen vom späten Abend": the report named right before, if
                # any; else a report of its own, dated
                return Cue(None, scope, cue_at, verb, anaphoric=True, fallback=self.source(
                    toks[first].start, toks[dated].end, self.text[cue_at:toks[ci].end]))
            # "Berichten zufolge", "nach ersten Angaben": a cue governs the phrase, so the
            # phrase is the source (SPEC: any phrase a cue governs), though it names no one
            # (unhedged, "nach vorläufigen Erkenntnissen", it is a stage of a report, which a
            # sentence marked as continuing the report before takes for that report's)
            return Cue(self.source(toks[first].start, toks[head_k].end, self.text[cue_at:toks[ci].end]),
                       scope, cue_at, verb, hedge=hedge, stage=not hedge)
        if any(m in lx.reflexive for m in mods):
            # "nach eigenen Angaben": the clause's own subject is the source
            # (a cue after its phrase, "Eigenen Angaben zufolge hat X", ends where the cue does)
            return clause_subject(toks, clause_of(sv.clauses, cue_at), min(ci, a), max(ci, b), lx)
        return self._publisher(toks, b) or (a, b)

    def _dated(self, toks: list, head_k: int) -> int | None:
        """"Informationen vom späten Abend": a time attached to a report noun dates it (a
        new report, not the one named before); the index of the time word, or None."""
        lx, k = self.lx, head_k + 1
        if k + 1 >= len(toks) or toks[k].low not in lx.of_preps:
            return None
        for m in range(k + 1, min(len(toks), k + 4)):
            if toks[m].cap:
                return m if toks[m].low in lx.stop_caps else None
            if not (toks[m].word and lx.is_adj(toks[m].low, False)):
                return None
        return None

    def _publisher(self, toks: list, b: int) -> Span | None:
        """"Nach dem Endergebnis, das die Stadt in der Nacht veröffentlichte": a report noun
        whose relative clause names a subject of its own names who published it (a relative
        pronoun followed by an article and a noun; "…, das am Montag erschien" names no one)."""
        lx = self.lx
        k = b + 1
        if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in lx.relatives \
                or toks[k + 2].low not in lx.dets or not toks[k + 3].cap:
            return None
        np_ = np_forward(toks, k + 2, lx)
        if np_ is None:
            return None
        a2 = np_[0] + 1 if toks[np_[0]].low in lx.dets else np_[0]
        return (a2, np_[1]) if a2 <= np_[1] else None


__all__ = ["Cue", "CueFinder", "SentenceView"]


def _after_word(text: str, name: str) -> Iterator[re.Match[str]]:
    """``re.finditer(r"(\\w[\\w-]*) " + re.escape(name) + r"\\b", text)``, tried only where
    " name" occurs (the pattern opens with ``\\w`` and the engine would try it at every
    letter): a match starts at the first word character of the run of word characters and
    hyphens before the space, or where the last match ended."""
    rx = re.compile(r"(\w[\w-]*) " + re.escape(name) + r"\b")
    lit, last = " " + name, 0
    at = text.find(lit, 1)
    while at >= 0:
        s = at
        while s > last and (text[s - 1].isalnum() or text[s - 1] in "_-"):
            s -= 1
        while s < at and text[s] == "-":
            s += 1
        m = rx.match(text, s) if s < at else None
        if m is not None:
            yield m
            last = m.end()
            at = text.find(lit, last + 1)
        else:
            at = text.find(lit, at + 1)
