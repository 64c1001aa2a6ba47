#!/usr/bin/env python3
"""Consistency checks of the held-out gold files themselves (no knews needed).

extraction:    every page has a gold file; the page decodes (UTF-8, or CP949 when it declares
               EUC-KR or is not valid UTF-8); the gold title, every gold paragraph and the author
               occur in the page's text; the publish time occurs in one of the usual renderings.
normalization: ids unique; published_at has an offset; text[start:end] == surface for every
               mention; values are well formed and real calendar dates for their precision;
               low <= high; no two gold mentions overlap.
tagging:       text[start:end] == surface for every mention; types are agency/company; every
               alias pair in aliases.tsv is used by at least one mention and names its canonical name.
Exit status 1 when a check fails.
"""
import datetime as dt
import glob
import html
import html.parser
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalcommon import HELDOUT_DIR, norm_text, read_jsonl  # noqa: E402

problems = []


class TextAndAttrs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        for _, v in attrs:
            if v:
                self.parts.append(" " + v + " ")


def decode(raw):
    head = raw[:2048].decode("ascii", "replace").lower()
    if re.search(r"charset=\"?(euc-kr|cp949|ks_c_5601)", head):
        return raw.decode("cp949"), "cp949 (declared)"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp949"), "cp949 (undeclared)"


def time_renderings(iso):
    t = dt.datetime.fromisoformat(iso)
    u = t.astimezone(dt.timezone.utc)
    ap = "오전" if t.hour < 12 else "오후"
    h12 = t.hour % 12 or 12
    return [t.isoformat(), u.strftime("%Y-%m-%dT%H:%M:%SZ"), u.isoformat(), t.strftime("%Y-%m-%d %H:%M"),
            t.strftime("%Y.%m.%d %H:%M"), f"{t:%Y.%m.%d}. {ap} {h12}:{t:%M}",
            f"{t.year}년 {t.month}월 {t.day}일 {ap} {h12}시" + (f" {t.minute}분" if t.minute else ""),
            t.strftime("%Y%m%d%H%M")]


def check_extraction():
    folder = os.path.join(HELDOUT_DIR, "extraction")
    pages = sorted(glob.glob(os.path.join(folder, "*.html")))
    encs = {}
    for p in pages:
        name = os.path.basename(p)
        gpath = os.path.splitext(p)[0] + ".json"
        if not os.path.exists(gpath):
            problems.append(f"extraction {name}: no gold file")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        for k in ("title", "published_at", "author", "body"):
            if k not in g:
                problems.append(f"extraction {name}: gold lacks {k}")
        raw = open(p, "rb").read()
        text, enc = decode(raw)
        encs[enc] = encs.get(enc, 0) + 1
        parser = TextAndAttrs()
        parser.feed(text)
        flat = norm_text(html.unescape(" ".join(parser.parts)))
        if norm_text(g["title"]) not in flat:
            problems.append(f"extraction {name}: title not found in page")
        for i, para in enumerate(g["body"]):
            if norm_text(para) not in flat:
                problems.append(f"extraction {name}: body paragraph {i} not found in page")
        if g["author"] is not None and g["author"] not in flat:
            problems.append(f"extraction {name}: author not found in page")
        if g["author"] is not None and re.search(r"기자|@", g["author"]):
            problems.append(f"extraction {name}: author must be the name only")
        if not any(r in flat for r in time_renderings(g["published_at"])):
            problems.append(f"extraction {name}: publish time {g['published_at']} not found in any usual rendering")
        if dt.datetime.fromisoformat(g["published_at"]).utcoffset() != dt.timedelta(hours=9):
            problems.append(f"extraction {name}: gold published_at must be in +09:00")
        lines = raw.count(b"\n")
        if not 30 <= lines <= 80:
            problems.append(f"extraction {name}: {lines} lines of markup (want 30-80)")
    print(f"extraction: {len(pages)} pages checked; encodings {encs}")


