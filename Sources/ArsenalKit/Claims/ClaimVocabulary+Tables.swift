extension ClaimVocabulary {
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
        var item = PhraseTableWriter()
        for (accented, phrase, entry) in pending {
            item.reset()
            item.byte(accented ? 1 : 0)
            item.string(phrase)
            entry.write(to: &item)
            var hash = ContentHash()
            hash.add(item.bytes)
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
        for payloads in cues.payloads + accented.payloads {
            for entry in payloads {
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
