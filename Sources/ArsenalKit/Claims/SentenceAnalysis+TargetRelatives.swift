/// A figure followed by a relative clause whose subject is a target: "far above the 2 km or
/// so at which the drones usually cruise", "по высоте 2 км, на которой летают дроны" (issue 8;
/// blind set OA). The clause says where the targets fly, so the figure is theirs, not a limit
/// of the weapon.
extension SentenceAnalysis {
    /// Words a relative clause may hold before its target ("at which the drones usually cruise").
    static let targetRelativeReach = 4

    /// For a distance or height right before a relative pronoun of the pack (one word, or two:
    /// "at which", "на которой"), with no comma between (a clause set off by one comments on the
    /// figure: "do 3 km, co wystarcza na śmigłowce"), whose clause names a target (a target noun
    /// or a target cue) within `targetRelativeReach` words, with no punctuation: the words from
    /// the figure to the target. Nil otherwise.
    func targetRelativeAfter(_ quantity: QuantityMention) -> String? {
        guard quantity.dimension == .length else { return nil }
        var i = quantity.range.upperBound
        guard i < range.upperBound else { return nil }
        while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
        let ahead = wordRanges(in: i..<min(range.upperBound, i + 160)).prefix(2 + Self.targetRelativeReach)
        guard let first = ahead.first, !hasPunctuation(quantity.range.upperBound..<first.lowerBound) else { return nil }
        var opened = 0
        if isIn(.relativePronoun, lowercasedText(first)) {
            opened = 1
        } else if ahead.count >= 2, isIn(.relativePronoun, lowercasedText(first.lowerBound..<ahead[ahead.startIndex + 1].upperBound)) {
            opened = 2
        }
        guard opened > 0 else { return nil }
        for word in ahead.dropFirst(opened).prefix(Self.targetRelativeReach) {
            guard !hasPunctuation(first.lowerBound..<word.lowerBound) else { return nil }
            let isTarget = isIn(.targetNoun, lowercasedText(word)) || cues.contains { cue in
                if case .target = cue.cue { return cue.range.overlaps(word) }
                return false
            }
            if isTarget { return text(quantity.range.lowerBound..<word.upperBound) }
        }
        return nil
    }
}
