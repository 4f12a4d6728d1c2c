@testable import ArsenalKit
import Foundation
import Testing

/// The JSON and SARIF reports parse as JSON and hold the keys their consumers need.
@Suite("JSON and SARIF reports")
struct ReportingStructuredTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: JSON

    @Test func jsonHasToolDiagnosticsAndSummary() throws {
        let json = try object(JSONReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()))
        let tool = try #require(json["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "arsenal")
        #expect(tool["version"] as? String == "1.2.3")

        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == ReportingFixtures.diagnostics.count)
        for entry in diagnostics {
            for key in ["code", "rule", "severity", "message", "notes"] {
                #expect(entry[key] != nil, "diagnostic lacks \(key)")
            }
        }
        let spanned = try #require(diagnostics.first { $0["code"] as? String == "A301" })
        #expect(spanned["file"] as? String == "Data/systems/igla-s.yaml")
        #expect(spanned["line"] as? Int == 9)
        #expect(spanned["column"] as? Int == 3)
        #expect(spanned["end_line"] as? Int == 9)
        #expect(spanned["end_column"] as? Int == 12)

        let locationless = try #require(diagnostics.first { $0["code"] as? String == "A002" })
        #expect(Set(locationless.keys) == ["code", "rule", "severity", "message", "notes"])

        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["errors": 3, "warnings": 2, "notes": 1, "files": 3])
    }

    @Test func jsonMessagesRoundTrip() throws {
        let json = try object(JSONReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()))
        let messages = try #require(json["diagnostics"] as? [[String: Any]]).compactMap { $0["message"] as? String }
        #expect(Set(messages) == Set(ReportingFixtures.diagnostics.map(\.message)))
    }

    // MARK: SARIF

    @Test func sarifHasTheRequiredStructure() throws {
        let log = try object(SARIFReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "arsenal")
        #expect(driver["version"] as? String == "1.2.3")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportingFixtures.diagnostics.count)

        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            #expect((result["message"] as? [String: Any])?["text"] is String)
        }
        for rule in rules where rule["id"] as? String != "C400" {
            for key in ["shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule \(rule["id"] ?? "?") lacks \(key)")
            }
        }
    }

    @Test func sarifLocationsFollowDiagnostics() throws {
        let log = try object(SARIFReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])

        let locationless = try #require(results.first { $0["ruleId"] as? String == "A002" })
        #expect(locationless["locations"] == nil)

        let note = try #require(results.first { $0["ruleId"] as? String == "C100" })
        let related = try #require(note["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 2)
        #expect(related.compactMap { $0["id"] as? Int } == [1, 2])
        #expect(related.allSatisfy { ($0["message"] as? [String: Any])?["text"] is String })
    }

    @Test func emptyReportsStayValid() throws {
        let context = ReportContext(toolVersion: "1.0", command: "check")
        let json = try object(JSONReporter.report([], context: context))
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
        let sarif = try object(SARIFReporter.report([], context: context))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        #expect(run["originalUriBaseIds"] == nil)
    }

    // MARK: SARIF artifact URIs

    @Test(arguments: [
        ("Data/systems/igla-s.yaml", nil, "Data/systems/igla-s.yaml", true),
        ("./Data/a.yaml", nil, "Data/a.yaml", true),
        ("Data\\systems\\a.yaml", nil, "Data/systems/a.yaml", true),
        ("articles/draft 2, v1:final.md", nil, "articles/draft%202,%20v1%3Afinal.md", true),
        ("обзор.md", nil, "%D0%BE%D0%B1%D0%B7%D0%BE%D1%80.md", true),
        ("/home/ci/arsenal/Data/a.yaml", "/home/ci/arsenal", "Data/a.yaml", true),
        ("/home/ci/arsenal/Data/a.yaml", "/home/ci/arsenal/", "Data/a.yaml", true),
        ("/home/ci/arsenal-other/a.yaml", "/home/ci/arsenal", "file:///home/ci/arsenal-other/a.yaml", false),
        ("/tmp/a b.yaml", nil, "file:///tmp/a%20b.yaml", false),
        ("C:\\work\\Data\\a.yaml", "C:\\work", "Data/a.yaml", true),
        ("D:\\x.yaml", "C:\\work", "file:///D:/x.yaml", false),
    ] as [(String, String?, String, Bool)])
    func artifactURIs(path: String, workingDirectory: String?, uri: String, relative: Bool) {
        let location = SARIFReporter.artifactLocation(for: path, workingDirectory: workingDirectory)
        #expect(location.uri == uri)
        #expect(location.uriBaseId == (relative ? "%SRCROOT%" : nil))
    }

    @Test func sourceRootIsADirectoryURI() {
        #expect(SARIFReporter.directoryURI("/home/ci/arsenal") == "file:///home/ci/arsenal/")
        #expect(SARIFReporter.directoryURI("C:\\work") == "file:///C:/work/")
        #expect(SARIFReporter.directoryURI("relative/dir") == nil)
    }

    // MARK: Schema validation

    /// The SARIF golden and an empty log validate against the OASIS SARIF 2.1.0 schema
    /// (errata01, stored beside the goldens), checked by Python's `jsonschema` where a
    /// `python3` with that package is on PATH; elsewhere the test is skipped.
    @Test(.enabled(if: pythonJSONSchemaIsAvailable(), "needs python3 with the jsonschema package"))
    func sarifValidatesAgainstTheSchema() throws {
        let schema = ReportingFixtures.directory.appendingPathComponent("sarif-schema-2.1.0.json")
        let logs = [
            SARIFReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()),
            SARIFReporter.report([], context: ReportContext(toolVersion: "1.0", command: "check")),
        ]
        for log in logs {
            let (status, output) = try runPython(
                Self.validator, arguments: [schema.path], input: log)
            #expect(status == 0, "\(output)")
        }
        // The check can fail: a level SARIF does not know is rejected.
        let broken = logs[0].replacingOccurrences(of: "\"level\" : \"note\"", with: "\"level\" : \"fatal\"")
        #expect(try runPython(Self.validator, arguments: [schema.path], input: broken).0 == 1)
    }

    private static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(json.load(sys.stdin))]
        print("\\n".join(errors))
        sys.exit(1 if errors else 0)
        """
}

private func runPython(_ script: String, arguments: [String], input: String) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

private func pythonJSONSchemaIsAvailable() -> Bool {
    (try? runPython("import jsonschema", arguments: [], input: ""))?.0 == 0
}
