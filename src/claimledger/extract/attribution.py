"""Who says a figure: source mention, cue, hedging, reported speech carried across sentences.

No parser or NER is available offline, so attribution is done with a lexicon (the language
pack's ``attribution`` table) and word-order rules that hold for German news prose:

* prepositional cues ("laut X", "X zufolge", "nach Angaben des X", "heißt es in X") take the
  noun phrase next to them; report nouns ("Angaben", "Statement", "-informationen") hand the
  role of source to their genitive/"von" attachment;
* speech verbs ("sagte", "geht ... aus") take their subject: the pre-verbal field in V2 order,
  the phrase after the verb when the pre-verbal field is an adverbial or empty (", sagte X"),
  the phrase after the subordinator in verb-final clauses ("wie X berichtete", "die X meldete");
* each cue governs a *scope* (its clause, or its clause and what follows for a verb with a
  complement clause, or what precedes for an inverted ", sagte X"); the smallest scope that
  holds the figure wins, so the cue of the figure's own clause beats one elsewhere;
* quotations are found over the whole document, so a multi-sentence quote is attributed to
  the speaker named before or after it;
* a sentence in the subjunctive, with a reportative "soll", or opening with a continuation
  marker, and with no cue of its own, inherits the previous sentence's source.

Everything language-specific is data; the code below only knows token shapes (capitalised
or not, punctuation) and the table names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.extract.sentences import Sentence
from claimledger.model import Source

# quote pairs: opener -> closers. Straight quotes pair with themselves.
_QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "“": "”\"", "»": "«", "«": "»", '"': '"'}
_MAX_QUOTE = 3000
_MENTION_RE = re.compile(r"(?:\b[a-zäöüß]+e[nrms]?\s+)?\b[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*")
_QUOTE_CHAR_RE = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")
_QUOTE_STOP_RE = {op: re.compile("[" + re.escape(cl + (op if op in "„»«" else "")) + "]")
                  for op, cl in _QUOTE_PAIRS.items()}
_TOKEN = re.compile(r"\w+(?:[-‐’'.&]\w+)*-?|[^\w\s]")


@dataclass
class Attribution:
    """Attribution of one figure: ``source`` None means the outlet states it itself."""

    source: Source | None
    hedged: bool


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool


@dataclass
class _Cue:
    """A source candidate in a sentence, with the span of text it governs."""

    source: Source | None       # None with hedge=True: "Berichten zufolge" (no one named)
    scope: tuple[int, int]
    cue_pos: int
    verb: bool                  # speech verb (wins ties over a prepositional cue)
    hedge: bool = False
    anaphoric: bool = False     # "den Angaben zufolge": refers to the previous source
    pronoun: bool = False       # unresolved pronoun subject, resolved later


@dataclass
class _SentInfo:
    cues: list[_Cue] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    carries: bool = False       # subjunctive / reportative / continuation marker
    own: Source | None = None   # the sentence's main source (for carrying forward)
    resolved: Source | None = None  # own or carried: what a following sentence may inherit
    done_resolve: bool = False
    toks: list[Any] = field(default_factory=list)


@dataclass
class _Lex:
    """The attribution table compiled into sets and regexes (once per pack)."""

    forward: list[list[str]]
    backward: set[str]
    cond_forward: list[list[str]]
    impersonal: list[list[str]]
    impersonal_preps: set[str]
    so_cue: set[str]
    sourceless_heads: set[str]
    sourceless_mods: set[str]
    hedging_heads: set[str]
    doc_nouns: tuple[str, ...]
    anaphoric_dets: set[str]
    reflexive: set[str]
    verbs: dict[str, list[tuple[str | None, bool]]]
    joined: frozenset[str]
    auxiliaries: set[str]
    participles: set[str]
    dets: set[str]
    gen_dets: set[str]
    conj: set[str]
    of_preps: set[str]
    name_particles: set[str]
    ext_attr_preps: set[str]
    not_adj: set[str]
    stop_caps: set[str]
    pronouns: set[str]
    impersonal_subjects: set[str]
    lead_conj: set[str]
    trail_adv: set[str]
    adv_openers: set[str]
    clause_openers: set[str]
    subordinators: set[str]
    relatives: set[str]
    whole_sentence_subordinators: set[str]
    subjunctive: set[str]
    markers: list[list[str]]
    max_back: int
    modal: set[str]
    modal_past: set[str]
    perfect_inf: set[str]
    plan_aux: set[str]
    hedge_words: set[str]
    hedge_phrases: re.Pattern[str] | None
    head_kinds: list[tuple[str, str]]
    registry: list[tuple[re.Pattern[str], str, str]]
    name_re: re.Pattern[str] | None
    doc_noun_set: frozenset[str] = frozenset()
    registry_index: dict[str, list[int]] = field(default_factory=dict)  # literal word -> entries
    registry_unkeyed: tuple[int, ...] = ()
    # the registry with each pattern's longest literal word (lower case) as a cheap pre-test
    registry_keyed: list[tuple[str, re.Pattern[str], str, str]] = field(default_factory=list)
    # mention text -> (registry id, kind); filled by resolve_source
    resolved: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def _low(xs: Any) -> set[str]:
    return {str(x).lower() for x in (xs or [])}


def _phr(xs: Any) -> list[list[str]]:
    return sorted((str(x).lower().split() for x in (xs or [])), key=len, reverse=True)


def _build_registry(pack: Any) -> list[tuple[re.Pattern[str], str, str]]:
    """Explicit entries first, then country x role templates, then capitals/country names."""
    tab = pack.table("sources") if pack.has("sources") else {}
    out: list[tuple[re.Pattern[str], str, str]] = []
    for e in tab.get("source", []):
        for p in e.get("patterns", []):
            out.append((re.compile(p, re.IGNORECASE), e["id"], e.get("kind") or "other"))
    countries = tab.get("country", [])
    metonyms: list[tuple[re.Pattern[str], str, str]] = []
    for c in countries:
        code, adj = c["code"], c["adj"]
        ids = c.get("ids", {})
        names = "|".join(re.escape(n) for n in c.get("names", []))
        caps = "|".join(re.escape(n) for n in c.get("capitals", []))
        for r in tab.get("role", []):
            rid = ids.get(r["role"], f"{code}.{r['role']}")
            nouns = r["nouns"]
            pats = [rf"\b(?:{adj})\w*[-\s]+(?:\w+\s+)?(?:{nouns})"]
            if names:
                pats.append(rf"\b(?:{names})s?\s+(?:{nouns})")
                pats.append(rf"(?:{nouns})\s+(?:von\s+|aus\s+)?(?:{names})s?\b")
            if caps:
                pats.append(rf"(?:{nouns})\s+(?:in|aus|von)\s+(?:{caps})\b")
            for p in pats:
                out.append((re.compile(p, re.IGNORECASE), rid, r.get("kind") or "other"))
        gid = ids.get("gov", f"{code}.gov")
        if caps:
            metonyms.append((re.compile(rf"\b(?:{caps})\b"), gid, "government"))
        if names:
            metonyms.append((re.compile(rf"^\W*(?:{names})s?\W*$"), gid, "government"))
    return out + metonyms


def _common_prefix(branches: list[str]) -> str:
    plain = [re.sub(r"\\[a-zA-Z][?*+]?.*|[\[(.?*+{].*", "", b) for b in branches]
    out = plain[0] if plain else ""
    for b in plain[1:]:
        while not b.startswith(out):
            out = out[:-1]
    return out


def _literal_key(pattern: str) -> str:
    """The longest run of letters every match of a regex must contain ("" when none is
    certain). Optional parts guarantee nothing and are dropped; an alternation keeps only
    the prefix all its branches share ("Verteidigungsministeri…|Verteidigungsminister…")."""
    p, prev = pattern, None
    while p != prev:
        prev = p
        p = re.sub(r"\((?:\?:)?[^()]*\)[?*]", " ", p)           # optional groups
        p = re.sub(r"\((?:\?:)?([^()|]*)\)", r"\1", p)          # one-branch groups
        p = re.sub(r"\((?:\?:)?([^()]*\|[^()]*)\)",             # alternations
                   lambda m: " " + _common_prefix(m.group(1).split("|")) + " ", p)
    if "|" in p or "(" in p:
        return ""
    p = re.sub(r"\[[^\]]*\][?*+]?|\\[a-zA-Z][?*+]?|\\.|.[?*]|\{[^}]*\}", " ", p)
    runs = [r for r in re.findall(r"[^\W_]{2,}", p) if not r.isdigit()]
    return max(runs, key=len).lower() if runs else ""


def _index_keys(keyed: list[tuple[str, Any, str, str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, (key, *_rest) in enumerate(keyed):
        if key:
            index.setdefault(key, []).append(i)
    return index


def source_labels(pack: Any) -> dict[str, str]:
    """Registry id -> an English label for reports ("defence ministry of South Korea"):
    explicit entries carry their own; generated country x role ids are named from the
    nationality table's country names and the role labels."""
    def build(pack: Any) -> dict[str, str]:
        tab = pack.table("sources") if pack.has("sources") else {}
        out = {e["id"]: e["label"] for e in tab.get("source", []) if e.get("label")}
        names = {}
        if pack.has("nationalities"):
            names = {n["adj"].lower(): n["country_label"] for n in pack.table("nationalities")["nation"]}
        for c in tab.get("country", []):
            country = names.get(c["adj"].lower(), c["code"].upper())
            ids = c.get("ids", {})
            for r in tab.get("role", []):
                rid = ids.get(r["role"], f"{c['code']}.{r['role']}")
                out.setdefault(rid, f"{r.get('label', r['role'])} of {country}")
            out.setdefault(ids.get("gov", f"{c['code']}.gov"), f"government of {country}")
        return out
    return pack.compiled("source_labels", build)


