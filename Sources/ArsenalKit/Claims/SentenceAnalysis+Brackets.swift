/// Names in round brackets: an aside about another system ("Die Mistral 3 (statt der älteren
/// Mistral) reicht acht Kilometer weit") owns no figure after the brackets (issue 8, session 32).
extension SentenceAnalysis {
    /// Whether `mention` stands in brackets closed before `position` and the last name before
    /// it outside them is another system ("Die Mistral 3 (statt der älteren Mistral)"); not an
    /// alias of the name before them ("die FN-6 (Feinu-6), die seit 2008 im Dienst ist", "el
    /// Igla original (9K38)").
    func isAside(_ mention: Mention, before position: Int) -> Bool {
        if isCommaAside(mention, before: position) || isOpeningRelativeAside(mention, before: position) { return true }
        guard isInClosedBrackets(mention.range, before: position) else { return false }
        guard let outside = mentions.last(where: { $0.named && $0.range.upperBound <= mention.range.lowerBound
            && !isInClosedBrackets($0.range, before: position) }) else { return false }
        // ("Lo Stinger (la sigla è FIM-92B)": a variant of the family named before narrows it.)
        guard outside.system != mention.system, outside.system >= 0, mention.system >= 0 else { return false }
        return catalog.familyRoot(of: catalog.systems[mention.system].id) != catalog.systems[outside.system].id
    }

    /// "Seúl, que durante años compró misiles franceses Mistral, apuesta ahora por el Chiron
    /// nacional, en servicio desde 2005" (blind set RU, es): a name inside a relative clause on
    /// the sentence's opening words (one to three, no system among them), closed by a comma
    /// before `position` with another system named after it, describes what those words name:
    /// an aside, which owns nothing after it.
    func isOpeningRelativeAside(_ mention: Mention, before position: Int) -> Bool {
        guard mention.named, mention.range.upperBound < position else { return false }
        var after = mention.range.upperBound
        while after < position, !hasPunctuation(after..<(after + 1)) { after += 1 }
        // (Another name after it, before the claim: with none, "Raytheon, which builds the
        // Stinger, claims a range of 6 km" is about the only system named.)
        guard after < position, bytes[after] == 0x2C,
              mentions.contains(where: { $0.named && $0.system != mention.system && $0.range.lowerBound > after && $0.range.upperBound <= position })
        else { return false }
        var comma = range.lowerBound
        while comma < mention.range.lowerBound, bytes[comma] != 0x2C { comma += 1 }
        guard comma < mention.range.lowerBound, (1...3).contains(wordCount(range.lowerBound..<comma)),
              !hasPunctuation(range.lowerBound..<comma),
              !mentions.contains(where: { $0.range.lowerBound < comma }), !outsideMentions.contains(where: { $0.range.lowerBound < comma }),
              let start = relativePronoun(after: comma), start < mention.range.lowerBound,
              !hasPunctuation(start..<mention.range.lowerBound) else { return false }
        return true
    }

    /// Whether `r` lies inside round brackets that close before `position`, in the sentence.
    func isInClosedBrackets(_ r: Range<Int>, before position: Int) -> Bool {
        var i = r.lowerBound
        var opened = false
        while i > range.lowerBound {
            i -= 1
            if bytes[i] == 0x29 { return false }
            if bytes[i] == 0x28 { opened = true; break }
        }
        guard opened, r.upperBound < position else { return false }
        for j in r.upperBound..<position {
            if bytes[j] == 0x28 { return false }
            if bytes[j] == 0x29 { return true }
        }
        return false
    }

    /// The most bytes a bracket read as a name's aside may span.
    static let bracketReach = 160

    /// Past a bracket right after a name: a bracket of its own (" (Thales)", " (9K38, SA-18)")
    /// or the one the name closes ("SA-18)"); `position` when none follows. An apposition may
    /// come after it: "Crotale NG (Thales), modèle du HQ-7 chinois :".
    func pastBracket(after position: Int, before limit: Int) -> Int {
        if position < limit, bytes[position] == 0x29 { return position + 1 }
        guard position + 1 < limit, bytes[position] == 0x20, bytes[position + 1] == 0x28 else { return position }
        // (A bracket this long is no aside of a name: the scan stops, so a sentence costs no
        // more than `bracketReach` bytes per name.)
        let end = min(limit, position + Self.bracketReach)
        var k = position + 2
        while k < end, bytes[k] != 0x29, bytes[k] != 0x28, bytes[k] != 0x0A { k += 1 }
        return k < end && bytes[k] == 0x29 ? k + 1 : position
    }

