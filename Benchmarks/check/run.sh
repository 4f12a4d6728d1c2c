#!/usr/bin/env bash
# Benchmarks `arsenal check` (a benchmark measures; the test suite never times):
#
#   1. throughput: MB/s of article text on one core, the catalog and phrase tables loaded
#      before timing, over a generated JSONL corpus of MB megabytes (default 100), median
#      of RUNS runs (default 3). Three corpora: a newsroom feed where DEFENCE percent of the
#      articles (default 10) are air-defence stories; an air-defence-only corpus of generated
#      stories (a claim about every 170 bytes); and the development passages of the
#      extraction corpus (Tests/.../Extraction/dev*, never the test half), repeated to MB
#      megabytes: real-style text written from published pages, about three times as dense
#      in claims as the generated stories, so the slowest and the most faithful of the three.
#   2. cold start: wall time of `arsenal check article-5k.md` (a 5 KB article), process
#      start to exit, release binary built as the README installs it (--static-swift-stdlib): hyperfine when installed, else COLD_RUNS repeated
#      runs (default 30) and their median; once with the compiled cache warm (the usual
#      case from the second run on) and once with it off.
#
# The corpus is generated deterministically (a fixed seed) into a temporary folder that
# is removed at the end; nothing generated is committed.
#
# Usage: Benchmarks/check/run.sh [MB] [RUNS]      (env: DEFENCE=10 COLD_RUNS=30)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="/opt/swift/usr/bin:$PATH"

MB=${1:-100}
RUNS=${2:-3}
DEFENCE=${DEFENCE:-10}
COLD_RUNS=${COLD_RUNS:-30}
SCRATCH=${SCRATCH:-.build-bench}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/arsenal-check-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "==> building release binaries (arsenal, arsenal-bench) in $SCRATCH"
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product arsenal >/dev/null
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product arsenal-bench >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)

echo "==> generating a ${MB} MB newsroom feed (${DEFENCE}% air-defence stories) and a ${MB} MB air-defence corpus"
"$BIN/arsenal-bench" check generate "$WORK/feed" --mb "$MB" --defence-percent "$DEFENCE"
"$BIN/arsenal-bench" check generate "$WORK/defence" --mb "$MB" --defence-percent 100

echo
echo "==> throughput: newsroom feed"
"$BIN/arsenal-bench" check throughput "$WORK/feed/corpus.jsonl" --runs "$RUNS"
echo
echo "==> throughput: air-defence corpus (claim-dense worst case)"
"$BIN/arsenal-bench" check throughput "$WORK/defence/corpus.jsonl" --runs "$RUNS"
echo
echo "==> throughput: development passages of the extraction corpus (real-style, six languages and more)"
"$BIN/arsenal-bench" check gather "$WORK/passages.jsonl" --mb "$MB" Tests/ArsenalKitTests/Fixtures/Extraction
"$BIN/arsenal-bench" check throughput "$WORK/passages.jsonl" --runs "$RUNS"

ARTICLE="$WORK/defence/article-5k.md"
# The compiled cache (parsed database and packs) lives in a folder of its own here, so
# the run neither reads nor disturbs the user's; warm-up runs fill it.
export ARSENAL_CACHE_DIR="$WORK/cache"
cold_start() {
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --warmup 3 --runs "$COLD_RUNS" -i "$*"
        return
    fi
    "$@" >/dev/null || true
    times=()
    for _ in $(seq 1 "$COLD_RUNS"); do
        start=$(date +%s%N)
        "$@" >/dev/null || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    median=$(printf '%s\n' "$sorted" | awk -v n="${#times[@]}" 'NR == int((n + 1) / 2) { print }')
    min=$(printf '%s\n' "$sorted" | head -n 1)
    max=$(printf '%s\n' "$sorted" | tail -n 1)
    awk -v med="$median" -v lo="$min" -v hi="$max" -v n="$COLD_RUNS" \
        'BEGIN { printf "%d runs: median %.1f ms (min %.1f, max %.1f)\n", n, med / 1000, lo / 1000, hi / 1000 }'
}
echo
echo "==> cold start: arsenal check on a $(wc -c <"$ARTICLE") byte article (compiled cache warm)"
cold_start "$BIN/arsenal" check "$ARTICLE" --fail-on never
echo
echo "==> cold start without the compiled cache (ARSENAL_CACHE_DIR=off: the YAML parsed at every start)"
ARSENAL_CACHE_DIR=off cold_start "$BIN/arsenal" check "$ARTICLE" --fail-on never
