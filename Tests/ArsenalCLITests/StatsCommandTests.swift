import Foundation
import Testing

/// `arsenal stats` end to end: options, formats, the summary line, exit codes.
@Suite("stats command")
struct StatsCommandTests {
    func run(_ arguments: [String]) throws -> ArsenalBinary.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ArsenalBinary.url.path), "build the arsenal executable first")
        return try ArsenalBinary.run(arguments)
    }

    @Test func summaryLineOnTheFixtureDatabase() throws {
        let run = try run(["stats", "--data", QueryCommandsTests.fixtureData])
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout.hasSuffix("4 records (3 MANPADS), 41 values from 5 sources; 4 of 20 core slots empty\n"), "\(run.stdout)")
    }

    @Test func jsonAndMarkdownAndKindFilter() throws {
        let json = try run(["stats", "--data", QueryCommandsTests.fixtureData, "--format", "json", "--kind", "shorad"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["records"] as? Int == 1 && summary["manpads"] as? Int == 0)
        let markdown = try run(["stats", "--data", QueryCommandsTests.fixtureData, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Coverage\n") && markdown.stdout.contains("| `falcon-b` |"))
    }

    @Test func badFormatIsAUsageError() throws {
        let run = try run(["stats", "--format", "svg"])
        #expect(run.status == 2)
    }
}
