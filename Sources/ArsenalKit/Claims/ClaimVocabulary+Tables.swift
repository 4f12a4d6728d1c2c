extension ClaimVocabulary {
    /// `properties.isUppercase`, answered without the Unicode tables for ASCII, Latin-1
    /// letters and basic Cyrillic (the tables' lookups were a tenth of building the
    /// vocabulary at start-up; the name forms of Russian and Ukrainian are Cyrillic).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v &- 0xC0 < 0x40 { return v < 0xDF && v != 0xD7 }
        if v &- 0x400 < 0x60 { return v < 0x430 }
        return scalar.properties.isUppercase
    }

    /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII, Latin-1
    /// letters and basic Cyrillic.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v &- 0xC0 < 0x40 { return v != 0xD7 && v != 0xF7 }
        if v &- 0x400 < 0x60 { return true }
        return scalar.properties.isAlphabetic
    }

    /// Builds the phrase tables from `pending` (the phrases the packs and the catalog gave),
    /// or reads them from `cache` when it holds tables built from exactly these phrases: the
    /// cache key is a hash of the phrases, their meanings and the name filter's phrases in
    /// insertion order, so a changed pack, record or rule that adds phrases misses.
    func buildTables(catalog: Catalog, lexicons: [Lexicon], cache: CompiledCache) {
        let filterPhrases = NameFilter.phrases(catalog: catalog, lexicons: lexicons)
        defer { pending = [] }
        guard cache.directory != nil else {
            buildFromPending(filterPhrases)
            return
        }
        guard let key = Self.tableKey(pending, filterPhrases) else {
            buildFromPending(filterPhrases)
            return
        }
        let name = "phrases-" + languages.joined(separator: "+")
        if let stored = cache.loadBytes(name: name, key: key), readTables(stored, systems: catalog.systems.count) {
            return
        }
        buildFromPending(filterPhrases)
        var writer = PhraseTableWriter()
        trie.write(to: &writer)
        accentedNames.write(to: &writer)
        nameFilter.write(to: &writer)
        cache.storeBytes(writer.bytes, name: name, key: key)
    }

    /// The cache key of tables built from `pending` and `filterPhrases`. The packs'
    /// phrases come from dictionaries, whose order changes from process to process, so
    /// each phrase is hashed on its own and the hashes are summed: the key depends on
    /// which phrases there are, not on their order. The name filter's list is ordered
    /// (`NameFilter.phrases`) and hashed as it is.
    static func tableKey(
        _ pending: [(accented: Bool, phrase: String, entry: Entry)], _ filterPhrases: [(phrase: String, accented: Bool)]
    ) -> ContentHash? {
        var sum = (a: UInt64(0), b: UInt64(0))
        for (accented, phrase, entry) in pending {
            var hash = ContentHash()
            hash.add(accented ? 1 : 0)
            hash.add(phrase)
            entry.addKey(to: &hash)
            sum.a &+= hash.a
            sum.b &+= hash.b
        }
        var filter = PhraseTableWriter()
        for (phrase, accented) in filterPhrases {
            filter.byte(accented ? 1 : 0)
            filter.string(phrase)
        }
        return CompiledCache.key("phrase-tables") { key in
            key.add(UInt64(pending.count))
            key.add(sum.a)
            key.add(sum.b)
            key.add(filter.bytes)
        }
    }

    private func buildFromPending(_ filterPhrases: [(phrase: String, accented: Bool)]) {
        for (accented, phrase, entry) in pending {
            if accented { accentedNames.insert(phrase, entry) } else { trie.insert(phrase, entry) }
        }
        trie.freeze()
        accentedNames.freeze()
        nameFilter = NameFilter(phrases: filterPhrases)
    }

    /// Takes the tables of a cache entry; false (and nothing taken) when it is damaged or
    /// names a system outside the catalog or the list of systems outside the database.
    private func readTables(_ bytes: [UInt8], systems: Int) -> Bool {
        var reader = PhraseTableReader(bytes)
        guard let cues = try? PhraseTrie<Entry>.read(from: &reader), !cues.foldsAccents,
            let accented = try? PhraseTrie<Entry>.read(from: &reader), accented.foldsAccents,
            let filter = try? NameFilter.read(from: &reader), reader.isAtEnd
        else { return false }
        let outside = OutsideSystems.bundled.count
        for list in [cues.payloadList, accented.payloadList] {
            for entry in list {
                switch entry.cue {
                case .system(let index): guard index >= 0, index < systems else { return false }
                case .outsideSystem(let index): guard index >= 0, index < outside else { return false }
                default: continue
                }
            }
        }
        trie = cues
        accentedNames = accented
        nameFilter = filter
        tablesFromCache = true
        return true
    }
}

extension ClaimVocabulary.Entry {
    /// Adds what the entry means to a cache key, field by field (writing it out with
    /// `write(to:)` first cost a third more at start-up).
    func addKey(to hash: inout ContentHash) {
        cue.addKey(to: &hash)
        if let exactCapitals { hash.add(exactCapitals) } else { hash.add(UInt64.max) }
        hash.add(UInt64((inflects ? 1 : 0) | (needsContext ? 2 : 0)))
    }
}

extension Cue {
    /// Adds the cue's case and values to a cache key.
    func addKey(to hash: inout ContentHash) {
        switch self {
        case .system(let index): hash.add(UInt64(0) << 32 | UInt64(UInt32(truncatingIfNeeded: index)))
        case .outsideSystem(let index): hash.add(UInt64(1) << 32 | UInt64(UInt32(truncatingIfNeeded: index)))
        case .reference: hash.add(2 << 32)
        case .attribute(let attribute):
            hash.add(3 << 32)
            hash.add(attribute.rawValue)
        case .manPortable: hash.add(4 << 32)
        case .notManPortable: hash.add(5 << 32)
        case .guidance(let kind):
            hash.add(6 << 32)
            hash.add(kind.rawValue)
        case .target(let kind):
            hash.add(7 << 32)
            hash.add(kind.rawValue)
        case .targetVerb: hash.add(8 << 32)
        case .origin(let code):
            hash.add(9 << 32)
            hash.add(code)
        case .country(let code):
            hash.add(10 << 32)
            hash.add(code)
        case .systemClass(let systemClass):
            hash.add(11 << 32)
            hash.add(systemClass.rawValue)
        case .comparison(let relation, let attribute):
            hash.add(12 << 32)
            hash.add(relation.rawValue)
            hash.add(attribute?.rawValue ?? "")
        case .nonClaim(let category):
            hash.add(13 << 32)
            hash.add(category.rawValue)
        case .word(let word): hash.add(14 << 32 | UInt64(word.rawValue))
        }
    }
}
