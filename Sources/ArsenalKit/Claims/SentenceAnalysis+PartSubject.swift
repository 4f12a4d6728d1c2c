/// Parts weighed on their own: "whose battery coolant unit alone weighs about 1.1 kg", "la
/// mira térmica del Piorun pesa 2 kg", "das Startrohr der Stinger wiegt 2 kg". A part of the weapon
/// that is the subject of a mass word states the part's mass, neither the missile's nor the
/// whole system's, so the figure is no claim.
extension SentenceAnalysis {
    /// Words a part noun may stand before the figure (the mass word and one or two words such
    /// as "alone", "itself", "sola": "battery coolant unit alone weighs about 1.1 kg").
    static let partSubjectReach = 3

    /// Words before the part in which a missile noun makes the part a companion of the
    /// missile ("the missile with its launch tube weighs 14 kg": four words).
    static let partOwnerReach = 4

    /// Whether a mass is a part's: a component noun (pack `structure.component_nouns`) before
    /// it in its clause, the mass word among the at most `partSubjectReach` words before the
    /// figure, no punctuation, figure, missile noun or whole-system cue ("together weigh") between, and no system named between
    /// but the part's owner right after it (at most two words after the part); and no missile noun among
    /// the `partOwnerReach` words before the part, nor a whole-system cue before it back to
    /// punctuation ("the missile with its tube weighs 14 kg", "the complete system with its
    /// sight weighs 17 kg" weigh the whole).
    func isPartMass(_ quantity: QuantityMention) -> Bool {
        let from = clauseStart(quantity.range.lowerBound)
        guard let part = cues.last(where: { cue in
            isWord(cue, .componentNoun) && cue.range.lowerBound >= from && cue.range.upperBound <= quantity.range.lowerBound
        }) else { return false }
        let between = part.range.upperBound..<quantity.range.lowerBound
        guard !hasPunctuation(between), !quantities.contains(where: { between.contains($0.range.lowerBound) }) else { return false }
        // "missile, stand and sight together weigh about 87 kg": a whole-system cue says whose.
        if cues.contains(where: { $0.cue == .attribute(.systemMass) && between.contains($0.range.lowerBound) }) { return false }
        // The part's owner may follow it ("la mira térmica del Piorun pesa 2 kg", "das
        // Startrohr der Stinger wiegt"): at most two words before the name; the mass word after it.
        var verbFrom = part.range.upperBound
        let named = mentions.filter { !$0.pronoun && between.overlaps($0.range) }
        if let owner = named.first {
            guard named.count == 1, wordCount(part.range.upperBound..<owner.range.lowerBound) <= 2 else { return false }
            verbFrom = owner.range.upperBound
        }
        let inBetween = words(in: verbFrom..<quantity.range.lowerBound)
        guard inBetween.count <= Self.partSubjectReach, inBetween.contains(where: { isIn(.massWord, $0) }),
              !words(in: between).contains(where: { isIn(.missileNoun, $0) }) else { return false }
        // The words right before the part, back to punctuation: "the missile with its tube".
        var start = part.range.lowerBound
        while start > from, !hasPunctuation((start - 1)..<start) { start -= 1 }
        let before = start..<part.range.lowerBound
        if words(in: before).suffix(Self.partOwnerReach).contains(where: { isIn(.missileNoun, $0) }) { return false }
        return !cues.contains { $0.cue == .attribute(.systemMass) && before.contains($0.range.lowerBound) }
    }
}
