/// Trailing appositions: "Kyiv had Stingers, and London offered Starstreak, a laser-guided
/// weapon with a range of 7 km", "el FN-6, un misil portátil que alcanza 6 km", "der Gepard,
/// ein 47,5 Tonnen schweres Kettenfahrzeug". A noun phrase an indefinite article opens right
/// after a name and its comma describes that name, object of its clause or not, and the
/// figures in it are the name's, not the clause subject's.
extension SentenceAnalysis {
    /// The name a figure at `position` belongs to as part of a trailing apposition: the last
    /// mention before it (`before`, in text order) is a name followed by a comma, a space and
    /// an indefinite article of the pack (`numbers.articles`; in Polish and Russian, which
    /// have none, a noun for a missile or a weapon), and from there to the figure the text holds no
    /// punctuation outside figures ("1,5 m" keeps its comma) and no other mention. A contrast's
    /// object ("unlike the older Igla,") opens no apposition.
    func trailingAppositionOwner(of position: Int, among before: [Mention]) -> Mention? {
        // (The apposition's own noun may be read as a word referring back: "Igły, pociski ...".)
        // (Or two words into it, past its article and an adjective: "replaced by the Sky Sabre, a
        // British system in service since 2021, ..."; blind set UU.)
        let opensWithReference = before.count >= 2 && !before[before.count - 1].named && before[before.count - 2].named
            && referenceOpensApposition(after: before[before.count - 2].range, reference: before[before.count - 1].range)
        guard let owner = opensWithReference ? before[before.count - 2] : before.last, owner.named,
              owner.range.upperBound + 2 < position else { return nil }
        var comma = owner.range.upperBound
        // Past a bracket right after the name ("del Shilka (ZSU-23-4), un cañón ...").
        if comma + 2 < position, bytes[comma] == 0x20, bytes[comma + 1] == 0x28,
           let close = (comma + 2..<min(position, comma + 48)).first(where: { bytes[$0] == 0x29 }) {
            comma = close + 1
        } else if comma < position, bytes[comma] == 0x29,
                  before.dropLast().last.map({ $0.system == owner.system && isInClosedBrackets(owner.range, before: position) }) ?? false {
            // (Or the bracketed alias is the last name: "del Shilka (ZSU-23-4), un cañón".)
            comma += 1
        }
        guard comma + 2 < position, bytes[comma] == 0x2C, bytes[comma + 1] == 0x20 else { return nil }
        guard let article = firstWordRange(in: (comma + 2)..<position), article.lowerBound == comma + 2,
              article.upperBound < position else { return nil }
        // Where the language has no articles, a noun for a missile or a weapon opens one ("zastąpić
        // radzieckie Igły, pociski przyjęte w 1983 r. o zasięgu 5,2 km"; blind set MQ, pl).
        let opener = lowercasedText(article)
        guard vocabulary.indefiniteArticles.isEmpty ? isIn(.missileNoun, opener) || isIn(.weaponNoun, opener)
                : vocabulary.indefiniteArticles.contains(opener) else { return nil }
        guard !hasPunctuationOutsideFigures(article.upperBound..<position) || onlyYearMarkStops(article.upperBound..<position) else { return nil }
        // "has a range of 6 km and, unlike the older Igla, a dual-band seeker": the comma after
        // a contrast's object closes the contrast; the main clause goes on.
        if let contrast = lastCue(where: { cue in
            guard isWord(cue, .clauseBreak), cue.range.upperBound <= owner.range.lowerBound else { return false }
            let lead = stretch(cue.range, owner.range)
            return wordCount(lead) <= 2 && !hasPunctuation(lead)
        }), isContrast(text(contrast.range)) { return nil }
        return owner
    }
}

