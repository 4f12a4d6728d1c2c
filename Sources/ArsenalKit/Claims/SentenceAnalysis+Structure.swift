/// Clause breaks, mentions of systems and which system a position belongs to.
extension SentenceAnalysis {
    // MARK: Structure

    func findBreaks() {
        for (index, cue) in cues.enumerated() where isWord(cue, .clauseBreak) && !continuesTargetList(at: index) {
            breaks.append(cue.range.lowerBound)
        }
        var i = range.lowerBound
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while i < range.upperBound {
            // Eight bytes at a time past text with no ";", ":", "(", ")", "," or dash lead byte.
            if i + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if ByteText.matches(0x3B, in: word) | ByteText.matches(0x3A, in: word) | ByteText.matches(0x28, in: word)
                    | ByteText.matches(0x29, in: word) | ByteText.matches(0x2C, in: word) | ByteText.matches(0xE2, in: word) == 0 {
                    i += 8
                    continue
                }
            }
            let stop = min(i + 8, range.upperBound)
            while i < stop {
                let b = bytes[i]
                if b == 0x3B || b == 0x28 || b == 0x29 || b == 0x3A && !Self.isTimeColon(bytes, at: i, in: range) {
                    breaks.append(i)
                } else if b == 0x2C, Self.startsCoordination(bytes, at: i + 1, end: range.upperBound, coordinators: vocabulary.coordinators) {
                    breaks.append(i)  // ", and the Stinger ...": a new clause
                } else if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93,
                          i > range.lowerBound, bytes[i - 1] == 0x20 {
                    breaks.append(i)  // a spaced em or en dash sets off a clause
                }
                i += 1
            }
        }
        breaks.sort()
    }

    /// The clause number of a position within the sentence.
    func clause(_ position: Int) -> Int {
        var low = 0
        var high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid] <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func clauseStart(_ position: Int) -> Int {
        let index = clause(position)
        return index == 0 ? range.lowerBound : breaks[index - 1]
    }

    func findMentions() {
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }
        // About a mention per name or reference cue: room made once, not doubled from empty.
        var possible = 0
        for cue in cues {
            switch cue.cue {
            case .system, .reference: possible += 1
            default: continue
            }
        }
        if possible > 1 { mentions.reserveCapacity(possible) }
        var objectStarts: Set<Int> = []
        // (The objects of contrasts and comparisons alone, not of kin nouns.)
        var contrastObjects: Set<Int> = []
        exampleSites = findExampleSites()
        // Objects of comparisons and contrasts: the first name right after the phrase; not a
        // name given as an example of a category ("sistemas portátiles como el Stinger").
        for cue in cues where !exampleSites.contains(where: { $0.intro.overlaps(cue.range) }) {
            let isComparison: Bool
            switch cue.cue {
            case .comparison: isComparison = true
            case .word(.clauseBreak): isComparison = isContrast(text(cue.range))
            // ("One soldier carries the Stinger": a person carrying it, not a vehicle's load.)
            case .word(.componentIntro): isComparison = !cues.contains { isWord($0, .crewPerson) && $0.range.upperBound <= cue.range.lowerBound && wordCount(stretch($0.range, cue.range)) == 0 }
            // "El misil polaco, sucesor del Grom, fue adoptado en 2019": the relative named
            // after a kin noun is an object, not the sentence's subject ("Jego następcą jest
            // Piorun, wprowadzony w 2019": after a copula it is the subject).
            case .word(.kinNoun): isComparison = true
            // "one fewer than the Soviet Shilka": measured against (not "Als die Stinger kam").
            case .word(.thanWord): isComparison = wordCount(clauseStart(cue.range.lowerBound)..<cue.range.lowerBound) > 0
            default: isComparison = false
            }
            guard isComparison else { continue }
            let isKin = cue.cue == .word(.kinNoun)
            // (Not a load: "transportiert vier Stinger-Raketen" keeps its object.)
            let counted: Bool
            switch cue.cue {
            case .comparison, .word(.thanWord): counted = true
            default: counted = false
            }
            // "вдвое тяжелее, чем у «Стингера»": a comma and a "than" word right after the
            // comparative open its object as the comparative itself would.
            var opening = cue.range
            if case .comparison = cue.cue, cue.range.upperBound + 2 < range.upperBound, bytes[cue.range.upperBound] == 0x2C,
               let than = cues.first(where: { isWord($0, .thanWord) && $0.range.lowerBound == cue.range.upperBound + 2 }) {
                opening = than.range
            }
            // (Up to three words between: "na bazie zmodernizowanych pocisków przeciwlotniczych
            // Grom", "unlike the older Soviet Strela-2".)
            // (A figure may stand between a "than" word and its object: "чем заявленные 400 км у С-400".)
            if let object = names.first(where: { name in
                name.range.lowerBound >= opening.upperBound
                    && wordCount(stretch(opening, name.range)) <= (counted && quantities.contains { $0.dimension != nil && stretch(opening, name.range).contains($0.range.lowerBound) } ? 5 : 3)
                    && !hasPunctuation(stretch(opening, name.range))
                    && !(isKin && containsWord(in: stretch(opening, name.range), of: .copula))
                    // ("verfügt über mehr als 5000 Igla-S", "more than 1,000 Stingers": a number
                    // after it, its bound, counts the name, which is no object of a comparison;
                    // one noun may stand between: "более 20 комплексов «Панцирь-С1»".)
                    && (!counted || !quantities.contains { $0.dimension == nil && $0.range.upperBound > opening.lowerBound && $0.range.upperBound <= name.range.lowerBound
                        && wordCount($0.range.upperBound..<name.range.lowerBound) <= 1 })
                    // ("Besides them come 500 Stingers": a pronoun is the object.)
                    // ("W przeciwieństwie do systemu Rapier": a noun right before the name heads it.)
                    && !cues.contains { $0.cue == .reference && $0.range.lowerBound >= opening.upperBound && $0.range.upperBound <= name.range.lowerBound
                        && $0.range.upperBound + 1 != name.range.lowerBound }
            }) {
                // "its successor Piorun reaches ...": a name right after a kin noun opening its clause
                // with a possessive is the relative in apposition, the clause's subject, not an object
                // ("Die Igla-S übertrifft ihre Vorgängerin Igla": an object still).
                if isKin, wordCount(stretch(opening, object.range)) == 0, possessiveRightBefore(cue.range),
                   wordCount(clauseStart(cue.range.lowerBound)..<cue.range.lowerBound) <= 1 { continue }
                // ("niesie cztery pociski Grom lub Piorun": the names coordinated with it are objects too.)
                for item in [object] + coordinatedNames(after: object, in: names) {
                    objectStarts.insert(item.range.lowerBound)
                    if !isKin, cue.cue != .word(.thanWord) { contrastObjects.insert(item.range.lowerBound) }
                }
            } else if !isKin, cue.cue != .word(.thanWord), let pronoun = contrastedReference(after: opening) {
                objectStarts.insert(pronoun)
                contrastObjects.insert(pronoun)
            }
        }
        // "The FIM-92B variant of the Stinger": the family named after its variant is an object.
        objectStarts.formUnion(familyNamesAfterVariants(names).union(namesInBeforePhrase(names)).union(kinCompoundNames(names)).union(ownerPhraseBases(names)))
        // Appositions: "the Verba, the successor of the Igla-S, weighs"; "«Стрела-2М» —
        // модернизированный вариант «Стрелы-2», принятый ...".
        var appositions: Set<Int> = []
        let folded = foldingBracketedAliases(names)
        for (index, name) in folded.enumerated() {
            // Before the first name, a word referring back may head the apposition ("Cette
            // arme russe, une version modernisée de l'Igla, peut frapper ..."): the last one
            // before the comma that opens it.
            // Or a system we do not hold ("The Poprad, a vehicle with four Piorun missiles, ...").
            guard let previous = index > 0 ? folded[index - 1] : referenceHeadingApposition(of: name) ?? cues.last(where: { cue in
                guard case .outsideSystem = cue.cue else { return false }
                return cue.range.upperBound <= name.range.lowerBound
            }) else { continue }
            let between = stretch(previous.range, name.range)
            // One qualifier may stand between the name and the comma ("El QW-2 chino, una
            // evolución del QW-1,"); the apposition may run to six words before its name
            // ("the Strela-2M, an improved version of the Strela-2,").
            let opening = qualifierEnd(after: pastBracket(after: previous.range.upperBound, before: name.range.lowerBound), before: name.range.lowerBound)
            let separator = Self.appositionSeparator(bytes, after: opening, end: name.range.lowerBound)
            // "Strzała-2M to zmodernizowana wersja radzieckiego zestawu Strzała-2, wprowadzona ...":
            // a copula opens the apposition as a comma does.
            let copular = separator == 0 && isCopularApposition(between)
            guard !between.isEmpty, separator > 0 || copular, wordCount(between) <= (copular ? 8 : 7), wordCount(between) >= 1, !isSuccessorInOpening(previous.range),
                  copular || !hasPunctuation(opening + separator..<name.range.lowerBound) else { continue }
            // "Kyiv had Stingers, and London offered Starstreak, a weapon ...": a coordinator after
            // the comma opens a clause of its own, not an apposition.
            if !copular, let first = firstWord(in: opening + separator..<name.range.lowerBound),
               vocabulary.coordinators.contains(where: { $0.count == first.utf8.count + 2 && $0.dropFirst().dropLast().elementsEqual(first.utf8) }) {
                continue
            }
            // "Il doit remplacer le S-300PS, tandis que le S-400, en service depuis 2007, ...": nor
            // does a clause break that is no contrast (blind set EW).
            if !copular, let first = wordRanges(in: opening + separator..<name.range.lowerBound).first, cues.contains(where: {
                isWord($0, .clauseBreak) && $0.range.lowerBound == first.lowerBound && !isContrast(text($0.range))
            }) { continue }
            // "Die Verba reicht, anders als die Strela-2 mit ihren 3,6 km, ...", "Piorun, w odróżnieniu od Stingera o zasięgu
            // 4,8 km,": a contrast's object after a verb or right after the comma keeps its own figure.
            if !copular, opening != previous.range.upperBound || contrastObjects.contains(name.range.lowerBound),
               objectStarts.contains(name.range.lowerBound) { continue }
            // "Unlike the Stinger, the Piorun, in service since 2019, reaches 6.5 km": the comma
            // after a contrast's object closes the contrast, and the name after it opens the main
            // clause; only a kin or version noun makes it an apposition of the object ("Unlike
            // the Igla, an older version of the Igla-S, ...").
            if contrastObjects.contains(previous.range.lowerBound), !cues.contains(where: { cue in
                (isWord(cue, .kinNoun) || isWord(cue, .versionNoun)) && between.contains(cue.range.lowerBound)
            }) { continue }
            // (Past a bracket after the name: "zestawu Grom (w służbie od 1995 r.), trafił".)
            var k = pastBracket(after: name.range.upperBound, before: range.upperBound)
            var words = 0
            // A spaced dash closes it, whatever opened it ("Piorun – rozwinięcie zestawu Grom – jest").
            var dashClosed = false
            // (A colon closes it too: "Redeye (FIM-43), the Stinger's predecessor: range 4.5 km".)
            // (A decimal comma is none: "el Piorun alcanza 6,5 km", blind set HD.)
            while k < range.upperBound, bytes[k] != 0x2C || isDecimalComma(at: k), bytes[k] != 0x3A, words <= Self.appositionTail {
                if bytes[k] == 0x2E || bytes[k] == 0x3B { break }
                // (A comma's one may close with a dash before fields: "Sky Sabre, the Rapier's replacement – Range: 25 km".)
                if Self.isSpacedDash(bytes, at: k, end: range.upperBound) { dashClosed = true; break }
                if bytes[k] == 0x20 { words += 1 }
                k += 1
            }
            // A name a copula makes the predicate of the clause ("The Piorun is essentially a
            // Grom with a better seeker") owns nothing of it: the rest describes the subject,
            // named first in the clause ("Chinas Gegenstück zur Igla ist die FN-6" has the FN-6
            // for its subject).
            // (So does a spaced dash, the copula of ru and pl: "«Игла» — советский аналог «Стингера» с дальностью 5,2 км".)
            let dashed = separator > 0 && bytes[opening] != 0x2C && Self.isSpacedDash(bytes, at: opening + separator - 5, end: name.range.lowerBound)
            let predicate = (copular || dashed) && wordCount(between) <= 4 && index > 0 && opensClause(previous.range)
            if k < range.upperBound, bytes[k] == 0x2C || bytes[k] == 0x3A || dashClosed || predicate {
                objectStarts.insert(name.range.lowerBound)
                appositions.insert(name.range.lowerBound)
            }
        }
        // (The last other owner: "Вертолёты летают низко, а комплекс весит": a noun in a later clause is not its.)
        var owner: Int?
        for cue in cues {
            switch cue.cue {
            case .system(let named):
                // "the latest Mistral" after the Mistral 3 was named: the newest variant named so far.
                let system = newerRelative(of: (named, ""), reference: cue.range)?.0 ?? named
                mentions.append(Mention(
                    range: cue.range, system: system, named: true, pronoun: false, possessive: isPossessive(cue.range),
                    isObject: objectStarts.contains(cue.range.lowerBound) || bracketedAliasOfObject(cue.range, system: system), words: text(cue.range),
                    apposition: appositions.contains(cue.range.lowerBound), weakName: cue.weakContext,
                    contrasted: contrastObjects.contains(cue.range.lowerBound) || bracketedAliasOfObject(cue.range, system: system, contrasted: true)))
                owner = nil
            case .target, .word(.otherOwner), .outsideSystem:
                owner = cue.range.lowerBound
            case .reference:
                // "Pantsir-SA": a word joined to the one before by a hyphen is part of a name.
                if cue.range.lowerBound > range.lowerBound, bytes[cue.range.lowerBound - 1] == 0x2D { continue }
                // "pociski CAMM systemu Narew": a reference word right before a name it does not know names that.
                if namesUnknownThing(after: cue.range.upperBound, names: names) || opensRelativeClause(cue.range) || isDemonstrativeDeterminer(cue.range)
                    || names.contains(where: { $0.range.lowerBound == cue.range.upperBound + 1 && bytes[cue.range.upperBound] == 0x20 }) { continue }
                // "contre les missiles balistiques", "le missile hypersonique": a reference inside a longer phrase for another owner, or a narrow target's, is that phrase's.
                // ("по его словам": a pronoun inside an attribution is the speaker's; blind set JT, ru.)
                if cues.contains(where: { isWord($0, .otherOwner) && $0.range.lowerBound < cue.range.lowerBound && $0.range.upperBound >= cue.range.upperBound
                    || isWord($0, .attribution) && $0.range.lowerBound < cue.range.lowerBound && $0.range.upperBound >= cue.range.upperBound
                    || isWord($0, .narrowTarget) && $0.range.overlaps(cue.range) && ($0.range.upperBound > cue.range.upperBound || $0.range.lowerBound < cue.range.lowerBound)
                    // ("крылатые ракеты", "los misiles de crucero": a target phrase holding it.)
                    || { if case .target = $0.cue { true } else { false } }($0) && $0.range.lowerBound <= cue.range.lowerBound && $0.range.upperBound >= cue.range.upperBound && $0.range.count > cue.range.count }) { continue }
                let words = text(cue.range)
                let pronoun = !words.utf8.contains(0x20)
                let sawOwner = owner.map { at in !cues.contains { isWord($0, .originHead) && $0.range == cue.range }
                    || clause(at) == clause(cue.range.lowerBound) && !(at..<cue.range.lowerBound).contains { Self.isClausePunctuation(bytes, at: $0) } } ?? false
                let antecedent: (Int, String)?
                let lastRecord = mentions.last(where: { $0.named && !$0.isObject })?.range.lowerBound ?? -1
                let lastOutside = lastCue(where: { if case .outsideSystem = $0.cue { $0.range.upperBound <= cue.range.lowerBound } else { false } })
                if let matched = originAntecedent(of: cue.range, names: names, after: true) {
                    // "the American missile": the system of that origin.
                    antecedent = matched
                } else if let ordered = formerOrLatter(cue.range) {
                    // "the Verba and the Igla-S ..., but the former ... against 3.5 km for the latter".
                    antecedent = ordered
                } else if let lastOutside, lastOutside.range.lowerBound > lastRecord {
                    // "The Javelin ... its range": the system outside the database named last owns it.
                    antecedent = nil
                } else if mentions.isEmpty, state.outsideFocus != nil {
                    antecedent = nil
                } else if let first = firstWord(in: cue.range), isIn(.demonstrative, first), mentions.last(where: \.named)?.contrasted == true,
                          let resolved = contrastResolvedOwner(of: cue.range) {
                    // "Contrairement au Stinger, ce missile est guidé ...": the other side of the contrast (blind set JE, fr).
                    antecedent = resolved
                } else if let first = firstWord(in: cue.range), isIn(.demonstrative, first),
                          let last = mentions.last(where: \.named).map({ ($0.system, $0.words) })
                            ?? (pronoun && mentions.isEmpty ? (state.lastReferredAfterName ?? state.lastNamed.last).map { ($0, state.spelling[$0] ?? "") } : nil) {
                    // "relies on NASAMS ...: that system covers 30 km": the name last before it
                    // in the sentence (across sentences the topic decides, as for "the system";
                    // a demonstrative pronoun means the last name of the sentence before: "...,
                    // sondern eine ukrainische S-200. Deren Raketen reichen rund 320 Kilometer weit").
                    antecedent = last
                } else if let resolved = (pronoun ? clauseOwner(of: cue.range) : nil) ?? contrastResolvedOwner(of: cue.range) ?? replacedOlder(cue.range) {
                    antecedent = resolved
                } else if let labelled = nameLabelling(cue.range) {
                    // "Buk-M1 – zasięg 45 km; S-300PS – pocisk o prędkości ...": a reference right
                    // after a name and a dash or colon opens the name's own entry of a list.
                    antecedent = (labelled.system, labelled.words)
                } else if let subject = (pronoun && !sawOwner ? nounReference(after: lastRecord) : nil) ?? mentions.first(where: { $0.named && !$0.isObject }) {
                    antecedent = (subject.system, subject.words)
                } else if !pronoun, let earlier = mentions.last(where: { !$0.named && !$0.isObject }) {
                    // "Su buscador ..., y el misil, que pesa 16,5 kg": a noun after a reference
                    // earlier in its sentence, no name between, means what that reference meant.
                    antecedent = (earlier.system, earlier.words)
                } else if pronoun {
                    // "Russian drones ... some of them": a pronoun after another owner is not ours.
                    antecedent = sawOwner ? nil : state.focus.map { ($0.system, $0.words) }
                } else {
                    antecedent = state.topic.map { ($0.system, $0.words) }
                }
                if let antecedent = antecedent.map({ newerRelative(of: $0, reference: cue.range) ?? $0 }).flatMap({ startsDesignation(cue.range) ? nil : vehicleAntecedent($0, reference: cue.range) }) {
                    mentions.append(Mention(
                        range: cue.range, system: antecedent.0, named: false, pronoun: pronoun, possessive: isPossessive(cue.range),
                        isObject: objectStarts.contains(cue.range.lowerBound), words: words, contrasted: contrastObjects.contains(cue.range.lowerBound)))
                }
            case .word(.originHead):
                // "der amerikanische Flugkörper": a head noun after an origin word refers back
                // to the system of that origin, where the pack lists no bare reference noun.
                if !mentions.contains(where: { $0.range.overlaps(cue.range) }),
                   !names.contains(where: { $0.range.lowerBound >= cue.range.upperBound && wordCount(stretch(cue.range, $0.range)) <= 1 }),
                   let matched = originAntecedent(of: cue.range, names: names),
                   // (Also when that system was named in an earlier clause of the sentence, if
                   // no figure opens the head's clause: "The Stinger is faster than the HN-5A; the
                   // Chinese missile reaches only 4.4 km", "a zasięg chińskiej broni to 4,4 km"
                   // (blind set AL, en and pl); not "6.5 km against 4.8 km for the American
                   // weapon", a figure's owner in a comparison.)
                   !mentions.contains(where: { $0.system == matched.0 && (clause($0.range.lowerBound) == clause(cue.range.lowerBound)
                       || quantities.contains { clauseStart(cue.range.lowerBound) <= $0.range.lowerBound && $0.range.lowerBound < cue.range.lowerBound }) }) {
                    mentions.append(Mention(range: cue.range, system: matched.0, named: false, pronoun: false,
                                            possessive: false, isObject: objectStarts.contains(cue.range.lowerBound), words: text(cue.range),
                                            contrasted: contrastObjects.contains(cue.range.lowerBound)))
                }
            case .origin:
                // "Der amerikanische Flugkörper wiegt 10,1 kg, der britische erreicht Mach 3,5":
                // an origin word between a definite article and a verb or cue stands for its noun.
                if let matched = ellipticalOrigin(cue, names: names) {
                    mentions.append(Mention(range: cue.range, system: matched.0, named: false, pronoun: false,
                                            possessive: false, isObject: false, words: text(cue.range)))
                }
            default:
                break
            }
        }
    }

    /// Whether `family` is `system`'s base, or its base's base (`extends` in the records).
    func isAncestor(_ family: Int, of system: Int) -> Bool {
        var id = catalog.systems[system].extends
        var steps = 0
        while let current = id, steps < 8 {
            if current == catalog.systems[family].id { return true }
            id = catalog.system(id: current)?.extends
            steps += 1
        }
        return false
    }

    /// Whether a capitalised word that is not a catalog name follows right after `position`
    /// (one space between). A word that starts a cue of the pack is a known word, not a name
    /// (German capitalises every noun: "trifft sie Ziele", "bekämpft sie Flugzeuge"; nor is a
    /// noun of missiles or weapons there, compounds too: "seine Abfangraketen".)
    func namesUnknownThing(after position: Int, names: [CueMatch]) -> Bool {
        guard position + 1 < range.upperBound, bytes[position] == 0x20 else { return false }
        let (scalar, _) = ByteText.scalar(at: position + 1, bytes)
        guard let value = Unicode.Scalar(scalar), value.properties.isUppercase else { return false }
        if cues.contains(where: { $0.range.lowerBound == position + 1 }) { return false }
        if vocabulary.capitalisedNouns, let word = words(in: (position + 1)..<range.upperBound, limit: 1).first {
            let lower = word.lowercased()
            return !(isIn(.missileNoun, lower) || isIn(.weaponNoun, lower))
        }
        return true
    }

    // MARK: Binding
    /// How a claim was tied to its system.
    struct Binding {
        var mention: Mention?
        var system: Int
        var words: String
        var reason: String
        /// The system outside the database the claim belongs to (then `system` is negative).
        var outside: UnknownSystem? = nil
        /// How the system was tied (issue 8: whether it is established).
        var basis: ClaimGrounding.SystemBasis = .namedInClause
    }

    /// The system a claim at `position` is about. With `inSentence`, only a system named or
    /// referred to in the sentence will do, unless the sentence has no subject of its own
    /// (Spanish drops pronouns: "Puede dispararse al hombro") and names no other owner.
    /// Systems outside the database compete as owners: when one wins, the binding is nil,
    /// or with `allowOutside` a binding naming it (`outside`).
    func bind(_ position: Int, excluding excluded: Int? = nil, inSentence: Bool = false, allowOutside: Bool = false) -> Binding? {
        guard let binding = bindAny(position, excluding: excluded, inSentence: inSentence) else { return nil }
        return binding.outside == nil || allowOutside ? binding : nil
    }

    private func bindAny(_ position: Int, excluding excluded: Int?, inSentence: Bool) -> Binding? {
        // (A kin noun's relative is no subject: "Es el sucesor del Igla-S y entró en servicio
        // en 2014" has none of its own, as "Entró en servicio en 2014" has none.)
        let allowTopic = !inSentence
            || (allKinObjects(mentions) && outsideMentions.isEmpty && !hasOtherOwner(before: position))
        let here = clause(position)
        let all = outsideMentions.isEmpty ? mentions : (mentions + outsideMentions).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let candidates = excluded == nil ? all : all.filter { $0.system != excluded }
        // A name in brackets closed before the claim is an aside ("Die Igla-S (in der Ukraine
        // neben der Stinger im Einsatz) reicht sechs Kilometer weit"): it owns nothing after them.
        let before = candidates.filter { $0.range.lowerBound < position && !isAside($0, before: position) }
        let after = candidates.filter { $0.range.lowerBound >= position }
        func describe(_ mention: Mention, _ reason: StaticString, _ basis: ClaimGrounding.SystemBasis) -> Binding {
            var binding = Binding(mention: mention, system: mention.system, words: mention.words, reason: "", basis: mention.named ? basis : .referredBack)
            if mention.system < 0 {
                binding.outside = unknownSystem(mention.system)
                if explain { binding.reason = "\(reason), a system the database does not hold" }
                return binding
            }
            if explain {
                binding.reason = mention.named ? "\(reason)" : "\(reason), \"\(mention.words)\" referring to \(catalog.systems[mention.system].name)"
            }
            return binding
        }
        // "unlike the Strela-2, which reaches 3.6 km": the relative clause's figure is the Strela-2's.
        if let owner = relativeOwner(of: position), owner.system != excluded {
            return describe(owner, "named right before the relative clause holding the claim", .relativeClause)
        }
        if let owner = contrastPairOwner(of: position), owner.system != excluded { return describe(owner, "named on the same side of a pair set against another pair", .namedInClause) }
        if let owner = contrastAsideOwner(of: position, among: before), owner.system != excluded {
            return describe(owner, "named right before the phrase set off after a contrast, holding the claim", .apposition)
        }
        if let owner = trailingAppositionOwner(of: position, among: candidates.filter { $0.range.lowerBound < position }), owner.system != excluded {
            return describe(owner, "named right before the apposition holding the claim", .apposition)
        }
        if let owner = withPhraseOwner(of: position, among: before), owner.system != excluded { return describe(owner, "named right before the with-phrase holding the claim", .apposition) }
        // "heavier than the Stinger's 10.1 kg": a possessive name right before the figure owns
        // it, even as the object of a comparison.
        if let owner = before.last, owner.named, owner.range.upperBound <= position, possessiveGap(owner.range.upperBound..<position) {
            return describe(owner, "named in the possessive right before the claim", .namedInClause)
        }
        // "heavier than the Stinger (10.1 kg)", "schwerer als die des Stinger (10,1 kg)": so does
        // a name right before a bracket that opens with the figure.
        if let owner = before.last, owner.named, owner.range.upperBound <= position, bracketGap(owner.range.upperBound..<position) {
            return describe(owner, "named right before the bracket the claim opens", .namedInClause)
        }
        if let owner = bracketOwner(of: position, among: before), owner.system != excluded {
            return describe(owner, "named right before the bracket holding the claim", .namedInClause)
        }
        if let m = before.last(where: { clause($0.range.lowerBound) == here && !$0.isObject && !ownsFrontedFigure($0, before: position) }) {
            // "the Stinger teams guarding it reach 4.8 km": a word referring back to another
            // system after the clause's named subject is an object; the subject owns the figure.
            // (Not a kin noun standing for a system: "su sucesor alcanzaba 5 km" is its own subject.)
            if !m.named, !m.kinReference, let subject = before.first(where: { clause($0.range.lowerBound) == here && !$0.isObject }),
               subject.named, subject.system != m.system, !ownsFrontedFigure(subject, before: m.range.lowerBound),
               !before.contains(where: { $0.named && $0.system == m.system && $0.range.lowerBound > subject.range.lowerBound }) {
                return describe(subject, "the subject of the claim's clause, named before a word referring to another system", .namedInClause)
            }
            return describe(m, "named before the claim in its clause", .namedInClause)
        }
        if let m = subjectBeforeBracket(of: position, among: before), m.system != excluded { return describe(m, "named right before the bracket the claim's clause follows", .namedInClause) }
        // A pronoun after the figure ("..., so they are equal") does not outrank a name before it.
        if let m = after.first(where: { clause($0.range.lowerBound) == here && !$0.isObject && ($0.named || !before.contains(where: \.named))
            && !opensLaterRow($0, after: position) && !ownsFigureAfter($0, like: position) && !inLaterRelativeClause($0, after: position)
            && !setAgainstLaterFigure(at: position, owner: $0) && !isReplacedName($0) }) {
            return describe(m, "named after the claim in its clause", .namedInClause)
        }
        // "Die Stinger-Teams, die ihn ergänzen, decken ... rund acht Kilometer ab": the main clause goes on past a relative clause, and its subject is the name the relative clause follows.
        // (Not past a semicolon, which ends the main clause too: "...8,000 metres; Poland's own Narew programme buys"; blind set JD.)
        let start = clauseStart(position)
        if let resumed = relativeClauses.last(where: { $0.range.upperBound == start && $0.owner.range.upperBound <= $0.range.lowerBound }),
           !endsWithSemicolon(before: start),
           resumed.owner.named, !resumed.owner.isObject, resumed.owner.system != excluded,
           !before.contains(where: { $0.named && $0.range.lowerBound >= start }) {
            return describe(resumed.owner, "named before the relative clause the claim's clause follows", .namedInClause)
        }
        // An apposition's name ("«Стрела-2М» — вариант «Стрелы-2», принятый ...") owns no figure
        // of its clause when the subject was named before it; nor does a contrast's object
        // once a comma or a coordinator closes the contrast ("and, unlike the older Igla, a
        // dual-band seeker"; "developed based on the Grom and entered service in 2019").
        // A relative named after a kin noun owns none of its clause's figures either: "Es el
        // sucesor del Igla-S y entró en servicio en 2014" says when the subject (left unsaid,
        // the topic) entered service.
        var kinObjects: [Mention] = []
        if cues.contains(where: { $0.cue == .word(.kinNoun) }) {
            for mention in before where isKinObject(mention) { kinObjects.append(mention) }
        }
        if let m = before.last(where: { candidate in
            clause(candidate.range.lowerBound) == here && !candidate.apposition
                && !(candidate.isObject && ((candidate.range.upperBound..<position).contains { bytes[$0] == 0x2C }
                    || (hasCoordinator(in: candidate.range.upperBound..<position) && !isLoad(candidate))))
                && !kinObjects.contains(where: { kin in kin.range == candidate.range }) && !ownsFrontedFigure(candidate, before: position)
        }) {
            return describe(m, "named before the claim in its clause", .namedInClause)
        }
        // A name inside a relative clause the claim is not in ("El Piorun polaco, que ... contra
        // helicópteros Ka-52, alcanza 6,5 km") owns nothing outside it.
        if let m = before.last(where: { !$0.isObject && !isInOtherRelativeClause($0, than: position) && !qualifiesPart($0)
            && !isVehicleCutOff($0, from: position) && !ownsFrontedFigure($0, before: position) }) {
            return describe(m, "named earlier in the sentence", .namedInSentence)
        }
        let noOwnerBefore = before.allSatisfy { mention in kinObjects.contains { $0.range == mention.range } || ownsFrontedFigure(mention, before: position) }
        if allowTopic, noOwnerBefore, let outside = state.outsideFocus {
            return Binding(mention: nil, system: -1, words: outside.mention,
                           reason: "no system named before it in the sentence; the latest subject, \(outside.mention), is not in the database",
                           outside: outside, basis: .topic)
        }
        if allowTopic, noOwnerBefore, let topic = state.topic, topic.system != excluded {
            if let newer = newerRelative(of: (topic.system, topic.words), reference: clauseStart(position)..<position) {
                return Binding(mention: nil, system: newer.0, words: newer.1, reason: "no system named before it in the sentence; "
                               + "a word for \"new\" opens its clause: the newest variant of the article's topic named so far", basis: .topic)
            }
            return Binding(mention: nil, system: topic.system, words: topic.words,
                           reason: "no system named before it in the sentence; the article's topic so far", basis: .topic)
        }
        if let m = after.first(where: { !$0.isObject && !($0.named && isPastContrast($0, from: position)) && !inLaterRelativeClause($0, after: position) && !isReplacedName($0) }), !ownSubjectBeforeSemicolon(position, m) {
            return describe(m, "named later in the sentence", .namedLater)
        }
        return nil
    }

    /// Whether `mention` is the relative a predicate kin noun names ("es el sucesor del
    /// Igla-S", "is a development of the Igla"): an object, at most two words after a kin
    /// noun that a copula stands at most two words before. (A kin noun that is itself the
    /// subject, "La versión de exportación del Mistral se limitó a 4 km", says the figure is
    /// the relative's: it stays tied to the name, as a guess.)
    /// Whether every one of `mentions` is a kin noun's relative (`isKinObject`).
    func allKinObjects(_ mentions: [Mention]) -> Bool {
        for mention in mentions where !isKinObject(mention) { return false }
        return true
    }

    func isKinObject(_ mention: Mention) -> Bool {
        guard mention.isObject, mention.named else { return false }
        return cues.contains { cue in
            guard isWord(cue, .kinNoun), cue.range.upperBound <= mention.range.lowerBound else { return false }
            let between = stretch(cue.range, mention.range)
            guard wordCount(between) <= 2, !hasPunctuation(between) else { return false }
            let lead = clauseStart(cue.range.lowerBound)..<cue.range.lowerBound
            return !hasPunctuation(lead) && words(in: lead).suffix(3).contains { isIn(.copula, $0) }
        }
    }

    /// Whether an owner other than a system ("airliner", "typically", "a MANPADS", an
    /// unknown designation such as "JF-17") stands in the sentence before `position`.
    func hasOtherOwner(before position: Int) -> Bool {
        cues.contains { cue in
            cue.range.upperBound <= position && (isWord(cue, .otherOwner) || isWord(cue, .generic))
        } || hasForeignDesignation(range.lowerBound..<position)
    }

    /// Whether a range holds a designation that is not a catalog name ("JF-17", "Mi-8",
    /// "F-35", "Su-30MK2", "Ми-28"): capitals, a hyphen and digits, outside any system name.
    func hasForeignDesignation(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            guard let k = designationHeadEnd(at: i, limit: r.upperBound) else {
                i += 1
                continue
            }
            let inName = cues.contains { if case .system = $0.cue { return $0.range.contains(i) } else { return false } }
            if !inName { return true }
            i = k + 1
        }
        return false
    }

    /// Whether the figure at `quantity`, tied by `binding`, belongs to something else.
    func ownedByOther(_ quantity: QuantityMention, binding: Binding) -> Bool {
        let position = quantity.range.lowerBound
        if classOwns(binding) { return true }
        // "the 180 km Taiwan Strait": a figure right before another owner is that owner's.
        if cues.contains(where: { isWord($0, .otherOwner) && $0.range.lowerBound >= quantity.range.upperBound
            && wordCount(stretch(quantity.range, $0.range)) <= 1
            && !hasPunctuation(stretch(quantity.range, $0.range)) }) {
            return true
        }
        if quantity.dimension == .mass, targetOwnsMass(quantity) { return true }
        if bracketedAfterOtherOwner(quantity) { return true }
        // "can hit targets flying at Mach 3": the targets' speed.
        if quantity.dimension == .speed, cues.contains(where: { cue in
            guard cue.cue == .targetVerb || isWord(cue, .targetGovernorAfter), cue.range.upperBound <= position else { return false }
            guard let first = firstWord(in: cue.range) else { return false }
            return isIn(.targetNoun, first) && wordCount(cue.range.upperBound..<position) <= 3
        }) {
            return true
        }
        // "engage jets flying at 350 m/s", "derribar aviones que vuelan a 900 km/h", "strącił cel
        // lecący z prędkością 400 km/h", "zestrzelił śmigłowiec, który leciał z prędkością 300
        // km/h": a speed a few words after a target word or target noun is the target's, also
        // in a relative clause opened right after it.
        if quantity.dimension == .speed, isTargetsSpeed(at: position) { return true }
        if quantity.dimension == .mass, let mention = binding.mention, partOwnsMass(of: mention, quantity) { return true }
        // "a Starstreak dart weighs": the name qualifies a part.
        if let mention = binding.mention, mention.named, cues.contains(where: { isWord($0, .partNoun)
            && $0.range.lowerBound >= mention.range.upperBound && wordCount(stretch(mention.range, $0.range)) == 0 }) {
            return true
        }
        if quantity.dimension == .mass, partOwnsMass(before: position) { return true }
        let start: Int
        let viaTopic = binding.mention == nil
        var precedes = false
        // The name a relative clause describes precedes its figures as a subject does ("the
        // FN-6, which has a missile of 10.77 kg").
        if let mention = binding.mention, mention.range.upperBound <= position,
           clause(mention.range.lowerBound) == clause(position) || relativeOwner(of: position)?.range == mention.range {
            start = mention.range.upperBound
            precedes = true
        } else {
            start = ownerClauseStart(position)
        }
        if hasForeignDesignation(start..<position) { return true }
        for (index, cue) in cues.enumerated() where cue.range.lowerBound >= start && cue.range.upperBound <= position {
            switch cue.cue {
            case .word(let word) where (word == .otherOwner || (word == .gunNoun && gunOwns(cue, before: position, system: binding.system))) && !ownsEarlierFigure(cue, not: quantity) && !isShotAt(cue, after: start, before: position)
                && !(precedes && isEnclosedByCommas(cue.range, after: start, before: position) && !headsRelativeClause(cue.range, before: position)): return true
            case .word(.generic) where viaTopic || !precedes: return true
            // "homes on an aircraft's engine heat": a target in the possessive owns the noun
            // after it, not the clause's figures; nor an anti-prefixed one ("anti-aircraft") or one in an aside.
            case .target where (!governedTargets.contains(index) || (viaTopic && prepositionTargets.contains(index)))
                && !isPossessive(cue.range) && !possessiveGap(cue.range.upperBound..<nextSpace(after: cue.range.upperBound))
                && !isAntiPrefixed(cue.range.lowerBound) && !(precedes && isEnclosedByCommas(cue.range, after: start, before: position))
                && !engagedAfter(cue.range, before: position):
                return true
            default: break
            }
        }
        return false
    }
}