    /// The name a bracket holding `position` opens right after ("zestawu Grom (w służbie od
    /// 1995 r.), trafił do wojska w 2019 roku"): the bracket's words describe it. Nil when
    /// the bracket closes before `position`, names a system before it, or follows no name.
    func bracketOwner(of position: Int, among before: [Mention]) -> Mention? {
        var open = position - 1
        let start = max(range.lowerBound, position - Self.bracketReach)
        while open >= start, bytes[open] != 0x28 {
            if bytes[open] == 0x29 { return nil }
            open -= 1
        }
        guard open >= start, open > range.lowerBound, let owner = before.last(where: { $0.range.upperBound <= open }), owner.named,
              owner.range.upperBound == open || (owner.range.upperBound + 1 == open && bytes[open - 1] == 0x20),
              !before.contains(where: { $0.named && $0.range.lowerBound > open }) else { return nil }
        return owner
    }
}

extension SentenceAnalysis {
    /// Words a phrase set off by commas after a sentence's opening subject may hold.
    static let commaAsideWords = 12

    /// "Die 10,2 Kilogramm schwere Rakete, aus Mustern der sowjetischen Strela-2M entwickelt,
    /// bekämpft Flugzeuge bis in 4 Kilometer Höhe", "The missile, built with the help of
    /// Strela-2M samples, hits aircraft up to 4 km high": a name inside a phrase set off by
    /// commas right after the sentence's opening subject (a name or a word referring back,
    /// another system), not at the phrase's head (that is an apposition: "Die Rakete, die
    /// Strela-2M, ..."), closed before `position` with no name between: an aside, which owns
    /// nothing after it.
    func isCommaAside(_ mention: Mention, before position: Int) -> Bool {
        guard mention.named, mention.range.upperBound < position else { return false }
        // (First what is cheap: a comma must close the phrase after the name, before the
        // claim; most names have none.)
        var after = mention.range.upperBound
        while after < position, !hasPunctuation(after..<(after + 1)) { after += 1 }
        guard after < position, bytes[after] == 0x2C else { return false }
        // The subject: a mention, or a phrase naming the missile or weapon ("Die 10,2 Kilogramm
        // schwere Rakete"), opening the sentence.
        let subjectEnd: Int
        if let subject = mentions.first, subject.range.upperBound < mention.range.lowerBound {
            // (Only articles and qualifiers before it: "Il doit remplacer le S-300PS, tandis que
            // le S-400, en service depuis 2007, ..." has no subject there.)
            guard subject.system >= 0, subject.system != mention.system, !subject.isObject, !subject.possessive,
                  onlyQualifiers(range.lowerBound..<subject.range.lowerBound) else { return false }
            subjectEnd = subject.range.upperBound
        } else {
            var comma = range.lowerBound
            // (Not a decimal comma: "10,2 Kilogramm".)
            func isDigit(_ k: Int) -> Bool { k >= range.lowerBound && k < range.upperBound && bytes[k] &- 0x30 < 10 }
            while comma < mention.range.lowerBound, !(bytes[comma] == 0x2C && !(isDigit(comma - 1) && isDigit(comma + 1))) { comma += 1 }
            let opening = range.lowerBound..<comma
            guard comma < mention.range.lowerBound, wordCount(opening) <= 6, !hasPunctuationOutsideFigures(opening),
                  containsWord(in: opening, of: .missileNoun) || containsWord(in: opening, of: .weaponNoun) else { return false }
            subjectEnd = comma
        }
        // The comma right after the subject opens the phrase.
        var open = subjectEnd
        while open < mention.range.lowerBound, bytes[open] == 0x20 { open += 1 }
        guard open < mention.range.lowerBound, bytes[open] == 0x2C, !hasPunctuation((open + 1)..<mention.range.lowerBound) else { return false }
        // The name is not the phrase's head: more than an article before it.
        let lead = (open + 1)..<mention.range.lowerBound
        let leadWords = words(in: lead, limit: 3)
        // (Not a clause of its own: "Kyiv had Stingers, and London offered Starstreak, ...".)
        if let first = leadWords.first, isCoordinator(first) || cues.contains(where: { isWord($0, .clauseBreak) && $0.range.lowerBound == firstWordRange(in: lead)?.lowerBound }) {
            return false
        }
        guard leadWords.count >= 2 || (leadWords.count == 1 && !isIn(.definiteArticle, leadWords[0].lowercased()) && !isIn(.determiner, leadWords[0].lowercased()))
        else { return false }
        // The comma closing it, before the claim, with the phrase short.
        var close = mention.range.upperBound
        while close < position, !hasPunctuation(close..<(close + 1)) { close += 1 }
        guard close < position, bytes[close] == 0x2C, wordCount((open + 1)..<close) <= Self.commaAsideWords else { return false }
        // (Nor a list: "Stinger, Igla and Mistral crews guard the port, out to 9 km".)
        return !mentions.contains { $0.named && $0.system != mention.system && $0.range.lowerBound > open && $0.range.lowerBound < position
            && $0.range.lowerBound != mention.range.lowerBound }
    }

