"""The figure scanner: every quantity written in a text, with its value, bound and unit.

Why it is built this way: the pipeline must run at several MB/s, and Python's regex engine
pays for every alternative it tries at every position. So the scan is two-level: one
compiled trigger regex (assembled from the language pack's tables) runs over a lower-cased
copy of the text and stops only where a figure can begin - a digit after a non-word
character, or a word that starts like a number word, vague quantity, multiplier or bare
article - and at bracketed placeholders. Each trigger is then finished locally with small
anchored regexes on the original text: is it a date, clock time, reference ("Artikel 5"),
phone number, URL or name with digits (then skip it); otherwise read the value, scale word,
range partner, unit/currency, qualifiers before and after, and decide year-vs-count and
ordinal-vs-count from a word of context. Word values are cached per word form, because the
same words ("einen", "acht") recur thousands of times.

No German word appears in this module; everything comes from ``numbers.toml`` and
``units.toml`` of the pack (and the month names of ``calendar.toml`` where present).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from claimledger.extract.numbers import alternation, number_words, parse_digits, parse_number_word
from claimledger.lang import LanguagePack

__all__ = ["Figure", "scan_figures"]

_WS = r"[ \t\u00a0\u202f\u2009]"
_WORD_CACHE_MAX = 200_000
_SPACES = re.compile(r"\s+")
_PHONE_TAIL = re.compile(r"[\d \-/()]*\d")
_NONSPACE = re.compile(r"\S*")


@dataclass
class Figure:
    """One quantity in the text. Offsets are absolute code-point offsets.

    ``start``/``end`` cover the number, its range partner and scale word; qualifier words
    are reported separately (``qualifier_span``) and unit words only move ``unit_end``, so
    that the next stage can look for the counted noun right after ``unit_end``.
    """

    start: int
    end: int
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    unit_end: int
    kind: str
    qualifier: str | None
    qualifier_span: tuple[int, int] | None
    is_word: bool

    @property
    def value(self) -> float | None:
        """The single value of an exact figure (low), for convenience in callers."""
        return self.low


@dataclass
class _Scanner:
    trigger: re.Pattern[str]       # runs on the lower-cased text
    skip_at: re.Pattern[str]       # anchored at a digit: dates, clock times, slashes
    refs_before: re.Pattern[str]   # "Artikel", "§", "Nr." right before a digit
    idioms: re.Pattern[str] | None
    dig: re.Pattern[str]           # anchored digit token
    word_at: re.Pattern[str]       # anchored letters-only word
    word_full: re.Pattern[str]     # a whole lower-case word: number word + optional suffix
    times_suffix: str
    times_needs: re.Pattern[str] | None
    scale: re.Pattern[str]
    scales: dict[str, float]
    big_scale_min: float
    unit_ci: re.Pattern[str]
    unit_cs: re.Pattern[str]
    unit_map_ci: dict[str, str]
    unit_map_cs: dict[str, str]
    unit_adj: dict[tuple[str, str], str]
    adj_re: re.Pattern[str]
    pre_unit: re.Pattern[str]
    pre_unit_map: dict[str, str]
    pre_qual: re.Pattern[str]
    qual_max_words: int
    qual_map: dict[str, str]
    post_qual: re.Pattern[str]
    post_map: dict[str, str]
    range_conn: re.Pattern[str]
    between: dict[str, str]
    between_re: re.Pattern[str]
    vague: dict[str, tuple[float | None, float | None]]
    vague_prefix_re: re.Pattern[str]
    vague_prefix_first: frozenset[str]
    vague_scale: dict[str, float]
    mult_stems: list[tuple[str, float]]
    mult_words: dict[str, float]
    mult_phrases: list[tuple[re.Pattern[str], float]]
    mult_phrase_first: frozenset[str]
    mult_suffix: re.Pattern[str]
    decimal_word: re.Pattern[str] | None
    not_after: re.Pattern[str]
    prev_word: re.Pattern[str]
    next_word: re.Pattern[str]
    ordinal_before: frozenset[str]
    ordinal_after: frozenset[str]
    year_strong: frozenset[str]
    year_weak: frozenset[str]
    calendar: frozenset[str]
    article_one: frozenset[str]
    article_next: re.Pattern[str]
    half_adj: frozenset[str]
    article_vague: frozenset[str]
    surname_like: frozenset[str]
    max_plain: int
    year_min: int
    year_max: int
    decimal_mark: str
    negative: re.Pattern[str] | None  # sign words before a figure ("minus")
    syntax: Any                    # the pack's noun-phrase hooks (capitalised nouns in German)
    group_seps: str
    word_cache: dict[str, tuple[float, str | None] | None] = field(default_factory=dict)


def _trie(words: list[str]) -> str:
    """Regex for a set of literal words, factored by common prefixes: at each position the
    engine then tests one branch per first letter instead of every word."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def _first_word(s: str) -> str:
    m = re.match(r"[^\W\d_]+", s)
    return m.group(0).lower() if m else ""


