"""The time grammar compiled from a pack: ``calendar.toml`` and ``time.toml`` become macros
and lookup tables, the pack's ``[patterns]`` templates are expanded into one master
pattern whose named groups are numbered, and the head words become a fast trigger scan."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.lang import LanguagePack
from claimledger.lang.optional import optional_as_branch

# characters after which a word starts (whitespace, opening quotes and brackets, dashes)
_BOUNDARY = "[\\s\"'\u201e\u201c\u201a\u2018\u00bb\u00ab(\\[/\u2013\u2014-]"


@dataclass(frozen=True)
class Grammar:
    """Everything compiled from a pack: the master pattern and the lookup tables."""

    pattern: re.Pattern[str]
    names: dict[str, str]  # compiled group name -> base name
    bases: tuple[str, ...]  # the base name of each group, by group number - 1
    lookup: dict[str, dict[str, Any]]  # table -> normalised surface form -> value
    year_intro: frozenset[str]
    # operators that make "<op> N <units>" a threshold, not a time ("ab 18 Jahren")
    threshold_ops: frozenset[str]
    part_spans: dict[str, dict[str, Any]]
    first_word: re.Pattern[str]
    trigger: re.Pattern[str]  # a head word after a boundary character
    trigger_at_start: re.Pattern[str]  # a head word at the very start of the text
    leads: frozenset[str]  # tokens that may stand before a head inside one expression
    # what a match resolved to, by its groups and the publication date (see find.py)
    resolved: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)


def grammar(pack: LanguagePack) -> Grammar:
    """The pack's time grammar, compiled on first use."""
    return pack.compiled("timex", build)


def norm(s: str) -> str:
    return " ".join(s.lower().split()).rstrip(".")


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words`` (longest first), factored as a prefix tree.

    A flat alternation of a few hundred words is tried word by word at every position; the
    tree needs one character test per level, which keeps the scanner fast.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


def _triggers(heads: list[str]) -> dict[str, re.Pattern[str]]:
    """Scanners for head words (lower case or capitalised) after a boundary character.

    Written case-sensitively, starting with a small character class, so that the regex
    engine skips ahead in C: this scan runs over every character of every sentence, and
    case-insensitive matching of a word tree at every position is several times slower.
    """
    by_first: dict[str, list[str]] = {}
    for w in heads:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rests in sorted(by_first.items()):
        tail = _trie(rests)
        for cc in sorted({c, c.upper()}):
            alts.append(re.escape(cc) + tail)
    words = "(?:" + "|".join(alts) + ")"
    return {"trigger": re.compile(_BOUNDARY + words), "trigger_at_start": re.compile(words)}


def _alt(words: list[str], exact: frozenset[str] = frozenset()) -> str:
    """A non-capturing alternation of words, longest first; spaces match any whitespace.

    Behind a look-ahead for the words' first letters: the master pattern is case-insensitive,
    and there the engine enters every branch of an alternation to reject it (a plain literal
    is rejected by one comparison only without ignore-case), while a class is one test. At a
    digit most of the optional word groups of the branches ("seit", "Anfang", "des") then
    fail at once; the matches are the same (every match opens with one of those letters)."""
    items = {" ".join(w.split()) for w in words if w.strip()}
    loose = [w for w in items if w not in exact]
    parts = [f"(?:{_trie(loose)})"] if loose else []
    parts += [f"(?-i:{_trie([w])})" for w in sorted(exact & items, key=lambda w: -len(w))]
    parts.sort(key=lambda p: p.startswith("(?-i"))
    if not parts:
        return "(?!)"
    firsts = "".join(sorted({re.escape(w[0]) for w in items}))
    # exact-case entries first: they are the longer reading where both could match
    return f"(?=[{firsts}])(?:" + "|".join(reversed(parts)) + ")"


@dataclass
class _Tables:
    """Macros (regex pieces named in the pack's templates), lookup tables (surface form ->
    value) and the words of each table (for the head and lead prefilter), as they are built."""

    macros: dict[str, str]
    lookup: dict[str, dict[str, Any]]
    words_of: dict[str, list[str]]

    def add(self, name: str, table: dict[str, Any], macro: str | None = None) -> None:
        self.macros[name] = _alt(list(table)) if macro is None else macro
        self.lookup[name] = table
        self.words_of[name] = list(table)


def _calendar_tables(t: _Tables, cal: dict[str, Any], tab: dict[str, Any], rx: dict[str, str]) -> None:
    """Months (full names and abbreviations), seasons and weekdays."""
    months: dict[str, int] = {k.lower(): int(v) for k, v in cal.get("months", {}).items()}
    # an abbreviation is a strict prefix of another name of the same month ("okt", "sept")
    abbr = {k for k, v in months.items()
            if any(o != k and o.startswith(k) and months[o] == v for o in months)}
    full = [k for k in months if k not in abbr]
    t.add("month", months, _alt(full))
    t.macros["month_any"] = f"(?:{_alt(full)}(?!\\w)|{_alt(sorted(abbr))}(?!\\w)\\.?)"
    t.lookup["month2"] = months
    t.words_of["month_any"] = list(months)

    seasons = {k.lower(): tuple(v) for k, v in cal.get("seasons", {}).items()}
    t.add("season", seasons, _alt(list(seasons)) + rx.get("season_suffix", ""))

    wdays: dict[str, tuple[int, int]] = {k.lower(): (int(v), int(v))
                                         for k, v in cal.get("weekdays", {}).items()}
    wdays.update({k.lower(): (int(v[0]), int(v[1])) for k, v in tab.get("weekday_spans", {}).items()})
    t.add("weekday", wdays)


