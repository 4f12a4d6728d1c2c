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
            return isCoordinator(found[0])
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

extension SentenceAnalysis {
    /// "Both the Verba and the Igla-S reach 6 km", "Stinger i Piorun ważą po 15 kg": two names
    /// joined by a coordinator (and at most an article) open the figure's clause as its
    /// subject, and the clause holds no other figure of the kind: the figure is said of both.
    /// Returns the name the figure was not tied to.
    func coordinatedSubject(of binding: Binding, for quantity: QuantityMention) -> Mention? {
        guard binding.basis == .namedInClause, let bound = binding.mention, bound.named, !bound.isObject, !bound.apposition,
              bound.range.upperBound <= quantity.range.lowerBound, !vocabulary.coordinators.isEmpty,
              !hasPunctuation(bound.range.upperBound..<quantity.range.lowerBound),
              !mentions.contains(where: { $0.range.lowerBound > bound.range.lowerBound && $0.range.lowerBound < quantity.range.lowerBound })
        else { return nil }
        guard let partner = mentions.last(where: { $0.range.upperBound <= bound.range.lowerBound }),
              partner.named, !partner.isObject, !partner.apposition, partner.system >= 0, partner.system != bound.system else { return nil }
        let between = partner.range.upperBound..<bound.range.lowerBound
        let joining = words(in: between, limit: 3)
        guard (1...2).contains(joining.count), !hasPunctuation(between),
              isCoordinator(joining[0]),
              joining.count == 1 || isIn(.determiner, joining[1].lowercased()) || isIn(.definiteArticle, joining[1].lowercased())
        else { return nil }
        // The pair opens its sentence or follows a comma, at most two words ("Both the") before it.
        var lead = partner.range.lowerBound
        while lead > range.lowerBound, !hasPunctuation((lead - 1)..<lead) { lead -= 1 }
        guard wordCount(lead..<partner.range.lowerBound) <= 2 else { return nil }
        // ("Stinger, Igła i Mistral osłaniają ...": a list of three or more is no pair.)
        if lead > range.lowerBound, bytes[lead - 1] == 0x2C,
           mentions.contains(where: { $0.named && $0.range.upperBound <= lead - 1 && lead - 1 - $0.range.upperBound <= 3 }) { return nil }
        // One figure of the kind: "reach 6 km and 5 km" pairs figures with names otherwise.
        var end = quantity.range.upperBound
        while end < range.upperBound, !hasPunctuation(end..<(end + 1)) { end += 1 }
        guard !quantities.contains(where: { $0.range != quantity.range && $0.dimension == quantity.dimension
            && $0.range.lowerBound >= partner.range.upperBound && $0.range.lowerBound < end }) else { return nil }
        return partner
    }
}
