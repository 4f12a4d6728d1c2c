/// Whose mass: "Der Gefechtskopf der Mistral wiegt 3 kg", "Боевая часть «Иглы-1» весит 1,17
/// кг", "the warhead of the Igla weighs 1.2 kg". A plain mass verb whose subject is the
/// warhead states the warhead's mass, not the missile's, however near the verb is.
extension SentenceAnalysis {
    /// A warhead cue that is the subject of the mass word `cue`: before it in its clause,
    /// with at most three words between (the owner's name, an article) and no punctuation or
    /// other figure of the same dimension.
    func warheadSubject(of cue: CueMatch, for quantity: QuantityMention) -> CueMatch? {
        let here = clause(cue.range.lowerBound)
        // The mass word is this figure's own: no other figure of its dimension between them
        // ("Der Gefechtskopf der Mistral wiegt 3 kg, der Piorun mit Starter 16,5 kg").
        let toFigure = gap(cue.range, quantity.range)
        // (Unless a name in the possessive owns it: "a warhead nearly three times as heavy: 3 kg
        // against the Redeye's 1.06 kg" sets the other system's warhead beside it.)
        if quantities.contains(where: { $0.dimension == quantity.dimension && $0.range != quantity.range
            && toFigure.contains($0.range.lowerBound) }), !mentions.contains(where: { $0.named && $0.range.upperBound <= quantity.range.lowerBound
                && toFigure.contains($0.range.lowerBound) && possessiveGap($0.range.upperBound..<quantity.range.lowerBound) }) {
            return nil
        }
        return lastCue { candidate in
            guard case .attribute(.warheadMass) = candidate.cue, candidate.range.upperBound <= cue.range.lowerBound,
                  clause(candidate.range.lowerBound) == here else { return false }
            var between = stretch(candidate.range, cue.range)
            // "La charge militaire du Mistral, garnie de billes de tungstène, pèse": a phrase
            // set off by two commas between the subject and its verb is left out.
            if let comma = between.first(where: { bytes[$0] == 0x2C }), isSetOff(comma..<between.upperBound) {
                between = between.lowerBound..<comma
            }
            guard !hasPunctuation(between, allowingComma: false),
                  !quantities.contains(where: { $0.dimension == quantity.dimension && between.contains($0.range.lowerBound) }) else { return false }
            // ("a warhead nearly three times as heavy": a multiple's words are the degree's.)
            let multiple = cues.filter { isWord($0, .multiple) && between.contains($0.range.lowerBound) }.map { wordCount($0.range) }.max() ?? 0
            if wordCount(between) - multiple <= 3 { return true }
            // "Боевая часть ракеты 9М36 комплекса «Стрела-3» весит", "La cabeza de guerra del
            // misil del Strela-3 pesa": the warhead's owner, named after it, no verb or
            // coordinator (a clause or a second subject) between.
            return wordCount(between) <= Self.warheadOwnerWords && !hasVerb(between) && !hasCoordinator(in: between)
                && (mentions.contains { between.contains($0.range.lowerBound) } || containsWord(in: between, of: .missileNoun))
        }
    }

    /// Whether a cue opens with a missile noun ("missile weighs"): the noun may be the
    /// owner in a warhead's phrase ("the warhead of the missile weighs").
    func startsWithMissileNoun(_ cue: Range<Int>) -> Bool {
        firstWord(in: cue).map { isIn(.missileNoun, $0) } ?? false
    }

    /// Words the owner of a warhead may take between it and its verb ("of the missile of the
    /// Strela-3", "ракеты 9М36 комплекса «Стрела-3»").
    static let warheadOwnerWords = 6

    /// Words a phrase set off by commas may hold (`isSetOff`).
    static let setOffWords = 8

    /// Whether a range is a phrase set off by two commas (", garnie de billes de tungstène, "):
    /// it opens and closes with a comma past spaces, and holds between them one to `maxWords`
    /// words, no other punctuation and no figure.
    func isSetOff(_ r: Range<Int>, maxWords: Int = setOffWords) -> Bool {
        var low = r.lowerBound, high = r.upperBound
        while low < high, bytes[low] == 0x20 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 { high -= 1 }
        guard high - low >= 3, bytes[low] == 0x2C, bytes[high - 1] == 0x2C else { return false }
        let inside = (low + 1)..<(high - 1)
        let count = wordCount(inside)
        return count >= 1 && count <= maxWords && !hasPunctuation(inside)
            && !quantities.contains { inside.contains($0.range.lowerBound) }
    }
}

