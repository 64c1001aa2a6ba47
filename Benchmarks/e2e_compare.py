#!/usr/bin/env python3
"""End-to-end `knews run` of several binaries on one generated corpus, interleaved.

    python3 Benchmarks/e2e_compare.py --corpus DIR --jobs 1 2 --repeat 3 \
        base=/work/base/knews new=.build/release/knews [main=/work/main/.build/release/knews]

Each repeat runs every binary once per job count, in turn, on a fresh database and CSV folder,
under `/usr/bin/time -v` (user + system CPU seconds, wall seconds, peak RSS). Prints each run,
then the medians and, per repeat, the ratios of every binary to the first one named (ratios
are taken within a repeat, because the shared machine's speed drifts between repeats). The
`--verbose` log of each run is kept in `--out` for the rollup and run-level pass timings.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys


def run_once(binary, corpus, jobs, out):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    cmd = ["/usr/bin/time", "-v", binary, "run", "--config", os.path.join(corpus, "pipeline.yml"),
           "--sqlite", os.path.join(out, "knews.sqlite"), "--csv-dir", os.path.join(out, "csv"),
           "--jobs", str(jobs), "--verbose"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    log = p.stderr
    with open(os.path.join(out, "log.txt"), "w") as f:
        f.write(log)
    def field(name):
        m = re.search(re.escape(name) + r":\s*(.+)", log)
        return m.group(1).strip() if m else None
    user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
    wall_text = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(x) for x in wall_text.split(":")]
    wall = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    rollup = re.search(r"rollup tables rebuilt in (\d+) ms", log)
    level = re.search(r"run-level pass: .* in ([\d.]+) s", log)
    return {"cpu": user + system, "wall": wall, "rss": rss, "status": p.returncode,
            "rollup": int(rollup.group(1)) / 1000 if rollup else None,
            "level": float(level.group(1)) if level else None}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default="/tmp/knews-e2e")
    ap.add_argument("binaries", nargs="+", help="name=path; the first is the reference")
    args = ap.parse_args()
    bins = [b.split("=", 1) for b in args.binaries]
    results = {}  # (name, jobs) -> list of runs
    for r in range(args.repeat):
        for jobs in args.jobs:
            for name, path in bins:
                res = run_once(os.path.abspath(path), args.corpus, jobs, os.path.join(args.out, f"{name}-j{jobs}"))
                results.setdefault((name, jobs), []).append(res)
                print(f"repeat {r + 1} jobs {jobs} {name:6s} cpu {res['cpu']:7.2f} s  wall {res['wall']:7.2f} s  "
                      f"rss {res['rss']:6.1f} MB  rollup {res['rollup']}  run-level {res['level']}  exit {res['status']}",
                      flush=True)
    ref = bins[0][0]
    print()
    for jobs in args.jobs:
        for name, _ in bins:
            runs = results[(name, jobs)]
            med = {k: statistics.median(x[k] for x in runs) for k in ("cpu", "wall", "rss")}
            line = f"jobs {jobs} {name:6s} median cpu {med['cpu']:7.2f} wall {med['wall']:7.2f} rss {med['rss']:6.1f}"
            if name != ref:
                ratios = {k: [x[k] / y[k] for x, y in zip(runs, results[(ref, jobs)])] for k in ("cpu", "wall", "rss")}
                line += "  vs " + ref + ": " + "  ".join(
                    f"{k} x{statistics.median(v):.3f} ({', '.join(f'{z:.2f}' for z in v)})" for k, v in ratios.items())
            print(line)


if __name__ == "__main__":
    sys.exit(main())
