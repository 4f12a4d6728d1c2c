/// Flight times: "the missile then needs about 10 seconds to cover 5 km", "erreicht 5 km in
/// zehn Sekunden", "за 10 секунд пролетает 5 км", "the test missile flew 450 km in 4.5
/// minutes". A distance tied to a duration is how far the missile got in that time, not the
/// farthest it can reach: the attribute is a guess (`ReadingFeature.Kind.flightTime`).
extension SentenceAnalysis {
    /// Words that may stand between a distance and the duration tied to it ("needs about 10
    /// seconds to cover 5 km": three, the figure counting as one).
    static let flightTimeReach = 6

    /// For a distance or height read as a limit, the words of a duration in its clause: a
    /// number right before a word of time (pack `structure.duration_words`: "seconds",
    /// "Sekunden", "секунд", "s"), at most `flightTimeReach` words away, with no punctuation,
    /// coordinator or system name between ("The Igla-S reaches 6 km, and is ready in 13
    /// seconds" states a range and a reaction time). A bound ("up to 5 km") or an interval says
    /// what the weapon can do, as for a shot.
    func flightTime(of quantity: QuantityMention, attribute: Attribute) -> String? {
        switch attribute {
        case .maxRange, .maxAltitude: break
        default: return nil
        }
        guard quantity.dimension == .length, quantity.bound == .exact || quantity.bound == .about,
              !(wordSets[.durationWord]?.isEmpty ?? true) else { return nil }
        let own = clause(quantity.range.lowerBound)
        // "braucht rund 6 Sekunden, um ein Ziel in 3 Kilometern zu erreichen": a purpose
        // clause set off by a comma reaches back to the duration before it.
        let purpose = purposeClauseComma(before: quantity)
        for number in quantities where number.dimension == nil && number.range != quantity.range {
            let inPurpose = purpose.map { number.range.upperBound <= $0 && clause(number.range.lowerBound) >= own - 1 } ?? false
            guard clause(number.range.lowerBound) == own || inPurpose else { continue }
            guard let unit = firstWordRange(in: number.range.upperBound..<range.upperBound),
                  wordCount(number.range.upperBound..<unit.lowerBound) == 0,
                  isIn(.durationWord, lowercasedText(unit)) else { continue }
            let duration = number.range.lowerBound..<unit.upperBound
            let between = duration.upperBound <= quantity.range.lowerBound
                ? duration.upperBound..<quantity.range.lowerBound
                : quantity.range.upperBound..<max(quantity.range.upperBound, duration.lowerBound)
            // (In a purpose clause, only the comma that opens it may stand between.)
            let unpunctuated: Bool
            if inPurpose, let comma = purpose {
                unpunctuated = !hasPunctuationOutsideFigures(between.lowerBound..<comma) && !hasPunctuationOutsideFigures(comma + 1..<between.upperBound)
            } else {
                unpunctuated = !hasPunctuationOutsideFigures(between)
            }
            guard wordsCountingFigures(between) <= Self.flightTimeReach, unpunctuated,
                  !containsWord(in: between, where: { isCoordinator($0) }),
                  // (A word referring back may stand there: "4 km pocisk pokonuje w siedem sekund".)
                  !mentions.contains(where: { $0.named && between.overlaps($0.range) }) else { continue }
            return text(duration)
        }
        return nil
    }

    /// The position of the comma that opens the figure's clause when a word of purpose (pack
    /// `structure.purpose_words`: "um", "чтобы", "aby") follows it, the figure standing in
    /// that purpose clause.
    func purposeClauseComma(before quantity: QuantityMention) -> Int? {
        guard !(wordSets[.purposeWord]?.isEmpty ?? true) else { return nil }
        let start = max(range.lowerBound, clauseStart(quantity.range.lowerBound) - 2)
        guard let comma = bytes[start..<quantity.range.lowerBound].lastIndex(of: UInt8(ascii: ",")),
              let word = firstWordRange(in: comma + 1..<quantity.range.lowerBound),
              isIn(.purposeWord, lowercasedText(word)) else { return nil }
        return comma
    }

    /// The range of the first word in `r`, as `firstWord(in:)` reads it.
    func firstWordRange(in r: Range<Int>) -> Range<Int>? {
        var first: Range<Int>?
        scanWords(in: r) { word in
            first = word
            return false
        }
        return first
    }
}
