"""The scanner's tables: everything compiled once per language pack from ``numbers.toml``,
``units.toml`` and ``calendar.toml``.

Each ``_…`` builder below compiles the tables of one job (non-figures, multipliers, vague
quantities, units, qualifiers and ranges, context words); ``build`` puts them together with
the trigger, the one regex that runs over the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.extract.figures.text import first_word, trie
from claimledger.extract.numbers import NumberWords, alternation, number_words
from claimledger.lang import LanguagePack

WS = r"[ \t\u00a0\u202f\u2009]"
WORD_CACHE_MAX = 200_000


@dataclass
class Scanner:
    trigger: re.Pattern[str]       # runs on the lower-cased text: digits and number-like words
    placeholder: re.Pattern[str]   # runs on the lower-cased text: "[zahl fehlt]"
    skip_at: re.Pattern[str]       # anchored at a digit: dates, clock times, slashes
    refs_before: re.Pattern[str]   # "Artikel", "§", "Nr." right before a digit
    idioms: re.Pattern[str] | None
    dig: re.Pattern[str]           # anchored digit token
    word_at: re.Pattern[str]       # anchored letters-only word
    word_full: re.Pattern[str]     # a whole lower-case word: number word + optional suffix,
                                   # or + a glued adjective ("zehnstündigen", group "glued")
    times_suffix: str
    times_needs: re.Pattern[str] | None
    times_unit: str | None         # "zweimal verloren": a count of times, in this unit
    scale: re.Pattern[str]
    scales: dict[str, float]
    time_scales: frozenset[str]    # scales that count years ("Jahrzehnte")
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
    qual_initial: dict[str, str]   # qualifiers that count only at the start of a clause
    # the last words of those qualifiers: a figure whose preceding word is none of them has
    # no qualifier before it (most figures), which saves building and looking up its phrases
    qual_last: frozenset[str]
    qual_not_outer: frozenset[str]  # qualifiers that never take over a stacked approximation
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
    mult_articles: frozenset[str]  # "das" of "mehr als das Doppelte"
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
    article_coord: re.Pattern[str] | None  # "ein Richter und zwei Polizisten"
    article_after: re.Pattern[str] | None  # "zwei Polizisten und ein Zivilist"
    half_adj: frozenset[str]
    article_vague: frozenset[str]
    surname_like: frozenset[str]
    lowercase_only: frozenset[str]  # "dreier" is a figure, "Dreier" a noun
    currency_signs: tuple[str, ...]  # "£", "US$": a range partner may repeat the first's sign
    word_joiner: str               # a non-letter joining number words ("twenty-one"), or ""
    max_plain: int
    year_min: int
    year_max: int
    decimal_mark: str
    negative: re.Pattern[str] | None  # sign words before a figure ("minus")
    restate: re.Pattern[str] | None   # "6.675 Personen oder 0,1 Prozent": one quantity twice
    change_from: tuple[re.Pattern[str], re.Pattern[str]] | None  # "von 22,6 auf 22,3 Prozent"
    syntax: Any                    # the pack's noun-phrase hooks (capitalised nouns in German)
    group_seps: str
    #: lower-case word -> (value, multiplier suffix, length of the number word when an
    #: adjective is glued to it) or None when the word is no number
    word_cache: dict[str, tuple[float, str | None, int | None] | None] = field(default_factory=dict)
    # "7:57 Minuten", "2:10,13 Min.": a clock-shaped span of time before a unit of minutes or
    # hours (groups: whole, sixtieths, decimals of the sixtieths); None when the pack has none
    clock_span: re.Pattern[str] | None = None


def scanner(pack: LanguagePack) -> Scanner:
    """The pack's scanner, compiled on first use."""
    return pack.compiled("figures.scanner", build)


