/// A subject written after its verb (German puts the verb second: "Heute trifft der Stinger
/// Hubschrauber", "Nach Angaben von Diehl bekämpft das System Flugzeuge"): its article is
/// also a relative pronoun in that language, and opens no relative clause (blind sets UK, UQ).
extension SentenceAnalysis {
    /// Whether a relative pronoun that may open a relative clause stands in `r`. A definite
    /// article that is also a relative pronoun ("der", "das") is none when a system's name
    /// or a word referring to one starts at it or right after it: it is that name's article.
    func hasRelativePronoun(in r: Range<Int>) -> Bool {
        var found = false
        scanWords(in: r) { word in
            let lower = lowercasedText(word)
            if isIn(.relativePronoun, lower), !(isIn(.definiteArticle, lower) && headsName(word)) { found = true }
            return !found
        }
        return found
    }

    /// Whether the word at `word` is the article of a name or a word referring to a system:
    /// a reference cue starts at it, or a system's name one space after it.
    func headsName(_ word: Range<Int>) -> Bool {
        let next = word.upperBound + 1
        guard word.upperBound < range.upperBound, bytes[word.upperBound] == 0x20 else { return false }
        return cues.contains { cue in
            switch cue.cue {
            case .system: return cue.range.lowerBound == next
            case .reference: return cue.range.lowerBound == word.lowerBound || cue.range.lowerBound == next
            default: return false
            }
        }
    }
}
