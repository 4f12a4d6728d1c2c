/// Envelopes the scanner could not join: a range opener of the pack's `bounds.ranges`
/// ("entre", "von", "zwischen", "de") before a figure, and the range's join ("y", "bis",
/// "und", "à") before the next figure of its kind, with an article or a bound word of the
/// high end between ("entre 500 metros y los 6 kilómetros", "von 500 m bis über 6000 m",
/// "zwischen 400 Metern und über 6.000 Metern", "de 500 m à plus de 6 000 m"). The scanner
/// joins two figures only when the join word stands right before the second; the low end
/// alone was read as the maximum.
extension SentenceAnalysis {
    /// The words that open an envelope at figure `index` and the index of its high end: a
    /// from-word ("from", "desde") with the partner `envelopePartner` finds, if any; else a
    /// range opener right before the figure whose partner `openedPartner` finds (an opener
    /// without one opens nothing: "eine Reichweite von 8 km").
    func envelopeOpening(of index: Int, dimension: QuantityDimension) -> (words: String, partner: Int?)? {
        let quantity = quantities[index]
        if let from = fromWord(before: quantity) { return (text(from.range), envelopePartner(of: index, dimension: dimension)) }
        guard quantity.bound == .exact, let opener = lastWordRange(before: quantity.range.lowerBound),
              isIn(.rangeOpener, lowercasedText(opener)), let partner = openedPartner(of: index, dimension: dimension) else { return nil }
        return (text(opener), partner)
    }

    /// The high end after an opened figure: the next figure, of the dimension and larger,
    /// at most 16 bytes on, with no punctuation between and, between, a join word of the
    /// pack's ranges and at most one article or determiner ("y los"), or nothing when the
    /// high end's own bound phrase opens with the join ("von 8 km bis zu 10 km").
    func openedPartner(of index: Int, dimension: QuantityDimension) -> Int? {
        let quantity = quantities[index]
        guard index + 1 < quantities.count else { return nil }
        let next = quantities[index + 1]
        guard next.dimension == dimension, next.range.lowerBound >= quantity.range.upperBound,
              next.range.lowerBound - quantity.range.upperBound <= 16, next.value > quantity.value else { return nil }
        let between = quantity.range.upperBound..<next.range.lowerBound
        guard !hasPunctuation(between) else { return nil }
        let gap = words(in: between, limit: 3)
        if gap.isEmpty {
            guard let bound = next.boundRange, let join = firstWord(in: bound), isIn(.rangeJoin, join.lowercased()) else { return nil }
            return index + 1
        }
        guard gap.count <= 2, isIn(.rangeJoin, gap[0]),
              gap.count == 1 || isIn(.definiteArticle, gap[1]) || isIn(.determiner, gap[1]) else { return nil }
        return index + 1
    }

    /// The word right before `position`, past spaces only; nil when punctuation or the
    /// sentence's start comes first.
    func lastWordRange(before position: Int) -> Range<Int>? {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > range.lowerBound, bytes[start - 1] != 0x20, !hasPunctuation((start - 1)..<start) { start -= 1 }
        return start < end ? start..<end : nil
    }
}
