#!/usr/bin/env python3
"""Scores `knews tag --jsonl` on the held-out articles.

Gold: Benchmarks/heldout/tagging/articles.jsonl, one article per line:
  {"id", "title", "body", "mentions": [{"field","start","end","surface","name","type"}]}
  and Benchmarks/heldout/tagging/aliases.tsv (alias <TAB> canonical name, header row).
Scored: mentions of type agency and company, as (field, start, end, name) tuples, overall and per
type (per type, the type is part of the key). Offsets are Unicode code points, end exclusive.
A leading company-form marker (㈜, (주), 주식회사) may or may not be inside the span and the name:
it is trimmed from both before comparing, because the contract leaves that choice open.
Everything not in the gold (정부, 일부, 연구원 as a job title, 억원, KTX, NIAID, universities,
foreign governments, media) is a hard negative: a system mention there is a false positive.
Alias merging: for every pair in aliases.tsv, every gold mention written as the alias and every
gold mention written as the canonical name must get the same entity name from knews; we also
report whether that name is the canonical name itself.
Optional gold fields per mention: `in_gazetteer` (false for organizations no list holds: their
recall is reported on its own as out-of-gazetteer recall) and `country` (ISO 3166 alpha-2: the
`country` knews gives the entity of each found mention is compared with it).
"""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import HELDOUT_DIR, norm_text, prf, read_jsonl, resolve_knews, run_knews  # noqa: E402

TYPES = ("agency", "company")
FORM = re.compile(r"^(㈜|\(주\)|（주）|주식회사)\s*")
FORM_END = re.compile(r"\s*(㈜|\(주\)|（주）|주식회사)$")


def trim_span(text, start, end):
    """Drops a company-form marker at either edge of text[start:end]."""
    s = text[start:end]
    m = FORM.match(s)
    if m and m.end() < len(s):
        start += m.end()
        s = s[m.end():]
    m = FORM_END.search(s)
    if m and m.start() > 0:
        end -= len(s) - m.start()
    return start, end


def norm_name(n):
    n = norm_text(n)
    n = FORM.sub("", n)
    n = FORM_END.sub("", n)
    return n


