"""Write articles/*.txt and meta.jsonl for the rows chosen by pick_rows.py."""
import json, os
from pick_rows import picked, rows
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
meta = []
for n, (cat, i) in enumerate(picked):
    did = f"q{n:02d}_{cat.lower()}_{i}"
    with open(os.path.join(HERE, "articles", f"{did}.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[i][1])
    meta.append({"id": did, "outlet": "derStandard", "category": cat, "bench_row": i})
with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
    for m in meta:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
