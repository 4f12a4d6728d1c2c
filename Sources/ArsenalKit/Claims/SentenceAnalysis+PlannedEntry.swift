/// A service entry still to come: "ses futures frégates Miecznik, dont la première doit entrer
/// en service en 2028" (blind set RI, fr), "soll ab 2026 an die Truppe ausgeliefert werden"
/// (blind set RL, de). A year a word of plan or obligation governs is when something is to
/// happen; later than every year recorded for the system, it dates a new delivery, a new user
/// or a new carrier, not the system's first service.
extension SentenceAnalysis {
    /// Words a word of plan may stand before the service-entry phrase and its year.
    static let planReach = 2

    /// The word of plan (pack `structure.plan_words`) governing the service-entry phrase and
    /// year at `span` (inside it, or at most `planReach` words before it, no punctuation
    /// between), when the year `year` is later than every service-entry year recorded for
    /// `system`; nil otherwise.
    func plannedEntry(_ span: Range<Int>, year: Double, system: Int) -> String? {
        guard system >= 0 else { return nil }
        let recorded = catalog.systems[system].values(.serviceEntry).compactMap(\.value.numericValue)
        guard let latest = recorded.max(), year > latest else { return nil }
        for cue in cues where isWord(cue, .planWord) && cue.range.upperBound <= span.upperBound && cue.range.lowerBound >= range.lowerBound {
            if cue.range.lowerBound >= span.lowerBound { return text(cue.range) }
            let gap = cue.range.upperBound..<span.lowerBound
            if wordCount(gap) <= Self.planReach, !hasPunctuation(gap) { return text(cue.range) }
        }
        return nil
    }
}
