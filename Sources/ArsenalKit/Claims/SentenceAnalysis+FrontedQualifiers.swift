/// A clause that opens by naming the dimension it speaks of ("По высоте зона поражения
/// ограничена 3,5 км", "In der Höhe reicht der Wirkungsbereich bis 3,8 km", "En altura, la
/// envolvente llega a 3 km", "W pionie strefa rażenia sięga 4 km") measures its figures in
/// that dimension, though the cue nearest to them is a verb of reaching or a word for the
/// whole engagement zone, which alone read as range.
extension SentenceAnalysis {
    /// The fronted qualifier that overrides `cue`, the nearest cue to `quantity`, when `cue`
    /// names no direction of its own: a verb of reaching (pack `structure.reach_verbs`) or an
    /// envelope word (`structure.envelope_words`). The qualifier is a cue of another attribute
    /// of `dimension` before `cue` in the same clause, with at most two words between the
    /// clause's start and it, and no figure between it and `cue` (a
    /// qualifier followed by a figure is that figure's: "vole à 800 m/s et porte à 5 km"). Nil otherwise.
    func frontedQualifier(of cue: CueMatch, for quantity: QuantityMention, dimension: QuantityDimension) -> CueMatch? {
        guard case .attribute(let generic) = cue.cue,
              cues.contains(where: { ($0.cue == .word(.reachVerb) || $0.cue == .word(.envelopeWord)) && $0.range == cue.range })
        else { return nil }
        let clause = clause(quantity.range.lowerBound)
        guard clause == self.clause(cue.range.lowerBound) else { return nil }
        let start = clauseStart(quantity.range.lowerBound)
        for candidate in cues {
            guard candidate.range.lowerBound >= start else { continue }
            guard candidate.range.upperBound <= cue.range.lowerBound else { break }
            guard case .attribute(let attribute) = candidate.cue, attribute != generic,
                  case .quantity(let candidateDimension) = attribute.kind, candidateDimension == dimension,
                  !cues.contains(where: { $0.range == candidate.range && $0.cue == .word(.reachVerb) }),
                  wordCount(start..<candidate.range.lowerBound) <= 2,
                  !quantities.contains(where: { $0.range.upperBound > candidate.range.lowerBound
                      && $0.range.upperBound <= cue.range.lowerBound })
            else { continue }
            return candidate
        }
        return nil
    }

    /// The cue of another attribute of the same dimension written right before a verb of
    /// reaching that was chosen as the cue ("Die Einsatzhöhe reicht", "el techo llega a"):
    /// the noun is the verb's subject and names the attribute. Nil otherwise.
    func nounSubject(of cue: CueMatch, dimension: QuantityDimension) -> CueMatch? {
        guard case .attribute(let verbAttribute) = cue.cue,
              cues.contains(where: { isWord($0, .reachVerb) && $0.range == cue.range }) else { return nil }
        // A cue written right after a figure, or past "of" alone, is that figure's ("flies up to
        // 3.8 km high and reaches 8 km", "covers four kilometres of altitude and reaches seven
        // kilometres"), not the subject of the verb.
        return lastCue { candidate in
            guard case .attribute(let attribute) = candidate.cue, attribute != verbAttribute,
                  case .quantity(let candidateDimension) = attribute.kind, candidateDimension == dimension,
                  candidate.range.upperBound <= cue.range.lowerBound,
                  !quantities.contains(where: { $0.range.upperBound <= candidate.range.lowerBound
                      && cueScore(candidate.range, $0.range) == 0 }) else { return false }
            let between = stretch(candidate.range, cue.range)
            return (wordCount(between) <= 1 && !hasPunctuation(between)) || isInsertion(between)
        }
    }

    /// The cue of `dimension` that leads straight into `quantity` (its bound phrase and a
    /// preposition at most between) when the nearest cue is a verb of reaching right after the figure:
    /// "einer Einsatzhöhe von bis zu 3,5 Kilometern reicht die Igla-S weiter" gives the
    /// height; the verb after it names no direction. So does a word of mass closing a clause
    /// ("der Igla-S, deren Startgerät samt Rakete 29 Kilogramm wiegt", blind set LZ): it names
    /// no part, and the noun before the figure says whose mass it is. Nil otherwise.
    func nounBefore(_ quantity: QuantityMention, over cue: CueMatch, dimension: QuantityDimension) -> CueMatch? {
        guard cue.range.lowerBound >= quantity.range.upperBound,
              cues.contains(where: { $0.range == cue.range && isWord($0, .reachVerb) })
                || dimension == .mass && isIn(.massWord, lowercasedText(cue.range)) else { return nil }
        return lastCue { other in
            guard case .attribute(let attribute) = other.cue, case .quantity(let d) = attribute.kind, d == dimension,
                  other.range.upperBound <= quantity.range.lowerBound else { return false }
            let gap = stretch(other.range, quantity.range)
            return wordCount(gap) <= 1 && !hasPunctuation(gap)
        }
    }
}
