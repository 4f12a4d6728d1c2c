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
            // (An origin word right after the last name or right before this one is passed
            // over: "Face au Stinger américain et au Piorun polonais", "the American Stinger
            // and the Polish Piorun".)
            let from = originWord(startingAt: last.upperBound + 1)?.upperBound ?? last.upperBound
            let to = originWord(endingAt: name.range.lowerBound - 1)?.lowerBound ?? name.range.lowerBound
            let gap = from < to ? from..<to : stretch(last, name.range)
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

    /// An origin word ("américain", "Polish") starting, or ending, exactly at `position`.
    private func originWord(startingAt position: Int) -> Range<Int>? {
        cues.first { cue in
            if case .origin = cue.cue { return cue.range.lowerBound == position } else { return false }
        }?.range
    }

    private func originWord(endingAt position: Int) -> Range<Int>? {
        cues.first { cue in
            if case .origin = cue.cue { return cue.range.upperBound == position } else { return false }
        }?.range
    }
}
