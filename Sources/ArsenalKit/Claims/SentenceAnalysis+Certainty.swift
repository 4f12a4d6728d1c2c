/// Two features of a reading that make a part of its claim a guess (issue 8, session 18),
/// found from what the sentence already holds and weighed by `EstablishmentGate`:
///
/// - shared-subject: a figure in a predicate coordinated with the sentence's subject, tied
///   by nearness to a system named as an object of the first predicate ("The Polish Piorun
///   was derived from the Grom and entered service in 2019", "El Igla se desarrolló a partir
///   del Strela-3, ..., y alcanza 5,2 km"): the coordinated verb shares the subject;
/// - range-or-height: a distance read from a verb of engaging alone ("can hit helicopters up
///   to 2,300 metres"): no word says whether it is how far or how high; the judge tries the
///   height too (`RivalReading`);
/// - low-height: a height cue with a figure too low for a ceiling, read as the lowest height
///   engaged though no verb of engaging targets says so ("The depot's fence is 3 metres high");
/// - target-height: a plain ceiling right after a target ("shot down a drone flying at
///   1,500 m"), settled by the judge (`RivalReading`).
///
/// No word of any language is named here: coordinators and verbs of engaging come from the pack.
extension SentenceAnalysis {
    /// The features of this file for the figure at `quantity`, tied by `binding`, read as
    /// `attribute` from `cue` (nil when no attribute cue chose it).
    func certaintyFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, cue: CueMatch?) -> [ReadingFeature] {
        var features: [ReadingFeature] = []
        if let subject = sharedSubject(quantity, binding: binding) {
            features.append(ReadingFeature(.sharedSubject, words: subject, systems: [systemName(binding.system)]))
        }
        if attribute == .maxRange, cue == nil, quantity.dimension == .length, let verb = targetVerb(before: quantity) {
            features.append(ReadingFeature(.rangeOrHeight, words: text(verb.range)))
        } else if quantity.dimension == .length, let words = weakLengthCue(quantity, attribute: attribute, cue: cue) {
            features.append(ReadingFeature(.weakCue, words: words))
        }
        // "The depot's fence is 3 metres high": a height cue whose figure is too low for a
        // ceiling was read as the lowest height engaged, which only a verb of engaging
        // targets (or a "from" word) says ("can hit targets flying 10 m above the ground").
        if attribute == .minAltitude, let cue, case .attribute(.maxAltitude) = cue.cue, fromWord(before: quantity) == nil,
           targetVerb(before: quantity) == nil {
            features.append(ReadingFeature(.lowHeight, words: text(cue.range)))
        }
        if let words = targetHeight(quantity, attribute: attribute), !features.contains(where: { $0.kind == .targetClause }) {
            features.append(ReadingFeature(.targetHeight, words: words))
        }
        return features
    }

    /// A range or a height read from a cue that does not settle which of the two it is
    /// (issue 8, "range and altitude swapped"): the cue is a verb of reaching alone ("The
    /// Igla-S reaches only 3.5 km", "sięga", "достигает"), it stands after the figure past
    /// other words ("stretches that to 8 km and can hit ... low-flying drones"), or a cue of
    /// the other kind is glued to the figure's unit ("from 10 to 4,000 metres up" read as a
    /// range; not "do 5 km i na wysokości", the next figure's cue). Returns the cue's words; the judge keeps the feature only when the figure,
    /// read as the other attribute (range for height, height for range), agrees with the
    /// record (`RivalReading`). A noun cue before the figure ("a ceiling of 6 km", "zasięg
    /// 9 km") settles the attribute and gives none.
    func weakLengthCue(_ quantity: QuantityMention, attribute: Attribute, cue: CueMatch?) -> String? {
        guard let other = attribute.lengthSibling, let cue else { return nil }
        if cues.contains(where: { $0.range == cue.range && (isWord($0, .reachVerb) || $0.cue == .targetVerb || isWord($0, .weakTargetVerb)) }) {
            return text(cue.range)
        }
        if cue.range.lowerBound >= quantity.range.upperBound, wordCount(quantity.range.upperBound..<cue.range.lowerBound) >= 3 {
            return text(cue.range)
        }
        let family: Set<Attribute> = other == .maxAltitude || other == .minAltitude ? [.maxAltitude, .minAltitude] : [.maxRange, .minRange]
        if let after = cues.first(where: { match in
            guard case .attribute(let kind) = match.cue, family.contains(kind), match.range != cue.range,
                  match.range.lowerBound > quantity.range.lowerBound else { return false }
            return match.range.lowerBound <= quantity.range.upperBound || wordCount(quantity.range.upperBound..<match.range.lowerBound) == 0
        }) {
            return text(after.range)
        }
        return nil
    }

    /// "żołnierze zestrzelili drona lecącego na wysokości 1500 m", "traf eine Zieldrohne in
    /// 3000 Metern Höhe": a ceiling written as a plain figure (no bound) within four words
    /// after a target, with nothing named, no other figure and no punctuation between, may be
    /// the height at which a target was met rather than the highest the weapon reaches. The
    /// judge keeps the feature only when the figure falls short of every recorded ceiling
    /// (`RivalReading`): a figure above the ceiling is wrong either way. Returns the words
    /// from the target to the figure.
    func targetHeight(_ quantity: QuantityMention, attribute: Attribute) -> String? {
        guard attribute == .maxAltitude, quantity.bound == .exact, quantity.dimension == .length else { return nil }
        let position = quantity.range.lowerBound
        let start = clauseStart(position)
        var target: Range<Int>?
        for cue in cues where cue.range.upperBound <= position && cue.range.lowerBound >= start {
            if case .target = cue.cue, cue.range.upperBound > (target?.upperBound ?? -1) { target = cue.range }
        }
        scanWords(in: start..<position) { word in
            if word.upperBound > (target?.upperBound ?? -1), isIn(.targetNoun, lowercasedText(word)) { target = word }
            return true
        }
        guard let target else { return nil }
        let between = target.upperBound..<position
        guard wordCount(between) <= 4, !hasPunctuation(between), !quantities.contains(where: { between.contains($0.range.lowerBound) }),
              !mentions.contains(where: { between.contains($0.range.lowerBound) }) else { return nil }
        return text(target.lowerBound..<quantity.range.upperBound)
    }

    /// The name of the sentence's subject when the figure at `quantity`, tied by `binding` to
    /// a system named after that subject in the same clause, follows that name only past a
    /// coordinator (" and ", " y ", " und ") with nothing named or referred to between; nil
    /// otherwise (and for a figure in a relative clause on the name: "the Strela-2, which
    /// reaches 3.6 km" is the Strela-2's).
    func sharedSubject(_ quantity: QuantityMention, binding: Binding) -> String? {
        guard binding.system >= 0, binding.basis != .relativeClause, let bound = binding.mention, bound.named,
              bound.range.upperBound <= quantity.range.lowerBound, !vocabulary.coordinators.isEmpty else { return nil }
        // The subject: the sentence's first name, another record, no object or apposition.
        guard let subject = mentions.first(where: \.named), subject.system >= 0, subject.system != binding.system,
              !subject.isObject, !subject.apposition, subject.range.upperBound <= bound.range.lowerBound else { return nil }
        let lead = bound.range.upperBound..<quantity.range.lowerBound
        guard !mentions.contains(where: { lead.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { lead.contains($0.range.lowerBound) }) else { return nil }
        func isCoordinator(_ word: String) -> Bool { vocabulary.coordinators.contains(Array((" " + word.lowercased() + " ").utf8)) }
        if clause(subject.range.lowerBound) == clause(bound.range.lowerBound) {
            guard containsWord(in: lead, where: isCoordinator) else { return nil }
        } else {
            // A clause-break word between them may open a clause of the bound name's own ("...,
            // while the Igla is Russian and weighs 10.8 kg"); a name followed at once by the
            // coordinator has no predicate of its own there ("na bazie Groma i wszedł do służby").
            guard let first = firstWord(in: lead), isCoordinator(first) else { return nil }
        }
        return systemName(subject.system)
    }
}