extension SentenceAnalysis {
    /// A system-mass cue that ends right before the mass word `cue` and so is its subject
    /// ("the Piorun launcher and missile weigh 16.5 kg together"): the missile noun inside
    /// it does not make the figure the missile's. Only a system's name may stand between
    /// ("Пусковая установка с ракетой «Игла-С» весит", "Le lanceur avec son missile Mistral pèse").
    func systemMassSubject(of cue: CueMatch) -> CueMatch? {
        lastCue { candidate in
            guard case .attribute(.systemMass) = candidate.cue, candidate.range.upperBound <= cue.range.lowerBound else { return false }
            let between = stretch(candidate.range, cue.range)
            if wordCount(between) == 0 { return !hasPunctuation(between) }
            return wordsOutsideNames(between) == 0 && !between.contains { [0x2C, 0x2E, 0x3A, 0x3B].contains(bytes[$0]) }
        }
    }
}

extension SentenceAnalysis {
    /// Words a mass verb may stand past the missile noun heading its subject.
    static let missileSubjectReach = 6

    /// "The 9M32 missile of the Strela-2 system weighed 9.8 kg", "Сама ракета 9М32 комплекса
    /// «Стрела-2» весила", "Die Rakete 9M32 des Systems Strela-2 wog": a missile noun among the
    /// first three words of the mass verb's clause heads its subject, whatever designation and
    /// owner follow it, when no part, component or other figure stands between it and the verb.
    /// Returns the noun's range.
    func missileSubject(of cue: CueMatch) -> Range<Int>? {
        let start = clauseStart(cue.range.lowerBound)
        guard start < cue.range.lowerBound else { return nil }
        var noun: Range<Int>?
        var seen = 0
        scanWords(in: start..<cue.range.lowerBound) { word in
            seen += 1
            if isIn(.missileNoun, lowercasedText(word)) { noun = word }
            return noun == nil && seen < 3
        }
        guard let noun else { return nil }
        let between = noun.upperBound..<cue.range.lowerBound
        guard wordCount(between) <= Self.missileSubjectReach, !hasPunctuation(between, allowingComma: false),
              !quantities.contains(where: { $0.dimension == .mass && between.contains($0.range.lowerBound) }),
              !cues.contains(where: { part in
                  (part.cue == .manPortable || isWord(part, .partNoun) || isWord(part, .componentNoun) || isWord(part, .componentIntro))
                      && part.range.lowerBound >= noun.upperBound && part.range.upperBound <= cue.range.lowerBound
                      // (not a word inside a name: "Стрела" in «Стрела-2»)
                      && !mentions.contains { $0.named && $0.range.overlaps(part.range) }
              }) else { return nil }
        // "The missile and its reusable launcher weigh": a missile listed with other things.
        if containsWord(in: between, where: { isCoordinator($0) }) { return nil }
        return noun
    }

    /// Words a missile noun may stand before a mass figure that has no cue ("the missile
    /// alone was 8.3 kg", "el misil solo ya son 19,5 kg").
    static let missileNounReach = 4

    /// Words an apposition may put between its comma and the mass figure ("Su misil, de
    /// 9,15 kg", "El misil estadounidense, de apenas 10 kilos", "Its missile, at 10.5 kg").
    static let appositionReach = 2

    /// A missile noun among the four words right before a figure, past dashes but no other
    /// punctuation: the subject of an elided "weighs" ("le missile 8,3 kg", "ракеты — 8,3 кг",
    /// "the missile alone was 8.3 kg"); or the noun an apposition holding the figure follows
    /// ("Su misil, de 9,15 kg, ...": at most two words between the comma and the figure, the
    /// noun among the two words before the comma). Nil otherwise.
    func missileNoun(before quantity: QuantityMention) -> String? {
        var start = quantity.range.lowerBound
        let limit = max(range.lowerBound, start - 64)
        while start > limit, !hasPunctuation((start - 1)..<start) { start -= 1 }
        let near = words(in: start..<quantity.range.lowerBound)
        if let noun = near.suffix(Self.missileNounReach).last(where: { isIn(.missileNoun, $0) }) { return noun }
        guard start > limit, bytes[start - 1] == 0x2C, near.count <= Self.appositionReach else { return nil }
        var head = start - 1
        let headLimit = max(range.lowerBound, head - 64)
        while head > headLimit, !hasPunctuation((head - 1)..<head) { head -= 1 }
        return words(in: head..<(start - 1)).suffix(2).last { isIn(.missileNoun, $0) }
    }
}

