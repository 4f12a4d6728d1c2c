/// A clause after a comma that leaves its verb out and repeats the one before: "Laut Saab
/// reicht die lasergesteuerte Mk II sieben Kilometer weit und vier Kilometer hoch, die
/// Bolide bis 8 km" (blind set II, de). When the clause before gave figures of two
/// attributes of the same dimension, the gapped figure may be either.
extension SentenceAnalysis {
    /// The words of the other attribute's cue when `quantity` stands in a gapped clause after
    /// a comma (a system named, at most three other words, the figure; no cue of its own: "le
    /// missile Bolide à 8 km"), or in
    /// a clause opened by a contrast word (a system named, a verb, no cue of its own), and
    /// the stretch before the comma, in the sentence, holds a cue of another attribute of the
    /// figure's dimension beside a figure of its own as well as the chosen cue. Nil otherwise.
    func ambiguousCommaGap(for quantity: QuantityMention, cue: CueMatch?, attribute: Attribute) -> String? {
        guard let cue, cue.range.upperBound <= quantity.range.lowerBound, cue.range.lowerBound >= range.lowerBound,
              case .quantity(let dimension) = attribute.kind else { return nil }
        let position = quantity.range.lowerBound
        var comma = position - 1
        while comma >= cue.range.upperBound, bytes[comma] != 0x2C { comma -= 1 }
        // A contrast word may open the clause instead, with a verb of its own: "reaches six
        // kilometres and 3.5 km in altitude, whereas the older HN-5A ... tops out at 4.4 km"
        // (blind set IZ, en).
        let contrast = cues.last(where: { isWord($0, .clauseBreak) && $0.range.lowerBound >= cue.range.upperBound && $0.range.upperBound <= position })
        if let contrast, contrast.range.lowerBound > comma { comma = contrast.range.upperBound - 1 }
        guard comma >= cue.range.upperBound else { return nil }
        let gap = (comma + 1)..<position
        let verbless = contrast.map { $0.range.upperBound - 1 != comma } ?? true
        // (A gap after a dash, "a Strzała-2M – do 4,2 km", is `gappedCue`'s.)
        guard !hasPunctuation(gap), !hasDash(in: gap), mentions.contains(where: { $0.named && gap.contains($0.range.lowerBound) }),
              wordsOutsideNames(gap) <= (verbless ? 3 : 12),
              !cues.contains(where: { other in
                  guard gap.contains(other.range.lowerBound) else { return false }
                  if case .attribute = other.cue { return true }
                  return verbless && (other.cue == .targetVerb || isWord(other, .reachVerb) || isWord(other, .weakTargetVerb) || isWord(other, .copula))
              }) else { return nil }
        // A cue beside a figure of its own: right after it (at most one word between) or
        // before it (at most two words besides names: "reicht die lasergesteuerte Mk II
        // sieben Kilometer"), with no punctuation.
        func besideFigure(_ other: CueMatch) -> Bool {
            quantities.contains { own in
                guard own.range.upperBound <= comma else { return false }
                if own.range.upperBound <= other.range.lowerBound {
                    let between = own.range.upperBound..<other.range.lowerBound
                    return wordCount(between) <= 1 && !hasPunctuation(between)
                }
                guard own.range.lowerBound >= other.range.upperBound else { return false }
                let between = other.range.upperBound..<own.range.lowerBound
                return wordsOutsideNames(between) <= 2 && !hasPunctuation(between)
            }
        }
        guard besideFigure(cue), let other = cues.last(where: { other in
            guard other.range != cue.range, !other.range.overlaps(cue.range),
                  case .attribute(let otherAttribute) = other.cue, otherAttribute != attribute,
                  case .quantity(let otherDimension) = otherAttribute.kind, otherDimension == dimension,
                  other.range.lowerBound >= range.lowerBound, other.range.upperBound <= comma else { return false }
            return besideFigure(other)
        }) else { return nil }
        return text(other.range)
    }

    /// Whether `r` holds an en or em dash (U+2013, U+2014: E2 80 93 and E2 80 94).
    private func hasDash(in r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 2 < r.upperBound {
            if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return true }
            i += 1
        }
        return false
    }
}

extension SentenceAnalysis {
    /// Whether the last byte before `position`, past spaces and a clause-break word's own
    /// spaces, is a semicolon.
    func endsWithSemicolon(before position: Int) -> Bool {
        var k = position
        while k > range.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
        if k > range.lowerBound, bytes[k - 1] == 0x3B { return true }
        // (The clause may start past its punctuation: look at the byte just before it too.)
        var j = position
        while j < range.upperBound, bytes[j] == 0x20 { j += 1 }
        return j < range.upperBound && bytes[j] == 0x3B
    }
}

extension SentenceAnalysis {
    /// The position just past the next space at or after `start` (the sentence's end if none).
    func nextSpace(after start: Int) -> Int {
        var k = start
        while k < range.upperBound, bytes[k] != 0x20 { k += 1 }
        return min(k + 1, range.upperBound)
    }
}

extension SentenceAnalysis {
    /// "An Land schützt das Patriot-System Ziele bis in 24 Kilometer Höhe, die russische S-300
    /// kommt auf 27 Kilometer" (blind set JS, de): a clause after a comma that names another
    /// system and reaches its figure with a verb of reaching alone (pack `structure.reach_verbs`)
    /// may repeat the attribute of the clause before, when that clause gave a figure of the same
    /// dimension beside a cue of another attribute and named none of the chosen one. The words
    /// of that other cue, or nil.
    func parallelReach(for quantity: QuantityMention, cue: CueMatch?, attribute: Attribute) -> String? {
        guard let cue, cue.range.upperBound <= quantity.range.lowerBound, case .quantity(let dimension) = attribute.kind,
              cues.contains(where: { isWord($0, .reachVerb) && $0.range.overlaps(cue.range) }) else { return nil }
        var comma = cue.range.lowerBound - 1
        while comma > range.lowerBound, bytes[comma] != 0x2C { comma -= 1 }
        guard comma > range.lowerBound, !isDecimalComma(at: comma) else { return nil }
        let gap = (comma + 1)..<cue.range.lowerBound
        guard !hasPunctuation(gap), mentions.contains(where: { $0.named && gap.contains($0.range.lowerBound) }) else { return nil }
        let before = range.lowerBound..<comma
        // (The clause before must not name the chosen attribute itself: "range 40 km, the S-300 reaches 200 km".)
        guard !cues.contains(where: { $0.cue == .attribute(attribute) && before.contains($0.range.lowerBound) }) else { return nil }
        return cues.last(where: { other in
            guard case .attribute(let otherAttribute) = other.cue, otherAttribute != attribute, before.contains(other.range.lowerBound),
                  case .quantity(let otherDimension) = otherAttribute.kind, otherDimension == dimension else { return false }
            return quantities.contains { own in
                guard before.contains(own.range.lowerBound), own.dimension == dimension else { return false }
                if own.range.overlaps(other.range) { return true }
                let between = own.range.upperBound <= other.range.lowerBound ? own.range.upperBound..<other.range.lowerBound : other.range.upperBound..<own.range.lowerBound
                return wordCount(between) <= 2 && !hasPunctuation(between)
            }
        }).map { text($0.range) }
    }
}
