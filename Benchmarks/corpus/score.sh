#!/usr/bin/env bash
# Scores `arsenal check` against the hand-labelled corpus in
# Tests/ArsenalKitTests/Fixtures/Corpus: precision and recall of claim finding and the
# accuracy of verdicts (see CorpusEvaluation in ArsenalKit for the matching rule). The
# test suite asserts floors on the same figures (Tests/ArsenalKitTests/Judging/CorpusTests).
#
# Usage: Benchmarks/corpus/score.sh [--verbose]   (lists misses, extras and wrong verdicts)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="/opt/swift/usr/bin:$PATH"
SCRATCH=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$SCRATCH" --product arsenal-bench >/dev/null
"$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/arsenal-bench" corpus Tests/ArsenalKitTests/Fixtures/Corpus "$@"
