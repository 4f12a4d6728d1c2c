import Foundation
import Testing
@testable import ArsenalKit

/// Whole-file behaviour of the loader: every class of bad input gets one located
/// diagnostic (or an input error) and the other files are still loaded.
@Suite struct CatalogLoaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let goodRecord = """
        schema_version: 1
        id: good
        name: Good System
        kind: manpads
        origin: US
        specs:
          max_range:
            - {value: 8 km, source: src}
        """

    /// A temporary folder holding a registry, one good record and `extra` files.
    static func database(_ extra: [String: [UInt8]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("systems"), withIntermediateDirectories: true)
        try Data(Example.registry.utf8).write(to: folder.appendingPathComponent("sources.yaml"))
        try Data(goodRecord.utf8).write(to: folder.appendingPathComponent("systems/good.yaml"))
        for (name, bytes) in extra { try Data(bytes).write(to: folder.appendingPathComponent("systems/\(name)")) }
        return folder.path
    }

    static func codes(_ outcome: LoadOutcome, in file: String) -> [String] {
        outcome.diagnostics.filter { $0.location?.file.hasSuffix(file) ?? false }.map(\.code.code)
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let path = try Self.database(["bomb.yaml": Array(yaml.utf8)])
        let clock = ContinuousClock()
        var outcome: LoadOutcome?
        let elapsed = clock.measure { outcome = CatalogLoader.load(paths: [path]) }
        // Not a timing test: a hang here would never finish; the bound only catches runaway expansion.
        #expect(elapsed < .seconds(5))
        #expect(Self.codes(outcome!, in: "bomb.yaml") == ["V107"])
        #expect(outcome!.catalog.system(id: "good") != nil)
    }

    @Test func hugeFileIsRefusedWithoutReadingItAll() throws {
        let path = try Self.database(["huge.yaml": Array(repeating: UInt8(ascii: "#"), count: 50 << 20)])
        let outcome = CatalogLoader.load(paths: [path])
        #expect(Self.codes(outcome, in: "huge.yaml") == ["V101"])
        #expect(outcome.catalog.system(id: "good") != nil)
        #expect(outcome.hasMalformedData)
    }

    @Test func binaryFile() throws {
        let path = try Self.database(["blob.yaml": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]])
        let outcome = CatalogLoader.load(paths: [path])
        #expect(Self.codes(outcome, in: "blob.yaml") == ["V102"])
        #expect(outcome.catalog.system(id: "good") != nil)
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("schema_version: 1\nid: latin\nname: Ig".utf8) + [0xE9] + Array("la\n".utf8)
        let path = try Self.database(["latin.yaml": bytes])
        let outcome = CatalogLoader.load(paths: [path])
        let diagnostic = try #require(outcome.diagnostics.first { $0.code.code == "V103" })
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.location?.column == 9)
    }

    @Test func emptyFile() throws {
        let path = try Self.database(["empty.yaml": [], "comments.yaml": Array("# only a comment\n".utf8)])
        let outcome = CatalogLoader.load(paths: [path])
        #expect(Self.codes(outcome, in: "empty.yaml") == ["V104"])
        #expect(Self.codes(outcome, in: "comments.yaml") == ["V104"])
    }

    @Test func folderWithoutYAMLIsAnInputError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let outcome = CatalogLoader.load(paths: [folder.path])
        #expect(outcome.inputErrors == [.noDataFiles(folder.path)])
    }

    @Test func missingPathIsAnInputErrorAndOthersStillLoad() throws {
        let path = try Self.database([:])
        let outcome = CatalogLoader.load(paths: ["/nonexistent/arsenal", path])
        #expect(outcome.inputErrors == [.notFound("/nonexistent/arsenal")])
        #expect(outcome.catalog.system(id: "good") != nil)
    }

    @Test func syntaxErrorIsLocatedAndOthersStillLoad() throws {
        let path = try Self.database(["broken.yaml": Array("schema_version: 1\nid: [unclosed\nname: x\n".utf8)])
        let outcome = CatalogLoader.load(paths: [path])
        let diagnostic = try #require(outcome.diagnostics.first { $0.location?.file.hasSuffix("broken.yaml") ?? false })
        #expect(diagnostic.code.code == "V105")
        #expect(diagnostic.location!.line >= 2)
        #expect(outcome.catalog.system(id: "good") != nil)
    }

    @Test func everyInvalidFixtureIsRejected() throws {
        let folder = Self.fixtures.appendingPathComponent("Invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 10)
        let registry = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("Valid/sources.yaml")))
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let files = [DataFile(path: "Data/systems/\(name)", bytes: bytes), DataFile(path: "Data/sources.yaml", bytes: registry)]
            let outcome = CatalogLoader.load(files: files, isWholeDatabase: false)
            let errors = outcome.diagnostics.filter { $0.severity == .error && $0.location?.file == "Data/systems/\(name)" }
            // id-file-mismatch alone would not prove the loader saw the problem the fixture shows.
            #expect(errors.contains { $0.code.code != "V602" }, "\(name) was accepted: \(outcome.diagnostics.map(\.message))")
        }
    }

    @Test func invalidRegistriesAreRejected() throws {
        let folder = Self.fixtures.appendingPathComponent("Invalid/sources")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let outcome = CatalogLoader.load(files: [DataFile(path: "Data/sources.yaml", bytes: bytes)], isWholeDatabase: false)
            #expect(outcome.diagnostics.contains { $0.severity == .error }, "\(name) was accepted")
        }
    }

    @Test func validFixturesAreAccepted() throws {
        let outcome = CatalogLoader.load(paths: [Self.fixtures.appendingPathComponent("Valid").path])
        #expect(outcome.inputErrors.isEmpty)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty, "\(outcome.diagnostics.map(\.message))")
    }
}
