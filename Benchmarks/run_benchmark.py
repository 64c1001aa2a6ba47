#!/usr/bin/env python3
"""The knews benchmark (issue 7): one command, every figure against its target, one JSON file.

    python3 Benchmarks/run_benchmark.py --pages 20000 --repeat 3 --big 100000 \\
        --trafilatura-pages 600 --json Benchmarks/results/latest.json

Builds knews-bench in release, generates (or reuses) the seeded corpus under
Benchmarks/corpus-<pages>-<seed>/, then in this one run, each measurement in its own child
process (peak RSS from os.wait4's rusage), repeated --repeat times and reported as the median:

  parse floor      knews-bench parse-floor: libxml2 htmlReadMemory + xmlFreeDoc, nothing else
  arena parse      knews-bench parse-floor --arena: the same parse through knews' arena allocator
  e2e jobs 1       knews-bench pipeline --jobs 1 on a fresh database, SQLite and CSV on
  e2e jobs 2       the same with --jobs 2, on another fresh database
  incremental      the jobs-1 database again, unchanged corpus, no --full
  trafilatura      trafilatura.bare_extraction (with metadata) over a sample of the same corpus
  big (--big N)    e2e --jobs 2 once on an N-page corpus, for peak RSS against the main corpus
  micro            knews-bench normalization --json FILE / tagging --json FILE, when they exist

Each repeat runs every measurement back to back, and every ratio is taken inside one repeat
before the median is taken: the machine is shared, so absolute timings drift between runs
while ratios measured side by side hold.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENERATOR = os.path.join(HERE, "corpus", "generate_corpus.py")

# Issue 7 targets.
TARGET_E2E_OF_FLOOR = 0.50
TARGET_JOBS2_SPEEDUP = 1.7
TARGET_PEAK_RSS_MB = 200.0
TARGET_RSS_GROWTH = 0.20
TARGET_VS_TRAFILATURA = 12.0
TARGET_INCREMENTAL_SHARE = 0.05


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Child processes.


class ChildFailed(RuntimeError):
    pass


def run_child(argv: list[str], cwd: str | None = None, json_file: str | None = None) -> dict:
    """Runs one measurement; returns its JSON (the last stdout line, or `json_file` when the
    verb writes its figures to a file) plus wall time, CPU time and peak RSS."""
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, cwd=cwd)
        out = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        raise ChildFailed(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
    lines = [line for line in out.decode("utf-8", "replace").splitlines() if line.strip()]
    try:
        if json_file is not None:
            with open(json_file, encoding="utf-8") as handle:
                result = json.load(handle)
        else:
            result = json.loads(lines[-1]) if lines else {}
    except (OSError, json.JSONDecodeError) as error:
        shown = lines[-1][:200] if lines else ""
        raise ChildFailed(f"{' '.join(argv)} printed no JSON: {shown!r}") from error
    if not isinstance(result, dict):
        raise ChildFailed(f"{' '.join(argv)} printed JSON that is not an object")
    result["child_wall_seconds"] = round(wall, 4)
    result["child_peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux: KB
    result["child_cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 3)
    return result


def build(skip: bool) -> str:
    if not skip:
        log("swift build -c release --product knews-bench")
        subprocess.run(["swift", "build", "-c", "release", "--product", "knews-bench"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    binary = os.path.join(bin_dir, "knews-bench")
    if not os.path.exists(binary):
        sys.exit(f"no release knews-bench at {binary}; run without --no-build")
    return binary


def corpus(pages: int, seed: int) -> str:
    """The cached corpus for (pages, seed), generated when missing or incomplete."""
    folder = os.path.join(HERE, f"corpus-{pages}-{seed}")
    manifest_path = os.path.join(folder, "manifest.json")
    expected = {"pages": pages, "seed": seed}
    generator_version = None
    try:
        sys.path.insert(0, os.path.dirname(GENERATOR))
        import generate_corpus  # noqa: E402
        generator_version = generate_corpus.GENERATOR_VERSION
    finally:
        sys.path.pop(0)
    try:
        with open(manifest_path, encoding="utf-8") as handle:
            manifest = json.load(handle)
        if all(manifest.get(k) == v for k, v in expected.items()) and manifest.get("generator_version") == generator_version:
            log(f"corpus {folder} cached ({manifest['bytes'] / 1e6:.0f} MB)")
            return folder
    except (OSError, ValueError):
        pass
    shutil.rmtree(folder, ignore_errors=True)
    log(f"generating {pages} pages (seed {seed}) into {folder}")
    subprocess.run([sys.executable, GENERATOR, "--pages", str(pages), "--seed", str(seed), "--out", folder,
                    "--output-dir", folder + ".runs/default"], check=True)
    return folder


def fresh(folder: str) -> str:
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def pipeline_argv(binary: str, folder: str, runs: str, jobs: int, csv: bool = True) -> list[str]:
    argv = [binary, "pipeline", "--config", os.path.join(folder, "pipeline.yml"),
            "--sqlite", os.path.join(runs, "knews.sqlite"), "--jobs", str(jobs)]
    argv += ["--csv-dir", os.path.join(runs, "csv")] if csv else ["--no-csv"]
    return argv


# ---------------------------------------------------------------------------------------------
# trafilatura, run as a child of this same script.


def trafilatura_sample(folder: str, count: int) -> list[str]:
    files = []
    for dirpath, _, names in os.walk(folder):
        files += [os.path.join(dirpath, n) for n in names if n.endswith((".html", ".htm"))]
    files.sort()
    step = max(1, len(files) // max(1, count))
    return files[::step][:count]


def trafilatura_child(list_file: str) -> int:
    import trafilatura  # imported here: the parent must run without it
    with open(list_file, encoding="utf-8") as handle:
        paths = [line.strip() for line in handle if line.strip()]
    pages = []
    for path in paths:
        with open(path, "rb") as handle:
            pages.append(handle.read())
    extracted = 0
    cpu_started = time.process_time()
    started = time.perf_counter()
    for data in pages:
        result = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
        if result is not None and (getattr(result, "text", None) if not isinstance(result, dict) else result.get("text")):
            extracted += 1
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    total = sum(len(p) for p in pages)
    print(json.dumps({
        "benchmark": "trafilatura", "version": trafilatura.__version__, "pages": len(pages),
        "extracted": extracted, "bytes": total, "seconds": round(seconds, 4),
        "pages_per_s": round(len(pages) / max(seconds, 1e-9), 1),
        "mb_per_s": round(total / 1e6 / max(seconds, 1e-9), 2),
        "cpu_seconds": round(cpu_seconds, 4), "pages_per_cpu_s": round(len(pages) / max(cpu_seconds, 1e-9), 1),
    }))
    return 0


def ensure_trafilatura() -> bool:
    check = [sys.executable, "-c", "import trafilatura"]
    if subprocess.run(check, capture_output=True).returncode == 0:
        return True
    log("trafilatura missing or broken: pip install trafilatura lxml_html_clean")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "trafilatura", "lxml_html_clean"])
    return subprocess.run(check, capture_output=True).returncode == 0


# ---------------------------------------------------------------------------------------------
# Figures.


def median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def micro(binary: str, verb: str, scratch: str) -> dict | None:
    """A stage microbenchmark (issues 4 and 5); they write their figures with --json FILE."""
    path = os.path.join(scratch, f"{verb}.json")
    if os.path.exists(path):
        os.remove(path)
    try:
        return run_child([binary, verb, "--json", path], cwd=ROOT, json_file=path)
    except ChildFailed as error:
        log(f"{verb} microbenchmark unavailable: {str(error).splitlines()[0]}")
        return None


def measure(args: argparse.Namespace) -> dict:
    binary = os.path.abspath(args.bin) if args.bin else build(args.no_build)
    main_corpus = corpus(args.pages, args.seed)
    runs = main_corpus + ".runs"
    have_trafilatura = args.trafilatura_pages > 0 and ensure_trafilatura()
    sample_file = None
    if have_trafilatura:
        sample = trafilatura_sample(main_corpus, args.trafilatura_pages)
        sample_file = os.path.join(fresh(os.path.join(runs, "trafilatura")), "sample.txt")
        with open(sample_file, "w", encoding="utf-8") as handle:
            handle.write("\n".join(sample) + "\n")

    repeats = []
    for index in range(args.repeat):
        log(f"repeat {index + 1}/{args.repeat}")
        r: dict = {}
        log("  parse floor")
        r["parse_floor"] = run_child([binary, "parse-floor", main_corpus])
        log("  parse as knews does it (arena allocator, no xmlFreeDoc)")
        r["parse_arena"] = run_child([binary, "parse-floor", main_corpus, "--arena"])
        log("  end to end, --jobs 1, fresh database, SQLite + CSV")
        j1 = fresh(os.path.join(runs, "jobs1"))
        r["e2e_jobs1"] = run_child(pipeline_argv(binary, main_corpus, j1, 1))
        log("  incremental rerun, --jobs 1, same database")
        r["incremental"] = run_child(pipeline_argv(binary, main_corpus, j1, 1))
        log("  end to end, --jobs 2, fresh database, SQLite + CSV")
        j2 = fresh(os.path.join(runs, "jobs2"))
        r["e2e_jobs2"] = run_child(pipeline_argv(binary, main_corpus, j2, 2))
        if have_trafilatura and sample_file:
            log(f"  trafilatura over {args.trafilatura_pages} pages")
            r["trafilatura"] = run_child([sys.executable, os.path.abspath(__file__), "--trafilatura-child", sample_file])
        repeats.append(r)
        log("  " + summary_line(r))

    big = None
    if args.big:
        big_corpus = corpus(args.big, args.seed)
        log(f"big corpus: end to end --jobs 2 over {args.big} pages")
        big = run_child(pipeline_argv(binary, big_corpus, fresh(big_corpus + ".runs/jobs2"), 2))

    micro_results = {}
    os.makedirs(runs, exist_ok=True)
    for verb in ("normalization", "tagging"):
        result = micro(binary, verb, runs)
        if result is not None:
            micro_results[verb] = result

    return {"binary": binary, "corpus": main_corpus, "repeats": repeats, "big": big, "micro": micro_results}


def summary_line(r: dict) -> str:
    parts = [f"floor {r['parse_floor']['pages_per_s']:.0f} p/s", f"arena parse {r['parse_arena']['pages_per_s']:.0f} p/s",
             f"j1 {r['e2e_jobs1']['pages_per_s']:.0f} p/s",
             f"j2 {r['e2e_jobs2']['pages_per_s']:.0f} p/s",
             f"incr {r['incremental']['seconds']:.2f} s vs {r['e2e_jobs1']['seconds']:.2f} s"]
    if "trafilatura" in r:
        parts.append(f"trafilatura {r['trafilatura']['pages_per_s']:.1f} p/s")
    return ", ".join(parts)


def figures(args: argparse.Namespace, raw: dict) -> dict:
    reps = raw["repeats"]

    def med(key: str, field: str) -> float | None:
        return median([r[key].get(field) for r in reps if key in r])

    def med_ratio(fn) -> float | None:
        return median([fn(r) for r in reps])

    stage_names = ["read", "extract", "normalize", "tag", "write", "csv"]
    shares = {name: median([r["e2e_jobs1"]["stage_shares"].get(name) for r in reps]) for name in stage_names}
    peak_j1 = med("e2e_jobs1", "child_peak_rss_mb")
    peak_j2 = med("e2e_jobs2", "child_peak_rss_mb")
    out = {
        "parse_floor_pages_per_s": med("parse_floor", "pages_per_s"),
        "parse_floor_mb_per_s": med("parse_floor", "mb_per_s"),
        "parse_arena_pages_per_s": med("parse_arena", "pages_per_s"),
        "parse_arena_mb_per_s": med("parse_arena", "mb_per_s"),
        "e2e_jobs1_pages_per_s": med("e2e_jobs1", "pages_per_s"),
        "e2e_jobs1_mb_per_s": med("e2e_jobs1", "mb_per_s"),
        "e2e_jobs2_pages_per_s": med("e2e_jobs2", "pages_per_s"),
        "e2e_jobs2_mb_per_s": med("e2e_jobs2", "mb_per_s"),
        "e2e_jobs1_seconds": med("e2e_jobs1", "seconds"),
        "incremental_seconds": med("incremental", "seconds"),
        "articles": med("e2e_jobs1", "articles"),
        "pages": med("e2e_jobs1", "pages"),
        "peak_rss_mb_jobs1": peak_j1,
        "peak_rss_mb_jobs2": peak_j2,
        "stage_shares_jobs1": shares,
        "e2e_over_floor": med_ratio(lambda r: ratio(r["e2e_jobs1"]["pages_per_s"], r["parse_floor"]["pages_per_s"])),
        # Not a target: the parse as knews itself runs it, to read the stages after it against.
        "e2e_over_arena_parse": med_ratio(lambda r: ratio(r["e2e_jobs1"]["pages_per_s"], r["parse_arena"]["pages_per_s"])),
        "arena_parse_over_floor": med_ratio(lambda r: ratio(r["parse_arena"]["pages_per_s"], r["parse_floor"]["pages_per_s"])),
        "jobs2_over_jobs1": med_ratio(lambda r: ratio(r["e2e_jobs2"]["pages_per_s"], r["e2e_jobs1"]["pages_per_s"])),
        "incremental_over_first": med_ratio(lambda r: ratio(r["incremental"]["seconds"], r["e2e_jobs1"]["seconds"])),
    }
    # The same comparisons in CPU time: what the code costs, whatever else the machine runs.
    out["e2e_over_floor_cpu"] = med_ratio(
        lambda r: ratio(r["e2e_jobs1"].get("pages_per_cpu_s"), r["parse_floor"].get("pages_per_cpu_s")))
    out["jobs2_cpu_over_jobs1_cpu"] = med_ratio(
        lambda r: ratio(r["e2e_jobs2"].get("cpu_seconds"), r["e2e_jobs1"].get("cpu_seconds")))
    out["jobs2_cores_used"] = med_ratio(
        lambda r: ratio(r["e2e_jobs2"].get("cpu_seconds"), r["e2e_jobs2"].get("seconds")))
    out["jobs1_cores_used"] = med_ratio(
        lambda r: ratio(r["e2e_jobs1"].get("cpu_seconds"), r["e2e_jobs1"].get("seconds")))
    if all("trafilatura" in r for r in reps) and reps:
        out["trafilatura_pages_per_s"] = med("trafilatura", "pages_per_s")
        out["knews_over_trafilatura"] = med_ratio(
            lambda r: ratio(r["e2e_jobs1"]["pages_per_s"], r["trafilatura"]["pages_per_s"]))
        out["knews_over_trafilatura_cpu"] = med_ratio(
            lambda r: ratio(r["e2e_jobs1"].get("pages_per_cpu_s"), r["trafilatura"].get("pages_per_cpu_s")))
    if raw["big"] is not None:
        out["big_pages"] = raw["big"]["pages"]
        out["big_pages_per_s"] = raw["big"]["pages_per_s"]
        out["peak_rss_mb_big_jobs2"] = raw["big"]["child_peak_rss_mb"]
        out["big_rss_over_main"] = ratio(raw["big"]["child_peak_rss_mb"], peak_j2)
    return out


def checks(f: dict, args: argparse.Namespace) -> list[tuple[str, str, str, bool | None]]:
    """(figure, measured, target, passed) rows; passed is None when not measured."""
    def fmt(v: float | None, spec: str) -> str:
        return "n/a" if v is None else format(v, spec)

    rows = []
    r = f.get("e2e_over_floor")
    rows.append(("e2e jobs 1 / parse floor (pages/s)", fmt(r, ".2f"), f">= {TARGET_E2E_OF_FLOOR:.2f}",
                 None if r is None else r >= TARGET_E2E_OF_FLOOR))
    r = f.get("jobs2_over_jobs1")
    rows.append(("e2e jobs 2 / jobs 1 (pages/s)", fmt(r, ".2f") + "x" if r else "n/a", f">= {TARGET_JOBS2_SPEEDUP}x",
                 None if r is None else r >= TARGET_JOBS2_SPEEDUP))
    peak = max([v for v in (f.get("peak_rss_mb_jobs1"), f.get("peak_rss_mb_jobs2"), f.get("peak_rss_mb_big_jobs2"))
                if v is not None], default=None)
    rows.append(("peak RSS, worst run (MB)", fmt(peak, ".0f"), f"< {TARGET_PEAK_RSS_MB:.0f}",
                 None if peak is None else peak < TARGET_PEAK_RSS_MB))
    r = f.get("big_rss_over_main")
    rows.append((f"peak RSS {args.big or 'big'} pages / {args.pages} pages (jobs 2)", fmt(r, ".2f"),
                 f"within 1 +/- {TARGET_RSS_GROWTH:.2f}", None if r is None else abs(r - 1) < TARGET_RSS_GROWTH))
    r = f.get("knews_over_trafilatura")
    rows.append(("knews jobs 1 / trafilatura (pages/s)", fmt(r, ".1f") + "x" if r else "n/a",
                 f">= {TARGET_VS_TRAFILATURA:.0f}x", None if r is None else r >= TARGET_VS_TRAFILATURA))
    r = f.get("incremental_over_first")
    rows.append(("incremental rerun / first run (seconds)", fmt(r * 100 if r is not None else None, ".1f") + "%"
                 if r is not None else "n/a", f"< {TARGET_INCREMENTAL_SHARE * 100:.0f}%",
                 None if r is None else r < TARGET_INCREMENTAL_SHARE))
    return rows


def table(f: dict, rows: list, raw: dict, args: argparse.Namespace) -> str:
    lines = [f"knews benchmark: {f.get('pages'):.0f} pages ({args.pages} generated, seed {args.seed}), "
             f"median of {args.repeat} repeats", ""]
    lines.append("| figure | measured | target | result |")
    lines.append("| --- | --- | --- | --- |")
    for name, value, target, passed in rows:
        verdict = "n/a" if passed is None else ("pass" if passed else "FAIL")
        lines.append(f"| {name} | {value} | {target} | {verdict} |")
    lines.append("")
    lines.append("| throughput | pages/s | MB/s |")
    lines.append("| --- | --- | --- |")

    def row(label: str, pages: float | None, mb: float | None) -> None:
        lines.append(f"| {label} | {'n/a' if pages is None else f'{pages:.0f}'} | {'' if mb is None else f'{mb:.1f}'} |")

    row("parse floor (libxml2 only)", f["parse_floor_pages_per_s"], f["parse_floor_mb_per_s"])
    row("the same parse through knews' arena (informational)", f["parse_arena_pages_per_s"], f["parse_arena_mb_per_s"])
    row("end to end, --jobs 1", f["e2e_jobs1_pages_per_s"], f["e2e_jobs1_mb_per_s"])
    row("end to end, --jobs 2", f["e2e_jobs2_pages_per_s"], f["e2e_jobs2_mb_per_s"])
    if "trafilatura_pages_per_s" in f:
        row(f"trafilatura ({args.trafilatura_pages} pages)", f["trafilatura_pages_per_s"], None)
    if "big_pages_per_s" in f:
        row(f"end to end, --jobs 2, {f['big_pages']} pages", f["big_pages_per_s"], None)
    lines.append("")
    lines.append("in CPU time (unaffected by other load on the machine; for reading the wall-clock figures):")

    def opt(key: str, spec: str, suffix: str = "") -> str:
        v = f.get(key)
        return "n/a" if v is None else format(v, spec) + suffix

    lines.append(f"  e2e jobs 1 / parse floor, pages per CPU-second: {opt('e2e_over_floor_cpu', '.2f')}")
    lines.append(f"  arena parse / parse floor (pages/s): {opt('arena_parse_over_floor', '.2f')}; "
                 f"e2e jobs 1 / arena parse: {opt('e2e_over_arena_parse', '.2f')}")
    lines.append(f"  knews jobs 1 / trafilatura, pages per CPU-second: {opt('knews_over_trafilatura_cpu', '.1f', 'x')}")
    lines.append(f"  CPU seconds jobs 2 / jobs 1: {opt('jobs2_cpu_over_jobs1_cpu', '.2f')}; cores used on average: "
                 f"jobs 1 {opt('jobs1_cores_used', '.2f')}, jobs 2 {opt('jobs2_cores_used', '.2f')}")
    lines.append("")
    shares = f["stage_shares_jobs1"]
    lines.append("stage shares, --jobs 1: " + ", ".join(
        f"{k} {v * 100:.1f}%" for k, v in shares.items() if v is not None))
    lines.append(f"peak RSS (MB): jobs 1 {f['peak_rss_mb_jobs1']}, jobs 2 {f['peak_rss_mb_jobs2']}"
                 + (f", big jobs 2 {f['peak_rss_mb_big_jobs2']}" if "peak_rss_mb_big_jobs2" in f else ""))
    for verb, result in raw["micro"].items():
        lines.append(f"{verb} microbenchmark: " + json.dumps(
            {k: v for k, v in result.items() if not k.startswith("child_")}, ensure_ascii=False)[:300])
    return "\n".join(lines)


def environment() -> dict:
    def git(*argv: str) -> str:
        try:
            return subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    try:
        libxml2 = subprocess.run(["pkg-config", "--modversion", "libxml-2.0"], capture_output=True, text=True).stdout.strip()
    except OSError:
        libxml2 = ""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "cpus": os.cpu_count(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "machine": platform.machine(), "python": platform.python_version(), "libxml2": libxml2,
    }


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--trafilatura-child":
        return trafilatura_child(sys.argv[2])
    parser = argparse.ArgumentParser(description="knews benchmark (issue 7)")
    parser.add_argument("--pages", type=int, default=20000, help="main corpus size (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="repeats; figures are medians (default 3)")
    parser.add_argument("--big", type=int, default=0, help="also run once on a corpus this large, for peak RSS")
    parser.add_argument("--trafilatura-pages", type=int, default=1000,
                        help="pages of the corpus trafilatura extracts (0 skips it; default 1000)")
    parser.add_argument("--json", help="write all figures here (e.g. Benchmarks/results/latest.json)")
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--bin", help="use this knews-bench binary instead of building one")
    args = parser.parse_args()
    if args.pages < 1 or args.repeat < 1:
        parser.error("--pages and --repeat must be at least 1")

    env = environment()
    try:
        raw = measure(args)
    except ChildFailed as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    f = figures(args, raw)
    rows = checks(f, args)
    text = table(f, rows, raw, args)
    print(text)
    if args.json:
        result = {
            "environment": env,
            "settings": {"pages": args.pages, "seed": args.seed, "repeat": args.repeat, "big": args.big,
                         "trafilatura_pages": args.trafilatura_pages},
            "figures": f,
            "targets": [{"figure": n, "measured": v, "target": t, "passed": p} for n, v, t, p in rows],
            "micro": raw["micro"],
            "runs": raw["repeats"],
            "big_run": raw["big"],
        }
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        tmp = args.json + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(result, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, args.json)
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