def _build(pack: LanguagePack) -> _Scanner:
    num: dict[str, Any] = pack.table("numbers")
    units: dict[str, Any] = pack.table("units") if pack.has("units") else {}
    cal: dict[str, Any] = pack.table("calendar") if pack.has("calendar") else {}
    nw = number_words(pack)
    dg = num.get("digits", {})
    seps = "".join(dg.get("group_separators", [".", " "]))
    dec_mark = dg.get("decimal_mark", ",")
    words_t = num.get("words", {})
    ctx = num.get("context", {})

    months = list(cal.get("months", {}))
    month_alt = alternation(months) if months else "(?!)"
    calendar = frozenset(k.lower() for sect in ("months", "weekdays", "seasons") for k in cal.get(sect, {}))

    # ---- non-figures that start with a digit (anchored at the digit) ----
    skip_at = re.compile("|".join([
        r"\d{1,2}\.[ \u00a0]?\d{1,2}\.(?:[ \u00a0]?\d{2,4}(?![\d.,]\d))?(?!\d)",
        r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",
        rf"\d{{1,2}}\.?{_WS}*(?i:{month_alt})(?!\w)(?:{_WS}+\d{{4}}(?!\d))?",
        r"\d+(?::\d+)+(?!\d)",
        r"\d+(?:/\d+)+(?!\d)",
    ]))
    refs = "|".join(ctx.get("reference_before", [])) or "(?!)"
    refs_before = re.compile(rf"(?:{refs})")
    idioms_l = ctx.get("idioms", [])
    idioms = re.compile("|".join(idioms_l)) if idioms_l else None

    # ---- multipliers, vague quantities, number words ----
    mt = num.get("multipliers", {})
    mult_stems = sorted(((k.lower(), float(v)) for k, v in mt.get("stems", {}).items()), key=lambda x: -len(x[0]))
    mult_words = {k.lower(): float(v) for k, v in mt.get("words", {}).items()}
    mult_phrases = [(re.compile(k, re.IGNORECASE), float(v)) for k, v in mt.get("phrases", {}).items()]
    suffixes = [x.lower() for x in mt.get("suffixes", [])]
    times = mt.get("times_suffix", "").lower()
    times_needs_w = mt.get("times_needs", "")
    times_needs = re.compile(rf"{_WS}+{re.escape(times_needs_w)}(?!\w)", re.IGNORECASE) if times_needs_w else None
    wsuf_alt = alternation(suffixes + ([times] if times else [])) or "(?!)"
    mult_suffix = re.compile(
        rf"(?:-|{_WS})?(?:(?:{alternation(suffixes) or '(?!)'})"
        + (rf"|{re.escape(times)}(?={_WS}+{re.escape(times_needs_w)}(?!\w))" if times else "")
        + r")(?!\w)", re.IGNORECASE)

    vague = {k.lower(): ((float(v[0]), float(v[1])) if len(v) == 2 else (None, None))
             for k, v in num.get("vague", {}).items()}
    vp = num.get("vague_prefixes", {})
    vague_scale = {k.lower(): float(v) for k, v in vp.get("values", {}).items()}
    prefixes = [x.lower() for x in vp.get("words", [])]
    prefix_alt = "|".join(re.escape(w).replace(r"\ ", f"{_WS}+") for w in sorted(prefixes, key=len, reverse=True))
    vague_prefix_re = re.compile(
        rf"(?:{prefix_alt or '(?!)'}){_WS}+(?P<vs>{alternation(vp.get('scales', [])) or '(?!)'})(?!\w)",
        re.IGNORECASE)

    scales = {k.lower(): float(v) for k, v in num.get("scales", {}).items()}
    scale_alt = alternation(scales)
    # "1,2 Millionen", and glued into a compound: "das 500-Millionen-Euro-Paket"
    scale_re = re.compile(rf"(?:{_WS}*|-)(?P<s>{scale_alt})(?![\w])" if scale_alt else "(?!)", re.IGNORECASE)

    article_one = frozenset(a.lower() for a in words_t.get("article_one", []))
    half_adj = frozenset(a.lower() for a in words_t.get("half_adjective", []))
    article_vague = frozenset(w.lower() for w in words_t.get("article_vague", []))

    # ---- units, currencies, percent ----
    pct = units.get("percent", {})
    cur = units.get("currency", {})
    un = units.get("units", {})
    unit_map_ci: dict[str, str] = {}
    for w in pct.get("words", []):
        unit_map_ci[w.lower()] = "percent"
    for k, v in cur.get("words", {}).items():
        unit_map_ci[k.lower()] = v
    for k, v in un.get("words", {}).items():
        unit_map_ci[k.lower()] = v
    for k, v in un.get("after_phrase", {}).items():
        unit_map_ci[k.lower()] = v
    unit_map_cs: dict[str, str] = {}
    for sym in pct.get("symbols", []):
        unit_map_cs[sym] = "percent"
    for k, v in cur.get("symbols", {}).items():
        unit_map_cs[k] = v
    for k, v in un.get("symbols", {}).items():
        unit_map_cs[k] = v
    ci_alt = "|".join(
        re.escape(w).replace(r"\ ", f"{_WS}+") for w in sorted(unit_map_ci, key=lambda w: (-len(w), w)))
    # matched against a lower-cased slice (IGNORECASE makes big alternations slow)
    unit_ci = re.compile(rf"(?:{_WS}*-?{_WS}*)(?P<u>{ci_alt or '(?!)'})(?![\w])")
    unit_cs = re.compile(rf"(?:{_WS}*-?{_WS}*)(?P<u>{alternation(unit_map_cs) or '(?!)'})(?![^\W_])")
    unit_adj: dict[tuple[str, str], str] = {}
    for k, v in cur.get("adjectives", {}).items():
        adj, noun = k.lower().rsplit(" ", 1)
        unit_adj[(adj, noun)] = v
    adj_re = re.compile(
        rf"{_WS}*(?P<a>{alternation(a for a, _ in unit_adj) or '(?!)'})(?:e|en|er|es|em)?{_WS}+"
        rf"(?P<n>{alternation(n for _, n in unit_adj) or '(?!)'})(?!\w)")
    pre_unit_map = {k.lower(): v for k, v in un.get("before", {}).items()}
    pre_cs = dict(cur.get("symbols", {}))
    for k, v in cur.get("words", {}).items():
        if (len(k) == 3 and k.isalpha()) or k.endswith("$"):
            pre_cs[k.upper()] = v
            pre_cs[k.lower()] = v
    pre_unit_map.update(pre_cs)
    pre_unit = re.compile(
        rf"(?:(?<![\w$€£¥])(?P<w>(?i:{alternation(un.get('before', {})) or '(?!)'})){_WS}+"
        rf"|(?<![^\W\d_])(?P<c>{alternation(pre_cs) or '(?!)'}){_WS}?)$")

    # ---- qualifiers and ranges ----
    q = num.get("qualifiers", {})
    qual_map = {k.lower(): v for k, v in q.get("before", {}).items()}
    q_alt = "|".join(re.escape(w).replace(r"\ ", f"{_WS}+")
                     for w in sorted(qual_map, key=lambda w: (-len(w), w)))
    pre_qual = re.compile(rf"(?<![\w.])(?P<q>{q_alt or '(?!)'}){_WS}+$", re.IGNORECASE)
    post_map = {k.lower(): v for k, v in q.get("after", {}).items()}
    p_alt = "|".join(re.escape(w).replace(r"\ ", f"{_WS}+")
                     for w in sorted(post_map, key=lambda w: (-len(w), w)))
    post_qual = re.compile(rf"{_WS}+(?P<q>{p_alt or '(?!)'})(?!\w)", re.IGNORECASE)
    rg = num.get("ranges", {})
    conns = rg.get("connectors", [])
    between = {k.lower(): v.lower() for k, v in rg.get("between", {}).items()}
    conn_words = [c for c in conns if c[:1].isalpha()]
    conn_syms = [c for c in conns if not c[:1].isalpha()]
    range_conn = re.compile(
        rf"(?:{_WS}+(?P<w>{alternation(conn_words + list(between.values())) or '(?!)'}){_WS}+"
        rf"|{_WS}*(?P<d>{alternation(conn_syms) or '(?!)'}){_WS}*)", re.IGNORECASE)
    between_re = re.compile(rf"(?<![\w])(?P<b>{alternation(between) or '(?!)'}){_WS}+$", re.IGNORECASE)

    dec_word = nw.decimal_word
    decimal_word = (re.compile(rf"{_WS}+{re.escape(dec_word)}{_WS}+(?P<f>[^\W\d_]+)", re.IGNORECASE)
                    if dec_word else None)
    not_after = re.compile(rf"{_WS}*(?:{'|'.join(ctx.get('not_after', [])) or '(?!)'})")

    grp = "[" + re.escape("".join(c for c in seps if c != ",")) + "]"
    dig = re.compile(rf"\d{{1,3}}(?:{grp}\d{{3}})+(?![\d])(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*")

    # ---- the trigger: where a figure may begin (on lower-cased text) ----
    starters: set[str] = set(nw.kinds) - {words_t.get("joiner", "")}
    starters |= set(vague) | {_first_word(p) for p in prefixes} | set(article_one)
    starters |= {s for s, _ in mult_stems} | set(mult_words)
    mult_phrase_first = frozenset(_first_word(k) for k in mt.get("phrases", {}))
    starters |= set(mult_phrase_first)
    starters.discard("")
    ph = "|".join(x.lower() for x in num.get("placeholders", {}).get("patterns", [])) or "(?!)"
    trigger = re.compile(
        rf"[^\w](?:(?P<d>\d)|(?P<w>{_trie(sorted(starters))}[^\W\d_]*))|(?P<ph>{ph})")

    word_full = re.compile(rf"(?P<wn>{nw.pattern})(?P<suf>{wsuf_alt})?")
    ein_follow = alternation(list(scales) + list(article_vague) + list(unit_map_ci))
    article_next = re.compile(
        rf"{_WS}+(?:(?P<half>{alternation(half_adj) or '(?!)'}){_WS}+)?(?=(?:{ein_follow})(?!\w))")
    big = [v for v in scales.values() if v >= 1e6]
    return _Scanner(
        trigger=trigger, skip_at=skip_at, refs_before=refs_before, idioms=idioms, dig=dig,
        word_at=re.compile(r"[^\W\d_]+"), word_full=word_full,
        times_suffix=times, times_needs=times_needs,
        scale=scale_re, scales=scales, big_scale_min=min(big) if big else 1e6,
        unit_ci=unit_ci, unit_cs=unit_cs, unit_map_ci=unit_map_ci, unit_map_cs=unit_map_cs,
        unit_adj=unit_adj, adj_re=adj_re, pre_unit=pre_unit, pre_unit_map=pre_unit_map,
        pre_qual=pre_qual, qual_max_words=max((len(k.split()) for k in qual_map), default=1), qual_map=qual_map, post_qual=post_qual, post_map=post_map,
        range_conn=range_conn, between=between, between_re=between_re,
        vague=vague, vague_prefix_re=vague_prefix_re,
        vague_prefix_first=frozenset(_first_word(p) for p in prefixes), vague_scale=vague_scale,
        mult_stems=mult_stems, mult_words=mult_words, mult_phrases=mult_phrases,
        mult_phrase_first=mult_phrase_first, mult_suffix=mult_suffix,
        decimal_word=decimal_word, not_after=not_after,
        prev_word=re.compile(r"([^\W\d_][\w.§-]*)[^\w\n]*$"),
        next_word=re.compile(r"[^\S\n]*([^\W\d_][\w-]*)"),
        ordinal_before=frozenset(w.lower() for w in ctx.get("ordinal_before", [])),
        ordinal_after=frozenset(w.lower() for w in ctx.get("ordinal_after", [])),
        year_strong=frozenset(w.lower() for w in ctx.get("year_strong", [])),
        year_weak=frozenset(w.lower() for w in ctx.get("year_weak", [])),
        calendar=calendar, article_one=article_one, article_next=article_next, half_adj=half_adj,
        article_vague=article_vague,
        surname_like=frozenset(w.lower() for w in words_t.get("surname_like", [])),
        max_plain=int(dg.get("max_plain_digits", 6)),
        year_min=int(dg.get("year_min", 1800)), year_max=int(dg.get("year_max", 2100)),
        decimal_mark=dec_mark, group_seps=seps, syntax=pack.syntax(),
        negative=re.compile(r"(?i)(?:^|(?<=\s))(?:" + "|".join(re.escape(w) for w in
                            sorted(num.get("signs", {}).get("negative", []), key=len, reverse=True))
                            + r")\s*$") if num.get("signs", {}).get("negative") else None,
    )


