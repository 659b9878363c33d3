"""Pick 20 new held-out rows from 10kGNAD_test.csv: 2 per category + 2 from the largest pools,
>=3 digit strings or number words, <=2,800 chars, seed 2027; rows of every earlier set excluded."""
import csv, glob, json, os, random, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CSV = "/work/shared/corpus/bench/10kGNAD_test.csv"
# rows used by the dev set, the first held-out set and any other set under tests/data
USED = set()
for p in glob.glob(os.path.join(HERE, "..", "**", "meta.jsonl"), recursive=True):
    if os.path.abspath(p) == os.path.join(HERE, "meta.jsonl"):
        continue
    for line in open(p, encoding="utf-8"):
        if line.strip() and "bench_row" in json.loads(line):
            USED.add(json.loads(line)["bench_row"])
NUMW = r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Hälfte|Millionen|Milliarden)\b"
rows = list(csv.reader(open(CSV, encoding="utf-8"), delimiter=";", quotechar="'"))
bycat = collections.defaultdict(list)
for i, r in enumerate(rows):
    if i < 1 or i in USED or len(r) < 2:
        continue
    cat, text = r[0], r[1]
    nfig = len(re.findall(r"\d+(?:[.,]\d+)*", text)) + len(re.findall(NUMW, text, re.I))
    if nfig >= 3 and len(text) <= 2800:
        bycat[cat].append(i)
rng = random.Random(2027)
cats = sorted(bycat)
picked = []
for c in cats:
    picked += [(c, i) for i in rng.sample(bycat[c], 2)]
# 9 categories x 2 = 18; two more from the largest pools
extra = sorted(cats, key=lambda c: -len(bycat[c]))[:2]
for c in extra:
    rest = [i for i in bycat[c] if (c, i) not in picked]
    picked.append((c, rng.choice(rest)))
picked.sort(key=lambda x: x[1])
if __name__ == "__main__":
    print(len(USED), "rows excluded;", {c: len(bycat[c]) for c in cats})
    for c, i in picked:
        print(c, i, len(rows[i][1]))
