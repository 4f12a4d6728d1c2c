import ArsenalKit
import Foundation

/// `arsenal-bench scan --file CORPUS [--runs R] [--format text|markdown|html]`
///
/// Measures the claims text layer on one core: reading the file into a `Document`
/// (UTF-8 checks, conversion, line index) and scanning it with a `QuantityScanner` built
/// from every bundled lexicon. Prints the median of R runs for each stage and for both
/// together, in MB/s (10^6 bytes per second of input), the number of mentions found and
/// the process's peak resident memory.
func runScanBenchmark(arguments: [String]) {
    func option(_ name: String) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
    guard let path = option("--file") else {
        print("usage: arsenal-bench scan --file CORPUS [--runs R] [--format text|markdown|html]")
        exit(2)
    }
    let runs = max(1, Int(option("--runs") ?? "") ?? 5)
    let format = option("--format").flatMap(DocumentFormat.init(rawValue:))
    let scanner: QuantityScanner
    do {
        scanner = try QuantityScanner.bundled()
    } catch {
        print("cannot load the bundled lexicons: \(error)")
        exit(1)
    }
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    var readSeconds: [Double] = []
    var scanSeconds: [Double] = []
    var mentions = 0
    var bytes = 0
    for _ in 0..<runs {
        let start = now()
        let document: Document
        do {
            document = try DocumentReader.read(contentsOf: path, format: format)
        } catch {
            print("\(error)")
            exit(1)
        }
        let read = now()
        let found = scanner.scan(document)
        let scanned = now()
        readSeconds.append(read - start)
        scanSeconds.append(scanned - read)
        mentions = found.count
        bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? document.text.utf8.count
    }
    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    let megabytes = Double(bytes) / 1e6
    let read = median(readSeconds)
    let scan = median(scanSeconds)
    let total = median(zip(readSeconds, scanSeconds).map { $0 + $1 })
    var usage = rusage()
    // ru_maxrss is in KiB on Linux and in bytes on macOS.
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peakMegabytes = Double(usage.ru_maxrss) / 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    let peakMegabytes = Double(usage.ru_maxrss) / 1_048_576
    #endif
    print("input_bytes=\(bytes) runs=\(runs) mentions=\(mentions) mentions_per_kb=\(String(format: "%.2f", Double(mentions) / (Double(bytes) / 1000))) peak_rss_mb=\(String(format: "%.0f", peakMegabytes))")
    print(String(format: "read_mb_per_s=%.1f scan_mb_per_s=%.1f read_and_scan_mb_per_s=%.1f", megabytes / read, megabytes / scan, megabytes / total))
}
