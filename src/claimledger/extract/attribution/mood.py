"""Does a sentence continue reported speech (its mood, a reportative modal, a marker such as
"Demnach"), and which of its cues' sources does a following sentence continue?"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.extract.attribution.cues import SentenceView
    from claimledger.extract.attribution.model import Cue
    from claimledger.extract.attribution.lexicon import Lexicon
    from claimledger.extract.attribution.document import DocumentAttributor, SentInfo


def mark_carrying(at: DocumentAttributor, si: int, info: SentInfo) -> None:
    """Does the sentence continue reported speech, and which source does it report?"""
    lx, sent, v = at.lx, at.sentences[si], info.view
    wl = [t.low for t, q in zip(v.toks, v.inq) if t.word and not q]
    ws = frozenset(wl)  # one set, then disjointness tests: this runs for every sentence
    if wl and wl[0] in lx.conditional_openers:
        ws = ws - lx.subjunctive_ii  # "Sollte X fehlen, dann stünden …": a condition
    if not lx.as_if.isdisjoint(ws):
        ws = ws - _as_if_only(lx, wl)  # "als gebe es kein Morgen": no report
    unreal = not lx.counterfactual.isdisjoint(ws)
    ws = ws - lx.counterfactual  # "Dafür wären 120 Unterschriften nötig": the unreal
    # "könnten" alone: only right after a report, or beside a Konjunktiv I closing a clause
    possible = not lx.subjunctive_possibility.isdisjoint(ws) and not _final_subjunctive(at, v)
    moods = ws - lx.subjunctive_possibility if possible else ws
    if not lx.subjunctive.isdisjoint(moods) and _only_relative(at, v):
        moods = moods - lx.subjunctive  # "…, die einen Rückruf nötig gemacht hätten": no report
    reported = not lx.subjunctive.isdisjoint(moods) \
        or any(wl[:len(m)] == m for m in lx.markers) \
        or not lx.anaphoric_adverbs.isdisjoint(ws) \
        or _subjunctive_verb(at, v)
    # a sum drawn inside a main clause ("war damit schlechtester Wert") continues only the
    # sentence right before it
    summed = not reported and not lx.sum_adverbs.isdisjoint(ws) and _sum_adverb(at, v)
    reported = reported or summed
    if not reported and unreal:
        reported = _amid_report(at, si)  # "Tatsächlich wären nur 600.000 gekommen"
    if not reported and (possible or not lx.subjunctive_after_report.isdisjoint(ws)
                         or (not lx.first_person.isdisjoint(ws) and _speaks_first(lx, v))):
        reported = _after_report(at, si)  # "würden", "wir": right after a report only
    modal = not lx.modal.isdisjoint(ws) or _reportative_past(at, wl)
    info.carries = reported or modal
    info.hearsay_only = modal and not reported
    info.sum_only = summed and not modal
    if sent.heading:
        info.carries = False
    # (an unresolved "wir" names no one a following sentence could continue)
    srcs = [c for c in info.cues if c.source is not None and not c.local
            and c.source.text.lower() not in lx.first_person]
    if srcs:
        # the source governing the end of the sentence is the one reported speech continues
        last = v.clauses[-1] if v.clauses else (sent.start, sent.end)
        cover = [c for c in srcs if c.scope[0] <= last[0] and c.scope[1] >= last[1] - 1]
        own = min(cover or srcs, key=lambda c: (c.scope[1] - c.scope[0], not c.verb))
        info.own = own.source
        if own.stage and marks_continuation(lx, v):
            # "Demnach habe die Polizei nach vorläufigen Erkenntnissen …": a stage of the
            # report the sentence before named, whose source it keeps
            info.own = at.carried(si, 1) or own.source
        info.own_plan = own.plan
        reporter = _reporter_of(at, own, cover)
        info.reporter = reporter.source if reporter is not None else None


def marks_continuation(lx: Lexicon, v: SentenceView) -> bool:
    """An anaphoric adverb ("demnach") outside quotation marks: the sentence says it goes on
    with the report before."""
    return any(w in lx.anaphoric_adverbs and not q for w, q in zip(v.lows, v.inq))


def _reporter_of(at: DocumentAttributor, cue: Cue, cover: list[Cue]) -> Cue | None:
    """"Laut Staatsmedien gab Warmbier zu, … Demnach …": a speech verb's subject standing
    inside a prepositional cue's report is reported by it; the report is that cue's, and so
    is the reported speech that continues it."""
    if not cue.verb or cue.source is None or cue.source.span is None:
        return None
    a = cue.source.span[0]
    return next((c for c in cover if not c.verb and not c.anaphoric and c.source is not None
                 and c.cue_pos < a and c.scope[0] <= a < c.scope[1]
                 and (c.source.span is None or c.source.span[1] <= a)
                 and not at.text[c.cue_pos:c.cue_pos + 40].lower().startswith(at.lx.origin_cues)),
                None)


def _only_relative(at: DocumentAttributor, v: SentenceView) -> bool:
    """Do the sentence's subjunctive words all stand in relative clauses?"""
    lx = at.lx
    return all(at.finder.in_relative(v, k) for k, t in enumerate(v.toks)
               if t.low in lx.subjunctive and not v.inq[k])


