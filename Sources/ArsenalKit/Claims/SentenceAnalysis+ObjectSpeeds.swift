extension SentenceAnalysis {
    /// The most words between a verb of engaging and a speed of the thing it engages ("shot
    /// down" + "over Kyiv a Russian missile, flying at" + the figure).
    static let objectSpeedReach = 8

    /// "Los Patriot derribaron un misil que volaba a 3.000 km/h", "A Patriot battery intercepted
    /// a Russian missile travelling at 3,000 km/h", "Patriot сбил ракету, летевшую со скоростью
    /// 3000 км/ч": a speed a few words after a verb of engaging (pack `structure.target_verbs`,
    /// not the weak ones such as "reaches", whose object is a speed of the weapon's own) or of
    /// a shot (`structure.shot_verbs`: "shot down", "intercepted"), with an object between, is
    /// how fast the thing engaged flew, whatever noun names it. No figure, no system's name and no
    /// possessive ("and its missile flies at") may stand between, and no punctuation but a
    /// comma. Returns the words from the verb to the figure, for the `target-clause` feature.
    func objectSpeed(_ quantity: QuantityMention) -> String? {
        guard quantity.dimension == .speed else { return nil }
        let position = quantity.range.lowerBound
        guard let verb = cues.last(where: { ($0.cue == .targetVerb || isWord($0, .shotVerb)) && $0.range.upperBound <= position && $0.range.lowerBound >= range.lowerBound })
        else { return nil }
        var between = verb.range.upperBound..<position
        // "уничтожили мишени, имитировавшие крылатые ракеты на высоте 50 м и скорости 900 км/ч":
        // a figure joined by a coordinator to the one before it shares that one's object.
        // (A height: "intercepts aircraft at up to 40 km and flies at Mach 2.5" goes on about the weapon.)
        // (After a shot only: "Puede atacar aviones a 2.300 m de altura y vuela a 500 m/s" says
        // what the weapon can do and how fast it flies.)
        if isWord(verb, .shotVerb), let previous = quantities.last(where: { $0.range.upperBound <= position && $0.range.lowerBound >= between.lowerBound }),
           previous.dimension == .length, cues.contains(where: { cue in
               guard case .attribute(let attribute) = cue.cue, attribute == .maxAltitude || attribute == .minAltitude else { return false }
               let gap = stretch(cue.range, previous.range)
               return wordCount(gap) == 0 && !hasPunctuation(gap)
           }),
           !hasPunctuationOutsideFigures(previous.range.upperBound..<position),
           let and = coordinatorJoining(previous.range.upperBound..<position), wordCount(previous.range.upperBound..<and.lowerBound) <= 2 {
            between = verb.range.upperBound..<previous.range.lowerBound
        }
        // (An object at least: "launched at Mach 2" is how the weapon's own missile flew.)
        let words = wordCount(between)
        guard words >= 2, words <= Self.objectSpeedReach, !hasPunctuation(between, allowingComma: true),
              !quantities.contains(where: { between.contains($0.range.lowerBound) }),
              !mentions.contains(where: { between.contains($0.range.lowerBound) && ($0.named || $0.possessive) })
        else { return nil }
        return text(verb.range.lowerBound..<quantity.range.upperBound)
    }
}

