import Foundation
import Testing

/// Hostile input through the built binary: a clear message and exit code 2, never a crash.
@Suite("hostile input") struct HostileInputTests {
    @Test(arguments: [
        String(repeating: "not ", count: 8_000) + "man_portable",
        String(repeating: "(", count: 12_000) + "man_portable" + String(repeating: ")", count: 12_000),
    ])
    func deepWhereIsAnErrorNotACrash(_ expression: String) throws {
        let result = try ArsenalBinary.run(["list", "--where", expression])
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than 100 levels deep"))
        #expect(result.stderr.count < 1_000)
    }
}

/// `check --jsonl - --format jsonl`: a clean standard-input filter, one finding a line.
@Suite("check --format jsonl") struct CheckJSONLTests {
    static let corpus = """
        {"id": "a-1", "text": "The Igla-S has a range of 6 km. The Stinger has a range of 80 km."}

        {"id": "b-2", "text": "Nothing to see here."}
        {"id": "c-3", "text": "The Stinger weighs 15.2 kg."}

        """

    @Test func findingsNameTheirRecordAndTheSummaryGoesToStderr() throws {
        let result = try ArsenalBinary.run(["check", "--jsonl", "-", "--format", "jsonl", "--fail-on", "never"], stdin: Self.corpus)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 3)
        var records: [String: Int] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let document = try #require(object["document"] as? String)
            records[document] = object["record_line"] as? Int
            #expect(object["verdict"] != nil)
        }
        #expect(records == ["a-1": 1, "c-3": 4])
        #expect(result.stderr.contains("in 3 files"))
    }
}
