"""The `claimledger ledger` command."""

from __future__ import annotations

import json

from click.testing import CliRunner
from test_reconcile_helpers import mk

from claimledger.cli.ledger_cmd import command as ledger_command


def _group_or_command():
    """The CLI group when it imports (other commands may be in progress), else the command."""
    try:
        from claimledger.cli import main
        return main, ["ledger"]
    except Exception:  # pragma: no cover - depends on sibling modules
        return ledger_command, []


def _write(tmp_path, claims, extra_lines=()):
    p = tmp_path / "claims.jsonl"
    lines = [json.dumps(c.to_json()) for c in claims] + list(extra_lines)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_ledger_to_stdout_and_file(tmp_path):
    claims = [mk("a", 1000, time="2023-02-07", source="x"),
              mk("b", 3000, time="2023-02-07", source="y")]
    p = _write(tmp_path, claims)
    cli, pre = _group_or_command()
    r = CliRunner().invoke(cli, pre + [str(p)])
    assert r.exit_code == 0, r.output
    led = json.loads(r.stdout)
    assert set(led) == {"series", "disagreements", "updates", "relations", "gaps"}
    assert led["disagreements"][0]["claims"] == ["a", "b"]
    out = tmp_path / "ledger.json"
    r = CliRunner().invoke(cli, pre + [str(p), "-o", str(out)])
    assert r.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == led


def test_malformed_lines_reported_with_file_and_line(tmp_path):
    p = _write(tmp_path, [mk("a", 1000, time="2023-02-07")], ["{not json", '{"id": "x"}', "[1]"])
    r = CliRunner().invoke(ledger_command, [str(p)])
    assert r.exit_code == 1   # the ledger of the good lines is written; the status says some failed
    assert f"{p}:2:" in r.stderr and f"{p}:3:" in r.stderr and f"{p}:4:" in r.stderr
    assert json.loads(r.stdout)["series"][0]["estimates"][0]["claims"] == ["a"]


def test_only_garbage_is_an_error(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text("nope\n", encoding="utf-8")
    r = CliRunner().invoke(ledger_command, [str(p)])
    assert r.exit_code != 0 and f"{p}:1:" in r.stderr
