"""What a set of claims says about its stories, so that series identity survives real extraction.

Extractors name the same thing in many ways: one article counts "Fahrgäste" injured, the next
"Menschen"; one labels a share "Tobias Kern", the next "Kern"; one source is "Institut der
deutschen Wirtschaft", the next "arbeitgebernahe Institut der deutschen Wirtschaft (IW)". A
series keyed on exact labels splits there, and the ledger loses its updates, sums and gap
candidates. This module holds the tolerant rules, each of them conservative — when a match is
ambiguous nothing is joined:

* **Labels** are compared by :func:`~claimledger.reconcile.series.label_key`: case,
  punctuation, leading short function words ("Für Investitionen") and plural or case endings
  ("Ankünfte"/"Ankünften") do not matter. Things of a compared measure are keyed without
  them (series.py); labels are evidence inside such a series (the end of this module).
* **Label variants** where labels are keys (measure ``other``, or claims keyed on their label
  alone): within one measure, unit and place, a label whose words are all part of exactly one
  longer label is that label ("Kern" of "Tobias Kern"); a figure with no label joins the one
  labelled series of its measure, unit and place when there is exactly one.
* **Unspecified people**: a count of "people" of an event (:data:`PEOPLE_MEASURES`: killed,
  wounded, cases, participants, ...) joins the series of the one other group counted for the
  same measure, unit, nationality and place ("27 Fahrgäste" and "31 Menschen" injured in one
  crash); sizes of groups (the catch-all "size") never join. Distinct corps and parts of the population (:data:`NEVER_PEOPLE`: police,
  aid workers, troops, children, ...) are never joined and never make it ambiguous; with two
  or more other groups nothing is joined, and a group that only has lost figures
  (placeholders) is never joined — its placeholder would take the people's figures.
* **Source variants** (per series, :func:`merge_source_variants`): a source key made from a
  phrase whose words are all part of exactly one longer phrase key of the same series is that
  source ("Stadt" of "Stadt Wellheim", "Veranstalters" of "Zahl des Veranstalters").
  Registry ids (with a dot, "de.db") and the outlet speaking for itself are never merged.

* **Continued stories**: a document that names no place at all takes the place where the
  other documents count what it counts (:func:`continued_places`).

The first four need all claims of a place, so they are computed once by
:func:`story_context` (a pre-pass, like the documents' places) and applied by
:func:`~claimledger.reconcile.series.series_key`; they depend only on the claims of the same
measure, unit and place, so another place's story never changes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from math import gcd
from typing import TYPE_CHECKING

from claimledger.reconcile.series import (PEOPLE_MEASURES, SeriesKey, fold_word, weighted_document_places,
                                          label_key, raw_series_key)

if TYPE_CHECKING:
    from claimledger.model import Claim
    from claimledger.reconcile.estimates import Cluster
    from claimledger.reconcile.series import Obs

# groups that a count of unspecified "people" never joins: distinct corps (police officers
# injured are not the injured people of a crash) and parts of a population (12 children among
# 40 dead are not a rival toll of 40)
NEVER_PEOPLE = frozenset({
    "police", "aid_workers", "troops", "soldiers", "children", "women", "men", "journalists",
    "doctors", "politicians", "teachers", "pupils", "students", "prisoners",
})

# kinds of source that are bodies a role noun may stand for ("der Verein", "der Konzern")
BODY_KINDS = frozenset({"organisation", "company"})
_KIND = "kind:"  # the family prefix of a source outside the registry with a kind (series.py)


def _words(key: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in key.replace("_", " ").replace("-", " ").split() if w)


def _unique_superset(words: frozenset[str], others: dict[str, frozenset[str]]) -> str | None:
    """The one maximal key whose words strictly contain ``words``; None when none or several."""
    sup = [k for k, w in others.items() if words < w]
    maximal = [k for k in sup if not any(others[k] < others[j] for j in sup)]
    return maximal[0] if len(maximal) == 1 else None


def superset_aliases(words: dict[str, frozenset[str]]) -> dict[str, str]:
    """``{k: _unique_superset(words[k], words)}`` for every key that has one, in sorted key
    order. A superset holds every word of ``k``, so only the keys that share ``k``'s rarest
    word are tested: at ten million claims one measure has thousands of labels
    ("troops of story 4711"), and testing each against all of them was most of the
    planner's story pre-pass."""
    postings: dict[str, list[str]] = {}
    for k, w in words.items():   # in ``words``' order, as the scan of all keys meets them
        for x in w:
            postings.setdefault(x, []).append(k)
    out = {}
    for k in sorted(words):
        mine = words[k]
        if mine:
            rarest = min(mine, key=lambda x: (len(postings[x]), x))
            pool = {j: words[j] for j in postings[rarest]}
        else:
            pool = words   # no word: every key with a word is a superset
        sup = _unique_superset(mine, pool)
        if sup is not None:
            out[k] = sup
    return out


