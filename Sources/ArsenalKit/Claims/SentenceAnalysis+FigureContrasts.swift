/// Comparisons said by setting two figures side by side: "Die Piorun trifft Ziele in bis zu
/// 6,5 km Entfernung, gegenüber 4,8 km beim älteren Stinger", "Die Super-Igla reicht 6 km,
/// die ursprüngliche Igla dagegen 5,2 km".
extension SentenceAnalysis {
    /// For two figures of one attribute about two different named systems in the sentence,
    /// with a contrast word between them (pack `structure.figure_contrasts`: "gegenüber",
    /// "dagegen", "wobec"), the first system compares with the second: greater or less as the
    /// figures are. Each pair once; none where the sentence already states that comparison.
    func figureContrastClaims(_ claims: [Claim]) -> [Claim] {
        let contrasts = cues.filter { isWord($0, .figureContrast) }
        guard !contrasts.isEmpty else { return [] }
        let figures = claims.filter { claim in
            guard case .spec = claim.attribute, claim.number != nil, claim.unknownSystem == nil else { return false }
            // A weak cue ("reicht 6 km") is weighed by the judge against the record; the two
            // figures still stand side by side.
            // Nor are the records named beside it, or a height written before its name.
            return claim.grounding.doubts.isEmpty
                && claim.grounding.features.allSatisfy { $0.kind == .weakCue || $0.kind == .rivalSystem || $0.kind == .heightBeforeName }
        }
        var made: [Claim] = []
        for (i, first) in figures.enumerated() {
            for second in figures[(i + 1)...] where second.attribute == first.attribute && second.systemID != first.systemID
                && second.range.lowerBound >= first.range.upperBound {
                let between = stretch(first.range, second.range)
                guard let contrast = contrasts.first(where: { between.contains($0.range.lowerBound) }),
                      let a = first.number?.value, let b = second.number?.value, a != b,
                      case .spec(let attribute) = first.attribute else { continue }
                let pair = [first.systemID, second.systemID]
                let stated = (claims + made).contains { claim in
                    guard case .comparison(_, let other, _) = claim.value else { return false }
                    return Set([claim.systemID, other]) == Set(pair)
                }
                if stated { continue }
                let relation: ComparisonRelation = a > b ? .greaterThan : .lessThan
                var claim = Claim(
                    systemID: first.systemID, attribute: .comparison,
                    value: .comparison(relation, other: second.systemID, attribute: attribute),
                    range: first.range.lowerBound..<second.range.upperBound,
                    trace: makeTrace(systemWords: first.trace.systemWords, systemReason: first.trace.systemReason,
                                      cueWords: text(contrast.range),
                                      attributeReason: "two \(attribute.rawValue) figures set side by side by \"\(text(contrast.range))\": \(relation.rawValue) the \(second.systemID)"))
                claim.grounding.system = first.grounding.system
                // The relation is read from the two figures, each judged on its own: a wrong one
                // conflicts there; the comparison raises no alarm of its own (issue 8, dev9j).
                claim.grounding.doubt(.value, "the relation is read from two figures set side by side by \"\(text(contrast.range))\", each judged on its own: it restates them")
                made.append(claim)
            }
        }
        return made
    }
}

extension SentenceAnalysis {
    /// "eine um 0,8 km größere Reichweite als die Igla", "a range 2 km longer than the
    /// Stinger's": a figure right before a comparison phrase (at most one word between, no
    /// punctuation) is the difference between two systems, not either one's figure.
    func isDifference(_ quantity: QuantityMention) -> Bool {
        cues.contains { cue in
            guard case .comparison(let relation, _) = cue.cue, relation != .similarTo,
                  cue.range.lowerBound >= quantity.range.upperBound else { return false }
            let between = stretch(quantity.range, cue.range)
            let words = wordCount(between)
            guard words <= 1, !hasPunctuation(between) else { return false }
            // "fliegt mit Mach 3,5 deutlich schneller als der Mistral", "vuela a Mach 3,5 mucho
            // más rápido que": a word between (a degree) and a cue of the attribute right before
            // the figure make it the subject's own figure, the comparison said after it.
            return words == 0 || !governedByCue(quantity)
        }
    }

