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
                        help="tasks for the local files (default: Spark's default parallelism)")
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


def make_task(binary, config, timeout):
    binary_name, config_name = os.path.basename(binary), config and os.path.basename(config)

    def task(records):
        knews = executor_file(binary_name, binary) or shutil.which("knews")
        if knews is None:
            raise RuntimeError(f"knews_spark: no {binary_name} on this executor; ship it with --files or install it")
        if not os.access(knews, os.X_OK):
            os.chmod(knews, os.stat(knews).st_mode | stat.S_IXUSR)
        conf = config and executor_file(config_name, config)
        if config and conf is None:
            raise RuntimeError(f"knews_spark: no {config_name} on this executor; ship it with --files")
        command = knews_command(knews, conf)
        for index, path, contents in records:
            lines = merge_run_mentions(list(analyze_one(command, path, contents, timeout)))
            for number, line in enumerate(lines):
                yield (index << LINE_BITS) | number, line

    return task


ARROW_ROWS = 2048  # lines per Arrow record batch handed to the JVM


def make_arrow_task(binary, config, timeout):
    """`make_task` for `mapInArrow`: input batches of (index, path) rows in, batches of
    (ord, value) lines out. Arrow moves the lines into the JVM in columns, where a Python RDD
    would pickle them row by row and Spark would unpickle and convert each one."""
    task = make_task(binary, config, timeout)

    def arrow_task(batches):
        import pyarrow as pa
        for batch in batches:
            records = [(index, path, None) for index, path
                       in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist())]
            ords, values = [], []
            for order, line in task(records):
                ords.append(order)
                values.append(line)
                if len(values) >= ARROW_ROWS:
                    yield pa.RecordBatch.from_arrays([pa.array(ords, pa.int64()), pa.array(values, pa.string())],
                                                     names=["ord", "value"])
                    ords, values = [], []
            if values:
                yield pa.RecordBatch.from_arrays([pa.array(ords, pa.int64()), pa.array(values, pa.string())],
                                                 names=["ord", "value"])

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


def spark_schema(schema):
    """Spark types of the JSON lines, from the SQLite declared types."""
    from pyspark.sql import types as T

    def kind(sqlite_type):
        if "INT" in sqlite_type:
            return T.LongType()
        if "REAL" in sqlite_type or "FLOA" in sqlite_type or "DOUB" in sqlite_type:
            return T.DoubleType()
        return T.StringType()

    def struct(table, leave):
        fields = []
        for name, sqlite_type in schema[table]:
            if name in leave:
                continue
            if name == "entity_id":
                fields.append(T.StructField("entity", T.StringType()))
            else:
                fields.append(T.StructField(name, kind(sqlite_type)))
        return fields

    article = struct("articles", {"article_id", "run_id"})
    for table in MENTION_TABLES:
        article.append(T.StructField(table, T.ArrayType(T.StructType(struct(table, {"mention_id", "article_id"})))))
    article.append(T.StructField("entities", T.ArrayType(T.StructType(struct("entities", {"entity_id"})))))
    error = struct("input_errors", {"error_id", "run_id"})
    return T.StructType(article), T.StructType(error)


def id_column(*parts):
    """knews_id of the parts joined by U+001F, as a Spark expression."""
    from pyspark.sql import functions as F
    text = parts[0] if len(parts) == 1 else F.concat_ws(FIELD_SEPARATOR, *parts)
    unsigned = F.conv(F.substring(F.sha2(text, 256), 1, 16), 16, 10).cast("decimal(20,0)")
    return (unsigned % F.lit(str(1 << 63)).cast("decimal(20,0)")).cast("long")


def date_columns(schema, table):
    return [name for name, sqlite_type in schema[table] if sqlite_type == "DATE"]


def build_tables(spark, lines, schema):
    """The six DataFrames from a DataFrame of (ord, value) JSON lines, every line's rows still
    there, each with the `ord` of its line where duplicates are to be settled (`settle`)."""
    from pyspark.sql import functions as F

    article_type, error_type = spark_schema(schema)
    # knews runs once per file: every table is built from these cached lines.
    frame = lines.persist()
    is_article = F.col("value").startswith('{"type":"article"')
    raw = (frame.where(is_article)
           .select("ord", F.from_json("value", article_type).alias("a"))
           .select("ord", "a.*"))
    raw = raw.persist()

    article_columns = [name for name, _ in schema["articles"] if name not in ("article_id", "run_id")]
    articles = raw.select(id_column(F.col("url")).alias("article_id"), *article_columns, "ord")
    for name in date_columns(schema, "articles"):
        articles = articles.withColumn(name, F.to_date(name))
    articles = articles.withColumn("published_month", F.date_format(F.col("published_date"), "yyyy-MM"))

    tables = {"articles": articles}
    for table in MENTION_TABLES:
        columns = [name for name, _ in schema[table] if name not in ("mention_id", "article_id")]
        exploded = raw.select("url", "ord", F.posexplode(table).alias("_position", "m"))
        selected = [id_column(F.col("url"), F.lit(table), F.col("_position").cast("string")).alias("mention_id"),
                    id_column(F.col("url")).alias("article_id")]
        for name in columns:
            if name == "entity_id":
                selected.append(F.when(F.col("m.entity").isNotNull(), id_column(F.col("m.entity")))
                                .alias("entity_id"))
            else:
                selected.append(F.col("m." + name).alias(name))
        mentions = exploded.select(*selected, "ord")
        for name in date_columns(schema, table):
            mentions = mentions.withColumn(name, F.to_date(name))
        tables[table] = mentions

    # Entities from every article line, merged by name as ArticleStore.shouldReplace does.
    entity_columns = [name for name, _ in schema["entities"] if name != "entity_id"]
    every = raw.select("ord", F.explode("entities").alias("e")).select("ord", "e.*")
    tables["entities"] = every.select(id_column(F.col("name")).alias("entity_id"), *entity_columns, "ord")

    error_columns = [name for name, _ in schema["input_errors"] if name not in ("error_id", "run_id")]
    errors = (frame.where(~is_article)
              .select("ord", F.from_json("value", error_type).alias("e"))
              .where(F.col("e.input_path").isNotNull())
              .select("ord", "e.*"))
    line_number = (F.col("ord") % F.lit(1 << LINE_BITS)).cast("string")
    tables["input_errors"] = errors.select(
        id_column(F.col("input_path"), F.col("stage"), F.col("message"), line_number).alias("error_id"),
        *error_columns)
    return tables


