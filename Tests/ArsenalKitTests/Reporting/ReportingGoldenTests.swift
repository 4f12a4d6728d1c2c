import ArsenalKit
import Foundation
import Testing

/// Every format renders the shared fixtures exactly as its golden file says. To re-record
/// after an intended change, run with `ARSENAL_RECORD=1`: the goldens are rewritten and
/// the test fails, so a recording run never passes by accident.
@Suite("Reporting golden files")
struct ReportingGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["ARSENAL_RECORD"] == "1"

    @Test(arguments: DiagnosticFormat.allCases)
    func matchesGolden(_ format: DiagnosticFormat) throws {
        let output = format.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context())
        let url = ReportingFixtures.goldenURL(format)

        if Self.recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded \(url.path); unset ARSENAL_RECORD and run again")
            return
        }

        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "\(format) output differs from \(url.lastPathComponent)")
    }

    @Test(arguments: DiagnosticFormat.allCases)
    func ignoresInputOrder(_ format: DiagnosticFormat) {
        let context = ReportingFixtures.context()
        let forward = format.report(ReportingFixtures.diagnostics, context: context)
        let reversed = format.report(ReportingFixtures.diagnostics.reversed(), context: context)
        #expect(forward == reversed)
    }
}
