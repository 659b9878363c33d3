"""What the README says about the code: the pipeline names no word of any language.

Everything language-specific lives in ``src/claimledger/lang/<code>/`` (TOML tables and small
hook modules). This test reads every other module and fails on a string literal (docstrings
and comments aside) that holds a letter outside ASCII — the cheapest reliable sign of a German
word or character class that belongs in the pack. English words are ASCII and English is also
the language of the code's own names, so for them the test looks at a shape instead: a regular
expression that alternates bare words or short endings is a word list or an inflection.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimledger"
PIPELINE = sorted(p for p in SRC.rglob("*.py") if "lang" not in p.relative_to(SRC).parts[:1])


def _docstring_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
                    and isinstance(body[0].value.value, str):
                lines.update(range(body[0].lineno, (body[0].end_lineno or body[0].lineno) + 1))
    return lines


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module outside its docstrings, with their line numbers."""
    src = path.read_text(encoding="utf-8")
    skip = _docstring_lines(ast.parse(src))
    return [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(src).readline)
            if tok.type == tokenize.STRING and tok.start[0] not in skip]


def _language_literals(path: Path) -> list[str]:
    return [f"{path.relative_to(SRC)}:{line}: {s[:60]}" for line, s in _string_literals(path)
            if any(ch.isalpha() and ord(ch) > 127 for ch in s)]


@pytest.mark.parametrize("path", PIPELINE, ids=lambda p: str(p.relative_to(SRC)))
def test_pipeline_code_names_no_language(path: Path) -> None:
    assert _language_literals(path) == []


# An alternation of bare words or of short endings inside a regular expression of the
# pipeline is a word list or an inflection of some language ("(?:der|des|von)",
# "(?:e|en|er|es|em)", "e[nrms]"): it belongs in a pack table, where English can say that
# its adjectives take no endings. ASCII words pass the test above, so this one looks at the
# shape instead.
_WORD_ALTERNATION = re.compile(r"\(\?:((?:[^\W\d_]+\|)+[^\W\d_]+)\)")
_ENDING_CLASS = re.compile(r"\(\?:[^\W\d_]{1,3}\[[^\W\d_]{2,}\]\??\)")


def _word_lists(path: Path) -> list[str]:
    return [f"{path.relative_to(SRC)}:{line}: {m.group(0)}" for line, s in _string_literals(path)
            for m in (*_WORD_ALTERNATION.finditer(s), *_ENDING_CLASS.finditer(s))]


@pytest.mark.parametrize("path", PIPELINE, ids=lambda p: str(p.relative_to(SRC)))
def test_pipeline_regexes_hold_no_word_lists(path: Path) -> None:
    assert _word_lists(path) == []


def test_word_list_check_sees_word_lists() -> None:
    """The check itself: the shapes it is meant to catch are caught."""
    for literal in ('r"(?:der|des|von)\\s+"', 'r"(?:e|en|er|es|em)\\b"', 'r"(?:e[nrms]?)?"'):
        assert _WORD_ALTERNATION.search(literal) or _ENDING_CLASS.search(literal), literal