def _time_tables(t: _Tables, tab: dict[str, Any], rx: dict[str, str]) -> None:
    """Word lists, relative modifiers, units, counts, ordinals, sub-periods, parts, deictics."""
    for name, words in tab.get("words", {}).items():
        t.macros[name] = _alt(list(words))
        t.lookup[name] = {norm(w): True for w in words}
        t.words_of[name] = list(words)
    endings = tab.get("rel_endings", {}).get("endings", [""])
    rel = {stem.lower() + e: int(v) for stem, v in tab.get("rel", {}).items() for e in endings}
    t.add("rel", rel)
    t.lookup["yrel"] = rel
    units = {k.lower(): (v[0], v[1]) for k, v in tab.get("unit", {}).items()}
    t.add("unit", units)
    for u in {v[0] for v in units.values()}:
        t.macros[f"unit_{u}"] = _alt([k for k, v in units.items() if v[0] == u and v[1] == "sg"])
    t.lookup["yunit"] = units
    nums = {k.lower(): int(v) for k, v in tab.get("num", {}).items()}
    digit_num = rx.get("digit_num", r"\d{1,3}")
    t.add("num", nums, f"(?:{_alt(list(nums))}(?!\\w)|{digit_num})")
    ords = {k.lower(): int(v) for k, v in tab.get("ord", {}).items()}
    digit_ord = rx.get("digit_ord", r"[1-4]\.")
    t.add("ord", ords, f"(?:{_alt(list(ords))}(?!\\w)|{digit_ord})")
    t.add("sub", {k.lower(): int(v) for k, v in tab.get("sub", {}).items()})
    t.add("part", {k.lower(): v for k, v in tab.get("part", {}).items()})
    deictic = {k.lower(): dict(v) for k, v in tab.get("deictic", {}).items()}
    exact = frozenset(k for k, v in deictic.items() if v.get("case") == "exact")
    t.add("deictic", deictic, _alt(list(deictic), exact))
    t.macros["deictic_year"] = _alt([k for k, v in deictic.items()
                                     if v["unit"] == "year" and not v.get("part")], exact)
    t.lookup["ydeictic"] = deictic


def _expand(s: str, macros: dict[str, str], templates: dict[str, str], depth: int = 0) -> str:
    """``s`` with every ``%name%`` replaced by its template (expanded) or macro."""
    if depth > 8:
        raise ValueError("time.toml: macro recursion too deep")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in templates:
            return _expand(templates[name], macros, templates, depth + 1)
        if name in macros:
            return macros[name]
        raise ValueError(f"time.toml: unknown macro %{name}%")
    return re.sub(r"%(\w+)%", sub, s)


def _master(tab: dict[str, Any], macros: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The master pattern (prefix and branches, expanded), and its group names: a name may
    repeat across branches and macros, so every occurrence is numbered."""
    templates = dict(tab.get("templates", {}))
    pat = tab["patterns"]
    body = _expand(pat.get("prefix", ""), macros, templates) + "(?:" + "|".join(
        _expand(b, macros, templates) for b in pat["branches"]) + ")"
    names: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        new = f"{m.group(1)}__{len(names)}"
        names[new] = m.group(1)
        return f"(?P<{new}>"
    body = re.sub(r"\(\?P<(\w+)>", rename, body)
    flags = re.IGNORECASE | re.VERBOSE
    # the optional parts as branches: the same matches, found in less time
    pattern = re.compile(optional_as_branch(r"(?:(?<!\w)|(?<=[^\W\d_])(?=\d))(?:" + body + r")(?!\w)", flags),
                         flags)
    return pattern, names


def build(pack: LanguagePack) -> Grammar:
    cal = pack.table("calendar")
    tab = pack.table("time")
    rx: dict[str, str] = dict(tab.get("regex", {}))
    t = _Tables({}, {}, {})
    _calendar_tables(t, cal, tab, rx)
    _time_tables(t, tab, rx)
    t.macros.update(rx)
    pattern, names = _master(tab, t.macros)
    pat = tab["patterns"]
    bases = tuple(names[n] for n, _ in sorted(pattern.groupindex.items(), key=lambda kv: kv[1]))
    if len(bases) != pattern.groups:
        raise ValueError("time.toml: every group of the patterns must be named")
    return Grammar(pattern=pattern, names=names, bases=bases, lookup=t.lookup,
                   year_intro=frozenset(norm(w) for w in tab["words"].get("year_intro", [])),
                   threshold_ops=frozenset(norm(w) for w in tab["words"].get("threshold_ops", [])),
                   part_spans=dict(tab.get("part_spans", {})),
                   first_word=re.compile(r"\w+|\S"),
                   **_triggers(sorted({w.lower() for h in pat.get("heads", [])
                                       for w in t.words_of.get(h, [])})),
                   leads=frozenset(tok.lower().rstrip(".") for h in pat.get("leads", [])
                                   for w in t.words_of.get(h, []) for tok in w.split()))