def _build(pack: Any) -> _Lex:
    t = pack.table("attribution")
    cues, np_, carry, hed = t.get("cues", {}), t.get("np", {}), t.get("carry", {}), t.get("hedges", {})
    verbs: dict[str, list[tuple[str | None, bool]]] = {}
    joined: set[str] = set()
    for v in t.get("verbs", []):
        for f in v.get("forms", []):
            entry = (v.get("particle"), bool(v.get("particle_adjacent", False)))
            if entry not in verbs.setdefault(f.lower(), []):
                verbs[f.lower()].append(entry)
            if v.get("particle"):
                # verb-final clauses join the particle: "wie die Polizei mitteilte"
                verbs.setdefault(v["particle"].lower() + f.lower(), [(None, False)])
                joined.add(v["particle"].lower() + f.lower())
    vp = t.get("verbs_perfect", {})
    phrases = hed.get("phrases", [])
    registry = _build_registry(pack)
    return _Lex(
        forward=_phr(cues.get("forward")), backward=_low(cues.get("backward")),
        cond_forward=_phr(cues.get("conditional_forward")), impersonal=_phr(cues.get("impersonal")),
        impersonal_preps=_low(cues.get("impersonal_preps")), so_cue=_low(cues.get("so_cue")),
        sourceless_heads=_low(cues.get("sourceless_heads")),
        sourceless_mods=_low(cues.get("sourceless_modifiers")),
        hedging_heads=_low(cues.get("hedging_heads")),
        doc_nouns=tuple(sorted(_low(cues.get("document_nouns")), key=len, reverse=True)),
        doc_noun_set=frozenset(_low(cues.get("document_nouns"))),
        anaphoric_dets=_low(cues.get("anaphoric_determiners")),
        reflexive=_low(cues.get("reflexive_modifiers")),
        verbs=verbs, joined=frozenset(joined), auxiliaries=_low(vp.get("auxiliaries")), participles=_low(vp.get("participles")),
        dets=_low(np_.get("determiners")), gen_dets=_low(np_.get("genitive_determiners")),
        conj=_low(np_.get("conjunctions")), of_preps=_low(np_.get("of_preps")),
        name_particles=_low(np_.get("name_particles")),
        ext_attr_preps=_low(np_.get("extended_attribute_prepositions")), not_adj=_low(np_.get("not_adjectives")),
        stop_caps=_low(np_.get("stop_caps")), pronouns=_low(np_.get("pronouns")),
        impersonal_subjects=_low(np_.get("impersonal_subjects")),
        lead_conj=_low(np_.get("leading_conjunctions")), trail_adv=_low(np_.get("trailing_adverbs")),
        adv_openers=_low(np_.get("adverbial_openers")), clause_openers=_low(np_.get("clause_openers")),
        subordinators=_low(np_.get("subordinators")),
        relatives=_low(np_.get("relative_pronouns")),
        whole_sentence_subordinators=_low(np_.get("sentence_subordinators")),
        subjunctive=_low(carry.get("subjunctive")), markers=_phr(carry.get("markers")),
        max_back=int(carry.get("max_back", 4)),
        modal=_low(hed.get("modal")), modal_past=_low(hed.get("modal_past")),
        perfect_inf=_low(hed.get("perfect_infinitive")), plan_aux=_low(hed.get("plan_auxiliaries")),
        hedge_words=_low(hed.get("words")),
        hedge_phrases=re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE) if phrases else None,
        head_kinds=[(h["suffix"].lower(), h["kind"]) for h in t.get("head_kinds", [])],
        registry=registry,
        registry_keyed=(keyed := [(_literal_key(p.pattern), p, sid, kind) for p, sid, kind in registry]),
        registry_index=_index_keys(keyed),
        registry_unkeyed=tuple(i for i, e in enumerate(keyed) if not e[0]),
        name_re=re.compile(np_["person_name"]) if np_.get("person_name") else None,
    )


