import Foundation
import Testing

/// The built binary, as a CI job would run it: help text, output and exit codes.
@Suite(.serialized) struct ValidateCommandTests {
    static func temporaryDatabase(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    static let registry = """
        schema_version: 1
        sources:
          - id: src
            title: A page
            publisher: A publisher
            url: https://example.org/a
            retrieved: 2025-01-01
        """

    static func record(id: String, range: String = "6000 m") -> String {
        "schema_version: 1\nid: \(id)\nname: System \(id)\nkind: manpads\norigin: RU\nspecs:\n  max_range:\n    - {value: \(range), source: src}\n"
    }

    @Test func bundledDatabaseValidatesCleanFromAnyDirectory() throws {
        let result = try ArsenalBinary.run(["validate", "--strict"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("no problems found"))
    }

    @Test func helpTeachesUsage() throws {
        let result = try ArsenalBinary.run(["validate", "--help"])
        #expect(result.status == 0)
        for expected in ["--format", "--strict", "--data", "values: text, json, sarif, github", "junit", "Exit codes", "Examples"] {
            #expect(result.stdout.contains(expected), "help lacks \(expected)")
        }
        let root = try ArsenalBinary.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("validate"))
        #expect(root.stdout.contains("rules"))
    }

    @Test func errorsExitOneWithLocatedTextDiagnostics() throws {
        let folder = try Self.temporaryDatabase(["sources.yaml": Self.registry, "systems/bad.yaml": Self.record(id: "bad", range: "12 kg")])
        let result = try ArsenalBinary.run(["validate", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[V302]"))
        #expect(result.stdout.contains("systems/bad.yaml:8:15"))
        #expect(result.stdout.contains("^^^^^"))
    }

    @Test func malformedYAMLExitsTwoAndOtherFilesAreStillChecked() throws {
        let folder = try Self.temporaryDatabase([
            "sources.yaml": Self.registry,
            "systems/broken.yaml": "id: [oops\n",
            "systems/wrong.yaml": Self.record(id: "wrong", range: "12 kg"),
        ])
        let result = try ArsenalBinary.run(["validate", folder.path, "--format", "json"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let codes = (json["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("V105"))
        #expect(codes.contains("V302"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try Self.temporaryDatabase([
            "sources.yaml": Self.registry + "\n  - id: spare\n    title: B\n    publisher: P\n    url: https://example.org/b\n    retrieved: 2025-01-01\n",
            "systems/fine.yaml": Self.record(id: "fine"),
        ])
        #expect(try ArsenalBinary.run(["validate", folder.path]).status == 0)
        let strict = try ArsenalBinary.run(["validate", folder.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("warning[V503]"))
    }

    @Test(arguments: ["sarif", "github", "junit", "json"])
    func everyFormatRuns(_ format: String) throws {
        let folder = try Self.temporaryDatabase(["sources.yaml": Self.registry, "systems/bad.yaml": Self.record(id: "bad", range: "-5 m")])
        let result = try ArsenalBinary.run(["validate", folder.path, "--format", format])
        #expect(result.status == 1)
        #expect(!result.stdout.isEmpty)
    }

    @Test func missingPathAndBadOptionExitTwoWithOneLine() throws {
        let missing = try ArsenalBinary.run(["validate", "/nonexistent/data"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/data: no such file or directory"))
        #expect(!missing.stderr.contains("Fatal error"))
        let badFormat = try ArsenalBinary.run(["validate", "--format", "xml"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
    }

    @Test func dataOptionAndEnvironmentPointAtAnotherDatabase() throws {
        let folder = try Self.temporaryDatabase(["sources.yaml": Self.registry, "systems/bad.yaml": Self.record(id: "bad", range: "12 kg")])
        #expect(try ArsenalBinary.run(["validate", "--data", folder.path]).status == 1)
        #expect(try ArsenalBinary.run(["validate"], environment: ["ARSENAL_DATA": folder.path]).status == 1)
    }

    @Test func rulesListsEveryValidationRule() throws {
        let result = try ArsenalBinary.run(["rules"])
        #expect(result.status == 0)
        for code in ["V101", "V302", "V503", "V605"] { #expect(result.stdout.contains(code)) }
        let one = try ArsenalBinary.run(["rules", "wrong-dimension"])
        #expect(one.stdout.contains("V302"))
        #expect(!one.stdout.contains("V101"))
        #expect(try ArsenalBinary.run(["rules", "V999"]).status == 2)
    }
}
