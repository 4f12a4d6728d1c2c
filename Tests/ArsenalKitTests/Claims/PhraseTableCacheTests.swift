import Foundation
import Testing
@testable import ArsenalKit

/// The phrase tables in the compiled cache: tables read back find exactly what freshly
/// built ones find, in every pack, and a damaged or foreign entry is rebuilt, never trusted.
@Suite struct PhraseTableCacheTests {
    /// The development passages of the extraction corpus in `language` (`dev/`, or
    /// `dev-<language>/` for a language with no test half), joined.
    static func passages(_ language: String) -> String {
        let root = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/Extraction").path
        var folder = "\(root)/dev/\(language)"
        if !FileManager.default.fileExists(atPath: folder) { folder = "\(root)/dev-\(language)/\(language)" }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        return names.sorted().compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined(separator: "\n\n")
    }

    static func scan(_ vocabulary: ClaimVocabulary, _ text: String) -> [CueMatch] {
        var text = text
        return text.withUTF8 { vocabulary.scan($0) }
    }

    @Test func tablesReadFromTheCacheFindWhatBuiltTablesFind() throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let catalog = CatalogLoader.bundledCatalog
        for lexicon in try Lexicon.allBundled() {
            let text = Self.passages(lexicon.language) + "\nThe Iglá-S and the Stínger, HN-5 and Javelin."
            let built = ClaimVocabulary(catalog: catalog, lexicons: [lexicon])
            let first = ClaimVocabulary(catalog: catalog, lexicons: [lexicon], cache: cache)
            let second = ClaimVocabulary(catalog: catalog, lexicons: [lexicon], cache: cache)
            #expect(!built.tablesFromCache)
            #expect(!first.tablesFromCache)
            #expect(second.tablesFromCache, "\(lexicon.language): the second vocabulary should read the stored tables")
            let expected = Self.scan(built, text)
            #expect(expected.count > 50, "\(lexicon.language): the passages should hold many cues")
            #expect(Self.scan(second, text) == expected, "\(lexicon.language)")
            var bytes = text
            bytes.withUTF8 { #expect(second.mayNameSystem($0) == built.mayNameSystem($0)) }
            var plain = "Nothing here names a weapon."
            plain.withUTF8 { #expect(!second.mayNameSystem($0)) }
        }
        #expect(CompiledCacheTests.entries(folder).contains("phrases-en.bin"))
    }

    /// The packs' phrases come out of dictionaries in an order that changes from process
    /// to process: the key must not (it did, and every start missed the cache).
    @Test func keyDoesNotDependOnTheOrderOfThePacksPhrases() throws {
        let entry = { (cue: Cue) in ClaimVocabulary.Entry(cue: cue, exactCapitals: nil, inflects: false) }
        let pending: [(accented: Bool, phrase: String, entry: ClaimVocabulary.Entry)] = [
            (false, "portée", entry(.attribute(.maxRange))), (false, "plafond", entry(.attribute(.maxAltitude))),
            (true, "Igla-S", entry(.system(3))), (false, "infrarouge", entry(.guidance(.passiveIR))),
        ]
        let filter: [(phrase: String, accented: Bool)] = [("Igla-S", true), ("Stinger", true)]
        let key = try #require(ClaimVocabulary.tableKey(pending, filter))
        #expect(ClaimVocabulary.tableKey(pending.reversed(), filter) == key)
        #expect(ClaimVocabulary.tableKey([pending[2], pending[0], pending[3], pending[1]], filter) == key)
        #expect(ClaimVocabulary.tableKey(Array(pending.dropLast()), filter) != key)
        #expect(ClaimVocabulary.tableKey(pending, filter.reversed()) != key)
        var changed = pending
        changed[0].entry = entry(.attribute(.maxAltitude))
        #expect(ClaimVocabulary.tableKey(changed, filter) != key)
    }

    @Test func tablesBuiltFromOtherPhrasesAreNotRead() throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let catalog = CatalogLoader.bundledCatalog
        let english = try Lexicon.bundled("en")
        _ = ClaimVocabulary(catalog: catalog, lexicons: [english], cache: cache)
        // One record fewer: other phrases, so another key, and the stored tables are not read.
        let smaller = Catalog(records: Array(catalog.systems.dropFirst()), sources: Array(catalog.sources.values))
        let other = ClaimVocabulary(catalog: smaller, lexicons: [english], cache: cache)
        #expect(!other.tablesFromCache)
        let text = Self.passages("en")
        #expect(Self.scan(other, text) == Self.scan(ClaimVocabulary(catalog: smaller, lexicons: [english]), text))
    }

    @Test func damagedEntriesAreRebuilt() throws {
        let folder = CompiledCacheTests.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CompiledCache(directory: folder)
        let catalog = CatalogLoader.bundledCatalog
        let spanish = try Lexicon.bundled("es")
        _ = ClaimVocabulary(catalog: catalog, lexicons: [spanish], cache: cache)
        let path = try #require(cache.path("phrases-es"))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let rebuilt = ClaimVocabulary(catalog: catalog, lexicons: [spanish], cache: cache)
        #expect(!rebuilt.tablesFromCache)
        let text = Self.passages("es")
        #expect(Self.scan(rebuilt, text) == Self.scan(ClaimVocabulary(catalog: catalog, lexicons: [spanish]), text))
    }

