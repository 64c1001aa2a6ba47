#!/usr/bin/env python3
"""Scores `knews extract` (and optionally trafilatura) on the held-out article pages.

Gold: Benchmarks/heldout/extraction/<page>.json next to each <page>.html
      {"title", "published_at" (ISO, +09:00), "author" (name only or null), "body": [paragraphs]}.
Metrics per page, averaged over pages:
  title         exact after NFC + whitespace normalization
  published_at  same instant, compared at minute precision in Asia/Seoul; knews must give an offset
                (contract), a naive trafilatura date is read as Asia/Seoul local time
  published day same local calendar day (secondary: trafilatura rarely finds the time of day)
  author        exact after normalization (e-mail, 기자/특파원 role words and brackets removed);
                "raw" = exact without that normalization (the contract says name only)
  body F1       multiset F1 of whitespace-split tokens of the body vs the gold paragraphs
Throughput: knews pages/s from timing one CLI process over all pages (--repeat N copies the pages
N times into a temp dir for a steadier figure); trafilatura pages/s from timing bare_extraction
over the same pages in this process.
"""
import argparse
import collections
import datetime as dt
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import HELDOUT_DIR, norm_text, resolve_knews, run_knews  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))  # Korea has had no DST since 1988
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
ROLE = re.compile(r"(선임기자|수석기자|객원기자|인턴기자|기자|특파원|통신원|편집위원|논설위원|에디터|reporter)", re.I)


def norm_author(s):
    if s is None:
        return ""
    if isinstance(s, list):
        s = "; ".join(str(x) for x in s)
    s = EMAIL.sub(" ", s)
    s = re.sub(r"[\(\[<（].*?[\)\]>）]", " ", s)
    s = ROLE.sub(" ", s)
    s = s.replace("=", " ")
    return norm_text(s)


def parse_time(s, naive_is_kst):
    """Returns (aware datetime or None, reason)."""
    if not s:
        return None, "missing"
    try:
        t = dt.datetime.fromisoformat(str(s).strip().replace("Z", "+00:00"))
    except ValueError:
        # htmldate-style %z without colon, e.g. 2025-05-27T05:01:00+0900
        m = re.fullmatch(r"(.*T\d\d:\d\d(?::\d\d)?)([+-]\d\d)(\d\d)", str(s).strip())
        if not m:
            try:
                t = dt.datetime.fromisoformat(str(s).strip()[:10])
            except ValueError:
                return None, f"unparseable {s!r}"
        else:
            t = dt.datetime.fromisoformat(f"{m.group(1)}{m.group(2)}:{m.group(3)}")
    if t.tzinfo is None:
        if not naive_is_kst:
            return None, f"no UTC offset in {s!r}"
        t = t.replace(tzinfo=KST)
    return t, ""


def token_f1(pred, gold):
    p = collections.Counter(pred.split())
    g = collections.Counter(gold.split())
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def score_page(gold, rec, naive_is_kst):
    """rec: dict with title, published_at, author, body (str) or None. Returns dict of scores and misses."""
    out = {"misses": []}
    if rec is None:
        rec = {}
        out["misses"].append("no article extracted")
    gt, st = norm_text(gold["title"]), norm_text(rec.get("title"))
    out["title"] = gt == st
    if not out["title"]:
        out["misses"].append(f"title: got {st!r}, want {gt!r}")
    gold_t, _ = parse_time(gold["published_at"], True)
    sys_t, why = parse_time(rec.get("published_at"), naive_is_kst)
    gm = gold_t.astimezone(KST).strftime("%Y-%m-%dT%H:%M")
    sm = sys_t.astimezone(KST).strftime("%Y-%m-%dT%H:%M") if sys_t else None
    out["published_at"] = sm == gm
    out["published_day"] = sm is not None and sm[:10] == gm[:10]
    if not out["published_at"]:
        out["misses"].append(f"published_at: got {rec.get('published_at')!r}{' (' + why + ')' if why else ''}, want {gold['published_at']}")
    elif sys_t is not None and sys_t.utcoffset() != dt.timedelta(hours=9):
        out["misses"].append(f"note: published_at {rec.get('published_at')!r} is right but not in +09:00")
    ga, sa = norm_author(gold.get("author")), norm_author(rec.get("author"))
    out["author"] = ga == sa
    out["author_raw"] = norm_text(gold.get("author")) == norm_text(rec.get("author") if isinstance(rec.get("author"), (str, type(None))) else str(rec.get("author")))
    if not out["author"]:
        out["misses"].append(f"author: got {rec.get('author')!r}, want {gold.get('author')!r}")
    elif not out["author_raw"]:
        out["misses"].append(f"note: author {rec.get('author')!r} only matches after removing role/e-mail")
    body = rec.get("body") or ""
    if isinstance(body, list):
        body = "\n".join(body)
    gold_body = "\n".join(gold["body"])
    out["body_f1"] = token_f1(norm_text(body), norm_text(gold_body))
    if out["body_f1"] < 0.999:
        pt, gtok = collections.Counter(norm_text(body).split()), collections.Counter(norm_text(gold_body).split())
        extra = list((pt - gtok).elements())[:12]
        missing = list((gtok - pt).elements())[:12]
        out["misses"].append(f"body F1 {out['body_f1']:.3f}; extra tokens {extra}; missing tokens {missing}")
    return out


