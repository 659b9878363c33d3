"""Shared by the report, serve and browser tests: a database of the bundled seed articles
plus one hostile article, built once per test session with the real pipeline."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
HOSTILE_ID = "hostile"
HOSTILE_TEXT = (
    "Angriff auf die Leser\n\n"
    "Laut Polizei <script>window.__pwned = 1; alert('x')</script> wurden 300 Menschen "
    "verletzt. <img src=x onerror=\"window.__pwned = 2\"> Das Innenministerium sagte, "
    "mindestens 12 Menschen seien getötet worden.\n"
)
HOSTILE_OUTLET = "Evil <b onmouseover=alert(1)>News</b>"


def build_db(tmp: Path) -> Path:
    """The seed corpus and the hostile article in a fresh database under ``tmp``."""
    from claimledger.runner import run

    corpus = tmp / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / f"{HOSTILE_ID}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    meta = corpus / "meta.jsonl"
    with meta.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": HOSTILE_ID, "path": f"{HOSTILE_ID}.txt", "language": "de",
                            "outlet": HOSTILE_OUTLET, "published": "2025-05-01"}) + "\n")
    db = tmp / "story.duckdb"
    res = run([corpus], meta=meta, db=db)
    assert res.documents_read == 6, res.failed
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(db: Path) -> Iterator[str]:
    """``claimledger serve``'s app on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    from claimledger.serve import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
