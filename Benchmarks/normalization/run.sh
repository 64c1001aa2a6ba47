#!/bin/sh
# Normalization microbenchmark: release build, one thread, deterministic generated Korean news
# text. Usage: Benchmarks/normalization/run.sh [MB] [JSON-FILE]
# Prints MB/s of UTF-8 body text (thread CPU time and wall time) and writes the JSON figures.
set -eu
cd "$(dirname "$0")/../.."
mb="${1:-50}"
json="${2:-output/normalization-bench.json}"
mkdir -p "$(dirname "$json")"
swift build -c release --product knews-bench >&2
.build/release/knews-bench normalization --mb "$mb" --json "$json"
.build/release/knews-bench normalization --mb "$mb" --dense
