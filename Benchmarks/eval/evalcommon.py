"""Helpers shared by the held-out evaluation scripts (Python 3 standard library only)."""
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

EVAL_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(EVAL_DIR))
HELDOUT_DIR = os.path.join(REPO_ROOT, "Benchmarks", "heldout")


def resolve_knews(path):
    """Finds the knews binary: as given, else relative to the repository root."""
    candidates = [path]
    if not os.path.isabs(path):
        candidates.append(os.path.join(REPO_ROOT, path))
    for c in candidates:
        if os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    found = shutil.which(path)
    if found:
        return found
    sys.stderr.write(
        f"error: knews binary not found at {path!r} (also tried {candidates[1:]}).\n"
        "Build it first: swift build -c release --product knews, or pass --knews PATH.\n")
    sys.exit(2)


def run_knews(knews, args, stdin_text=None, timeout=600):
    """Runs knews and returns (records, stderr, returncode, seconds). Bad JSON lines are reported, not fatal."""
    import time
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([knews] + args, input=stdin_text, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout)
    except OSError as e:
        sys.stderr.write(f"error: could not run {knews}: {e}\n")
        return [], str(e), -1, 0.0
    except subprocess.TimeoutExpired:
        sys.stderr.write(f"error: {knews} {' '.join(args[:2])} timed out after {timeout}s\n")
        return [], "timeout", -1, float(timeout)
    secs = time.perf_counter() - t0
    records, bad = [], 0
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            bad += 1
    if bad:
        sys.stderr.write(f"warning: {bad} stdout line(s) from knews were not JSON and were ignored\n")
    if proc.returncode != 0:
        sys.stderr.write(f"warning: knews exited with status {proc.returncode}\n")
        tail = proc.stderr.strip().splitlines()[-5:]
        for t in tail:
            sys.stderr.write(f"  knews stderr: {t}\n")
    return records, proc.stderr, proc.returncode, secs


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")


def norm_text(s):
    """NFC and whitespace normalization (NBSP, zero-width spaces, runs of spaces) for exact-match fields."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s)
    return _WS.sub(" ", s).strip()


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def spans_overlap(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1
