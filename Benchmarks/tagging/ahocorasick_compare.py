#!/usr/bin/env python3
"""Measure ahocorasick_rs on the text and names that `knews-bench tagging` measures itself on.

Runs `knews-bench tagging --dump DIR` (unless --no-run is given and DIR already holds a dump),
then times ahocorasick_rs (leftmost-longest, no boundary checks, no particles, no patterns) over
the same UTF-8 text and the same compiled names, so both figures come from one run on one
machine. MB are 10^6 bytes of UTF-8; times are this process's CPU time and wall time.

    pip install ahocorasick-rs
    swift build -c release --product knews-bench
    python3 Benchmarks/tagging/ahocorasick_compare.py --mb 20
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import ahocorasick_rs
except ImportError:
    sys.exit("ahocorasick_rs is missing: pip install ahocorasick-rs")


def timed(function):
    cpu, wall = time.process_time(), time.perf_counter()
    result = function()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default=".build/release/knews-bench", help="knews-bench executable")
    parser.add_argument("--dir", help="dump folder (default: a temporary folder)")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-run", action="store_true", help="reuse an existing dump in --dir")
    parser.add_argument("--json", help="write both figures here")
    args = parser.parse_args()

    folder = args.dir or tempfile.mkdtemp(prefix="knews-tagging-")
    swift = None
    if not args.no_run:
        swift_json = os.path.join(folder, "knews-bench.json")
        command = [args.bench, "tagging", "--mb", str(args.mb), "--runs", str(args.runs),
                   "--seed", str(args.seed), "--dump", folder, "--json", swift_json]
        print("$ " + " ".join(command))
        subprocess.run(command, check=True)
        with open(swift_json, encoding="utf-8") as f:
            swift = json.load(f)

    with open(os.path.join(folder, "names.txt"), encoding="utf-8") as f:
        names = [line for line in f.read().split("\n") if line]
    with open(os.path.join(folder, "text.txt"), encoding="utf-8") as f:
        text = f.read()
    articles = text.split("\n\f\n")
    size = len(text.encode("utf-8")) / 1e6

    automaton, build_cpu, _ = timed(lambda: ahocorasick_rs.AhoCorasick(
        names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest))
    per_article, whole_text = [], []
    matches = 0
    for _ in range(args.runs):
        count, cpu, wall = timed(lambda: sum(len(automaton.find_matches_as_indexes(a)) for a in articles))
        per_article.append((size / cpu, size / wall))
        matches = count
        _, cpu, wall = timed(lambda: automaton.find_matches_as_indexes(text))
        whole_text.append((size / cpu, size / wall))

    def median(pairs, index):
        return statistics.median(p[index] for p in pairs)

    print(f"ahocorasick_rs {getattr(ahocorasick_rs, '__version__', '')}: {len(names)} names, "
          f"build {build_cpu * 1000:.1f} ms, {size:.1f} MB, {matches} matches (no boundary checks)")
    print(f"  per article (as knews calls it): {median(per_article, 0):.1f} MB/s of CPU time, "
          f"{median(per_article, 1):.1f} MB/s wall clock")
    print(f"  whole text in one call:         {median(whole_text, 0):.1f} MB/s of CPU time, "
          f"{median(whole_text, 1):.1f} MB/s wall clock")
    if swift:
        print(f"knews OrganizationTagger: {swift['cpu_median_mb_per_s']:.1f} MB/s of CPU time, "
              f"{swift['median_mb_per_s']:.1f} MB/s wall clock, build {swift['automaton_build_ms']:.1f} ms, "
              f"{swift['mentions']} mentions (boundaries, particles, patterns and acronyms included)")
    if args.json:
        report = {
            "text_mb": size, "names": len(names), "ahocorasick_rs_build_ms": build_cpu * 1000,
            "ahocorasick_rs_matches": matches,
            "ahocorasick_rs_per_article_cpu_mb_per_s": median(per_article, 0),
            "ahocorasick_rs_per_article_wall_mb_per_s": median(per_article, 1),
            "ahocorasick_rs_whole_text_cpu_mb_per_s": median(whole_text, 0),
            "ahocorasick_rs_whole_text_wall_mb_per_s": median(whole_text, 1),
            "knews": swift,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