def load_pages(folder):
    pages = []
    for html in sorted(glob.glob(os.path.join(folder, "*.htm*"))):
        gold_path = os.path.splitext(html)[0] + ".json"
        if not os.path.exists(gold_path):
            sys.stderr.write(f"warning: no gold file for {html}, skipped\n")
            continue
        with open(gold_path, encoding="utf-8") as f:
            pages.append((os.path.abspath(html), json.load(f)))
    return pages


def run_knews_extract(knews, config, pages, repeat):
    paths = [p for p, _ in pages]
    args = ["extract"] + (["--config", config] if config else []) + paths
    records, _, rc, secs = run_knews(knews, args)
    by_path = collections.defaultdict(list)
    for r in records:
        ip = r.get("input_path") or ""
        key = os.path.realpath(ip) if ip else ""
        by_path[key].append(r)
        by_path["base:" + os.path.basename(ip)].append(r)
    per_page = {}
    multi = 0
    for p in paths:
        recs = by_path.get(os.path.realpath(p)) or by_path.get("base:" + os.path.basename(p)) or []
        if len(recs) > 1:
            multi += 1
        per_page[p] = recs[0] if recs else None
    timing_secs, timing_pages = secs, len(paths)
    if repeat > 1:
        tmp = tempfile.mkdtemp(prefix="knews-extract-eval-")
        try:
            copies = []
            for k in range(repeat):
                for p in paths:
                    dst = os.path.join(tmp, f"r{k:03d}-{os.path.basename(p)}")
                    shutil.copyfile(p, dst)
                    copies.append(dst)
            _, _, _, timing_secs = run_knews(knews, ["extract"] + (["--config", config] if config else []) + copies)
            timing_pages = len(copies)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return per_page, rc, multi, timing_pages / timing_secs if timing_secs > 0 else float("nan")


def run_trafilatura(pages, repeat):
    try:
        import trafilatura
    except ImportError as e:
        sys.stderr.write(f"error: trafilatura is not importable ({e}). pip install trafilatura lxml_html_clean\n")
        return None, None, None
    params = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
    per_page = {}
    datas = [(p, open(p, "rb").read()) for p, _ in pages]
    try:  # warm-up so lazy imports and first-call set-up are not billed to the timed loop
        trafilatura.bare_extraction(datas[0][1], with_metadata=True, include_comments=False, date_extraction_params=params)
    except Exception:
        pass
    t0 = time.perf_counter()
    for k in range(max(1, repeat)):
        for p, data in datas:
            try:
                doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                                  date_extraction_params=params)
            except Exception as e:  # a crash on one page is a miss, not the end of the run
                sys.stderr.write(f"warning: trafilatura failed on {os.path.basename(p)}: {e}\n")
                doc = None
            if k == 0:
                if doc is None:
                    per_page[p] = None
                else:
                    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
                    per_page[p] = {"title": d.get("title"), "published_at": d.get("date"),
                                   "author": d.get("author"), "body": d.get("text") or ""}
    secs = time.perf_counter() - t0
    n = len(datas) * max(1, repeat)
    return per_page, n / secs if secs > 0 else float("nan"), getattr(trafilatura, "__version__", "?")


