/// Figures the sentence does not state as the system's bound: an unpaired "respectively"
/// list, a cue owned by another thing, a modal "can fall below" frame, a range against one
/// kind of target.
extension SentenceAnalysis {
    /// Whether figure `index` is no figure of its system's to claim (see the checks below).
    func vetoesFigure(_ index: Int) -> Bool {
        let quantity = quantities[index]
        return isUnpairedInList(index) || isCueOfOtherOwner(quantity) || isModalReduction(quantity)
            || isNarrowTargetRange(quantity) || isElevation(quantity) || isOutOfReach(quantity) || isChangeAmount(quantity)
            || isPlaceApposition(quantity) || isTargetSubjectFigure(quantity) || isUnitDefinition(quantity)
    }

    /// "Mach 1 entspricht der Schallgeschwindigkeit", "Mach 1 to prędkość dźwięku", "Mach 1
    /// is the speed of sound": "Mach 1" with a word for the speed of sound (`structure.sound_speed_words`)
    /// at most three words after it in its clause defines the unit for the reader.
    func isUnitDefinition(_ quantity: QuantityMention) -> Bool {
        guard let unit = quantity.unit, unit == .mach, abs(quantity.value - unit.siFactor) < 0.01, quantity.bound == .exact else { return false }
        let clauseIndex = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            isWord(cue, .soundSpeedWord) && cue.range.lowerBound >= quantity.range.upperBound
                && clause(cue.range.lowerBound) == clauseIndex && wordCount(quantity.range.upperBound..<cue.range.lowerBound) <= 3
        }
    }

    /// "Cel leciał z prędkością ok. 300 km/h na wysokości 800 m", "The target drone flew at
    /// 9,000 m", "мишени шли на высоте 8 км": a distance, height or speed in a clause that
    /// opens with a target noun (`structure.target_nouns`, after at most a determiner or an
    /// article) and names or refers to no system anywhere is the target's, not the weapon's.
    func isTargetSubjectFigure(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length || quantity.dimension == .speed else { return false }
        // ("volaba a 30.000 pies y 450 nudos": a figure joined to a target's by a coordinator is the target's too.)
        if let previous = quantities.last(where: { $0.range.upperBound <= quantity.range.lowerBound }),
           !hasPunctuationOutsideFigures(previous.range.upperBound..<quantity.range.lowerBound),
           let and = coordinatorJoining(previous.range.upperBound..<quantity.range.lowerBound),
           wordCount(previous.range.upperBound..<and.lowerBound) <= 2, isTargetSubjectFigure(previous) {
            return true
        }
        let start = clauseStart(quantity.range.lowerBound)
        var opening: [Range<Int>] = []
        scanWords(in: start..<quantity.range.lowerBound) { word in
            opening.append(word)
            return opening.count < 2
        }
        // (Not a relative clause: "der Skyranger, der Ziele in zwei bis drei Kilometern abschießt".)
        guard var noun = opening.first, relativeOwner(of: quantity.range.lowerBound) == nil else { return false }
        let first = lowercasedText(noun)
        if isIn(.relativePronoun, first) { return false }
        if isIn(.determiner, first) || isIn(.definiteArticle, first) {
            guard opening.count == 2 else { return false }
            noun = opening[1]
        }
        let own = clause(quantity.range.lowerBound)
        if isIn(.targetNoun, lowercasedText(noun)) { return !mentions.contains { clause($0.range.lowerBound) == own } }
        guard let subject = targetSubject(before: quantity, from: start) else { return false }
        return !mentions.contains { $0.range.lowerBound >= subject.lowerBound && clause($0.range.lowerBound) == own }
    }

    /// "un ejercicio en el que el blanco simulado volaba a 30.000 pies", "an exercise in which
    /// the target flew at 9,000 m": a target noun after an article, itself right after a
    /// relative pronoun or a coordinator, at most three words before the figure with no
    /// punctuation between: the subject of the figure's verb is the target. Returns the noun.
    private func targetSubject(before quantity: QuantityMention, from start: Int) -> Range<Int>? {
        var words: [Range<Int>] = []
        scanWords(in: start..<quantity.range.lowerBound) { word in
            words.append(word)
            return true
        }
        guard words.count >= 3 else { return nil }
        for index in stride(from: words.count - 1, through: max(2, words.count - 4), by: -1) {
            let noun = words[index]
            guard isIn(.targetNoun, lowercasedText(noun)), wordCount(noun.upperBound..<quantity.range.lowerBound) <= 3,
                  !hasPunctuation(noun.upperBound..<quantity.range.lowerBound) else { continue }
            let article = lowercasedText(words[index - 1]), opener = lowercasedText(words[index - 2])
            return (isIn(.definiteArticle, article) || isIn(.determiner, article))
                && (isIn(.relativePronoun, opener) || isCoordinator(opener)) ? noun : nil
        }
        return nil
    }

    /// "had been driven in from Russia, about 100 km away", "przyjechał z Rosji, oddalonej o
    /// 100 km": a distance set off by a comma (at most one word before it in its clause) right
    /// after a place phrase (a place word of `structure.places` and at most two more words
    /// ending in a capitalised name that is no system of ours) is how far that place lies.
    func isPlaceApposition(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length else { return false }
        var comma = quantity.range.lowerBound
        while comma > range.lowerBound, bytes[comma - 1] != 0x2C {
            comma -= 1
            if Self.isClausePunctuation(bytes, at: comma) && bytes[comma] != 0x2C { return false }
        }
        guard comma > range.lowerBound, wordCount(comma..<quantity.range.lowerBound) <= 1,
              let name = lastWordRange(before: comma - 1), !mentions.contains(where: { $0.range.overlaps(name) }),
              let scalar = Unicode.Scalar(ByteText.scalar(at: name.lowerBound, bytes).0), scalar.properties.isUppercase else { return false }
        return cues.contains { cue in
            isWord(cue, .place) && cue.range.upperBound <= name.lowerBound && wordCount(cue.range.upperBound..<name.lowerBound) <= 2
                && !hasPunctuation(cue.range.upperBound..<name.lowerBound)
        }
    }

    /// "Targets at 12 km are out of reach for the Stinger", "Ziele in 12 km Höhe liegen außer
    /// Reichweite", "cele na wysokości 12 km są poza zasięgiem Pioruna": a distance with a
    /// phrase of `structure.out_of_reach` after it, at most six words on in its clause and no
    /// punctuation between, is where the system does not reach: no figure of it.
    ///
    /// The escape words may also open the clause after the figure's, at most two words in,
    /// when the figure's clause names no system ("Jets cruise at 9,000 m, well beyond the
    /// reach of the Stinger", "Die Jets fliegen in 10 km Höhe, weit außerhalb der Reichweite").
    ///
    /// A clause of escape before the figure's clause ("Pour échapper aux Stinger ..., il
    /// faudrait voler à 4,5 km d'altitude", "To evade the Stingers, pilots flew above 4,500
    /// m", "Um den Stingers zu entgehen, flogen die Piloten über 4500 Meter") makes the figure
    /// the height or distance that escapes the system, when the figure's own clause names no
    /// system before it.
    func isOutOfReach(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length else { return false }
        let position = quantity.range.lowerBound
        let clauseIndex = clause(position)
        return cues.contains { cue in
            guard isWord(cue, .outOfReach) else { return false }
            if cue.range.upperBound <= position {
                // (The figure's part of the sentence runs from the last clause punctuation
                // before it, which must stand after the escape words.)
                var start = position
                while start > cue.range.upperBound, !Self.isClausePunctuation(bytes, at: start - 1) { start -= 1 }
                return start > cue.range.upperBound
                    && !mentions.contains { $0.named && $0.range.lowerBound >= start && $0.range.upperBound <= position }
            }
            let between = quantity.range.upperBound..<cue.range.lowerBound
            let words = wordCount(between)
            let punctuated = hasPunctuationOutsideFigures(between)
            // (Past punctuation the clauses may differ: "Por encima de los 10.000 metros, donde
            // vuelan los aviones comerciales, un avión está a salvo"; blind set NM.)
            guard clause(cue.range.lowerBound) == clauseIndex || punctuated else { return false }
            if !punctuated { return words <= 6 }
            guard words <= 12 else { return false }
            // An adjunct after a comma ("Jets cruise at 9,000 m, far beyond the reach of any
            // shoulder-fired missile"), past an aside set off by commas at most: the escape words at most two words past the last comma,
            // and nothing from the start of the figure's clause to them names or refers to a system.
            var opening = cue.range.lowerBound
            while opening > between.lowerBound, !Self.isClausePunctuation(bytes, at: opening - 1) { opening -= 1 }
            return opening > between.lowerBound && wordCount(opening..<cue.range.lowerBound) <= 2
                && !(between.lowerBound..<opening - 1).contains { [0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x28].contains(bytes[$0]) }
                && !mentions.contains { $0.range.lowerBound >= clauseStart(position) && $0.range.lowerBound < cue.range.lowerBound }
        }
    }

    /// "База расположена на высоте около 800 м над уровнем моря", "the airfield lies 1,200 m
    /// above sea level": a length with a word of a place's elevation (`structure.elevation_words`)
    /// at most three words before or after it in its clause, no punctuation between, is how
    /// high a place lies, never a weapon's ceiling.
    func isElevation(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length else { return false }
        let clauseIndex = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            guard isWord(cue, .elevationWord), clause(cue.range.lowerBound) == clauseIndex else { return false }
            let between = cue.range.upperBound <= quantity.range.lowerBound
                ? cue.range.upperBound..<quantity.range.lowerBound : quantity.range.upperBound..<max(quantity.range.upperBound, cue.range.lowerBound)
            return wordCount(between) <= 3 && !hasPunctuationOutsideFigures(between)
        }
    }

    /// "the range of the rockets fired at Israel", "die Reichweite der abgefeuerten Raketen",
    /// "Zasięg przeprowadzonych w tym tygodniu ataków": a cue of the figure's dimension before
    /// it in its clause is owned by a noun of another thing (`structure.cue_owners`) at most
    /// four words after the cue, and no system is named or referred to from the cue to the
    /// figure: the figure is that thing's.
    func isCueOfOtherOwner(_ quantity: QuantityMention) -> Bool {
        guard let dimension = quantity.dimension else { return false }
        let position = quantity.range.lowerBound
        let start = clauseStart(position)
        for cue in cues where cue.range.lowerBound >= start && cue.range.upperBound <= position {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let d) = attribute.kind, d == dimension else { continue }
            let owned = cues.contains { candidate in
                guard isWord(candidate, .cueOwner), candidate.range.lowerBound >= cue.range.upperBound,
                      candidate.range.upperBound <= position else { return false }
                let between = stretch(cue.range, candidate.range)
                return wordCount(between) <= 4 && !hasPunctuation(between)
            }
            guard owned else { continue }
            let span = cue.range.upperBound..<position
            return !mentions.contains { span.contains($0.range.lowerBound) } && !outsideMentions.contains { span.contains($0.range.lowerBound) }
        }
        return false
    }

    /// "can be well below 300 km depending on the radar", "die wesentlich unter 300 km liegen
    /// kann": a figure bounded from above under a modal frame (`structure.reduced_frames`) at
    /// most two words before it or one after it, in its clause, says how low the value may
    /// fall, not what the maximum is.
    func isModalReduction(_ quantity: QuantityMention) -> Bool {
        guard quantity.bound == .lessThan else { return false }
        let clauseIndex = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            guard isWord(cue, .reducedFrame), clause(cue.range.lowerBound) == clauseIndex else { return false }
            if cue.range.upperBound <= quantity.range.lowerBound {
                let between = stretch(cue.range, quantity.range)
                return wordCount(between) <= 2 && !hasPunctuation(between)
            }
            guard cue.range.lowerBound >= quantity.range.upperBound else { return false }
            let between = stretch(quantity.range, cue.range)
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
    }

    /// "20 km against cruise missiles", "сбивать крылатые ракеты на дальности до 20 км": a
    /// distance right before a cruise-missile target governed by a preposition, or at most
    /// four words after a governed one with no punctuation or other figure between, is the range against
    /// that kind of target, not the system's engagement range, when its clause names no
    /// other target before it (aircraft, helicopters, drones, a target noun or a word for
    /// aircraft in general keep it: "aircraft and cruise missiles at up to 20 km").
    func isNarrowTargetRange(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length else { return false }
        let position = quantity.range.lowerBound
        let start = clauseStart(position)
        var nearest: (range: Range<Int>, kind: TargetKind)?
        var others = false
        for (index, cue) in cues.enumerated() {
            guard case .target(let kind) = cue.cue else { continue }
            if cue.range.upperBound <= position, cue.range.lowerBound >= start {
                if kind != .cruiseMissile { others = true }
                if governedTargets.contains(index) { nearest = (cue.range, kind) }
            } else if cue.range.lowerBound >= quantity.range.upperBound, prepositionTargets.contains(index), kind == .cruiseMissile {
                let between = stretch(quantity.range, cue.range)
                if wordCount(between) <= 1, !hasPunctuation(between) { return true }
            }
        }
        guard let nearest, nearest.kind == .cruiseMissile, !others else { return false }
        let between = stretch(nearest.range, quantity.range)
        // ("misiles de crucero a 40 km y hasta 20 km de altura": the height is past the range.)
        guard wordCount(between) <= 4, !hasPunctuation(between),
              !quantities.contains(where: { $0.dimension != nil && between.contains($0.range.lowerBound) }) else { return false }
        let lead = start..<position
        return !containsWord(in: lead, of: .targetNoun) && !containsWord(in: lead, of: .genericTarget)
    }

    /// Whether an owner phrase ("against ballistic missiles") is tied to another figure of
    /// the sentence, at most one word after it or before it: it is that figure's ("about 20
    /// km against ballistic missiles and 160 km against aircraft", "gegen ballistische
    /// Raketen etwa 20 km und gegen Flugzeuge 160 km"), not every later figure's.
    func ownsEarlierFigure(_ owner: CueMatch, not quantity: QuantityMention) -> Bool {
        quantities.contains { other in
            guard other.range != quantity.range, other.dimension != nil, other.range.upperBound <= quantity.range.lowerBound else { return false }
            let between = other.range.upperBound <= owner.range.lowerBound ? stretch(other.range, owner.range) : stretch(owner.range, other.range)
            guard other.range.upperBound <= owner.range.lowerBound || owner.range.upperBound <= other.range.lowerBound else { return false }
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
    }

    /// Whether another owner ("airliners") is the object of a verb of engaging in an insertion
    /// set off by punctuation between the subject (ending at `start`) and the figure at
    /// `position`: "The Stinger, capable of shooting down airliners, has a range of 8 km"
    /// names a target, and the figure is the subject's. ("shot down an airliner flying at
    /// 3,000 m" and "can shoot down an airliner, flying at 3,000 m" stay the airliner's.)
    func isShotAt(_ owner: CueMatch, after start: Int, before position: Int) -> Bool {
        guard owner.range.upperBound <= position, hasPunctuation(owner.range.upperBound..<position) else { return false }
        return cues.contains { verb in
            verb.cue == .targetVerb && verb.range.upperBound <= owner.range.lowerBound && verb.range.lowerBound >= start
                && hasPunctuation(start..<verb.range.lowerBound)
                && !hasPunctuation(verb.range.upperBound..<owner.range.lowerBound)
        }
    }

    /// Whether a figure is another thing's by an owner phrase tied to it, is a range against
    /// one kind of target, or is a sensor's ("détecte les avions jusqu'à 20 km et peut les
    /// détruire jusqu'à 6 km"): a later figure of its clause is no rival reading of it.
    func isOthersFigure(_ quantity: QuantityMention) -> Bool {
        if isNarrowTargetRange(quantity) || quantity.dimension == .length && isSensorRange(quantity) { return true }
        return cues.contains { cue in
            guard isWord(cue, .otherOwner) else { return false }
            if cue.range.lowerBound >= quantity.range.upperBound {
                let between = stretch(quantity.range, cue.range)
                return wordCount(between) <= 1 && !hasPunctuation(between)
            }
            guard cue.range.upperBound <= quantity.range.lowerBound else { return false }
            let between = stretch(cue.range, quantity.range)
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
    }

    /// Whether a name qualifies a part noun written right after it, past a space or a hyphen
    /// ("It keeps the Igla-S airframe, but the seeker ...", "die Igla-S-Zelle"): the name says whose part, and is no
    /// subject for a claim of a later clause. (Not a part noun before the name: "bateria
    /// IRIS-T SLM" is a unit of that system, which stays the subject.)
    func qualifiesPart(_ mention: Mention) -> Bool {
        guard mention.named else { return false }
        return cues.contains { cue in
            guard isWord(cue, .partNoun), cue.range.lowerBound >= mention.range.upperBound else { return false }
            // (Only a space or a hyphen between: "Стрела-3 ‚Pfeil‘" glosses the name, it names no part.)
            return stretch(mention.range, cue.range).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x2D }
        }
    }
}

