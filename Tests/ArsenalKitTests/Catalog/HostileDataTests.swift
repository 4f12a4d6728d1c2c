import Foundation
import Testing
@testable import ArsenalKit

/// Data shaped to break a naive loader: long and cyclic `extends` chains and deeply
/// nested YAML load in linear time, with clear diagnostics and no stack overflow.
@Suite struct HostileDataTests {
    /// `count` records, each extending the one before; only the first states a range.
    static func chain(_ count: Int, closingTheLoop: Bool = false) -> [DataFile] {
        var files = [DataFile(path: Example.registryPath, bytes: Array(Example.registry.utf8))]
        for index in 0..<count {
            let header = index > 0 ? "extends: r\(index - 1)\n" : closingTheLoop ? "extends: r\(count - 1)\n" : ""
            let specs = index == 0 ? "  max_range:\n    - {value: 5 km, scope: family, source: src}\n  min_range:\n    - {value: 500 m, source: src}\n" : "  max_altitude:\n    - {value: \(1000 + index) m, source: src}\n"
            files.append(DataFile(path: "Data/systems/r\(index).yaml", bytes: Array(Example.system(id: "r\(index)", header: header, specs: specs).utf8)))
        }
        return files
    }

    @Test func aTenThousandLongChainInheritsFromItsRoot() throws {
        let outcome = CatalogLoader.load(files: Self.chain(10_000), options: LoadOptions(today: "2025-06-01"))
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        let catalog = outcome.catalog
        let last = try #require(catalog.system(id: "r9999"))
        let range = try #require(last.values(.maxRange).first)
        #expect(range.inheritedFrom == "r0")
        #expect(last.values(.maxAltitude).first?.inheritedFrom == nil)
        // A value not marked `scope: family` describes its own record only.
        #expect(last.values(.minRange).isEmpty)
        #expect(catalog.system(id: "r5000")?.values(.maxAltitude).first?.inheritedFrom == nil)
        #expect(catalog.familyRoot(of: "r9999") == "r0")
        #expect(catalog.variants(of: "r41").map(\.id) == ["r42"])
        let family = catalog.family(of: try #require(catalog.system(id: "r0")))
        #expect(family.count == 10_000)
        #expect(family.last?.id == "r9999")
    }

    @Test func aLongCycleIsReportedOncePerRecordWithAShortMessage() throws {
        let count = 5_000
        let outcome = CatalogLoader.load(files: Self.chain(count, closingTheLoop: true), options: LoadOptions(today: "2025-06-01"))
        let cycles = outcome.diagnostics.filter { $0.code.code == "V605" }
        #expect(cycles.count == count)
        let first = try #require(cycles.first { $0.location?.file == "Data/systems/r0.yaml" })
        #expect(first.message.hasPrefix("extends forms a cycle: r0 → r4999 → r4998 → r4997 → r4996 → … 4991 more …"))
        #expect(first.message.count < 200)
        // Records on a cycle keep only what they state.
        #expect(outcome.catalog.system(id: "r1")?.values(.maxRange).isEmpty == true)
    }

    @Test func aShortCycleNamesEveryRecord() throws {
        let outcome = CatalogLoader.load(files: Self.chain(3, closingTheLoop: true), options: LoadOptions(today: "2025-06-01"))
        let messages = outcome.diagnostics.filter { $0.code.code == "V605" }.map(\.message)
        #expect(messages.contains { $0.hasPrefix("extends forms a cycle: r1 → r0 → r2 → r1;") })
        #expect(messages.count == 3)
    }

    @Test(arguments: [
        String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000),
        String(repeating: "{a: ", count: 20_000) + "b" + String(repeating: "}", count: 20_000),
        "\n" + (0..<1_200).map { String(repeating: " ", count: $0 + 4) + "-\n" }.joined(),
    ])
    func deeplyNestedYAMLIsASyntaxErrorNotACrash(_ nested: String) throws {
        let text = Example.system(specs: "  max_range: " + nested + "\n")
        let files = [
            DataFile(path: Example.registryPath, bytes: Array(Example.registry.utf8)),
            DataFile(path: "Data/systems/example.yaml", bytes: Array(text.utf8)),
        ]
        let outcome = CatalogLoader.load(files: files, options: LoadOptions(today: "2025-06-01"))
        let diagnostic = try #require(outcome.diagnostics.first { $0.code.code == "V105" })
        #expect(diagnostic.message.contains("nesting"))
        #expect(outcome.catalog.systems.isEmpty)
    }
}

/// A deeply nested configuration file or article is read without recursion trouble.
@Suite struct HostileConfigurationAndArticleTests {
    @Test func deeplyNestedConfigurationIsALocatedError() throws {
        let text = "rules: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        #expect(throws: ConfigurationError.self) { try CheckConfiguration.parse(text, path: ".arsenal.yml") }
    }

    @Test(arguments: [DocumentFormat.html, .markdown])
    func deeplyNestedMarkupIsReadAsText(_ format: DocumentFormat) throws {
        let depth = 100_000
        let open = format == .html ? "<div><span>" : "> "
        let close = format == .html ? "</span></div>" : ""
        let text = String(repeating: open, count: depth) + "The Igla-S reaches 6 km." + String(repeating: close, count: depth)
        let document = try DocumentReader.document(path: "deep", bytes: Array(text.utf8), format: format)
        #expect(document.text.contains("The Igla-S reaches 6 km."))
    }
}