    /// Whether every word of `r` is an article, a determiner, a noun for the missile or part of
    /// an origin, class or man-portability phrase ("the Russian", "Der polnische", "Pociski").
    func onlyQualifiers(_ r: Range<Int>) -> Bool {
        guard !hasPunctuationOutsideFigures(r) else { return false }
        var all = true
        scanWords(in: r) { word in
            let lowered = lowercasedText(word)
            let qualifies = isIn(.definiteArticle, lowered) || isIn(.determiner, lowered) || isIn(.missileNoun, lowered) || cues.contains { cue in
                guard cue.range.lowerBound <= word.lowerBound, cue.range.upperBound >= word.upperBound else { return false }
                switch cue.cue {
                case .origin, .systemClass, .manPortable: return true
                default: return false
                }
            }
            if !qualifies { all = false }
            return qualifies
        }
        return all
    }
}

extension SentenceAnalysis {
    /// Whether the comma at `k` stands between two digits ("6,5 km"): a decimal or thousands
    /// separator, which closes no phrase.
    func isDecimalComma(at k: Int) -> Bool {
        k > range.lowerBound && k + 1 < range.upperBound && bytes[k - 1] &- 0x30 < 10 && bytes[k + 1] &- 0x30 < 10
    }
}

extension SentenceAnalysis {
    /// "L'Igla-1 (9K310, SA-16 Gimlet pour l'OTAN) a été adopté par l'armée soviétique en 1970"
    /// (blind set MK, fr), "el lanzador portátil Chiron (KP-SAM Shingung), atendido por dos
    /// soldados" (blind set LY, es): a bracket closes a clause, but the clause after it goes on
    /// with the name written right before the bracket as its subject. That name (only spaces
    /// between it and the bracket, itself no object), when the claim's clause starts at the
    /// bracket's close and names nothing before the claim; nil otherwise.
    func subjectBeforeBracket(of position: Int, among before: [Mention]) -> Mention? {
        let start = clauseStart(position)
        guard start > range.lowerBound, bytes[start] == 0x29 else { return nil }
        var opening = start - 1
        while opening > range.lowerBound, bytes[opening] != 0x28, bytes[opening] != 0x29 { opening -= 1 }
        guard bytes[opening] == 0x28,
              let name = before.last(where: { $0.range.upperBound <= opening }), name.named, !name.isObject,
              (name.range.upperBound..<opening).allSatisfy({ bytes[$0] == 0x20 }),
              !before.contains(where: { $0.named && $0.range.lowerBound > start }),
              // (A bracket naming another record, a variant, is `isAside`'s: "Lo Stinger (la sigla è FIM-92B)".)
              !mentions.contains(where: { $0.range.lowerBound > opening && $0.range.upperBound <= start && $0.system != name.system }) else { return nil }
        return name
    }
}
