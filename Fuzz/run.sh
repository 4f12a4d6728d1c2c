#!/usr/bin/env bash
# Builds Arsenal's libFuzzer targets apart from the normal build and runs them on seed
# corpora drawn from the repository's fixtures.
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET ...]     (default: 60 s, every target)
#
# Environment: FUZZ_SCRATCH (default .build-fuzz), FUZZ_NO_BUILD (set: run the binary
# already in FUZZ_SCRATCH, as when sources change during a long campaign), FUZZ_TIMEOUT (seconds an input may take,
# default 1), FUZZ_RSS_MB (default 2048), FUZZ_SEED (libFuzzer's -seed; default 0, a random
# seed each run; CI fixes one so a run can be repeated from its log). One worker per target, one target at a time.
# Prints, per target, the executions done and what was found; exits 1 when any target
# crashed, timed out or tripped a sanitizer. Reproducers go to $FUZZ_SCRATCH/artifacts/.
# The grown corpora stay in $FUZZ_SCRATCH/corpus/ for the next run (never committed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v swift >/dev/null 2>&1; then export PATH="/opt/swift/usr/bin:$PATH"; fi

SECONDS_PER_TARGET=${1:-60}
shift || true
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
TIMEOUT=${FUZZ_TIMEOUT:-1}
RSS_MB=${FUZZ_RSS_MB:-2048}

echo "==> building arsenal-fuzz (release, -sanitize=fuzzer,address) in $SCRATCH"
export ARSENAL_FUZZ=1
BUILD_FLAGS=(-c release --scratch-path "$SCRATCH" --product arsenal-fuzz
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld)
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    swift build "${BUILD_FLAGS[@]}" 2>&1 | grep -E "error|warning: .*Fuzz/|Compiling arsenal_fuzz|Build" || true
fi
BIN="$(swift build "${BUILD_FLAGS[@]}" --show-bin-path)/arsenal-fuzz"
[ -x "$BIN" ] || { echo "error: $BIN was not built" >&2; exit 1; }

TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then
    read -r -a TARGETS <<<"$("$BIN" 2>&1 | sed -n 's/^targets: //p' | tr -d ',')"
fi

# seed TARGET: fill $SCRATCH/corpus/TARGET from the repository (files up to 64 KB).
seed() {
    local target=$1 dir="$SCRATCH/corpus/$1"
    mkdir -p "$dir"
    local files=()
    case "$target" in
        datafile) files=(Data/systems/*.yaml Data/sources.yaml $(find Tests -path '*Fixtures*' -name '*.yaml' ! -name '*.expected.yaml')) ;;
        markdown) files=(Examples/*.md README.md $(find Tests -path '*Fixtures*' -name '*.md')) ;;
        html) files=($(find Tests -path '*Fixtures*' -name '*.html')) ;;
        query | config) files=(Fuzz/seeds/"$target"/*) ;;
        claims-*)
            local language=${target#claims-}
            files=($(find Examples Tests -path '*Fixtures*' \( -name "*.$language.md" -o -path "*/$language/*" \) -name '*.md' 2>/dev/null) Fuzz/seeds/claims/*
                Tests/ArsenalKitTests/Fixtures/FuzzRegressions/*)
            if [ "$language" = en ]; then files+=(Examples/manpads-explainer.md Examples/venezuela-igla-s.md); fi
            ;;
    esac
    local f
    for f in "${files[@]}"; do
        [ -f "$f" ] && [ "$(wc -c <"$f")" -le 65536 ] && cp "$f" "$dir/seed-$(printf '%s' "$f" | md5sum | cut -c1-12)" || true
    done
}

mkdir -p "$SCRATCH/artifacts"
rm -f "$SCRATCH/found.txt"
FAILED=0
TOTAL=0
printf '%-12s %12s %8s  %s\n' target executions exec/s result
for target in "${TARGETS[@]}"; do
    seed "$target"
    log="$SCRATCH/fuzz-$target.log"
    rc=0
    # Leak checking is off, in libFuzzer and in AddressSanitizer's exit-time check:
    # Foundation's unit objects held by the loaded catalog are reported as leaks at exit
    # although they stay reachable (see shared notes).
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    "$BIN" --target="$target" "$SCRATCH/corpus/$target" -max_total_time="$SECONDS_PER_TARGET" \
        -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" -max_len=200000 -detect_leaks=0 \
        -artifact_prefix="$SCRATCH/artifacts/$target-" -print_final_stats=1 -seed="${FUZZ_SEED:-0}" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    result=ok
    if [ "$rc" -ne 0 ]; then
        result="FOUND (exit $rc): $(grep -m1 -E 'ERROR: |SUMMARY: |timeout|deadly signal' "$log" || echo 'see log') — $log"
        FAILED=1
        # What a reader of a CI log needs to reproduce it without the runner's files: the
        # Swift runtime's own failure and first frames, and the input itself (base64, when small).
        {
            echo "== $target: $(grep -m1 -E 'Fatal error|runtime failure|ERROR: ' "$log" || echo 'no failure line')"
            grep -m1 -A8 'crashed:' "$log" | cut -c1-220 || true
            for artifact in "$SCRATCH/artifacts/$target-"*; do
                [ -f "$artifact" ] || continue
                echo "reproducer $(basename "$artifact") ($(wc -c <"$artifact") bytes), base64:"
                if [ "$(wc -c <"$artifact")" -le 4096 ]; then base64 -w 100 "$artifact"; else echo '(too large to print)'; fi
            done
        } >>"$SCRATCH/found.txt"
    fi
    TOTAL=$((TOTAL + ${runs:-0}))
    printf '%-12s %12s %8s  %s\n' "$target" "${runs:-?}" "${speed:-?}" "$result"
done
echo "total executions: $TOTAL"
if [ "$FAILED" -ne 0 ] && [ -f "$SCRATCH/found.txt" ]; then cat "$SCRATCH/found.txt"; fi
exit "$FAILED"