def _words_alt(words: list[str] | dict[str, Any]) -> str:
    """Alternation of literal phrases, longest first, a space matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", f"{WS}+") for w in sorted(words, key=lambda w: (-len(w), w)))


def _skips(num: dict[str, Any], cal: dict[str, Any]) -> dict[str, Any]:
    """Non-figures that start with a digit (dates, clock times, slashes), anchored at the
    digit; references before a digit; idioms; the calendar words."""
    ctx = num.get("context", {})
    months = list(cal.get("months", {}))
    month_alt = alternation(months) if months else "(?!)"
    skip_at = re.compile("|".join([
        r"\d{1,2}\.[ \u00a0]?\d{1,2}\.(?:[ \u00a0]?\d{2,4}(?![\d.,]\d))?(?!\d)",
        r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",
        rf"\d{{1,2}}\.?{WS}*(?i:{month_alt})(?!\w)(?:{WS}+\d{{4}}(?!\d))?",
        r"\d+(?::\d+)+(?!\d)",
        r"\d+(?:/\d+)+(?!\d)",
    ]))
    spans = num.get("clock_spans", {}).get("units", [])
    clock_span = re.compile(
        rf"(\d{{1,3}}):([0-5]\d)(?:[.,](\d{{1,3}}))?(?={WS}+(?:{_words_alt(spans)})(?!\w))") if spans else None
    refs = "|".join(ctx.get("reference_before", [])) or "(?!)"
    idioms_l = ctx.get("idioms", [])
    return dict(
        skip_at=skip_at, refs_before=re.compile(rf"(?:{refs})"), clock_span=clock_span,
        idioms=re.compile("|".join(idioms_l)) if idioms_l else None,
        calendar=frozenset(k.lower() for sect in ("months", "weekdays", "seasons") for k in cal.get(sect, {})),
    )


def _multipliers(num: dict[str, Any], nw: NumberWords) -> dict[str, Any]:
    """"das Dreifache", "verdoppelt", "2,5-fach", "dreimal so viele"; and the whole-word
    pattern of number words, which may carry a multiplier suffix."""
    mt = num.get("multipliers", {})
    suffixes = [x.lower() for x in mt.get("suffixes", [])]
    times = mt.get("times_suffix", "").lower()
    needs = mt.get("times_needs", [])
    # words after "dreimal" that make it a factor ("dreimal so viele", "fünfmal höher"): regex
    # fragments (one plain word in older packs)
    needs_alt = "|".join([re.escape(needs)] if isinstance(needs, str) else needs) if needs else ""
    times_needs = re.compile(rf"{WS}+(?:{needs_alt})(?!\w)", re.IGNORECASE) if needs_alt else None
    wsuf_alt = alternation(suffixes + ([times] if times else [])) or "(?!)"
    mult_suffix = re.compile(
        rf"(?:-|{WS})?(?:(?:{alternation(suffixes) or '(?!)'})"
        + (rf"|{re.escape(times)}(?={WS}+(?:{needs_alt})(?!\w))" if times and needs_alt else "")
        + r")(?!\w)", re.IGNORECASE)
    return dict(
        mult_stems=sorted(((k.lower(), float(v)) for k, v in mt.get("stems", {}).items()), key=lambda x: -len(x[0])),
        mult_words={k.lower(): float(v) for k, v in mt.get("words", {}).items()},
        mult_phrases=[(re.compile(k, re.IGNORECASE), float(v)) for k, v in mt.get("phrases", {}).items()],
        mult_phrase_first=frozenset(first_word(k) for k in mt.get("phrases", {})),
        times_suffix=times, times_needs=times_needs, mult_suffix=mult_suffix,
        times_unit=mt.get("times_unit") or None,
        mult_articles=frozenset(a.lower() for a in mt.get("articles", [])),
        word_full=re.compile(rf"(?P<wn>{nw.pattern})(?:(?P<suf>{wsuf_alt})|(?P<glued>{_glued(num)}))?"),
    )


def _glued(num: dict[str, Any]) -> str:
    """Adjectives glued to a number word that leave it a figure ("zehnstündigen",
    "zwölfjähriger"): the counting stage reads the adjective as it reads "10-stündigen"."""
    gl = num.get("glued_adjectives", {})
    stems, endings = gl.get("stems", []), gl.get("endings", [])
    if not stems:
        return "(?!)"
    return rf"(?:{alternation([x.lower() for x in stems])})(?:{alternation(endings) or '(?!)'})?"


def _vague(num: dict[str, Any]) -> dict[str, Any]:
    """"Tausende", "Dutzende", "mehrere Hundert": quantities without a value."""
    vp = num.get("vague_prefixes", {})
    prefixes = [x.lower() for x in vp.get("words", [])]
    prefix_alt = "|".join(re.escape(w).replace(r"\ ", f"{WS}+") for w in sorted(prefixes, key=len, reverse=True))
    return dict(
        vague={k.lower(): ((float(v[0]), float(v[1])) if len(v) == 2 else (None, None))
               for k, v in num.get("vague", {}).items()},
        vague_scale={k.lower(): float(v) for k, v in vp.get("values", {}).items()},
        vague_prefix_re=re.compile(
            rf"(?:{prefix_alt or '(?!)'}){WS}+(?P<vs>{alternation(vp.get('scales', [])) or '(?!)'})(?!\w)",
            re.IGNORECASE),
        vague_prefix_first=frozenset(first_word(p) for p in prefixes),
    )


def _unit_maps(units: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Unit words (matched case-insensitively) and symbols (matched as written)."""
    pct = units.get("percent", {})
    cur = units.get("currency", {})
    un = units.get("units", {})
    ci: dict[str, str] = {}
    for w in pct.get("words", []):
        ci[w.lower()] = "percent"
    for k, v in cur.get("words", {}).items():
        ci[k.lower()] = v
    for k, v in un.get("words", {}).items():
        ci[k.lower()] = v
    for k, v in un.get("after_phrase", {}).items():
        ci[k.lower()] = v
    cs: dict[str, str] = {}
    for sym in pct.get("symbols", []):
        cs[sym] = "percent"
    for k, v in cur.get("symbols", {}).items():
        cs[k] = v
    for k, v in un.get("symbols", {}).items():
        cs[k] = v
    return ci, cs


