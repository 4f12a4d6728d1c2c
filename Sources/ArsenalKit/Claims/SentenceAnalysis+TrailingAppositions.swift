/// Trailing appositions: "Kyiv had Stingers, and London offered Starstreak, a laser-guided
/// weapon with a range of 7 km", "el FN-6, un misil portátil que alcanza 6 km", "der Gepard,
/// ein 47,5 Tonnen schweres Kettenfahrzeug". A noun phrase an indefinite article opens right
/// after a name and its comma describes that name, object of its clause or not, and the
/// figures in it are the name's, not the clause subject's.
extension SentenceAnalysis {
    /// The name a figure at `position` belongs to as part of a trailing apposition: the last
    /// mention before it (`before`, in text order) is a name followed by a comma, a space and
    /// an indefinite article of the pack (`numbers.articles`: none in Polish or Russian, so
    /// there the rule never applies), and from there to the figure the text holds no
    /// punctuation outside figures ("1,5 m" keeps its comma) and no other mention. A contrast's
    /// object ("unlike the older Igla,") opens no apposition.
    func trailingAppositionOwner(of position: Int, among before: [Mention]) -> Mention? {
        guard !vocabulary.indefiniteArticles.isEmpty, let owner = before.last, owner.named,
              owner.range.upperBound + 2 < position else { return nil }
        let comma = owner.range.upperBound
        guard bytes[comma] == 0x2C, bytes[comma + 1] == 0x20 else { return nil }
        guard let article = firstWordRange(in: (comma + 2)..<position), article.lowerBound == comma + 2,
              article.upperBound < position, vocabulary.indefiniteArticles.contains(lowercasedText(article)) else { return nil }
        guard !hasPunctuationOutsideFigures(article.upperBound..<position) else { return nil }
        // "has a range of 6 km and, unlike the older Igla, a dual-band seeker": the comma after
        // a contrast's object closes the contrast; the main clause goes on.
        if let contrast = lastCue(where: { cue in
            guard isWord(cue, .clauseBreak), cue.range.upperBound <= owner.range.lowerBound else { return false }
            let lead = stretch(cue.range, owner.range)
            return wordCount(lead) <= 2 && !hasPunctuation(lead)
        }), isContrast(text(contrast.range)) { return nil }
        return owner
    }
}
