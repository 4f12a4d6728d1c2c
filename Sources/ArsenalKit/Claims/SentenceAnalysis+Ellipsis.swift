import Foundation

/// Subjects left out after a contrast: "Nowszy system razi cele na odległość do 12 km, a
/// starszy, wprowadzony do służby w 1979 r., na wysokości do 25 km", "Szwedzki zestaw ma
/// zasięg 9 km, polski zaś samonaprowadza się na podczerwień" (blind set FP). A word for
/// "old" or "new", or an origin adjective, stands alone as the subject of a later clause: the
/// noun it qualifies is left out because it is the noun of the clause before, and the word
/// sets another system against that clause's subject. What follows it is that other
/// system's, which the words alone do not name.
extension SentenceAnalysis {
    /// Why the claim at `position` tied by `binding` may be another system's: an elliptical
    /// subject stands between the mention it is tied to (or the sentence's start) and it.
    /// Nil otherwise, and for a claim in a relative clause or an apposition.
    func ellipticalDoubt(at position: Int, binding: Binding) -> String? {
        // (From a word referring back itself, which may be the noun the elliptical word owns:
        // "ракета старого".)
        let from = binding.mention.map { $0.named ? $0.range.upperBound : $0.range.lowerBound } ?? range.lowerBound
        guard binding.basis != .relativeClause, binding.basis != .apposition,
              let word = ellipticalSubject(from: from, before: position, system: binding.system)
        else { return nil }
        return "\"\(word)\" stands alone as a subject after the \(systemName(binding.system)): it sets another system against that one"
    }

    /// The words of an elliptical subject between `from` and `position`: a word of the pack's
    /// `older_words` or `newer_words`, or a one-word origin adjective of another country than
    /// `system`'s, that
    ///
    /// - opens a clause: right after a coordinator, a clause-break word, a comma or a
    ///   semicolon, with at most two articles between ("a starszy", ", polski", "y el
    ///   antiguo");
    /// - stands alone: a comma, a semicolon, a dash, a clause-break word or a word of contrast
    ///   between figures (pack `figure_contrasts`: "zaś", "dagegen") follows it at once;
    ///
    /// with no name or word referring back between it and `position`. Nil otherwise.
    func ellipticalSubject(from: Int, before position: Int, system: Int) -> String? {
        guard system >= 0, from < position, position <= range.upperBound else { return nil }
        let lead = from..<position
        // (Cheap first: a comma or a word of contrast must stand in the stretch.)
        guard memchr(bytes.baseAddress! + from, 0x2C, position - from) != nil
            || cues.contains(where: { lead.contains($0.range.lowerBound) && (isWord($0, .clauseBreak) || isWord($0, .figureContrast)) })
        else { return nil }
        var words: [Range<Int>] = []
        scanWords(in: lead) { word in
            words.append(word)
            return words.count < 64
        }
        let own = catalog.systems[system].origin
        for (index, word) in words.enumerated() where index > 0 || word.lowerBound > from {
            let lowered = lowercasedText(word)
            var stands = isIn(.olderWord, lowered) || isIn(.newerWord, lowered)
            // "while the Soviet one makes do with four crew": an origin word may carry a head
            // noun of its own (pack `structure.origin_heads`, or a word no cue holds) that names
            // no system (blind set HC).
            var last = word
            if !stands, let origin = cues.first(where: { $0.range == word }), case .origin(let code) = origin.cue {
                stands = code != own && Set([code, own]) != ["SU", "RU"]
                if stands, index + 1 < words.count, (word.upperBound..<words[index + 1].lowerBound).allSatisfy({ bytes[$0] == 0x20 }),
                   cues.contains(where: { isWord($0, .originHead) && $0.range == words[index + 1] })
                    // (or a lowercase word no cue holds: "the Soviet one makes do with four crew")
                    || bytes[words[index + 1].lowerBound] &- 0x61 < 26 && !cues.contains(where: { $0.range.overlaps(words[index + 1]) && !isWord($0, .singleWord) }),
                   !mentions.contains(where: { $0.range.overlaps(words[index + 1]) && catalog.systems[$0.system].origin == code }) {
                    last = words[index + 1]
                }
            }
            guard stands, opensClause(at: index, in: words, from: from), standsAlone(last, before: position) else { continue }
            let rest = last.upperBound..<position
            guard !mentions.contains(where: { rest.contains($0.range.lowerBound) || $0.range.contains(word.lowerBound) }),
                  !outsideMentions.contains(where: { rest.contains($0.range.lowerBound) }) else { continue }
            return text(word)
        }
        return nil
    }

