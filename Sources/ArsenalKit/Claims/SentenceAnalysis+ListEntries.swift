/// Names that open an entry of a list or a data sheet ("Buk-M1 – zasięg 45 km; S-300PS –
/// pocisk ..."), and names written beside their family's.
extension SentenceAnalysis {
    /// The named mention right before `reference` with only a dash or a colon (and spaces)
    /// between: "S-300PS – pocisk", "Igla-S: rakieta". Nil otherwise.
    /// Only a noun for the weapon ("pocisk", "rakieta", "system") opens an entry; a pronoun
    /// after a colon ("comme le Stinger : il suit un faisceau") goes on the sentence.
    func nameLabelling(_ reference: Range<Int>) -> Mention? {
        let lowered = lowercasedText(reference)
        guard isIn(.missileNoun, lowered) || isIn(.originHead, lowered) else { return nil }
        guard let name = mentions.last(where: { $0.named && $0.range.upperBound <= reference.lowerBound }) else { return nil }
        var marks = 0
        var i = name.range.upperBound
        while i < reference.lowerBound {
            let byte = bytes[i]
            if byte == 0x20 { i += 1; continue }
            if byte == 0x3A || byte == 0x2D { marks += 1; i += 1; continue }
            // "–" and "—" (U+2013, U+2014).
            if byte == 0xE2, i + 2 < reference.lowerBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { marks += 1; i += 3; continue }
            return nil
        }
        return marks == 1 ? name : nil
    }

    /// "FIM-92E Stinger", "Stinger FIM-92E": a variant's name written next to its family's
    /// names one system, the variant; the family's mention is dropped so that nothing binds
    /// to it.
    func dropFamiliesNamedWithTheirVariant() {
        guard mentions.count > 1 else { return }
        var dropped: Set<Int> = []
        for index in mentions.indices.dropLast() {
            let a = mentions[index]
            let b = mentions[index + 1]
            guard a.named, b.named, a.system != b.system, b.range.lowerBound >= a.range.upperBound,
                  b.range.lowerBound - a.range.upperBound <= 2,
                  (stretch(a.range, b.range)).allSatisfy({ bytes[$0] == 0x20 }) else { continue }
            if isAncestor(a.system, of: b.system) { dropped.insert(index) }
            else if isAncestor(b.system, of: a.system) { dropped.insert(index + 1) }
        }
        guard !dropped.isEmpty else { return }
        mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] }
    }
}
