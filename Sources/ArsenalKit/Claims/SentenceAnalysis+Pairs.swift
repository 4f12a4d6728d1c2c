/// "Verba vs Piorun is the closest match-up. Both hit out to about 6 km": a pair word
/// (pack data `structure.pair_words`) opening a clause that names no system refers to the
/// two systems named just before (earlier in the sentence, or in the latest sentence that
/// named any); each claim of that clause is made for both.
extension SentenceAnalysis {
    /// `claims`, with each claim of a clause opened by a pair word made for both systems of
    /// the pair.
    func distributedOverPair(_ claims: [Claim]) -> [Claim] {
        let pairCues = cues.filter { isWord($0, .pairWord) }
        guard !pairCues.isEmpty, !claims.isEmpty else { return claims }
        var result = claims
        for cue in pairCues {
            let here = clause(cue.range.lowerBound)
            let namedHere = mentions.filter { clause($0.range.lowerBound) == here && $0.named }
            guard !namedHere.contains(where: { $0.range.lowerBound >= cue.range.upperBound }),
                  let pair = pair(before: cue.range.lowerBound) else { continue }
            // The pair word opens its clause ("Both ...", "and both ..."), or follows the two
            // names it sums up ("The Stinger and the Igla both reach ...").
            let opens = namedHere.isEmpty && wordCount(clauseStart(cue.range.lowerBound)..<cue.range.lowerBound) <= 1
            let sumsUp = Set(namedHere.map(\.system)) == Set(pair)
                && namedHere.last.map { wordCount(stretch($0.range, cue.range)) <= 2 } == true
            guard opens || sumsUp else { continue }
            let ids = pair.map { catalog.systems[$0].id }
            var distributed: [Claim] = []
            for claim in result {
                guard clause(claim.range.lowerBound) == here, claim.range.lowerBound >= cue.range.upperBound,
                      Self.isDistributable(claim.attribute) else {
                    distributed.append(claim)
                    continue
                }
                for (system, id) in zip(pair, ids) {
                    var copy = claim
                    copy.systemID = id
                    copy.grounding.system = .referredBack
                    if explain {
                        copy.trace.systemWords = text(cue.range)
                        copy.trace.systemReason = "\"\(text(cue.range))\": the two systems named just before, \(catalog.systems[system].name) one of them"
                    }
                    if !distributed.contains(where: { $0.systemID == id && $0.attribute == copy.attribute && $0.range == copy.range }) {
                        distributed.append(copy)
                    }
                }
            }
            result = distributed
        }
        return result
    }

    /// The two systems a pair word at `position` refers to: the two named before it in the
    /// sentence, or else the two named in the latest sentence that named any, or else in the
    /// latest two such sentences together; nil unless exactly two.
    func pair(before position: Int) -> [Int]? {
        var here: [Int] = []
        for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= position
            && !here.contains(mention.system) {
            here.append(mention.system)
        }
        if !here.isEmpty { return here.count == 2 ? here : nil }
        if state.lastNamed.count >= 2 { return state.lastNamed.count == 2 ? state.lastNamed : nil }
        var both = state.lastNamed
        for system in state.earlierNamed where !both.contains(system) { both.append(system) }
        return both.count == 2 ? both : nil
    }

    /// A pair word opening the clause of `phrase` with only copulas between it and the phrase
    /// ("Both are American", "Los dos son rusos"): the subject the phrase is said of.
    func pairSubject(before phrase: Range<Int>) -> Range<Int>? {
        for cue in cues where isWord(cue, .pairWord) && cue.range.upperBound <= phrase.lowerBound {
            let between = stretch(cue.range, phrase)
            guard clause(cue.range.lowerBound) == clause(phrase.lowerBound), !hasPunctuation(between), onlyCopulas(between),
                  wordCount(clauseStart(cue.range.lowerBound)..<cue.range.lowerBound) <= 1 else { continue }
            return cue.range
        }
        return nil
    }

    /// Specifications and categories are said of each of the two; a comparison or an
    /// inventory is not.
    static func isDistributable(_ attribute: ClaimAttribute) -> Bool {
        switch attribute {
        case .spec, .systemClass: true
        default: false
        }
    }
}
