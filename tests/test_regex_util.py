"""The grouped alternation must match exactly what the plain alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.lang.regex import alternation

WORDS = ["Soldat(?:en)?", "Truppen?", "Tote[nr]?", "Todesopfer", "Tod", "[Aa]rmee", "a?b", "Mann"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SoldatenTruppeTodsfrAamebn ")), max_size=60))
def test_same_matches_as_plain_alternation(text):
    plain = re.compile(r"\b(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b")
    fast = re.compile(r"\b(?:" + alternation(WORDS) + r")\b")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_ignore_case_groups_fold_the_first_letter():
    rx = re.compile(alternation(["nordkoreanisch", "koreanisch"], ignore_case=True))
    assert rx.match("Nordkoreanisch") and rx.match("nordkoreanisch") and rx.match("Koreanisch")


def test_empty_list_never_matches():
    assert re.compile(alternation([])).search("anything") is None


def test_a_deeper_trie_matches_what_the_flat_alternation_matches():
    import re as _re

    from claimledger.lang.regex import alternation
    names = ["Bad Ischl", "Baden", "Bad", "Bamberg", "Basel", "Bari", "Barcelona", "Bern", "Berlin", "Bergen"]
    deep = _re.compile(r"\b(?:" + alternation([_re.escape(n) for n in names]) + r")\b")
    flat = _re.compile(r"\b(?:" + "|".join(_re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    text = "Von Bad Ischl über Baden, Bamberg und Basel nach Bari, Barcelona, Bern, Berlin und Bergen."
    assert [m.group() for m in deep.finditer(text)] == [m.group() for m in flat.finditer(text)]


GROUPED = [r"(?P<a>[tT]ot(?:e[nr]?)?)", r"(?P<b>Soldat(?:en)?|Truppen?)", r"(?P<c>[Aa]rmee|Mann)\b",
           r"(?P<d>a?b)", r"(?P<e>\w+opfer)", r"(?P<f>(?i:tod|ſo))", r"(?P<g>(?i:k)elvin|İst)"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SoldatenTruppeTodsfrAamebnTKkelvinİiıſ ")), max_size=60))
def test_guarded_groups_match_what_the_bare_groups_match(text):
    from claimledger.lang.regex import WORD_START, guarded

    bare = re.compile(WORD_START + "(?:" + "|".join(GROUPED) + ")")
    fast = re.compile(WORD_START + guarded("|".join(guarded(g) for g in GROUPED)))
    assert [(m.span(), m.lastgroup) for m in bare.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in fast.finditer(text)]


def test_first_class_only_when_certain():
    from claimledger.lang.regex import first_class

    assert first_class(r"(?<!\w)(?:[tT]ot|Ge)\b") == "[GTt]"
    assert first_class(r"(?P<x>ab|[c-e]x)+") == "[ac-e]"
    assert first_class(r"(?i:a)b|c") == "(?i:[ac])"
    assert first_class(r"a|b", re.IGNORECASE) == "(?i:[ab])"
    assert first_class(r"a?b|\d+x|(?:c|)d") == r"[\dabcd]"
    for unsure in (r"x|", r"[^a]b", r".b", r"\W", r"(?:ab)*"):
        assert first_class(unsure) is None, unsure


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("kKKsSſiIİıtTodeb ")), max_size=40))
def test_guarded_under_ignore_case_matches_what_the_bare_pattern_matches(text):
    from claimledger.lang.regex import guarded

    branches = [r"(?P<a>kot)", r"(?P<b>ſo|is)", r"(?P<c>[d-e]b)", r"(?P<d>(?-i:T)od)"]
    bare = re.compile("|".join(branches), re.IGNORECASE)
    fast = re.compile(guarded("|".join(guarded(b, re.IGNORECASE) for b in branches), re.IGNORECASE),
                      re.IGNORECASE)
    assert [(m.span(), m.lastgroup) for m in bare.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in fast.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("mindestMINDESTeınſİ-. \n")), max_size=60))
def test_finditer_opening_finds_what_the_scan_finds(text):
    from claimledger.lang.regex import WORD_START, finditer_opening

    rx = re.compile(WORD_START + r"(?P<q>(?i:mindestens|mins|ein))\s*(?P<a>(?i:ein|e)\b)")
    words = ["mindestens", "mins", "ein"]
    assert [(m.span(), m.groups()) for m in finditer_opening(rx, words, text)] == \
        [(m.span(), m.groups()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("getötToeVrlz-.„“ \n1")), max_size=60),
       st.integers(0, 62), st.integers(0, 62))
def test_finditer_word_start_finds_what_the_scan_finds(text, a, b):
    from claimledger.lang.regex import WORD_START, alternation, finditer_word_start

    rx = re.compile(WORD_START + r"(?:(?P<dead>" + alternation(["[Gg]etötet", "Tote[nr]?", "tot"]) + r")\b"
                    r"|(?P<hurt>" + alternation(["verletzt", "Verletzte", "e\\.V\\."]) + r"))")
    lo, hi = min(a, b), max(a, b)
    for args in ((), (lo,), (lo, hi)):
        assert [(m.span(), m.groups()) for m in finditer_word_start(rx, text, *args)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text, *args)]


def test_finditer_word_start_scans_other_patterns_itself():
    from claimledger.lang.regex import finditer_word_start

    rx = re.compile(r"\bTote\b")  # not led by WORD_START: the engine's own scan
    assert [m.span() for m in finditer_word_start(rx, "Tote, Tote")] == [(0, 4), (6, 10)]


def _top_level_char_by_char(src: str) -> list[int]:
    """The reference: the character loop top_level_positions replaced."""
    out: list[int] = []
    depth, i, in_class = 0, 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if src[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(i)
        i += 1
    return out


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab|()[]\\^-?:\n")), max_size=40))
def test_top_level_positions_as_the_character_loop(src):
    from claimledger.lang.regex import top_level_positions

    assert top_level_positions(src) == _top_level_char_by_char(src)
