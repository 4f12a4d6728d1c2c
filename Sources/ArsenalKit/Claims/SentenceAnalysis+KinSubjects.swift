/// A kin noun as the subject of a clause that goes on past an aside on it: "la version
/// précédente, entrée en service en 1988, portait à 6 km" (blind set MI, fr), "the earlier
/// version, fielded in 1978, reached 3.6 km", "der Vorgänger, seit 1983 im Dienst, reichte 5,2
/// km". The figure after the aside is the relative's, not the system the sentence is about.
extension SentenceAnalysis {
    /// Words the figure may stand after the aside's closing comma.
    static let kinSubjectReach = 4

    /// The kin noun (pack `structure.kin_nouns`) before `position` that a comma follows right
    /// after it, then an aside that holds no name and closes with a comma, then at most
    /// `kinSubjectReach` words before the figure, with no other punctuation, name or
    /// reference after the kin noun; nil otherwise, and when `bound` (the figure's mention)
    /// stands after the kin noun.
    func kinSubjectPastAside(before position: Int, bound: Mention?) -> CueMatch? {
        guard let kin = lastCue(where: { isWord($0, .kinNoun) && $0.range.upperBound < position }) else { return nil }
        if let bound, bound.range.lowerBound >= kin.range.upperBound { return nil }
        let after = kin.range.upperBound..<position
        guard bytes[kin.range.upperBound] == 0x2C else { return nil }
        // (The commas of figures, "5,2 km", are no commas of the aside.)
        let commas = after.filter { i in bytes[i] == 0x2C && !quantities.contains { $0.range.contains(i) } }
        guard commas.count == 2, let close = commas.last, close > kin.range.upperBound + 2,
              !hasPunctuationOutsideFigures((kin.range.upperBound + 1)..<close),
              !hasPunctuation((close + 1)..<position), wordCount((close + 1)..<position) <= Self.kinSubjectReach,
              !mentions.contains(where: { after.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { after.contains($0.range.lowerBound) }) else { return nil }
        return kin
    }
}
