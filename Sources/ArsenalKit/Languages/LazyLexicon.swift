import Foundation

/// A language pack whose detection words are at hand and whose full lexicon is read on
/// first use: a one-article check tells the language from every pack's detection words,
/// then reads only the pack of the language it found (decoding all eight packs from the
/// compiled cache was a quarter of a cold start's work).
///
/// `Lexicon.bundledLazily(_:cache:)` makes a lazy one only when the compiled cache holds
/// the pack's detection words for exactly its current files and this executable, which it
/// writes only after the pack parsed and validated; reading the full pack later can then
/// only repeat that success. Safe to use from any number of threads.
public final class LazyLexicon: @unchecked Sendable {
    /// The pack's language code.
    public let language: String
    /// The words and letters `LanguageDetector` tells the pack's language by.
    public let detection: DetectionWords
    private let lock = NSLock()
    // Guarded by `lock`.
    private var loaded: Lexicon?
    private let load: @Sendable () -> Lexicon
    private let readerLock = NSLock()
    // Guarded by `readerLock`.
    private var prepared: (catalog: CatalogIdentity, reader: PackReader)?

    /// A pack already read.
    public init(_ lexicon: Lexicon) {
        language = lexicon.language
        detection = lexicon.detection
        loaded = lexicon
        load = { lexicon }
    }

    /// A pack `load` reads when it is first needed; `load` must give the pack of
    /// `language` whose detection words are `detection`.
    init(language: String, detection: DetectionWords, load: @escaping @Sendable () -> Lexicon) {
        self.language = language
        self.detection = detection
        self.load = load
    }

    /// The full pack, read on first use.
    public var lexicon: Lexicon {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let lexicon = load()
        loaded = lexicon
        return lexicon
    }

    /// Builds, on the calling thread, the tables that read text in this pack's language
    /// against `catalog` (its phrase tries and quantity scanner), so that a check over the
    /// same catalog finds them ready: a one-article check calls it on a background thread
    /// while the main one parses the command line and builds the judging tables. Returns at
    /// once when they are built or being built.
    public func prepareReader(for catalog: Catalog) {
        guard readerLock.try() else { return }
        defer { readerLock.unlock() }
        if let prepared, prepared.catalog === catalog.identity { return }
        prepared = (catalog.identity, PackReader.build(catalog: catalog, pack: lexicon))
    }

    /// The reader of this pack over `catalog`: the one `prepareReader(for:)` built or is
    /// building for it (waiting for it to finish), else one built now and kept.
    func reader(for catalog: Catalog) -> PackReader {
        readerLock.lock()
        defer { readerLock.unlock() }
        if let prepared, prepared.catalog === catalog.identity { return prepared.reader }
        let reader = PackReader.build(catalog: catalog, pack: lexicon)
        prepared = (catalog.identity, reader)
        return reader
    }

    /// Whether the reader for `catalog` has been built (for tests).
    func hasReader(for catalog: Catalog) -> Bool {
        readerLock.lock()
        defer { readerLock.unlock() }
        return prepared?.catalog === catalog.identity
    }

    /// Whether the full pack has been read (for tests).
    var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return loaded != nil
    }
}

extension Lexicon {
    /// The bundled pack of `language` as a `LazyLexicon`: its detection words from the
    /// compiled cache and the rest read on first use when the cache holds them for exactly
    /// this pack and executable, else the pack read now (from the cache or parsed), with its
    /// detection words stored for the next run. Errors are those of `bundled(_:)`.
    public static func bundledLazily(_ language: String, cache: CompiledCache) throws(LexiconError) -> LazyLexicon {
        guard let key = cacheKey(language) else { return LazyLexicon(try bundled(language, cache: cache)) }
        let name = "detection-" + language
        if let stored = cache.loadBytes(name: name, key: key), let detection = try? Self.detection(from: stored) {
            return LazyLexicon(language: language, detection: detection) {
                do {
                    return try bundled(language, cache: cache)
                } catch {
                    // The same bytes parsed and validated with this executable when the
                    // detection words were stored, so they cannot fail now.
                    preconditionFailure("the bundled '\(language)' pack no longer loads: \(error)")
                }
            }
        }
        let lexicon = try bundled(language, cache: cache)
        cache.storeBytes(archive(lexicon.detection), name: name, key: key)
        return LazyLexicon(lexicon)
    }

    /// The stopwords, letters and foreign letters, each a list of strings.
    static func archive(_ detection: DetectionWords) -> [UInt8] {
        var out: [UInt8] = []
        for list in [detection.stopwords, detection.letters, detection.foreignLetters] { ArchiveWriter.strings(list, into: &out) }
        return out
    }

    /// Reads what `archive(_:)` wrote; fails on any malformed or trailing byte.
    static func detection(from bytes: [UInt8]) throws -> DetectionWords {
        try bytes.withUnsafeBufferPointer { buffer in
            let reader = ArchiveReader(buffer)
            let detection = DetectionWords(stopwords: try reader.strings(), letters: try reader.strings(), foreignLetters: try reader.strings())
            guard reader.offset == buffer.count else { throw BinaryArchive.Failure(description: "trailing bytes") }
            return detection
        }
    }
}
