import Foundation
import Testing
@testable import ArsenalKit

/// The compiled cache of the database and the packs: what it reads back equals what the
/// YAML gives, and a stale, damaged or unwritable cache is never trusted or fatal.
@Suite struct CompiledCacheTests {
    /// A fresh cache folder (not created: the cache creates it).
    static func cacheFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-cache-\(UUID().uuidString)").path
    }

    /// Damages a cache entry on disk one of four ways: "flip" (one bit in the middle),
    /// "truncate" (the last third cut), "garbage" (text that is no archive), "empty".
    static func damage(_ entry: URL, _ how: String) throws {
        var bytes = [UInt8](try Data(contentsOf: entry))
        switch how {
        case "flip": bytes[bytes.count / 2] ^= 0x20
        case "truncate": bytes.removeLast(bytes.count / 3)
        case "garbage": bytes = Array("not an archive at all, just text".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: entry)
    }

    /// The names of the entries in `folder`, without this executable's tag: "catalog-bundled.bin".
    static func entries(_ folder: String) -> [String] {
        let suffix = "-" + CompiledCache.executableTag + ".bin"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }
            .map { String($0.dropLast(suffix.count)) + ".bin" }.sorted()
    }

    @Test func archiveRoundTripsTheBundledDatabaseAndEveryPack() throws {
        let loaded = CatalogLoader.loadRecords(files: CatalogLoader.bundledFiles, options: LoadOptions(), isWholeDatabase: true)
        let stored = StoredCatalog(records: loaded.records, sources: loaded.sources)
        let decoded = try BinaryArchive.decode(StoredCatalog.self, from: try BinaryArchive.encode(stored))
        #expect(decoded.records == loaded.records)
        #expect(decoded.sources == loaded.sources)
        #expect(Catalog(records: decoded.records, sources: decoded.sources).systems == loaded.outcome.catalog.systems)
        for lexicon in try Lexicon.allBundled() {
            #expect(try BinaryArchive.decode(Lexicon.self, from: try BinaryArchive.encode(lexicon)) == lexicon)
        }
    }

    @Test func recordedValuesRoundTripWithEveryFieldAndWithNone() throws {
        let here = SourceLocation(file: "Data/x.yaml", line: 3, column: 7)
        let full = SourcedValue(
            value: .quantity(Quantity(5200, .meters)), sourceID: "src", location: here,
            end: SourceLocation(file: "Data/x.yaml", line: 3, column: 12), sourceLocation: here, approximate: true,
            bound: .atMost, status: .disputed, note: "a note", variant: "9M342", inheritedFrom: "igla", qualifier: .effective,
            scope: .family, scopeLocation: here, also: .count(4))
        let bare = SourcedValue(value: .set(["aircraft", "helicopters"]), sourceID: "s", location: here)
        let bytes = try BinaryArchive.encode([full, bare])
        #expect(try BinaryArchive.decode([SourcedValue].self, from: bytes) == [full, bare])
        #expect(throws: (any Error).self) { try BinaryArchive.decode([SourcedValue].self, from: Array(bytes.dropLast())) }
    }

    struct Pair: Codable, Equatable {
        var first: String
        var second: String?
        var third: Int
    }

    @Test func archiveRefusesDamagedBytes() throws {
        let bytes = try BinaryArchive.encode([Pair(first: "a", second: nil, third: -3), Pair(first: "é", second: "x", third: 1 << 40)])
        #expect(try BinaryArchive.decode([Pair].self, from: bytes) == [Pair(first: "a", second: nil, third: -3), Pair(first: "é", second: "x", third: 1 << 40)])
        #expect(throws: (any Error).self) { try BinaryArchive.decode([Pair].self, from: Array(bytes.dropLast())) }
        #expect(throws: (any Error).self) { try BinaryArchive.decode([Pair].self, from: bytes + [0]) }
        #expect(throws: (any Error).self) { try BinaryArchive.decode([Pair].self, from: []) }
        // A value read under another type's keys fails instead of taking the wrong field.
        struct Swapped: Codable { var third: Int; var first: String }
        #expect(throws: (any Error).self) { try BinaryArchive.decode([Swapped].self, from: bytes) }
        // A nil in a list cannot be written (so lists never need a presence mark).
        #expect(throws: (any Error).self) { try BinaryArchive.encode([nil, "a"] as [String?]) }
    }

    @Test func bundledDatabaseIsWrittenOnceAndThenReadBack() throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let first = CatalogLoader.loadCatalog(paths: [], cache: cache)
        #expect(!first.fromCache)
        #expect(first.errorCount == 0)
        #expect(Self.entries(folder) == ["catalog-bundled.bin"])
        let second = CatalogLoader.loadCatalog(paths: [], cache: cache)
        #expect(second.fromCache)
        #expect(second.catalog.systems == CatalogLoader.bundledCatalog.systems)
        #expect(second.catalog.sources == CatalogLoader.bundledCatalog.sources)
    }

    @Test func staleEntryOfAChangedDatabaseIsReplaced() throws {
        let folder = Self.cacheFolder()
        let database = try CatalogLoaderTests.database([:])
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: database)
        }
        let cache = CompiledCache(directory: folder)
        let first = CatalogLoader.loadCatalog(paths: [database], cache: cache)
        #expect(!first.fromCache && first.errorCount == 0)
        #expect(CatalogLoader.loadCatalog(paths: [database], cache: cache).fromCache)
        let record = database + "/systems/good.yaml"
        try Data(CatalogLoaderTests.goodRecord.replacingOccurrences(of: "8 km", with: "9 km").utf8).write(to: URL(fileURLWithPath: record))
        let changed = CatalogLoader.loadCatalog(paths: [database], cache: cache)
        #expect(!changed.fromCache)
        #expect(changed.catalog.system(id: "good")?.values(.maxRange).first?.value == .quantity(Quantity(9, .kilometers)))
        let again = CatalogLoader.loadCatalog(paths: [database], cache: cache)
        #expect(again.fromCache)
        #expect(again.catalog.system(id: "good")?.values(.maxRange).first?.value == .quantity(Quantity(9, .kilometers)))
        // Another day is another key (future-date checks depend on it).
        #expect(!CatalogLoader.loadCatalog(paths: [database], options: LoadOptions(today: "2099-01-01"), cache: cache).fromCache)
    }

    @Test(arguments: ["flip", "truncate", "garbage", "empty"])
    func damagedEntryIsIgnoredAndRewritten(_ damage: String) throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        _ = CatalogLoader.loadCatalog(paths: [], cache: cache)
        let entry = URL(fileURLWithPath: try #require(cache.path("catalog-bundled")))
        try Self.damage(entry, damage)
        let reloaded = CatalogLoader.loadCatalog(paths: [], cache: cache)
        #expect(!reloaded.fromCache)
        #expect(reloaded.catalog.systems == CatalogLoader.bundledCatalog.systems)
        #expect(CatalogLoader.loadCatalog(paths: [], cache: cache).fromCache)
    }

    @Test func unwritableFolderIsSkipped() throws {
        // A cache folder beneath a regular file can never be created, even by root.
        let blocker = Self.cacheFolder()
        try Data("file".utf8).write(to: URL(fileURLWithPath: blocker))
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        let cache = CompiledCache(directory: blocker + "/arsenal")
        for _ in 0..<2 {
            let load = CatalogLoader.loadCatalog(paths: [], cache: cache)
            #expect(!load.fromCache)
            #expect(load.catalog.systems == CatalogLoader.bundledCatalog.systems)
            #expect(try Lexicon.bundled("en", cache: cache) == Lexicon.bundled("en"))
        }
    }

    @Test func databaseWithErrorsIsNeverCached() throws {
        let folder = Self.cacheFolder()
        let database = try CatalogLoaderTests.database(["bad.yaml": Array("id: [unclosed\n".utf8)])
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: database)
        }
        let cache = CompiledCache(directory: folder)
        for _ in 0..<2 {
            let load = CatalogLoader.loadCatalog(paths: [database], cache: cache)
            #expect(load.errorCount > 0)
            #expect(!load.fromCache)
            #expect(load.catalog.system(id: "good") != nil)
        }
        #expect(Self.entries(folder).isEmpty)
    }

    @Test func unreadableInputIsReportedAndNotCached() throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let load = CatalogLoader.loadCatalog(paths: ["/nonexistent/arsenal-data"], cache: CompiledCache(directory: folder))
        #expect(load.inputErrors == [.notFound("/nonexistent/arsenal-data")])
        #expect(Self.entries(folder).isEmpty)
    }

    @Test func packsAreCachedPerLanguage() throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        for code in Lexicon.bundledLanguages {
            let parsed = try Lexicon.bundled(code)
            #expect(try Lexicon.bundled(code, cache: cache) == parsed)
            #expect(try Lexicon.bundled(code, cache: cache) == parsed)
        }
        #expect(Self.entries(folder) == Lexicon.bundledLanguages.map { "lexicon-\($0).bin" })
        #expect(throws: LexiconError.self) { try Lexicon.bundled("xx", cache: cache) }
    }

    @Test func disabledCacheWritesNothing() {
        #expect(!CatalogLoader.loadCatalog(paths: [], cache: .disabled).fromCache)
        #expect(!CatalogLoader.loadCatalog(paths: [], cache: .disabled).fromCache)
    }
}

