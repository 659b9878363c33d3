import json, sys
from pathlib import Path
D = Path("/work/shared/external/quotes-de")
doc, pos = sys.argv[1], int(sys.argv[2])
f = next(p for s in ("train", "dev") for p in [D / s / f"{doc}.json"] if p.exists())
d = json.loads(f.read_text())
t = d["originalText"]
print(t[max(0, pos - int(sys.argv[3]) if len(sys.argv) > 3 else pos - 500):pos + 200])
for a in d["annotations"]:
    qs = (a.get("quote") or {}).get("spans") or []
    if any(q["charBegin"] <= pos < q["charEnd"] for q in qs):
        print("QUOTE:", a["quote"]["text"][:200]); print("SPEAKER:", a.get("speaker", {}).get("text"), "CUE:", (a.get("cue") or {}).get("text"), "FRAME:", (a.get("frame") or {}).get("text"))
