"""Builds heldout5's normalization/paragraphs.jsonl from norm_src.py with Benchmarks/eval/gold_build.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "eval"))
import gold_build  # noqa: E402

gold_build.build_norm(os.path.join(HERE, ".."))
