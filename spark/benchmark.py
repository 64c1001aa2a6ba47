#!/usr/bin/env python3
"""Benchmark (not a test): the Spark job in local[2] against `knews run --jobs 2` on the same
generated WARC corpus, and where the job's time goes.

    python3 spark/benchmark.py --knews .build/release/knews [--pages 20000] [--files 40] [--repeat 2]

The two are measured in one invocation, interleaved (run, spark, run, spark, ...), so that a
shared machine's load falls on both alike; the ratio is that of the medians. Each repeat:
- `knews run --jobs 2` into a new SQLite file (CSV export off): the one-machine baseline;
- `spark/knews_spark.py --master local[2] --timing` to Parquet, wall clock from the command's
  start (JVM start-up included) to its end, with the job's own step times (Spark session,
  analysis and caching, settling, each table's write) and each task's time waiting for knews
  and turning its lines into Arrow columns.
Prints one JSON object: pages/s of each, the ratio spark/run of the medians, the CPU seconds
of each (user + sys of every process each started: on a shared machine the load moves wall
time far more than CPU time, and on 2 cores CPU bounds the speed), the breakdown of
the median Spark repeat, and the load average before and after (the machine is shared).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu(root, seen):
    """Adds to `seen` (pid -> CPU seconds) the user + sys time of `root` and every process
    below it now alive, keeping each pid's largest reading."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        # after the command: state, ppid, ..., utime (field 14) and stime (15) of stat(5)
        children.setdefault(int(fields[1]), []).append((int(entry), (int(fields[11]) + int(fields[12])) / TICKS))
    stack = [root]
    while stack:
        pid = stack.pop()
        for child, cpu in children.get(pid, []):
            seen[child] = max(seen.get(child, 0.0), cpu)
            stack.append(child)


def timed(command, **kwargs):
    """Wall seconds, CPU seconds and the result. CPU is the user + sys time of the command and
    every process below it (the JVM, its Python workers, their knews calls), read from /proc
    every 0.1 s: a lower bound, each process's last 0.1 s at most being missed (the JVM does
    not wait for its workers the way `getrusage` would need)."""
    started, seen = time.monotonic(), {}
    process = subprocess.Popen(command, **{key: value for key, value in kwargs.items() if key != "capture_output"},
                               **({"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
                                  if kwargs.get("capture_output") else {}))
    own = os.getpid()
    collected = {}

    def drain(stream, name):
        collected[name] = stream.read()

    import threading
    readers = [threading.Thread(target=drain, args=(getattr(process, name), name))
               for name in ("stdout", "stderr") if getattr(process, name) is not None]
    for reader in readers:
        reader.start()
    while process.poll() is None:
        tree_cpu(own, seen)
        time.sleep(0.1)
    for reader in readers:
        reader.join()
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    seconds = time.monotonic() - started
    result = subprocess.CompletedProcess(command, process.returncode, collected.get("stdout"), collected.get("stderr"))
    return seconds, sum(seen.values()), result


def spark_breakdown(stderr):
    """The job's --timing line and its tasks' lines, from its stderr."""
    steps, tasks = {}, []
    for line in stderr.splitlines():
        if line.startswith("knews_spark timing: "):
            steps = json.loads(line[len("knews_spark timing: "):])
        else:
            # Tasks print concurrently: two of their lines may share one line of stderr.
            start = line.find('{"task_files"')
            while start >= 0:
                task, end = json.JSONDecoder().raw_decode(line, start)
                tasks.append(task)
                start = line.find('{"task_files"', end)
    return steps, tasks


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--knews", required=True)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved pairs (run, spark) to measure")
    parser.add_argument("--work", help="folder for the corpus and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or tempfile.mkdtemp(prefix="knews-spark-bench-")
    corpus = os.path.join(work, "warc")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make_warc_corpus.py"), "--pages", str(args.pages),
                        "--files", str(args.files), "--out", corpus], check=True)
    files = sorted(os.path.join(corpus, name) for name in os.listdir(corpus))
    config = os.path.join(work, "pipeline.yml")
    sqlite = os.path.join(work, "run.sqlite")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(f"inputs: [{corpus}]\ntimezone: Asia/Seoul\noutput:\n  sqlite: {sqlite}\n")
    output = os.path.join(work, "parquet")
    job = [sys.executable, os.path.join(HERE, "knews_spark.py"), "--knews", args.knews, "--config", config,
           "--master", "local[2]", "--output", output, "--input", corpus, "--timing"]
    environment = dict(os.environ, KNEWS_SPARK_TIMING="1")

    load_before = os.getloadavg()
    runs, run_cpus, sparks = [], [], []
    for _ in range(args.repeat):
        for stale in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(sqlite + stale):
                os.remove(sqlite + stale)
        seconds, cpu, _ = timed([args.knews, "run", "--config", config, "--jobs", "2", "--quiet"])
        runs.append(round(seconds, 2))
        run_cpus.append(round(cpu, 2))
        shutil.rmtree(output, ignore_errors=True)
        seconds, cpu, result = timed(job, capture_output=True, text=True, env=environment)
        steps, tasks = spark_breakdown(result.stderr)
        sparks.append({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "steps": steps, "tasks": tasks,
                       "summary": result.stdout.strip().splitlines()[-1]})
        print(f"benchmark: run {runs[-1]} s ({run_cpus[-1]} s CPU), spark {sparks[-1]['seconds']} s "
              f"({sparks[-1]['cpu_seconds']} s CPU)", file=sys.stderr, flush=True)
    load_after = os.getloadavg()

    run_median = statistics.median(runs)
    spark_median = statistics.median(spark["seconds"] for spark in sparks)
    middle = sorted(sparks, key=lambda spark: spark["seconds"])[(len(sparks) - 1) // 2]
    tasks = middle["tasks"]
    result = {
        "pages": args.pages, "files": len(files), "repeats": args.repeat,
        "run_jobs2_seconds": runs, "spark_local2_seconds": [spark["seconds"] for spark in sparks],
        "run_jobs2_cpu_seconds": run_cpus,
        "spark_local2_cpu_seconds": [spark["cpu_seconds"] for spark in sparks],
        "cpu_ratio_run_to_spark": round(statistics.median(run_cpus) / statistics.median(
            spark["cpu_seconds"] for spark in sparks), 3),
        "run_pages_per_s": round(args.pages / run_median, 1),
        "spark_pages_per_s": round(args.pages / spark_median, 1),
        "ratio_spark_to_run": round(run_median / spark_median, 3),
        "median_spark_steps": middle["steps"],
        "median_spark_tasks": {
            "tasks": len(tasks),
            "task_seconds_sum": round(sum(task["task_seconds"] for task in tasks), 2),
            "waiting_for_knews_sum": round(sum(task["waiting_for_knews"] for task in tasks), 2),
            "lines_to_arrow_sum": round(sum(task["lines_to_arrow"] for task in tasks), 2),
        },
        "spark_rows": middle["summary"],
        "load_average_before": [round(x, 1) for x in load_before],
        "load_average_after": [round(x, 1) for x in load_after],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
