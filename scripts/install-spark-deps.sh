#!/usr/bin/env bash
# Installs what the Spark job (spark/) and its test need, only what is missing: a Java 17
# runtime from Debian's archive, and PySpark, pyarrow and pandas from PyPI (duckdb too, for the
# README's query examples). Called by .ci/run after the Swift tests.
set -euo pipefail

if ! command -v java >/dev/null 2>&1; then
    echo "knews: installing Java for Spark: openjdk-17-jre-headless" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
fi

python=${PYTHON:-python3}
missing=()
"$python" -c "import pyspark" 2>/dev/null || missing+=("pyspark>=4.0,<5")
"$python" -c "import pyarrow" 2>/dev/null || missing+=("pyarrow>=15")
# mapInArrow (the job's tasks hand their lines to the JVM as Arrow batches) needs pandas;
# PySpark 4 does not support pandas 3 yet.
"$python" -c "import pandas" 2>/dev/null || missing+=("pandas>=2.2,<3")
"$python" -c "import duckdb" 2>/dev/null || missing+=("duckdb>=1.0")
if ((${#missing[@]})); then
    echo "knews: installing Python packages for Spark: ${missing[*]}" >&2
    # Debian's own python3 refuses pip installs outside a virtual environment (PEP 668);
    # --user with --break-system-packages leaves the system's packages alone all the same.
    "$python" -m pip install --quiet "${missing[@]}" \
        || "$python" -m pip install --quiet --user --break-system-packages "${missing[@]}"
fi