    /// Whether the word at `index` of `words` opens a clause: a coordinator, a clause-break
    /// word or clause punctuation before it, past at most two articles.
    private func opensClause(at index: Int, in words: [Range<Int>], from: Int) -> Bool {
        // ("; ракета старого развивала скорость 800 м/с": the missile of the old one, a noun for
        // the missile or a part right before the word, itself opening the clause; blind set GP.)
        if index >= 1, isIn(.missileNoun, lowercasedText(words[index - 1])) || isIn(.partNoun, lowercasedText(words[index - 1])),
           opensClause(at: index - 1, in: words, from: from) { return true }
        var k = index - 1
        var articles = 0
        while k >= 0, articles < 2 {
            let lowered = lowercasedText(words[k])
            guard isIn(.determiner, lowered) || isIn(.definiteArticle, lowered) else { break }
            // (Punctuation before the article ends the search: ", el antiguo".)
            if hasPunctuation(words[k].upperBound..<words[k + 1].lowerBound) { break }
            k -= 1
            articles += 1
        }
        let gapStart = k >= 0 ? words[k].upperBound : from
        let gap = gapStart..<words[k + 1].lowerBound
        for i in gap where bytes[i] == 0x2C || bytes[i] == 0x3B { return true }
        guard k >= 0 else {
            // (The stretch's first word: clause punctuation or the sentence's start before it.)
            var b = gapStart - 1
            while b >= range.lowerBound, bytes[b] == 0x20 { b -= 1 }
            return b < range.lowerBound || bytes[b] == 0x2C || bytes[b] == 0x3B
        }
        if isCoordinator(lowercasedText(words[k])) { return true }
        return cues.contains { isWord($0, .clauseBreak) && $0.range.upperBound == words[k].upperBound }
    }

    /// Whether nothing qualified follows `word`: a comma, semicolon or dash, or a clause-break
    /// word or a word of contrast between figures, right after it.
    private func standsAlone(_ word: Range<Int>, before position: Int) -> Bool {
        var k = word.upperBound
        while k < position, bytes[k] == 0x20 { k += 1 }
        guard k < position else { return false }
        if bytes[k] == 0x2C || bytes[k] == 0x3B { return true }
        if Self.isClausePunctuation(bytes, at: k), bytes[k] == 0xE2 { return true }
        return cues.contains { cue in
            guard cue.range.lowerBound == k else { return false }
            if isWord(cue, .clauseBreak) || isWord(cue, .figureContrast) { return true }
            // (Or the predicate's attribute cue or verb: "ракета старого развивала скорость".)
            switch cue.cue {
            case .attribute: return true
            case .word(let kind): return Self.isVerb(kind) && kind != .copula
            default: return false
            }
        }
    }

    /// "Frente a los 6 km del Mistral original, el nuevo modelo alcanza 8 km", "Compared with
    /// the 6 km of the original Mistral, the new missile reaches 8 km" (blind set FW): a name
    /// right after a figure (at most three words between, no punctuation) owns that figure, in a
    /// phrase set before the clause's subject; past the punctuation that closes the phrase, it
    /// is not what the clause is about.
    func ownsFrontedFigure(_ name: Mention, before position: Int) -> Bool {
        guard name.named, name.range.upperBound <= position, hasPunctuation(name.range.upperBound..<position) else { return false }
        // (The phrase opens the sentence: nothing named before the figure, and the figure the
        // sentence's first; "El Igla-S tiene un alcance de 6 km y el Stinger, de 8 km" lists.)
        guard let first = quantities.min(by: { $0.range.lowerBound < $1.range.lowerBound }), first.unit != nil,
              first.range.upperBound <= name.range.lowerBound,
              !mentions.contains(where: { $0.range.lowerBound < first.range.lowerBound }),
              !outsideMentions.contains(where: { $0.range.lowerBound < first.range.lowerBound }) else { return false }
        // (No dash between: "Both hit out to about 6 km — the Piorun a bit more, 6.5 km".)
        let gap = first.range.upperBound..<name.range.lowerBound
        return wordCount(gap) <= 3 && !hasPunctuation(gap) && !gap.contains(where: { bytes[$0] == 0xE2 || bytes[$0] == 0x2D && bytes[$0 - 1] == 0x20 })
    }

