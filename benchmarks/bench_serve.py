"""How fast the web app answers and how long the report takes, on the 1,028 bench articles.

Builds the database of the 10kGNAD test split with ``claimledger run`` (or reuses ``--db``),
times ``claimledger report`` for it (target: under 10 s), then starts ``claimledger serve`` in
its own process on a free loopback port and sends a bounded number of
``GET /api/claims?limit=50`` requests from a few keep-alive connections (target: at least
500 requests/s). Only 127.0.0.1 is ever contacted. Prints the numbers and the machine.

    .venv/bin/python benchmarks/bench_serve.py [--db FILE] [--requests 6000] [--connections 4]
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "10kGNAD_test.csv"
PATH = "/api/claims?limit=50"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_db(db: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claimledger", "run", str(CORPUS), "--db", str(db),
                    "-q"], check=True)
    return time.perf_counter() - t0


def time_report(db: Path, out: Path) -> float:
    """Wall time of the whole command, as a user waits for it (start-up included)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claimledger", "report", "--db", str(db),
                    "-o", str(out)], check=True)
    return time.perf_counter() - t0


def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("serve exited before it answered")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/series")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("serve did not answer in time")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), to tell server cost from the
    waiting a busy shared machine adds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(port: int, total: int, connections: int) -> tuple[float, int, int]:
    """Send ``total`` requests over ``connections`` keep-alive connections; returns
    (seconds, ok responses, bytes)."""
    per = total // connections
    ok = [0] * connections
    size = [0] * connections

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for _ in range(per):
            conn.request("GET", PATH)
            r = conn.getresponse()
            body = r.read()
            if r.status == 200:
                ok[i] += 1
                size[i] += len(body)
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, sum(ok), sum(size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="reuse this database instead of building one")
    ap.add_argument("--requests", type=int, default=6000)
    ap.add_argument("--connections", type=int, default=4)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    db = args.db
    if db is None:
        if not CORPUS.exists():
            raise SystemExit(f"bench corpus not found: {CORPUS} (the shared folder beside the "
                             "project root)")
        db = tmp / "bench.duckdb"
        print(f"building the database of {CORPUS.name}: {build_db(db):.1f} s")
    report_s = time_report(db, tmp / "report.html")
    size = (tmp / "report.html").stat().st_size
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "claimledger", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    try:
        wait_ready(port, proc)
        load(port, 200, args.connections)  # warm-up
        cpu0 = cpu_seconds(proc.pid)
        secs, ok, nbytes = load(port, args.requests, args.connections)
        cpu1 = cpu_seconds(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    rps = ok / secs
    print(f"report: {report_s:.2f} s for {db.name} ({size / 1e6:.1f} MB)  "
          f"[target < 10 s: {'ok' if report_s < 10 else 'MISSED'}]")
    print(f"serve: GET {PATH}: {ok} ok responses in {secs:.2f} s over {args.connections} "
          f"keep-alive connections = {rps:.0f} requests/s, {nbytes / ok / 1e3:.1f} kB each  "
          f"[target >= 500/s: {'ok' if rps >= 500 else 'MISSED'}]")
    if cpu0 is not None and cpu1 is not None and cpu1 > cpu0:
        per = (cpu1 - cpu0) / ok
        print(f"serve: {per * 1e3:.2f} ms of server CPU per request = {1 / per:.0f} "
              "requests/s per core when the server has a core to itself")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}, Python "
          f"{platform.python_version()}, {platform.system()} {platform.release()}; client and "
          "server share the machine")


if __name__ == "__main__":
    main()
