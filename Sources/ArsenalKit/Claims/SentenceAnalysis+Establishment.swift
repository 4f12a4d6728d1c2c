/// The features of a figure's reading that make part of its claim a guess (issue 8), weighed by `EstablishmentGate`
/// (see `ReadingFeature`). Every look is over the sentence's cues and mentions: no word of any language is named here.
extension SentenceAnalysis {
    /// The features of the figure at `quantity`, tied to a system by `binding` and read as `attribute`.
    func readingFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, cue: CueMatch?) -> [ReadingFeature] {
        guard binding.system >= 0 else { return [] }
        var features: [ReadingFeature] = []
        let position = quantity.range.lowerBound
        let clauseFrom = clauseStart(position)
        // (A figure owned as one side of a pair set against another pair has its owner established:
        // neither a nearer name nor the partner figure before it puts that in doubt.)
        let paired = binding.mention.map { owner in contrastPairOwner(of: position)?.range == owner.range } ?? false
        if !paired, let feature = competingName(quantity, binding) { features.append(feature) }
        if !paired, let feature = contrastPairDoubt(quantity, binding: binding) { features.append(feature) }
        if let bound = binding.mention, bound.named, bound.range.lowerBound >= quantity.range.upperBound,
           bytes[stretch(quantity.range, bound.range)].contains(0x0A) {
            features.append(ReadingFeature(.nameOnNextLine, words: bound.words, systems: [systemName(binding.system)]))
        }
        // (A figure whose owner is named right after it, "against 4.8 km for the Stinger", is tied by that name.)
        let ownedAfter = binding.mention.map { $0.named && $0.range.lowerBound >= quantity.range.upperBound } ?? false
        // (Nor is one whose own cue follows it, "auf 4800 m und bis 3,8 km Höhe".)
        let cueAfter = cue.map { $0.range.lowerBound >= quantity.range.upperBound } ?? false
        if !ownedAfter, !cueAfter, !paired, let previous = quantities.last(where: { other in
            other.range.upperBound <= position && other.range.lowerBound >= clauseFrom && other.dimension == quantity.dimension
        }) {
            let between = previous.range.upperBound..<position
            let separated = mentions.contains { between.contains($0.range.lowerBound) }
                || cues.contains { cue in
                    guard between.contains(cue.range.lowerBound) else { return false }
                    if case .attribute = cue.cue { return true }
                    // "13 kg on your shoulder, missile alone 8.3kg": a noun for the missile or
                    // a part says whose the second figure is.
                    // "Mach 2,5, cifra que otras fichas sitúan en torno a 800 m/s": a word for
                    // "the figure" restates the first.
                    return isWord(cue, .partNoun) || isWord(cue, .componentNoun) || isWord(cue, .echo) || isWord(cue, .otherOwner)
                }
                || containsWord(in: between, of: .missileNoun)
                // (Figures in two cells of a table row are in two columns, each with its header.)
                || (isTableRow && cellIndex(of: previous.range.lowerBound) != cellIndex(of: position))
            // (Nor does the value before a change: "wzrósł z 5,5 km do 6,5 km".)
            // (Nor the second of a pair repeating the clause before's in order: `parallelCue`.)
            if !separated, !isPairedInList(quantity), !isOthersFigure(previous), !isValueBeforeChange(previous),
               quantity.dimension.map({ parallelCue(for: quantity, dimension: $0) == nil }) ?? true {
                features.append(ReadingFeature(.severalFigures, words: text(previous.range)))
            }
        }
        // "Both reach 6 km": a pair word means the two systems named before, as written.
        let pair = cues.contains { isWord($0, .pairWord) && $0.range.lowerBound >= clauseFrom && $0.range.upperBound <= position }
        if !pair, let feature = referenceFeature(binding) { features.append(feature) }
        if binding.basis == .referredBack, !mentions.contains(where: \.named), state.lastNamed.count >= 2,
           state.lastNamed.last != binding.system, hasLatterWord(before: position), !formerNamed(binding.system, before: position) {
            // "The latter only work up to 3,800 m", "Estos últimos ...": a reference word for the
            // last one named, resolved as the article's topic to another system.
            features.append(ReadingFeature(.ambiguousTopic, words: "", systems: systemNames(state.lastNamed)))
        }
        if binding.basis == .topic, let words = comparisonOpening(before: position) {
            features.append(ReadingFeature(.comparisonOpener, words: words))
        }
        if binding.basis == .topic {
            let named = state.lastNamed
            // The first system the sentence before named is its subject, what a sentence
            // with none of its own goes on about; the topic being another one is a guess, and
            // so is the subject after a word for the last one named ("The latter ...").
            // So is the subject of a clause opening with a word for "new" ("The new missile
            // weighs ..."), when the sentence before named two families' systems.
            if named.count >= 2, !pair, named.first != binding.system || state.vagueOpening
                || (named.last != binding.system && hasLatterWord(before: position)) || newerTopic(binding, before: position) {
                features.append(ReadingFeature(.ambiguousTopic, words: "", systems: systemNames(named)))
            } else if let outside = state.outsideAfterRecord, !mentions.contains(where: { $0.range.upperBound <= position }),
                      !outsideMentions.contains(where: { $0.range.upperBound <= position }), targetVerb(before: quantity, coordinated: true) == nil {
                // "Una batería Patriot interceptó un Kinzhal. Vuela a Mach 10": with no subject
                // written, the sentence may go on about the outside system named last (not when
                // the figure's clause engages targets: "... przeciwko dronom Shahed. Dwie armaty
                // razią cele na odległość do 5 km" is the weapon's).
                features.append(ReadingFeature(.ambiguousTopic, words: "", systems: [systemName(binding.system), outside]))
            } else if let words = unresolvedOrdinalPair(before: position) {
                features.append(ReadingFeature(.ambiguousTopic, words: words, systems: systemNames(named)))
            } else if let feature = subordinateTopic(binding) {
                features.append(feature)
            } else if let subject = foreignSubject(before: position) {
                features.append(ReadingFeature(.ownSubject, words: subject))
            }
        }
        // "Strzała-2M sięga 4,2 km; starsza wersja miała 3,6 km", "its successor (the Mk-III) climbs to 3.5 km", "the original version,
        // which entered service in 1988": a clause opening with a kin noun, or a relative clause on one, is about the relative.
        let from = clauseStartPastAsides(position)
        if !(binding.mention?.kinReference ?? false), let kin = (binding.mention.map({ $0.range.upperBound <= from }) ?? true ? cues.first(where: { isWord($0, .kinNoun)
            && $0.range.lowerBound >= from && $0.range.upperBound <= position && wordCount(from..<$0.range.lowerBound) <= 2 }) : nil)
            ?? kinRelativeClause(holding: position, after: binding.mention) ?? kinSubjectPastAside(before: position, bound: binding.mention) ?? versionOpening(from: from, before: position, bound: binding.mention, system: binding.system) {
            features.append(ReadingFeature(.relatedReference, words: text(kin.range), systems: [systemName(binding.system)]))
        }
        if !features.contains(where: { $0.kind == .ambiguousTopic }), let rival = familyRival(of: binding) {
            features.append(ReadingFeature(.ambiguousTopic, words: "", systems: systemNames([binding.system, rival])))
        }
        var before: [CueMatch] = []
        before.reserveCapacity(cues.count)
        for cue in cues where cue.range.lowerBound >= clauseFrom && cue.range.upperBound <= position { before.append(cue) }
        if let part = component(in: before, attribute: attribute, position: position) {
            features.append(ReadingFeature(.componentWord, words: text(part.range)))
        }
        if attribute == .missileMass || attribute == .systemMass, let count = countedMassSubject(before: position) {
            features.append(ReadingFeature(.countedItems, words: count))
        }
        // ("A diferencia del Strela-2, el Verba alcanza 6 km": a word inside a contrast
        // phrase is the phrase's, not a difference between two figures.)
        if let word = before.last(where: { word in
            isWord(word, .differenceWord) && !before.contains { isWord($0, .clauseBreak) && $0.range != word.range
                && $0.range.lowerBound <= word.range.lowerBound && $0.range.upperBound >= word.range.upperBound }
        }) {
            features.append(ReadingFeature(.differenceWord, words: text(word.range)))
        }
        // "The Piorun has a longer range than the Stinger's 9 km": a figure right after the
        // system compared with, or tied to it, may be that system's or a difference ("faster
        // than the Stinger, about 2,100 km/h" keeps the subject's figure: a comma stands between).
        if let comparison = before.last(where: { cue in
            guard case .comparison(_, let compared) = cue.cue else { return false }
            return compared == attribute
        }) {
            let tiedToObject = binding.mention.map { $0.range.lowerBound >= comparison.range.upperBound } ?? false
            let objectAttached = mentions.contains { mention in
                mention.named && mention.system != binding.system && mention.range.lowerBound >= comparison.range.upperBound
                    && mention.range.upperBound <= position && !hasPunctuation(mention.range.upperBound..<position)
            }
            if tiedToObject || objectAttached { features.append(ReadingFeature(.comparison, words: text(comparison.range))) }
        }
        // "«Верба» превосходит «Иглу-С» на 1 км по высоте", "Die Piorun übertrifft die Stinger
        // um 1,7 km": tied to the object of a verb that bounds (`structure.more_than`), with
        // another system named before the verb, the figure is a difference, or the object's
        // own figure set against the subject's: which is a guess.
        if let bound = binding.mention, bound.named, bound.range.upperBound <= position,
           let verb = before.last(where: { cue in
               isWord(cue, .moreThan) && cue.range.upperBound <= bound.range.lowerBound && wordCount(stretch(cue.range, bound.range)) <= 2
           }),
           mentions.contains(where: { $0.named && $0.system != bound.system && $0.range.upperBound <= verb.range.lowerBound }) {
            features.append(ReadingFeature(.comparison, words: text(verb.range)))
        }
        // A hedge or condition before the figure in its sentence, governing it ("If fired from a
        // mountain top, the Stinger might ...", "Perhaps the Igla, with its new motor, ...").
        if let hedge = cues.first(where: { isWord($0, .hedge) && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= position && hedgeReaches(from: $0.range, to: position) }) {
            features.append(ReadingFeature(.hedge, words: text(hedge.range)))
        }
        return features + layoutFeatures(of: quantity, binding: binding, cue: cue)
    }

    /// What the layout of the text says against a reading: where the name it is tied to
    /// stands (after the figure past punctuation, or on an earlier line), a quoting line,
    /// and another kind of figure between the cue and the figure. A plainly written claim
    /// names its system before the figure on the figure's own line, with its cue beside it.
    private func layoutFeatures(of quantity: QuantityMention, binding: Binding, cue: CueMatch?) -> [ReadingFeature] {
        var features: [ReadingFeature] = []
        let position = quantity.range.lowerBound
        if let bound = binding.mention, bound.named {
            let name = [systemName(binding.system)]
            if bound.range.lowerBound >= quantity.range.upperBound {
                let between = stretch(quantity.range, bound.range)
                if !bytes[between].contains(0x0A), hasPunctuationOutsideFigures(between) || opensConjunct(between, name: bound, like: quantity), !isInFrontedPhrase(quantity, of: bound) {
                    // Said while the article was about another system, the figure is that one's
                    // more likely than the later name's: left out.
                    let elsewhere = state.topic.map { $0.system != binding.system } ?? false
                    features.append(ReadingFeature(.nameAfterFigure, words: trimmed(between), systems: name, leavesFigureOut: elsewhere))
                }
            } else if bound.range.upperBound <= position, let lineBreak = (bound.range.upperBound..<position).first(where: { bytes[$0] == 0x0A }),
                      isHeading(endingAt: lineBreak), !isFieldLine(at: position) {
                features.append(ReadingFeature(.nameOnEarlierLine, words: bound.words, systems: name))
            }
        } else if binding.basis == .topic, state.headingNamed.contains(binding.system), !isFieldLine(at: position), !isListLine(at: position) {
            // "No Stinger lost, army says" above "A launcher with a range of 2 km stayed.": a
            // headline's system is the story's topic, but the story's first sentence may be
            // about anything under it. (A fact box's fields and a list's items under a name
            // are that name's: "### Bolide missile" above "- Range: 13 km".)
            features.append(ReadingFeature(.nameOnEarlierLine, words: binding.words, systems: [systemName(binding.system)]))
        }
        if let quote = quotingMark(ofLineAt: position) {
            features.append(ReadingFeature(.quotedLine, words: trimmed(quote..<min(position, quote + 40))))
        }
        if let cue, cue.range.upperBound <= position, let other = quantities.first(where: { other in
            other.range.lowerBound >= cue.range.upperBound && other.range.upperBound <= position && other.dimension != quantity.dimension && !mentions.contains { $0.named && $0.range.overlaps(other.range) }
        }) {
            features.append(ReadingFeature(.cueAcrossFigure, words: text(other.range)))
        } else if let cue, cue.range.upperBound <= position, clause(cue.range.lowerBound) != clause(position),
                  let other = quantities.last(where: { other in
                      other.dimension == quantity.dimension && other.range.upperBound <= position
                          && clause(other.range.lowerBound) == clause(cue.range.lowerBound)
                  }), cueFollowsFirstFigure(cue.range, like: quantity) {
            // "The original Strela-2 reached 3.6 km and only 1,600 m up; the Strela-2M pushed that
            // to 4.2 km": the cue comes from an earlier clause holding two figures of this kind,
            // written after the first of them, so it is the later one's; which of the two the
            // figure repeats is a guess. (A cue before both, "reached 3.6 km and 4.2 km; the
            // Igla 5.2 km", governs the whole clause.)
            features.append(ReadingFeature(.cueAcrossFigure, words: text(other.range)))
        } else if let cue, cue.range.upperBound <= position, hasPunctuation(cue.range.upperBound..<position),
                  binding.mention.map({ $0.named && $0.range.lowerBound >= quantity.range.upperBound }) ?? false,
                  let other = quantities.last(where: { other in
                      other.dimension == quantity.dimension && other.range.upperBound <= cue.range.lowerBound
                          && wordCount(other.range.upperBound..<cue.range.lowerBound) <= 1 && !hasPunctuation(other.range.upperBound..<cue.range.lowerBound)
                  }), quantities.filter({ $0.dimension == quantity.dimension && $0.range.upperBound <= cue.range.lowerBound }).count >= 2 {
            // "a 40 km de distancia y hasta 20.000 metros de altura, cifras modestas comparadas con
            // los 100 km del SAMP/T": a cue right after its own figure, one of two of the kind, taken
            // past a comma by a figure whose owner is named after it, may be that figure's alone.
            features.append(ReadingFeature(.cueAcrossFigure, words: text(other.range)))
        }
        // Three or more systems in the sentence: a list, unless the figure stands right after its own name ("Strzała-2
        // 3,6 km, Igła 5,2 km, a Piorun 6,5 km"), in a relative clause on it ("Strzała-3, która razi cele do 6,5 km"; set EZ),
        // or in a part between semicolons that names it alone, before the figure (`ownsSemicolonPart`).
        var named: [Int] = []
        for mention in outsideMentions.isEmpty ? mentions : mentions + outsideMentions
        where mention.named && !named.contains(mention.system) {
            named.append(mention.system)
        }
        let attached = binding.mention.map { bound in
            bound.named && (binding.basis == .relativeClause || bound.range.upperBound <= position && wordCount(bound.range.upperBound..<position) <= 2
                && !hasPunctuation(bound.range.upperBound..<position))
        } ?? false
        if named.count >= 3, !attached, !ownsSemicolonPart(binding.mention, before: position) {
            features.append(ReadingFeature(.systemList, words: "", systems: systemNames(named)))
        }
        // Three or more figures of its kind in a row, one word at most between each ("8 km,
        // 5.2 km and 9 km"): a list of figures, unless the figure follows its own name
        // ("Stinger 8 km, Igla 5,2 km, Piorun 6,5 km"). An envelope ("from 400 m out to
        // 6.5 km and from 10 metres up to 4 km") is no list.
        let kin = quantities.filter { $0.dimension == quantity.dimension }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        if let index = kin.firstIndex(where: { $0.range == quantity.range }), !attached {
            var first = index, last = index
            while first > 0, wordCount(stretch(kin[first - 1].range, kin[first].range)) <= 1 { first -= 1 }
            while last + 1 < kin.count, wordCount(stretch(kin[last].range, kin[last + 1].range)) <= 1 { last += 1 }
            if last - first >= 2 {
                features.append(ReadingFeature(.figureList, words: kin[first...last].map { text($0.range) }.joined(separator: ", ")))
            }
        }
        if isQuestion(after: quantity.range.upperBound) {
            features.append(ReadingFeature(.question, words: "?"))
        }
        if let quote = openQuotation(before: position) {
            features.append(ReadingFeature(.quotation, words: trimmed(quote..<min(position, quote + 40))))
        }
        // "El Stinger, ..., supera al Strela-2 en alcance: llega a 12 km": the figure's clause
        // names no system, the earlier clauses name several, and the figure was tied to one
        // that is not the first named (the sentence's subject): which is meant is a guess.
        // (Only where the name it is tied to is the object of a comparison, of a verb that
        // bounds ("supera al", "outranges the") or of a word of comparison ("1.5 kg more than
        // the Stinger, and reaches 6.5 km"); "Igła-S sięga 6 km, Igła natomiast 5,2 km"
        // gives each clause its own subject.)
        let boundIsObject = binding.mention.map { bound in
            bound.isObject || cues.contains { cue in
                guard cue.range.upperBound <= bound.range.lowerBound, wordCount(stretch(cue.range, bound.range)) <= 2 else { return false }
                if case .comparison = cue.cue { return true }
                return isWord(cue, .moreThan) || isWord(cue, .thanWord)
            }
        } ?? false
        if binding.basis == .namedInSentence, boundIsObject,
           !mentions.contains(where: { $0.named && $0.range.lowerBound >= clauseStart(position) && $0.range.upperBound <= position }) {
            var earlier: [Int] = []
            for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= position
                && !earlier.contains(mention.system) {
                earlier.append(mention.system)
            }
            if earlier.count >= 2, earlier.first != binding.system {
                features.append(ReadingFeature(.ambiguousClause, words: "", systems: systemNames(earlier)))
            }
        }
        if let bound = binding.mention, bound.weakName {
            // "Każda Osa ... mogła razić cele nawodne": the name is also a common word, and only
            // its engaging targets says it is the system; the missile boats engage targets too.
            features.append(ReadingFeature(.ambiguousName, words: bound.words))
        }
        if binding.basis == .topic {
            // "Los primeros, a 150 km; los Buk, a 40 km": a name later in the sentence, or a
            // name we do not know before the figure, is what the sentence is about.
            let later = (outsideMentions.isEmpty ? mentions : mentions + outsideMentions)
                .first { $0.named && $0.range.lowerBound >= quantity.range.upperBound }
            if let name = later?.words ?? unknownName(before: position, skipping: { isDeveloper($0, of: binding.system) }) ?? ambiguousOpening(before: position, topic: binding.system) {
                features.append(ReadingFeature(.unknownName, words: name))
            }
        } else if binding.basis == .referredBack, let bound = binding.mention, let name = bound.range.lowerBound >= quantity.range.upperBound
                    ? unknownName(before: position) : unknownRelativeOwner(after: bound.range.upperBound, before: position) {
            // "Ка-52 летает на высоте до 5500 м, так что сверху его не достать": a pronoun after
            // the figure is all that ties it to our system, while a name we do not know opens the clause
            // before it (or stands between it and the figure: "for its part, has fielded the Akash, which reaches").
            features.append(ReadingFeature(.unknownName, words: name))
        } else if binding.basis == .referredBack, let bound = binding.mention, let name = missileNounOwner(bound, before: position) {
            // "Rakiety odpalane z terytorium Gazy mają zasięg 50 km": the missiles may be that one's.
            features.append(ReadingFeature(.unknownName, words: name))
        }
        return features
    }

    /// Whether the figure's sentence asks rather than states: it ends with a question mark.
    private func isQuestion(after position: Int) -> Bool {
        let end = (min(position, range.upperBound)..<range.upperBound).first { [0x2E, 0x3F, 0x21, 0x0A].contains(bytes[$0]) }
        return end.map { bytes[$0] == 0x3F } ?? false
    }

    /// Where a quotation that is still open at `position` starts, when it holds three or
    /// more words before the figure (someone's words, not the article's: "«The Igla reaches
    /// 9 km», he said"); a quoted name («Игла») is closed before the figure or too short.
    func openQuotation(before position: Int) -> Int? {
        // Quotation marks nest («... «Иглы-С» ...»): the outermost still open counts.
        var opens: [Int] = []
        var straight: Int?
        var i = range.lowerBound
        while i < position {
            let b = bytes[i]
            if b == 0x22 {
                straight = straight == nil ? i : nil
            } else if b == 0xE2, i + 2 < position, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C,
                      let last = opens.last, bytes[last] == 0xE2, bytes[last + 2] == 0x9E {
                _ = opens.popLast()  // „...“ (German) closes with “
            } else if b == 0xE2, i + 2 < position, bytes[i + 1] == 0x80, [0x9C, 0x9E].contains(bytes[i + 2]) {
                opens.append(i)  // “ „
            } else if b == 0xC2, i + 1 < position, bytes[i + 1] == 0xAB {
                opens.append(i)  // «
            } else if (b == 0xE2 && i + 2 < position && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D)
                        || (b == 0xC2 && i + 1 < position && bytes[i + 1] == 0xBB) {
                _ = opens.popLast()  // ” »
            }
            i += 1
        }
        guard let start = opens.first ?? straight else { return nil }
        return wordCount(start..<position) >= 3 ? start : nil
    }

    /// Whether the figure's line is a field of a fact box under the system's name ("Range: 6 km",
    /// "Alcance | 6 km"): a few words and a colon, a bar or a tab before the figure, nothing else.
    private func isFieldLine(at position: Int) -> Bool {
        // A field's label is a few words: a line longer than this before the figure is none
        // (and a long line is not scanned back to its start for every figure on it).
        let limit = max(0, position - 256)
        var start = position
        while start > limit, bytes[start - 1] != 0x0A { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return false }
        guard let colon = (start..<position).last(where: { bytes[$0] == 0x3A || bytes[$0] == 0x7C || bytes[$0] == 0x09 }) else { return false }
        return wordCount(start..<colon) <= 4 && wordCount(colon..<position) <= 1
    }

    /// Where a line opens with a quoting mark (">") and the writer's own words follow on
    /// the next line that is not blank, as forum replies and mail quote another message, the mark's
    /// position; nil for any other line (a reply shown with ">" and nothing after it is
    /// the writer's own).
    func quotingMark(ofLineAt position: Int) -> Int? {
        // Back to the line's start and on to its end within the sentence, beyond it from
        // what `findLineEnds` found once per sentence (scans stay inside the sentence).
        let inSentence = position >= range.lowerBound && position <= range.upperBound
        if inSentence, !mayHaveQuotingLine { return nil }
        var start = position
        while start > (inSentence ? range.lowerBound : 0), bytes[start - 1] != 0x0A { start -= 1 }
        if inSentence, start == range.lowerBound { start = sentenceLineStart }
        while start < position, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < position, bytes[start] == 0x3E else { return nil }
        var next = position
        while next < (inSentence ? range.upperBound : bytes.count), bytes[next] != 0x0A { next += 1 }
        if inSentence, next == range.upperBound { next = lineBreakAfterSentence }
        next += 1
        // The reply may follow after blank lines ("> the Igla outranges the Stinger\n\nNot really."):
        // a forum or mail reply sets the quoted line off by an empty line as often as not.
        var blank = false
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D || bytes[next] == 0x0A {
            if bytes[next] == 0x0A { blank = true }
            next += 1
        }
        guard next < bytes.count, bytes[next] != 0x3E else { return nil }
        // Past a blank line the reply is prose (four words or more, not a bracketed note):
        // a transcript's "Reply" or "Respuesta 2" heads the next quoted reply, whose ">" line
        // is that replier's own words.
        if blank {
            guard bytes[next] != 0x5B, bytes[next] != 0x28 else { return nil }
            var spaces = 0
            var k = next
            while k < bytes.count, bytes[k] != 0x0A, spaces < 3 {
                if bytes[k] == 0x20 { spaces += 1 }
                k += 1
            }
            guard spaces >= 3 else { return nil }
        }
        return start
    }

    /// The text of a range without the spaces around it.
    private func trimmed(_ r: Range<Int>) -> String {
        text(r).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Another system named before the figure in its sentence, fewer words from it than the
    /// mention the figure is tied to ("Igla-1: 5 km" on a line above "Strela-2: 3.6 km").
    private func competingName(_ quantity: QuantityMention, _ binding: Binding) -> ReadingFeature? {
        guard let bound = binding.mention else { return nil }
        let boundDistance = wordCount(gap(bound.range, quantity.range))
        var best: (mention: Mention, distance: Int)?
        for other in outsideMentions.isEmpty ? mentions : mentions + outsideMentions where other.named && other.system != binding.system
            && other.range.upperBound <= quantity.range.lowerBound && !other.isObject && !other.apposition
            && !isInOtherRelativeClause(other, than: quantity.range.lowerBound) && !ownsFigure(before: other)
            && !isAside(other, before: quantity.range.lowerBound) {
            let distance = wordCount(stretch(other.range, quantity.range))
            // A name before the figure wins a tie against one after it ("Igla-1: 5 km" above "Strela-2: ...").
            let nearer = distance < boundDistance || (distance == boundDistance && bound.range.lowerBound >= quantity.range.upperBound)
            if nearer, best.map({ distance < $0.distance }) ?? true { best = (other, distance) }
        }
        guard let other = best?.mention else { return nil }
        return ReadingFeature(.competingName, words: other.system >= 0 ? systemName(other.system) : other.words)
    }

    /// A pronoun ("it", "su") after two or more systems named in its sentence,
    /// or followed by a word for a relative ("its successor").
    func referenceFeature(_ binding: Binding) -> ReadingFeature? {
        guard let reference = binding.mention else { return nil }
        // "ihre Vorgängerin Igla", "its predecessor, the Igla": the name is a relative of the subject.
        // So is the name after a version noun ("an upgraded version of the SA-7 that Soviet
        // units fielded from 1970", "промежуточный вариант «Иглы», принятый ... в 1981 году"): the
        // clause after it may describe the version, not the name.
        if reference.named, let kin = lastCue(where: { cue in
            isWord(cue, .kinNoun) && cue.range.upperBound <= reference.range.lowerBound
                && isKinLink(stretch(cue.range, reference.range))
        }) ?? (versionNoun(before: reference.range) ?? versionNoun(after: reference)).map({ CueMatch(range: $0, cue: .word(.versionNoun)) }),
           !opensWithKinApposition(kin.range, name: reference.range) {
            return ReadingFeature(.relatedReference, words: text(min(kin.range.lowerBound, reference.range.lowerBound)..<max(kin.range.upperBound, reference.range.upperBound)),
                                  systems: [systemName(binding.system)])
        }
        guard binding.basis == .referredBack, !reference.named else { return nil }
        if let kin = cues.first(where: { cue in
            // (Past a comma the kin noun is an apposition: "El misil, sucesor del Grom, ...".)
            isWord(cue, .kinNoun) && cue.range.lowerBound >= reference.range.upperBound
                && wordCount(stretch(reference.range, cue.range)) == 0 && !hasPunctuation(stretch(reference.range, cue.range))
        }) {
            return ReadingFeature(.relatedReference, words: text(reference.range.lowerBound..<kin.range.upperBound),
                                  systems: [systemName(binding.system)])
        }
        var named: [Int] = []
        // (Not the object of a kin noun: "Grom, poprzednik Pioruna, ..., a jego pocisk" is the Grom's.)
        for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= reference.range.lowerBound
            && !named.contains(mention.system) && !(mention.isObject && followsKinNoun(mention.range)) {
            named.append(mention.system)
        }
        // "amerykański pocisk": an origin word says which system the reference means; so does
        // one right after it where adjectives follow their noun ("Le missile français, mis en
        // œuvre par ...", "el sistema ruso": blind set UM).
        let qualified = cues.contains { cue in
            guard case .origin(let code) = cue.cue else { return false }
            if cue.range.lowerBound >= reference.range.upperBound {
                return !reference.pronoun && binding.system >= 0 && catalog.systems[binding.system].origin == code && wordCount(stretch(reference.range, cue.range)) == 0 && !hasPunctuation(stretch(reference.range, cue.range))
            }
            return cue.range.upperBound <= reference.range.lowerBound && wordCount(stretch(cue.range, reference.range)) == 0
        }
        if named.isEmpty, !qualified, let systems = newerAmong(state.lastNamed, older: state.lastOlder, bound: binding.system, reference: reference.range)
            ?? olderAmong(state.lastNamed, older: state.lastOlder, bound: binding.system, reference: reference.range) {
            return ReadingFeature(.ambiguousReference, words: reference.words, systems: systemNames(systems))
        }
        // "A Patriot battery intercepted a Kinzhal. It flies at Mach 10": a pronoun opening a
        // sentence that names nothing before it may mean the outside system the sentence before named after the record.
        // (Not one named only to say what a hull is, "on a Leopard 1 hull", unless the word
        // names its kind: "The vehicle" is the Gepard, "The tank" may be the Leopard.)
        if named.isEmpty, !reference.possessive, !qualified, let outside = state.outsideAfterRecord,
           state.outsideQualifierKind.map({ kind in lastWord(in: reference.range).map { kind.contains($0.lowercased()) } ?? true }) ?? true,
           !reference.pronoun || wordCount(range.lowerBound..<reference.range.lowerBound) <= 1 || opensClauseAfterComma(reference.range),
           !outsideMentions.contains(where: { $0.range.upperBound <= reference.range.lowerBound }) {
            return ReadingFeature(.ambiguousReference, words: reference.words, systems: [systemName(binding.system), outside])
        }
        // "... SA-7 Strela-2, copiés en Chine sous le nom de HN-5. Ce missile de 9,15 kg" (blind set HR): a demonstrative noun, tied to one not last named, may mean any.
        // (Not when the others are only a kin noun's objects: "Le FIM-43 Redeye, ancêtre du
        // Stinger, fut livré ... Entré en service en 1968, ce missile ...", blind set UR.)
        if named.isEmpty, !reference.pronoun, !qualified, state.lastNamed.count >= 2, state.lastNamed.last != binding.system,
           state.lastNamed.filter({ !state.lastKinObjects.contains($0) }) != [binding.system],
           firstWord(in: reference.range).map({ isIn(.demonstrative, $0.lowercased()) }) ?? false, !formerNamed(binding.system, before: reference.range.upperBound),
           !cues.contains(where: { $0.range.overlaps(reference.range) && (isWord($0, .firstOfTwo) || isWord($0, .secondOfTwo)) }) {
            return ReadingFeature(.ambiguousReference, words: reference.words, systems: systemNames(state.lastNamed))
        }
        guard named.count >= 2, reference.pronoun, !qualified, !isSettledReference(reference.range, system: binding.system) else { return nil }
        return ReadingFeature(.ambiguousReference, words: reference.words, systems: systemNames(named))
    }

    /// For a mass, a part of the weapon before the figure in its clause, with no system or
    /// reference between it and the figure: a component noun of the pack, or a warhead cue
    /// when the figure is read as the missile's or the system's mass.
    private func component(in before: [CueMatch], attribute: Attribute, position: Int) -> CueMatch? {
        // Only masses: a part's mass is the kind read wrongly ("the gripstock for 2 kg"); a
        // part's range is a sensor's, vetoed by the extractor. (Compared, not looked up in a
        // set built at each call.)
        guard attribute == .missileMass || attribute == .systemMass else { return nil }
        // "the complete weapon with its launch tube ... 13.3 kg": a cue of the whole system says whose mass it is.
        if before.contains(where: { $0.cue == .attribute(.systemMass) }) { return nil }
        guard let part = before.last(where: { cue in
            if isWord(cue, .componentNoun) { return true }
            if case .attribute(.warheadMass) = cue.cue { return true }
            return false
        }) else { return nil }
        // "Der Suchkopf der Piorun erfasst ..., der Flugkörper reicht 6,5 km": a system or a
        // reference after the part is the figure's subject.
        // (A pronoun there may be the part's own: "la batterie pèse à elle seule 2 kg".)
        let between = mentions.contains { !$0.pronoun && $0.range.lowerBound >= part.range.upperBound && $0.range.upperBound <= position }
        // "the launcher with battery and missile weighs 17.9 kg": parts listed with the missile are the whole.
        let withMissile = containsWord(in: part.range.upperBound..<position, of: .missileNoun)
        return between || withMissile ? nil : part
    }

    /// Whether the clause of a cue holds two or more figures of a figure's kind and the cue
    /// stands after the first of them ("reached 3.6 km and only 1,600 m up").
    private func cueFollowsFirstFigure(_ cue: Range<Int>, like quantity: QuantityMention) -> Bool {
        let here = clause(cue.lowerBound)
        let figures = quantities.filter { $0.dimension == quantity.dimension && clause($0.range.lowerBound) == here }
        guard figures.count >= 2, let first = figures.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return false }
        return cue.lowerBound >= first.range.upperBound
    }

    /// Words in a range besides articles and determiners.
    /// "Su sucesor, el Igla-S, llega a 14 km", "Its successor, the Igla-S, reaches 6 km": a
    /// kin noun that opens the sentence (a possessive at most before it), then the relative's
    /// name set off by commas. The name is the sentence's subject, so the figures after it are
    /// that name's, not a guess between it and the system the sentence is about.
    private func opensWithKinApposition(_ kin: Range<Int>, name: Range<Int>) -> Bool {
        let lead = range.lowerBound..<kin.lowerBound
        guard wordCount(lead) <= 1, !hasPunctuation(lead) else { return false }
        // "Sein Nachfolger Skyranger 30 reicht ...": no comma, the name right after the kin noun
        // of an opening possessive; the name is the clause's subject (see `findMentions`).
        if wordCount(stretch(kin, name)) == 0, !hasPunctuation(stretch(kin, name)), possessiveRightBefore(kin) { return true }
        guard stretch(kin, name).contains(where: { bytes[$0] == 0x2C }) else { return false }
        // (A comma closes the apposition, right after the name or past a phrase of its own:
        // "Its predecessor, the Starstreak HVM fielded by the British Army in 1997, reaches 4 km".)
        var k = name.upperBound
        while k < min(range.upperBound, name.upperBound + 96), !hasPunctuation(k..<(k + 1)) { k += 1 }
        return k < range.upperBound && bytes[k] == 0x2C && !mentions.contains { $0.named && (name.upperBound..<k).contains($0.range.lowerBound) }
    }

    /// Whether a name stands right after a figure with no punctuation between, as its owner
    /// ("10,8 kg bei der Igla, 10,1 kg bei der Stinger"): then it is that figure's, not a
    /// competitor for the next one.
    private func ownsFigure(before mention: Mention) -> Bool {
        quantities.contains { q in
            q.range.upperBound <= mention.range.lowerBound && wordCount(stretch(q.range, mention.range)) <= 3
                && !hasPunctuation(stretch(q.range, mention.range))
        }
    }
}