    /// Whether an attribute cue ends right before `quantity` (one word at most between, no
    /// punctuation): "fliegt mit Mach 3,5", "reaches 6 km".
    func governedByCue(_ quantity: QuantityMention) -> Bool {
        cues.contains { cue in
            guard case .attribute = cue.cue, cue.range.upperBound <= quantity.range.lowerBound,
                  quantity.range.lowerBound - cue.range.upperBound <= 48 else { return false }
            let gap = cue.range.upperBound..<quantity.range.lowerBound
            return wordCount(gap) <= 1 && !hasPunctuation(gap)
        }
    }
}

extension SentenceAnalysis {
    /// Whether a contrast phrase (pack `structure.contrasts`: "compared with", "unlike",
    /// "im Vergleich zu") stands between `position` and a name written after it: "The
    /// laser-guided missile ... can engage aircraft out to 7 km, compared with roughly 4.8 km
    /// for the infrared-homing Stinger" says nothing of the Stinger before the contrast. (A
    /// pronoun there still means the subject: "a diferencia del de sus predecesores".)
    func isPastContrast(_ mention: Mention, from position: Int) -> Bool {
        cues.contains { cue in
            cue.cue == .word(.clauseBreak) && cue.range.lowerBound >= position && cue.range.upperBound <= mention.range.lowerBound
                && isContrast(text(cue.range))
        }
    }
}

extension SentenceAnalysis {
    /// Whether a record is a missile system whose reach its guns do not set (a MANPADS, a SAM,
    /// or a short-range system whose guns reach less than its missiles): a gun noun
    /// (pack `structure.gun_nouns`) before a figure then names another owner ("Aktuell sind es
    /// Zwillings-Schnellfeuerkanonen ... mit circa 4000 Metern Schussweite", "the Pantsir's 30 mm
    /// cannons reach 4 km"). A self-propelled gun's guns are its own ("the Gepard's guns
    /// reach 5.5 km").
    /// A missile noun (or a head noun for a weapon, pack `origin_heads`: "misiles") between
    /// the gun noun and the figure takes the figure back ("combina dos
    /// cañones dobles de 30 mm con misiles que alcanzan blancos a 50 kilómetros").
    func gunOwns(_ gun: CueMatch, before position: Int, system: Int) -> Bool {
        guard system >= 0 else { return false }
        let kind = catalog.systems[system].kind
        guard kind == .manpads || kind == .sam || kind == .shorad else { return false }
        let between = gun.range.upperBound..<position
        return !containsWord(in: between, of: .missileNoun)
            && !cues.contains { isWord($0, .originHead) && $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound }
    }
}

extension SentenceAnalysis {
    /// Where the owner of a figure at `position` may stand: its clause's start past asides, or,
    /// when that clause opens right after a spaced dash standing for an elided verb ("а пушки —
    /// на дальности до 4 км", blind set HY), the start of the clause the dash stands in.
    func ownerClauseStart(_ position: Int) -> Int {
        let start = clauseStartPastAsides(position)
        // (The clause may open at the dash itself or right after it.)
        var from = start
        while from < position, bytes[from] == 0x20 { from += 1 }
        var dash: Range<Int>?
        if from + 1 < position, bytes[from] == 0x2D { dash = from..<from + 1 }
        else if from + 3 < position, bytes[from] == 0xE2, bytes[from + 1] == 0x80, bytes[from + 2] == 0x93 || bytes[from + 2] == 0x94 { dash = from..<from + 3 }
        else {
            var k = start
            while k > range.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
            if k - 1 > range.lowerBound, bytes[k - 1] == 0x2D { dash = k - 1..<k }
            else if k - 3 > range.lowerBound, bytes[k - 3] == 0xE2, bytes[k - 2] == 0x80, bytes[k - 1] == 0x93 || bytes[k - 1] == 0x94 { dash = k - 3..<k }
        }
        guard let dash, dash.lowerBound > range.lowerBound, dash.upperBound < range.upperBound,
              isSpacedDash(dash.lowerBound - 1..<dash.upperBound + 1) else { return start }
        return clauseStartPastAsides(dash.lowerBound - 1)
    }

}
