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
