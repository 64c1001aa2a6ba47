#!/usr/bin/env python3
"""The Spark job against `knews run`: one real local[2] Spark run over the sample corpus, a
generated WARC corpus and a poisoned page, whose Parquet tables must hold the rows `knews run`
writes into SQLite over the same inputs (ids aside); an append rerun that must change nothing;
and the Parquet-to-SQLite import, whose file must hold them too.

    KNEWS=.build/debug/knews python3 -m unittest spark/test_knews_spark.py

The poisoned page is an HTML file whose name contains "poison": the test's --knews is a
wrapper that sleeps past the job's --timeout on it, as a page that hangs knews would.

What `knews run` is compared with. A run ends with the run-level pass of discovery: a name
discovered with strong evidence in one article is matched in every article of the run. The
job runs `knews analyze` once per input file, so its pass covers one file: a name discovered
in one file is not matched in another (README, "Beyond one machine"). The honest comparison
is therefore `knews run` per input file, each into its own fresh SQLite file, the files' rows
put together as the job puts them together (entities settled by name with ArticleStore's
rule; the test checks that no URL appears in two files, so no article needs settling). Tasks
group files, but never split one, so the grouping cannot change the result. That the pass
crosses articles inside a file is checked too, on a WARC file of two invented pages: its
`run_mentions` line's mentions are in the Parquet tables.
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


# Two pages of an invented outlet: the first names an invented company with strong evidence
# (the `(주)` marker), the second names it bare, which the page alone does not recognise.
CROSS_PAGES = [
    ("https://invented-news.example/a/1", "누리별, 물류 AI 공개",
     "<p>물류 기업 (주)누리별은 15일 창고 자동화 AI를 공개했다. 누리별 관계자는 \"연내 100곳에 "
     "공급하겠다\"고 말했다.</p><p>회사는 올해 매출 50억 원을 목표로 한다.</p>"),
    ("https://invented-news.example/a/2", "창고 자동화 경쟁 치열",
     "<p>창고 자동화 시장에서 누리별과 대형 물류사의 경쟁이 치열해지고 있다. 시장 규모는 3천억 원에 "
     "이른다.</p><p>업계는 하반기 가격 경쟁을 예상한다.</p>"),
]


def write_cross_warc(path):
    """A WARC file of CROSS_PAGES, so that the run-level pass has something to carry across
    articles of one file."""
    sys.path.insert(0, HERE)
    from make_warc_corpus import record
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        for index, (url, title, body) in enumerate(CROSS_PAGES):
            page = (f'<html><head><meta charset="utf-8"><title>{title}</title>'
                    f'<link rel="canonical" href="{url}"></head><body><article><h1>{title}</h1>'
                    f"{body}</article></body></html>")
            handle.write(record(index, f"cross/{index}.html", page.encode("utf-8")))


def input_files(inputs):
    """The files the job reads, in its order: folders walked for the suffixes knews reads."""
    sys.path.insert(0, HERE)
    from knews_spark import KEPT_SUFFIXES
    found = []
    for path in inputs:
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                found += [os.path.join(folder, name) for name in names if name.lower().endswith(KEPT_SUFFIXES)]
        else:
            found.append(path)
    return sorted(found)


def put_together(runs):
    """The rows of one `knews run` per input file as one store: ids made unique, entities one
    per name by ArticleStore.shouldReplace's rule (a gazetteer entry over a pattern guess, the
    later gazetteer entry, the more confident guess, the earlier on a tie)."""
    tables = {table: [] for table in ["articles", *MENTIONS, "entities", "input_errors"]}
    urls = collections.Counter(row["url"] for run in runs for row in run["articles"])
    duplicated = [url for url, n in urls.items() if n > 1]
    assert not duplicated, f"a URL in two input files needs settling the test does not do: {duplicated}"
    best = {}
    for number, run in enumerate(runs):
        names = {row["entity_id"]: row["name"] for row in run["entities"]}
        for table in ["articles", *MENTIONS, "input_errors"]:
            for row in run[table]:
                row = dict(row)
                for column in ("article_id", "mention_id", "error_id"):
                    if column in row:
                        row[column] = (number, row[column])
                if row.get("entity_id") is not None:
                    row["entity_id"] = names[row["entity_id"]]
                tables[table].append(row)
        for row in run["entities"]:
            row = dict(row, entity_id=row["name"])
            held = best.get(row["name"])
            if held is None:
                best[row["name"]] = row
            elif row["origin"] == "gazetteer":
                best[row["name"]] = row
            elif held["origin"] != "gazetteer" and row["confidence"] > held["confidence"]:
                best[row["name"]] = row
    tables["entities"] = list(best.values())
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
        cls.cross = os.path.join(cls.folder, "cross", "invented-news.warc.gz")
        write_cross_warc(cls.cross)
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
        cls.inputs = [os.path.join(ROOT, "samples"), warcs, os.path.dirname(cls.cross)]

        cls.files = input_files(cls.inputs)
        cls.runs = []
        for number, path in enumerate(cls.files):
            sqlite = os.path.join(cls.folder, f"run-{number:03d}.sqlite")
            subprocess.run([KNEWS, "run", "--config", cls.config, "--sqlite", sqlite, "--input", path,
                            "--csv-dir", os.path.join(cls.folder, f"csv-{number:03d}"), "--quiet", "--jobs", "1"],
                           check=True)
            cls.runs.append(sqlite_tables(sqlite))

        cls.output = os.path.join(cls.folder, "parquet")
        cls.job = [sys.executable, os.path.join(HERE, "knews_spark.py"),
                   "--input", *cls.inputs, cls.poison, "--output", cls.output,
                   "--knews", cls.wrapper, "--config", cls.config, "--master", "local[2]",
                   "--timeout", str(TIMEOUT)]
        cls.first = subprocess.run(cls.job, capture_output=True, text=True)
        if cls.first.returncode != 0:
            raise AssertionError(f"the Spark job failed:\n{cls.first.stderr[-4000:]}")
        cls.expected = comparable(put_together(cls.runs))
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

    def test_the_run_level_pass_crosses_articles_of_a_file(self):
        result = subprocess.run([KNEWS, "analyze", "--config", self.config, self.cross],
                                capture_output=True, text=True, check=True)
        added = [json.loads(line) for line in result.stdout.splitlines()
                 if line.startswith('{"type":"run_mentions"')]
        self.assertEqual([line["url"] for line in added], [CROSS_PAGES[1][0]])
        keys = []
        for line in added:
            for mention in line["entity_mentions"]:
                row = {name: plain(value) for name, value in mention.items() if name != "entity"}
                row["entity_id"] = mention["entity"]
                keys.append(tuple(sorted(row.items())) + (("url", line["url"]),))
        self.assertTrue(keys)
        for key in keys:
            self.assertIn(key, self.found["entity_mentions"])

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