def _endings(cur: dict[str, Any]) -> str:
    """The inflection a currency adjective may take ("kanadischen Dollar"; none in English)."""
    alt = "|".join(re.escape(e) for e in sorted(cur.get("adjective_endings", []), key=len, reverse=True) if e)
    return f"(?:{alt})?" if alt else ""


def _units(units: dict[str, Any]) -> dict[str, Any]:
    """Units, currencies and percent after a figure, currency adjectives ("US-Dollar"),
    and units or currency signs before it ("€ 5", "USD 3")."""
    cur = units.get("currency", {})
    un = units.get("units", {})
    unit_map_ci, unit_map_cs = _unit_maps(units)
    unit_adj: dict[tuple[str, str], str] = {}
    for k, v in cur.get("adjectives", {}).items():
        adj, noun = k.lower().rsplit(" ", 1)
        unit_adj[(adj, noun)] = v
    pre_unit_map = {k.lower(): v for k, v in un.get("before", {}).items()}
    pre_cs = dict(cur.get("symbols", {}))
    for k, v in cur.get("words", {}).items():
        # a currency's code may stand before a figure ("USD 3"), not a word that only is three
        # letters long ("won 14 seats": the verb, not the Korean currency)
        if (len(k) == 3 and k.isalpha() and k.upper() == v) or k.endswith("$"):
            pre_cs[k.upper()] = v
            pre_cs[k.lower()] = v
    pre_unit_map.update(pre_cs)
    return dict(
        currency_signs=tuple(sorted(cur.get("symbols", {}), key=len, reverse=True)),
        unit_map_ci=unit_map_ci, unit_map_cs=unit_map_cs, unit_adj=unit_adj, pre_unit_map=pre_unit_map,
        # matched against a lower-cased slice (IGNORECASE makes big alternations slow)
        unit_ci=re.compile(rf"(?:{WS}*-?{WS}*)(?P<u>{_words_alt(unit_map_ci) or '(?!)'})(?![\w])"),
        unit_cs=re.compile(rf"(?:{WS}*-?{WS}*)(?P<u>{alternation(unit_map_cs) or '(?!)'})(?![^\W_])"),
        adj_re=re.compile(
            rf"{WS}*(?P<a>{alternation(a for a, _ in unit_adj) or '(?!)'}){_endings(cur)}{WS}+"
            rf"(?P<n>{alternation(n for _, n in unit_adj) or '(?!)'})(?!\w)"),
        pre_unit=re.compile(
            rf"(?:(?<![\w$€£¥])(?P<w>(?i:{alternation(un.get('before', {})) or '(?!)'})){WS}+"
            rf"|(?<![^\W\d_])(?P<c>{alternation(pre_cs) or '(?!)'}){WS}?)$"),
    )


