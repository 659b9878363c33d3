"""Pick 20 held-out rows from 10kGNAD_test.csv: 2-3 per category, >=3 figures, <~4000 chars, seed 2026."""
import csv, random, re, collections
CSV = "/work/wt/shared/corpus/bench/10kGNAD_test.csv"
USED = {17, 53, 67, 68, 69, 102, 137, 153, 175, 176, 225, 256, 259, 261, 347, 374, 396, 400, 411, 522,
        595, 603, 633, 701, 711, 765, 778, 780, 838, 842, 855, 877, 880, 932, 949, 955, 959, 963, 974, 995}
NUMW = r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Hälfte|Millionen|Milliarden)\b"
rows = list(csv.reader(open(CSV, encoding="utf-8"), delimiter=";", quotechar="'"))
bycat = collections.defaultdict(list)
for i, r in enumerate(rows):
    if i < 1 or i in USED or len(r) < 2:
        continue
    cat, text = r[0], r[1]
    nfig = len(re.findall(r"\d+(?:[.,]\d+)*", text)) + len(re.findall(NUMW, text, re.I))
    if nfig >= 3 and len(text) <= 2500:
        bycat[cat].append(i)
rng = random.Random(2026)
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
    for c, i in picked:
        print(c, i, len(rows[i][1]))
