"""What the scripts/generate_*.py generators share.

Every word list knews uses is a checked-in TSV file; a generator turns it into a Swift table.
They all read TSV lines the same way, quote Swift strings the same way, and write the Swift
file or check that the checked-in one is current the same way (the tests run `--check` or
`--stdout`, so a TSV edited without running its generator fails the build's tests).
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def swift_string(text):
    """A Swift string literal holding `text`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tsv_lines(path):
    """(line number, cells) of every line that is neither blank nor a `#` comment, the header
    row included (each generator checks its own header and cells)."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield number, line.split("\t")


def emit(text, output, script, argv):
    """Writes `text` to `output`; with `--stdout` prints it instead; with `--check` writes
    nothing and returns 1 (saying what to run) when the checked-in file differs. Returns the
    exit status."""
    name = os.path.relpath(output, ROOT)
    if "--stdout" in argv[1:]:
        sys.stdout.write(text)
        return 0
    if "--check" in argv[1:]:
        try:
            with open(output, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.stderr.write(f"{name} is out of date: run python3 scripts/{script}\n")
            return 1
        return 0
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    return 0
