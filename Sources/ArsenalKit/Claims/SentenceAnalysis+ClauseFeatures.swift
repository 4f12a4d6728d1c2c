/// Features of a reading that come from the clause the figure stands in (issue 8): a clause
/// that describes the targets, a relative clause that hangs on a noun coordinated with the
/// system, a cue that serves a figure of an earlier clause, and the system of a year claim. Like the other features they name no word of
/// any language: the target nouns, relative pronouns and coordinators come from the pack.
extension SentenceAnalysis {
    /// Words a clause describing targets may hold before its figure ("летевшим на высоте").
    static let targetClauseReach = 5

    /// The target-clause and coordinated-relative features of the figure at `quantity`.
    func clauseFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, cue: CueMatch?) -> [ReadingFeature] {
        guard binding.system >= 0 else { return [] }
        var features: [ReadingFeature] = []
        if let words = targetClause(before: quantity, attribute: attribute, cued: cue != nil) ?? narrowTargetBefore(quantity)
            ?? threatRange(quantity) ?? engagementAspect(of: quantity) ?? targetSubject(of: quantity, binding: binding) ?? objectSpeed(quantity) ?? targetOwnedSpeed(quantity)
            ?? rangeAgainstTargets(quantity, attribute: attribute) ?? targetRelativeAfter(quantity) {
            features.append(ReadingFeature(.targetClause, words: words))
        }
        if let words = shotVerb(inClauseOf: quantity, attribute: attribute) ?? shotVerbBeforeComma(quantity, attribute: attribute) {
            features.append(ReadingFeature(.shotDistance, words: words))
        }
        if let words = thanObject(holding: quantity) ?? thanNamedPhrase(holding: quantity, binding: binding) {
            features.append(ReadingFeature(.thanObject, words: words, systems: [systemName(binding.system)]))
        }
        if let words = positionVerb(inClauseOf: quantity, attribute: attribute) {
            features.append(ReadingFeature(.positionDistance, words: words))
        }
        if let words = flightTime(of: quantity, attribute: attribute) {
            features.append(ReadingFeature(.flightTime, words: words))
        }
        if let cue, let words = cueOfEarlierClause(quantity, cue: cue) {
            features.append(ReadingFeature(.cueAcrossFigure, words: words))
        }
        // (Not people counted as the weapon's crew: "wird von einem einzelnen Soldaten bedient,
        // erreicht rund 1.200 km/h" states its crew; blind set IF. A count or a word for one
        // right before the people, a verb of operating beside them.)
        if binding.basis == .topic, let people = cues.first(where: { cue in
            cue.cue == .nonClaim(.persons) && cue.range.upperBound <= quantity.range.lowerBound
                && !(cues.contains(where: { verb in
                    isWord(verb, .crewVerb) && !hasPunctuation(gap(verb.range, cue.range)) && wordCount(gap(verb.range, cue.range)) <= 4
                }) && (cues.contains(where: { isWord($0, .singleWord) && $0.range.upperBound <= cue.range.lowerBound && wordCount($0.range.upperBound..<cue.range.lowerBound) <= 1 })
                    || quantities.contains(where: { $0.range.upperBound <= cue.range.lowerBound && wordCount($0.range.upperBound..<cue.range.lowerBound) <= 1 })))
        }) {
            features.append(ReadingFeature(.peopleSentence, words: text(people.range), systems: [systemName(binding.system)]))
        }
        if let subject = subjectBefore(quantity, binding: binding) {
            features.append(ReadingFeature(.subjectBefore, words: subject, systems: [systemName(binding.system)]))
        }
        if let words = coordinatedRelative(before: quantity, binding: binding) {
            features.append(ReadingFeature(.coordinatedRelative, words: words, systems: [systemName(binding.system)]))
        } else if let words = nounRelative(before: quantity, binding: binding) ?? unknownNameRelative(before: quantity, binding: binding) {
            features.append(ReadingFeature(.nounRelative, words: words, systems: [systemName(binding.system)]))
        }
        if let words = contrastOpening(of: quantity, binding: binding) {
            features.append(ReadingFeature(.contrastObject, words: words, systems: [systemName(binding.system)]))
        }
        if let feature = variantNamedAfter(binding) ?? replacedName(binding, before: quantity) { features.append(feature) }
        return features + certaintyFeatures(of: quantity, binding: binding, attribute: attribute, cue: cue)
    }

    /// For a distance or height, the words of a verb reporting a shot taken (pack
    /// `structure.shot_verbs`) in the figure's clause: "The crew fired from a tree line about
    /// 2.5 km away", "Die Stinger wurde aus knapp drei Kilometern Entfernung abgefeuert",
    /// "Pocisk odpalono z odległości 4 km". Nil for other attributes or with no such verb.
    func shotVerb(inClauseOf quantity: QuantityMention, attribute: Attribute) -> String? {
        switch attribute {
        case .maxRange, .minRange, .maxAltitude, .minAltitude: break
        default: return nil
        }
        // "can be fired at targets up to 8 km away", "between 500 m and 6 km": a bound or an
        // interval states what the weapon can do; one shot's distance is a point. A bound or
        // interval after the object of a shot taken is where the targets of that exercise flew
        // ("уничтожили мишени на высотах от 5 до 15 км", "стреляли по мишеням на высоте до
        // 2 км"; blind sets IK, IL): see `shotObject(between:)`.
        let point = quantity.bound == .exact || quantity.bound == .about
        let own = clause(quantity.range.lowerBound)
        // "was hit with a Stinger at about 1,200 m altitude and 3 km range", "поразил мишень на
        // дальности 8 км и высоте около 2 км": a figure joined by a coordinator to the one
        // before it (the coordinator at most two words after that one, at most two words of
        // its own phrase, no verb, before this one) shares its verb.
        if point, let previous = quantities.last(where: { $0.range.upperBound <= quantity.range.lowerBound }),
           !hasPunctuationOutsideFigures(previous.range.upperBound..<quantity.range.lowerBound),
           let and = coordinatorJoining(previous.range.upperBound..<quantity.range.lowerBound),
           wordCount(previous.range.upperBound..<and.lowerBound) <= 2,
           let words = shotVerb(inClauseOf: previous, attribute: attribute) {
            return words
        }
        for cue in cues where isWord(cue, .shotVerb) && clause(cue.range.lowerBound) == own {
            // "can hit a drone 5 km away", "able to hit the target": a verb of engaging that
            // starts before the shot verb and runs into it (a modal, "to") says what the weapon
            // can do. (The same words read both ways, "zerstörte", stay a shot.)
            if cues.contains(where: { $0.cue == .targetVerb && $0.range.lowerBound < cue.range.lowerBound && $0.range.upperBound > cue.range.lowerBound }) {
                continue
            }
            // "can be fired at targets up to 8 km away", "kann aus 8 km abgefeuert werden": a word
            // of ability before the verb in its clause (pack `structure.ability_words`) makes it
            // what the weapon can do.
            if cues.contains(where: { isWord($0, .abilityWord) && $0.range.upperBound <= cue.range.lowerBound && clause($0.range.lowerBound) == own }) {
                continue
            }
            // (Not a verb inside a compound, "shoulder-fired anti-aircraft missile".)
            if !point, !(cue.range.upperBound <= quantity.range.lowerBound && !inCompound(cue.range)
                         && shotObject(between: cue.range.upperBound..<quantity.range.lowerBound)) {
                continue
            }
            // The verb governs the figure's phrase: near it, with no punctuation, coordinator or
            // verb of reaching or hitting between ("Fired from the shoulder, the Stinger can hit
            // ... as high as 10,000 feet", "wird abgefeuert und hat eine Reichweite von 15 km",
            // "tiré depuis cette tourelle porte jusqu'à 8 km" say how it is fired, and then
            // what it can do).
            let whole = cue.range.upperBound <= quantity.range.lowerBound
                ? cue.range.upperBound..<quantity.range.lowerBound : quantity.range.upperBound..<max(quantity.range.upperBound, cue.range.lowerBound)
            // (The target's own phrase set off by commas right after it is skipped: "сбили
            // мишень, шедшую на высоте 5 м над водой, на удалении 8 км"; blind set IK.)
            let aside = cue.range.upperBound <= quantity.range.lowerBound ? targetAside(in: whole) : nil
            let parts = aside.map { [whole.lowerBound..<$0.lowerBound, $0.upperBound..<whole.upperBound] } ?? [whole]
            guard parts.reduce(0, { $0 + wordsCountingFigures($1) }) <= Self.shotReach,
                  parts.allSatisfy({ between in !hasPunctuationOutsideFigures(between) && !containsWord(in: between, where: { isCoordinator($0) }) }),
                  !cues.contains(where: { other in
                      parts.contains(where: { $0.contains(other.range.lowerBound) }) && (isWord(other, .reachVerb) || other.cue == .targetVerb || isWord(other, .weakTargetVerb))
                          // (the shot's object, "a touché une cible à 5 km", is a noun, no second verb;
                          // "dispararon un Piorun contra un dron": a preposition names the target;
                          // "zestrzelili cele na wysokości 50 m": a reach phrase that opens with
                          // the target noun, "cele na", is the object too)
                          && !isIn(.targetNoun, lowercasedText(other.range))
                          && !isIn(.targetNoun, firstWord(in: other.range) ?? "")
                          && !cues.contains(where: { $0.range == other.range && isWord($0, .prepositionGovernor) })
                  }) else { continue }
            // A bound written before the attribute's noun ("können bis in eine Höhe von 22.000
            // Metern abgefeuert werden") makes it what the weapon can do, as a bound before
            // the figure does.
            // (A phrase before the shot's object governs that noun: "strzelali do celów w
            // odległości 3 km" reads "do" with "celów"; blind set IK.)
            let position = quantity.range.lowerBound
            var leadStart = max(clauseStart(position), position - 48)
            scanWords(in: leadStart..<position) { word in
                if isIn(.targetNoun, lowercasedText(word)) { leadStart = word.upperBound }
                return true
            }
            let lead = lowercasedText(leadStart..<position)
            guard !vocabulary.nounBoundPhrases.contains(where: { lead.contains($0 + " ") }) else { return nil }
            return text(cue.range)
        }
        return nil
    }

    /// The coordinator in `gap` (between two figures) followed by at most two words before
    /// the second figure, none of them a verb of reaching or engaging; nil otherwise.
    func coordinatorJoining(_ gap: Range<Int>) -> Range<Int>? {
        var found: Range<Int>?
        scanWords(in: gap) { word in
            if isCoordinator(lowercasedText(word)) { found = word }
            return true
        }
        guard let and = found, wordCount(and.upperBound..<gap.upperBound) <= 2 else { return nil }
        let tail = and.upperBound..<gap.upperBound
        return cues.contains(where: { tail.contains($0.range.lowerBound) && (isWord($0, .reachVerb) || $0.cue == .targetVerb) }) ? nil : and
    }

    /// For a distance, the words of a verb saying where a unit or weapon was put (pack
    /// `structure.position_verbs`) that governs the figure: "Stinger teams were positioned
    /// some 2 km away", "Die Trupps waren etwa 2 Kilometer entfernt stationiert", "estaban
    /// desplegados a unos 2 kilómetros". Near the figure, no punctuation, coordinator or
    /// word of engaging, reaching, targets or range between them ("deployed to hit targets
    /// 5 km away" keeps its reading). Nil for other attributes, bounds and intervals.
    func positionVerb(inClauseOf quantity: QuantityMention, attribute: Attribute) -> String? {
        // (A height after the verb is where the thing was too: "Maszyna znajdując się na
        // wysokości 10 tysięcy metrów".)
        // (So is a height with "up to" after it: the places lie at heights up to the figure,
        // "позиции базы расположены на высотах до 2 500 метров".)
        let height = attribute == .maxAltitude || attribute == .minAltitude
        guard [.maxRange, .minRange, .maxAltitude, .minAltitude].contains(attribute), quantity.dimension == .length,
              quantity.bound == .exact || quantity.bound == .about || (height && quantity.bound == .upTo) else { return nil }
        let own = clause(quantity.range.lowerBound)
        for cue in cues where isWord(cue, .positionVerb) && clause(cue.range.lowerBound) == own {
            // A word of an attribute earlier in the clause is its subject: "Die Reichweite lag
            // bei 5 km" states a value, and "lag" places nothing.
            guard !cues.contains(where: { other in
                if case .attribute(let named) = other.cue, [.maxRange, .minRange, .maxAltitude, .minAltitude].contains(named) {
                    let end = min(cue.range.lowerBound, quantity.range.lowerBound)
                    // (Past commas too: "Die maximale Zielflughöhe, die die Stinger-Rakete bekämpfen kann, liegt bei etwa 3,8 km".)
                    return other.range.upperBound <= end && clause(other.range.lowerBound) == own && !hasPunctuation(other.range.upperBound..<end, allowingComma: true)
                }
                return false
            }) else { continue }
            // "cibles ennemies situées à 400 kilomètres": where the targets are is how far the
            // weapon reaches them, not where it stands.
            if targetBefore(cue.range.lowerBound) { continue }
            let between = cue.range.upperBound <= quantity.range.lowerBound
                ? cue.range.upperBound..<quantity.range.lowerBound : quantity.range.upperBound..<max(quantity.range.upperBound, cue.range.lowerBound)
            guard wordsCountingFigures(between) <= Self.positionReach, !hasPunctuationOutsideFigures(between),
                  !hasCoordinator(in: between) else { continue }
            var engaged = false
            for other in cues where other.range.lowerBound < between.upperBound && other.range.upperBound > between.lowerBound {
                if other.cue == .targetVerb || isWord(other, .weakTargetVerb) || isWord(other, .reachVerb)
                    || isWord(other, .targetNoun) || isRangeCue(other, apartFrom: quantity) {
                    engaged = true
                    break
                }
            }
            if !engaged { return text(cue.range) }
        }
        return nil
    }

    /// Whether a target (a `targets` cue or a target noun) ends at most two words before
    /// `position`, with no punctuation between.
    func targetBefore(_ position: Int) -> Bool {
        let from = max(range.lowerBound, clauseStart(position))
        if cues.contains(where: { cue in
            guard case .target = cue.cue, cue.range.upperBound <= position, cue.range.lowerBound >= from else { return false }
            let gap = cue.range.upperBound..<position
            return wordCount(gap) <= 2 && !hasPunctuation(gap)
        }) { return true }
        let recent = wordRanges(in: from..<position).suffix(3)
        return recent.contains { word in
            isIn(.targetNoun, lowercasedText(word)) && !hasPunctuation(word.upperBound..<position)
        }
    }

    /// The words from a comparative or "than" word (pack `comparatives_greater`,
    /// `comparatives_less`, `than_words`) to a figure in the object it compares with, when that
    /// object names no system: written before a noun that is no cue ("lighter than a 20 kg
    /// machine gun"), or in a relative clause on the object ("lighter than a machine gun, which
    /// weighs 20 kg"). "lighter than 20 kg" (a bound) and "than the Stinger, which ..." (a
    /// name's clause) are not such objects.
    func thanObject(holding quantity: QuantityMention) -> String? {
        guard let than = lastCue(where: { cue in
            cue.range.upperBound <= quantity.range.lowerBound
                && (isWord(cue, .thanWord) || isWord(cue, .comparativeGreater) || isWord(cue, .comparativeLess))
                // (", que pesa 20 kg", ", qui pèse": a relative pronoun that is also a "than" word.)
                && !Self.followsComma(cue.range.lowerBound, bytes)
        }) else { return nil }
        let between = than.range.upperBound..<quantity.range.lowerBound
        guard hasWord(in: between), wordsCountingFigures(between) <= 8,
              !mentions.contains(where: { between.overlaps($0.range) }),
              !outsideMentions.contains(where: { between.overlaps($0.range) }),
              !cues.contains(where: { cue in between.overlaps(cue.range) && cue.cue == .targetVerb }) else { return nil }
        if !hasPunctuationOutsideFigures(between) {
            // The figure modifies the noun after it: a word that starts no cue and no name.
            guard let next = nextWordRange(after: quantity.range.upperBound), next.lowerBound - quantity.range.upperBound <= 1,
                  !cues.contains(where: { $0.range.lowerBound == next.lowerBound }),
                  !mentions.contains(where: { $0.range.overlaps(next) }) else { return nil }
            return text(than.range.lowerBound..<next.upperBound)
        }
        // One comma, then a relative pronoun opening the object's clause.
        guard let comma = between.first(where: { bytes[$0] == 0x2C }), !hasPunctuation(comma + 1..<quantity.range.lowerBound),
              !hasPunctuation(between.lowerBound..<comma), opensObjectClause(comma + 1..<quantity.range.lowerBound, object: between.lowerBound..<comma) else { return nil }
        return text(than.range.lowerBound..<quantity.range.upperBound)
    }

    /// "... znacznie szybciej niż Piorun, rozpędzający się do ok. 2100 km/h", "plus rapide
    /// que le Stinger, crédité de 750 m/s" (blind sets HE, HO): a figure in a phrase set off by
    /// a comma right after the system a comparison is made with, no other name, clause break
    /// or relative pronoun between, may describe that system as well as the one it is tied to.
    /// The words from the "than" word to the figure, or nil.
    func thanNamedPhrase(holding quantity: QuantityMention, binding: Binding) -> String? {
        guard let than = lastCue(where: { cue in
            guard cue.range.upperBound <= quantity.range.lowerBound, !Self.followsComma(cue.range.lowerBound, bytes) else { return false }
            if case .comparison = cue.cue { return true }
            return isWord(cue, .thanWord) || isWord(cue, .comparativeGreater) || isWord(cue, .comparativeLess)
        }), let object = mentions.first(where: { $0.named && $0.range.lowerBound >= than.range.upperBound }),
              object.system != binding.system, wordCount(than.range.upperBound..<object.range.lowerBound) <= 2,
              !hasPunctuation(than.range.upperBound..<object.range.lowerBound) else { return nil }
        var comma = object.range.upperBound
        while comma < quantity.range.lowerBound, bytes[comma] == 0x20 { comma += 1 }
        let phrase = comma + 1..<quantity.range.lowerBound
        guard comma < quantity.range.lowerBound, bytes[comma] == 0x2C, wordCount(phrase) <= 6, !hasPunctuationOutsideFigures(phrase),
              !mentions.contains(where: { phrase.overlaps($0.range) }), !outsideMentions.contains(where: { phrase.overlaps($0.range) }),
              !cues.contains(where: { phrase.overlaps($0.range) && isWord($0, .clauseBreak) }), !hasCoordinator(in: phrase),
              firstWord(in: phrase).map({ !isIn(.relativePronoun, $0) }) ?? false,
              // ("..., mit einer Reichweite von 6,5 km": a phrase naming its attribute goes on
              // about the subject; "Die Verba, die höher steigt als die Igla-S, erreicht": a
              // comparison inside a clause set off from its subject closes with the comma.)
              // ("..., sięgające 3800 m": a participle opening the phrase describes the object.)
              !cues.contains(where: { cue in
                  guard phrase.overlaps(cue.range), case .attribute = cue.cue else { return false }
                  return cue.range.lowerBound != firstWordRange(in: phrase)?.lowerBound
              }),
              !((range.lowerBound..<than.range.lowerBound).last(where: { bytes[$0] == 0x2C && !isDecimalComma(at: $0) })
                  .flatMap { firstWord(in: $0 + 1..<than.range.lowerBound) }.map { isIn(.relativePronoun, $0) } ?? false) else { return nil }
        return text(than.range.lowerBound..<quantity.range.upperBound)
    }

    /// Whether a comma, past spaces, stands right before `position`.
    static func followsComma(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = position
        while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
        return k > 0 && bytes[k - 1] == 0x2C
    }

    /// Words a position verb may stand from the figure it governs ("hid in a tree line 2 km
    /// away").
    static let positionReach = 6

    /// Whether `cue` is a range cue other than the figure's own word of place right after it
    /// ("2 km away", "2 Kilometer entfernt"): "positioned within range, 2 km" names the range.
    func isRangeCue(_ cue: CueMatch, apartFrom quantity: QuantityMention) -> Bool {
        guard case .attribute(let attribute) = cue.cue, attribute == .maxRange || attribute == .minRange else { return false }
        return cue.range.lowerBound < quantity.range.upperBound || hasWord(in: quantity.range.upperBound..<cue.range.lowerBound)
    }

    /// Words a shot verb may stand from the figure it governs ("fired an Igla-S at the
    /// helicopter from a tree line about 2.5 km away").
    static let shotReach = 12

    /// "Mistral reaches about 6 km and climbs to 3 km (roughly 10,000 ft); the Stinger's book
    /// figures are 4.8 km and 3.8 km": a cue with a figure of its kind after it, past which a
    /// semicolon closes a clause of several such figures, is that figure's, not one of the
    /// next clause. Returns that figure.
    func cueOfEarlierClause(_ quantity: QuantityMention, cue: CueMatch) -> String? {
        let position = quantity.range.lowerBound
        guard cue.range.upperBound <= position, let own = quantities.first(where: { other in
            other.dimension == quantity.dimension && other.range.lowerBound >= cue.range.upperBound && other.range.upperBound <= position
        }) else { return nil }
        guard let semicolon = clauseCloser(after: own.range.upperBound, before: position, like: quantity) else { return nil }
        // Only where the cue's clause pairs several figures of the kind with their cues ("reaches
        // about 6 km and climbs to 3 km"): which carries over is a guess. "The Igla has a range of
        // 5.2 km; the Igla-S, 6 km" carries its one cue on.
        let start = clauseStart(cue.range.lowerBound)
        let kin = quantities.filter { $0.dimension == quantity.dimension && $0.range.lowerBound >= start && $0.range.upperBound <= semicolon }
        return kin.count >= 2 ? text(own.range) : nil
    }

    /// "It fires both the Bolide and the older Mk II missile, which has a range of seven
    /// kilometres": the figure's clause is a relative clause hung on a noun that is
    /// coordinated with the system's name, not on the name: it describes that other thing.
    /// Returns the words from the name to the pronoun.
    func coordinatedRelative(before quantity: QuantityMention, binding: Binding) -> String? {
        guard let bound = binding.mention, bound.named, bound.range.upperBound <= quantity.range.lowerBound else { return nil }
        let position = quantity.range.lowerBound
        // The comma and relative pronoun that open the figure's clause, after the name.
        var comma = -1
        var i = bound.range.upperBound
        while i < position {
            if bytes[i] == 0x2C, let start = relativePronoun(after: i), start < position {
                comma = i
            }
            i += 1
        }
        guard comma > bound.range.upperBound else { return nil }
        let head = bound.range.upperBound..<comma
        // The pronoun's clause holds the figure: no other comma or clause break between.
        let opening = relativePronoun(after: comma) ?? comma
        guard !hasPunctuation(opening..<position), !breaks.contains(where: { $0 > opening && $0 < position }) else { return nil }
        // A coordinator between the name and the comma, and a noun phrase after it.
        let headWords = words(in: head)
        guard let and = headWords.firstIndex(where: { isCoordinator($0) }),
              headWords.count - and >= 2, !hasPunctuation(head), !quantities.contains(where: { head.contains($0.range.lowerBound) }),
              !mentions.contains(where: { $0.range.lowerBound >= head.lowerBound && $0.range.upperBound <= head.upperBound })
        else { return nil }
        return trimmedText(bound.range.lowerBound..<(relativePronounEnd(after: comma) ?? comma))
    }

    /// "podobnie jak polski odpowiednik, którego rakieta ma 10,5 kg", "its Polish counterpart,
    /// whose missile weighs 10.5 kg": the figure is bound through a word referring back inside
    /// a relative clause (a comma, then a relative pronoun, then no punctuation or name of
    /// ours) hung on a word that is no name, reference, figure or other word of the packs: the
    /// word refers to that thing, not to a system of ours. Returns that word.
    /// So is a figure given to the topic in such a clause, in a sentence that names and
    /// refers to nothing before it ("Beim Übungsschießen wurde auf Leuchtkörper geschossen,
    /// die an Fallschirmen in etwa 800 Metern Höhe hingen"; blind set FY): the clause
    /// describes a thing of the sentence's (the word before the comma is shown).
    func nounRelative(before quantity: QuantityMention, binding: Binding) -> String? {
        let position = quantity.range.lowerBound
        let topical = binding.basis == .topic && binding.mention == nil
            && !mentions.contains(where: { $0.range.lowerBound < position }) && !outsideMentions.contains(where: { $0.range.lowerBound < position })
        guard topical || binding.mention.map({ !$0.named && $0.range.upperBound <= position }) == true else { return nil }
        let bound = binding.mention
        var comma = position - 1
        while comma > range.lowerBound, bytes[comma] != 0x2C { comma -= 1 }
        guard comma > range.lowerBound, let start = relativePronoun(after: comma), start < position,
              !hasPunctuation(start..<position), !breaks.contains(where: { $0 > start && $0 < position }),
              bound.map({ $0.range.lowerBound > start }) ?? true, !mentions.contains(where: { $0.named && $0.range.lowerBound > comma && $0.range.lowerBound < position }),
              !outsideMentions.contains(where: { $0.range.lowerBound > comma && $0.range.lowerBound < position }),
              // (Not a pronoun that is also an article: ", die Rakete allein 10,5 kg" goes on a list.)
              let pronoun = firstWord(in: start..<position),
              !(isIn(.determiner, pronoun) || isIn(.definiteArticle, pronoun)) || topical && (lowercaseWordAfter(start, before: position) || verbEndsClause(after: quantity)),
              let head = lastWordRange(before: comma), !quantities.contains(where: { $0.range.overlaps(head) }),
              !(head.lowerBound..<head.upperBound).contains(where: { ByteText.isDigit(bytes[$0]) }),
              !mentions.contains(where: { $0.range.overlaps(head) }), !outsideMentions.contains(where: { $0.range.overlaps(head) }),
              !cues.contains(where: { $0.range.overlaps(head) }) else { return nil }
        return text(nounBefore(particle: head))
    }

    /// Whether the word after the one at `start` opens with a lowercase letter (ASCII or
    /// two-byte Latin): after a pronoun that is also an article, no noun follows it ("die an
    /// Fallschirmen ... hingen", not "die Rakete").
    private func lowercaseWordAfter(_ start: Int, before end: Int) -> Bool {
        var k = start
        while k < end, bytes[k] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[k]) { k += 1 }
        while k < end, bytes[k] == 0x20 { k += 1 }
        guard k < end else { return false }
        if bytes[k] < 0x80 { return bytes[k] &- 0x61 < 26 }
        guard k + 1 < end, let scalar = String(decoding: bytes[k..<(k + 2)], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isLowercase
    }

    /// The end of the relative pronoun right after the comma at `comma`.
    private func relativePronounEnd(after comma: Int) -> Int? {
        guard let start = relativePronoun(after: comma) else { return nil }
        var k = start
        while k < range.upperBound, bytes[k] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[k]) { k += 1 }
        return k
    }

    /// The text of a range without the spaces around it.
    private func trimmedText(_ r: Range<Int>) -> String {
        text(r).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How a year claim (service entry) was tied to its system: a year read in a sentence
    /// that names no system is the topic's, and it is a guess where the sentence before
    /// named several systems and the topic is not the first of them ("... mientras que los
    /// S-300VM y Buk-M2E cubren 200 y 45 km. Entró en servicio en 2004."), or where the
    /// sentence has a subject of its own or follows one about a thing we do not know.
    func yearGrounding(_ quantity: QuantityMention, binding: Binding) -> ClaimGrounding {
        var grounding = ClaimGrounding(system: binding.basis, attribute: .phrase)
        if let subject = sharedSubject(quantity, binding: binding) {
            grounding.features.append(ReadingFeature(.sharedSubject, words: subject, systems: [systemName(binding.system)]))
        }
        grounding.features += serviceYearFeatures(quantity, system: binding.system, bound: binding.mention)
        // "Its predecessor, in service since 1988": a year bound through a word for a relative
        // of the system is as much a guess as a figure bound that way.
        if binding.system >= 0, let feature = referenceFeature(binding) ?? kinObjectFeature(at: quantity.range.lowerBound, system: binding.system) {
            grounding.features.append(feature)
        }
        // So is one in a relative clause on a kin noun ("the original version, which entered service in 1988").
        if binding.system >= 0, !grounding.features.contains(where: { $0.kind == .relatedReference }),
           let kin = kinRelativeClause(holding: quantity.range.lowerBound, after: binding.mention, participle: true) {
            grounding.features.append(ReadingFeature(.relatedReference, words: text(kin.range), systems: [systemName(binding.system)]))
        }
        if let feature = laterNameFeature(quantity, binding: binding) ?? replacedName(binding, before: quantity) { grounding.features.append(feature) }
        if let feature = topicFeature(binding, at: quantity.range.lowerBound) { grounding.features.append(feature) }
        // ("This thing has been in Army service since 1975," one commenter wrote: someone's words; blind set KN.)
        if let quote = openQuotation(before: quantity.range.lowerBound) {
            grounding.features.append(ReadingFeature(.quotation, words: trimmedText(quote..<min(quantity.range.lowerBound, quote + 40))))
        }
        if let reason = ellipticalDoubt(at: quantity.range.lowerBound, binding: binding) { grounding.doubt(.system, reason) }
        return grounding
    }

    /// Why a claim at `position` tied to the article's topic (a sentence naming no system)
    /// may be another system's: several systems were named before and the topic is not the
    /// first of them (or a word for "the latter" points at the last), the topic is a newer
    /// version's family, the topic was named only after a clause break, the sentence has a
    /// subject of its own, or it follows one about a thing we do not know. Nil otherwise.
    func topicFeature(_ binding: Binding, at position: Int) -> ReadingFeature? {
        guard binding.system >= 0, binding.basis == .topic else { return nil }
        if let words = comparisonOpening(before: position) { return ReadingFeature(.comparisonOpener, words: words) }
        let named = state.lastNamed
        if named.count >= 2, named.first != binding.system || state.vagueOpening
            || (named.last != binding.system && hasLatterWord(before: position))
            || newerTopic(binding, before: position) {
            return ReadingFeature(.ambiguousTopic, words: "", systems: systemNames(named))
        } else if let words = unresolvedOrdinalPair(before: position) {
            return ReadingFeature(.ambiguousTopic, words: words, systems: systemNames(named))
        } else if let feature = subordinateTopic(binding) {
            return feature
        } else if let subject = foreignSubject(before: position) ?? sentenceAboutTargets(before: position).flatMap({ firstWord(in: $0..<position) }) {
            // (Or a target opening the sentence: "El avión furtivo había entrado en servicio en 1983"; blind set LB.)
            return ReadingFeature(.ownSubject, words: subject)
        } else if let foreign = state.foreignSubject {
            return ReadingFeature(.foreignAntecedent, words: foreign, systems: [""])
        }
        return nil
    }

    /// "Der 1976 eingeführte Flakpanzer bekämpft Ziele … – für die Stinger-Trupps daneben",
    /// "The tank, in service since 1976, …, leaving lower ones to the Stinger teams": a year
    /// tied to a name written only after it, past a clause break or punctuation, while the
    /// article was about another system, may well be that system's (a figure there gets
    /// `name-after-figure` too). Nil when the name leads the year or the topic is the same.
    func laterNameFeature(_ quantity: QuantityMention, binding: Binding) -> ReadingFeature? {
        guard binding.system >= 0, let bound = binding.mention, bound.named, bound.range.lowerBound >= quantity.range.upperBound,
              let topic = state.topic, topic.system != binding.system else { return nil }
        let between = stretch(quantity.range, bound.range)
        guard clause(bound.range.lowerBound) != clause(quantity.range.lowerBound) || hasPunctuationOutsideFigures(between) else {
            return nil
        }
        if isInFrontedPhrase(quantity, of: bound) { return nil }
        return ReadingFeature(.nameAfterFigure, words: trimmedText(between), systems: [systemName(binding.system)], leavesFigureOut: false)
    }

    /// ", dicen,", ", según Mesko,": a short insertion set off by commas on both sides,
    /// which leaves the noun before it the subject of the verb after it.
    func isInsertion(_ r: Range<Int>) -> Bool {
        isSetOff(r, maxWords: 3)
    }

    /// The subordinate-topic feature of a figure tied to the topic: the sentence before named
    /// the topic only after a clause-break word, its first clause naming no system.
    func subordinateTopic(_ binding: Binding) -> ReadingFeature? {
        guard binding.basis == .topic, let word = state.namedAfterBreak, state.lastNamed.contains(binding.system) else { return nil }
        return ReadingFeature(.subordinateTopic, words: word, systems: [systemName(binding.system)])
    }

    /// The clause-break word after which this sentence names all its systems, when its first
    /// clause (three words or more) names none; nil otherwise.
    func subordinateNaming() -> String? {
        guard let first = mentions.first(where: \.named) else { return nil }
        let start = clauseStart(first.range.lowerBound)
        guard start > range.lowerBound, wordCount(range.lowerBound..<start) >= 3,
              let breakWord = cues.first(where: { isWord($0, .clauseBreak) && $0.range.lowerBound == start }) else { return nil }
        return text(breakWord.range)
    }

    /// "The Mistral 3 doubles the reach of the original Mistral, to 8 km": in the figure's
    /// clause a variant or family of it, no object or apposition, is named before the name the figure is
    /// tied to, and that name does not lead the figure (two words at most, no punctuation:
    /// "Stinger 8 km, Igla 5,2 km" keeps each). Returns the earlier system's name.
    func subjectBefore(_ quantity: QuantityMention, binding: Binding) -> String? {
        guard let bound = binding.mention, bound.named, bound.range.upperBound <= quantity.range.lowerBound else { return nil }
        let lead = bound.range.upperBound..<quantity.range.lowerBound
        if wordCount(lead) <= 2, !hasPunctuation(lead) { return nil }
        let start = clauseStart(quantity.range.lowerBound)
        // Only a variant and its family ("Mistral 3" and "Mistral"): the pair an article sets
        // side by side when one improves on the other; unrelated systems keep their own words
        // ("Im Gegensatz zur Stinger kann das Patriot-System ... 160 Kilometern").
        let boundRecord = catalog.systems[binding.system]
        guard bound.range.lowerBound >= start, let earlier = mentions.first(where: { other in
            guard other.named, other.system >= 0, other.system != binding.system, !other.isObject, !other.apposition,
                  other.range.lowerBound >= start, other.range.upperBound <= bound.range.lowerBound else { return false }
            let record = catalog.systems[other.system]
            return record.extends == boundRecord.id || boundRecord.extends == record.id
        }) else { return nil }
        return systemName(earlier.system)
    }
}

