#!/usr/bin/env bash
# The README's first command: install what is missing, build in release, and run the
# pipeline on the bundled sample corpus into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build -c release --product knews
.build/release/knews run --config pipeline.yml "$@"

echo
echo "knews: wrote output/knews.sqlite and output/csv/*.csv"
sqlite3 output/knews.sqlite \
    "SELECT 'articles', COUNT(*) FROM articles UNION ALL
     SELECT 'money_mentions', COUNT(*) FROM money_mentions UNION ALL
     SELECT 'date_mentions', COUNT(*) FROM date_mentions UNION ALL
     SELECT 'entity_mentions', COUNT(*) FROM entity_mentions;" 2>/dev/null | tr '|' '\t' || true
