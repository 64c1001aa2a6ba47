#!/usr/bin/env bash
# Installs what only the tests need, beyond scripts/install-deps.sh: LibreOffice Calc (headless)
# and python3-openpyxl for the spreadsheet round trip (SpreadsheetRoundTripTests converts the
# CSVs to xlsx and reads them back), and Java 17 with PySpark for the Spark job's test
# (scripts/install-spark-deps.sh). Called by .ci/run; the quickstart does not need any of it.
set -euo pipefail
cd "$(dirname "$0")/.."

# Best effort: where Debian's archive cannot provide them the spreadsheet test skips and says so.
if ! command -v soffice >/dev/null 2>&1 || ! dpkg -s python3-openpyxl >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "knews: installing LibreOffice Calc (headless) and python3-openpyxl for the spreadsheet test" >&2
    $sudo apt-get update -qq || true
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            libreoffice-calc-nogui python3-openpyxl; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            libreoffice-calc python3-openpyxl \
            || echo "knews: LibreOffice could not be installed; SpreadsheetRoundTripTests will skip" >&2
    fi
fi

scripts/install-spark-deps.sh
