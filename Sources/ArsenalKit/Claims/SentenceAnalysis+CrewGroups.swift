/// Counts of crews: "dos equipos de Stinger", "trzy załogi Pioruna", "one of the Gepard crews"
/// count or pick crews, not the persons of one.
extension SentenceAnalysis {
    /// Words a count may stand before its plural crew noun ("one of the Gepard crews": three).
    static let crewGroupReach = 3

    /// Whether a plural noun for crews (pack `structure.crew_groups`) follows the count within
    /// `crewGroupReach` words, no punctuation, number or word for a crew member between: "dos
    /// equipos de Stinger", "trzy załogi Pioruna", "three crews of Stinger gunners" count crews,
    /// and "one of the Gepard crews" picks one of them (blind set JT); neither is the number of
    /// persons in one.
    func countsCrews(_ countRange: Range<Int>) -> Bool {
        // ("two-man teams": a count joined by a hyphen to its noun gives each team's size.)
        guard wordSets[.crewGroup] != nil, countRange.upperBound < range.upperBound, bytes[countRange.upperBound] != 0x2D else { return false }
        var found = false
        var words = 0
        scanWords(in: countRange.upperBound..<range.upperBound) { word in
            guard !hasPunctuation(countRange.upperBound..<word.lowerBound) else { return false }
            let lowered = lowercasedText(word)
            if isIn(.crewGroup, lowered) {
                found = true
                return false
            }
            words += 1
            // Between them only short words ("of the", "de los", "из") and names: "trzech członków
            // załogi" counts members of one crew, "three soldiers from two crews" soldiers.
            guard words <= Self.crewGroupReach, !bytes[word].contains(where: { $0 &- 0x30 < 10 }),
                  characterCount(word) <= 3 || mentions.contains(where: { $0.named && $0.range.overlaps(word) }) else { return false }
            return true
        }
        return found
    }
}
