#!/usr/bin/env python3
"""Writes a large WARC.gz (one gzip member per record) of made-up news pages, for the
flat-memory check:

    python3 make_warc.py /tmp/knews-1g.warc.gz --megabytes 1000

The size counts uncompressed record bytes. Each page is preceded by a request record; every
tenth response is a 404 and every seventh an image, so skipping is exercised too. Streamed:
the script itself never holds more than one record.
"""
import argparse
import gzip
import io
import random
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
from generate_corpus import build_page  # noqa: E402  (the benchmark corpus's own pages)


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=1) as g:
        g.write(data)
    return buf.getvalue()


def record(n, kind, uri, block, ctype):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{n:08d}-0000-0000-0000-000000000000>\r\n"
            f"WARC-Date: 2025-06-27T08:12:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--megabytes", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    r = random.Random(a.seed)
    limit = a.megabytes * 1_000_000
    written = 0
    n = 0
    # A pool of pages reused with small changes keeps generation fast for 1 GB.
    pool = [build_page(a.seed, i) for i in range(300)]
    with open(a.out, "wb") as out:
        while written < limit:
            uri = f"https://news{n % 3}.example/news/{n}"
            req = record(n, "request", uri, f"GET /news/{n} HTTP/1.1\r\nHost: x\r\n\r\n".encode(), "application/http; msgtype=request")
            if n % 10 == 9:
                body, status, ctype = b"<html><body>not found</body></html>", "404 Not Found", "text/html"
            elif n % 7 == 6:
                body, status, ctype = bytes(r.getrandbits(8) for _ in range(2000)), "200 OK", "image/jpeg"
            else:
                p = n % len(pool)
                _, _, body, encoding = pool[p]
                status, ctype = "200 OK", "text/html; charset=" + ("euc-kr" if encoding == "cp949" else "utf-8")
            resp = record(n, "response", uri, f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n\r\n".encode() + body,
                          "application/http; msgtype=response")
            out.write(gz(req))
            out.write(gz(resp))
            written += len(req) + len(resp)
            n += 1
    print(f"{n} exchanges, {written / 1e6:.0f} MB uncompressed, {os.path.getsize(a.out) / 1e6:.0f} MB on disk")


if __name__ == "__main__":
    main()
