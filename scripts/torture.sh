#!/usr/bin/env bash
# The faults a nightly run meets, repeated (issue 20): a kill -9 series at random moments
# across first loads, post-commit exports and incremental runs, then a fuzz series of
# mutated and hostile pages. Prints: runs killed, whether the final database equals a clean
# run, whether the CSVs equal the database, peak RSS and the slowest page.
#
#   scripts/torture.sh [--knews PATH] [--kills N] [--copies N] [--fuzz N] [--seed N]
#
# Use a release build (swift build -c release). Needs python3 and /usr/bin/time. Works in a
# temporary folder, removed at the end (kept with KEEP=1).
set -u
cd "$(dirname "$0")/.."
KNEWS=.build/release/knews
KILLS=20
COPIES=60
FUZZ=300
SEED=${RANDOM}
while [ $# -gt 0 ]; do
    case "$1" in
        --knews) KNEWS=$2; shift 2 ;;
        --kills) KILLS=$2; shift 2 ;;
        --copies) COPIES=$2; shift 2 ;;
        --fuzz) FUZZ=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        *) echo "usage: $0 [--knews PATH] [--kills N] [--copies N] [--fuzz N] [--seed N]" >&2; exit 1 ;;
    esac
done
KNEWS=$(realpath "$KNEWS")
CONFIG=$(realpath pipeline.yml)
RANDOM=$SEED
work=$(mktemp -d /tmp/knews-torture.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
peak_kb=0

# Runs knews under /usr/bin/time, keeping the highest peak RSS; extra environment first.
measured() {
    local kb
    env "$@" >/dev/null 2>"$work/last.err"
    local status=$?
    kb=$(grep -o 'peak-kb [0-9]*' "$work/last.err" | tail -1 | cut -d' ' -f2)
    [ -n "$kb" ] && [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
    return $status
}
run() {  # run [ENV=...] -- knews arguments
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    measured "${envs[@]}" /usr/bin/time -f 'peak-kb %M' "$KNEWS" run --config "$CONFIG" --jobs 2 --quiet "$@"
}

python3 scripts/torture_corpus.py clean "$work/corpus" "$COPIES"
A="--input $work/corpus/a"
AB="$A --input $work/corpus/b"
ABC="$AB --input $work/corpus/c"

start=$(date +%s.%N)
run -- $ABC --sqlite "$work/ref/k.sqlite" --csv-dir "$work/ref/csv" || { echo "clean run failed"; cat "$work/last.err"; exit 1; }
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc)
# Random moments up to the clean run's duration (in ms), at least 0.2 s.
span_ms=$(echo "$clean_seconds * 1000 / 1" | bc)
[ "$span_ms" -lt 200 ] && span_ms=200

db="$work/t/k.sqlite"
csv="$work/t/csv"
killed=0
attempts=0
declare -A by_phase=([first]=0 [incremental]=0 [post-commit]=0)
phases=(first incremental post-commit)
while [ "$killed" -lt "$KILLS" ] && [ "$attempts" -lt $((KILLS * 5)) ]; do
    attempts=$((attempts + 1))
    phase=${phases[$((RANDOM % 3))]}
    envs=()
    case "$phase" in
        first)
            rm -rf "$work/t"; inputs=$A ;;
        incremental)
            [ -f "$db" ] || run -- $A --sqlite "$db" --csv-dir "$csv"
            if [ $((RANDOM % 2)) = 0 ]; then inputs=$AB; else inputs=$ABC; fi ;;
        post-commit)
            # The database commits, then the process dies before its CSVs.
            if [ $((RANDOM % 2)) = 0 ]; then rm -rf "$work/t"; inputs=$A; else inputs=$ABC; fi
            envs=(KNEWS_FAULT=after-commit) ;;
    esac
    if [ "$phase" = post-commit ]; then
        run "${envs[@]}" -- $inputs --sqlite "$db" --csv-dir "$csv"
        status=$?
    else
        "$KNEWS" run --config "$CONFIG" --jobs 2 --quiet $inputs --sqlite "$db" --csv-dir "$csv" >/dev/null 2>&1 &
        pid=$!
        sleep "$(echo "scale=3; $((RANDOM % span_ms)) / 1000" | bc)"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        status=$?
    fi
    if [ "$status" = 137 ]; then
        killed=$((killed + 1))
        by_phase[$phase]=$((by_phase[$phase] + 1))
        echo "kill $killed: $phase" >&2
    fi
done

# The next normal runs finish the job; the result must be the clean run's.
run -- $ABC --sqlite "$db" --csv-dir "$csv"
final_status=$?
if python3 scripts/torture_check.py same-data "$db" "$work/ref/k.sqlite" >"$work/same.txt"; then same=yes; else same="NO ($(cat "$work/same.txt"))"; fi
# A fresh export of a copy of the final database, to compare the folder with.
mkdir -p "$work/copy" && cp "$db" "$work/copy/k.sqlite"
mkdir -p "$work/empty"
"$KNEWS" run --config "$CONFIG" --quiet --input "$work/empty" --sqlite "$work/copy/k.sqlite" --csv-dir "$work/copy/csv" >/dev/null 2>&1
if python3 scripts/torture_check.py csv-equal "$csv" "$work/copy/csv" >"$work/csv.txt"; then csv_same=yes; else csv_same="NO ($(cat "$work/csv.txt"))"; fi

# The fuzz series: mutated and hostile pages, two jobs, memory measured.
python3 scripts/torture_corpus.py fuzz "$work/fuzz" "$FUZZ" "$SEED"
fuzz_start=$(date +%s.%N)
run -- --input "$work/fuzz" --sqlite "$work/fuzz.sqlite" --csv-dir "$work/fuzz-csv"
fuzz_status=$?
fuzz_seconds=$(echo "$(date +%s.%N) - $fuzz_start" | bc)
fuzz_errors=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select count(*) from input_errors').fetchone()[0], 'input_errors rows,', c.execute('select count(*) from articles').fetchone()[0], 'articles')" "$work/fuzz.sqlite")
slowest=$(python3 scripts/torture_check.py slowest "$KNEWS" "$work/fuzz")

echo "seed:                         $SEED"
echo "clean run:                    $(printf %.1f "$clean_seconds") s for $(find "$work/corpus" -name '*.html' | wc -l) pages"
echo "runs killed:                  $killed of $attempts attempts: ${by_phase[first]} first loads and ${by_phase[incremental]} incremental runs by kill -9 at random moments, ${by_phase[post-commit]} right after the commit (KNEWS_FAULT)"
echo "final run exit status:        $final_status"
echo "final database = clean run:   $same"
echo "CSVs = database:              $csv_same"
echo "fuzz run:                     exit $fuzz_status, $(printf %.1f "$fuzz_seconds") s, $fuzz_errors"
echo "peak RSS (2 jobs):            $((peak_kb / 1024)) MB"
echo "slowest page (knews extract): $slowest"
