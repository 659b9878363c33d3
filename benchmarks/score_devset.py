"""Quality on the real-news dev set (tests/data/devset) or the held-out sets
(tests/data/heldout, tests/data/heldout2, tests/data/heldout3, tests/data/heldout4, tests/data/heldout5, tests/data/heldout6, tests/data/heldout7, tests/data/heldout8, tests/data/heldout9, tests/data/heldout10, tests/data/heldout11, tests/data/heldout12, tests/data/heldout13, tests/data/heldout14, tests/data/heldout15, tests/data/heldout16, tests/data/heldout17, tests/data/heldout18, tests/data/heldout19, tests/data/heldout20, tests/data/heldout21, tests/data/heldout22, tests/data/heldout23), against the bars of issue 6.

    python benchmarks/score_devset.py [--set devset|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23] [--errors]

Extracts the annotated derStandard articles (40 in the dev set; 20 in each held-out set, which
were annotated blind by other annotators), scores them with the project's scorer
(tests/support/score_claims.py, a copy of shared/tools/score_claims.py) and prints each
metric beside its bar; --errors lists every miss, spurious claim and wrong field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"devset": ROOT / "tests" / "data" / "devset", "heldout": ROOT / "tests" / "data" / "heldout",
        "heldout2": ROOT / "tests" / "data" / "heldout2",
        "heldout3": ROOT / "tests" / "data" / "heldout3",
        "heldout4": ROOT / "tests" / "data" / "heldout4",
        "heldout5": ROOT / "tests" / "data" / "heldout5",
        "heldout6": ROOT / "tests" / "data" / "heldout6",
        "heldout7": ROOT / "tests" / "data" / "heldout7",
        "heldout8": ROOT / "tests" / "data" / "heldout8",
        "heldout9": ROOT / "tests" / "data" / "heldout9",
        "heldout10": ROOT / "tests" / "data" / "heldout10",
        "heldout11": ROOT / "tests" / "data" / "heldout11",
        "heldout12": ROOT / "tests" / "data" / "heldout12",
        "heldout13": ROOT / "tests" / "data" / "heldout13",
        "heldout14": ROOT / "tests" / "data" / "heldout14",
        "heldout15": ROOT / "tests" / "data" / "heldout15",
        "heldout16": ROOT / "tests" / "data" / "heldout16",
        "heldout17": ROOT / "tests" / "data" / "heldout17",
        "heldout18": ROOT / "tests" / "data" / "heldout18",
        "heldout19": ROOT / "tests" / "data" / "heldout19",
        "heldout20": ROOT / "tests" / "data" / "heldout20",
        "heldout21": ROOT / "tests" / "data" / "heldout21",
        "heldout22": ROOT / "tests" / "data" / "heldout22",
        "heldout23": ROOT / "tests" / "data" / "heldout23"}
sys.path.insert(0, str(ROOT / "tests" / "support"))

BARS = {"precision": 0.95, "recall": 0.92, "value_acc": 0.98, "measure_acc": 0.92,
        "counted_acc": 0.90, "group_acc": 0.90, "nationality_acc": 0.90, "place_acc": 0.90}


def main() -> None:
    import score_claims

    from claimledger.extract.pipeline import extract_document
    from claimledger.ingest import read_documents
    from claimledger.lang import load_pack

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--set", choices=sorted(SETS), default="devset")
    a = ap.parse_args()
    dev = SETS[a.set]
    pack = load_pack("de")
    system = []
    for doc in read_documents(sorted((dev / "articles").glob("*.txt")), meta=dev / "meta.jsonl",
                              on_error=lambda *_: None):
        system += [c.to_json() for c in extract_document(doc, pack)]

    def jsonl(name: str) -> list[dict]:
        return [json.loads(x) for x in (dev / "gold" / name).read_text(encoding="utf-8").splitlines() if x]

    sources = json.loads((dev / "gold" / "sources.json").read_text(encoding="utf-8"))
    summary, errors, _ = score_claims.score_claims(system, jsonl("claims.jsonl"), jsonl("negatives.jsonl"), sources)
    for k, v in summary.items():
        bar = BARS.get(k)
        shown = f"{v:.3f}" if isinstance(v, float) else str(v)
        mark = "" if bar is None or v is None else ("  ok" if v >= bar else f"  below {bar:.2f}")
        print(f"{k:18s} {shown}{mark}")
    if a.errors:
        for e in errors:
            print(" | ".join(str(x) for x in e))


if __name__ == "__main__":
    main()
