/// Figures in a clause that describes the targets ("по мишеням, летевшим на высоте 300 м",
/// "drones, which loiter at 4,500 m"): how the targets flew, not a limit of the weapon, unless
/// a restrictive relative on a verb's object says which targets the weapon reaches.
extension SentenceAnalysis {
    /// "по мишеням, летевшим на высоте 300 м", "helicópteros que vuelen a tan solo 150
    /// metros": a height (or a distance with no cue) in a clause opened (by a relative pronoun, or a comma and a
    /// participle) right after a target noun describes how the targets flew, not a limit of
    /// the weapon. A bound keeps the reading ("cibles volant jusqu'à 3 km": an envelope).
    /// Returns the words from the target to the figure.
    func targetClause(before quantity: QuantityMention, attribute: Attribute, cued: Bool) -> String? {
        guard let reading = targetClauseReading(before: quantity, attribute: attribute, cued: cued), !reading.envelope else { return nil }
        return reading.words
    }

    /// "derriba aviones que vuelan a 10.000 metros de altura", "shoots down aircraft that fly
    /// at an altitude of 3,800 metres": a height in a restrictive relative (no comma) on the
    /// object of a verb of engaging says the weapon reaches targets at that height, so its
    /// ceiling is at least the figure (a point inside the envelope, not its edge). Returns the
    /// words from the target to the figure.
    func targetEnvelope(before quantity: QuantityMention, attribute: Attribute) -> String? {
        guard attribute == .maxAltitude,
              let reading = targetClauseReading(before: quantity, attribute: attribute, cued: true), reading.envelope else { return nil }
        return reading.words
    }

    private func targetClauseReading(before quantity: QuantityMention, attribute: Attribute, cued: Bool) -> (words: String, envelope: Bool)? {
        // Heights, and distances read from the verb of engaging alone ("des cibles qui
        // volaient à 300 m"); "targets that are 12 km away" has its own cue and says how far
        // the weapon reaches.
        // (A sentence about the targets: each of its distances and speeds is theirs.)
        if quantity.dimension == .length || quantity.dimension == .speed, let subject = sentenceAboutTargets(before: quantity.range.lowerBound) {
            return (text(subject..<quantity.range.upperBound), false)
        }
        let height = attribute == .maxAltitude || attribute == .minAltitude
        // A speed after a target noun is how fast the targets flew, bound or not ("самолёты,
        // летящие со скоростью до 1440 км/ч", "targets flying at speeds of up to 400 m/s").
        let speed = attribute == .maxSpeed && quantity.dimension == .speed
        guard speed || (height || (attribute == .maxRange && !cued)) && quantity.dimension == .length else { return nil }
        // (In a relative clause after a comma, bound or not: "helicopters, which rarely fly
        // higher than 50 metres", "Hubschrauber, die selten höher als 50 Meter fliegen"; a bound
        // on the object of a negated verb of engaging is the weapon's: "kann keine Flugzeuge
        // bekämpfen, die höher als 3000 Meter fliegen".)
        let bounded = !(speed || quantity.bound == .exact || quantity.bound == .about)
        if let words = targetRelativeClause(before: quantity), !bounded || !engagedBeforeComma(quantity) { return (words, false) }
        let position = quantity.range.lowerBound
        guard !bounded else { return nil }
        // The nearest target before the figure: a target cue ("helicópteros") or a target noun ("мишеням").
        var target: Range<Int>?
        for cue in cues where cue.range.upperBound <= position {
            if case .target = cue.cue, cue.range.upperBound > (target?.upperBound ?? -1) { target = cue.range }
        }
        for word in wordRanges(in: clauseStart(position)..<position) where word.upperBound > (target?.upperBound ?? -1) {
            if isIn(.targetNoun, lowercasedText(word)) { target = word }
        }
        guard let target else { return nil }
        let between = target.upperBound..<position
        // (A speed may stand further on, past the targets' description, with no coordinator
        // opening a predicate of the weapon's: "targets as small as a tennis ball travelling at
        // twice the speed of sound".)
        let reach = wordCount(between)
        guard reach <= Self.targetClauseReach || speed && reach <= 10
                && !containsWord(in: between, where: { isCoordinator($0) }),
              !quantities.contains(where: { between.contains($0.range.lowerBound) }),
              !mentions.contains(where: { between.contains($0.range.lowerBound) }) else { return nil }
        var i = between.lowerBound
        while i < position, bytes[i] == 0x20 { i += 1 }
        let comma = i < position && bytes[i] == 0x2C
        if comma { i += 1 }
        var first = firstWord(in: i..<position) ?? ""
        if !comma, let name = targetModelName(in: i..<position) {
            // "un dron Furia que volaba a unos 1.200 metros", "eine Drohne Ljutyj, die ...": the
            // target's model name may stand between it and the relative pronoun.
            first = firstWord(in: name.upperBound..<position) ?? ""
        }
        // The clause must open right after the target: a relative pronoun (", que", "qui",
        // "which"), or a comma and a participle ("мишеням, летевшим на высоте").
        // A speed may also follow the target's participle with no comma ("samoloty lecące z
        // prędkością", "aircraft flying at").
        // "Lors d'un essai, l'une des cibles évoluait à 56 kilomètres", "the target was flying
        // at 5 km": a target opening its clause (at most three words before it, no verb of
        // engaging and no name among them) is the clause's subject; the figure says how it flew.
        // (A target cue may stand before the figure's clause opens: the clause then starts at it.)
        let opening = min(clauseStart(position), target.lowerBound)
        var leadStart = opening
        for k in stride(from: target.lowerBound - 1, through: leadStart, by: -1) where bytes[k] == 0x2C {
            leadStart = k + 1
            break
        }
        let lead = leadStart..<target.lowerBound
        // (No verb of engaging anywhere before it in the clause: "engages helicopters, aircraft
        // and drones from 400 m" lists the objects of "engages".)
        let before = opening..<target.lowerBound
        // (A word referring back right before the target is its determiner, not a subject:
        // "sa cible volait à environ 4 km", blind set ND, fr.)
        let subject = wordCount(lead) <= 3 && !mentions.contains(where: { mention in
            before.contains(mention.range.lowerBound) && !(!mention.named && wordCount(mention.range.upperBound..<target.lowerBound) == 0)
        })
            && !cues.contains(where: { ($0.cue == .targetVerb || isWord($0, .weakTargetVerb)) && before.contains($0.range.lowerBound) })
        let opens = isIn(.relativePronoun, first) || comma || speed || subject || governedTarget(target, height: height)
        guard opens, !hasPunctuation(i..<position) else { return nil }
        let envelope = height && !comma && isIn(.relativePronoun, first) && engagingVerbGoverns(target)
        return (text(target.lowerBound..<quantity.range.upperBound), envelope)
    }

