/// Man-portability said as one person carrying the weapon: "ein einzelner Soldat kann sie
/// tragen", "un fantassin le transporte seul", "её переносит один боец", "one soldier
/// carries it".
extension SentenceAnalysis {
    /// One person (a single word or the number one right before a person noun, pack data
    /// `structure.single_words` and `crew_persons`) with a verb of carrying (`carry_verbs`)
    /// at most four words away in the same clause, with no punctuation between: the system
    /// is man-portable (not, under a negation).
    func carriedByOneClaims() -> [Claim] {
        var claims: [Claim] = []
        for person in cues where isWord(person, .crewPerson) {
            guard let one = onePerson(before: person) else { continue }
            let phrase = one..<person.range.upperBound
            // A man-portability phrase of the pack in the clause ("light enough to be carried
            // by a single soldier") makes the claim already.
            if cues.contains(where: { ($0.cue == .manPortable || $0.cue == .notManPortable) && clause($0.range.lowerBound) == clause(phrase.lowerBound) }) {
                continue
            }
            guard let verb = cues.first(where: { cue in
                guard isWord(cue, .carryVerb) else { return false }
                let between = gap(cue.range, phrase)
                return clause(cue.range.lowerBound) == clause(phrase.lowerBound) && wordCount(between) <= 4 && !hasPunctuation(between)
            }) else { continue }
            let span = min(verb.range.lowerBound, phrase.lowerBound)..<max(verb.range.upperBound, phrase.upperBound)
            guard let binding = bind(span.lowerBound, inSentence: true) else { continue }
            let value = !isNegated(span.lowerBound)
            var claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.manPortable), value: .boolean(value), range: span,
                trace: makeTrace(
                    systemWords: binding.words, systemReason: binding.reason, cueWords: text(span),
                    attributeReason: "one person with a verb of carrying: the weapon is carried by one soldier"))
            // "not something one soldier carries far": the denial is hedged.
            if !value, let doubt = softenedNegation(span) { claim.grounding.doubts.append(doubt) }
            claims.append(claim)
        }
        return claims
    }

    /// The start of "a single" or the number one right before a person noun, nothing between.
    func onePerson(before person: CueMatch) -> Int? {
        if let single = lastCue(where: { isWord($0, .singleWord) && $0.range.upperBound <= person.range.lowerBound }),
           wordCount(stretch(single.range, person.range)) == 0, !hasPunctuation(stretch(single.range, person.range)) {
            return single.range.lowerBound
        }
        if let number = quantities.last(where: { $0.range.upperBound <= person.range.lowerBound }), number.isBareNumber,
           number.value == 1, wordCount(stretch(number.range, person.range)) == 0,
           !hasPunctuation(stretch(number.range, person.range)) {
            return number.range.lowerBound
        }
        return nil
    }
}