extension SentenceAnalysis {
    /// "Unlike the Stinger, fired from the shoulder by a single soldier, the Mistral needs a
    /// crew of two", "À la différence du Stinger, tiré à l'épaule par un seul soldat, le
    /// Mistral ...": a phrase set off by commas right after a contrast's object, closed by a
    /// comma before the sentence goes on, describes the object. Returns the object when the
    /// figure at `position` stands in such a phrase (no other name in it).
    func contrastAsideOwner(of position: Int, among before: [Mention]) -> Mention? {
        guard let owner = before.last, owner.named, owner.isObject, owner.range.upperBound < position else { return nil }
        guard let contrast = lastCue(where: { cue in
            guard isWord(cue, .clauseBreak), cue.range.upperBound <= owner.range.lowerBound else { return false }
            let lead = stretch(cue.range, owner.range)
            return wordCount(lead) <= 2 && !hasPunctuation(lead)
        }), isContrast(text(contrast.range)) else { return nil }
        // (A subject named before a contrast set off as an aside owns what follows it: "Grom, w
        // przeciwieństwie do późniejszego Pioruna, był naprowadzany wiązką lasera, przez co ...";
        // not one whose predicate the comparison is: "Le Mistral ... est souvent comparé au
        // Stinger américain, entré en service en 1981, et à l'Igla", blind set MY.)
        if Self.followsComma(contrast.range.lowerBound, bytes),
           before.contains(where: { $0.named && !$0.isObject && $0.range.upperBound <= contrast.range.lowerBound }) { return nil }
        // The comma right after the object (past a closing quote, or an origin word after it:
        // "au Stinger américain, entré en service en 1981").
        var comma = owner.range.upperBound
        if let origin = cues.first(where: { cue in
            if case .origin = cue.cue { return cue.range.lowerBound == owner.range.upperBound + 1 && bytes[owner.range.upperBound] == 0x20 }
            return false
        }) { comma = origin.range.upperBound }
        if comma + 1 < position, bytes[comma] == 0xC2, bytes[comma + 1] == 0xBB { comma += 2 }
        else if comma + 2 < position, bytes[comma] == 0xE2, bytes[comma + 1] == 0x80, bytes[comma + 2] == 0x9D { comma += 3 }
        else if comma < position, bytes[comma] == 0x22 { comma += 1 }
        guard comma < position, bytes[comma] == 0x2C, !hasPunctuationOutsideFigures((comma + 1)..<position) else { return nil }
        // The comma closing the phrase, outside any figure ("6,5 km"), with no name before it.
        var close = position
        while close < range.upperBound {
            let byte = bytes[close]
            if byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x0A { return nil }
            if byte == 0x2C, !quantities.contains(where: { $0.range.contains(close) }) { break }
            close += 1
        }
        guard close < range.upperBound, wordCount(close..<range.upperBound) >= 2,
              !mentions.contains(where: { $0.range.lowerBound > owner.range.lowerBound && $0.range.lowerBound < close }) else { return nil }
        return owner
    }
}

/// The shapes of appositions `findMentions` reads: a copula opening one, the words one may
/// run on, the separator that opens one.
extension SentenceAnalysis {
    /// Whether the words between two names open with a copula and hold no clause break or
    /// punctuation ("to zmodernizowana wersja radzieckiego zestawu", "is a development of the").
    func isCopularApposition(_ between: Range<Int>) -> Bool {
        guard let first = firstWord(in: between), isIn(.copula, first), !hasPunctuation(between) else { return false }
        return !cues.contains { isWord($0, .clauseBreak) && $0.range.overlaps(between) }
    }

    /// The words an apposition may run on past its name to the comma closing it ("The
    /// Avenger, a truck carrying Stinger missiles on two rails, entered service in 1988").
    static let appositionTail = 5

    /// The length of a separator that opens an apposition right after a name, past a
    /// closing quote («Стрела-2М» —): a comma, or a spaced em or en dash (" — "); 0 when
    /// there is none.
    static func appositionSeparator(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, end: Int) -> Int {
        var i = start
        if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xBB { i += 2 }  // »
        else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { i += 3 }  // “ ”
        else if i < end, bytes[i] == 0x22 { i += 1 }
        guard i < end else { return 0 }
        if bytes[i] == 0x2C { return i + 1 - start }
        if i + 4 < end, bytes[i] == 0x20, bytes[i + 1] == 0xE2, bytes[i + 2] == 0x80, bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93,
           bytes[i + 4] == 0x20 {
            return i + 5 - start
        }
        return 0
    }