def _lex(pack: Any) -> _Lex:
    return pack.compiled("attribution", _build)


def resolve_source(mention: str, pack: Any) -> tuple[str | None, str | None]:
    """Registry id and kind of a mention; unknown mentions get a kind from their head noun."""
    lx = _lex(pack)
    hit = lx.resolved.get(mention)
    if hit is None:
        hit = _joint_source(mention, lx) or _registry_lookup(mention, lx) or (None, _head_kind(mention, lx))
        if len(lx.resolved) > 50_000:  # bounded: memory stays flat on endless input
            lx.resolved.clear()
        lx.resolved[mention] = hit
    return hit


def _registry_lookup(mention: str, lx: _Lex) -> tuple[str, str] | None:
    low = mention.lower()
    # only patterns whose literal word occurs (or that have none) can match; they are
    # tried in registry order, so the first match wins as in a plain scan
    cands = list(lx.registry_unkeyed)
    for key, idx in lx.registry_index.items():
        if key in low:
            cands.extend(idx)
    for i in sorted(cands):
        _key, pat, sid, kind = lx.registry_keyed[i]
        if pat.search(mention):
            return sid, kind
    return None


def _joint_source(mention: str, lx: _Lex) -> tuple[str, str] | None:
    """Two countries' bodies of one role named together share a joint id in mention order
    ("ukrainischen und US-amerikanischen Geheimdienste" -> ua_us.intel): the first conjunct
    borrows the head noun of the second."""
    words = mention.split()
    k = next((i for i, w in enumerate(words) if w.lower() in lx.conj), None)
    if k is None or k == 0 or k >= len(words) - 1:
        return None
    left, right = words[:k], words[k + 1:]
    if len(left) == 1:
        left = left + right[-1:]
    a, b = _registry_lookup(" ".join(left), lx), _registry_lookup(" ".join(right), lx)
    if not a or not b or "." not in a[0] or "." not in b[0]:
        return None
    # same kind of body (a country may file its intelligence under another id), two countries
    ca, cb, role = a[0].split(".", 1)[0], b[0].split(".", 1)[0], b[0].split(".", 1)[1]
    if a[1] != b[1] or ca == cb:
        return None
    return f"{ca}_{cb}.{role}", b[1]


def _head_kind(mention: str, lx: _Lex) -> str | None:
    words = re.findall(r"\w+", mention.lower())
    # the head is the last noun-like word; try it first, then the rest right to left
    for w in reversed(words):
        for suf, kind in lx.head_kinds:
            if w.endswith(suf):
                return kind
    return None


