"""The cache of parsed pack tables (claimledger.lang.tablecache): what it hands back is what the
parser gives, for the source as it is now; a damaged, stale or unwritable cache is no cache."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from claimledger.lang import LanguagePack, tablecache

SOURCE = 'a = 1\nb = [1.5, "x", true]\n[t]\nname = "ä"\nnested = { k = -3 }\n'


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_NO_CACHE", raising=False)
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    return tmp_path


def _files(d: Path) -> list[Path]:
    return [p for p in d.iterdir() if p.name.startswith("toml-")]


def test_a_cached_table_is_what_the_parser_gives(cache_dir):
    first = tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads)
    assert len(_files(cache_dir)) == 1
    calls = []

    def parse(s: str) -> dict:
        calls.append(s)
        return tomllib.loads(s)
    second = tablecache.parsed("toml", "xx", "t", SOURCE, parse)
    assert first == second == tomllib.loads(SOURCE) and not calls  # from the file
    assert list(second) == list(tomllib.loads(SOURCE))  # in the parser's order


def test_a_changed_source_is_parsed_again(cache_dir):
    tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads)
    assert tablecache.parsed("toml", "xx", "t", "c = 2\n" + SOURCE, tomllib.loads)["c"] == 2


def test_damaged_files_are_ignored_and_rewritten(cache_dir):
    tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads)
    path = _files(cache_dir)[0]
    good = path.read_bytes()
    for bad in (b"", b"junk", good[:len(good) // 2], good[:-1] + bytes([good[-1] ^ 1]),
                good[:30] + b"\0" * 8 + good[38:]):
        path.write_bytes(bad)
        assert tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads) == tomllib.loads(SOURCE)
        assert path.read_bytes() == good


def test_values_marshal_cannot_hold_are_parsed_every_time(cache_dir):
    src = "day = 2024-10-03\n"
    assert tablecache.parsed("toml", "xx", "d", src, tomllib.loads) == tomllib.loads(src)
    assert _files(cache_dir) == []


def test_off_and_unwritable_caches_parse_as_before(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CLAIMLEDGER_NO_CACHE", "1")
    assert tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads) == tomllib.loads(SOURCE)
    assert list(tmp_path.iterdir()) == []
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.delenv("CLAIMLEDGER_NO_CACHE")
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(blocker / "cache"))
    assert tablecache.parsed("toml", "xx", "t", SOURCE, tomllib.loads) == tomllib.loads(SOURCE)


def test_a_pack_reads_its_tables_through_the_cache(cache_dir):
    root = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "lang" / "de"
    for _ in range(2):
        pack = LanguagePack("de")
        for name in ("time", "numbers"):
            assert pack.table(name) == tomllib.loads((root / f"{name}.toml").read_text(encoding="utf-8"))
    assert len(_files(cache_dir)) == 2
