"""Reading one figure at a trigger: a digit token, a number word, an article before a scale
("eine Million"), a vague quantity or a multiplier, and then what completes it (decimal
word, scale, range partner, unit, qualifiers) or shows it is not a figure."""

from __future__ import annotations

from claimledger.extract.figures.model import Core, Figure
from claimledger.extract.figures.qualifiers import finish, qualify_multiplier
from claimledger.extract.figures.ranges import read_range
from claimledger.extract.figures.scanner import Scanner
from claimledger.extract.figures.shapes import (is_ordinal, looks_like_year, skip_before_token,
                                                skip_token, year_context)
from claimledger.extract.figures.text import lower_same_length, next_word, prev_word
from claimledger.extract.figures.units import read_unit
from claimledger.extract.figures.values import apply_scale, digit_value, read_core, too_long, word_info
from claimledger.lang import LanguagePack

#: a figure read (or None) and the offset up to which the text is consumed
Read = tuple[Figure | None, int]


def _decimal_word(sc: Scanner, pack: LanguagePack, text: str, core: Core, end: int) -> Core:
    """"zwei Komma drei": a number word, the decimal word, a digit word."""
    value, pos = core.value, core.end
    if core.is_word and sc.decimal_word is not None:
        dm = sc.decimal_word.match(text, pos, end)
        if dm:
            info = word_info(sc, pack, dm.group("f").lower())
            if info is not None and not info[1] and not info[2] and info[0] == int(info[0]):
                value = float(f"{int(value)}.{int(info[0])}")
                pos = dm.end()
    return Core(core.start, pos, value, core.is_word, core.raw)


def _scaled(sc: Scanner, pack: LanguagePack, text: str, core: Core, core_v: Core,
            end: int) -> tuple[float, int, float | None]:
    """The value after its scale word, with a smaller number word after a big scale
    ("zwei Millionen eintausendeinhundertfünfzig")."""
    value, pos, scale = apply_scale(sc, text, core_v, end)
    if scale and scale >= sc.big_scale_min and core.is_word and pos < end and text[pos] in " \u00a0":
        rc = read_core(sc, pack, text, pos + 1, end)
        if rc is not None and rc.is_word and rc.value < scale and not sc.scale.match(text, rc.end, end):
            value += rc.value
            pos = rc.end
    return value, pos, scale


def number(sc: Scanner, pack: LanguagePack, text: str, core: Core, end: int,
           lead_start: int | None = None) -> Read:
    """Finish a digit or word core: decimal word, scale, range partner, unit, qualifiers."""
    start = core.start if lead_start is None else lead_start
    core_v = _decimal_word(sc, pack, text, core, end)
    value, pos, scale = _scaled(sc, pack, text, core, core_v, end)
    # multiplier suffix on digits: "das 2,5-Fache", "3-mal so"
    if not scale:
        ms = sc.mult_suffix.match(text, pos, end)
        if ms:
            fig = finish(sc, text, start, ms.end(), value, value, "multiplier", core.is_word, end,
                         unit="factor", unit_end=ms.end())
            return qualify_multiplier(sc, text, fig), ms.end()
    if not core.is_word and pos == core.end and pos < end and text[pos].isalpha():
        # digits glued to letters: only a unit may follow directly ("75ml", "500Km"), else a
        # name or code ("4G", "3D", "1990er")
        if read_unit(sc, text, pos, end)[0] is None:
            m = sc.word_at.match(text, pos, end)
            return None, m.end() if m else pos
    low = high = value
    bound: str | None = None
    rg = read_range(sc, pack, text, start, core_v, value, scale, pos, end)
    if rg is not None:
        low, high, bound, pos, scale = rg.low, rg.high, "range", rg.end, rg.scale
    fig_end = pos
    if sc.not_after.match(text, fig_end, end):
        return None, fig_end
    if bound != "range" and is_ordinal(sc, text, core_v, end):
        return None, core_v.end + 1
    fig = finish(sc, text, start, fig_end, low, high, "number", core.is_word, end, bound=bound,
                 qualifier=rg.between if rg is not None else None)
    partner_year = rg is not None and rg.partner_year
    if looks_like_year(sc, core) and not scale and fig.unit is None and (bound != "range" or partner_year):
        qualified = (fig.qualifier_span is not None and fig.qualifier_span[1] <= start and bound != "range"
                     and (fig.qualifier or "").lower() not in sc.year_strong)  # "ab 2017" is a year
        if not qualified and year_context(sc, text, start, fig.unit_end, end):
            return None, fig_end
    return fig, fig_end


