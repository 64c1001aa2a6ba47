#!/usr/bin/env python3
"""Checks heldout5's gold files and prints their counts: Benchmarks/eval/check_set.py on this folder."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import check_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_set.main([HERE, "--brief-prefix", "y"]))
