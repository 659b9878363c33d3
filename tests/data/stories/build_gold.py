"""Build a story's gold.claims.jsonl from its hand annotation (gold.src), computing spans.

Spans are never typed by hand: each annotation names the figure as written (and, after
``@``, which occurrence in the article), and what it counts; this script finds them, checks
that ``text[start:end]`` is what was named, and writes the gold in the format of the shared
seed annotation. Run it after editing an annotation:

    python3 tests/data/stories/build_gold.py tests/data/stories/<story>

gold.src has one claim a line, fields separated by ``|`` (``-`` for none)::

    id | doc | figure[@n] | counted[@n] | value (a, a~b or -) | bound | unit | measure |
    source | time (day or day..day) | group[/alt],nationality,place | flags | subject

flags: ``inc`` (increment), ``ph`` (placeholder), ``opt`` (optional), ``hedged``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _find(text: str, needle: str, nth: int, near: int | None = None) -> tuple[int, int]:
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    if not hits:
        raise ValueError(f"not in the text: {needle!r}")
    if near is not None:  # the counted phrase: the occurrence nearest the figure
        i = min(hits, key=lambda h: (abs(h - near), h))
    else:
        if nth > len(hits):
            raise ValueError(f"only {len(hits)} occurrence(s) of {needle!r}")
        i = hits[nth - 1]
    return i, i + len(needle)


def _split(spec: str) -> tuple[str, int]:
    if "@" in spec and spec.rsplit("@", 1)[1].isdigit():
        a, b = spec.rsplit("@", 1)
        return a, int(b)
    return spec, 1


def _num(s: str) -> float | int | None:
    if s == "-":
        return None
    v = float(s)
    return int(v) if v.is_integer() else v


def parse_line(line: str, texts: dict[str, str]) -> dict:
    f = [x.strip() for x in line.split("|")]
    if len(f) != 13:
        raise ValueError(f"13 fields wanted, got {len(f)}: {line}")
    cid, doc, fig, counted, value, bound, unit, measure, source, time, who, flags, subject = f
    text = texts[doc]
    fig_text, nth = _split(fig)
    s, e = _find(text, fig_text, nth)
    assert text[s:e] == fig_text
    if value == "-":
        low = high = None
    elif "~" in value:
        low, high = (_num(x) for x in value.split("~"))
    else:
        low = high = _num(value)
    flags_set = set() if flags == "-" else set(flags.split(","))
    t = time.split("..")
    group, nat, place = (x.strip() for x in who.split(","))
    out = {"id": cid, "doc_id": doc, "span": [s, e], "text": fig_text,
           "optional": "opt" in flags_set, "placeholder": "ph" in flags_set,
           "increment": "inc" in flags_set, "hedged": "hedged" in flags_set,
           "low": low, "high": high, "bound": bound, "unit": None if unit == "-" else unit,
           "measure": measure, "subject": subject, "source": None if source == "-" else source,
           "time": [t[0], t[-1]]}
    if counted == "-":
        out["counted_text"], out["counted_span"] = None, None
    else:
        ctext, _ = _split(counted)
        cs, ce = _find(text, ctext, 1, near=s)
        assert text[cs:ce] == ctext
        out["counted_text"], out["counted_span"] = ctext, [cs, ce]
    out["who_group"] = None if group == "-" else group.split("/")
    out["who_nationality"] = None if nat == "-" else nat
    out["who_place"] = None if place == "-" else place
    return out


def build(story: Path) -> list[dict]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((story / "articles").glob("*.txt"))}
    out = []
    for n, line in enumerate((story / "gold.src").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                out.append(parse_line(line, texts))
            except (ValueError, KeyError, AssertionError) as exc:
                raise SystemExit(f"{story.name}/gold.src:{n}: {exc}")
    ids = [c["id"] for c in out]
    if len(ids) != len(set(ids)):
        raise SystemExit(f"{story.name}: duplicate claim ids")
    return out


def main(argv: list[str]) -> None:
    for arg in argv:
        story = Path(arg)
        claims = build(story)
        with open(story / "gold.claims.jsonl", "w", encoding="utf-8") as f:
            for c in claims:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"{story.name}: {len(claims)} gold claims")


if __name__ == "__main__":
    main(sys.argv[1:])
