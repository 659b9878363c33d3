"""The source registry: a mention as written -> a stable id and a kind.

Known sources come from the pack's ``sources`` table (explicit entries, then country x role
templates, then capitals and country names as metonyms for governments). A mention outside
the registry still gets an id — the pack's normalised key of the phrase, so that "der
Verkehrsclub Deutschland" and "dem Verkehrsclub Deutschland" are one source across articles —
and a kind from its head noun. Lookups are memoised: a document names the same few sources
again and again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.extract.attribution.lexicon import Lexicon, lexicon
from claimledger.lang import recache
from claimledger.lang.regex import FOLD_ODD, top_level_positions


class _LazyPattern:
    """A registry pattern compiled on its first search: a pack lists over a thousand of them
    and the literal-word pre-tests let a run try a few, so compiling them all up front
    cost about a fifth of a second of every process."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._rx = pattern, flags, None

    def search(self, string: str) -> re.Match[str] | None:
        if self._rx is None:
            with recache.active():  # the compiled program from the cache of earlier runs
                self._rx = re.compile(self.pattern, self.flags)
        return self._rx.search(string)


_Entry = tuple[_LazyPattern, str, str]
_Words = tuple[str, ...]
_Keys = dict[int, _Words]

# lower-case letters a case-insensitive regex equates with another letter: lang/regex.py
_FOLD_ODD = FOLD_ODD


@dataclass
class Registry:
    """Compiled registry patterns with a literal-word pre-test per pattern."""

    entries: list[_Entry]
    # each pattern's longest certain literal word (lower case), "" when it has none
    keyed: list[tuple[str, _LazyPattern, str, str]] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    unkeyed: tuple[int, ...] = ()
    # literal keys by their first two letters (every key has two): a mention is checked only
    # against the keys that can start at one of its positions, not against all of them
    by_prefix: dict[str, list[str]] = field(default_factory=dict)
    resolved: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    keys: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # per entry, every literal word a match must contain (lower case), and groups of words
    # one of each a match must contain (the places of a template or metonym, the starts of
    # its role nouns): a candidate is searched only when the mention holds them, so most
    # patterns are never compiled
    required: list[tuple[str, ...]] = field(default_factory=list)
    one_of: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)


# lower-case letters (of the Latin scripts): a word that starts with one is no name
_LOWER = re.escape("".join(c for c in map(chr, range(0x61, 0x250)) if c.islower()))


def _build_entries(pack: Any) -> tuple[list[_Entry], _Keys, dict[int, tuple[_Words, ...]]]:
    """Explicit entries first, then country x role templates, then capitals/country names;
    and, for the templates and metonyms without one certain literal word ("Geheimdienst in
    Kiew|Kyjiw"), the words one of which every match contains, so that lookups skip them
    fast; and for the templates the words one of which their role noun (and their adjective)
    starts with."""
    tab = pack.table("sources") if pack.has("sources") else {}
    out: list[_Entry] = []
    alt_keys: dict[int, tuple[str, ...]] = {}
    noun_keys: dict[int, tuple[_Words, ...]] = {}
    metonym_keys: list[tuple[str, ...]] = []
    for e in tab.get("source", []):
        for p in e.get("patterns", []):
            out.append((_LazyPattern(p, re.IGNORECASE), e["id"], e.get("kind") or "other"))
    metonyms: list[_Entry] = []
    tpl = tab["templates"] if tab.get("country") else {}
    of_words = "|".join(re.escape(w) for w in tpl.get("of_words", []))
    of_link = rf"(?:(?:{of_words})\s+)?" if of_words else ""
    cap_preps = "|".join(re.escape(w) for w in tpl.get("capital_prepositions", [])) or "(?!)"
    poss = tpl.get("possessive", "")
    for c in tab.get("country", []):
        code, adj = c["code"], c["adj"]
        ids = c.get("ids", {})
        names = "|".join(re.escape(n) for n in c.get("names", []))
        caps = "|".join(re.escape(n) for n in c.get("capitals", []))
        place_keys = tuple(n.lower() for n in (*c.get("names", []), *c.get("capitals", [])))
        adj_starts = _branch_starts(adj)
        for r in tab.get("role", []):
            rid = ids.get(r["role"], f"{code}.{r['role']}")
            nouns, starts = r["nouns"], _branch_starts(r["nouns"])
            pats = [rf"\b(?:{adj})\w*[-\s]+(?:\w+\s+)?(?:{nouns})"]
            if names:
                pats.append(rf"\b(?:{names}){poss}\s+(?:{nouns})")
                pats.append(rf"(?:{nouns})\s+{of_link}(?:{names}){poss}\b")
            if caps:
                pats.append(rf"(?:{nouns})\s+(?:{cap_preps})\s+(?:{caps})\b")
            for k, p in enumerate(pats):
                out.append((_LazyPattern(p, re.IGNORECASE), rid, r.get("kind") or "other"))
                if k > 0:  # the name and capital patterns: every match names one of them
                    alt_keys[len(out) - 1] = place_keys
                noun_keys[len(out) - 1] = tuple(g for g, part in ((starts, f"(?:{nouns})"), (adj_starts, f"(?:{adj})"))
                                                if g and _required_part(p, part))
        gid = ids.get("gov", f"{code}.gov")
        if caps:
            # the capital itself, not a name it ends ("Universität Wien", "Zoo Wien"): what
            # stands right before it is no capitalised word
            metonyms.append((_LazyPattern(rf"(?:^\W*|[^\w\s]\s*|\b[{_LOWER}]\w*\s+)(?:{caps})\b"),
                             gid, "government"))
            metonym_keys.append(tuple(n.lower() for n in c.get("capitals", [])))
        if names:
            metonyms.append((_LazyPattern(rf"^\W*(?:{names})s?\W*$"), gid, "government"))
            metonym_keys.append(tuple(n.lower() for n in c.get("names", [])))
    alt_keys.update((len(out) + j, keys) for j, keys in enumerate(metonym_keys))
    return out + metonyms, alt_keys, noun_keys