def _scanner(pack: LanguagePack) -> _Scanner:
    return pack.compiled("figures.scanner", _build)


def _prev_word(sc: _Scanner, text: str, pos: int) -> str:
    m = sc.prev_word.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _next_word(sc: _Scanner, text: str, pos: int, end: int) -> str:
    m = sc.next_word.match(text, pos, end)
    return m.group(1) if m else ""


@dataclass
class _Core:
    start: int
    end: int
    value: float
    is_word: bool
    raw: str


def _word_info(sc: _Scanner, pack: LanguagePack, lw: str) -> tuple[float, str | None] | None:
    """(value, suffix) of a lower-case word if it is a number word, cached per word form."""
    try:
        return sc.word_cache[lw]
    except KeyError:
        pass
    res: tuple[float, str | None] | None = None
    if lw not in sc.article_one:
        m = sc.word_full.fullmatch(lw)
        if m:
            v = parse_number_word(m.group("wn"), pack)
            if v is not None:
                res = (v, m.group("suf"))
    if len(sc.word_cache) < _WORD_CACHE_MAX:
        sc.word_cache[lw] = res
    return res


def _too_long(sc: _Scanner, tok: str) -> bool:
    """A run of ungrouped digits longer than a written quantity ever is: an ID, a phone or
    order number, a coordinate ("5004137,4932975")."""
    head = tok.split(sc.decimal_mark, 1)[0]
    return head.isdigit() and len(head) > sc.max_plain


