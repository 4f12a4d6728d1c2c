/// Verb-final relative clauses (issue 8): in a language that capitalises its nouns and puts
/// the verb of a relative clause last, a pronoun that is also an article opens a relative
/// clause when one lowercase word, the verb, closes the clause right after the figure ("...
/// Störsender ein, die GPS-Signale in einem Radius von bis zu 50 Kilometern überlagern"); a
/// list item (", die Rakete allein 10,5 kg") ends at its figure.
extension SentenceAnalysis {
    /// Whether, in a pack whose nouns are capitalised, exactly one word follows `quantity`
    /// before clause punctuation or the sentence's end, and it opens with a lowercase letter.
    func verbEndsClause(after quantity: QuantityMention) -> Bool {
        guard vocabulary.capitalisedNouns else { return false }
        var words: [Range<Int>] = []
        var k = quantity.range.upperBound
        while k < range.upperBound, !Self.isClausePunctuation(bytes, at: k) { k += 1 }
        scanWords(in: quantity.range.upperBound..<k) { word in
            words.append(word)
            return words.count < 2
        }
        guard words.count == 1, let word = words.first, !hasPunctuation(quantity.range.upperBound..<word.lowerBound),
              let scalar = Unicode.Scalar(ByteText.scalar(at: word.lowerBound, bytes).0) else { return false }
        return scalar.properties.isLowercase
    }

    /// The noun a relative clause hangs on when the word before its comma is a verb's
    /// particle ("setzt Moskau Störsender ein, die ..."): in a pack whose nouns are
    /// capitalised, the capitalised word right before a lowercase `word`; else `word`.
    func nounBefore(particle word: Range<Int>) -> Range<Int> {
        guard vocabulary.capitalisedNouns, let first = Unicode.Scalar(ByteText.scalar(at: word.lowerBound, bytes).0),
              first.properties.isLowercase, let previous = lastWordRange(before: word.lowerBound),
              let scalar = Unicode.Scalar(ByteText.scalar(at: previous.lowerBound, bytes).0), scalar.properties.isUppercase
        else { return word }
        return previous
    }
}
