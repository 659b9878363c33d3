"""Shared tools of the hand-annotated test sets (heldout/, heldout2/): picking bench rows, and
building gold files from an annotation table whose spans are computed, never typed.

Each set keeps its own `pick_rows.py` (its seed and limits) and `build_gold.py` (its table and
source registry); both call into this module, so that every set is made and checked the same
way. Run a set's scripts from anywhere: `python3 tests/data/heldout2/build_gold.py`.
"""
from __future__ import annotations

import collections
import csv
import glob
import json
import os
import random
import re
import sys

CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "bench",
                   "10kGNAD_test.csv")
NUMW = r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Hälfte|Millionen|Milliarden)\b"
BOUNDS = {"exact", "approx", "more_than", "at_least", "up_to", "at_most", "range", "vague"}
# the second reading (`build_gold.py --show`): number words and digit strings that no claim covers
# (heldout5 on; heldout4 passes its own, shorter list of number words and no digit strings)
NUMWORDS = re.compile(
    r"\b(eins?|eine[nmrs]?|keine[nms]?|kein|zwei\w*|drei\w*|vier\w*|fünf\w*|sechs\w*|sieben\w*|acht\w*|neun\w*|zehn\w*|"
    r"elf\w*|zwölf\w*|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert\w*|tausend\w*|"
    r"Million\w*|Milliard\w*|Hälfte|halb\w*|beide\w*|doppelt\w*|einige\w*|mehrere\w*|paar|Dutzend\w*|viele\w*|"
    r"zahlreich\w*|erste\w*|zweite\w*|dritte\w*|Drittel|Viertel|Zehntel\S*|mehrfach\w*|jede\w*|alle|wenige\w*|"
    r"Dreipunkt\w*|Drei-\w*)\b", re.I)
DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")


# the order the sets were made in: a set's rows exclude only those of the sets made before it,
# so that its scripts pick the same rows after later sets exist (append new sets here)
SET_ORDER = ["devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23"]


def used_rows(here: str | None = None) -> set[int]:
    """Bench rows already used by the sets under tests/data made before the one in ``here``
    (by ``SET_ORDER``; every other set when ``here`` is not listed there)."""
    used = set()
    data = os.path.dirname(os.path.abspath(__file__))
    name = os.path.basename(os.path.abspath(here)) if here else None
    before = set(SET_ORDER[:SET_ORDER.index(name)]) if name in SET_ORDER else None
    for p in glob.glob(os.path.join(data, "**", "meta.jsonl"), recursive=True):
        if here and os.path.abspath(p) == os.path.join(os.path.abspath(here), "meta.jsonl"):
            continue
        if before is not None and os.path.relpath(os.path.dirname(p), data).split(os.sep)[0] not in before:
            continue
        for line in open(p, encoding="utf-8"):
            if line.strip() and "bench_row" in json.loads(line):
                used.add(json.loads(line)["bench_row"])
    return used


def pick_rows(seed: int, max_chars: int, used: set[int], csv_path: str = CSV):
    """2 rows per category and 2 more from the two largest pools, each with at least 3 digit
    strings or number words and at most ``max_chars`` characters. Returns (rows, picked)."""
    rows = list(csv.reader(open(csv_path, encoding="utf-8"), delimiter=";", quotechar="'"))
    bycat = collections.defaultdict(list)
    for i, r in enumerate(rows):
        if i < 1 or i in used or len(r) < 2:
            continue
        cat, text = r[0], r[1]
        nfig = len(re.findall(r"\d+(?:[.,]\d+)*", text)) + len(re.findall(NUMW, text, re.I))
        if nfig >= 3 and len(text) <= max_chars:
            bycat[cat].append(i)
    rng = random.Random(seed)
    cats = sorted(bycat)
    picked = []
    for c in cats:
        picked += [(c, i) for i in rng.sample(bycat[c], min(2, len(bycat[c])))]
    # 9 categories x 2 = 18; two more from the largest pools, and one more for each row a nearly
    # used-up category could not give (none before heldout20: their samples are unchanged)
    short = 2 * len(cats) - len(picked)
    largest = sorted(cats, key=lambda c: -len(bycat[c]))
    for k in range(2 + short):
        c = largest[k % len(largest)]
        rest = [i for i in bycat[c] if (c, i) not in picked]
        picked.append((c, rng.choice(rest)))
    picked.sort(key=lambda x: x[1])
    return rows, picked, bycat


