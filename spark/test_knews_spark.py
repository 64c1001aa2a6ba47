#!/usr/bin/env python3
"""The Spark job against `knews run`: one real local[2] Spark run over the sample corpus, a
generated WARC corpus and a poisoned page, whose Parquet tables must hold the rows `knews run`
writes into SQLite over the same inputs (ids aside); an append rerun that must change nothing;
and the Parquet-to-SQLite import, whose file must hold them too.

    KNEWS=.build/debug/knews python3 -m unittest spark/test_knews_spark.py

The poisoned page is an HTML file whose name contains "poison": the test's --knews is a
wrapper that sleeps past the job's --timeout on it, as a page that hangs knews would.
"""

import collections
import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KNEWS = os.path.abspath(os.environ.get("KNEWS", os.path.join(ROOT, ".build", "debug", "knews")))
# Generous for a debug knews on a loaded machine (a timeout on a healthy file fails the test).
TIMEOUT = 45

MENTIONS = ["money_mentions", "date_mentions", "entity_mentions"]
LOCAL_IDS = {"article_id", "run_id", "mention_id", "error_id"}


def plain(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def comparable(tables):
    """Rows keyed so two stores compare ids aside: articles by URL, mentions by their
    article's URL, entity references by entity name, every table as a multiset."""
    urls = {row["article_id"]: row["url"] for row in tables["articles"]}
    names = {row["entity_id"]: row["name"] for row in tables["entities"]}

    def row_key(row, table):
        items = []
        for name, value in sorted(row.items()):
            if name in LOCAL_IDS or name == "published_month":
                continue
            if name == "entity_id":
                value = names.get(value) if value is not None else None
            items.append((name, plain(value)))
        if table in MENTIONS:
            items.append(("url", urls[row["article_id"]]))
        return tuple(items)

    result = {}
    for table, rows in tables.items():
        keys = [row_key(row, table) for row in rows]
        if table == "entities":
            keys = [tuple((n, v) for n, v in key if n != "entity_id") for key in keys]
        result[table] = collections.Counter(keys)
    return result


def sqlite_tables(path):
    database = sqlite3.connect(path)
    database.row_factory = sqlite3.Row
    tables = {}
    for table in ["articles", *MENTIONS, "entities", "input_errors"]:
        tables[table] = [dict(row) for row in database.execute(f"SELECT * FROM {table}")]
    database.close()
    return tables


def parquet_tables(folder):
    import pyarrow.dataset as ds
    tables = {}
    for table in ["articles", *MENTIONS, "entities", "input_errors"]:
        partitioning = "hive" if table == "articles" else None
        tables[table] = ds.dataset(os.path.join(folder, table), format="parquet",
                                   partitioning=partitioning).to_table().to_pylist()
    return tables


class SparkJobTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(KNEWS, os.X_OK):
            raise unittest.SkipTest(f"no knews binary at {KNEWS}; build it or set KNEWS")
        cls.folder = tempfile.mkdtemp(prefix="knews-spark-test-")
        warcs = os.path.join(cls.folder, "warc")
        subprocess.run([sys.executable, os.path.join(HERE, "make_warc_corpus.py"),
                        "--pages", "120", "--files", "3", "--out", warcs], check=True)
        poison_folder = os.path.join(cls.folder, "poison")
        os.mkdir(poison_folder)
        cls.poison = os.path.join(poison_folder, "poison-page.html")
        shutil.copy(os.path.join(ROOT, "samples", "hanbit-economy", "article-2025060201.html"), cls.poison)
        cls.wrapper = os.path.join(cls.folder, "knews-wrapper")
        with open(cls.wrapper, "w", encoding="utf-8") as handle:
            handle.write(f"""#!/bin/sh
for argument in "$@"; do
    case "$argument" in *poison*) exec sleep {TIMEOUT * 10};; esac
done
exec "{KNEWS}" "$@"
""")
        os.chmod(cls.wrapper, 0o755)
        cls.config = os.path.join(ROOT, "pipeline.yml")
        cls.inputs = [os.path.join(ROOT, "samples"), warcs]

        cls.sqlite = os.path.join(cls.folder, "run.sqlite")
        run = [KNEWS, "run", "--config", cls.config, "--sqlite", cls.sqlite,
               "--csv-dir", os.path.join(cls.folder, "csv"), "--quiet", "--jobs", "2"]
        for path in cls.inputs:
            run += ["--input", path]
        subprocess.run(run, check=True)

        cls.output = os.path.join(cls.folder, "parquet")
        cls.job = [sys.executable, os.path.join(HERE, "knews_spark.py"),
                   "--input", *cls.inputs, cls.poison, "--output", cls.output,
                   "--knews", cls.wrapper, "--config", cls.config, "--master", "local[2]",
                   "--timeout", str(TIMEOUT)]
        cls.first = subprocess.run(cls.job, capture_output=True, text=True)
        if cls.first.returncode != 0:
            raise AssertionError(f"the Spark job failed:\n{cls.first.stderr[-4000:]}")
        cls.expected = comparable(sqlite_tables(cls.sqlite))
        cls.found = comparable(parquet_tables(cls.output))

    @classmethod
    def tearDownClass(cls):
        if hasattr(cls, "folder"):
            shutil.rmtree(cls.folder, ignore_errors=True)

    def without_poison(self, counter):
        return collections.Counter({key: n for key, n in counter.items() if "poison" not in str(key)})

    def test_sample_corpus_is_not_trivial(self):
        self.assertGreaterEqual(sum(self.expected["articles"].values()), 44 + 100)
        for table in MENTIONS:
            self.assertGreater(sum(self.expected[table].values()), 0, table)

    def test_parquet_tables_hold_the_sqlite_rows(self):
        for table in ["articles", *MENTIONS, "entities"]:
            with self.subTest(table=table):
                self.assertEqual(self.found[table], self.expected[table])

    def test_input_errors_are_those_of_knews_run_plus_the_poisoned_page(self):
        self.assertEqual(self.without_poison(self.found["input_errors"]), self.expected["input_errors"])
        poisoned = [dict(key) for key in self.found["input_errors"] if "poison" in str(key)]
        self.assertEqual(len(poisoned), 1, poisoned)
        self.assertEqual(poisoned[0]["input_path"], self.poison)
        self.assertEqual(poisoned[0]["stage"], "spark")
        self.assertIn(f"within {TIMEOUT} s", poisoned[0]["message"])

    def test_ids_are_the_documented_hash(self):
        sys.path.insert(0, HERE)
        from knews_spark import knews_id
        rows = parquet_tables(self.output)
        for row in rows["articles"]:
            self.assertEqual(row["article_id"], knews_id(row["url"]))
        for row in rows["entities"]:
            self.assertEqual(row["entity_id"], knews_id(row["name"]))
        article_ids = {row["article_id"] for row in rows["articles"]}
        for table in MENTIONS:
            self.assertTrue({row["article_id"] for row in rows[table]} <= article_ids, table)
        months = {(row["published_month"], row["published_date"]) for row in rows["articles"]}
        for month, day in months:
            self.assertEqual(month, day.isoformat()[:7] if day else None)

    def test_append_rerun_changes_nothing(self):
        rerun = subprocess.run(self.job + ["--mode", "append"], capture_output=True, text=True)
        self.assertEqual(rerun.returncode, 0, rerun.stderr[-4000:])
        again = comparable(parquet_tables(self.output))
        self.assertEqual(again, self.found)

    def test_import_to_sqlite_gives_the_run_rows(self):
        target = os.path.join(self.folder, "imported.sqlite")
        if os.path.exists(target):
            os.remove(target)
        subprocess.run([sys.executable, os.path.join(HERE, "parquet_to_sqlite.py"), self.output,
                        "--sqlite", target, "--knews", KNEWS], check=True)
        imported = comparable(sqlite_tables(target))
        for table in ["articles", *MENTIONS, "entities"]:
            with self.subTest(table=table):
                self.assertEqual(imported[table], self.expected[table])
        self.assertEqual(self.without_poison(imported["input_errors"]), self.expected["input_errors"])
        database = sqlite3.connect(target)
        self.assertEqual(database.execute("PRAGMA foreign_key_check").fetchall(), [])
        views = database.execute("SELECT count(*) FROM money_mentions_view").fetchone()[0]
        self.assertEqual(views, sum(self.expected["money_mentions"].values()))
        database.close()

    def test_missing_binary_fails_fast_with_one_line(self):
        result = subprocess.run([sys.executable, os.path.join(HERE, "knews_spark.py"), "--input", self.poison,
                                 "--output", os.path.join(self.folder, "never"),
                                 "--knews", os.path.join(self.folder, "no-such-knews")],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr.strip().count("\n"), 0, result.stderr)
        self.assertIn("no-such-knews: no such file", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "never")))


if __name__ == "__main__":
    unittest.main()
