/// Counts: inventories, crews and years of entry into service.
extension SentenceAnalysis {
    // MARK: Counts: inventories, crews, service entry

    /// Words allowed between a count and the system it counts ("5,000 Russian-made Igla-S").
    func countsThrough(_ r: Range<Int>) -> Bool {
        guard !hasPunctuation(r) else { return false }
        var covered = 0
        for cue in cues where cue.range.lowerBound >= r.lowerBound && cue.range.upperBound <= r.upperBound {
            switch cue.cue {
            case .origin, .manPortable, .systemClass, .nonClaim(.counts): covered += wordCount(cue.range)
            default: break
            }
        }
        let words = wordCount(r)
        let adjectives = countAdjectives(text(r))
        return words - covered - adjectives <= 0
    }

    func countAdjectives(_ text: String) -> Int {
        // (No class, no adjective: the text is not split.)
        guard wordSets[.countAdjective] != nil else { return 0 }
        var total = 0
        for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }) where isIn(.countAdjective, String(word)) {
            total += word.split(separator: "-").count
        }
        return total
    }

    /// Man-portability phrases that name a person or a single one and follow a verb of
    /// operating ("operated by a single soldier", "fired by one soldier", "lo maneja un único
    /// soldado", "обслуживается одним человеком"), at most a firing position between ("fired
    /// from the shoulder by a single soldier"): they state a crew, not a carry. A phrase
    /// naming neither ("fired on the shoulder") stays a carry.
    func crewPhrases() -> [Range<Int>] {
        cues.filter { cue in
            cue.cue == .manPortable && cues.contains { person in
                (isWord(person, .crewPerson) || isWord(person, .singleWord)) && person.range.lowerBound >= cue.range.lowerBound
                    && person.range.upperBound <= cue.range.upperBound
            } && cues.contains { verb in
                isWord(verb, .crewVerb) && verb.range.upperBound <= cue.range.lowerBound
                    && wordsOutsideCarryPhrases(stretch(verb.range, cue.range)) <= 1
                    && !hasPunctuation(stretch(verb.range, cue.range))
            }
        }.map(\.range)
    }

    func countClaims() -> [Claim] {
        // Nothing to count: no bare number and no "single" word (the lists below cost allocations).
        guard quantities.contains(where: \.isBareNumber) || cues.contains(where: { isWord($0, .singleWord) }) else { return [] }
        var claims: [Claim] = []
        let crewSites = crewPhrases()
        let carryRanges = cues.filter { $0.cue == .manPortable && !crewSites.contains($0.range) }.map(\.range)
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }.map(\.range)
        for quantity in quantities where quantity.isBareNumber && !names.contains(where: { $0.overlaps(quantity.range) }) {
            if quantity.isYearLike {
                if isDecade(quantity) { continue }
                if let claim = serviceEntry(quantity) ?? successorEntry(quantity) { claims.append(claim) }
                continue
            }
            if let claim = inventory(quantity) {
                claims.append(claim)
                continue
            }
            if let claim = crew(quantity.value, quantity.numberRange, quote: text(quantity.numberRange), carryRanges: carryRanges) {
                claims.append(claim)
            }
        }
        // "a single soldier", "un solo soldado" with a crew verb.
        for cue in cues where isWord(cue, .singleWord) {
            guard let person = cues.first(where: { isWord($0, .crewPerson) && $0.range.lowerBound >= cue.range.upperBound
                && wordCount(stretch(cue.range, $0.range)) == 0 }) else { continue }
            let span = cue.range.lowerBound..<person.range.upperBound
            if quantities.contains(where: { $0.range.overlaps(span) }) { continue }
            if let claim = crew(1, cue.range, quote: text(span), carryRanges: carryRanges) { claims.append(claim) }
        }
        return claims
    }

    /// A stockpile: a count of at least ten right before a system's name ("5,000 Igla-S",
    /// "2,000 Stingers") or before "missiles" in a sentence about one system.
    func inventory(_ quantity: QuantityMention) -> Claim? {
        guard quantity.value >= 10, !isTransfer(quantity) else { return nil }
        let quote = text(quantity.numberRange)
        var target: (system: Int, words: String, end: Int, reason: String)?
        if let mention = mentions.first(where: { $0.named && $0.range.lowerBound >= quantity.range.upperBound }),
           countsThrough(stretch(quantity.range, mention.range)) {
            target = (mention.system, mention.words, mention.range.upperBound, "named right after the count")
        } else if let noun = cues.first(where: { $0.cue == .nonClaim(.counts) && $0.range.lowerBound >= quantity.range.upperBound }),
                  isWeaponNoun(text(noun.range)), countsThrough(stretch(quantity.range, noun.range)),
                  let binding = bind(quantity.range.lowerBound) {
            target = (binding.system, binding.words, noun.range.upperBound, binding.reason)
        }
        guard let target else { return nil }
        let number = NumericClaim(bound: quantity.bound, value: quantity.value, halfStep: Self.halfStep(quantity), unit: "units", text: quote)
        let span = quantity.range.lowerBound..<target.end
        return Claim(
            systemID: catalog.systems[target.system].id, attribute: .inventory, value: .number(number), range: span,
            trace: makeTrace(
                systemWords: target.words, systemReason: target.reason, cueWords: text(span),
                attributeReason: "a count right before a system's name, or before \"missiles\", counts how many are held",
                parsed: "\(quote) = \(FigureText.number(quantity.value, maxFractionDigits: 3)), bound \(quantity.bound.rawValue)"))
    }

    /// "Deutschland hat 500 Stinger bestellt", "wystrzeliła 83 rakiety", "40 Raketen pro
    /// Monat": a word of ordering, delivering, making or firing (pack `structure.transfer_words`)
    /// in the count's clause makes it a transaction, not a stockpile; so does one anywhere
    /// before a parenthesis holding the count.
    func isTransfer(_ quantity: QuantityMention) -> Bool {
        let here = clause(quantity.range.lowerBound)
        // A list after a colon belongs to the clause before it ("A new batch has reached
        // the Army: 24 launchers and 100 missiles").
        let afterColon = here > 0 && bytes[breaks[here - 1]] == 0x3A
        // A count in parentheses details what the sentence before it did ("orders from the
        // United States, Estonia (300 missiles and 100 launchers) and Norway").
        if let open = openParenthesis(before: quantity.range.lowerBound),
           cues.contains(where: { isWord($0, .transfer) && $0.range.upperBound <= open }) {
            return true
        }
        return cues.contains { cue in
            guard isWord(cue, .transfer) else { return false }
            let clauseOfCue = clause(cue.range.lowerBound)
            return clauseOfCue == here || (afterColon && clauseOfCue == here - 1)
        }
    }

    /// Whether the sentence is about an aircraft a weapon shoots at, not about a weapon: it
    /// names no system, and opens with a target ("The helicopters, flying at around 3,000
    /// feet, returned safely with their three crew each"), at most a determiner before it.
    /// A crew counted there is the aircraft's.
    func isAboutTarget(before position: Int) -> Bool {
        guard !mentions.contains(where: \.named) else { return false }
        guard let target = cues.first(where: { cue in
            if case .target = cue.cue { return cue.range.upperBound <= position }
            return false
        }) else { return false }
        let head = words(in: range.lowerBound..<target.range.lowerBound)
        return head.count <= 1 && head.allSatisfy { isIn(.determiner, $0) || isIn(.definiteArticle, $0) }
    }

    /// The position of a parenthesis opened before `position` in the sentence and not closed
    /// by then, or nil.
    func openParenthesis(before position: Int) -> Int? {
        var i = position - 1
        while i >= range.lowerBound {
            if bytes[i] == 0x29 { return nil }
            if bytes[i] == 0x28 { return i }
            i -= 1
        }
        return nil
    }

    func isWeaponNoun(_ words: String) -> Bool {
        isIn(.weaponNoun, words.lowercased())
    }

    /// A crew size: a small count next to a crew cue ("a crew of three", "two-man crew"), or
    /// a count of persons next to a verb of operating ("operated by one soldier", "lo sirven
    /// dos militares"); a verb of carrying makes it man-portability instead.
    func crew(_ value: Double, _ countRange: Range<Int>, quote: String, carryRanges: [Range<Int>]) -> Claim? {
        guard value >= 1, value <= 6, value == value.rounded() else { return nil }
        if carryRanges.contains(where: { $0.overlaps(countRange) }) { return nil }
        // "so it is not a true one-man weapon": a denied crew size states none.
        if isNegated(countRange.lowerBound) { return nil }
        // "ein Gepard-Team holte zwei Shahed-Drohnen vom Himmel", "a Stinger team shot down two
        // drones", "carries two missiles", "за одну ночь": a noun right after the count says
        // what it counts (targets, things, a span of time), not the crew.
        if countsThings(countRange) || countsCrews(countRange) || countsSuchCrews(countRange) || precedesArticle(countRange) { return nil }
        // "plaisante un servant ukrainien", "ein Soldat der Flugabwehr": an indefinite article
        // (a word for one that is also a determiner of the pack) right before a word for a crew
        // member is the noun's article, not a crew of one ("un seul servant" is a cue of its own;
        // after a verb of operating, "von einem Soldaten bedient", "servi par un homme", it counts).
        if value == 1, isIn(.determiner, lowercasedText(countRange)), !cues.contains(where: { cue in
            cue.cue == .attribute(.crew) && (cue.range.overlaps(countRange)
                || cue.range.upperBound <= countRange.lowerBound && countRange.lowerBound - cue.range.upperBound <= 2)
        }), cues.contains(where: { cue in
            (cue.cue == .attribute(.crew) || isWord(cue, .crewPerson)) && cue.range.lowerBound > countRange.upperBound
                && cue.range.lowerBound - countRange.upperBound <= 2 && wordCount(countRange.upperBound..<cue.range.lowerBound) == 0
        }) { return nil }
        func near(_ cue: CueMatch, before: Int, after: Int) -> Bool {
            if cue.range.overlaps(countRange) { return true }
            let between = gap(cue.range, countRange)
            // "trzech członków załogi i dwie armaty 35 mm", "a crew of three and two guns": a
            // coordinator after the cue opens the next item of a list; its count is not the
            // crew's (blind set AH, pl).
            if cue.range.upperBound <= countRange.lowerBound,
               containsWord(in: between, where: { isCoordinator($0) }) {
                return false
            }
            // "Crew: 2" (a fact box's label and its value) is next to its cue.
            if cue.range.upperBound <= countRange.lowerBound, isLabelColon(between) { return isLabelValue(cue.range, countRange) }
            if hasPunctuation(between) { return false }
            // In characters, not bytes: Cyrillic is as near as Latin; a name counts as one
            // ("Расчёт ПЗРК «Стингер» состоит из трёх человек").
            var distance = characterCount(between)
            for mention in mentions where mention.named && between.contains(mention.range.lowerBound) && mention.range.upperBound <= between.upperBound {
                distance -= characterCount(mention.range) - 1
            }
            return cue.range.upperBound <= countRange.lowerBound ? distance <= before : distance <= after
        }
        // "one sight per team": a part named between the count and a crew cue after it is
        // what the count counts.
        let crewCue = cues.first { cue in
            cue.cue == .attribute(.crew) && !carryRanges.contains(where: cue.range.overlaps) && near(cue, before: 25, after: 20) && !actsBetween(cue.range, countRange)
                // "A Gepard crew of three finished off two more": a count between the cue and
                // this one is the cue's, and so is one inside it ("équipage de trois hommes dispose de deux radars").
                && !quantities.contains(where: { gap(cue.range, countRange).contains($0.numberRange.lowerBound) || $0.range != countRange && cue.range.contains($0.numberRange.lowerBound) })
                // "mit drei Mann Besatzung habe in der Nacht fünf von sieben Drohnen": a count
                // right before the cue is its crew; a later one counts something else (blind set UA),
                // unless a word for a person follows it ("mit drei Soldaten": a crew of its own).
                && !(cue.range.upperBound <= countRange.lowerBound && !cues.contains(where: { isWord($0, .crewPerson) && $0.range.lowerBound >= countRange.upperBound
                    && wordCount(stretch(countRange, $0.range)) <= 1 }) && quantities.contains(where: { $0.range != countRange && $0.range.upperBound <= cue.range.lowerBound
                    && wordCount($0.range.upperBound..<cue.range.lowerBound) <= 1 && !hasPunctuation($0.range.upperBound..<cue.range.lowerBound) }))
                && !(cue.range.lowerBound >= countRange.upperBound && cues.contains { part in
                    (isWord(part, .componentNoun) || isWord(part, .partNoun)) && part.range.lowerBound >= countRange.upperBound
                        && part.range.upperBound <= cue.range.lowerBound
                })
        }
        let person = cues.first { isWord($0, .crewPerson) && $0.range.lowerBound >= countRange.upperBound
            && wordCount(stretch(countRange, $0.range)) <= 1 && !hasPunctuation(stretch(countRange, $0.range)) }
        let verb = person == nil ? nil : cues.first { cue in
            isWord(cue, .crewVerb) && !isInOwnerPhrase(cue) && wordCount(gap(cue.range, countRange.lowerBound..<(person!.range.upperBound))) <= 4
                && !hasPunctuation(gap(cue.range, countRange.lowerBound..<(person!.range.upperBound)))
        }
        let carry = cues.contains { cue in
            isWord(cue, .carryVerb) && wordCount(gap(cue.range, countRange)) <= 4 && !hasPunctuation(gap(cue.range, countRange))
        }
        // "легко переносит один человек": one person carrying is man-portability
        // (carriedByOneClaims), even where the pack lists "один человек" as a crew cue.
        // So is "wird von einem Schützen getragen": the crew cue is the person carried by.
        if carry, value == 1, let crewCue, crewCue.range.overlaps(countRange) || crewCue.range == person?.range { return nil }
        guard let cue = crewCue ?? verb, !carry || crewCue != nil, let binding = bind(countRange.lowerBound, inSentence: true) else {
            return nil
        }
        if isAboutTarget(before: countRange.lowerBound) { return nil }
        // (A self-propelled gun or a vehicle-borne short-range system is its vehicle: "Die
        // Besatzung des Flakpanzers Gepard", "pojazd obsługuje załoga" count its own crew.)
        if let crewCue, crewsVehicle(crewCue.range), binding.system < 0 || ![.spaag, .shorad].contains(catalog.systems[binding.system].kind) { return nil }
        var span = min(cue.range.lowerBound, countRange.lowerBound)..<max(cue.range.upperBound, countRange.upperBound)
        if let person { span = span.lowerBound..<max(span.upperBound, person.range.upperBound) }
        // "also von einem Mann weniger als die Schilka", "one man fewer than the Shilka": a
        // comparative right after the count's noun makes it a difference (blind set DO, de).
        if cues.contains(where: { cue in
            let comparative: Bool
            switch cue.cue {
            case .comparison(let relation, _): comparative = relation != .similarTo
            case .word(.comparativeLess), .word(.comparativeGreater): comparative = true
            default: comparative = false
            }
            guard comparative, cue.range.lowerBound >= span.upperBound else { return false }
            let after = span.upperBound..<cue.range.lowerBound
            return wordCount(after) == 0 && !hasPunctuation(after)
        }) {
            return nil
        }
        let number = NumericClaim(bound: .exact, value: value, halfStep: 0, unit: "persons", text: quote)
        var claim = Claim(
            systemID: catalog.systems[binding.system].id, attribute: .spec(.crew), value: .number(number), range: span,
            trace: makeTrace(
                systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                attributeReason: crewCue != nil ? "a small count next to a crew cue is the crew size" : "a count of persons next to a verb of operating is the crew size",
                parsed: "\(quote) = \(FigureText.number(value, maxFractionDigits: 0)) persons"))
        // How the system was tied, as for a figure: the topic or a reference may be a guess.
        claim.grounding = ClaimGrounding(system: binding.basis, attribute: .phrase)
        claim.grounding.features = crewFeatures(binding, at: countRange.lowerBound)
        if let reason = ellipticalDoubt(at: countRange.lowerBound, binding: binding) { claim.grounding.doubt(.system, reason) }
        return claim
    }

    /// Whether a crew cue belongs to a vehicle (pack `structure.vehicle_nouns`): one of its
    /// nouns among the three words after the cue with no punctuation between ("Obsługa
    /// pojazdu", "Расчёт машины", "the crew of the vehicle"), or the word right before it
    /// ("the vehicle's crew"). The crew counted is the vehicle's, not its weapon's (blind
    /// sets 6 and 7, ru and pl).
    func crewsVehicle(_ cue: Range<Int>) -> Bool {
        guard wordSets[.vehicleNoun] != nil else { return false }
        var found = false
        var seen = 0
        let end = min(range.upperBound, cue.upperBound + 40)
        scanWords(in: cue.upperBound..<end) { word in
            if hasPunctuation(cue.upperBound..<word.lowerBound) { return false }
            seen += 1
            found = isIn(.vehicleNoun, lowercasedText(word))
            return !found && seen < 3
        }
        if found { return true }
        guard let before = lastWordRange(before: cue.lowerBound), !hasPunctuation(before.upperBound..<cue.lowerBound) else { return false }
        var word = lowercasedText(before)
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
        return isIn(.vehicleNoun, word)
    }

    /// Whether a system's name follows the count with nothing but spaces or quotation marks
    /// between ("crews fired three Stingers", "Obsługa odpaliła dwa Pioruny", "Die Besatzung
    /// feuerte zwei Stinger ab", "выпустили три «Стингера»"): the count is of missiles fired or
    /// delivered, not the crew; unless a crew person follows the name ("two Stinger gunners").
    func countsNamedSystem(_ countRange: Range<Int>) -> Bool {
        guard let mention = mentions.first(where: { $0.named && $0.range.lowerBound >= countRange.upperBound }) else { return false }
        let between = countRange.upperBound..<mention.range.lowerBound
        guard wordCount(between) == 0, characterCount(between) <= 3 else { return false }
        return !cues.contains { cue in
            isWord(cue, .crewPerson) && cue.range.lowerBound >= mention.range.upperBound
                && wordCount(mention.range.upperBound..<cue.range.lowerBound) == 0
                && !hasPunctuation(mention.range.upperBound..<cue.range.lowerBound)
        }
    }

    /// Whether a range is a colon with at most spaces around it, on one line: "Crew: 2".
    func isLabelColon(_ r: Range<Int>) -> Bool {
        var colons = 0
        for i in r {
            switch bytes[i] {
            case 0x3A: colons += 1
            case 0x20: continue
            default: return false
            }
        }
        return colons == 1
    }

    /// Words a service-entry phrase may stand before its year, the last a preposition ("with the Polish Army in").
    static let serviceEntryReach = 6

    /// Words a service-entry phrase may stand after a year that opens its clause with its
    /// own preposition ("Seit 1997 steht das System bei der British Army im Dienst").
    static let fronted = 8

    /// Whether a year is written as a decade: one of the pack's `decade_suffixes` right after
    /// it, closing the word ("с 1980-х годов", "в 1980-е").
    func isDecade(_ quantity: QuantityMention) -> Bool {
        let end = quantity.range.upperBound
        for suffix in vocabulary.decadeSuffixes where end + suffix.count <= range.upperBound {
            guard (0..<suffix.count).allSatisfy({ bytes[end + $0] == suffix[$0] }) else { continue }
            let after = end + suffix.count
            if after >= bytes.count || !TextScan.isWordScalar(at: after, in: bytes) { return true }
        }
        return false
    }

    /// A year right after "entered service in", "in service since", or, where the verb comes
    /// last (German "wurde 1981 eingeführt", "seit 1994 im Dienst"), a few words before such a
    /// phrase in its clause.
    func serviceEntry(_ quantity: QuantityMention) -> Claim? {
        let names = mentions.filter(\.named).map(\.range)
        func isEntryPhrase(_ cue: CueMatch) -> Bool {
            cue.cue == .attribute(.serviceEntry) && isIn(.serviceEntry, lowercasedText(cue.range))
        }
        let before = lastCue { cue in
            isEntryPhrase(cue) && cue.range.upperBound <= quantity.range.lowerBound
                && quantity.range.lowerBound - cue.range.upperBound <= 4
                // ("stand bei der Bundeswehr im Dienst, 2010 wurde er ausgemustert": past a comma the year opens a clause;
                // a colon keeps it: "In service: 2021".)
                && !(cue.range.upperBound..<quantity.range.lowerBound).contains(where: { bytes[$0] == 0x2C || bytes[$0] == 0x3B })
        } ?? lastCue { cue in
            // "wszedł na wyposażenie Wojska Polskiego w 1995 r.", "entered service with the US
            // Army in 1981", "Entró en servicio en el Ejército británico en 1997": up to six
            // words between, the last a preposition of the year.
            guard isEntryPhrase(cue), cue.range.upperBound <= quantity.range.lowerBound else { return false }
            let between = stretch(cue.range, quantity.range)
            guard let last = lastWord(in: between), isIn(.predicatePreposition, last) else { return false }
            return wordsOutsideNames(between) <= Self.serviceEntryReach && !hasPunctuation(between)
                && !quantities.contains { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound }
        }
        let after = before != nil ? nil : cues.first { cue in
            guard isEntryPhrase(cue), cue.range.lowerBound >= quantity.range.upperBound else { return false }
            let between = stretch(quantity.range, cue.range)
            // "passed state trials in 2001 and was fielded in 2002": a phrase with its own year
            // right after it is that year's.
            let ownYear = quantities.contains { q in
                guard q.isYearLike, q.range.lowerBound >= cue.range.upperBound else { return false }
                let gap = stretch(cue.range, q.range)
                return q.range.lowerBound - cue.range.upperBound <= 4
                    || leadsToOwnYear(gap)
            }
            // "Seit 1997 steht das System bei der British Army im Dienst": a year after its
            // own preposition ("seit", "since") may open a clause whose verb comes last.
            let opened = lastWordRange(before: quantity.range.lowerBound).map { isIn(.predicatePreposition, lowercasedText($0)) } ?? false
            return !ownYear && wordsOutsideNames(between) <= (opened ? Self.fronted : 4) && !hasPunctuation(between)
                && !quantities.contains { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound
                    && !names.contains(where: $0.range.overlaps) }
        }
        // A year in a table column headed by a service-entry phrase is the row's.
        let column = before == nil && after == nil && isInServiceEntryColumn(quantity)
        // ("in Dienst bis 2030", "hasta 2030": a year with an until-bound ends service.)
        guard before != nil || after != nil || column, quantity.bound != .upTo,
              let binding = bind(quantity.range.lowerBound, inSentence: true) else { return nil }
        let cueRange = (before ?? after)?.range ?? quantity.range
        let isSpan = quantity.bound == .between // "von 1976 bis 2010 im Einsatz", "entre 2011 y 2017": the entry lies in the span
        let number = NumericClaim(bound: quantity.bound, value: quantity.value, statedLow: isSpan ? quantity.low : nil,
                                  statedHigh: isSpan ? quantity.high : nil, halfStep: 0, unit: "year", text: text(quantity.numberRange))
        let span = min(cueRange.lowerBound, quantity.range.lowerBound)..<max(cueRange.upperBound, quantity.range.upperBound)
        var claim = Claim(
            systemID: catalog.systems[binding.system].id, attribute: .spec(.serviceEntry), value: .number(number),
            range: span,
            trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: column ? "(table column)" : text(cueRange),
                              attributeReason: column ? "the header of its table column is a service-entry phrase"
                                  : before != nil ? "a year right after a service-entry phrase" : "a year a few words before a service-entry phrase",
                              parsed: isSpan ? "years \(formatNumber(quantity.low)) to \(formatNumber(quantity.high))" : "year \(formatNumber(quantity.value))"))
        claim.grounding = yearGrounding(quantity, binding: binding)
        let between = before != nil ? stretch(cueRange, quantity.range) : stretch(quantity.range, cueRange)
        if !column, let place = adoptingPlace(in: between, origin: catalog.systems[binding.system].origin) ?? userAdjective(before: cueRange, origin: catalog.systems[binding.system].origin) {
            claim.grounding.doubt(.attribute, "\"\(place)\" between the year and \"\(text(cueRange))\" may name a country or an army that adopted the system later, not its first service")
        } else if !column, let again = cues.first(where: { cue in
            // Inside the year's phrase, or at most two words before it ("was again introduced in 2023").
            guard isWord(cue, .againWord), cue.range.upperBound <= span.upperBound, cue.range.lowerBound >= range.lowerBound else { return false }
            return cue.range.lowerBound >= span.lowerBound
                || (wordCount(cue.range.upperBound..<span.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<span.lowerBound))
        }) {
            claim.grounding.doubt(.attribute, "\"\(text(again.range))\" says the system came back into service then, not when it first entered it")
        } else if !column, let unit = unitBeforeServiceEntry(cueRange, quantity: quantity) {
            claim.grounding.doubt(.attribute, "\"\(unit)\" before \"\(text(cueRange))\" may say when one unit joined, not when the system entered service")
        } else if !column, quantity.bound != .between, let plan = plannedEntry(span, year: quantity.value, system: binding.system) {
            claim.grounding.doubt(.attribute, "\"\(plan)\" makes it a plan for a year later than any recorded: a new delivery or user, not the system's first service")
        }
        // "eine Weiterentwicklung des seit 1995 eingeführten Grom": a phrase written as an
        // attribute right before another system's name dates that system.
        if let after, let next = mentions.first(where: { $0.named && $0.range.lowerBound >= after.range.upperBound }),
           next.system != binding.system, !hasWord(in: after.range.upperBound..<next.range.lowerBound),
           !hasPunctuation(after.range.upperBound..<next.range.lowerBound) {
            claim.grounding.doubt(.system, "\"\(text(after.range))\" qualifies the \(systemName(next.system)) named right after it")
        } else if let before, !column, before.range.upperBound <= quantity.range.lowerBound,
                  let next = mentions.first(where: { $0.named && $0.range.lowerBound >= quantity.range.upperBound }),
                  next.system != binding.system, yearRunsIntoName(from: quantity.range.upperBound, to: next.range.lowerBound) {
            // "a wprowadzony w 1990 r. RBS 70 Mk 1 – Mach 1,6", "а принятая на вооружение в
            // 1981 году «Игла-1» — ...": a participle's phrase and its year, then a name,
            // written as an attribute of that name.
            claim.grounding.doubt(.system, "\"\(text(before.range))\" and its year stand right before the \(systemName(next.system)), as its attribute")
        } else if let before, !column, let last = mentions.last(where: { $0.named && $0.range.upperBound <= before.range.lowerBound }),
                  last.system != binding.system, describesName(last, phrase: before.range, bound: binding.mention) {
            // "które zastąpiły system Rapier wprowadzony w 1971 roku": a participle's phrase right
            // after a name describes that name; past a comma only a participle of the pack's
            // `year_participles` ("дополняет «Иглу-С», принятую на вооружение в 2002 году",
            // blind set DV, ru), not a verb ("The Piorun, the successor of the Grom, entered service").
            claim.grounding.doubt(.system, "\"\(text(before.range))\" follows the \(systemName(last.system)) right before it")
        }
        // "plus que le Mistral d'origine, entré en service en 1988": a phrase opening an
        // apposition right after the object of a comparison (`structure.than_words`: "than", "plus
        // que") may date that object. (Not any name: "The Piorun, the successor of the Grom, entered service".)
        // So may one after the object of a verb of succession ("para sustituir al Mistral, en
        // servicio en Francia desde 1988"; blind set EJ), not where a relative clause holding
        // it closes at the comma ("The Piorun, which replaced the Grom, entered service").
        if let before, let owner = appositionName(before: before.range.lowerBound), owner.system != binding.system,
           cues.contains(where: { isWord($0, .thanWord) && $0.range.upperBound <= owner.range.lowerBound && wordCount($0.range.upperBound..<owner.range.lowerBound) <= 2 })
            || replacedNamed().contains(owner.system) && !relativeClauses.contains(where: { $0.range.contains(owner.range.lowerBound) }) {
            claim.grounding.doubt(.system, "\"\(text(before.range))\" opens an apposition to the \(systemName(owner.system)) named right before it")
        } else if let owner = dashAsideName(before: quantity.range.lowerBound), owner.system != binding.system {
            claim.grounding.doubt(.system, "it stands in an aside set off by a dash after the \(systemName(owner.system))")
        }
        // "hat NASAMS nicht erst 2015 eingeführt", "n'a pas mis en service ... en 2015": a
        // negation right before the year, or right before the phrase leading to it, denies it (or, as "not until", bounds it): no year is stated.
        if let negation = negation(before: quantity.range.lowerBound, within: 2)
            ?? (before != nil ? negation(before: cueRange.lowerBound, within: 1) : nil) {
            claim.grounding.doubt(.value, "\"\(text(negation))\" right before the year or its phrase denies it or bounds it: no year is stated")
        }
        return claim
    }

    /// A word between a service-entry phrase and its year that names a country or an army
    /// other than the system's origin ("introduced in Venezuela in 2009", "entered service
    /// with the Ukrainian army in 2022"): an origin word or country name of another country,
    /// or, where only names are capitalised, a capitalised word outside the system's names.
    /// Nil when an origin word or country name of the system's own origin stands there
    /// ("entered service with the US Army in 1981").
    func adoptingPlace(in between: Range<Int>, origin: String) -> String? {
        var other: String?
        for cue in cues where cue.range.lowerBound >= between.lowerBound && cue.range.upperBound <= between.upperBound {
            switch cue.cue {
            case .origin(let code), .country(let code):
                if code == origin { return nil }
                other = other ?? text(cue.range)
            default: continue
            }
        }
        if let other { return other }
        // "en servicio en el país desde 2009": the country the article is about.
        var country: String?
        scanWords(in: between) { word in
            if isIn(.countryNoun, lowercasedText(word)) { country = text(word) }
            return country == nil
        }
        if let country { return country }
        guard !vocabulary.capitalisedNouns else { return nil }
        var i = between.lowerBound
        while i < between.upperBound {
            guard Self.isWordByte(bytes[i]), i == between.lowerBound || !Self.isWordByte(bytes[i - 1]) else { i += 1; continue }
            var end = i
            while end < between.upperBound, Self.isWordByte(bytes[end]) { end += 1 }
            let word = text(i..<end)
            if word.unicodeScalars.first?.properties.isUppercase == true,
               !mentions.contains(where: { $0.range.overlaps(i..<end) }), !outsideMentions.contains(where: { $0.range.overlaps(i..<end) }) {
                return word
            }
            i = end
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// The name right before the comma or dash that opens the apposition starting at `start`
    /// (spaces only between the mark and `start`; at most two words, "d'origine", between the
    /// name and the mark): the thing the apposition describes. Nil when there is none.
    func appositionName(before start: Int) -> Mention? {
        var k = start
        while k > range.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
        guard k > range.lowerBound else { return nil }
        // (Past one word, a participle opening the apposition: "ses Mistral, entrés en service
        // dans l'armée française en 1988"; blind set FP.)
        if bytes[k - 1] != 0x2C, let word = lastWordRange(before: k), word.upperBound == k {
            var j = word.lowerBound
            while j > range.lowerBound, bytes[j - 1] == 0x20 { j -= 1 }
            if j > range.lowerBound, bytes[j - 1] == 0x2C { k = j }
        }
        let mark: Int
        if bytes[k - 1] == 0x2C {
            mark = k - 1
        } else if k >= range.lowerBound + 3, bytes[k - 3] == 0xE2, bytes[k - 2] == 0x80, bytes[k - 1] == 0x93 || bytes[k - 1] == 0x94 {
            mark = k - 3
        } else {
            return nil
        }
        guard let name = mentions.last(where: { $0.named && $0.system >= 0 && $0.range.upperBound <= mark }) else { return nil }
        let between = name.range.upperBound..<mark
        // (Up to three words of the name's own: "ses Mistral de première génération,".)
        return wordCount(between) <= 3 && !hasPunctuation(between) && !quantities.contains(where: { between.contains($0.range.lowerBound) }) ? name : nil
    }

    /// "sustituyó al FIM-43 Redeye —un misil de 8,3 kilos en servicio desde 1968 que ...—": the
    /// name right before an em or en dash that opens an aside still open at `position` (an odd
    /// number of such dashes before it in the sentence, no name between the last one and
    /// `position`): the thing the aside describes. Nil otherwise.
    func dashAsideName(before position: Int) -> Mention? {
        var dashes: [Int] = []
        var k = range.lowerBound
        while k + 2 < position {
            if bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { dashes.append(k) }
            k += 1
        }
        guard let last = dashes.last, dashes.count % 2 == 1,
              !mentions.contains(where: { $0.named && $0.range.lowerBound > last && $0.range.lowerBound < position }) else { return nil }
        return appositionName(before: last + 3)
    }
}

extension SentenceAnalysis {
    /// Whether only spaces, quotation marks and at most one word for the year ("r.", "roku",
    /// "году": a year abbreviation of the pack, or a word of its `dates`) stand between a year
    /// ending at `start` and a name opening at `end`.
    func yearRunsIntoName(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        let gap = start..<end
        let found = wordRanges(in: gap)
        guard found.count <= 1 else { return false }
        if let word = found.first {
            let lowered = lowercasedText(word)
            let dated = cues.contains { cue in
                if case .nonClaim = cue.cue { return cue.range.overlaps(word) } else { return false }
            }
            guard dated || vocabulary.yearAbbreviations.contains(lowered) else { return false }
        }
        // (A comma, a dash or a bracket ends the attribute.)
        return !gap.contains { bytes[$0] == 0x2C || bytes[$0] == 0x28 || bytes[$0] == 0x3A || bytes[$0] == 0x3B || bytes[$0] == 0xE2 && $0 + 2 < end && bytes[$0 + 1] == 0x80 && bytes[$0 + 2] &- 0x93 < 2 }
    }
}

extension SentenceAnalysis {
    /// Back from `position` to just after the punctuation before it (a comma, a colon, a dash
    /// with spaces ...), or to the sentence's start, at most 120 bytes: the phrase a name ends.
    func phraseStart(before position: Int) -> Int {
        var k = position
        let floor = max(range.lowerBound, position - 120)
        while k > floor, !hasPunctuation((k - 1)..<k) { k -= 1 }
        return k
    }
}

