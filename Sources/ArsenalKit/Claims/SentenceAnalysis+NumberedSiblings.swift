/// Systems of a record's family the database does not hold, named as the record is but with
/// another number: "the Barak 1, whose reach is only about 12 km" beside the Barak 8 (blind
/// set JS), "Aster 15" beside the Aster 30, "RBS 23" beside the RBS 70, "Arrow 2" beside the
/// Arrow 3. The name owns its figures as an outside system does, so they are never judged
/// against the record.
extension SentenceAnalysis {
    /// The ranges of such names in the sentence: a head of `ClaimVocabulary.numberedHeads`
    /// (written with its capitals, a word of its own), one space, and a number of one to
    /// four digits that ends the word and is none of the head's own numbers; not inside a
    /// record's name, and not a figure with a unit ("Mistral 500 m/s").
    func numberedSiblings() -> [(range: Range<Int>, held: String)] {
        let heads = vocabulary.numberedHeads
        guard !heads.isEmpty else { return [] }
        var result: [(range: Range<Int>, held: String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard TextScan.isASCIIUppercase(bytes[i]), i == range.lowerBound || !TextScan.isWordScalar(at: i - 1, in: bytes) else {
                i += 1
                continue
            }
            var space = i
            while space < range.upperBound, TextScan.isASCIIAlphanumeric(bytes[space]) || bytes[space] == 0x2D { space += 1 }
            var end = space + 1
            while end < range.upperBound, bytes[end] &- 0x30 < 10 { end += 1 }
            defer { i = max(space, i + 1) }
            guard space < range.upperBound, bytes[space] == 0x20, (1...4).contains(end - space - 1),
                  end == range.upperBound || !TextScan.isWordScalar(at: end, in: bytes),
                  let numbers = heads[text(i..<space)], numbers[text((space + 1)..<end)] == nil else { continue }
            let whole = i..<end
            if cues.contains(where: { cue in
                if case .system = cue.cue { return cue.range.overlaps(whole) } else { return false }
            }) { continue }
            if quantities.contains(where: { $0.dimension != nil && $0.range.overlaps((space + 1)..<end) }) { continue }
            let head = text(i..<space)
            result.append((whole, numbers.keys.sorted { Int($0) ?? 0 < Int($1) ?? 0 }.map { "\(head) \($0)" }.joined(separator: ", ")))
        }
        return result
    }
}
