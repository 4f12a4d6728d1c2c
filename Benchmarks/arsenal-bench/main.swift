import Foundation

// arsenal-bench: Arsenal's benchmarks, kept out of the test suite (a test never times).
// Build in release mode: swift build -c release --product arsenal-bench
let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
switch benchmarkArguments.first {
case "validate":
    runValidateBenchmark(arguments: Array(benchmarkArguments.dropFirst()))
case "scan":
    runScanBenchmark(arguments: Array(benchmarkArguments.dropFirst()))
case "check":
    runCheckBenchmark(arguments: Array(benchmarkArguments.dropFirst()))
case "claims":
    runClaimsTool(arguments: Array(benchmarkArguments.dropFirst()))
case "serve-costs":
    runServeCostBenchmark(arguments: Array(benchmarkArguments.dropFirst()))
case "corpus":
    runCorpusScore(arguments: Array(benchmarkArguments.dropFirst()))
case "alarms":
    runAlarmAnalysis(arguments: Array(benchmarkArguments.dropFirst()))
default:
    print("""
        usage: arsenal-bench MODE [options]
          validate [--files N] [--runs R]   validate N generated record files R times; time per file
          scan ...                          QuantityScanner throughput (see Benchmarks/scan/run.sh)
          check generate|throughput ...     arsenal check throughput (see Benchmarks/check/run.sh)
          claims LANG < lines               the claims one language pack yields for each line
          corpus DIR [--verbose] [--exclude-attributes A,B]
                                            precision, recall and verdict accuracy on a labelled corpus;
                                            the listed attributes (e.g. inventory) are left out of the score
          alarms DIR...                     every candidate alarm of development sets, before and after the gate
          serve-costs ARTICLE [--runs N] [--only WORDS]  time per stage of one POST /v1/check: read, extract, judge, JSON
        """)
    exit(benchmarkArguments.isEmpty ? 0 : 2)
}
