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

if ! command -v swift >/dev/null 2>&1; then
    echo "knews: 'swift' is not on PATH; install a Swift 6.1+ toolchain from swift.org first" >&2
    exit 1
fi