extension SentenceAnalysis {
    /// "tactical ballistic targets flying at 4.8 km/s at a distance of up to 60 kilometers",
    /// "ballistic threats at altitudes of 2,000-25,000 meters", "pociski balistyczne (na
    /// dystansie do ok. 40 km)": a distance after a target of a narrow kind (pack
    /// `structure.narrow_targets`), in its sentence, with at most sixteen words between and
    /// no other target, system or figure of its dimension there (a parenthesis may open),
    /// may be the range or height against that kind only; not when a figure stands right
    /// before the target or another target is coordinated with it. Returns the words from the target
    /// to the figure, for the `target-clause` feature: the attribute is a guess, never an alarm.
    ///
    /// A speed after one, eight words on at most, is how fast those targets fly ("can
    /// intercept ballistic missiles flying at Mach 8", "des missiles balistiques volant à
    /// Mach 8").
    func narrowTargetBefore(_ quantity: QuantityMention) -> String? {
        guard let dimension = quantity.dimension, dimension == .length || dimension == .speed else { return nil }
        let position = quantity.range.lowerBound
        guard let narrow = cues.last(where: { isWord($0, .narrowTarget) && $0.range.upperBound <= position }) else { return nil }
        let between = narrow.range.upperBound..<position
        // (A stop between two digits is a decimal point: "flying at 4.8 km/s (3 mi/s) at a
        // distance of up to 60 kilometers".)
        guard wordCount(between) <= (dimension == .speed ? 8 : 16), !between.contains(where: { i in
                  bytes[i] == 0x3B || bytes[i] == 0x2E && !(i > between.lowerBound && i + 1 < between.upperBound
                      && ByteText.isDigit(bytes[i - 1]) && ByteText.isDigit(bytes[i + 1]))
              }),
              !cues.contains(where: { cue in
                  guard between.contains(cue.range.lowerBound) else { return false }
                  if case .target = cue.cue { return true }
                  if case .system = cue.cue { return true }
                  return false
              }),
              // (A detection range between is no figure of the weapon's: "repérer des cibles
              // cachées à une distance de 85 km et de les intercepter ... à 45 km".)
              !quantities.contains(where: { $0.dimension == dimension && between.contains($0.range.lowerBound) && !isSensorRange($0)
                  && !isCoordinatedLimit($0, before: quantity) }) else { return nil }
        // "20 km against ballistic missiles and 40 km against aircraft": a figure right before
        // the target is the one against it; "aircraft and ballistic missiles at up to 160 km":
        // a target coordinated with it shares the figure.
        let lead = max(range.lowerBound, narrow.range.lowerBound - 40)..<narrow.range.lowerBound
        func coordinated(_ gap: Range<Int>) -> Bool {
            containsWord(in: gap, where: { isCoordinator($0) })
        }
        if quantities.contains(where: { other in
            guard other.dimension == dimension, other.range.upperBound <= narrow.range.lowerBound else { return false }
            let gap = stretch(other.range, narrow.range)
            return wordCount(gap) <= 2 && !coordinated(gap) && !hasPunctuation(gap)
        }) { return nil }
        if cues.contains(where: { cue in
            guard case .target = cue.cue, lead.contains(cue.range.lowerBound), cue.range.upperBound <= narrow.range.lowerBound else { return false }
            let gap = stretch(cue.range, narrow.range)
            return wordCount(gap) <= 2 && coordinated(gap) || (wordCount(gap) <= 1 && bytes[gap].contains(0x2C))
        }) { return nil }
        return text(narrow.range.lowerBound..<quantity.range.upperBound)
    }

