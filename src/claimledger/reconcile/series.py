"""Grouping claims into series, and the per-claim facts every later step compares.

A series is one measured quantity: a measure and a unit, and whom it counts — ``who`` of
Contract 1 (group, nationality, place). Claims are turned into light :class:`Obs` records
once, so that clustering, disagreement and gap search work on plain numbers (day ordinals,
float intervals) instead of re-reading dataclasses a million times.

Decisions (documented here because the ledger's behaviour depends on them):

* **Identity on who.** Claims join when measure, unit and group are equal and nationality and
  place agree. A claim that names no place takes the place its own document talks about most
  (an article's story carries to figures that name no other), so the unspecified "people" of a
  flood report join the flood's series. A nationality equal to the place adds nothing ("Spanish
  people" counted in Spain are the place's people) and is dropped from the key. Groups are
  never widened: police officers or aid workers are not "people".
* **Things are not keyed on labels.** Figures about things (no group: money, vote shares,
  areas, magnitudes) of one measure, unit and place are one series: extractors label them
  with the counted words as written, and "Defizit" and "Neuverschuldung", "Etat" and
  "Ausgaben" are one quantity. Inside the series labels and sizes are evidence
  (:mod:`.story`): a source's breakdown is no set of rivals, an update follows the figure of
  its own size, a lost figure is filled from its own label first. Figures of measure
  ``other`` (never compared) keep their label in the key, for display.
* **Fallback on the subject label** for claims whose ``who`` is empty and whose document
  names no place either: they are grouped by their comparable label (:func:`label_key`),
  measure and unit. Such a key states no place: for things it meets keys on who of any place
  in the gap search (:func:`keys_compatible`); for counts of people it never does.
* A claim with measure ``other`` **and** nothing saying whom it counts is dropped: grouping it
  with other unclassified figures would invent a series out of noise. (A placeholder of that
  kind still appears in the gaps, with no candidates.)
* A series whose measure is ``other`` or that names no group, place, nationality or subject is
  listed but *not comparable*: it never produces disagreements, updates or relations, and a
  placeholder in it gets no candidates.
* A claim with no time falls back to its article's publication day (a figure printed on a day
  holds at least as of that day); with neither, its time is unknown and it is only compared
  with other claims of unknown time.
* Units are part of the key: euros are never compared with persons. A count of people with no
  unit is a count of persons.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from datetime import date

from claimledger.model import Claim, Who

if TYPE_CHECKING:
    from claimledger.reconcile.story import StoryContext

# Relative half-widths of the interval a figure stands for. Two exact figures within ~2% agree;
# "about N" stretches further, but not so far that "about 4,000" and "about 4,700" agree.
EXACT_TOL = 0.01
APPROX_TOL = 0.04

# Days two figures may lie apart and still count as "the same moment" for corroboration and gaps.
CLOSE_DAYS = 31

# Counts that only grow: a later, larger figure from another source is an update, not a
# contradiction. Money (damage, aid, amounts) is not among them: two sources' figures for one
# damage are rival estimates of one quantity (the same source's later figure still updates).
CUMULATIVE = frozenset({
    "killed", "casualties", "wounded", "captured", "missing", "displaced", "captured_area",
    "received", "sent", "processed", "cases", "hospitalised",
})
# Stocks that change over time (troops deployed, present, an army's size): a larger figure more
# than a month later is an update; within the same month, a disagreement.
STOCK = frozenset({"deployed", "present", "size"})

POINT_BOUNDS = frozenset({"exact", "approx", "range"})
LOWER_BOUNDS = frozenset({"more_than", "at_least"})
UPPER_BOUNDS = frozenset({"up_to", "at_most"})

INF = float("inf")

_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s.-]+")


@lru_cache(maxsize=65536)
def norm_text(s: str | None) -> str | None:
    """Case- and whitespace-insensitive form of a subject or source mention, so that spelling
    variants of the same name land in the same series."""
    if s is None:
        return None
    t = _WS.sub(" ", _PUNCT.sub(" ", s.casefold())).strip(" .-")
    return t or None


_ENDINGS = ("en", "n", "s", "e")  # plural and case endings folded by label_key (de, en)
_MIN_STEM = 4


@lru_cache(maxsize=65536)
def fold_word(w: str) -> str:
    """A word without its plural and case endings (at most two, "Schäden"/"Schaden" apart),
    so that inflected forms compare equal: "damages" and "damage", "Ankünften" and
    "Ankünfte" fold to one stem."""
    for _ in range(2):
        end = next((e for e in _ENDINGS if len(w) >= _MIN_STEM + len(e) and w.endswith(e)), None)
        if end is None:
            break
        w = w[: -len(end)]
    return w


# room for every subject of ten million claims (a hundred thousand): the planner asks for
# each of hundreds of thousands of key combinations, and a smaller cache thrashed
@lru_cache(maxsize=1 << 18)
def label_key(s: str | None) -> str:
    """The comparable form of a subject label ("" when none): normalised, leading words of
    up to three letters dropped while a longer one follows ("für", "der", "the"), each word
    folded by :func:`fold_word`."""
    t = norm_text(s)
    if not t:
        return ""
    # diacritics off: plurals with umlaut ("Schaden"/"Schäden", "Ankunft"/"Ankünfte") meet
    t = "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))
    words = t.split()
    while len(words) > 1 and len(words[0]) <= 3:
        words.pop(0)
    return " ".join(fold_word(w) for w in words)



def month_index(day: int) -> int:
    """Calendar month of a day ordinal as one integer (year*12 + month)."""
    d = date.fromordinal(day)
    return d.year * 12 + d.month - 1


@dataclass(slots=True)
class Obs:
    """One usable claim, reduced to what reconciliation compares."""

    id: str
    sort_key: tuple
    kind: str            # "point" | "lower" | "upper" | "vague"
    bound: str
    low: float | None
    high: float | None
    lo: float            # interval of values the claim is compatible with
    hi: float
    value: float | None  # a single representative number (None for vague)
    t0: int | None       # day ordinals, inclusive; None when unknown
    t1: int | None
    increment: bool
    pub: int | None      # publication day ordinal: which of one source's statements is later
    source: str          # source key: registry id, else normalised mention, else outlet:<outlet>
    family: str          # coarser grouping of sources (registry prefix "kr" of "kr.nis")
    source_label: str    # what a reader would call the source
    named: bool          # a source is named (not the outlet speaking for itself)
    outlet: str          # independence key: the outlet, else the document
    placeholder: bool
    subject_label: str | None
    unit: str | None


def value_interval(bound: str, low: float | None, high: float | None
                   ) -> tuple[str, float, float, float | None] | None:
    """The kind and the interval of values a figure admits; None when it gives no number."""
    if bound == "vague" or (low is None and high is None):
        return None
    lo_v = low if low is not None else high
    hi_v = high if high is not None else low
    assert lo_v is not None and hi_v is not None
    if lo_v > hi_v:
        lo_v, hi_v = hi_v, lo_v
    if bound in LOWER_BOUNDS:
        return "lower", lo_v - _slack(lo_v, EXACT_TOL), INF, lo_v
    if bound in UPPER_BOUNDS:
        return "upper", -INF, hi_v + _slack(hi_v, EXACT_TOL), hi_v
    tol = APPROX_TOL if bound == "approx" else EXACT_TOL
    mid = lo_v if lo_v == hi_v else (lo_v + hi_v) / 2
    return "point", lo_v - _slack(lo_v, tol), hi_v + _slack(hi_v, tol), mid


def _slack(x: float, rel: float) -> float:
    """How far a figure may be from another and still be the same figure: ``rel`` of it, but
    for a figure written with decimals (a magnitude of 7.5, 33.4 percent) no more than a
    quarter of its last digit — 7.5 and 7.6 are two readings, not one."""
    slack = abs(x) * rel
    if float(x).is_integer():
        return slack
    for places in (1, 2, 3):
        if abs(round(x, places) - x) < 1e-9:
            return min(slack, 0.25 * 10.0 ** -places)
    return slack


def source_facts(c: Claim) -> tuple[str, str, str, bool]:
    """(key, family, label, named) of the claim's source; a missing source is the outlet."""
    s = c.source
    if s is not None and (s.id or (s.text and s.text.strip())):
        key = s.id or norm_text(s.text) or s.text
        # a registry id's prefix ("kr" of "kr.nis": one state's organs); else the kind of
        # source the extractor gives ("government": a regional government and a ministry),
        # so that a lost figure may be filled from a related source's word
        family = (key.split(".", 1)[0] if s.id and "." in key
                  else f"kind:{s.kind}" if s.kind else key)
        label = s.label or (s.text.strip() if s.text and s.text.strip() else s.id or key)
        return key, family, label, True
    where = c.outlet or c.doc_id
    key = f"outlet:{norm_text(where) or where}"
    return key, key, (c.outlet or f"the article {c.doc_id}"), False


