/// Owners written right before a figure: a possessive ("the Stinger's 10.1 kg") or a bracket
/// the figure opens ("than the Stinger (10.1 kg)"). Either ties the figure to that name, even
/// when the name is the object of a comparison.
extension SentenceAnalysis {
    /// Whether `gap`, after a name, is a possessive ending and spaces ("'s ", "’s ", "' ").
    func possessiveGap(_ gap: Range<Int>) -> Bool {
        guard let end = possessiveEnding(in: gap), end < gap.upperBound else { return false }
        return (end..<gap.upperBound).allSatisfy { bytes[$0] == 0x20 }
    }

    /// Where a possessive ending ("'s", "’s", "'") at the start of `r` ends; nil when `r`
    /// opens with none.
    private func possessiveEnding(in r: Range<Int>) -> Int? {
        var k = r.lowerBound
        if k < r.upperBound, bytes[k] == 0x27 {
            k += 1
        } else if k + 2 < r.upperBound, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
            k += 3
        } else {
            return nil
        }
        if k < r.upperBound, bytes[k] | 0x20 == 0x73 { k += 1 }
        return k
    }

    /// Whether a reference cue ("its", "sein", "jego") ends one space before `r`.
    func possessiveRightBefore(_ r: Range<Int>) -> Bool {
        cues.contains { cue in
            guard case .reference = cue.cue else { return false }
            return cue.range.upperBound + 1 == r.lowerBound && bytes[cue.range.upperBound] == 0x20
        }
    }

    func isPossessive(_ r: Range<Int>) -> Bool {
        let n = r.upperBound
        guard n - r.lowerBound >= 2 else { return false }
        if bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x27 { return true }
        if bytes[n - 1] == 0x27 { return true }
        if n - r.lowerBound >= 4, bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 {
            return true
        }
        return n - r.lowerBound >= 3 && bytes[n - 1] == 0x99 && bytes[n - 2] == 0x80 && bytes[n - 3] == 0xE2
    }

    /// Whether `gap`, after a name, is an optional possessive ending, spaces and an opening
    /// round bracket right before the figure ("Stinger (10.1 kg)", "Stinger's (10.1 kg)").
    func bracketGap(_ gap: Range<Int>) -> Bool {
        var end = gap.upperBound
        while end > gap.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > gap.lowerBound, bytes[end - 1] == 0x28 else { return false }
        let before = gap.lowerBound..<(end - 1)
        if before.allSatisfy({ bytes[$0] == 0x20 }) { return true }
        // ("plus que le Piorun polonais (16,5 kg)": an origin word after the name.)
        if cues.contains(where: { cue in
            guard case .origin = cue.cue else { return false }
            return cue.range.lowerBound >= before.lowerBound && cue.range.upperBound <= before.upperBound
                && (before.lowerBound..<cue.range.lowerBound).allSatisfy { bytes[$0] == 0x20 } && (cue.range.upperBound..<before.upperBound).allSatisfy { bytes[$0] == 0x20 }
        }) { return true }
        guard let ending = possessiveEnding(in: before) else { return false }
        return (ending..<before.upperBound).allSatisfy { bytes[$0] == 0x20 }
    }

    /// "3 kg against the Redeye's 1.06 kg": a name in the possessive right before a figure of
    /// its own owns that figure, not one written before it.
    /// So does a name that labels a figure of its own, of the same kind as the one at
    /// `position`, with a dash or a colon ("у «Шилки» экипаж — 4 человека, у «Гепарда» — 3
    /// человека"; blind set NC): the figure before the name is another's. (Not one of another
    /// kind: "a wprowadzony w 1990 r. RBS 70 Mk 1 – Mach 1,6" dates the Mk 1.)
    func ownsFigureAfter(_ mention: Mention, like position: Int? = nil) -> Bool {
        guard mention.named else { return false }
        let figure = position.flatMap { at in quantities.first { $0.range.lowerBound == at } }
        return quantities.contains { quantity in
            guard quantity.range.lowerBound >= mention.range.upperBound else { return false }
            let gap = mention.range.upperBound..<quantity.range.lowerBound
            if possessiveGap(gap) { return true }
            guard let figure, quantity.dimension == figure.dimension, quantity.isYearLike == figure.isYearLike else { return false }
            return labelGap(gap)
        }
    }

    /// Whether `gap`, after a name, is one dash or colon with spaces and closing quotation
    /// marks around it (" — ", "» — ", ": ").
    func labelGap(_ gap: Range<Int>) -> Bool {
        var marks = 0
        var i = gap.lowerBound
        while i < gap.upperBound {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x22 {
                i += 1
            } else if byte == 0x3A {
                marks += 1; i += 1
            } else if byte == 0xC2, i + 1 < gap.upperBound, bytes[i + 1] == 0xBB {
                i += 2 // »
            } else if byte == 0xE2, i + 2 < gap.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                marks += 1; i += 3 // – —
            } else if byte == 0xE2, i + 2 < gap.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D {
                i += 3 // ”
            } else {
                return false
            }
        }
        return marks == 1
    }

    /// "5,2 км против 4,8 км у базового «Стингера»", "6,5 km wobec 4,8 km starszych
    /// Stingerów" (blind sets HB, HI): a name after two figures of one kind that a word of
    /// contrast or opposition sets against each other (pack `figure_contrasts`,
    /// `preposition_governors`: "против", "wobec", "against", "frente a", at most two words
    /// between them) owns the later one only; the figure at `position` is the other side's.
    func setAgainstLaterFigure(at position: Int, owner: Mention) -> Bool {
        guard let figure = quantities.first(where: { $0.range.lowerBound == position }), figure.dimension != nil else { return false }
        return quantities.contains { later in
            guard later.dimension == figure.dimension, later.range.lowerBound >= figure.range.upperBound,
                  later.range.upperBound <= owner.range.lowerBound else { return false }
            let gap = figure.range.upperBound..<later.range.lowerBound
            // (Three words: "20 kg frente a los 10,1 kg del Stinger"; blind set OK.)
            return wordCount(gap) <= 3 && cues.contains { cue in
                gap.contains(cue.range.lowerBound) && (isWord(cue, .figureContrast) || isWord(cue, .prepositionGovernor))
            }
        }
    }
}
