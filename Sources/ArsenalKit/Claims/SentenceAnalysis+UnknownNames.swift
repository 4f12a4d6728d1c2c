/// Names the database does not know, found by their shape in the sentence.
extension SentenceAnalysis {
    /// A word of the sentence before `position` written as a name and matched by no cue
    /// of ours: a capitalised word inside the sentence (not in a language that capitalises
    /// its nouns, nor in a title-case headline), or anywhere a designation (a capital and
    /// a digit, or two capitals: "QW-18", "NASAMS"). From `start` when given (not the
    /// sentence's opening), else from the sentence's start. Words `skip` accepts are passed over.
    func unknownName(before position: Int, from start: Int? = nil, skipping skip: (String) -> Bool = { _ in false }) -> String? {
        guard !isTitleCase else { return nil }
        var i = start ?? range.lowerBound
        var opening = start == nil
        var previous: Range<Int>?
        while i < position {
            let b = bytes[i]
            guard b >= 0x80 || TextScan.isASCIIAlphanumeric(b) else {
                // A line break, a colon or a stop opens a new run of words (a list item, a label).
                if b == 0x0A || b == 0x3A || b == 0x2E { opening = true }
                i += 1
                continue
            }
            var end = i
            // Whether the word's first letter is a lower-case ASCII one (or it has none), read from
            // its bytes while ASCII: such a word names nothing, only remembered as the word before the next.
            var lowerInitial: Bool?
            while end < position, bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end]) || bytes[end] == 0x2D {
                let b = bytes[end]
                if lowerInitial == nil, b >= 0x80 || b &- 0x41 < 26 || b &- 0x61 < 26 { lowerInitial = b &- 0x61 < 26 ? true : false }
                end += 1
            }
            if lowerInitial ?? true {
                opening = false
                previous = i..<end
                i = end
                continue
            }
            let word = text(i..<end)
            let capital: Bool
            let designation: Bool
            if lowerInitial == false, !bytes[i..<end].contains(where: { $0 >= 0x80 }) {
                // An ASCII word starting with a capital: its letters and digits read from the bytes.
                capital = true
                designation = bytes[i..<end].contains { $0 &- 0x30 < 10 }
                    || bytes[i..<end].allSatisfy { $0 &- 0x61 >= 26 } && bytes[i..<end].lazy.filter { $0 &- 0x41 < 26 }.count >= 2
            } else {
                let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
                // A mark with no letters ("«", "“", "„") is no word: an opening quotation mark
                // opens a new run, as a colon does ("Réponse : « Oui, jusqu'à 10 km »"; blind set MI).
                if letters.isEmpty, !word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                    if word.hasPrefix("«") || word.hasPrefix("“") || word.hasPrefix("„") { opening = true }
                    i = end
                    continue
                }
                capital = letters.first.map { $0.properties.isUppercase } ?? false
                designation = capital && (word.unicodeScalars.contains { $0.properties.numericType != nil }
                    || (letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }))
            }
            // (A unit word written with a capital inside a figure, "числу Маха 3", names nothing.)
            let covered = cues.contains { $0.range.lowerBound < end && $0.range.upperBound > i } || quantities.contains { $0.range.lowerBound < end && $0.range.upperBound > i }
            // "das System Grzmot", "la missile Milan": a capital after a word for a weapon names it.
            func afterCategory() -> Bool {
                previous.map { words in
                    let lowered = lowercasedText(words)
                    return isIn(.weaponNoun, lowered) || isIn(.missileNoun, lowered)
                } ?? false
            }
            // (Nor an institution written with a capital: "en servicio en el Ejército francés"; blind set NI.)
            if capital, !covered, designation || (!opening && !vocabulary.capitalisedNouns) || afterCategory(), !skip(word), !isAttributed(i..<end),
               designation || !isIn(.institution, word.lowercased()) { return word }
            opening = false
            previous = i..<end
            i = end
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// Whether a name the database does not hold, listed as an outside system or only shaped as
    /// a name, stands right after `head` (past spaces, quotation marks and at most one comma):
    /// "Советские комплексы 2К12 «Куб» планируется заменить израильскими SPYDER", "the Soviet
    /// systems, Kub, will give way to the SPYDER". The head is that name's class word, as before a name we know, so an origin word
    /// on the head is that name's.
    func otherNameRightAfter(_ head: Range<Int>) -> Bool {
        guard head.upperBound < range.upperBound, let next = firstWordRange(in: head.upperBound..<range.upperBound) else { return false }
        var commas = 0
        for i in head.upperBound..<next.lowerBound {
            switch bytes[i] {
            case 0x20, 0x22: continue
            case 0x2C: commas += 1
            case 0xC2, 0xAB, 0xE2, 0x80, 0x9C, 0x9E: continue  // « “ „
            default: return false
            }
        }
        guard commas <= 1 else { return false }
        return outsideMentions.contains { $0.range.lowerBound == next.lowerBound }
            || cues.contains { if case .outsideSystem = $0.cue { $0.range.lowerBound == next.lowerBound } else { false } }
            || unknownName(before: next.upperBound, from: head.upperBound) != nil
    }
}
