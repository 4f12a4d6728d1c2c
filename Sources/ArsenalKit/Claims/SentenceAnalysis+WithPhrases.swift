/// Phrases a with-word opens right after a name: "neben Iskander-Raketen mit rund 500
/// Kilometern Reichweite auch S-400-Batterien" (blind set LV, de), "Besides Iskander missiles
/// with a range of about 500 km, Russia keeps S-400 batteries", "además de misiles Misagh-1 con
/// un alcance de 4 km". The phrase describes the name before it, so its figure is that name's,
/// even when the name is the object of a contrast or of "besides", which otherwise owns
/// nothing of its clause.
extension SentenceAnalysis {
    /// Words a head noun may add between the name and the with-word ("Iskander missiles with").
    static let withPhraseHeadWords = 2
    /// Words the phrase may hold between the with-word and the figure ("with a range of about").
    static let withPhraseLeadWords = 5

    /// The object of a contrast a figure at `position` belongs to through a with-phrase: the
    /// last mention before it (`before`, in text order) is a name marked as such an object,
    /// (`contrasted`, not a kin noun's object: "a copy of the Strela-2 with a range of 4.4 km";
    /// a system outside the database is an object only of contrasts and comparisons),
    /// followed within `withPhraseHeadWords` words by a with-word of the pack
    /// (`structure.with_words`), then the figure within `withPhraseLeadWords` words, with no
    /// punctuation outside figures, no verb, no other name and no other figure between. Nil otherwise
    /// (a subject named before the figure needs no help: it owns the figure already).
    func withPhraseOwner(of position: Int, among before: [Mention]) -> Mention? {
        guard wordSets[.withWord] != nil, let owner = before.last, owner.named, owner.system < 0 ? owner.isObject : owner.contrasted,
              owner.range.upperBound < position else { return nil }
        let gap = owner.range.upperBound..<position
        guard !hasPunctuationOutsideFigures(gap),
              !quantities.contains(where: { $0.dimension != nil && gap.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { gap.contains($0.range.lowerBound) }), !hasVerb(gap) else { return nil }
        var index = 0
        var withAt: Int?
        scanWords(in: gap) { word in
            // (A word of its own: not the letter after a hyphen, "«Гибка-С»".)
            if word.lowerBound > gap.lowerBound, bytes[word.lowerBound - 1] == 0x20, isIn(.withWord, lowercasedText(word)) {
                withAt = index
                return false
            }
            index += 1
            return index <= Self.withPhraseHeadWords
        }
        guard let withAt, withAt <= Self.withPhraseHeadWords else { return nil }
        return wordCount(gap) - withAt - 1 <= Self.withPhraseLeadWords ? owner : nil
    }
}
