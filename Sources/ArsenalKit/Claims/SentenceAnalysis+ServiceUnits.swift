/// A service-entry phrase whose subject is one unit of a system (issue 8, session 30): "A
/// third Iron Dome battery came on line in 2012", "Una nueva batería del Iron Dome fue
/// activada en 2023", "Trzecia bateria Patriot trafiła do wojska w 2024 roku". The year is
/// when that battery or regiment joined, not when the system entered service. The unit words
/// come from the pack: a `nonClaims.counts` word ("battery", "batería", "полк") that is no
/// missile, weapon or origin-head noun ("missile", "system", "комплекс" stay the system).
extension SentenceAnalysis {
    /// The unit word before the service-entry phrase `cue` (or before the year, whichever
    /// comes first) in its clause, with no punctuation between, or nil.
    func unitBeforeServiceEntry(_ cue: Range<Int>, quantity: QuantityMention) -> String? {
        let end = min(cue.lowerBound, quantity.range.lowerBound)
        let start = clauseStart(end)
        // (With no punctuation between: "wersja zestawu Strzała-2, wprowadzona w 1970 roku" is
        // the system's, the unit word a genitive of the apposition.)
        guard let unit = lastCue(where: { candidate in
            candidate.cue == .nonClaim(.counts) && candidate.range.lowerBound >= start && candidate.range.upperBound <= end
                && !hasPunctuation(candidate.range.upperBound..<end)
        }) else { return nil }
        let word = lowercasedText(unit.range)
        if isIn(.missileNoun, word) || isIn(.weaponNoun, word) { return nil }
        if cues.contains(where: { isWord($0, .originHead) && $0.range.overlaps(unit.range) }) { return nil }
        return text(unit.range)
    }
}
