import ArsenalKit
import Foundation
import Testing

/// The finding reporters: the JSON contract, the text layout, diagnostics for SARIF and
/// GitHub, and goldens for the quick-start example (Fixtures/Check).
@Suite struct FindingReportTests {
    static let recording = ProcessInfo.processInfo.environment["ARSENAL_RECORD"] == "1"
    static let goldens = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/Check")

    static let example: (document: Document, findings: [Finding]) = {
        let url = CheckTestSupport.packageRoot.appendingPathComponent("Examples/venezuela-igla-s.md")
        let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
        let document = (try? DocumentReader.document(path: "Examples/venezuela-igla-s.md", bytes: bytes, format: .markdown))
            ?? Document(path: "Examples/venezuela-igla-s.md", text: "")
        let extra = Document(path: "story.txt", text: "The Igla-S has a range of 10 km. The Piorun has a range of 8 km. Many reports give the Igla-S a range of 5.2 km.\n")
        return (document, CheckTestSupport.checker.check(document) + CheckTestSupport.checker.check(extra))
    }()

    static func sourceText(_ path: String) -> String? {
        if path == "story.txt" { return "The Igla-S has a range of 10 km. The Piorun has a range of 8 km. Many reports give the Igla-S a range of 5.2 km.\n" }
        return try? String(contentsOf: CheckTestSupport.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every rendering compared with its golden file.
    static let renderings: [String] = ["text", "text-all-explain", "json", "sarif", "github"]

    func render(_ name: String) -> String {
        let findings = Self.example.findings
        let context = ReportContext(toolVersion: "0.0.0-test", command: "check", rules: ClaimRules.descriptions,
                                    checkedFiles: ["Examples/venezuela-igla-s.md", "story.txt"], workingDirectory: "/work")
        switch name {
        case "text":
            return FindingTextReporter.report(findings, files: 2, options: .init(), sourceText: Self.sourceText)
        case "text-all-explain":
            return FindingTextReporter.report(findings, files: 2, options: .init(showAll: true, explain: true), sourceText: Self.sourceText)
        case "json":
            return FindingJSONReporter.report(findings, toolVersion: "0.0.0-test", checkedFiles: 2)
        case "sarif":
            return DiagnosticFormat.sarif.report(findings.map(\.diagnostic), context: context)
        default:
            return DiagnosticFormat.github.report(findings.map(\.diagnostic), context: context)
        }
    }

    @Test(arguments: renderings)
    func matchesGolden(_ name: String) throws {
        let output = render(name)
        let url = Self.goldens.appendingPathComponent("venezuela-igla-s.\(name).golden")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded \(url.lastPathComponent); unset ARSENAL_RECORD and run again")
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "\(name) output differs from \(url.lastPathComponent)")
    }

    @Test func jsonHasTheContractShape() throws {
        let data = Data(render("json").utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(report.keys) == ["tool", "findings", "summary"])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let comparison = try #require(findings.first { $0["attribute"] as? String == "comparison" })
        #expect(comparison["relation"] as? String == "similar_to")
        #expect(comparison["other"] as? String == "stinger")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["conflict"] as? Int == 2)
        #expect(summary["disputed"] as? Int == 1)
    }

    @Test func textPutsConflictsFirstAndEndsWithASummary() {
        let text = render("text")
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("conflict[C101]") == true)
        #expect(lines.last == "12 claims in 2 files: 2 conflicts, 1 disputed, 8 consistent, 1 unverifiable (9 not shown; use --all)")
        #expect(!text.contains("consistent[C"))
    }

    @Test func diagnosticsCarryTheVerdictAndTheEvidence() throws {
        let conflict = try #require(Self.example.findings.first { $0.verdict == .conflict })
        let diagnostic = conflict.diagnostic
        #expect(diagnostic.code.code == "C101")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.hasPrefix("conflict: "))
        #expect(diagnostic.end != nil)
        #expect(diagnostic.notes.contains { $0.location?.file == "Data/systems/igla-s.yaml" })
    }
}
