#!/usr/bin/env python3
"""Generates the torture script's inputs from the bundled samples (invented sites only).

  torture_corpus.py clean OUT COPIES   - COPIES variants of every sample page (distinct URLs),
                                          split into OUT/a, OUT/b and OUT/c for staged runs
  torture_corpus.py fuzz OUT COUNT SEED - COUNT mutated pages plus the hostile cases:
                                          50,000 attributes, deep nesting, a lying WARC
                                          length, a non-UTF-8 file name, huge comments

Everything is derived from the repository's samples/ and random bytes; nothing is fetched.
"""
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")


def sample_pages():
    pages = []
    for folder, _, names in sorted(os.walk(SAMPLES)):
        for name in sorted(names):
            if name.endswith(".html"):
                with open(os.path.join(folder, name), "rb") as handle:
                    pages.append((name, handle.read()))
    return pages


def clean(out, copies):
    pages = sample_pages()
    for copy in range(copies):
        part = "abc"[copy % 3]
        folder = os.path.join(out, part, "c%d" % copy)
        os.makedirs(folder, exist_ok=True)
        for name, data in pages:
            data = data.replace(b"idxno=", b"idxno=%d0" % copy)
            data = data.replace(b"</title>", b" %d</title>" % copy, 1)
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(data)


def warc_record(uri, html):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    return http, (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode()
                  + b"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ")


def hostile(out):
    os.makedirs(out, exist_ok=True)
    body = "".join("<p>누리시는 %d일 예산 %d천억 원을 편성했다고 밝혔다. 시의회는 다음 달 심사에 들어간다.</p>" % (i, i) for i in range(1, 6))
    page = lambda extra: ("<html><head><title>누리시 예산</title></head><body>%s<article><h1>누리시 예산</h1>%s</article></body></html>" % (extra, body)).encode()
    attrs = "".join(' data-a%d="v"' % i for i in range(50000))
    cases = {
        "attributes-50000.html": page("<div%s>광고</div>" % attrs),
        "nesting-20000.html": page("<div>" * 20000 + "x" + "</div>" * 20000),
        "comment-8mb.html": page("<!--" + "-" * (8 << 20) + "-->"),
        "unclosed-attribute.html": page('<a href="' + "x" * 200000),
        "entities.html": page("&amp;" * 300000),
        "long-line-no-tags.html": ("가" * 2000000).encode(),
        "binary.html": bytes(random.Random(7).getrandbits(8) for _ in range(300000)),
    }
    for name, data in cases.items():
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(data)
    # A non-UTF-8 file name (CP949 for 기사): recorded as an input error, never skipped silently.
    with open(os.path.join(out.encode(), b"\xb1\xe2\xbb\xe7.html"), "wb") as handle:
        handle.write(page(""))
    # A WARC whose second record lies about its length.
    records = []
    for index in range(5):
        http, head = warc_record("https://news.example.kr/%d" % index, page("<i>%d</i>" % index))
        length = len(http) + (120 if index == 1 else 0)
        records.append(head + str(length).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    with open(os.path.join(out, "lying-length.warc"), "wb") as handle:
        handle.write(b"".join(records))


def fuzz(out, count, seed):
    rng = random.Random(seed)
    pages = [data for _, data in sample_pages()]
    os.makedirs(out, exist_ok=True)
    for index in range(count):
        data = bytearray(rng.choice(pages))
        kind = rng.randrange(6)
        if kind == 0:  # byte flips
            for _ in range(rng.randrange(1, 200)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:  # truncation
            data = data[: rng.randrange(len(data))]
        elif kind == 2:  # splice of two pages
            other = rng.choice(pages)
            cut = rng.randrange(len(data))
            data = data[:cut] + other[rng.randrange(len(other)):]
        elif kind == 3:  # an element with many attributes
            tag = b"<span" + b"".join(b" x%d=1" % i for i in range(rng.randrange(1000, 20000))) + b">"
            cut = rng.randrange(len(data))
            data = data[:cut] + tag + data[cut:]
        elif kind == 4:  # deep nesting
            depth = rng.randrange(1000, 5000)
            cut = rng.randrange(len(data))
            data = data[:cut] + b"<div><b>" * depth + data[cut:]
        else:  # repeated chunks
            start = rng.randrange(len(data))
            chunk = data[start : start + rng.randrange(1, 400)]
            data = data + chunk * rng.randrange(10, 2000)
        with open(os.path.join(out, "fuzz-%05d.html" % index), "wb") as handle:
            handle.write(bytes(data))
    hostile(os.path.join(out, "hostile"))


if __name__ == "__main__":
    if sys.argv[1] == "clean":
        clean(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "fuzz":
        fuzz(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit("usage: torture_corpus.py clean OUT COPIES | fuzz OUT COUNT SEED")
