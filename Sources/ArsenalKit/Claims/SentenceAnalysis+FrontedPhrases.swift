/// Fronted phrases: "With a range of 8 km, the Stinger ...", "Weighing 40 kg with its
/// launcher, the Piorun ...", "Con un alcance de 8 km, el Stinger ...". A phrase that opens
/// the sentence and ends at a comma describes the subject named right after the comma;
/// one in a sentence reporting a shot ("At a distance of 3 km, the Stinger hit ...") does not.
extension SentenceAnalysis {
    /// Whether the figure stands in a phrase that opens the sentence and ends at the one comma
    /// between it and the name it is tied to, the name opening the clause after that comma
    /// (at most two noun-phrase words before it: "the", "Poland's"), and nothing is named
    /// before the name in the sentence. Such a figure is the name's, as plainly as one written
    /// after it: the name is the subject the fronted phrase describes, so the figure carries
    /// no `name-after-figure` doubt.
    func isInFrontedPhrase(_ quantity: QuantityMention, of name: Mention) -> Bool {
        guard name.named, name.range.lowerBound >= quantity.range.upperBound else { return false }
        // "At a distance of 3 km, the Stinger team fired": a sentence reporting a shot
        // (pack `structure.shot_verbs`) gives the distance of that shot, not a description.
        if cues.contains(where: { isWord($0, .shotVerb) }) { return false }
        // "the Stinger team", "the Piorun crew": the subject is the team, not the system.
        if let next = nextWordRange(after: name.range.upperBound), !hasPunctuation(name.range.upperBound..<next.lowerBound),
           isIn(.crewPerson, lowercasedText(next)) || cues.contains(where: { $0.range == next && $0.cue == .attribute(.crew) }) {
            return false
        }
        // Nothing else named or referred to before the name, in the database or not.
        if mentions.contains(where: { $0.range.lowerBound < name.range.lowerBound }) { return false }
        if outsideMentions.contains(where: { $0.range.lowerBound < name.range.lowerBound }) { return false }
        // The phrase opens the sentence: no punctuation between its start and the figure.
        if hasPunctuationOutsideFigures(range.lowerBound..<quantity.range.lowerBound) { return false }
        // A phrase, not a clause: it opens with a preposition or a participle ("With", "At",
        // "Weighing", "Con"), not with a determiner or a possessive ("Its range is 6 km, the
        // Igla-S being newer", "Ihre Reichweite beträgt 9 km, die der Igla-S ..."), and holds
        // no copula.
        let opening = words(in: range.lowerBound..<quantity.range.lowerBound)
        guard let first = opening.first, !isIn(.determiner, first), !isIn(.definiteArticle, first), !isIn(.demonstrative, first),
              !opening.contains(where: { isIn(.copula, $0) }) else { return false }
        // One comma after the figure, and no other punctuation up to the name.
        let between = quantity.range.upperBound..<name.range.lowerBound
        var comma: Int?
        for i in between where bytes[i] == 0x2C {
            guard comma == nil else { return false }
            comma = i
        }
        guard let comma else { return false }
        if hasPunctuationOutsideFigures(quantity.range.upperBound..<comma) || hasPunctuation(comma + 1..<name.range.lowerBound) {
            return false
        }
        // Right after the comma, at most two words before the name, each a determiner or an
        // origin word ("the", "el", "Poland's", "the Polish").
        let lead = comma + 1..<name.range.lowerBound
        var articles = 0
        var count = 0
        var plain = true
        scanWords(in: lead) { word in
            count += 1
            if isIn(.determiner, lowercasedText(word)) || isIn(.definiteArticle, lowercasedText(word)) {
                articles += 1
            } else if !cues.contains(where: { cue in
                guard case .origin = cue.cue else { return false }
                return cue.range.lowerBound <= word.lowerBound && cue.range.upperBound >= word.upperBound
            }) {
                // "а российская «Игла-С»": a coordinator or any other word opens a clause.
                plain = false
            }
            return plain && count <= 2
        }
        // Two articles in a row stand for an elided noun with the name its possessor ("die der
        // Igla-S", "la del Stinger": that of the Igla-S), not the subject.
        return plain && count <= 2 && articles <= 1
    }
}
