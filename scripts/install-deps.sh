#!/usr/bin/env bash
# Installs the Debian packages knews builds and tests against, only those missing.
# Swift itself is not in Debian's archive: it must already be on PATH (swift.org toolchain).
set -euo pipefail

packages=(libxml2-dev libsqlite3-dev zlib1g-dev pkg-config sqlite3 python3)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "knews: installing missing Debian packages: ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# For the spreadsheet round-trip test only (LibreOffice headless converts the CSVs to xlsx,
# openpyxl reads them back). Best effort: where Debian's archive cannot provide them the test
# skips and says so; nothing else needs them.
if ! command -v soffice >/dev/null 2>&1 || ! python3 -c 'import openpyxl' >/dev/null 2>&1; then
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

if ! command -v swift >/dev/null 2>&1; then
    echo "knews: 'swift' is not on PATH; install a Swift 6.1+ toolchain from swift.org first" >&2
    exit 1
fi
