"""Worst-case inputs for extraction: documents that are one enormous line.

A line of numbers and words without a single sentence end is the input that once made
extraction quadratic (every figure re-read its whole sentence) and the claims file
quadratic too (every claim copied its sentence). Each case runs in a fresh subprocess so
that its peak memory is its own; the script prints seconds, peak RSS, claims, the size of
the claims file relative to the input, and the machine, and exits non-zero when a limit of
issue 10 is broken (5 MB: < 10 s and < 300 MB; 47 KB: < 2 s).

    .venv/bin/python benchmarks/bench_worst_case.py [--sizes 47000,5000000] [--shape words]

``--shape quotes`` (one quoted statement after another) is not in the default set: on the
attribution module of this branch each quote looks at every later quote of the document,
which costs ~25 s at 5 MB even with the per-document figure cap; the attribution rewrite
(extract/attribution/quotes.py) is expected to remove that.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
from pathlib import Path

# (size in bytes, seconds limit, MB limit) from issue 10
LIMITS = {47_000: (2.0, 300.0), 5_000_000: (10.0, 300.0)}
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "seeds"
WORDS = ["Soldaten", "und", "rund", "Tote", "laut", "Angaben", "wurden", "mehr", "als", "bei",
         "Millionen", "Euro", "Prozent", "bis", "zu", "Verletzte", "Menschen", "etwa"]


def make_line(size: int, shape: str, seed: int = 1) -> str:
    """One line of ``size`` characters without sentence punctuation.

    ``words``: numbers (40 %) among counting words; ``digits``: numbers only;
    ``groups``: German thousands groups ("12.345.678") among words; ``prose``: the example
    articles' sentences shuffled into one line (real prose, real figure density);
    ``quotes``: one quoted statement with a figure after another."""
    rnd = random.Random(seed)
    out: list[str] = []
    if shape == "punct":
        # a run of sentence punctuation with no space after it (found by the fuzz test: the
        # sentence splitter retried it at every position)
        return "?" * size
    if shape == "quotes":
        unit = "„Es gab {} Tote“, sagte ein Sprecher der Polizei am Abend. "
        n = 0
        while n < size:
            out.append(unit.format(rnd.randint(2, 999)))
            n += len(out[-1])
        return "".join(out)[:size]
    if shape == "prose":
        sents = [s for p in sorted(EXAMPLES.glob("*.txt"))
                 for s in p.read_text(encoding="utf-8").replace("\n", " ").split(". ") if s]
        n = 0
        while n < size:
            out.append(rnd.choice(sents) + ".")
            n += len(out[-1]) + 1
        return " ".join(out)[:size]
    n = 0
    while n < size:
        if shape == "digits" or rnd.random() < 0.4:
            tok = str(rnd.randint(1, 99999))
            if shape == "groups":
                tok = f"{rnd.randint(1, 999)}.{rnd.randint(0, 999):03d}.{rnd.randint(0, 999):03d}"
        else:
            tok = rnd.choice(WORDS)
        out.append(tok)
        n += len(tok) + 1
    return " ".join(out)[:size]


_CHILD = r"""
import json, resource, sys, time
from claimledger.api import extract
from claimledger.extract.pipeline import extract_document
text = open(sys.argv[1], encoding="utf-8").read()
extract("Es gab 3 Tote.", published="2025-01-01")          # warm up: load the language pack
t0 = time.perf_counter()
claims = extract(text, published="2025-01-01")
secs = time.perf_counter() - t0
size = 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for c in claims:
        line = json.dumps(c.to_json(), ensure_ascii=False, allow_nan=False) + "\n"
        out.write(line)
        size += len(line.encode("utf-8"))
# VmHWM, not ru_maxrss: the latter keeps the peak of the parent that forked this process
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
rss_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": secs, "rss_mb": rss_kb / 1024, "claims": len(claims),
                  "claims_bytes": size}))
"""


def run_case(size: int, shape: str, tmp: Path) -> dict:
    doc = tmp / f"{shape}-{size}.txt"
    doc.write_text(make_line(size, shape), encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", _CHILD, str(doc), str(tmp / "claims.jsonl")],
                         capture_output=True, text=True, timeout=600, check=False)
    if res.returncode != 0:
        return {"error": res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "failed"}
    return json.loads(res.stdout)


def machine() -> str:
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="47000,5000000")
    ap.add_argument("--shape", default="words,digits,groups,prose,punct")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    broken = 0
    with tempfile.TemporaryDirectory() as d:
        for shape in args.shape.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                r = run_case(size, shape, Path(d))
                if "error" in r:
                    print(f"{shape:7} {size / 1e6:6.3f} MB  ERROR {r['error']}")
                    broken += 1
                    continue
                ratio = r["claims_bytes"] / size
                limit = LIMITS.get(size)
                ok = limit is None or (r["seconds"] < limit[0] and r["rss_mb"] < limit[1])
                broken += not ok
                print(f"{shape:7} {size / 1e6:6.3f} MB  {r['seconds']:6.2f} s  "
                      f"{r['rss_mb']:6.0f} MB peak  {r['claims']:7d} claims  claims file "
                      f"{r['claims_bytes'] / 1e6:7.2f} MB ({ratio:.0f}x input)"
                      + ("" if limit is None else
                         f"  limit {limit[0]:.0f} s / {limit[1]:.0f} MB: {'ok' if ok else 'BROKEN'}"))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