extension SentenceAnalysis {
    /// "Der Gepard kann Ziele in bis zu 5,5 Kilometern Entfernung bekämpfen, gegen Drohnen ist
    /// er bis 3 Kilometer wirksam", "reaches 8 km, and against drones about 3 km": a distance
    /// at most four words after drones or cruise missiles governed by a preposition of engaging
    /// ("gegen Drohnen", "against drones", "contre les drones"), no punctuation between, while another
    /// distance stands before that target in the sentence, is the reach against those targets
    /// only: which of the two is the weapon's range is a guess. Returns the words from the
    /// target to the figure, for the `target-clause` feature.
    func rangeAgainstTargets(_ quantity: QuantityMention, attribute: Attribute) -> String? {
        guard quantity.dimension == .length, attribute == .maxRange else { return nil }
        let position = quantity.range.lowerBound
        for index in prepositionTargets.sorted(by: >) where index < cues.count {
            let target = cues[index]
            guard target.range.upperBound <= position, target.range.lowerBound >= range.lowerBound else { continue }
            // (Aircraft and helicopters are what a range is stated against: "gegen Flugzeuge
            // 40 km" after "gegen ballistische Raketen etwa 20 km" is the weapon's range.)
            guard case .target(let kind) = target.cue, kind == .uav || kind == .cruiseMissile else { return nil }
            let between = target.range.upperBound..<position
            guard wordCount(between) <= 4, !hasPunctuation(between),
                  !quantities.contains(where: { between.contains($0.range.lowerBound) }) else { return nil }
            guard quantities.contains(where: { other in
                other.dimension == .length && other.range.upperBound <= target.range.lowerBound && other.range.lowerBound >= range.lowerBound
            }) else { return nil }
            return text(target.range.lowerBound..<quantity.range.upperBound)
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// "Alles, was sich in weniger als 5000 Metern Entfernung und unter 2500 Metern Flughöhe
    /// bewegt, kann er bekämpfen", "anything that flies lower than 3,000 m": a figure after a
    /// free relative (pack `structure.free_relatives`), at most twelve words on, with no comma,
    /// stop or system name between, states which targets qualify: "less than 5 km" away there
    /// means the weapon reaches up to 5 km, not that its range is under 5 km (blind set X,
    /// X13). ("can hit anything flying up to 10,000 feet" is its ceiling, as written.)
    /// Returns the words from the opener to the figure.
    func freeRelativeTargets(_ quantity: QuantityMention) -> String? {
        let position = quantity.range.lowerBound
        // (The opener may end in the figure's bound word: "anything below five kilometres".)
        guard let opener = cues.last(where: { isWord($0, .freeRelative) && $0.range.lowerBound < position && $0.range.upperBound <= quantity.range.upperBound }) else { return nil }
        let between = min(opener.range.upperBound, position)..<position
        guard wordCount(between) <= 12, !between.contains(where: { bytes[$0] == 0x2C || bytes[$0] == 0x3B || bytes[$0] == 0x3A }),
              !mentions.contains(where: { between.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { between.contains($0.range.lowerBound) }) else { return nil }
        return text(opener.range.lowerBound..<quantity.range.upperBound)
    }
}

extension SentenceAnalysis {
    /// "эта цифра соответствует 400 м/с, то есть максимальной скорости поражаемой цели",
    /// "400 m/s, la velocidad máxima de los blancos" (blind set HV): a speed whose own cue, at
    /// most four words from it in its clause, is followed within two words by a target (a
    /// target noun of the pack or a target cue) is that target's speed. The words from the cue
    /// to the target, for the `target-clause` feature; nil otherwise.
    func targetOwnedSpeed(_ quantity: QuantityMention) -> String? {
        guard quantity.dimension == .speed else { return nil }
        let here = clause(quantity.range.lowerBound)
        for cue in cues where cue.cue == .attribute(.maxSpeed) && clause(cue.range.lowerBound) == here {
            let after = cue.range.lowerBound >= quantity.range.upperBound
            guard after || cue.range.upperBound <= quantity.range.lowerBound else { continue }
            let gap = after ? quantity.range.upperBound..<cue.range.lowerBound : cue.range.upperBound..<quantity.range.lowerBound
            // ("fliegt mit 450 m/s und erreicht Ziele ...": a coordinated verb's object is no owner.)
            guard wordCount(gap) <= 4, !mentions.contains(where: { gap.overlaps($0.range) }),
                  !containsWord(in: gap, where: { isCoordinator($0) }) else { continue }
            var at = cue.range.upperBound
            for _ in 0..<2 {
                guard let word = firstWordRange(in: at..<range.upperBound), !hasPunctuation(at..<word.lowerBound) else { break }
                let isTarget = isIn(.targetNoun, lowercasedText(word)) || cues.contains { target in
                    guard case .target = target.cue else { return false }
                    return target.range.lowerBound == word.lowerBound
                }
                if isTarget { return text(cue.range.lowerBound..<word.upperBound) }
                at = word.upperBound
            }
        }
        return nil
    }
}
