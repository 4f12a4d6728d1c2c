#!/usr/bin/env python3
"""Time and peak memory of Arsenal on hostile input shapes at growing sizes.

A benchmark, not a test: it prints a table and judges nothing. For each shape it writes an
input of 1, 2, 4, 8 and 16 MB (by default) into a temporary folder, runs the release
binary once per size and reports CPU time (user + system), wall time and peak resident memory (from wait4), then the
growth factor per doubling: about 2.0 is linear time, about 4.0 quadratic.

Shapes:
  line       one line packed with claims ("The Igla-S has a range of 6 km. ..."), check
  paragraph  one paragraph of claims, a sentence a line, no blank line, check
  systems    one sentence naming system after system, with one figure at its end, check
  accents    Spanish text of words with stray accents that begin like system names
             ("Iglá Iglé Stíngér ..."), check: each word start is tried against the names
             written with an accent (quadratic before 30 November: about 300 s at 1 MB)
  extends    a data folder whose records form one `extends` chain (N MB of records),
             `validate`, then `show` of the last variant
  jsonl      a JSONL archive of generated articles, `check --jsonl --format jsonl`
  comments   a Markdown article with an `arsenal-ignore` comment on every line, check
  text       the line shape again, with the text report instead of JSON
  where      `list --where` with one long chain of `or`s; an argument may not pass 128 KB,
             so its sizes are KB where the others' are MB (1 KB ... 16 KB by default,
             x8 with --where-scale 8)

Usage: Benchmarks/robust/run.py [--sizes 1,2,4,8,16] [--shapes line,paragraph,...]
                                [--bin DIR] [--no-build]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MB = 1 << 20

SENTENCES = [
    "The Igla-S has a range of 6 km and reaches 3,500 m. ",
    "The Stinger weighs 15.2 kg and flies at Mach 2.2. ",
    "Mistral missiles reach 8 km, while the Strela-2 reaches only 3.6 km. ",
    "A Starstreak can hit targets at up to 7 km. ",
]
SYSTEMS = ["Igla-S", "Stinger", "Mistral", "Strela-2", "Grom", "Piorun", "Starstreak", "FN-6",
           "Anza", "Verba", "Igla", "RBS 70", "Redeye", "QW-2", "Chiron", "Strela-3"]


def repeat_to(size, pieces, joiner=""):
    out, total, i = [], 0, 0
    while total < size:
        piece = pieces[i % len(pieces)] + joiner
        out.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(out)


def make_line(size, folder):
    path = os.path.join(folder, "line.md")
    with open(path, "w") as f:
        f.write(repeat_to(size, SENTENCES) + "\n")
    return path


def make_paragraph(size, folder):
    path = os.path.join(folder, "paragraph.md")
    with open(path, "w") as f:
        f.write(repeat_to(size, [s.rstrip() for s in SENTENCES], "\n"))
    return path


def make_systems(size, folder):
    path = os.path.join(folder, "systems.md")
    with open(path, "w") as f:
        f.write("The " + repeat_to(size, SYSTEMS, ", ") + "and Igla-S have a range of 5 km.\n")
    return path


def make_accents(size, folder):
    path = os.path.join(folder, "accents.txt")
    with open(path, "w") as f:
        f.write("El sistema Iglá-S. " + repeat_to(size, ["Iglá", "Iglé", "Iglí", "Stíngér"], " ") + "\n")
    return path


def make_comments(size, folder):
    path = os.path.join(folder, "comments.md")
    lines = [s.rstrip() + " <!-- arsenal-ignore max_range -->" for s in SENTENCES]
    with open(path, "w") as f:
        f.write(repeat_to(size, lines, "\n"))
    return path


def make_where(size):
    clauses, total, i = [], 0, 0
    while total < size:
        clause = "max_range >= %d km" % (i % 50 + 1)
        clauses.append(clause)
        total += len(clause) + 4
        i += 1
    return " or ".join(clauses)


def make_extends(size, folder):
    data = os.path.join(folder, "data")
    os.makedirs(os.path.join(data, "systems"))
    with open(os.path.join(data, "sources.yaml"), "w") as f:
        f.write("schema_version: 1\nsources:\n  - id: s\n    title: A generated source\n"
                "    publisher: Arsenal benchmark\n    url: https://example.org/s\n    retrieved: 2025-01-01\n")
    total, i = 0, 0
    while total < size:
        if i == 0:
            text = ("schema_version: 1\nid: r0\nname: R 0\nkind: manpads\norigin: RU\nspecs:\n"
                    "  max_range:\n    - {value: 5 km, source: s}\n")
        else:
            text = ("schema_version: 1\nid: r%d\nname: R %d\nkind: manpads\nextends: r%d\nspecs:\n"
                    "  max_altitude:\n    - {value: %d m, source: s}\n" % (i, i, i - 1, 1000 + i % 3000))
        with open(os.path.join(data, "systems", "r%d.yaml" % i), "w") as f:
            f.write(text)
        total += len(text)
        i += 1
    return data, "r%d" % (i - 1), i


def make_jsonl(size, folder, bench):
    subprocess.run([bench, "check", "generate", folder, "--mb", str(max(1, size // MB)),
                    "--defence-percent", "10"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, "corpus.jsonl")


def measure(argv):
    """Runs argv; returns (CPU seconds, peak RSS in MB, exit status, wall seconds).

    CPU time (user + system) is what the growth is computed from: on a shared machine the
    wall time also counts waiting for a core. The figures come from GNU time, which forks
    the command itself: a child forked straight from this script would inherit the
    script's own high-water memory (grown while it built the inputs) as its peak."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        start = time.monotonic()
        with open(os.devnull, "w") as null:
            status = subprocess.run(["/usr/bin/time", "-q", "-f", "%U %S %M", "-o", report.name] + argv,
                                    stdout=null, stderr=null, stdin=subprocess.DEVNULL, cwd=ROOT).returncode
        elapsed = time.monotonic() - start
        user, system, peak_kb = report.read().split()[-3:]
    return float(user) + float(system), int(peak_kb) / 1024.0, status, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,2,4,8,16")
    parser.add_argument("--shapes", default="line,paragraph,systems,accents,comments,text,extends,jsonl,where")
    parser.add_argument("--where-scale", type=int, default=1, help="KB of --where per size step")
    parser.add_argument("--bin", help="folder with release arsenal and arsenal-bench")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    scratch = os.environ.get("SCRATCH", ".build-bench")
    if args.bin:
        bin_dir = args.bin
    else:
        if not args.no_build:
            for product in ("arsenal", "arsenal-bench"):
                subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--product", product],
                               cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        bin_dir = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--show-bin-path"],
                                 cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    arsenal = os.path.join(bin_dir, "arsenal")
    bench = os.path.join(bin_dir, "arsenal-bench")

    print("%-10s %6s %9s %9s %9s %6s  %s" % ("shape", "MB", "CPU s", "wall s", "peak MB", "exit",
                                              "growth (CPU time per doubling)"))
    for shape in args.shapes.split(","):
        previous = None
        for size_mb in sizes:
            folder = tempfile.mkdtemp(prefix="arsenal-robust-")
            try:
                size = size_mb * MB
                note = ""
                if shape == "line":
                    result = measure([arsenal, "check", make_line(size, folder), "--format", "json"])
                elif shape == "paragraph":
                    result = measure([arsenal, "check", make_paragraph(size, folder), "--format", "json"])
                elif shape == "comments":
                    result = measure([arsenal, "check", make_comments(size, folder), "--format", "json"])
                elif shape == "text":
                    result = measure([arsenal, "check", make_line(size, folder), "--all"])
                elif shape == "where":
                    expression = make_where(size_mb * args.where_scale * 1024)
                    result = measure([arsenal, "list", "--where", expression])
                    note = "%d KB expression" % (size_mb * args.where_scale)
                elif shape == "systems":
                    # Names alone tell no language: it is given.
                    result = measure([arsenal, "check", make_systems(size, folder), "--format", "json", "--language", "en"])
                elif shape == "accents":
                    result = measure([arsenal, "check", make_accents(size, folder), "--format", "json", "--language", "es"])
                elif shape == "extends":
                    data, last, count = make_extends(size, folder)
                    validate = measure([arsenal, "validate", data])
                    show = measure([arsenal, "show", last, "--data", data])
                    result = (validate[0] + show[0], max(validate[1], show[1]), max(validate[2], show[2]),
                              validate[3] + show[3])
                    note = "%d records; validate %.2f s, show %.2f s CPU" % (count, validate[0], show[0])
                elif shape == "jsonl":
                    corpus = make_jsonl(size, folder, bench)
                    result = measure([arsenal, "check", "--jsonl", corpus, "--format", "jsonl"])
                else:
                    sys.exit("unknown shape %s" % shape)
                seconds, peak, status, wall = result
                growth = "" if previous is None or previous <= 0 else "x%.2f" % (seconds / previous)
                previous = seconds
                print("%-10s %6d %9.2f %9.2f %9.1f %6d  %s %s" % (shape, size_mb, seconds, wall, peak, status, growth, note),
                      flush=True)
            finally:
                shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
