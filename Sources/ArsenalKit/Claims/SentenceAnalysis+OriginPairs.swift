/// Origin phrases beside more than one name: two names joined by a coordinator ("Soviet
/// Igla and Strela-2"), and a comparison ("Like the Starstreak, the Swedish system", "menos
/// que el sistema ruso"), where the word may describe the other system (issue 8). The
/// coordinators and words of comparison come from the pack.
extension SentenceAnalysis {
    /// The name joined to `name` by a coordinator alone ("Igla and Strela-2", "Igla-S y
    /// Verba"), on the side away from the origin word at `cue`: the word qualifies both.
    func coordinatedName(with name: Mention, awayFrom cue: Range<Int>) -> Mention? {
        let after = cue.upperBound <= name.range.lowerBound
        return mentions.first { other in
            guard other.named, other.system >= 0, other.system != name.system else { return false }
            let between: Range<Int>
            if after {
                guard other.range.lowerBound >= name.range.upperBound else { return false }
                between = name.range.upperBound..<other.range.lowerBound
            } else {
                guard other.range.upperBound <= name.range.lowerBound else { return false }
                between = other.range.upperBound..<name.range.lowerBound
            }
            // Only spaces and the coordinator between: a name in quotes of its own («Стінгер»)
            // or behind an article ("the Strela-2") is a phrase of its own.
            let found = words(in: between, limit: 2)
            guard found.count == 1, between.count(where: { bytes[$0] != 0x20 }) == found[0].utf8.count else { return false }
            return vocabulary.coordinators.contains(Array((" " + found[0].lowercased() + " ").utf8))
        }
    }

    /// Whether an origin phrase spanning `span`, tied to `system`, stands in a comparison: it
    /// follows a word of comparison ("than the Russian system", "menos que el sistema ruso"),
    /// or its span holds a name that is the object of one ("Like the Starstreak, the Swedish
    /// system"). `other` is then the system of that origin named before it in the sentence,
    /// if one (not `system`) is.
    func comparedOrigin(span: Range<Int>, system: Int, code: String) -> (doubtful: Bool, other: Mention?) {
        let object = mentions.contains { $0.named && $0.isObject && span.contains($0.range.lowerBound) }
        let afterThan = cues.contains { cue in
            guard cue.range.upperBound <= span.lowerBound, wordCount(stretch(cue.range, span)) <= 1 else { return false }
            if case .comparison = cue.cue { return true }
            return isWord(cue, .thanWord) || isWord(cue, .moreThan)
        }
        guard object || afterThan else { return (false, nil) }
        let other = afterThan ? mentions.last { mention in
            mention.named && mention.system >= 0 && mention.system != system && mention.range.upperBound <= span.lowerBound
                && catalog.systems[mention.system].origin == code
        } : nil
        return (true, other)
    }
}
