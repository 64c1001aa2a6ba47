#!/usr/bin/env python3
"""Scores `knews normalize --jsonl` (and optionally dateparser) on the held-out paragraphs.

Gold: Benchmarks/heldout/normalization/paragraphs.jsonl, one paragraph per line:
  {"id", "published_at", "text", "money": [{"surface","start","end","currency","low","high"}],
   "dates": [{"surface","start","end","value","precision"}]}
Keys compared: money (currency, low, high); dates (value, precision). A system mention matches a
gold mention when their spans overlap and their keys are equal; matching is one-to-one.
Equivalent spellings accepted: an hour value "2025-06-21T16" equals the minute value "2025-06-21T16:00"
(o'clock times may be reported at either precision); week numbers are zero-padded.
Durations (gold or system "kind": "duration") are compared by value alone (`P3D`), and never equal
a calendar date. A gold set written before durations were mentions (no date in it has a "kind"
key, like Benchmarks/heldout) counts durations among its hard negatives; the scorer then sets the
system's durations aside and prints how many, unless --durations-are-negatives is given.
Optional gold keys (Benchmarks/heldout2): money "kind" and "owner", date "kind", and a "story" key
that groups the paragraphs of one article, lead first. Paragraphs of a story are fed to knews as
one article (joined by a line break, so the lead names the story day; a paragraph whose "role"
is "headline" goes in as the article's title, as a headline is one) and its mentions mapped
back to each paragraph. When the gold has them, the scorer also prints money kind accuracy (over
matched amounts whose gold has a "kind" key; null counts as a kind) and owner accuracy (over
matched amounts whose gold names an owner).
Everything in a paragraph that is not a gold mention (counts, durations, ages, percentages, phone
numbers, project years ...) is a hard negative: any system mention there is a false positive.
--dateparser runs dateparser.search.search_dates(languages=['ko'], RELATIVE_BASE = publish time,
TIMEZONE Asia/Seoul) and scores its dates the same way, formatting each found datetime at the
precision of the gold mention it overlaps.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import HELDOUT_DIR, prf, read_jsonl, resolve_knews, run_knews, spans_overlap  # noqa: E402


def canon_date(value, precision):
    v, p = str(value or "").strip(), str(precision or "").strip().lower()
    if p == "hour" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d", v):
        return v + ":00", "minute"
    if p == "minute":
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)(:00)?", v)
        if m:
            return m.group(1), "minute"
    if p == "week":
        m = re.fullmatch(r"(\d{4})-W(\d{1,2})", v)
        if m:
            return f"{m.group(1)}-W{int(m.group(2)):02d}", "week"
    return v, p


def as_int(x):
    try:
        f = float(x)
        return int(f) if f == int(f) else f
    except (TypeError, ValueError):
        return x


def money_key(m, gold):
    if gold:
        return (m["currency"], int(m["low"]), int(m["high"]))
    return (str(m.get("currency") or "").upper(), as_int(m.get("amount_low")), as_int(m.get("amount_high")))


def date_key(d):
    if d.get("kind") == "duration":
        return ("duration", str(d.get("value") or "").strip())
    return canon_date(d.get("value"), d.get("precision"))


def normalize_stories(knews, paras):
    """Runs knews once, an article per story (paragraphs joined by a line break, lead first), and
    returns each paragraph's record with offsets relative to that paragraph."""
    stories, order = {}, []
    for p in paras:
        key = p.get("story") or ("\0" + p["id"])
        if key not in stories:
            stories[key] = []
            order.append(key)
        stories[key].append(p)
    lines, layout, titles = [], {}, {}
    for n, key in enumerate(order):
        parts, offsets, at = [], [], 0
        sid = f"story-{n}"
        title = None
        for p in stories[key]:
            # A headline is the article's title (knews reads titles apart: `48억…` drops 원).
            if p.get("role") == "headline" and title is None:
                title = p
                continue
            offsets.append((p["id"], at, at + len(p["text"])))
            parts.append(p["text"])
            at += len(p["text"]) + 1
        layout[sid] = offsets
        first = stories[key][0]
        obj = {"id": sid, "text": "\n".join(parts), "published_at": first["published_at"]}
        if title is not None:
            obj["title"] = title["text"]
            titles[sid] = title["id"]
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
    recs, err, rc, secs = run_knews(knews, ["normalize", "--jsonl"], stdin_text="".join(lines))
    out = {}
    for r in recs:
        if r.get("id") in titles:
            tid = titles[r.get("id")]
            out[tid] = {"id": tid,
                        "money": [m for m in r.get("money") or [] if isinstance(m, dict) and m.get("field") == "title"],
                        "dates": [d for d in r.get("dates") or [] if isinstance(d, dict) and d.get("field") == "title"]}
        for pid, lo, hi in layout.get(r.get("id"), []):
            mine = {"id": pid, "money": [], "dates": []}
            for kind in ("money", "dates"):
                for m in r.get(kind) or []:
                    if isinstance(m, dict) and m.get("field", "body") != "body":
                        continue
                    if isinstance(m, dict) and isinstance(m.get("start"), int) and lo <= m["start"] < hi + 1 and m["start"] < hi:
                        m = dict(m)
                        m["start"] -= lo
                        m["end"] -= lo
                        mine[kind].append(m)
            out[pid] = mine
    return out, rc, secs


