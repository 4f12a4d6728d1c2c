import Foundation

/// The phrase tables of one language pack: its vocabulary (names and cue phrases) and its
/// number scanner.
struct PackReader: Sendable {
    let vocabulary: ClaimVocabulary
    let scanner: QuantityScanner

    /// The reader of `pack`'s language over `catalog`, its phrase tables read from the
    /// compiled cache when the program opted in (`CompiledCache.forBundledData`).
    static func build(catalog: Catalog, pack: Lexicon) -> PackReader {
        PackReader(vocabulary: ClaimVocabulary(catalog: catalog, lexicons: [pack], cache: .forBundledData),
                   scanner: QuantityScanner(lexicons: [pack]))
    }
}

/// The readers of an extractor's packs, each built on first use and then shared: a
/// one-article check in one language builds one pack's tables, not all of them, or reads
/// them from the compiled cache when the program opted in (`CompiledCache.forBundledData`).
/// Safe to use from any number of threads.
final class PackReaders: @unchecked Sendable {
    private let catalog: Catalog
    private let packs: [String: LazyLexicon]
    private let lock = NSLock()
    // Guarded by `lock`.
    private var built: [String: PackReader] = [:]
    private var allNames: NameFilter?

    /// Readers of `packs`, whose full lexicons are read when a reader or the name filter
    /// first needs them.
    init(catalog: Catalog, packs: [LazyLexicon]) {
        self.catalog = catalog
        var byCode: [String: LazyLexicon] = [:]
        for pack in packs where byCode[pack.language] == nil { byCode[pack.language] = pack }
        self.packs = byCode
    }

    /// The reader of `language`, or nil when the extractor has no such pack.
    func reader(for language: String) -> PackReader? {
        lock.lock()
        defer { lock.unlock() }
        if let reader = built[language] { return reader }
        guard let pack = packs[language] else { return nil }
        // Built here, or taken from (or waited for while) another thread building it for this
        // catalog (`LazyLexicon.prepareReader(for:)`).
        let reader = pack.reader(for: catalog)
        built[language] = reader
        return reader
    }

    /// The designations in every pack's case forms, built on first use: a document none of
    /// them occurs in names no system whatever its language.
    func nameFilter() -> NameFilter {
        lock.lock()
        defer { lock.unlock() }
        if let allNames { return allNames }
        let filter = NameFilter.cached(catalog: catalog, lexicons: packs.keys.sorted().compactMap { packs[$0]?.lexicon }, cache: .forBundledData)
        allNames = filter
        return filter
    }
}
