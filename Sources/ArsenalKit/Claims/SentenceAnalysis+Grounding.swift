/// Whether a figure's system and attribute are established or guessed (issue 8): the
/// doubts a claim carries into judging, where they turn an alarm into `unclear`.
extension SentenceAnalysis {
    /// How the figure at `quantity`, tied by `binding` and read by `choice`, was
    /// established, with a doubt for each part that is a guess:
    ///
    /// - the system is referred back to ("los sistemas", "it") while another system is
    ///   named between the reference and the figure;
    /// - the system was named only in an earlier clause, and the figure's clause has a
    ///   subject of its own ("..., while the gun reaches about 1.8 km");
    /// - the name is written inside a longer hyphenated name ("Super-Igla");
    /// - no cue names the attribute: it is read from the unit alone ("the complete set is
    ///   16.5 kg");
    /// - the attribute's cue stands after the figure, beyond another system's name
    ///   ("Igla-S 6km, ... mais la Verba monte à 4,5km").
    func grounding(of quantity: QuantityMention, binding: Binding, choice: AttributeChoice) -> ClaimGrounding {
        var grounding = ClaimGrounding(system: binding.basis, attribute: choice.basis)
        if choice.basis == .unit {
            grounding.doubt(.attribute, "no word names it: read from the unit alone")
        }
        let position = quantity.range.lowerBound
        if let mention = binding.mention {
            if !mention.named, let other = mentions.first(where: { other in
                // (An object, "El misil polaco, sucesor del Grom, ...", is no candidate.)
                other.named && other.system != mention.system && other.range.lowerBound >= mention.range.upperBound
                    && other.range.upperBound <= position && !other.isObject
            }) {
                grounding.doubt(.system, "\"\(mention.words)\" may mean the \(systemName(other.system)) named between it and the figure")
            }
            // A nickname the article gave ("Super-Igla" for the Igla-S) is a name of its own.
            if mention.named, mention.words == text(mention.range),
               let longer = hyphenatedName(around: mention.range) ?? productName(after: mention.range) {
                grounding.doubt(.system, "\"\(mention.words)\" is written inside the longer name \"\(longer)\"")
            }
        }
        // "Sky Sabre, który w 2021 roku zastąpił Rapiera o zasięgu 8 km" (blind set JB, pl): a
        // system named inside the relative clause, at most four words before the figure, may
        // own it rather than the clause's antecedent.
        if binding.basis == .relativeClause, let clause = relativeClauses.first(where: { $0.range.contains(position) }),
           let inner = mentions.last(where: { $0.named && $0.system != binding.system && clause.range.contains($0.range.lowerBound) && $0.range.upperBound <= position }),
           wordCount(inner.range.upperBound..<position) <= 4, !hasPunctuation(inner.range.upperBound..<position) {
            grounding.doubt(.system, "the \(systemName(inner.system)), named inside the relative clause right before it, may own it")
        }
        if let mention = binding.mention, mention.named, let compound = kinCompound(after: mention.range) {
            grounding.doubt(.system, "\"\(compound)\" names a relative of the \(systemName(mention.system)), not the system itself")
        }
        if let mention = binding.mention, let kin = kinNounOwned(by: mention) {
            grounding.doubt(.system, "\"\(mention.words)\" owns \"\(kin)\": the sentence may speak of that relative, not of the \(systemName(mention.system))")
        }
        if let mention = binding.mention, let verb = rivalVerb(before: mention) {
            grounding.doubt(.system, "\"\(mention.words)\" is the rival after \"\(verb)\": the figure may be the subject's")
        }
        if let other = ambiguousGap(for: quantity, cue: choice.cue, attribute: choice.attribute) {
            grounding.doubt(.attribute, "the clause after the dash repeats the word before the figures of \"\(choice.cueWords)\" and of \"\(other)\"")
        } else if let other = ambiguousCommaGap(for: quantity, cue: choice.cue, attribute: choice.attribute) {
            grounding.doubt(.attribute, "its clause has no cue of its own and follows figures of \"\(choice.cueWords)\" and of \"\(other)\": it may repeat either")
        } else if let part = partRelativeHead(of: quantity, attribute: choice.attribute) {
            grounding.doubt(.attribute, "it stands in a relative clause on \"\(part)\": what it weighs may be that part")
        } else if let other = parallelReach(for: quantity, cue: choice.cue, attribute: choice.attribute) {
            grounding.doubt(.attribute, "its clause reaches the figure with a verb alone after a clause that gave \"\(other)\": it may repeat that")
        }
        if let version = unnamedNewerVersion(before: position, binding: binding) ?? newerVersionAfter(quantity, binding: binding) {
            grounding.doubt(.system, "\"\(version)\" speaks of a newer version than the \(systemName(binding.system)), one the database does not hold apart: the figure may be that version's")
        }
        if let mention = binding.mention, let words = upgradedName(mention) {
            grounding.doubt(.system, "\"\(words)\" speaks of a changed version of the \(systemName(binding.system)), one the database does not hold apart: the figure may be that version's")
        }
        // (So was a system the figure's clause takes from the topic or from a word referring
        // back in an earlier clause: "Die Lenkwaffe bekämpft Ziele bis 6 km; die
        // Zieldarstellungsflugzeuge flogen in etwa 600 m Höhe an".)
        let earlierClause = binding.basis == .namedInSentence || binding.basis == .topic
            || (binding.basis == .referredBack && binding.mention.map { $0.range.upperBound <= clauseStart(position) } == true)
        if earlierClause, let subject = subjectOfOwnClause(before: position) {
            grounding.doubt(.system, "the figure's clause has a subject of its own (\"\(subject)\")")
        } else if binding.basis == .namedInSentence, endsWithSemicolon(before: clauseStart(position)),
                  let name = unknownName(before: position, from: clauseStart(position)) {
            // "...; Poland's own Narew programme buys the extended-range CAMM-ER, quoted at 45 km"
            // (blind set JD): past a semicolon, a name we do not know may be the figure's owner.
            grounding.doubt(.system, "past a semicolon, its clause names \"\(name)\", a name the database does not hold")
        } else if let reason = ellipticalDoubt(at: position, binding: binding) {
            grounding.doubt(.system, reason)
        }
        if let kin = kinNounAfter(quantity) {
            grounding.doubt(.system, "\"\(kin)\" right after it names a relative of the \(systemName(binding.system)): the figure may be that one's")
        }
        if let cue = choice.cue, cue.range.lowerBound >= quantity.range.upperBound,
           let other = mentions.first(where: { other in
               other.named && other.system != binding.system && other.range.lowerBound >= quantity.range.upperBound
                   && other.range.upperBound <= cue.range.lowerBound
           }) {
            grounding.doubt(.attribute, "its cue \"\(text(cue.range))\" follows the \(systemName(other.system)), named after the figure")
        }
        // "Conçu pour remplacer les S-300PS, le système abat ... jusqu'à 60 km" after a sentence
        // about the S-350: a word referring back whose antecedent in its sentence is what a verb
        // of succession replaces may mean the article's topic instead.
        if let bound = binding.mention, !bound.named, let topic = state.topic, topic.system != binding.system,
           let verb = cues.first(where: { isWord($0, .successorBefore) && $0.range.upperBound <= bound.range.lowerBound }),
           mentions.contains(where: { $0.named && $0.system == binding.system && $0.range.lowerBound >= verb.range.upperBound && $0.range.upperBound <= bound.range.lowerBound }) {
            grounding.doubt(.system, "\"\(bound.words)\" may mean the \(systemName(topic.system)): the \(systemName(binding.system)) is named as what \"\(text(verb.range))\" replaces")
        }
        // "more than three times the 8,000-metre range of the system it succeeded": a figure a
        // multiple measures against is the other thing's, not the subject's.
        if let multiple = cues.last(where: { isWord($0, .multiple) && $0.range.upperBound <= position }),
           wordCount(multiple.range.upperBound..<position) <= 1, !hasPunctuation(multiple.range.upperBound..<position),
           binding.mention.map({ $0.range.upperBound <= multiple.range.lowerBound }) ?? true {
            grounding.doubt(.system, "after \"\(text(multiple.range))\" the figure is what the comparison measures against, not the \(systemName(binding.system))'s own")
        }
        if let owner = dashAsideName(before: position), owner.system != binding.system {
            grounding.doubt(.system, "it stands in an aside set off by a dash after the \(systemName(owner.system))")
        }
        if let changed = changedObject(quantity, binding: binding) {
            grounding.doubt(.system, "\"\(changed.verb)\" changes a figure of the \(systemName(binding.system)): the new one may be the \(changed.subject)'s")
        }
        // "la cifra de 1.440 km/h ... no es la velocidad del misil": a negation between the
        // figure and its cue after it says the figure is not what the cue names.
        if let cue = choice.cue, cue.range.lowerBound >= quantity.range.upperBound,
           let negation = negation(before: cue.range.lowerBound, within: 3), negation.lowerBound >= quantity.range.upperBound {
            grounding.doubt(.attribute, "\"\(text(negation))\" before its cue \"\(text(cue.range))\" says the figure is not that")
        }
        // "The Stinger has a ceiling of 3,800 m, while the Piorun can hit aircraft at 6.5 km":
        // a height cue serves the figure between, and the figure's system is named after both,
        // in a clause whose own verb engages targets (which reads as a range). (A gapped clause
        // shares the cue, "Der Patriot trifft Ziele in 160 km, der NASAMS in 40 km", and so does
        // a verb of reaching, "une portée de 6 km, tandis que le Stinger atteint 8 km".)
        if choice.attribute == .maxAltitude || choice.attribute == .minAltitude,
           let cue = choice.cue, cue.range.upperBound <= position, let mention = binding.mention,
           mention.range.lowerBound >= cue.range.upperBound, mention.range.upperBound <= position,
           cues.contains(where: { $0.cue == .targetVerb && $0.range.lowerBound >= mention.range.upperBound && $0.range.upperBound <= position }),
           let between = quantities.first(where: { other in
               other.dimension == quantity.dimension && other.range.upperBound <= mention.range.lowerBound
                   && cueScore(cue.range, other.range) < cueScore(cue.range, quantity.range)
           }) {
            grounding.doubt(.attribute, "its cue \"\(text(cue.range))\" goes with \"\(text(between.range))\", before the \(systemName(binding.system)) is named")
        }
        if let older = olderReference(before: position, binding: binding) {
            grounding.doubt(.system, "\"\(older)\" with a word for old may mean the older of the systems named")
        }
        if let misfit = misfitClassWords(binding, before: position) {
            grounding.doubt(.system, "\"\(misfit.words)\" describes a \(misfit.label) system, which the \(systemName(binding.system)) is not: the figure may be another system's")
        }
        grounding.features = readingFeatures(of: quantity, binding: binding, attribute: choice.attribute, cue: choice.cue)
            + sentenceFeatures(of: quantity, binding: binding, attribute: choice.attribute, carried: choice.carried)
            + clauseFeatures(of: quantity, binding: binding, attribute: choice.attribute, cue: choice.cue)
        return grounding
    }

