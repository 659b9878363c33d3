"""Language packs: everything language-specific lives in ``lang/<code>/``.

The pipeline code never names a German word; it asks the pack for a table by name
(``pack.table("numbers")``) and compiles what it needs from it. Where a language needs
behaviour rather than data (word order, what makes a word a noun), the pack holds small Python
modules beside its TOML, reached by name through ``pack.hooks("syntax")``; the pipeline calls
the functions a module exports and never branches on the language itself. A new language is a
new folder of data files with the same table names and hook modules.
"""

from __future__ import annotations

import importlib
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from claimledger.lang import recache, tablecache


class LanguagePackError(ValueError):
    pass


class LanguagePack:
    """Lazy, cached access to the TOML tables of one language."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._tables: dict[str, dict[str, Any]] = {}
        self._has: dict[str, bool] = {}
        self._root = resources.files(__package__).joinpath(code)
        if not self._root.is_dir():
            raise LanguagePackError(f"no language pack for {code!r} (looked in {self._root})")
        # compiled objects that stages derive from the tables, cached per pack
        self.cache: dict[str, Any] = {}

    def table(self, name: str) -> dict[str, Any]:
        if name not in self._tables:
            res = self._root.joinpath(f"{name}.toml")
            if not res.is_file():
                raise LanguagePackError(f"language pack {self.code!r} has no table {name!r}")
            try:  # parsed once per version of the file, not once per process (tablecache)
                self._tables[name] = tablecache.parsed("toml", self.code, name, res.read_text(encoding="utf-8"),
                                                       tomllib.loads)
            except tomllib.TOMLDecodeError as e:
                raise LanguagePackError(f"{self.code}/{name}.toml: {e}") from e
        return self._tables[name]

    def has(self, name: str) -> bool:
        # asked per document by some stages: the file system once per table and process
        got = self._has.get(name)
        if got is None:
            got = self._has[name] = self._root.joinpath(f"{name}.toml").is_file()
        return got

    def hooks(self, name: str) -> Any:
        """The pack's hook module ``lang/<code>/<name>.py`` (imported once)."""
        key = f"hooks:{name}"
        if key not in self.cache:
            try:
                self.cache[key] = importlib.import_module(f"{__package__}.{self.code}.{name}")
            except ModuleNotFoundError as e:
                if e.name != f"{__package__}.{self.code}.{name}":
                    raise
                raise LanguagePackError(f"language pack {self.code!r} has no hooks {name!r}") from e
        return self.cache[key]

    def words(self, name: str) -> frozenset[str]:
        """The word list ``lang/<code>/<name>.txt`` (one word a line, ``#`` comments), or an
        empty set when the pack has none: large vocabularies (derived from a dictionary, not
        written by hand) live beside the TOML tables as plain lists."""
        key = f"words:{name}"
        if key not in self.cache:
            res = self._root.joinpath(f"{name}.txt")
            lines = res.read_text(encoding="utf-8").splitlines() if res.is_file() else []
            self.cache[key] = frozenset(w for w in lines if w and not w.startswith("#"))
        return self.cache[key]

    def syntax(self) -> Any:
        """The pack's noun-phrase hooks (``lang/<code>/syntax.py``), made once per pack and
        shared by every stage that asks them."""
        return self.compiled("hooks:syntax:made", lambda pack: pack.hooks("syntax").make(pack))

    def compiled(self, key: str, build: Any) -> Any:
        """Memoise ``build(self)`` under ``key``: stages compile regexes once per pack (and
        take the compiled programs from the cache of :mod:`claimledger.lang.recache`)."""
        if key not in self.cache:
            with recache.active():
                self.cache[key] = build(self)
        return self.cache[key]

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


@lru_cache(maxsize=None)
def load_pack(code: str = "de") -> LanguagePack:
    return LanguagePack(code)


def available_languages() -> list[str]:
    root = resources.files(__package__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
