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
        var plan = PhraseTableWriter()
        for (accented, phrase, entry) in pending {
            plan.byte(accented ? 1 : 0)
            plan.string(phrase)
            entry.write(to: &plan)
        }
        for (phrase, accented) in filterPhrases {
            plan.byte(accented ? 1 : 0)
            plan.string(phrase)
        }
        guard let key = CompiledCache.key("phrase-tables", { $0.add(plan.bytes) }) else {
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