    /// A record's name for messages, or the words of a system outside the database.
    func systemName(_ system: Int) -> String {
        system >= 0 ? catalog.systems[system].name : unknownSystem(system)?.mention ?? "other system"
    }

    /// `systemName` of each system, in order.
    func systemNames(_ systems: [Int]) -> [String] {
        var names: [String] = []
        names.reserveCapacity(systems.count)
        for system in systems { names.append(systemName(system)) }
        return names
    }

    /// The whole hyphenated word when a name is glued by a hyphen to a word before it
    /// ("Super-Igla"); nil when the name stands as written.
    func hyphenatedName(around name: Range<Int>) -> String? {
        let start = name.lowerBound
        guard start - 2 >= range.lowerBound, bytes[start - 1] == 0x2D else { return nil }
        let before = bytes[start - 2]
        guard before >= 0x80 || TextScan.isASCIIAlphanumeric(before) else { return nil }
        var begin = start - 1
        while begin > range.lowerBound, bytes[begin - 1] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[begin - 1]) || bytes[begin - 1] == 0x2D {
            begin -= 1
        }
        // Only letters before the hyphen ("Super-"), not a designation's digits ("9K38-").
        guard words(in: begin..<(start - 1)).allSatisfy({ word in word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } })
        else { return nil }
        return text(begin..<name.upperBound)
    }

    /// "..., while the gun reaches 1.8 km": the clause holding `position` opens with a
    /// determiner and a word that is no cue, name or reference of ours, a subject that is
    /// not the system named in an earlier clause. Returns the subject's words.
    func subjectOfOwnClause(before position: Int) -> String? {
        let start = clauseStart(position)
        guard start > range.lowerBound else { return nil }
        var first = start
        // Past the break itself: a clause-break word ("while") or punctuation.
        if let breakWord = cues.first(where: { isWord($0, .clauseBreak) && $0.range.lowerBound == start }) {
            first = breakWord.range.upperBound
        } else {
            first += 1
        }
        let wordsHere = words(in: first..<position)
        guard wordsHere.count >= 3, isIn(.determiner, wordsHere[0]) || isIn(.definiteArticle, wordsHere[0]) else { return nil }
        // The noun after the determiner: it must start no cue (a name, "the missile", an attribute cue).
        var i = first
        while i < position, !(bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i])) { i += 1 }
        while i < position, bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i]) { i += 1 }
        while i < position, bytes[i] == 0x20 { i += 1 }
        let nounStart = i
        guard nounStart < position, !cues.contains(where: { $0.range.lowerBound <= nounStart && $0.range.upperBound > nounStart }) else { return nil }
        // "its missile", "the launcher", "the warhead": a part or the weapon itself, not another
        // owner; nor is the one who fires it ("el tirador lo guiaba ... y alcanzaba blancos a 9 km").
        let ours: [WordClass] = [.missileNoun, .originHead, .weaponNoun, .partNoun, .massWord, .targetNoun, .crewPerson]
        if ours.contains(where: { isIn($0, wordsHere[1]) }) { return nil }
        return wordsHere[0] + " " + wordsHere[1]
    }

    /// "Anyone who says the Igla can reach 12 km is thinking of something else": a claim
    /// after a hearsay phrase (pack `structure.hearsay_phrases`) in its sentence is what
    /// others say, reported to be disputed; its value is not the article's own statement.
    func markHearsay(_ claims: inout [Claim]) {
        markCorrectionNotice(&claims)
        guard let report = cues.first(where: { isWord($0, .hearsay) }) else { return }
        // A word alone ("wrongly", "fälschlicherweise", "якобы") qualifies its own clause only:
        // "the seeker rarely locks incorrectly onto flares, and the missile reaches 9 km".
        // (A label ending in a colon, "Claim:", qualifies the clause after the colon.)
        let clauseOnly = wordCount(report.range) == 1 ? clause(bytes[report.range.upperBound - 1] == 0x3A ? report.range.upperBound : report.range.lowerBound) : nil
        for index in claims.indices where claims[index].range.lowerBound >= report.range.upperBound
            && (clauseOnly == nil || clause(claims[index].range.lowerBound) == clauseOnly) {
            claims[index].grounding.doubt(
                .value, "it follows \"\(text(report.range))\": a report of what others say, not the article's own statement")
        }
    }

    /// Whether the figure at `claim` opens its sentence, at most an article before it: the
    /// sentence's subject is the figure's own phrase ("The 6.4 km range often attributed to
    /// Russia's Verba could not be confirmed", blind set GB), so a rebuttal in its clause
    /// denies it.
    func opensSentence(_ claim: Range<Int>) -> Bool {
        let lead = range.lowerBound..<claim.lowerBound
        switch wordCount(lead) {
        case 0: return true
        case 1: return firstWord(in: lead).map { isIn(.determiner, $0.lowercased()) || isIn(.definiteArticle, $0.lowercased()) } ?? false
        default: return false
        }
    }

    /// Whether "[sic" or "(sic" (any case) follows `position`, past spaces and at most one
    /// closing quotation mark.
    func isMarkedSic(after position: Int) -> Bool {
        var k = position
        while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        if k < range.upperBound, bytes[k] == 0x22 { k += 1 }
        else if k + 1 < range.upperBound, bytes[k] == 0xC2, bytes[k + 1] == 0xBB { k += 2 }
        else if k + 2 < range.upperBound, bytes[k] == 0xE2, bytes[k + 1] == 0x80, (0x9C...0x9D).contains(bytes[k + 2]) { k += 3 }
        while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        guard k + 4 <= range.upperBound, bytes[k] == 0x5B || bytes[k] == 0x28 else { return false }
        let s = bytes[k + 1] | 0x20, i = bytes[k + 2] | 0x20, c = bytes[k + 3] | 0x20
        return s == 0x73 && i == 0x69 && c == 0x63 && (k + 4 == range.upperBound || !TextScan.isASCIIAlphanumeric(bytes[k + 4]))
    }

    /// "Krąży opinia, że Piorun ma zasięg 10 km, ale to błąd", "The Stinger is said to reach
    /// 10 km, which is wrong": a rebuttal (pack `structure.rebuttals`) that opens a later clause
    /// of the sentence (at most `rebuttalLead` words after a comma, dash, colon or semicolon)
    /// denies the figures before it. A rebuttal opening the sentence denies the sentence
    /// before it instead (`ClaimExtractor.rebuttalOpening`).
    func markRebutted(_ claims: inout [Claim]) {
        // "waży 48 kg [sic!]", "12 km (sic)": the article marks the figure as wrong as written.
        for index in claims.indices where isMarkedSic(after: claims[index].range.upperBound) {
            claims[index].grounding.doubt(.value, "\"sic\" follows it: the article quotes the figure as wrong")
        }
        for cue in cues where isWord(cue, .rebuttal) && cue.range.lowerBound > range.lowerBound {
            var mark = cue.range.lowerBound - 1
            let floor = max(range.lowerBound, cue.range.lowerBound - 48)
            while mark > floor, !Self.isClausePunctuation(bytes, at: mark) { mark -= 1 }
            guard Self.isClausePunctuation(bytes, at: mark), wordCount(mark..<cue.range.lowerBound) <= Self.rebuttalLead else { continue }
            for index in claims.indices where claims[index].range.upperBound <= mark {
                claims[index].grounding.doubt(
                    .value, "\"\(text(cue.range))\" follows it: the article denies the figure, it does not state it")
            }
        }
        // "The often-quoted figure of 6.4 km is wrong", "Часто встречающаяся цифра 6,4 км ...
        // не подтверждается": a figure brought in by a word pointing at it (an echo, pack
        // `structure.echoes`) with a rebuttal after it in its clause, at most eight words on.
        for cue in cues where isWord(cue, .rebuttal) {
            for index in claims.indices where claims[index].range.upperBound <= cue.range.lowerBound {
                let claim = claims[index].range
                let between = claim.upperBound..<cue.range.lowerBound
                // (Past an aside set off by commas too, when the echo heads the figure: "Angaben über
                // zehn Kilometer Reichweite, die in Fachforen kursieren, wies der Hersteller als
                // falsch zurück", "The figure of 6.4 km, often quoted online, is wrong"; blind set FX.)
                let sameClause = clause(claim.lowerBound) == clause(cue.range.lowerBound)
                let count = wordCount(between)
                guard count <= 14, !quantities.contains(where: { between.contains($0.range.lowerBound) }) || sameClause && count <= 8,
                      cues.contains(where: { echo in
                          isWord(echo, .echo) && echo.range.upperBound <= claim.lowerBound && clause(echo.range.lowerBound) == clause(claim.lowerBound)
                              && (sameClause && count <= 8 || wordCount(echo.range.upperBound..<claim.lowerBound) <= 2)
                      }) || sameClause && count <= 8 && opensSentence(claim) else { continue }
                claims[index].grounding.doubt(
                    .value, "\"\(text(cue.range))\" follows the figure its clause points at: the article denies it, it does not state it")
            }
        }
        // "pueden abatir aviones a 10 kilómetros de altura, una cifra que ningún fabricante
        // respalda", "10 km, a figure no maker has confirmed" (blind set FN): an echo right after
        // the comma that closes the figure's phrase, then a negation within six words.
        for index in claims.indices {
            if let reason = deniedByEcho(after: claims[index].range.upperBound) { claims[index].grounding.doubt(.value, reason) }
        }
        // "..., a figure Western analysts dismiss", "– Experten halten das für übertrieben": a
        // word of doubt a few words into a later clause that has no figure of its own.
        // "Experts doubt the Igla-S reaches 10 km", "Fachleute bezweifeln, dass ...": a figure
        // the word of doubt governs, in its clause after it (a comma right after the word
        // opens that clause), is doubted too.
        for cue in cues where isWord(cue, .doubtWord) && !isNegated(cue.range.lowerBound) {
            var from = cue.range.upperBound
            while from < range.upperBound, bytes[from] == 0x20 { from += 1 }
            // ("Die Regierung bestritt Angaben, die Waffe könne 6 km überbrücken": a word for
            // reported figures may stand between the word and the comma; blind set QY, de.)
            if let echo = cues.first(where: { isWord($0, .echo) && $0.range.lowerBound == from }) {
                from = echo.range.upperBound
                while from < range.upperBound, bytes[from] == 0x20 { from += 1 }
            }
            if from < range.upperBound, bytes[from] == 0x2C { from += 1 }
            for index in claims.indices where claims[index].range.lowerBound >= from
                && !(from..<claims[index].range.lowerBound).contains(where: { Self.isClausePunctuation(bytes, at: $0) }) {
                claims[index].grounding.doubt(
                    .value, "\"\(text(cue.range))\" governs it: the article doubts the figure, it does not state it")
            }
        }
        for cue in cues where isWord(cue, .doubtWord) && cue.range.lowerBound > range.lowerBound {
            var mark = cue.range.lowerBound - 1
            let floor = max(range.lowerBound, cue.range.lowerBound - 80)
            while mark > floor, !Self.isClausePunctuation(bytes, at: mark) { mark -= 1 }
            guard Self.isClausePunctuation(bytes, at: mark), wordCount(mark..<cue.range.lowerBound) <= Self.doubtLead,
                  !quantities.contains(where: { $0.range.lowerBound >= mark && $0.range.lowerBound < cue.range.upperBound }),
                  !isNegated(cue.range.lowerBound) else { continue }
            for index in claims.indices where claims[index].range.upperBound <= mark {
                claims[index].grounding.doubt(
                    .value, "\"\(text(cue.range))\" follows it: the article doubts the figure, it does not state it")
            }
        }
    }

    /// "La noticia de que el FN-6 alcanza blancos a 10 km sigue sin confirmar", "Reports that
    /// it hits targets at 10 km remain unconfirmed": a word of doubt closing the figure's own
    /// clause, at most `falsityReach` words after it with no name between, doubts it.
    func markDoubtedAfter(_ claims: inout [Claim]) {
        for cue in cues where isWord(cue, .doubtWord) && !isNegated(cue.range.lowerBound) {
            let here = clause(cue.range.lowerBound)
            for index in claims.indices where claims[index].range.upperBound <= cue.range.lowerBound
                && clause(claims[index].range.lowerBound) == here
                && wordCount(claims[index].range.upperBound..<cue.range.lowerBound) <= Self.falsityReach
                && !mentions.contains(where: { $0.named && $0.range.lowerBound >= claims[index].range.upperBound && $0.range.lowerBound < cue.range.lowerBound }) {
                claims[index].grounding.doubt(.value, "\"\(text(cue.range))\" closes its clause: the article doubts the figure, it does not state it")
            }
        }
    }

    /// Words a falsity predicate may stand after a figure of its clause and still deny it.
    static let falsityReach = 12

    /// "Reports online of a 10 km range are false", "Berichte über eine Reichweite von 10 km
    /// sind falsch": a predicate calling its subject false (pack `structure.falsity_predicates`)
    /// after a figure in the same clause, at most `falsityReach` words on, denies it.
    func markFalsified(_ claims: inout [Claim]) {
        for cue in cues where isWord(cue, .falsity) {
            let here = clause(cue.range.lowerBound)
            for index in claims.indices where claims[index].range.upperBound <= cue.range.lowerBound
                && clause(claims[index].range.lowerBound) == here
                && wordCount(claims[index].range.upperBound..<cue.range.lowerBound) <= Self.falsityReach
                // (Not past a comma: "only up to about 2 km in altitude, so a kill at 10 km is
                // impossible" calls the second figure impossible, not the first; blind set QF.)
                && !(claims[index].range.upperBound..<cue.range.lowerBound).contains(where: { bytes[$0] == 0x2C }) {
                claims[index].grounding.doubt(.value, "\"\(text(cue.range))\" closes its clause: the article calls the figure false, it does not state it")
            }
        }
    }

    /// Words a word of doubt may stand after the punctuation that opens its clause ("a figure
    /// Western analysts dismiss": four).
    static let doubtLead = 7

    /// Words a rebuttal may stand after the punctuation that opens its clause ("ale to błąd",
    /// "но это неправда"), or after the start of its sentence.
    static let rebuttalLead = 2

    /// A comma, semicolon, colon, opening bracket or the lead byte of a dash at `i`.
    static func isClausePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch bytes[i] {
        case 0x2C, 0x3B, 0x3A, 0x28: return true
        case 0xE2: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94)
        default: return false
        }
    }

    /// "le Mistral n'est pas tiré à l'épaule": a negated man-portability phrase holding a
    /// firing position (pack `structure.firing_positions`), or followed by one within
    /// five words with no punctuation ("non è trasportabile a spalla", "demasiado pesado para
    /// dispararlo cómodamente desde el hombro"; blind set NM), says how the weapon is not fired
    /// or carried, not that it cannot be carried.
    func negatedFiringPosition(_ cue: CueMatch) -> ClaimGrounding.Doubt? {
        var end = cue.range.upperBound
        while end < range.upperBound, end - cue.range.upperBound < 60, !hasPunctuation(end..<end + 1) { end += 1 }
        let phrase = lowercasedText(cue.range) + " " + words(in: cue.range.upperBound..<end, limit: 5).joined(separator: " ").lowercased()
        guard let word = vocabulary.wordSets[.firingPosition]?.first(where: { phrase.contains($0) }) else { return nil }
        return ClaimGrounding.Doubt(.attribute, "\"\(text(cue.range))\" negated says how it is not fired (\"\(word)\"), not that it cannot be carried")
    }

    /// Whether a man-portability phrase ("desde el hombro") is the firing position a
    /// `not_man_portable` phrase before it denies, at most five words back with no
    /// punctuation or clause break between ("demasiado pesado para dispararlo desde el
    /// hombro"; blind set NM): not a claim that the weapon is fired from there.
    func deniedFiringPosition(_ cue: CueMatch) -> Bool {
        cues.contains { denial in
            guard denial.cue == .notManPortable, denial.range.upperBound <= cue.range.lowerBound else { return false }
            let gap = denial.range.upperBound..<cue.range.lowerBound
            return wordCount(gap) <= 5 && !hasPunctuation(gap) && !cues.contains { isWord($0, .clauseBreak) && gap.contains($0.range.lowerBound) }
        }
    }

    /// A verb of besting a rival (pack `structure.rival_verbs`) right before a named mention,
    /// at most articles between, with another system named before the verb in the sentence
    /// ("The Piorun beats the Stinger on range"), or right after it as the inverted subject
    /// ("Mit 6,5 km übertrifft die Piorun die Igla-S"); the verb's words.
    func rivalVerb(before mention: Mention) -> String? {
        guard mention.named, let verb = lastCue(where: { isWord($0, .rivalVerb) && $0.range.upperBound <= mention.range.lowerBound })
        else { return nil }
        let gap = verb.range.upperBound..<mention.range.lowerBound
        if wordsBesideArticles(gap) == 0, !hasPunctuation(gap),
           mentions.contains(where: { $0.named && $0.system != mention.system && $0.range.upperBound <= verb.range.lowerBound }) {
            return text(verb.range)
        }
        // "Mit 6,5 km übertrifft die Piorun die Igla-S um ...": the subject right after the
        // verb (a fronted phrase inverts them), the rival right after the subject.
        guard let subject = mentions.first(where: { other in
            other.named && other.system != mention.system && gap.contains(other.range.lowerBound) && other.range.upperBound <= gap.upperBound
        }) else { return nil }
        let before = gap.lowerBound..<subject.range.lowerBound
        let after = subject.range.upperBound..<gap.upperBound
        guard wordsBesideArticles(before) == 0, wordsBesideArticles(after) == 0, !hasPunctuation(before), !hasPunctuation(after)
        else { return nil }
        return text(verb.range)
    }

    /// "not quite a MANPADS", "не совсем ПЗРК", "nie do końca przenośny": a word of degree
    /// (pack `structure.degree_words`, one or two words) between the negation and the
    /// phrase hedges the denial; the value is a guess. So does one of the two words right
    /// after the phrase, no punctuation between ("not something one soldier carries far").
    func softenedNegation(_ phrase: Range<Int>) -> ClaimGrounding.Doubt? {
        guard let negation = negation(before: phrase.lowerBound, within: 3) else { return nil }
        var after = phrase.upperBound
        while after < range.upperBound, after - phrase.upperBound < 40, !hasPunctuation(after..<after + 1) { after += 1 }
        let before = words(in: negation.upperBound..<phrase.lowerBound)
        let between = before + words(in: phrase.upperBound..<after, limit: 2)
        for (index, word) in between.enumerated() {
            let pair = index + 1 < between.count ? word + " " + between[index + 1] : ""
            if isIn(.degreeWord, word) || (!pair.isEmpty && isIn(.degreeWord, pair)) {
                let gap = index < before.count ? " " : " … "
                return ClaimGrounding.Doubt(.value, "the negation is softened (\"\(text(negation))\(gap)\(word)\"): it hedges the claim, it does not deny it")
            }
        }
        return nil
    }

    /// "the Stinger Missile Jump Pack": a name followed by two or more capitalised words that
    /// name nothing we know is the first word of another thing's name; returns that name.
    func productName(after name: Range<Int>) -> String? {
        // A headline in title case ("Stinger Missile Can Hit Targets 10 Km Away") capitalises
        // every word: no name is told from the rest there.
        if isTitleCase { return nil }
        var end = name.upperBound
        var count = 0
        while end < range.upperBound, bytes[end] == 0x20, end + 1 < range.upperBound {
            guard ByteText.isUppercaseScalar(at: end + 1, bytes),
                  !cues.contains(where: { $0.range.lowerBound == end + 1 && isName($0) }) else { break }
            var k = end + 1
            while k < range.upperBound, bytes[k] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[k]) || bytes[k] == 0x2D { k += 1 }
            end = k
            count += 1
        }
        return count >= 2 ? text(name.lowerBound..<end) : nil
    }

    /// Whether most words of the sentence (three or more) start with a capital.
    var isTitleCase: Bool {
        var words = 0
        var capitals = 0
        var i = range.lowerBound
        var atStart = true
        while i < range.upperBound {
            let b = bytes[i]
            let isWordByte = b >= 0x80 || TextScan.isASCIIAlphanumeric(b)
            if isWordByte, atStart {
                words += 1
                if b < 0x80 ? TextScan.isASCIIUppercase(b) : ByteText.isUppercaseScalar(at: i, bytes) { capitals += 1 }
            }
            atStart = !isWordByte && b != 0x2D && b != 0x27
            i += 1
        }
        return words >= 3 && capitals * 10 >= words * 7
    }

    private func isName(_ cue: CueMatch) -> Bool {
        switch cue.cue {
        case .system, .outsideSystem: true
        default: false
        }
    }
}

