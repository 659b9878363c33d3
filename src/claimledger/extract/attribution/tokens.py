"""Tokens and clauses of a sentence: the units every attribution rule works on.

There is no parser offline; a clause is cut at the punctuation and the clause-opening words
(subordinators, relative pronouns, speech verbs after a comma) that the pack lists, which is
what the cue rules need to decide which figure a cue governs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.attribution.lexicon import Lexicon

_TOKEN = re.compile(r"\w+(?:[-‐’'.&]\w+)*-?|[^\w\s]")
_CUTTING_MARKS = ";:–—„“”«»\""
_OPENING_MARKS = "„«»\""
# a quoted stretch of at most this many words is a name or a phrase inside the clause
# ("Die „Süddeutsche Zeitung“ berichtete"), not a clause of its own
_SHORT_QUOTE_WORDS = 4


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool


def tokenise(text: str, start: int, end: int, is_noun: Callable[[str], bool] | None = None,
             lower_names: re.Pattern[str] | None = None, lower_words: tuple[str, ...] = (),
             nouns_capitalised: bool = True) -> list[Tok]:
    """Word and punctuation tokens between two offsets; ``cap`` marks the tokens the
    language's noun test accepts and the names that are written in lower case ("infratest
    dimap": plain substring scans first, the pattern only where one of the words occurs).
    Where the language capitalises its nouns (a declared trait of the pack), a capital first
    letter is the test and ``is_noun`` is asked only about hyphenated compounds, which keeps
    this hot loop free of calls; elsewhere ``is_noun`` decides every word."""
    out = []
    append = out.append
    find, pos = text.find, start
    # tokens cover every character but whitespace, so each starts where its text next
    # occurs: findall and str.find cost less than a match object per token
    if nouns_capitalised or is_noun is None:
        for s in _TOKEN.findall(text, start, end):
            i = find(s, pos)
            pos = i + len(s)
            c = s[0]
            if c.isalnum():
                append(Tok(i, pos, s, s.lower(), True,
                           c.isupper() or (is_noun is not None and "-" in s and is_noun(s))))
            else:  # punctuation: one character, no case
                append(Tok(i, pos, s, s.lower(), False, False))
    else:
        for s in _TOKEN.findall(text, start, end):
            i = find(s, pos)
            pos = i + len(s)
            c = s[0]
            w = c.isalnum()
            append(Tok(i, pos, s, s.lower(), w, w and not c.isdigit() and is_noun(s)))
    if lower_names is not None and any(text.find(w, start, end) >= 0 for w in lower_words):
        named = {m.start() for m in lower_names.finditer(text, start, end)}
        for t in out:
            if t.start in named:
                t.cap = True
    return out


def _short_quote_marks(toks: list[Tok], lx: Lexicon) -> set[int]:
    """Indices of quotation marks that enclose a short quoted name or phrase inside a
    clause (a word before it, no verb in it)."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        if t.text not in _OPENING_MARKS or i == 0 or not toks[i - 1].word:
            continue
        for k in range(i + 1, min(len(toks), i + _SHORT_QUOTE_WORDS + 3)):
            if toks[k].text in _CUTTING_MARKS:
                words = [x for x in toks[i + 1:k] if x.word]
                if 0 < len(words) <= _SHORT_QUOTE_WORDS and not any(
                        x.text in ".!?,;:" or x.low in lx.verbs for x in toks[i + 1:k]):
                    out.update((i, k))
                break
    return out


# how many words a subject may have in a closing reporting clause (", the county's chief
# fire officer said")
_REPORTING_SUBJECT_WORDS = 7


def _reporting_clause_at(toks: list[Tok], k: int, lx: Lexicon) -> bool:
    """A reporting clause opens at ``k``: a few words without punctuation, then a speech
    verb (", the defence ministry said")."""
    for j in range(k, min(len(toks), k + _REPORTING_SUBJECT_WORDS + 1)):
        if not toks[j].word:
            return False
        if toks[j].low in lx.verbs and j > k:
            return True
    return False


def split_clauses(toks: list[Tok], s0: int, s1: int, lx: Lexicon, text: str) -> list[tuple[int, int]]:
    """Clause spans: cut at ; : – ( ) quotes, and at commas that open a clause."""
    cuts = [s0]
    short = _short_quote_marks(toks, lx)
    depth = 0  # open round brackets: a mark inside an aside does not end the outer clause
    for i, t in enumerate(toks):
        if t.word:
            continue
        if t.text == "(" or t.text == ")":
            depth = max(0, depth + (1 if t.text == "(" else -1))
            continue
        if t.text in _CUTTING_MARKS:
            if i in short or (depth and t.text not in _OPENING_MARKS and t.text not in "“”«\""):
                continue  # "(Stand: 00:35 Uhr)", "(Archivbild; 2019)"
            if t.text == ":" and t.end < len(text) and text[t.end].isdigit():
                continue  # a clock time or score, "15:00"
            cuts.append(t.end if t.text not in _OPENING_MARKS else t.start)
        elif t.text == "," and i + 1 < len(toks):
            nx = toks[i + 1]
            if nx.low in lx.clause_openers or nx.low in lx.verbs or nx.low in lx.so_cue \
                    or nx.low in lx.pronouns or (i + 2 < len(toks) and toks[i + 2].low in lx.verbs) \
                    or (lx.closing_report and _reporting_clause_at(toks, i + 1, lx)):
                cuts.append(t.end)
    cuts.append(s1)
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return (a, b)
    return clauses[-1] if clauses else (pos, pos)


def token_range(toks: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
    """Indices [first, last) of the tokens inside a character span."""
    cs = next((k for k in range(len(toks)) if toks[k].start >= span[0]), len(toks))
    ce = next((k for k in range(cs, len(toks)) if toks[k].start >= span[1]), len(toks))
    return cs, ce
