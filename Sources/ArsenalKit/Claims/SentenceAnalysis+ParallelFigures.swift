/// Gapped clauses that repeat the figures of the clause before them in the same order: "Der
/// deutsche Lenkflugkörper bekämpft Ziele in bis zu 40 Kilometern Entfernung und 20
/// Kilometern Höhe, die Buk-M1 je nach Modell in 45 Kilometern und 25 Kilometern" (blind set
/// MR, de), "fliegt bis zu 100 Kilometer weit und 20 Kilometer hoch, das S-300 erreicht ...
/// rund 200 Kilometer und 27 Kilometer". The later pair names no attribute of its own; the
/// first of it is the first pair's first attribute, the second its second, whatever cue
/// stands nearest.
extension SentenceAnalysis {
    /// Words a gapped clause may hold between its comma and its first figure.
    static let parallelClauseWords = 12

    /// The attribute of the figure in the clause before that `quantity` stands parallel to,
    /// and the cue words that give the earlier pair theirs; nil when there is none.
    /// The figure's clause runs from the last comma before it (not a figure's) to the next
    /// punctuation, names a system or refers to one, holds no attribute cue of the figure's
    /// dimension, and holds one or two figures of that dimension, coordinated. The clause
    /// before the comma holds exactly two such figures, coordinated, each with a cue of its
    /// own of different attributes (`ownCue`). (A lone gapped figure is left to the nearest
    /// cue and `ambiguousCommaGap`: "die Stinger dagegen bis zu 8 Kilometer" may repeat either.)
    func parallelCue(for quantity: QuantityMention, dimension: QuantityDimension) -> (attribute: Attribute, words: String)? {
        // (Two figures before the comma and two after it: most sentences fail here.)
        guard quantities.count >= 4 else { return nil }
        let position = quantity.range.lowerBound
        guard let comma = lastPlainComma(before: position) else { return nil }
        // (Read byte by byte; a figure is looked up only at a punctuation mark: "27,5 km".)
        var end = quantity.range.upperBound
        while end < range.upperBound, !hasPunctuation(end..<(end + 1)) || quantities.contains(where: { $0.range.contains(end) }) { end += 1 }
        let clause = (comma + 1)..<end
        guard !hasPunctuationOutsideFigures((comma + 1)..<position), wordCount((comma + 1)..<position) <= Self.parallelClauseWords,
              mentions.contains(where: { clause.contains($0.range.lowerBound) && $0.range.upperBound <= position }),
              !cues.contains(where: { cue in
                  guard clause.contains(cue.range.lowerBound), case .attribute(let attribute) = cue.cue,
                        case .quantity(let d) = attribute.kind else { return false }
                  return d == dimension
              }) else { return nil }
        let later = quantities.filter { $0.dimension == dimension && clause.contains($0.range.lowerBound) }
        guard later.count == 2, let index = later.firstIndex(where: { $0.range == quantity.range }),
              isCoordinatedPair(later[0], later[1]) else { return nil }
        // The clause before: from the punctuation before the comma.
        var start = comma
        while start > range.lowerBound, !hasPunctuationOutsideFigures((start - 1)..<start) { start -= 1 }
        let earlier = quantities.filter { $0.dimension == dimension && $0.range.lowerBound >= start && $0.range.upperBound <= comma }
        guard earlier.count == 2, isCoordinatedPair(earlier[0], earlier[1], words: 6) else { return nil }
        // One of the pair may have no cue of its own ("бьёт на 100 км и на высоту 20 км": a verb
        // of reaching): it is then the other's sibling, a range beside a height.
        let first = ownCue(of: earlier[0], dimension: dimension, within: start..<comma)
        let second = ownCue(of: earlier[1], dimension: dimension, within: start..<comma)
        func attribute(_ cue: CueMatch?) -> Attribute? {
            guard let cue, case .attribute(let attribute) = cue.cue else { return nil }
            return attribute
        }
        guard let a1 = attribute(first) ?? attribute(second)?.lengthSibling, let a2 = attribute(second) ?? attribute(first)?.lengthSibling,
              a1 != a2 else { return nil }
        let words = [first, second].compactMap { $0.map { text($0.range) } }.joined(separator: ", ")
        return (index == 0 ? a1 : a2, words)
    }

