import ArsenalKit
import Foundation

// `arsenal-bench serve-costs ARTICLE [--runs N]`: where the time of one `POST /v1/check`
// goes, outside HTTP: reading the article into a Document, extracting claims, extracting
// and judging them, and writing the answer (compact and pretty-printed JSON). Each stage
// runs N times on one core after a warm-up; the median per call is printed.
// Benchmarks/serve-load/run.sh measures the whole server under load.

func runServeCostBenchmark(arguments: [String]) {
    guard let path = arguments.first, let bytes = FileManager.default.contents(atPath: path).map([UInt8].init) else {
        print("usage: arsenal-bench serve-costs ARTICLE.md [--runs N] [--only WORDS]")
        exit(2)
    }
    var runs = 2000
    // `--only WORDS`: run only the stages whose name contains WORDS (for a profiler).
    var only: String?
    if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count { only = arguments[index + 1] }
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let count = Int(arguments[index + 1]) {
        runs = max(count, 1)
    }
    let service: ArticleCheckService
    do {
        service = try ArticleCheckService.bundled()
    } catch {
        print("cannot load the bundled lexicons: \(error)")
        exit(2)
    }
    let checker: ArticleChecker
    let document: Document
    let findings: [Finding]
    do {
        checker = try service.checker(for: nil)
        document = try DocumentReader.document(path: "article", bytes: bytes, format: .markdown)
        findings = try service.check(bytes: bytes, format: .markdown)
    } catch {
        print("cannot check \(path): \(error)")
        exit(2)
    }
    let compact = FindingJSONReporter.bytes(findings, checkedFiles: 1, layout: .compact)
    let pretty = FindingJSONReporter.bytes(findings, checkedFiles: 1)
    print("article: \(bytes.count) bytes, \(findings.count) findings; answer: \(compact.count) bytes compact, \(pretty.count) pretty; \(runs) runs per stage")

    func stage(_ name: String, _ body: () -> Int) {
        if let only, !name.contains(only) { return }
        var sink = 0
        for _ in 0..<max(runs / 10, 1) { sink &+= body() }
        var times: [UInt64] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            times.append(DispatchTime.now().uptimeNanoseconds - start)
        }
        times.sort()
        let median = Double(times[times.count / 2]) / 1000
        let p99 = Double(times[min(times.count - 1, times.count * 99 / 100)]) / 1000
        let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        print("  \(label)" + String(format: " median %8.1f µs   p99 %8.1f µs", median, p99) + (sink == 42 ? " " : ""))
    }

    stage("read the Markdown into a Document") {
        (try? DocumentReader.document(path: "article", bytes: bytes, format: .markdown))?.text.utf8.count ?? 0
    }
    stage("extract claims") { checker.extractor.claims(in: document, explain: false).count }
    stage("extract and judge (ArticleChecker.check)") { checker.check(document, explain: false).count }
    stage("language check and findings (service)") { (try? service.check(document))?.count ?? 0 }
    stage("JSON answer, compact (API)") { FindingJSONReporter.bytes(findings, checkedFiles: 1, layout: .compact).count }
    stage("JSON answer, pretty-printed (CLI)") { FindingJSONReporter.bytes(findings, checkedFiles: 1).count }
    stage("all of it: read, check, compact answer") {
        let found = (try? service.check(bytes: bytes, format: .markdown)) ?? []
        return FindingJSONReporter.bytes(found, checkedFiles: 1, layout: .compact).count
    }
}
