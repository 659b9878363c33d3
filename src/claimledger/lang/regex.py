"""Building fast alternations from lexicon patterns.

Python's regex engine tries every branch of an alternation at every position. Lexicons of
hundreds of words made the counted-noun and predicate scans the slowest part of extraction
(~2.5 MB/s). Grouping the branches by their first literal character turns the alternation
into a one-level trie: at most positions a single character test rejects all branches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _constants as _c, _parser
from typing import Any

from claimledger.lang import recache, triecache

_SPECIAL = set("\\.^$*+?{}[]|()")

# Where an alternation of words starts: ``\b`` before a word is the same test as "no word
# character before", but the look-behind lets the engine skip ahead far faster (the counted
# noun, predicate and place scans ran about a third faster with it, same matches).
WORD_START = r"(?<!\w)"
_QUANT = set("*+?{")


def literal_head(p: str) -> str | None:
    """The plain character every match of ``p`` opens with, or None (a class, group, escape or
    an optional first character): a test without parsing the pattern."""
    if not p or p[0] in _SPECIAL:
        return None
    if len(p) > 1 and p[1] in _QUANT:
        return None  # "a?b": the first character is optional
    return p[0]


# lower-case letters a case-insensitive regex equates with another letter (re._casefix of
# Python 3.11: "ı" ~ "i", "ſ" ~ "s", "ς" ~ "σ" ...) and what "İ" lowers to: where one
# occurs, a word being in the lowered text is no test of a match, so word pre-tests (the
# source registry's, finditer_opening below) stand aside
FOLD_ODD = re.compile("[\u0307\xb5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]")


TRIE_DEPTH = 3  # levels of literal prefixes grouped; a gazetteer of a thousand names needs two


def alternation(patterns: list[str], ignore_case: bool = False, depth: int = TRIE_DEPTH) -> str:
    """An alternation equivalent to ``"|".join(patterns)`` (longest first), grouped by the
    first literal character, and the tails again by theirs (a trie ``depth`` levels deep).
    With ``ignore_case`` the first level folds case, so the result can be compiled without
    ``re.IGNORECASE`` for the first letter and stay fast."""
    groups, rest = _first_level(patterns, ignore_case, depth)
    # a folded first letter is written as one branch per case ("a(?:…)|A(?:…)"), not as a
    # class ("[aA](?:…)"): the engine rejects a branch that opens with a plain literal by
    # one comparison and enters every other branch; and an alternation of literal-led
    # branches lets a scan skip ahead to their first letters (a third less time for the
    # folded tries of the nationality and toll scans, same matches)
    parts = [f"{re.escape(c)}(?:{tails})" for _first, chars, tails in groups for c in dict.fromkeys(chars)]
    parts.extend(f"(?:{p})" for p in rest)
    return "|".join(parts) if parts else "(?!)"


def word_start_alternation(patterns: list[str], ignore_case: bool = False) -> str:
    """The same matches as ``WORD_START + "(?:" + alternation(patterns, ignore_case) + ")"``,
    for a scan of a whole text: a pattern that opens with a look-behind is entered at every
    position, while one that opens with a character class lets the engine skip ahead in C
    to the characters a match can start with. So the first character is consumed by a
    class, the look-behind looks at the character before it, and each branch checks by a
    look-behind which first character it was (the preposition scan of a document costs
    about 40 % less). Patterns that do not open with a literal keep the plain form."""
    groups, rest = _first_level(patterns, ignore_case, TRIE_DEPTH)
    if rest or not groups:
        return WORD_START + "(?:" + alternation(patterns, ignore_case) + ")"
    chars = "".join(sorted({c for _first, cs, _tails in groups for c in cs}))
    branches = "|".join(f"(?<={first})(?:{tails})" for first, _chars, tails in groups)
    return f"[{re.escape(chars)}](?<!\\w.)(?:{branches})"


def _first_level(patterns: Iterable[str], ignore_case: bool, depth: int
                 ) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """The first level of :func:`alternation`: for each first literal character (case folded
    with ``ignore_case``) the regex of that character, the characters it matches and the
    alternation of the tails; and the patterns that open otherwise, in order."""
    return _first_level_of(frozenset(patterns), ignore_case, depth)


@lru_cache(maxsize=4096)
def _first_level_of(patterns: frozenset[str], ignore_case: bool, depth: int
                    ) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """:func:`_first_level`, memoised: building a pack's regexes asks again for the same
    lists (the noun tables for the noun, compound-head and narrowed scans; a table's
    alternation and its first letters), and the tries are built in Python — so they are
    also kept across processes (:mod:`claimledger.lang.triecache`)."""
    return triecache.kept(patterns, ignore_case, depth,
                          lambda: _build_first_level(patterns, ignore_case, depth), _valid_level)


def _valid_level(v: Any) -> bool:
    """Is ``v`` shaped like what :func:`_first_level_of` returns (a kept record is checked)?"""
    return (isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], tuple) and isinstance(v[1], tuple)
            and all(isinstance(g, tuple) and len(g) == 3 and all(isinstance(x, str) for x in g) for g in v[0])
            and all(isinstance(x, str) for x in v[1]))


def _build_first_level(patterns: frozenset[str], ignore_case: bool, depth: int
                       ) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    groups: dict[str, list[str]] = defaultdict(list)
    rest: list[str] = []
    # longest first; among equal lengths alphabetically, so that the pattern (and the cache
    # of compiled patterns keyed by it) is the same in every process, whatever the hash seed
    for p in sorted(sorted(set(patterns)), key=len, reverse=True):
        head = literal_head(p)
        if head is None:
            rest.append(p)
        else:
            groups[head.lower() if ignore_case else head].append(p[1:])
    out: list[tuple[str, str, str]] = []
    for head, tails in groups.items():
        first, chars = re.escape(head), head
        if ignore_case and head.upper() != head.lower():
            first, chars = f"[{re.escape(head)}{re.escape(head.upper())}]", head + head.upper()
        if depth > 1 and len(tails) > 1 and all(tails):
            tails_alt = alternation(tails, depth=depth - 1)
        else:
            tails_alt = "|".join(f"(?:{t})" if t else "" for t in tails)
        out.append((first, chars, tails_alt))
    return tuple(out), tuple(rest)


def top_level_positions(src: str) -> list[int]:
    """Offsets of the characters at the top level of ``src``: not escaped, not in a
    bracketed group nor in a character class. The runs of plain characters between the
    escapes, classes and brackets (found by one regex) are taken whole: building the
    source registry asked this of each of its patterns, a character at a time."""
    out: list[int] = []
    depth, last = 0, 0
    for m in _STRUCTURE.finditer(src):
        if depth == 0:
            out.extend(range(last, m.start()))
        c = m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        last = m.end()
    if depth == 0:
        out.extend(range(last, len(src)))
    return out


# what is not a plain character of a pattern: an escape (with what it escapes), a class
# (a "]" right after its "[" is a member; escapes inside it too; unclosed: to the end) and
# a bracket
_STRUCTURE = re.compile(r"\\.?|\[\]?(?:\\.?|[^\]\\])*\]?|[()]", re.DOTALL)


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters that every match of ``pattern`` contains, or None
    when none is certain: the run stands at the pattern's top level (outside groups, classes
    and escapes), no quantifier follows its last character, and there is no top-level ``|``.
    A plain substring search for it tells in C where the pattern cannot match at all (the
    patterns that may open with any letter, ``\\w+…``, are tried at every word otherwise)."""
    if "(?" in pattern and re.search(r"\(\?[a-zA-Z]*[ix]", pattern):
        return None  # a flag that folds case or drops spaces: the text is no plain substring
    runs: list[str] = []
    cur, depth, last = "", 0, 0

    def plain(chars: str) -> str | None:
        nonlocal cur
        for c in chars:
            if c == "|":
                return "|"
            if c in "*+?{":
                cur = cur[:-1]  # the character before is optional or repeated
                runs.append(cur)
                cur = ""
                if c == "{":
                    return "{"
            elif c in ".^$}":
                runs.append(cur)
                cur = ""
            else:
                cur += c
        return None

    for m in _STRUCTURE.finditer(pattern):
        if depth == 0 and plain(pattern[last:m.start()]) is not None:
            return None  # a top-level alternation, or a counted repeat left unparsed
        runs.append(cur)
        cur = ""
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth -= 1
        last = m.end()
    if depth != 0 or plain(pattern[last:]) is not None:
        return None
    runs.append(cur)
    best = max(runs, key=len)
    return best or None


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters a match can start with, when they
    are certain (else just in a group): the same matches, but an engine trying it at a
    position whose character no branch starts with leaves after one class test. Python's
    engine skips a branch by its first character only when that is a plain literal or
    class (not under ignore-case); a branch that opens a group is entered every time, so a
    scan over an alternation of groups (one per table) tried every table's first letters
    at every word start. ``flags`` are those the result is compiled with. Always one
    group, so it can stand beside other parts."""
    return guard(pattern, first_class(pattern, flags))


def guard(pattern: str, cls: str | None) -> str:
    """``pattern`` in a group, behind a look-ahead for ``cls`` (a class every match starts
    with, from :func:`first_class` or :func:`alternation_first_class`) when there is one."""
    return f"(?={cls})(?:{pattern})" if cls else f"(?:{pattern})"


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class that holds the first character of every match of ``pattern``
    (compiled with ``flags``), or None when that is not certain: an empty match is
    possible, or a match may open with any character, a negated class or category. Under
    ignore-case the class folds too: a letter there matches what the same letter in a
    class under ignore-case matches (the engine lowers both sides alike)."""
    got = _first_items(pattern, flags)
    return _class(*got) if got else None