def _digit_value(sc: _Scanner, tok: str) -> float | None:
    return parse_digits(tok, sc.decimal_mark, sc.group_seps)


def _read_core(sc: _Scanner, pack: LanguagePack, text: str, pos: int, end: int) -> _Core | None:
    """A digit token or a plain number word at ``pos`` (a range partner)."""
    if pos >= end:
        return None
    if text[pos].isdigit():
        m = sc.dig.match(text, pos, end)
        if not m:
            return None
        tok = m.group(0)
        if _too_long(sc, tok):
            return None
        v = _digit_value(sc, tok)
        return None if v is None else _Core(pos, m.end(), v, False, tok)
    m = sc.word_at.match(text, pos, end)
    if not m:
        return None
    info = _word_info(sc, pack, m.group(0).lower())
    if info is None or info[1]:
        return None
    return _Core(pos, m.end(), info[0], True, m.group(0))


def _mul(a: float, b: float) -> float:
    """Product in decimal arithmetic: 8,2 x 10^9 is 8200000000, not 8199999999.999999, and
    a value read from text keeps the digits it was written with."""
    return float(Decimal(repr(a)) * Decimal(repr(b)))


def _apply_scale(sc: _Scanner, text: str, core: _Core, end: int) -> tuple[float, int, float | None]:
    """Scale word after a core: returns (value, end, scale or None)."""
    m = sc.scale.match(text, core.end, end)
    if not m:
        return core.value, core.end, None
    s = sc.scales[m.group("s").lower()]
    return _mul(core.value, s), m.end(), s