@dataclass
class StoryContext:
    """The pre-pass facts :func:`~claimledger.reconcile.series.series_key` applies."""

    places: dict[str, str] = field(default_factory=dict)      # document -> its place
    # (measure, unit, nationality, place) -> the group that unspecified people join there
    people_as: dict[tuple[str, str, str, str], str] = field(default_factory=dict)
    # (measure, unit, nationality, place, basis) -> {label: the label it is a variant of}
    labels: dict[tuple[str, str, str, str, str], dict[str, str]] = field(default_factory=dict)

    def resolve(self, key: SeriesKey) -> SeriesKey:
        """The key after joining unspecified people and label variants."""
        measure, unit, group, nat, place, label, basis = key
        if group == "people":
            group = self.people_as.get((measure, unit, nat, place), group)
        elif not group:
            label = self.labels.get((measure, unit, nat, place, basis), {}).get(label, label)
        return (measure, unit, group, nat, place, label, basis)


def story_context(claims: Iterable[Claim]) -> StoryContext:
    """The documents' places, people's joins and label variants of a set of claims."""
    return weighted_story_context([(c, 1) for c in claims])


def weighted_story_context(rows: list[tuple[Claim, int]]) -> StoryContext:
    """:func:`story_context` of claims each standing for ``weight`` identical ones (what a
    driver that groups claims in a database hands over instead of millions of objects)."""
    places = weighted_document_places(rows)
    return placed_story_context(places, [(c, places[c.doc_id]) for c, _ in rows
                                         if c.doc_id in places],
                                [(c, w) for c, w in rows if c.doc_id not in places])


def placed_story_context(places: dict[str, str], placed: list[tuple[Claim, str]],
                         unplaced: list[tuple[Claim, int]]) -> StoryContext:
    """:func:`story_context` once the documents' own places are known
    (:func:`~claimledger.reconcile.series.weighted_document_places`): ``placed`` holds the
    claims of documents with a place, each with that place — only which keys occur matters
    there, so one claim per distinct combination of fields and place will do, whatever its
    document; ``unplaced`` the claims of documents without one, weighted (their documents
    vote for a continued place, :func:`continued_places`)."""
    keys = _KeyMemo()
    told = _told(placed, keys)
    ctx = StoryContext(places=dict(places))
    ctx.places.update(_continued(unplaced, told, keys))
    groups: dict[tuple[str, str, str, str], set[str]] = {}
    labels: dict[tuple[str, str, str, str, str], set[str]] = {}
    for c, doc_place in placed + [(c, ctx.places.get(c.doc_id, "")) for c, _ in unplaced]:
        k = keys.of(c, doc_place or None)
        if k is None:
            continue
        measure, unit, group, nat, place, label, basis = k
        if group and not c.placeholder and measure in PEOPLE_MEASURES:
            # a lost figure never makes a group a join target; sizes are no event's count
            groups.setdefault((measure, unit, nat, place), set()).add(group)
        elif not group:
            labels.setdefault((measure, unit, nat, place, basis), set()).add(label)
    for where, gs in groups.items():
        roles = gs - {"people"} - NEVER_PEOPLE  # a corps or a part never makes it ambiguous
        if "people" in gs and where[3] and len(roles) == 1:
            ctx.people_as[where] = next(iter(roles))
    for where, ls in labels.items():
        alias = superset_aliases({x: _words(x) for x in ls})
        if alias:
            ctx.labels[where] = alias
    return ctx