def _final_subjunctive(at: DocumentAttributor, v: SentenceView) -> bool:
    """"Egal, ob ein Verdacht vorliege oder nicht – …": a subordinate clause of the sentence
    closes with a Konjunktiv I (its verb-final position), so the sentence is reported speech."""
    lx = at.lx
    for a, b in v.clauses:
        words = [t for t in v.toks if a <= t.start < b and t.word]
        if len(words) > 2 and words[0].low in lx.subordinators:
            last = next((t for t in reversed(words) if t.low not in lx.clause_tails), None)
            # (an inflected adjective does not close a clause: "ob es gefährlich sei")
            if last is not None and not last.cap and last.low not in lx.not_adj \
                    and lx.syn.is_subjunctive_singular(last.low):
                return True
    return False


def _speaks_first(lx: Lexicon, v: SentenceView) -> bool:
    """"Aktuell liegen wir bei 66 Jahren": a first-person word outside quotation marks in the
    sentence's first clause (in a later one, "was wir beobachten", it is anyone)."""
    end = v.clauses[0][1] if v.clauses else v.end
    return not any(v.inq) and any(t.low in lx.first_person for t in v.toks if t.start < end)


def _as_if_only(lx: Lexicon, wl: list[str]) -> frozenset[str]:
    """Subjunctive words that stand in the sentence only right after an "as if" word ("als
    gebe es"): an unreal comparison, which reports nothing."""
    after = {w for p, w in zip(wl, wl[1:]) if p in lx.as_if and w in lx.subjunctive}
    return frozenset(w for w in after if wl[0] != w  # one opening the sentence stands alone
                     and all(p in lx.as_if for p, x in zip(wl, wl[1:]) if x == w))


def _sum_adverb(at: DocumentAttributor, v: SentenceView) -> bool:
    """"Insgesamt wählten damit 62.300 Menschen": "damit" inside a main clause draws a
    sum from the figures reported before, as "Damit" opening a sentence does; after a
    comma it is the conjunction "so that", before one the correlate of a clause
    ("rechnet damit, dass …")."""
    lx = at.lx
    n = len(v.toks)
    return any(t.low in lx.sum_adverbs and not v.inq[k] and k > 0 and v.toks[k - 1].word
               and k + 1 < n and v.toks[k + 1].word  # "rechnet damit, dass": a correlate
               for k, t in enumerate(v.toks))


def _after_report(at: DocumentAttributor, si: int) -> bool:
    """"X berichtete, dass … sei. Jedes Jahr würden 600 Autos zerstört.": German puts
    reported speech in Konjunktiv II where Konjunktiv I looks indicative ("werden"), but
    "würden" is also a plain conditional; it continues a report only right after a
    sentence of the same paragraph that reports (a cue naming a source, or reported
    speech)."""
    if si == 0 or at.sentences[si - 1].paragraph != at.sentences[si].paragraph:
        return False
    prev = at.analysed(si - 1)
    return prev.carries or any(c.source is not None and not c.local for c in prev.cues)


def _amid_report(at: DocumentAttributor, si: int) -> bool:
    """"… liege Österreich weit vorne. Tatsächlich wären nur 600.000 gekommen.": a
    Konjunktiv II that stands for no Konjunktiv I continues reported speech only amid it,
    right after a sentence of the paragraph that is reported speech itself (after one in the
    indicative, "Der Gutachter erklärt, warum er bremste. Bei 50 km/h hätte der Bremsweg 30
    Meter betragen", it is the outlet's condition)."""
    if si == 0 or at.sentences[si - 1].paragraph != at.sentences[si].paragraph:
        return False
    prev = at.analysed(si - 1)
    return prev.carries


def _reportative_past(at: DocumentAttributor, wl: list[str]) -> bool:
    """"sollte … beteiligt gewesen sein": the past modal with a perfect infinitive is
    hearsay too."""
    lx = at.lx
    return len(wl) > 2 and wl[-1] in lx.perfect_inf and any(w in lx.modal_past for w in wl[:-2])


def _subjunctive_verb(at: DocumentAttributor, v: SentenceView) -> bool:
    """Is the finite verb after a leading subject or pronoun in the reported-speech mood?"""
    words = [k for k, t in enumerate(v.toks) if t.word and not v.inq[k]]
    if len(words) < 2:
        return False
    lx, first = at.lx, v.toks[words[0]]
    second = v.toks[words[1]]
    if first.low in lx.lead_conj and len(words) > 2 and (second.low in lx.dets or second.cap):
        # "Doch der Anteil … übersetze sich …": the conjunction stands before the field
        words = words[1:]
        first, second = second, v.toks[words[1]]
    if first.low in lx.pronouns or first.low in lx.impersonal_subjects \
            or first.low in lx.lead_conj or first.low in lx.trail_adv \
            or (first.low in lx.adv_openers and first.low not in lx.prepositions  # "Dabei dauere …"
                and first.low not in lx.article_preps and first.low not in lx.subordinators
                and not second.cap) \
            or (first.low in lx.dets and not second.cap  # "Dieser bestehe", not "Die neue Regel"
                and not (len(words) > 2 and v.toks[words[2]].cap)):
        k = words[1]  # "Er habe …", "Jedoch ruhe …", "Dieser bestehe …": the verb is second
    else:
        got = at.finder.leading_subject(v)
        if got is None:
            return False
        k = got[1]
    t = v.toks[k]
    if k + 1 < len(v.toks) and v.toks[k + 1].cap and lx.is_adj(t.low, False):
        return False  # an attributive adjective before its noun, not a verb
    # (a passive auxiliary ends like the mood, "wurde", but is a past indicative)
    return not t.cap and t.low not in lx.not_adj and t.low not in lx.passive_aux \
        and lx.syn.is_subjunctive_singular(t.low)