def _read_unit(sc: _Scanner, text: str, pos: int, end: int) -> tuple[str | None, int]:
    """The unit, currency or percent word/symbol right after ``pos`` and where it ends."""
    best: tuple[str | None, int] = (None, pos)
    win = _lower_same_length(text[pos:min(end, pos + 48)])
    if not win or win[0].isdigit():
        return best
    m = sc.adj_re.match(win)
    if m:
        code = sc.unit_adj.get((m.group("a"), m.group("n")))
        if code:
            best = (code, pos + m.end())
    m = sc.unit_ci.match(win)
    if m and pos + m.end() > best[1]:
        best = (sc.unit_map_ci[_SPACES.sub(" ", m.group("u"))], pos + m.end())
    m = sc.unit_cs.match(text, pos, end)
    if m and m.end() > best[1]:
        best = (sc.unit_map_cs[m.group("u")], m.end())
    return best


def _last_tokens(text: str, pos: int, n: int = 3) -> list[tuple[int, str]]:
    """Up to ``n`` whitespace-delimited tokens ending right before ``pos`` (with a space
    between the last one and ``pos``), as (start, token). Cheaper than a regex searching
    backwards, which would be tried at every position of the window."""
    lo = max(0, pos - 48)
    w = text[lo:pos]
    if not w or not w[-1].isspace() or "\n" in w[-2:]:
        return []
    parts = w.rsplit(None, n)
    toks = parts[-n:] if len(parts) > n else parts
    if len(parts) > n or lo == 0:
        pass
    elif toks:
        toks = toks[1:]  # the first piece may be cut by the window
    out: list[tuple[int, str]] = []
    p = len(w)
    for t in reversed(toks):
        i = w.rfind(t, 0, p)
        if "\n" in w[i + len(t):p]:
            break
        out.append((lo + i, t))
        p = i
    out.reverse()
    return out


_OPENERS = "([{\"'„“‚‘«»"


def _pre_qualifier(sc: _Scanner, text: str, pos: int) -> tuple[str, int, int, str] | None:
    toks = _last_tokens(text, pos, sc.qual_max_words)
    for k in range(len(toks), 0, -1):
        first_start, first = toks[-k]
        stripped = first.lstrip(_OPENERS)
        off = len(first) - len(stripped)
        phrase = " ".join([stripped] + [t for _, t in toks[len(toks) - k + 1:]]).lower()
        b = sc.qual_map.get(phrase)
        if b is not None:
            qs = first_start + off
            qe = toks[-1][0] + len(toks[-1][1])
            return text[qs:qe], qs, qe, b
    return None


def _post_qualifier(sc: _Scanner, text: str, pos: int, end: int) -> tuple[str, int, int, str] | None:
    m = sc.post_qual.match(text, pos, end)
    if not m:
        return None
    q = m.group("q")
    return q, m.start("q"), m.end("q"), sc.post_map[re.sub(r"\s+", " ", q.lower())]


def _is_ordinal(sc: _Scanner, text: str, core: _Core, end: int) -> bool:
    """"der 2. Weltkrieg", "zum 3. Mal", list markers "1. ..." - a number ending in a dot."""
    e = core.end
    if e >= end or text[e] != "." or (e + 1 < len(text) and text[e + 1].isdigit()):
        return False
    if core.is_word or not core.raw.isdigit():
        return False
    nxt = _next_word(sc, text, e + 1, end)
    if not nxt:
        # "3." at the end of a line/text: a list marker when it opens the line
        line_start = text.rfind("\n", 0, core.start) + 1
        return not text[line_start:core.start].strip()
    if nxt.lower() in sc.ordinal_after or not sc.syntax.looks_like_noun(nxt):
        return True
    prev = _prev_word(sc, text, core.start).lower()
    if prev in sc.ordinal_before:
        return True
    line_start = text.rfind("\n", 0, core.start) + 1
    return not text[line_start:core.start].strip()


def _looks_like_year(sc: _Scanner, core: _Core) -> bool:
    return (not core.is_word and core.raw.isdigit() and len(core.raw) == 4
            and sc.year_min <= int(core.raw) <= sc.year_max)


