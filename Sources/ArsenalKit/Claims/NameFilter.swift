/// A quick test whether a text may name any catalog system: the designations alone (and
/// the case forms of the packs' languages), matched with the case folding and word
/// boundaries of `ClaimVocabulary.scan`, capitals not yet checked. No match means the text
/// makes no claim; a match is only a candidate.
///
/// Built for one pack, it is the vocabulary's first step; built for all of an extractor's
/// packs, it lets a document that names no system in any of them skip everything else,
/// even telling its language (most stories of a newsroom feed are about something else).
struct NameFilter: Sendable {
    private var names = PhraseTrie<Bool>()
    /// The designations with accents folded, for names written with a stray accent
    /// ("Iglá-S"): looked up only at words that carry one.
    private var accentedNames = PhraseTrie<Bool>(foldsAccents: true)

    /// The designations of `catalog`'s systems, with the case forms `lexicons`' languages give them.
    init(catalog: Catalog, lexicons: [Lexicon]) {
        self.init(phrases: Self.phrases(catalog: catalog, lexicons: lexicons))
    }

    /// A filter of `phrases`, each also matched with its accents folded when `accented`.
    init(phrases: [(phrase: String, accented: Bool)]) {
        for (phrase, accented) in phrases {
            names.insert(phrase, true)
            if accented { accentedNames.insert(phrase, true) }
        }
        names.freeze()
        accentedNames.freeze()
    }

    /// The filter's built tries, as the compiled cache stored them.
    init(names: PhraseTrie<Bool>, accentedNames: PhraseTrie<Bool>) {
        self.names = names
        self.accentedNames = accentedNames
    }

    /// What a filter of `catalog` in `lexicons`' languages holds, in insertion order: the
    /// designations (also with their accents folded) and their case forms.
    static func phrases(catalog: Catalog, lexicons: [Lexicon]) -> [(phrase: String, accented: Bool)] {
        let rules = lexicons.compactMap { LanguageRegistry.rules(for: $0.language) }
        var phrases: [(phrase: String, accented: Bool)] = []
        for system in catalog.systems {
            // Sorted: a set's order changes from run to run, and the compiled cache keys
            // on this list.
            for name in Set(system.designations).sorted() {
                phrases.append((name, true))
                for language in rules {
                    for form in language.nameForms(name) { phrases.append((form, false)) }
                }
            }
        }
        return phrases
    }

    /// Writes the built tries (`PhraseTableArchive`).
    func write(to writer: inout PhraseTableWriter) {
        names.write(to: &writer)
        accentedNames.write(to: &writer)
    }

    /// Reads tries `write(to:)` wrote.
    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> NameFilter {
        let names = try PhraseTrie<Bool>.read(from: &reader)
        let accentedNames = try PhraseTrie<Bool>.read(from: &reader)
        guard !names.foldsAccents, accentedNames.foldsAccents else { throw PhraseTableReader.Damaged() }
        return NameFilter(names: names, accentedNames: accentedNames)
    }

    /// Whether `bytes` (UTF-8) may name a catalog system.
    func mayNameSystem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Read once: reading a stored trie inside the loop copied it at every word.
        let names = names
        let accentedNames = accentedNames
        // A name with a stray accent needs a Latin letter with a diacritic (lead bytes
        // 0xC3–0xC5, as `ClaimVocabulary.hasAccentedLetter` tests): a text without one
        // skips that look-up at every word.
        let mayHaveAccents = TextScan.containsLatinDiacriticLead(bytes)
        var candidates: [PhraseTrie<Bool>.Match] = []
        var named = false
        TextScan.forEachWordStart(in: bytes) { i in
            if names.mayStart(at: i, in: bytes) {
                names.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { named = true }
            }
            if !named, mayHaveAccents, accentedNames.mayStart(at: i, in: bytes), ClaimVocabulary.hasAccentedLetter(bytes, from: i) {
                accentedNames.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { named = true }
            }
            return !named
        }
        return named
    }
}

extension NameFilter {
    /// The filter of `catalog` in `lexicons`' languages, read from `cache` when it holds one
    /// built from exactly the same phrases (the key is a hash of them), else built and stored.
    static func cached(catalog: Catalog, lexicons: [Lexicon], cache: CompiledCache) -> NameFilter {
        let phrases = phrases(catalog: catalog, lexicons: lexicons)
        guard cache.directory != nil else { return NameFilter(phrases: phrases) }
        var plan = PhraseTableWriter()
        for (phrase, accented) in phrases {
            plan.byte(accented ? 1 : 0)
            plan.string(phrase)
        }
        guard let key = CompiledCache.key("name-filter", { $0.add(plan.bytes) }) else { return NameFilter(phrases: phrases) }
        let name = "names-" + lexicons.map(\.language).joined(separator: "+")
        if let stored = cache.loadBytes(name: name, key: key) {
            var reader = PhraseTableReader(stored)
            if let filter = try? NameFilter.read(from: &reader), reader.isAtEnd { return filter }
        }
        let filter = NameFilter(phrases: phrases)
        var writer = PhraseTableWriter()
        filter.write(to: &writer)
        cache.storeBytes(writer.bytes, name: name, key: key)
        return filter
    }
}
