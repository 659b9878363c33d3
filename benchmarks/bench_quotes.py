"""How often a figure inside a quotation is attributed to the quotation's speaker.

Measured on the German news quotation dataset in ``../shared/external/quotes-de`` (Wikinews
articles whose quotations carry an annotated speaker; see its README). Two numbers per split:

* **figures**: every figure (``scan_figures``) inside an annotated quotation that has a
  speaker — the question the ledger asks ("who says this number?");
* **quotes**: every annotated quotation with a speaker, probed at the middle of its first
  span — a larger sample of the same decision (the measure the test floor used before).

A hit is a source whose span overlaps an annotated speaker span. The dataset annotates
anaphoric words as the speaker and does not link them to their antecedent; SPEC Contract 1
wants the antecedent as our source ("where the mention is a pronoun, text names the
antecedent"). So:

* an anaphoric speaker — a pronoun ("Er", "Diese", "denen"), an anaphoric adverb
  ("Demnach", "Danach") or a definite article with a bare report noun ("den Angaben", "dem
  Bericht": the report named before) — counts as hit when our source shares a capitalised
  word with a non-anaphoric speaker annotated in the same article (the antecedent is one of
  the article's speakers);
* a reflexive report phrase ("nach eigenen Angaben", "nach eigener Aussage") refers to the
  subject of its own clause, so it counts as hit when our source stands in the same
  sentence, before the phrase;
* a source that names the speaker by the same name at another mention (every capitalised
  word of the annotated speaker, its article aside, is a word of our source: "SPD" for "Die
  SPD", "Gülsen Celebi" for "Celebi") is a hit: a carried or resolved source points at the
  mention where the name was given, the dataset at the one nearest the quotation.

Phrases that name no one and refer to nothing ("Berichten zufolge", "nach ersten Angaben")
are scored as annotated: a cue governs them, so our source is the phrase itself (SPEC).

    .venv/bin/python benchmarks/bench_quotes.py [--split dev|train|both] [--errors N]

Use train for development and dev for checking; a held-out split exists that neither sees.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.extract.attribution import DocumentAttributor, lexicon
from claimledger.extract.figures import scan_figures
from claimledger.extract.sentences import split_sentences
from claimledger.lang import load_pack

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "external" / "quotes-de"
_PRONOUNS = {"er", "sie", "ich", "wir", "es", "man", "ihr", "du",
             # demonstrative and relative pronouns standing alone as the speaker
             "dieser", "diese", "dieses", "dies", "der", "die", "das", "denen", "dem"}
# adverbs that refer to a report named before ("Demnach stieg …")
_ANAPHORIC_ADVERBS = {"demnach", "danach", "demzufolge", "dementsprechend"}
_DEFINITE = {"der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesem", "diesen", "dieses"}
_REFLEXIVE = {"eigenen", "eigener", "eigenem", "eigene"}


@dataclass
class Miss:
    """One probe whose source did not match the annotated speaker (for error analysis)."""

    doc: str
    pos: int
    speaker: str
    got: str | None
    context: str
    figure: bool = False


@dataclass
class Score:
    """Hits over probes, for figures in quotations and for quotations themselves."""

    fig_hit: int = 0
    fig_n: int = 0
    quote_hit: int = 0
    quote_n: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def figures(self) -> float:
        return self.fig_hit / self.fig_n if self.fig_n else 0.0

    @property
    def quotes(self) -> float:
        return self.quote_hit / self.quote_n if self.quote_n else 0.0


def _anaphoric(text: str, lx) -> bool:
    """A speaker annotation that names no one but refers to someone named before."""
    words = text.strip().lower().split()
    if len(words) == 1:
        return words[0] in _PRONOUNS or words[0] in _ANAPHORIC_ADVERBS
    return len(words) == 2 and words[0] in _DEFINITE and lx.is_doc_noun(words[1])


def _reflexive(text: str, lx) -> bool:
    """"eigenen Angaben": a report phrase that refers to the subject of its clause."""
    words = text.strip().lower().split()
    return len(words) == 2 and words[0] in _REFLEXIVE and lx.is_doc_noun(words[1])


def _hit(src, speaker: dict, names: set[str], lx, sentence_of) -> bool:
    if src is None or not src.span:
        return False
    s0, s1 = src.span
    if any(s0 < b["charEnd"] and b["charBegin"] < s1 for b in speaker["spans"]):
        return True
    named = {w for w in speaker["text"].split() if w[:1].isupper() and w.lower() not in _DEFINITE}
    if named and named <= set(src.text.split()):
        return True
    if _anaphoric(speaker["text"], lx):
        return bool({w for w in src.text.split() if w[:1].isupper()} & names)
    if _reflexive(speaker["text"], lx):
        b0 = speaker["spans"][0]["charBegin"]
        return s1 <= b0 and sentence_of(s0) == sentence_of(b0)
    return False


def score_split(directory: Path, keep_misses: bool = False) -> Score:
    """Score every article of one split directory."""
    pack = load_pack("de")
    lx = lexicon(pack)
    sc = Score()
    for f in sorted(directory.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        text = d["originalText"]
        sents = split_sentences(text, pack)
        starts = [s.start for s in sents]
        at = DocumentAttributor(text, sents, pack)
        anns = [a for a in d["annotations"] if (a.get("speaker") or {}).get("spans")
                and (a.get("quote") or {}).get("spans")]
        names = {w for a in anns if not _anaphoric(a["speaker"]["text"], lx)
                 for w in a["speaker"]["text"].split()
                 if w[:1].isupper() and w.lower() not in _DEFINITE}

        def sentence_of(pos: int) -> int:
            return bisect.bisect_right(starts, pos)

        def probe(pos: int, a: dict, figure: bool = False) -> bool:
            idx = max([i for i, s in enumerate(starts) if s <= pos] or [0])
            src = at.attribute(idx, pos, pos + 1).source
            ok = _hit(src, a["speaker"], names, lx, sentence_of)
            if not ok and keep_misses:
                sc.misses.append(Miss(f.stem, pos, a["speaker"]["text"], src.text if src else None,
                                      text[max(0, pos - 200):pos + 120].replace("\n", " "), figure))
            return ok

        for a in anns:
            qs = a["quote"]["spans"]
            sc.quote_n += 1
            sc.quote_hit += probe((qs[0]["charBegin"] + qs[0]["charEnd"]) // 2, a)
            for q in qs:
                for fig in scan_figures(text, pack, q["charBegin"], q["charEnd"]):
                    sc.fig_n += 1
                    sc.fig_hit += probe(fig.start, a, True)
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "train", "both"], default="both")
    ap.add_argument("--data", type=Path, default=DATA, help="the quotes-de folder")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses")
    ap.add_argument("--figures", action="store_true", help="print misses of figures only")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"quotes-de not found at {args.data}", file=sys.stderr)
        return 2
    splits = ["dev", "train"] if args.split == "both" else [args.split]
    for split in splits:
        t0 = time.perf_counter()
        sc = score_split(args.data / split, keep_misses=args.errors > 0)
        dt = time.perf_counter() - t0
        print(f"{split:5s}: figures in quotations {sc.figures:.3f} ({sc.fig_hit}/{sc.fig_n}); "
              f"quotations {sc.quotes:.3f} ({sc.quote_hit}/{sc.quote_n}); {dt:.1f} s")
        misses = [m for m in sc.misses if m.figure or not args.figures]
        for m in misses[:args.errors]:
            print(f"  {m.doc}@{m.pos} want {m.speaker!r} got {m.got!r}\n    …{m.context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
