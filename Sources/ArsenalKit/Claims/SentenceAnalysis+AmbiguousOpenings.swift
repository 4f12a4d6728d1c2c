/// A sentence that opens with a record's name that is also a common word ("Osa", "Tor"):
/// with no other name in the sentence, the name may well be its subject.
extension SentenceAnalysis {
    /// "Buk kontra Osa: Buk razi cele do 45 km ... Osa sięga ok. 10 km." (blind set IV, pl): the
    /// sentence's first word is an alias of another record that is also a common word
    /// (`ambiguous_aliases` in its data file), so it was not read as a name; a figure the
    /// article's topic takes may be that record's. The word, or nil.
    func ambiguousOpening(before position: Int, topic system: Int) -> String? {
        guard let first = firstWordRange(in: range.lowerBound..<position) else { return nil }
        let word = text(first)
        guard let scalar = word.unicodeScalars.first, scalar.properties.isUppercase else { return nil }
        for (index, other) in catalog.systems.enumerated() where index != system && other.ambiguousAliases.contains(word) {
            return word
        }
        return nil
    }
}