extension SentenceAnalysis {
    /// Words a contrast's own figure may stand after its object ("anders als die Strela-2
    /// mit ihren 3,6 km", "unlike the Strela-2 with its 3.6 km").
    static let contrastPhraseReach = 3

    /// The contrast phrase (pack `structure.contrasts`) whose object is the name a figure was
    /// tied to in its clause, when the figure stands more than `contrastPhraseReach` words
    /// past that name with no punctuation between: past the contrast, in the main clause
    /// ("Im Gegensatz zur Strela-2 hat das neue System eine Reichweite von 6 km"). Nil when
    /// the name is no contrast's object, or the figure is near enough to be the object's own.
    func contrastOpening(of quantity: QuantityMention, binding: Binding) -> String? {
        guard binding.basis == .namedInClause, let bound = binding.mention, bound.named, bound.isObject,
              bound.range.upperBound <= quantity.range.lowerBound else { return nil }
        let tail = bound.range.upperBound..<quantity.range.lowerBound
        // "W porównaniu z Igłą Wierba sięga 6 km", "По сравнению с «Иглой» «Гибка» бьёт на 8 км":
        // a name the catalog does not know right after the object is the main clause's subject,
        // however near the figure.
        guard (!hasPunctuation(tail) && wordCount(tail) > Self.contrastPhraseReach)
            || unknownNameFollows(bound.range.upperBound, before: quantity.range.lowerBound) else { return nil }
        guard let contrast = lastCue(where: { cue in
            guard isWord(cue, .clauseBreak), cue.range.upperBound <= bound.range.lowerBound else { return false }
            let lead = stretch(cue.range, bound.range)
            return wordCount(lead) <= 2 && !hasPunctuation(lead)
        }), isContrast(text(contrast.range)) else { return nil }
        return text(contrast.range)
    }

