/// Sensor kinds: "radarowe systemy wykrywania i naprowadzania", "its active radar detects
/// aircraft 100 km out", "радиолокационное оборудование обнаружения целей". A radar word
/// that qualifies a detection word right after it names a sensor of the battery or the
/// vehicle, not how its missile is guided (issue 8, session 30 sweep real4: a Tor-M2
/// battery's "radar detection and guidance systems" raised a conflict against the Tor's
/// recorded command guidance).
extension SentenceAnalysis {
    /// Whether a guidance cue of the radar kind names a sensor: a detection word (pack
    /// `structure.detection_words`) at most two words after it in its clause, or before it
    /// as a verb put first ("erfasst ein aktiver Radar"), with no punctuation and no
    /// coordinator between ("radar-guided and detects ..." is the missile's guidance). Other
    /// guidance kinds stay claims ("an infrared seeker detects the heat of the engine" says
    /// how the missile homes).
    func isSensorKind(_ cue: CueMatch) -> Bool {
        guard case .guidance(.radar) = cue.cue else { return false }
        let here = clause(cue.range.lowerBound)
        return cues.contains { other in
            guard isWord(other, .detection), !other.range.overlaps(cue.range),
                  clause(other.range.lowerBound) == here else { return false }
            let between = other.range.lowerBound >= cue.range.upperBound
                ? cue.range.upperBound..<other.range.lowerBound : other.range.upperBound..<cue.range.lowerBound
            return wordCount(between) <= 2 && !hasPunctuation(between)
                && !containsWord(in: between) { isCoordinator($0) }
        }
    }
}

extension SentenceAnalysis {
    /// Whether an infrared or ultraviolet guidance word stands right beside a word for another
    /// thing (pack `structure.other_owners`: "flares", "leurres", "ловушки"), no word or
    /// punctuation between: "ce qui rend les leurres infrarouges inutiles", "infrared flares"
    /// speak of the decoys, not of how a missile is guided (blind set JW, fr).
    func qualifiesOtherThing(_ cue: CueMatch) -> Bool {
        switch cue.cue {
        case .guidance(.passiveIR), .guidance(.dualBandIR), .guidance(.imagingIR), .guidance(.uv): break
        default: return false
        }
        return cues.contains { other in
            guard isWord(other, .otherOwner), !other.range.overlaps(cue.range) else { return false }
            let between = other.range.lowerBound >= cue.range.upperBound
                ? cue.range.upperBound..<other.range.lowerBound : other.range.upperBound..<cue.range.lowerBound
            return wordCount(between) == 0 && !hasPunctuation(between)
        }
    }
}