def _year_context(sc: _Scanner, text: str, start: int, after: int, end: int) -> bool:
    """Decide whether a 4-digit year-like figure is a year (True) or a count (False)."""
    prev = _prev_word(sc, text, start).lower()
    if prev in sc.year_strong or prev in sc.calendar:
        return True
    nxt = _next_word(sc, text, after, end)
    if nxt and sc.syntax.looks_like_noun(nxt) and nxt.lower() not in sc.calendar and nxt.lower() not in sc.vague \
            and nxt.lower() not in sc.scales:
        # "2000 Soldaten": a counted noun follows; but not across a sentence end
        gap = text[after:text.find(nxt, after, end)]
        if not any(c in gap for c in ".!?:;"):
            return False
    return True


# ----------------------------------------------------------------------------------------

def _lower_same_length(s: str) -> str:
    """Lower-case without changing offsets (a few characters, e.g. U+0130, lower to two)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def scan_figures(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every quantitative figure in ``text[start:end]``, sorted by start, non-overlapping.

    Dates, years, clock times, ordinals, references (Artikel 5), phone numbers, long IDs,
    URLs and names with digits (G7, F-16) are skipped: they are numbers but not quantities,
    and every one of them reported would become a false claim downstream. Context just
    outside ``start``/``end`` (a qualifier, a currency sign) may be read, never reported.
    """
    sc = _scanner(pack)
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    # a leading non-word character lets the trigger fire at the window's first character
    low = " " + _lower_same_length(text[start:end])
    shift = start - 1
    out: list[Figure] = []
    last = start
    for m in sc.trigger.finditer(low):
        kind = m.lastgroup
        if kind == "ph":
            s = m.start() + shift
            if s < last:
                continue
            fig: Figure | None = _finish(sc, text, s, m.end() + shift, None, None, "placeholder", False, end)
            consumed = m.end() + shift
        else:
            s = m.start(kind) + shift
            if s < last:
                continue
            try:
                if kind == "d":
                    fig, consumed = _h_digits(sc, pack, text, s, end)
                else:
                    fig, consumed = _h_word(sc, pack, text, s, m.end() + shift, end)
            except (ValueError, KeyError, OverflowError, IndexError):  # never let one token kill a scan
                fig, consumed = None, s + 1
        if fig is not None and fig.start >= last:
            out.append(fig)
            last = max(fig.end, fig.unit_end, consumed)
        else:
            last = max(last, consumed)
    return out


def _finish(sc: _Scanner, text: str, start: int, fig_end: int, low: float | None, high: float | None,
            kind: str, is_word: bool, end: int, bound: str | None = None,
            unit: str | None = None, unit_end: int | None = None,
            qualifier: tuple[str, int, int] | None = None) -> Figure:
    """Attach unit (after, or a currency sign before), qualifiers and the bound."""
    if unit is None:
        unit, ue = _read_unit(sc, text, fig_end, end)
    else:
        ue = unit_end if unit_end is not None else fig_end
    qpos = start
    if unit is None and qpos > 0:
        prev = text[qpos - 1]
        if prev.isspace():
            pt = _last_tokens(text, qpos, 1)
            key, kpos = (pt[0][1], pt[0][0]) if pt else ("", qpos)
        else:
            ws = max(text.rfind(" ", max(0, qpos - 8), qpos), text.rfind("\n", max(0, qpos - 8), qpos))
            kpos = ws + 1 if ws >= 0 else max(0, qpos - 8)
            key = text[kpos:qpos]
        if key:
            u = sc.pre_unit_map.get(key) or sc.pre_unit_map.get(key.lower())
            if u is not None:
                unit = u
                qpos = kpos
    qtext: str | None = None
    qspan: tuple[int, int] | None = None
    qual = _pre_qualifier(sc, text, qpos)
    if qual:
        qtext, qspan = qual[0], (qual[1], qual[2])
        if bound is None:
            bound = qual[3]
    elif qualifier is not None:
        qtext, qspan = qualifier[0], (qualifier[1], qualifier[2])
    if qtext is None or (bound is not None and bound not in ("range", "vague") and not qual):
        post = _post_qualifier(sc, text, max(ue, fig_end), end)
        if post and qtext is None:
            qtext, qspan = post[0], (post[1], post[2])
            if bound is None:
                bound = post[3]
    if sc.negative is not None and low is not None and sc.negative.search(text, max(0, qpos - 20), qpos):
        low, high = -low, (-high if high is not None else None)
        if low > (high if high is not None else low):
            low, high = high, low
    if unit is not None and unit.endswith(_SUBUNIT):
        # "3,17 Cent" is 0.0317 euro: a claim is compared in the currency itself
        unit = unit[:-len(_SUBUNIT)]
        low, high = _hundredth(low), _hundredth(high)
    return Figure(start, fig_end, low, high, bound or "exact", unit, max(ue, fig_end), kind,
                  qtext, qspan, is_word)


_SUBUNIT = "_cent"


def _hundredth(x: float | None) -> float | None:
    return None if x is None else float(round(x / 100, 10))


