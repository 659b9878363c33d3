"""Throughput and memory of claim extraction on a real German news corpus.

Runs ``claimledger.api.extract_documents`` over the 10kGNAD test split (1,028 articles,
streamed through ``claimledger.ingest.read_documents``) and, in the same run over the same
texts, a bare numeral regex scan — the floor any figure extractor has to pay. Prints
MB/s, articles/s, claims, the ratio to the regex scan, exceptions per article (must be 0;
each article is guarded separately so one failure cannot hide the rest), peak memory, and
the machine. ``--repeat N`` also runs the corpus concatenated N times, to show that memory
stays flat as the input grows (the reader and the pipeline stream).

    .venv/bin/python benchmarks/bench_extract.py [--limit N] [--repeat 4] [--tracemalloc] [--stages]

``--stages`` also prints the CPU seconds of each stage of ``extract_document`` (boilerplate,
shapes, sentences, figures, proportions, time, attribution, counting, excerpts): the stage
functions are wrapped with a timer for the run, which costs about 2 % more.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# the shared folder sits beside the project root (../shared)
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"
NUMERAL = re.compile(r"\d[\d.,]*")


@dataclass
class PassResult:
    """Measurements of one pass over the (possibly repeated) corpus."""

    repeat: int
    articles: int = 0
    chars: int = 0
    bytes: int = 0
    claims: int = 0
    numerals: int = 0
    extract_s: float = 0.0
    regex_s: float = 0.0
    wall_s: float = 0.0
    exceptions: int = 0
    exception_kinds: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    traced_peak: int | None = None
    maxrss_kb: int = 0
    ingest_failed: int = 0


def _maxrss_kb() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss   # macOS reports bytes


def _docs(corpus: Path, repeat: int, limit: int | None, report) -> Iterator:
    from claimledger.ingest import read_documents

    def one() -> Iterator:
        docs = read_documents([corpus], report=report)
        return itertools.islice(docs, limit) if limit else docs

    return itertools.chain.from_iterable(one() for _ in range(repeat))


def run_pass(corpus: Path, repeat: int, limit: int | None, use_tracemalloc: bool) -> PassResult:
    from claimledger.api import extract_documents
    from claimledger.ingest import IngestReport

    res = PassResult(repeat=repeat)
    report = IngestReport()
    if use_tracemalloc:
        tracemalloc.start()
        tracemalloc.reset_peak()
    t_wall = time.perf_counter()
    for doc in _docs(corpus, repeat, limit, report):
        res.articles += 1
        res.chars += len(doc.text)
        res.bytes += len(doc.text.encode("utf-8"))
        t0 = time.perf_counter()
        res.numerals += sum(1 for _ in NUMERAL.finditer(doc.text))
        t1 = time.perf_counter()
        try:
            res.claims += sum(1 for _ in extract_documents([doc], lang="de"))
        except Exception as e:  # counted, never fatal: the benchmark reports robustness
            res.exceptions += 1
            res.exception_kinds[type(e).__name__] += 1
            if len(res.first_errors) < 5:
                res.first_errors.append(f"{doc.id}: {type(e).__name__}: {e}")
        t2 = time.perf_counter()
        res.regex_s += t1 - t0
        res.extract_s += t2 - t1
    res.wall_s = time.perf_counter() - t_wall
    if use_tracemalloc:
        res.traced_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    res.maxrss_kb = _maxrss_kb()
    res.ingest_failed = report.failed
    return res


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (f"{platform.platform()} | {cpu} | {os.cpu_count()} CPUs | "
            f"Python {platform.python_version()} ({platform.python_implementation()})")


def print_pass(r: PassResult) -> None:
    mb = r.bytes / 1e6
    per = r.exceptions / r.articles if r.articles else 0.0
    print(f"--- corpus x{r.repeat}: {r.articles} articles, {mb:.2f} MB UTF-8, "
          f"{r.chars:,} chars (ingest failures: {r.ingest_failed})")
    if r.extract_s > 0:
        print(f"  extract : {r.extract_s:8.2f} s  {mb / r.extract_s:8.3f} MB/s  "
              f"{r.articles / r.extract_s:9.1f} articles/s  claims {r.claims:,} "
              f"({r.claims / max(1, r.articles):.2f}/article)")
    if r.regex_s > 0:
        print(f"  regex   : {r.regex_s:8.3f} s  {mb / r.regex_s:8.1f} MB/s  "
              f"numerals {r.numerals:,} ({r.numerals / max(1, r.articles):.2f}/article)")
    if r.regex_s > 0 and r.extract_s > 0:
        print(f"  ratio   : extraction takes {r.extract_s / r.regex_s:,.0f}x the regex scan; "
              f"claims/numerals = {r.claims / max(1, r.numerals):.3f}")
    print(f"  wall    : {r.wall_s:.2f} s (reading + both scans)")
    print(f"  errors  : {r.exceptions} exceptions = {per:.4f} per article "
          f"{dict(r.exception_kinds) if r.exception_kinds else ''}")
    for line in r.first_errors:
        print(f"            {line}")
    mem = f"  memory  : maxrss {r.maxrss_kb / 1024:.1f} MB (process high-water mark)"
    if r.traced_peak is not None:
        mem += f"; tracemalloc peak {r.traced_peak / 1e6:.2f} MB during this pass"
    print(mem)


#: the stages of claimledger.extract.pipeline, as the names it calls them by
STAGES = ("boilerplate_spans", "shape_spans", "split_sentences", "scan_limited", "scan_proportions",
          "find_times", "excerpt")


def time_stages() -> dict[str, float]:
    """Wrap the pipeline's stage functions with a CPU timer; returns the running totals."""
    from claimledger.extract import pipeline

    totals: dict[str, float] = {}

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        totals[name] = 0.0

        def run(*a, **k):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                totals[name] += time.process_time() - t
        return run

    from claimledger.extract import time_scope

    for name in STAGES:
        if hasattr(pipeline, name):
            setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    time_scope.find_times = timed("find_times", time_scope.find_times)  # one pass a document
    pipeline.DocumentAttributor.attribute = timed("attribution", pipeline.DocumentAttributor.attribute)
    pipeline.CountAnalyzer.analyse = timed("counting", pipeline.CountAnalyzer.analyse)
    # the whole of it (the API imports it at each call, so it gets this one)
    pipeline.extract_document = timed(_TOTAL, pipeline.extract_document)
    return totals


