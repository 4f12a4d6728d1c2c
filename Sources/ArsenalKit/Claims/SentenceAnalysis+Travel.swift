/// Travel: "It drives at 65 km/h on roads and has a radius of 550 km", "alcanza 65 km/h en
/// carretera", "fährt auf der Straße bis zu 65 km/h", "запас хода по шоссе 550 км". How fast
/// or far the vehicle carrying a weapon moves is not how fast or far its missile flies, so a
/// speed or distance a word of travelling governs is no claim.
extension SentenceAnalysis {
    /// Words a travel word may stand before the figure it governs ("on roads and has a
    /// radius of 550 km": five).
    static let travelReach = 6

    /// Whether a speed or distance is travel: a travel word (pack `structure.travel_words`)
    /// right after it ("65 km/h on roads"), or before it in its sentence, at most
    /// `travelReach` words away with no punctuation, no other figure and no mention of a
    /// system or its missile between ("on roads and has a radius of 550 km"; not "on roads,
    /// and its missiles reach 4 km").
    func isTravel(_ quantity: QuantityMention) -> Bool {
        for cue in cues where isWord(cue, .travel) {
            if cue.range.lowerBound >= quantity.range.upperBound {
                let between = quantity.range.upperBound..<cue.range.lowerBound
                if wordCount(between) == 0, !hasPunctuation(between) { return true }
                continue
            }
            guard cue.range.upperBound <= quantity.range.lowerBound else { continue }
            let between = cue.range.upperBound..<quantity.range.lowerBound
            guard wordCount(between) <= Self.travelReach, !hasPunctuation(between) else { continue }
            if quantities.contains(where: { between.contains($0.range.lowerBound) }) { continue }
            if mentions.contains(where: { between.overlaps($0.range) }) { continue }
            if containsWord(in: between, of: .missileNoun) { continue }
            return true
        }
        return false
    }
}