def _number(sc: _Scanner, pack: LanguagePack, text: str, core: _Core, end: int,
            lead_start: int | None = None) -> tuple[Figure | None, int]:
    """Finish a digit or word core: decimal word, scale, range partner, unit, qualifiers."""
    start = core.start if lead_start is None else lead_start
    value = core.value
    pos = core.end
    # "zwei Komma drei"
    if core.is_word and sc.decimal_word is not None:
        dm = sc.decimal_word.match(text, pos, end)
        if dm:
            info = _word_info(sc, pack, dm.group("f").lower())
            if info is not None and not info[1] and info[0] == int(info[0]):
                value = float(f"{int(value)}.{int(info[0])}")
                pos = dm.end()
    core_v = _Core(core.start, pos, value, core.is_word, core.raw)
    value, pos, scale = _apply_scale(sc, text, core_v, end)
    # "zwei Millionen eintausendeinhundertfünfzig": a smaller number word after a big scale
    if scale and scale >= sc.big_scale_min and core.is_word and pos < end and text[pos] in " \u00a0":
        rc = _read_core(sc, pack, text, pos + 1, end)
        if rc is not None and rc.is_word and rc.value < scale and not sc.scale.match(text, rc.end, end):
            value += rc.value
            pos = rc.end
    # multiplier suffix on digits: "das 2,5-Fache", "3-mal so"
    if not scale:
        ms = sc.mult_suffix.match(text, pos, end)
        if ms:
            return _finish(sc, text, start, ms.end(), value, value, "multiplier", core.is_word, end,
                           unit="factor", unit_end=ms.end()), ms.end()
    if not core.is_word and pos == core.end and pos < end and text[pos].isalpha():
        # digits glued to letters: only a unit may follow directly ("75ml", "500Km"), else a
        # name or code ("4G", "3D", "1990er")
        if _read_unit(sc, text, pos, end)[0] is None:
            m = sc.word_at.match(text, pos, end)
            return None, m.end() if m else pos
    low = high = value
    bound: str | None = None
    between: tuple[str, int, int] | None = None
    fig_end = pos
    partner_year = False
    rc_m = sc.range_conn.match(text, pos, end)
    if rc_m:
        conn = (rc_m.group("w") or rc_m.group("d") or "").lower()
        needs_between = conn in sc.between.values() and conn not in sc.between
        bw = sc.between_re.search(text, max(0, start - 20), start) if needs_between else None
        if not needs_between or bw:
            c2 = _read_core(sc, pack, text, rc_m.end(), end)
            if c2 is not None and not _is_ordinal(sc, text, c2, end):
                v2, p2, s2 = _apply_scale(sc, text, c2, end)
                v1 = value
                if s2 and not scale and core_v.value < c2.value:
                    v1 = _mul(core_v.value, s2)
                if v2 > v1:
                    low, high, bound, fig_end = v1, v2, "range", p2
                    partner_year = _looks_like_year(sc, c2) and not s2
                    scale = scale or s2
                    if bw:
                        between = (bw.group("b"), bw.start("b"), bw.end("b"))
    if sc.not_after.match(text, fig_end, end):
        return None, fig_end
    if bound != "range" and _is_ordinal(sc, text, core_v, end):
        return None, core_v.end + 1
    fig = _finish(sc, text, start, fig_end, low, high, "number", core.is_word, end, bound=bound,
                  qualifier=between)
    if _looks_like_year(sc, core) and not scale and fig.unit is None and (bound != "range" or partner_year):
        qualified = (fig.qualifier_span is not None and fig.qualifier_span[1] <= start and bound != "range"
                     and (fig.qualifier or "").lower() not in sc.year_strong)  # "ab 2017" is a year
        if not qualified and _year_context(sc, text, start, fig.unit_end, end):
            return None, fig_end
    return fig, fig_end


def _h_digits(sc: _Scanner, pack: LanguagePack, text: str, s: int, end: int) -> tuple[Figure | None, int]:
    prev = text[s - 1] if s > 0 else " "
    # a fragment of a bigger token: "v2.1", "COVID-19", "3.10"
    if prev in "-.," and s >= 2 and (text[s - 2].isalnum()):
        m = sc.dig.match(text, s, end)
        return None, m.end() if m else s + 1
    sk = sc.skip_at.match(text, s, end)
    if sk:
        return None, sk.end()
    # phone numbers: "+49 30 1234567", "(030) 123456"
    if prev == "+" or (prev == "(" and text[s] == "0" and text.find(")", s, s + 7) > 0):
        m = _PHONE_TAIL.match(text, s, end)
        return None, m.end() if m else s + 1
    # a leading zero before more digits is a phone number or code, never a quantity
    # ("059 133 60 3333", "0664 1234567", "007")
    if text[s] == "0" and s + 1 < end and text[s + 1].isdigit():
        m = _PHONE_TAIL.match(text, s, end)
        return None, m.end() if m else s + 1
    m = sc.dig.match(text, s, end)
    if not m:
        return None, s + 1
    tok = m.group(0)
    # URLs, e-mail addresses, hashtags: the whitespace-delimited token holding the digits
    ws = max(text.rfind(" ", max(0, s - 200), s), text.rfind("\n", max(0, s - 200), s))
    head = text[ws + 1:s]
    if head and ("://" in head or head.startswith(("www.", "#", "@")) or "@" in head or "/" in head):
        tail = _NONSPACE.match(text, s, end)
        return None, tail.end() if tail else m.end()
    if prev.isspace() or prev in "§":
        pt = _last_tokens(text, s, 1) if prev.isspace() else [(s - 1, prev)]
        if pt and sc.refs_before.fullmatch(pt[0][1]):
            return None, m.end()
    if _too_long(sc, tok):
        return None, m.end()
    v = _digit_value(sc, tok)
    if v is None:
        return None, m.end()
    return _number(sc, pack, text, _Core(s, m.end(), v, False, tok), end)


