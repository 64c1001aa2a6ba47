#!/usr/bin/env python3
"""A generated WARC corpus for the Spark test and benchmark: the synthetic pages of
Benchmarks/corpus/generate_corpus.py, packed as HTTP responses into gzip WARC files (one gzip
member per record, as crawlers write them).

    python3 spark/make_warc_corpus.py --pages 20000 --files 20 --out /tmp/warc-corpus

Same arguments, same bytes. Stdlib only.
"""

import argparse
import gzip
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Benchmarks", "corpus"))
import generate_corpus  # noqa: E402

NS = uuid.UUID("0d8f3b4a-5c2e-4f6a-9b1d-6b6e65777332")
DATE = "2025-06-30T00:00:00Z"


def record(index, rel, body):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(NS, str(index))}>"),
        ("WARC-Date", DATE),
        ("WARC-Target-URI", f"https://corpus.example/{rel}"),
        ("Content-Type", "application/http; msgtype=response"),
        ("Content-Length", str(len(http))),
    ]
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return gzip.compress(head.encode("utf-8") + http + b"\r\n\r\n", mtime=0)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Pack generated pages into gzip WARC files.")
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--files", type=int, default=1, help="WARC files to spread the pages over")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to write the .warc.gz files into")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    per_file = -(-args.pages // args.files)
    for number in range(args.files):
        first, last = number * per_file, min(args.pages, (number + 1) * per_file)
        if first >= last:
            break
        with open(os.path.join(args.out, f"corpus-{number:04d}.warc.gz"), "wb") as handle:
            for index in range(first, last):
                rel, _, data, _ = generate_corpus.build_page(args.seed, index)
                handle.write(record(index, rel, data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