def _required_part(pattern: str, part: str) -> bool:
    """Does every match of ``pattern`` match ``part``: it stands at the top level (in no
    group, with no quantifier after it) of a pattern without a top-level alternation?"""
    at = pattern.find(part)
    if at < 0 or pattern[at + len(part):at + len(part) + 1] in ("?", "*", "{"):
        return False
    if any(pattern[i] == "|" for i in top_level_positions(pattern)):
        return False
    # at the top level: a plain character put where the part starts would be
    return at in top_level_positions(pattern[:at] + "x")


def _branch_starts(alternation: str) -> tuple[str, ...]:
    """The literal words the branches of a plain alternation start with, lower case
    ("Geheimdienst\\w*|Nachrichtendienst\\w*" -> geheimdienst, nachrichtendienst): every
    match contains one of them. None when a branch starts with no certain word or the
    alternation has groups."""
    if re.search(r"[()\[\]{}^$]", alternation):
        return ()
    out = []
    for branch in alternation.split("|"):
        m = re.match(r"[^\W_]+", branch)
        word = m.group() if m else ""
        if branch[len(word):len(word) + 1] in ("?", "*"):  # its last letter is optional
            word = word[:-1]
        if len(word) < 2:
            return ()
        out.append(word.lower())
    return tuple(out)


def _common_prefix(branches: list[str]) -> str:
    plain = [re.sub(r"\\[a-zA-Z][?*+]?.*|[\[(.?*+{].*", "", b) for b in branches]
    out = plain[0] if plain else ""
    for b in plain[1:]:
        while not b.startswith(out):
            out = out[:-1]
    return out


def literal_key(pattern: str) -> str:
    """The longest run of letters every match of a regex must contain ("" when none is
    certain). Optional parts guarantee nothing and are dropped; an alternation keeps only
    the prefix all its branches share ("Verteidigungsministeri…|Verteidigungsminister…")."""
    return _longest(_literal_runs(pattern))


def _longest(runs: list[str]) -> str:
    return max(runs, key=len).lower() if runs else ""


def literal_words(pattern: str, runs: list[str] | None = None) -> tuple[str, ...]:
    """Every run of letters ``literal_key`` finds certain (``runs``, when already found),
    lower case; just the key for a pattern with a lookaround, an inline flag or any other
    group but ``(?:``, or a counted repeat, whose other runs need not be in a match
    ("Gesundheitsministerium\\b(?!\\s+(in|von))")."""
    runs = _literal_runs(pattern) if runs is None else runs
    if re.search(r"\(\?(?!:)|\{", pattern):
        key = _longest(runs)
        return (key,) if key else ()
    return tuple(r.lower() for r in runs)


def _literal_runs(pattern: str) -> list[str]:
    p, prev = pattern, None
    while p != prev:
        prev = p
        p = re.sub(r"\((?:\?:)?[^()]*\)[?*]", " ", p)           # optional groups
        p = re.sub(r"\((?:\?:)?([^()|]*)\)", r"\1", p)          # one-branch groups
        p = re.sub(r"\((?:\?:)?([^()]*\|[^()]*)\)",             # alternations
                   lambda m: " " + _common_prefix(m.group(1).split("|")) + " ", p)
    if "|" in p or "(" in p:
        return []
    p = re.sub(r"\[[^\]]*\][?*+]?|\\[a-zA-Z][?*+]?|\\.|.[?*]|\{[^}]*\}", " ", p)
    return [r for r in re.findall(r"[^\W_]{2,}", p) if not r.isdigit()]


def _build_registry(pack: Any) -> Registry:
    entries, alts, starts = _build_entries(pack)
    reg = Registry(entries)
    groups = [(i, g) for i, g in alts.items()] + [(i, g) for i, gs in starts.items() for g in gs]
    for i, group in groups:
        if group and not any(_FOLD_ODD.search(w) for w in group):
            reg.one_of.setdefault(i, []).append(group)
    runs = [_literal_runs(p.pattern) for p, _sid, _kind in entries]
    reg.keyed = [(_longest(r), p, sid, kind) for r, (p, sid, kind) in zip(runs, entries)]
    reg.required = [tuple(w for w in literal_words(p.pattern, r) if not _FOLD_ODD.search(w))
                    for r, (p, _sid, _kind) in zip(runs, entries)]
    for i, (key, *_rest) in enumerate(reg.keyed):
        for k in ((key,) if key else alts.get(i, ())):
            reg.index.setdefault(k, []).append(i)
    reg.unkeyed = tuple(i for i, e in enumerate(reg.keyed) if not e[0] and not alts.get(i))
    for key in reg.index:
        reg.by_prefix.setdefault(key[:2], []).append(key)
    return reg


