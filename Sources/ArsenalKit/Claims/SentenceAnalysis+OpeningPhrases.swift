/// What a sentence's opening says about its subject: a phrase naming a successor before the
/// subject, and a word referring back that fits several systems (issue 8).
extension SentenceAnalysis {
    /// Whether the name at `r` is what a verb of succession written before it names, in a
    /// phrase opening the sentence ("Replaced in 2021 by the Sky Sabre, the Rapier ...",
    /// "Retiré en 2021 au profit du Sky Sabre, le Rapier britannique, en service depuis 1971,
    /// ..."; blind set UU): the successor, not a subject that the name after the comma
    /// stands in apposition to. That name is the sentence's subject.
    func isSuccessorInOpening(_ r: Range<Int>) -> Bool {
        cues.contains { cue in
            guard isWord(cue, .successorAfter), cue.range.upperBound <= r.lowerBound else { return false }
            let gap = stretch(cue.range, r)
            return wordCount(gap) <= 3 && !hasPunctuation(gap) && !hasPunctuation(range.lowerBound..<cue.range.lowerBound)
        }
    }
}

extension SentenceAnalysis {
    /// Whether the word referring back that opens this sentence (at `start`), in a sentence
    /// naming no system, fits two or more of the systems the latest sentence naming any named:
    /// no origin word beside it, or one that all of two or more of them share ("Le système
    /// russe" after the S-400 and the Pantsir-S; blind set VI).
    func vagueOpeningReference(at start: Int) -> Bool {
        guard state.lastNamed.count >= 2, !mentions.contains(where: \.named),
              let reference = mentions.first(where: { $0.range.lowerBound == start }), !reference.pronoun else { return false }
        var code: String?
        for cue in cues {
            guard case .origin(let origin) = cue.cue else { continue }
            let gap = cue.range.lowerBound >= reference.range.upperBound ? stretch(reference.range, cue.range) : stretch(cue.range, reference.range)
            if wordCount(gap) == 0, !hasPunctuation(gap) { code = origin; break }
        }
        guard let code else { return true }
        return state.lastNamed.filter { $0 >= 0 && catalog.systems[$0].origin == code }.count >= 2
    }
}
