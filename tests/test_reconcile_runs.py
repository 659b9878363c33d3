"""The sorted runs the parallel driver merges (reconcile/runs.py): merge keys encoded as bytes
sort exactly as the keys themselves, and the merged output is the same through a file (bytes
to its buffer) and through a StringIO."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.reconcile.runs import SECTIONS, _encode, merge_runs, order_key, write_runs

texts = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                       blacklist_categories=("Cs",)), max_size=6)
ids = st.lists(texts, max_size=4)
# the shapes of the merge keys: (record key with lists of claim ids, series key, position)
keys = st.tuples(st.tuples(texts, texts, ids, ids), st.tuples(texts, texts, texts), st.integers(0, 2**40))


@settings(max_examples=300, deadline=None)
@given(st.lists(keys, min_size=2, max_size=12))
def test_encoded_keys_sort_as_the_keys(ks) -> None:
    assert sorted(ks) == sorted(ks, key=order_key)
    for a in ks:
        for b in ks:
            assert (order_key(a) == order_key(b)) == (a == b)


def _reference(key: object) -> bytes:
    out = bytearray()
    _encode(key, out)
    return bytes(out)


nul_texts = st.text(alphabet=st.sampled_from(["a", "\x00", "\x01", "\x02", "ü", "\U0001f600"]),
                    max_size=4)
records = st.tuples(nul_texts, texts, st.lists(nul_texts, max_size=3), ids,
                    st.one_of(st.just(()), st.tuples(nul_texts, ids)))


@settings(max_examples=300, deadline=None)
@given(records, st.tuples(texts, nul_texts, texts), st.integers(0, 2**40), nul_texts)
def test_fast_paths_equal_the_general_encoding(record, series, i, claim) -> None:
    """order_key's one-string paths (merge keys, gap claim ids) give _encode's bytes, NUL
    escaped and all."""
    assert order_key((record, series, i)) == _reference((record, series, i))
    assert order_key(claim) == _reference(claim)
    assert order_key((record, (series, 3), i)) == _reference((record, (series, 3), i))


@given(st.lists(texts, max_size=8), st.integers(-2**62, 2**62), st.integers(-2**62, 2**62))
def test_strings_integers_and_prefixes(words, m, n) -> None:
    assert sorted(words, key=order_key) == sorted(words)
    assert (order_key(m) < order_key(n)) == (m < n)
    assert order_key(("a",)) < order_key(("a", "")) < order_key(("a\x00",)) < order_key(("a\x01",))


def test_merged_output_equals_through_a_file_and_a_string(tmp_path: Path) -> None:
    runs = []
    for b, recs in enumerate((["a", "c"], ["b", "d", "e"])):
        run = {s: [(order_key(r), f'"{s}:{r}:ü"'.encode()) for r in recs] for s in SECTIONS}
        runs.append(write_runs(run, str(tmp_path / f"b{b}")))
    text = io.StringIO()
    counts = merge_runs(runs, text)
    with open(tmp_path / "out.json", "w", encoding="utf-8") as f:
        f.write("")
        assert merge_runs(runs, f) == counts
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == text.getvalue()
    assert text.getvalue().startswith('{"series": ["series:a:ü", "series:b:ü", "series:c:ü"')
    assert counts == {s: 5 for s in SECTIONS}
    # sections merged in parallel processes and copied in order: the same bytes and counts
    apart = io.StringIO()
    assert merge_runs(runs, apart, workers=2) == counts
    assert apart.getvalue() == text.getvalue()
    with open(tmp_path / "apart.json", "w", encoding="utf-8") as f:
        assert merge_runs(runs, f, workers=3) == counts
    assert (tmp_path / "apart.json").read_text(encoding="utf-8") == text.getvalue()
    assert not list(tmp_path.glob("merged.*"))


def test_sections_merged_in_place_equal_the_copied_ones(tmp_path: Path) -> None:
    """A regular file gets each section written into its place by the merging processes
    (after what the file held already, and cut where the ledger ends); a file opened for
    appending, where ``pwrite`` would append, and a StringIO get the copied sections: the
    same bytes in every case."""
    runs = []
    for b, recs in enumerate((["a", "c", "f"], [], ["b", "d", "e"])):
        run = {s: [(order_key(r), f'"{s}:{r}:ü\\n"'.encode()) for r in recs]
               for s in SECTIONS if s != "gaps"}
        run["gaps"] = []   # an empty section
        runs.append(write_runs(run, str(tmp_path / f"b{b}")))
    text = io.StringIO()
    counts = merge_runs(runs, text)
    assert counts["gaps"] == 0 and counts["series"] == 6
    target = tmp_path / "inplace.json"
    target.write_text("x" * 100_000, encoding="utf-8")   # longer than the ledger
    with open(target, "r+", encoding="utf-8") as f:
        f.write("head ")
        assert merge_runs(runs, f, workers=2) == counts
        f.write("tail")
    assert target.read_text(encoding="utf-8") == "head " + text.getvalue() + "tail"
    appended = tmp_path / "appended.json"
    appended.write_text("before ", encoding="utf-8")
    with open(appended, "a", encoding="utf-8") as f:
        assert merge_runs(runs, f, workers=2) == counts
    assert appended.read_text(encoding="utf-8") == "before " + text.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), nul_texts), st.sampled_from(["killed", "a\x00"]),
                          st.one_of(st.none(), nul_texts), nul_texts, st.lists(nul_texts, max_size=3),
                          st.lists(nul_texts, max_size=2)), min_size=1, max_size=6),
       st.tuples(texts, nul_texts, texts))
def test_a_series_merge_keys_are_order_key_of_each(rows, series) -> None:
    """runs._merge_keys (a series' shared key parts encoded once) gives order_key of each
    record's (key, series key, position): disagreements, updates and relations, with NULs,
    missing subjects and units, and records whose opening fields differ from the first's."""
    from claimledger.model import Disagreement, Relation, Update
    from claimledger.reconcile import runs as R

    dis = [Disagreement(s, m, u, False, p, c, [c, d], "") for s, m, u, p, c, d in rows]
    upd = [Update(s, m, u, c, d, "") for s, m, u, p, c, d in rows]
    rel = [Relation(p, s, m, u, c, d, "") for s, m, u, p, c, d in rows]
    for records, key, rest in ((dis, R._dis_key, R._dis_rest), (upd, R._upd_key, R._upd_rest),
                               (rel, R._rel_key, R._rel_rest)):
        assert R._merge_keys(records, series, key, rest) == [
            order_key((key(x), series, i)) for i, x in enumerate(records)]
