#!/usr/bin/env python3
"""Measures quantulum3's quantity finding on the same corpus as `arsenal-bench scan`.

usage: quantulum_bench.py CORPUS [MEGABYTES] [RUNS]

Parses the first MEGABYTES (default 2) of CORPUS paragraph by paragraph with
quantulum3.parser.parse, RUNS times (default 3), and prints the median throughput in MB/s
(10^6 bytes of input per second) and the number of quantities found. quantulum3 is far
slower than the Swift scanner, so it reads a prefix of the corpus; throughput is per byte,
so the two figures compare directly.
"""
import statistics
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from quantulum3 import parser  # noqa: E402


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    path = sys.argv[1]
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 2
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    limit = int(megabytes * 1_000_000)
    with open(path, "rb") as handle:
        data = handle.read(limit)
    # Cut at a paragraph boundary so no sentence is split.
    cut = data.rfind(b"\n\n")
    data = data[: cut + 2] if cut > 0 else data
    paragraphs = data.decode("utf-8", errors="ignore").split("\n\n")
    parser.parse("warm up: 6 km")
    seconds = []
    found = 0
    for _ in range(runs):
        start = time.perf_counter()
        found = sum(len(parser.parse(paragraph)) for paragraph in paragraphs if paragraph)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    print(f"input_bytes={len(data)} runs={runs} quantities={found}")
    print(f"quantulum3_mb_per_s={len(data) / 1e6 / median:.3f}")


if __name__ == "__main__":
    main()