def match(golds, syss, gkey, skey):
    """One-to-one matching of overlapping mentions with equal keys; larger overlap first."""
    pairs = []
    for i, g in enumerate(golds):
        for j, s in enumerate(syss):
            if s.get("start") is None or s.get("end") is None:
                continue
            if spans_overlap(g["start"], g["end"], s["start"], s["end"]) and gkey(g) == skey(s):
                ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
                pairs.append((-ov, i, j))
    pairs.sort()
    gm, sm = {}, {}
    for _, i, j in pairs:
        if i not in gm and j not in sm:
            gm[i], sm[j] = j, i
    return gm, sm


def overlapping(x, items):
    return [y for y in items if y.get("start") is not None and spans_overlap(x["start"], x["end"], y["start"], y["end"])]


def fmt_at(t, precision):
    if precision == "year":
        return t.strftime("%Y")
    if precision == "half":
        return f"{t.year}-H{1 if t.month <= 6 else 2}"
    if precision == "quarter":
        return f"{t.year}-Q{(t.month - 1) // 3 + 1}"
    if precision == "month":
        return t.strftime("%Y-%m")
    if precision == "week":
        y, w, _ = t.isocalendar()
        return f"{y}-W{w:02d}"
    if precision == "day":
        return t.strftime("%Y-%m-%d")
    return t.strftime("%Y-%m-%dT%H:%M")


def run_dateparser(paras):
    try:
        from dateparser.search import search_dates
        import dateparser
    except ImportError as e:
        sys.stderr.write(f"error: dateparser is not importable ({e}). pip install dateparser\n")
        return None, None
    out = {}
    for p in paras:
        pub = dt.datetime.fromisoformat(p["published_at"]).astimezone(dt.timezone(dt.timedelta(hours=9))).replace(tzinfo=None)
        settings = {"RELATIVE_BASE": pub, "TIMEZONE": "Asia/Seoul", "RETURN_AS_TIMEZONE_AWARE": False}
        try:
            found = search_dates(p["text"], languages=["ko"], settings=settings) or []
        except Exception as e:
            sys.stderr.write(f"warning: dateparser failed on {p['id']}: {e}\n")
            found = []
        ments, cursor = [], 0
        for surface, t in found:
            i = p["text"].find(surface, cursor)
            if i < 0:
                i = p["text"].find(surface)
            if i < 0:
                continue
            cursor = i + len(surface)
            ments.append({"start": i, "end": i + len(surface), "surface": surface, "dt": t})
        out[p["id"]] = ments
    return out, dateparser.__version__


