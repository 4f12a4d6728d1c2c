/// A run of words that opens with a record's name that is also a common word ("Osa", "Tor"):
/// with no other name there, the name may well be its subject.
extension SentenceAnalysis {
    /// "Buk kontra Osa: Buk razi cele do 45 km ... Osa sięga ok. 10 km." (blind set IV, pl),
    /// "Zdj. 7: Osa, zasięg ok. 10 km" (blind set IP, pl): the first word of the sentence, or
    /// of a run after a colon or a line break before the figure, is an alias of another record
    /// that is also a common word (`ambiguous_aliases` in its data file), so it was not read
    /// as a name; a figure the article's topic takes may be that record's. The word, or nil.
    func ambiguousOpening(before position: Int, topic system: Int) -> String? {
        var opening = range.lowerBound
        var i = range.lowerBound
        while i < position {
            let byte = bytes[i]
            if byte == 0x3A || byte == 0x0A { opening = i + 1 }
            i += 1
        }
        for start in Set([range.lowerBound, opening]) {
            guard let first = firstWordRange(in: start..<position) else { continue }
            let word = text(first)
            guard let scalar = word.unicodeScalars.first, scalar.properties.isUppercase else { continue }
            for (index, other) in catalog.systems.enumerated() where index != system && other.ambiguousAliases.contains(word) {
                return word
            }
        }
        return nil
    }
}
