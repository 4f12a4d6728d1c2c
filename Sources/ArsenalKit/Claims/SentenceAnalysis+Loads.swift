/// The loads of a carrier and the names coordinated with an object: "Samobieżny zestaw
/// Poprad niesie cztery pociski Grom lub Piorun i zwalcza cele oddalone maksymalnie o 5,5
/// tys. m" names two missiles the vehicle carries, neither of them the subject that engages
/// targets out to 5.5 km.
extension SentenceAnalysis {
    /// Whether a name is the load a component intro governs ("mounts four Piorun missiles"):
    /// the predicate coordinated after it shares the carrier's subject (`carrierSubject`).
    func isLoad(_ mention: Mention) -> Bool {
        cues.contains { cue in
            isWord(cue, .componentIntro) && cue.range.upperBound <= mention.range.lowerBound
                && wordCount(stretch(cue.range, mention.range)) <= 2
        }
    }

    /// The names joined to `object` by a coordinator, one after another ("Grom lub Piorun",
    /// "the Stinger and the Mistral", "Stinger, Mistral und Piorun" is not: a comma lists, and a
    /// list's last name may open a clause of its own): between each two nothing but a
    /// coordinator or a word for "or" (pack `structure.coordinators`, `structure.alternatives`)
    /// and at most one article or determiner, no punctuation. They share the object's role.
    func coordinatedNames(after object: CueMatch, in names: [CueMatch]) -> [CueMatch] {
        var joined: [CueMatch] = []
        var last = object.range
        for name in names where name.range.lowerBound >= last.upperBound {
            let gap = stretch(last, name.range)
            let between = words(in: gap, limit: 3)
            guard !hasPunctuation(gap), (1...2).contains(between.count),
                  isCoordinator(between[0])
                      || vocabulary.alternatives.contains(Array((" " + between[0].lowercased() + " ").utf8)),
                  between.dropFirst().allSatisfy({ isIn(.determiner, $0) || isIn(.definiteArticle, $0) }) else { break }
            joined.append(name)
            last = name.range
        }
        return joined
    }
}
