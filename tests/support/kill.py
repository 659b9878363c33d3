"""Kill a child process while it sits inside a database write transaction (crash tests)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def kill_in_transaction(child: str, *args: str) -> list[str]:
    """Run ``python -c child args…``; SIGKILL it once it prints a line starting with
    "IN_TXN"; return the lines it printed up to then."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    p = subprocess.Popen([sys.executable, "-c", child, *args], stdout=subprocess.PIPE, text=True,
                         env=env)
    assert p.stdout is not None
    lines = []
    try:
        for line in p.stdout:
            lines.append(line.strip())
            if line.startswith("IN_TXN"):
                break
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=20)
    return lines
