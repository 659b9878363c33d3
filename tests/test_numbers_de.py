"""Number parsing (digits with local separators, compound number words) and property tests
of the scanner: formatted German numbers must read back as their value, spans must stay
inside the text, and no input may make the scanner raise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.figures import scan_figures
from claimledger.extract.numbers import parse_digits, parse_number_word
from claimledger.lang import load_pack

PACK = load_pack("de")


@pytest.mark.parametrize("tok,value", [
    ("11.000", 11000), ("1 234 567", 1234567), ("2,35", 2.35), ("2.000,352", 2000.352),
    ("12'500", 12500), ("4,800", 4.8), ("2.300", 2300), ("1.5", 1.5), ("299.792.458", 299792458),
    ("1,234,567", 1234567), ("1,234.5", 1234.5), ("40\u202f000", 40000), ("0", 0), ("007", 7),
])
def test_parse_digits(tok: str, value: float) -> None:
    assert parse_digits(tok) == pytest.approx(value)


@pytest.mark.parametrize("tok", ["", "abc", "1.2.3.4.5x", "1.23.456"])
def test_parse_digits_rejects(tok: str) -> None:
    assert parse_digits(tok) is None


@pytest.mark.parametrize("word,value", [
    ("zwei", 2), ("zwölf", 12), ("zwoelf", 12), ("zwölftausend", 12000), ("einhundertdrei", 103),
    ("einhunderteinunddreißig", 131), ("eintausendeinhundertfünfzig", 1150),
    ("dreihundertneunundneunzigtausendfünfhundertneun", 399509),
    ("dreihundertneunundneunzigtausendfuenfhundertneun", 399509), ("zweieinhalb", 2.5),
    ("anderthalb", 1.5), ("eineinhalb", 1.5), ("hundert", 100), ("tausend", 1000),
    ("Zehntausend", 10000), ("zwölfhundert", 1200), ("hunderteins", 101), ("null", 0),
    ("siebenundsiebzig", 77), ("dreissig", 30),
])
def test_parse_number_word(word: str, value: float) -> None:
    assert parse_number_word(word, PACK) == value


@pytest.mark.parametrize("word", ["ein", "eine", "eins", "einer", "Dreieck", "einzeln", "Achtung",
                                  "Drittanbieter", "zweiten", "und", "undzwanzig", "Elfmeter"])
def test_parse_number_word_rejects(word: str) -> None:
    assert parse_number_word(word, PACK) is None


# ---- a German number-word formatter, to generate test input ----
_U = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEEN = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
         "achtzehn", "neunzehn"]
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def _below100(n: int, final: bool) -> str:
    if n == 0:
        return ""
    if n == 1:
        return "eins" if final else "ein"
    if n < 10:
        return _U[n]
    if n < 20:
        return _TEEN[n - 10]
    t, u = divmod(n, 10)
    return (_U[u] + "und" if u else "") + _TENS[t]


def _below1000(n: int, final: bool) -> str:
    h, r = divmod(n, 100)
    return (_U[h] + "hundert" if h else "") + _below100(r, final)


def german_words(n: int) -> str:
    if n == 0:
        return "null"
    th, r = divmod(n, 1000)
    return (_below1000(th, False) + "tausend" if th else "") + _below1000(r, True)


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_roundtrip(n: int) -> None:
    w = german_words(n)
    assert parse_number_word(w, PACK) == n
    text = f"Es waren {w} Menschen."
    figs = scan_figures(text, PACK)
    assert [(f.low, f.is_word) for f in figs] == [(n, True)]
    assert text[figs[0].start:figs[0].end] == w


@given(st.integers(min_value=0, max_value=10**12))
def test_dotted_integers(n: int) -> None:
    tok = _dotted(n)
    assert parse_digits(tok) == n
    text = f"Gezählt wurden {tok} Stück."
    figs = scan_figures(text, PACK)
    assert len(figs) == 1 and figs[0].low == n
    assert text[figs[0].start:figs[0].end] == tok


@given(st.integers(min_value=0, max_value=999_999))
def test_plain_integers_with_counted_noun(n: int) -> None:
    text = f"Es waren {n} Soldaten."
    figs = scan_figures(text, PACK)
    assert len(figs) == 1 and figs[0].low == n


@given(st.integers(min_value=0, max_value=999_999), st.integers(min_value=0, max_value=99))
def test_decimal_comma(n: int, frac: int) -> None:
    tok = f"{_dotted(n)},{frac:02d}"
    assert parse_digits(tok) == pytest.approx(n + frac / 100)
    figs = scan_figures(f"Der Wert lag bei {tok} Punkten.", PACK)
    assert len(figs) == 1 and figs[0].low == pytest.approx(n + frac / 100)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("Millionen", 1e6), ("Mio.", 1e6), ("Milliarden", 1e9), ("Mrd.", 1e9),
                        ("Tausend", 1e3), ("Billionen", 1e12)]))
def test_scale_words(a: int, b: int, scale: tuple[str, float]) -> None:
    word, mult = scale
    text = f"Es geht um {a},{b} {word} Euro."
    figs = scan_figures(text, PACK)
    assert len(figs) == 1
    f = figs[0]
    assert f.low == pytest.approx((a + b / 10) * mult)
    assert f.unit == "EUR" and text[f.start:f.end] == f"{a},{b} {word}"


@given(st.integers(min_value=2, max_value=999_999), st.integers(min_value=1, max_value=10**6))
def test_ranges(a: int, d: int) -> None:
    b = a + d
    text = f"Es sind {_dotted(a)} bis {_dotted(b)} Menschen."
    figs = scan_figures(text, PACK)
    assert [(f.low, f.high, f.bound) for f in figs] == [(a, b, "range")]


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_inside(text: str) -> None:
    figs = scan_figures(text, PACK)
    last = 0
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert f.end <= f.unit_end <= len(text)
        assert f.start >= last
        last = max(f.end, f.unit_end)


_ALPHABET = st.sampled_from(list("0123456789.,  -–/:%€$") + ["Mio.", " Millionen", " bis ", " und ",
                                                             " rund ", "zwei", "Tausende", "[Zahl fehlt]",
                                                             " Prozent", "\u202f", "\n", "Jahr "])


@settings(max_examples=300)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_numberish_text_spans(text: str) -> None:
    for f in scan_figures(text, PACK):
        span = text[f.start:f.end]
        assert 0 <= f.start < f.end <= len(text)
        if f.kind == "number" and not f.is_word:
            assert any(c.isdigit() for c in span)


@settings(max_examples=100)
@given(st.text(), st.integers(min_value=0, max_value=50), st.integers(min_value=0, max_value=50))
def test_window_bounds(text: str, a: int, b: int) -> None:
    s, e = sorted((min(a, len(text)), min(b, len(text))))
    for f in scan_figures(text, PACK, s, e):
        assert s <= f.start and f.end <= e and f.unit_end <= e


# scaled values are exact decimals: "8,2 Milliarden" is 8200000000, never 8199999999.999999
from decimal import Decimal as _D  # noqa: E402

from hypothesis import given as _given  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402


# no deadline: the first example compiles every table of the pipeline (hundreds of ms)
@settings(deadline=None)
@_given(_st.integers(1, 999), _st.integers(0, 99), _st.sampled_from([("Millionen", 6), ("Milliarden", 9)]))
def test_scaled_decimals_have_no_binary_noise(whole, frac, scale):
    import claimledger
    word, exp = scale
    text = f"Der Fonds umfasst {whole},{frac:02d} {word} Euro."
    (c,) = [c for c in claimledger.extract(text, published="2025-01-01") if c.unit == "EUR"]
    assert c.value.low == float(_D(f"{whole}.{frac:02d}") * (_D(10) ** exp))


# --- issue 6: properties of the rules added for the dev set ---

@given(st.integers(min_value=2, max_value=99), st.sampled_from([("Jahrzehnte", 10), ("Jahrhunderten", 100)]),
       st.sampled_from(["", "rund ", "mehr als ", "fast "]))
def test_time_scales_multiply(n: int, scale: tuple[str, int], qual: str) -> None:
    word, factor = scale
    text = f"Das Gebäude steht seit {qual}{n} {word} leer."
    (f,) = scan_figures(text, PACK)
    assert (f.low, f.high) == (n * factor, n * factor)
    assert text[f.start:f.end] == f"{n} {word}"


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from(["(", "„", " ", "\u2013 "]))
def test_sign_word_after_any_opener(whole: int, frac: int, opener: str) -> None:
    text = f"Der Index schloss{opener}minus {whole},{frac} Prozent tiefer."
    (f,) = scan_figures(text, PACK)
    assert f.low == f.high == -float(f"{whole}.{frac}")


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_restated_figure_takes_the_sign(n: int, pct: int) -> None:
    text = f"Die Gemeinde schrumpfte um minus {_dotted(n)} Personen oder {pct} Prozent."
    a, b = scan_figures(text, PACK)
    assert a.low == -n and b.low == -pct and b.unit == "percent"
