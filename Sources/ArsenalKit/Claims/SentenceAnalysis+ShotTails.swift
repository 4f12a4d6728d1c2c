/// A shot's figure set off by a comma at the end of its sentence: "a Pantsir-S1 unit destroyed
/// a small balloon at 08:15 on Tuesday, at a height of about 2.5 km" (blind set TK, en). The
/// comma parts the shot's verb from the figure, but the phrase after it only adds where that one shot
/// happened, so the figure is the event's as it would be without the comma.
extension SentenceAnalysis {
    /// Words the phrase after the comma may hold before its figure ("at a height of about").
    static let shotTailReach = 5

    /// The words of the shot verb before the last comma of the figure's clause when the
    /// figure ends a short phrase after that comma: at most `shotTailReach` words before the figure, no
    /// name, verb or other figure in it. The shot verb obeys `shotVerb(inClauseOf:)`'s rules
    /// in its own clause (no word of ability before it, no verb of engaging into it, no
    /// coordinator or verb of reaching after it, at most `shotReach` words on to the comma).
    /// Only a point figure (exact or about): a bound says what a weapon can do.
    func shotVerbBeforeComma(_ quantity: QuantityMention, attribute: Attribute) -> String? {
        switch attribute {
        case .maxRange, .minRange, .maxAltitude, .minAltitude: break
        default: return nil
        }
        guard quantity.bound == .exact || quantity.bound == .about else { return nil }
        let own = clause(quantity.range.lowerBound)
        let start = clauseStart(quantity.range.lowerBound)
        var comma = quantity.range.lowerBound - 1
        while comma > start, bytes[comma] != 0x2C { comma -= 1 }
        guard comma > start, bytes[comma] == 0x2C else { return nil }
        let tail = (comma + 1)..<quantity.range.lowerBound
        guard tail.lowerBound <= tail.upperBound, wordsCountingFigures(tail) <= Self.shotTailReach,
              !hasPunctuationOutsideFigures(tail),
              !quantities.contains(where: { $0.range.upperBound <= quantity.range.lowerBound && $0.range.lowerBound > comma }),
              !mentions.contains(where: { tail.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { tail.contains($0.range.lowerBound) }),
              !cues.contains(where: { tail.contains($0.range.lowerBound) && isVerbLike($0) })
        else { return nil }
        for cue in cues where isWord(cue, .shotVerb) && clause(cue.range.lowerBound) == own && cue.range.upperBound <= comma {
            let run = cue.range.upperBound..<comma
            if cues.contains(where: { $0.cue == .targetVerb && $0.range.lowerBound < cue.range.lowerBound && $0.range.upperBound > cue.range.lowerBound }) { continue }
            if cues.contains(where: { isWord($0, .abilityWord) && $0.range.upperBound <= cue.range.lowerBound && clause($0.range.lowerBound) == own }) { continue }
            guard !inCompound(cue.range), wordsCountingFigures(run) <= Self.shotReach, !hasPunctuationOutsideFigures(run),
                  !containsWord(in: run, where: { isCoordinator($0) }),
                  !mentions.contains(where: { run.contains($0.range.lowerBound) }),
                  !cues.contains(where: { run.contains($0.range.lowerBound) && isVerbLike($0) && !isIn(.targetNoun, lowercasedText($0.range)) })
            else { continue }
            return text(cue.range)
        }
        return nil
    }

    /// A verb of reaching, engaging or shooting, or a word of ability.
    private func isVerbLike(_ cue: CueMatch) -> Bool {
        cue.cue == .targetVerb || isWord(cue, .weakTargetVerb) || isWord(cue, .reachVerb) || isWord(cue, .shotVerb)
            || isWord(cue, .abilityWord) || isWord(cue, .launchVerb)
    }

    /// Whether the colon at `i` stands between two digits, as in a time ("at 08:15"): no
    /// clause break.
    static func isTimeColon(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, in range: Range<Int>) -> Bool {
        i > range.lowerBound && i + 1 < range.upperBound && (0x30...0x39).contains(bytes[i - 1]) && (0x30...0x39).contains(bytes[i + 1])
    }
}
