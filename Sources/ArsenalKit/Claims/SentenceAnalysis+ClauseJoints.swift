/// Clause joints: coordinators, contrasts and negations.
extension SentenceAnalysis {
    /// A coordinator (" and ", " y ") right after a comma.
    static func startsCoordination(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, coordinators: [[UInt8]]
    ) -> Bool {
        for w in coordinators {
            if i + w.count <= end, (0..<w.count).allSatisfy({ bytes[i + $0] == w[$0] }) { return true }
        }
        return false
    }

    /// Whether one of the pack's coordinators (" and ", " i ") stands in `r`, compared in
    /// place (no word of the range is copied).
    func hasCoordinator(in r: Range<Int>) -> Bool {
        guard r.count >= 3 else { return false }
        for w in vocabulary.coordinators where w.count <= r.count {
            var i = r.lowerBound
            while i + w.count <= r.upperBound {
                if bytes[i] == w[0], (1..<w.count).allSatisfy({ bytes[i + $0] == w[$0] }) { return true }
                i += 1
            }
        }
        return false
    }

    /// Whether a clause-break phrase is a contrast ("unlike", "a diferencia de").
    func isContrast(_ phrase: String) -> Bool {
        let lower = phrase.lowercased()
        return vocabulary.contrasts.contains { lower.hasPrefix($0) }
    }
}

extension SentenceAnalysis {
    /// Whether a negation stands within three words before `position`, in its clause.
    func isNegated(_ position: Int) -> Bool { negation(before: position, within: 3) != nil }

    /// The last negation within `words` words before `position`, in its clause.
    func negation(before position: Int, within words: Int) -> Range<Int>? {
        let start = clauseStart(position)
        var index = cues.count
        while index > 0 {
            index -= 1
            let cue = cues[index]
            if isWord(cue, .negation) && cue.range.lowerBound >= start && cue.range.upperBound <= position
                && wordCount(cue.range.upperBound..<position) <= words {
                return cue.range
            }
        }
        return nil
    }

    /// The words of `r` other than articles and determiners.
    func wordsBesideArticles(_ r: Range<Int>) -> Int {
        words(in: r).filter { !isIn(.determiner, $0) && !isIn(.definiteArticle, $0) }.count
    }
}