    /// "Lecą z prędkością 600 m/s i są naprowadzane radarowo, co odróżnia je od Piorunów" (blind
    /// set GB): a name inside a relative clause opened (a comma, then a relative pronoun)
    /// between the claim at `position` and it describes what the claim said; it does not own
    /// the claim.
    func inLaterRelativeClause(_ name: Mention, after position: Int) -> Bool {
        guard name.range.lowerBound > position else { return false }
        var k = position
        while k < name.range.lowerBound {
            // (Not a pronoun that is also an article: "9 km, die der Igla-S ist geringer".)
            if bytes[k] == 0x2C, let start = relativePronoun(after: k), let word = firstWord(in: start..<name.range.lowerBound),
               !isIn(.determiner, word), !isIn(.definiteArticle, word) { return true }
            k += 1
        }
        return false
    }

    /// "a two-soldier team carries it in three loads" (blind set FZ): a verb of carrying,
    /// launching, shooting, reaching or travelling between a crew cue and a count after it
    /// makes the count the object of what the crew does, not its size. (A copula or a verb of
    /// operating keeps it: "the crew is three", "a crew of two operates it".)
    func actsBetween(_ cue: Range<Int>, _ count: Range<Int>) -> Bool {
        guard cue.upperBound <= count.lowerBound else { return false }
        let between = cue.upperBound..<count.lowerBound
        return cues.contains { other in
            guard between.contains(other.range.lowerBound), case .word(let word) = other.cue else { return false }
            switch word {
            case .carryVerb, .launchVerb, .shotVerb, .reachVerb, .travel: return true
            default: return false
            }
        }
    }

    /// "frente a los 3,5 km del modelo anterior", "against the 3.5 km of the earlier model" (blind
    /// set GE): a kin noun (pack `structure.kin_nouns`) at most two words after the figure,
    /// nothing named between, no punctuation: the figure is that relative's. Its words, or nil.
    func kinNounAfter(_ quantity: QuantityMention) -> String? {
        let end = quantity.range.upperBound
        guard let kin = cues.first(where: { isWord($0, .kinNoun) && $0.range.lowerBound >= end && $0.range.lowerBound - end <= 48 }) else { return nil }
        let gap = end..<kin.range.lowerBound
        guard wordCount(gap) <= 2, !hasPunctuation(gap), !mentions.contains(where: { gap.contains($0.range.lowerBound) }) else { return nil }
        return text(kin.range)
    }

    /// Whether `lead` opens with a clause-break word (past a comma and closing quotes) whose
    /// next word starts an attribute cue or is a verb of the pack: a predicate whose subject is
    /// left out ("..., но весит 25 кг", "..., but weighs 25 kg").
    func predicateAfterBreak(in lead: Range<Int>) -> Bool {
        guard let first = firstWordRange(in: lead),
              let word = cues.first(where: { isWord($0, .clauseBreak) && $0.range.lowerBound == first.lowerBound }),
              let next = firstWordRange(in: word.range.upperBound..<lead.upperBound) else { return false }
        return cues.contains { cue in
            guard cue.range.lowerBound == next.lowerBound else { return false }
            switch cue.cue {
            case .attribute: return true
            case .word(let kind): return Self.isVerb(kind) && kind != .copula
            default: return false
            }
        }
    }