    /// Whether a capitalised word that is no catalog name and starts no cue of the pack follows
    /// `position` (past a closing quote, one space and an opening quote) and ends before
    /// `limit`: a name the catalog does not know ("Wierba", "«Гибка»").
    func unknownNameFollows(_ position: Int, before limit: Int) -> Bool {
        var i = position
        if i < limit, bytes[i] == 0x22 { i += 1 }
        else if i + 1 < limit, bytes[i] == 0xC2, bytes[i + 1] == 0xBB { i += 2 }  // »
        else if i + 2 < limit, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D { i += 3 }  // ”
        guard i < limit, bytes[i] == 0x20 else { return false }
        i += 1
        if i < limit, bytes[i] == 0x22 { i += 1 }
        else if i + 1 < limit, bytes[i] == 0xC2, bytes[i + 1] == 0xAB { i += 2 }  // «
        else if i + 2 < limit, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9E { i += 3 }  // “ „
        guard i < limit, let word = nextWordRange(after: i), word.upperBound < limit else { return false }
        let (scalar, _) = ByteText.scalar(at: word.lowerBound, bytes)
        guard let value = Unicode.Scalar(scalar), value.properties.isUppercase else { return false }
        return !cues.contains { $0.range.lowerBound == word.lowerBound }
            && !mentions.contains { $0.range.overlaps(word) } && !outsideMentions.contains { $0.range.overlaps(word) }
    }

