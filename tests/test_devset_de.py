"""The real-news dev set (40 derStandard articles annotated to SPEC contract 1 before the tool
ran on them, tests/data/devset/ANNOTATION.md) and the twenty-one held-out sets (16 to 20 more
each, annotated blind by other annotators, tests/data/heldout*/README.md), scored with the
project's scorer.

The floors are what the extractor reaches today, so that a change that loses quality fails
here; the issue's bars (precision 0.95, recall 0.92, measure 0.92, counted/group/nationality/
place 0.90) are printed by ``benchmarks/score_devset.py [--set heldout]`` and reported in the
closing notes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from claimledger.extract.pipeline import extract_document
from claimledger.ingest import read_documents
from claimledger.lang import load_pack

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).parent / "support"))
import score_claims  # noqa: E402

FLOORS = {
    "devset": {
        "precision": 0.955, "recall": 0.975, "value_acc": 0.985, "measure_acc": 0.95,
        # 0.899 since durations in words count ("seit vierzig Jahren"): a newly found claim
        # whose counted phrase is a pronoun's antecedent ("während er … tobt" -> Krieg)
        "counted_acc": 0.915, "group_acc": 0.95, "nationality_acc": 0.96, "place_acc": 0.935,
    },
    "heldout": {
        "precision": 0.98, "recall": 0.98, "value_acc": 0.98, "measure_acc": 0.875,
        # group 0.908: a newly found duration whose person is a pronoun ("Er soll seit zwei Jahren")
        # place 0.935: a newly found factor ("fünfmal höher", CERN) takes the dateline's Geneva
        "counted_acc": 0.915, "group_acc": 0.93, "nationality_acc": 0.955, "place_acc": 0.955,
    },
    # the second blind set: first run precision 0.960, recall 0.914, value 0.927, measure 0.865,
    # counted 0.708, group 0.885, nationality 0.990, place 0.771 (tests/data/heldout2/README.md)
    "heldout2": {
        "precision": 0.955, "recall": 0.975, "value_acc": 0.995, "measure_acc": 0.935,
        "counted_acc": 0.915, "group_acc": 0.965, "nationality_acc": 0.985, "place_acc": 0.955,
    },
    # the third blind set, first run (main at 08381be): precision 0.769, recall 0.904, value
    # 0.951, measure 0.806, counted 0.874, group 0.932, nationality 0.990, place 0.650, source
    # 0.777 (tests/data/heldout3/README.md). Its results table is what the standings shape is for.
    # value 0.945: a newly found gap in points ("Vettel wie Ricciardo 52") read as a level
    "heldout3": {
        "precision": 0.95, "recall": 0.975, "value_acc": 0.96, "measure_acc": 0.885,
        "counted_acc": 0.93, "group_acc": 0.95, "nationality_acc": 0.985, "place_acc": 0.95,
    },
    # the fourth, fifth and sixth blind sets (seeds 2029, 2030, 2031). First runs: held-out 4
    # precision 0.927, recall 0.974, value 1.000, measure 0.658, counted 0.803, group 0.868,
    # nationality 0.921, place 0.763, source 0.868; held-out 5 0.990 / 0.972 / 0.981 / 0.767 /
    # 0.825 / 0.854 / 1.000 / 0.883, source 0.835; held-out 6 0.967 / 0.978 / 0.920 / 0.807 /
    # 0.761 / 0.864 / 0.932 / 0.739, source 0.818 (their READMEs). Held-out 4's annotator reads
    # figures of a plan as `planned` (n19), which the other sets do not: its measure stays low.
    # Nouns that only the derived person dictionary knows (lang/de/person_nouns.txt) made group
    # 0.908 -> 0.961, 0.932 -> 0.951, 0.909 -> 0.943 on sets 4-6; they are counted as `size`,
    # where sets 4 and 6 read people charged or released as `other` (n16-01, q13-09, q13-12) and
    # set 5 reads scouts as `size` (p12), so measure moved 0.789 -> 0.776, 0.845 -> 0.864,
    # 0.886 -> 0.864, and the US scouts of a film (p12) now take the story's nationality.
    "heldout4": {
        "precision": 0.97, "recall": 0.98, "value_acc": 0.995, "measure_acc": 0.84,
        "counted_acc": 0.94, "group_acc": 0.98, "nationality_acc": 0.955, "place_acc": 0.8,
    },
    "heldout5": {
        "precision": 0.985, "recall": 0.995, "value_acc": 0.975, "measure_acc": 0.85,
        "counted_acc": 0.92, "group_acc": 0.985, "nationality_acc": 0.975, "place_acc": 0.975,
    },
    "heldout6": {
        "precision": 0.97, "recall": 0.97, "value_acc": 0.935, "measure_acc": 0.87,
        "counted_acc": 0.86, "group_acc": 0.95, "nationality_acc": 0.95, "place_acc": 0.915,
    },
    # the seventh and eighth blind sets (seeds 2032, 2033). First runs on main 704902e's code:
    # held-out 7 precision 0.981, recall 0.972, value 0.962, measure 0.736, counted 0.726, group
    # 0.821, nationality 0.972, place 0.792, source 0.868; held-out 8 0.971 / 0.894 / 0.970 /
    # 0.762 / 0.693 / 0.911 / 0.980 / 0.960, source 0.861. Held-out 8 was kept blind through the
    # round: on the round's code its only moves were group 0.911 -> 0.960 (the person dictionary)
    # and increment 0.960 -> 0.950. Held-out 7 was looked at (its rules: the bracketed list after
    # places, the noun kept through a sentence, roles kept by a noun, the noun before a span).
    "heldout7": {
        "precision": 0.985, "recall": 0.985, "value_acc": 0.965, "measure_acc": 0.835,
        "counted_acc": 0.885, "group_acc": 0.93, "nationality_acc": 0.975, "place_acc": 0.875,
    },
    # One person of a toll ("Ein Soldat wurde getötet", singles.py) then made held-out 8 recall
    # 0.894 -> 0.920 (it had been looked at by then) and cost it one claim of precision (0.971 ->
    # 0.963: "hatte ein Mann … erschossen" counts the gunman); held-out 3 recall 0.956 -> 0.974.
    "heldout8": {
        "precision": 0.965, "recall": 0.925, "value_acc": 0.965, "measure_acc": 0.87,
        "counted_acc": 0.815, "group_acc": 0.985, "nationality_acc": 0.995, "place_acc": 0.975,
    },
    # Held-out 9 to 11 (seeds 2034-2036) were made by helpers who never ran or read the tool
    # and kept blind through the round that made them (round 17); their errors were read in
    # round 18, whose rules they informed. The floors sit just below round 18's final code.
    "heldout9": {
        "precision": 0.955, "recall": 0.955, "value_acc": 0.97, "measure_acc": 0.905,
        "counted_acc": 0.785, "group_acc": 0.875, "nationality_acc": 0.995, "place_acc": 0.905,
    },
    "heldout10": {
        "precision": 0.985, "recall": 0.95, "value_acc": 0.94, "measure_acc": 0.925,
        "counted_acc": 0.85, "group_acc": 0.965, "nationality_acc": 0.995, "place_acc": 0.83,
    },
    "heldout11": {
        "precision": 0.995, "recall": 0.96, "value_acc": 0.995, "measure_acc": 0.81,
        "counted_acc": 0.935, "group_acc": 0.925, "nationality_acc": 0.995, "place_acc": 0.88,
    },
    # Held-out 12 and 13 (seeds 2037, 2038, articles up to 4,000 characters) were annotated
    # blind in round 18. First run on the round's start code: held-out 12 precision 0.959,
    # recall 0.913, value 0.926, measure 0.777, counted 0.819, group 0.936, nationality 0.968,
    # place 0.734, source 0.830; held-out 13 0.977 / 0.955 / 0.964 / 0.845 / 0.750 / 0.964 /
    # 0.988 / 0.798, source 0.821. On the round's final code (the errors unread until then):
    # held-out 12 counted 0.809, source 0.840; held-out 13 measure 0.857, counted 0.786; with the
    # round's last rules (spans governed by a noun, place of stories set off the Earth) held-out
    # 12 place 0.787 and held-out 13 counted 0.798. Held-out 14 and 15 (seeds 2039, 2040; set 15
    # up to 6,000 characters) were annotated blind at the end of round 18: their first run is on
    # its final code. Round 19 read the errors of held-out 12-15 and wrote rules from them; every
    # floor now sits just below round 19's final code.
    "heldout12": {
        "precision": 0.955, "recall": 0.905, "value_acc": 0.95, "measure_acc": 0.855,
        "counted_acc": 0.835, "group_acc": 0.94, "nationality_acc": 0.975, "place_acc": 0.835,
    },
    "heldout13": {
        "precision": 0.97, "recall": 0.95, "value_acc": 0.97, "measure_acc": 0.885,
        "counted_acc": 0.84, "group_acc": 0.96, "nationality_acc": 0.995, "place_acc": 0.925,
    },
    "heldout14": {
        "precision": 0.95, "recall": 0.91, "value_acc": 0.96, "measure_acc": 0.96,
        "counted_acc": 0.805, "group_acc": 0.98, "nationality_acc": 0.96, "place_acc": 0.855,
    },
    "heldout15": {
        "precision": 0.935, "recall": 0.945, "value_acc": 0.985, "measure_acc": 0.855,
        "counted_acc": 0.875, "group_acc": 0.935, "nationality_acc": 0.925, "place_acc": 0.84,
    },
    # Held-out 16 and 17 (seeds 2041, 2042; up to 6,000 characters) were annotated blind in
    # round 19 and kept blind through it (their errors unread). First run on the round's start
    # code: held-out 16 precision 0.936, recall 0.956, value 0.969, measure 0.718, counted 0.794,
    # group 0.939, nationality 0.969, place 0.901, source 0.824; held-out 17 0.939 / 0.920 /
    # 0.946 / 0.739 / 0.750 / 0.859 / 0.989 / 0.793, source 0.859. The floors sit just below the
    # round's final code. Round 20 studied both (and 18, 19): place 0.901 -> 0.924 and 0.804 ->
    # 0.978, nationality of 16 0.969 -> 0.992 (floors raised to just below).
    "heldout16": {
        "precision": 0.93, "recall": 0.95, "value_acc": 0.97, "measure_acc": 0.835,
        "counted_acc": 0.84, "group_acc": 0.94, "nationality_acc": 0.985, "place_acc": 0.92,
    },
    "heldout17": {
        "precision": 0.94, "recall": 0.915, "value_acc": 0.985, "measure_acc": 0.865,
        "counted_acc": 0.775, "group_acc": 0.92, "nationality_acc": 0.985, "place_acc": 0.97,
    },
    # held-out 18 and 19 (round 19's end, blind) were studied in round 20: floors just below
    # the round's final code
    "heldout18": {
        "precision": 0.98, "recall": 0.95, "value_acc": 0.99, "measure_acc": 0.925,
        "counted_acc": 0.88, "group_acc": 0.935, "nationality_acc": 0.995, "place_acc": 0.935,
    },
    "heldout19": {
        "precision": 0.945, "recall": 0.945, "value_acc": 0.985, "measure_acc": 0.83,
        "counted_acc": 0.91, "group_acc": 0.925, "nationality_acc": 0.91, "place_acc": 0.9,
    },
    # held-out 20 (seed 2045) and 21 (seed 2046, up to 10,000 characters) were annotated blind
    # at the start of round 20 and kept blind (errors unread): first run on the round's start
    # code, held-out 20 P 0.915, R 0.939, measure 0.741, counted 0.787, group 0.843, place
    # 0.870, source 0.824; held-out 21 0.969 / 0.962 / 0.817 / 0.786 / 0.905 / 0.849, source
    # 0.905. The floors sit just below the round's final code
    "heldout20": {
        "precision": 0.915, "recall": 0.935, "value_acc": 0.985, "measure_acc": 0.745,
        "counted_acc": 0.78, "group_acc": 0.855, "nationality_acc": 0.965, "place_acc": 0.865,
    },
    "heldout21": {
        "precision": 0.965, "recall": 0.955, "value_acc": 0.955, "measure_acc": 0.82,
        "counted_acc": 0.79, "group_acc": 0.905, "nationality_acc": 0.98, "place_acc": 0.845,
    },
}
CASES = [(name, metric) for name, floors in FLOORS.items() for metric in sorted(floors)]
_SUMMARIES: dict[str, dict] = {}


def summary(name: str) -> dict:
    if name not in _SUMMARIES:
        _SUMMARIES[name] = _score(DATA / name)
    return _SUMMARIES[name]


def _score(dev: Path) -> dict:
    pack = load_pack("de")
    system = []
    docs = read_documents(sorted((dev / "articles").glob("*.txt")), meta=dev / "meta.jsonl",
                          on_error=lambda *_: None)
    for doc in docs:
        system += [c.to_json() for c in extract_document(doc, pack)]
    gold = [json.loads(x) for x in (dev / "gold" / "claims.jsonl").read_text(encoding="utf-8").splitlines() if x]
    negs = [json.loads(x) for x in (dev / "gold" / "negatives.jsonl").read_text(encoding="utf-8").splitlines() if x]
    sources = json.loads((dev / "gold" / "sources.json").read_text(encoding="utf-8"))
    out, _errors, _m = score_claims.score_claims(system, gold, negs, sources)
    return out


@pytest.mark.parametrize("name,metric", CASES)
def test_quality_floor(name: str, metric: str) -> None:
    got = summary(name)[metric]
    assert got is not None and got >= FLOORS[name][metric], (name, metric, got)


# who says it (issue 7): source accuracy on the matched claims, measured 0.962 / 0.849 / 0.818
# on the branch attr-s14 (from 0.869 / 0.808 / 0.788), 0.959 / 0.870 / 0.835 / 0.880 on
# attr-s15 (ages take no carried source, agentless passives no speaker), 0.959 / 0.870 / 0.961 /
# 0.907 / 0.895 on attr-s15b (poll standings, datelines, list brackets, "man", "als gebe");
# 0.967 / 0.883 / 0.961 / 0.945 / 0.947 / 0.951 on attr-s15c (held-out 5, blind, was 0.835:
# quoted demonstratives, threats, publications, testimony, the unquoted first person, "die
# Bank" for the Deutsche Bank, breath tests, places that record, "damit" near only);
# 0.971 / 0.909 / 0.841 / 0.915 for devset / heldout / heldout6 / heldout7 on attr-s16 (the
# speaker gate with the person dictionary; "Das zeigen Zahlen der X"; a bare surname given
# before in full as a pronoun's antecedent); the floors sit just below
SOURCE_FLOORS = {"devset": 0.98, "heldout": 0.905, "heldout2": 0.955, "heldout3": 0.95,
                 "heldout4": 0.94, "heldout5": 0.945, "heldout6": 0.87, "heldout7": 0.955,
                 "heldout8": 0.91, "heldout9": 0.89, "heldout10": 0.925, "heldout11": 0.88,
                 "heldout12": 0.91, "heldout13": 0.91, "heldout14": 0.89, "heldout15": 0.955,
                 "heldout16": 0.85, "heldout17": 0.905, "heldout18": 0.94, "heldout19": 0.85,
                 "heldout20": 0.82, "heldout21": 0.905}


@pytest.mark.parametrize("name", sorted(SOURCE_FLOORS))
def test_source_floor(name: str) -> None:
    got = summary(name)["source_acc"]
    assert got is not None and got >= SOURCE_FLOORS[name], (name, got)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_spans_match_the_articles(name: str) -> None:
    dev = DATA / name
    for line in (dev / "gold" / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (dev / "articles" / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[g["span"][0]:g["span"][1]] == g["text"], g["id"]
        if g.get("counted_span"):
            assert text[g["counted_span"][0]:g["counted_span"][1]] == g["counted_text"], g["id"]