    @Test func readerRefusesTruncatedAndInconsistentTables() throws {
        var trie = PhraseTrie<Bool>()
        for phrase in ["Igla-S", "Stinger", "SA-24", "Игла-С"] { trie.insert(phrase, true) }
        trie.freeze()
        var writer = PhraseTableWriter()
        trie.write(to: &writer)
        let bytes = writer.bytes
        var whole = PhraseTableReader(bytes)
        let read = try PhraseTrie<Bool>.read(from: &whole)
        #expect(whole.isAtEnd)
        var text = "the SA 24 and the Игла-С"
        let matches = text.withUTF8 { buffer in
            var found: [PhraseTrie<Bool>.Match] = []
            for start in [4, 18] { read.matches(at: start, in: buffer, into: &found) }
            return found.map(\.range)
        }
        #expect(matches == [4..<9, 18..<text.utf8.count])
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            var reader = PhraseTableReader(Array(bytes.prefix(cut)))
            #expect(throws: PhraseTableReader.Damaged.self) { try PhraseTrie<Bool>.read(from: &reader) }
        }
        // An edge to a node that does not exist.
        var tables = trie.frozen
        tables.edgeTargets[0] = Int32(tables.payloadStarts.count - 1)
        #expect(PhraseTrie(frozen: tables) == nil)
        // Payload lists that run backwards, or past the payloads.
        var backwards = trie.frozen
        let last = backwards.payloadStarts.count - 1
        backwards.payloadStarts[last - 1] = backwards.payloadStarts[last] + 1
        #expect(PhraseTrie(frozen: backwards) == nil)
        var short = trie.frozen
        short.payloadList.removeLast()
        #expect(PhraseTrie(frozen: short) == nil)
    }

    /// `freeze` sorts each node's edges by label (the matcher stops early or halves the list
    /// on that order), so tables whose labels are out of order are refused as damaged; a
    /// node with more than eight children is searched by halving and still finds each one.
    @Test func frozenEdgesAreSortedAndWideNodesMatch() throws {
        var trie = PhraseTrie<Int>()
        let words = ["za", "zy", "zb", "zx", "zc", "zw", "zd", "zv", "ze", "zu", "zf", "zt", "z9", "z-1"]
        for (index, word) in words.enumerated() { trie.insert(word, index) }
        trie.freeze()
        let tables = trie.frozen
        for (start, count) in zip(tables.edgeStart, tables.edgeCount) where count > 1 {
            let labels = tables.edgeLabels[Int(start)..<Int(start) + Int(count)]
            #expect(Array(labels) == labels.sorted())
        }
        for (index, word) in words.enumerated() {
            var text = "a " + word.uppercased() + "."
            let found = text.withUTF8 { buffer in
                var matches: [PhraseTrie<Int>.Match] = []
                trie.matches(at: 2, in: buffer, into: &matches)
                return matches.flatMap { trie.payloads(of: $0.node) }
            }
            #expect(found == [index], "\(word)")
        }
        var shuffled = tables
        let wide = try #require(shuffled.edgeCount.firstIndex { $0 > 8 })
        let first = Int(shuffled.edgeStart[wide])
        shuffled.edgeLabels.swapAt(first, first + 1)
        shuffled.edgeTargets.swapAt(first, first + 1)
        #expect(PhraseTrie(frozen: shuffled) == nil)
    }

    /// The letter tests the vocabulary uses for names and acronyms answer as the Unicode
    /// properties do over ASCII, Latin-1, Latin Extended-A and the whole Cyrillic block
    /// (their fast paths cover only part of it), and the capitals a name must repeat follow.
    @Test func letterTestsAgreeWithUnicodeProperties() throws {
        for value in UInt32(0)...0x52F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ClaimVocabulary.isUppercase(scalar) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(ClaimVocabulary.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
        #expect(ClaimVocabulary.acronymCapitals("SA-24") == Array("SA-24".utf8))
        #expect(ClaimVocabulary.acronymCapitals("ПЗРК") == Array("ПЗРК".utf8))
        #expect(ClaimVocabulary.acronymCapitals("Igla") == nil)
        #expect(ClaimVocabulary.acronymCapitals("Igla-S") == Array("Igla-S".utf8))  // two capitals
        #expect(ClaimVocabulary.nameCapitals("Stinger") == Array("S".utf8))
        #expect(ClaimVocabulary.nameCapitals("Стрела") == Array("С".utf8))
        #expect(ClaimVocabulary.nameCapitals("Igla-S") == nil)
        #expect(ClaimVocabulary.nameCapitals("RBS 70") == nil)
        #expect(ClaimVocabulary.nameCapitals("HN-5") == nil)
        #expect(ClaimVocabulary.nameCapitals("FIM") == Array("FIM".utf8))
    }
}
