import json, sys
a = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
b = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
n = 0
for k in sorted(set(a) | set(b)):
    x, y = a.get(k), b.get(k)
    if x != y:
        n += 1
        if x is None or y is None:
            print(k, "only in", "new" if x is None else "base", (x or y)["text"]); continue
        diffs = [f for f in x if x[f] != y.get(f)]
        print(k, x["text"], diffs, "|", {f: x[f] for f in diffs if f != "source"}, x.get("source") and (x["source"]["text"], x["source"]["id"]), "->", y.get("source") and (y["source"]["text"], y["source"]["id"]))
        if "source" in diffs: print("    ", x["sentence"][:250])
print(n, "differ")
