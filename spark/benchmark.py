#!/usr/bin/env python3
"""Benchmark (not a test): the Spark job in local[2] against `knews run --jobs 2` on the same
generated WARC corpus, and where the difference goes.

    python3 spark/benchmark.py --knews .build/release/knews [--pages 20000] [--files 40]

Measures, each on the same .warc.gz files:
- `knews run --jobs 2` into a new SQLite file (CSV export off): the one-machine baseline;
- `knews analyze` over every file, one process after another: the per-page work a Spark task
  does, without Spark;
- `spark/knews_spark.py --master local[2]` to Parquet, wall clock from the command's start
  (JVM start-up included) to its end;
- the same job over one of the files: less that file's own analysis, Spark's fixed cost (JVM,
  session, six Parquet writes).
Prints one JSON object: pages/s of each, the ratio spark/run, and the per-task overhead.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, **kwargs):
    started = time.monotonic()
    subprocess.run(command, check=True, **kwargs)
    return time.monotonic() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--knews", required=True)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--work", help="folder for the corpus and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or tempfile.mkdtemp(prefix="knews-spark-bench-")
    corpus = os.path.join(work, "warc")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make_warc_corpus.py"), "--pages", str(args.pages),
                        "--files", str(args.files), "--out", corpus], check=True)
    files = sorted(os.path.join(corpus, name) for name in os.listdir(corpus))
    config = os.path.join(work, "pipeline.yml")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(f"inputs: [{corpus}]\ntimezone: Asia/Seoul\noutput:\n  sqlite: {work}/run.sqlite\n")
    for stale in ("run.sqlite", "run.sqlite-wal", "run.sqlite-shm", "run.sqlite.lock"):
        if os.path.exists(os.path.join(work, stale)):
            os.remove(os.path.join(work, stale))

    run_seconds = timed([args.knews, "run", "--config", config, "--jobs", "2", "--quiet"])
    analyze_seconds = 0.0
    with open(os.devnull, "wb") as sink:
        for path in files:
            analyze_seconds += timed([args.knews, "analyze", "--config", config, path], stdout=sink)
    output = os.path.join(work, "parquet")
    shutil.rmtree(output, ignore_errors=True)
    job = [sys.executable, os.path.join(HERE, "knews_spark.py"), "--knews", args.knews, "--config", config,
           "--master", "local[2]", "--output", output]
    spark_seconds = timed(job + ["--input", corpus, "--partitions", str(len(files))])
    fixed_seconds = timed(job[:-1] + [output + "-fixed", "--input", files[0], "--partitions", "1"])
    fixed_pages = args.pages / len(files)
    # Spark's fixed cost less the one file's own analysis; what remains of the big run beyond
    # fixed cost and the analysis split over two cores is per-task overhead.
    fixed_only = fixed_seconds - analyze_seconds / len(files)
    per_task = (spark_seconds - fixed_only - analyze_seconds / 2) / len(files)
    result = {
        "pages": args.pages, "files": len(files),
        "run_jobs2_seconds": round(run_seconds, 2), "run_pages_per_s": round(args.pages / run_seconds, 1),
        "analyze_serial_seconds": round(analyze_seconds, 2),
        "spark_local2_seconds": round(spark_seconds, 2), "spark_pages_per_s": round(args.pages / spark_seconds, 1),
        "ratio_spark_to_run": round(run_seconds / spark_seconds, 3),
        "spark_fixed_seconds": round(fixed_only, 2), "per_task_overhead_seconds": round(per_task, 3),
        "fixed_run_pages": round(fixed_pages),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