    /// Words an engagement's aspect may stand from its figure ("На встречных курсах «Игла»
    /// бьёт на 4,5 км").
    static let aspectReach = 8

    /// "Against approaching jets the Igla reaches only 4.5 km", "на догонных — на 5,2 км": a
    /// phrase of one engagement aspect (pack `structure.engagement_aspects`) in the figure's
    /// clause, within `aspectReach` words and no other length between, says the distance or
    /// height for that aspect only, not the weapon's limit: the phrase's words (`target-clause`).
    func engagementAspect(of quantity: QuantityMention) -> String? {
        guard quantity.dimension == .length else { return nil }
        let own = clause(quantity.range.lowerBound)
        for cue in cues where isWord(cue, .engagementAspect) && clause(cue.range.lowerBound) == own {
            let between = cue.range.upperBound <= quantity.range.lowerBound
                ? cue.range.upperBound..<quantity.range.lowerBound : quantity.range.upperBound..<max(quantity.range.upperBound, cue.range.lowerBound)
            guard wordCount(between) <= Self.aspectReach,
                  !quantities.contains(where: { $0.dimension == .length && between.contains($0.range.lowerBound) }),
                  // (Not in a relative clause on a noun of a later conjunct: "a range of 7,200 metres and a cooled seeker that could engage jets head-on".)
                  cue.range.upperBound <= quantity.range.lowerBound || !laterConjunctRelative(between) else { continue }
            return text(cue.range)
        }
        return nil
    }
}
