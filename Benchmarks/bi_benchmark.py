#!/usr/bin/env python3
"""What a dashboard waits for: the README's query and every rollup page, as Datasette asks them.

    python3 Benchmarks/bi_benchmark.py --pages 100000 [--knews .build/release/knews] [--base /work/base/knews] \
        [--json Benchmarks/results/bi-100000-pages.json]

Generates (or reuses) the seeded corpus with Benchmarks/corpus/generate_corpus.py, loads it
with `knews run --jobs 2 --verbose` into a fresh database (timed: the first load) and reads
the rollup time from the run's log line "rollup tables updated in N ms" ("rebuilt in" for a
knews before incremental rollups). Then an incremental run over the same corpus plus a small
second one (`--increment` pages, seed + 1; default 1% of the corpus), timed the same way:
its rollup time should follow the pages it changed, not the database. Then, through
Python's sqlite3 on a read-only connection like Datasette's (sql_time_limit_ms 1000, pages
of 100 rows, facets limited to 31 values), it times the median of 5 runs of:
  - the README's example query;
  - for each aggregate view and its rollup table: the first page (`select * … limit 101`),
    the row count, and each facet Datasette would suggest;
  - the same README query against the old computed view (GROUP BY over every mention), for
    comparison;
  - `entity_cooccurrence`, still a computed view (one row per organization and amount in a
    sentence): its page, count and facets, timed once, reported apart from the rollups (its
    facets read every pair; `entity_cooccurrence_by_month` is the rollup to facet on).
The target is < 100 ms for the README query and each rollup query, and rollups under 10% of
the first load. With --base, the baseline knews (before rollups) loads the same corpus too,
for its first-load time. With --json, every figure is also written to that file, with the
machine's load average before and after (the machine may be shared: say so next to a figure).
Not a test: it needs minutes and a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENERATOR = os.path.join(HERE, "corpus", "generate_corpus.py")

README_QUERY = """
SELECT entity, month, currency, sum(mentions) AS mentions, round(sum(amount_eok)) AS eok
FROM money_by_entity_month WHERE entity_type = 'agency'
GROUP BY entity_id, month, currency ORDER BY month, eok DESC
"""

# The view as knews 0.2 computed it, on every request.
OLD_VIEW_QUERY = """
SELECT e.name AS entity, substr(a.published_at, 1, 7) AS month, m.currency,
       count(*) AS mentions, round(total((m.amount_low + 0.0 + m.amount_high) / 2e8)) AS eok
FROM (SELECT DISTINCT em.entity_id AS entity_id, mm.mention_id AS money_id
      FROM entity_mentions AS em JOIN money_mentions AS mm
        ON mm.article_id = em.article_id AND mm.field = em.field AND mm.sentence = em.sentence) AS pair