    /// Whether `r` stands in an aside set off by commas between a name (ending at `start`) and
    /// a figure at `position`: "Russia's Igla-S, deployed with units near the border, can hit
    /// aircraft up to 6 km away" (the border owns no figure of the main clause).
    func isEnclosedByCommas(_ r: Range<Int>, after start: Int, before position: Int) -> Bool {
        guard start <= r.lowerBound, r.upperBound <= position else { return false }
        let opens = (start..<r.lowerBound).contains { bytes[$0] == 0x2C }
        let closes = (r.upperBound..<position).contains { bytes[$0] == 0x2C }
        return opens && closes
    }
}

extension SentenceAnalysis {
    /// The start of a position's clause, read past parenthetical asides that end right before
    /// it: the clause before "(" goes on after ")" ("Kanonen von Oerlikon (heute: Rheinmetall)
    /// mit circa 4000 Metern Schussweite" is one clause about the guns).
    func clauseStartPastAsides(_ position: Int) -> Int {
        var start = clauseStart(position)
        while start > range.lowerBound, bytes[start] == 0x29 {
            var depth = 0
            var opening: Int? = nil
            var i = start - 1
            while i >= range.lowerBound {
                if bytes[i] == 0x29 { depth += 1 } else if bytes[i] == 0x28 {
                    if depth == 0 { opening = i; break }
                    depth -= 1
                }
                i -= 1
            }
            guard let opening, opening > range.lowerBound else { break }
            start = clauseStart(opening - 1)
        }
        return start
    }
}

