/// A subject of its own that the database does not know (issue 8).
extension SentenceAnalysis {
    /// A sentence naming no system that opens with a determiner and a capitalised word that
    /// is no cue or known noun ("Die Milan wiegt 28 kg"): the two words, else nil.
    func foreignSubject(before position: Int) -> String? {
        guard mentions.isEmpty, outsideMentions.isEmpty else { return nil }
        // The second word, as written: it must start with a capital and begin no cue of ours.
        // (Looked at before the words are read: most sentences fail here.)
        var i = range.lowerBound
        while i < position, !(bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i])) { i += 1 }
        let first = i
        while i < position, bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i]) { i += 1 }
        while i < position, !(bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i])) { i += 1 }
        guard i < position, bytes[i] >= 0x80 || TextScan.isASCIIUppercase(bytes[i]),
              let scalar = Unicode.Scalar(ByteText.scalar(at: i, bytes).0), scalar.properties.isUppercase
        else { return nil }
        let head = words(in: range.lowerBound..<min(position, range.upperBound), limit: 2)
        guard head.count == 2, isIn(.determiner, head[0]) || isIn(.definiteArticle, head[0]) else { return nil }
        // (Nor an institution: "El Ejército ha pedido 500 unidades" names no weapon.)
        let ours: [WordClass] = [.missileNoun, .originHead, .weaponNoun, .massWord, .targetNoun, .institution]
        if ours.contains(where: { isIn($0, head[1]) }) { return nil }
        // (A name matched loosely but not taken as a mention, "Milan" for MILAN, is no cue of ours.)
        if cues.contains(where: { cue in
            if case .outsideSystem = cue.cue { return false }
            return cue.range.lowerBound <= i && cue.range.upperBound > i
        }) { return nil }
        var end = i
        while end < position, bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end]) { end += 1 }
        if !vocabulary.commonNounEndings.isEmpty, vocabulary.commonNounEndings.contains(where: lowercasedText(i..<end).hasSuffix) { return nil }
        // ("A Bundeswehr sergeant explained ...", "A Pentagon spokesman said ...": the word
        // qualifies a person, the sentence's subject; blind set UQ.)
        if end < position, bytes[end] == 0x20, cues.contains(where: { cue in
            (cue.cue == .nonClaim(.persons) || isWord(cue, .crewPerson)) && cue.range.lowerBound == end + 1
        }) { return nil }
        return text(first..<end)
    }
}
