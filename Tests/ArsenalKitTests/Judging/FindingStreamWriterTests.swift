import ArsenalKit
import Foundation
import Testing

/// The streamed JSON and JSONL outputs: the same report as the whole-document reporter,
/// written finding by finding, and one self-contained finding per JSONL line.
@Suite struct FindingStreamWriterTests {
    /// Streams `batches` (one per document) and returns everything written.
    func stream(_ layout: FindingStreamWriter.Layout, _ batches: [([Finding], FindingStreamWriter.Record?)], explain: Bool = false) -> String {
        var output = ""
        var writer = FindingStreamWriter(layout: layout, explain: explain) { output += $0 }
        for (findings, record) in batches { writer.add(findings, record: record) }
        writer.finish(checkedFiles: batches.count, failedInputs: 1, toolVersion: "0.0.0-test")
        return output
    }

    @Test(arguments: [0, 1, 2, 5])
    func streamedJSONEqualsTheWholeReport(_ split: Int) throws {
        let findings = FindingReportTests.example.findings
        try #require(findings.count > 5)
        let batches: [([Finding], FindingStreamWriter.Record?)] = [(Array(findings.prefix(split)), nil), ([], nil), (Array(findings.dropFirst(split)), nil)]
        let whole = FindingJSONReporter.report(findings, toolVersion: "0.0.0-test", checkedFiles: 3, failedInputs: 1)
        #expect(stream(.json, batches) == whole)
        let explained = FindingJSONReporter.report(findings, toolVersion: "0.0.0-test", checkedFiles: 3, failedInputs: 1, explain: true)
        #expect(stream(.json, batches, explain: true) == explained)
    }

    @Test func streamedJSONWithoutFindingsEqualsTheWholeReport() {
        let whole = FindingJSONReporter.report([], toolVersion: "0.0.0-test", checkedFiles: 2, failedInputs: 1)
        #expect(stream(.json, [([], nil), ([], nil)]) == whole)
    }

    @Test func jsonlHasOneFindingPerLineWithItsRecord() throws {
        let findings = FindingReportTests.example.findings
        let record = FindingStreamWriter.Record(id: "story-7", line: 42)
        let output = stream(.jsonl, [(findings, record)])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == findings.count + 1)
        #expect(lines.last == "")
        for (line, finding) in zip(lines, findings) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["document"] as? String == "story-7")
            #expect(object["record_line"] as? Int == 42)
            #expect(object["verdict"] as? String == finding.verdict.rawValue)
            #expect(object["line"] as? Int == finding.start.line)
            #expect(object["quote"] as? String == finding.quote)
        }
    }

    @Test func findingsOutsideAJSONLCorpusHaveNoRecordFields() {
        let output = stream(.jsonl, [(FindingReportTests.example.findings, nil)])
        #expect(!output.contains("\"document\""))
        #expect(!output.contains("\"record_line\""))
    }
}
