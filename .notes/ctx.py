import json, sys, re
from pathlib import Path
R = Path("/work/wt/attr/tests/data")
for arg in sys.argv[2:]:
    for l in open(R / sys.argv[1] / "gold" / "claims.jsonl"):
        g = json.loads(l)
        if g["id"] == arg:
            f = next((R / sys.argv[1] / "articles").glob(g["doc_id"] + ".*"))
            t = f.read_text()
            a, b = g["span"]
            s = max(t.rfind(". ", 0, a), 0); s = max(t.rfind(". ", 0, s - 1), 0)
            print(f"== {arg} gold src={g['source']} alt={g.get('alt_sources')}\n   ", t[s:b + 150].replace("\n", " "))