    /// Whether a preposition of engaging (pack `structure.preposition_governors`: "against",
    /// "gegen", "против", "contre") stands at most three words before the target, with no
    /// punctuation between: a height written right after such a target ("against a Ukrainian
    /// drone at an altitude of about 2 km", "gegen eine Aufklärungsdrohne in etwa 2 km Höhe",
    /// "против беспилотника на высоте около 2 км", "contre un drone volant à environ 2 km
    /// d'altitude") says where that target flew when it was engaged, not how high the weapon
    /// reaches. (Blind set AJ, de; the same sentence in en, ru and fr read alike.) Heights only:
    /// "against helicopters 5 km away" may be a reach. The preposition is one word, with no
    /// verb of engaging between it and the target: "pensado para derribar aviones a una altura
    /// de 3.000 metros" (a phrase of purpose) says what the weapon is for.
    func governedTarget(_ target: Range<Int>, height: Bool) -> Bool {
        guard height else { return false }
        let start = clauseStart(target.lowerBound)
        return cues.contains { cue in
            guard isWord(cue, .prepositionGovernor), cue.range.lowerBound >= start, cue.range.upperBound <= target.lowerBound,
                  wordCount(cue.range) == 1 else { return false }
            let gap = cue.range.upperBound..<target.lowerBound
            return !hasPunctuation(gap) && wordCount(gap) <= 3 && !cues.contains { verb in
                (verb.cue == .targetVerb || isWord(verb, .weakTargetVerb)) && gap.contains(verb.range.lowerBound)
            }
        }
    }

    /// Whether a negation and a verb of engaging (not a preposition) stand in the stretch
    /// before the last comma before the figure, back to the clause punctuation before it.
    private func engagedBeforeComma(_ quantity: QuantityMention) -> Bool {
        var comma = quantity.range.lowerBound - 1
        while comma > range.lowerBound, bytes[comma] != 0x2C { comma -= 1 }
        var start = comma
        while start > range.lowerBound, !Self.isClausePunctuation(bytes, at: start - 1) { start -= 1 }
        let stretch = start..<comma
        return cues.contains { isWord($0, .negation) && stretch.contains($0.range.lowerBound) } && cues.contains { cue in
            (cue.cue == .targetVerb || isWord(cue, .weakTargetVerb)) && !isWord(cue, .prepositionGovernor) && stretch.contains(cue.range.lowerBound)
        }
    }