def claim_time(c: Claim) -> tuple[int | None, int | None]:
    """Day-ordinal interval of the claim, falling back to the publication day."""
    if c.time is not None:
        a, b = c.time.start.toordinal(), c.time.end.toordinal()
        return (a, b) if a <= b else (b, a)
    if c.published is not None:
        d = c.published.toordinal()
        return d, d
    return None, None


# (measure, unit, group, nationality, place, subject label, basis): basis is "who" when the
# claim says whom it counts, else "subject" (the fallback on the subject label, who fields
# empty); the subject label is set for the fallback and for things (no group)
SeriesKey = tuple[str, str, str, str, str, str, str]

# measures that count people by definition (SPEC Contract 1): with no group named, the group
# is people in general — never a narrower one (police, aid workers stay apart)
PEOPLE_MEASURES = frozenset({"killed", "wounded", "casualties", "missing", "displaced", "cases",
                             "hospitalised", "participants"})

# one category, two spellings: the counted group's normal form
GROUP_ALIASES = {"soldiers": "troops", "soldier": "troops", "person": "people",
                 "rescuers": "aid_workers", "firefighters": "aid_workers",
                 "police_officers": "police", "officers": "police"}


def canon_group(group: str | None) -> str:
    """Normal form of a ``who.group`` ("" when none)."""
    g = (group or "").strip().casefold().replace(" ", "_")
    return GROUP_ALIASES.get(g, g)