def continued_places(rows: list[tuple[Claim, int]], places: dict[str, str]) -> dict[str, str]:
    """Places of documents that name none: an article that continues a story told elsewhere
    ("Sechs Menschen starben in den Fluten") is about the place where the other documents
    count the same measures of the same groups. Each of its figures that names no place votes
    for the places those series have; a place wins with more than half of the votes."""
    keys = _KeyMemo()
    told = _told([(c, places[c.doc_id]) for c, _ in rows if c.doc_id in places], keys)
    return _continued([(c, w) for c, w in rows if c.doc_id not in places], told, keys)


class _KeyMemo(dict[tuple, "SeriesKey | None"]):
    """:func:`raw_series_key` once per distinct combination of what it reads (measure, unit,
    subject, ``who``, the document's place): the pre-pass asks it for every document's claims,
    and a story's documents repeat the same few combinations."""

    def of(self, c: Claim, doc_place: str | None) -> SeriesKey | None:
        w = c.who
        sig = (c.measure, c.unit, c.subject, w.group, w.nationality, w.place, doc_place)
        if sig in self:
            return self[sig]
        k = self[sig] = raw_series_key(c, doc_place)
        return k


def _told(placed: list[tuple[Claim, str]], keys: _KeyMemo
          ) -> dict[tuple[str, str, str], set[str]]:
    """(measure, unit, group) -> the places where documents with a place count it."""
    told: dict[tuple[str, str, str], set[str]] = {}
    for c, doc_place in placed:
        k = keys.of(c, doc_place)
        if k is not None and k[4] and k[6] == "who":
            told.setdefault((k[0], k[1], k[2]), set()).add(k[4])
    return told