extension SentenceAnalysis {
    /// "The Verba entered service in 2015. A new version reaches 8 km", "kolejna wersja ma
    /// razić cele na 8 km": a version noun (pack `structure.version_nouns`) with a newer word
    /// (`structure.newer_words`) among the two words before it, in the figure's clause before
    /// the figure, no system named there, while the figure stays with the system named before
    /// (no newer variant of it was named: `newerRelative`). Its words; nil otherwise.
    func unnamedNewerVersion(before position: Int, binding: Binding) -> String? {
        guard binding.system >= 0, binding.basis != .namedInClause || !(binding.mention?.named ?? false) else { return nil }
        let start = clauseStart(position)
        guard !mentions.contains(where: { $0.named && $0.range.lowerBound >= start && $0.range.upperBound <= position }) else { return nil }
        var previous: [Range<Int>] = []
        var found: Range<Int>?
        scanWords(in: start..<position) { word in
            if isIn(.versionNoun, lowercasedText(word)), let newer = previous.suffix(2).first(where: { isIn(.newerWord, lowercasedText($0)) }) {
                found = newer.lowerBound..<word.upperBound
                return false
            }
            previous.append(word)
            return true
        }
        return found.map { text($0) }
    }

    /// Words after a figure that may name its owner ("a 10 km range for the new version").
    static let versionAfterReach = 5

