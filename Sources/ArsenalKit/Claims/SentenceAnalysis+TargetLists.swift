/// A contrast word that adds one more target to a list (issue 8, session 43).
extension SentenceAnalysis {
    /// Whether the clause-break phrase `cue` is a contrast ("además de", "besides", "neben")
    /// right before a target, an article at most between ("helicópteros, drones y misiles de
    /// crucero, además de aviones"): it goes on with the list of targets and opens no clause
    /// (it cut the aircraft off the Stinger's targets in a corpus golden).
    func continuesTargetList(_ cue: CueMatch) -> Bool {
        cues.contains { target in
            guard case .target = target.cue, target.range.lowerBound >= cue.range.upperBound,
                  target.range.lowerBound - cue.range.upperBound <= 16 else { return false }
            return wordCount(cue.range.upperBound..<target.range.lowerBound) <= 1
        } && isContrast(text(cue.range))
    }
}