    /// "«Верба» приходит на смену «Игле-С»: новый ПЗРК с трёхспектральной головкой ..." (blind set
    /// GD): a claim tied to a name that a verb of succession made the object, right before a
    /// colon, may be the sentence subject's, the newcomer's. The subject's name, or nil.
    func succeededSubject(of binding: Binding, before position: Int) -> String? {
        guard let bound = binding.mention, bound.named, bound.range.upperBound <= position,
              let subject = mentions.first(where: \.named), subject.system >= 0, subject.system != binding.system,
              subject.range.upperBound <= bound.range.lowerBound,
              !mentions.contains(where: { $0.named && (bound.range.upperBound..<position).contains($0.range.lowerBound) }),
              succeededBeforeColon(subject: subject, bound: bound) else { return nil }
        return systemName(subject.system)
    }

    /// Why a figure ending at `end` is denied by an apposition on it: a comma right after it
    /// (at most two words of its phrase between), an echo (pack `structure.echoes`: "una
    /// cifra", "a figure") within two words after the comma, and a negation (pack
    /// `structure.negations`) at most six words after the echo, in the sentence. Nil otherwise.
    func deniedByEcho(after end: Int) -> String? {
        guard end < range.upperBound else { return nil }
        var comma = end
        while comma < range.upperBound, bytes[comma] != 0x2C, comma - end < 40 {
            if Self.isClausePunctuation(bytes, at: comma) || bytes[comma] == 0x2E { return nil }
            comma += 1
        }
        guard comma < range.upperBound, bytes[comma] == 0x2C, wordCount(end..<comma) <= 2 else { return nil }
        // "..., but Raytheon has never published such a figure", "..., pero el fabricante nunca
        // confirmó esa cifra": a clause break right after the comma, a negation, then the echo.
        if let opener = cues.first(where: { isWord($0, .clauseBreak) && $0.range.lowerBound > comma && wordCount(comma..<$0.range.lowerBound) == 0 }),
           let negation = cues.first(where: { isWord($0, .negation) && $0.range.lowerBound >= opener.range.upperBound
               && wordCount(opener.range.upperBound..<$0.range.lowerBound) <= 4 && !hasPunctuation(opener.range.upperBound..<$0.range.lowerBound) }),
           let echo = cues.first(where: { isWord($0, .echo) && $0.range.lowerBound >= negation.range.upperBound
               && wordCount(negation.range.upperBound..<$0.range.lowerBound) <= 4 && !hasPunctuation(negation.range.upperBound..<$0.range.lowerBound) }) {
            return "\"\(text(opener.range.lowerBound..<echo.range.upperBound))\" follows it: the article sets the figure apart as one nobody backs"
        }
        guard let echo = cues.first(where: { isWord($0, .echo) && $0.range.lowerBound > comma && wordCount(comma..<$0.range.lowerBound) <= 1 }),
              let negation = cues.first(where: { isWord($0, .negation) && $0.range.lowerBound >= echo.range.upperBound
                  && wordCount(echo.range.upperBound..<$0.range.lowerBound) <= 6 && !hasPunctuation(echo.range.upperBound..<$0.range.lowerBound) })
        else { return nil }
        return "\"\(text(echo.range.lowerBound..<negation.range.upperBound))\" follows it: the article sets the figure apart as one nobody backs"
    }

    /// The features of a crew size tied by `binding` at `position`: a reference or the topic
    /// that may be a guess, and an origin word of another country before it in its sentence
    /// ("Niemiecki czołg przeciwlotniczy waży 48 ton, jego załoga liczy trzy osoby" tied to the
    /// Shilka; blind set GL).
    func crewFeatures(_ binding: Binding, at position: Int) -> [ReadingFeature] {
        var features: [ReadingFeature] = []
        if let feature = referenceFeature(binding) { features.append(feature) }
        if let feature = topicFeature(binding, at: position) { features.append(feature) }
        if let words = otherOrigin(before: position, binding: binding) {
            features.append(ReadingFeature(.otherOrigin, words: words, systems: [systemName(binding.system)]))
        }
        // "el lanzador portátil Chiron (KP-SAM Shingung), atendido por dos soldados, con los
        // vehículos Chunma": a crew tied to a name written after it, with another record named
        // before, may be that record's (blind set LY, es); the judge keeps the feature only
        // when that record's crew is the figure, as for a figure (`rivalSystems`).
        if let rival = rivalSystems(of: binding.system, bound: binding.mention, figure: position..<(position + 1)) {
            features.append(rival)
        }
        return features
    }
}