def _qualifiers(num: dict[str, Any]) -> dict[str, Any]:
    """Qualifiers before ("rund", "mehr als") and after ("oder mehr") a figure; range
    connectors ("bis", "–") and the "zwischen … und …" frame."""
    q = num.get("qualifiers", {})
    qual_map = {k.lower(): v for k, v in q.get("before", {}).items()}
    qual_initial = {k.lower(): v for k, v in q.get("clause_initial", {}).items()}
    post_map = {k.lower(): v for k, v in q.get("after", {}).items()}
    rg = num.get("ranges", {})
    conns = rg.get("connectors", [])
    between = {k.lower(): v.lower() for k, v in rg.get("between", {}).items()}
    conn_words = [c for c in conns if c[:1].isalpha()]
    conn_syms = [c for c in conns if not c[:1].isalpha()]
    return dict(
        qual_map=qual_map, qual_initial=qual_initial,
        qual_last=frozenset(k.split(" ")[-1] for k in (*qual_map, *qual_initial)),
        qual_not_outer=frozenset(w.lower() for w in q.get("stacking", {}).get("not_outer", [])), post_map=post_map, between=between,
        qual_max_words=max((len(k.split()) for k in (*qual_map, *qual_initial)), default=1),
        pre_qual=re.compile(rf"(?<![\w.])(?P<q>{_words_alt(qual_map) or '(?!)'}){WS}+$", re.IGNORECASE),
        post_qual=re.compile(rf"{WS}+(?P<q>{_words_alt(post_map) or '(?!)'})(?!\w)", re.IGNORECASE),
        range_conn=re.compile(
            rf"(?:{WS}+(?P<w>{alternation(conn_words + list(between.values())) or '(?!)'}){WS}+"
            rf"|{WS}*(?P<d>{alternation(conn_syms) or '(?!)'}){WS}*)", re.IGNORECASE),
        between_re=re.compile(rf"(?<![\w])(?P<b>{alternation(between) or '(?!)'}){WS}+$", re.IGNORECASE),
    )


def _context(num: dict[str, Any]) -> dict[str, Any]:
    """Words around a number that make it an ordinal, a year or not a figure at all."""
    ctx = num.get("context", {})
    words_t = num.get("words", {})
    dg = num.get("digits", {})
    negative = num.get("signs", {}).get("negative", [])
    restate = num.get("signs", {}).get("restate", [])
    return dict(
        not_after=re.compile(rf"{WS}*(?:{'|'.join(ctx.get('not_after', [])) or '(?!)'})"),
        prev_word=re.compile(r"([^\W\d_][\w.§-]*)[^\w\n]*$"),
        next_word=re.compile(r"[^\S\n]*([^\W\d_][\w-]*)"),
        ordinal_before=frozenset(w.lower() for w in ctx.get("ordinal_before", [])),
        ordinal_after=frozenset(w.lower() for w in ctx.get("ordinal_after", [])),
        year_strong=frozenset(w.lower() for w in ctx.get("year_strong", [])),
        year_weak=frozenset(w.lower() for w in ctx.get("year_weak", [])),
        surname_like=frozenset(w.lower() for w in words_t.get("surname_like", [])),
        lowercase_only=frozenset(w.lower() for w in words_t.get("lowercase_only", [])),
        max_plain=int(dg.get("max_plain_digits", 6)),
        year_min=int(dg.get("year_min", 1800)), year_max=int(dg.get("year_max", 2100)),
        # a sign word after a space, a bracket or a quote ("(minus 0,4 Prozent)")
        negative=re.compile(r"(?i)(?<![^\W_])(?:" + "|".join(re.escape(w) for w in
                            sorted(negative, key=len, reverse=True)) + r")\s*$") if negative else None,
        # between a figure (and at most one word after it) and a second figure that states
        # the same quantity in another unit
        restate=re.compile(rf"(?:{WS}+[^\W\d_]+)?{WS}+(?:{alternation(restate)}){WS}+")
        if restate else None,
        change_from=_change_from_to(num),
    )


