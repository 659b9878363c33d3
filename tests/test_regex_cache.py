"""The cache of compiled regular expressions (claimledger.lang.recache): what it hands back is
the pattern the standard library would have compiled, and a bad or unwritable cache is no
cache, never an error."""

from __future__ import annotations

import re
from re import _compiler

import pytest

from claimledger.lang import LanguagePack, recache

PATTERNS = [
    (r"(?<!\w)(?P<adj>russisch|ukrainisch)(?:e|en|er)?\b", 0),
    (r"(?i)\b(?:stand|veröffentlicht)\s*:?\s*$", 0),
    (r"[0-3]?\d\.\s?(?P<m>[01]?\d)\.", re.I),
    ("|".join(f"wort{i}" for i in range(300)), 0),
    (r"(?x) (?P<d>\d+) \s* (?# a comment) (?P=d)", 0),
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_NO_CACHE", raising=False)
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    recache.flush()
    yield tmp_path
    recache.flush()


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # the re module's own cache would hide the compile step
    with recache.active():
        return [re.compile(p, f) for p, f in PATTERNS]


def _fresh() -> list[re.Pattern[str]]:
    return [_compiler.compile(p, f) for p, f in PATTERNS]


def _same(ours: list[re.Pattern[str]], theirs: list[re.Pattern[str]]) -> None:
    for a, b in zip(ours, theirs, strict=True):
        assert a == b  # flags, pattern and the compiled program
        assert a.groupindex == b.groupindex and a.groups == b.groups
        text = "russische 12.03. Stand: wort299 42 42"
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_patterns_from_the_cache_equal_fresh_ones(cache_dir):
    first = _compile_all()
    recache.flush()
    files = list(cache_dir.iterdir())
    assert len(files) == 1 and files[0].stat().st_size > 0
    recache._state["entries"] = None   # as a new process: everything from the file
    second = _compile_all()
    assert not recache._state["dirty"]
    _same(first, _fresh())
    _same(second, _fresh())


def test_damaged_cache_files_are_ignored_and_rewritten(cache_dir):
    _compile_all()
    recache.flush()
    path = recache.cache_file()
    good = path.read_bytes()
    for bad in (b"", b"junk", good[:len(good) // 2], good[:-1] + bytes([good[-1] ^ 1]),
                good[:40] + b"\0" * 32 + good[72:]):
        path.write_bytes(bad)
        recache._state["entries"] = None
        _same(_compile_all(), _fresh())
        recache.flush()
        assert path.read_bytes() == good


def test_an_unwritable_cache_is_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.delenv("CLAIMLEDGER_NO_CACHE", raising=False)
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(blocker / "cache"))
    _same(_compile_all(), _fresh())
    recache.flush()   # no error
    assert blocker.read_text().startswith("a file")


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CLAIMLEDGER_NO_CACHE", "1")
    assert recache.cache_file() is None
    _same(_compile_all(), _fresh())
    recache.flush()
    assert list(tmp_path.iterdir()) == []


def test_a_whole_pack_compiles_to_the_same_programs(cache_dir):
    """Every pattern a language pack's stages compile, taken from the cache, is the one the
    standard library compiles (the cache file of a first build, read by a second)."""
    from claimledger.extract.pipeline import extract_document
    from claimledger.model import Document

    doc = Document(id="x", text="Rund 1.200 Soldaten wurden am Montag verlegt, sagte ein Sprecher.")
    outputs = []
    for _ in range(2):
        recache._state["entries"] = None
        re.purge()
        outputs.append([c.to_json() for c in extract_document(doc, LanguagePack("de"))])
        recache.flush()
    assert outputs[0] == outputs[1] and outputs[0]
    entries = recache._state["entries"]
    assert len(entries) > 50
    for (p, f), args in entries.items():
        assert recache._from_args(p, args) == _compiler.compile(p, f), p[:80]


def test_a_bad_pattern_raises_as_it_would_without_the_cache(cache_dir):
    re.purge()
    with recache.active(), pytest.raises(re.error, match="unterminated subpattern"):
        re.compile("(unclosed")
    assert ("(unclosed", 0) not in recache._state["entries"]


def test_tries_kept_across_processes_are_the_ones_built(cache_dir):
    """The first levels of the alternations (claimledger.lang.triecache): a second process
    takes them from the file, and they are what building them gives."""
    from claimledger.lang import regex as lr
    from claimledger.lang import triecache

    words = [f"wort{i}" for i in range(50)] + ["Ärger", "a.b", "x?", "[ab]c", "Zug", "zug"]
    built = []
    for _ in range(2):
        lr._first_level_of.cache_clear()
        triecache._state["path"] = None  # as a new process: the file read again
        built.append((lr.alternation(words, ignore_case=True), lr.alternation(words),
                      lr.alternation_first_class(words, True)))
        triecache.flush()
    fresh = (lr.alternation(words, ignore_case=True), lr.alternation(words), lr.alternation_first_class(words, True))
    assert built[0] == built[1] == fresh
    assert not triecache._state["fresh"] and triecache._state["used"]
    path = triecache._path()
    good = path.read_bytes()
    path.write_bytes(good[:len(good) // 2])  # damaged: built again, the same
    lr._first_level_of.cache_clear()
    triecache._state["path"] = None
    assert lr.alternation(words, ignore_case=True) == fresh[0]
    triecache.flush()
