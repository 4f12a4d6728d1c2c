extension ClaimVocabulary {
    /// Drops each negation inside a phrase that denies nothing (pack
    /// `structure.negation_vetoes`: "not only", "nicht nur", "не только"), and the phrases
    /// themselves. Most texts hold none, and are returned as they are.
    static func withoutVetoedNegations(_ matches: [CueMatch]) -> [CueMatch] {
        guard matches.contains(where: { $0.cue == .word(.negationVeto) }) else { return matches }
        let vetoes = matches.filter { $0.cue == .word(.negationVeto) }.map(\.range)
        return matches.filter { match in
            match.cue != .word(.negationVeto)
                && !(match.cue == .word(.negation) && vetoes.contains { $0.lowerBound <= match.range.lowerBound && $0.upperBound >= match.range.upperBound })
        }
    }
}
