#!/usr/bin/env python3
"""Scores `knews extract` on the real-web development set (Benchmarks/realweb).

Set layout (see Benchmarks/realweb/README.md):
  pages/<id>.html (or .htm, .html.gz ...)   real pages, byte-exact, not in git (restore_pages.py)
  gold/<id>.json                            {"is_article", "title", "published_at", "author",
                                             "body_snippets", "boilerplate_snippets", "method", "notes"}
Per page, from the first record knews returns for it:
  found        article page: a record came back; non-article page: no record came back
  title        exact after NFC + whitespace normalization
  time         published_at in the same minute (Asia/Seoul); gold null = knews gives none
  author       exact after removing e-mail, brackets and role words (기자, 특파원 ...) as
               extraction_eval.py does; gold null = knews gives none
  body         every gold body snippet occurs in the (whitespace-normalized) body
  no-bp        no boilerplate snippet occurs in the body
  full         all six right (for a non-article page: found)
Pages listed in gold/ but missing from pages/ are reported as "not restored" and skipped.
Exit status: 2 when the knews binary or the set is missing, else 0.
"""
import argparse
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import REPO_ROOT, norm_text, resolve_knews, run_knews  # noqa: E402
from extraction_eval import KST, norm_author, parse_time  # noqa: E402

DEFAULT_SET = os.path.join(REPO_ROOT, "Benchmarks", "realweb")
PAGE_EXTS = (".html", ".htm", ".html.gz", ".htm.gz", ".gz", ".warc", ".warc.gz")
CHECKS = ["found", "title", "time", "author", "body", "no_bp"]


def load_set(set_dir):
    """Returns [(id, gold, page_path or None)] sorted by id."""
    gold_dir = os.path.join(set_dir, "gold")
    pages_dir = os.path.join(set_dir, "pages")
    out = []
    for gp in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        pid = os.path.splitext(os.path.basename(gp))[0]
        with open(gp, encoding="utf-8") as f:
            gold = json.load(f)
        page = None
        for ext in PAGE_EXTS:
            cand = os.path.join(pages_dir, pid + ext)
            if os.path.isfile(cand):
                page = cand
                break
        out.append((pid, gold, page))
    return out


def extract_all(knews, paths):
    """One knews process over every page; returns {path: first record or None} and the record counts."""
    records, _, rc, _ = run_knews(knews, ["extract"] + paths)
    by_key = collections.defaultdict(list)
    for r in records:
        ip = r.get("input_path") or ""
        if ip:
            by_key[os.path.realpath(ip.split("#")[0])].append(r)
            by_key["base:" + os.path.basename(ip.split("#")[0])].append(r)
    first, counts = {}, {}
    for p in paths:
        recs = by_key.get(os.path.realpath(p)) or by_key.get("base:" + os.path.basename(p)) or []
        first[p] = recs[0] if recs else None
        counts[p] = len(recs)
    return first, counts, rc


def minute(s):
    t, why = parse_time(s, naive_is_kst=False)
    return (t.astimezone(KST).strftime("%Y-%m-%dT%H:%M") if t else None), why


def body_text(rec):
    body = rec.get("body") or ""
    if isinstance(body, list):
        body = "\n".join(str(b) for b in body)
    return norm_text(body)


def score(gold, rec):
    """Returns (dict check -> bool or None for not applicable, list of miss strings)."""
    s, misses = {}, []
    if not gold.get("is_article", True):
        s["found"] = rec is None
        if rec is not None:
            misses.append(f"non-article page gave a record: title {norm_text(rec.get('title'))!r}")
        for k in CHECKS[1:]:
            s[k] = None
        s["full"] = s["found"]
        return s, misses
    s["found"] = rec is not None
    if rec is None:
        misses.append("no article extracted")
        rec = {}
    gt, st = norm_text(gold.get("title")), norm_text(rec.get("title"))
    s["title"] = gt == st
    if not s["title"]:
        misses.append(f"title: got {st!r}, want {gt!r}")
    if gold.get("published_at"):
        gm, _ = minute(gold["published_at"])
        sm, why = minute(rec.get("published_at"))
        s["time"] = sm == gm
        if not s["time"]:
            misses.append(f"published_at: got {rec.get('published_at')!r}{' (' + why + ')' if why and why != 'missing' else ''}, want {gold['published_at']}")
    else:
        s["time"] = not rec.get("published_at")
        if not s["time"]:
            misses.append(f"published_at: got {rec.get('published_at')!r}, want none (the page has no publication time)")
    ga, sa = norm_author(gold.get("author")), norm_author(rec.get("author"))
    s["author"] = ga == sa
    if not s["author"]:
        misses.append(f"author: got {rec.get('author')!r}, want {gold.get('author')!r}")
    body = body_text(rec)
    missing = [x for x in gold.get("body_snippets", []) if norm_text(x) not in body]
    s["body"] = rec != {} and not missing
    if missing:
        for x in missing:
            misses.append(f"body lacks: {x[:70]!r}{'…' if len(x) > 70 else ''}")
    present = [x for x in gold.get("boilerplate_snippets", []) if norm_text(x) and norm_text(x) in body]
    s["no_bp"] = rec != {} and not present
    for x in present:
        misses.append(f"boilerplate in body: {x[:70]!r}")
    s["full"] = all(s[k] for k in CHECKS)
    return s, misses


