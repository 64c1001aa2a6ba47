#!/usr/bin/env python3
"""Back to one file: the Parquet tables of knews_spark.py as the usual knews SQLite database.

    python3 spark/parquet_to_sqlite.py OUTPUT_DIR --sqlite knews.sqlite [--knews BINARY]

knews itself creates the file (a run over an empty folder), so its schema, CHECK constraints,
indexes and views are exactly those of `knews run`, at the schema version of that binary; this
script then copies every row in, ids included (the Parquet ids are the job's deterministic
hashes), under one `runs` row that says where they came from. The target must not exist yet.
Needs pyarrow.
"""

import argparse
import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

# Parents before children: the foreign keys are checked as rows go in.
ORDER = ["entities", "articles", "money_mentions", "date_mentions", "entity_mentions", "input_errors"]


def create_database(knews, path):
    """An empty knews database at `path`, made by knews; returns its run id."""
    with tempfile.TemporaryDirectory(prefix="knews-import-") as folder:
        empty = os.path.join(folder, "empty")
        os.mkdir(empty)
        config = os.path.join(folder, "pipeline.yml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(f"inputs: [{empty}]\noutput:\n  sqlite: {os.path.abspath(path)}\n")
        result = subprocess.run([knews, "run", "--config", config, "--quiet"], capture_output=True, text=True)
        if not os.path.exists(path):
            sys.exit(f"parquet_to_sqlite: {knews} run could not create {path}: {result.stderr.strip()}")
    with sqlite3.connect(path) as database:
        (run_id,) = database.execute("SELECT max(run_id) FROM runs").fetchone()
        # The empty folder's own complaint is not part of the data.
        database.execute("DELETE FROM input_errors WHERE run_id = ?", (run_id,))
    return run_id


def read_table(folder, table):
    import pyarrow.dataset as ds
    path = os.path.join(folder, table)
    if not os.path.isdir(path):
        sys.exit(f"parquet_to_sqlite: {path} is missing; is {folder} the --output of knews_spark.py?")
    partitioning = "hive" if table == "articles" else None
    return ds.dataset(path, format="parquet", partitioning=partitioning).to_table()


def plain(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def import_tables(folder, path, run_id):
    database = sqlite3.connect(path)
    database.execute("PRAGMA foreign_keys = ON")
    counts = {}
    with database:
        for table in ORDER:
            data = read_table(folder, table)
            columns = [row[1] for row in database.execute(f"PRAGMA table_info({table})")]
            present = [name for name in columns if name in data.column_names]
            extra = [] if "run_id" not in columns else ["run_id"]
            names = present + extra
            quoted = ", ".join(f'"{name}"' for name in names)
            marks = ", ".join("?" for _ in names)
            rows = (tuple(plain(row[name]) for name in present) + ((run_id,) if extra else ())
                    for row in data.to_pylist())
            database.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)
            counts[table] = data.num_rows
        errors = database.execute("SELECT count(*) FROM input_errors WHERE severity = 'error'").fetchone()[0]
        database.execute(
            "UPDATE runs SET articles_inserted = ?, input_errors = ?, files_seen = 0, message = ? WHERE run_id = ?",
            (counts["articles"], errors, f"imported from the Parquet tables in {os.path.abspath(folder)}", run_id))
    database.close()
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description="Copy knews_spark.py's Parquet tables into a new knews SQLite file.")
    parser.add_argument("folder", help="the --output folder of knews_spark.py")
    parser.add_argument("--sqlite", required=True, help="the database to create (must not exist)")
    parser.add_argument("--knews", help="the knews executable (default: knews on PATH)")
    args = parser.parse_args(argv)
    knews = args.knews or shutil.which("knews")
    if not knews or not os.access(knews, os.X_OK):
        sys.exit("parquet_to_sqlite: no knews executable; pass --knews PATH")
    if os.path.exists(args.sqlite):
        sys.exit(f"parquet_to_sqlite: {args.sqlite} exists; importing merges nothing, name a new file")
    run_id = create_database(knews, args.sqlite)
    counts = import_tables(args.folder, args.sqlite, run_id)
    print("parquet_to_sqlite: " + ", ".join(f"{counts[t]} {t}" for t in ORDER) + f" into {args.sqlite}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
