#!/usr/bin/env bash
# Load benchmark of `arsenal serve`: POST /v1/check with a 5 KB Markdown article, driven
# by wrk (Debian's package) on loopback, bounded in time. Prints wrk's requests per second
# and latency percentiles, the server's resident memory sampled every 10 seconds (so a
# long run shows whether memory stays flat), the load average before and after (the
# machine is shared: a busy machine halves the figures), and the server's own CPU time per
# request, which does not depend on what else runs.
#
# Where the time of one check goes, outside HTTP: swift build -c release --product
# arsenal-bench && .build/release/arsenal-bench serve-costs ARTICLE.
#
# usage: Benchmarks/serve-load/run.sh [DURATION_SECONDS=30] [CONNECTIONS=16] [WRK_THREADS=1]
#   e.g. Benchmarks/serve-load/run.sh 300     # the 5-minute memory run
#   ARSENAL_BIN=.build/release/arsenal skips the build.
#
# The article is built from Examples/ (the Venezuela story and the explainer, repeated
# to 5,000-5,200 bytes), so every request makes the server find and judge real claims.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

DURATION=${1:-30}
CONNECTIONS=${2:-16}
THREADS=${3:-1}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

# ARSENAL_BIN=path uses an arsenal already built in release mode.
if [ -z "${ARSENAL_BIN:-}" ]; then
    swift build -c release --static-swift-stdlib --product arsenal >/dev/null
    BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/arsenal"
    echo "arsenal: release build ($BIN)"
else
    BIN=$ARSENAL_BIN
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/arsenal-serve-load.XXXXXX")
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

ARTICLE="$WORK/article.md"
: >"$ARTICLE"
while [ "$(wc -c <"$ARTICLE")" -lt 5000 ]; do
    cat Examples/venezuela-igla-s.md Examples/manpads-explainer.md >>"$ARTICLE"
done
head -c 5200 "$ARTICLE" >"$WORK/a" && mv "$WORK/a" "$ARTICLE"
# Cut at the last full line so the article ends cleanly.
python3 - "$ARTICLE" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8", errors="ignore").read()
open(path, "w", encoding="utf-8").write(text[: text.rfind("\n") + 1])
PY
SIZE=$(wc -c <"$ARTICLE")

cat >"$WORK/post.lua" <<LUA
local file = io.open("$ARTICLE", "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/markdown"
LUA

"$BIN" serve --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
    PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$WORK/serve.out")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || { echo "arsenal serve did not start" >&2; cat "$WORK/serve.err" >&2; exit 1; }
URL="http://127.0.0.1:$PORT/v1/check"

FINDINGS=$(curl -s -H 'Content-Type: text/markdown' --data-binary @"$ARTICLE" "$URL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["findings"])')
echo "article: $SIZE bytes, $FINDINGS findings per check; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm up, then measure.
wrk -t1 -c4 -d3s -s "$WORK/post.lua" "$URL" >/dev/null
# Resident memory, with its two parts: anonymous (the heap, thread stacks: what a leak
# would grow) and file-backed (the binary's code and data pages, which settle once the
# paths the load takes have been run).
rss() { awk -v threads="$(ls "/proc/$SERVER_PID/task" | wc -l)" '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} /^VmRSS/ {r=$2} END {printf "%s kB (anonymous %s, file %s; %s threads)", r, a, f, threads}' "/proc/$SERVER_PID/status"; }
echo "server RSS after warm-up: $(rss)"
(
    elapsed=0
    while [ "$elapsed" -lt "$DURATION" ]; do
        sleep 10
        elapsed=$((elapsed + 10))
        echo "  t=${elapsed}s RSS $(rss)"
    done
) &
SAMPLER=$!
# utime + stime of the server, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
TICKS_BEFORE=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$WORK/post.lua" "$URL" | tee "$WORK/wrk.out"
TICKS_AFTER=$(cpu_ticks)
wait "$SAMPLER" 2>/dev/null || true
echo "server RSS at the end: $(rss)"
REQUESTS=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/wrk.out")
if [ -n "$REQUESTS" ] && [ "$REQUESTS" -gt 0 ]; then
    awk -v t=$((TICKS_AFTER - TICKS_BEFORE)) -v hz="$(getconf CLK_TCK)" -v n="$REQUESTS" \
        'BEGIN { printf "server CPU time: %.2f ms per request (%.1f s for %d requests)\n", 1000 * t / hz / n, t / hz, n }'
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