extension SentenceAnalysis {
    /// The missile as the subject that governs a mass (issue 8, the wrong mass). A missile noun
    /// among the `missileNounReach` words before the figure, after the last punctuation ("It
    /// weighs roughly 19 kg ready to fire, while the missile alone is 11.7 kg"), outranks a
    /// whole-system cue across that punctuation: the nearest cue in the clause that governs the
    /// figure wins. And a bare mass word coordinated after a comma ("Le missile polonais engage
    /// des cibles entre 400 m et 6,5 km, ..., et pèse 25 kg") shares the sentence's subject: a
    /// sentence that opens with a missile noun makes it the missile's. Neither holds with a
    /// whole-system cue or a part in the figure's clause. Nil otherwise.
    func missileSubjectMass(_ quantity: QuantityMention, over choice: AttributeChoice) -> AttributeChoice? {
        guard quantity.dimension == .mass, let cue = choice.cue else { return nil }
        // The figure's clause: back to the last punctuation, on to the next.
        var start = quantity.range.lowerBound
        while start > range.lowerBound, !hasPunctuation((start - 1)..<start) { start -= 1 }
        var stop = quantity.range.upperBound
        while stop < range.upperBound, !hasPunctuation(stop..<(stop + 1)) { stop += 1 }
        let clause = start..<stop
        guard !cues.contains(where: { ($0.cue == .attribute(.systemMass) || isWord($0, .componentNoun)) && clause.contains($0.range.lowerBound) })
        else { return nil }
        if let share = partitiveShare(quantity, clause: clause) { return share }
        if choice.attribute == .systemMass, cue.range.upperBound <= start, start > range.lowerBound,
           !quantities.contains(where: { $0.dimension == .mass && $0.range != quantity.range && clause.contains($0.range.lowerBound) }),
           let noun = words(in: start..<quantity.range.lowerBound).suffix(Self.missileNounReach).last(where: { isIn(.missileNoun, $0) }) {
            return Self.missileMass(noun, reason: "\"\(noun)\" in the figure's own clause governs it, not \"\(choice.cueWords)\" across the punctuation before: the missile's mass")
        }
        // "..., et pèse 25 kg": a mass word right after a comma and a coordinator.
        guard choice.attribute == .missileMass, choice.isGeneric, cue.range.upperBound <= quantity.range.lowerBound else { return nil }
        var verbStart = cue.range.lowerBound
        while verbStart > range.lowerBound, !hasPunctuation((verbStart - 1)..<verbStart) { verbStart -= 1 }
        guard verbStart > range.lowerBound, bytes[verbStart - 1] == 0x2C else { return nil }
        let lead = words(in: verbStart..<cue.range.lowerBound)
        guard lead.count == 1, isCoordinator(lead[0]),
              let noun = words(in: range.lowerBound..<cue.range.lowerBound, limit: 2).first(where: { isIn(.missileNoun, $0) }),
              !cues.contains(where: { ($0.cue == .attribute(.systemMass) || isWord($0, .componentNoun)) && $0.range.lowerBound < stop })
        else { return nil }
        var missile = choice
        missile.isGeneric = false
        missile.reason += "; coordinated after a comma, it shares the sentence's subject \"\(noun)\": the missile's mass"
        return missile
    }

    /// Words a missile noun may stand after a partitive figure ("of which 10.8 kg is the
    /// missile", "z czego 10,8 kg przypada na pocisk").
    static let partitiveNounReach = 4

    /// "17.9 kg for the complete set, of which 10.8 kg is the missile", "davon entfallen 10,8 kg
    /// auf die Rakete", "из них 10,8 кг приходится на ракету": a mass whose clause opens with a
    /// partitive word (pack `structure.partitive_words`) and has a missile noun among the
    /// `partitiveNounReach` words after it is the missile's share of the whole.
    func partitiveShare(_ quantity: QuantityMention, clause: Range<Int>) -> AttributeChoice? {
        guard clause.lowerBound > range.lowerBound,
              let partitive = cues.first(where: { isWord($0, .partitiveWord) && $0.range.lowerBound >= clause.lowerBound }),
              wordCount(clause.lowerBound..<partitive.range.lowerBound) == 0,
              wordCount(partitive.range.upperBound..<quantity.range.lowerBound) <= 1 else { return nil }
        let after = words(in: quantity.range.upperBound..<clause.upperBound, limit: Self.partitiveNounReach)
        guard let noun = after.first(where: { isIn(.missileNoun, $0) }) else { return nil }
        return Self.missileMass(noun, reason: "a share of the whole given before (\"\(text(partitive.range))\"), \"\(noun)\" after it: the missile's mass")
    }