def read_digits(sc: Scanner, pack: LanguagePack, text: str, s: int, end: int) -> Read:
    """A figure written in digits at ``s``, unless its shape says it is no quantity."""
    clock = sc.clock_span.match(text, s, end) if sc.clock_span is not None else None
    if clock is not None and (s == 0 or not text[s - 1].isalnum()):
        return _clock_span(sc, text, clock, end), clock.end()
    skip = skip_before_token(sc, text, s, end)
    if skip is not None:
        return None, skip
    m = sc.dig.match(text, s, end)
    if not m:
        return None, s + 1
    tok = m.group(0)
    skip = skip_token(sc, text, s, m.end(), end)
    if skip is not None:
        return None, skip
    if too_long(sc, tok):
        return None, m.end()
    v = digit_value(sc, tok)
    if v is None:
        return None, m.end()
    return number(sc, pack, text, Core(s, m.end(), v, False, tok), end)


CLOCK_SPAN_KIND = "clock_span"  # a figure shaped like a clock time that is a span of time


def _clock_span(sc: Scanner, text: str, m: re.Match[str], end: int) -> Figure:
    """"7:57 Minuten" is 7 57/60 minutes, "1:30 Stunden" 1 30/60 hours; decimals belong to the
    sixtieths ("2:10,13 Min."). The unit word after it says which, as for any span of time."""
    sixtieths = float(m.group(2) + ("." + m.group(3) if m.group(3) else ""))
    value = round(int(m.group(1)) + sixtieths / 60, 6)
    return finish(sc, text, m.start(), m.end(), value, value, CLOCK_SPAN_KIND, False, end)


def _vague_prefixed(sc: Scanner, text: str, s: int, end: int) -> Read | None:
    """"mehrere Hundert", "einige Tausend": a vague prefix before a scale."""
    vm = sc.vague_prefix_re.match(text, s, end)
    if vm:
        base = sc.vague_scale.get(vm.group("vs").lower())
        if base is not None:
            return finish(sc, text, s, vm.end(), 2 * base, 10 * base - 1, "vague", False, end,
                          bound="vague"), vm.end()
    return None


def _article(sc: Scanner, pack: LanguagePack, text: str, s: int, e: int, end: int) -> Read:
    """"eine Million", "ein halbes Prozent", "ein Dutzend": the article as the number one
    before a scale, unit or vague word; else no figure."""
    # matched on a lower-cased slice: IGNORECASE over the unit alternation is slow
    low = lower_same_length(text[e:min(end, e + 48)])
    am = sc.article_next.match(low)
    if not am:
        if sc.article_coord is not None and sc.article_coord.match(low):
            return read_article_one(sc, pack, text, s, e, end)  # "ein Richter und zwei …"
        if sc.range_conn.match(text, e, end):
            got = read_article_one(sc, pack, text, s, e, end)  # "ein bis drei Prozentpunkte"
            if got[0] is not None and got[0].bound == "range":
                return got
        return None, e
    nxt_pos = e + am.end()
    nxt = next_word(sc, text, nxt_pos, end).lower()
    if nxt in sc.time_scales and not am.group("half"):
        return None, e  # "vor einem Jahrzehnt": a time
    if nxt in sc.article_vague and not am.group("half"):
        lo, hi = sc.vague[nxt]
        ve = nxt_pos + len(nxt)
        return finish(sc, text, s, ve, lo, hi, "vague", False, end, bound="vague"), ve
    value = 0.5 if am.group("half") else 1.0
    core_end = e + am.end("half") if am.group("half") else e
    return number(sc, pack, text, Core(s, core_end, value, True, text[s:core_end]), end)