def has_who(c: Claim) -> bool:
    w = c.who
    return w is not None and bool(w.group or w.nationality or w.place)


def document_places(claims: Iterable[Claim]) -> dict[str, str]:
    """:func:`weighted_document_places` of claims each counted once."""
    return weighted_document_places((c, 1) for c in claims)


def weighted_document_places(rows: Iterable[tuple[Claim, int]]) -> dict[str, str]:
    """The place each document is about: the place stated by more than half of its claims
    that say what they count (a ``who``, or a measure), so that a document whose only stated
    place is a comparison abroad ("in Austria, too, ...", "Benfica paid 35 million") does not
    move its own figures there — its figures about things that state no place count too.

    A function of each document's own claims, so one story never changes another's series.
    """
    counts: dict[str, dict[str, int]] = {}
    with_who: dict[str, int] = {}
    for c, w in rows:  # w: how many claims this one stands for (a driver's grouped rows)
        if not has_who(c) and (c.measure or "other") == "other":
            continue
        with_who[c.doc_id] = with_who.get(c.doc_id, 0) + w
        if c.who.place:
            per = counts.setdefault(c.doc_id, {})
            per[c.who.place] = per.get(c.who.place, 0) + w
    out: dict[str, str] = {}
    for doc, per in counts.items():
        place, n = min(per.items(), key=lambda kv: (-kv[1], kv[0]))
        if 2 * n > with_who[doc]:
            out[doc] = place
    return out


