#!/usr/bin/env python3
"""Restores the real-web pages (pages/<id>.html) from the git repositories named in MANIFEST.tsv.

The pages belong to their news outlets and are not committed; MANIFEST.tsv records, for each page,
the public GitHub repository, the commit, the path and the sha256 of the file. Give this script a
folder that holds a git copy of each repository and it writes every page byte-exact and checks its
sha256 (Python 3 standard library and the git command line only).

A repository "owner/name" is looked for in MIRRORS as any of
  owner+name/repo, owner+name/repo/.git, owner+name, owner/name, name
(the first is the layout the search tool's `fetch` produces; the others fit `git clone`).

  python3 Benchmarks/realweb/restore_pages.py --mirrors /work/.mirror
  python3 Benchmarks/realweb/restore_pages.py --mirrors ~/clones --clone   # git clone what is missing

Exit status: 0 when every page is restored and verified, 1 when some are missing or differ, 2 on bad usage.
"""
import argparse
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_manifest(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rows.append(dict(zip(header, cols)))
    return rows


def git_dir_for(mirrors, repo):
    owner, name = repo.split("/", 1)
    for cand in (os.path.join(mirrors, f"{owner}+{name}", "repo"),
                 os.path.join(mirrors, f"{owner}+{name}"),
                 os.path.join(mirrors, owner, name),
                 os.path.join(mirrors, name)):
        for gd in (os.path.join(cand, ".git"), cand):
            if os.path.isdir(gd) and os.path.exists(os.path.join(gd, "HEAD")) \
                    and os.path.isdir(os.path.join(gd, "objects")):
                return gd
    return None


def git_show(git_dir, commit, path):
    proc = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
                          capture_output=True)
    if proc.returncode != 0:
        return None, proc.stderr.decode("utf-8", "replace").strip()
    return proc.stdout, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", required=True, help="folder holding git copies of the source repositories")
    ap.add_argument("--manifest", default=os.path.join(HERE, "MANIFEST.tsv"))
    ap.add_argument("--out", default=os.path.join(HERE, "pages"), help="where to write the pages")
    ap.add_argument("--clone", action="store_true",
                    help="git clone https://github.com/<repo> into MIRRORS when a repository is missing")
    ap.add_argument("--force", action="store_true", help="rewrite pages that already exist")
    args = ap.parse_args()

    if not os.path.isfile(args.manifest):
        sys.stderr.write(f"error: no manifest at {args.manifest}\n")
        return 2
    if not os.path.isdir(args.mirrors):
        sys.stderr.write(f"error: --mirrors {args.mirrors!r} is not a folder\n")
        return 2
    os.makedirs(args.out, exist_ok=True)
    rows = read_manifest(args.manifest)
    ok, bad = 0, []
    for row in rows:
        pid, repo, commit, path, want = row["id"], row["repo"], row["commit"], row["path"], row["sha256"]
        ext = ".html"
        for e in (".html.gz", ".htm.gz", ".warc.gz", ".gz"):
            if path.lower().endswith(e):
                ext = e
        dest = os.path.join(args.out, pid + ext)
        if os.path.isfile(dest) and not args.force:
            with open(dest, "rb") as f:
                if hashlib.sha256(f.read()).hexdigest() == want:
                    ok += 1
                    continue
        gd = git_dir_for(args.mirrors, repo)
        if gd is None and args.clone:
            target = os.path.join(args.mirrors, repo.replace("/", "+"), "repo")
            print(f"cloning {repo} ...")
            subprocess.run(["git", "clone", "--quiet", "--no-checkout",
                            f"https://github.com/{repo}.git", target])
            gd = git_dir_for(args.mirrors, repo)
        if gd is None:
            bad.append((pid, f"no git copy of {repo} in {args.mirrors}"))
            continue
        data, err = git_show(gd, commit, path)
        if data is None:
            bad.append((pid, f"{repo}@{commit[:10]}:{path}: {err}"))
            continue
        got = hashlib.sha256(data).hexdigest()
        if got != want:
            bad.append((pid, f"sha256 {got[:12]}… differs from the manifest's {want[:12]}… (not written)"))
            continue
        with open(dest, "wb") as f:
            f.write(data)
        ok += 1
    print(f"restored and verified {ok}/{len(rows)} pages into {args.out}")
    for pid, why in bad:
        print(f"  {pid}: {why}")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
