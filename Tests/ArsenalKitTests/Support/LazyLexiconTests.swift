import Foundation
import Testing
@testable import ArsenalKit

/// Packs read lazily through the compiled cache, and the catalog's hand-written archive:
/// what a cold `arsenal check` reads is what parsing gives, and a damaged entry is never
/// trusted.
@Suite struct LazyLexiconTests {
    @Test func detectionWordsAreCachedAndThePackIsReadOnFirstUse() throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        for code in Lexicon.bundledLanguages {
            let parsed = try Lexicon.bundled(code)
            // A cold cache: the pack is read now, and its detection words are stored.
            let first = try Lexicon.bundledLazily(code, cache: cache)
            #expect(first.isLoaded)
            #expect(first.language == code && first.detection == parsed.detection)
            // A warm one: only the detection words, the pack on first use.
            let second = try Lexicon.bundledLazily(code, cache: cache)
            #expect(!second.isLoaded)
            #expect(second.language == code && second.detection == parsed.detection)
            #expect(second.lexicon == parsed)
            #expect(second.isLoaded)
        }
        #expect(CompiledCacheTests.entries(folder).contains("detection-en.bin"))
        #expect(throws: LexiconError.self) { try Lexicon.bundledLazily("xx", cache: cache) }
    }

    @Test(arguments: ["flip", "truncate", "garbage", "empty"])
    func damagedDetectionEntryIsIgnoredAndRewritten(_ damage: String) throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        _ = try Lexicon.bundledLazily("en", cache: cache)
        let entry = URL(fileURLWithPath: try #require(cache.path("detection-en")))
        try CompiledCacheTests.damage(entry, damage)
        let reread = try Lexicon.bundledLazily("en", cache: cache)
        #expect(reread.isLoaded)
        #expect(reread.lexicon == (try Lexicon.bundled("en")))
        #expect(try !Lexicon.bundledLazily("en", cache: cache).isLoaded)
    }

    @Test func detectionArchiveRefusesDamagedBytes() throws {
        let detection = try Lexicon.bundled("pl").detection
        let bytes = Lexicon.archive(detection)
        #expect(try Lexicon.detection(from: bytes) == detection)
        #expect(throws: (any Error).self) { try Lexicon.detection(from: Array(bytes.dropLast())) }
        #expect(throws: (any Error).self) { try Lexicon.detection(from: bytes + [0]) }
        #expect(throws: (any Error).self) { try Lexicon.detection(from: []) }
    }

    @Test func lazyPacksGiveTheSameFindingsAndReadOnlyTheArticlesPack() throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        for code in Lexicon.bundledLanguages { _ = try Lexicon.bundledLazily(code, cache: cache) }
        let packs = try Lexicon.bundledLanguages.map { code throws(LexiconError) in try Lexicon.bundledLazily(code, cache: cache) }
        let lazy = ArticleCheckService(catalog: CatalogLoader.bundledCatalog, packs: packs)
        let eager = ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
        for example in ["venezuela-igla-s.md", "venezuela-igla-s.es.md", "manpads-explainer.md"] {
            let text = try String(contentsOf: CheckTestSupport.packageRoot.appendingPathComponent("Examples/" + example), encoding: .utf8)
            let found = try lazy.check(text: text, format: .markdown, path: example, explain: true)
            #expect(!found.isEmpty)
            #expect(found == (try eager.check(text: text, format: .markdown, path: example, explain: true)))
        }
        #expect(packs.filter(\.isLoaded).map(\.language).sorted() == ["en", "es"])
    }
}

extension LazyLexiconTests {
    @Test func catalogArchiveRefusesDamagedBytes() throws {
        let loaded = CatalogLoader.loadRecords(files: CatalogLoader.bundledFiles, options: LoadOptions(), isWholeDatabase: true)
        let stored = StoredCatalog(records: loaded.records, sources: loaded.sources)
        var bytes: [UInt8] = []
        try ArchiveWriter.storedCatalog(stored, into: &bytes)
        #expect(try BinaryArchive.encode(stored) == bytes)
        let decoded = try BinaryArchive.decode(StoredCatalog.self, from: bytes)
        #expect(decoded.records == loaded.records && decoded.sources == loaded.sources)
        #expect(throws: (any Error).self) { try BinaryArchive.decode(StoredCatalog.self, from: Array(bytes.dropLast())) }
        #expect(throws: (any Error).self) { try BinaryArchive.decode(StoredCatalog.self, from: bytes + [0]) }
        #expect(throws: (any Error).self) { try BinaryArchive.decode(StoredCatalog.self, from: Array(bytes.prefix(bytes.count / 2))) }
    }
}

extension LazyLexiconTests {
    /// A reader prepared on another thread for the catalog a check uses is the one the check
    /// reads with (same findings, not built twice); one prepared for another catalog is not.
    @Test func aPreparedReaderServesTheSameCatalogOnly() throws {
        let catalog = CatalogLoader.bundledCatalog
        let pack = LazyLexicon(try Lexicon.bundled("en"))
        let prepared = Thread { pack.prepareReader(for: catalog) }
        prepared.start()
        let service = ArticleCheckService(catalog: catalog, packs: [pack])
        let text = try String(contentsOf: CheckTestSupport.packageRoot.appendingPathComponent("Examples/venezuela-igla-s.md"), encoding: .utf8)
        let found = try service.check(text: text, format: .markdown, path: "a.md", explain: true)
        #expect(pack.hasReader(for: catalog))
        let fresh = ArticleCheckService(catalog: catalog, lexicons: [try Lexicon.bundled("en")])
        #expect(found == (try fresh.check(text: text, format: .markdown, path: "a.md", explain: true)))
        // Another catalog value built from the same records is another catalog: not served.
        let other = Catalog(records: catalog.systems, sources: Array(catalog.sources.values))
        #expect(!pack.hasReader(for: other))
        _ = try ArticleCheckService(catalog: other, packs: [pack]).check(text: text, format: .markdown, path: "a.md")
        #expect(pack.hasReader(for: other) && !pack.hasReader(for: catalog))
    }
}