JOIN entities AS e ON e.entity_id = pair.entity_id
JOIN money_mentions AS m ON m.mention_id = pair.money_id
JOIN articles AS a ON a.article_id = m.article_id
WHERE e.type = 'agency'
GROUP BY e.entity_id, substr(a.published_at, 1, 7), m.currency ORDER BY month, eok DESC
"""

FACETS = {
    "money_by_entity_month": ["entity_type", "month", "currency", "kind", "entity"],
    "entity_mentions_daily": ["entity_type", "date", "entity"],
    "articles_by_source_day": ["source", "date"],
    "entity_cooccurrence_by_month": ["entity_type", "month", "source", "currency", "kind", "entity"],
}
# Still a computed view (one row per organization and amount in one sentence): timed the same
# way, with no table behind it.
COMPUTED_VIEWS = {
    "entity_cooccurrence": ["entity_type", "currency", "source", "entity"],
}
TABLES = {
    "money_by_entity_month": "rollup_money_by_entity_month",
    "entity_mentions_daily": "rollup_entity_mentions_daily",
    "articles_by_source_day": "rollup_articles_by_source_day",
    "entity_cooccurrence_by_month": "rollup_entity_cooccurrence_by_month",
}


def corpus(pages: int, seed: int, folder: str | None) -> str:
    folder = folder or os.path.join(HERE, f"corpus-{pages}-{seed}")
    if not os.path.exists(os.path.join(folder, "manifest.json")):
        subprocess.run([sys.executable, GENERATOR, "--pages", str(pages), "--seed", str(seed), "--out", folder], check=True)
    return folder


def load(knews: str, folder: str, database: str, jobs: int, extra: str | None = None) -> tuple[float, float | None]:
    started = time.perf_counter()
    inputs = ["--input", folder, "--input", extra] if extra else []
    result = subprocess.run(
        [knews, "run", "--config", os.path.join(folder, "pipeline.yml"), "--sqlite", database,
         "--jobs", str(jobs), "--verbose"] + inputs,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 3):
        sys.exit(f"{knews} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    found = re.search(r"rollup tables (?:rebuilt|updated|rebuilt whole) in (\d+) ms", result.stderr)
    return seconds, (int(found.group(1)) / 1000 if found else None)


def timed(connection: sqlite3.Connection, sql: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute(sql).fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", help="corpus folder (default Benchmarks/corpus-PAGES-SEED)")
    parser.add_argument("--knews", default=os.path.join(ROOT, ".build", "release", "knews"))
    parser.add_argument("--base", help="baseline knews binary, for its first-load time")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--database", help="reuse this loaded database instead of loading")
    parser.add_argument("--increment", type=int, help="pages of the incremental run's second corpus (default 1%% of --pages)")
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--skip-slow-views", action="store_true",
                        help="skip what reads every mention (the old view's README query, entity_cooccurrence's "
                             "facets and row count): minutes at 100,000 pages, and no rollup behind them")
    args = parser.parse_args()
    report: dict = {"started_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "pages": None if args.database else args.pages, "seed": args.seed, "knews": args.knews, "jobs": args.jobs,
                    "load_average_before": os.getloadavg(), "cores": os.cpu_count()}

    work = tempfile.mkdtemp(prefix="knews-bi-")
    folder = None
    if args.database:
        database, load_seconds, rollup_seconds = args.database, None, None
    else:
        folder = corpus(args.pages, args.seed, args.corpus)
        database = os.path.join(work, "knews.sqlite")
        load_seconds, rollup_seconds = load(args.knews, folder, database, args.jobs)
        print(f"first load: {load_seconds:.1f} s ({args.knews}, --jobs {args.jobs}, {args.pages} pages)")
        report["first_load_s"] = round(load_seconds, 2)
        if rollup_seconds is not None:
            print(f"rollup build: {rollup_seconds * 1000:.0f} ms = {100 * rollup_seconds / load_seconds:.1f}% of the first load (target < 10%)")
            report["first_load_rollup_s"] = rollup_seconds
            report["first_load_rollup_share"] = round(rollup_seconds / load_seconds, 4)
        increment = args.increment or max(1, args.pages // 100)
        extra = corpus(increment, args.seed + 1, None)
        run_seconds, run_rollup = load(args.knews, folder, database, args.jobs, extra)
        print(f"incremental run (+{increment} pages, seed {args.seed + 1}): {run_seconds:.1f} s")
        report["increment_pages"] = increment
        report["incremental_run_s"] = round(run_seconds, 2)
        if run_rollup is not None:
            print(f"rollup update: {run_rollup * 1000:.0f} ms = {100 * run_rollup / run_seconds:.1f}% of the incremental run")
            report["incremental_rollup_s"] = run_rollup
            report["incremental_rollup_share"] = round(run_rollup / run_seconds, 4)
    if args.base and folder:
        base_seconds, _ = load(args.base, folder, os.path.join(work, "base.sqlite"), args.jobs)
        print(f"first load, baseline {args.base}: {base_seconds:.1f} s")
        report["baseline"] = args.base
        report["baseline_first_load_s"] = round(base_seconds, 2)
        if rollup_seconds is not None:
            print(f"rollup build: {100 * rollup_seconds / base_seconds:.1f}% of the baseline's first load")

    # Datasette opens files read-only and gives each query its own time limit.
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, check_same_thread=False)
    articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"database: {articles} articles, {os.path.getsize(database) / 1e6:.0f} MB")
    report["articles"] = articles
    report["database_mb"] = round(os.path.getsize(database) / 1e6)
    for table in ("money_mentions", "entity_mentions"):
        report[f"{table}_rows"] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    rows = []  # (label, ms, counted against the target)
    rows.append(("README query", timed(connection, README_QUERY), True))
    if not args.skip_slow_views:
        rows.append(("README query on the old computed view", timed(connection, OLD_VIEW_QUERY, repeat=1), False))
    for view, facets in FACETS.items():
        if view not in names:
            print(f"  ({view}: not in this database)")
            continue
        for name in (view, TABLES[view]):
            rows.append((f"{name}: page", timed(connection, f"select * from {name} limit 101"), True))
            rows.append((f"{name}: count", timed(connection, f"select count(*) from (select * from {name} limit 10001)"), True))
            for column in facets:
                sql = (f"select {column} as value, count(*) as count from (select * from {name}) "
                       f"where {column} is not null group by {column} order by count desc, value limit 31")
                rows.append((f"{name}: facet {column}", timed(connection, sql), True))
    for view, facets in COMPUTED_VIEWS.items():
        rows.append((f"{view}: page", timed(connection, f"select * from {view} limit 101"), False))
        rows.append((f"{view}: count", timed(connection, f"select count(*) from (select * from {view} limit 10001)"), False))
        if args.skip_slow_views:
            continue
        report[f"{view}_rows"] = connection.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
        for column in facets:
            sql = (f"select {column} as value, count(*) as count from (select * from {view}) "
                   f"where {column} is not null group by {column} order by count desc, value limit 31")
            rows.append((f"{view}: facet {column}", timed(connection, sql, repeat=1), False))
    width = max(len(label) for label, _, _ in rows)
    worst = 0.0
    for label, ms, counted in rows:
        mark = "  OVER 100 ms" if counted and ms >= 100 else ("" if counted else "  (computed view, not a rollup)")
        if counted:
            worst = max(worst, ms)
        print(f"  {label:<{width}}  {ms:8.1f} ms{mark}")
    print(f"slowest README or rollup query: {worst:.1f} ms (target < 100 ms)")
    report["queries_ms"] = {label: round(ms, 2) for label, ms, _ in rows}
    report["slowest_rollup_query_ms"] = round(worst, 2)
    report["load_average_after"] = os.getloadavg()
    report["finished_utc"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=2)
            handle.write("\n")


if __name__ == "__main__":
    main()
