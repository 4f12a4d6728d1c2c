#!/usr/bin/env bash
# Scores `arsenal check` against the hand-labelled corpus in
# Tests/ArsenalKitTests/Fixtures/Corpus: precision and recall of claim finding and the
# accuracy of verdicts (see CorpusEvaluation in ArsenalKit for the matching rule). The
# test suite asserts floors on the same figures (Tests/ArsenalKitTests/Judging/CorpusTests).
#
# Usage: Benchmarks/corpus/score.sh [--verbose]   (lists misses, extras and wrong verdicts)
#        Benchmarks/corpus/score.sh dev [--verbose]   the extraction corpus' development half,
#                                                     per language (Fixtures/Extraction/dev)
#        Benchmarks/corpus/score.sh test              its test half: aggregate figures per
#                                                     language only, never the passages
#        Benchmarks/corpus/score.sh dev4              any development set (dev2, dev3, dev4, ...)
#        Benchmarks/corpus/score.sh test --exclude-attributes inventory
#                                                     leave inventory findings (which the labels
#                                                     never use) out of the score on both sides
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="/opt/swift/usr/bin:$PATH"
SCRATCH=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$SCRATCH" --product arsenal-bench >/dev/null
BENCH="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/arsenal-bench"
case "${1:-}" in
  dev*|test) half=$1; shift; "$BENCH" corpus "Tests/ArsenalKitTests/Fixtures/Extraction/$half" "$@" ;;
  *) "$BENCH" corpus Tests/ArsenalKitTests/Fixtures/Corpus "$@" ;;
esac
