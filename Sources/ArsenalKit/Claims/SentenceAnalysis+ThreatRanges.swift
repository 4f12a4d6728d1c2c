/// A range a threat owns (issue 8, real-text sweep class W8): "Raketen mit einer Reichweite
/// von fünf bis 70 Kilometern bekämpfen", "zwalczania pocisków rakietowych o zasięgu od 5 do
/// 70 kilometrów", "rockets with a range of 4 to 70 km", "снарядов, выпущенных с расстояния
/// до 70 км". The range after a noun of a thing the system fights, joined to it by a word or
/// two, is how far that thing flies or where it is fired from, not how far the system
/// reaches. The nouns come from the pack: `structure.cue_owners` (things that are never the
/// system or its missile: "rockets", "снарядов"), or a missile or weapon noun that a verb of
/// engaging governs: placed right after the figure ("... Kilometern bekämpfen"), or before the
/// noun when the figure is a span ("zwalczania ... pocisków ... o zasięgu od 5 do 70 km") or a
/// participle describes the noun ("сбивает ракеты, выпущенные с расстояния до 70 км").
extension SentenceAnalysis {
    /// Words at most between a threat's noun and the range cue it owns ("mit einer", "with a",
    /// "o", ", выпущенных с", "fired from").
    static let threatLinkReach = 3

    /// The words from the threat's noun to the figure when the length `quantity` is the range
    /// of a threat (see above), for the `target-clause` feature: the attribute is a guess,
    /// never an alarm. Nil otherwise.
    func threatRange(_ quantity: QuantityMention) -> String? {
        guard quantity.dimension == .length else { return nil }
        let position = quantity.range.lowerBound
        // A threat's noun is an owner cue of the pack, or a weapon noun that a verb of
        // engaging governs (before it, or after the figure): with neither kind of cue in the
        // sentence there is none, and the words before the figure are not read.
        guard cues.contains(where: { cue in
            (isWord(cue, .cueOwner) && cue.range.upperBound <= position) || cue.cue == .targetVerb || isWord(cue, .targetGovernorAfter)
        }) else { return nil }
        let start = clauseStart(position)
        // The range cue of the figure, in its clause, at most two words before it; without
        // one, the noun must open a clause with a comma ("ракеты, выпущенные с расстояния до
        // 70 км": a participle describing it).
        let cue = lastCue(where: { cue in
            guard case .attribute(let attribute) = cue.cue, attribute == .maxRange || attribute == .minRange else { return false }
            return cue.range.lowerBound >= start && cue.range.upperBound <= position
        })
        var anchor = position..<position
        if let cue, wordCount(cue.range.upperBound..<position) <= 2, !hasPunctuation(cue.range.upperBound..<position) {
            anchor = cue.range
        }
        let participle = anchor.isEmpty
        // The last words before the cue, nearest last.
        var before: [Range<Int>] = []
        scanWords(in: max(range.lowerBound, anchor.lowerBound - 160)..<anchor.lowerBound) { word in
            before.append(word)
            return true
        }
        for word in before.reversed().prefix(Self.threatLinkReach + 1) {
            let lower = lowercasedText(word)
            let owner = cues.contains { isWord($0, .cueOwner) && $0.range.upperBound == word.upperBound }
            let weapon = !owner && (isIn(.weaponNoun, lower) || isIn(.missileNoun, lower))
            guard owner || weapon else { continue }
            guard linksThreat(word, to: anchor, figure: quantity, comma: participle) else { return nil }
            // A missile noun may be the system's own ("Patriot zwalcza pociski przeciwnika w
            // odległości do 100 km" is how far it reaches): governed from before, only a span
            // of the threats' ranges ("od 5 do 70 kilometrów") or a participle makes it theirs.
            if weapon, !isGovernedAfter(figure: quantity),
               !(isGovernedBefore(word) && (quantity.bound == .between || participle || commaAfter(word))) { return nil }
            return text(word.lowerBound..<quantity.range.upperBound)
        }
        return nil
    }

