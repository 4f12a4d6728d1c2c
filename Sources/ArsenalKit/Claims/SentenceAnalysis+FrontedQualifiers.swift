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
                  !quantities.contains(where: { $0.range.lowerBound >= candidate.range.upperBound
                      && $0.range.upperBound <= cue.range.lowerBound })
            else { continue }
            return candidate
        }
        return nil
    }
}
