#!/usr/bin/env python3
"""Scores knews and trafilatura on the same labelled pages (issue 3's held-out check).

    python3 compare_trafilatura.py --labels LABELS.jsonl [--pages DIR] [--bench .build/release/knews-bench]

LABELS.jsonl holds one object per page: {"file": "page.html", "title": "...", "published":
"2025-06-27T17:12" or "2025-06-27T08:12:00Z", "author": "홍길동" or null, "body": "paragraphs\\n..."}.
`file` is relative to --pages (default: the labels file's folder).

Scores: title, publish time (to the minute, converted to Asia/Seoul when an offset is given)
and author are exact matches after whitespace normalization; body is token F1 over whitespace
tokens. Also pages/s of each tool on these pages (knews through `knews-bench extraction
dump-json`, which includes process start; trafilatura in this process).
"""
import argparse
import collections
import datetime as dt
import json
import os
import subprocess
import sys
import time

SEOUL = dt.timezone(dt.timedelta(hours=9))


def norm(s):
    return " ".join((s or "").split()) or None


def minute(value):
    """'2025-06-27T17:12...' (with or without offset) → Asia/Seoul wall clock to the minute."""
    if not value:
        return None
    v = value.strip().replace("Z", "+00:00")
    try:
        t = dt.datetime.fromisoformat(v)
    except ValueError:
        try:
            t = dt.datetime.fromisoformat(v[:16])
        except ValueError:
            return v[:16]
    if t.tzinfo is not None:
        t = t.astimezone(SEOUL)
    return t.strftime("%Y-%m-%dT%H:%M")


def f1(pred, gold):
    p = collections.Counter((pred or "").split())
    g = collections.Counter((gold or "").split())
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(p.values())
    recall = overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def score(name, predictions, labels):
    n = len(labels)
    title = sum(norm(predictions[l["file"]].get("title")) == norm(l.get("title")) for l in labels)
    when = sum(minute(predictions[l["file"]].get("published")) == minute(l.get("published")) for l in labels)
    author = sum(norm(predictions[l["file"]].get("author")) == norm(l.get("author")) for l in labels)
    body = sum(f1(predictions[l["file"]].get("body"), l.get("body")) for l in labels) / max(n, 1)
    print(f"{name:12s} title {title}/{n} ({title / n:.0%})  time {when}/{n} ({when / n:.0%})  "
          f"author {author}/{n} ({author / n:.0%})  body F1 {body:.3f}")
    misses = [l["file"] for l in labels
              if norm(predictions[l["file"]].get("title")) != norm(l.get("title"))
              or minute(predictions[l["file"]].get("published")) != minute(l.get("published"))
              or norm(predictions[l["file"]].get("author")) != norm(l.get("author"))]
    if misses:
        print(f"{'':12s} pages with a metadata miss: {', '.join(misses)}")


def run_knews(bench, files):
    start = time.perf_counter()
    out = subprocess.run([bench, "extraction", "dump-json", *files], check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - start
    result = {}
    for line in out.splitlines():
        o = json.loads(line)
        arts = o["articles"]
        result[o["path"]] = arts[0] if arts else {}
    return result, seconds


def run_trafilatura(files):
    import trafilatura
    result = {}
    start = time.perf_counter()
    for f in files:
        with open(f, "rb") as h:
            raw = h.read()
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          date_extraction_params={"extensive_search": True, "original_date": True,
                                                                  "outputformat": "%Y-%m-%dT%H:%M"})
        if doc is None:
            result[f] = {}
            continue
        d = doc if isinstance(doc, dict) else doc.as_dict()
        result[f] = {"title": d.get("title"), "published": d.get("date"), "author": d.get("author"),
                     "body": d.get("text")}
    return result, time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", required=True)
    ap.add_argument("--pages")
    ap.add_argument("--bench", default=".build/release/knews-bench")
    a = ap.parse_args()
    folder = a.pages or os.path.dirname(os.path.abspath(a.labels))
    labels = [json.loads(l) for l in open(a.labels, encoding="utf-8") if l.strip()]
    files = [os.path.join(folder, l["file"]) for l in labels]
    for l, f in zip(labels, files):
        l["file"] = f
    knews, k_seconds = run_knews(a.bench, files)
    for f in files:
        knews.setdefault(f, {})
    score("knews", knews, labels)
    try:
        traf, t_seconds = run_trafilatura(files)
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura)", file=sys.stderr)
        return
    score("trafilatura", traf, labels)
    print(f"speed on {len(files)} pages: knews {len(files) / k_seconds:.0f} pages/s (incl. process start), "
          f"trafilatura {len(files) / t_seconds:.0f} pages/s")


if __name__ == "__main__":
    main()
