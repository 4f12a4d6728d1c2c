/// Sensor ranges: "the radar detects aircraft 40 km out", "the seeker can lock on to a jet
/// 10 km away", "das Suchradar erfasst Ziele in 15 Kilometer Entfernung", "РЛС обнаруживает
/// цели на 36 км". How far a radar, a sight or a seeker sees is not how far the missile
/// reaches, so a distance a word of detecting governs is no claim.
extension SentenceAnalysis {
    /// Whether a distance is a sensor's: a detection word (pack `structure.detection_words`)
    /// before it in its clause, at most ten words away with no other distance between, or
    /// right after it ("a 40 km detection range").
    func isSensorRange(_ quantity: QuantityMention) -> Bool {
        let here = clause(quantity.range.lowerBound)
        for cue in cues where isWord(cue, .detection) {
            if cue.range.upperBound <= quantity.range.lowerBound {
                guard clause(cue.range.lowerBound) == here,
                      wordCount(stretch(cue.range, quantity.range)) <= 10 else { continue }
                let between = quantities.contains { other in
                    other.dimension == .length && other.range.lowerBound >= cue.range.upperBound
                        && other.range.upperBound <= quantity.range.lowerBound
                }
                if !between { return true }
            } else if cue.range.lowerBound >= quantity.range.upperBound,
                      wordCount(stretch(quantity.range, cue.range)) == 0,
                      !hasPunctuation(stretch(quantity.range, cue.range)) {
                return true
            }
        }
        return false
    }
}
