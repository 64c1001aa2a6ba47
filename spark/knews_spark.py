#!/usr/bin/env python3
"""knews as a Spark job: WARC/HTML archives in, Parquet tables with knews's SQLite schema out.

Spark schedules, retries and writes; knews does the per-page work. Each task streams its input
files through `knews analyze` (the same code as `knews run`), parses the JSON lines and hands
them to Spark, which writes the tables

    articles (partitioned by published_month), money_mentions, date_mentions,
    entity_mentions, entities, input_errors

with the column names of the SQLite tables `knews run` writes and their types (INTEGER ->
bigint, REAL -> double, DATE -> date, TEXT and DATETIME -> string), less `run_id` (Spark has
no runs).

Ids. A SQLite file numbers rows as it inserts them; a distributed job cannot, so every id is a
deterministic 64-bit hash, the same on every rerun and in every append:

    knews_id(text) = int.from_bytes(sha256(text.encode("utf-8")).digest()[:8], "big") % 2**63

(the first 8 bytes of SHA-256, big-endian, top bit dropped so the id is a positive SQLite
INTEGER). article_id = knews_id(url); entity_id = knews_id(name); a mention's id is
knews_id(url + "\\x1f" + table + "\\x1f" + position) with its position among the article's
mentions of that table; an input error's is knews_id(input_path + "\\x1f" + stage + "\\x1f" +
message + "\\x1f" + its line number in the file's output).

Duplicates are settled as `knews run` settles them: one row per URL (of copies with the same
content hash the first in input order; otherwise the longest body, the later on a tie), one
entity per name (a gazetteer entry over a pattern guess, then the more confident guess).

Run with spark-submit or plain python3 (then --master, default local[*]); see README.md,
"Beyond one machine".
"""

import argparse
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys

TABLES = ["articles", "money_mentions", "date_mentions", "entity_mentions", "entities", "input_errors"]
MENTION_TABLES = ["money_mentions", "date_mentions", "entity_mentions"]
KEPT_SUFFIXES = (".html", ".htm", ".gz", ".warc")  # InputFinder's list (.html.gz, .warc.gz end in .gz)
FIELD_SEPARATOR = "\x1f"
LINE_BITS = 32  # order key: file index << 32 | line number in that file's output


class JobError(Exception):
    """A problem the user must fix before the job can run (printed as one line, exit 2)."""


