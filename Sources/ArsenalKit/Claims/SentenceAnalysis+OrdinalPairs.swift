/// Ordinal pairs: "Le premier pèse 15,2 kg ; le second, 17,9 kg", "7 km pour le premier, 6 km
/// pour le second", "Первые бьют на 6,5 км, вторые — примерно на 8 км". A word for "the first"
/// (pack `structure.first_of_two`) and, later in the same sentence, a word for "the second"
/// (`structure.second_of_two`) mean the earlier and the later of the last two systems named.
/// Both are needed: alone, "le premier" or "первые" is as often an ordinal before a noun ("le
/// premier tir", "первые поставки"). Each must also stand alone, followed by punctuation, the
/// sentence's end or a cue ("Le premier pèse", "Первые бьют"), not by a noun it qualifies.
extension SentenceAnalysis {
    func addOrdinalPair() {
        // (In either order: "Les seconds tirent ... ; les premiers, conçus par Raytheon, ...".)
        guard let first = cues.first(where: { isWord($0, .firstOfTwo) && standsAlone($0.range) }),
              let second = cues.first(where: { isWord($0, .secondOfTwo) && !$0.range.overlaps(first.range) && standsAlone($0.range) })
        else {
            addOpeningOrdinal()
            addLoneOrdinal()
            return
        }
        let opening = min(first.range.lowerBound, second.range.lowerBound)
        let closing = max(first.range.upperBound, second.range.upperBound)
        // The last two distinct systems named: in the sentences before, then in this one
        // before the first word ("Le Stinger et l'Igla diffèrent : le premier ...").
        var order: [Int] = []
        func note(_ system: Int) {
            guard system >= 0 else { return }
            order.removeAll { $0 == system }
            order.append(system)
        }
        for system in state.earlierNamed + state.lastNamed { note(system) }
        for mention in mentions where mention.named && mention.range.upperBound <= opening { note(mention.system) }
        guard order.count >= 2 else { return }
        let earlier = order[order.count - 2], later = order[order.count - 1]
        // A name between the two words breaks the pair ("le premier Stinger ..., le second ..."),
        // unless it names what the word before it means ("Les seconds tirent des missiles Aster 30").
        let leading = first.range.lowerBound < second.range.lowerBound ? earlier : later
        guard !mentions.contains(where: { $0.named && $0.system != leading && $0.range.lowerBound >= opening && $0.range.lowerBound < closing })
        else { return }
        mentions.removeAll { $0.range.overlaps(first.range) || $0.range.overlaps(second.range) }
        // The words referring back after each, up to the other or the next name, mean the same
        // ("Los primeros pesaban 14,5 kilos con el lanzador y alcanzaban 6 kilómetros").
        for (cue, system) in [(first, earlier), (second, later)] {
            let other = cue.range == first.range ? second.range : first.range
            retie(after: cue.range, until: other.lowerBound > cue.range.lowerBound ? other.lowerBound : range.upperBound, to: system)
        }
        for (cue, system) in [(first, earlier), (second, later)] { insertOrdinal(cue.range, system: system) }
    }

