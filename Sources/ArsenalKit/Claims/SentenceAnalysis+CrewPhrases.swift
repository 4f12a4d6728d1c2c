/// Crews said beside a firing position: "fired from the shoulder by a single soldier". The
/// firing position makes the man-portability claim; the person who fires it is the crew.
extension SentenceAnalysis {
    /// Words of `r` outside the man-portability phrase that covers most of it: between
    /// "fired" and "by a single soldier" in "fired from the shoulder by a single soldier"
    /// there are none, so the verb of operating still governs the person.
    func wordsOutsideCarryPhrases(_ r: Range<Int>) -> Int {
        let words = wordCount(r)
        guard words > 1 else { return words }
        var covered = 0
        for cue in cues where cue.cue == .manPortable && cue.range.overlaps(r) {
            let inside = max(cue.range.lowerBound, r.lowerBound)..<min(cue.range.upperBound, r.upperBound)
            covered = max(covered, wordCount(inside))
        }
        return words - covered
    }
}