def _continued(unplaced: list[tuple[Claim, int]], told: dict[tuple[str, str, str], set[str]],
               keys: _KeyMemo) -> dict[str, str]:
    """The votes of :func:`continued_places`, from the claims of documents with no place.
    A document's outcome depends only on how much weight it gives each (measure, unit, group)
    and not on its scale (a majority and a unique maximum stay so when all votes are
    multiplied alike), so documents that vote alike are counted once."""
    by_doc: dict[str, dict[tuple[str, str, str], int]] = {}
    for c, w in unplaced:
        if c.who.place:
            continue
        k = keys.of(c, "*")  # as if the document had a place: its who-based key
        if k is None or not told.get((k[0], k[1], k[2])):
            continue
        per = by_doc.setdefault(c.doc_id, {})
        per[k[0], k[1], k[2]] = per.get((k[0], k[1], k[2]), 0) + w
    out: dict[str, str] = {}
    outcome: dict[frozenset[tuple[tuple[str, str, str], int]], str | None] = {}
    for doc, weights in by_doc.items():
        g = gcd(*weights.values())
        votes = frozenset((t, w // g) for t, w in weights.items())
        if votes not in outcome:
            outcome[votes] = _majority(votes, told)
        place = outcome[votes]
        if place is not None:
            out[doc] = place
    return out


def _majority(votes: frozenset[tuple[tuple[str, str, str], int]],
              told: dict[tuple[str, str, str], set[str]]) -> str | None:
    """The place that more than half of a document's votes go to, alone at the top."""
    per: dict[str, int] = {}
    for t, w in votes:
        for place in told[t]:
            per[place] = per.get(place, 0) + w
    place, n = min(per.items(), key=lambda kv: (-kv[1], kv[0]))
    voters = sum(w for _, w in votes)
    if 2 * n > voters and sum(1 for v in per.values() if v == n) == 1:
        return place
    return None


def merge_source_variants(obs: Iterable[Obs]) -> None:
    """Give every phrase source key of one series that is a variant of exactly one longer
    phrase key that key, and a body's role its one named body (in place; idempotent,
    independent of order)."""
    obs = list(obs)
    keys = {o.source for o in obs if "." not in o.source and not o.source.startswith("outlet:")}
    if len(keys) < 2:
        return
    _merge_roles(obs, keys)
    words = {k: _words(k) for k in keys}
    canon = {k: sup for k in sorted(keys) if (sup := _unique_superset(words[k], words))}
    # several maximal keys might still share a word set after folding: keep the smallest name
    same: dict[frozenset[str], str] = {}
    for k in sorted(keys):
        same.setdefault(words[k], k)
    for o in obs:
        k = canon.get(o.source, o.source)
        k = same.get(words[k], k) if k in words else k
        if k != o.source:
            o.source = k


def _merge_roles(obs: list[Obs], keys: set[str]) -> None:
    """"der Veranstalter" in one report, "SCC Events" in another: a role noun that its own
    article tied to no body (a one-word key whose kind is a body's, :data:`BODY_KINDS`)
    is the one body of the series that is named by a name the pack could not classify (a
    key of several words and no kind). With none or several such names nothing is joined;
    a role with words of its own ("dortige Organisatoren") names another body."""
    roles = {o.source for o in obs if o.source in keys and "_" not in o.source
             and o.family[len(_KIND):] in BODY_KINDS and o.family.startswith(_KIND)}
    if not roles:
        return
    names = {o.source for o in obs if o.source in keys and "_" in o.source and o.family == o.source}
    if len(names) != 1:
        return
    name = next(iter(names))
    for o in obs:
        if o.source in roles:
            o.source = name


# ---------------------------------------------------------------- labels as evidence
# Things (money, shares, areas, magnitudes: no group of people) are keyed on measure, unit and
# place, not on their labels: extractors label them with the counted words as written, and
# "Defizit" and "Neuverschuldung", "Etat" and "Ausgaben" are one quantity. Inside such a
# series the labels are still evidence, used where a wrong pairing would be visible: a lost
# figure is filled from a figure of the same label before any other, and two figures of
# clearly different labels and far apart in size are never paired as rivals or as an update.

THING_RIVALS = 2.0  # rival estimates of one quantity differ by less than this factor


@lru_cache(maxsize=65536)
def label_words(label: str | None) -> frozenset[str]:
    """The words of a subject label as :func:`~claimledger.reconcile.series.label_key`
    compares them (empty when the label names nothing)."""
    return frozenset(label_key(label).split())


def obs_label(o: Obs) -> frozenset[str]:
    """The words of a claim's label as evidence of what it counts: none when the label only
    repeats its source's name ("Den Schaden beziffert das Finanzministerium auf ..." labelled
    "Finanzministerium") — a source says who counts, not what."""
    words = label_words(o.subject_label)
    if words and o.named and words <= label_words(o.source_label):
        return frozenset()
    return words


def labels_match(a: frozenset[str], b: frozenset[str]) -> bool | None:
    """None when either label is empty (no evidence), else whether one label's words are all
    part of the other's ("Kern" and "Tobias Kern", "Investitionen" and "für Investitionen")."""
    if not a or not b:
        return None
    return a <= b or b <= a


def _label_sets(e: Cluster) -> frozenset[frozenset[str]]:
    """The labels of an estimate's claims as evidence (:func:`obs_label`, the empty one left
    out), worked out once per estimate: a series' estimates are paired many times over."""
    if e.label_sets is None:
        e.label_sets = frozenset({obs_label(o) for o in e.members} - {frozenset()})
    return e.label_sets


def clusters_may_pair(a: Cluster, b: Cluster) -> bool:
    """May two estimates of a thing series be read as rivals or as an update? Yes when their
    labels match or say nothing; otherwise only when their figures are of one size (within
    :data:`THING_RIVALS`), as rival estimates of one quantity are."""
    la, lb = _label_sets(a), _label_sets(b)
    if not la or not lb or any(labels_match(x, y) for x in la for y in lb):
        return True
    va, vb = abs(a.best or 0.0), abs(b.best or 0.0)
    return min(va, vb) > 0 and max(va, vb) / min(va, vb) < THING_RIVALS