def series_key(c: Claim, doc_place: str | None = None,
               context: StoryContext | None = None) -> SeriesKey | None:
    """The series a claim belongs to, or None when it is dropped.

    ``doc_place`` is the place of the claim's document (:func:`document_places`), used when
    the claim names none; ``context`` (:func:`~claimledger.reconcile.story.story_context` of
    all claims) supplies it when not given, and joins unspecified people and label variants.
    This is the one definition of series identity; grouping claims by it (anywhere, e.g. on a
    cluster) and reconciling each group alone gives the ledger.
    """
    if context is not None and doc_place is None:
        doc_place = context.places.get(c.doc_id)
    key = raw_series_key(c, doc_place)
    return key if key is None or context is None else context.resolve(key)


def raw_series_key(c: Claim, doc_place: str | None = None) -> SeriesKey | None:
    """:func:`series_key` before the story's joins: measure, unit, ``who`` (a claim without
    one takes its document's place), and for things the comparable label (:func:`label_key`).
    Only a count that names no place in a document without one falls back to its label;
    a thing (money, a share: a unit other than persons) is keyed as about no stated place."""
    measure = c.measure or "other"
    subj = label_key(c.subject)
    thing = c.unit not in (None, "person") and measure != "other"
    if not has_who(c) and not doc_place and not thing:
        if not subj and measure == "other":
            return None
        return (measure, c.unit or "", "", "", "", subj, "subject")
    group = canon_group(c.who.group)
    if not group and c.measure in PEOPLE_MEASURES and c.unit in (None, "person"):
        group = "people"  # a toll or case count that names no narrower group counts people
    if not group and not subj and measure == "other":
        return None  # an unclassified figure about nothing named: noise, not a series
    place = c.who.place or doc_place or ""
    nat = c.who.nationality or ""
    if nat == place:
        nat = ""
    unit = c.unit or ("person" if group else "")
    # a group of people says whom a figure counts; things of one measure, unit and place are
    # one series whatever their labels (module docstring); unclassified ones keep the label
    return (measure, unit, group, nat, place, "" if group or measure != "other" else subj, "who")


def keys_compatible(a: SeriesKey, b: SeriesKey) -> bool:
    """Could the two series count the same thing? Same measure and group, units and subject
    labels equal where both have one, nationality and place equal where both state them. A
    series keyed on its label alone (its claims name no place, nor do their documents) states
    no place: a thing of that kind is compatible with the same kind of thing about any place
    (the gap search then prefers figures of the same label, :mod:`.gaps`)."""
    if a[0] != b[0] or a[2] != b[2]:
        return False
    if a[6] == b[6] and a[5] != b[5]:
        return False
    if a[6] != b[6] and a[2]:
        return False  # counts of people keyed on a label never meet counts keyed on who
    if a[1] and b[1] and a[1] != b[1]:
        return False
    return all(not x or not y or x == y for x, y in ((a[3], b[3]), (a[4], b[4])))


def to_obs(c: Claim) -> Obs:
    """Reduce a claim to an :class:`Obs` (placeholders and vague figures become kind "vague")."""
    t0, t1 = claim_time(c)
    return make_obs(c.id, c.doc_id, tuple(c.span), c.value.bound, c.value.low, c.value.high,
                    bool(c.placeholder), bool(c.increment), t0, t1,
                    c.published.toordinal() if c.published else None, source_facts(c),
                    c.outlet, c.subject, c.unit)


def make_obs(cid: str, doc_id: str, span: tuple, bound: str, low: float | None,
             high: float | None, placeholder: bool, increment: bool, t0: int | None,
             t1: int | None, pub: int | None, facts: tuple[str, str, str, bool],
             outlet: str | None, subject: str | None, unit: str | None) -> Obs:
    """:func:`to_obs` from a claim's values (``facts``: :func:`source_facts`), for readers
    that never make the claim itself (the parallel driver's workers read Arrow columns)."""
    iv = None if placeholder else _interval(bound, low, high)
    key, family, label, named = facts
    if iv is None:
        kind, lo, hi, val = "vague", -INF, INF, None
    else:
        kind, lo, hi, val = iv
    sk = (cid, doc_id, span, bound, -INF if low is None else low, -INF if high is None else high)
    # positional: the order of Obs's fields
    return Obs(cid, sk, kind, bound, low, high, lo, hi, val, t0, t1, increment, pub, key,
               family, label, named, (outlet and _outlet_tag(outlet)) or f"d:{doc_id}",
               placeholder, _label(subject) if subject else None, unit)


