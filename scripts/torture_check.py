#!/usr/bin/env python3
"""Checks for scripts/torture.sh.

  torture_check.py same-data DB_A DB_B   - exit 0 when both hold the same data (ids, run ids
                                            and timestamps aside); prints the first difference
  torture_check.py csv-equal DIR_A DIR_B - exit 0 when the data CSVs are byte-identical and
                                            DIR_A has no leftover .tmp file
  torture_check.py slowest KNEWS DIR     - runs `knews extract` on every page of DIR, prints
                                            the slowest page and its seconds
"""
import os
import sqlite3
import subprocess
import sys
import time

DATA_CSVS = ["articles.csv", "money_mentions.csv", "date_mentions.csv", "entities.csv", "entity_mentions.csv"]

QUERIES = {
    "articles": "SELECT * FROM articles",
    "money_mentions": "SELECT a.url AS article_url, e.name AS entity_name, m.* FROM money_mentions m "
                      "JOIN articles a USING (article_id) LEFT JOIN entities e ON e.entity_id = m.entity_id",
    "date_mentions": "SELECT a.url AS article_url, m.* FROM date_mentions m JOIN articles a USING (article_id)",
    "entities": "SELECT * FROM entities",
    "entity_mentions": "SELECT a.url AS article_url, e.name AS entity_name, m.* FROM entity_mentions m "
                       "JOIN articles a USING (article_id) JOIN entities e USING (entity_id)",
    "inputs": "SELECT path, size, sha256 FROM inputs",
    # Kept by increments run after run: after the kills they must equal the clean load's.
    "rollup_money_by_entity_month": "SELECT * FROM rollup_money_by_entity_month",
    "rollup_entity_mentions_daily": "SELECT * FROM rollup_entity_mentions_daily",
    "rollup_articles_by_source_day": "SELECT * FROM rollup_articles_by_source_day",
}
# Ids and run bookkeeping differ between a staged load and a clean one; the data does not.
IGNORED = {"article_id", "mention_id", "entity_id", "run_id", "modified_ns", "first_seen_run_id", "last_run_id"}


def rows(path, sql):
    connection = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    keep = [index for index, name in enumerate(names) if name not in IGNORED and not name.endswith("_run_id")]
    # REAL sums may differ in their last bits with the order of additions.
    result = sorted(tuple(repr(round(row[index], 6) if isinstance(row[index], float) else row[index])
                          for index in keep) for row in cursor)
    connection.close()
    return result


def same_data(a, b):
    for table, sql in QUERIES.items():
        left, right = rows(a, sql), rows(b, sql)
        if left != right:
            extra = sorted(set(left) ^ set(right))[:2]
            print("%s differs: %d vs %d rows; e.g. %s" % (table, len(left), len(right), extra))
            return 1
    integrity = sqlite3.connect(a).execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        print("integrity_check:", integrity)
        return 1
    return 0


def csv_equal(a, b):
    leftovers = [name for name in os.listdir(a) if name.endswith(".tmp")]
    if leftovers:
        print("left over:", leftovers)
        return 1
    for name in DATA_CSVS:
        with open(os.path.join(a, name), "rb") as left, open(os.path.join(b, name), "rb") as right:
            if left.read() != right.read():
                print(name, "differs from a fresh export of the same database")
                return 1
    return 0


def slowest(knews, folder):
    worst = (0.0, "")
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            start = time.perf_counter()
            subprocess.run([knews, "extract", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - start
            worst = max(worst, (seconds, os.path.relpath(path, folder)))
    print("%.2f s %s" % worst)
    return 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "same-data":
        sys.exit(same_data(sys.argv[2], sys.argv[3]))
    if command == "csv-equal":
        sys.exit(csv_equal(sys.argv[2], sys.argv[3]))
    if command == "slowest":
        sys.exit(slowest(sys.argv[2], sys.argv[3]))
    sys.exit(__doc__)
