extension Lexicon {
    /// The bundled pack of `language`, read from the compiled cache when it holds this
    /// binary's pack, else parsed (and then cached). Errors are those of `bundled(_:)`.
    public static func bundled(_ language: String, cache: CompiledCache) throws(LexiconError) -> Lexicon {
        let key = cacheKey(language)
        let name = "lexicon-" + language
        if let key, let stored = cache.load(Lexicon.self, name: name, key: key) { return stored }
        let lexicon = try bundled(language)
        if let key { cache.store(lexicon, name: name, key: key) }
        return lexicon
    }

    /// The compiled-cache key of the bundled pack of `language`: its files' paths and
    /// bytes (nil for a language with no bundled files or an unsafe name).
    static func cacheKey(_ language: String) -> ContentHash? {
        let files = bundledFiles(language)
        let cacheable = !files.isEmpty && language.utf8.allSatisfy { TextScan.isASCIIAlphanumeric($0) || $0 == 0x2D }
        return cacheable ? CompiledCache.key("lexicon", { hash in
            hash.add(language)
            for file in files {
                hash.add(file.path)
                hash.add(file.text)
            }
        }) : nil
    }
}