# a corpus repeats a few figures, outlets and labels millions of times: each is worked out
# once (typed, so that 1000 and 1000.0 keep their own results)
_interval = lru_cache(maxsize=1 << 16, typed=True)(value_interval)


@lru_cache(maxsize=1 << 16)
def _outlet_tag(outlet: str) -> str | None:
    """The independence key of an outlet's claims ("o:" and its normalised name)."""
    where = norm_text(outlet)
    return f"o:{where}" if where else None


@lru_cache(maxsize=1 << 16)
def _label(subject: str) -> str:
    return subject.strip()


@dataclass(slots=True)
class SeriesGroup:
    """All claims of one series, split into usable observations and placeholders. Grouping
    (``group_series``, ``columns.group_batches``) leaves ``obs`` in ``sort_key`` order, which
    ``reconcile_series`` relies on (it clusters them without sorting them again): build a group
    any other way and sort its ``obs`` by ``estimates._SORT_KEY`` first."""

    key: SeriesKey
    obs: list[Obs]
    placeholders: list[Obs]
    labels: dict[str, int]

    @property
    def subject(self) -> str | None:
        """The most frequent spelling of the subject (ties: alphabetical), for display; made
        from ``who`` when no claim has one."""
        if not self.labels:
            w = self.who
            if not (w.group or w.nationality or w.place):
                return None
            where = "/".join(x for x in (w.nationality, w.place) if x)
            return f"{w.group or self.measure}{f' ({where})' if where else ''}"
        return min(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    @property
    def measure(self) -> str:
        return self.key[0]

    @property
    def unit(self) -> str | None:
        return self.key[1] or None

    @property
    def who(self) -> Who:
        return Who(self.key[2] or None, self.key[3] or None, self.key[4] or None)

    @property
    def comparable(self) -> bool:
        """Only series that say what they count, and about whom, are reasoned across sources;
        for a thing its measure and unit say it (euros of damage, hectares of burned area)."""
        return self.key[0] != "other" and (any(self.key[2:6]) or self.key[1] not in ("", "person"))


def group_series(claims: Iterable[Claim], context: StoryContext | None = None
                 ) -> dict[SeriesKey, SeriesGroup]:
    """Bucket claims by series key; lists inside each bucket are sorted by stable keys.
    ``context`` is the story pre-pass (:func:`~claimledger.reconcile.story.story_context`) of
    all claims, by default of ``claims`` — a parallel driver, which hands a worker only some
    of the claims, passes the one it made of all of them."""
    from claimledger.reconcile.story import story_context  # it builds on this module

    claims = list(claims)
    ctx = story_context(claims) if context is None else context
    groups: dict[SeriesKey, SeriesGroup] = {}
    for c in claims:
        key = series_key(c, context=ctx)
        if key is None:
            if not c.placeholder:
                continue
            # every placeholder must reach the gaps, even one that says nothing about itself;
            # its group holds no figures, so it is never listed as a series
            key = ("other", c.unit or "", "", "", "", "", "subject")
        g = groups.get(key)
        if g is None:
            g = groups[key] = SeriesGroup(key, [], [], {})
        o = to_obs(c)
        if o.subject_label:
            g.labels[o.subject_label] = g.labels.get(o.subject_label, 0) + 1
        (g.placeholders if o.placeholder else g.obs).append(o)
    for g in groups.values():
        g.obs.sort(key=lambda o: o.sort_key)
        g.placeholders.sort(key=lambda o: o.sort_key)
    return groups


def time_gap(a0: int | None, a1: int | None, b0: int | None, b1: int | None) -> int | None:
    """Days between two intervals (0 when they overlap); None when either is unknown."""
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return None
    return max(0, b0 - a1, a0 - b1)
