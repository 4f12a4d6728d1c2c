/// A contrast word that adds one more target to a list (issue 8, session 43).
extension SentenceAnalysis {
    /// Whether the clause-break phrase at `index` is a contrast ("además de", "besides", "neben")
    /// right before a target, an article at most between ("helicópteros, drones y misiles de
    /// crucero, además de aviones"): it goes on with the list of targets and opens no clause
    /// (it cut the aircraft off the Stinger's targets in a corpus golden).
    /// (`index` is the phrase's place in `cues`, which are in text order: only the few cues
    /// starting within 16 bytes after it are looked at.)
    func continuesTargetList(at index: Int) -> Bool {
        let cue = cues[index]
        var next = index + 1
        while next < cues.count, cues[next].range.lowerBound <= cue.range.upperBound + 16 {
            let target = cues[next]
            next += 1
            guard case .target = target.cue, target.range.lowerBound >= cue.range.upperBound,
                  wordCount(cue.range.upperBound..<target.range.lowerBound) <= 1 else { continue }
            return isContrast(text(cue.range))
        }
        return false
    }
}