def score_dateparser(paras, dp):
    tp = n_sys = n_gold = 0
    misses = []
    for p in paras:
        golds, syss = p["dates"], dp.get(p["id"], [])
        n_gold += len(golds)
        n_sys += len(syss)
        pairs = []
        for i, g in enumerate(golds):
            gv, gp = canon_date(g["value"], g["precision"])
            for j, s in enumerate(syss):
                if spans_overlap(g["start"], g["end"], s["start"], s["end"]) and fmt_at(s["dt"], gp) == gv:
                    pairs.append((-(min(g["end"], s["end"]) - max(g["start"], s["start"])), i, j))
        pairs.sort()
        gm, sm = {}, {}
        for _, i, j in pairs:
            if i not in gm and j not in sm:
                gm[i], sm[j] = j, i
        tp += len(gm)
        for i, g in enumerate(golds):
            if i not in gm:
                ov = overlapping(g, syss)
                got = ", ".join(f"{s['surface']!r}->{fmt_at(s['dt'], canon_date(g['value'], g['precision'])[1])}" for s in ov) or "nothing"
                misses.append(f"{p['id']} FN date {g['surface']!r} want {g['value']} ({g['precision']}); dateparser gave {got}")
        for j, s in enumerate(syss):
            if j not in sm:
                misses.append(f"{p['id']} FP date {s['surface']!r} -> {s['dt'].isoformat()}")
    return tp, n_sys, n_gold, misses


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--knews", default=".build/release/knews", help="path to the knews binary")
    ap.add_argument("--heldout", default=os.path.join(HELDOUT_DIR, "normalization", "paragraphs.jsonl"))
    ap.add_argument("--dateparser", action="store_true", help="also score dateparser's search_dates on the dates")
    ap.add_argument("--quiet", action="store_true", help="do not list misses")
    ap.add_argument("--durations-are-negatives", action="store_true",
                    help="on a gold set without date kinds, count the system's durations as false positives")
    args = ap.parse_args()

    paras = read_jsonl(args.heldout)
    by_id = {p["id"]: p for p in paras}
    knews = resolve_knews(args.knews)
    sys_by_id, rc, secs = normalize_stories(knews, paras)
    missing_ids = [p["id"] for p in paras if p["id"] not in sys_by_id]

    counts = {"money": [0, 0, 0], "dates": [0, 0, 0]}   # tp, n_sys, n_gold
    detect = {"money": [0, 0, 0], "dates": [0, 0, 0]}   # span-only
    misses, offset_errors = [], []
    kind_acc = [0, 0]    # correct, scored
    owner_acc = [0, 0]
    has_kind = any("kind" in m for p in paras for m in p["money"])
    has_owner = any(m.get("owner") for p in paras for m in p["money"])
    dated_kinds = any("kind" in d for p in paras for d in p["dates"])
    set_aside = 0
    for p in paras:
        r = sys_by_id.get(p["id"], {})
        for kind, gkey, skey in [("money", lambda m: money_key(m, True), lambda m: money_key(m, False)),
                                 ("dates", date_key, date_key)]:
            golds, syss = p[kind], [s for s in (r.get(kind) or []) if isinstance(s, dict)]
            if kind == "dates" and not dated_kinds and not args.durations_are_negatives:
                set_aside += sum(1 for s in syss if s.get("kind") == "duration")
                syss = [s for s in syss if s.get("kind") != "duration"]
            for s in syss:
                st, en = s.get("start"), s.get("end")
                if not (isinstance(st, int) and isinstance(en, int)) or p["text"][st:en] != s.get("surface"):
                    offset_errors.append(f"{p['id']} {kind} start={st} end={en} surface={s.get('surface')!r} text[start:end]={p['text'][st:en] if isinstance(st, int) and isinstance(en, int) else None!r}")
            gm, sm = match(golds, syss, gkey, skey)
            if kind == "money":
                for i, j in gm.items():
                    g, s_ = golds[i], syss[j]
                    if "kind" in g:
                        kind_acc[1] += 1
                        if (g.get("kind") or None) == (s_.get("kind") or None):
                            kind_acc[0] += 1
                        else:
                            misses.append(f"{p['id']} KIND {g['surface']!r} want {g.get('kind')}; got {s_.get('kind')}")
                    if g.get("owner"):
                        owner_acc[1] += 1
                        if g["owner"] == s_.get("owner"):
                            owner_acc[0] += 1
                        else:
                            misses.append(f"{p['id']} OWNER {g['surface']!r} want {g['owner']}; got {s_.get('owner')}")
            counts[kind][0] += len(gm)
            counts[kind][1] += len(syss)
            counts[kind][2] += len(golds)
            dg, ds = match(golds, syss, lambda x: 0, lambda x: 0)
            detect[kind][0] += len(dg)
            detect[kind][1] += len(syss)
            detect[kind][2] += len(golds)
            for i, g in enumerate(golds):
                if i not in gm:
                    ov = overlapping(g, syss)
                    got = ", ".join(f"{s.get('surface')!r}->{skey(s)}" for s in ov) or "nothing"
                    misses.append(f"{p['id']} FN {kind} {g['surface']!r} want {gkey(g)}; got {got}")
            for j, s in enumerate(syss):
                if j not in sm:
                    ov = overlapping(s, golds) if s.get("start") is not None else []
                    why = f"(gold there: {[gkey(g) for g in ov]})" if ov else "(no gold mention there)"
                    misses.append(f"{p['id']} FP {kind} {s.get('surface')!r} -> {skey(s)} {why}")

    text_bytes = sum(len(p["text"].encode("utf-8")) for p in paras)
    print(f"Normalization held-out set: {len(paras)} paragraphs, {counts['money'][2]} money and {counts['dates'][2]} date mentions")
    if rc != 0:
        print(f"note: knews exited with status {rc}")
    if missing_ids:
        print(f"note: knews returned no record for {len(missing_ids)} paragraph(s): {', '.join(missing_ids[:10])}")
    print(f"{'':<28}{'precision':>10}{'recall':>10}{'F1':>8}{'TP':>6}{'sys':>6}{'gold':>6}")
    res = {}
    for kind in ("money", "dates"):
        tp, ns, ng = counts[kind]
        p_, r_, f_ = prf(tp, ns, ng)
        res[kind] = (p_, r_)
        print(f"{'knews ' + kind + ' (value)':<28}{p_:>10.3f}{r_:>10.3f}{f_:>8.3f}{tp:>6}{ns:>6}{ng:>6}")
    for kind in ("money", "dates"):
        tp, ns, ng = detect[kind]
        p_, r_, f_ = prf(tp, ns, ng)
        print(f"{'knews ' + kind + ' (span only)':<28}{p_:>10.3f}{r_:>10.3f}{f_:>8.3f}{tp:>6}{ns:>6}{ng:>6}")
    if set_aside:
        print(f"note: {set_aside} duration(s) set aside: this gold predates durations (--durations-are-negatives counts them)")
    if has_kind:
        print(f"{'knews money kind accuracy':<28}{kind_acc[0] / max(1, kind_acc[1]):>10.3f}  ({kind_acc[0]}/{kind_acc[1]} matched amounts with a gold kind key)")
    if has_owner:
        print(f"{'knews money owner accuracy':<28}{owner_acc[0] / max(1, owner_acc[1]):>10.3f}  ({owner_acc[0]}/{owner_acc[1]} matched amounts whose gold names an owner)")
    dp_res = None
    if args.dateparser:
        dp, ver = run_dateparser(paras)
        if dp is not None:
            tp, ns, ng, dp_misses = score_dateparser(paras, dp)
            p_, r_, f_ = prf(tp, ns, ng)
            dp_res = (p_, r_)
            print(f"{'dateparser ' + ver + ' dates':<28}{p_:>10.3f}{r_:>10.3f}{f_:>8.3f}{tp:>6}{ns:>6}{ng:>6}")
    print(f"knews normalize wall time {secs:.3f}s for {text_bytes} bytes (includes process start-up)")
    if offset_errors:
        print(f"\noffset invariant text[start:end] == surface violated {len(offset_errors)} time(s):")
        for e in offset_errors[:30]:
            print(f"  {e}")
    if not args.quiet:
        print(f"\nknews misses ({len(misses)}):")
        for m in misses:
            print(f"  {m}")
        if args.dateparser and dp_res is not None:
            print(f"\ndateparser misses ({len(dp_misses)}):")
            for m in dp_misses:
                print(f"  {m}")
    summary = (f"SUMMARY normalization paragraphs={len(paras)} money_P={res['money'][0]:.3f} money_R={res['money'][1]:.3f} "
               f"dates_P={res['dates'][0]:.3f} dates_R={res['dates'][1]:.3f} offset_errors={len(offset_errors)}")
    if has_kind:
        summary += f" kind_acc={kind_acc[0] / max(1, kind_acc[1]):.3f}"
    if has_owner:
        summary += f" owner_acc={owner_acc[0] / max(1, owner_acc[1]):.3f}"
    if dp_res:
        summary += f" | dateparser dates_P={dp_res[0]:.3f} dates_R={dp_res[1]:.3f}"
    print("\n" + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
