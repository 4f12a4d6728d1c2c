extension SentenceAnalysis {
    /// Whether a word for "the last one named" (pack `structure.latter_words`: "the latter",
    /// "estos últimos", "Letztere", "ces derniers", "te ostatnie", "последние") stands in the
    /// sentence before `position`. A figure in a sentence that names no system and opens
    /// with one ("Patriot batteries and American Stingers. The latter only work up to
    /// 3,800 m.") is the last system's the sentence before named, not its subject's: tied to
    /// the subject by the article's topic, its system is a guess (issue 8).
    func hasLatterWord(before position: Int) -> Bool {
        // Most sentences are shorter than no phrase: nothing is lowercased for them.
        guard !vocabulary.latterPhrases.isEmpty, position - range.lowerBound >= vocabulary.latterMinimumBytes else { return false }
        let lowered = Array(lowercasedText(range.lowerBound..<position).utf8)
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || TextScan.isASCIIAlphanumeric(b) }
        for phrase in vocabulary.latterPhrases {
            let needle = Array(phrase.utf8)
            guard needle.count <= lowered.count else { continue }
            for start in 0...(lowered.count - needle.count) where lowered[start] == needle[0] {
                guard lowered[start..<start + needle.count].elementsEqual(needle) else { continue }
                let end = start + needle.count
                if (start == 0 || !isWordByte(lowered[start - 1])) && (end == lowered.count || !isWordByte(lowered[end])) { return true }
            }
        }
        return false
    }
}
