import Foundation
import Testing

/// The report defects of issue 11, each through the built binary.
@Suite("report defects") struct ReportDefectTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("JUnit: a warning is not a <failure> when the exit code is 0; with --strict it is")
    func junitFollowsTheExitCode() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: ArsenalBinary.packageRoot.appendingPathComponent("Data"), to: folder.appendingPathComponent("Data"))
        let registry = folder.appendingPathComponent("Data/sources.yaml")
        let text = try String(contentsOf: registry, encoding: .utf8)
        try Data((text + """
              - id: unused-example-source
                title: An unused source
                publisher: Example
                url: https://example.org/unused
                retrieved: 2026-11-25

            """).utf8).write(to: registry)
        let lenient = try ArsenalBinary.run(["validate", "Data", "--format", "junit"], in: folder)
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("unused-example-source"))
        #expect(!lenient.stdout.contains("<failure"))
        #expect(lenient.stdout.contains("failures=\"0\""))
        let strict = try ArsenalBinary.run(["validate", "Data", "--format", "junit", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("<failure type=\"V503\""))
    }

    @Test("JSON names the inputs that failed and why")
    func jsonFailedInputs() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("The Igla-S has a range of 6 km.\n".utf8).write(to: folder.appendingPathComponent("good.md"))
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("binary.txt"))
        let run = try ArsenalBinary.run(["check", "good.md", "missing.md", "binary.txt", "--format", "json"], in: folder)
        #expect(run.status == 2)
        let report = try Self.json(run.stdout)
        #expect((report["summary"] as? [String: Any])?["failed_inputs"] as? Int == 2)
        let failed = try #require(report["input_errors"] as? [[String: String]])
        #expect(failed.map { $0["input"] } == ["missing.md", "binary.txt"])
        #expect(failed[0]["reason"]?.contains("No such file") == true)
        #expect(failed[1]["reason"]?.contains("NUL bytes") == true)
    }

    @Test("SARIF: stdin is 'stdin', unreadable inputs are notifications, bundled evidence has its own base")
    func sarifLocations() throws {
        let stdin = try ArsenalBinary.run(["check", "-", "--format", "sarif"], stdin: "The Igla-S has a range of 9 km.\n")
        let log = try Self.json(stdin.stdout)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "stdin")
        #expect(!stdin.stdout.contains("%3Cstdin%3E"))
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((related["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "ARSENAL_BUNDLED_DATA")
        #expect((run["originalUriBaseIds"] as? [String: Any])?["ARSENAL_BUNDLED_DATA"] != nil)
        #expect((result["partialFingerprints"] as? [String: String])?["arsenalFingerprint/v1"]?.count == 16)

        let missing = try ArsenalBinary.run(["check", "nope.md", "--format", "sarif"])
        #expect(missing.status == 2)
        let invocation = try #require(((try Self.json(missing.stdout)["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect(missing.stdout.contains("nope.md"))
    }

    @Test("A JSONL archive's findings point at the archive file and the record's line")
    func jsonlRecordLocations() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = """
            {"id": "story-0", "text": "Nothing here."}

            {"id": "story-1", "text": "A calm intro.\\nThe Igla-S has a range of 9 km."}

            """
        try Data(archive.utf8).write(to: folder.appendingPathComponent("small.jsonl"))

        let sarif = try ArsenalBinary.run(["check", "small.jsonl", "--jsonl", "--format", "sarif"], in: folder)
        #expect(sarif.status == 1, "\(sarif.stderr)")
        #expect(!sarif.stdout.contains("%23"), "no FILE#ID artifact")
        let run = try #require((try Self.json(sarif.stdout)["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "small.jsonl")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3, "the record's line in the archive")
        #expect(region["startColumn"] == nil)
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["name"] as? String == "story-1")
        #expect(logical["kind"] as? String == "object")
        let properties = try #require(result["properties"] as? [String: Any])
        #expect(properties["document"] as? String == "story-1")
        #expect(properties["articleLine"] as? Int == 2, "the position inside the record's text")
        #expect(properties["articleColumn"] as? Int == 27)

        let github = try ArsenalBinary.run(["check", "small.jsonl", "--jsonl", "--format", "github"], in: folder)
        #expect(github.stdout.hasPrefix("::error file=small.jsonl,line=3,title=C101"), "\(github.stdout)")
        #expect(github.stdout.contains("in record story-1, line 2, column 27 of its text"))

        let json = try ArsenalBinary.run(["check", "small.jsonl", "--jsonl", "--format", "json"], in: folder)
        let finding = try #require((try Self.json(json.stdout)["findings"] as? [[String: Any]])?.first)
        #expect(finding["document"] as? String == "story-1")
        #expect(finding["record_line"] as? Int == 3)
        #expect(finding["line"] as? Int == 2)
    }

    @Test("SARIF: consistent claims under --all are kind: pass")
    func sarifPass() throws {
        let run = try ArsenalBinary.run(["check", "-", "--format", "sarif", "--all"], stdin: "The Igla-S has a range of 6 km.\n")
        let results = try #require(((try Self.json(run.stdout)["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]))
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0["kind"] as? String == "pass" && $0["level"] as? String == "none" })
    }

    @Test("compare --format markdown links only http(s) sources")
    func markdownLinks() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("Data")
        try FileManager.default.copyItem(
            at: ArsenalBinary.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/Query/Data"), to: data)
        let registry = data.appendingPathComponent("sources.yaml")
        let text = try String(contentsOf: registry, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "https://example.org/handbook-2020", with: "javascript:alert(1)").utf8).write(to: registry)
        let run = try ArsenalBinary.run(["compare", "falcon", "kestrel", "--format", "markdown", "--data", data.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("](javascript:"))
        #expect(run.stdout.contains("`javascript:alert(1)`"))
        #expect(run.stdout.contains("](https://example.org/"))
    }

    @Test("arsenal rules writes no raw control bytes")
    func rulesControlBytes() throws {
        for format in ["text", "markdown", "json"] {
            let run = try ArsenalBinary.run(["rules", "--format", format])
            #expect(run.status == 0)
            let bad = run.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }
            #expect(bad.isEmpty, "\(format): \(bad.map { $0.value })")
        }
    }

    @Test("A quote over two lines (LF or CRLF) stays on one line in the text headline")
    func headlineOnOneLine() throws {
        for newline in ["\n", "\r\n", "\r"] {
            let run = try ArsenalBinary.run(
                ["check", "-"], stdin: "The Igla-S has a range of 9\(newline)km, officials said.\(newline)")
            let headline = try #require(run.stdout.split(separator: "\n").first.map(String.init))
            #expect(headline.hasPrefix("conflict[C101]: 9 km "), "\(headline.debugDescription)")
            #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("  = claim:") && $0.contains("\r") })
        }
    }
}