def _change_from_to(num: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """"von 22,6 auf 22,3 Prozent": the word before the first figure and the one between the
    two, so that the first takes the unit the second states."""
    ft = num.get("ranges", {}).get("change_from_to", {})
    if not ft:
        return None
    before = re.compile(rf"(?i)(?<![^\W_])(?:{alternation(list(ft))}){WS}+$")
    between = re.compile(rf"(?i){WS}+(?:{alternation(list(ft.values()))}){WS}+")
    return before, between


def _digits_and_scales(num: dict[str, Any], nw: NumberWords) -> dict[str, Any]:
    """The digit token, scale words ("Millionen", glued: "500-Millionen-Euro-Paket") and
    the decimal word ("zwei Komma drei")."""
    dg = num.get("digits", {})
    seps = "".join(dg.get("group_separators", [".", " "]))
    time_scales = {k.lower(): float(v) for k, v in num.get("time_scales", {}).items()}
    scales = {k.lower(): float(v) for k, v in num.get("scales", {}).items()} | time_scales
    scale_alt = alternation(scales)
    big = [v for v in scales.values() if v >= 1e6]
    grp = "[" + re.escape("".join(c for c in seps if c != ",")) + "]"
    dec_word = nw.decimal_word
    return dict(
        scales=scales, time_scales=frozenset(time_scales), big_scale_min=min(big) if big else 1e6,
        scale=re.compile(rf"(?:{WS}*|-)(?P<s>{scale_alt})(?![\w])" if scale_alt else "(?!)", re.IGNORECASE),
        dig=re.compile(rf"\d{{1,3}}(?:{grp}\d{{3}})+(?![\d])(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*"),
        word_at=re.compile(r"[^\W\d_]+"),
        decimal_word=(re.compile(rf"{WS}+{re.escape(dec_word)}{WS}+(?P<f>[^\W\d_]+)", re.IGNORECASE)
                      if dec_word else None),
        decimal_mark=dg.get("decimal_mark", ","), group_seps=seps,
    )


def _articles(num: dict[str, Any], kw: dict[str, Any], nw: NumberWords) -> dict[str, Any]:
    """"ein"/"eine" as the number one, but only before a scale, unit or vague word ("eine
    Million", "ein halbes Dutzend", "ein Prozent"), or set against a figure it is coordinated
    with ("ein Richter und zwei Polizisten")."""
    words_t = num.get("words", {})
    half_adj = frozenset(a.lower() for a in words_t.get("half_adjective", []))
    article_vague = frozenset(w.lower() for w in words_t.get("article_vague", []))
    # "ein Jahr lang": counting decides whether such a span is a claim
    time_units = [w.lower() for w in words_t.get("article_time_units", [])]
    # units the article never counts ("ein Stück" is a play or a piece, not one piece)
    never = {w.lower() for w in words_t.get("article_not_before", [])}
    units = [u for u in kw["unit_map_ci"] if u not in never]
    # nouns whose single instance is news by itself: a seat won or lost ("gewann ein Mandat")
    counted = [w.lower() for w in words_t.get("article_counted_nouns", [])]
    ein_follow = alternation(list(kw["scales"]) + list(article_vague) + units + time_units + counted)
    article_next = rf"{WS}+(?:(?P<half>{alternation(half_adj) or '(?!)'}){WS}+)?(?=(?:{ein_follow})(?!\w))"
    coord = _coordinated(words_t, nw)
    return dict(
        article_coord=re.compile(coord) if coord else None,
        article_after=_coordinated_after(words_t),
        article_one=frozenset(a.lower() for a in words_t.get("article_one", [])),
        half_adj=half_adj, article_vague=article_vague,
        article_next=re.compile(article_next),
        # the same test as a lookahead for the trigger, which then skips the bare articles
        _article_ahead=article_next.replace("(?P<half>", "(?:") + (f"|{coord}" if coord else ""),
    )


def _coordination(words_t: dict[str, Any]) -> tuple[str, str] | None:
    """The words that may stand between an article and its noun ("weiterer") and the
    coordinators between two counts ("und", ","), as alternations; None without coordinators."""
    coordinators = words_t.get("article_coordinators", [])
    if not coordinators:
        return None
    between = alternation([w.lower() for w in words_t.get("article_between", [])]) or "(?!)"
    conj = "|".join(rf"{WS}*{re.escape(c)}{WS}*" if not c[:1].isalpha() else rf"{WS}+{re.escape(c)}{WS}+"
                    for c in coordinators)
    return between, conj


def _coordinated_after(words_t: dict[str, Any]) -> re.Pattern[str] | None:
    """After a figure and its noun, a coordinator and the article before a capitalised noun:
    "zwei Polizisten und ein Zivilist" (matched on the text as written, at the figure's end)."""
    articles = words_t.get("article_after_forms", [])
    parts = _coordination(words_t)
    if parts is None or not articles:
        return None
    between, conj = parts
    return re.compile(rf"{WS}+[^\W\d_][\w-]*(?:{conj})(?P<a>{alternation(articles)})"
                      rf"(?={WS}+(?:(?:{between}){WS}+)?(?P<n>[^\W\d_][\w-]*))")


def _coordinated(words_t: dict[str, Any], nw: NumberWords) -> str:
    """The article, one noun (after an optional word such as "weiterer") and a coordinator
    before a figure: "ein Richter und zwei Polizisten", "ein Soldat, 14 Zivilisten". Matched
    on lower-cased text after the article."""
    parts = _coordination(words_t)
    if parts is None:
        return ""
    between, conj = parts
    atoms = alternation(k for k, v in nw.kinds.items() if v in ("unit", "teen", "ten", "hundred", "thousand"))
    articles = alternation([a.lower() for a in words_t.get("article_one", [])]) or "(?!)"
    return (rf"(?={WS}+(?:(?:{between}){WS}+)?[^\W\d_]+(?:{conj})"
            rf"(?:\d|(?!(?:{articles})(?![^\W\d_]))(?:{atoms})))")


def _trigger(num: dict[str, Any], nw: NumberWords, kw: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Where a figure may begin, on lower-cased text: a digit after a non-word character,
    or a word that starts like a number word, vague quantity, multiplier or bare article;
    and, in a regex of its own, a placeholder. (One alternation of both is twice as slow:
    a pattern that starts with one character class lets the engine skip ahead in C.)"""
    starters: set[str] = set(nw.kinds) - {num.get("words", {}).get("joiner", "")}
    starters |= set(kw["vague"]) | set(kw["vague_prefix_first"]) | set(kw["article_one"])
    # a bare article ("eine", "einem") is a trigger only before a scale, unit or vague word
    # ("eine Million"): thousands of articles then never reach Python. An article that may
    # open a vague quantity ("ein paar Hundert") is always a trigger.
    articles = alternation(kw["article_one"] - kw["vague_prefix_first"]) or "(?!)"
    bare = rf"(?P<a>(?:{articles})(?![^\W\d_])(?={kw.pop('_article_ahead')}))"
    not_bare = rf"(?!(?:{articles})(?![^\W\d_]))"
    starters |= {s for s, _ in kw["mult_stems"]} | set(kw["mult_words"])
    starters |= set(kw["mult_phrase_first"])
    starters.discard("")
    ph = "|".join(x.lower() for x in num.get("placeholders", {}).get("patterns", [])) or "(?!)"
    return dict(trigger=re.compile(
        rf"[^\w](?:(?P<d>\d)|{bare}|(?P<w>{not_bare}{trie(sorted(starters))}[^\W\d_]*))"),
                placeholder=re.compile(ph))


def build(pack: LanguagePack) -> Scanner:
    num: dict[str, Any] = pack.table("numbers")
    units: dict[str, Any] = pack.table("units") if pack.has("units") else {}
    cal: dict[str, Any] = pack.table("calendar") if pack.has("calendar") else {}
    nw = number_words(pack)
    kw: dict[str, Any] = {}
    kw.update(_skips(num, cal))
    kw.update(_multipliers(num, nw))
    kw.update(_vague(num))
    kw.update(_digits_and_scales(num, nw))
    kw.update(_units(units))
    kw.update(_qualifiers(num))
    kw.update(_context(num))
    kw.update(_articles(num, kw, nw))
    joiner = num.get("words", {}).get("joiner", "")
    kw["word_joiner"] = joiner if joiner and not joiner.isalpha() else ""
    triggers = _trigger(num, nw, kw)  # takes the article lookahead out of kw
    return Scanner(syntax=pack.syntax(), **triggers, **kw)
