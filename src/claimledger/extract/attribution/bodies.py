"""Whom a source mention speaks for: the body behind a person's office or a role noun.

Two ways a text names one body by several mentions:

* a **person speaks for the body whose office they name**: "Lindenaus Präsident Klaus
  Wendt", "OGM-Chef Wolfgang Bachmayer" — the body before the office title, as a genitive
  name or the first part of a hyphenated compound. That person's later mentions ("nannte
  Wendt"), and the office standing alone with a definite article ("nach Angaben des
  Präsidenten"), speak for the same body;
* a **role noun points back to a named body of its kind**: "nach Angaben des Vereins" after
  "Der SV Lindenau hat …" — a definite role noun stands for the last body the document
  named before it whose kind the role accepts; bodies are found by the name markers of
  their kind ("SV", "FC" for clubs, "AG", "GmbH" for companies).

The mention keeps its text and span (what the text says); its ``id`` becomes the body's key,
so that the ledger sees one source. Registry mentions are never re-identified. Words are
the pack's (``[bodies]`` of the attribution table); the document is scanned once, when the
first mention that may name a body is asked about.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimledger.extract.attribution.registry import source_id
from claimledger.lang.regex import lowered
from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor

_WORD = re.compile(r"[^\W\d_][\w-]*")
_LAST_WORD = re.compile(r"(\w+)\W*$")


@dataclass
class BodyWords:
    """The pack's ``[bodies]`` table, compiled."""

    offices: tuple[str, ...]            # office titles, lower case ("präsident", "chef")
    office_re: re.Pattern[str] | None   # "<Body>s <Title> <Name>", "<Body>-<Title> <Name>"
    title_re: re.Pattern[str] | None    # any office title (lower case): a text without one has no office
    not_bodies: frozenset[str]          # first parts that are no body ("Ex-Chef", "Vize-")
    roles: dict[str, frozenset[str]]    # role noun -> kinds of body it accepts
    markers: list[tuple[re.Pattern[str], str, re.Pattern[str], tuple[str, ...]]]  # a body's name by
    # its marker, its kind, and the marker words alone, as a pattern and as plain strings (a
    # document without them has no such name; ``in`` tells that in C, before the pattern)
    definite: frozenset[str]            # words before a role that make it the one named
    former: frozenset[str] = frozenset()  # words before an office that make it a past one


_LAST = re.compile(r"(\w+)\s+$")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _build(pack: Any) -> BodyWords:
    t = pack.table("attribution").get("bodies", {})
    offices = [w.lower() for w in t.get("offices", [])]
    name = pack.table("attribution").get("np", {}).get("person_name", "")
    cap = t.get("capital", "")  # a capital letter of the language's alphabet
    office_re = title_re = None
    if offices and name and cap:
        title_re = re.compile(_alt(offices))  # tried on the lower-cased text: IGNORECASE is slow
        office_re = re.compile(
            rf"{_word_start(cap)}(?P<body>{cap}{_after_start(cap)}[\w-]*?)(?:{t.get('genitive', '')}\s+|-)"
            rf"(?P<title>(?i:{_alt(offices)}))(?:{_alt(t.get('title_endings', []))})?\s+(?P<name>{name})")
    roles: dict[str, frozenset[str]] = {}
    for r in t.get("roles", []):
        for n in r["nouns"]:
            roles[n.lower()] = frozenset(r["kinds"])
    markers = []
    if not cap:
        return BodyWords(tuple(offices), office_re, title_re, frozenset(), roles, [], frozenset())
    word = rf"{cap}[\w&-]*"  # a word of a body's name
    for m in t.get("markers", []):
        if m.get("before"):
            # the words alone, without the boundary: a test that may pass more often (the
            # pattern then decides), and one the engine runs as a skip to their first letters
            markers.append((re.compile(rf"\b(?:{_alt(m['before'])})\s+{word}(?:\s+{word})?"), m["kind"],
                            re.compile(rf"(?:{_alt(m['before'])})"), tuple(m["before"])))
        if m.get("after"):
            markers.append((re.compile(rf"\b{word}(?:\s+{word})?\s+(?:{_alt(m['after'])})(?!\w)"), m["kind"],
                            re.compile(rf"\s(?:{_alt(m['after'])})(?!\w)"), tuple(m["after"])))
        if m.get("compound"):
            markers.append((re.compile(rf"\b(?P<body>{cap}[\w&]*)-(?:{_alt(m['compound'])})\b"), m["kind"],
                            re.compile(rf"-(?:{_alt(m['compound'])})\b"), tuple(m["compound"])))
    return BodyWords(tuple(offices), office_re, title_re, frozenset(w.lower() for w in t.get("not_bodies", [])),
                     roles, markers, frozenset(w.lower() for w in t.get("definite", [])),
                     frozenset(w.lower() for w in t.get("former", [])))


def _word_start(cap: str) -> str:
    """What stands before ``cap`` (the pack's class of capitals) where a word starts: a
    boundary, unless every capital is a word character; then the test is made after the
    capital (:func:`_after_start`), so that the pattern opens with the class and the engine
    skips in C to the capitals (most positions of a text are not)."""
    return "" if _word_chars_only(cap) else r"\b"


def _after_start(cap: str) -> str:
    return r"(?<!\w.)" if _word_chars_only(cap) else ""


