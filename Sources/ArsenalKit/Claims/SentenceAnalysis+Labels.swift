/// Lines labelled with a system, as lists and tables write them: "Piorun (Poland): 6.5 km",
/// "**Igła-S** (Rosja): 6 km", "Stinger (EE. UU.): unos 4,8 km".
extension SentenceAnalysis {
    /// A parenthesis right after a name that holds one origin word or country name and
    /// nothing else ("Piorun (Poland)", "Igla-S (Rusia)", "Stinger (USA)") states the
    /// system's origin. Country names alone (pack data `structure.country_names`) are no
    /// origin anywhere else: "Poland ordered Pioruns" names a buyer.
    func parentheticalOriginClaims() -> [Claim] {
        var claims: [Claim] = []
        for mention in mentions where mention.named {
            guard let inside = parenthesis(after: mention.range.upperBound) else { continue }
            let insideWords = wordCount(inside)
            guard let cue = cues.first(where: { cue in
                switch cue.cue {
                case .origin, .country: return inside.contains(cue.range.lowerBound) && cue.range.upperBound <= inside.upperBound
                default: return false
                }
            }), wordCount(cue.range) == insideWords else { continue }
            let code: String
            switch cue.cue {
            case .origin(let c), .country(let c): code = c
            default: continue
            }
            let span = mention.range.lowerBound..<(inside.upperBound + 1)
            claims.append(Claim(
                systemID: catalog.systems[mention.system].id, attribute: .spec(.origin), value: .country(code), range: span,
                trace: makeTrace(systemWords: mention.words, systemReason: "the name the parenthesis follows",
                                  cueWords: text(cue.range),
                                  attributeReason: "a country alone in parentheses after a name is its origin (\(code))")))
        }
        return claims
    }

    /// The inside of a parenthesis opening right after `position` (past a closing quote and
    /// spaces: "«Игла-С» (Россия)") and closing within 40 bytes on the same line.
    func parenthesis(after position: Int) -> Range<Int>? {
        var i = position
        if i < range.upperBound, bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
        else if i + 1 < range.upperBound, bytes[i] == 0xC2, bytes[i + 1] == 0xBB { i += 2 }  // »
        else if i + 2 < range.upperBound, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x9C { i += 3 }
        while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
        guard i < range.upperBound, bytes[i] == 0x28 else { return nil }
        var k = i + 1
        while k < range.upperBound, k - i <= 40 {
            if bytes[k] == 0x29 { return (i + 1)..<k }
            if bytes[k] == 0x28 || bytes[k] == 0x0A { return nil }
            k += 1
        }
        return nil
    }

    /// "Piorun (Poland): 6.5 km", "- Igla-S: 6 km": the first distance after a label that is
    /// only a system's name (and a parenthesis) and a colon at the start of a sentence, with
    /// no cue of its own, is the system's range: a list or table of systems puts the
    /// headline figure there, and sizes are written with their own word ("1.5 m long").
    func labelRange(for quantity: QuantityMention) -> AttributeChoice? {
        guard quantity.dimension == .length else { return nil }
        let colon = clauseStart(quantity.range.lowerBound)
        guard colon > range.lowerBound, bytes[colon] == 0x3A else { return nil }
        guard let mention = mentions.first, mention.named, mention.range.upperBound <= colon,
              !hasWord(in: range.lowerBound..<mention.range.lowerBound) else { return nil }
        var end = mention.range.upperBound
        if let inside = parenthesis(after: end) { end = inside.upperBound + 1 }
        guard end <= colon, !hasWord(in: end..<colon),
              !quantities.contains(where: { $0.range.lowerBound > colon && $0.range.lowerBound < quantity.range.lowerBound })
        else { return nil }
        return AttributeChoice(
            attribute: .maxRange, cueWords: "(list label)",
            reason: "the first distance after a label naming \(mention.words) and a colon, with no cue of its own, is its range",
            isGeneric: false)
    }

    /// Whether `mention` stands on a later line of the sentence than `position`, a line a name
    /// opens, while a name opens the line holding `position` too: rows of a list or table,
    /// each line its own system's ("Mistral 3 – 8 km – infrarouge à imagerie" over "LMM/Martlet
    /// – 6 km – faisceau laser").
    func opensLaterRow(_ mention: Mention, after position: Int) -> Bool {
        let row = lineStart(of: mention.range.lowerBound)
        guard row > position, mentions.contains(where: { $0.named && lineOpened(by: $0.range) == row }) else { return false }
        let here = lineStart(of: position)
        return mentions.contains { $0.named && $0.range.lowerBound < position && lineOpened(by: $0.range) == here }
    }

    /// The start of the line holding `position` (the sentence's first line starts at
    /// `sentenceLineStart`).
    func lineStart(of position: Int) -> Int {
        var k = position
        while k > range.lowerBound, bytes[k - 1] != 0x0A { k -= 1 }
        return k == range.lowerBound ? sentenceLineStart : k
    }

    /// The start of the line `name` opens, when only spaces, tabs, bullets, dashes or
    /// asterisks stand before it on its line; else nil.
    func lineOpened(by name: Range<Int>) -> Int? {
        let start = lineStart(of: name.lowerBound)
        var k = start
        while k < name.lowerBound {
            switch bytes[k] {
            case 0x20, 0x09, 0x2D, 0x2A, 0x23, 0x3E: k += 1
            case 0xE2 where k + 2 < name.lowerBound && bytes[k + 1] == 0x80: k += 3
            default: return nil
            }
        }
        return start
    }
}
