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
        // Searched in place in the lowercased text's bytes: no list is built per call.
        var lowered = lowercasedText(range.lowerBound..<position)
        let phrases = vocabulary.latterPhrases
        return lowered.withUTF8 { text in
            for phrase in phrases {
                let found = phrase.utf8.withContiguousStorageIfAvailable { needle in Self.containsWord(needle, in: text) }
                    ?? Array(phrase.utf8).withUnsafeBufferPointer { Self.containsWord($0, in: text) }
                if found { return true }
            }
            return false
        }
    }

    /// Whether `needle` stands in `text` as whole words (no letter or digit right before or
    /// after it).
    static func containsWord(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= text.count else { return false }
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || TextScan.isASCIIAlphanumeric(b) }
        var start = 0
        while start + needle.count <= text.count {
            defer { start += 1 }
            guard text[start] == first else { continue }
            var k = 1
            while k < needle.count, text[start + k] == needle[k] { k += 1 }
            guard k == needle.count else { continue }
            let end = start + needle.count
            if (start == 0 || !isWordByte(text[start - 1])) && (end == text.count || !isWordByte(text[end])) { return true }
        }
        return false
    }
}