def pick_set(here: str, seed: int, max_chars: int, used: set[int] | None = None, show: bool = False):
    """The rows of the set in ``here`` (its ``pick_rows.py``): ``pick_rows`` excluding ``used``, by default
    the rows of every other set under tests/data (``used_rows``). With ``show`` print the picks (and, when the
    excluded rows were computed, how many there are and each category's pool). Returns (rows, picked)."""
    computed = used is None
    used = used_rows(here) if computed else used
    rows, picked, bycat = pick_rows(seed, max_chars, used)
    if show:
        if computed:
            print(len(used), "rows excluded;", {c: len(bycat[c]) for c in sorted(bycat)})
        for c, i in picked:
            print(c, i, len(rows[i][1]))
    return rows, picked


def write_articles(here: str, prefix: str, rows, picked, outlet: str = "derStandard") -> None:
    """Write ``here``/articles/<id>.txt and ``here``/meta.jsonl for the picked rows (a set's
    ``write_articles.py``); ids are ``<prefix><nn>_<category>_<bench row>``."""
    os.makedirs(os.path.join(here, "articles"), exist_ok=True)
    meta = []
    for n, (cat, i) in enumerate(picked):
        did = f"{prefix}{n:02d}_{cat.lower()}_{i}"
        with open(os.path.join(here, "articles", f"{did}.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(rows[i][1])
        meta.append({"id": did, "outlet": outlet, "category": cat, "bench_row": i})
    with open(os.path.join(here, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


class GoldTable:
    """The articles of one set and the claims annotated on them."""

    def __init__(self, here: str) -> None:
        self.here = here
        self.meta = [json.loads(l) for l in open(os.path.join(here, "meta.jsonl"), encoding="utf-8")]
        self.text = {m["id"]: open(os.path.join(here, "articles", m["id"] + ".txt"), encoding="utf-8",
                                   newline="").read() for m in self.meta}
        self.doc = {m["id"].split("_")[0]: m["id"] for m in self.meta}
        self.claims: list[dict] = []

    def find(self, doc: str, loc) -> list[int]:
        """loc: 'sub' (unique), ('ctx', 'sub') with ctx unique, or ('ctx', 'sub', n) n-th ctx
        occurrence (1-based)."""
        t = self.text[doc]
        if isinstance(loc, str):
            loc = (loc, loc)
        ctx, sub = loc[0], loc[1]
        occ = loc[2] if len(loc) > 2 else None
        starts = [m.start() for m in re.finditer(re.escape(ctx), t)]
        if occ is None:
            assert len(starts) == 1, (doc, ctx, len(starts))
            c0 = starts[0]
        else:
            c0 = starts[occ - 1]
        i = ctx.index(sub)
        s, e = c0 + i, c0 + i + len(sub)
        assert t[s:e] == sub
        return [s, e]

    def claim(self, h, fig, low, high="same", bound="exact", unit=None, measure="other", subject="",
              source=None, alt=(), counted=None, calt=(), group=None, nat=None, place=None, nat_alt=(),
              place_alt=(), optional=False, increment=False, hedged=False, placeholder=False) -> None:
        doc = self.doc[h]
        span = self.find(doc, fig)
        cs = self.find(doc, counted) if counted is not None else None
        text = self.text[doc]
        self.claims.append({
            "id": None, "doc_id": doc, "span": span, "text": text[span[0]:span[1]],
            "optional": optional, "placeholder": placeholder, "increment": increment, "hedged": hedged,
            "low": low, "high": low if high == "same" else high, "bound": bound, "unit": unit,
            "measure": measure, "subject": subject, "source": source, "alt_sources": list(alt), "time": None,
            "counted_text": text[cs[0]:cs[1]] if cs else None, "counted_span": cs,
            "counted_alt_spans": [self.find(doc, x) for x in calt],
            "who_group": group, "who_nationality": nat, "who_place": place,
            "who_nationality_alt": list(nat_alt), "who_place_alt": list(place_alt)})

    def _numbered(self) -> None:
        for c in self.claims:
            c["alt_sources"] = [a for a in c["alt_sources"] if a]
        order = {m["id"]: i for i, m in enumerate(self.meta)}
        self.claims.sort(key=lambda c: (order[c["doc_id"]], c["span"][0]))
        n: dict[str, int] = {}
        for c in self.claims:
            h = c["doc_id"].split("_")[0]
            n[h] = n.get(h, 0) + 1
            c["id"] = f"{h}-{n[h]:02d}"
            for k in ("low", "high"):
                if isinstance(c[k], float) and c[k].is_integer():
                    c[k] = int(c[k])

    def _validate(self) -> None:
        for c in self.claims:
            t = self.text[c["doc_id"]]
            assert t[c["span"][0]:c["span"][1]] == c["text"], c
            if c["counted_span"]:
                assert t[c["counted_span"][0]:c["counted_span"][1]] == c["counted_text"], c
            assert c["bound"] in BOUNDS

    def _negatives(self, show: bool) -> list[dict]:
        """Every digit string that no claim covers (the annotator reviews the printout)."""
        spans: dict[str, list] = {}
        for c in self.claims:
            spans.setdefault(c["doc_id"], []).append(c["span"])
        negs = []
        month = re.compile(r" ?(Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)")
        numre = re.compile(r"[A-Za-z]*\d+(?:[.:,/]\d+)*(?:[A-Za-z]+\d*)*\.?")
        for m in self.meta:
            d, t = m["id"], self.text[m["id"]]
            for x in numre.finditer(t):
                s, e = x.span()
                mo = month.match(t, e)
                if t[e - 1] == "." and mo:
                    e = mo.end()
                elif t[e - 1] == "." and t[e:e + 1] not in (")", "/"):
                    e -= 1
                if any(s < b and a < e for a, b in spans.get(d, [])):
                    continue
                negs.append({"doc_id": d, "span": [s, e], "text": t[s:e]})
                if show:
                    print(d, [s, e], repr(t[max(0, s - 30):e + 15]))
        return negs

    def build(self, sources: dict, show: bool = False) -> None:
        """Number, check and write gold/claims.jsonl, negatives.jsonl and sources.json."""
        self._numbered()
        self._validate()
        negs = self._negatives(show)
        src_used = sorted({c["source"] for c in self.claims if c["source"]}
                          | {a for c in self.claims for a in c["alt_sources"]})
        missing = [s for s in src_used if s not in sources]
        assert not missing, missing
        # each source pattern should match the article's mention for claims that use it
        for c in self.claims:
            for sid in [c["source"]] + c["alt_sources"]:
                if sid and not any(re.search(p, self.text[c["doc_id"]], re.I) for p in sources[sid]["patterns"]):
                    raise AssertionError(("no pattern of", sid, "in", c["doc_id"]))
        gold = os.path.join(self.here, "gold")
        os.makedirs(gold, exist_ok=True)
        with open(os.path.join(gold, "claims.jsonl"), "w", encoding="utf-8") as f:
            for c in self.claims:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        with open(os.path.join(gold, "negatives.jsonl"), "w", encoding="utf-8") as f:
            for x in negs:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
        with open(os.path.join(gold, "sources.json"), "w", encoding="utf-8") as f:
            json.dump({k: sources[k] for k in src_used}, f, ensure_ascii=False, indent=1)
        print(len(self.claims), "claims,", sum(not c["optional"] for c in self.claims), "required,",
              len(negs), "negatives,", len(src_used), "sources")

    def show(self, numwords=NUMWORDS, digits: bool = True, alt_texts: bool = True) -> None:
        """The second reading: every claim in its sentence with all its fields (the counted alternatives
        as their texts, or with ``alt_texts=False`` as their number), then the number words (and with
        ``digits`` the digit strings) of each article that no claim covers."""
        for c in self.claims:
            t = self.text[c["doc_id"]]
            s, e = c["span"]
            a = max(t.rfind(". ", 0, s) + 2, 0)
            b = t.find(". ", e)
            b = len(t) if b < 0 else b + 1
            calt = [t[x:y] for x, y in c["counted_alt_spans"]] if alt_texts else len(c["counted_alt_spans"])
            print(f"{c['id']} {'(opt) ' if c['optional'] else ''}[{c['text']}] {c['low']}..{c['high']} {c['bound']} "
                  f"{c['unit']} {c['measure']}{' INC' if c['increment'] else ''}{' HEDGED' if c['hedged'] else ''} "
                  f"src={c['source']}{c['alt_sources'] or ''} counted=[{c['counted_text']}]+{calt} "
                  f"group={c['who_group']} nat={c['who_nationality']}{c['who_nationality_alt'] or ''} "
                  f"place={c['who_place']}{c['who_place_alt'] or ''} | {c['subject']}")
            print("    ", t[a:s] + "<<" + t[s:e] + ">>" + t[e:b])
        print("\n# number words and digit strings no claim covers" if digits else "\n# number words no claim covers")
        for m in self.meta:
            d, t = m["id"], self.text[m["id"]]
            spans = [c["span"] for c in self.claims if c["doc_id"] == d]
            for rx in (numwords, DIGITS) if digits else (numwords,):
                for x in rx.finditer(t):
                    if not any(a <= x.start() < b for a, b in spans):
                        print(d, x.group(0), "|", t[max(0, x.start() - 30):x.end() + 30].replace("\n", " "))

    def main(self, sources: dict, numwords=None, digits: bool = True, alt_texts: bool = True, argv=None) -> None:
        """A set's `build_gold.py`: build (`--show-neg` prints the negatives); where the set has a second
        reading (``numwords`` given), `--show` prints it (``show``)."""
        argv = sys.argv if argv is None else argv
        self.build(sources, show="--show-neg" in argv)
        if numwords is not None and "--show" in argv:
            self.show(numwords, digits, alt_texts)