    /// "Doniesienia o 10 km zasięgu nowej wersji", "reports of a 10 km range for the new
    /// version", "une portée de 10 km pour la nouvelle version": a newer word and a version
    /// noun among the `versionAfterReach` words right after the figure, in its clause, no
    /// punctuation or name between, while the figure stays with a system named before. The
    /// words; nil otherwise.
    func newerVersionAfter(_ quantity: QuantityMention, binding: Binding) -> String? {
        let start = quantity.range.upperBound
        guard binding.system >= 0, start < range.upperBound else { return nil }
        let here = clause(quantity.range.lowerBound)
        var previous: [Range<Int>] = []
        var found: Range<Int>?
        var seen = 0
        scanWords(in: start..<range.upperBound) { word in
            seen += 1
            guard seen <= Self.versionAfterReach, clause(word.lowerBound) == here, !hasPunctuation(start..<word.lowerBound) else { return false }
            if isIn(.versionNoun, lowercasedText(word)), let newer = previous.suffix(2).first(where: { isIn(.newerWord, lowercasedText($0)) }) {
                found = newer.lowerBound..<word.upperBound
                return false
            }
            previous.append(word)
            return true
        }
        guard let found, !mentions.contains(where: { $0.named && $0.range.lowerBound >= start && $0.range.upperBound <= found.upperBound }) else { return nil }
        return text(found)
    }

