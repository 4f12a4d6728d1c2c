#!/usr/bin/env python3
"""Split the annotated extraction corpus once into a development and a test half.

Every passage under Tests/ArsenalKitTests/Fixtures/Extraction/staging/<lang>/ (a text file
plus its <stem>.expected.yaml) is assigned by a stable hash of its name and a fixed seed:
within each language the passages are ordered by sha256("<seed>:<stem>") and the first
round(60 %) go to dev/<lang>/, the rest to test/<lang>/. The assignment depends only on the
seed and the passage names, so it can be reproduced and checked, but it is run ONCE: the
script refuses to run when dev/ or test/ already exist, because the split never changes.

Files are moved with `git mv` when the folder is inside a git work tree (history follows
them), otherwise with a plain rename. SPLIT.md is written beside dev/ and test/.

Usage: python3 Benchmarks/corpus/split.py [--dry-run]
"""
import hashlib
import os
import subprocess
import sys
from collections import defaultdict

SEED = 20261129
DEV_SHARE = 0.6
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BASE = os.path.join(ROOT, "Tests", "ArsenalKitTests", "Fixtures", "Extraction")
STAGING = os.path.join(BASE, "staging")
TEXT_EXTENSIONS = (".txt", ".md", ".html")


def stable_key(stem: str) -> str:
    return hashlib.sha256(f"{SEED}:{stem}".encode("utf-8")).hexdigest()


def passages(lang_dir: str):
    """(stem, [files]) for each passage; a passage without its label file is an error."""
    files = sorted(os.listdir(lang_dir))
    stems = [f[: -len(ext)] for f in files for ext in TEXT_EXTENSIONS if f.endswith(ext)]
    out = []
    for stem in stems:
        text = [f for f in files if f.startswith(stem + ".") and f.endswith(TEXT_EXTENSIONS)]
        label = stem + ".expected.yaml"
        if label not in files:
            sys.exit(f"split.py: {os.path.join(lang_dir, text[0])}: no {label} beside it")
        out.append((stem, text + [label]))
    known = {f for _, fs in out for f in fs}
    stray = [f for f in files if f not in known]
    if stray:
        sys.exit(f"split.py: {lang_dir}: files that belong to no passage: {', '.join(stray)}")
    return out


def in_git(path: str) -> bool:
    return subprocess.run(["git", "-C", path, "rev-parse", "--is-inside-work-tree"],
                          capture_output=True, text=True).returncode == 0


def move(src: str, dst: str, use_git: bool, dry: bool):
    if dry:
        return
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if use_git:
        subprocess.run(["git", "-C", ROOT, "mv", src, dst], check=True)
    else:
        os.rename(src, dst)


def main():
    dry = "--dry-run" in sys.argv[1:]
    for half in ("dev", "test"):
        if os.path.exists(os.path.join(BASE, half)):
            sys.exit(f"split.py: {os.path.join(BASE, half)} exists; the split is made once and never changes")
    if not os.path.isdir(STAGING):
        sys.exit(f"split.py: no staging folder at {STAGING}")
    use_git = in_git(BASE)
    counts = defaultdict(dict)
    for lang in sorted(os.listdir(STAGING)):
        lang_dir = os.path.join(STAGING, lang)
        if not os.path.isdir(lang_dir):
            continue
        items = sorted(passages(lang_dir), key=lambda p: stable_key(p[0]))
        n_dev = round(len(items) * DEV_SHARE)
        for i, (stem, files) in enumerate(items):
            half = "dev" if i < n_dev else "test"
            for f in files:
                move(os.path.join(lang_dir, f), os.path.join(BASE, half, lang, f), use_git, dry)
        counts[lang] = {"dev": n_dev, "test": len(items) - n_dev}
    if not dry:
        for lang in counts:
            try:
                os.rmdir(os.path.join(STAGING, lang))
            except OSError:
                pass
        try:
            os.rmdir(STAGING)
        except OSError:
            pass
    write_split_md(counts, dry)


def write_split_md(counts, dry):
    total_dev = sum(c["dev"] for c in counts.values())
    total_test = sum(c["test"] for c in counts.values())
    rows = "\n".join(f"| {lang} | {c['dev']} | {c['test']} | {c['dev'] + c['test']} |"
                     for lang, c in sorted(counts.items()))
    text = f"""# Extraction corpus split

The annotated passages were split once, after every passage in every language had been
written and annotated, by `Benchmarks/corpus/split.py`.

- Seed: `{SEED}`.
- Method: within each language (stratified), passages are ordered by
  `sha256("{SEED}:<passage name>")`; the first round({int(DEV_SHARE * 100)} %) go to `dev/<lang>/`,
  the rest to `test/<lang>/`. The assignment depends only on the seed and the names.
- Unit: the passage (its text file and its `.expected.yaml` move together).

| language | dev | test | total |
|---|---|---|---|
{rows}
| all | {total_dev} | {total_test} | {total_dev + total_test} |

**The test half is never read while tuning.** Extraction rules, language packs and
thresholds are developed against `dev/` only; `test/` is only scored, and the figures
reported for it are the ones that count. The split never changes: `split.py` refuses to
run again once `dev/` or `test/` exist, and passages added later go to a new, separately
named set rather than into these halves.
"""
    if dry:
        print(text)
    else:
        with open(os.path.join(BASE, "SPLIT.md"), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(text)


if __name__ == "__main__":
    main()
