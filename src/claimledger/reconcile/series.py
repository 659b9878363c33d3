"""Grouping claims into series, and the per-claim facts every later step compares.

A series is one measured quantity: (normalised subject, measure, unit). Claims are turned into
light :class:`Obs` records once, so that clustering, disagreement and gap search work on plain
numbers (day ordinals, float intervals) instead of re-reading dataclasses a million times.

Decisions (documented here because the ledger's behaviour depends on them):

* A claim with measure ``other`` **and** no subject is dropped: nothing says what it counts, so
  grouping it with other unclassified figures would invent a series out of noise. (A
  placeholder of that kind still appears in the gaps, with no candidates.)
* A series whose subject is missing, or whose measure is ``other``, is still listed (a figure
  repeated by several outlets is worth seeing) but it is *not comparable*: it never produces
  disagreements, updates or relations, and a placeholder in it gets no candidates, because we
  cannot be sure two such figures count the same thing.
* A claim with no time falls back to its article's publication day (a figure printed on a day
  holds at least as of that day); with neither, its time is unknown and it is only compared
  with other claims of unknown time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from claimledger.model import Claim

# Relative half-widths of the interval a figure stands for. Two exact figures within ~2% agree;
# "about N" stretches further, but not so far that "about 4,000" and "about 4,700" agree.
EXACT_TOL = 0.01
APPROX_TOL = 0.04

# Days two figures may lie apart and still count as "the same moment" for corroboration and gaps.
CLOSE_DAYS = 31

# Measures that only grow: a later, larger figure is an update, not a contradiction.
CUMULATIVE = frozenset({
    "killed", "casualties", "wounded", "captured", "missing", "displaced", "damage",
    "captured_area", "aid", "received", "sent", "processed",
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
        return "lower", lo_v - abs(lo_v) * EXACT_TOL, INF, lo_v
    if bound in UPPER_BOUNDS:
        return "upper", -INF, hi_v + abs(hi_v) * EXACT_TOL, hi_v
    tol = APPROX_TOL if bound == "approx" else EXACT_TOL
    mid = lo_v if lo_v == hi_v else (lo_v + hi_v) / 2
    return "point", lo_v - abs(lo_v) * tol, hi_v + abs(hi_v) * tol, mid


def source_facts(c: Claim) -> tuple[str, str, str, bool]:
    """(key, family, label, named) of the claim's source; a missing source is the outlet."""
    s = c.source
    if s is not None and (s.id or (s.text and s.text.strip())):
        if s.id:
            key = s.id
            family = s.id.split(".", 1)[0] if "." in s.id else s.id
        else:
            key = norm_text(s.text) or s.text
            family = key
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


def series_key(c: Claim) -> tuple[str, str, str] | None:
    """(subject, measure, unit) the claim belongs to, or None when it is dropped."""
    subj = norm_text(c.subject)
    if subj is None and c.measure == "other":
        return None
    return (subj or "", c.measure or "other", c.unit or "")


def to_obs(c: Claim) -> Obs:
    """Reduce a claim to an :class:`Obs` (placeholders and vague figures become kind "vague")."""
    iv = None if c.placeholder else value_interval(c.value.bound, c.value.low, c.value.high)
    t0, t1 = claim_time(c)
    key, family, label, named = source_facts(c)
    outlet = f"o:{norm_text(c.outlet)}" if c.outlet and norm_text(c.outlet) else f"d:{c.doc_id}"
    if iv is None:
        kind, lo, hi, val = "vague", -INF, INF, None
    else:
        kind, lo, hi, val = iv
    sk = (c.id, c.doc_id, tuple(c.span), c.value.bound,
          -INF if c.value.low is None else c.value.low,
          -INF if c.value.high is None else c.value.high)
    return Obs(id=c.id, sort_key=sk, kind=kind, bound=c.value.bound, low=c.value.low,
               high=c.value.high, lo=lo, hi=hi, value=val, t0=t0, t1=t1,
               increment=bool(c.increment), source=key, family=family, source_label=label,
               named=named, outlet=outlet, placeholder=bool(c.placeholder),
               subject_label=c.subject.strip() if c.subject else None, unit=c.unit)


@dataclass(slots=True)
class SeriesGroup:
    """All claims of one series, split into usable observations and placeholders."""

    key: tuple[str, str, str]
    obs: list[Obs]
    placeholders: list[Obs]
    labels: dict[str, int]

    @property
    def subject(self) -> str | None:
        """The most frequent spelling of the subject (ties: alphabetical), for display."""
        if not self.labels:
            return None
        return min(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    @property
    def measure(self) -> str:
        return self.key[1]

    @property
    def unit(self) -> str | None:
        return self.key[2] or None

    @property
    def comparable(self) -> bool:
        """Only series that say what they count, and about whom, are reasoned across sources."""
        return bool(self.key[0]) and self.key[1] != "other"


def group_series(claims: Iterable[Claim]) -> dict[tuple[str, str, str], SeriesGroup]:
    """Bucket claims by series key; lists inside each bucket are sorted by stable keys."""
    groups: dict[tuple[str, str, str], SeriesGroup] = {}
    for c in claims:
        key = series_key(c)
        if key is None:
            if not c.placeholder:
                continue
            # every placeholder must reach the gaps, even one that says nothing about itself;
            # its group holds no figures, so it is never listed as a series
            key = ("", "other", c.unit or "")
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
