"""Write articles/*.txt and meta.jsonl for the rows chosen by pick_rows.py."""
import json
from pick_rows import picked, rows
meta = []
for n, (cat, i) in enumerate(picked):
    did = f"h{n:02d}_{cat.lower()}_{i}"
    with open(f"articles/{did}.txt", "w", encoding="utf-8", newline="") as f:
        f.write(rows[i][1])
    meta.append({"id": did, "outlet": "derStandard", "category": cat, "bench_row": i})
with open("meta.jsonl", "w", encoding="utf-8") as f:
    for m in meta:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
