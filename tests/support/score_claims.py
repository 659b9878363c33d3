#!/usr/bin/env python3
# Vendored from the project's shared/tools/score_claims.py (stdlib only) so that the dev-set
# test runs in a fresh clone without the shared folder.
"""Score extracted claims (and optionally a ledger) against a gold annotation.

usage: score_claims.py CLAIMS.jsonl --gold GOLD.claims.jsonl [--negatives NEG.jsonl]
                       [--sources SOURCES.json] [--ledger LEDGER.json --gold-ledger GOLD.ledger.json]
                       [--json] [--show-errors]

Formats are described in ../SPEC.md. Only the standard library is used.
A system claim matches a gold claim of the same document when their spans overlap;
matching is one-to-one, largest overlap first.

What is counted and whom it is about (Contract 1 `counted` and `who`) is scored on the matched
required gold claims that carry the gold keys for it; a system claim without the field is wrong:
  counted_acc      system counted.span overlaps gold counted_span or one of counted_alt_spans;
                   a null gold span wants a null system span (counted null or its span null)
  group_acc        system who.group is in the gold list who_group (null gold wants null)
  nationality_acc  system who.nationality equals who_nationality or is in who_nationality_alt
  place_acc        system who.place equals who_place or is in who_place_alt
A metric is n/a (null in --json) when no matched gold claim carries its keys.
"""
import argparse
import json
import re
import sys
from datetime import date


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(system, gold):
    """One-to-one matching by span overlap within each document."""
    pairs = []
    for si, s in enumerate(system):
        for gi, g in enumerate(gold):
            if s["doc_id"] == g["doc_id"]:
                ov = overlap(s["span"], g["span"])
                if ov > 0:
                    pairs.append((ov, si, gi))
    pairs.sort(reverse=True)
    used_s, used_g, out = set(), set(), {}
    for _, si, gi in pairs:
        if si not in used_s and gi not in used_g:
            used_s.add(si)
            used_g.add(gi)
            out[gi] = si
    return out


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def value_ok(s, g):
    v = s.get("value") or {}
    if g.get("bound") == "vague":
        return v.get("bound") == "vague"
    return close(v.get("low"), g["low"]) and close(v.get("high"), g["high"]) and v.get("bound") == g["bound"]


def source_ok(s, g, sources):
    src = s.get("source")
    gid = g.get("source")
    accepted = [gid] + list(g.get("alt_sources", []))
    if gid is None:
        if src is None or not (src.get("text") or src.get("id")):
            return True
        accepted = accepted[1:]
        if not accepted:
            return False
    if not src:
        return False
    if src.get("id") in accepted:
        return True
    text = src.get("text") or ""
    for sid in accepted:
        for alias in sources.get(sid, {}).get("patterns", []):
            if re.search(alias, text, re.IGNORECASE):
                return True
    return False


def to_day(s):
    return date.fromisoformat(s[:10])


def time_ok(s, g):
    t = s.get("time")
    if not t or not t.get("start") or not t.get("end"):
        return False
    gs, ge = to_day(g["time"][0]), to_day(g["time"][1])
    ss, se = to_day(t["start"]), to_day(t["end"])
    if se < gs or ss > ge:
        return False
    mid = ss + (se - ss) / 2
    return (gs - mid).days <= 31 and (mid - ge).days <= 31


def counted_ok(s, g):
    """`counted` null or with a null span means the text names nothing; a missing field is wrong."""
    if "counted" not in s or not (s["counted"] is None or isinstance(s["counted"], dict) and "span" in s["counted"]):
        return False
    span = (s["counted"] or {}).get("span")
    if span is None:
        return g["counted_span"] is None
    accepted = ([g["counted_span"]] if g["counted_span"] else []) + list(g.get("counted_alt_spans") or [])
    return len(span) == 2 and any(overlap(span, a) > 0 for a in accepted)


def who_ok(s, g, field):
    """`who` null counts as all its fields null; a `who` without the field is wrong."""
    if "who" not in s or not (s["who"] is None or isinstance(s["who"], dict) and field in s["who"]):
        return False
    got = (s["who"] or {}).get(field)
    if field == "group":
        want = g["who_group"]
        accepted = [None] if want is None else [want] if isinstance(want, str) else list(want)
    else:
        accepted = [g[f"who_{field}"]] + list(g.get(f"who_{field}_alt") or [])
    return got in accepted


