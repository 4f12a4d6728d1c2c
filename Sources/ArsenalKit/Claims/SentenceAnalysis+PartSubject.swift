/// Parts weighed on their own: "whose battery coolant unit alone weighs about 1.1 kg", "la
/// mira térmica del Piorun pesa 2 kg", "das Startrohr der Stinger wiegt 2 kg". A part of the weapon
/// that is the subject of a mass word states the part's mass, neither the missile's nor the
/// whole system's, so the figure is no claim.
extension SentenceAnalysis {
    /// Words a part noun may stand before the figure (the mass word and one or two words such
    /// as "alone", "itself", "sola": "battery coolant unit alone weighs about 1.1 kg").
    static let partSubjectReach = 3

    /// Words that may open the part's phrase before it ("the", "whose", "The Stinger's"); more
    /// make the part an accessory of something else ("the missile with its launch tube").
    static let partOwnerReach = 2

    /// Whether a mass is a part's: a component noun (pack `structure.component_nouns`) before
    /// it in its sentence, the mass word among the at most `partSubjectReach` words before the
    /// figure (or, after ", which", a difference word: "the tripod, which adds 5 kg"), no
    /// punctuation, figure, missile noun or whole-system cue ("together weigh") between, and no system named between
    /// but the part's owner right after it (at most two words after the part); at most
    /// `partOwnerReach` words before the part back to punctuation or a figure, and no
    /// whole-system cue there ("the missile with its tube weighs 14 kg", "the complete system with its
    /// sight weighs 17 kg" weigh the whole).
    func isPartMass(_ quantity: QuantityMention) -> Bool {
        let from = range.lowerBound
        guard let part = lastCue(where: { cue in
            isWord(cue, .componentNoun) && cue.range.lowerBound >= from && cue.range.upperBound <= quantity.range.lowerBound
        }) else { return false }
        var between = part.range.upperBound..<quantity.range.lowerBound
        // "without the tripod, which adds 5 kg", "la mira, que pesa 2 kg": a relative clause
        // right after the part is about the part.
        var relative = false
        // Its owner may stand between the part and the comma ("Attrappen der Stinger, die nur
        // 9 Kilogramm wiegen", "makietach Pioruna, które ważą 12 kg"): the clause is still the part's.
        var ownerBefore = false
        if let comma = (part.range.upperBound..<quantity.range.lowerBound).first(where: { bytes[$0] == 0x2C }),
           let pronoun = firstWord(in: (comma + 1)..<quantity.range.lowerBound), isIn(.relativePronoun, pronoun) {
            let head = part.range.upperBound..<comma
            ownerBefore = !hasPunctuation(head) && wordCount(head) <= 3
                && mentions.contains { !$0.pronoun && head.contains($0.range.lowerBound) }
            if ownerBefore || isLoneComma(part.range.upperBound..<(comma + 1)) {
                var after = comma + 1
                while after < quantity.range.lowerBound, bytes[after] == 0x20 { after += 1 }
                between = (after + pronoun.utf8.count)..<quantity.range.lowerBound
                relative = true
            }
        }
        guard !hasPunctuation(between), !quantities.contains(where: { between.contains($0.range.lowerBound) }) else { return false }
        // "missile, stand and sight together weigh about 87 kg": a whole-system cue says whose.
        if cues.contains(where: { $0.cue == .attribute(.systemMass) && between.contains($0.range.lowerBound) }) { return false }
        // The part's owner may follow it ("la mira térmica del Piorun pesa 2 kg", "das
        // Startrohr der Stinger wiegt"): at most two words before the name; the mass word after it.
        var verbFrom = ownerBefore ? between.lowerBound : part.range.upperBound
        let named = mentions.filter { !$0.pronoun && between.overlaps($0.range) }
        if let owner = named.first {
            guard named.count == 1, wordCount(part.range.upperBound..<owner.range.lowerBound) <= 2 else { return false }
            verbFrom = owner.range.upperBound
        }
        let inBetween = words(in: verbFrom..<quantity.range.lowerBound)
        let verbs = cues.filter { isWord($0, .differenceWord) && between.contains($0.range.lowerBound) }
        // In a relative clause the mass word may follow the figure ("die nur 9 Kilogramm wiegen").
        let verbAfter = relative && words(in: quantity.range.upperBound..<min(range.upperBound, quantity.range.upperBound + 24), limit: 1)
            .contains(where: { isIn(.massWord, $0) })
        guard inBetween.count <= Self.partSubjectReach,
              inBetween.contains(where: { isIn(.massWord, $0) }) || (relative && !verbs.isEmpty) || verbAfter,
              !containsWord(in: between, of: .missileNoun) else { return false }
        // The words right before the part, back to punctuation or the figure before it: "the
        // missile with its tube" (not "the full system weighs 15 kg without the tripod").
        var start = part.range.lowerBound
        while start > from, !hasPunctuation((start - 1)..<start),
              !quantities.contains(where: { $0.range.upperBound == start }) { start -= 1 }
        let before = start..<part.range.lowerBound
        // The part opens its phrase ("whose battery coolant unit", "la mira térmica"); after
        // more words it is an accessory ("the full system with its tripod weighs 20 kg").
        // (A relative clause after the part's owner is the part's wherever the part stands:
        // "Für die Ausbildung nutzt die Truppe Attrappen der Stinger, die nur 9 Kilogramm wiegen".)
        if !ownerBefore, words(in: before, limit: Self.partOwnerReach + 1).count > Self.partOwnerReach { return false }
        return !cues.contains { $0.cue == .attribute(.systemMass) && before.contains($0.range.lowerBound) }
    }

    /// Whether a range holds one comma and otherwise only spaces.
    func isLoneComma(_ r: Range<Int>) -> Bool {
        var commas = 0
        for i in r {
            if bytes[i] == 0x2C { commas += 1 } else if bytes[i] != 0x20 { return false }
        }
        return commas == 1
    }
}

extension SentenceAnalysis {
    /// "each 40 kg crate holds one missile", "a 3-kg battery", "40-килограммовый ящик": a mass
    /// written as an adjective of a part or component noun right after it (pack `part_nouns`,
    /// `component_nouns`; nothing but a space or a hyphen between) weighs that part (blind set OC).
    func partNounRightAfter(_ quantity: QuantityMention) -> Bool {
        let end = quantity.range.upperBound
        return cues.contains { cue in
            guard isWord(cue, .partNoun) || isWord(cue, .componentNoun), cue.range.lowerBound >= end,
                  cue.range.lowerBound - end <= 1 else { return false }
            return (end..<cue.range.lowerBound).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x2D }
        }
    }
}

extension SentenceAnalysis {
    /// Whether a missile-mass cue at `cue` belongs to a whole-system cue before it: it begins
    /// inside that cue, or right after it past a with-word (pack `structure.with_words`):
    /// "the whole launcher with the missile weighs 18 kg" weighs the launcher and the missile.
    func inWholeSystemCue(_ cue: Range<Int>) -> Bool {
        cues.contains { whole in
            guard whole.cue == .attribute(.systemMass), whole.range.lowerBound < cue.lowerBound else { return false }
            if whole.range.upperBound > cue.lowerBound { return true }
            let gap = whole.range.upperBound..<cue.lowerBound
            let between = words(in: gap, limit: 3)
            return between.count == 1 && isIn(.withWord, between[0].lowercased()) && !hasPunctuation(gap)
        }
    }
}