def aggregate(scores):
    n = len(scores)
    keys = ["title", "published_at", "published_day", "author", "author_raw"]
    agg = {k: sum(1 for s in scores if s[k]) / n for k in keys}
    agg["body_f1"] = sum(s["body_f1"] for s in scores) / n
    return agg


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--knews", default=".build/release/knews", help="path to the knews binary")
    ap.add_argument("--config", default=None, help="pipeline.yml passed to knews extract (optional)")
    ap.add_argument("--heldout", default=os.path.join(HELDOUT_DIR, "extraction"), help="folder of pages + gold")
    ap.add_argument("--trafilatura", action="store_true", help="also score trafilatura on the same pages")
    ap.add_argument("--repeat", type=int, default=1, help="repeat the page set N times for the throughput figures")
    ap.add_argument("--quiet", action="store_true", help="do not list per-page misses")
    args = ap.parse_args()

    pages = load_pages(args.heldout)
    if not pages:
        sys.stderr.write(f"error: no pages with gold in {args.heldout}\n")
        sys.exit(2)
    knews = resolve_knews(args.knews)
    k_recs, rc, multi, k_pps = run_knews_extract(knews, args.config, pages, args.repeat)
    k_scores = {p: score_page(g, k_recs[p], naive_is_kst=False) for p, g in pages}
    k_agg = aggregate(list(k_scores.values()))

    t_agg = t_pps = t_ver = None
    t_scores = {}
    if args.trafilatura:
        t_recs, t_pps, t_ver = run_trafilatura(pages, args.repeat)
        if t_recs is not None:
            t_scores = {p: score_page(g, t_recs[p], naive_is_kst=True) for p, g in pages}
            t_agg = aggregate(list(t_scores.values()))

    print(f"Extraction held-out set: {len(pages)} pages from {args.heldout}")
    if rc != 0:
        print(f"note: knews exited with status {rc}")
    if multi:
        print(f"note: knews returned more than one article for {multi} page(s); the first was scored")
    hdr = f"{'metric':<34}{'knews':>10}"
    if t_agg:
        hdr += f"{'trafilatura ' + str(t_ver):>22}"
    print(hdr)
    print("-" * len(hdr))
    rows = [("title exact", "title"), ("published_at exact (minute, KST)", "published_at"),
            ("published date (day only)", "published_day"), ("author exact (normalized)", "author"),
            ("author exact (raw string)", "author_raw"), ("body token F1 (mean)", "body_f1")]
    for label, key in rows:
        line = f"{label:<34}{k_agg[key]:>10.3f}"
        if t_agg:
            line += f"{t_agg[key]:>22.3f}"
        print(line)
    line = f"{'pages/s':<34}{k_pps:>10.1f}"
    if t_agg:
        line += f"{t_pps:>22.1f}"
    print(line)
    if t_agg and t_pps:
        print(f"knews / trafilatura speed ratio: {k_pps / t_pps:.1f}x (knews timing includes process start-up)")

    if not args.quiet:
        for name, scores in [("knews", k_scores)] + ([("trafilatura", t_scores)] if t_scores else []):
            bad = [(p, s) for p, s in scores.items() if s["misses"]]
            print(f"\n{name}: {len(bad)} page(s) with misses or notes")
            for p, s in bad:
                print(f"  {os.path.basename(p)}")
                for m in s["misses"]:
                    print(f"    - {m}")

    summary = (f"SUMMARY extraction pages={len(pages)} knews title={k_agg['title']:.3f} "
               f"published_at={k_agg['published_at']:.3f} author={k_agg['author']:.3f} "
               f"body_f1={k_agg['body_f1']:.3f} pages_per_s={k_pps:.1f}")
    if t_agg:
        summary += (f" | trafilatura title={t_agg['title']:.3f} published_at={t_agg['published_at']:.3f} "
                    f"published_day={t_agg['published_day']:.3f} author={t_agg['author']:.3f} "
                    f"body_f1={t_agg['body_f1']:.3f} pages_per_s={t_pps:.1f}")
    print("\n" + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
