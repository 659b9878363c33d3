"""Every system source on matched gold claims: kind, cue, text, right/wrong -> kinds.<tag>.tsv"""
import json, sys
from pathlib import Path
sys.path.insert(0, "benchmarks"); sys.path.insert(0, "/work/shared/tools")
import score_claims
from score_devset import SETS
from claimledger.extract.pipeline import extract_document
from claimledger.ingest import read_documents
from claimledger.lang import load_pack
pack = load_pack("de")
out = open(f".notes/kinds.{sys.argv[1]}.tsv", "w")
for name in ["devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]:
    dev = SETS[name]
    system = []
    for doc in read_documents(sorted((dev / "articles").glob("*.txt")), meta=dev / "meta.jsonl", on_error=lambda *_: None):
        system += [c.to_json() for c in extract_document(doc, pack)]
    gold = [json.loads(x) for x in (dev / "gold" / "claims.jsonl").read_text().splitlines() if x]
    sources = json.loads((dev / "gold" / "sources.json").read_text())
    m = score_claims.match(system, gold)
    for gi, si in m.items():
        s, g = system[si], gold[gi]
        src = s.get("source")
        if not src: continue
        ok = score_claims.source_ok(s, g, sources)
        print(name, g["id"], "OK" if ok else "BAD", src.get("id"), src.get("kind"), src.get("cue"), src.get("text"), g.get("source"), sep="\t", file=out)