extension SentenceAnalysis {
    /// Whether `mention` is the only system named in the part of its sentence, between
    /// semicolons, that holds the figure at `position`, and is named before it: "el Strela-2M
    /// alcanza 4,2 km; el Strela-3 ... pesa 24 kg; el Igla llega a 5.200 m" (blind set NC,
    /// written the same way in de, fr, ru and pl there). Each part is a clause with a subject of
    /// its own, so the sentence's other names are no rivals for the figure. False in a sentence
    /// with no semicolon.
    func ownsSemicolonPart(_ mention: Mention?, before position: Int) -> Bool {
        guard let mention, mention.named, mention.range.upperBound <= position else { return false }
        var start = position, end = position
        while start > range.lowerBound, bytes[start - 1] != 0x3B { start -= 1 }
        while end < range.upperBound, bytes[end] != 0x3B { end += 1 }
        guard start > range.lowerBound || end < range.upperBound, mention.range.lowerBound >= start else { return false }
        let part = start..<end
        return !mentions.contains { $0.named && $0.system != mention.system && part.contains($0.range.lowerBound) }
            && !outsideMentions.contains { part.contains($0.range.lowerBound) }
    }
}

extension SentenceAnalysis {
    /// Whether a semicolon stands between `position` and the later `mention`, and the part of
    /// the sentence holding `position` opens with a capitalised word that is no cue of ours and
    /// no article or determiner: a subject of its own, which the database does not know or the
    /// text did not support ("Buk, wprowadzony w 1979 roku, rozpędza pocisk do Mach 3; 9K330 Tor
    /// (1986) ma pocisk ..."; blind set NC). A part opening with an article or a possessive ("The
    /// missile homes on heat; the Stinger entered service in 1981") may still mean the name after.
    func ownSubjectBeforeSemicolon(_ position: Int, _ mention: Mention) -> Bool {
        guard let semicolon = (position..<mention.range.lowerBound).first(where: { bytes[$0] == 0x3B }) else { return false }
        var start = position
        while start > range.lowerBound, bytes[start - 1] != 0x3B { start -= 1 }
        guard let first = firstWordRange(in: start..<semicolon) else { return false }
        let word = text(first)
        guard let scalar = word.unicodeScalars.first, scalar.properties.isUppercase,
              !isIn(.definiteArticle, word.lowercased()), !isIn(.determiner, word.lowercased()) else { return false }
        return !cues.contains { $0.range.overlaps(first) }
    }
}