def knews_id(text):
    """The documented 64-bit id of a URL or name (see the module docstring)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") % (1 << 63)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Run knews over WARC/HTML files with Spark and write Parquet tables.")
    parser.add_argument("--input", nargs="+", action="extend", required=True, metavar="PATH_OR_GLOB",
                        help="files, folders or globs on any filesystem Spark reads (local, hdfs://, s3a://)")
    parser.add_argument("--output", required=True, metavar="DIR", help="folder of the Parquet tables")
    parser.add_argument("--knews", metavar="BINARY",
                        help="the knews executable (shipped to executors); default: knews on PATH")
    parser.add_argument("--config", metavar="pipeline.yml", help="pipeline config (shipped to executors)")
    parser.add_argument("--master", help="Spark master when run with plain python3 (default local[*])")
    parser.add_argument("--mode", choices=["overwrite", "append"], default="overwrite",
                        help="overwrite: the output holds exactly these inputs; append: merge them into it, "
                             "skipping URLs already present with the same content hash")
    parser.add_argument("--timeout", type=float, default=600, metavar="SECONDS",
                        help="per input file: a knews that takes longer is killed and the file recorded "
                             "in input_errors (default 600)")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="tasks for the local files (default: two per core Spark has)")
    parser.add_argument("--timing", action="store_true",
                        help="print the seconds of each step of the job to stderr as one JSON line")
    return parser.parse_args(argv)


def resolve_binary(path):
    """The knews executable, checked before Spark starts: one clear message if it is missing."""
    if path:
        if not os.path.isfile(path):
            raise JobError(f"--knews {path}: no such file")
        if not os.access(path, os.X_OK):
            raise JobError(f"--knews {path}: not executable (chmod +x it)")
        return os.path.abspath(path)
    found = shutil.which("knews")
    if not found:
        raise JobError("knews is not on PATH; build it (swift build -c release) and pass --knews PATH")
    return found


def resolve_config(path):
    if path is None:
        return None
    if not os.path.isfile(path):
        raise JobError(f"--config {path}: no such file")
    return os.path.abspath(path)


def knews_command(binary, config):
    command = [binary, "analyze"]
    if config:
        command += ["--config", config]
    return command


def read_schema(binary, config):
    """Column names and SQLite types of every table, from the knews that will do the work."""
    try:
        result = subprocess.run(knews_command(binary, config) + ["--print-schema"],
                                capture_output=True, timeout=120)
    except OSError as error:
        raise JobError(f"cannot run {binary}: {error}") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise JobError(f"{binary} analyze --print-schema failed: {message[-1] if message else result.returncode}")
    line = json.loads(result.stdout)
    return {table: [(name, kind.upper()) for name, kind in columns] for table, columns in line["tables"].items()}


# ---------------------------------------------------------------------------------------------
# Executors: stream files through `knews analyze`


def executor_file(name, original):
    """The driver's path when this machine sees it (local mode, a shared filesystem: the
    config's relative paths then still resolve), else the copy shipped with addFile/--files,
    else None."""
    if original and os.path.isfile(original):
        return original
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(name)
        if os.path.isfile(shipped):
            return shipped
    except Exception:  # noqa: BLE001 - outside a Spark task
        pass
    return None


def input_error(path, stage, message):
    return json.dumps({"type": "input_error", "input_path": path, "stage": stage,
                       "message": message, "severity": "error"}, ensure_ascii=False)


def analyze_one(command, path, contents, timeout):
    """Runs knews over one input; yields its complete lines, then an input_error line when
    knews was killed by the timeout or died (what it wrote before stays)."""
    if contents is None:
        argv, stdin = command + [path], subprocess.DEVNULL
    else:
        argv, stdin = command + ["-", "--input-path", path], subprocess.PIPE
    process = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    timed_out = False
    try:
        out, err = process.communicate(input=contents, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        process.kill()
        out, err = process.communicate()
    lines = out.split(b"\n")
    complete = lines[:-1]  # the last piece is empty, or a line cut off by the kill
    for line in complete:
        if line:
            yield line.decode("utf-8")
    if timed_out:
        yield input_error(path, "spark", f"knews analyze did not finish within {timeout:g} s and was killed "
                                         f"after {len(complete)} records; the rest of the file is missing")
    elif process.returncode != 0:
        reason = err.decode("utf-8", "replace").strip().splitlines()
        how = f"was killed by signal {-process.returncode}" if process.returncode < 0 \
            else f"exited with status {process.returncode}"
        yield input_error(path, "spark", f"knews analyze {how} after {len(complete)} records"
                                         + (f": {reason[-1]}" if reason else ""))


ARTICLE_PREFIX = '{"type":"article","url":'
RUN_MENTIONS_PREFIX = '{"type":"run_mentions"'


def merge_run_mentions(lines):
    """One file's lines with its `run_mentions` lines merged into the articles they extend.

    `knews analyze` ends with the run-level pass of discovery over the pages of its call (here
    one input file): a name discovered with strong evidence in one article, matched in
    another, comes as {"type":"run_mentions","url":...,"entity_mentions":[...],"entities":[...]}.
    Its mentions go after the article's own (as `knews run` numbers them) and its entities join
    the article's; the article is the last line of that URL in the file, the version the pass
    saw. Only the articles the pass extends are parsed and written again."""
    extra = {}
    for line in lines:
        if line.startswith(RUN_MENTIONS_PREFIX):
            found = json.loads(line)
            extra[found["url"]] = found
    if not extra:
        return lines
    decoder = json.JSONDecoder()
    last = {}
    for position, line in enumerate(lines):
        if line.startswith(ARTICLE_PREFIX):
            url, _ = decoder.raw_decode(line, len(ARTICLE_PREFIX))
            if url in extra:
                last[url] = position
    extended = set(last.values())
    merged = []
    for position, line in enumerate(lines):
        if line.startswith(RUN_MENTIONS_PREFIX):
            continue
        if position in extended:
            article = json.loads(line)
            more = extra[article["url"]]
            article["entity_mentions"] = article["entity_mentions"] + more["entity_mentions"]
            article["entities"] = article["entities"] + [
                entity for entity in more["entities"] if entity not in article["entities"]]
            line = json.dumps(article, ensure_ascii=False, separators=(",", ":"))
        merged.append(line)
    return merged


def file_lines(command, path, contents, timeout):
    """One input file's `knews analyze` output as the bytes of complete lines, `run_mentions`
    merged, a spark input_error line added when knews was killed or died: line i of the
    result is line number i of the file (the `ord` and error ids count on it)."""
    lines = list(analyze_one(command, path, contents, timeout))
    if any(line.startswith(RUN_MENTIONS_PREFIX) for line in lines):
        lines = merge_run_mentions(lines)
    return "".join(line + "\n" for line in lines).encode("utf-8")


class Layout:
    """The tables as one Arrow/Spark row type, so that one `mapInArrow` pass over the inputs
    yields every table: a tag column `_t` (the table's index in TABLES), `ord`, then every
    table's columns prefixed `t<index>_`, null in other tables' rows. Spark caches this one
    DataFrame and writes each table from it with a filter, so knews runs once per file.

    It also holds the Arrow schema `pyarrow.json` reads `knews analyze` lines with (article
    and input_error lines alike: fields a line lacks are null), so the lines become columns in
    C++ with no per-line Python."""

    def __init__(self, schema):
        self.schema = schema
        self.columns = {}  # table -> [(name, sqlite type)] as written (ids first, no run_id)
        for table in TABLES:
            columns = [(name, kind) for name, kind in schema[table] if name != "run_id"]
            if table == "articles":
                columns.append(("published_month", "TEXT"))
            self.columns[table] = columns

    @staticmethod
    def arrow_type(sqlite_type):
        import pyarrow as pa
        if "INT" in sqlite_type:
            return pa.int64()
        if "REAL" in sqlite_type or "FLOA" in sqlite_type or "DOUB" in sqlite_type:
            return pa.float64()
        if sqlite_type == "DATE":
            return pa.date32()
        return pa.string()

    def field_name(self, table, name):
        return f"t{TABLES.index(table)}_{name}"

    def arrow_schema(self):
        import pyarrow as pa
        fields = [pa.field("_t", pa.int8()), pa.field("ord", pa.int64())]
        for table in TABLES:
            fields += [pa.field(self.field_name(table, name), self.arrow_type(kind))
                       for name, kind in self.columns[table]]
        return pa.schema(fields)

    def spark_schema(self):
        from pyspark.sql import types as T
        spark_types = {"int8": T.ByteType(), "int64": T.LongType(), "double": T.DoubleType(),
                       "date32[day]": T.DateType(), "string": T.StringType()}
        return T.StructType([T.StructField(field.name, spark_types[str(field.type)])
                             for field in self.arrow_schema()])

    def json_schema(self):
        """The fields of an analyze line; dates as text (cast after), `entity_id` as `entity`."""
        import pyarrow as pa

        def read_type(kind):
            return pa.string() if kind == "DATE" else self.arrow_type(kind)

        def struct(table, leave):
            return pa.struct([pa.field("entity" if name == "entity_id" else name,
                                       pa.string() if name == "entity_id" else read_type(kind))
                              for name, kind in self.schema[table] if name not in leave])

        fields = [pa.field("type", pa.string())]
        fields += [pa.field(name, read_type(kind)) for name, kind in self.schema["articles"]
                   if name not in ("article_id", "run_id")]
        for table in MENTION_TABLES:
            fields.append(pa.field(table, pa.list_(struct(table, {"mention_id", "article_id"}))))
        fields.append(pa.field("entities", pa.list_(struct("entities", {"entity_id"}))))
        seen = {field.name for field in fields}
        fields += [pa.field(name, read_type(kind)) for name, kind in self.schema["input_errors"]
                   if name not in ("error_id", "run_id") and name not in seen]
        return pa.schema(fields)


def ids(texts):
    """knews_id of each text (a Python list), as an Arrow int64 array."""
    import pyarrow as pa
    sha = hashlib.sha256
    mask = (1 << 63) - 1
    return pa.array([int.from_bytes(sha(text.encode("utf-8")).digest()[:8], "big") & mask for text in texts],
                    pa.int64())


def as_dates(column):
    """ISO date text as Arrow dates; text that is not a date becomes null (Spark's to_date)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import datetime
    try:
        return pc.cast(column, pa.date32())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        def day(text):
            try:
                return datetime.date.fromisoformat(text)
            except (TypeError, ValueError):
                return None
        return pa.array([day(text) for text in column.to_pylist()], pa.date32())


def read_lines(data, json_schema):
    """The lines of one file as an Arrow table, parsed in C++ (one Python loop as a fallback
    for a line the C++ reader refuses, so that one odd line never fails a task)."""
    import pyarrow as pa
    import pyarrow.json as pj
    if not data:
        return json_schema.empty_table()
    try:
        return pj.read_json(pa.BufferReader(data),
                            read_options=pj.ReadOptions(use_threads=False, block_size=max(1 << 20, len(data) + 1)),
                            parse_options=pj.ParseOptions(explicit_schema=json_schema,
                                                          unexpected_field_behavior="ignore"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        names = set(json_schema.names)
        rows = [{key: value for key, value in json.loads(line).items() if key in names}
                for line in data.decode("utf-8").split("\n") if line]
        return pa.Table.from_pylist(rows, schema=json_schema)


def file_batches(layout, data, index):
    """One file's lines as Arrow record batches of the Layout, one per table: ids, dates,
    months and positions computed over whole columns; what stays per row in Python is the
    SHA-256 of each id and the entities' merge by name."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    table = read_lines(data, layout.json_schema())
    target = layout.arrow_schema()
    ords = pa.array((index << LINE_BITS) + np.arange(table.num_rows, dtype=np.int64))
    kinds = table.column("type")

    def batch(table_name, columns):
        """A record batch of the Layout with `columns` (name -> array) for one table."""
        length = len(next(iter(columns.values())))
        arrays = []
        for field in target:
            if field.name == "_t":
                arrays.append(pa.array(np.full(length, TABLES.index(table_name), dtype=np.int8)))
            elif field.name == "ord":
                arrays.append(columns["ord"])
            else:
                prefix, _, name = field.name.partition("_")
                value = columns.get(name) if prefix == f"t{TABLES.index(table_name)}" else None
                arrays.append(pa.nulls(length, field.type) if value is None else value.cast(field.type))
        return pa.RecordBatch.from_arrays(arrays, schema=target)

    out = []
    is_article = pc.equal(kinds, "article").fill_null(False)
    articles = table.filter(is_article).combine_chunks()
    if articles.num_rows:
        article_ords = ords.filter(is_article.combine_chunks())
        urls = articles.column("url").to_pylist()
        article_ids = ids(urls)
        columns = {name: articles.column(name).chunk(0) for name, _ in layout.columns["articles"]
                   if name in articles.column_names}
        for name, kind in layout.columns["articles"]:
            if kind == "DATE":
                columns[name] = as_dates(columns[name])
        published = articles.column("published_date").chunk(0)
        columns.update(article_id=article_ids, ord=article_ords,
                       published_month=pc.utf8_slice_codeunits(published, 0, 7))
        out.append(batch("articles", columns))
        for table_name in MENTION_TABLES:
            lists = articles.column(table_name).chunk(0)
            lengths = pc.list_value_length(lists).fill_null(0).to_numpy(zero_copy_only=False)
            total = int(lengths.sum())
            if total == 0:
                continue
            parents = np.repeat(np.arange(len(lengths)), lengths)
            positions = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            flat = pc.list_flatten(lists)
            columns = {name: flat.field("entity" if name == "entity_id" else name)
                       for name, _ in layout.columns[table_name] if name not in ("mention_id", "article_id")}
            for name, kind in layout.columns[table_name]:
                if kind == "DATE":
                    columns[name] = as_dates(columns[name])
            if "entity_id" in columns:
                names = columns["entity_id"].dictionary_encode()
                known = ids([name for name in names.dictionary.to_pylist()])
                columns["entity_id"] = known.take(names.indices)
            tag = FIELD_SEPARATOR + table_name + FIELD_SEPARATOR
            columns.update(
                mention_id=ids([urls[parent] + tag + str(position)
                                for parent, position in zip(parents.tolist(), positions.tolist())]),
                article_id=article_ids.take(pa.array(parents)),
                ord=article_ords.take(pa.array(parents)))
            out.append(batch(table_name, columns))
        out += entity_batches(layout, articles, article_ords, batch)
    is_error = pc.and_(pc.equal(kinds, "input_error").fill_null(False),
                       pc.is_valid(table.column("input_path")))
    errors = table.filter(is_error).combine_chunks()
    if errors.num_rows:
        error_ords = ords.filter(is_error.combine_chunks())
        columns = {name: errors.column(name).chunk(0) for name, _ in layout.columns["input_errors"]
                   if name in errors.column_names}
        keys = zip(*(columns[name].to_pylist() for name in ("input_path", "stage", "message")),
                   (order & ((1 << LINE_BITS) - 1) for order in error_ords.to_pylist()))
        columns.update(error_id=ids([FIELD_SEPARATOR.join(str(part) for part in key) for key in keys]),
                       ord=error_ords)
        out.append(batch("input_errors", columns))
    return out


def entity_batches(layout, articles, article_ords, batch):
    """The entities of one file, one row per name, by the rule the job settles names with
    across files (`settle`): the rule picks a maximum, so settling a file first changes
    nothing and leaves Spark a few rows per name instead of one per article that names it."""
    import pyarrow as pa
    import pyarrow.compute as pc
    lists = articles.column("entities").chunk(0)
    lengths = pc.list_value_length(lists).fill_null(0)
    if pc.sum(lengths).as_py() in (None, 0):
        return []
    flat = pc.list_flatten(lists)
    parents = pc.list_parent_indices(lists)
    owner = article_ords.take(parents).to_pylist()
    names, origins = flat.field("name").to_pylist(), flat.field("origin").to_pylist()
    confidences = flat.field("confidence").to_pylist()
    best = {}
    for row, (name, origin, confidence, order) in enumerate(zip(names, origins, confidences, owner)):
        key = entity_rank(origin, confidence, order)
        held = best.get(name)
        if held is None or key > held[0]:
            best[name] = (key, row)
    rows = pa.array(sorted(row for _, row in best.values()))
    kept = flat.take(rows)
    columns = {name: kept.field(name) for name, _ in layout.columns["entities"] if name != "entity_id"}
    columns.update(entity_id=ids(columns["name"].to_pylist()), ord=pa.array(owner, pa.int64()).take(rows))
    return [batch("entities", columns)]


def entity_rank(origin, confidence, order):
    """`settle`'s order of an entity row, as a Python key: a gazetteer entry over a pattern
    guess; between gazetteer entries the later, between guesses the more confident (the
    earlier on a tie)."""
    gazetteer = origin == "gazetteer"
    return (1 if gazetteer else 0, confidence if confidence is not None else float("-inf"),
            order if gazetteer else -order)


def make_arrow_task(binary, config, timeout, schema, groups=None):
    """The `mapInArrow` function: batches of (index, path, contents, note) rows in, or with
    `groups` (lists of such records, shipped with the function) batches of `spark.range` ids
    naming groups; record batches of the Layout out, file by file. The next file's knews already runs while this
    one's lines are turned into columns, so a task keeps a core busy with knews."""
    binary_name, config_name = os.path.basename(binary), config and os.path.basename(config)
    layout = Layout(schema)

    def arrow_task(batches):
        import time
        from concurrent.futures import ThreadPoolExecutor
        knews = executor_file(binary_name, binary) or shutil.which("knews")
        if knews is None:
            raise RuntimeError(f"knews_spark: no {binary_name} on this executor; ship it with --files or install it")
        if not os.access(knews, os.X_OK):
            os.chmod(knews, os.stat(knews).st_mode | stat.S_IXUSR)
        conf = config and executor_file(config_name, config)
        if config and conf is None:
            raise RuntimeError(f"knews_spark: no {config_name} on this executor; ship it with --files")
        command = knews_command(knews, conf)

        def lines_of(record):
            index, path, contents, note = record
            if note is not None:
                return (input_error(path, "read", note) + "\n").encode("utf-8")
            return file_lines(command, path, contents, timeout)

        records = []
        for input_batch in batches:
            if groups is not None:  # spark.range rows: the numbers of this task's groups
                for number in input_batch.column("id").to_pylist():
                    records += groups[number]
            else:
                records += zip(*(input_batch.column(name).to_pylist()
                                 for name in ("index", "path", "contents", "note")))
        started = time.perf_counter()
        waited = converted = 0.0
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(lines_of, records[0]) if records else None
            for number, record in enumerate(records):
                clock = time.perf_counter()
                data = pending.result()
                waited += time.perf_counter() - clock
                if number + 1 < len(records):
                    pending = pool.submit(lines_of, records[number + 1])
                clock = time.perf_counter()
                produced = file_batches(layout, data, record[0])
                converted += time.perf_counter() - clock
                yield from produced
        if os.environ.get("KNEWS_SPARK_TIMING"):
            print(json.dumps({"task_files": len(records), "task_seconds": round(time.perf_counter() - started, 3),
                              "waiting_for_knews": round(waited, 3), "lines_to_arrow": round(converted, 3)}),
                  file=sys.stderr, flush=True)

    return arrow_task


# ---------------------------------------------------------------------------------------------
# Driver


def list_inputs(spark, patterns):
    """Every input file as (uri, is_local), through Hadoop's FileSystem (local, HDFS, s3a):
    globs expanded, folders walked for the suffixes `knews run` reads; plus the patterns that
    matched nothing, recorded as input errors as `knews run` does."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    found, missing = {}, []
    for pattern in patterns:
        if "://" not in pattern and not pattern.startswith("file:"):
            pattern = os.path.abspath(pattern)
        path = jvm.org.apache.hadoop.fs.Path(pattern)
        fs = path.getFileSystem(conf)
        statuses = fs.globStatus(path) or []
        before = len(found)
        for status in statuses:
            if status.isDirectory():
                files = fs.listFiles(status.getPath(), True)
                while files.hasNext():
                    name = files.next().getPath().toString()
                    if name.lower().endswith(KEPT_SUFFIXES):
                        found[name] = True
            else:
                found[status.getPath().toString()] = True
        if len(found) == before:
            missing.append(pattern)
    files = []
    for uri in sorted(found):
        local = uri[len("file:"):] if uri.startswith("file:") else None
        if local is not None and local.startswith("///"):
            local = local[2:]
        files.append((uri, local))
    return files, missing


def build_tables(rows, layout):
    """The six DataFrames from the cached Layout rows, with the `ord` of their line where
    duplicates are to be settled (`settle`)."""
    from pyspark.sql import functions as F
    tables = {}
    for number, table in enumerate(TABLES):
        columns = [F.col(layout.field_name(table, name)).alias(name) for name, _ in layout.columns[table]]
        if table != "input_errors":
            columns.append(F.col("ord"))
        tables[table] = rows.where(F.col("_t") == number).select(*columns)
    return tables


def settle(tables):
    """Duplicate URLs and entity names settled; the `ord` helper column dropped.

    Which copy of a URL stays is decided on a narrow projection (id, url, hash, body length,
    ord: no text moves); the copies that lose are usually none or few, so they are collected
    as a small table and taken out of articles and mentions with a broadcast anti-join, not a
    shuffle of a million mention rows. Returns the settled tables and how many article rows
    were dropped."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    narrow = tables["articles"].select("article_id", "url", "content_hash", F.length("body").alias("_length"), "ord")
    if not narrow.groupBy("url").count().where("count > 1").limit(1).collect():
        # No URL twice (the usual case): nothing to settle, no windows to run.
        narrow = narrow.limit(0)
    first_copy = Window.partitionBy("url", "content_hash").orderBy("ord")
    longest = Window.partitionBy("url").orderBy(F.col("_length").desc(), F.col("ord").desc())
    kept = (narrow.withColumn("_copy", F.row_number().over(first_copy)).where("_copy = 1")
            .withColumn("_rank", F.row_number().over(longest)).where("_rank = 1")
            .select("article_id", "ord"))
    dropped = narrow.select("article_id", "ord").join(kept, ["article_id", "ord"], "left_anti").persist()
    losers = dropped.count()
    settled = {}
    for table in ["articles", *MENTION_TABLES]:
        frame = tables[table]
        if losers:
            other = F.broadcast(dropped) if losers <= BROADCAST_LOSERS else dropped
            # (a join puts its keys first: the columns are put back in the table's order)
            frame = frame.join(other, ["article_id", "ord"], "left_anti").select(*frame.columns)
        settled[table] = frame.drop("ord")
    # A gazetteer entry over a pattern guess; between gazetteer entries the later, between
    # guesses the more confident (the earlier on a tie): entity_rank, as a window.
    best = Window.partitionBy("name").orderBy(
        F.when(F.col("origin") == "gazetteer", 1).otherwise(0).desc(),
        F.col("confidence").desc(),
        F.when(F.col("origin") == "gazetteer", F.col("ord")).otherwise(-F.col("ord")).desc())
    settled["entities"] = (tables["entities"].withColumn("_rank", F.row_number().over(best))
                           .where("_rank = 1").drop("_rank", "ord"))
    settled["input_errors"] = tables["input_errors"].dropDuplicates(["error_id"])
    return settled, losers


BROADCAST_LOSERS = 2_000_000  # dropped copies taken out with a broadcast join up to this many


def merge_existing(spark, tables, output, hadoop_fs):
    """--mode append: the tables already in `output` join the new rows as if read first
    (`ord` -1), so a URL already present with the same content hash keeps its stored row,
    and a changed one is replaced with its mentions."""
    from pyspark.sql import functions as F
    merged = {}
    for table in TABLES:
        path = f"{output}/{table}"
        if not hadoop_fs.exists(spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)):
            merged[table] = tables[table]
            continue
        old = spark.read.parquet(path)
        new = tables[table]
        if "ord" in new.columns:
            old = old.withColumn("ord", F.lit(-1).cast("long"))
        merged[table] = new.unionByName(old.select(*new.columns))
    return merged


class Clock:
    """Seconds per step of the driver, printed as one JSON line with --timing."""

    def __init__(self):
        import time
        self.now = time.perf_counter
        self.started = self.last = self.now()
        self.steps = {}

    def lap(self, step):
        now = self.now()
        self.steps[step] = round(now - self.last, 3)
        self.last = now

    def report(self):
        return dict(self.steps, total=round(self.now() - self.started, 3))


def write_tables(spark, tables, output, mode, clock):
    """Settles and writes the tables; returns each table's row count."""
    from pyspark.sql import functions as F
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(output)
    fs = root.getFileSystem(conf)
    if mode == "append":
        tables = merge_existing(spark, tables, output, fs)
    tables, losers = settle(tables)
    clock.lap("settle_duplicates")
    staging = f"{output}/_staging"
    fs.delete(jvm.org.apache.hadoop.fs.Path(staging), True)
    counts = {}
    for table in TABLES:
        frame = tables[table]
        if table in ("entities", "input_errors"):
            # Small after settling: cached, so the count below does not settle them again.
            frame = frame.persist()
        writer = frame.write.mode("overwrite")
        if table == "articles":
            writer = writer.partitionBy("published_month")
        writer.parquet(f"{staging}/{table}")
        clock.lap(f"write_{table}")
        if table in ("entities", "input_errors") or mode == "append" or losers:
            counts[table] = frame.count()
    clock.lap("count_small_tables")
    # Every table is complete before any replaces its old copy: a failed job leaves the
    # previous output as it was (the staging folder is cleared on the next run).
    for table in TABLES:
        final = jvm.org.apache.hadoop.fs.Path(f"{output}/{table}")
        fs.delete(final, True)
        if not fs.rename(jvm.org.apache.hadoop.fs.Path(f"{staging}/{table}"), final):
            raise JobError(f"cannot move {staging}/{table} to {output}/{table}")
    fs.delete(jvm.org.apache.hadoop.fs.Path(staging), True)
    return counts


def balanced_groups(files, groups):
    """Local files spread over `groups` tasks by size, largest first onto the lightest task
    (knews's time grows with a file's bytes); each task keeps its files in input order."""
    loads = [[0, []] for _ in range(max(1, min(groups, len(files))))]
    for size, index, path in sorted(((os.path.getsize(path), index, path) for index, path in files), reverse=True):
        lightest = min(loads, key=lambda load: load[0])
        lightest[0] += size
        lightest[1].append((index, path))
    return [sorted(members) for _, members in loads if members]


INPUT_SCHEMA = "index long, path string, contents binary, note string"


def run(args):
    clock = Clock()
    binary = resolve_binary(args.knews)
    config = resolve_config(args.config)
    schema = read_schema(binary, config)
    clock.lap("knews_print_schema")

    from pyspark import SparkConf, StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    builder = SparkSession.builder.appName("knews").config("spark.ui.showConsoleProgress", "false")
    master = args.master
    if not master and "SPARK_ENV_LOADED" not in os.environ:
        master = "local[*]"
    if master:
        builder = builder.master(master)
    given = SparkConf()  # what spark-submit --conf or spark-defaults.conf set
    if master and master.startswith("local"):
        # One machine: 200 shuffle partitions is a cluster's default, the shuffles here are
        # of a few narrow rows; 1 GB of heap is tight for the cached rows of a big corpus
        # (they spill to disk beyond it, MEMORY_AND_DISK). Set only when not set already.
        for key, value in (("spark.sql.shuffle.partitions", "4"), ("spark.driver.memory", "2g"),
                           ("spark.sql.adaptive.coalescePartitions.initialPartitionNum", "4")):
            if not given.contains(key):
                builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "static")
    sc = spark.sparkContext
    sc.addFile(binary)
    if config:
        sc.addFile(config)
    clock.lap("spark_session")

    files, missing = list_inputs(spark, args.input)
    index_of = {uri: index for index, (uri, _) in enumerate(files)}
    no_file = len(files)
    local = [(index_of[uri], path) for uri, path in files if path is not None]
    remote = [uri for uri, path in files if path is None]
    layout = Layout(schema)
    pieces = []
    # Patterns that matched nothing: recorded as `knews run` records them.
    notes = [(no_file + n, pattern, None, f"input \"{pattern}\" matches no files") for n, pattern in enumerate(missing)]
    if local or notes or not remote:
        # Two tasks per core by default, files balanced by size (a slow task's tail is short).
        # The tasks are spark.range ids naming groups shipped with the function: no Python
        # stage and no shuffle before knews starts.
        groups = balanced_groups(local, args.partitions or 2 * sc.defaultParallelism) if local else []
        if notes or not groups:
            groups.append(notes)
        task = make_arrow_task(binary, config, args.timeout, schema,
                               [[item + (None, None) if len(item) == 2 else item for item in group]
                                for group in groups])
        pieces.append(spark.range(0, len(groups), 1, len(groups)).mapInArrow(task, layout.spark_schema()))
    if remote:
        # Other filesystems: the bytes come through Spark and go to `knews analyze -`.
        broadcast = sc.broadcast(index_of)
        contents = spark.createDataFrame(
            sc.binaryFiles(",".join(remote))
            .map(lambda pair: (broadcast.value.get(pair[0], no_file), pair[0], bytes(pair[1]), None)),
            INPUT_SCHEMA)
        pieces.append(contents.mapInArrow(make_arrow_task(binary, config, args.timeout, schema),
                                          layout.spark_schema()))
    rows = pieces[0]
    for more in pieces[1:]:
        rows = rows.union(more)
    # knews runs once per file: every table is written from these cached rows.
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    produced = {TABLES[tag]: n for tag, n in rows.groupBy("_t").count().collect()}
    clock.lap("analyze_and_cache")
    tables = build_tables(rows, layout)
    counts = write_tables(spark, tables, args.output.rstrip("/"), args.mode, clock)
    counts = {table: counts.get(table, produced.get(table, 0)) for table in TABLES}
    print("knews_spark: " + ", ".join(f"{counts[t]} {t}" for t in TABLES) + f" in {args.output}")
    rows.unpersist()
    spark.stop()
    clock.lap("spark_stop")
    if args.timing:
        print("knews_spark timing: " + json.dumps(clock.report()), file=sys.stderr)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        run(args)
    except JobError as error:
        print(f"knews_spark: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