# checks of what is counted and whom it is about -> the gold key a gold claim needs to be scored for it
COUNTED_WHO = {"counted": "counted_span", "group": "who_group", "nationality": "who_nationality",
               "place": "who_place"}


def ratio(n, d):
    return None if d == 0 else n / d


def score_claims(system, gold, negatives, sources):
    m = match(system, gold)
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    tp = sum(1 for i in required if i in m)
    matched_sys = set(m.values())
    fp_list = [s for si, s in enumerate(system) if si not in matched_sys]
    neg_hits = [s for s in fp_list if any(s["doc_id"] == n["doc_id"] and overlap(s["span"], n["span"]) for n in negatives)]
    fp = len(fp_list)
    p, r = ratio(tp, tp + fp), ratio(tp, len(required))
    f1 = None if not p or not r else 2 * p * r / (p + r)
    checks = {"value": [], "measure": [], "increment": [], "source": [], "time": [], "placeholder": []}
    checks.update({k: [] for k in COUNTED_WHO})
    errors = []
    for gi, si in sorted(m.items()):
        g, s = gold[gi], system[si]
        if g.get("optional"):
            continue  # optional claims may be found or not; their fields are not scored
        res = {}  # this claim's checks, in the order of `checks`
        if g.get("placeholder"):
            res["placeholder"] = bool(s.get("placeholder"))
        else:
            res["value"] = value_ok(s, g)
        res["measure"] = s.get("measure") == g["measure"]
        res["increment"] = bool(s.get("increment")) == bool(g.get("increment"))
        res["source"] = source_ok(s, g, sources)
        if g.get("time"):
            res["time"] = time_ok(s, g)
        for k, key in COUNTED_WHO.items():
            if key in g:
                res[k] = counted_ok(s, g) if k == "counted" else who_ok(s, g, k)
        for k in checks:
            if k in res:
                checks[k].append(res[k])
                if not res[k]:
                    if k in COUNTED_WHO:
                        errors.append((k, g["id"], g["text"], _brief_who(s, k), _brief_who_gold(g, k)))
                    else:
                        errors.append((k, g["id"], g["text"], _brief(s), _brief_gold(g)))
    for gi in required:
        if gi not in m:
            errors.append(("missed", gold[gi]["id"], gold[gi]["text"], "", _brief_gold(gold[gi])))
    for s in fp_list:
        errors.append(("spurious" + (" (negative)" if s in neg_hits else ""), "-", s.get("text", ""), _brief(s), ""))
    summary = {
        "gold_required": len(required), "system": len(system), "matched_required": tp,
        "precision": p, "recall": r, "f1": f1, "negatives_hit": len(neg_hits),
    }
    for k, v in checks.items():
        summary[f"{k}_acc"] = ratio(sum(v), len(v))
    return summary, errors, m


def _brief(s):
    v = s.get("value") or {}
    src = (s.get("source") or {}).get("id") or (s.get("source") or {}).get("text")
    t = s.get("time") or {}
    return (f"{v.get('low')}-{v.get('high')} {v.get('bound')} measure={s.get('measure')} inc={s.get('increment')} "
            f"src={src} time={t.get('start')}..{t.get('end')}")


def _brief_gold(g):
    t = g.get("time") or [None, None]
    return (f"{g.get('low')}-{g.get('high')} {g.get('bound')} measure={g['measure']} inc={g.get('increment')} "
            f"src={g.get('source')} time={t[0]}..{t[1]}")


def _brief_who(s, k):
    if k == "counted":
        c = s.get("counted", "<missing>")
        return f"counted={c.get('text')!r} {c.get('span')}" if isinstance(c, dict) else f"counted={c}"
    who = s.get("who", "<missing>")
    return f"{k}={who.get(k, '<missing>')}" if isinstance(who, dict) else f"{k}={who}"


