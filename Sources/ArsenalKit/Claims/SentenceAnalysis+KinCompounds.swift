/// A name written as the first part of a compound whose second part is a kin noun: "Ein
/// europäischer Stinger-Nachfolger soll mehr als zehn Kilometer weit reichen" (blind set JA,
/// de). The compound names a relative of the system (a successor, a predecessor), not the system.
extension SentenceAnalysis {
    /// The compound's words when `name` is followed, past a hyphen, by a word of the pack's
    /// `structure.kin_nouns`; nil otherwise.
    func kinCompound(after name: Range<Int>) -> String? {
        let hyphen = name.upperBound
        guard hyphen + 1 < range.upperBound, bytes[hyphen] == 0x2D else { return nil }
        var end = hyphen + 1
        while end < range.upperBound, bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end]) { end += 1 }
        guard end > hyphen + 1, cues.contains(where: { isWord($0, .kinNoun) && $0.range.lowerBound == hyphen + 1 }) else { return nil }
        return text(name.lowerBound..<end)
    }
}

extension SentenceAnalysis {
    /// The starts of the names in `names` that a hyphen joins to a kin noun right after them
    /// ("eine Startbaugruppe nach Igla-Vorbild"; blind set VC): such a name is an object, as
    /// a kin noun's relative is, and weighs as one for the topic.
    func kinCompoundNames(_ names: [CueMatch]) -> Set<Int> {
        var starts: Set<Int> = []
        for name in names where kinCompound(after: name.range) != nil { starts.insert(name.range.lowerBound) }
        return starts
    }
}