def _h_word(sc: _Scanner, pack: LanguagePack, text: str, s: int, e: int, end: int) -> tuple[Figure | None, int]:
    w = text[s:e]
    lw = w.lower()
    if e < end and (text[e].isdigit() or (text[e] == "-" and e + 1 < end and text[e + 1].isdigit())):
        return None, e  # a name with digits
    if lw in sc.vague_prefix_first:
        vm = sc.vague_prefix_re.match(text, s, end)
        if vm:
            base = sc.vague_scale.get(vm.group("vs").lower())
            if base is not None:
                return _finish(sc, text, s, vm.end(), 2 * base, 10 * base - 1, "vague", False, end,
                               bound="vague"), vm.end()
    if lw in sc.article_one:
        # matched on a lower-cased slice: IGNORECASE over the unit alternation is slow
        am = sc.article_next.match(_lower_same_length(text[e:min(end, e + 48)]))
        if not am:
            return None, e
        nxt_pos = e + am.end()
        nxt = _next_word(sc, text, nxt_pos, end).lower()
        if nxt in sc.article_vague and not am.group("half"):
            lo, hi = sc.vague[nxt]
            ve = nxt_pos + len(nxt)
            return _finish(sc, text, s, ve, lo, hi, "vague", False, end, bound="vague"), ve
        value = 0.5 if am.group("half") else 1.0
        core_end = e + am.end("half") if am.group("half") else e
        return _number(sc, pack, text, _Core(s, core_end, value, True, text[s:core_end]), end)
    if lw in sc.vague:
        lo, hi = sc.vague[lw]
        return _finish(sc, text, s, e, lo, hi, "vague", False, end, bound="vague"), e
    f = _multiplier(sc, text, s, e, end, lw)
    if f is not None:
        return f, f.end
    info = _word_info(sc, pack, lw)
    if info is None:
        return None, e
    value, suf = info
    if sc.idioms is not None and sc.idioms.search(text, max(0, s - 20), min(end, e + 20)):
        im = sc.idioms.search(text, max(0, s - 20), min(end, e + 20))
        if im and im.start() <= s < im.end():
            return None, e
    if suf:
        if suf == sc.times_suffix and not (sc.times_needs and sc.times_needs.match(text, e, end)):
            return None, e
        return Figure(s, e, value, value, "exact", "factor", e, "multiplier", None, None, True), e
    # hyphenated compounds ("Zwei-Staaten-Lösung") are names, not counts
    if e + 1 < end and text[e] == "-" and sc.syntax.looks_like_noun(text[e + 1:e + 2]) \
            and _read_unit(sc, text, e, end)[0] is None:
        return None, e
    if lw in sc.surname_like and sc.syntax.looks_like_noun(w):
        prev = _prev_word(sc, text, s)
        gap = text[max(0, s - 2):s]
        if prev and sc.syntax.looks_like_noun(prev) and prev.lower() not in sc.qual_map and not any(c in gap for c in ".!?:\n"):
            return None, e
    return _number(sc, pack, text, _Core(s, e, value, True, w), end)


def _multiplier(sc: _Scanner, text: str, s: int, e: int, end: int, lw: str) -> Figure | None:
    f: float | None = None
    fe = e
    for stem, val in sc.mult_stems:
        if lw.startswith(stem):
            f = val
            break
    if f is None:
        f = sc.mult_words.get(lw)
    if f is None and lw in sc.mult_phrase_first:
        for rx, val in sc.mult_phrases:
            pm = rx.match(text, s, end)
            if pm and (pm.end() >= end or not text[pm.end()].isalnum()):
                f, fe = val, pm.end()
                break
    if f is None:
        return None
    return Figure(s, fe, f, f, "exact", "factor", fe, "multiplier", None, None, True)


def qualify(text: str, pack: LanguagePack, fig: Figure) -> Figure:
    """Read the qualifier before a figure found by another scanner ("rund einem Drittel",
    "mehr als jeder Sechste") and set its bound."""
    sc = _scanner(pack)
    q = _pre_qualifier(sc, text, fig.start)
    if q is None:
        return fig
    fig.qualifier, fig.qualifier_span = q[0], (q[1], q[2])
    if fig.bound == "exact":
        fig.bound = q[3]
    return fig
