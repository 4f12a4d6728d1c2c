/// Heights in feet: "can hit targets at 10,000 ft", "can reach 26,000 feet", "alcanza 10.000
/// pies", "atteint 10 000 pieds". Feet are the unit of altitude in aviation, in every
/// language's reporting; a figure in feet that only a verb of reaching ties to the range is
/// a height. An explicit range word ("a range of 26,000 feet", "12,000 feet away") keeps it
/// a range.
extension SentenceAnalysis {
    /// The altitude reading of a figure in feet read as a range through a reach verb (pack
    /// `structure.reach_verbs`), or nil.
    func heightInFeet(_ quantity: QuantityMention, choice: AttributeChoice) -> AttributeChoice? {
        guard quantity.unit == .feet, choice.attribute == .maxRange || choice.attribute == .minRange else { return nil }
        let here = clause(quantity.range.lowerBound)
        let verb = lastCue { cue in
            guard isWord(cue, .reachVerb), cue.range.upperBound <= quantity.range.lowerBound, clause(cue.range.lowerBound) == here,
                  wordCount(stretch(cue.range, quantity.range)) <= 10 else { return false }
            // The verb is the cue itself, or the cue came from engaging targets with no cue word.
            guard let chosen = choice.cue else { return true }
            return chosen.range.overlaps(cue.range) || isWord(chosen, .weakTargetVerb) || chosen.cue == .targetVerb
        }
        guard let verb else { return nil }
        let words = text(verb.range)
        return AttributeChoice(
            attribute: choice.attribute == .minRange ? .minAltitude : .maxAltitude, cue: verb, cueWords: words,
            reason: "a figure in feet after \"\(words)\", a verb of reaching that names no direction, is a height: feet measure altitude",
            isGeneric: false)
    }
}