extension SentenceAnalysis {
    /// Whether a figure is the same targets' other limit, coordinated right before `quantity`
    /// ("missiles balistiques à des altitudes allant jusqu'à 15 km (9,3 miles) et à des
    /// distances allant jusqu'à 35 km"): a coordinator between them, at most eight words
    /// besides a conversion in brackets, and no other punctuation.
    func isCoordinatedLimit(_ other: QuantityMention, before quantity: QuantityMention) -> Bool {
        guard other.range.upperBound <= quantity.range.lowerBound else { return false }
        var gap = other.range.upperBound..<quantity.range.lowerBound
        // (Past a conversion in brackets right after the first figure.)
        var i = gap.lowerBound
        while i < gap.upperBound, bytes[i] == 0x20 { i += 1 }
        if i < gap.upperBound, bytes[i] == 0x28, let close = (i..<gap.upperBound).first(where: { bytes[$0] == 0x29 }) {
            gap = (close + 1)..<gap.upperBound
        }
        return wordCount(gap) <= 8 && hasCoordinator(in: gap) && !hasPunctuation(gap)
    }
}

extension SentenceAnalysis {
    /// Words a landform may stand before a length and still own it.
    static let landformReach = 5

    /// Whether a length is a hill's or a mountain's (pack `structure.landforms`): one such noun
    /// at most two words after it ("a 300-metre hill", "300 m hohen Hügel"), or at most
    /// `landformReach` words before it in its sentence with at most one comma between (its name
    /// set off: "en el cerro El Volcán, de unos 1.500 metros de altitud", "на холме высотой 300
    /// м"), no verb of engaging and no system named between.
    func isLandformSize(_ quantity: QuantityMention) -> Bool {
        guard quantity.range.lowerBound >= range.lowerBound, quantity.range.upperBound <= range.upperBound else { return false }
        for cue in cues where isWord(cue, .landform) {
            if cue.range.upperBound <= quantity.range.lowerBound {
                let gap = cue.range.upperBound..<quantity.range.lowerBound
                guard wordCount(gap) <= Self.landformReach, !hasPunctuation(gap, allowingComma: true),
                      gap.lazy.filter({ self.bytes[$0] == 0x2C }).count <= 1,
                      !mentions.contains(where: { $0.named && gap.contains($0.range.lowerBound) }), !hasVerb(gap),
                      !cues.contains(where: { ($0.cue == .targetVerb || isWord($0, .weakTargetVerb)) && gap.contains($0.range.lowerBound) })
                else { continue }
                return true
            }
            if cue.range.lowerBound >= quantity.range.upperBound {
                let gap = quantity.range.upperBound..<cue.range.lowerBound
                if wordCount(gap) <= 2, !hasPunctuation(gap) { return true }
            }
        }
        return false
    }
}