def mark(v):
    return "-" if v is None else ("ok" if v else "MISS")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--knews", default=".build/release/knews", help="path to the knews binary")
    ap.add_argument("--set", default=DEFAULT_SET, help="folder with pages/ and gold/ (default Benchmarks/realweb)")
    ap.add_argument("--quiet", action="store_true", help="do not list per-page misses")
    args = ap.parse_args()

    set_dir = args.set if os.path.isdir(args.set) else os.path.join(REPO_ROOT, args.set)
    if not os.path.isdir(os.path.join(set_dir, "gold")):
        sys.stderr.write(f"error: no gold/ folder in {set_dir!r}: the real-web set is missing\n")
        return 2
    items = load_set(set_dir)
    if not items:
        sys.stderr.write(f"error: no gold files in {os.path.join(set_dir, 'gold')}\n")
        return 2
    knews = resolve_knews(args.knews)  # exits 2 when the binary is missing

    restored = [(pid, g, p) for pid, g, p in items if p]
    not_restored = [pid for pid, _, p in items if not p]
    if not restored:
        sys.stderr.write(f"error: none of the {len(items)} pages is in {os.path.join(set_dir, 'pages')}; "
                         "run Benchmarks/realweb/restore_pages.py first\n")
        return 2
    recs, counts, rc = extract_all(knews, [p for _, _, p in restored])

    rows = []
    for pid, gold, page in restored:
        rec = recs[page]
        s, misses = score(gold, rec)
        method = (rec or {}).get("extraction_method") or ""
        rows.append((pid, gold, s, misses, counts[page], method))

    print(f"Real-web set: {len(items)} pages in {set_dir} ({len(restored)} restored, "
          f"{sum(1 for r in rows if r[1].get('is_article', True))} article pages)")
    if rc != 0:
        print(f"note: knews exited with status {rc}")
    hdr = f"{'page':<16}{'kind':<9}" + "".join(f"{k:>8}" for k in CHECKS + ["full"]) + "  method"
    print(hdr)
    print("-" * len(hdr))
    for pid, gold, s, _, n, method in rows:
        kind = ("json" if gold.get("method") == "embedded-json" else "article") if gold.get("is_article", True) else "non-art"
        line = f"{pid:<16}{kind:<9}" + "".join(f"{mark(s[k]):>8}" for k in CHECKS + ["full"])
        line += f"  {method}" + (f" ({n} records)" if n > 1 else "")
        print(line)

    arts = [r for r in rows if r[1].get("is_article", True)]
    negs = [r for r in rows if not r[1].get("is_article", True)]
    tot = {k: sum(1 for r in arts if r[2][k]) for k in CHECKS}
    full = sum(1 for r in rows if r[2]["full"])
    neg_ok = sum(1 for r in negs if r[2]["found"])
    print("-" * len(hdr))
    na = max(1, len(arts))
    print(f"{'articles':<25}" + "".join(f"{str(tot[k]) + '/' + str(len(arts)):>8}" for k in CHECKS) +
          f"  fully right {sum(1 for r in arts if r[2]['full'])}/{len(arts)}")
    print(f"{'non-article pages':<25}no record for {neg_ok}/{len(negs)}")
    if not_restored:
        print(f"not restored ({len(not_restored)}): {' '.join(not_restored)}")

    if not args.quiet:
        bad = [r for r in rows if r[3]]
        print(f"\nmisses on {len(bad)} page(s)")
        for pid, _, _, misses, _, _ in bad:
            print(f"  {pid}")
            for m in misses:
                print(f"    - {m}")

    rate = {k: tot[k] / na for k in CHECKS}
    print(f"\nSUMMARY realweb pages={len(rows)} articles={len(arts)} non_articles={len(negs)} "
          f"not_restored={len(not_restored)} fully_right={full}/{len(rows)} "
          f"found={rate['found']:.3f} title={rate['title']:.3f} published_at={rate['time']:.3f} "
          f"author={rate['author']:.3f} body={rate['body']:.3f} no_boilerplate={rate['no_bp']:.3f} "
          f"non_article_rejected={neg_ok}/{len(negs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