def alternation_first_class(patterns: list[str], ignore_case: bool = False) -> str | None:
    """:func:`first_class` of ``alternation(patterns, ignore_case)``, without parsing it (the
    standard library's parser is written in Python, and the alternations of the counting
    lexicon are long): the first letters of the patterns that open with one, and the
    classes of those that do not."""
    groups, rest = _first_level(patterns, ignore_case, 1)
    items = {re.escape(c) for _first, chars, _tails in groups for c in chars}
    folded = False
    for p in rest:
        got = _first_items(p, 0)
        if got is None:
            return None
        items |= got[0]
        folded = folded or got[1]
    return _class(items, folded) if items else None


def _class(items: set[str], folded: bool) -> str:
    cls = "[" + "".join(sorted(items)) + "]"
    return f"(?i:{cls})" if folded else cls


def _first_items(pattern: str, flags: int) -> tuple[set[str], bool] | None:
    """The class items (escaped) of :func:`first_class`, and whether any is folded."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    folded = [False]
    items = _first(parsed, flags, folded)
    return (items, folded[0]) if items else None


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
# the categories a class may hold as they are: each matches at least what it matches in
# any flag context (the negated ones do not, so they leave the first character unknown)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s"}


def _first(seq: Any, flags: int, folded: list[bool]) -> set[str] | None:
    """Class items (escaped) for the first character of a parsed sequence; None when
    uncertain or when the sequence may match the empty string."""
    if seq.getwidth()[0] == 0:
        return None
    out: set[str] = set()
    for op, av in seq.data:
        if op in _ZERO_WIDTH:
            continue  # looks around; the first character comes from what follows
        got = _first_of(op, av, flags, folded)
        if got is None:
            return None
        out |= got
        if _width(op, av) > 0:
            return out  # this element always consumes: what follows never starts a match
    return None


def _first_of(op: Any, av: Any, flags: int, folded: list[bool]) -> set[str] | None:
    """Class items for the first character one element may consume (an optional element:
    those it consumes when present)."""
    if op is _c.LITERAL or op is _c.IN:
        if flags & re.IGNORECASE:
            folded[0] = True
        return {re.escape(chr(av))} if op is _c.LITERAL else _class_items(av)
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return _first_some(sub, (flags | add) & ~remove, folded)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _first_some(alt, flags, folded)
            if got is None:
                return None
            out |= got
        return out
    if op in _REPEATS:
        return _first_some(av[2], flags, folded)
    return None


def _first_some(seq: Any, flags: int, folded: list[bool]) -> set[str] | None:
    """Like ``_first``, for a part that may be empty (what follows it is looked at by the
    caller): the empty alternative adds nothing."""
    if seq.getwidth()[1] == 0:
        return set()
    out: set[str] = set()
    for op, av in seq.data:
        if op in _ZERO_WIDTH:
            continue
        got = _first_of(op, av, flags, folded)
        if got is None:
            return None
        out |= got
        if _width(op, av) > 0:
            return out
    return out


def _width(op: Any, av: Any) -> int:
    """The least number of characters one parsed element consumes."""
    return int(_parser.SubPattern(_parser.State(), [(op, av)]).getwidth()[0])


def _class_items(items: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is _c.RANGE:
            out.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            return None  # a negation or a negated category
    return out


def finditer_opening(rx: re.Pattern[str], words: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, for a pattern every match of which opens with one of ``words``
    under ignore-case: the places where a word occurs in the lower-cased text (found by
    plain substring search) are the only ones the pattern is tried at, in order, as the
    engine would scan. A text whose lower case differs in length, or holds a letter that
    ignore-case equates with another (``FOLD_ODD``), is scanned by the pattern itself."""
    low = folded(text)  # the whole text's test made once a document, shared with PhraseSearch
    words = [w.lower() for w in words]
    if low is None or not all(words) or any(FOLD_ODD.search(w) for w in words):
        yield from rx.finditer(text)
        return
    places = set()
    for w in words:
        at = low.find(w)
        while at >= 0:
            places.add(at)
            at = low.find(w, at + 1)
    last = 0
    for at in sorted(places):
        if at < last:
            continue  # inside the match before, as a scan from its end would skip it
        m = rx.match(text, at)
        if m is not None:
            yield m
            last = max(m.end(), at + 1)


