"""Regression suite over the German specs of Microsoft Recognizers-Text (MIT licence).

The specs are an independent, third-party view of what German numbers look like, so they
guard the scanner against being fitted to our own examples. Their contract is not ours in
a few places; those cases (or single expected results) are excluded deliberately:

SKIP REASONS
- bare-article: "ein"/"eine"/"einer"/"eins" alone as the number 1. We never emit bare
  articles: in news text nearly every one is a determiner, and each would be a false claim.
  (Only the article result is dropped; the case's other results are still checked.)
- fraction: "1/2", "⅙", "drei halbe", "zwei drittel", "dreiviertel", "fünf und drei Viertel
  Milliarde": common fractions are out of scope for claim figures (a slash between digits
  is treated as a code or a date, "2024/25").
- range-scale: "100 bis 300 Milliarden" - by our contract the scale word applies to both
  ends of a range (one figure 100e9..300e9), the spec reports 100 and 300e9 separately.
- long-id: "420000000 finnische Mark" - runs of more than six ungrouped digits are
  identifiers by our contract.
- cents: "zwei Euro fünfzig", "15 Dollar und 15 Cent" - sub-unit composition is not read.
- no-number: a currency name without a number ("try the Dollar").
- angle/turn/temperature: units outside the claim vocabulary.
- pound-weight: "Pfund" is read as the currency GBP (the common sense in news).
- reference (single result dropped): "Zahl Nummer 3" - a number after "Nummer"/"Nr." is a
  reference, not a quantity, by our contract.
- other-type extras: the typed specs (percent, currency, dimension) only list their own
  type; a figure of another type we also find ("27%" in a currency case, a plain count
  in a dimension case) is not counted as an error there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.extract.figures import scan_figures
from claimledger.lang import load_pack

SPECS = Path(__file__).parent / "data" / "recognizers-de"  # vendored (MIT licence), see its README

FILES = {
    "number": "Number/NumberModel.json",
    "range": "Number/NumberRangeModel.json",
    "percent": "Number/PercentModel.json",
    "currency": "NumberWithUnit/CurrencyModel.json",
    "dimension": "NumberWithUnit/DimensionModel.json",
}

# the spec's unit names -> ours; None = outside our vocabulary (skip the case)
UNIT_MAP: dict[str, str | None] = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Pound": "GBP",
    "British pound": "GBP", "Canadian dollar": "CAD", "Cambodian riel": "KHR",
    "Indian rupee": "INR", "Rupee": "INR", "Mexican peso": "MXN", "Australian dollar": "AUD",
    "New Zealand dollar": "NZD", "Finnish markka": "FIM",
    "Milliliter": "ml", "Inch": "in", "Teaspoon": "tsp", "Liter": "l", "Square meter": "m2",
    "Kilometer per hour": "km/h", "Cubic meter": "m3", "Gigabyte": "GB", "Mile": "mi",
    "Micrometer": "µm", "Nanometer": "nm", "Meter per second": "m/s", "Kilometer": "km",
    "Degree": None, "Radian": None, "Turn": None,
}

ARTICLES = {"ein", "eine", "einer", "einen", "einem", "eines", "eins"}
FRACTION_MARKS = ("/", "drittel", "viertel", "⅙", "½")
REFERENCE_WORDS = ("nummer ", "nr. ")
CURRENCY_CODES = {v for k, v in UNIT_MAP.items() if v and v.isupper() and len(v) == 3}


def _skip_reason(model: str, case: dict) -> str | None:
    inp = case["Input"]
    low = inp.lower()
    for r in case["Results"]:
        t = r["Text"].lower()
        res = r.get("Resolution") or {}
        if res.get("value") is None:
            return "no-number"
        if any(m in t for m in FRACTION_MARKS):
            return "fraction"
        if "halbe" in t and not any(w in t for w in ("dutzend", "million", "milliarde")):
            return "fraction"
        if "cent" in t or (model == "currency" and len(t.split()) >= 3 and t.split()[-1][0].isdigit()):
            return "cents"
        if model == "currency" and ("euro fünfzig" in t or " und " in t):
            return "cents"
        unit = res.get("unit")
        if unit is not None and model in ("currency", "dimension"):
            if UNIT_MAP.get(unit, "?") is None:
                return "angle/turn/temperature"
            if unit == "Pound" and model == "dimension":
                return "pound-weight"
        if "finnische mark" in t:
            return "long-id"
    if " bis " in low and "milliarden" in low and len(case["Results"]) == 2:
        return "range-scale"
    if "grad" in low and model == "dimension":
        return "angle/turn/temperature"
    return None


def _value(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def _check(model: str, case: dict, pack) -> tuple[bool, str]:
    text = case["Input"]
    figs = scan_figures(text, pack)
    def dropped_result(r: dict) -> bool:
        before = text[max(0, r["Start"] - 8):r["Start"]].lower()
        return r["Text"].lower() in ARTICLES or before.endswith(REFERENCE_WORDS)

    expected = [r for r in case["Results"] if not dropped_result(r)]
    dropped = [r for r in case["Results"] if dropped_result(r)]
    # a range figure may answer two expected results (its low and its high)
    uses: dict[int, int] = {}
    for r in expected:
        s = r["Start"]
        e = s + len(r["Text"])
        val = r["Resolution"]["value"]
        bound_needed = None
        if model == "range":
            # "(,5)": below 5
            bound_needed = ("at_most",)
            val = val.strip("()[]").split(",")[-1]
        if model == "percent":
            val = val.rstrip("%")
        v = _value(val)
        ok = False
        for i, f in enumerate(figs):
            if uses.get(i, 0) >= (2 if f.bound == "range" else 1) or not (f.start < e and s < max(f.unit_end, f.end)):
                continue
            if not any(x is not None and abs(x - v) <= 1e-6 * max(1.0, abs(v)) for x in (f.low, f.high)):
                continue
            if bound_needed and f.bound not in bound_needed:
                continue
            if model == "percent" and f.unit != "percent":
                continue
            unit = r["Resolution"].get("unit")
            if model in ("currency", "dimension") and unit is not None and UNIT_MAP.get(unit) != f.unit:
                continue
            ok = True
            uses[i] = uses.get(i, 0) + 1
            break
        if not ok:
            return False, f"missing {r['Text']!r}={val} in {[(text[f.start:f.unit_end], f.low, f.high, f.unit) for f in figs]}"
    for i, f in enumerate(figs):
        if i in uses:
            continue
        if model == "percent" and f.unit != "percent":
            continue
        if model == "currency" and f.unit not in CURRENCY_CODES:
            continue
        if model == "dimension" and (f.unit is None or f.unit == "percent" or f.unit in CURRENCY_CODES):
            continue
        if any(f.start < d["Start"] + len(d["Text"]) and d["Start"] < f.end for d in dropped):
            continue
        return False, f"extra {text[f.start:f.unit_end]!r} ({f.low}, {f.unit})"
    return True, ""


@pytest.mark.skipif(not SPECS.is_dir(), reason="Recognizers-Text specs not available")
def test_recognizers_de_pass_rate() -> None:
    pack = load_pack("de")
    in_scope = passed = 0
    skipped: dict[str, int] = {}
    failures: list[str] = []
    for model, rel in FILES.items():
        cases = json.loads((SPECS / rel).read_text(encoding="utf-8-sig"))
        for case in cases:
            why = _skip_reason(model, case)
            if why:
                skipped[why] = skipped.get(why, 0) + 1
                continue
            in_scope += 1
            ok, msg = _check(model, case, pack)
            passed += ok
            if not ok:
                failures.append(f"[{model}] {case['Input'][:70]!r}: {msg}")
    rate = passed / in_scope
    print(f"\nrecognizers-de: {passed}/{in_scope} in-scope cases pass ({rate:.1%}); skipped {skipped}")
    for f in failures:
        print("  FAIL", f)
    assert in_scope >= 100
    assert rate >= 0.90
