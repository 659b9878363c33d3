"""Proportions written in words: "die Hälfte der Befragten", "drei Viertel", "jeder Vierte".

They are shares of a group as much as "50 Prozent" is, so they become figures with the unit
``percent`` and are counted like any percentage. The words come from the pack's
``numbers.toml`` ``[proportions]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.counting.lexicon import lexicon
from claimledger.extract.counting.phrase import counts_people
from claimledger.extract.figures import Figure, qualify
from claimledger.extract.numbers import parse_number_word
from claimledger.lang import LanguagePack
from claimledger.lang.regex import alternation


_GAP = r"[ \u00a0]+"


@dataclass
class _Proportions:
    fraction_re: re.Pattern[str]
    fractions: dict[str, float]
    one_in_re: re.Pattern[str]
    ordinals: dict[str, int]
    article_one: frozenset[str]
    determiners: frozenset[str]
    probes: tuple[str, ...]  # substrings every fraction word contains: most texts have none
    one_in_probes: tuple[str, ...]
    word_before: re.Pattern[str]  # the number word before a fraction ("drei Viertel", "two-thirds")
    adjective_endings: tuple[str, ...] = ()  # an adjective between article and fraction ("ein gutes Drittel")
    adjective_stems: tuple[str, ...] = ()   # ... of these stems only ("gut", "knapp", "ander")
    needs_count: bool = False  # a fraction noun is a share only after a number word or an article
    part_re: re.Pattern[str] | None = None  # "sechs von zehn Schülern": a part of a round base
    part_probes: tuple[str, ...] = ()
    part_bases: frozenset[int] = frozenset()


def _endings(words: list[str]) -> str:
    """The inflection endings an ordinal may take ("jeder Vierte", "jede dritte"); none in
    English ("one in four")."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return f"(?:{alt})?" if alt else ""


def _build(pack: LanguagePack) -> _Proportions | None:
    tab = pack.table("numbers")
    prop = tab.get("proportions")
    if not prop:
        return None
    fr = {k.lower(): float(v) for k, v in prop.get("fractions", {}).items()}
    ords = {k.lower(): int(v) for k, v in prop.get("ordinals", {}).items()}
    # grouped by first letter, either case, without re.IGNORECASE: one character test rejects
    # most positions, which keeps this scan off the profile
    fr_alt = alternation([re.escape(k) for k in fr], ignore_case=True)
    ord_alt = alternation([re.escape(k) for k in ords], ignore_case=True)
    one_alt = alternation([re.escape(w) for w in prop.get("one_in", [])], ignore_case=True)
    return _Proportions(
        fraction_re=re.compile(r"(?P<f>" + fr_alt + r")\b"),
        fractions=fr,
        one_in_re=re.compile(r"\b(?:" + one_alt + r")[ \u00a0]+(?P<o>" + ord_alt + r")" + _endings(prop["ordinal_endings"])
                             + r"\b"),
        ordinals=ords,
        article_one=frozenset(w.lower() for w in tab.get("words", {}).get("article_one", [])),
        determiners=frozenset(w.lower() for w in prop.get("determiners", [])),
        probes=tuple({k[1:] for k in fr}),
        one_in_probes=tuple({w[1:] for w in prop.get("one_in", [])}),
        word_before=re.compile(r"([^\W_]+)(?:" + "|".join([_GAP, *(re.escape(j) for j in prop.get("joiners", []))])
                               + r")$"),
        adjective_endings=tuple(prop.get("adjective_endings", [])),
        adjective_stems=tuple(prop.get("adjective_stems", [])),
        needs_count=bool(prop.get("needs_count", False)),
        **_part_fields(prop.get("part_of", {})),
    )


def _part_fields(part: dict) -> dict:
    """"N von M" with M a round base (10, 100, 1000) before a noun of people: a share."""
    joiners = part.get("joiners", [])
    if not joiners:
        return {}
    alt = "|".join(re.escape(j).replace(r"\ ", r"[ \u00a0]+") for j in joiners)
    return {"part_re": re.compile(r"(?P<n>[^\W_]+)[ \u00a0]+(?:" + alt + r")[ \u00a0]+(?P<m>[^\W_]+)"
                                  r"[ \u00a0]+(?P<w>[^\W\d_][\w-]*)(?:[ \u00a0]+(?P<w2>[^\W\d_][\w-]*))?"),
            "part_probes": tuple(f" {j.split()[0]} " for j in joiners),
            "part_bases": frozenset(int(b) for b in part.get("bases", []))}