    /// "El Ejército opera el RBS 70 y el Igla-S. El primero alcanza 7 km. El segundo usa un
    /// buscador infrarrojo" (blind set GL): a word for "the first" or "the second" standing
    /// alone at the start of a sentence, after sentences whose latest naming one named exactly
    /// two systems, means the earlier or the later of them.
    /// So does a word for "old" or "new" standing alone there ("Nowszy razi cele do wysokości
    /// 5000 m"): the older or the newer of the two, by their service years or by which the
    /// text named as replaced (`kinReferent`).
    private func addOpeningOrdinal() {
        guard state.lastNamed.count == 2 || state.openedPair.count == 2 else { return }
        // (Words for "old" and "new" are word sets, not cues: the sentence's first word is read.)
        let ordinal = cues.first(where: { isWord($0, .firstOfTwo) || isWord($0, .secondOfTwo) })
        guard let word = ordinal?.range ?? firstWordRange(in: range), wordCount(range.lowerBound..<word.lowerBound) == 0 else { return }
        let isFirst = ordinal.map { isWord($0, .firstOfTwo) } ?? false
        let isSecond = ordinal.map { isWord($0, .secondOfTwo) } ?? false
        let lowered = ordinal == nil ? lowercasedText(word) : ""
        let older = ordinal == nil && isIn(.olderWord, lowered)
        // (An ordinal may also head a noun for the missile or the system: "The first missile weighs
        // 720 kg", "El primer sistema"; blind set GL.)
        guard isFirst || isSecond || older || ordinal == nil && isIn(.newerWord, lowered),
              standsAlone(word) || (isFirst || isSecond) && headsWeaponNoun(word),
              !mentions.contains(where: { $0.named && $0.range.lowerBound < word.upperBound }) else { return }
        let pair = state.lastNamed.count == 2 ? state.lastNamed : isSecond ? state.openedPair : []
        guard pair.count == 2 else { return }
        let system: Int
        if isFirst {
            system = pair[0]
            state.openedPair = pair
        } else if isSecond {
            system = pair[1]
            state.openedPair = []
        } else {
            guard let referent = kinReferent(older: older, owner: nil, in: pair) else { return }
            system = referent
        }
        // (Not a system the sentence names after the word: "Los primeros derriban aviones a 200
        // kilómetros; los Buk, a unos 45" sets the primeros against the Buk, and a system we do
        // not know, named first before, may be the first.)
        guard !mentions.contains(where: { $0.named && $0.system == system && $0.range.lowerBound >= word.upperBound }) else { return }
        mentions.removeAll { $0.range.overlaps(word) }
        retie(after: word, until: range.upperBound, to: system)
        insertOrdinal(word, system: system)
    }

    /// "Obok Osy Polska ma jeszcze zestawy Strzała-10M. Pierwszy razi cele do 10,3 km, drugi
    /// sięga 5 km" (blind set HP): a word for "the first" and one for "the second" standing
    /// alone in the sentence, before `position`, that no two systems named before resolve (one
    /// of the pair is a name we do not know): the words, since a figure after them tied to the
    /// topic may be the other one's.
    func unresolvedOrdinalPair(before position: Int) -> String? {
        guard let first = cues.first(where: { isWord($0, .firstOfTwo) && standsAlone($0.range) }),
              let second = cues.first(where: { isWord($0, .secondOfTwo) && !$0.range.overlaps(first.range) && standsAlone($0.range) }),
              min(first.range.lowerBound, second.range.lowerBound) < position,
              !mentions.contains(where: { $0.range == first.range || $0.range == second.range }) else { return nil }
        return text(first.range) + " … " + text(second.range)
    }

    /// Whether the word right after `word` is a noun for the missile or the weapon, or opens a
    /// word referring back ("The first missile", "the second system").
    private func headsWeaponNoun(_ word: Range<Int>) -> Bool {
        guard let next = firstWordRange(in: word.upperBound..<range.upperBound), !hasPunctuation(word.upperBound..<next.lowerBound) else { return false }
        let lowered = lowercasedText(next)
        return isIn(.missileNoun, lowered) || isIn(.weaponNoun, lowered)
            || mentions.contains { !$0.named && $0.range.lowerBound <= next.lowerBound && $0.range.upperBound >= next.upperBound }
    }

    /// Ties the words referring back after an ordinal at `word`, up to `end` or the next
    /// name, to `system` ("Los primeros pesaban 14,5 kilos con el lanzador y alcanzaban ...").
    private func retie(after word: Range<Int>, until end: Int, to system: Int) {
        let stop = min(end, mentions.first(where: { $0.named && $0.range.lowerBound >= word.upperBound })?.range.lowerBound ?? range.upperBound)
        for index in mentions.indices where !mentions[index].named && !mentions[index].kinReference
            && mentions[index].range.lowerBound >= word.upperBound && mentions[index].range.lowerBound < stop {
            mentions[index].system = system
        }
    }