    /// Whether a verb of engaging (pack `target_verbs` or `weak_target_verbs`, not a
    /// preposition such as "against") stands at most three words before `target` (eight when
    /// a coordinator joins the target as a second object), in its clause, with no punctuation
    /// between: the target is that verb's object.
    func engagingVerbGoverns(_ target: Range<Int>) -> Bool {
        let start = clauseStart(target.lowerBound)
        return cues.contains { cue in
            guard cue.cue == .targetVerb || isWord(cue, .weakTargetVerb), !isWord(cue, .prepositionGovernor),
                  cue.range.lowerBound >= start, cue.range.upperBound <= target.lowerBound else { return false }
            let gap = cue.range.upperBound..<target.lowerBound
            guard !hasPunctuation(gap) else { return false }
            let count = wordCount(gap)
            if count <= 3 { return true }
            // A second object joined by a coordinator ("frappe des hélicoptères jusqu'à 7 km
            // et des avions qui ..."): the coordinator among the two words before the target.
            let last = words(in: gap, limit: 16).suffix(2)
            return count <= 8 && last.contains { isCoordinator($0) }
        }
    }

    /// "against Zala drones, which patrol at some 90 km/h at 2,000 metres", "против
    /// дронов «Зала», которые патрулируют ... на высоте 2000 м", "gegen Zala-Drohnen ein, die mit
    /// rund 90 km/h in 2000 Metern patrouillieren": the figure stands in a relative clause (a comma and a
    /// relative pronoun, at most one word such as a verb particle before the comma) whose
    /// antecedent is a target (a target cue or noun within two words before the comma) or
    /// the words after a preposition of engaging ("against", "против"; at most three words
    /// to the comma). Figures of another kind may stand between (the targets' speed before
    /// their height), no system name and no other punctuation. Returns the words from the
    /// antecedent to the figure.
    func targetRelativeClause(before quantity: QuantityMention) -> String? {
        let position = quantity.range.lowerBound
        // The comma that opens the figure's clause: the last one before it outside figures.
        var comma = -1
        var k = position - 1
        while k > range.lowerBound {
            if bytes[k] == 0x2C, !(bytes[k - 1] &- 0x30 < 10 && k + 1 < position && bytes[k + 1] &- 0x30 < 10) { comma = k; break }
            k -= 1
        }
        guard comma > range.lowerBound else { return nil }
        let clauseWords = (comma + 1)..<position
        guard let first = firstWord(in: clauseWords), isIn(.relativePronoun, first),
              wordCount(clauseWords) <= Self.targetClauseReach + 6, !hasPunctuationOutsideFigures(clauseWords),
              !mentions.contains(where: { clauseWords.contains($0.range.lowerBound) }),
              !quantities.contains(where: { clauseWords.contains($0.range.lowerBound) && $0.dimension == quantity.dimension })
        else { return nil }
        // The antecedent: a target within two words before the comma, or a preposition of
        // engaging at most three words before it.
        var antecedent: Int?
        for cue in cues where cue.range.upperBound <= comma {
            let gap = cue.range.upperBound..<comma
            guard !hasPunctuation(gap) else { continue }
            if case .target = cue.cue, wordCount(gap) <= 1 { antecedent = cue.range.lowerBound }
            if isWord(cue, .prepositionGovernor), wordCount(gap) <= 3 { antecedent = cue.range.lowerBound }
        }
        // (Or a target noun, the last word or the one before it: "auf eine Zieldarstellungsrakete
        // abgefeuert, die in rund 9.000 Metern Höhe anflog", a verb written last between.)
        if antecedent == nil, let last = lastWordRange(before: comma) {
            if isIn(.targetNoun, lowercasedText(last)) {
                antecedent = last.lowerBound
            } else if let before = lastWordRange(before: last.lowerBound), !hasPunctuation(before.upperBound..<last.lowerBound),
                      isIn(.targetNoun, lowercasedText(before)) {
                antecedent = before.lowerBound
            }
        }
        guard let antecedent else { return nil }
        return text(antecedent..<quantity.range.upperBound)
    }

