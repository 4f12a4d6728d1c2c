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
        func isCoordinator(_ word: String) -> Bool { vocabulary.coordinators.contains(Array((" " + word.lowercased() + " ").utf8)) }
        for number in quantities where number.dimension == nil && number.range != quantity.range && clause(number.range.lowerBound) == own {
            guard let unit = firstWordRange(in: number.range.upperBound..<range.upperBound),
                  wordCount(number.range.upperBound..<unit.lowerBound) == 0,
                  isIn(.durationWord, lowercasedText(unit)) else { continue }
            let duration = number.range.lowerBound..<unit.upperBound
            let between = duration.upperBound <= quantity.range.lowerBound
                ? duration.upperBound..<quantity.range.lowerBound
                : quantity.range.upperBound..<max(quantity.range.upperBound, duration.lowerBound)
            guard wordsCountingFigures(between) <= Self.flightTimeReach, !hasPunctuationOutsideFigures(between),
                  !containsWord(in: between, where: isCoordinator),
                  !mentions.contains(where: { between.overlaps($0.range) }) else { continue }
            return text(duration)
        }
        return nil
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