PATTERNS = {"minute": r"\d{4}-\d\d-\d\dT\d\d:\d\d", "hour": r"\d{4}-\d\d-\d\dT\d\d", "day": r"\d{4}-\d\d-\d\d",
            "week": r"\d{4}-W\d\d", "month": r"\d{4}-(0[1-9]|1[0-2])", "quarter": r"\d{4}-Q[1-4]",
            "half": r"\d{4}-H[12]", "year": r"\d{4}"}


def check_normalization():
    paras = read_jsonl(os.path.join(HELDOUT_DIR, "normalization", "paragraphs.jsonl"))
    ids = [p["id"] for p in paras]
    if len(set(ids)) != len(ids):
        problems.append("normalization: duplicate ids")
    nm = nd = 0
    for p in paras:
        t = p["text"]
        if dt.datetime.fromisoformat(p["published_at"]).utcoffset() is None:
            problems.append(f"normalization {p['id']}: published_at without offset")
        spans = []
        for m in p["money"]:
            nm += 1
            if t[m["start"]:m["end"]] != m["surface"]:
                problems.append(f"normalization {p['id']}: money offsets wrong for {m['surface']!r}")
            if not (isinstance(m["low"], int) and isinstance(m["high"], int) and 0 < m["low"] <= m["high"]):
                problems.append(f"normalization {p['id']}: bad amounts for {m['surface']!r}")
            if m["currency"] not in ("KRW", "USD", "JPY", "EUR", "CNY", "GBP"):
                problems.append(f"normalization {p['id']}: unexpected currency {m['currency']}")
            spans.append((m["start"], m["end"]))
        for d in p["dates"]:
            nd += 1
            if t[d["start"]:d["end"]] != d["surface"]:
                problems.append(f"normalization {p['id']}: date offsets wrong for {d['surface']!r}")
            pat = PATTERNS.get(d["precision"])
            if not pat or not re.fullmatch(pat, d["value"]):
                problems.append(f"normalization {p['id']}: value {d['value']!r} does not fit precision {d['precision']}")
            elif d["precision"] in ("minute", "hour", "day"):
                try:
                    dt.date.fromisoformat(d["value"][:10])
                except ValueError:
                    problems.append(f"normalization {p['id']}: {d['value']} is not a calendar date")
            elif d["precision"] == "week":
                y, w = int(d["value"][:4]), int(d["value"][6:])
                if w > dt.date(y, 12, 28).isocalendar()[1]:
                    problems.append(f"normalization {p['id']}: {d['value']} is not an ISO week")
            spans.append((d["start"], d["end"]))
        spans.sort()
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                problems.append(f"normalization {p['id']}: overlapping gold spans at {a}-{b} and {c}")
    print(f"normalization: {len(paras)} paragraphs, {nm} money and {nd} date mentions checked")


def check_tagging():
    folder = os.path.join(HELDOUT_DIR, "tagging")
    arts = read_jsonl(os.path.join(folder, "articles.jsonl"))
    n = 0
    used = set()
    for a in arts:
        paras = a["body"].split("\n")
        if not 3 <= len(paras) <= 6:
            problems.append(f"tagging {a['id']}: {len(paras)} body paragraphs (want 3-6)")
        for m in a["mentions"]:
            n += 1
            if a[m["field"]][m["start"]:m["end"]] != m["surface"]:
                problems.append(f"tagging {a['id']}: offsets wrong for {m['surface']!r}")
            if m["type"] not in ("agency", "company"):
                problems.append(f"tagging {a['id']}: bad type {m['type']}")
            used.add((m["surface"], m["name"]))
    pairs = []
    with open(os.path.join(folder, "aliases.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            al, canon = line.rstrip("\n").split("\t")
            if i == 0:
                continue
            pairs.append((al, canon))
            if (al, canon) not in used:
                problems.append(f"tagging aliases.tsv: pair {al} -> {canon} is not used by any mention")
    for s, nme in used:
        if s != nme and (s, nme) not in pairs:
            problems.append(f"tagging: alias {s} -> {nme} is used but missing from aliases.tsv")
    print(f"tagging: {len(arts)} articles, {n} mentions, {len(pairs)} alias pairs checked")


def main():
    check_extraction()
    check_normalization()
    check_tagging()
    for p in problems:
        print("PROBLEM", p)
    print(f"SUMMARY check_heldout problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