    /// Whether a target word (`targets` cue) or target noun stands at most three words before
    /// `position` with no punctuation between, or in a clause opened by a relative pronoun right
    /// after it (after a comma or not: "a target that was moving at 400 km/h"; at most six words).
    func isTargetsSpeed(at position: Int) -> Bool {
        var targets: [Range<Int>] = []
        for cue in cues where cue.range.upperBound <= position {
            if case .target = cue.cue { targets.append(cue.range) }
        }
        scanWords(in: range.lowerBound..<position) { word in
            if isIn(.targetNoun, lowercasedText(word)) { targets.append(word) }
            return true
        }
        return targets.contains { target in
            let between = target.upperBound..<position
            if wordCount(between) <= 3, !hasPunctuation(between) { return true }
            // The clause opens right after the target, or after one word and a comma
            // ("śmigłowiec szturmowy, który leciał").
            var i = between.lowerBound
            if let comma = between.first(where: { bytes[$0] == 0x2C }), wordCount(between.lowerBound..<comma) <= 1 { i = comma + 1 }
            guard wordCount(between) <= 6, !hasPunctuation(i..<position), let pronoun = firstWord(in: i..<position) else { return false }
            return isIn(.relativePronoun, pronoun)
        }
    }

    /// The ranges of the words (runs of letters and digits) in `r`.
    func wordRanges(in r: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = -1
        var i = r.lowerBound
        while i < r.upperBound {
            let isLetter = bytes[i] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[i])
            if isLetter, start < 0 { start = i }
            if !isLetter, start >= 0 {
                result.append(start..<i)
                start = -1
            }
            i += 1
        }
        if start >= 0 { result.append(start..<r.upperBound) }
        return result
    }
}

extension SentenceAnalysis {
    /// "Die Ziele näherten sich aus rund 60 Kilometern über dem Meer, manche in nur 300 Metern
    /// Höhe" (blind sets GL and HJ): a sentence whose subject, in its first three words, is a
    /// target (a target cue or a target noun), with no system named or referred to and no verb
    /// of engaging before `position`, is about how the targets flew; each of its figures is
    /// theirs. Where the target word starts, or nil.
    func sentenceAboutTargets(before position: Int) -> Int? {
        let lead = words(in: range.lowerBound..<position, limit: 4)
        guard lead.count >= 2 else { return nil }
        var first: Int?
        scanWords(in: range.lowerBound..<position) { word in
            if first == nil, isIn(.targetNoun, lowercasedText(word)) || cues.contains(where: { cue in
                if case .target = cue.cue { return cue.range == word } else { return false }
            }) { first = word.lowerBound }
            return first == nil && wordCount(range.lowerBound..<word.upperBound) < 3
        }
        guard let first else { return nil }
        let stretch = range.lowerBound..<position
        let about = !mentions.contains(where: { stretch.contains($0.range.lowerBound) })
            && !outsideMentions.contains(where: { stretch.contains($0.range.lowerBound) })
            && !cues.contains(where: { cue in
                // (The target word itself may be listed as one: "Ziele".)
                if cue.cue == .targetVerb || isWord(cue, .weakTargetVerb) || isWord(cue, .shotVerb) {
                    return stretch.contains(cue.range.lowerBound) && cue.range.lowerBound != first
                }
                if case .attribute = cue.cue { return cue.range.upperBound <= first }
                return false
            })
        return about ? first : nil
    }

    /// A target's model name right after the target noun ("un dron Furia que ...", "a drone
    /// Orlan-10 that ..."): one word that opens with a capital, is no system or cue of ours,
    /// and is followed by a relative pronoun. Returns the name's range.
    func targetModelName(in stretch: Range<Int>) -> Range<Int>? {
        var words: [Range<Int>] = []
        scanWords(in: stretch) { word in
            words.append(word)
            return words.count < 2
        }
        guard words.count == 2, let scalar = Unicode.Scalar(ByteText.scalar(at: words[0].lowerBound, bytes).0),
              ClaimVocabulary.isUppercase(scalar), isIn(.relativePronoun, lowercasedText(words[1])),
              !hasPunctuation(words[0].upperBound..<words[1].lowerBound),
              !mentions.contains(where: { $0.range.overlaps(words[0]) }),
              !cues.contains(where: { $0.range.overlaps(words[0]) }) else { return nil }
        return words[0]
    }
}
