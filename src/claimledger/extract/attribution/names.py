"""Who a cue's mention is: a pronoun's antecedent, a bare name's full name, a bare report's
author. Run once per sentence, after its cues are found and before they are used."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.extract.attribution.anaphora import titled_antecedent
from claimledger.extract.attribution.registry import resolve_source, source_id
from claimledger.model import Source

if TYPE_CHECKING:
    from claimledger.extract.attribution.document import DocumentAttributor, SentInfo

_ONE_NAME = re.compile(r"[^\W\d_][\w-]+")  # a single word: a name the text may have given in full
_WORDS = re.compile(r"[\w-]+")
_REPORT_KIND = "report"  # the kind the pack gives report nouns ("Bericht", "Studie")


def resolve_pronouns(at: DocumentAttributor, info: SentInfo) -> None:
    for c in info.cues:
        if c.pronoun and c.source is not None and c.source.span:
            ante = at.anaphora.antecedent(c.source.span[0], c.source.text.lower())
            if ante is not None:
                c.source = Source(ante.text, ante.span, ante.id, ante.kind, c.source.cue)
            else:
                c.source = None
                c.anaphoric = True


def resolve_short_names(at: DocumentAttributor, info: SentInfo) -> None:
    """A bare name ("Kim", "Yoon") is the person the text named in full before ("Kim
    Jong Un"), so it takes that mention's registry id: the registry lists full names,
    never a surname that many people share."""
    for c in info.cues:
        src = c.source
        if src is None or src.span is None or not _ONE_NAME.fullmatch(src.text):
            continue
        if resolve_source(src.text, at.pack)[0] is not None:
            continue
        if src.kind is not None:  # a role noun: "der Bürgermeister" -> "Bürgermeister X Y"
            c.source = titled_antecedent(at, src) or _named_body(at, src) or src
            continue
        body = _named_body(at, src)
        if body is not None:  # "die Bank" after "die Deutsche Bank"
            c.source = body
            continue
        found = at.full_names.get(src.text, False)
        if found is False:
            found = at.full_names[src.text] = _full_name(at, src.text, src.span[0])
        if found:
            c.source = Source(src.text, src.span, found[0] or None, found[1] or src.kind, src.cue)


def resolve_reports(at: DocumentAttributor, si: int, info: SentInfo) -> None:
    """A report named bare ("laut Entwurf", "Der Bericht nennt …") is its author's when
    a sentence shortly before has a speaker as its subject and names the same report
    ("Kämmerer X hat den Entwurf eingebracht"): the author, not the paper, is the source."""
    for c in info.cues:
        src = c.source
        if src is None or src.kind != _REPORT_KIND or src.span is None or c.pronoun:
            continue
        words = _WORDS.findall(src.text)
        if len(words) != 1:
            continue  # an attachment ("Bericht der Behörde") already names the author
        author = _report_author(at, si, words[0].lower())
        if author is not None:
            c.source = Source(author.text, author.span, author.id, author.kind, src.cue)


def report_author(at: DocumentAttributor, si: int, noun: str) -> Source | None:
    """The subject of sentence ``si``, or of one shortly before, that names the report
    ``noun`` ("Die Kammer hat eine Umfrage gemacht")."""
    return _report_author(at, si, noun, True)


def _report_author(at: DocumentAttributor, si: int, noun: str, itself: bool = False) -> Source | None:
    sent = at.sentences[si]
    for k in range(si if itself else si - 1, max(-1, si - 1 - at.lx.max_back), -1):
        prev = at.sentences[k]
        if prev.paragraph < sent.paragraph - 1 or prev.heading:
            break
        if noun not in at.text[prev.start:prev.end].lower():
            continue
        subj = at.subject(k)
        if subj is not None and subj.kind != _REPORT_KIND:
            return subj
    return None


def _named_body(at: DocumentAttributor, src: Source) -> Source | None:
    """"die Bank" after "die Deutsche Bank": a noun after a definite article is the body
    the text named before with a capitalised adjective in front of it."""
    from claimledger.extract.attribution.anaphora import article_before
    if src.span is None or not article_before(at.text, src.span[0], at.lx):
        return None
    word = src.text
    i = at.text.rfind(" " + word, 0, src.span[0])
    while i > 0:
        j = at.text.rfind(" ", 0, i) + 1
        front, before = at.text[j:i], at.text[max(0, j - 3):j].rstrip()[-1:]
        # a capitalised adjective inside the sentence ("die krisengeplagte Deutsche Bank"),
        # not one opening it, nor a word of another name ("Fahrgastverband Pro Bahn")
        if front[:1].isupper() and front.isalpha() and j > 0 and before not in ".!?:–-" \
                and at.lx.is_adj(front.lower(), False) and at.text[i + 1 + len(word):][:1] in " .,;:":
            found = at.finder.source(j, i + 1 + len(word), src.cue)
            if found is not None:
                return found
        i = at.text.rfind(" " + word, 0, i)
    return None


def _full_name(at: DocumentAttributor, word: str, before: int) -> tuple[str | None, str | None] | None:
    """Id and kind of the last full name that starts with ``word`` before ``before``."""
    found = None
    i = at.text.find(word + " ", 0, before)
    while i != -1:
        if i == 0 or not at.text[i - 1].isalnum():
            words = at.text[i:min(before, i + 80)].split(" ")[:3]
            for k, w in enumerate(words[:-1]):  # a name ends at a punctuation mark
                if w[-1:] in ".,;:!?":          # ("Innenministerium mit. Damit …")
                    words = words[:k + 1]
                    break
            while len(words) > 1 and not at.lx.syn.is_noun(words[-1]):
                words.pop()  # "Kim Yong-hyun sprach": the name ends before the verb
            while len(words) > 1 and not all(at.lx.syn.is_noun(w) for w in words[1:]):
                words.pop()  # "Innenministerium mit Damit": a lower-case word ends it
            if len(words) > 1:
                name = " ".join(words).rstrip(".,;:")
                sid, kind = resolve_source(name, at.pack)
                found = (sid, kind) if sid is not None else source_id(name, at.pack)
        i = at.text.find(word + " ", i + 1, before)
    return found
