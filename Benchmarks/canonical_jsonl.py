#!/usr/bin/env python3
"""Reads JSON lines on stdin, prints each with its keys sorted, lines sorted: two runs whose
JSON objects are equal then print the same bytes (knews' JSON key order is not fixed)."""
import json
import sys

lines = []
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    try:
        lines.append(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False))
    except ValueError:
        lines.append(line)
sys.stdout.write("".join(l + "\n" for l in sorted(lines)))
