#!/usr/bin/env bash
# Benchmarks the claims text layer (Document reading + QuantityScanner) on one core and
# compares its quantity finding with quantulum3 on the same generated corpus.
#
#   Benchmarks/scan/run.sh                 # 100 MB corpus, 3 runs each
#   SIZE_MB=20 RUNS=5 Benchmarks/scan/run.sh
#
# Environment:
#   SIZE_MB        corpus size in MB (default 100)
#   RUNS           runs per measurement; medians are printed (default 3)
#   QUANTULUM_MB   how much of the corpus quantulum3 reads (default 0.5; it manages well
#                  under 1 MB/s, so the whole corpus would take hours; throughput is per
#                  byte, so the figures compare)
#   VENV           virtualenv for quantulum3 (default Benchmarks/.venv, git-ignored)
#   ARSENAL_BENCH  a prebuilt arsenal-bench binary (default: release build below)
#
# The corpus is generated into a temporary folder and removed afterwards; nothing is
# committed. Output: one line per tool and the ratio.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
size_mb=${SIZE_MB:-100}
runs=${RUNS:-3}
quantulum_mb=${QUANTULUM_MB:-0.5}
venv=${VENV:-$root/Benchmarks/.venv}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

echo "== generating a ${size_mb} MB corpus"
python3 "$here/generate.py" "$work" "$size_mb"
corpus="$work/corpus.txt"

bench=${ARSENAL_BENCH:-}
if [ -z "$bench" ]; then
  echo "== building arsenal-bench (release)"
  (cd "$root" && swift build -c release --scratch-path "$root/.build-text-release" --product arsenal-bench >/dev/null)
  bench="$root/.build-text-release/release/arsenal-bench"
fi

echo "== arsenal (Document reading + QuantityScanner), median of $runs"
if ! arsenal_out=$("${pin[@]}" "$bench" scan --file "$corpus" --runs "$runs") || ! grep -q scan_mb_per_s <<<"$arsenal_out"; then
  echo "arsenal-bench has no 'scan' mode: add" >&2
  echo '  case "scan": runScanBenchmark(arguments: Array(benchmarkArguments.dropFirst()))' >&2
  echo "to Benchmarks/arsenal-bench/main.swift" >&2
  exit 1
fi
echo "$arsenal_out"

echo "== the same corpus read as Markdown (conversion + offset map), median of $runs"
"${pin[@]}" "$bench" scan --file "$corpus" --runs "$runs" --format markdown

echo "== the same corpus as one ${size_mb} MB line (no line breaks at all), 1 run"
tr '\n' ' ' <"$corpus" >"$work/one-line.txt"
"${pin[@]}" "$bench" scan --file "$work/one-line.txt" --runs 1
rm -f "$work/one-line.txt"

if [ ! -x "$venv/bin/python" ]; then
  echo "== installing quantulum3 into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet quantulum3
fi
echo "== quantulum3 on the first ${quantulum_mb} MB, median of $runs"
quantulum_out=$("${pin[@]}" "$venv/bin/python" "$here/quantulum_bench.py" "$corpus" "$quantulum_mb" "$runs")
echo "$quantulum_out"

scan=$(sed -n 's/.* scan_mb_per_s=\([0-9.]*\).*/\1/p' <<<"$arsenal_out" | head -1)
both=$(sed -n 's/.*read_and_scan_mb_per_s=\([0-9.]*\).*/\1/p' <<<"$arsenal_out")
quantulum=$(sed -n 's/.*quantulum3_mb_per_s=\([0-9.]*\).*/\1/p' <<<"$quantulum_out")
python3 - "$scan" "$both" "$quantulum" <<'PY'
import sys
scan, both, quantulum = map(float, sys.argv[1:])
print(f"== QuantityScanner {scan:.1f} MB/s, read+scan {both:.1f} MB/s, quantulum3 {quantulum:.3f} MB/s")
print(f"== ratio: scanner/quantulum3 = {scan / quantulum:.0f}x, read+scan/quantulum3 = {both / quantulum:.0f}x")
PY
