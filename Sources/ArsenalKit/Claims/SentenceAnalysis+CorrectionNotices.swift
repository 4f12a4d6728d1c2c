/// Correction notices: "Correction: An article on Monday's exercise said the battery's Mistral 3
/// missiles could hit targets 12 km away." (blind set IQ, in all six languages: "Fe de
/// errores: ... se indicó que", "Richtigstellung: Im Artikel ... hieß es", "Поправка: ...").
/// The clause after the label quotes the earlier report the notice corrects.
extension SentenceAnalysis {
    /// The label when the sentence opens with one of the pack's `structure.correction_labels`
    /// followed by a colon; nil otherwise.
    func correctionLabel() -> Range<Int>? {
        guard !vocabulary.correctionLabels.isEmpty else { return nil }
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        var colon = start
        // A label is short: at most 40 bytes before its colon.
        while colon < min(range.upperBound, start + 40), bytes[colon] != 0x3A { colon += 1 }
        guard colon < range.upperBound, bytes[colon] == 0x3A, colon > start else { return nil }
        var end = colon
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let label = start..<end
        return vocabulary.correctionLabels.contains(lowercasedText(label)) ? label : nil
    }

    /// Puts the value of each claim after a correction label, up to the first semicolon, in
    /// doubt: "Clarification: Our profile said it weighs 36 tonnes; its combat weight is 26
    /// tonnes" quotes the 36 tonnes and states the 26.
    func markCorrectionNotice(_ claims: inout [Claim]) {
        guard let label = correctionLabel() else { return }
        var end = label.upperBound
        while end < range.upperBound, bytes[end] != 0x3B { end += 1 }
        for index in claims.indices where claims[index].range.lowerBound >= label.upperBound && claims[index].range.upperBound <= end {
            claims[index].grounding.doubt(
                .value, "the sentence opens with \"\(text(label))\": it quotes the earlier report the notice corrects, not the article's own statement")
        }
    }
}