extension CompiledCacheTests {
    @Test func folderKeepsABoundedNumberOfEntries() throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let key = try #require(CompiledCache.key("test") { $0.add("x") })
        for index in 0..<(CompiledCache.maximumEntries + 5) { cache.store([index], name: "entry-\(index)", key: key) }
        let kept = Self.entries(folder)
        #expect(kept.count == CompiledCache.maximumEntries)
        #expect(kept.contains("entry-\(CompiledCache.maximumEntries + 4).bin"))
        #expect(cache.load([Int].self, name: "entry-\(CompiledCache.maximumEntries + 4)", key: key) == [CompiledCache.maximumEntries + 4])
    }
}

extension CompiledCacheTests {
    @Test func outsideSystemsListIsCachedByItsText() throws {
        let folder = Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let text = try #require(embeddedResourceFiles.first { $0.path == OutsideSystems.bundledPath }).text
        let parsed = try OutsideSystems.load(yaml: text, path: OutsideSystems.bundledPath)
        var made = 0
        for _ in 0..<2 {
            let value = cache.value(name: "outside-systems", sources: [(OutsideSystems.bundledPath, text)]) { () -> [OutsideSystem]? in
                made += 1
                return parsed
            }
            #expect(value == parsed)
        }
        #expect(made == 1)
        // Other text, another key: made again.
        _ = cache.value(name: "outside-systems", sources: [(OutsideSystems.bundledPath, text + "\n")]) { () -> [OutsideSystem]? in
            made += 1
            return parsed
        }
        #expect(made == 2)
        #expect(OutsideSystems.bundled == parsed)
    }
}