    /// Whether the words from a threat's noun to its range cue (or to the figure) join them:
    /// no name or other distance between, no target word on them, and no punctuation but a
    /// comma right after the noun ("снарядов, выпущенных с расстояния"), which `comma` requires.
    private func linksThreat(_ noun: Range<Int>, to cue: Range<Int>, figure: QuantityMention, comma: Bool) -> Bool {
        var link = noun.upperBound..<cue.lowerBound
        var i = link.lowerBound
        while i < link.upperBound, bytes[i] == 0x20 { i += 1 }
        if i < link.upperBound, bytes[i] == 0x2C {
            link = (i + 1)..<link.upperBound
        } else if comma {
            return false
        }
        guard !hasPunctuation(link) else { return false }
        let span = noun.upperBound..<figure.range.lowerBound
        if mentions.contains(where: { span.contains($0.range.lowerBound) }) || outsideMentions.contains(where: { span.contains($0.range.lowerBound) }) {
            return false
        }
        if quantities.contains(where: { $0.dimension == .length && link.contains($0.range.lowerBound) }) { return false }
        // A target word on the noun or after it ("aviones y misiles de crucero a distancias de
        // hasta 160 km") is a kind the system engages: the distance is the system's.
        let owned = noun.lowerBound..<cue.lowerBound
        return !cues.contains { cue in
            guard cue.range.overlaps(owned) else { return false }
            if case .target = cue.cue { return true }
            return false
        }
    }

    /// Whether a comma follows the noun right away, spaces aside: a participle or relative
    /// clause describing it ("ракети, випущені з відстані").
    private func commaAfter(_ noun: Range<Int>) -> Bool {
        var i = noun.upperBound
        while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
        return i < range.upperBound && bytes[i] == 0x2C
    }

    /// Whether a verb of engaging targets ends at most three words before the noun with no
    /// punctuation between ("do zwalczania nieprzyjacielskich pocisków").
    private func isGovernedBefore(_ noun: Range<Int>) -> Bool {
        cues.contains { cue in
            guard cue.cue == .targetVerb, cue.range.upperBound <= noun.lowerBound else { return false }
            let between = cue.range.upperBound..<noun.lowerBound
            return wordCount(between) <= 3 && !hasPunctuation(between)
        }
    }

    /// Whether a verb of engaging placed after its object follows the figure, at most one
    /// word on ("... 70 Kilometern bekämpfen").
    private func isGovernedAfter(figure: QuantityMention) -> Bool {
        cues.contains { cue in
            guard isWord(cue, .targetGovernorAfter), cue.range.lowerBound >= figure.range.upperBound else { return false }
            let between = figure.range.upperBound..<cue.range.lowerBound
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
    }

    /// Words a clause may hold before its target noun for the noun to be its subject.
    static let targetSubjectReach = 3

    /// "The Mistral reaches 6 km; modern fighter jets, however, often fly higher than 10 km",
    /// "Moderne Kampfjets fliegen höher als 10 Kilometer": a clause that opens the sentence or
    /// follows a semicolon, a colon or a dash, names and refers to no system before the figure,
    /// and opens (within `targetSubjectReach` words, none of them a cue but an origin word)
    /// with a target noun is about the target. A
    /// figure in it, tied to a system named in an earlier clause or to the article's topic,
    /// says how high or far the target flies. The words from the clause's start to the noun,
    /// for the `target-clause` feature; nil otherwise.
    func targetSubject(of quantity: QuantityMention, binding: Binding) -> String? {
        guard binding.basis == .namedInSentence || binding.basis == .topic else { return nil }
        var from = quantity.range.lowerBound
        while from > range.lowerBound {
            let b = bytes[from - 1]
            if b == 0x3B || b == 0x3A { break }
            if from - 3 >= range.lowerBound, bytes[from - 3] == 0xE2, bytes[from - 2] == 0x80, b == 0x93 || b == 0x94 { break }
            from -= 1
        }
        let lead = from..<quantity.range.lowerBound
        guard !mentions.contains(where: { lead.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { lead.contains($0.range.lowerBound) }),
              let target = cues.first(where: { cue in
                  guard case .target = cue.cue, lead.contains(cue.range.lowerBound), cue.range.upperBound <= lead.upperBound else { return false }
                  return wordCount(from..<cue.range.lowerBound) <= Self.targetSubjectReach && !hasPunctuation(from..<cue.range.lowerBound)
              }),
              // (No verb or other cue before the noun, an origin word aside: "Derriba aviones hasta
              // 3.000 metros", "Polski PPZR zwalcza samoloty" have the target as the object.)
              !cues.contains(where: { cue in
                  if case .origin = cue.cue { return false }
                  return cue.range.lowerBound >= from && cue.range.upperBound <= target.range.lowerBound
              }) else { return nil }
        return text(from..<target.range.upperBound).trimmingCharacters(in: .whitespaces)
    }
}
