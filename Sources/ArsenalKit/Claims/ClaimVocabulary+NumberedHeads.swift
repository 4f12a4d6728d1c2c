extension ClaimVocabulary {
    /// The heads of the catalog's names written as a word, a space and a number ("Barak 8",
    /// "Aster 30", "RBS 70", "Arrow 3"), each with the numbers the catalog names after it and the record of each:
    /// the same head with another number ("Barak 1", "Aster 15", "RBS 23", "Arrow 2") is a
    /// system of the family the database does not hold (`SentenceAnalysis.numberedSiblings`).
    static func numberedHeads(in catalog: Catalog) -> [String: [String: Int]] {
        var heads: [String: [String: Int]] = [:]
        for (index, system) in catalog.systems.enumerated() {
            for name in [system.name] + system.aliases {
                let parts = name.split(separator: " ")
                guard parts.count == 2, let head = parts.first, let number = parts.last,
                      head.first?.isUppercase == true, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
                heads[String(head), default: [:]][String(number)] = index
            }
        }
        return heads
    }
}