def registry(pack: Any) -> Registry:
    """The compiled registry of a pack (built once, cached on the pack)."""
    return pack.compiled("attribution.registry", _build_registry)


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


def resolve_source(mention: str, pack: Any) -> tuple[str | None, str | None]:
    """Registry id and kind of a known mention; (None, kind from the head noun) otherwise.
    ``source_id`` adds the normalised key for unknown mentions."""
    reg = registry(pack)
    hit = reg.resolved.get(mention)
    if hit is None:
        lx = lexicon(pack)
        hit = _joint_source(mention, reg, lx) or _lookup(mention, reg) or (None, head_kind(mention, lx))
        if len(reg.resolved) > 50_000:  # bounded: memory stays flat on endless input
            reg.resolved.clear()
        reg.resolved[mention] = hit
    return hit


def source_id(mention: str, pack: Any) -> tuple[str, str | None]:
    """Id and kind for any source phrase (SPEC contract 1): the registry's id where known,
    else a stable key made from the normalised phrase."""
    reg = registry(pack)
    hit = reg.keys.get(mention)
    if hit is None:
        sid, kind = resolve_source(mention, pack)
        if sid is None:
            lx = lexicon(pack)
            sid = lx.syn.source_key(re.findall(r"[\w-]+", mention), lx.dets, lx.not_adj,
                                        lx.count_heads, lx.gen_dets) or None
        if len(reg.keys) > 50_000:  # bounded: memory stays flat on endless input
            reg.keys.clear()
        hit = reg.keys[mention] = (sid or "", kind)
    return hit


def _lookup(mention: str, reg: Registry) -> tuple[str, str] | None:
    low = mention.lower()
    # only patterns whose literal word occurs (or that have none) can match; they are
    # tried in registry order, so the first match wins as in a plain scan
    cands = list(reg.unkeyed)
    seen: set[str] = set()
    for p in range(len(low) - 1):
        for key in reg.by_prefix.get(low[p:p + 2], ()):
            if key not in seen and low.startswith(key, p):
                seen.add(key)
                cands.extend(reg.index[key])
    pretest = not _FOLD_ODD.search(low)
    for i in sorted(set(cands)):
        _key, pat, sid, kind = reg.keyed[i]
        if pretest and not _holds(low, reg.required[i], reg.one_of.get(i, ())):
            continue
        if pat.search(mention):
            return sid, kind
    return None


def _holds(low: str, words: tuple[str, ...], groups: list[tuple[str, ...]]) -> bool:
    """Whether a lowered mention holds every word and one word of each group (plain loops:
    asked about some twenty candidates a lookup, generators cost more than the tests)."""
    for w in words:
        if w not in low:
            return False
    for g in groups:
        for w in g:
            if w in low:
                break
        else:
            return False
    return True


def _joint_source(mention: str, reg: Registry, lx: Lexicon) -> tuple[str, str] | None:
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
    a, b = _lookup(" ".join(left), reg), _lookup(" ".join(right), reg)
    if not a or not b or "." not in a[0] or "." not in b[0]:
        return None
    # same kind of body (a country may file its intelligence under another id), two countries
    ca, cb, role = a[0].split(".", 1)[0], b[0].split(".", 1)[0], b[0].split(".", 1)[1]
    if a[1] != b[1] or ca == cb:
        return None
    return f"{ca}_{cb}.{role}", b[1]


def head_kind(mention: str, lx: Lexicon) -> str | None:
    """Kind from the head noun: the first noun of the phrase (its attachments follow it:
    "Bundesamt für Statistik" is an office, not a statistic), then the other words from
    the right ("Gouverneur der Region")."""
    words = re.findall(r"[\w-]+", mention)
    nouns = [w.lower() for w in words if lx.syn.is_noun(w) and w.lower() not in lx.dets]
    for w in nouns[:1] + [w.lower() for w in reversed(words)]:
        kind = _word_kind(w, lx)
        if kind is not None:
            return kind
    return None


def _word_kind(word: str, lx: Lexicon) -> str | None:
    """The first head-kind suffix a word ends with (memoised per word, bounded)."""
    cache = lx.kind_cache
    if word not in cache:
        if len(cache) > 100_000:
            cache.clear()
        sufs = lx.head_suffixes
        cache[word] = next((kind for suf, kind in lx.head_kinds if word.endswith(suf)), None) \
            if word.endswith(sufs) else None
        base = lx.syn.masculine_form(word) if cache[word] is None else word
        if base != word and base.endswith(sufs):  # "Reporterin": the kind of "Reporter"
            cache[word] = next((kind for suf, kind in lx.head_kinds if base.endswith(suf)), None)
    return cache[word]
