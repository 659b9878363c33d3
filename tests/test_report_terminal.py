"""Terminal output that fits: run's summary, show's tables, filter errors, collapsed warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.cli.messages import kind_of
from claimledger.cli.problems import Problems
from ui_support import build_db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("terminal"))


def cli(args: list[str], monkeypatch: pytest.MonkeyPatch, width: int = 80):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", str(width))
    return CliRunner().invoke(main, args)


def test_show_fits_80_columns_with_units(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = cli(["show", "--db", str(db)], monkeypatch)
    assert r.exit_code == 0, r.output
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    assert "┃ unit" in r.stdout and "person" in r.stdout and "USD" in r.stdout
    titles = [x.strip() for x in r.stdout.splitlines() if " — " in x and "│" not in x]
    assert len(titles) == len(set(titles)), "a series heading printed twice"


def test_show_claims_as_table(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = cli(["show", "--db", str(db), "--what", "claims", "--measure", "deployed"], monkeypatch)
    assert r.exit_code == 0, r.output
    assert "Claims" in r.stdout and "≈ 11,000" in r.stdout and "kr.nis" in r.stdout
    assert max(len(line) for line in r.stdout.splitlines()) <= 80


def test_unknown_filter_values_are_errors(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = cli(["show", "--db", str(db), "--measure", "deployd"], monkeypatch)
    assert r.exit_code == 2 and "deployed" in r.stderr and "casualties" in r.stderr
    r = cli(["show", "--db", str(db), "--subject", "martians", "--format", "csv"], monkeypatch)
    assert r.exit_code == 2 and "North Korean troops" in r.stderr


def test_run_ends_with_a_short_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = Path(__file__).resolve().parents[1] / "examples" / "seeds"
    r = cli(["run", str(seeds), "--meta", str(seeds / "meta.jsonl"),
             "--db", str(tmp_path / "s.duckdb")], monkeypatch)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) < 40 and max(len(x) for x in lines) <= 80
    assert lines[0].startswith("5 documents · ") and " series · " in lines[0]
    assert "disagreements" in lines[0] and "gaps" in lines[0]
    assert "Top " in r.stdout and "North Korean troops — deployed" in r.stdout
    assert "claimledger show" in r.stdout


def test_repeated_warnings_collapse(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Es kamen {i + 10} Menschen."})
                           + "\n" for i in range(30)), encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "c.jsonl")])
    assert r.exit_code == 0, r.output
    warnings = [x for x in r.stderr.splitlines() if "no publication date" in x]
    assert len(warnings) == 1 and "(30×)" in warnings[0] and "27 more" in warnings[0]


def test_problems_group_warnings_by_kind(capsys: pytest.CaptureFixture[str]) -> None:
    rep = Problems()
    rep("a.html", "warning: not UTF-8; decoded as cp1252")
    rep("b.html", "warning: not UTF-8; decoded as cp1252")
    rep("c.csv", "warning: unreadable publication date '31.02.2025'; ignored")
    rep("d.pdf", "unsupported file type")
    assert "error: d.pdf: unsupported file type" in capsys.readouterr().err
    rep.flush()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "(2×)" in err[0] and "a.html, b.html" in err[0]
    assert "c.csv" in err[1]
    assert kind_of("date '1.2.2025' in 3 rows") == kind_of("date '5.6.2024' in 12 rows")


def test_run_summary_reads_what_the_full_story_holds(db: Path) -> None:
    """``run`` prints its summary from the ledger, counts and units alone; they must be the
    counts and units a full read of the database gives."""
    from io import StringIO

    from rich.console import Console

    from claimledger.report.summary import render_summary
    from claimledger.report.view import load_story, load_summary

    story, summary = load_story(db), load_summary(db)
    assert summary.counts() == story.counts()
    assert [s.unit for s in summary.ledger.series] == [s.unit for s in story.ledger.series]
    outs = []
    for view in (story, summary):
        buf = StringIO()
        render_summary(view, Console(file=buf, width=100), str(db))
        outs.append(buf.getvalue())
    assert outs[0] == outs[1] and "Top " in outs[0]


def test_run_prints_the_summary_the_database_gives(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """``run`` renders its summary from the ledger it just saved, without reading the
    database back: it must be the summary a read of that database gives."""
    from io import StringIO

    from rich.console import Console

    from claimledger.report.summary import render_summary
    from claimledger.report.view import load_story

    seeds = Path(__file__).resolve().parents[1] / "examples" / "seeds"
    db = tmp_path / "s.duckdb"
    r = cli(["run", str(seeds), "--meta", str(seeds / "meta.jsonl"), "--db", str(db)],
            monkeypatch)
    assert r.exit_code == 0, r.output
    buf = StringIO()
    render_summary(load_story(db), Console(file=buf, width=80), str(db))
    assert r.stdout == buf.getvalue()
