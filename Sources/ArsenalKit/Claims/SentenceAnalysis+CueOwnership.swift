/// Which figure a cue belongs to (issue 7): a cue beyond another figure of the same system,
/// or written right after another system's figure, is that figure's; a cue that leads
/// straight into a figure is its own.
extension SentenceAnalysis {
    /// Whether another figure of the same dimension is strictly nearer to a cue (so the cue
    /// is that figure's: "6 km, and ... as low as 10 metres"), or the cue runs into that
    /// figure's bound phrase and not into this one ("6,5 km na wysokości do 4 km").
    func closerFigure(to cueRange: Range<Int>, than score: Int, besides index: Int, bindings: [Binding?]) -> Bool {
        let dimension = quantities[index].dimension
        let own = quantities[index].range
        // A cue inside the figure's own bound phrase ("na wysokości do 4 km") is its own.
        if cueRange.overlaps(own) { return false }
        // A cue that leads straight into this figure is its own, whatever figure stands
        // before the cue ("7 km y una altitud de interceptación de hasta 6 km").
        let leadsIn = cueRange.upperBound <= own.lowerBound && !hasPunctuation(stretch(cueRange, own))
            && wordCount(stretch(cueRange, own)) <= Self.cueLeadWords
        for (other, candidate) in quantities.enumerated() where other != index && candidate.dimension == dimension {
            // A cue written right after another system's figure is that figure's when the
            // figure's own clause holds a cue of its kind ("die Hawk kam auf 14 Kilometer Höhe,
            // Patriot erreicht 68 Kilometer und bis zu 24 Kilometer Höhe"); with none, the
            // clause leaves it out as said before ("die alte Strela-2 schaffte 1.600 m Höhe, die
            // verbesserte Strela-2M dann 2.300 m").
            guard bindings[other]?.system == bindings[index]?.system else {
                // (The byte distance first: most figures of other systems stand far from the cue.)
                if !leadsIn, candidate.range.upperBound <= cueRange.lowerBound, cueRange.lowerBound - candidate.range.upperBound <= 8,
                   cueScore(cueRange, candidate.range) == 0,
                   hasOwnCue(besides: cueRange, dimension: dimension, inClauseOf: own) { return true }
                continue
            }
            if leadsIn, candidate.range.upperBound <= cueRange.lowerBound,
               wordCount(stretch(candidate.range, cueRange)) > 0 || hasPunctuation(stretch(candidate.range, cueRange)) {
                continue
            }
            // (Not a later figure with a cue of its kind right after it: "a 20 km missile range
            // and a 15 km ceiling" gives the ceiling to the 15 km and leaves the range to the 20.)
            if candidate.range.lowerBound >= cueRange.upperBound, hasAdjacentCue(after: candidate, dimension: dimension, besides: cueRange) { continue }
            if cueScore(cueRange, candidate.range) < score { return true }
            if cueRange.overlaps(candidate.range), !cueRange.overlaps(own) { return true }
            // A cue after this figure that leads straight into another one is that one's
            // ("un alcance de hasta 7 km y una altitud de interceptación de hasta 6 km").
            // Not a cue written right after this figure, or past "of" alone ("bis 20 Kilometer Flughöhe und 40 Kilometer
            // Reichweite": Flughöhe is the 20's; "four kilometres of altitude and reaches seven kilometres").
            if cueRange.lowerBound >= own.upperBound, candidate.range.lowerBound >= cueRange.upperBound,
               cueScore(cueRange, own) > 0 {
                let lead = stretch(cueRange, candidate.range)
                if !hasPunctuation(lead), wordCount(lead) <= Self.cueLeadWords { return true }
            }
        }
        return false
    }

    /// Whether the clause of `figure` holds a cue of `dimension` after `cueRange` (before it
    /// stand the other figure's words: "Patriot bekämpft Ziele bis in 15 Kilometer Höhe, das
    /// IRIS-T SLM bis 20 Kilometer", blind set GI).
    func hasOwnCue(besides cueRange: Range<Int>, dimension: QuantityDimension?, inClauseOf figure: Range<Int>) -> Bool {
        let here = clause(figure.lowerBound)
        return cues.contains { cue in
            guard cue.range.lowerBound >= cueRange.upperBound, case .attribute(let attribute) = cue.cue, case .quantity(let kind) = attribute.kind else { return false }
            return kind == dimension && clause(cue.range.lowerBound) == here
        }
    }

    /// Whether another figure of the same dimension and system lies between a cue and figure `index`.
    func blocked(_ cueRange: Range<Int>, from index: Int, bindings: [Binding?]) -> Bool {
        let quantity = quantities[index]
        let span = gap(cueRange, quantity.range)
        for (other, candidate) in quantities.enumerated() where other != index && candidate.dimension == quantity.dimension {
            guard candidate.range.lowerBound >= span.lowerBound, candidate.range.upperBound <= span.upperBound else { continue }
            if bindings[other]?.system == bindings[index]?.system { return true }
        }
        return false
    }

    /// Whether a cue of `dimension` other than `besides` stands right after `figure` ("15 km
    /// ceiling", "6.000 metros de alcance").
    func hasAdjacentCue(after figure: QuantityMention, dimension: QuantityDimension?, besides: Range<Int>) -> Bool {
        cues.contains { cue in
            guard cue.range != besides, cue.range.lowerBound >= figure.range.upperBound, cue.range.lowerBound - figure.range.upperBound <= 8,
                  case .attribute(let attribute) = cue.cue, case .quantity(let cueDimension) = attribute.kind, cueDimension == dimension
            else { return false }
            return cueScore(cue.range, figure.range) == 0
        }
    }
}