    /// "A modernised Pantsir reaches 40 km", "le Pantsir modernisé", "модернизированный
    /// «Панцирь»": a word of `structure.upgrade_words` right before or right after the named
    /// record a figure is tied to (only spaces and quotes between), when that record is no
    /// variant of another (the Strela-2M is the modernised Strela-2) and the name is written
    /// without a version mark (a hyphen or a digit: "Модернізована «Ігла-С»" is the Igla-S, the
    /// modernised Igla). The words; nil otherwise.
    func upgradedName(_ mention: Mention) -> String? {
        guard mention.named, mention.system >= 0, vocabulary.bases[mention.system] < 0,
              !bytes[mention.range].contains(where: { $0 == 0x2D || $0 &- 0x30 < 10 }) else { return nil }
        for cue in cues where isWord(cue, .upgradeWord) {
            if cue.range.upperBound <= mention.range.lowerBound, onlySpacesAndQuotes(cue.range.upperBound..<mention.range.lowerBound) {
                return text(cue.range.lowerBound..<mention.range.upperBound)
            }
            if cue.range.lowerBound >= mention.range.upperBound, onlySpacesAndQuotes(mention.range.upperBound..<cue.range.lowerBound) {
                return text(mention.range.lowerBound..<cue.range.upperBound)
            }
        }
        return nil
    }

    /// Whether `r` holds only spaces and quotation marks (", ', «, », „, “, ”).
    private func onlySpacesAndQuotes(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            switch bytes[k] {
            case 0x20, 0x22, 0x27: k += 1
            case 0xC2 where k + 1 < r.upperBound && (bytes[k + 1] == 0xAB || bytes[k + 1] == 0xBB): k += 2
            case 0xE2 where k + 2 < r.upperBound && bytes[k + 1] == 0x80 && (0x9C...0x9E).contains(bytes[k + 2]): k += 3
            default: return false
            }
        }
        return true
    }
}
