"""Mark the parts of a news text that are not the article: they must yield no claims.

Scraped articles carry page furniture full of numbers — "erreicht mehr als 6.500
Medienshops in 90 Ländern" in a wire footer, "123 Shares", post ids in CMS shortcodes,
"12 Kommentare". Cleaning never edits the text (claim spans are offsets into it); it
returns spans to ignore. All patterns are data (``lang/<code>/boilerplate.toml``); this
module only knows the *shapes* of rules:

* line rules  — a line that matches is furniture: just the line (``line``), the line and
  everything after it (``tail``: comment sections, distribution footers), or a teaser
  heading plus the short link-like lines after it (``teaser``);
* inline rules — furniture inside a line (shortcodes, a photo credit glued to a caption,
  an agency tag closing a paragraph).

A tail marker early in a text (before ``tail_min_position``) marks only its own line
unless the text right after it confirms it, so a stray "Kommentare" near the headline
cannot swallow the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from claimledger.lang import LanguagePack
from claimledger.lang.regex import top_level_positions


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of ``Document.text`` and why it is ignored."""

    start: int
    end: int
    reason: str


@dataclass
class _LineRule:
    reason: str
    scope: str                         # "line" | "tail" | "teaser"
    match: re.Pattern[str]
    all: list[re.Pattern[str]]
    max_len: int | None
    min_position: float
    confirm: re.Pattern[str] | None


@dataclass
class _InlineRule:
    reason: str
    pattern: re.Pattern[str]
    # the pattern opened with a lookbehind character class ("(?<=[.!?])"), compiled here
    # with that class consumed: see _inline_matches
    consumed: bool = False
    # the characters one of which every match opens with ("" when not plain): a text that
    # has none of them is not scanned (most texts have no "[", "{" or "©")
    needs: str = ""
    # the pattern opens with a multi-line "^": it is tried at the starts of lines only
    lines: bool = False

    @classmethod
    def of(cls, reason: str, src: str) -> _InlineRule:
        m = _LOOKBEHIND_CLASS.match(src)
        if m is None or "|" in _top_level(src[m.end():]):
            return cls(reason, re.compile(src), needs=_opening_chars(src), lines=_line_anchored(src))
        return cls(reason, re.compile(m.group(1) + m.group(2) + src[m.end():]), consumed=True)


def _top_level(src: str) -> str:
    """``src`` with every bracketed group and character class taken out (escapes first):
    what is left is the pattern's top level, where a "|" would split the whole pattern."""
    return "".join(src[i] for i in top_level_positions(src))


def _flags_and_body(src: str) -> tuple[str, str]:
    """The global inline flags a pattern opens with ("(?mi)" -> "mi") and the rest."""
    m = _GLOBAL_FLAGS.match(src)
    return "".join(re.findall(r"[a-zA-Z]", m.group(0))), src[m.end():]


def _opening_chars(src: str) -> str:
    """The characters one of which every match of ``src`` opens with, or "": each top-level
    branch must open with a literal character that is no letter or digit (so no case
    folding applies) and that no quantifier follows ("\\[", "\\(", "©")."""
    flags, body = _flags_and_body(src)
    if "x" in flags:
        return ""
    cuts = [-1, *(i for i in top_level_positions(body) if body[i] == "|"), len(body)]
    out: set[str] = set()
    for a, b in zip(cuts, cuts[1:]):
        branch = body[a + 1:b]
        if branch[:1] == "\\" and len(branch) > 1 and not branch[1].isalnum():
            c, rest = branch[1], branch[2:]
        elif branch and not branch[0].isalnum() and branch[0] not in _SPECIAL:
            c, rest = branch[0], branch[1:]
        else:
            return ""
        if rest[:1] in ("*", "+", "?", "{"):
            return ""
        out.add(c)
    return "".join(sorted(out))


def _line_anchored(src: str) -> bool:
    """The pattern opens with "^" under the multi-line flag and has no top-level "|": its
    matches start at line starts only."""
    flags, body = _flags_and_body(src)
    return "m" in flags and body.startswith("^") and "|" not in _top_level(body)


# global inline flags, then a lookbehind of one character class
_LOOKBEHIND_CLASS = re.compile(r"((?:\(\?[a-zA-Z]+\))*)\(\?<=(\[(?:\\.|[^\]\\])+\])\)")
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[a-zA-Z]+\))*")
_SPECIAL = frozenset("\\.^$*+?{}[]|()")


@dataclass
class _Rules:
    lines: list[_LineRule]
    inline: list[_InlineRule]
    confirm_chars: int
    teaser_max_links: int
    teaser_link_max: int


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(sorted(set(words)), key=len, reverse=True))


def _build(pack: LanguagePack) -> _Rules:
    tab: dict[str, Any] = pack.table("boilerplate")
    settings = tab.get("settings", {})
    name = settings.get("person_name", r"(?!)")
    templates = {
        "{agencies}": _alternation(tab.get("agencies", {}).get("names", [])) or "(?!)",
        "{teaser_strong}": _alternation(tab.get("teaser", {}).get("strong", [])) or "(?!)",
        "{teaser_weak}": _alternation(tab.get("teaser", {}).get("weak", [])) or "(?!)",
        "{name}": name,
    }

    def expand(src: str) -> str:
        for key, val in templates.items():
            src = src.replace(key, val)
        return src

    def compile_(src: str) -> re.Pattern[str]:
        return re.compile(expand(src))

    default_min = float(settings.get("tail_min_position", 0.5))
    lines = [
        _LineRule(
            reason=r["reason"], scope=r.get("scope", "line"), match=compile_(r["match"]),
            all=[compile_(p) for p in r.get("all", [])], max_len=r.get("max_len"),
            min_position=float(r.get("min_position", default_min)),
            confirm=compile_(r["confirm"]) if r.get("confirm") else None,
        )
        for r in tab.get("line", [])
    ]
    inline = [_InlineRule.of(r["reason"], expand(r["pattern"])) for r in tab.get("inline", [])]
    return _Rules(lines=lines, inline=inline,
                  confirm_chars=int(settings.get("confirm_chars", 400)),
                  teaser_max_links=int(settings.get("teaser_max_links", 6)),
                  teaser_link_max=int(settings.get("teaser_link_max_chars", 110)))