    /// The missile's mass, read from a phrase whose missile noun is `noun`.
    static func missileMass(_ noun: String, reason: String) -> AttributeChoice {
        var missile = AttributeChoice(attribute: .missileMass, cueWords: noun, reason: reason, isGeneric: false)
        missile.basis = .phrase
        return missile
    }

    /// Whether a cue written after figure `index` leads straight into another figure of the
    /// same dimension (at most `cueLeadWords` words, no punctuation between): the cue opens
    /// that figure's gapped clause and is its own ("Sie wiegt 10,1 Kilogramm, das komplette
    /// System rund 15 Kilogramm", "It weighs 10.1 kg, the complete system about 15 kg").
    func leadsIntoOtherFigure(_ cue: Range<Int>, after index: Int) -> Bool {
        let own = quantities[index]
        guard cue.lowerBound >= own.range.upperBound else { return false }
        return quantities.contains { other in
            guard other.dimension == own.dimension, other.range.lowerBound >= cue.upperBound else { return false }
            let lead = stretch(cue, other.range)
            return !hasPunctuation(lead) && wordCount(lead) <= Self.cueLeadWords
        }
    }
}

extension SentenceAnalysis {
    /// "Die Abschusseinrichtung der Stinger wiegt 4,7 kg", "Wyrzutnia Pioruna waży 6 kg",
    /// "Пусковая труба «Иглы-С» длиной 1,7 м весит 2,5 кг": a part or component (pack
    /// `part_nouns`, `component_nouns`) named at most one word before the system the mass is
    /// tied to (its genitive; no mass word between), in the figure's clause, owns the mass.
    func partOwnsMass(of mention: Mention, _ quantity: QuantityMention) -> Bool {
        guard mention.named, clause(mention.range.lowerBound) == clause(quantity.range.lowerBound) else { return false }
        return cues.contains { cue in
            guard isWord(cue, .partNoun) || isWord(cue, .componentNoun), cue.range.upperBound <= mention.range.lowerBound else { return false }
            let between = stretch(cue.range, mention.range)
            return wordCount(between) <= 1 && !hasPunctuation(between) && !containsWord(in: between, of: .massWord)
        }
    }

    /// "Each dart weighs about 900 grams", "Celownik nocny waży 2,2 kg", "The reusable gripstock
    /// alone weighs about 2 kg", "Mechanizm startowy z baterią waży ok. 6 kg": a part or
    /// component at most three words before the mass word or cue, in the figure's clause, with
    /// no system named or referred to and no missile noun from it to the figure ("Das
    /// Startgerät mit Rakete wiegt 31 Kilogramm" is the whole system), and not last in a list,
    /// owns the mass.
    func partOwnsMass(before position: Int) -> Bool {
        let start = clauseStart(position)
        guard let part = lastCue(where: { cue in
            (isWord(cue, .partNoun) || isWord(cue, .componentNoun)) && cue.range.upperBound <= position && cue.range.lowerBound >= start
                && !mentions.contains { $0.named && $0.range.overlaps(cue.range) }
        }), !mentions.contains(where: { $0.range.lowerBound >= part.range.upperBound && $0.range.upperBound <= position }),
            !containsWord(in: part.range.upperBound..<position, of: .missileNoun) else { return false }
        // "The Stinger missile with its launch tube weighs 14 kg": a part attached to a missile or
        // a system named before it in the clause is not alone. (Attached: in the same stretch,
        // no comma, stop or colon between; "Pocisk ... waży aż 28 kg, dlatego żołnierz niesie go
        // w pokrowcu ważącym kolejne 3 kg" names the missile before the comma.)
        var lead = part.range.lowerBound
        while lead > start {
            let b = bytes[lead - 1]
            if b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || (b == 0x2C && lead < range.upperBound && bytes[lead] == 0x20)
                || (b == 0x2E && lead < range.upperBound && bytes[lead] == 0x20) { break }
            lead -= 1
        }
        // (A mass of its own closes the phrase before it: "Ракета массой 10,8 кг хранится в
        // деревянном ящике весом около 40 кг"; blind set OC.)
        // (Not when a with-word joins the part to it: "Pocisk o masie 10,8 kg razem z wyrzutnią
        // ... waży aż 28 kg" weighs them together.)
        if let own = quantities.last(where: { $0.dimension == .mass && $0.range.lowerBound >= lead && $0.range.upperBound <= part.range.lowerBound }),
           !containsWord(in: own.range.upperBound..<part.range.lowerBound, of: .withWord) {
            lead = own.range.upperBound
        }
        let attached = lead..<part.range.lowerBound
        if mentions.contains(where: { $0.named && $0.range.upperBound <= part.range.lowerBound && $0.range.lowerBound >= lead })
            || containsWord(in: attached, of: .missileNoun) { return false }
        // "The system, missile, stand and sight together weigh 87 kg", "Mit Griffstück und
        // Thermalbatterie wiegt die Waffe 15 kg": the last of a list is not one part alone.
        if let previous = lastWordRange(before: part.range.lowerBound),
           isCoordinator(lowercasedText(previous)) { return false }
        if part.range.lowerBound > start, hasPunctuation(lastWordRange(before: part.range.lowerBound).map { $0.upperBound..<part.range.lowerBound } ?? (part.range.lowerBound - 1)..<part.range.lowerBound) { return false }
        return cues.contains { cue in
            guard cue.range.lowerBound >= part.range.upperBound, cue.range.upperBound <= position else { return false }
            let between = stretch(part.range, cue.range)
            guard wordCount(between) <= 3, !hasPunctuation(between) else { return false }
            if case .attribute(let attribute) = cue.cue, case .quantity(.mass) = attribute.kind { return true }
            return isWord(cue, .massWord)
        }
    }
}

