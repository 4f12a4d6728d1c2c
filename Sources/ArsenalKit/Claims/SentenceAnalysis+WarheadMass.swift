/// A mass adjective that qualifies a warhead (issue 8, real3 "not alarms"): "einen 143
/// Kilogramm schweren Splittersprengkopf", "einen 60 bis 70 Kilogramm schweren sogenannten
/// Fragmentations-Gefechtskopf". The mass word right after the figure is an adjective of the
/// noun after it; when that noun is a warhead cue (pack `cues.warhead_mass`, here also the
/// last part of a hyphenated compound), the figure is the warhead's, not the system's or the
/// missile's.
extension SentenceAnalysis {
    /// Words at most between the mass adjective and the warhead noun it qualifies ("sogenannten").
    static let warheadAdjectiveReach = 2

    /// The warhead reading of a mass read from a generic mass word (`choice`) that stands
    /// right after the figure and before a warhead cue, or nil.
    func warheadAfterMass(_ quantity: QuantityMention, over choice: AttributeChoice) -> AttributeChoice? {
        guard quantity.dimension == .mass, choice.attribute == .missileMass || choice.attribute == .systemMass else { return nil }
        if choice.cue == nil, choice.attribute == .missileMass { return warheadOfMissile(quantity, over: choice) }
        guard let cue = choice.cue, cue.range.lowerBound >= quantity.range.upperBound else { return nil }
        let lead = quantity.range.upperBound..<cue.range.lowerBound
        guard !hasWord(in: lead), !hasPunctuation(lead) else { return nil }
        guard let warhead = cues.first(where: { candidate in
            guard candidate.cue == .attribute(.warheadMass), candidate.range.lowerBound >= cue.range.upperBound else { return false }
            let between = cue.range.upperBound..<candidate.range.lowerBound
            // (A hyphen may join the last word to the warhead noun: "Fragmentations-Gefechtskopf".)
            return wordCount(between) <= Self.warheadAdjectiveReach && !hasPunctuation(between)
                || between.count > 1 && bytes[between.upperBound - 1] == 0x2D && wordCount(between) <= Self.warheadAdjectiveReach + 1
                    && !hasPunctuation(between.lowerBound..<(between.upperBound - 1))
        }) else { return nil }
        let words = text(warhead.range)
        return warheadReading(warhead, reason: "\"\(choice.cueWords)\" right after the figure qualifies \"\(words)\": the warhead's mass")
    }

    /// The warhead-mass reading of `warhead`, a cue stated as a phrase, for `reason`.
    private func warheadReading(_ warhead: CueMatch, reason: String) -> AttributeChoice {
        var reading = AttributeChoice(attribute: .warheadMass, cue: warhead, cueWords: text(warhead.range), reason: reason, isGeneric: false)
        reading.basis = .phrase
        return reading
    }

    /// "масса боевой части ракеты «Бук» составляет 70 кг": a mass read from the missile noun
    /// before it (no cue of its own) whose noun closes a genitive chain opened by a warhead cue
    /// right before it ("боевой части ракеты": the missile's warhead) is the warhead's. No
    /// other mass may stand between the cue and the figure.
    private func warheadOfMissile(_ quantity: QuantityMention, over choice: AttributeChoice) -> AttributeChoice? {
        let start = clauseStart(quantity.range.lowerBound)
        guard let warhead = lastCue(where: { candidate in
            candidate.cue == .attribute(.warheadMass) && candidate.range.lowerBound >= start
                && candidate.range.upperBound <= quantity.range.lowerBound
        }) else { return nil }
        let span = warhead.range.upperBound..<quantity.range.lowerBound
        guard !hasPunctuation(span),
              !quantities.contains(where: { $0.dimension == .mass && span.contains($0.range.lowerBound) }),
              let next = firstWord(in: span), next == choice.cueWords.lowercased(), isIn(.missileNoun, next) else { return nil }
        return warheadReading(warhead, reason: "\"\(choice.cueWords)\" after \"\(text(warhead.range))\" names whose warhead: the warhead's mass")
    }
}