# id of a word-start pattern -> the pattern and the same after a consumed non-word character
# (None: not of that form); by id, as a pattern's hash reads its whole compiled program
_AFTER_NON_WORD: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def finditer_word_start(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
                        ) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)`` for a pattern that opens with ``WORD_START`` and
    never matches the empty string. Such a pattern is entered by the engine at every
    position; the same pattern led by the non-word character before the match (``\\W``, a
    class the engine skips ahead to in C) is entered only after one, and where it matches,
    ``rx`` matches one character on: found there, ``rx`` gives the very match object. A
    scan of a whole document for the toll predicates costs about a third less."""
    got = _AFTER_NON_WORD.get(id(rx))
    if got is not None and got[0] is rx:
        f = got[1]
    else:
        f = None
        if rx.pattern.startswith(WORD_START):
            try:
                with recache.active():  # the compiled program from the cache of earlier runs
                    f = re.compile(r"\W(?:" + rx.pattern[len(WORD_START):] + ")", rx.flags)
            except re.error:
                f = None
        if len(_AFTER_NON_WORD) >= 256:  # bounded: meant for a pack's patterns, which are few
            _AFTER_NON_WORD.clear()
        _AFTER_NON_WORD[id(rx)] = (rx, f)
    end = len(text) if endpos is None else min(endpos, len(text))
    if f is None:
        yield from rx.finditer(text, pos, end)
        return
    pos = max(0, pos)
    while pos <= end:
        m = rx.match(text, 0, end) if pos == 0 else None
        if m is None:
            c = f.search(text, max(0, pos - 1), end)
            if c is None:
                return
            m = rx.match(text, c.start() + 1, end)
            if m is None:  # cannot happen: the same pattern after the same character
                yield from rx.finditer(text, c.start() + 1, end)
                return
        yield m
        if m.end() == m.start():  # not for such patterns: the engine's own scan goes on
            yield from rx.finditer(text, m.end() + 1, end)
            return
        pos = m.end()


def search_word_start(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
                      ) -> re.Match[str] | None:
    """``rx.search(text, pos, endpos)`` for a pattern that opens with ``WORD_START``: the first
    match :func:`finditer_word_start` finds (the engine's scan gives the same first match)."""
    return next(finditer_word_start(rx, text, pos, endpos), None)


_LOWERED: tuple[str, str] = ("", "")
_FOLDS: tuple[str, str | None] = ("", None)


def folded(text: str) -> str | None:
    """``lowered(text)`` when it is a faithful fold for substring tests (same length, no
    letter that ignore-case equates with another: ``FOLD_ODD``), else None; kept for the last
    text asked about, so the test of the whole text runs once a document."""
    global _FOLDS
    last = _FOLDS
    if last[0] is text:
        return last[1]
    low = lowered(text)
    got = low if len(low) == len(text) and not FOLD_ODD.search(low) else None
    _FOLDS = (text, got)
    return got


class PhraseSearch:
    """A case-insensitive search for any of a list of regex phrases, behind a substring test:
    each phrase needs a literal (``required_literal``), and a stretch of text whose lower case
    holds none of them cannot match. Most sentences hold none, so the pattern, which opens with
    a look-behind and is entered at every position, is mostly never run (same matches).
    ``rx`` is the alternation of ``phrases`` compiled with ``re.IGNORECASE`` and no flag that
    changes what a literal matches (``re.VERBOSE``)."""

    def __init__(self, phrases: list[str], rx: re.Pattern[str]) -> None:
        self.rx = rx
        needs = [required_literal(p) for p in phrases]
        self.needs: tuple[str, ...] | None = None
        if needs and all(needs) and not any(FOLD_ODD.search(n.lower()) for n in needs if n):
            self.needs = tuple(dict.fromkeys(n.lower() for n in needs if n))

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        if self.needs is not None:
            low = folded(text)
            if low is not None and not any(low.find(n, start, end) >= 0 for n in self.needs):
                return None
        return self.rx.search(text, start, end)


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text asked about: the stages that pre-test a
    document by substring search in its lower case (the bounds of single people, the source
    bodies, the result nouns) share one copy instead of lowering it each. One slot (a pair
    replaced whole, so threads see one or the other): memory stays flat."""
    global _LOWERED
    last = _LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LOWERED = (text, low)
    return low