def key_of(article, m):
    field = m.get("field")
    text = article.get(field) or ""
    st, en = m.get("start"), m.get("end")
    if not (isinstance(st, int) and isinstance(en, int)):
        return None
    st, en = trim_span(text, st, en)
    return (field, st, en, norm_name(m.get("name")))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--knews", default=".build/release/knews", help="path to the knews binary")
    ap.add_argument("--heldout", default=os.path.join(HELDOUT_DIR, "tagging"), help="folder with articles.jsonl, aliases.tsv")
    ap.add_argument("--quiet", action="store_true", help="do not list misses")
    args = ap.parse_args()

    arts = read_jsonl(os.path.join(args.heldout, "articles.jsonl"))
    by_id = {a["id"]: a for a in arts}
    aliases = []
    with open(os.path.join(args.heldout, "aliases.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            if i == 0 and parts[0].lower() == "alias":
                continue
            if len(parts) >= 2 and parts[0]:
                aliases.append((parts[0], parts[1]))

    knews = resolve_knews(args.knews)
    stdin = "".join(json.dumps({"id": a["id"], "title": a["title"], "body": a["body"]}, ensure_ascii=False) + "\n" for a in arts)
    recs, _, rc, secs = run_knews(knews, ["tag", "--jsonl"], stdin_text=stdin)
    sys_by_id = {r.get("id"): r for r in recs if r.get("id") in by_id}
    missing_ids = [a["id"] for a in arts if a["id"] not in sys_by_id]

    tot = [0, 0, 0]
    per_type = {t: [0, 0, 0] for t in TYPES}
    # Gold mentions may say whether their organization is in the gazetteer (`in_gazetteer`) and
    # its country (`country`): recall on the organizations knews cannot know by name is then
    # reported on its own, and the country knews gives each found mention is checked.
    oog = [0, 0]  # found, gold: mentions with in_gazetteer == false
    oog_misses = []
    country = [0, 0]  # right, checked: found gold mentions with a country
    country_errors = []
    misses, offset_errors, type_errors = [], [], []
    # system name at each gold span, for the alias check: (id, field, start, end) -> name
    sys_name_at = {}
    for a in arts:
        r = sys_by_id.get(a["id"], {})
        sys_ms = [m for m in (r.get("mentions") or []) if isinstance(m, dict) and m.get("type") in TYPES]
        for m in r.get("mentions") or []:
            if not isinstance(m, dict):
                continue
            text = a.get(m.get("field")) or ""
            st, en = m.get("start"), m.get("end")
            if not (isinstance(st, int) and isinstance(en, int)) or text[st:en] != m.get("surface"):
                offset_errors.append(f"{a['id']} {m.get('field')} start={st} end={en} surface={m.get('surface')!r}")
        gold_ms = [m for m in a["mentions"] if m["type"] in TYPES]
        gkeys = collections.Counter(key_of(a, m) for m in gold_ms)
        skeys = collections.Counter(k for k in (key_of(a, m) for m in sys_ms) if k is not None)
        tp = sum((gkeys & skeys).values())
        tot[0] += tp
        tot[1] += sum(skeys.values())
        tot[2] += sum(gkeys.values())
        for t in TYPES:
            g_t = collections.Counter(key_of(a, m) + (t,) for m in gold_ms if m["type"] == t)
            s_t = collections.Counter(k + (t,) for k, m in ((key_of(a, m), m) for m in sys_ms) if k is not None and m.get("type") == t)
            per_type[t][0] += sum((g_t & s_t).values())
            per_type[t][1] += sum(s_t.values())
            per_type[t][2] += sum(g_t.values())
        sys_by_span = collections.defaultdict(list)
        for m in sys_ms:
            k = key_of(a, m)
            if k:
                sys_by_span[k[:3]].append(m)
        sys_country = {e.get("name"): e.get("country") for e in (r.get("entities") or []) if isinstance(e, dict)}
        for m in gold_ms:
            k = key_of(a, m)
            hit = k is not None and any(norm_name(c.get("name")) == k[3] for c in sys_by_span.get(k[:3], []))
            if m.get("in_gazetteer") is False:
                oog[1] += 1
                oog[0] += hit
                if not hit:
                    oog_misses.append(f"{a['id']} {m['surface']!r} ({m['name']})")
            if m.get("country") and hit:
                got = next((sys_country.get(c.get("name")) for c in sys_by_span[k[:3]] if norm_name(c.get("name")) == k[3]), None)
                country[1] += 1
                country[0] += (got or "").upper() == m["country"].upper()
                if (got or "").upper() != m["country"].upper():
                    country_errors.append(f"{a['id']} {m['surface']!r}: gold {m['country']}, knews {got}")
        for m in a["mentions"]:
            k = key_of(a, m)
            cands = sys_by_span.get(k[:3], [])
            if cands:
                sys_name_at[(a["id"],) + k[:3]] = norm_name(cands[0].get("name"))
                if m["type"] in TYPES and norm_name(cands[0].get("name")) == k[3] and cands[0].get("type") != m["type"]:
                    type_errors.append(f"{a['id']} {m['surface']!r} gold type {m['type']}, knews {cands[0].get('type')}")
        for k in (gkeys - skeys).elements():
            field, st, en, name = k
            got = sys_by_span.get((field, st, en))
            text = a[field]
            ctx = text[max(0, st - 8):st] + "[" + text[st:en] + "]" + text[en:en + 8]
            hint = f"; knews named it {got[0].get('name')!r}" if got else ""
            overl = [m for m in sys_ms if m.get("field") == field and isinstance(m.get("start"), int) and m["start"] < en and st < m.get("end", -1)]
            if not got and overl:
                hint = "; knews span " + ", ".join(f"{m.get('surface')!r}->{m.get('name')!r}" for m in overl)
            misses.append(f"{a['id']} FN {field} {ctx!r} want {name!r}{hint}")
        for k in (skeys - gkeys).elements():
            field, st, en, name = k
            text = a[field]
            ctx = text[max(0, st - 8):st] + "[" + text[st:en] + "]" + text[en:en + 8]
            misses.append(f"{a['id']} FP {field} {ctx!r} -> {name!r}")

    # alias merging
    alias_ok = alias_canon = 0
    alias_report = []
    for alias, canon in aliases:
        alias_names, canon_names = set(), set()
        for a in arts:
            for m in a["mentions"]:
                if m["name"] != canon:
                    continue
                k = key_of(a, m)
                n = sys_name_at.get((a["id"],) + k[:3])
                if m["surface"] == alias:
                    alias_names.add(n)
                elif m["surface"] == canon:
                    canon_names.add(n)
        if not alias_names:
            alias_report.append(f"{alias} -> {canon}: alias not present in the gold mentions (check aliases.tsv)")
            continue
        # judged on the mentions knews found; a pair whose alias is never tagged fails
        alias_found, canon_found = alias_names - {None}, canon_names - {None}
        names = alias_found | canon_found
        if not alias_found:
            same = False
        elif canon_found:
            same = len(names) == 1
        else:  # the canonical form is not written in the texts: the alias must resolve to it
            same = names == {norm_name(canon)}
        alias_ok += same
        is_canon = same and names == {norm_name(canon)}
        alias_canon += is_canon
        if not same:
            alias_report.append(f"{alias} -> {canon}: knews names alias mentions {sorted(map(str, alias_names))}, "
                                f"canonical mentions {sorted(map(str, canon_names)) or '(none in text)'} (None = not tagged)")
        elif not is_canon:
            alias_report.append(f"{alias} -> {canon}: merged, but under the name {next(iter(names))!r}")

    print(f"Tagging held-out set: {len(arts)} articles, {tot[2]} agency/company mentions, {len(aliases)} alias pairs")
    if rc != 0:
        print(f"note: knews exited with status {rc}")
    if missing_ids:
        print(f"note: knews returned no record for {len(missing_ids)} article(s): {', '.join(missing_ids[:10])}")
    print(f"{'':<22}{'precision':>10}{'recall':>10}{'F1':>8}{'TP':>6}{'sys':>6}{'gold':>6}")
    p_, r_, f_ = prf(*tot)
    print(f"{'all (field,span,name)':<22}{p_:>10.3f}{r_:>10.3f}{f_:>8.3f}{tot[0]:>6}{tot[1]:>6}{tot[2]:>6}")
    typ_res = {}
    for t in TYPES:
        tp, ns, ng = per_type[t]
        pt, rt, ft = prf(tp, ns, ng)
        typ_res[t] = (pt, rt)
        print(f"{t + ' (+type)':<22}{pt:>10.3f}{rt:>10.3f}{ft:>8.3f}{tp:>6}{ns:>6}{ng:>6}")
    n_alias = len(aliases)
    print(f"alias pairs merged: {alias_ok}/{n_alias}; merged under the canonical name: {alias_canon}/{n_alias}")
    oog_recall = oog[0] / oog[1] if oog[1] else None
    if oog[1]:
        print(f"out-of-gazetteer recall (gold in_gazetteer=false): {oog_recall:.3f} ({oog[0]}/{oog[1]})")
    if country[1]:
        print(f"country of found mentions: {country[0] / country[1]:.3f} right ({country[0]}/{country[1]})")
    print(f"knews tag wall time {secs:.3f}s (includes process start-up)")
    if offset_errors:
        print(f"\noffset invariant text[start:end] == surface violated {len(offset_errors)} time(s):")
        for e in offset_errors[:30]:
            print(f"  {e}")
    if not args.quiet:
        print(f"\nmisses ({len(misses)}):")
        for m in misses:
            print(f"  {m}")
        if type_errors:
            print(f"\nright span and name, wrong type ({len(type_errors)}):")
            for m in type_errors:
                print(f"  {m}")
        if alias_report:
            print(f"\nalias problems ({len(alias_report)}):")
            for m in alias_report:
                print(f"  {m}")
        if oog_misses:
            print(f"\nout-of-gazetteer mentions missed ({len(oog_misses)}):")
            for m in oog_misses:
                print(f"  {m}")
        if country_errors:
            print(f"\nwrong country ({len(country_errors)}):")
            for m in country_errors:
                print(f"  {m}")
    extra = ""
    if oog[1]:
        extra += f" oog_R={oog_recall:.3f}"
    if country[1]:
        extra += f" country={country[0] / country[1]:.3f}"
    print(f"\nSUMMARY tagging articles={len(arts)} P={p_:.3f} R={r_:.3f} agency_P={typ_res['agency'][0]:.3f} "
          f"agency_R={typ_res['agency'][1]:.3f} company_P={typ_res['company'][0]:.3f} company_R={typ_res['company'][1]:.3f} "
          f"aliases_merged={alias_ok}/{n_alias} aliases_canonical={alias_canon}/{n_alias} offset_errors={len(offset_errors)}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