def read_article_one(sc: Scanner, pack: LanguagePack, text: str, s: int, e: int, end: int) -> Read:
    """The article at ``text[s:e]`` as the number one, where it is set against a figure."""
    return number(sc, pack, text, Core(s, e, 1.0, True, text[s:e]), end)


def _in_idiom(sc: Scanner, text: str, s: int, e: int, end: int) -> bool:
    if sc.idioms is None or not sc.idioms.search(text, max(0, s - 20), min(end, e + 20)):
        return False
    im = sc.idioms.search(text, max(0, s - 20), min(end, e + 20))
    return bool(im and im.start() <= s < im.end())


def _name_like(sc: Scanner, text: str, s: int, e: int, end: int, w: str, lw: str) -> bool:
    """A number word that is a name: a hyphenated compound ("Zwei-Staaten-Lösung"), or a
    surname-like word after a capitalised noun ("Peter Acht")."""
    if e + 1 < end and text[e] == "-" and sc.syntax.looks_like_noun(text[e + 1:e + 2]) \
            and read_unit(sc, text, e, end)[0] is None:
        return True
    if lw in sc.surname_like and sc.syntax.looks_like_noun(w):
        prev = prev_word(sc, text, s)
        gap = text[max(0, s - 2):s]
        if prev and sc.syntax.looks_like_noun(prev) and prev.lower() not in sc.qual_map \
                and not any(c in gap for c in ".!?:\n"):
            return True
    return False


def _joined(sc: Scanner, pack: LanguagePack, text: str, s: int, e: int, end: int) -> int:
    """The end of a number word joined by the pack's non-letter joiner ("twenty-one")."""
    if not sc.word_joiner or e + 1 >= end or text[e] != sc.word_joiner:
        return e
    m = sc.word_at.match(text, e + 1, end)
    if m and word_info(sc, pack, text[s:m.end()].lower()) is not None:
        return m.end()
    return e


def read_word(sc: Scanner, pack: LanguagePack, text: str, s: int, e: int, end: int) -> Read:
    """A figure written in words at ``text[s:e]``: vague, article, multiplier or number word."""
    e = _joined(sc, pack, text, s, e, end)
    w = text[s:e]
    lw = w.lower()
    if e < end and (text[e].isdigit() or (text[e] == "-" and e + 1 < end and text[e + 1].isdigit())):
        return None, e  # a name with digits
    if lw in sc.vague_prefix_first:
        got = _vague_prefixed(sc, text, s, end)
        if got is not None:
            return got
    if lw in sc.article_one:
        return _article(sc, pack, text, s, e, end)
    if lw in sc.vague:
        lo, hi = sc.vague[lw]
        return finish(sc, text, s, e, lo, hi, "vague", False, end, bound="vague"), e
    f = multiplier(sc, text, s, e, end, lw)
    if f is not None:
        return qualify_multiplier(sc, text, f), f.end
    info = word_info(sc, pack, lw)
    if info is None:
        return None, e
    value, suf, glued = info
    if _in_idiom(sc, text, s, e, end):
        return None, e
    if glued:  # "zehnstündigen": the figure is the number word, the adjective stays text
        e, w = s + glued, w[:glued]
    if suf:
        if suf == sc.times_suffix and not (sc.times_needs and sc.times_needs.match(text, e, end)):
            if sc.times_unit is None:
                return None, e
            # "Nadal hat zweimal gegen ihn verloren": how often, a count
            return finish(sc, text, s, e, value, value, "number", True, end, unit=sc.times_unit), e
        fig = Figure(s, e, value, value, "exact", "factor", e, "multiplier", None, None, True)
        return qualify_multiplier(sc, text, fig), e
    if _name_like(sc, text, s, e, end, w, lw) or (lw in sc.lowercase_only and not w.islower()):
        return None, e
    return number(sc, pack, text, Core(s, e, value, True, w), end)


def multiplier(sc: Scanner, text: str, s: int, e: int, end: int, lw: str) -> Figure | None:
    """"verdoppelt", "das Dreifache", "um ein Vielfaches": a factor in words."""
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
