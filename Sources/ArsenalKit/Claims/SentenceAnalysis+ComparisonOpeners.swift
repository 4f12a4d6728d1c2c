/// Sentences that bring in something to compare with: "Для сравнения, пассажирский лайнер
/// летит со скоростью около 900 км/ч", "For comparison, an airliner cruises at 900 km/h",
/// "Zum Vergleich: Ein Sturmgewehr trifft auf 400 Meter" (issue 8; blind set NM, ru, with the
/// same turn in explainers in every pack). With no system named, such a sentence is about
/// the compared thing as often as about the article's system.
extension SentenceAnalysis {
    /// Words a comparison opener may stand after in its sentence ("But for comparison").
    static let comparisonOpenerLead = 1

    /// The comparison opener (pack `structure.comparison_openers`) that opens the sentence,
    /// at most `comparisonOpenerLead` words after its start and before `position`, when the
    /// sentence names no system, ours or another; nil otherwise.
    func comparisonOpening(before position: Int) -> String? {
        guard mentions.isEmpty, outsideMentions.isEmpty,
              let opener = cues.first(where: { isWord($0, .comparisonOpener) && $0.range.upperBound <= position }),
              wordCount(range.lowerBound..<opener.range.lowerBound) <= Self.comparisonOpenerLead else { return nil }
        return text(opener.range)
    }
}