def _build_if_any(pack: LanguagePack) -> _Rules | None:
    return _build(pack) if pack.has("boilerplate") else None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, ``end`` before the line break (and a ``\\r``)."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        yield pos, stop
        if nl < 0:
            break
        pos = nl + 1


def _link_like(line: str, limit: int) -> bool:
    """A teaser link: a short headline, not a sentence of running text."""
    s = line.strip()
    return 0 < len(s) <= limit and not s.endswith((".", "!", "?", ":", ";", ",", ")", "“", '"'))


def boilerplate_spans(text: str, pack: LanguagePack) -> list[Span]:
    """Spans of ``text`` that are page furniture, sorted and non-overlapping."""
    # whether the pack has the table is asked once, with the compiling (not a file system
    # look-up per document)
    rules: _Rules | None = pack.compiled("clean.boilerplate", _build_if_any)
    if rules is None or not text:
        return []
    n = len(text)
    spans: list[Span] = []
    lines = list(_lines(text))
    skip_until = -1
    for i, (ls, le) in enumerate(lines):
        if ls < skip_until:
            continue
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            continue
        for rule in rules.lines:
            if rule.max_len is not None and len(stripped) > rule.max_len:
                continue
            if not rule.match.search(line) or not all(p.search(line) for p in rule.all):
                continue
            if rule.scope == "tail":
                confirmed = (rule.confirm is not None and
                             rule.confirm.search(text, le, min(n, le + rules.confirm_chars)))
                if ls >= rule.min_position * n or confirmed:
                    spans.append(Span(ls, n, rule.reason))
                    return _finish(spans, text, rules, ls)
                spans.append(Span(ls, le, rule.reason))
            elif rule.scope == "teaser":
                end = le
                taken = 0
                for ns, ne in lines[i + 1:]:
                    if taken >= rules.teaser_max_links:
                        break
                    nxt = text[ns:ne]
                    if not nxt.strip():
                        continue
                    if not _link_like(nxt, rules.teaser_link_max):
                        break
                    end = ne
                    taken += 1
                spans.append(Span(ls, end, rule.reason))
                skip_until = end
            else:
                spans.append(Span(ls, le, rule.reason))
            break
    return _finish(spans, text, rules, n)


def _finish(spans: list[Span], text: str, rules: _Rules, limit: int) -> list[Span]:
    """Add inline matches before ``limit`` (the tail start) and merge overlaps."""
    for rule in rules.inline:
        if rule.needs and not any(c in text for c in rule.needs):
            continue
        for m, start in _inline_matches(rule, text, limit):
            s, e = (m.span("span") if "span" in rule.pattern.groupindex
                    and m.group("span") is not None else (start, m.end()))
            if e > s:
                spans.append(Span(s, e, rule.reason))
    return _merge(spans)


def _inline_matches(rule: _InlineRule, text: str, limit: int) -> Iterator[tuple[re.Match[str], int]]:
    """The rule's matches before ``limit``, as ``finditer`` gives them, with where each
    starts. A pattern that opens with a lookbehind cannot be skipped ahead to by the regex
    engine, and is tried at every position; with its character class consumed it can. The
    search then resumes one character before the previous match's end, because the
    lookbehind may see the last character of the previous match."""
    if rule.lines:
        yield from _line_matches(rule.pattern, text, limit)
        return
    if not rule.consumed:
        for m in rule.pattern.finditer(text, 0, limit):
            yield m, m.start()
        return
    pos = 0
    while (m := rule.pattern.search(text, pos, limit)) is not None:
        yield m, m.start() + 1
        pos = max(m.end() - 1, m.start() + 1)


def _line_matches(rx: re.Pattern[str], text: str, limit: int) -> list[tuple[re.Match[str], int]]:
    """The matches of a pattern that opens with a multi-line "^", as ``finditer`` gives
    them, tried at the line starts only (the engine would test every position). After an
    empty match ``finditer``'s rules for where the next may start are subtle: such a text
    is left to ``finditer``."""
    out: list[tuple[re.Match[str], int]] = []
    pos = 0
    while pos <= limit:
        m = rx.match(text, pos, limit)
        if m is not None:
            if m.end() == m.start():
                return [(m, m.start()) for m in rx.finditer(text, 0, limit)]
            out.append((m, m.start()))
            pos = m.end()
            if text[pos - 1] == "\n":
                continue  # the match ended a line: the next one starts here
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and sp.start < out[-1].end:
            last = out[-1]
            if sp.end > last.end:
                out[-1] = Span(last.start, sp.end, last.reason)
            continue
        out.append(sp)
    return out


def covered(spans: list[Span], start: int, end: int | None = None) -> Span | None:
    """The span (from a sorted ``boilerplate_spans`` result) that overlaps
    ``[start, end)`` — or contains ``start`` when ``end`` is None — else None."""
    end = start + 1 if end is None else max(end, start + 1)
    i = bisect.bisect_right([s.start for s in spans], end - 1) - 1
    if i >= 0 and spans[i].end > start:
        return spans[i]
    return None


__all__ = ["Span", "boilerplate_spans", "covered"]
