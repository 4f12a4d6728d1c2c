/// What a count counts when it is not a crew: a system named or outside the database, a
/// figure, a span of time, targets, counted nouns, guns, parts and components after it.
extension SentenceAnalysis {
    /// Whether the count is followed by a target word (pack `targets`) with at most one word
    /// and no punctuation between ("two drones", "zwei Shahed-Drohnen", "три российских
    /// беспилотника"), or right after it by a word of three letters or more for things counted
    /// or for time (pack `non_claims.counts`, `non_claims.dates`: "two missiles", "одну ночь";
    /// not "с", "od", which are prepositions).
    func countsThings(_ countRange: Range<Int>) -> Bool {
        if countsNamedSystem(countRange) { return true }
        // "shot down two Shaheds": a system outside the database right after the count.
        if outsideMentions.contains(where: { mention in
            mention.range.lowerBound >= countRange.upperBound && wordCount(countRange.upperBound..<mention.range.lowerBound) == 0
                && mention.range.lowerBound - countRange.upperBound <= 3
        }) { return true }
        // "fires two 35 mm cannons", "carries four 10 kg missiles": a figure right after the
        // count (a calibre, a mass) describes the things counted.
        var next = countRange.upperBound
        while next < range.upperBound, bytes[next] == 0x20 { next += 1 }
        if next > countRange.upperBound, next < range.upperBound, bytes[next] >= 0x30, bytes[next] <= 0x39 { return true }
        // ("binnen sechs Sekunden": a span of time; blind set KM.)
        if let word = nextWordRange(after: countRange.upperBound), word.lowerBound == next, isIn(.durationWord, lowercasedText(word)) { return true }
        return cues.contains { cue in
            guard cue.range.lowerBound >= countRange.upperBound else { return false }
            let between = stretch(countRange, cue.range)
            guard !hasPunctuation(between) else { return false }
            switch cue.cue {
            case .target: return wordCount(between) <= 1
            case .nonClaim(.counts), .nonClaim(.dates): return wordCount(between) == 0 && characterCount(cue.range) >= 3
            default:
                if isWord(cue, .gunNoun) { return wordCount(between) <= 1 }  // "z dwiema armatami 35 mm" counts guns
                // "each crew handled two blue inert practice rounds" (blind set QR): a part or
                // component after the count and its adjectives (no article, "with", coordinator
                // or other cue between) is what it counts.
                guard isWord(cue, .componentNoun) || isWord(cue, .partNoun) else { return false }
                let lead = countRange.upperBound..<cue.range.lowerBound
                return wordCount(lead) <= 3 && !cues.contains(where: { lead.contains($0.range.lowerBound) })
                    && !words(in: lead).contains(where: { isIn(.determiner, $0) || isIn(.withWord, $0) || isCoordinator($0) })
            }
        }
    }
}
