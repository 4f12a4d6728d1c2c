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
        let rules = lexicons.compactMap { LanguageRegistry.rules(for: $0.language) }
        for system in catalog.systems {
            for name in Set(system.designations) {
                names.insert(name, true)
                accentedNames.insert(name, true)
                for language in rules {
                    for form in language.nameForms(name) { names.insert(form, true) }
                }
            }
        }
        names.freeze()
        accentedNames.freeze()
    }

    /// Whether `bytes` (UTF-8) may name a catalog system.
    func mayNameSystem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var candidates: [PhraseTrie<Bool>.Match] = []
        var named = false
        TextScan.forEachWordStart(in: bytes) { i in
            if names.mayStart(at: i, in: bytes) {
                names.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { named = true }
            }
            if !named, accentedNames.mayStart(at: i, in: bytes), ClaimVocabulary.hasAccentedLetter(bytes, from: i) {
                accentedNames.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { named = true }
            }
            return !named
        }
        return named
    }
}