class DocumentAttributor:
    """Attributes figures of one document; sentence analyses are computed lazily and cached."""

    def __init__(self, text: str, sentences: list[Sentence], pack: Any) -> None:
        self.text = text
        self.sentences = sentences
        self.pack = pack
        self.lx = _lex(pack)
        self._starts = [s.start for s in sentences]
        self._info: dict[int, _SentInfo] = {}
        self._quotes: list[tuple[int, int]] | None = None  # (open, close) offsets of the marks
        self._quote_src: dict[int, Source | None] = {}
        self._mentions_by_sent: dict[int, list[tuple[int, Source]]] = {}
        # first words of every prepositional / impersonal cue: most tokens can be skipped
        lx = self.lx
        self._cue_starts = frozenset(
            [p[0] for p in (*lx.forward, *lx.cond_forward, *lx.impersonal) if p]
            + list(lx.backward) + list(lx.so_cue))

    # ------------------------------------------------------------------ public
    def attribute(self, sentence_index: int, fig_start: int, fig_end: int) -> Attribution:
        info = self._analyse(sentence_index)
        q = self._quote_at(fig_start)
        hedged = self._hedged(sentence_index, fig_start)
        if q is not None:
            src = self._quote_speaker(q)
            if src is not None:
                return Attribution(src, hedged)
        best = self._best_cue(info, fig_start)
        if best is not None:
            if best.anaphoric:
                return Attribution(self._carried(sentence_index), hedged or best.hedge)
            return Attribution(best.source, hedged or best.hedge)
        if q is not None or info.carries:
            src = self._carried(sentence_index)
            if src is not None:
                return Attribution(src, hedged)
        return Attribution(None, hedged)

    # ------------------------------------------------------------------ tokens & clauses
    def _tokens(self, start: int, end: int) -> list[_Tok]:
        out = []
        for m in _TOKEN.finditer(self.text, start, end):
            s = m.group(0)
            w = s[0].isalnum()
            if w and s.endswith("-") and len(s) > 1:
                pass
            out.append(_Tok(m.start(), m.end(), s, s.lower(), w, w and s[0].isupper()))
        return out

    def _clauses(self, toks: list[_Tok], s0: int, s1: int) -> list[tuple[int, int]]:
        """Clause spans: cut at ; : – ( ) quotes, and at commas that open a clause."""
        lx = self.lx
        cuts = [s0]
        for i, t in enumerate(toks):
            if t.word:
                continue
            if t.text in ";:–—„“”«»\"":
                cuts.append(t.end if t.text not in "„«»\"" else t.start)
            elif t.text == "," and i + 1 < len(toks):
                nx = toks[i + 1]
                if nx.low in lx.clause_openers or nx.low in lx.verbs or nx.low in lx.so_cue \
                        or nx.low in lx.pronouns or (i + 2 < len(toks) and toks[i + 2].low in lx.verbs):
                    cuts.append(t.end)
        cuts.append(s1)
        cuts = sorted(set(cuts))
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]

    @staticmethod
    def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
        for a, b in clauses:
            if a <= pos < b:
                return (a, b)
        return clauses[-1] if clauses else (pos, pos)

    # ------------------------------------------------------------------ quotes
    def _find_quotes(self) -> list[tuple[int, int]]:
        if self._quotes is not None:
            return self._quotes
        text, out, i, n = self.text, [], 0, len(self.text)
        while True:
            m = _QUOTE_CHAR_RE.search(text, i)
            if m is None:
                break
            i = m.start()
            ch = text[i]
            if ch == "“" and i > 0 and text[i - 1].isalnum():
                i += 1   # a German closing mark without an opener
                continue
            # the quote ends at its closer; a second opener of the same kind first means
            # the first one was never closed
            stop = _QUOTE_STOP_RE[ch].search(text, i + 1, min(n, i + _MAX_QUOTE))
            if stop is not None and text[stop.start()] in _QUOTE_PAIRS[ch]:
                out.append((i, stop.start()))
                i = stop.start() + 1
            else:
                i += 1
        self._quotes = out
        return out

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        qs = self._find_quotes()
        k = bisect.bisect_right(qs, (pos, 10**12)) - 1
        if k >= 0 and qs[k][0] < pos < qs[k][1]:
            return qs[k]
        return None

    def _sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _quote_speaker(self, q: tuple[int, int]) -> Source | None:
        if q[0] in self._quote_src:
            return self._quote_src[q[0]]
        src: Source | None = None
        # after the closing mark: "„…“, sagte X" / "…“, heißt es in X"
        si = self._sent_index(q[1])
        info = self._analyse(si)
        sent = self.sentences[si]
        nxt = [o for o, _ in self._find_quotes() if o > q[1]]
        limit = min(sent.end, nxt[0] if nxt else sent.end)
        after = [c for c in info.cues if q[1] < c.cue_pos < limit and c.source is not None]
        if after and q[1] + 1 < len(self.text) and self.text[q[1] + 1:after[0].cue_pos].strip(" ,") \
                .count(" ") < 4:
            src = min(after, key=lambda c: c.cue_pos).source
        if src is None and sent.end - q[1] > 2 and after:
            src = min(after, key=lambda c: c.cue_pos).source
        if src is None:
            # before the opening mark: "X sagte: „…“", "X schreibt weiter, „…“"
            si0 = self._sent_index(q[0])
            info0 = self._analyse(si0)
            prev = [o for o in self._find_quotes() if o[1] < q[0]]
            lo = max(self.sentences[si0].start, prev[-1][1] if prev else 0)
            before = [c for c in info0.cues if lo <= c.cue_pos < q[0] and c.source is not None]
            if before:
                src = max(before, key=lambda c: c.cue_pos).source
            elif self.text[max(0, q[0] - 3):q[0]].strip().endswith(":"):
                # a colon introduces the quote: the subject before it, even without a known verb
                src = None
        self._quote_src[q[0]] = src
        return src

    # ------------------------------------------------------------------ sentence analysis
    def _analyse(self, si: int) -> _SentInfo:
        if si in self._info:
            return self._info[si]
        sent = self.sentences[si]
        toks = self._tokens(sent.start, sent.end)
        info = _SentInfo(toks=toks)
        info.clauses = self._clauses(toks, sent.start, sent.end)
        inq = [self._quote_at(t.start) is not None for t in toks]
        self._info[si] = info  # guard against recursion through pronoun resolution
        lx = self.lx
        lows = [t.low for t in toks]
        for i, t in enumerate(toks):
            if inq[i] or not t.word:
                continue
            cue = (self._prep_cue(toks, lows, i, info) if t.low in self._cue_starts else None) \
                or self._verb_cue(toks, lows, i, info, inq)
            if cue is not None:
                info.cues.append(cue)
        for c in info.cues:
            if c.pronoun and c.source is not None:
                ante = self._antecedent(c.source.span[0] if c.source.span else sent.start)
                if ante is not None:
                    c.source = Source(ante.text, ante.span, ante.id, ante.kind, c.source.cue)
                else:
                    c.source = None
                    c.anaphoric = True
        # carrying markers: subjunctive / reportative modal / continuation marker
        words = [t for t, q in zip(toks, inq) if t.word and not q]
        wl = [t.low for t in words]
        info.carries = any(w in lx.subjunctive or w in lx.modal for w in wl)
        for m in lx.markers:
            if wl[:len(m)] == m:
                info.carries = True
        if sent.heading:
            info.carries = False
        srcs = [c for c in info.cues if c.source is not None]
        if srcs:
            # the source governing the end of the sentence is the one reported speech continues
            last_clause = info.clauses[-1] if info.clauses else (sent.start, sent.end)
            cover = [c for c in srcs if c.scope[0] <= last_clause[0] and c.scope[1] >= last_clause[1] - 1]
            pick = cover or srcs
            info.own = min(pick, key=lambda c: (c.scope[1] - c.scope[0], not c.verb)).source
        return info

    def _best_cue(self, info: _SentInfo, pos: int) -> _Cue | None:
        cand = [c for c in info.cues if c.scope[0] <= pos < c.scope[1]
                and (c.source is not None or c.hedge or c.anaphoric)]
        if not cand:
            return None
        return min(cand, key=lambda c: (c.anaphoric, c.scope[1] - c.scope[0], not c.verb, abs(c.cue_pos - pos)))

    def _carried(self, si: int) -> Source | None:
        """Source of the nearest earlier sentence (same or previous paragraph) that had one."""
        sent = self.sentences[si]
        for k in range(si - 1, max(-1, si - 1 - self.lx.max_back), -1):
            prev = self.sentences[k]
            if prev.paragraph < sent.paragraph - 1 or prev.heading:
                break
            src = self._resolved(k)
            if src is not None:
                return src
        return None

    def _resolved(self, si: int) -> Source | None:
        info = self._analyse(si)
        if info.done_resolve:
            return info.resolved
        info.done_resolve = True
        src = info.own
        sent = self.sentences[si]
        if src is None:
            q = self._quote_at(sent.start + 1) or self._quote_at(sent.end - 2)
            if q is not None:
                src = self._quote_speaker(q)
        if src is None and (info.carries or any(c.anaphoric for c in info.cues)):
            src = self._carried(si)
        info.resolved = src
        return src

    # ------------------------------------------------------------------ cues
    def _match_phrase(self, lows: list[str], i: int, phrases: list[list[str]]) -> list[str] | None:
        for p in phrases:
            if lows[i:i + len(p)] == p:
                return p
        return None

    def _prep_cue(self, toks: list[_Tok], lows: list[str], i: int, info: _SentInfo) -> _Cue | None:
        lx = self.lx
        clause = self._clause_of(info.clauses, toks[i].start)
        p = self._match_phrase(lows, i, lx.forward)
        if p:
            j = i + len(p)
            if p[-1].endswith(".") is False and j < len(toks) and toks[j].text == ".":
                j += 1
            np_ = self._np_forward(toks, j)
            return self._make_cue(toks, i, j - 1, np_, clause, verb=False)
        p = self._match_phrase(lows, i, lx.cond_forward)
        if p:
            j = i + len(p)
            np_ = self._np_forward(toks, j)
            if np_ and self._is_doc_head(toks, np_):
                return self._make_cue(toks, i, j - 1, np_, clause, verb=False)
            return None
        if lows[i] in lx.backward:
            np_ = self._np_backward(toks, i)
            if np_:
                return self._make_cue(toks, i, i, np_, clause, verb=False)
            return None
        p = self._match_phrase(lows, i, lx.impersonal)
        if p:
            j = i + len(p)
            scope = (self.sentences[self._sent_index(toks[i].start)].start, clause[1])
            if j < len(toks) and lows[j] in lx.impersonal_preps:
                np_ = self._np_forward(toks, j + 1)
                if np_:
                    c = self._make_cue(toks, i, j - 1, np_, clause, verb=True)
                    if c:
                        c.scope = scope
                    return c
            return _Cue(None, scope, toks[i].start, True, anaphoric=True)
        if lows[i] in lx.so_cue and i > 0 and toks[i - 1].text == "," and i + 1 < len(toks) \
                and (toks[i + 1].cap or toks[i + 1].low in lx.dets):
            np_ = self._np_forward(toks, i + 1)
            if np_ and (np_[1] + 1 >= len(toks) or not toks[np_[1] + 1].word):
                scope = (self.sentences[self._sent_index(toks[i].start)].start, clause[1])
                c = self._make_cue(toks, i, i, np_, clause, verb=True)
                if c:
                    c.scope = scope
                return c
        return None

    def _is_doc_head(self, toks: list[_Tok], np_: tuple[int, int]) -> bool:
        a, b = np_
        for k in range(a, b + 1):
            if toks[k].cap and self._doc_noun(toks[k].low):
                return True
        return False

    def _doc_noun(self, low: str) -> bool:
        """A report noun, alone or closing a compound ("Geheimdienstinformationen"); short
        ones only alone, or "Soldaten" would end in "daten"."""
        return low in self.lx.doc_noun_set or any(
            low.endswith(n) for n in self.lx.doc_nouns if len(n) >= 7)

    def _clause_subject(self, toks: list[_Tok], clause: tuple[int, int], before: int,
                        cue_end: int) -> tuple[int, int] | None:
        """The subject of the clause a cue stands in: the noun phrase opening it ("Der
        Generalstab hat nach eigenen Angaben …"), or, when the cue opens the clause, the noun
        phrase after the finite verb ("Nach eigenen Angaben nahm die Polizei …")."""
        lx = self.lx
        k = next((i for i, t in enumerate(toks) if t.start >= clause[0]), None)
        while k is not None and k < before and (not toks[k].word or toks[k].low in lx.lead_conj):
            k += 1
        if k is None or k >= before:
            v = cue_end + 1
            if v + 1 < len(toks) and toks[v].word and not toks[v].cap and toks[v].start < clause[1]:
                np_ = self._np_forward(toks, v + 1)
                if np_ is not None and any(toks[j].cap for j in range(np_[0], np_[1] + 1)):
                    return np_
            return None
        np_ = self._np_forward(toks, k)
        if np_ is None or np_[1] >= before or not any(toks[j].cap for j in range(np_[0], np_[1] + 1)):
            return None
        return np_

    def _make_cue(self, toks: list[_Tok], ci: int, cj: int, np_: tuple[int, int] | None,
                  scope: tuple[int, int], verb: bool) -> _Cue | None:
        """Turn a cue and its noun phrase into a candidate; report nouns pass the role on."""
        if np_ is None:
            return None
        lx = self.lx
        a, b = np_
        cue_text = self.text[toks[ci].start:toks[cj].end]
        # report noun + genitive / von: the attachment is the source
        words = [k for k in range(a, b + 1) if toks[k].word]
        head_k = next((k for k in words if toks[k].cap and self._doc_noun(toks[k].low)), None)
        if head_k is not None:
            rest = head_k + 1
            if rest <= b and (toks[rest].low in lx.gen_dets or toks[rest].low in lx.of_preps
                              or (self._is_adj(toks[rest]) and toks[rest].low.endswith("er"))):
                a = rest + 1 if toks[rest].low in lx.of_preps else rest
                while a <= b and toks[a].low in lx.dets:
                    a += 1
                if a > b:
                    return None
            else:
                mods = [toks[k].low for k in words if k < head_k and toks[k].low not in lx.dets]
                head = toks[head_k].low
                if not mods and any(toks[k].low in lx.anaphoric_dets for k in words if k < head_k):
                    return _Cue(None, scope, toks[ci].start, verb, anaphoric=True)
                if head in lx.sourceless_heads and all(m in lx.sourceless_mods for m in mods):
                    hedge = head in lx.hedging_heads or any(m in lx.hedge_words for m in mods)
                    if not hedge and not mods:
                        return _Cue(None, scope, toks[ci].start, verb, anaphoric=True)
                    return _Cue(None, scope, toks[ci].start, verb, hedge=hedge)
                if any(m in lx.reflexive for m in mods):
                    # "nach eigenen Angaben": the clause's own subject is the source
                    subj = self._clause_subject(toks, scope, ci, b)
                    if subj is None:
                        return None
                    a, b = subj
        if toks[a].low in lx.dets:
            a += 1
        if a > b:
            return None
        s_start, s_end = toks[a].start, toks[b].end
        # keep brackets whole: "Welternährungsprogramm (WFP)"
        if self.text.count("(", s_start, s_end) > self.text.count(")", s_start, s_end):
            close = self.text.find(")", s_end, s_end + 3)
            s_end = close + 1 if close >= 0 else self.text.rfind("(", s_start, s_end)
            while s_end > s_start and self.text[s_end - 1].isspace():
                s_end -= 1
        text = self.text[s_start:s_end]
        sid, kind = resolve_source(text, self.pack)
        src = Source(text, (s_start, s_end), sid, kind, cue_text)
        if a == b and toks[a].low in lx.impersonal_subjects:
            return None
        pron = (a == b and toks[a].low in lx.pronouns)
        return _Cue(src, scope, toks[ci].start, verb, pronoun=pron)

    def _is_adj(self, t: _Tok) -> bool:
        return (t.word and not t.cap and len(t.low) > 3
                and t.low.endswith(("e", "en", "em", "er", "es")) and t.low not in self.lx.not_adj
                and t.low not in self.lx.verbs and t.low not in self.lx.subjunctive)

    def _np_forward(self, toks: list[_Tok], j: int, max_len: int = 12) -> tuple[int, int] | None:
        """A noun phrase starting at token j: det? adj* Noun+ (gen-det NP | von NP)?"""
        lx = self.lx
        n = len(toks)
        k = j
        if k < n and toks[k].low in lx.dets:
            k += 1
        start = j
        seen_head = False
        last = -1
        while k < n and k - j < max_len:
            t = toks[k]
            if not t.word:
                if t.text == "-" and seen_head:
                    k += 1
                    continue
                break
            if t.low in lx.stop_caps or t.text[0].isdigit():
                break
            if t.cap:
                seen_head = True
                last = k
                k += 1
                continue
            if not seen_head and self._is_adj(t):
                k += 1
                continue
            if not seen_head and t.low in lx.ext_attr_preps:
                # an extended attribute: "des [von der Hamas kontrollierten] Ministeriums"
                m = k + 1
                while m + 1 < n and m - k < 7 and toks[m].word:
                    if self._is_adj(toks[m]) and toks[m + 1].cap:
                        break
                    m += 1
                if m + 1 < n and m - k < 7 and self._is_adj(toks[m]) and toks[m + 1].cap:
                    k = m + 1
                    continue
            if t.low in lx.conj and k + 1 < n and (toks[k + 1].cap or self._is_adj(toks[k + 1])) \
                    and toks[k + 1].low not in lx.stop_caps:
                # "ukrainischen und US-amerikanischen Geheimdienstinformationen"
                seen_head = False if not toks[k + 1].cap else seen_head
                k += 1
                continue
            if seen_head and last == k - 1 and self._is_adj(t) and t.low.endswith("er") \
                    and k + 1 < n and toks[k + 1].cap and toks[k + 1].low not in lx.stop_caps:
                # a genitive without article: "Einschätzung westlicher Diplomaten"
                seen_head = False
                k += 1
                continue
            if seen_head and (t.low in lx.gen_dets or t.low in lx.of_preps) and k + 1 < n \
                    and (toks[k + 1].cap or self._is_adj(toks[k + 1]) or toks[k + 1].low in lx.dets
                         or toks[k + 1].low in lx.ext_attr_preps):
                k += 1
                if toks[k].low in lx.dets:
                    k += 1
                seen_head = False
                continue
            if seen_head and t.low in lx.name_particles:
                m = k
                while m < n and toks[m].low in lx.name_particles and m - k < 3:
                    m += 1
                if m < n and toks[m].cap and toks[m].low not in lx.stop_caps:
                    k = m
                    continue
            break
        if last < start:
            return None
        return (start, last)

    def _np_backward(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """The noun phrase ending just before token i (for "X zufolge")."""
        lx = self.lx
        k = i - 1
        end = k
        if k < 0 or not toks[k].word or not toks[k].cap:
            return None
        first = k
        while k >= 0:
            t = toks[k]
            if not t.word:
                break
            if t.cap and t.low not in lx.stop_caps or self._is_adj(t) or t.low in lx.dets \
                    or (t.low in lx.conj and k > 0 and (toks[k - 1].cap or self._is_adj(toks[k - 1]))) \
                    or (t.low in lx.of_preps and k > 0 and toks[k - 1].cap):
                if t.low in lx.dets and t.low not in lx.gen_dets:
                    first = k
                    break
                if t.low in lx.dets and not (k > 0 and toks[k - 1].cap):
                    first = k
                    break
                first = k
                k -= 1
                continue
            break
        while first <= end and (toks[first].low in lx.conj or toks[first].low in lx.of_preps):
            first += 1
        return (first, end) if first <= end else None

    def _verb_cue(self, toks: list[_Tok], lows: list[str], i: int, info: _SentInfo,
                  inq: list[bool]) -> _Cue | None:
        lx = self.lx
        low = lows[i]
        if low not in lx.verbs and low not in lx.participles:
            return None
        if toks[i].cap and low in lx.joined:
            return None  # "Angaben" is a noun, not "an" + "gaben"
        clause = self._clause_of(info.clauses, toks[i].start)
        ce = next((k for k in range(i, len(toks)) if toks[k].start >= clause[1]), len(toks))
        cs = next((k for k in range(len(toks)) if toks[k].start >= clause[0]), 0)
        anchor = i
        if low in lx.verbs:
            ok = False
            for particle, adjacent in lx.verbs[low]:
                if particle is None:
                    ok = True
                    break
                rng = range(i + 1, min(ce, i + 2)) if adjacent else range(i + 1, ce)
                if any(lows[k] == particle for k in rng):
                    ok = True
                    break
                # the particle may be joined in a verb-final clause ("mitteilte")
                if i > cs and self.text[toks[i - 1].start:toks[i].end].lower() == particle + low:
                    ok = True
                    break
            if not ok:
                if low in lx.participles:
                    pass
                else:
                    return None
            if low in lx.participles and low not in lx.verbs:
                pass
        if low in lx.participles:
            aux = next((k for k in range(cs, i) if lows[k] in lx.auxiliaries), None)
            if aux is not None:
                anchor = aux
            elif low not in lx.verbs:
                return None
        # a verb-form that is lower-case inside the sentence; capitalised forms are nouns
        if toks[anchor].cap and anchor != cs:
            return None
        sent = self.sentences[self._sent_index(toks[i].start)]
        pre = [k for k in range(cs, anchor) if toks[k].word]
        first_low = lows[pre[0]] if pre else ""
        if pre and first_low in lx.subordinators and not (
                first_low in lx.relatives and clause[0] <= sent.start):
            # verb-final clause: subject after the subordinator ("wie X berichtete")
            np_ = self._np_forward(toks, pre[0] + 1)
            if np_ is None or np_[1] >= anchor:
                if np_ is None:
                    return None
                np_ = (np_[0], min(np_[1], anchor - 1))
            c = self._make_cue(toks, i, i, np_, clause, verb=True)
            if c:
                if first_low in lx.relatives:
                    # "der 600 Toten, die X meldete": the relative clause reports its antecedent
                    prev = [cl for cl in info.clauses if cl[1] <= clause[0]]
                    c.scope = (prev[-1][0] if prev else clause[0], clause[1])
                elif first_low in lx.whole_sentence_subordinators:
                    c.scope = (sent.start, sent.end)
                else:
                    c.scope = (clause[0], sent.end)
            return c
        # strip leading conjunctions and trailing adverbs of the pre-verbal field
        while pre and lows[pre[0]] in lx.lead_conj:
            pre = pre[1:]
        while pre and lows[pre[-1]] in lx.trail_adv:
            pre = pre[:-1]
        inverted = (not pre or lows[pre[0]] in lx.adv_openers
                    or any(toks[k].text[0].isdigit() for k in pre) or len(pre) > 12)
        if not inverted:
            np_ = (pre[0], pre[-1])
            if not any(toks[k].cap for k in pre) and not (len(pre) == 1 and lows[pre[0]] in lx.pronouns):
                return None
            c = self._make_cue(toks, i, i, np_, clause, verb=True)
            if c:
                c.scope = (clause[0], sent.end)
            return c
        if not pre:
            # an apposition before the verb: "Der Sondergesandte der USA, Tom Perriello, sprach"
            np_ = self._apposition_subject(toks, lows, cs)
            if np_ is not None:
                c = self._make_cue(toks, i, i, np_, clause, verb=True)
                if c:
                    c.scope = (clause[0], sent.end)
                return c
        # inverted: the subject follows the verb (skip adverbs)
        k = anchor + 1
        while k < ce and lows[k] in lx.trail_adv:
            k += 1
        if k < ce and lows[k] in lx.pronouns:
            np_ = (k, k)
        else:
            np_ = self._np_forward(toks, k)
        if np_ is None:
            return None
        c = self._make_cue(toks, i, i, np_, clause, verb=True)
        if c:
            if not pre:
                # ", sagte X": governs what precedes in the sentence
                c.scope = (sent.start, clause[1])
            else:
                c.scope = (sent.start, sent.end)
        return c

    def _apposition_subject(self, toks: list[_Tok], lows: list[str], cs: int) -> tuple[int, int] | None:
        """The subject and its apposition standing before a verb whose clause begins after a
        comma: every word from the sentence start up to that comma belongs to noun phrases
        (capitalised words, determiners, adjectives, genitive links), with one inner comma."""
        lx = self.lx
        if cs < 2 or toks[cs - 1].text != ",":
            return None
        k0 = cs - 2
        s0 = self._sent_index(toks[cs - 1].start)
        first = k0
        commas = 0
        while first >= 0 and toks[first].start >= self.sentences[s0].start:
            t = toks[first]
            if t.text == ",":
                commas += 1
            elif not t.word:
                return None
            elif not (t.cap or t.low in lx.dets or t.low in lx.gen_dets or t.low in lx.of_preps
                      or t.low in lx.name_particles or self._is_adj(t)) or t.low in lx.verbs:
                return None
            first -= 1
        first += 1
        if commas != 1 or not any(toks[k].cap for k in range(first, k0 + 1)):
            return None
        return (first, k0)

    # ------------------------------------------------------------------ pronouns
    def _antecedent(self, pos: int) -> Source | None:
        """Antecedent of a pronoun at ``pos``: in the nearest stretch of text before it that
        names anyone (the pronoun's own sentence first, then earlier ones), the first mention;
        German news puts the subject, the likeliest antecedent, first."""
        si = self._sent_index(pos)
        for k in range(si, max(-1, si - 6), -1):
            s = self.sentences[k]
            hi = min(pos, s.end)
            found: list[tuple[int, Source]] = []
            info = self._info.get(k) if k == si else self._analyse(k)
            if info is not None:
                found += [(c.source.span[0], c.source) for c in info.cues
                          if c.source is not None and c.source.span and not c.pronoun
                          and s.start <= c.source.span[0] < hi]
            found += [(p, m) for p, m in self._sentence_mentions(k) if p < hi]
            if found:
                return min(found, key=lambda x: x[0])[1]
        return None

    def _sentence_mentions(self, k: int) -> list[tuple[int, Source]]:
        """Registry sources and capitalised name pairs in sentence ``k`` (cached): only the
        few sentences before a pronoun are ever scanned."""
        got = self._mentions_by_sent.get(k)
        if got is not None:
            return got
        s = self.sentences[k]
        out: list[tuple[int, Source]] = []
        # candidate mentions: runs of capitalised words, with an adjective before them;
        # each run is resolved against the registry (memoised), which is far cheaper than
        # scanning the text with a thousand registry patterns
        for m in _MENTION_RE.finditer(self.text, s.start, s.end):
            sid, kind = resolve_source(m.group(0), self.pack)
            if sid is not None:
                out.append((m.start(), Source(m.group(0), (m.start(), m.end()), sid, kind)))
        # capitalised word pairs inside a sentence: names ("Präsident Putin", "Anna Berg")
        for m in (self.lx.name_re.finditer(self.text, s.start, s.end) if self.lx.name_re else ()):
            if m.start() > 0 and self.text[max(0, m.start() - 2):m.start()].strip() not in (".", "!", "?", ""):
                out.append((m.start(), Source(m.group(0), (m.start(), m.end()), None, "person")))
        out.sort(key=lambda x: x[0])
        self._mentions_by_sent[k] = out
        return out

    # ------------------------------------------------------------------ hedging
    def _hedged(self, si: int, pos: int) -> bool:
        info = self._analyse(si)
        sent = self.sentences[si]
        lx = self.lx
        a, b = self._clause_of(info.clauses, pos) if info.clauses else (sent.start, sent.end)
        toks = [t for t in info.toks if a <= t.start and t.end <= b]
        lows = [t.low for t in toks if t.word]
        if any(w in lx.hedge_words for w in lows):
            return True
        if lx.hedge_phrases and lx.hedge_phrases.search(self.text, sent.start, sent.end):
            return True
        for k, w in enumerate(lows):
            if w in lx.modal:
                if lows and lows[-1] in lx.plan_aux and (len(lows) < 2 or lows[-2] != "worden"):
                    return False
                return True
            if w in lx.modal_past and k > 0:
                if lows[-1] in lx.perfect_inf and k + 1 < len(lows):
                    return True
        return False


__all__ = ["Attribution", "DocumentAttributor", "resolve_source"]