def settle(tables):
    """Duplicate URLs and entity names settled; the `ord` helper column dropped."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first_copy = Window.partitionBy("url", "content_hash").orderBy("ord")
    longest = Window.partitionBy("url").orderBy(F.length("body").desc(), F.col("ord").desc())
    articles = (tables["articles"]
                .withColumn("_copy", F.row_number().over(first_copy)).where("_copy = 1")
                .withColumn("_rank", F.row_number().over(longest)).where("_rank = 1")
                .drop("_copy", "_rank"))
    settled = {"articles": articles.drop("ord")}
    keep = articles.select("article_id", "ord")
    for table in MENTION_TABLES:
        settled[table] = tables[table].join(keep, ["article_id", "ord"], "left_semi").drop("ord")
    # A gazetteer entry over a pattern guess; between gazetteer entries the later, between
    # guesses the more confident (the earlier on a tie).
    best = Window.partitionBy("name").orderBy(
        F.when(F.col("origin") == "gazetteer", 1).otherwise(0).desc(),
        F.col("confidence").desc(),
        F.when(F.col("origin") == "gazetteer", F.col("ord")).otherwise(-F.col("ord")).desc())
    settled["entities"] = (tables["entities"].withColumn("_rank", F.row_number().over(best))
                           .where("_rank = 1").drop("_rank", "ord"))
    settled["input_errors"] = tables["input_errors"].dropDuplicates(["error_id"])
    return settled


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


def write_tables(spark, tables, output, mode):
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(output)
    fs = root.getFileSystem(conf)
    if mode == "append":
        tables = merge_existing(spark, tables, output, fs)
    tables = settle(tables)
    staging = f"{output}/_staging"
    fs.delete(jvm.org.apache.hadoop.fs.Path(staging), True)
    for table in TABLES:
        writer = tables[table].write.mode("overwrite")
        if table == "articles":
            writer = writer.partitionBy("published_month")
        writer.parquet(f"{staging}/{table}")
    # Every table is complete before any replaces its old copy: a failed job leaves the
    # previous output as it was (the staging folder is cleared on the next run).
    for table in TABLES:
        final = jvm.org.apache.hadoop.fs.Path(f"{output}/{table}")
        fs.delete(final, True)
        if not fs.rename(jvm.org.apache.hadoop.fs.Path(f"{staging}/{table}"), final):
            raise JobError(f"cannot move {staging}/{table} to {output}/{table}")
    fs.delete(jvm.org.apache.hadoop.fs.Path(staging), True)


def run(args):
    binary = resolve_binary(args.knews)
    config = resolve_config(args.config)
    schema = read_schema(binary, config)

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("knews").config("spark.ui.showConsoleProgress", "false")
    master = args.master
    if not master and "SPARK_ENV_LOADED" not in os.environ:
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # 200 shuffle partitions is a cluster's default; one machine's cores want few.
        builder = builder.config("spark.sql.shuffle.partitions", "8")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "static")
    sc = spark.sparkContext
    sc.addFile(binary)
    if config:
        sc.addFile(config)

    files, missing = list_inputs(spark, args.input)
    task = make_task(binary, config, args.timeout)
    index_of = {uri: index for index, (uri, _) in enumerate(files)}
    no_file = len(files)
    local = [(index_of[uri], path, None) for uri, path in files if path is not None]
    remote = [uri for uri, path in files if path is None]
    line_schema = "ord long, value string"
    pieces = []
    if local:
        # Local files (most of a big job on one box): through Arrow, see make_arrow_task.
        slices = min(len(local), args.partitions or sc.defaultParallelism)
        paths = spark.createDataFrame(sc.parallelize([(index, path) for index, path, _ in local], slices),
                                      "index long, path string")
        pieces.append(paths.mapInArrow(make_arrow_task(binary, config, args.timeout), line_schema))
    if remote:
        broadcast = sc.broadcast(index_of)
        pieces.append(spark.createDataFrame(
            sc.binaryFiles(",".join(remote))
            .map(lambda pair: (broadcast.value.get(pair[0], no_file), pair[0], bytes(pair[1])))
            .mapPartitions(task), line_schema))
    # Patterns that matched nothing: recorded as `knews run` records them.
    notes = [((no_file + n) << LINE_BITS, input_error(pattern, "read", f"input \"{pattern}\" matches no files"))
             for n, pattern in enumerate(missing)]
    if notes or not pieces:
        pieces.append(spark.createDataFrame(sc.parallelize(notes, 1), line_schema))
    lines = pieces[0]
    for piece in pieces[1:]:
        lines = lines.union(piece)
    tables = build_tables(spark, lines, schema)
    write_tables(spark, tables, args.output.rstrip("/"), args.mode)
    counts = {table: spark.read.parquet(f"{args.output}/{table}").count() for table in TABLES}
    print("knews_spark: " + ", ".join(f"{counts[t]} {t}" for t in TABLES) + f" in {args.output}")
    spark.stop()


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
