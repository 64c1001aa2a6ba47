#!/usr/bin/env bash
# Writes everything knews outputs for a fixed set of inputs into one folder, in a form that
# can be compared byte for byte between two builds: every SQLite table dumped with its rows
# sorted (minus the columns that hold times, durations or ids of the run), every CSV with its
# rows sorted (minus the time columns), `knews analyze` JSON lines sorted, `knews tag --jsonl`
# and `knews normalize --jsonl` on the held-out sets. A speed change must leave it identical:
#
#   Benchmarks/same_output.sh /work/main/.build/release/knews /tmp/ref
#   Benchmarks/same_output.sh .build/release/knews /tmp/new && diff -r /tmp/ref /tmp/new
#
# Optional third argument: a generated corpus folder (its pipeline.yml is used), run with
# --jobs 1 and --jobs 2, both of which must give the same tables.
set -euo pipefail
KNEWS=$(realpath "$1"); OUT=$2; CORPUS=${3:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CANON="python3 $ROOT/Benchmarks/canonical_jsonl.py"
rm -rf "$OUT"; mkdir -p "$OUT"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

dump_db() {  # $1 sqlite file, $2 output folder
    mkdir -p "$2"
    python3 - "$1" "$2" <<'EOF'
import sqlite3, sys, os
db, out = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
# Times, durations and run ids change between two runs of the same build.
volatile = {"started_at", "finished_at", "seconds", "duration_seconds", "stage_seconds",
            "created_at", "updated_at", "run_id", "first_run_id", "last_run_id", "fetched_at",
            "first_seen_run", "last_seen_run", "knews_version", "elapsed"}
for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"):
    cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
    keep = [c for c in cols if c not in volatile and not c.endswith("_seconds")]
    if t in ("runs", "schema_version", "schema_migrations"):
        keep = [c for c in keep if c in ("status", "articles", "inputs", "errors", "input_warnings",
                                          "articles_new", "articles_changed", "files_seen")]
    sel = ", ".join(f'quote("{c}")' for c in keep) or "1"
    rows = sorted("\t".join(map(str, r)) for r in con.execute(f'SELECT {sel} FROM "{t}"'))
    with open(os.path.join(out, t + ".tsv"), "w") as f:
        f.write("\t".join(keep) + "\n")
        f.write("\n".join(rows) + "\n")
for (n, s) in con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"):
    with open(os.path.join(out, "_schema.sql"), "a") as f:
        f.write(s + ";\n")
EOF
}

dump_csv() {  # $1 csv folder, $2 output folder
    mkdir -p "$2"
    python3 - "$1" "$2" <<'EOF'
import csv, sys, os, io
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    p = os.path.join(src, name)
    if not name.endswith(".csv"):
        # The manifest names each file with its bytes and hash (the CSVs' exact bytes): kept,
        # minus the database path, times, and runs.csv's hash (it holds the run's times).
        import json
        def clean(v):
            if isinstance(v, dict):
                if v.get("name") == "runs.csv":
                    v = {k: x for k, x in v.items() if k not in ("sha256", "bytes")}
                return {k: clean(x) for k, x in v.items()
                        if k != "database" and not k.endswith("_at") and "seconds" not in k}
            if isinstance(v, list):
                return [clean(x) for x in v]
            return v
        try:
            text = json.dumps(clean(json.load(open(p))), indent=1, sort_keys=True, ensure_ascii=False)
        except ValueError:
            text = open(p, encoding="utf-8", errors="replace").read()
        open(os.path.join(out, name), "w").write(text + "\n")
        continue
    with open(p, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], rows[1:]
    drop = {i for i, c in enumerate(head) if c in ("run_id", "started_at", "finished_at") or c.endswith("_seconds")}
    cut = lambda r: [c for i, c in enumerate(r) if i not in drop]
    with open(os.path.join(out, name + ".sorted"), "w") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cut(head))
        for r in sorted(cut(r) for r in body):
            w.writerow(r)
EOF
}

run_case() {  # $1 name, $2 config, $3 jobs
    local d="$WORK/$1"
    mkdir -p "$d"
    "$KNEWS" run --config "$2" --sqlite "$d/knews.sqlite" --csv-dir "$d/csv" --jobs "$3" \
        > "$d/stdout" 2> "$d/stderr" || echo "exit $?" > "$OUT/$1.exit"
    dump_db "$d/knews.sqlite" "$OUT/$1/db"
    dump_csv "$d/csv" "$OUT/$1/csv"
}

run_case sample-j1 "$ROOT/pipeline.yml" 1
run_case sample-j2 "$ROOT/pipeline.yml" 2
"$KNEWS" analyze --config "$ROOT/pipeline.yml" "$ROOT/samples" 2>/dev/null | $CANON > "$OUT/sample-analyze.jsonl"

# Round-1 held-out pages (extraction) and the round-2 held-out JSON lines.
"$KNEWS" analyze "$ROOT/Benchmarks/heldout" 2>/dev/null | $CANON > "$OUT/heldout-analyze.jsonl" || true
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    a = json.loads(l); print(json.dumps({"id": a["id"], "title": a.get("title", ""), "body": a["body"]}, ensure_ascii=False))
' "$ROOT/Benchmarks/heldout2/tagging/articles.jsonl" | "$KNEWS" tag --jsonl 2>/dev/null | $CANON > "$OUT/heldout2-tag.jsonl" || true
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    a = json.loads(l); print(json.dumps({"id": a["id"], "text": a["text"], "published_at": a.get("published_at")}, ensure_ascii=False))
' "$ROOT/Benchmarks/heldout2/normalization/paragraphs.jsonl" | "$KNEWS" normalize --jsonl 2>/dev/null | $CANON > "$OUT/heldout2-normalize.jsonl" || true

if [ -n "$CORPUS" ]; then
    run_case corpus-j1 "$CORPUS/pipeline.yml" 1
    run_case corpus-j2 "$CORPUS/pipeline.yml" 2
    "$KNEWS" analyze --config "$CORPUS/pipeline.yml" "$CORPUS" 2>/dev/null | $CANON > "$OUT/corpus-analyze.jsonl"
fi
echo "written: $OUT"
