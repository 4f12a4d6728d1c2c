/// A mass written as an adjective of the system's name: "Die 17,9 Kilogramm schwere Igla",
/// "Весящая 17 кг «Игла»", "the 17-kilogram Igla". The name is the noun the mass qualifies,
/// so the figure weighs the system as the article names it: as "wiegt" or "весит" after the
/// name would, it reads as the whole system's with the missile's as the other reading, not as
/// the missile's alone (real-text sweep class H, issue 8). A missile noun there instead
/// ("die 10,8 Kilogramm schwere Rakete der Igla") keeps the missile's.
extension SentenceAnalysis {
    /// Whether a mass cue and its figure stand side by side (nothing but spaces between) and
    /// a record's name follows them right away (spaces and quotation marks only between), as
    /// a whole word: not the first part of a compound ("Igla-Rakete").
    func massQualifiesName(_ cue: Range<Int>, _ figure: Range<Int>) -> Bool {
        let between = gap(cue, figure)
        guard !hasWord(in: between), !hasPunctuation(between) else { return false }
        let end = max(cue.upperBound, figure.upperBound)
        return mentions.contains { mention in
            guard mention.named, !mention.pronoun, mention.system >= 0, mention.range.lowerBound >= end,
                  mention.range.lowerBound - end <= 4 else { return false }
            let lead = end..<mention.range.lowerBound
            let after = mention.range.upperBound
            return !hasWord(in: lead) && !hasPunctuation(lead) && (after >= range.upperBound || bytes[after] != 0x2D)
        }
    }
}

extension SentenceAnalysis {
    /// "der drei Kilogramm schwere Gefechtskopf", "der 3 kg schwere Sprengkopf": the word right
    /// after a mass cue that ends in an adjective is, on its own, a cue of another attribute of
    /// mass (the text scan kept the longer, earlier cue and skipped it): the noun the figure
    /// qualifies names what it weighs. Only mass: its cues end in such adjectives.
    func cueRunningOn(from cue: CueMatch, dimension: QuantityDimension) -> CueMatch? {
        guard dimension == .mass, case .attribute(let chosen) = cue.cue, cue.range.upperBound < range.upperBound,
              bytes[cue.range.upperBound] == 0x20, let next = nextWordRange(after: cue.range.upperBound) else { return nil }
        for match in vocabulary.scan(UnsafeBufferPointer(rebasing: bytes[next])) where match.range == 0..<next.count {
            guard case .attribute(let attribute) = match.cue, attribute != chosen,
                  case .quantity(let d) = attribute.kind, d == dimension else { continue }
            return CueMatch(range: next, cue: match.cue)
        }
        return nil
    }
}