    /// Whether a spaced em or en dash (" — ", " – ") starts at `i`.
    static func isSpacedDash(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i + 4 < end && bytes[i] == 0x20 && bytes[i + 1] == 0xE2 && bytes[i + 2] == 0x80
            && (bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93) && bytes[i + 4] == 0x20
    }
}

extension SentenceAnalysis {
    /// Past one lowercase word written right after a name and right before a comma ("El
    /// Piorun polaco, que ...", "the Stinger missile, which ..."), or a compound's tail joined
    /// to the name by a hyphen ("Die Bolide-Rakete, die ..."): where that word ends, or
    /// `position` when there is no such word.
    func qualifierEnd(after position: Int, before limit: Int) -> Int {
        // "Die Bolide-Rakete, die ...": a compound's tail joined by a hyphen, up to the comma.
        if position + 1 < limit, bytes[position] == 0x2D, bytes[position + 1] >= 0x80 || (bytes[position + 1] | 0x20 >= 0x61 && bytes[position + 1] | 0x20 <= 0x7A) {
            var k = position + 1
            while k < limit, bytes[k] >= 0x80 || (bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A) { k += 1 }
            return k < limit && bytes[k] == 0x2C ? k : position
        }
        guard position + 1 < limit, bytes[position] == 0x20 else { return position }
        let first = bytes[position + 1]
        guard first >= 0x80 || (first >= 0x61 && first <= 0x7A) else { return position }
        var k = position + 1
        // (An elided article inside the word: "le Mistral d'origine, dont la portée ...".)
        while k < limit, bytes[k] >= 0x80 || (bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A)
            || (bytes[k] == 0x27 && k > position + 1 && k + 1 < limit && bytes[k + 1] | 0x20 >= 0x61 && bytes[k + 1] | 0x20 <= 0x7A) { k += 1 }
        // (A year after the word: "die Urversion RBS 70 Mk 0 von 1977, deren Reichweite ...".)
        if k + 5 < limit, bytes[k] == 0x20, (1...4).allSatisfy({ bytes[k + $0] &- 0x30 < 10 }) { k += 5 }
        return k < limit && bytes[k] == 0x2C ? k : position
    }
}

extension SentenceAnalysis {
    /// Whether the only punctuation in `r` outside figures is the stop of a year abbreviation
    /// of the pack right after a year ("przyjęte w 1983 r. o zasięgu", "в 1983 г."): the
    /// phrase goes on past it.
    func onlyYearMarkStops(_ r: Range<Int>) -> Bool {
        guard !vocabulary.yearAbbreviations.isEmpty else { return false }
        var start = r.lowerBound
        for i in r where bytes[i] == 0x2E {
            guard let word = lastWordRange(before: i), word.upperBound == i,
                  vocabulary.yearAbbreviations.contains(lowercasedText(word)),
                  quantities.contains(where: { $0.isYearLike && $0.range.upperBound <= word.lowerBound && word.lowerBound - $0.range.upperBound <= 1 }),
                  !hasPunctuationOutsideFigures(start..<i) else { return false }
            start = i + 1
        }
        return start > r.lowerBound && !hasPunctuationOutsideFigures(start..<r.upperBound)
    }
}

extension SentenceAnalysis {
    /// Whether the word referring back at `reference` opens an apposition set off by a comma
    /// right after the name at `name`: right after the comma, or at most two words into it
    /// with no punctuation between ("the Sky Sabre, a British system ...").
    func referenceOpensApposition(after name: Range<Int>, reference: Range<Int>) -> Bool {
        let start = name.upperBound + 2
        guard reference.lowerBound >= start, name.upperBound + 1 < range.upperBound,
              bytes[name.upperBound] == 0x2C, bytes[name.upperBound + 1] == 0x20 else { return false }
        if reference.lowerBound == start { return true }
        let lead = start..<reference.lowerBound
        return wordCount(lead) <= 2 && !hasPunctuation(lead)
    }
}