def _brief_who_gold(g, k):
    if k == "counted":
        alts = g.get("counted_alt_spans")
        return f"counted={g.get('counted_text')!r} {g['counted_span']}" + (f" alt={alts}" if alts else "")
    if k == "group":
        return f"group={g['who_group']}"
    alts = g.get(f"who_{k}_alt")
    return f"{k}={g[f'who_{k}']}" + (f" alt={alts}" if alts else "")


def score_ledger(ledger, gold_ledger, gold, system, m):
    """Checks the reconciliation against the gold ledger; returns {check: bool}."""
    sys_id = {gold[gi]["id"]: system[si].get("id") for gi, si in m.items()}
    out = {}
    gaps = {g.get("claim"): g for g in ledger.get("gaps", [])}
    for gg in gold_ledger["gaps"]:
        sid = sys_id.get(gg["claim"])
        found = gaps.get(sid)
        cands = (found or {}).get("candidates", [])
        if gg["expect"] == "abstain":
            out[f"gap {gg['claim']} abstains"] = found is not None and not cands
        else:
            top = cands[0]["value"] if cands else None
            out[f"gap {gg['claim']} = {gg['expect']}"] = top is not None and close(top, gg["expect"])
    dis = [set(d.get("claims", [])) for d in ledger.get("disagreements", [])]
    for gd in gold_ledger["disagreements"]:
        a = {sys_id.get(x) for x in gd["claims"][0]} - {None}
        b = {sys_id.get(x) for x in gd["claims"][1]} - {None}
        out[f"disagreement {gd['measure']} {gd['period']}"] = any(d & a and d & b for d in dis)
    rel = ledger.get("relations", [])
    for gr in gold_ledger["relations"]:
        parts = {sys_id.get(x) for x in gr["parts"]} - {None}
        total = {sys_id.get(x) for x in gr["total"]} - {None}
        out[f"relation {gr['kind']}"] = any(
            r.get("kind") == gr["kind"] and parts <= set(r.get("parts", [])) and total & set(r.get("total", []))
            for r in rel)
    estimates = [set(e.get("claims", [])) for s in ledger.get("series", []) for e in s.get("estimates", [])]
    for gc in gold_ledger["corroborations"]:
        want = {sys_id.get(x) for x in gc["claims"]} - {None}
        out[f"corroboration {gc['measure']} {gc['value']}"] = len(want) == len(gc["claims"]) and any(
            want <= e for e in estimates)
    upd = ledger.get("updates", [])
    for gu in gold_ledger.get("updates", []):
        a = {sys_id.get(x) for x in gu["from"]} - {None}
        b = {sys_id.get(x) for x in gu["to"]} - {None}
        out[f"update {gu['measure']}"] = any(set(u.get("from", [])) & a and set(u.get("to", [])) & b for u in upd)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("claims")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--negatives")
    ap.add_argument("--sources")
    ap.add_argument("--ledger")
    ap.add_argument("--gold-ledger")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args(argv)
    system = load_jsonl(a.claims)
    gold = load_jsonl(a.gold)
    negatives = load_jsonl(a.negatives) if a.negatives else []
    sources = json.load(open(a.sources, encoding="utf-8")) if a.sources else {}
    summary, errors, m = score_claims(system, gold, negatives, sources)
    if a.ledger and a.gold_ledger:
        checks = score_ledger(json.load(open(a.ledger, encoding="utf-8")),
                              json.load(open(a.gold_ledger, encoding="utf-8")), gold, system, m)
        summary["ledger_checks"] = checks
        summary["ledger_passed"] = f"{sum(checks.values())}/{len(checks)}"
    if a.json:
        print(json.dumps(summary, indent=1))
    else:
        for k, v in summary.items():
            if k != "ledger_checks":
                if v is None and k[:-len("_acc")] in COUNTED_WHO:
                    v = "n/a"
                print(f"{k:18s} {v:.3f}" if isinstance(v, float) else f"{k:18s} {v}")
        for k, v in summary.get("ledger_checks", {}).items():
            print(f"  {'ok  ' if v else 'FAIL'} {k}")
    if a.show_errors:
        for e in errors:
            print(" | ".join(str(x) for x in e), file=sys.stderr)


if __name__ == "__main__":
    main()