def scan_proportions(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every proportion in words between ``start`` and ``end``."""
    pr = pack.compiled("proportions", _build)
    if pr is None:
        return []
    end = len(text) if end is None else end
    out: list[Figure] = []
    for m in _anchored(pr.fraction_re, text, start, end, pr.probes):
        frac = pr.fractions[m.group("f").lower()]
        before = pr.word_before.search(text, max(start, m.start() - 20), m.start())
        n_word = before.group(1) if before else None
        count, s = 1.0, m.start("f")
        low = n_word.lower() if n_word else ""
        if before is not None and low and low.startswith(pr.adjective_stems) \
                and low.endswith(pr.adjective_endings):
            # "ein knappes Viertel", "die andere Hälfte": the article before a quantity's
            # adjective counts ("der zweiten Hälfte" of a game, "einem schäbigen Viertel" do not)
            art = pr.word_before.search(text, max(start, before.start() - 20), before.start())
            if art is not None and (art.group(1).lower() in pr.article_one or art.group(1).lower() in pr.determiners):
                before, low = art, art.group(1).lower()
        value = None if not low or low in pr.article_one else (
            float(low) if low.isdigit() else parse_number_word(low, pack))
        if before is not None and value is not None and 0 < value < 10:
            count, s = value, before.start(1)
        elif before is not None and (low in pr.article_one or low in pr.determiners):
            s = before.start(1)  # "die Hälfte", "einem Drittel": the article opens the figure
        elif pr.needs_count:
            continue  # "im Viertel Jimeta", "im zweiten Viertel": a district, a quarter of a game
        v = round(count * frac, 4)
        out.append(qualify(text, pack, Figure(s, m.end(), v, v, "exact", "percent", m.end(), "number",
                                              None, None, True)))
    for m in _anchored(pr.one_in_re, text, start, end, pr.one_in_probes):
        v = round(100 / pr.ordinals[m.group("o").lower()], 4)
        out.append(qualify(text, pack, Figure(m.start(), m.end(), v, v, "exact", "percent", m.end(),
                                              "number", None, None, True)))
    out.extend(_parts(text, pack, pr, start, end))
    return sorted(out, key=lambda f: f.start)


def _number(word: str, pack: LanguagePack) -> float | None:
    low = word.lower()
    return float(low) if low.isdigit() else parse_number_word(low, pack)


def _parts(text: str, pack: LanguagePack, pr: _Proportions, start: int, end: int) -> list[Figure]:
    """"sechs von zehn Schülern", "neun von 100 Befragten": a part of a round base of people is
    their share ("sechs von zehn Nominierungen" stay two counts of things)."""
    if pr.part_re is None:
        return []
    lex = lexicon(pack)
    out: list[Figure] = []
    for m in _part_matches(text, pr, start, end):
        n, base = _number(m.group("n"), pack), _number(m.group("m"), pack)
        if n is None or base is None or int(base) not in pr.part_bases or not 0 < n < base \
                or not any(w and (counts_people(lex, w) or lex.nat_demonym_re.fullmatch(w))
                           for w in (m.group("w"), m.group("w2"))):
            continue
        v = round(n / base * 100, 4)
        out.append(qualify(text, pack, Figure(m.start("n"), m.end("m"), v, v, "exact", "percent", m.end("m"),
                                              "number", None, None, True)))
    return out


def _part_matches(text: str, pr: _Proportions, start: int, end: int) -> list[re.Match[str]]:
    """Matches of the part pattern at the words right before each joiner (" von ", " in ")."""
    found: dict[int, re.Match[str]] = {}
    for probe in pr.part_probes:
        i = text.find(probe, start, end)
        while i != -1:
            w = i
            while w > start and text[w - 1].isalnum():
                w -= 1
            m = pr.part_re.match(text, w, end) if w < i and w not in found else None
            if m is not None:
                found[w] = m
            i = text.find(probe, i + 1, end)
    return [found[w] for w in sorted(found)]


def _anchored(rx: re.Pattern[str], text: str, start: int, end: int, probes: tuple[str, ...]
              ) -> list[re.Match[str]]:
    """Matches of ``rx`` tried only at the word starts around its probes (fast substring
    searches): a regex scan of every position costs more than all proportions are worth."""
    starts: set[int] = set()
    for probe in probes:
        i = text.find(probe, start, end)
        while i != -1:
            w = i
            while w > start and text[w - 1].isalpha():
                w -= 1
            starts.add(w)
            i = text.find(probe, i + 1, end)
    out: list[re.Match[str]] = []
    covered = -1
    for w in sorted(starts):
        if w < covered:
            continue
        m = rx.match(text, w, end)
        if m:
            out.append(m)
            covered = m.end()
    return out