_TOTAL = "extract_document"


def print_stages(totals: dict[str, float]) -> None:
    total = totals[_TOTAL]
    stages = {k: v for k, v in totals.items() if k != _TOTAL}
    stages["(the rest)"] = total - sum(stages.values())
    print(f"  stages  : {total:.2f} CPU s in extract_document, by stage:")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"            {name:18s} {sec:7.3f} s  {100 * sec / max(total, 1e-9):5.1f} %")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="articles (any format read_documents accepts)")
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus copy")
    ap.add_argument("--repeat", type=int, default=1,
                    help="also run the corpus concatenated N times (memory must stay flat)")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="measure the Python heap peak per pass (slows everything down)")
    ap.add_argument("--stages", action="store_true",
                    help="also print the CPU time of each pipeline stage")
    args = ap.parse_args(argv)

    try:
        import claimledger.extract.pipeline  # noqa: F401  fail fast, not once per article
    except ImportError as e:
        print(f"bench_extract: the extraction pipeline is not importable: {e}", file=sys.stderr)
        return 2
    if not args.corpus.exists():
        print(f"bench_extract: no corpus at {args.corpus}", file=sys.stderr)
        return 2

    # warm-up outside the measurement: language packs load and regexes compile once
    from claimledger.api import extract_documents
    from claimledger.model import Document
    list(extract_documents([Document(id="warmup", text="Rund 1.200 Menschen wurden am "
                                     "Montag evakuiert, sagte ein Sprecher.")], lang="de"))

    totals = time_stages() if args.stages else None
    print(f"machine : {machine()}")
    print(f"corpus  : {args.corpus}" + (f" (limit {args.limit})" if args.limit else ""))
    repeats = sorted({1, max(1, args.repeat)})
    results = []
    for n in repeats:
        r = run_pass(args.corpus, n, args.limit, args.tracemalloc)
        results.append(r)
        print_pass(r)
        if totals is not None:
            print_stages(totals)
            totals.update({k: 0.0 for k in totals})
    if len(results) > 1:
        a, b = results[0], results[-1]
        if a.traced_peak and b.traced_peak:
            print(f"scaling : input x{b.repeat} -> tracemalloc peak x"
                  f"{b.traced_peak / a.traced_peak:.2f}")
        print(f"scaling : input x{b.repeat} -> maxrss {a.maxrss_kb / 1024:.1f} MB -> "
              f"{b.maxrss_kb / 1024:.1f} MB")
    return 1 if any(r.exceptions for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
