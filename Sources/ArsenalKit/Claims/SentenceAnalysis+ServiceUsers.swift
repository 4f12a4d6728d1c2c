/// A user's adjective inside a service-entry phrase (issue 8, blind set HV): "has been in
/// Brazilian service since 2014", "en servicio peruano desde 2013", "im polnischen Dienst seit
/// 2002". The year is when that country's army took the system up, not its first service.
extension SentenceAnalysis {
    /// The origin word or country name of a country other than `origin` in the word
    /// right before the service-entry phrase at `phrase`, with no punctuation between; else nil.
    func userAdjective(before phrase: Range<Int>, origin: String) -> String? {
        var from = phrase.lowerBound
        if let word = lastWordRange(before: from), word.lowerBound >= range.lowerBound, !hasPunctuation(word.upperBound..<phrase.lowerBound) {
            from = word.lowerBound
        }
        // (Also inside the phrase: "in Brazilian service since" may be matched whole.)
        for cue in cues where cue.range.lowerBound >= from && cue.range.upperBound <= phrase.upperBound {
            switch cue.cue {
            case .origin(let code), .country(let code):
                if code != origin { return text(cue.range) }
            default: continue
            }
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// "El Igla original llegaba a 5.200 metros; la versión S estira ese alcance hasta 6.000
    /// metros" (blind set HV): a clause opening, within its first three words, with a version
    /// noun (pack `structure.version_nouns`), while the figure was tied to a system named before
    /// the clause, is about that version. The noun as a cue, or nil.
    func versionOpening(from: Int, before position: Int, bound: Mention?) -> CueMatch? {
        guard from < position, bound.map({ $0.range.upperBound <= from }) ?? true else { return nil }
        var seen = 0
        var found: Range<Int>?
        // ("Diese Variante erreicht ...": a demonstrative before the noun points back at the
        // version just named.)
        var demonstrative = false
        scanWords(in: from..<position) { word in
            let lowered = lowercasedText(word)
            if isIn(.versionNoun, lowered) { found = demonstrative ? nil : word; return false }
            demonstrative = isIn(.demonstrative, lowered)
            seen += 1
            return seen < 3
        }
        return found.map { CueMatch(range: $0, cue: .word(.versionNoun)) }
    }
}