    /// "На стенде стояли «Игла» ... и более новая «Игла-С»; по словам представителя, первая
    /// поступила на вооружение в 1983 году" (blind set RD, ru): a word for "the first" or "the
    /// second" standing alone right after a comma, semicolon or colon inside the sentence, with
    /// exactly two systems named before it in the sentence, means the earlier or the later of
    /// them, and so do the words referring back after it up to the next name. A word opening
    /// the sentence is `addOpeningOrdinal()`'s.
    private func addLoneOrdinal() {
        guard let word = cues.first(where: { (isWord($0, .firstOfTwo) || isWord($0, .secondOfTwo)) && standsAlone($0.range) }),
              wordCount(range.lowerBound..<word.range.lowerBound) > 0,
              // (Not one heading a noun, "первые комплексы поступили", nor one opening with a
              // relative pronoun, "die Igla, die eine Reichweite von 5,2 km hat".)
              !headsWeaponNoun(word.range), !(firstWord(in: word.range).map { isIn(.relativePronoun, $0.lowercased()) } ?? false),
              predicateFollows(word.range) else { return }
        var k = word.range.lowerBound
        while k > range.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
        guard k > range.lowerBound, bytes[k - 1] == 0x2C || bytes[k - 1] == 0x3B || bytes[k - 1] == 0x3A else { return }
        var order: [Int] = []
        for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= word.range.lowerBound
            && !order.contains(mention.system) {
            order.append(mention.system)
        }
        guard order.count == 2 else { return }
        let system = isWord(word, .firstOfTwo) ? order[0] : order[1]
        mentions.removeAll { $0.range.overlaps(word.range) }
        retie(after: word.range, until: range.upperBound, to: system)
        insertOrdinal(word.range, system: system)
    }

    /// Whether a predicate starts right after `word`: an attribute's cue or a verb at the next
    /// word ("первая поступила на вооружение", "the former weighs"), not a noun the word
    /// qualifies ("первые комплексы").
    private func predicateFollows(_ word: Range<Int>) -> Bool {
        var k = word.upperBound
        while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        // (Past an auxiliary: "le premier est entré en service".)
        if let next = firstWordRange(in: k..<range.upperBound), next.lowerBound == k, isIn(.copula, lowercasedText(next)) {
            k = next.upperBound
            while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        }
        return cues.contains { cue in
            guard cue.range.lowerBound == k else { return false }
            switch cue.cue {
            case .attribute: return true
            case .word(let kind): return Self.isVerb(kind)
            default: return false
            }
        }
    }

    /// Adds the ordinal word at `word` as a mention of `system`, in text order.
    private func insertOrdinal(_ word: Range<Int>, system: Int) {
        let mention = Mention(range: word, system: system, named: false, pronoun: false, possessive: false,
                              isObject: false, words: text(word))
        let index = mentions.firstIndex { $0.range.lowerBound > word.lowerBound } ?? mentions.endIndex
        mentions.insert(mention, at: index)
    }

    /// Whether the phrase at `r` stands alone: punctuation, a figure or the sentence's end
    /// after it ("le second, 17,9 kg", "drugie 8 km"), or a cue starting at the next word
    /// ("pèse", "бьют", "porte").
    func standsAlone(_ r: Range<Int>) -> Bool {
        // (Or the owner in a possessive, an owner preposition right before it: "у первого
        // перехватчики ..., у второго дальность — 40 км"; blind set GP.)
        if let before = lastWordRange(before: r.lowerBound), !hasPunctuation(before.upperBound..<r.lowerBound),
           r.lowerBound - before.upperBound <= 2, isIn(.ownerPreposition, lowercasedText(before)) { return true }
        var k = r.upperBound
        while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        guard k < range.upperBound else { return true }
        let b = bytes[k]
        if b < 0x80, !TextScan.isASCIIAlphanumeric(b) || b &- 0x30 < 10 { return true }
        // A dash or another punctuation mark outside ASCII ("—", "–", "«").
        if b == 0xE2 || b == 0xC2 { return true }
        // (Or up to two words on, a verb, a participle or a copula before it: "Pierwsze mają
        // zasięg", "drugie naprowadzane są wiązką lasera"; blind set ED.)
        let next = firstWordRange(in: k..<range.upperBound)
        var starts: [Int] = [k]
        var at = k
        for _ in 0..<2 {
            guard let word = firstWordRange(in: at..<range.upperBound), !hasPunctuation(at..<word.lowerBound) else { break }
            var after = word.upperBound
            while after < range.upperBound, bytes[after] == 0x20 { after += 1 }
            guard after < range.upperBound, !hasPunctuation(word.upperBound..<after) else { break }
            starts.append(after)
            at = after
        }
        if cues.contains(where: { cue in
            guard starts.contains(cue.range.lowerBound) else { return false }
            switch cue.cue {
            case .attribute, .targetVerb, .guidance: return true
            // (Or a verb of launching or carrying: "Les seconds tirent des missiles Aster 30".)
            default: return isWord(cue, .reachVerb) || isWord(cue, .launchVerb) || isWord(cue, .carryVerb)
            }
        }) { return true }
        guard let word = next else { return false }
        return isIn(.massWord, lowercasedText(word))
    }
}