def _word_chars_only(cls: str) -> bool:
    """Is ``cls`` a plain class of letters, digits and ranges of them (no escapes)?"""
    m = re.fullmatch(r"\[([^\]\\^]+)\]", cls)
    if m is None:
        return False
    body = m.group(1)
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            lo, hi = ord(body[i]), ord(body[i + 2])
            if hi - lo > 256:
                return False
            chars.extend(chr(c) for c in range(lo, hi + 1))
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return bool(chars) and all(c.isalnum() or c == "_" for c in chars)


def body_words(pack: Any) -> BodyWords:
    return pack.compiled("attribution.bodies", _build)


@dataclass
class _Scan:
    """What one document says about its bodies (found once)."""

    speakers: dict[str, str] = field(default_factory=dict)     # surname -> body key
    offices: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, title, body key)
    bodies: list[tuple[int, str, str]] = field(default_factory=list)   # (pos, kind, body key)


class Bodies:
    """Re-identifies the sources of one document by the bodies they speak for."""

    def __init__(self, doc: DocumentAttributor) -> None:
        self.doc = weakref.proxy(doc)  # owned by the attributor: no cycle (see Anaphora)
        self.words = body_words(doc.pack)
        self._scan: _Scan | None = None
        self._seen: dict[tuple[str, tuple[int, int]], Source] = {}

    def identify(self, src: Source) -> Source:
        """``src`` with the id of the body it speaks for, or ``src`` itself."""
        if src.span is None or (src.id and "." in src.id) or not (self.words.office_re or self.words.roles):
            return src
        key = (src.text, src.span)
        got = self._seen.get(key)
        if got is None:
            body = self._office_body(src) or self._role_body(src)
            got = src if body is None or body == src.id else \
                Source(src.text, src.span, body, src.kind, src.cue, src.label)
            self._seen[key] = got
        return got if got.cue == src.cue else Source(got.text, got.span, got.id, got.kind, src.cue, got.label)

    # ------------------------------------------------------------------ the document
    @property
    def scan(self) -> _Scan:
        if self._scan is None:
            self._scan = self._scan_document()
        return self._scan

    def _scan_document(self) -> _Scan:
        w, text, pack = self.words, self.doc.text, self.doc.pack
        out = _Scan()
        if w.office_re is not None and w.title_re is not None and w.title_re.search(lowered(text)):
            for m in w.office_re.finditer(text):
                body = m.group("body")
                if body.split("-")[0].lower() in w.not_bodies or self._former(m.start()):
                    continue  # "Ex-Meinl-Chef", "der ehemalige ORF-Manager": a former head speaks for no one
                key = source_id(body, pack)[0]
                if not key or "." in key:
                    continue  # a state's office: the registry's country x role entries
                out.speakers[m.group("name").split()[-1]] = key
                out.offices.append((m.start("title"), m.group("title").lower(), key))
        for rx, kind, words, plain in w.markers:
            if not any(p in text for p in plain) or not words.search(text):
                continue  # the marker's words are required: no match without them
            for m in rx.finditer(text):
                name = m.group("body") if "body" in rx.groupindex else m.group(0)
                first, _, rest = name.partition(" ")
                if first.lower() in self.doc.lx.dets:  # "Die Kessler AG" at a sentence start
                    name = rest
                if " " in name and name.split(" ", 1)[0].lower() in w.roles:
                    name = name.split(" ", 1)[1]  # "Unternehmen TransCanada Corp": the role, then the name
                key = source_id(name, pack)[0] if name else ""
                if key:
                    out.bodies.append((m.start(), kind, key))
        out.bodies.sort()
        return out

    def _former(self, pos: int) -> bool:
        """The word right before ``pos`` makes the office a past one ("ehemalige")."""
        m = _LAST.search(self.doc.text, max(0, pos - 20), pos)
        return m is not None and m.group(1).lower() in self.words.former

    # ------------------------------------------------------------------ the two rules
    def _office_body(self, src: Source) -> str | None:
        """A person who named their office's body ("Wendt" after "Lindenaus Präsident Klaus
        Wendt"), or the office alone after a definite article ("des Präsidenten")."""
        words = _WORD.findall(src.text)
        if not words:
            return None
        if len(words) <= 3 and words[-1] in self.scan.speakers:
            return self.scan.speakers[words[-1]]
        if len(words) != 1 or not self._definite_before(src.span[0]):  # type: ignore[index]
            return None
        low = words[0].lower()
        title = next((t for t in self.words.offices if low.startswith(t)), None)
        if title is None:
            return None
        before = [o for o in self.scan.offices if o[0] < src.span[0] and o[1] == title]  # type: ignore[index]
        return before[-1][2] if before else None

    def _role_body(self, src: Source) -> str | None:
        """A definite role noun ("des Vereins") -> the last body of a kind it accepts."""
        words = _WORD.findall(src.text)
        lx = self.doc.lx
        if not words or len(words) > 3:
            return None
        role = words[-1].lower()
        kinds = self.words.roles.get(role)
        if kinds is None or any(x.lower() not in lx.count_heads and x.lower() not in lx.gen_dets
                                for x in words[:-1]):
            return None  # "dortigen Organisatoren": a modifier names another body
        at = src.span[0] + src.text.rfind(words[-1])  # type: ignore[index]
        if not self._definite_before(at):
            return None
        bodies = self.scan.bodies
        i = bisect.bisect_left(bodies, (at,))
        for pos, kind, key in reversed(bodies[:i]):
            if kind in kinds:
                return key
        return None

    def _definite_before(self, pos: int) -> bool:
        m = _LAST_WORD.search(self.doc.text, max(0, pos - 12), pos)
        return m is not None and m.group(1).lower() in self.words.definite
