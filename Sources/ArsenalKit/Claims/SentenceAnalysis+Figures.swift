/// Figures: which attribute a quantity states, envelopes, and the owners that veto a figure.
extension SentenceAnalysis {
    func figureClaims() -> [Claim] {
        // No figure with a dimension (most sentences): nothing to bind or read.
        guard quantities.contains(where: { $0.dimension != nil }) else { return [] }
        var claims: [Claim] = []
        // Indexed by quantity: a slot is cheaper to read than a hashed key.
        var bindings = [Binding?](repeating: nil, count: quantities.count)
        for (index, quantity) in quantities.enumerated() where quantity.dimension != nil && !isValueBeforeChange(index) {
            if let binding = ownerAfter(quantity) ?? bind(quantity.range.lowerBound, allowOutside: true) {
                bindings[index] = binding
            }
        }
        var consumed = commaConversions()
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }.map(\.range)
        for (index, quantity) in quantities.enumerated() where !consumed.contains(index) {
            guard let dimension = quantity.dimension, let binding = bindings[index],
                  !names.contains(where: { $0.overlaps(quantity.numberRange) }) else { continue }
            if isPlace(after: quantity) || ownedByOther(quantity, binding: binding) || isDifference(quantity) || vetoesFigure(index)
                || isEchoedFigure(quantity, dimension: dimension) { continue }
            if dimension == .length, isBodySize(quantity) || isSensorRange(quantity) || isLandformSize(quantity) { continue }
            if dimension == .length || dimension == .speed, isTravel(quantity) || dimension == .speed && (isVehicleReference(binding.mention) || isDesignationTail(quantity)) { continue }
            if dimension == .mass, isPartMass(quantity) || partNounRightAfter(quantity) { continue }
            var choice: AttributeChoice
            var alternatives: [Attribute] = []
            var lowEndWord: String?
            if dimension == .mass, let noun = missileNoun(after: quantity) {
                // "carry 10.1 kg missiles", "a 10 kg missile": the figure qualifies the missile.
                choice = AttributeChoice(attribute: .missileMass, cueWords: noun,
                                         reason: "a mass right before \"\(noun)\" is the missile's", isGeneric: false)
                choice.basis = .phrase
            } else if let height = heightComparative(of: quantity) {
                let words = text(height.range)
                choice = AttributeChoice(attribute: .maxAltitude, cue: height, cueWords: words,
                                         reason: "\"\(words)\" before the figure makes it a height", isGeneric: false)
            } else if let cued = attribute(for: index, dimension: dimension, bindings: bindings) {
                choice = cued
            } else if let pending = state.pendingCues[dimension], pending == .maxRange
                        ? targetVerb(before: quantity) == nil : dimension != .length || !hasStrongTargetVerb(before: quantity) {
                // (A verb of engaging targets in its own sentence, agreeing with a range cue of the one
                // before, establishes it; a strong one outranks a height cue of the sentence before:
                // "meant for low-flying jets. It can strike at up to 6.5 km" is a range.)
                choice = AttributeChoice(
                    attribute: pending, cueWords: "(previous sentence)",
                    reason: "a \(pending.rawValue) cue in the previous sentence had no figure of its own", isGeneric: false)
                choice.basis = .inferred
                choice.carried = true
            } else if let echo = echoCue(for: quantity) {
                guard let echoed = echoAttribute(for: quantity, dimension: dimension, echo: echo) else { continue }
                choice = echoed
                choice.basis = .inferred
            } else if dimension == .speed {
                // Speed has one attribute; a target's speed is vetoed above (ownedByOther).
                choice = AttributeChoice(
                    attribute: .maxSpeed, cueWords: quantity.unit == .mach ? "Mach" : text(quantity.unitRange ?? quantity.range),
                    reason: "a speed with no cue of its own is the missile's speed", isGeneric: false)
                choice.basis = quantity.unit == .mach ? .phrase : .inferred
            } else if dimension == .length, fromWord(before: quantity) != nil, envelopePartner(of: index, dimension: dimension) != nil {
                choice = AttributeChoice(
                    attribute: .maxRange, cueWords: "(envelope)",
                    reason: "\"from ... to ...\" with no other cue is an engagement range", isGeneric: false)
                // ("from 1.5 km to 15 km away and from 10 m up to 10 km": after an envelope of
                // its sentence, a second one with no cue may be the heights; a guess. Blind set EY.)
                choice.basis = quantities[..<index].contains { $0.dimension == .length && $0.bound == .between } ? .unit : .inferred
            } else if dimension == .length, let verb = targetVerb(before: quantity) {
                let words = text(verb.range)
                choice = AttributeChoice(
                    attribute: .maxRange, cueWords: words,
                    reason: "a distance after \"\(words)\" (engaging targets), with no other cue, is an engagement range",
                    isGeneric: false)
            } else if dimension == .mass, let noun = missileNoun(before: quantity), !portableClassBefore(quantity) {
                choice = AttributeChoice(
                    attribute: .missileMass, cueWords: noun,
                    reason: "a mass right after \"\(noun)\" with no cue of its own is the missile's (\"the missile alone was 8.3 kg\")",
                    isGeneric: false)
                choice.basis = .inferred
            } else if let label = labelRange(for: quantity) {
                choice = label
                choice.basis = .inferred
            } else if let listed = listedRange(for: quantity) {
                choice = listed
            } else if let alternative = parentheticalAlternative(to: quantity, after: claims) {
                choice = alternative
            } else if let implied = unitDefault(for: quantity, binding: binding) {
                (choice, alternatives) = implied
            } else {
                continue
            }
            if let cue = choice.cue, isPartOfOther(binding: binding, cue: cue, quantity: quantity) { continue }
            if let height = heightInFeet(quantity, choice: choice) { choice = height }
            if let own = missileSubjectMass(quantity, over: choice) ?? warheadAfterMass(quantity, over: choice) { choice = own }
            if choice.attribute == .maxAltitude, quantity.bound != .upTo, quantity.bound != .between,
               quantity.value <= Self.lowestCeiling {
                // "puede atacar blancos a solo 10 m del suelo", "viser des cibles à 10 m du sol".
                choice.attribute = .minAltitude
                choice.reason += "; no air-defence ceiling is as low as \(Int(Self.lowestCeiling)) m: a height that low is the lowest one engaged"
            }
            if choice.attribute == .missileMass, let cue = choice.cue, choice.isGeneric || startsWithMissileNoun(cue.range),
               let warhead = warheadSubject(of: cue, for: quantity) {
                let words = text(warhead.range)
                choice = AttributeChoice(attribute: .warheadMass, cue: warhead, cueWords: words,
                                         reason: "\"\(words)\" is the subject of \"\(choice.cueWords)\": the warhead's mass", isGeneric: false)
            } else if choice.attribute == .missileMass, choice.isGeneric, let cue = choice.cue, let subject = systemMassSubject(of: cue) {
                let words = text(subject.range)
                choice = AttributeChoice(attribute: .systemMass, cue: subject, cueWords: words,
                                         reason: "\"\(words)\" is the subject of \"\(choice.cueWords)\": the whole system's mass", isGeneric: false)
            } else if choice.attribute == .missileMass, choice.isGeneric, let cue = choice.cue, !hasMissileWord(before: cue.range.lowerBound),
                      missileSubject(of: cue) == nil {
                if let specific = systemMassCue(near: index, bindings: bindings) {
                    choice = specific
                } else {
                    choice.attribute = .systemMass
                    alternatives = gappedWarhead(cue, for: quantity) ? [.missileMass, .warheadMass] : [.missileMass]
                    choice.reason += "; \"\(choice.cueWords)\" may mean the whole system or the missile alone: both are tried"
                }
            } else if choice.attribute == .systemMass, choice.cue.map({ isWord($0, .echo) }) ?? false {
                alternatives = [.missileMass]
            } else if choice.attribute == .missileMass,
                      let listed = choice.cue.flatMap({ listedBefore($0.range) ?? listedMissile(before: $0.range.lowerBound) })
                        ?? listedMissile(before: quantity.range.lowerBound) {
                // "The complete launcher with battery and missile weighs 17.9 kg": the missile is
                // one of the things listed, so the figure may be the whole system's.
                choice.attribute = .systemMass
                alternatives = [.missileMass]
                choice.reason += "; \"\(listed)\" lists the missile with other parts: the whole system or the missile alone, both are tried"
            }
            if binding.outside != nil {
                if let claim = outsideFigure(quantity, choice: choice, binding: binding) { claims.append(claim) }
                continue
            }
            // "from 500 m out to 6 km", "entre 500 metros y los 6 kilómetros": the low end and the high end of an envelope.
            if let (minimum, maximum) = Self.envelope(choice.attribute), let from = envelopeOpening(of: index, dimension: dimension) {
                if let partner = from.partner {
                    consumed.insert(partner)
                    let envelope = envelopeClaims(quantity, quantities[partner], minimum: minimum, maximum: maximum,
                                                  choice: trailingChoice(partner, over: choice, bindings: bindings) ?? choice,
                                                  binding: binding, fromWords: from.words)
                    Self.add(envelope, to: &claims)
                    continue
                }
                if quantity.bound != .between {
                    // ("as low as 15 m ... out to 3.2 nautical miles": a low end named as a height is the lowest altitude.)
                    choice.attribute = cues.contains { $0.cue == .attribute(.minAltitude) && wordCount(gap($0.range, quantity.range)) == 0 } ? .minAltitude : minimum
                    choice.reason += "; \"\(from.words)\" makes the figure the low end (\(minimum.rawValue))"
                }
            } else if let (minimum, _) = Self.envelope(choice.attribute), choice.attribute != minimum, alternatives.isEmpty,
                      let cue = choice.cue, let from = fromWord(beforeCue: cue, of: quantity) {
                alternatives = [minimum]
                lowEndWord = from
                choice.reason += "; \"\(from)\" before \"\(choice.cueWords)\" may make the figure the low end: both are tried"
            }
            var made = figure(quantity, choice: choice, alternatives: alternatives, binding: binding)
            if let word = lowEndWord {
                // Neither reading is the one the words state: an alarm on either is a guess.
                for index in made.indices {
                    made[index].grounding.doubt(.attribute, "\"\(word)\" before \"\(choice.cueWords)\" may make the figure the low end or the reach")
                }
            }
            Self.add(made, to: &claims)
            // "Both the Verba and the Igla-S reach 6 km": the same claim for the other name.
            if !made.isEmpty, let partner = coordinatedSubject(of: binding, for: quantity) {
                let id = catalog.systems[partner.system].id
                for claim in made where claim.systemID == catalog.systems[binding.system].id {
                    var copy = claim
                    copy.systemID = id
                    if explain {
                        copy.trace.systemWords = partner.words
                        copy.trace.systemReason = "coordinated with \(binding.words) as the subject of the claim's clause"
                    }
                    claims.append(copy)
                }
            }
        }
        return claims
    }

    /// Words a cue may stand before the figure it introduces and still be that figure's
    /// rather than the one before it ("altitud de interceptación de hasta 6 km").
    static let cueLeadWords = 4

    /// The height (m) at or below which an altitude is a minimum: the lowest ceiling of any
    /// air-defence weapon is kilometres up, while the lowest engagement heights are 0-100 m.
    static let lowestCeiling = 100.0

    /// A chosen attribute and why.
    struct AttributeChoice {
        var attribute: Attribute
        var cue: CueMatch?
        var cueWords: String
        var reason: String
        var isGeneric: Bool
        /// How the attribute was chosen (issue 8: whether it is established).
        var basis: ClaimGrounding.AttributeBasis = .cue
        /// Whether the attribute comes from a cue of the sentence before (issue 8: not established).
        var carried = false

        init(attribute: Attribute, cue: CueMatch? = nil, cueWords: String, reason: String, isGeneric: Bool) {
            self.attribute = attribute
            self.cue = cue
            self.cueWords = cueWords
            self.reason = reason
            self.isGeneric = isGeneric
        }
    }

    /// The nearest cue of the figure's dimension: right after it ("6 km range"), inside its
    /// bound phrase ("as high as"), before it, or further after it, in that order of
    /// preference at equal distance. A cue beyond another figure of the same system
    /// belongs to that figure.
    func attribute(for index: Int, dimension: QuantityDimension, bindings: [Binding?]) -> AttributeChoice? {
        if case .paired(let choice) = respectivePairing(of: index) { return choice }
        let quantity = quantities[index]
        if let parallel = parallelChoice(for: quantity, dimension: dimension) { return parallel }
        var best: (score: Int, length: Int, choice: AttributeChoice)?
        for cue in cues {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let cueDimension) = attribute.kind,
                  cueDimension == dimension else { continue }
            let score = cueScore(cue.range, quantity.range)
            // ("low-flying aircraft up to 1,500 metres" is a height; "6 km ... low-flying drones" no.)
            guard score <= 120, cue.range.lowerBound < quantity.range.upperBound || !qualifiesTarget(cue),
                  !describesTargetsBefore(cue, figure: quantity.range), !breaksBefore(cue.range, after: quantity.range) else { continue }
            // ("the whole launcher with the missile weighs 18 kg"; blind set OE.)
            if attribute == .missileMass, inWholeSystemCue(cue.range) { continue }
            if blocked(cue.range, from: index, bindings: bindings) || inFigureRelativeClause(cue.range, before: quantity)
                || closerFigure(to: cue.range, than: score, besides: index, bindings: bindings) || leadsIntoFigureOfOtherDimension(cue.range, after: index) || leadsIntoLaterFigure(cue.range, after: index) {
                continue
            }
            // Of two cues in the figure, one taking in its unit beats one in its bound phrase.
            let rank = score * 2 + (endsBeforeNumber(cue.range, of: quantity) ? 1 : 0)
            if best == nil || rank < best!.score || (rank == best!.score && cue.range.count > best!.length) {
                best = (rank, cue.range.count, AttributeChoice(attribute: attribute, cue: cue, cueWords: "", reason: "", isGeneric: false))
            }
        }
        guard var choice = best?.choice, var cue = choice.cue else { return tableColumnChoice(for: quantity, dimension: dimension) }
        if let subject = cueRunningOn(from: cue, dimension: dimension) ?? nounSubject(of: cue, dimension: dimension) ?? gappedCue(for: quantity, nearest: cue, dimension: dimension) ?? frontedQualifier(of: cue, for: quantity, dimension: dimension) ?? nounBefore(quantity, over: cue, dimension: dimension) {
            // "Die Einsatzhöhe reicht von 50 bis 1600 m": the verb of reaching names no
            // direction; the noun it follows does.
            cue = subject
            choice.cue = subject
            if case .attribute(let attribute) = subject.cue { choice.attribute = attribute }
        }
        let words = text(cue.range)
        choice.cueWords = words
        if explain { choice.reason = "\"\(words)\" is a \(choice.attribute.rawValue) cue, the nearest to the figure" }
        choice.isGeneric = choice.attribute == .missileMass && (isIn(.massWord, words.lowercased()) || massQualifiesName(cue.range, quantity.range))
        return choice
    }

    /// How near a cue is to a figure (lower is nearer), in characters (not bytes, so that
    /// Cyrillic is as near as Latin): right after it, or after "of"/"de" ("6 km range",
    /// "6.000 metros de alcance") is 0, inside its bound phrase 1, before it the gap plus 1,
    /// further after it the gap plus 3. A comma after the figure ends its phrase: a cue
    /// beyond it ("6 km, at 3.5 km altitude") counts ten characters further.
    func cueScore(_ cue: Range<Int>, _ figure: Range<Int>) -> Int {
        if cue.overlaps(figure) { return 1 }
        if cue.upperBound <= figure.lowerBound { return characterCount(stretch(cue, figure)) + 1 }
        let between = stretch(figure, cue)
        // A cue on the next line is that line's ("Effective firing range: 0.5-6 km" then
        // "Ceiling: 0.01-4 km" on the line below).
        if between.contains(where: { bytes[$0] == 0x0A }) { return Int.max }
        let after = characterCount(between)
        // Past a semicolon, only a cue opening the next clause ("10,1 kg; con el lanzador") is
        // the figure's: deeper in, the clause has its own subject ("a 1,5 km; por debajo de esa
        // cifra la espoleta no llega a armarse").
        if let semicolon = between.last(where: { bytes[$0] == 0x3B }), wordCount((semicolon + 1)..<cue.lowerBound) > 3 { return Int.max }
        let comma = between.contains { bytes[$0] == 0x2C || bytes[$0] == 0x3B }  // (or a semicolon: "10,1 kg; con el lanzador")
        if comma { return after + 13 }
        if after <= 2 { return 0 }
        if between.count <= 6 {
            // "6.000 metros de alcance", "a range of 6 km of reach": only "de"/"of" between.
            var letters: [UInt8] = []
            for i in between where bytes[i] != 0x20 && bytes[i] != 0x2D { letters.append(bytes[i] | 0x20) }
            if letters == [0x64, 0x65] || letters == [0x6F, 0x66] { return 0 }
        }
        return after + 3
    }

    /// Characters (Unicode scalars) in a range of the text: UTF-8 bytes that start one.
    func characterCount(_ r: Range<Int>) -> Int {
        var count = 0
        for i in r where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// A system-mass cue close to a mass figure and not beyond another one ("ready to fire").
    func systemMassCue(near index: Int, bindings: [Binding?]) -> AttributeChoice? {
        let quantity = quantities[index]
        for cue in cues {
            guard case .attribute(.systemMass) = cue.cue else { continue }
            let span = gap(cue.range, quantity.range)
            // In the figure's clause: "The Javelin launcher weighs 22 kg; the Stinger ... weighs 15 kg".
            guard span.count <= 60, clause(cue.range.lowerBound) == clause(quantity.range.lowerBound),
                  !blocked(cue.range, from: index, bindings: bindings), !leadsIntoOtherFigure(cue.range, after: index),
                  !opensCoordinatedClause(after: quantity.range, before: cue.range) else { continue }
            let words = text(cue.range)
            return AttributeChoice(
                attribute: .systemMass, cue: cue, cueWords: words,
                reason: "\"\(words)\" says the figure is the whole system's", isGeneric: false)
        }
        return nil
    }

    /// Whether a coordinator and a comma, or a coordinator alone, stand between a figure and a cue after it: "Cada
    /// Stinger pesa unos 10 kilos y, con el lanzador, el conjunto ronda los 15" puts the cue in
    /// the next clause, with a figure of its own.
    func opensCoordinatedClause(after figure: Range<Int>, before cue: Range<Int>) -> Bool {
        guard cue.lowerBound >= figure.upperBound else { return false }
        let between = figure.upperBound..<cue.lowerBound
        // (Or the coordinator alone: "pesa unos diez kilos y con su lanzador ronda los quince".)
        if wordCount(between) == 1, !hasPunctuation(between), let only = firstWord(in: between), isCoordinator(only) { return true }
        guard between.contains(where: { bytes[$0] == 0x2C }) else { return false }
        return containsWord(in: between) { isCoordinator($0) }
    }

    /// The missile noun right after a mass figure ("10.1 kg missiles", "a 10-kg missile"),
    /// as written; nil when another word follows.
    func missileNoun(after quantity: QuantityMention) -> String? {
        var end = quantity.range.upperBound
        while end < range.upperBound, bytes[end] == 0x20 || bytes[end] == 0x2D { end += 1 }
        // "launch weight 10.1 kg (missile), 15.2 kg ready to fire" (blind set PK): the noun alone
        // in brackets right after the figure says what it weighs.
        let bracketed = end < range.upperBound && bytes[end] == 0x28 && end > quantity.range.upperBound
        if bracketed { end += 1 }
        // "pesa 16 kg con el lanzador (10,77 kg el misil)" (blind set QI): a figure opening a
        // bracket that an article and the noun close.
        var closing = bracketed
        if !bracketed, quantity.range.lowerBound > range.lowerBound, bytes[quantity.range.lowerBound - 1] == 0x28,
           let article = firstWordRange(in: end..<min(range.upperBound, end + 16)), article.lowerBound == end,
           isIn(.definiteArticle, lowercasedText(article)) || isIn(.determiner, lowercasedText(article)) {
            end = article.upperBound
            while end < range.upperBound, bytes[end] == 0x20 { end += 1 }
            closing = true
        }
        let start = end
        while end < range.upperBound, bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end]) { end += 1 }
        guard end > start, end - start < 40, !closing || end < range.upperBound && bytes[end] == 0x29 else { return nil }
        let word = text(start..<end)
        return isIn(.missileNoun, word.lowercased()) || isIn(.weaponNoun, word.lowercased()) ? word : nil
    }

    /// The coordinator right before a cue ("battery and missile weighs"), in its clause: the
    /// cue's noun is the last of a list. Nil when the cue does not follow a coordinator.
    func listedBefore(_ cue: Range<Int>) -> String? {
        let start = clauseStart(cue.lowerBound)
        // The cue starts with the missile noun itself ("missile weighs"), not a determiner
        // ("y el misil pesa" joins two clauses, not two parts).
        guard let first = firstWord(in: cue), isIn(.missileNoun, first),
              let last = lastWord(in: start..<cue.lowerBound),
              isCoordinator(last) else { return nil }
        // "Jego głowica jest chłodzona, a pocisk waży 10,5 kg": a coordinator after a comma that
        // closes a clause of its own (a copula, or four words or more) joins clauses, not parts.
        if let coordinator = lastWordRange(before: cue.lowerBound), coordinator.lowerBound >= range.lowerBound + 2,
           bytes[coordinator.lowerBound - 1] == 0x20, bytes[coordinator.lowerBound - 2] == 0x2C {
            var head = coordinator.lowerBound - 2
            while head > range.lowerBound, !hasPunctuation((head - 1)..<head) { head -= 1 }
            let segment = head..<(coordinator.lowerBound - 2)
            if wordCount(segment) >= 4 || words(in: segment).contains(where: { isIn(.copula, $0) }) { return nil }
        }
        return last
    }

    /// Whether "missile" (or a reference to it) stands within two words before a mass cue
    /// ("the missile weighs", "the PAC-3 interceptor weighs", "Abfangflugkörper wiegt").
    func hasMissileWord(before position: Int) -> Bool {
        var start = position
        // (A hyphen joins the parts of one word: "launcher-and-missile" is not "missile".)
        while start > max(range.lowerBound, position - 64), bytes[start - 1] == 0x2D || !hasPunctuation((start - 1)..<start) { start -= 1 }
        let near = words(in: start..<position)
        if near.suffix(2).contains(where: { isIn(.missileNoun, $0) }) { return true }
        // "a Patriot interceptor, which weighs about 900 kg": the relative clause's noun.
        if near.count == 1, isIn(.relativePronoun, near[0]), start > range.lowerBound, bytes[start - 1] == 0x2C {
            var head = start - 1
            while head > max(range.lowerBound, start - 64), !hasPunctuation((head - 1)..<head) { head -= 1 }
            if words(in: head..<(start - 1)).suffix(2).contains(where: { isIn(.missileNoun, $0) }) { return true }
        }
        return cues.contains { cue in
            guard cue.range.upperBound <= position, wordCount(cue.range.upperBound..<position) <= 2 else { return false }
            // (The last part of a hyphened modifier is not the noun: "its complete
            // launcher-and-missile set weighs 19 kg"; blind set PX. "Stinger-Rakete wiegt" is.)
            if cue.range.lowerBound > range.lowerBound, bytes[cue.range.lowerBound - 1] == 0x2D,
               hasWord(in: cue.range.upperBound..<position) { return false }
            guard let last = lastWord(in: cue.range) else { return false }
            return isIn(.missileNoun, last)
        }
    }

    /// "the Mistral's launch post weighs 20 kg": a possessive name followed by two or more
    /// words before the cue names a part, not the system.
    func isPartOfOther(binding: Binding, cue: CueMatch, quantity: QuantityMention) -> Bool {
        guard let mention = binding.mention, mention.possessive, mention.range.upperBound <= cue.range.lowerBound else { return false }
        var words = wordCount(stretch(mention.range, cue.range))
        if quantity.range.lowerBound >= mention.range.upperBound, quantity.range.upperBound <= cue.range.lowerBound {
            words -= wordCount(quantity.range)
        }
        return words >= 2
    }

    /// Words a coordinated limit may stand from the figure before it ("bis 5000 Meter
    /// Entfernung und unterhalb von 2500 Metern Höhe": four).
    static let coordinatedLimitWords = 5

    /// A verb of engaging targets before a figure in its clause, at most ten words away and
    /// with no other distance between them: the verb governs its nearest distance only
    /// ("engage targets out to 6 km", "peut engager chasseurs, hélicoptères et drones
    /// jusqu'à 8 km", "atacar aviones a 4.800 m"; not the "3.5 km up" after "up to 6 km away").
    /// With `coordinated`, also a limit coordinated right after that distance, for reading
    /// the targets' bound ("bis 5000 Meter Entfernung und unterhalb von 2500 Metern Höhe").
    func targetVerb(before quantity: QuantityMention, coordinated: Bool = false) -> CueMatch? {
        let here = clause(quantity.range.lowerBound)
        guard let verb = lastCue(where: { cue in
            (cue.cue == .targetVerb || isWord(cue, .weakTargetVerb)) && cue.range.upperBound <= quantity.range.lowerBound
                && clause(cue.range.lowerBound) == here && wordCount(stretch(cue.range, quantity.range)) <= 10
        }) else { return nil }
        // (A figure coordinated before this one is the same targets' other limit: "bekämpfen
        // Ziele bis 5000 Meter Entfernung und unterhalb von 2500 Metern Höhe".)
        let between = quantities.contains { other in
            guard other.dimension == .length && other.range.lowerBound >= verb.range.upperBound
                && other.range.upperBound <= quantity.range.lowerBound else { return false }
            let gap = stretch(other.range, quantity.range)
            return !(coordinated && hasCoordinator(in: gap) && !hasPunctuation(gap) && wordCount(gap) <= Self.coordinatedLimitWords)
        }
        return between ? nil : verb
    }

    /// A distance that is a body's size: a dimension word at most three words before it in
    /// its clause ("mide menos de dos metros", "d'une longueur inférieure à deux mètres"), or
    /// right after it ("1,5 mètre de long").
    func isBodySize(_ quantity: QuantityMention) -> Bool {
        let here = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            guard isWord(cue, .dimension) else { return false }
            if cue.range.upperBound <= quantity.range.lowerBound {
                return clause(cue.range.lowerBound) == here && wordCount(stretch(cue.range, quantity.range)) <= 3
                    && !hasPunctuation(stretch(cue.range, quantity.range))
            }
            return cue.range.lowerBound >= quantity.range.upperBound && cue.range.lowerBound - quantity.range.upperBound <= 2
        }
    }

    /// A place phrase right after a distance ("130 km south of Warsaw", "6 km from a launcher").
    func isPlace(after quantity: QuantityMention) -> Bool {
        quantity.dimension == .length && cues.contains { cue in
            isWord(cue, .place) && cue.range.lowerBound >= quantity.range.upperBound
                && cue.range.lowerBound - quantity.range.upperBound <= 2
        }
    }

    func parsedText(_ quantity: QuantityMention, bound: ClaimBound, note: String) -> String {
        guard explain else { return "" }
        let unitText = quantity.unit.map { $0.rawValue } ?? ""
        let si = quantity.dimension?.siSymbol ?? ""
        return "\"\(quantity.textValue)\" \(unitText) = \(formatNumber(quantity.value, maxFractionDigits: 3)) \(si) (as written: \(formatNumber(quantity.writtenValue, maxFractionDigits: 4)) \(unitText)), bound \(bound.rawValue)\(note), half step \(formatNumber(Self.halfStep(quantity), maxFractionDigits: 3)) \(si)"
    }

    /// Words in a range besides negations and articles ("pas" in "ne dépasse pas", "los" in
    /// "no supera los").
    func wordsBesideNegations(_ r: Range<Int>) -> Int {
        let negations = cues.filter { isWord($0, .negation) && $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= r.upperBound }
        let articles = words(in: r).filter { isIn(.determiner, $0) || isIn(.definiteArticle, $0) }.count
        return wordCount(r) - articles - negations.map { wordCount($0.range) }.reduce(0, +)
    }

    /// The claims of one figure: two for an envelope written as a range with a small low
    /// end ("500–6,000 m": minimum and maximum), else one.
    func figure(_ quantity: QuantityMention, choice: AttributeChoice, alternatives: [Attribute], binding: Binding) -> [Claim] {
        guard let dimension = quantity.dimension else { return [] }
        var attribute = choice.attribute
        state.remember(attribute, quantity.value)
        // (Only the id: copying the whole record costs a retain of each of its fields.)
        let systemID = catalog.systems[binding.system].id
        let quote = text(quantity.range)
        var bound = quantity.bound
        var note = ""
        var negationRead = false
        // "cannot engage targets at altitudes below 150 m", "nie może razić celów na wysokości
        // poniżej 150 m": a height denied below the figure is the lowest altitude itself
        // (blind sets AJ and AL, en and pl); so is a distance a verb of engaging alone governs
        // ("nie zwalcza celów bliższych niż 1200 m", "no podía atacar blancos a menos de 2 km").
        if bound == .lessThan, let negation = negatedLowerLimit(quantity, attribute: attribute, choice: choice) {
            (attribute, bound, negationRead) = (attribute == .maxAltitude ? .minAltitude : .minRange, .exact, true)
            note = "; negated (\"\(text(negation)) ... below\"): the lower limit itself"
        }
        // "exceeds 6 km" bounds from below; "ne dépasse pas six kilomètres", "does not exceed
        // 6 km" (negations between the verb and the figure) from above, as read below.
        if bound == .lessThan, attribute == .maxAltitude || attribute == .maxRange, let verb = targetVerb(before: quantity, coordinated: true) {
            // "hits targets at altitudes below 3,800 m": the targets are below the figure, the
            // envelope reaches up to it; "a range of less than 6 km" stays exclusive.
            bound = .upTo
            note = "; the targets of \"\(text(verb.range))\" are below the figure: the envelope reaches up to it"
        } else if attribute == .maxAltitude, let distance = coordinatedDistanceLimit(of: quantity) {
            bound = .upTo
            note = "; a height beside the distance \"\(distance)\" of one envelope: it reaches up to the figure"
        }
        if bound == .exact, let verb = lastCue(where: { isWord($0, .moreThan) && $0.range.upperBound <= quantity.range.lowerBound }),
           wordsBesideNegations(stretch(verb.range, quantity.range)) == 0 {
            bound = .moreThan
            note = "; \"\(text(verb.range))\" bounds it from below"
        }
        if bound == .exact, let phrase = upperBoundBeforeNoun(quantity, choice: choice) { (bound, note) = (.upTo, "; \"\(phrase)\" bounds it from above") }
        if bound == .exact, let phrase = approximationBeforeNoun(quantity, choice: choice) { (bound, note) = (.about, "; \"\(phrase)\" makes it approximate") }
        // "Alles, was sich in weniger als 5000 Metern Entfernung bewegt, kann er bekämpfen": targets below a limit qualify, so the weapon reaches up to it.
        if bound == .lessThan, attribute == .maxRange || attribute == .maxAltitude, let words = freeRelativeTargets(quantity) {
            (bound, note) = (.upTo, "; in \"\(words)\", a condition on the targets: it reaches up to the figure")
        }
        if bound == .exact || bound == .about, let words = targetEnvelope(before: quantity, attribute: attribute) {
            (bound, note) = (.atLeast, "; in \"\(words)\", the targets it reaches fly there: its ceiling is at least the figure")
        }
        // "no puede batir blancos que vuelen por debajo de 50 m": a lower limit denied below
        // a figure is that figure.
        if bound == .lessThan, attribute == .minAltitude || attribute == .minRange,
           let negation = negation(before: quantity.range.lowerBound, within: 8) {
            (bound, negationRead) = (.exact, true)
            note = "; negated (\"\(text(negation)) ... below\"): the lower limit itself"
        } else if bound == .moreThan, isNegated(quantity.range.lowerBound) || negatesItsVerb(before: quantity.range.lowerBound) {
            bound = .upTo
            negationRead = true
            note = "; negated (\"cannot ... more than\"), read as up to"
        } else if !negationRead, bound == .exact || bound == .upTo, isNegated(quantity.range.lowerBound) {
            // "cannot reach 10 km", "no puede alcanzar 5 km" state no figure at all (issue 8):
            // not a claim. ("no higher than about 3.5 km" is a bound, read as written.)
            return []
        }
        var grounding = grounding(of: quantity, binding: binding, choice: choice)
        // "il ne peut engager une cible en dessous de 50 mètres" (blind set OS, fr): a reach a
        // verb of engaging alone gave, denied below the figure, is the shortest distance or the
        // lowest height alike; the judge tries the lowest height too.
        if negationRead, attribute == .minRange, choice.attribute == .maxRange,
           let index = grounding.features.firstIndex(where: { $0.kind == .rangeOrHeight }) {
            grounding.features[index].kind = .weakCue
        }
        // A negation further back in the clause may deny the figure ("cannot hit targets at an
        // altitude of 10 km", "не може уражати цілі на висоті 10 км") or another verb ("does
        // not need a second operator and hits targets 6.5 km away", "nie tylko razi cele na
        // 6,5 km", "unable to engage aircraft above 8 km"): which one is a guess, so the value is
        // in doubt. A lower limit is left as read ("cannot engage anything closer than 4 km").
        if !negationRead, bound == .exact || bound == .upTo || bound == .moreThan, attribute != .minRange, attribute != .minAltitude,
           let negation = negation(before: quantity.range.lowerBound, within: 8) {
            grounding.doubt(.value, "\"\(text(negation))\" earlier in its clause may deny it")
        }
        func trace(_ reason: String) -> ClaimTrace {
            makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: choice.cueWords,
                       attributeReason: reason, parsed: parsedText(quantity, bound: bound, note: note))
        }
        if bound == .between, let (minimum, maximum) = Self.envelope(attribute), quantity.high > 0, quantity.low / quantity.high <= 0.5 {
            let reason = choice.reason + "; a range whose low end is under half the high end is an envelope: \(minimum.rawValue) and \(maximum.rawValue)"
            func claim(_ attribute: Attribute, _ value: Double) -> Claim {
                let number = NumericClaim(bound: .exact, value: value, halfStep: Self.halfStep(quantity), unit: dimension.siSymbol, text: quote)
                var claim = Claim(systemID: systemID, attribute: .spec(attribute), value: .number(number), range: quantity.range, trace: trace(reason))
                claim.grounding = grounding
                return claim
            }
            return [claim(minimum, quantity.low), claim(maximum, quantity.high)]
        }
        var number = NumericClaim(
            bound: bound, value: quantity.value,
            statedLow: bound == .between ? quantity.low : nil, statedHigh: bound == .between ? quantity.high : nil,
            halfStep: Self.halfStep(quantity), unit: dimension.siSymbol, text: quote)
        if bound != .between { number.writtenUnit = quantity.unit }
        var claim = Claim(systemID: systemID, attribute: .spec(attribute), value: .number(number), range: quantity.range,
                          trace: trace(choice.reason), alternatives: alternatives)
        claim.grounding = grounding
        return [claim]
    }

    /// Half a step of the figure's last significant digit. A figure written in digits
    /// counts its trailing zeros as significant down to two significant digits: "10 km" is
    /// 9.5–10.5 km, "6,000 m" 5,950–6,050 m, "10,000 m" 9,500–10,500 m, "3,500 m"
    /// 3,450–3,550 m. (Reading every trailing zero as insignificant would make "10 km"
    /// 5–15 km and hide real conflicts.) Decimals, number words and scaled figures keep
    /// the scanner's precision: "6.0 km" ±50 m, "3.7 miles" ±0.05 mi, "six km" ±0.5 km.
    static func halfStep(_ quantity: QuantityMention) -> Double {
        // The ASCII digits of the text, read in one pass: how many, how many trailing
        // zeros, and their integer (exact as a Double up to 15 digits; longer ones parsed).
        var count = 0
        var zeros = 0
        var exact: UInt64 = 0
        for byte in quantity.textValue.utf8 where byte &- 0x30 < 10 {
            count += 1
            zeros = byte == 0x30 ? zeros + 1 : 0
            if count <= 15 { exact = exact * 10 + UInt64(byte &- 0x30) }
        }
        guard count > 0 else { return quantity.precision }
        let parsed = count <= 15
            ? Double(exact) : Double(String(decoding: quantity.textValue.utf8.filter { $0 &- 0x30 < 10 }, as: UTF8.self))
        guard let integer = parsed, abs(integer - quantity.writtenValue) <= 1e-9 * max(1, integer) else { return quantity.precision }
        let significantZeros = count >= 2 ? min(zeros, count - 2) : 0
        var step = 1.0
        for _ in 0..<significantZeros { step *= 10 }
        return step / 2 * (quantity.unit?.siFactor ?? 1)
    }

    /// The minimum and maximum attributes of an envelope.
    static func envelope(_ attribute: Attribute) -> (Attribute, Attribute)? {
        switch attribute {
        case .maxRange, .minRange: (.minRange, .maxRange)
        case .maxAltitude, .minAltitude: (.minAltitude, .maxAltitude)
        default: nil
        }
    }
}