extension SentenceAnalysis {
    /// Words a listed missile noun may stand before the mass word or figure it is the subject
    /// of ("i pocisk ważą", "и ракета весят 17,9 кг", "and missile, weighs").
    static let listedMissileReach = 2

    /// The coordinator that lists the missile with other things as the subject of a mass:
    /// a missile noun among the `listedMissileReach` words before `position` (past at most one
    /// comma: "with launcher, thermal battery and missile, weighs 16.5 kg") right after a
    /// coordinator ("Kompletna wyrzutnia, bateria i pocisk ważą 16,5 kg", "Пусковое
    /// устройство, батарея и ракета весят 17,9 кг"). The launcher, battery and missile together
    /// weigh as the whole system. Nil when the missile is not listed, or when the coordinator
    /// joins two clauses (`listedBefore`).
    func listedMissile(before position: Int) -> String? {
        var end = position
        var commas = 0
        for _ in 0..<(Self.listedMissileReach + 1) {
            while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            if end > range.lowerBound, bytes[end - 1] == 0x2C, commas == 0 {
                commas += 1
                end -= 1
                continue
            }
            guard let word = lastWordRange(before: end), word.upperBound == end else { return nil }
            if isIn(.missileNoun, lowercasedText(word)) { return listedBefore(word) }
            end = word.lowerBound
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// Counts of items a mass may be written for: a pair up to a launcher's load. Larger
    /// counts are deliveries ("500 Stingers weighing 15 kg each" gives one system's mass).
    static let countedMassItems = 2.0...12.0

    /// "Two Piorun missiles weigh 21 kg", "The container with two Igla missiles weighs 45 kg",
    /// "Dwa pociski Piorun ważą razem 21 kg": a count of two or more written right before a
    /// system's name or a noun for the missile (at most one word between), before the mass in
    /// its clause with no punctuation between: the mass may be of several items, not of one
    /// system or one missile. Returns the count's words and the word after it.
    func countedMassSubject(before position: Int) -> String? {
        let from = clauseStart(position)
        for count in quantities where count.isBareNumber && Self.countedMassItems.contains(count.value)
            && count.range.lowerBound >= from && count.range.upperBound <= position {
            let rest = count.range.upperBound..<position
            guard !hasPunctuationOutsideFigures(rest) else { continue }
            let next = words(in: rest, limit: 2)
            let named = mentions.contains { mention in
                mention.named && mention.range.lowerBound >= count.range.upperBound && mention.range.upperBound <= position
                    && wordCount(count.range.upperBound..<mention.range.lowerBound) <= 1
            }
            guard named || next.contains(where: { isIn(.missileNoun, $0) || isIn(.weaponNoun, $0) }) else { continue }
            return text(count.range) + (next.isEmpty ? "" : " " + next[0])
        }
        return nil
    }

    /// "die etwa 15 Kilogramm schwere Drohne", "a 15-kilogram drone": a mass whose cue
    /// alone stands between it and a target word weighs the target.
    func targetOwnsMass(_ quantity: QuantityMention) -> Bool {
        guard let target = cues.first(where: { cue in
            if case .target = cue.cue { return cue.range.lowerBound >= quantity.range.upperBound && cue.range.lowerBound - quantity.range.upperBound <= 24 }
            return false
        }), !mentions.contains(where: { $0.range.overlaps(target.range) }) else { return false }
        // ("Der 47,5 Tonnen schwere Panzer": a target word that refers to the system is the system.)
        let gap = quantity.range.upperBound..<target.range.lowerBound
        var covered = true
        scanWords(in: gap) { word in
            covered = cues.contains { cue in
                guard case .attribute(let attribute) = cue.cue, case .quantity(.mass) = attribute.kind else { return false }
                return cue.range.lowerBound <= word.lowerBound && cue.range.upperBound >= word.upperBound
            }
            return covered
        }
        return covered && !hasPunctuation(gap)
    }

    /// "aussi vite qu'une balle de fusil d'assaut (autour de 900 m/s)", "faster than the speed
    /// of sound (343 m/s)": a figure in brackets right after a noun of another thing
    /// (`structure.other_owners`, at most three words before the bracket, no punctuation
    /// between) is that thing's.
    func bracketedAfterOtherOwner(_ quantity: QuantityMention) -> Bool {
        var open = quantity.range.lowerBound - 1
        let floor = max(range.lowerBound, quantity.range.lowerBound - 24)
        while open > floor, bytes[open] != 0x28 {
            if hasPunctuation(open..<(open + 1)) { return false }
            open -= 1
        }
        guard open >= range.lowerBound, bytes[open] == 0x28, wordCount(open + 1..<quantity.range.lowerBound) <= 2 else { return false }
        return cues.contains { cue in
            guard isWord(cue, .otherOwner), cue.range.upperBound <= open else { return false }
            let gap = cue.range.upperBound..<open
            return wordCount(gap) <= 3 && !hasPunctuation(gap)
        }
    }
}

extension SentenceAnalysis {
    /// Whether `quantity` stands in a gapped clause after a figure whose mass word `cue` has
    /// the warhead as its subject: "У «Иглы-С» боевая часть весит 2,49 кг, а у «Иглы» —
    /// 1,17 кг", "La ojiva del Igla-S pesa 2,49 kg, y la del Igla, 1,17 kg". The clause leaves
    /// out the verb and may leave out its subject too, so the figure may be the warhead's as
    /// well as the whole system's or the missile's ("Der Gefechtskopf der Mistral wiegt 3 kg,
    /// der Piorun mit Starter 16,5 kg" says the whole system's).
    ///
    /// So may a mass compared with an earlier warhead's ("Ihr Gefechtskopf ist mit 2,5 kg
    /// doppelt so schwer wie der der Igla, der 1,17 kg wiegt": blind set DO, de): a warhead cue
    /// at most four words before an earlier mass figure of the sentence.
    func gappedWarhead(_ cue: CueMatch, for quantity: QuantityMention) -> Bool {
        if quantities.contains(where: { other in
            other.dimension == quantity.dimension && other.range.upperBound <= quantity.range.lowerBound
                && cues.contains { warhead in
                    warhead.cue == .attribute(.warheadMass) && warhead.range.upperBound <= other.range.lowerBound
                        && wordCount(warhead.range.upperBound..<other.range.lowerBound) <= 4
                }
        }) {
            return true
        }
        guard cue.range.upperBound <= quantity.range.lowerBound else { return false }
        return quantities.contains { other in
            other.dimension == quantity.dimension && other.range.lowerBound >= cue.range.upperBound
                && other.range.upperBound <= quantity.range.lowerBound && warheadSubject(of: cue, for: other) != nil
        }
    }
}

extension SentenceAnalysis {
    /// Whether a man-portability phrase stands among the `missileNounReach` words before a
    /// mass, in its clause: "un missile portable de 19 kg", "a shoulder-fired missile of 19 kg".
    /// The missile noun there names the weapon a soldier carries, not the missile alone, so it
    /// does not make the figure the missile's (blind set WI, fr).
    func portableClassBefore(_ quantity: QuantityMention) -> Bool {
        cues.contains { cue in
            guard cue.cue == .manPortable, cue.range.upperBound <= quantity.range.lowerBound else { return false }
            let gap = cue.range.upperBound..<quantity.range.lowerBound
            return wordCount(gap) <= Self.missileNounReach && !hasPunctuation(gap)
        }
    }
}