    /// The attribute `parallelCue` gives, as a choice with no cue of the figure's own (the cues
    /// stand in the clause before, beside other figures), stated by the sentence's shape.
    func parallelChoice(for quantity: QuantityMention, dimension: QuantityDimension) -> AttributeChoice? {
        guard dimension == .length, let parallel = parallelCue(for: quantity, dimension: dimension) else { return nil }
        var choice = AttributeChoice(attribute: parallel.attribute, cueWords: parallel.words, reason: "", isGeneric: false)
        if explain { choice.reason = "its clause repeats the two figures of the clause before it (\"\(parallel.words)\") in the same order: the figure stands where that clause's \(parallel.attribute.rawValue) stands" }
        choice.basis = .phrase
        return choice
    }

    /// The last comma before `position` in the sentence that is no figure's ("4,2 km").
    private func lastPlainComma(before position: Int) -> Int? {
        var i = position - 1
        while i >= range.lowerBound {
            if bytes[i] == 0x2C, !quantities.contains(where: { $0.range.contains(i) }) { return i }
            i -= 1
        }
        return nil
    }

    /// Whether two figures stand one after the other with a coordinator between them and at
    /// most `words` words in all, no punctuation ("45 Kilometern und 25 Kilometern", "100 km et
    /// 20 000 m"; the earlier pair's may hold the second's cue: "100 km y un techo de 20 km").
    func isCoordinatedPair(_ a: QuantityMention, _ b: QuantityMention, words: Int = 3) -> Bool {
        guard a.range.upperBound <= b.range.lowerBound else { return false }
        let between = a.range.upperBound..<b.range.lowerBound
        return !hasPunctuation(between) && wordCount(between) <= words && hasCoordinator(in: between)
    }

    /// The attribute cue of `dimension` a figure has of its own inside `scope`: right after it
    /// (at most one word between, no coordinator), else before it (at most two words between)
    /// when that cue does not stand right after another figure; no punctuation and no other
    /// figure between.
    private func ownCue(of figure: QuantityMention, dimension: QuantityDimension, within scope: Range<Int>) -> CueMatch? {
        func lengthCue(_ cue: CueMatch) -> Bool {
            guard scope.contains(cue.range.lowerBound), case .attribute(let attribute) = cue.cue,
                  case .quantity(let d) = attribute.kind else { return false }
            return d == dimension
        }
        func clear(_ between: Range<Int>) -> Bool {
            !hasPunctuation(between) && !quantities.contains(where: { between.contains($0.range.lowerBound) })
        }
        if let after = cues.first(where: { cue in
            lengthCue(cue) && cue.range.lowerBound >= figure.range.upperBound
                && clear(figure.range.upperBound..<cue.range.lowerBound) && wordCount(figure.range.upperBound..<cue.range.lowerBound) <= 1
                && !hasCoordinator(in: figure.range.upperBound..<cue.range.lowerBound)
        }) { return after }
        return cues.last { cue in
            guard lengthCue(cue), cue.range.upperBound <= figure.range.lowerBound else { return false }
            let between = cue.range.upperBound..<figure.range.lowerBound
            guard clear(between), wordCount(between) <= 2 else { return false }
            // (Not the cue right after the figure before: "40 Kilometern Entfernung und 20 Kilometern Höhe".)
            return !quantities.contains { other in
                other.range.upperBound <= cue.range.lowerBound && wordCount(other.range.upperBound..<cue.range.lowerBound) <= 1
                    && !hasPunctuation(other.range.upperBound..<cue.range.lowerBound) && !hasCoordinator(in: other.range.upperBound..<cue.range.lowerBound)
            }
        }
    }
}
