#!/usr/bin/env python3
"""Checks a blind held-out set's gold files (heldout2, heldout3, heldout4 …) and prints their
counts (Python 3 standard library only). Each set's `check_counts.py` calls this with its folder
and the first letter of its brief ids.

tagging/articles.jsonl: text[start:end] == surface for every mention; type agency/company;
  country set (ISO alpha-2 or EU) on agencies (null on international bodies) and null on companies;
  3-6 body paragraphs (briefs, ids starting with the set's brief letter, one);
  no overlapping gold spans in a field; every alias pair used (surface != name) is in
  aliases.tsv and every pair in aliases.tsv is used.
normalization/paragraphs.jsonl: text[start:end] == surface; no overlapping gold spans; date
  values fit their precision (decade NNNX; durations ISO 8601 P.../PT...); real calendar dates;
  money low <= high, known currency and kind; story groups start with their lead.
Exit status 1 when a check fails.

    python3 Benchmarks/eval/check_set.py Benchmarks/heldout4 [--brief-prefix y]
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = ""  # the set's folder, set by main()
BRIEF = None  # first letter of brief ids, or None when the set has no briefs
problems = []


def read_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def overlaps(spans, where):
    spans = sorted(spans)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            problems.append(f"{where}: overlapping gold spans {a}-{b} and {c}-{d}")


def check_tagging():
    folder = os.path.join(HERE, "tagging")
    arts = read_jsonl(os.path.join(folder, "articles.jsonl"))
    used = set()
    by_type = collections.Counter()
    n = n_out = 0
    pairs = {}
    orgs_out = set()
    foreign = collections.Counter()
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        problems.append("tagging: duplicate article ids")
    for a in arts:
        paras = a["body"].split("\n")
        brief = BRIEF is not None and a["id"].startswith(BRIEF)
        if not (len(paras) == 1 if brief else 3 <= len(paras) <= 6):
            problems.append(f"tagging {a['id']}: {len(paras)} body paragraphs (want 3-6, a brief one)")
        spans = collections.defaultdict(list)
        for m in a["mentions"]:
            n += 1
            text = a[m["field"]]
            if text[m["start"]:m["end"]] != m["surface"]:
                problems.append(f"tagging {a['id']}: offsets wrong for {m['surface']!r} ({m['start']}-{m['end']} is {text[m['start']:m['end']]!r})")
            if m["type"] not in ("agency", "company"):
                problems.append(f"tagging {a['id']}: bad type {m['type']}")
            if not isinstance(m.get("in_gazetteer"), bool):
                problems.append(f"tagging {a['id']}: in_gazetteer missing on {m['surface']!r}")
            c = m.get("country", "missing")
            if m["type"] == "agency" and not (c is None or (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c))):
                problems.append(f"tagging {a['id']}: agency {m['surface']!r} needs a country (null for international bodies), has {c!r}")
            if m["type"] == "company" and c is not None:
                problems.append(f"tagging {a['id']}: company {m['surface']!r} must have country null")
            if m["type"] == "agency" and c != "KR":
                foreign[c or "international"] += 1
            spans[m["field"]].append((m["start"], m["end"]))
            by_type[m["type"]] += 1
            n_out += not m["in_gazetteer"]
            k = (a["id"], m["name"])
            pairs[k] = pairs.get(k, False) or m["in_gazetteer"]
            if not m["in_gazetteer"]:
                orgs_out.add(m["name"])
            used.add((m["surface"], m["name"]))
        for f, sp in spans.items():
            overlaps(sp, f"tagging {a['id']} {f}")
    listed = []
    with open(os.path.join(folder, "aliases.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0:
                continue
            al, canon = line.rstrip("\n").split("\t")
            listed.append((al, canon))
            if (al, canon) not in used:
                problems.append(f"tagging aliases.tsv: {al} -> {canon} not used by any mention")
    for s, nme in used:
        if s != nme and (s, nme) not in listed:
            problems.append(f"tagging: alias {s} -> {nme} used but missing from aliases.tsv")
    n_pairs = len(pairs)
    p_out = sum(1 for v in pairs.values() if not v)
    orgs = {m["name"] for a in arts for m in a["mentions"]}
    print(f"tagging: {len(arts)} articles, {n} mentions ({by_type['agency']} agency, {by_type['company']} company), "
          f"{len(orgs)} distinct organizations")
    print(f"  out of gazetteer: {n_out} mentions ({n_out / n:.1%}), {p_out} of {n_pairs} (article, organization) pairs "
          f"({p_out / n_pairs:.1%}), {len(orgs_out)} distinct organizations")
    n_sf = sum(1 for a in arts for m in a["mentions"] if m["in_gazetteer"] and not m.get("surface_in_gazetteer", True))
    print(f"  organization in the gazetteer but written in a form the gazetteer lacks: {n_sf} mentions")
    print(f"  foreign agency mentions by country: {dict(foreign)}; alias pairs: {len(listed)}")


DUR = re.compile(r"P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?")
PATTERNS = {"minute": r"\d{4}-\d\d-\d\dT\d\d:\d\d", "hour": r"\d{4}-\d\d-\d\dT\d\d", "day": r"\d{4}-\d\d-\d\d",
            "week": r"\d{4}-W\d\d", "month": r"\d{4}-(0[1-9]|1[0-2])", "quarter": r"\d{4}-Q[1-4]",
            "half": r"\d{4}-H[12]", "year": r"\d{4}", "decade": r"\d{3}X"}
KINDS = {"budget", "investment", "revenue", "profit", "loss", "fine", "debt", "price", "market_size", "salary", "valuation", None}


def check_normalization():
    paras = read_jsonl(os.path.join(HERE, "normalization", "paragraphs.jsonl"))
    ids = [p["id"] for p in paras]
    if len(set(ids)) != len(ids):
        problems.append("normalization: duplicate ids")
    dkind, dprec, mkind, mcur = (collections.Counter() for _ in range(4))
    n_owner = n_neg = n_range = 0
    seen_story = set()
    for p in paras:
        t = p["text"]
        if p["story"] not in seen_story:
            seen_story.add(p["story"])
            has_lead = any(q["story"] == p["story"] and q["role"] == "lead" for q in paras)
            if has_lead and p["role"] != "lead":
                problems.append(f"normalization {p['id']}: story {p['story']} does not start with its lead")
        if dt.datetime.fromisoformat(p["published_at"]).utcoffset() is None:
            problems.append(f"normalization {p['id']}: published_at without offset")
        dt.date.fromisoformat(p["story_day"])
        spans = []
        for m in p["money"]:
            if t[m["start"]:m["end"]] != m["surface"]:
                problems.append(f"normalization {p['id']}: money offsets wrong for {m['surface']!r}")
            if not (isinstance(m["low"], int) and isinstance(m["high"], int) and m["low"] <= m["high"] and m["low"] != 0):
                problems.append(f"normalization {p['id']}: bad amounts for {m['surface']!r}")
            if m["currency"] not in ("KRW", "USD", "JPY", "EUR", "CNY", "GBP"):
                problems.append(f"normalization {p['id']}: unexpected currency {m['currency']}")
            if m["kind"] not in KINDS:
                problems.append(f"normalization {p['id']}: bad kind {m['kind']}")
            mkind[m["kind"]] += 1
            mcur[m["currency"]] += 1
            n_owner += m["owner"] is not None
            n_neg += m["low"] < 0
            n_range += m["low"] != m["high"]
            spans.append((m["start"], m["end"]))
        for d in p["dates"]:
            if t[d["start"]:d["end"]] != d["surface"]:
                problems.append(f"normalization {p['id']}: date offsets wrong for {d['surface']!r}")
            if d["kind"] == "duration":
                if not (DUR.fullmatch(d["value"]) and d["value"] not in ("P", "PT")):
                    problems.append(f"normalization {p['id']}: duration {d['value']!r} is not ISO 8601")
            elif d["kind"] == "date":
                pat = PATTERNS.get(d["precision"])
                if not pat or not re.fullmatch(pat, d["value"]):
                    problems.append(f"normalization {p['id']}: value {d['value']!r} does not fit precision {d['precision']}")
                elif d["precision"] in ("minute", "hour", "day"):
                    try:
                        dt.date.fromisoformat(d["value"][:10])
                    except ValueError:
                        problems.append(f"normalization {p['id']}: {d['value']} is not a calendar date")
            else:
                problems.append(f"normalization {p['id']}: bad date kind {d['kind']}")
            dkind[d["kind"]] += 1
            dprec[d["precision"]] += 1
            spans.append((d["start"], d["end"]))
        overlaps(spans, f"normalization {p['id']}")
    nm, nd = sum(mkind.values()), sum(dkind.values())
    print(f"normalization: {len(paras)} paragraphs in {len(seen_story)} stories, {nd} date and {nm} money mentions")
    print(f"  dates by kind {dict(dkind)}; by precision {dict(dprec)}")
    print(f"  money by kind {dict((k or 'null', v) for k, v in mkind.items())}")
    print(f"  money by currency {dict(mcur)}; with owner {n_owner}; negative {n_neg}; ranges/vague {n_range}")


def main(argv=None):
    global HERE, BRIEF
    import argparse
    ap = argparse.ArgumentParser(description="Check a held-out set's gold files.")
    ap.add_argument("folder")
    ap.add_argument("--brief-prefix", default=None, help="first letter of brief ids (one body paragraph)")
    args = ap.parse_args(argv)
    HERE = os.path.abspath(args.folder)
    BRIEF = args.brief_prefix
    check_tagging()
    check_normalization()
    for p in problems:
        print("PROBLEM", p)
    print(f"SUMMARY {os.path.basename(HERE)} problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
